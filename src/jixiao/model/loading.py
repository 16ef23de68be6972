"""Reading evaluations and schemes from YAML/JSON files, with errors that point at the field.

Numbers are read as Decimal straight from their text (YAML floats would otherwise round-trip
through binary floating point), pydantic's error locations are mapped back to lines, and every
message is in Chinese.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from jixiao.errors import InputError, Place
from jixiao.model.evaluation import Evaluation
from jixiao.model.messages import message_for
from jixiao.model.scheme import Scheme

M = TypeVar("M", bound=BaseModel)


@dataclass
class DuplicateKeyError(Exception):
    """One key written twice in a mapping: both parsers would silently keep the last value, so a
    corrected amount typed below the old one would win or lose by position alone."""

    key: Hashable
    line: int | None = None
    first_line: int | None = None
    path: str = ""

    def message(self) -> str:
        first = f"（第 {self.first_line} 行已写过）" if self.first_line else ""
        return f"键“{self.key}”重复{first}，同一层级的键只能写一次"


class _DecimalLoader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals, parsed from the characters the user typed, and which
    refuses a key written twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: dict[Hashable, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *defaults" may be overridden key by key: that is what merging is for
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, Hashable):
                continue  # the base constructor refuses it with its own message
            line = key_node.start_mark.line + 1
            if key in seen:
                raise DuplicateKeyError(key, line, seen[key])
            seen[key] = line
        return super().construct_mapping(node, deep)


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal | str:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


# YAML 1.1 reads a bare "=" as the obscure value tag; here it is the operator a user typed.
def _construct_operator(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_DecimalLoader.add_constructor("tag:yaml.org,2002:value", _construct_operator)


def format_location(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _yaml_line(text: str, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the deepest node on ``loc`` that exists in the YAML text."""
    try:
        node: Any = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            if child is None:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        else:
            break
        node = child
        line = node.start_mark.line + 1
    return line


_YAML_PROBLEMS = {
    "mapping values are not allowed": "此处不能写“键: 值”（冒号后缺空格、缩进不对，或值中的冒号未加引号）",
    "could not find expected ':'": "缺少冒号“:”",
    "found character '\\t'": "不能用制表符（Tab）缩进，请改用空格",
    "that cannot start any token": "出现了不能作为开头的字符，请给该值加引号",
    "expected ',' or ']'": "方括号“[ ]”没有闭合，或项与项之间缺少逗号",
    "expected ',' or '}'": "花括号“{ }”没有闭合，或项与项之间缺少逗号",
    "found unexpected end of stream": "文件意外结束（引号或括号没有闭合）",
    "expected <block end>": "缩进不一致",
    "did not find expected key": "缩进不一致，或缺少键",
    "did not find expected '-' indicator": "列表项的缩进不一致",
    "found unknown escape character": "双引号中有无法识别的转义字符（反斜杠“\\”后面的字符）",
    "found undefined alias": "引用了没有定义的锚点（*名称）",
    "but found another document": "文件中只能有一份文档（不要用“---”分隔多份）",
    "could not determine a constructor": "不支持的 YAML 标签（!…）",
}
_JSON_PROBLEMS = {
    "Expecting value": "此处缺少值",
    "Expecting ',' delimiter": "缺少逗号“,”",
    "Expecting ':' delimiter": "缺少冒号“:”",
    "Expecting property name enclosed in double quotes": "键须用双引号括起，最后一项后面不能有逗号",
    "Unterminated string": "字符串缺少结束的引号",
    "Extra data": "JSON 内容结束后还有多余的字符",
    "Invalid control character": "字符串中有未转义的控制字符（如换行或制表符）",
    "Invalid \\escape": "无法识别的转义字符（反斜杠“\\”后面的字符）",
}


def _syntax_problem(problem: str | None, known: dict[str, str]) -> str:
    """The parser's English problem in Chinese; the line, given beside it, locates the rest."""
    text = problem or ""
    return next(
        (chinese for english, chinese in known.items() if english in text), "无法解析，请检查该处的写法"
    )


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKeyError(key)
        data[key] = value
    return data


def _mappings(node: Any, loc: tuple[int | str, ...] = ()) -> Iterator[tuple[tuple[int | str, ...], Any]]:
    """Every mapping node of a composed YAML document, with its field path."""
    if isinstance(node, yaml.MappingNode):
        yield loc, node
        for key, value in node.value:
            yield from _mappings(value, (*loc, str(getattr(key, "value", ""))))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _mappings(item, (*loc, index))


