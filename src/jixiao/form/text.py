"""The indicator block of a 自评表 read from a report's lines, however publishing flattened it: a row per
line (cells split by tabs, "|", runs of spaces or single spaces) or one cell per line with the blank cells
gone. The header row names the columns (一级指标 … 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因);
each row's cells are placed under them in order, and a row is read only when exactly one placement makes
sense of it (a name first, the points as numbers, the score not above 100). What cannot be placed is left
out, never guessed: the re-scoring compares only the rows read whole."""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from jixiao.form.vocabulary import column_key, form_vocabulary
from jixiao.ingest.document import Line
from jixiao.layout.cells import Cell, line_cells
from jixiao.layout.headings import is_heading
from jixiao.model.evaluation import OPERATOR_ALIASES, Operator
from jixiao.render.form import EMPTY_MARKS, normalise_label

_POINTS = re.compile(r"^(\d{1,3}(?:\.\d{1,4})?)\s*分?$")
# cells that are no row's content: a bracketed note, a dash, a level's points, a template's placeholder row
# left unfilled ("指标2", "……")
_NOISE = re.compile(
    r"^(?:[(（][^()（）]{0,12}[)）]|名称|[-—－/]+|\d+\s*分|指标\s*\d{1,2}\s*[:：]?|[.。…]{2,}|…)$"
)
_OPERATOR_ONLY = re.compile(r"^(?:[≥≤≧≦<>=＞＜＝]=?|不低于|不少于|不高于|不超过|大于等于|小于等于)$")
_SENTENCE = re.compile(r"[。；;，,：:]")
_SHARE = re.compile(r"^\d{1,4}(?:\.\d{1,4})?\s*[%％]?$")
_UNIT_CELL = 6
# what a unit never holds: an Arabic figure, or the ending of an indicator's name (满意度, 完成率, 人数)
_FIGURE_OR_NAME = re.compile(r"[0-9]|[率度数性况]$")
_DIGIT = re.compile(r"\d")
_SIGN_WORDS = ("定性", "定量", "正向", "反向", "定性指标", "定量指标", "正向指标", "反向指标")
# a template's numbering before an indicator's name ("指标2:台网运行率"): it opens a row, never explains one
_NUMBERING = re.compile(r"^指标\s*\d{1,2}\s*[:：、.．]?\s*(?=\S)")
_MAX_WEIGHT = Decimal(60)
_MAX_SCORE = Decimal(100)
_MAX_ROWS = 80
_HEADER_LINES = 16  # lines a header written one cell per line may take before its 三级指标 cell
# 三级指标 as a cell of its own (a header), not a word in a sentence ("由8项三级指标组成")
_HEADER_CELL = re.compile(r"(?:^|[\s|｜])三\s*级\s*指\s*标\s*(?:名称|[(（][^)）]*[)）])?(?:$|[\s|｜])")
_MAX_BLOCK_LINES = 800  # 80 rows of up to ten cells, one cell per line
_LEVELS = ("level1", "level2")


@functools.cache
def _sign_cell() -> re.Pattern[str]:
    """A 指标性质 cell: a sign or its word (the model's aliases), after a system's code ("004 >=")."""
    words = sorted({*OPERATOR_ALIASES, *(o.value for o in Operator), *_SIGN_WORDS}, key=len, reverse=True)
    return re.compile(r"^(?:\d{1,4}\s*)?(?:" + "|".join(map(re.escape, words)) + r")$")


class Token(NamedTuple):
    """A cell's text as the form reader cuts it (a named tuple: a form's window holds a hundred)."""

    text: str
    line: int


@dataclass(frozen=True)
class RowRead:
    """One indicator row as stated: the texts under each column and the line each came from."""

    level1: str
    level2: str
    cells: dict[str, Token]

    def text(self, key: str) -> str:
        token = self.cells.get(key)
        return token.text if token is not None else ""

    def points(self, key: str) -> Decimal | None:
        found = _POINTS.match(self.text(key))
        return Decimal(found.group(1)) if found else None


def bare_name(name: str) -> str:
    """An indicator's name without the template's numbering before it ("指标1:巡查次数" is 巡查次数)."""
    return _NUMBERING.sub("", name)


@dataclass(frozen=True)
class IndicatorBlock:
    columns: tuple[str, ...]
    header_line: int
    rows: tuple[RowRead, ...]
    end_line: int  # the first line after the block (its result rows start here)


