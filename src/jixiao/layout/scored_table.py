"""A score table of two levels, as a report's 评分表 prints it under "一级指标 | 分值 | 二级指标 | 分值 | 得分":

    项目决策   15   项目立项   5   5   立项依据充分
                    绩效目标   5   5   目标明确
                    小计           10  10
    项目管理   25   资金到位   5   5   …
    合计       100                 96.7

A first-level part's row carries its name and points before its first item; an item's row its name, points and
score; a 小计 row the part's points and score summed; the 合计 row the whole. A remark wrapped onto a line of its
own is read past. The cells are set apart by "|", tabs or wide spaces, or, where the header is, by single spaces."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.ingest.document import Line
from jixiao.layout.cells import split_cells


@dataclass(frozen=True)
class ScoredRow:
    """A row's name, its points and its score (None where the row states none), and its line."""

    name: str
    points: Decimal | None
    score: Decimal | None
    line: int


@dataclass
class ScoredPart:
    """A first-level part: its own row's name and points, its items, and its 小计 row when it has one."""

    name: str
    points: Decimal
    line: int
    items: list[ScoredRow] = field(default_factory=list)
    subtotal: ScoredRow | None = None


@dataclass(frozen=True)
class ScoredTable:
    parts: tuple[ScoredPart, ...]
    total: ScoredRow | None


_HEADER = ("一级指标", "分值", "二级指标", "分值", "得分")
_POINTS_WORDS = frozenset({"分值", "权重", "标准分"})
_SCORE_WORDS = frozenset({"得分", "自评得分", "实际得分", "评价得分"})
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_NAME = re.compile(r"[\u4e00-\u9fff（）()“”、]{2,20}")
_SUBTOTAL = re.compile(r"小\s*计")
_TOTAL = re.compile(r"合\s*计|总\s*计|总\s*分")
_FIGURE_HEADER = re.compile(r"得分|扣分|加分|分值|(?:率|数)$")  # a column of figures after the score's
_REMARKS_BETWEEN = 2  # lines of a wrapped remark read past between rows


def _cells(line: Line, spaced: bool) -> list[str]:
    if spaced:
        return line.text.split()
    return [cell.text.strip() for cell in split_cells(line) if cell.text.strip()]


def _header(line: Line) -> bool | None:
    """Whether a line is the table's header, its cells set apart by single spaces (True) or by wider marks
    (False); None when it is none."""
    for spaced in (False, True):
        cells = _cells(line, spaced)
        if (
            len(cells) >= len(_HEADER)
            and cells[0] == _HEADER[0]
            and cells[1] in _POINTS_WORDS
            and cells[2] == _HEADER[2]
            and cells[3] in _POINTS_WORDS
            and cells[4] in _SCORE_WORDS
        ):
            return spaced
    return None


def _number(text: str) -> Decimal | None:
    return Decimal(text) if _NUMBER.fullmatch(text) else None


def two_level_tables(lines: Sequence[Line]) -> Iterator[ScoredTable]:
    """Every two-level score table whose rows are read whole: each line from the header to the 合计 row a part's
    row, an item's, a 小计 or a wrapped remark. A line of another shape ends the table unread."""
    for at, line in enumerate(lines):
        if "二级指标" not in line.text or (spaced := _header(line)) is None:
            continue
        table = _table(lines[at + 1 :], _cells(line, spaced), spaced)
        if table is not None:
            yield table


def _table(rows: Sequence[Line], header: Sequence[str], spaced: bool) -> ScoredTable | None:
    parts: list[ScoredPart] = []
    remarks = 0
    for row in rows:
        cells = _cells(row, spaced)
        if not cells:
            break
        numbers = [_number(cell) for cell in cells]
        if _TOTAL.fullmatch(cells[0]):
            figures = [n for n in numbers if n is not None]
            # (its empty cells dropped, the score is its last figure only where no column of figures follows the
            # score's: "扣分", "上年得分")
            known = len(figures) >= 2 and not any(_FIGURE_HEADER.search(cell) for cell in header[5:])
            total = ScoredRow(cells[0], figures[0], figures[-1], row.number) if known else None
            return ScoredTable(tuple(parts), total) if parts else None
        if _SUBTOTAL.search(cells[0]):
            if not parts or parts[-1].subtotal is not None or len(cells) < 3:
                return None
            points, score = numbers[1], numbers[2]
            if points is None or score is None:
                return None
            parts[-1].subtotal = ScoredRow(cells[0], points, score, row.number)
            remarks = 0
            continue
        item = _item(cells, numbers, 0)
        first = _item(cells, numbers, 2) if item is None and numbers[1:2] != [None] else None
        if first is not None and _NAME.fullmatch(cells[0]) and (points := numbers[1]) is not None:
            # a part's own row: its name and points, then its first item
            parts.append(ScoredPart(cells[0], points, row.number, [ScoredRow(*first, row.number)]))
            remarks = 0
        elif item is not None and parts:
            parts[-1].items.append(ScoredRow(*item, row.number))
            remarks = 0
        elif len(cells) == 1 and numbers[0] is None and parts and remarks < _REMARKS_BETWEEN:
            remarks += 1  # "回传信息不完整": a remark the cell's width wrapped
        else:
            return None
    return None


def _item(
    cells: Sequence[str], numbers: Sequence[Decimal | None], at: int
) -> tuple[str, Decimal, Decimal] | None:
    """An item's name, points and score from the cells at ``at``."""
    if len(cells) < at + 3 or not _NAME.fullmatch(cells[at]):
        return None
    points, score = numbers[at + 1], numbers[at + 2]
    if points is None or score is None:
        return None
    return cells[at], points, score
