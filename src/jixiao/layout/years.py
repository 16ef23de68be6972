"""Tables comparing years side by side ("项目 | 2022年 | 2023年 | 增减额 | 增减率" over "年初预算 | 274.30 | 286.52 |
12.22 | 4.45%"): a row's label is followed by one figure a column, and only the column of the year evaluated holds
that year's figure. The first figure after the label, which a sentence's reading would take, is as often last
year's; the other columns' cells are marked so the reading of sentences passes them by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.layout.cells import Cell
from jixiao.layout.vocabulary import load_vocabulary

_YEAR_COLUMN = re.compile(
    r"\s*(20\d\d)\s*年度?\s*(?:数|金额|决算数?|预算数?|实际数?)?\s*(?:[(（]\s*万?元\s*[)）])?\s*"
)
# a column of the change between the years ("增减额", "增减率(%)", "2021年较上年增减", "同比增长")
_CHANGE_COLUMN = re.compile(r"增减|增长|增幅|变动|同比|较上年|比上年|差额|变化")
_VALUE = re.compile(
    r"\s*(?:[-+−]?\d[\d,]*(?:\.\d+)?\s*%?|[—–\-－/]+|(?:提高|降低|增加|减少|下降|上升|增长)?[-+−]?\d+(?:\.\d+)?\s*个?百分点)\s*"
)
_LABEL = re.compile(r"\s*(?:其中\s*[:：]\s*)?[\u4e00-\u9fff][\u4e00-\u9fff（）()：:“”\"、\s]{0,19}")
_HEADER_REACH = 8  # cells of a header row: a label column or two, the years, the changes
_ANOTHERS = re.compile(load_vocabulary("labels")["year_table_of_another"])
_HEADING_REACH = 16  # cells before a table's first year: its label column's header, notes, prose, its heading
# what a heading says the table includes ("（含基本支出、项目支出）"): the unit's whole, no part
_INCLUDES = re.compile(r"[(（]\s*(?:含|包括|包含)[^()（）]*[)）]")
_HEADING_LENGTH = 30  # characters of a heading or a header's cell at most
_SENTENCE_END = re.compile(r"[。；;]")
_SECTION_HEADING = re.compile(
    r"\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])"
)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*%?")


def of_another(cells: Sequence[Cell], index: int) -> bool:
    """Whether the table whose header starts at ``index`` is headed as none of the unit's own totals (its
    heading or its label column's header names a part, a whole place, targets…: "（三）“三公”经费情况 / 表3 /
    单位：万元 / 项目 | 2021年 | 2022年", "指标名称 | 2019年 | 2020年"), read back over the cells before it up to a
    figure of the table above or its section's heading."""
    for cell in reversed(cells[max(0, index - _HEADING_REACH) : index]):
        if _FIGURE.fullmatch(cell.text.strip()):
            return False
        if len(cell.text.strip()) > _HEADING_LENGTH or _SENTENCE_END.search(cell.text):
            continue  # a sentence between the heading and its table ("本部门严格控制一般性支出。")
        if _ANOTHERS.search(_INCLUDES.sub("", cell.text)):
            return True
        if _SECTION_HEADING.match(cell.text):
            return False
    return False


def other_years_cells(
    cells: Sequence[Cell], year: int | None, own_column: bool = True
) -> frozenset[tuple[int, int, int]]:
    """(line, start, end) of every cell of a year-comparison table (see above) outside the column of ``year`` (of
    every cell, unless ``own_column``: a project's report compares as often what its place or its unit spent on
    all such projects; nor where the table is headed as another's, see ``of_another``); none where ``year`` heads
    no column of it."""
    if year is None:
        return frozenset()
    marked: set[tuple[int, int, int]] = set()
    index = 0
    while index < len(cells):
        if _YEAR_COLUMN.fullmatch(cells[index].text) is None:
            index += 1
            continue
        columns, after = _header(cells, index)
        own = [at for at, column in enumerate(columns) if column == str(year)]
        if len(own) != 1 or sum(1 for column in columns if column.isdigit()) < 2:
            index = after
            continue
        kept = own[0] if own_column and not of_another(cells, index) else -1
        index = _rows(cells, after, len(columns), kept, marked)
    return frozenset(marked)


def _header(cells: Sequence[Cell], index: int) -> tuple[list[str], int]:
    """The columns of the header run starting at ``index`` (a year's digits, or "change") and the index after."""
    columns: list[str] = []
    at = index
    while at < len(cells) and len(columns) < _HEADER_REACH:
        text = cells[at].text
        if (found := _YEAR_COLUMN.fullmatch(text)) is not None:
            columns.append(found.group(1))
        elif len(text.strip()) <= 12 and _CHANGE_COLUMN.search(text):
            columns.append("change")
        else:
            break
        at += 1
    return columns, at


def _rows(cells: Sequence[Cell], index: int, width: int, own: int, marked: set[tuple[int, int, int]]) -> int:
    """Mark the cells outside column ``own`` of the rows from ``index`` on, each a label and ``width`` values; the
    index after the last row."""
    while index < len(cells):
        label_at = index
        # a row's labels: a group's and its own ("支出结构 | 基本支出"), on one line
        while (
            index < len(cells)
            and _VALUE.fullmatch(cells[index].text) is None
            and _LABEL.fullmatch(cells[index].text) is not None
            and (index == label_at or cells[index].line == cells[label_at].line)
        ):
            index += 1
        values = cells[index : index + width]
        if (
            index == label_at
            or len(values) < width
            or any(_VALUE.fullmatch(cell.text) is None for cell in values)
        ):
            return label_at
        marked.update((cell.line, cell.start, cell.end) for at, cell in enumerate(values) if at != own)
        index += width
    return index
