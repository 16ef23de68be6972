"""The 自评表 inside a published report (any format read to lines) as a StatedForm: the indicator block read
from the lines, the funds block and the total and grade as extraction read them (the same values the rest
of the audit sees), identity from the report."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from jixiao.extract.extract import funds_rows
from jixiao.extract.model import ExtractedReport, FundsRow
from jixiao.extract.named_project import page_forms
from jixiao.extract.normalise import normalise_lines
from jixiao.form.stated import Stated, StatedForm
from jixiao.form.targets import actual_fields, fund_row_key, target_fields
from jixiao.form.text import (
    IndicatorBlock,
    RowRead,
    bare_name,
    form_cells,
    is_stop,
    is_subtotal,
    read_indicator_blocks,
)
from jixiao.form.vocabulary import form_vocabulary
from jixiao.ingest.document import Document, Line
from jixiao.layout.cells import Cell
from jixiao.layout.funds import figure_place, funds_blocks
from jixiao.layout.labelled import result_cells
from jixiao.layout.vocabulary import vocabulary
from jixiao.model.evaluation import (
    FUND_COLUMNS,
    OPERATOR_ALIASES,
    Evaluation,
    FundRow,
    Funds,
    Indicator,
    Kind,
)
from jixiao.render.form import EMPTY_MARKS, normalise_label
from jixiao.render.quantities import normalise_unit

UNSTATED = "（未注明）"
_PLACEHOLDER_YEAR = 2000  # a year the form does not state; never printed (identity_known is False)


def _place(line: int, what: str = "") -> Stated[str]:
    return Stated(what, f"第{line}行", line)


def _figure_place(lines: Sequence[Line], row: FundsRow, column: str) -> Stated[str]:
    """Where a funds row's figure in a model column is printed: its own cell's line, else the row's."""
    key = "adjusted" if column == "budget" else column
    value = getattr(row, key)
    found = (
        figure_place(lines, row.line, value, row.printed_before(key)) if isinstance(value, Decimal) else None
    )
    return _place(found[0] if found else row.line)


def _indicator(row: RowRead) -> dict[str, Any]:
    level2, name = row.level2, bare_name(row.text("name"))
    level1 = row.level1 or form_vocabulary().level1_of.get(normalise_label(level2), UNSTATED)
    unit = normalise_unit(row.text("unit")) if "unit" in row.cells else None
    stated = OPERATOR_ALIASES.get(row.text("operator")) if "operator" in row.cells else None
    fields = target_fields(row.text("target"), level1, level2, name, unit, stated)
    fields.update(
        actual_fields(row.text("actual"), fields["operator"], fields.get("unit"), fields.get("target"))
    )
    deviation = row.text("deviation")
    score = row.points("score")
    return {
        "level1": level1,
        "level2": level2,
        "name": name,
        "weight": row.points("weight"),
        "score": score,
        "deviation": None if deviation in EMPTY_MARKS else deviation,
        **fields,
    }


def _source_rows(lines: Sequence[Line], total_line: int) -> int:
    """How many rows under the funds total row name a source of the money (其中…, 上年结转…, 地方资金…): the
    lines right under it, or, in a form printed one cell per line, the labels among the figures."""
    count = cells = 0
    for line in lines[total_line : total_line + _MAX_SOURCE_LINES]:
        text = unicodedata.normalize("NFKC", line.text).strip()  # "４１２．４４" is a figure too
        if not text:
            continue
        cells += 1
        if cells > _MAX_SOURCE_CELLS:
            break
        if _FIGURE_CELL.fullmatch(text):
            continue
        if not _SOURCE_ROW.match(text) or count == _MAX_SOURCE_ROWS:
            break
        # the next source's row run into this one after its figures ("其中：财政拨款 | 36,852,410.00 | … | — 其他资金 |
        # 1,800,000.00 | …"): a row too
        figure = _FIRST_FIGURE.search(text)
        count += 1 + (len(vocabulary().funds_sub_row.findall(text, figure.end())) if figure else 0)
    return count


