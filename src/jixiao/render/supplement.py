"""The 补充信息 sheet: what an evaluation holds that the paper form has no box for.

The form shows an indicator as three words ("≥3000条", "达成年度指标", "10.00"); the model
behind them also has the typed value, the unit's own score, a deduction, the description
beside a tier, and the report's narrative. They are kept here, in plain labelled columns, so
that export -> import loses nothing (a not-applicable indicator needs no column: the form's
得分 says 不适用). The importer trusts a stored value only while the form cell it belongs to
still shows what was exported; a cell edited in Excel wins over the stored value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.model.evaluation import Evaluation, Indicator, Operator, TeamMember, Tier, parse_tier
from jixiao.model.loading import scheme_from_words, scheme_in_words
from jixiao.render.form import NOT_APPLICABLE, SUPPLEMENT_SHEET
from jixiao.render.grid import Grid
from jixiao.scoring import ScoreCard

TITLE = SUPPLEMENT_SHEET
NOTE = (
    "本表保存自评表中没有栏目的内容（评分方案、报告正文、指标的数值与档次、填报得分等），"
    "重新导入时使用。请在自评表中修改；自评表中改动过的单元格以自评表为准。"
)
FIELD_HEADER = ("项目", "内容")
SCHEME = "评分方案"
LOW_EXECUTION_REASON = "执行率偏低原因"
OVERVIEW = "基本情况"
FUNCTIONS = "部门职能"
BASIC_SPENDING = "基本支出"
PROJECT_SPENDING = "项目支出"
PURPOSE = "自评目的"
ORGANISATION = "自评工作开展情况"
ACHIEVEMENTS = "主要成效"
CONCLUSION = "评价结论"
EXPERIENCE = "经验做法"
PROBLEM = "存在问题"
MEASURE = "改进措施"
RESULT_USE = "结果应用及公开"
REPORT_DATE = "报告日期"
INDICATOR_HEADER = (
    "序号",
    "三级指标",
    "计算符号",
    "指标值",
    "指标值说明",
    "计量单位",
    "实际完成值",
    "完成情况说明",
    "完成档次",
    "填报得分",
    "扣减分数",
    "表内得分",
)
TEAM_HEADER = ("姓名", "工作单位", "职务", "职称")

Cell = str | Decimal | None


@dataclass
class StoredIndicator:
    """One indicator's row of the 指标明细 table."""

    number: int
    name: str
    operator: Operator
    target: Decimal | None
    target_text: str | None
    unit: str | None
    actual: Decimal | None
    actual_text: str | None
    tier: Tier | None
    score: Decimal | None
    deduction: Decimal
    form_score: Cell

    def shown(self) -> Indicator:
        """Just enough of an indicator to ask what its form cells show."""
        return Indicator.model_construct(
            level1="",
            name=self.name,
            weight=Decimal(0),
            operator=self.operator,
            target=self.target,
            target_text=self.target_text,
            unit=self.unit,
            actual=self.actual,
            actual_text=self.actual_text,
            tier=self.tier,
        )


@dataclass
class Supplement:
    fields: dict[str, list[str]] = field(default_factory=dict)
    indicators: list[StoredIndicator] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)

    def first(self, key: str) -> str | None:
        values = self.fields.get(key)
        return values[0] if values else None

    def match(self, index: int, name: str) -> StoredIndicator | None:
        """The stored row for the form's ``index``-th indicator: same place and name, else the
        only stored row of that name (rows may have been moved)."""
        for stored in self.indicators:
            if stored.number == index + 1 and stored.name == name:
                return stored
        named = [s for s in self.indicators if s.name == name]
        return named[0] if len(named) == 1 else None


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def field_rows(evaluation: Evaluation) -> list[tuple[str, str]]:
    spending = evaluation.expenditure
    rows: list[tuple[str, str | None]] = [
        (SCHEME, scheme_in_words(evaluation.scheme)),
        (LOW_EXECUTION_REASON, evaluation.funds.low_execution_reason),
        (OVERVIEW, evaluation.overview),
        (FUNCTIONS, evaluation.functions),
        (BASIC_SPENDING, _plain(spending.basic if spending else None)),
        (PROJECT_SPENDING, _plain(spending.project if spending else None)),
        (PURPOSE, evaluation.purpose),
        (ORGANISATION, evaluation.organisation),
        (ACHIEVEMENTS, evaluation.achievements),
        (CONCLUSION, evaluation.conclusion),
        *((EXPERIENCE, e) for e in evaluation.experience),
        *((PROBLEM, p) for p in evaluation.existing_problems),
        *((MEASURE, m) for m in evaluation.measures),
        (RESULT_USE, evaluation.result_use),
        (REPORT_DATE, evaluation.report_date.isoformat() if evaluation.report_date else None),
    ]
    return [(key, value) for key, value in rows if value is not None]


