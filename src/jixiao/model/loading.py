"""Reading evaluations and schemes from YAML/JSON files, with errors that point at the field.

Numbers are read as Decimal straight from their text (YAML floats would otherwise round-trip
through binary floating point), and pydantic's error locations are mapped back to YAML lines.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from jixiao.errors import InputError, Place
from jixiao.model.evaluation import Evaluation
from jixiao.model.scheme import Scheme

M = TypeVar("M", bound=BaseModel)


class _DecimalLoader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals, parsed from the characters the user typed."""


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


def parse_data(text: str, name: str) -> Any:
    """YAML or JSON text to plain data with Decimal numbers; JSON is YAML, but its own parser
    gives better messages for JSON files."""
    if name.lower().endswith(".json"):
        try:
            return json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise InputError.single(name, f"JSON 格式错误：{exc.msg}", line=exc.lineno) from None
    try:
        return yaml.load(text, Loader=_DecimalLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise InputError.single(name, f"YAML 格式错误：{exc.problem}", line=line) from None
    except yaml.YAMLError as exc:
        raise InputError.single(name, f"YAML 格式错误：{exc}") from None


def validate(model: type[M], data: Any, name: str, text: str = "") -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        is_yaml = not name.lower().endswith(".json")
        problems = []
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            line = _yaml_line(text, loc) if is_yaml and text else None
            problems.append((Place(format_location(loc) or "(文件顶层)", line), error["msg"]))
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