def _tokens(line: Line) -> list[Token]:
    """A line's cells; a line that separators cut into fewer than three is further cut at single spaces
    (a row printed with one space between cells), an operator standing alone joining its number."""
    cells = [cell.text.strip() for cell in line_cells(line)]
    if len(cells) == 1 and "三级指标" in cells[0]:
        header = _run_together_header(cells[0])
        if header is not None:
            return [Token(word, line.number) for word in header]
    # a header's or a level's cell wrapped or spread out ("年度 指标值", "经济效益 指标") stays one cell
    pieces = (
        cells
        if len(cells) >= 3
        else [p for cell in cells for p in ([cell] if _spaced_header(cell) else cell.split())]
    )
    tokens: list[Token] = []
    for piece in pieces:
        if not piece:
            continue
        if tokens and _OPERATOR_ONLY.match(tokens[-1].text):
            tokens[-1] = Token(tokens[-1].text + piece, line.number)
        else:
            tokens.append(Token(piece, line.number))
    return tokens


def _spaced_header(cell: str) -> bool:
    """A header's or a level's cell its words were spread over ("实际 完成值", "经济效益 指标")."""
    if " " not in cell:
        return False
    return column_key(normalise_label(cell), True) is not None or _level(cell) is not None


def form_cells(lines: Sequence[Line]) -> list[Cell]:
    """The lines' cells as the form reader cuts them (at single spaces too), with their columns, for the
    layout's readers of the funds block and the result rows: a row printed with single spaces reads too."""
    cells: list[Cell] = []
    for line in lines:
        position = 0
        for token in _tokens(line):
            found = line.text.find(token.text, position)
            start = found if found >= 0 else position
            cells.append(Cell(token.text, line.number, start, start + len(token.text)))
            position = start + len(token.text)
    return cells


def _column(token: Token) -> str | None:
    label = normalise_label(token.text)
    return column_key(label, True) or column_key(label, False)


def is_stop(text: str) -> bool:
    return normalise_label(text).startswith(form_vocabulary().stop)


def is_subtotal(text: str) -> bool:
    """Whether a cell heads a row adding up the rows above it ("小计", "产出指标小计")."""
    return any(word in text for word in form_vocabulary().subtotal)


def _level(text: str) -> str | None:
    """Which level a cell names: "level1", "level2", "either" (成本指标) or None."""
    vocab = form_vocabulary()
    label = normalise_label(text)
    one, two = vocab.level1.fullmatch(label), vocab.level2.fullmatch(label)
    if one and two:
        return "either"
    return "level1" if one else "level2" if two else None


def _header(tokens: Sequence[Token], at: int) -> tuple[list[str], int, int] | None:
    """The column keys of the header around ``tokens[at]`` (三级指标), its first index and the index after."""
    start = at
    while start > 0 and (_column(tokens[start - 1]) is not None or _NOISE.match(tokens[start - 1].text)):
        start -= 1
    while start < at and _NOISE.match(tokens[start].text):
        start += 1  # "— | — | —" closing the funds sub-row above: no header cell
    spanned = _spanned_header(tokens, start, at)
    if spanned is not None:
        return spanned
    end = at
    keys: list[str] = []
    halves = 0  # the next cell is the second half of a header cell cut in two
    for index in range(start, len(tokens)):
        if halves:
            halves -= 1
            continue
        key = _column(tokens[index])
        if key is None and index > at and (key := _second_half(tokens, index)) is not None:
            halves = 1  # "年度" / "指标值", "实际" / "完成值": one header cell per line, cut in two
        if key is None:
            if _NOISE.match(tokens[index].text) and index >= at:
                end = index + 1
                continue
            if index > at:
                break
            continue
        if key in keys:
            break
        keys.append(key)
        end = index + 1 + halves
    if "name" not in keys or not ({"weight", "score"} & set(keys)):
        return None
    if "explanation" in keys and not ({"target", "actual"} & set(keys)):
        return None  # a framework of criteria (投入, 过程 … 指标解释, 评分标准): nothing to re-score against
    return keys, start, end