_MAX_SOURCE_ROWS = 6
_MAX_SOURCE_CELLS = 42  # six rows of up to seven cells, one cell per line
_MAX_SOURCE_LINES = 250  # those cells with the blank lines a web page's copy puts between them
# an empty cell printed as a dash too ("—"), a figure with its unit ("8万"), the bars after it ("8万 |") or of a row's
# end ("|||||||")
_FIGURE_CELL = re.compile(r"(?:[\d.,，%％\-—–－/]+\s*(?:万元|万|元)?)?[\s|｜]*")
_FIRST_FIGURE = re.compile(r"\d")
_SOURCE_ROW = re.compile(
    r"\s*(?:其中\s*[:：]?\s*)?(?:当年|本年|上年|中央|省|市|州|县|区|地方|财政|其他|自筹|单位|社会)[^|\t\d]{0,12}(?:资金|拨款|结转|结余)"
)


def _funds(
    report: ExtractedReport,
    cells: list[Cell],
    places: dict[str, Stated[str]],
    lines: Sequence[Line],
    header_line: int,
    own: tuple[int, int] | None = None,
) -> tuple[Funds, Stated[Decimal] | None, Stated[Decimal] | None]:
    """The funds block as extraction read it, else as the layout reads the form's own cells, else the
    report's headline budget figures; on a page of several forms, only the lines ``own`` spans are the form's."""
    if own is not None:
        inside = [row for row in report.funds_rows if own[0] <= row.line < own[1]]
        rows = inside or funds_rows(funds_blocks([c for c in cells if own[0] <= c.line < own[1]]))
        if not rows:
            return Funds(total=FundRow()), None, None  # the headline budget is the other form's
    else:
        rows = _nearest_block(report.funds_rows, header_line) or funds_rows(funds_blocks(cells))
    if not rows:
        budget = report.budget
        total = FundRow(initial=budget.initial, budget=budget.adjusted, executed=budget.executed)
        return Funds(total=total), None, None
    head = rows[0]
    parts: dict[str, FundRow] = {}
    for row in rows[1:]:
        key = fund_row_key(row.label)
        amounts = (row.initial, row.adjusted, row.executed)
        if (
            key in ("appropriation", "carryover", "other")
            and key not in parts
            and amounts != (None, None, None)
        ):
            parts[key] = FundRow(initial=row.initial, budget=row.adjusted, executed=row.executed)
            places.update(
                {f"funds.{key}.{column}": _figure_place(lines, row, column) for column in FUND_COLUMNS}
            )
    if len(parts) < len(rows) - 1 or len(parts) < _source_rows(lines, head.line):
        # a sub-row not read (its rate alone: "上年结转资金 45216.38 45216.38 100%" under a blank 年初 cell), or one
        # the form's three kinds do not hold ("地方资金" beside "中央财政资金"): the rows read are not the whole, so
        # the total is not checked against them
        parts = {}
    places.update({f"funds.total.{column}": _figure_place(lines, head, column) for column in FUND_COLUMNS})
    total = FundRow(initial=head.initial, budget=head.adjusted, executed=head.executed)
    at = head.score_line or head.line
    weight = Stated(head.points, f"第{head.line}行", head.line) if head.points is not None else None
    score = Stated(head.score, f"第{at}行", at) if head.score is not None else None
    return Funds(total=total, **parts), weight, score


def _nearest_block(rows: Sequence[FundsRow], header_line: int) -> list[FundsRow]:
    """The funds rows of the block right above the indicator block: a table of projects with its 合计 row, or another
    form's funds, may stand before it ("| 合计 | | 5299.88 | 5079.50 |" above "| 年度资金总额 | 4982.30 | …")."""
    above = [row for row in rows if row.line < header_line]
    if not above:
        return list(rows)  # the form's funds block not read above it: the rows as extraction gave them
    total_row = vocabulary().funds_total_row
    starts = [at for at, row in enumerate(above) if total_row.search(row.label)]
    return above[starts[-1] :] if starts else above


