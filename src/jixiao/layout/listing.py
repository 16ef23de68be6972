"""Figures listed one per line under their total, as a form's rows come out when flattened to text:

    计划生育转移支付资金合计(万元) 年度预算资金总额): 1084.25
    其中:中央补助 668.00
    市级资金 343.00
    本级资金(包括结转结余) 73.25

A line that is a label and a number, followed by a line opening with 其中 and more such lines, is a total
and its parts. The unit is the one the list states in brackets on the total's line or just above it; a
list that states none is not read (its parts might be counts or percentages)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.ingest.document import Line
from jixiao.layout.cells import split_cells

_FIGURE = re.compile(
    r"^\s*(?P<label>[^\d\s|｜][^\d|｜]{1,60}?)\s*[:：]?\s*"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*$"
)
_PARTS_OPEN = re.compile(r"^\s*其中\s*[:：]?\s*")
_UNIT = re.compile(r"[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)")
_UNIT_LOOKBACK = 3


@dataclass(frozen=True)
class Listed:
    label: str
    value: Decimal  # as written, in ``unit``
    unit: str
    line: int
    start: int
    end: int


@dataclass(frozen=True)
class ListedSum:
    total: Listed
    parts: tuple[Listed, ...]


def _figure(line: Line, unit: str) -> Listed | None:
    found = _FIGURE.match(line.text)
    if found is None:
        return None
    value = Decimal(found.group("number").replace(",", ""))
    return Listed(found.group("label").strip(), value, unit, line.number, found.start("number"), found.end())


def _unit_near(lines: Sequence[Line], index: int) -> str | None:
    for line in reversed(lines[max(0, index - _UNIT_LOOKBACK) : index + 1]):
        found = _UNIT.search(line.text)
        if found is not None:
            return found.group(1) or found.group(2)
    return None


_TOTAL_WORD = re.compile(r"合计|总计|总额")  # not 小计: "其中：基本支出小计 300" is a part
# a column no total adds up: each row's rate or share, or its figure per unit ("亩均投资（元）", "单价", "补助标准")
_RATE_HEADER = re.compile(r"率|%|％|比例|占比|[亩人户]均|平均|单价|标准")


def listed_sums(lines: Sequence[Line]) -> Iterator[ListedSum]:
    """Every total with at least two parts listed under it, one per line (blank lines skipped)."""
    content = [line for line in lines if line.text.strip()]
    for index, line in enumerate(content[:-2]):
        # the next line opening with 其中 first: that cheap test rules out nearly every line
        opening = _PARTS_OPEN.match(content[index + 1].text)
        if opening is None or _PARTS_OPEN.match(line.text) or not _FIGURE.match(line.text):
            continue
        unit = _unit_near(content, index)
        if unit is None:
            continue
        total = _figure(line, unit)
        first = _figure(Line(content[index + 1].number, content[index + 1].text[opening.end() :]), unit)
        if total is None or first is None:
            continue
        first = Listed(
            first.label, first.value, unit, first.line, first.start + opening.end(), first.end + opening.end()
        )
        parts = [first]
        for following in content[index + 2 :]:
            if len(parts) >= 2 and sum(part.value for part in parts) == total.value:
                break  # "基本支出 / 其中：人员经费 / 公用经费" made up: the next row ("项目支出") is its sibling
            part = None if _PARTS_OPEN.match(following.text) else _figure(following, unit)
            if part is None or _TOTAL_WORD.search(part.label):
                break  # "支出合计 640" after the income's parts opens another total, no part of this one
            parts.append(part)
        labels = [part.label for part in parts]
        if len(parts) >= 2 and len(set(labels)) == len(labels):
            yield ListedSum(total, tuple(parts))


# a form's table flattened one cell per line or with "|" between cells: a row's label, then its figures
_CELL = re.compile(r"[^|｜]+")
_PLAIN_NUMBER = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_ITEM_NUMBER = re.compile(r"\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*[、.．](?!\d))")
_TABLE_UNIT_LOOKBACK = 40
_TOTAL_CELL = re.compile(r"[\u4e00-\u9fff][:：]\s*[|｜]")


@dataclass(frozen=True)
class _Row:
    label: str
    line: int
    figures: list[tuple[Decimal, int, int, int]]  # value, line, start, end


def _rows(lines: Sequence[Line]) -> list[_Row]:
    rows: list[_Row] = []
    for line in lines:
        for cell in _CELL.finditer(line.text):
            text = cell.group().strip()
            if not text:
                continue
            if _PLAIN_NUMBER.fullmatch(text):
                if rows:
                    start = cell.start() + cell.group().index(text)
                    rows[-1].figures.append(
                        (Decimal(text.replace(",", "")), line.number, start, start + len(text))
                    )
            else:
                rows.append(_Row(text, line.number, []))
    return rows


def column_sums(lines: Sequence[Line]) -> Iterator[ListedSum]:
    """The columns of a table's total row whose numbered rows under it ("项目支出: | 1505.3 | 1377.9 | 1369.3",
    then "1、… | 1049.4 | 960.00 | 958.7", "2、…") do not add up to it, when another column of the same rows
    does: the rows are then read right, and the column that does not add up holds a slip. A table without
    such a check, or without a unit stated above it (万元, 元), is not read."""
    # a total row's label ends with a colon and stands in its own cell ("项目支出: |"): most pages have none
    if not any(_TOTAL_CELL.search(line.text) for line in lines if "|" in line.text or "｜" in line.text):
        return
    rows = _rows(lines)
    for index, total in enumerate(rows):
        width = len(total.figures)
        if width < 2 or not total.label.endswith((":", "：")) or _ITEM_NUMBER.match(total.label):
            continue
        parts: list[_Row] = []
        for row in rows[index + 1 :]:
            number = _ITEM_NUMBER.match(row.label)
            if number is None or int(number.group(1) or number.group(2)) != len(parts) + 1:
                break
            if len(row.figures) != width:
                parts = []
                break
            parts.append(row)
        if len(parts) < 2:
            continue
        unit = _unit_above(lines, total.line)
        if unit is not None:
            yield from _columns_off(total, parts, unit, _column_headers(rows, index, width))


_ROW_BREAK = re.compile(r"[|｜\t]| {2,}|\u3000")
_CLOSING_TOTAL = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:合计|总计)\s*[:：]?$")
_NOT_A_ROW_OF_ITS_OWN = re.compile(r"^(?:其中|含|包括)|合计|小计|总计")
_PERCENT_CELL = re.compile(r"\d+(?:\.\d+)?\s*[%％]")
_CODE = re.compile(r"\d{1,8}")  # a row's number or its economic class's code before its label ("30305")


def _table_row(line: Line, fewest_figures: int = 2) -> _Row | None:
    """A line of a table's row: its label cell (after a number or code), then figure cells only, at least
    ``fewest_figures`` of them."""
    if not _ROW_BREAK.search(line.text):
        return None  # most lines are prose: no cell separator, no row
    cells = [cell for cell in split_cells(line) if cell.text]
    if cells and _CODE.fullmatch(cells[0].text):
        cells = cells[1:]
    if len(cells) < 1 + fewest_figures or _PLAIN_NUMBER.fullmatch(cells[0].text):
        return None
    figures = []
    for cell in cells[1:]:
        if _PERCENT_CELL.fullmatch(cell.text):
            continue  # "97.63%": the row's rate, which no total adds up
        if not _PLAIN_NUMBER.fullmatch(cell.text):
            return None
        figures.append((Decimal(cell.text.replace(",", "")), line.number, cell.start, cell.end))
    return _Row(cells[0].text, line.number, figures) if figures else None


def closing_column_sums(lines: Sequence[Line]) -> Iterator[ListedSum]:
    """The columns of a table's closing total row ("支出合计 | 277.70 | 268.50") that the rows above it, up to
    its header, do not add up to, when another column of the same rows does: the rows are then read right, and
    the column that does not add up holds a slip. Rows with parts of their own (其中, 小计, a row that the rows
    after it add up to), a table without such a check, or one without a unit stated above it, are not read."""
    for at, line in enumerate(lines):
        if "合计" not in line.text and "总计" not in line.text:
            continue  # a closing total row first: the rows above it are read only then
        total = _table_row(line)
        if total is None or not _CLOSING_TOTAL.match(total.label):
            continue
        parts: list[_Row] = []
        for above in reversed(lines[:at]):
            row = _table_row(above)
            if row is None or above.number != (parts[0].line if parts else total.line) - 1:
                break
            parts.insert(0, row)
        width = len(total.figures)
        if (
            len(parts) < 2
            or any(len(part.figures) != width for part in parts)
            or any(_NOT_A_ROW_OF_ITS_OWN.search(part.label) for part in parts)
            or _holds_later_rows(parts)
        ):
            continue
        unit = _unit_above(lines, parts[0].line)
        if unit is not None:
            # (where the rates are written with "%" their cells are left out already, and the headers do not align)
            headers = _header_cells(lines, parts[0].line, width, _percent_columns(lines, total.line))
            yield from _columns_off(total, parts, unit, headers)


# a two-column table's header: what its rows are, then the one column of money ("收入项目 | 金额", "项目名称 | 支出金额")
_ROWS_HEADER = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:项目|名称|类别|科目|来源|分类|内容)$")
_MONEY_HEADER = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:金额|数额|决算数|预算数|支出数|收入数)\s*(?:[(（]\s*(?:万元|元)\s*[)）])?$"
)


def closing_single_column(lines: Sequence[Line]) -> Iterator[ListedSum]:
    """A table of one column of money under a header naming it ("收入项目 | 金额"), its rows right under the header
    and its closing total row ("收入合计 | 10827.86") right under them, when the rows do not add up to the total;
    the same table printed one cell a line ("支出经济分类" / "金额" / "工资福利支出" / "612.35" / … / "合计" /
    "1,073.63") too. No other column checks that the rows are read right, so the table must be whole to the eye:
    every line from the header to the total a row's (a label wrapped over a line breaks it), no row with parts
    of its own (其中, 小计, a row the rows after it add up to), and a unit stated above."""
    for at, line in enumerate(lines):
        if "合计" not in line.text and "总计" not in line.text:
            continue
        found = _rows_in_lines(lines, at) or _rows_in_cells(lines, at)
        if found is None:
            continue
        header, parts, total = found
        values = [part.figures[0][0] for part in parts]
        if (
            len(parts) < 2
            # (a row after the total: "合计 200" / "未支付质保金 5.0", the total not the table's last word)
            or _row_after(lines, total)
            # (a row with its one part under it, the same figure: "项目支出 800" / "衔接资金项目 800"; a row taken
            # off, "减：年末结转结余")
            or any(a == b for a, b in itertools.pairwise(values))
            or any(_TAKEN_OFF.match(part.label) for part in parts)
            # (the header printed again after a page break: the table's first rows stand above it)
            or _header_above(lines, parts[0].line - 1, header)
            or len(header) != 2
            or not _ROWS_HEADER.match(header[0])
            or not _MONEY_HEADER.match(header[1])
            or any(_NOT_A_ROW_OF_ITS_OWN.search(part.label) for part in parts)
            or len({part.label for part in parts}) != len(parts)
            or _holds_later_rows(parts)
        ):
            continue
        unit = _unit_in(header[1]) or _unit_above(lines, parts[0].line - 1)
        if unit is not None and sum(part.figures[0][0] for part in parts) != total.figures[0][0]:
            yield ListedSum(
                _listed(total.label, total.figures[0], unit),
                tuple(_listed(part.label, part.figures[0], unit) for part in parts),
            )


def _row_after(lines: Sequence[Line], total: _Row) -> bool:
    """Whether a row of a label and a figure (on one line, or one cell a line) follows the total's."""
    last = total.figures[0][1]
    after = [line for line in lines if line.number > last and line.text.strip()][:2]
    if not after:
        return False
    return _table_row(after[0], 1) is not None or (
        len(after) == 2 and _cell_row(after[0], after[1]) is not None
    )