def _second_half(tokens: Sequence[Token], index: int) -> str | None:
    """The column a header cell naming none names with the next one, on the next line ("年度" / "指标值")."""
    if index + 1 >= len(tokens) or tokens[index + 1].line == tokens[index].line:
        return None
    if _column(tokens[index + 1]) is not None and len(tokens[index].text) > 2:
        return None
    return column_key(normalise_label(tokens[index].text + tokens[index + 1].text), True)


def _keys_from(tokens: Sequence[Token], index: int, line: int) -> tuple[list[str], int]:
    """The column keys of ``line``'s header cells from ``index`` on, and the index after the last."""
    keys: list[str] = []
    end = index
    while index < len(tokens) and tokens[index].line == line:
        key = _column(tokens[index])
        if key is None and not _NOISE.match(tokens[index].text):
            break
        if key is not None:
            if key in keys:
                break
            keys.append(key)
        index += 1
        end = index
    return keys, end


_UNDER_TARGET = frozenset({"operator", "target", "unit"})


def _spanned_header(tokens: Sequence[Token], start: int, at: int) -> tuple[list[str], int, int] | None:
    """The 2021 national form's header on two lines: "绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差…"
    above "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位", 年度指标值 spanning the three cells
    under it. The columns are the lower line's, then the upper line's after 年度指标值."""
    line = tokens[at].line
    lower = next((i for i in range(start, at + 1) if tokens[i].line == line), at)
    if lower == start:
        return None
    upper = [key for t in tokens[start:lower] if (key := _column(t)) is not None]
    keys, end = _keys_from(tokens, lower, line)
    if "target" not in upper or "name" not in keys or "target" not in keys:
        return None
    if not set(keys[keys.index("name") + 1 :]) <= _UNDER_TARGET:
        return None
    keys += [key for key in upper[upper.index("target") + 1 :] if key not in keys]
    if not ({"weight", "score"} & set(keys)):
        return None
    return keys, lower, end  # from the lower line: the rows print as it does


def _fits(key: str, text: str) -> bool:
    if key in ("weight", "score", "deduction"):
        return _POINTS.match(text) is not None
    if key == "name":
        return _POINTS.match(text) is None and _level(text) is None
    if key == "deviation":
        return _POINTS.match(text) is None
    if key == "operator":  # a sign or its word, after a system's code ("004 >="); never a name
        return _sign_cell().match(text) is not None
    if key == "unit":  # a measure's unit, never a figure or an indicator's name: "%", "人次", "万立方米/日"
        return len(text) <= _UNIT_CELL and _FIGURE_OR_NAME.search(text) is None
    if key == "completion":
        return _SHARE.match(text) is not None or text in EMPTY_MARKS
    return True


def _placements(texts: Sequence[str], columns: Sequence[str]) -> list[dict[str, int]]:
    """Every order-keeping placement of ``texts`` under ``columns`` that each cell fits, the first cell as
    the name, with the points a row must have."""
    if not texts or "name" not in columns or len(texts) > len(columns):
        return []
    name_at = columns.index("name")
    rest = columns[name_at + 1 :]
    found = []
    for chosen in itertools.combinations(range(len(rest)), len(texts) - 1):
        placed = {"name": 0} | {rest[c]: i + 1 for i, c in enumerate(chosen)}
        if not all(_fits(key, texts[i]) for key, i in placed.items()):
            continue
        weight = _POINTS.match(texts[placed["weight"]]) if "weight" in placed else None
        score = _POINTS.match(texts[placed["score"]]) if "score" in placed else None
        if "weight" in columns and weight is None:
            continue
        if len(placed) == 2 and "score" in columns:
            continue  # a name and one figure under a form scoring its rows: a part's result ("产出指标得分 48"), no row
        if weight is not None and not 0 < Decimal(weight.group(1)) <= _MAX_WEIGHT:
            continue
        if score is not None and Decimal(score.group(1)) > _MAX_SCORE:
            continue
        found.append(placed)
    return found


def _unit_measures_a_target(placed: dict[str, int], texts: Sequence[str]) -> bool:
    """Whether a reading's unit cell, if any, is a placeholder or stands beside a target with a figure."""
    if "unit" not in placed or texts[placed["unit"]] in EMPTY_MARKS:
        return True
    return "target" in placed and _DIGIT.search(texts[placed["target"]]) is not None


