"""The 绩效自评表 as an xlsx workbook that prints like the paper form (RULES.md section 2.1).

Every number comes from the score card; where the form has a total (年度资金总额, 执行率,
总分, 等级) the cell is an Excel formula, so that an edit in Excel updates it, with the card's
value cached so that readers which do not calculate still see the number. A second sheet,
补充信息, keeps what the form has no box for, so that the workbook can be read back losslessly.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Iterator, Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from itertools import groupby
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from jixiao.decimals import fmt
from jixiao.model.evaluation import Evaluation, FundRow, Indicator, Kind, Operator
from jixiao.model.scheme import Scheme
from jixiao.render import supplement
from jixiao.render.form import (
    DASH,
    FUND_HEADERS,
    FUND_ROW_LABELS,
    GOAL_HEADERS,
    GOAL_LABEL,
    GRADE_LABEL,
    INDICATOR_BLOCK_LABEL,
    INDICATOR_HEADERS,
    NOT_APPLICABLE,
    TOTAL_LABEL,
    actual_cell,
    form_title,
    funds_label,
    level_cell,
    target_cell,
    unit_label,
)
from jixiao.render.report_text import real_total_points
from jixiao.scoring import ScoreCard

COLUMN_WIDTHS = (12, 12, 14, 26, 18, 18, 8, 10, 40)
LAST = len(COLUMN_WIDTHS) - 1
FONT = "宋体"
TITLE_FONT = "黑体"
LINE_HEIGHT = 14.25
A4 = 9
EXCEL_ROUND = {ROUND_HALF_UP: "ROUND", ROUND_DOWN: "ROUNDDOWN"}


def form_xlsx(evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> bytes:
    """The workbook's bytes: the form sheet, then the 补充信息 sheet."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    styles = _Styles(workbook)
    _FormWriter(workbook.add_worksheet(form_title(evaluation.kind)), styles, evaluation, card, scheme).write()
    extra = workbook.add_worksheet(supplement.TITLE)
    extra.hide()  # data for reading the workbook back, not part of the printed form
    _write_supplement(extra, styles, evaluation, card)
    workbook.close()
    return buffer.getvalue()


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _display_width(text: str) -> int:
    """Width in Excel character units: a CJK character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _lines(text: str, width: float) -> int:
    return sum(max(1, math.ceil(_display_width(part) / max(width - 1, 1))) for part in text.split("\n"))


def _span_width(first: int, last: int) -> float:
    return float(sum(COLUMN_WIDTHS[first : last + 1]))


class _Styles:
    def __init__(self, workbook: Any) -> None:
        base = {"font_name": FONT, "font_size": 10.5, "valign": "vcenter", "text_wrap": True}
        boxed = {**base, "border": 1}
        self._workbook, self._boxed, self._quantities = workbook, boxed, dict[str, Any]()

        def add(**options: Any) -> Any:
            return workbook.add_format(options)

        self.title = add(**{**base, "font_name": TITLE_FONT, "font_size": 18, "align": "center"})
        self.subtitle = add(**{**base, "font_size": 12, "align": "center"})
        self.label = add(**{**boxed, "align": "center"})
        self.header = add(**{**boxed, "align": "center", "bold": True})
        self.text = add(**{**boxed, "align": "left"})
        self.center = add(**{**boxed, "align": "center"})
        self.amount = add(**{**boxed, "align": "right", "num_format": "0.00"})
        self.rate = add(**{**boxed, "align": "right", "num_format": "0.00%"})
        self.weight = add(**{**boxed, "align": "center", "num_format": "General"})
        self.points = add(**{**boxed, "align": "center", "num_format": "0.00"})
        self.total = add(**{**boxed, "align": "center", "num_format": "0.00", "bold": True})
        self.grade = add(**{**boxed, "align": "center", "bold": True})
        self.note = add(**{**base, "align": "left", "font_size": 9})
        self.plain = add(**{**base, "align": "left"})
        self.plain_number = add(**{**base, "align": "left", "num_format": "General"})
        self.bold = add(**{**base, "align": "left", "bold": True})

    def quantity(self, prefix: str, unit: str) -> Any:
        """A number cell that shows as the form writes it ("≥30000条") and stays a number for formulas."""
        before, after = (f'"{text}"' if text else "" for text in (prefix, unit.replace('"', "")))
        return self._number(f"{before}General{after}")

    def percent(self, prefix: str, places: int) -> Any:
        """A percentage shown with its operator ("≥95%") and as many places as the figures need."""
        before = f'"{prefix}"' if prefix else ""
        return self._number(before + ("0." + "0" * places if places else "0") + "%")

    def _number(self, number_format: str) -> Any:
        if number_format not in self._quantities:
            options = {**self._boxed, "align": "center", "num_format": number_format}
            self._quantities[number_format] = self._workbook.add_format(options)
        return self._quantities[number_format]


class _FormWriter:
    def __init__(
        self, sheet: Any, styles: _Styles, evaluation: Evaluation, card: ScoreCard, scheme: Scheme
    ) -> None:
        self.sheet = sheet
        self.s = styles
        self.evaluation = evaluation
        self.card = card
        self.scheme = scheme
        self.row = 0

    def write(self) -> None:
        for col, width in enumerate(COLUMN_WIDTHS):
            self.sheet.set_column(col, col, width)
        self._heading()
        self._identity()
        fund_total = self._funds()
        self._goal()
        header, first, last = self._indicators()
        self._totals(fund_total, first, last)
        self._notes()
        self._signature()
        self._print_setup(header)

    def _merge(self, first_col: int, last_col: int, value: Any, style: Any, rows: int = 1) -> None:
        first_row, last_row = self.row, self.row + rows - 1
        if first_col == last_col and rows == 1:
            self._put(first_row, first_col, value, style)
        else:
            self.sheet.merge_range(first_row, first_col, last_row, last_col, "", style)
            self._put(first_row, first_col, value, style)

    def _put(self, row: int, col: int, value: Any, style: Any) -> None:
        if value is None or value == "":
            self.sheet.write_blank(row, col, None, style)
        elif isinstance(value, Decimal | int):
            self.sheet.write_number(row, col, Decimal(value), style)
        else:
            self.sheet.write_string(row, col, str(value), style)

    def _fit(self, cells: Sequence[tuple[str, int, int]]) -> None:
        """Row height for wrapped text; Excel does not grow rows with merged cells by itself."""
        lines = max((_lines(text, _span_width(a, b)) for text, a, b in cells if text), default=1)
        if lines > 1:
            self.sheet.set_row(self.row, lines * LINE_HEIGHT + 4)

    def _heading(self) -> None:
        self.sheet.set_row(self.row, 30)
        self._merge(0, LAST, form_title(self.evaluation.kind), self.s.title)
        self.row += 1
        self._merge(0, LAST, f"（{self.evaluation.year}年度）", self.s.subtitle)
        self.row += 1

    def _identity(self) -> None:
        evaluation = self.evaluation
        if evaluation.kind is Kind.PROJECT:
            self._merge(0, 0, "项目名称", self.s.label)
            self._merge(1, LAST, evaluation.project or "", self.s.text)
            self.row += 1
        self._fit([(evaluation.department, 1, 3), (evaluation.unit, 5, LAST)])
        self._merge(0, 0, "主管部门", self.s.label)
        self._merge(1, 3, evaluation.department, self.s.text)
        self._merge(4, 4, unit_label(evaluation.kind), self.s.label)
        self._merge(5, LAST, evaluation.unit, self.s.text)
        self.row += 1

    def _funds(self) -> int:
        """The funds block; returns the 0-based row of 年度资金总额."""
        funds = self.evaluation.funds
        start = self.row
        self._merge(0, 0, funds_label(self.evaluation.kind), self.s.label, rows=5)
        self._merge(1, 2, "", self.s.label)
        for col, header in enumerate(FUND_HEADERS, 3):
            self._put(self.row, col, header, self.s.label)
        total_row, first_sub, last_sub = start + 1, start + 2, start + 4
        subrows: list[FundRow | None] = [funds.appropriation, funds.carryover, funds.other]
        for offset, key in enumerate(FUND_ROW_LABELS):
            self.row = start + 1 + offset
            self._merge(1, 2, FUND_ROW_LABELS[key], self.s.text)
            if key == "total":
                self._total_amounts(funds.total, subrows, first_sub, last_sub)
                refs = self._derived_ref(subrows, first_sub, last_sub, total_row)
                self._rate(refs)
                self._put(self.row, 6, self.card.execution.weight, self.s.weight)
                self._execution_score(refs)
            else:
                row = getattr(funds, key) or FundRow()
                for col, column in enumerate(("initial", "budget", "executed"), 3):
                    self._put(self.row, col, getattr(row, column), self.s.amount)
                self._sub_rate(row)
                self._put(self.row, 6, DASH, self.s.center)
                self._put(self.row, 8, DASH, self.s.center)
        self.row = last_sub + 1
        return total_row

    def _total_amounts(self, total: FundRow, subrows: list[FundRow | None], first: int, last: int) -> None:
        """年度资金总额: a SUM over the sub-rows when that is what the unit stated, else the stated figure."""
        for col, column in enumerate(("initial", "budget", "executed"), 3):
            stated = getattr(total, column)
            parts = [getattr(r, column) for r in subrows if r is not None and getattr(r, column) is not None]
            if stated is not None and parts and stated == sum(parts, Decimal(0)):
                formula = f"=SUM({xl_rowcol_to_cell(first, col)}:{xl_rowcol_to_cell(last, col)})"
                self.sheet.write_formula(self.row, col, formula, self.s.amount, stated)
            else:
                self._put(self.row, col, stated, self.s.amount)

    def _derived_ref(
        self, subrows: list[FundRow | None], first: int, last: int, total_row: int
    ) -> tuple[str, str]:
        """References to A and B as the engine takes them: the sub-rows' sum where any is given."""
        refs = []
        for col, column in ((4, "budget"), (5, "executed")):
            if any(r is not None and getattr(r, column) is not None for r in subrows):
                refs.append(f"SUM({xl_rowcol_to_cell(first, col)}:{xl_rowcol_to_cell(last, col)})")
            else:
                refs.append(xl_rowcol_to_cell(total_row, col))
        return refs[0], refs[1]

    def _rate(self, refs: tuple[str, str]) -> None:
        budget, executed = refs
        rate = self.card.execution.rate
        cached: Decimal | str = rate / 100 if rate is not None else ""
        self.sheet.write_formula(
            self.row, 7, f'=IF(N({budget})=0,"",{executed}/{budget})', self.s.rate, cached
        )

    def _execution_score(self, refs: tuple[str, str]) -> None:
        """执行率得分 = min(B/A, 1) x 分值 (uncapped if the scheme says so), in the scheme's rounding."""
        budget, executed = refs
        score = self.card.execution.score
        function = EXCEL_ROUND.get(self.scheme.rounding_mode)
        if function is None:
            self._put(self.row, 8, score, self.s.points)
            return
        ratio = f"MAX({executed},0)/{budget}"
        if self.scheme.execution.capped:
            ratio = f"MIN({ratio},1)"
        weight = xl_rowcol_to_cell(self.row, 6)
        formula = f"=IF(N({budget})=0,0,{function}({ratio}*{weight},{self.scheme.rounding.places}))"
        self.sheet.write_formula(self.row, 8, formula, self.s.points, score)

    def _sub_rate(self, row: FundRow) -> None:
        budget, executed = xl_rowcol_to_cell(self.row, 4), xl_rowcol_to_cell(self.row, 5)
        cached: Decimal | str = row.executed / row.budget if row.budget and row.executed is not None else ""
        self.sheet.write_formula(
            self.row, 7, f'=IF(N({budget})=0,"",{executed}/{budget})', self.s.rate, cached
        )

    def _goal(self) -> None:
        goal = self.evaluation.goal
        self._merge(0, 0, GOAL_LABEL, self.s.label, rows=2)
        self._merge(1, 4, GOAL_HEADERS[0], self.s.label)
        self._merge(5, LAST, GOAL_HEADERS[1], self.s.label)
        self.row += 1
        self._fit([(goal.expected, 1, 4), (goal.actual, 5, LAST)])
        self._merge(1, 4, goal.expected, self.s.text)
        self._merge(5, LAST, goal.actual, self.s.text)
        self.row += 1

    def _indicators(self) -> tuple[int, int, int]:
        """The indicator block; returns the header row and the first and last indicator rows."""
        indicators = self.evaluation.indicators
        header = self.row
        self._merge(0, 0, INDICATOR_BLOCK_LABEL, self.s.label, rows=1 + len(indicators))
        for col, text in enumerate(INDICATOR_HEADERS, 1):
            self._put(self.row, col, text, self.s.header)
        first = header + 1
        for offset, (indicator, line) in enumerate(zip(indicators, self.card.indicators, strict=True)):
            self.row = first + offset
            deviation = indicator.deviation or ""
            self._fit([(indicator.name, 3, 3), (target_cell(indicator), 4, 4), (deviation, LAST, LAST)])
            self._put(self.row, 3, indicator.name, self.s.text)
            self._put(self.row, 6, indicator.weight, self.s.weight)
            formula = self._score_formula(indicator) if line.score is not None else None
            if formula is not None:  # numbers with their operator and unit in the cell's format
                assert indicator.target is not None and indicator.actual is not None
                operator = indicator.operator.value
                if indicator.unit == "%":  # a real percentage: 95% typed in Excel or WPS stays 0.95
                    places = max(_places(indicator.target), _places(indicator.actual))
                    self._put(self.row, 4, indicator.target / 100, self.s.percent(operator, places))
                    self._put(self.row, 5, indicator.actual / 100, self.s.percent("", places))
                else:
                    unit = indicator.unit or ""
                    self._put(self.row, 4, indicator.target, self.s.quantity(operator, unit))
                    self._put(self.row, 5, indicator.actual, self.s.quantity("", unit))
                self.sheet.write_formula(self.row, 7, formula, self.s.points, line.score)
            else:
                self._put(self.row, 4, target_cell(indicator), self.s.center)
                self._put(self.row, 5, actual_cell(indicator), self.s.center)
                self._put(self.row, 7, NOT_APPLICABLE if line.score is None else line.score, self.s.points)
            self._put(self.row, 8, deviation, self.s.text)
        for col, runs in ((1, _runs(indicators, 1)), (2, _runs(indicators, 2))):
            for start, length, text in runs:
                self.row = first + start
                self._merge(col, col, level_cell(text), self.s.center, rows=length)
        last = first + len(indicators) - 1
        self.row = first + len(indicators)
        return header, first, last

    def _score_formula(self, indicator: Indicator) -> str | None:
        """得分 of a quantitative row as a formula of its 年度指标值, 实际完成值 and 分值 cells, the engine's
        rules written for Excel (scoring/engine.py): an edit to the actual value rescores the row."""
        function = EXCEL_ROUND.get(self.scheme.rounding_mode)
        if (
            indicator.is_qualitative
            or indicator.target is None
            or indicator.actual is None
            or function is None
        ):
            return None
        target, actual, weight = (xl_rowcol_to_cell(self.row, col) for col in (4, 5, 6))
        # a number, or text a user typed with its unit ("200个"), as the importer reads it
        unit = (indicator.unit or "").replace('"', "")
        typed = f'SUBSTITUTE({actual},"{unit}","")' if unit and unit != "%" else actual
        done = f"MAX(IF(ISNUMBER({actual}),{actual},IFERROR(VALUE({typed}),0)),0)"
        if indicator.operator is Operator.EQ and indicator.target == 0:
            points = f"IF({done}=0,{weight},0)"
        elif indicator.operator.is_reverse:
            over = (
                f"{target}/{done}*{weight}"
                if self.scheme.reverse_formula == "ratio"
                else f"IF({done}>=2*{target},0,(1-({done}-{target})/{target})*{weight})"
            )
            points = f"IF({done}<={target},{weight},IF({target}<=0,0,{over}))"
        else:
            points = f"IF({done}>={target},{weight},IF({target}<=0,0,{done}/{target}*{weight}))"
        places = self.scheme.rounding.places
        rounded = f"{function}({points},{places})"
        if indicator.deduction > 0:
            rounded = f"{function}(MAX(0,{rounded}-{fmt(indicator.deduction)}),{places})"
        return f"={rounded}"

    def _totals(self, fund_total: int, first: int, last: int) -> None:
        card = self.card
        weight_cell, score_cell = xl_rowcol_to_cell(fund_total, 6), xl_rowcol_to_cell(fund_total, 8)
        weights = f"{weight_cell}"
        scores = f"{score_cell}"
        if last >= first:
            weights += f"+SUM({xl_rowcol_to_cell(first, 6)}:{xl_rowcol_to_cell(last, 6)})"
            scores += f"+SUM({xl_rowcol_to_cell(first, 7)}:{xl_rowcol_to_cell(last, 7)})"
        weight_total = card.execution.weight + sum((line.weight for line in card.indicators), Decimal(0))
        self._merge(0, 5, TOTAL_LABEL, self.s.label)
        self.sheet.write_formula(self.row, 6, f"={weights}", self.s.weight, weight_total)
        note = ""
        if card.total == card.raw_total:
            self.sheet.write_formula(self.row, 7, f"={scores}", self.s.total, card.total)
        else:
            note = f"各项得分合计 {fmt(card.raw_total, 2)} 分，按适用指标折算为百分制"
            function = EXCEL_ROUND.get(self.scheme.rounding_mode)
            if function is None or last < first:
                self._put(self.row, 7, card.total, self.s.total)
            else:
                scores_range = f"{xl_rowcol_to_cell(first, 7)}:{xl_rowcol_to_cell(last, 7)}"
                weights_range = f"{xl_rowcol_to_cell(first, 6)}:{xl_rowcol_to_cell(last, 6)}"
                applicable = f'{weight_cell}+SUMIF({scores_range},"<>{NOT_APPLICABLE}",{weights_range})'
                formula = (
                    f"={function}(({scores})*{fmt(card.total_points)}/({applicable}),"
                    f"{self.scheme.rounding.places})"
                )
                self.sheet.write_formula(self.row, 7, formula, self.s.total, card.total)
        self._put(self.row, 8, note, self.s.text)
        total_ref = xl_rowcol_to_cell(self.row, 7)
        self.row += 1
        self._merge(0, 5, GRADE_LABEL, self.s.label)
        self._merge(6, LAST, "", self.s.grade)
        self.sheet.write_formula(
            self.row, 6, _grade_formula(self.scheme, total_ref), self.s.grade, card.grade
        )
        self.row += 1

    def _notes(self) -> None:
        scheme = self.scheme
        notes = [
            "注：1. 金额单位为万元，执行率 = 全年执行数(B) ÷ 全年预算数(A)。",
            f"2. 评分依据：{scheme.basis[self.evaluation.kind]}，满分 {fmt(real_total_points(self.card))} 分。",
            "3. 定性指标的实际完成值填写完成档次：达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差。",
        ]
        if any(p.code == "funds.total_mismatch" for p in self.card.problems):
            notes.append("4. 年度资金总额的填报数与分项合计不符，执行率和得分按分项合计计算。")
        for note in notes:
            self._merge(0, LAST, note, self.s.note)
            self.row += 1

    def _signature(self) -> None:
        """The paper form's last line: who fills it in and answers for it, and when."""
        self.row += 1
        date = self.evaluation.report_date
        when = f"{date.year}年{date.month}月{date.day}日" if date else "    年    月    日"
        self.sheet.set_row(self.row, 24)
        self._merge(0, 3, f"填报单位（盖章）：{self.evaluation.unit}", self.s.plain)
        self._merge(4, 5, "单位负责人：", self.s.plain)
        self._merge(6, 7, "填表人：", self.s.plain)
        self._put(self.row, LAST, f"填报日期：{when}", self.s.plain)
        self.row += 1

    def _print_setup(self, header: int) -> None:
        sheet = self.sheet
        sheet.print_area(0, 0, self.row - 1, LAST)
        sheet.set_paper(A4)
        sheet.set_landscape()
        sheet.repeat_rows(header)
        sheet.fit_to_pages(1, 0)
        sheet.center_horizontally()
        sheet.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.7)
        sheet.set_footer("&C第 &P 页，共 &N 页")