_TAKEN_OFF = re.compile(r"^\s*(?:减|加)\s*[:：]")
_HEADER_REACH = 40  # lines above a table's header its first half may stand at, before a page break


def _header_above(lines: Sequence[Line], header_line: int, header: list[str]) -> bool:
    """Whether the header's words stand again on a line shortly above it (a table cut by a page)."""
    words = "".join(header)
    return any(
        "".join(line.text.split()).replace("|", "").replace("｜", "") == words
        for line in lines
        if header_line - _HEADER_REACH <= line.number < header_line - 1
    )


def _rows_in_lines(lines: Sequence[Line], at: int) -> tuple[list[str], list[_Row], _Row] | None:
    """The header's cells, the rows and the total of a two-column table whose rows are lines ("收入合计 | 10827.86"
    at ``at``, each line above it a label and a figure up to the header)."""
    total = _table_row(lines[at], 1)
    if total is None or len(total.figures) != 1 or not _CLOSING_TOTAL.match(total.label):
        return None
    parts: list[_Row] = []
    for above in reversed(lines[:at]):
        if above.number != (parts[0].line if parts else total.line) - 1:
            return None
        row = _table_row(above, 1)
        if row is None:
            return [cell.text for cell in split_cells(above) if cell.text], parts, total
        if len(row.figures) != 1:
            return None
        parts.insert(0, row)
    return None