def _locate(duplicate: DuplicateKeyError, text: str) -> DuplicateKeyError:
    """The repeated key's field path and lines. The YAML constructor and json's hook see the key but not
    where its mapping sits; the composed nodes do (JSON is YAML, when its layout lets the parser read it)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return duplicate
    name = str(duplicate.key)
    for loc, mapping in _mappings(root):
        lines = [key.start_mark.line + 1 for key, _ in mapping.value if getattr(key, "value", None) == name]
        if len(lines) > 1 and duplicate.line in (None, *lines[1:]):
            path = format_location((*loc, name))
            return DuplicateKeyError(name, duplicate.line or lines[1], lines[0], path)
    return duplicate


def _as_yaml(text: str, name: str) -> str:
    """The text for finding lines with the YAML parser. JSON allows tabs only between tokens, where YAML
    refuses them, so as spaces a JSON file reads the same to both and keeps its line numbers."""
    return text.replace("\t", " ") if name.lower().endswith(".json") else text


def _duplicate_error(name: str, duplicate: DuplicateKeyError, text: str) -> InputError:
    located = _locate(duplicate, _as_yaml(text, name))
    return InputError.single(name, located.message(), path=located.path, line=located.line)


def parse_data(text: str, name: str) -> Any:
    """YAML or JSON text to plain data with Decimal numbers; JSON is YAML, but its own parser
    gives better messages for JSON files."""
    if name.lower().endswith(".json"):
        try:
            return json.loads(text, parse_float=Decimal, object_pairs_hook=_unique_pairs)
        except json.JSONDecodeError as exc:
            problem = _syntax_problem(exc.msg, _JSON_PROBLEMS)
            raise InputError.single(name, f"JSON 格式错误：{problem}", line=exc.lineno) from None
        except DuplicateKeyError as duplicate:
            raise _duplicate_error(name, duplicate, text) from None
    try:
        return yaml.load(text, Loader=_DecimalLoader)
    except DuplicateKeyError as duplicate:
        raise _duplicate_error(name, duplicate, text) from None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        problem = _syntax_problem(exc.problem, _YAML_PROBLEMS)
        raise InputError.single(name, f"YAML 格式错误：{problem}", line=line) from None
    except yaml.YAMLError:
        raise InputError.single(name, f"YAML 格式错误：{_syntax_problem(None, _YAML_PROBLEMS)}") from None


def validate(model: type[M], data: Any, name: str, text: str = "") -> M:
    """The model, or an InputError with every problem in Chinese at its field path and line (JSON is
    YAML, so a JSON file's lines are found the same way, when its layout lets the YAML parser read it)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            line = _yaml_line(_as_yaml(text, name), loc) if text else None
            problems.append((Place(format_location(loc) or "(文件顶层)", line), message_for(error)))
        raise InputError(name, problems) from None


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError.single(str(path), "文件不存在") from None
    except IsADirectoryError:
        raise InputError.single(str(path), "这是一个目录，不是文件") from None
    except UnicodeDecodeError as exc:
        raise InputError.single(str(path), f"不是 UTF-8 编码的文本（第 {exc.start} 字节）") from None
    except OSError as exc:
        raise InputError.single(str(path), f"无法读取：{exc.strerror}") from None


def load_evaluation(path: Path) -> Evaluation:
    text = read_text(path)
    return validate(Evaluation, parse_data(text, str(path)), str(path), text)


def available_schemes() -> list[str]:
    folder = resources.files("jixiao") / "schemes"
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def scheme_in_words(ref: str | None) -> str | None:
    """What a form shows for the scheme an evaluation names: a bundled scheme's title (a reader knows
    "财预〔2020〕10号…", not an internal id); a path as given."""
    if ref in available_schemes():
        return _bundled_scheme(ref).title
    return ref


def scheme_from_words(text: str | None) -> str | None:
    """The scheme a form's words name: a bundled scheme's title or name, else the text as given (a path)."""
    if not text:
        return None
    return next((name for name in available_schemes() if text in (name, _bundled_scheme(name).title)), text)


def load_scheme(ref: str) -> Scheme:
    """A scheme by bundled name ("national-2020") or by path to a YAML file."""
    path = Path(ref)
    if ref.endswith((".yaml", ".yml", ".json")) or path.exists():
        text = read_text(path)
        name = str(path)
    else:
        return _bundled_scheme(ref)
    return validate(Scheme, parse_data(text, name), name, text)


@cache
def _bundled_scheme(ref: str) -> Scheme:
    """Bundled schemes are package data and schemes are immutable, so each is parsed once per process:
    the web app scores on every keystroke, and YAML parsing was a third of its time."""
    resource = resources.files("jixiao") / "schemes" / f"{ref}.yaml"
    if not resource.is_file():
        known = "、".join(available_schemes())
        raise InputError.single(ref, f"没有名为 {ref} 的评分方案（可选：{known}）")
    text = resource.read_text(encoding="utf-8")
    name = f"schemes/{ref}.yaml"
    return validate(Scheme, parse_data(text, name), name, text)