def _result(
    report: ExtractedReport,
    field: str,
    cells: list[Cell],
    own: tuple[int, int] | None,
    own_lines: range,
) -> Stated[Any] | None:
    """The total or grade as extraction chose it, else the form's result row in its own cells; also when
    extraction read it outside the lines ``own`` spans, on a page of several forms (another form's result). Its
    place is the form's result row (``own_lines``) where that states the same value."""
    value = report.score if field == "score" else report.grade
    fact = next((f for f in report.facts if f.field == field and f.value == value), None)
    if fact is not None and own is not None and not own[0] <= fact.line < own[1]:
        value = None
    if value is None:
        found = [c for c in result_cells(cells) if c.field == field]
        if len({c.value for c in found}) != 1:
            return None
        return Stated(
            Decimal(found[0].value) if field == "score" else found[0].value,
            f"第{found[0].line}行",
            found[0].line,
        )
    line = fact.line if fact is not None else None
    # the form's own result row, where it states the same value, is the place of the form's total or grade (the
    # report may state it first in a sentence above the form: "自评得分98.72分")
    line = next(
        (c.line for c in report.candidates if c.field == field and c.value == value and c.line in own_lines),
        line,
    )
    return Stated(value, f"第{line}行" if line else "报告", line)


def form_in_report(document: Document, report: ExtractedReport) -> StatedForm | None:
    """The report's 自评表 as stated (the first, on a page of several), or None when it holds no indicator block
    that can be read."""
    return next(iter(forms_in_report(document, report)), None)


def forms_in_report(
    document: Document, report: ExtractedReport, lines: Sequence[Line] | None = None
) -> tuple[StatedForm, ...]:
    """Every 自评表 the report states whose indicator block can be read, in order: a department's form and then its
    projects' forms, each under its own title ("项目支出绩效自评表") with its own funds and totals. A block with no
    form title between it and the block before is that form's table going on, not a form of its own. The form is
    read on the ``lines`` extraction read (normalised: a mirror's traditional "三級指標" is 三级指标), else on the
    document's lines normalised here."""
    lines = normalise_lines(document.lines) if lines is None else lines
    if not any("三级指标" in line.text for line in lines):
        return ()
    page = page_forms((line.number, line.text) for line in lines)
    titles = page.titles
    blocks: list[tuple[IndicatorBlock, int | None]] = []
    for block in read_indicator_blocks(lines):
        above = [n for n in titles if n < block.header_line]
        if not blocks:
            # the first block read may be a later form's ("部门整体支出绩效自评表 … 总分 100 94.18" / "项目支出绩效自评表" /
            # "三级指标 …"): then its own title is the last above it, another form's before
            blocks.append((block, above[-1] if len(above) >= 2 else None))
        elif above and above[-1] >= blocks[-1][0].end_line:
            blocks.append((block, above[-1]))
    if not blocks:
        return ()
    # the form's own cells, cut as the block reader cuts them, only where extraction read no funds block or result
    # row, or the page holds several forms (the common report reads them; cutting every line again costs a tenth
    # of a review)
    # (every block after the first has a title of its own)
    needed = (
        not report.funds_rows
        or report.score is None
        or report.grade is None
        or any(title is not None for _, title in blocks)
    )
    cells = form_cells(lines) if needed else []
    forms = []
    for index, (block, title) in enumerate(blocks):
        following = blocks[index + 1][1] if index + 1 < len(blocks) else None
        # (the last form's own lines end where the report's next chapter begins, "三、自评结论")
        own_end = following if following is not None else page.ends.get(title) if title is not None else None
        form = _form(lines, report, block, cells, title, own_end, first=index == 0)
        if form is not None:
            forms.append(form)
    return tuple(forms)