def _rows_in_cells(lines: Sequence[Line], at: int) -> tuple[list[str], list[_Row], _Row] | None:
    """The same of a two-column table printed one cell a line: the total's label alone at ``at`` and its figure on
    the next line, each row a label line and a figure line above them, the header's two cells above those."""
    if at + 1 >= len(lines) or not _CLOSING_TOTAL.match(lines[at].text.strip()):
        return None
    total = _cell_row(lines[at], lines[at + 1])
    if total is None:
        return None
    parts: list[_Row] = []
    index = at - 2
    while index >= 1:
        row = _cell_row(lines[index], lines[index + 1])
        if row is None:
            break
        parts.insert(0, row)
        index -= 2
    if index < 0:
        return None
    # (the header's cells: the two lines above the first row, the first of them no figure either)
    header = [lines[index].text.strip(), lines[index + 1].text.strip()]
    return header, parts, total


def _cell_row(label: Line, figure: Line) -> _Row | None:
    """A row printed as its label's line and its figure's line, the one right under the other."""
    text, value = label.text.strip(), figure.text.strip()
    if (
        figure.number != label.number + 1
        or not text
        or _PLAIN_NUMBER.fullmatch(text)
        or _ROW_BREAK.search(text)
        or not _PLAIN_NUMBER.fullmatch(value)
    ):
        return None
    start = figure.text.index(value)
    return _Row(
        text, label.number, [(Decimal(value.replace(",", "")), figure.number, start, start + len(value))]
    )