def _place(tokens: Sequence[Token], columns: Sequence[str]) -> dict[str, Token] | None:
    """The one reading of a row's cells: placements that agree on the points and the target, the fullest
    first; None when they disagree."""
    texts = [t.text for t in tokens]
    readings = _placements(texts, columns)
    if not readings:
        return None
    most = max(len(r) for r in readings)
    fullest = [r for r in readings if len(r) == most]
    if len(fullest) > 1 and (measured := [r for r in fullest if _unit_measures_a_target(r, texts)]):
        # "定性 | 明显降低 | | 基本达到 | 5 | 4", its blank unit cell dropped: a unit measures a figure, and a target in
        # words has none, so "基本达到" is the actual value, no unit
        fullest = measured
    first = fullest[0]
    for other in fullest[1:]:
        if any(other.get(key) != first.get(key) for key in ("weight", "score", "target", "actual")):
            return None
    return {key: tokens[i] for key, i in first.items()}


def _loose_level(text: str) -> bool:
    return form_vocabulary().level2_loose.fullmatch(normalise_label(text)) is not None


def _levels(tokens: Sequence[Token], index: int, previous: tuple[str, str]) -> tuple[str, str, int]:
    """The 一级/二级指标 cells at the start of a row (a blank one continues the row above)."""
    level1, level2 = previous
    taken: list[tuple[str, str]] = []
    block = form_vocabulary().block
    while index < len(tokens):
        text = tokens[index].text
        if _NOISE.match(text) or text in block:
            index += 1
            continue
        kind = _level(text)
        if kind is None:
            break
        taken.append((kind, text))
        index += 1
    for position, (kind, text) in enumerate(taken):
        following = taken[position + 1][0] if position + 1 < len(taken) else None
        if kind == "level1" or (kind == "either" and following in ("level2", "either")):
            level1, level2 = text, ""
        else:
            level2 = text
    return level1, level2, index


def _row_mode(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the header stands on one line with the rows below it one per line."""
    return len({t.line for t in tokens[start:end]}) == 1 and end - start >= 4


def read_indicator_blocks(lines: Sequence[Line]) -> Iterator[IndicatorBlock]:
    """Every indicator block of ``lines`` whose rows can be read, in order; a header inside a block read (one
    printed again where a table goes on over a page) is that block's. Only the lines around each 三级指标 header
    are cut into cells (from a few lines above it to the first result row below), so a long report costs little
    more than one without a form."""
    stops = form_vocabulary().stop
    after = 0  # the first line after the last block read
    headers = (
        i
        for i, line in enumerate(lines)
        if "三" in line.text
        and (_HEADER_CELL.search(line.text) or ("三级指标" in line.text and _run_together_header(line.text)))
    )
    for first in headers:
        if lines[first].number < after:
            continue
        end = min(len(lines), first + _MAX_BLOCK_LINES)
        last = next(
            (
                i
                for i in range(first + 1, end)
                if lines[i].text.lstrip().startswith(stops) or _report_section(lines[i].text)
            ),
            end - 1,
        )
        start = max(0, first - _HEADER_LINES)
        while lines[start].number < after:
            start += 1  # the lines above the header that the last block read are its own
        window = lines[start : last + 1]
        block = _block(
            _halves_joined(_rejoined([t for line in window for t in _tokens(line)])),
            window,
        )
        if block is not None:
            yield block
            after = block.end_line


def _report_section(text: str) -> bool:
    """Whether a line opens the report's next section ("五、存在的问题"): the form ended above it. A level
    numbered like one ("二、效益指标") is the form's own."""
    found = _SECTION_NUMBER.match(text)
    return found is not None and is_heading(text) and _level(text[found.end() :].strip()) is None


_SECTION_NUMBER = re.compile(r"\s*[一二三四五六七八九十]+\s*[、.．]")


def _rejoined(tokens: list[Token]) -> list[Token]:
    """An indicator level cut by a PDF's line breaks made whole again, on the line of the row it heads: a
    tall merged cell printed one character a line ("产", "出", "指", then "标 数量指标 …") and a level wrapped
    in its cell ("标 经济效益", then "指标 全年观影人数 …"). Only pieces that join into a level are joined."""
    joined: list[Token] = []
    index = 0
    last = len(tokens) - 1
    while index < len(tokens):
        token = tokens[index]
        if index == last or tokens[index + 1].line == token.line:
            joined.append(token)  # most cells: the row goes on after them on their line
            index += 1
            continue
        run = index
        while run < len(tokens) - 1 and _alone(tokens, run) and _one_character(tokens[run].text):
            run += 1
        if run > index and _one_character(tokens[run].text):
            whole = "".join(t.text for t in tokens[index : run + 1])
            if _level(whole) is not None:
                token, index = Token(whole, tokens[run].line), run
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            following is not None
            and following.line != token.line
            and len(following.text) <= _WRAPPED_PIECE
            and _HANZI_ONLY.fullmatch(token.text + following.text) is not None
            and _level(following.text) is None
            and _level(token.text + following.text) is not None
        ):
            token, index = Token(token.text + following.text, following.line), index + 1
        joined.append(token)
        index += 1
    return joined