def _form(
    lines: Sequence[Line],
    report: ExtractedReport,
    block: IndicatorBlock,
    cells: list[Cell],
    title: int | None,
    until: int | None,
    first: bool,
) -> StatedForm | None:
    """One form of the page: its indicator ``block``, the lines from its ``title`` (None: the page's first and only
    form so far) to ``until`` (the next form's title, or the report's next chapter after the last form) its own."""
    notes: list[str] = []
    indicators: list[Indicator] = []
    places: dict[str, Stated[str]] = {}
    for row in block.rows:
        name = row.cells["name"]
        try:
            indicator = Indicator.model_validate(_indicator(row))
        except ValidationError:
            notes.append(f"第{name.line}行“{name.text}”的分值或得分无法读出，未计入重算")
            continue
        index = len(indicators)
        indicators.append(indicator)
        places[f"indicators[{index}]"] = _place(name.line, name.text)
        for key, token in row.cells.items():
            places[f"indicators[{index}].{key}"] = _place(token.line, token.text)
    if not indicators:
        return None
    # the result rows read are the form's own: between its block and the next form, or the next 三级指标 line
    header_below = next(
        (line.number for line in lines if line.number >= block.end_line and "三级指标" in line.text),
        _AFTER_THE_LAST_LINE,
    )
    end = min(until if until is not None else _AFTER_THE_LAST_LINE, header_below)
    funds, execution_weight, execution_score = _funds(
        report,
        cells,
        places,
        lines,
        block.header_line,
        # (the page's first form, untitled, when another follows: its funds row is above its block's end, the next
        # form's below it)
        (title, block.end_line) if title is not None else (0, block.end_line) if until is not None else None,
    )
    own_cells = [c for c in cells if block.end_line <= c.line < end]
    result_lines = range(block.end_line, min(end, len(lines) + 1))
    own = (title if title is not None else 0, end) if title is not None or until is not None else None
    known = first and report.kind is not None and report.year is not None and report.unit is not None
    evaluation = Evaluation(
        kind=Kind(report.kind) if report.kind in {k.value for k in Kind} else Kind.PROJECT,
        year=report.year or _PLACEHOLDER_YEAR,
        department=report.unit or UNSTATED,
        unit=report.unit or UNSTATED,
        project=report.project if first else None,  # a later form's project is its own, not the headline's
        funds=funds,
        indicators=indicators,
    )
    return StatedForm(
        evaluation,
        places,
        execution_weight=execution_weight,
        execution_score=execution_score,
        total=_result(report, "score", own_cells, own, result_lines),
        grade=_result(report, "grade", own_cells, own, result_lines),
        notes=tuple(notes),
        identity_known=known,
        from_text=True,
        rows_whole=not notes and _every_line_read(lines, block),
    )


def _every_line_read(lines: Sequence[Line], block: IndicatorBlock) -> bool:
    """Whether each line from the block's first row to its last holds a cell of a row read, a group label of one or
    a subtotal, every row scored, and the form's result row (总分, 合计) right after the last: no row was lost
    between them or after them (a page mark, a row the reader could not place), so the rows under a first-level
    indicator are all it has."""
    read = {token.line for row in block.rows for token in row.cells.values()}
    if not read or any(row.points("score") is None for row in block.rows):
        return False
    labels = {label for row in block.rows for label in (row.level1, row.level2) if label}
    by_number = {line.number: line.text.strip() for line in lines}
    after = next((text for number, text in sorted(by_number.items()) if number > max(read) and text), "")
    return is_stop(after.lstrip("|｜ \t\u3000")) and all(
        number in read or not (text := by_number.get(number, "")) or text in labels or is_subtotal(text)
        for number in range(min(read), max(read) + 1)
    )


_AFTER_THE_LAST_LINE = 1 << 62