_COUNT_HEADER = re.compile(
    r"(?:人|户|个|次|台|所|处|座)数(?!额)|人次|面积|[(（]\s*(?:人|户|个|项|亩|次)\s*[)）]"
)
_TOTAL_HEADER = re.compile(r"^(?:合计|总计)(?:\s*[(（]\s*(?:万元|元)\s*[)）])?$")


def closing_total_columns(lines: Sequence[Line]) -> Iterator[ListedSum]:
    """The rows of a table whose last column is the total of the others, under a header naming them and closing
    with 合计 ("资金来源 | 中央资金 | 省级资金 | 市级资金 | 合计" over "金额(万元) | 180 | 95 | 40 | 360"): each row
    with a figure under every header cell, its last the sum of the others. The unit is the row label's, the
    header's or one stated above the table; a table without one is not read."""
    for at, line in enumerate(lines[:-1]):
        if "合计" not in line.text and "总计" not in line.text:
            continue  # a header closing with a total first: the rows under it are read only then
        if not _ROW_BREAK.search(line.text):
            continue
        header = [cell.text for cell in split_cells(line) if cell.text]
        if (
            len(header) < 4
            or not _TOTAL_HEADER.match(header[-1])
            or any(_PLAIN_NUMBER.fullmatch(cell) or _TOTAL_WORD.search(cell) for cell in header[:-1])
        ):
            continue
        table_unit = _unit_in(" ".join(header)) or _unit_above(lines, line.number)
        for below in lines[at + 1 :]:
            row = _table_row(below)
            if row is None or len(row.figures) != len(header) - 1:
                break
            unit = _unit_in(row.label) or table_unit
            if unit is None:
                break
            *items, whole = row.figures
            # (a column counting people or things beside the money, "村干部人数", is none of what the total adds)
            named = [
                (name, item)
                for name, item in zip(header[1:-1], items, strict=True)
                if not _COUNT_HEADER.search(name)
            ]
            if len(named) >= 2 and sum(item[0] for _, item in named) != whole[0]:
                yield ListedSum(
                    _listed(f"{header[0]}{header[-1]}", whole, unit),
                    tuple(_listed(name, item, unit) for name, item in named),
                )


def _unit_in(text: str) -> str | None:
    found = _UNIT.search(text)
    return None if found is None else found.group(1) or found.group(2)


def _columns_off(total: _Row, parts: list[_Row], unit: str, headers: list[str]) -> Iterator[ListedSum]:
    """The total row's columns its rows do not add up to, when another column of theirs does (the rows are then
    read right), leaving out the rate columns the ``headers`` name."""
    width = len(total.figures)
    columns = [(total.figures[column], [part.figures[column] for part in parts]) for column in range(width)]
    exact = [whole for whole, items in columns if sum(item[0] for item in items) == whole[0]]
    if not exact or len(exact) == width:
        return
    for column, (whole, items) in enumerate(columns):
        if len(headers) == width and _RATE_HEADER.search(headers[column]):
            continue  # "执行率（%）": a rate of each row, which no total adds up
        if _numbers_the_rows([*(item[0] for item in items), whole[0]]):
            continue  # "行次" 1, 2, 3, 4 then 5: each row's number, which no total adds up
        yield ListedSum(
            _listed(total.label, whole, unit),
            tuple(_listed(p.label, item, unit) for p, item in zip(parts, items, strict=True)),
        )