def indicator_rows(evaluation: Evaluation, card: ScoreCard) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for number, (indicator, line) in enumerate(zip(evaluation.indicators, card.indicators, strict=True), 1):
        rows.append(
            (
                Decimal(number),
                indicator.name,
                indicator.operator.value,
                indicator.target,
                indicator.target_text,
                indicator.unit,
                indicator.actual,
                indicator.actual_text,
                indicator.tier.value if indicator.tier else None,
                indicator.score,
                indicator.deduction,
                line.score if line.score is not None else NOT_APPLICABLE,
            )
        )
    return rows


def team_rows(evaluation: Evaluation) -> list[tuple[str, ...]]:
    return [(m.name, m.unit, m.post, m.title) for m in evaluation.team]


def _header_row(grid: Grid, header: tuple[str, ...]) -> int | None:
    for r in range(1, grid.max_row + 1):
        if tuple(grid.label(r, c + 1) for c in range(len(header))) == header:
            return r
    return None


def _text_or_none(grid: Grid, row: int, col: int) -> str | None:
    return grid.text(row, col) or None


def _stored_indicator(grid: Grid, r: int) -> StoredIndicator | None:
    number = grid.number(r, 1, "序号")
    name = grid.text(r, 2)
    operator_text = grid.text(r, 3)
    if number is None or not name:
        return None
    if operator_text not in {op.value for op in Operator}:
        grid.problem(r, 3, f"计算符号“{operator_text}”无法识别")
        return None
    tier_text = grid.text(r, 9)
    tier = parse_tier(tier_text) if tier_text else None
    form_score: Cell = (
        grid.text(r, 12) if grid.text(r, 12) == NOT_APPLICABLE else grid.number(r, 12, "表内得分")
    )
    return StoredIndicator(
        number=int(number),
        name=name,
        operator=Operator(operator_text),
        target=grid.number(r, 4, "指标值"),
        target_text=_text_or_none(grid, r, 5),
        unit=_text_or_none(grid, r, 6),
        actual=grid.number(r, 7, "实际完成值"),
        actual_text=_text_or_none(grid, r, 8),
        tier=tier,
        score=grid.number(r, 10, "填报得分"),
        deduction=grid.number(r, 11, "扣减分数") or Decimal(0),
        form_score=form_score,
    )


def read_supplement(grid: Grid) -> Supplement:
    """Read the three tables back; each is found by its header row, wherever it is."""
    supplement = Supplement()
    start = _header_row(grid, FIELD_HEADER)
    if start is not None:
        for r in range(start + 1, grid.max_row + 1):
            key = grid.label(r, 1)
            if not key:
                break
            supplement.fields.setdefault(key, []).append(grid.text(r, 2))
    start = _header_row(grid, INDICATOR_HEADER)
    if start is not None:
        for r in range(start + 1, grid.max_row + 1):
            if not grid.text(r, 1):
                break
            stored = _stored_indicator(grid, r)
            if stored is not None:
                supplement.indicators.append(stored)
    start = _header_row(grid, TEAM_HEADER)
    if start is not None:
        for r in range(start + 1, grid.max_row + 1):
            name = grid.text(r, 1)
            if not name:
                break
            supplement.team.append(
                TeamMember(name=name, unit=grid.text(r, 2), post=grid.text(r, 3), title=grid.text(r, 4))
            )
    return supplement


def evaluation_fields(supplement: Supplement) -> dict[str, Any]:
    """The evaluation-level fields the supplement restores, as model input."""
    data: dict[str, Any] = {
        "scheme": scheme_from_words(supplement.first(SCHEME)),
        "overview": supplement.first(OVERVIEW),
        "functions": supplement.first(FUNCTIONS),
        "purpose": supplement.first(PURPOSE),
        "organisation": supplement.first(ORGANISATION),
        "achievements": supplement.first(ACHIEVEMENTS),
        "conclusion": supplement.first(CONCLUSION),
        "experience": supplement.fields.get(EXPERIENCE, []),
        "existing_problems": supplement.fields.get(PROBLEM, []),
        "measures": supplement.fields.get(MEASURE, []),
        "result_use": supplement.first(RESULT_USE),
        "team": supplement.team,
    }
    basic, project = supplement.first(BASIC_SPENDING), supplement.first(PROJECT_SPENDING)
    if basic or project:
        data["expenditure"] = {"basic": basic or None, "project": project or None}
    report_date = supplement.first(REPORT_DATE)
    if report_date:
        data["report_date"] = report_date[:10]
    return data