def _halves_joined(tokens: list[Token]) -> list[Token]:
    """A header whose cells wrapped onto a second line made whole: "… 三级指标 年度 实际 分值 得分 …" above
    "指标值 完成值" is "年度指标值" and "实际完成值". Joined only when the second line holds as many cells as the
    header has cells naming no column, and each pair in order names one."""
    for at, token in enumerate(tokens):
        if "三" not in token.text or normalise_label(token.text) != "三级指标":
            continue
        after = at
        while after + 1 < len(tokens) and tokens[after + 1].line == token.line:
            after += 1
        unnamed = [i for i in range(at + 1, after + 1) if _column(tokens[i]) is None]
        lower = (
            [i for i in range(after + 1, len(tokens)) if tokens[i].line == tokens[after + 1].line]
            if (after + 1 < len(tokens))
            else []
        )
        if not unnamed or not lower:
            continue
        joined = _wrapped_under(tokens, unnamed, lower, token.line) or _wrapped_under(
            tokens, unnamed, lower, token.line, first=at - _levels_before(tokens, at)
        )
        if joined is None:
            continue
        return [joined.get(i, t) for i, t in enumerate(tokens) if i not in lower]
    return tokens


def _levels_before(tokens: list[Token], at: int) -> int:
    """How many cells of the header's line stand before its 三级指标 cell (its 一级 and 二级 cells)."""
    count = 0
    while count < at and tokens[at - count - 1].line == tokens[at].line:
        count += 1
    return count


def _wrapped_under(
    tokens: list[Token], unnamed: list[int], lower: list[int], line: int, first: int | None = None
) -> dict[int, Token] | None:
    """The header's cells joined with the pieces the second line wraps under them: under each cell naming no
    column by itself ("年度" over "指标值"), in order; or, from ``first`` on, under the one way of pairing the
    pieces in order with the header's cells (the levels' too: "一级" over "指标", "偏差原因分析" over "及改进措施")
    that makes every pair a column's name and leaves no cell after 三级指标 unnamed."""
    if first is None:
        if len(lower) != len(unnamed):
            return None
        ways = [tuple(unnamed)]
    else:
        upper = [i for i in range(first, lower[0]) if tokens[i].line == line]
        if len(lower) > len(upper) or len(lower) <= len(unnamed):
            return None
        if math.comb(len(upper), len(lower)) > _MAX_PAIRINGS:
            return None  # a whole row of cells under a long header wraps no header (and the ways would be billions)
        ways = [way for way in itertools.combinations(upper, len(lower)) if set(unnamed) <= set(way)]
    found = [
        {u: Token(tokens[u].text + tokens[w].text, line) for u, w in zip(way, lower, strict=True)}
        for way in ways
    ]
    named = [
        pairs
        for pairs in found
        if all(column_key(normalise_label(pair.text), True) is not None for pair in pairs.values())
    ]
    return named[0] if len(named) == 1 else None


_WRAPPED_PIECE = 4  # what a level's cell wraps onto the next line: "指标", "效益指标"
# the ways of pairing a header's cells with the pieces wrapped under them tried at most: a header wraps a few pieces
# ("一级" over "指标", "偏差原因分析" over "及改进措施"), some hundreds of ways among a dozen cells
_MAX_PAIRINGS = 5000
_HANZI_ONLY = re.compile(r"[\u4e00-\u9fff]{2,16}")


def _alone(tokens: Sequence[Token], index: int) -> bool:
    line = tokens[index].line
    return (index == 0 or tokens[index - 1].line != line) and tokens[index + 1].line != line