def _numbers_the_rows(values: list[Decimal]) -> bool:
    """Whether a column counts its rows one by one from 1 (a 决算 table's 行次), three rows or more."""
    return (
        len(values) > _FEWEST_NUMBERED
        and values[0] == 1
        and all(later == value + 1 for value, later in itertools.pairwise(values))
    )


_FEWEST_NUMBERED = 3  # rows above the total a 行次 column numbers: two are as often amounts 1 and 2


def _holds_later_rows(parts: list[_Row]) -> bool:
    """Whether a row is the sum of the rows right after it, in its first column: a class and its items."""
    values = [part.figures[0][0] for part in parts]
    for at, value in enumerate(values):
        summed = Decimal(0)
        for later in values[at + 1 :]:
            summed += later
            if summed >= value:
                break
        if summed == value and at + 2 < len(values):
            return True
    return False


def _header_cells(
    lines: Sequence[Line], first_row: int, width: int, percent_columns: frozenset[int] | None = frozenset()
) -> list[str]:
    """The figure columns' headers on the line right above a table's first row, when it names one per column,
    without the headers of the ``percent_columns`` (the positions of the cells a row writes with "%", which are
    no figures of the row's; None when they cannot be told)."""
    above = next((line for line in lines if line.number == first_row - 1), None)
    if above is None or percent_columns is None:
        return []
    split = [cell.text for cell in split_cells(above)]
    higher = next((line for line in lines if line.number == first_row - 2), None)
    first_halves = [cell.text for cell in split_cells(higher)] if higher is not None else []
    blank = len(first_halves) - len(split)  # (the label column's second half left blank, and dropped)
    if blank in (0, 1) and sum(1 for text in split if text) < width <= len(first_halves):
        # a header cut over two lines, cell under cell ("经济分类 | 2022年 | 2021年 | 增减额 | 增减" over " | 决算数 |
        # 决算数 | | 率（%）"): each column's two halves
        split = [top + ("" if at < blank else split[at - blank]) for at, top in enumerate(first_halves)]
    cells = [text for at, text in enumerate(split) if text and at not in percent_columns]
    # (as many cells as columns: the label column's header left blank, "\t(元)\t预算数(元)\t数(元)\t(%)" under a
    # header cut over two lines)
    return cells[-width:] if len(cells) >= width else []


def _percent_columns(lines: Sequence[Line], number: int) -> frozenset[int] | None:
    """The positions of a row's cells written with "%", when the row fills every cell (else None: which header
    each cell is under cannot be told)."""
    line = next((line for line in lines if line.number == number), None)
    if line is None:
        return None
    cells = split_cells(line)
    if not all(cell.text for cell in cells):
        return None
    return frozenset(at for at, cell in enumerate(cells) if _PERCENT_CELL.fullmatch(cell.text))


def _column_headers(rows: list[_Row], index: int, width: int) -> list[str]:
    """The headers of the ``width`` figure columns of row ``index``: on the header's line, the cells after the
    label column's, counted from the left (a 备注 may follow); in a header flattened one cell per line, the last
    ``width`` of the run of rows without figures before it. None when they cannot be told."""
    start = index
    while start > 0 and not rows[start - 1].figures:
        start -= 1
    run = rows[start:index]
    if not run:
        return []
    line = [row.label for row in run if row.line == run[-1].line]
    if len(line) > 1:
        return line[1 : width + 1] if len(line) > width else []
    return [row.label for row in run[-width:]] if len(run) > width else []


def _listed(label: str, figure: tuple[Decimal, int, int, int], unit: str) -> Listed:
    value, line, start, end = figure
    return Listed(label.rstrip(":："), value, unit, line, start, end)


def _unit_above(lines: Sequence[Line], number: int) -> str | None:
    for line in reversed(lines[max(0, number - _TABLE_UNIT_LOOKBACK) : number]):
        found = _UNIT.search(line.text)
        if found is not None:
            return found.group(1) or found.group(2)
    return None