def _runs(indicators: list[Indicator], level: int) -> Iterator[tuple[int, int, str]]:
    """(start, length, text) of consecutive indicators sharing a 一级 (and, for level 2, a 二级) 指标."""
    start = 0

    def key(item: tuple[int, Indicator]) -> tuple[str, ...]:
        _, ind = item
        return (ind.level1,) if level == 1 else (ind.level1, ind.level2)

    for group_key, group in groupby(enumerate(indicators), key=key):
        length = len(list(group))
        yield start, length, group_key[-1]
        start += length


def _grade_formula(scheme: Scheme, total_ref: str) -> str:
    """=IF(H30>=90,"优",IF(H30>=80,"良",...)) from the scheme's grade table."""
    formula = f'"{scheme.grades[-1].name}"'
    for grade in reversed(scheme.grades[:-1]):
        formula = f'IF({total_ref}>={fmt(grade.min)},"{grade.name}",{formula})'
    return f"={formula}"


def _write_supplement(sheet: Any, styles: _Styles, evaluation: Evaluation, card: ScoreCard) -> None:
    sheet.set_column(0, 0, 16)
    sheet.set_column(1, 1, 40)
    sheet.set_column(2, len(supplement.INDICATOR_HEADER) - 1, 12)
    last = len(supplement.INDICATOR_HEADER) - 1
    sheet.set_paper(A4)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.merge_range(0, 0, 0, last, supplement.TITLE, styles.bold)
    sheet.merge_range(1, 0, 1, last, supplement.NOTE, styles.note)
    sheet.set_row(1, 30)
    row = 3

    def put_row(values: Sequence[Any], style: Any) -> None:
        nonlocal row
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, Decimal):
                sheet.write_number(row, col, value, styles.plain_number)
            else:
                sheet.write_string(row, col, str(value), style)
        row += 1

    put_row(supplement.FIELD_HEADER, styles.bold)
    for key, value in supplement.field_rows(evaluation):
        put_row((key, value), styles.plain)
    row += 1
    put_row(supplement.INDICATOR_HEADER, styles.bold)
    for values in supplement.indicator_rows(evaluation, card):
        put_row(values, styles.plain)
    row += 1
    put_row(supplement.TEAM_HEADER, styles.bold)
    for member in supplement.team_rows(evaluation):
        put_row(member, styles.plain)