def _one_character(text: str) -> bool:
    return len(text) == 1 and "\u4e00" <= text <= "\u9fff"


def _block(tokens: Sequence[Token], lines: Sequence[Line]) -> IndicatorBlock | None:
    for at, token in enumerate(tokens):
        if "三" not in token.text or normalise_label(token.text) != "三级指标":  # the cheap test first
            continue
        header = _header(tokens, at)
        if header is None:
            continue
        keys, start, end = header
        rows, stop = (_rows_by_line if _row_mode(tokens, start, end) else _rows_by_stream)(tokens, end, keys)
        if rows:
            end_line = tokens[stop].line if stop < len(tokens) else tokens[-1].line + 1
            headings = {line.number for line in lines if is_heading(line.text)}
            rows = tuple(r for r in rows if r.cells["name"].line not in headings)
            return IndicatorBlock(tuple(keys), tokens[at].line, rows, end_line)
    return None


def _rows_by_line(tokens: Sequence[Token], index: int, keys: list[str]) -> tuple[tuple[RowRead, ...], int]:
    columns = [k for k in keys if k not in _LEVELS]
    rows: list[RowRead] = []
    previous = ("", "")
    misses = 0
    while index < len(tokens) and len(rows) < _MAX_ROWS:
        line = tokens[index].line
        end = index
        while end < len(tokens) and tokens[end].line == line:
            end += 1
        if is_stop(tokens[index].text):
            break
        if any(is_subtotal(token.text) for token in tokens[index:end] if not _NUMBER.fullmatch(token.text)):
            index = end  # "产出指标 | 小计 | | 50 | 47": the part's sum, read past
            continue
        level1, level2, body = _levels(tokens, index, previous)
        previous = (level1, level2)
        if body < end:
            placed = _place(_with_its_tail(tokens[body:end], columns), columns)
            if placed is None and body + 1 == end == index + 1:
                run = _run_together_row(tokens[index], columns, previous)
                if run is not None:
                    level1, level2, placed = run
                    previous = (level1, level2)
            if placed is None and end - body > 2 and _loose_level(tokens[body].text):
                placed = _place(_with_its_tail(tokens[body + 1 : end], columns), columns)
                if placed is not None:
                    level2 = tokens[body].text
                    previous = (level1, level2)
            extra = end - body - len(columns)
            if (
                placed is None
                and 1 <= extra <= 2
                and set(_LEVELS) <= set(keys)
                and _group_cells(tokens[body : body + extra + 1])
            ):
                # "过程(30分) 预算执行 预算执行率 10 100% 97.78% 9.78", "财务管理 财务制度健全性 5 健全 健全 5": a row carrying the
                # cells of the groups it opens, as a table with merged cells prints them, one cell a column
                placed = _place(list(tokens[body + extra : end]), columns)
                if placed is not None:
                    if extra == 2:
                        level1 = tokens[body].text
                    level2 = tokens[body + extra - 1].text
                    previous = (level1, level2)
            if placed is None:
                misses += 1
                if misses > 2:
                    break
            else:
                misses = 0
                rows.append(RowRead(level1, level2, placed))
        index = end
    return tuple(rows), index


def _group_cells(tokens: Sequence[Token]) -> bool:
    """Whether cells read as a row's group labels and its indicator's name: words, none a figure."""
    return all(_ONE_WORD_NAME.fullmatch(token.text) for token in tokens)


_ONE_WORD_NAME = re.compile(r"[\u4e00-\u9fff“”\"'()（）、]{2,30}(?:[(（]\d+(?:\.\d+)?分[)）])?")


def _with_its_tail(cells: Sequence[Token], columns: Sequence[str]) -> list[Token]:
    """A row's cells, those past the last column joined into it: a sentence cut at its spaces."""
    if len(cells) <= len(columns):
        return list(cells)
    tail = cells[len(columns) - 1 :]
    return [*cells[: len(columns) - 1], Token(" ".join(t.text for t in tail), tail[0].line)]


