"""Record tables: a header row, then one row of values in the same order, as a special bond's evaluation is
published ("序号 | 主管部门 | 项目单位 | 项目名称 | 发行金额(亿元) | 评价得分 | 评价结果 | 备注", then "1 | X镇人民政府 |
X公司 | Y建设项目 | 0.05 | 92 | 优 | 项目单位自评"), one cell per line or with separators.

A flattened table loses its empty cells, so each value is checked against its column (a unit's name, an
amount, a score, a grade word); a value that does not fit is taken for an empty cell and the next column
is tried with it. A table of several rows states no one project's figures: nothing is read from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from jixiao.layout.cells import Cell
from jixiao.layout.labelled import Labelled
from jixiao.layout.title import organisation_end
from jixiao.layout.vocabulary import vocabulary

_PROJECT_HEADER = "项目名称"
_MIN_COLUMNS = 4
_TABLE_UNIT = re.compile(r"单位\s*[:：]\s*(亿元|万元|元)")
_TO_WAN = {"亿元": Decimal(10000), "万元": Decimal(1), "元": Decimal("0.0001")}
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_MAX_SCORE = Decimal(120)


_YEAR_BEFORE = re.compile(r"^(?:截至|截止|至)?\s*20\d\d\s*年(?:底|末|度)?\s*")


def _column(text: str) -> tuple[str, str | None] | None:
    """(field, unit) of a header cell, a year before it read past ("2023年使用债券资金(万元)", "截至2023年底已支出
    (万元)"); None when the cell is no record table's header."""
    text = _YEAR_BEFORE.sub("", text)
    if len(text) > 12:
        return None
    for field, header in vocabulary().record_columns:
        found = header.fullmatch(text)
        if found is not None:
            return field, found.group("unit")
    return None


def _fits(field: str, text: str) -> bool:
    """Whether ``text`` can be the value of a column of ``field``."""
    if field in ("unit", "department"):
        return organisation_end(text) == len(text)
    if field == "project":
        is_unit = organisation_end(text) == len(text) and not text.endswith(("项目", "工程"))
        return len(text) >= 4 and not _FIGURE.fullmatch(text) and not is_unit
    if field in ("budget", "executed", "score"):
        return _FIGURE.fullmatch(text) is not None and (field != "score" or Decimal(text) <= _MAX_SCORE)
    if field == "grade":
        return vocabulary().grade_word.fullmatch(text) is not None or _scored_grade(text) is not None
    if field == "number":
        return text == "1"
    return _ROW_NUMBER.fullmatch(text) is None  # a remark, never the next row's number


_SCORE_WITH_GRADE = re.compile(r"(?P<score>\d+(?:\.\d+)?)\s*分?\s*[(（]\s*(?P<grade>[^()（）]{1,4})\s*[)）]")


def _scored_grade(text: str) -> re.Match[str] | None:
    """A result's cell holding the score with its grade in brackets ("91.5分(优秀)")."""
    found = _SCORE_WITH_GRADE.fullmatch(text)
    if (
        found is None
        or Decimal(found.group("score")) > _MAX_SCORE
        or not vocabulary().grade_word.fullmatch(found.group("grade"))
    ):
        return None
    return found


def record_cells(cells: Sequence[Cell]) -> tuple[list[Labelled], bool]:
    """The values of every one-row record table: unit, department, project, score and grade as written,
    and the budget ("budget.adjusted") and what was spent of it ("budget.executed") in 万元; and whether a record
    table lists several rows ("序号 | … | 项目名称 | …", then rows 1 and 2): the page is then on several projects, none
    of them its own."""
    found: list[Labelled] = []
    several = False
    for values, more in _tables(cells):
        found += [] if more else values
        several = several or more
    return found, several


def _tables(cells: Sequence[Cell]) -> Iterator[tuple[list[Labelled], bool]]:
    """Each record table's first row, and whether a second row follows it."""
    for index, cell in enumerate(cells):
        if cell.text != _PROJECT_HEADER:
            continue
        start = index
        while start > 0 and _column(cells[start - 1].text) is not None:
            start -= 1
        columns = []
        end = start
        while end < len(cells) and (column := _column(cells[end].text)) is not None:
            columns.append((*column, _rank(column[0], cells[end].text)))
            end += 1
        fields = [field for field, _, _ in columns if field != "other"]
        if len(columns) < _MIN_COLUMNS or len(fields) != len(set(fields)):
            continue
        before = " ".join(c.text for c in cells[max(0, start - 2) : start])
        table_unit = stated.group(1) if (stated := _TABLE_UNIT.search(before)) else None
        yield _row(cells, end, columns, table_unit)


def _rank(field: str, header: str) -> int:
    """The rank a labelled cell of the same words would have (项目单位 is weaker than 实施单位), so that the
    strongest label still wins over a record's column."""
    vocab = vocabulary()
    labels = {"unit": vocab.unit_labels, "department": vocab.department_labels}.get(field, ())
    return next((rank for rank, label in enumerate(labels) if label.fullmatch(header)), len(labels))


def _row(
    cells: Sequence[Cell], at: int, columns: Sequence[tuple[str, str | None, int]], table_unit: str | None
) -> tuple[list[Labelled], bool]:
    values: list[Labelled] = []
    for field, unit, rank in columns:
        if at >= len(cells):
            break
        cell = cells[at]
        if not _fits(field, cell.text):
            if field == "number" and _ROW_NUMBER.fullmatch(cell.text):
                return [], False  # the row under the header is not the first: the table was cut
            continue  # an empty cell, lost when the table was flattened
        at += 1
        if field in ("budget", "executed"):
            unit = unit or table_unit
            if unit is None:
                continue
            amount = Decimal(cell.text) * _TO_WAN[unit]
            key = "budget.adjusted" if field == "budget" else "budget.executed"
            values.append(Labelled(key, 0, str(amount), cell.line, cell.start, cell.end))
        elif field == "grade" and (both := _scored_grade(cell.text)) is not None:
            if "score" not in (column[0] for column in columns):
                values.append(
                    Labelled("score", rank, both.group("score"), cell.line, *_span(cell, both, "score"))
                )
            values.append(
                Labelled("grade", rank, both.group("grade"), cell.line, *_span(cell, both, "grade"))
            )
        elif field not in ("number", "other"):
            values.append(Labelled(field, rank, cell.text, cell.line, cell.start, cell.end))
    has_project = any(value.field == "project" for value in values)
    if not has_project or len(values) < 2:
        return [], False
    # a second row: the table is about several projects, none of them the page's (numbered, or with no number
    # column another project's name and figures in the first columns again, no total row)
    return values, at < len(cells) and (
        _ROW_NUMBER.fullmatch(cells[at].text) is not None or _another_row(cells, at, columns)
    )


def _another_row(cells: Sequence[Cell], at: int, columns: Sequence[tuple[str, str | None, int]]) -> bool:
    """Whether the cells at ``at`` open another row like the first: each fits its column, for the first two columns,
    and the first names no total ("项目支出合计")."""
    fields = [field for field, _, _ in columns[:2]]
    if (
        len(fields) < 2
        or at + 1 >= len(cells)
        or _TOTAL_ROW.search(cells[at].text)
        or vocabulary().funds_sub_row.search(cells[at].text)
    ):
        return False  # (nor a sub-row of the project's money: "其中：中央资金", "当年财政拨款", "上年结转")
    return all(_fits(field, cells[at + n].text) for n, field in enumerate(fields))


_TOTAL_ROW = re.compile(r"合计|小计|总计|总额|^\s*其中")


def _span(cell: Cell, found: re.Match[str], group: str) -> tuple[int, int]:
    return cell.start + found.start(group), cell.start + found.end(group)
