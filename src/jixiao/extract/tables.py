"""Tables as they survive publishing: a row per line (tab, "|" or wide-space separated), or one cell per line
(a Word table saved as text, or a PDF's table read line by line), found from a header row of known names."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.cells import Cell, split_cells
from jixiao.layout.headings import is_heading

COLUMN_NAME = re.compile(
    r"^(?:序号|项目名称|项目|单位名称|(?:自评|评价|综合)?得分|分数|(?:评价|绩效|自评)?等[级次]|(?:年初|全年|调整后)?预算(?:数|金额)?"
    r"|(?:全年)?执行数|实际支出|执行率|分值|权重|备注|姓名|工作单位|单位|职务|职称|[一二三]级指标|指标值|实际完成值|偏差原因\S*)"
    r"\s*(?:\([^)]*\))?$"
)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    lines: frozenset[int]

    def column(self, *names: str) -> int | None:
        """Index of the first header cell containing any of ``names``."""
        for index, cell in enumerate(self.header):
            if any(name in cell for name in names):
                return index
        return None


def _cell_line(line: Line) -> Cell | None:
    """A line holding a single short cell (no sentence in it)."""
    stripped = line.text.strip()
    if not stripped or len(stripped) > 40 or "。" in stripped or "，" in stripped:
        return None
    if any(mark in stripped.strip("|｜") for mark in "|｜\t"):
        return None  # a row of several cells ("|项目名称|X项目|"), no cell of a header printed one per line
    lead = len(line.text) - len(line.text.lstrip())
    return Cell(stripped, line.number, lead, lead + len(stripped))


def find_tables(
    lines: Sequence[Line],
    hint: str,
    is_header: Callable[[list[str]], bool],
    row_ok: Callable[[list[str]], bool],
) -> list[Table]:
    """Tables whose header starts on a line containing ``hint`` and satisfies ``is_header``; rows are kept
    while ``row_ok`` accepts them."""
    tables: list[Table] = []
    index = 0
    count = len(lines)
    while index < count:
        if hint not in lines[index].text:
            index += 1
            continue
        cells = split_cells(lines[index])
        if len(cells) >= 2 and is_header([c.text for c in cells]):
            table, index = _read_rows(
                lines, index + 1, tuple(c.text for c in cells), {lines[index].number}, row_ok
            )
            tables.append(table)
            continue
        header_cells, after = _stacked_header(lines, index, is_header)
        if header_cells:
            used = {c.line for c in header_cells}
            table, index = _read_rows(lines, after, tuple(c.text for c in header_cells), used, row_ok)
            tables.append(table)
            continue
        index += 1
    return tables


def _stacked_header(
    lines: Sequence[Line], index: int, is_header: Callable[[list[str]], bool]
) -> tuple[list[Cell], int]:
    """A header written one cell per line; returns the cells and the index after them."""
    if len(split_cells(lines[index])) > 1:
        return [], index  # "项目名称  X项目": a labelled cell and its value, no header's first cell
    cells: list[Cell] = []
    position = index
    while position < len(lines) and len(cells) < 8:
        cell = _cell_line(lines[position])
        if cell is None:
            break
        cells.append(cell)
        position += 1
        if len(cells) >= 2 and is_header([c.text for c in cells]):
            while position < len(lines):
                extra = _cell_line(lines[position])
                if extra is None or not COLUMN_NAME.match(extra.text):
                    break
                cells.append(extra)
                position += 1
            return cells, position
    return [], index


def _read_rows(
    lines: Sequence[Line],
    index: int,
    header: tuple[str, ...],
    used: set[int],
    row_ok: Callable[[list[str]], bool],
) -> tuple[Table, int]:
    width = len(header)
    rows: list[tuple[Cell, ...]] = []
    pending: list[Cell] = []

    def flush() -> bool:
        if not pending:
            return True
        if not row_ok([c.text for c in pending]):
            return False
        rows.append(tuple(pending))
        used.update(c.line for c in pending)
        pending.clear()
        return True

    while index < len(lines):
        line = lines[index]
        if not line.text.strip():
            if len(pending) >= 2 and not flush():
                break
            index += 1
            continue
        if is_heading(line.text) and not line.text.startswith("\t"):
            break
        cells = split_cells(line)
        if len(cells) >= 2 and not pending:
            if not row_ok([c.text for c in cells]):
                break
            rows.append(tuple(cells))
            used.add(line.number)
            index += 1
            continue
        cell = _cell_line(line)
        if cell is None:
            break
        pending.append(cell)
        index += 1
        if len(pending) == width and not flush():
            pending.clear()
            break
    if pending and len(pending) >= 2:
        flush()
    return Table(header, tuple(rows), frozenset(used)), index