def _rows_by_stream(tokens: Sequence[Token], index: int, keys: list[str]) -> tuple[tuple[RowRead, ...], int]:
    """Rows from one cell per line: a row runs from its name to its score (or to the deviation after it)."""
    columns = [k for k in keys if k not in _LEVELS]
    last = "score" if "score" in columns else "weight"
    rows: list[RowRead] = []
    previous = ("", "")
    while index < len(tokens) and len(rows) < _MAX_ROWS:
        if is_stop(tokens[index].text):
            break
        if is_subtotal(tokens[index].text):
            index += 1  # "小计" and the sums under it: read past
            while index < len(tokens) and _NUMBER.fullmatch(tokens[index].text):
                index += 1
            continue
        level1, level2, body = _levels(tokens, index, previous)
        previous = (level1, level2)
        placed, end = None, body
        wanted = [k for k in ("target", "actual", "weight", "score") if k in columns]
        for needed in (wanted, ["name", last]):  # a whole row first, then one with blank cells
            for stop in range(body + 2, min(body + len(columns), len(tokens)) + 1):
                reading = _place(tokens[body:stop], columns)
                if reading is not None and all(k in reading for k in needed):
                    placed, end = reading, stop
                    break
            if placed is not None:
                break
        if placed is None:
            break
        if "deviation" in columns and end < len(tokens) and _deviation_like(tokens[end].text):
            placed["deviation"] = tokens[end]
            end += 1
        rows.append(RowRead(level1, level2, placed))
        index = end
    return tuple(rows), index


def _deviation_like(text: str) -> bool:
    """A cell after the score that explains rather than names: a dash or 无, or a sentence."""
    if is_stop(text) or _level(text) is not None or _NUMBERING.match(text):
        return False
    return text in EMPTY_MARKS or len(text) > 20 or _SENTENCE.search(text) is not None


def _run_together_header(text: str) -> list[str] | None:
    """A header row printed with no separators ("绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分…")
    cut into its words, longest first, from its first level's word; None unless every piece is a header's."""
    words = _header_words()
    text = normalise_label(text)
    start = min((at for word in _LEVEL_HEADERS if (at := text.find(word)) >= 0), default=-1)
    if start < 0:
        return None
    found: list[str] = []
    at = start
    while at < len(text):
        word = next((w for w in words if text.startswith(w, at)), None)
        if word is None:
            return None
        found.append(word)
        at += len(word)
    return found if len(found) >= 4 and "三级指标" in found else None


_LEVEL_HEADERS = ("一级指标", "二级指标", "三级指标")


@functools.cache
def _header_words() -> tuple[str, ...]:
    words = {w for group in form_vocabulary().columns.values() for w in group}
    return tuple(sorted(words, key=len, reverse=True))


# a target or an actual value in a row printed with no separators: a sign, a figure without a leading zero,
# then "%" or a unit of up to three characters
_RUN_SIGN = re.compile(r"[≥≤≧≦<>＞＜＝=]=?")
_RUN_VALUE = re.compile(rf"(?:{_RUN_SIGN.pattern})?(?:0|[1-9]\d*)(?:\.\d+)?")
_RUN_UNIT = re.compile(r"%|‰|[\u4e00-\u9fff]{1,3}")
# the points and the score run together, taken whole: "10.009.55" is 10.00 and 9.55 (a pattern matching the
# first figure's decimals greedily would stop at "10.009" and leave ".55" as the deviation's start)
_RUN_POINTS = re.compile(r"\d[\d.]*")
_NUMBER = re.compile(r"(?:0|[1-9]\d*)(?:\.\d{1,2})?")
_RUN_COLUMNS = ["name", "target", "actual", "weight", "score"]
_MAX_RUN_ROW = 160  # characters: a row with its deviation's sentence
_UNIT_THEN_FIGURE = re.compile(r"(?:%|‰|[\u4e00-\u9fff]{1,3})\d")
# the word a count is measured in, opening a deviation right after a score of two places ("9.52个…": 9.5 and "2个")
_A_COUNTS_WORD = re.compile(r"(?:个|项|户|座|所|名|条|台|套|件|辆|万?元|亩|公里|人次|%)")
_TWO_PLACES = re.compile(r"\.\d\d$")


def _run_together_row(
    token: Token, columns: Sequence[str], previous: tuple[str, str]
) -> tuple[str, str, dict[str, Token]] | None:
    """A row printed with no separators ("质量指标验收合格率100%80%1111管理不够到位") under a header of the
    national order (name, target, actual, points, score, deviation): read only when one cut makes sense of
    it with the name ending where the first value can start: a name not ending in a figure, two values with
    their units, the points and score run together as one figure pair (11 and 11: the score never above the
    points, the points at most 60), then the deviation's words. A qualitative row ("及时较及时") has no such
    cut and is left unread."""
    if list(columns[:5]) != _RUN_COLUMNS or any(c != "deviation" for c in columns[5:]):
        return None
    if len(token.text) > _MAX_RUN_ROW:
        return None  # a page run into one line, not a row: its cuts are not tried (nor would they be one)
    level_cells = [Token(piece, token.line) for piece in _level_prefix(token.text)]
    level1, level2, _ = _levels(level_cells, 0, previous)
    text = token.text[sum(len(piece.text) for piece in level_cells) :].strip()
    readings = set(_run_readings(text))
    if not readings:
        return None
    # the name ends where the first value can start ("改造农户数量" | "200户", not "改造农户数量200户" | "180户")
    shortest = min(len(reading[0]) for reading in readings)
    readings = {reading for reading in readings if len(reading[0]) == shortest}
    if len(readings) != 1:
        return None
    name, target, actual, weight, score, deviation = readings.pop()
    if _A_COUNTS_WORD.match(deviation) and _TWO_PLACES.search(score):
        return None  # "…109.52个村道…": the deviation's count ("2个") may hold the score's last digit
    cells = dict(zip(_RUN_COLUMNS, (name, target, actual, weight, score), strict=True))
    if deviation and "deviation" in columns:
        cells["deviation"] = deviation
    return level1, level2, {key: Token(value, token.line) for key, value in cells.items()}


def _level_prefix(text: str) -> list[str]:
    """The 一级/二级指标 words a run-together row opens with ("效益指标经济效益指标项目管理覆盖面…")."""
    vocab = form_vocabulary()
    pieces: list[str] = []
    at = 0
    while True:
        found = vocab.level1.match(text, at) or vocab.level2.match(text, at)
        if found is None or found.end() == at:
            return pieces
        pieces.append(found.group())
        at = found.end()


_YEAR_AT = re.compile(r"(?:19|20)\d\d\s*年")


def _run_readings(text: str) -> Iterator[tuple[str, str, str, str, str, str]]:
    for cut in range(2, len(text)):
        name = text[:cut]
        if (
            name[-1] in "%."
            or name[-1].isdigit()
            or _RUN_SIGN.match(name[-1])
            or not _RUN_VALUE.match(text, cut)
            # "某市档案馆2022年度部门整体支出绩效自评表" (a running header between rows): a year, no values
            or _YEAR_AT.match(text, cut)
        ):
            continue
        for target, after_target in _run_values(text, cut):
            for actual, after_actual in _run_values(text, after_target):
                points = _RUN_POINTS.match(text, after_actual)
                if points is None:
                    continue
                rest = text[points.end() :]
                if rest and (
                    not ("\u4e00" <= rest[0] <= "\u9fff" or rest[0].isalpha())
                    or _UNIT_THEN_FIGURE.match(rest)
                ):
                    continue  # the deviation opens with words, never a unit and a figure ("户1212"): values cut short
                figures = text[after_actual : points.end()]
                for weight, score in _point_pairs(figures):
                    yield name, target, actual, weight, score, rest.strip()


def _run_values(text: str, at: int) -> Iterator[tuple[str, int]]:
    """Each way a value can start at ``at``: every figure its digits allow, bare or with its unit."""
    sign = _RUN_SIGN.match(text, at)
    digits_at = sign.end() if sign else at
    run = re.match(r"\d+(?:\.\d+)?", text[digits_at:])
    if run is None:
        return
    for end in range(digits_at + 1, digits_at + run.end() + 1):
        figure = text[digits_at:end]
        if not _RUN_VALUE.fullmatch(figure) or figure.endswith("."):
            continue
        yield text[at:end], end
        unit = _RUN_UNIT.match(text, end)
        if unit is not None:
            for length in range(1, len(unit.group()) + 1):
                yield text[at : end + length], end + length


def _point_pairs(figures: str) -> Iterator[tuple[str, str]]:
    for cut in range(1, len(figures)):
        weight, score = figures[:cut], figures[cut:]
        if not (_NUMBER.fullmatch(weight) and _NUMBER.fullmatch(score)):
            continue
        if 0 < Decimal(weight) <= _MAX_WEIGHT and Decimal(score) <= Decimal(weight):
            yield weight, score
