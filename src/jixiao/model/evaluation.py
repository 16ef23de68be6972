"""The evaluation a budget unit fills in: the 项目支出 / 部门整体支出 绩效自评表 as typed data.

Amounts are in 万元 as on the forms. The model only holds what the unit stated; whether the
statements agree with each other is the scoring engine's business, because real sheets
often disagree (a stated total of 0 beside non-zero sub-rows) and must still be readable.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Kind(StrEnum):
    PROJECT = "项目支出"
    DEPARTMENT = "部门整体支出"


class Operator(StrEnum):
    GE = "≥"
    GT = ">"
    EQ = "="
    LE = "≤"
    LT = "<"
    QUALITATIVE = "定性"

    @property
    def is_positive(self) -> bool:
        return self in (Operator.GE, Operator.GT)

    @property
    def is_reverse(self) -> bool:
        return self in (Operator.LE, Operator.LT)

    def holds(self, actual: Decimal, target: Decimal) -> bool:
        """Whether "actual <operator> target" is literally true; scoring is more lenient (">" met at
        equality, "=" exceeded counts as met), so an explanation may only print the symbol when this holds."""
        match self:
            case Operator.GE:
                return actual >= target
            case Operator.GT:
                return actual > target
            case Operator.EQ:
                return actual == target
            case Operator.LE:
                return actual <= target
            case Operator.LT:
                return actual < target
        return False


OPERATOR_ALIASES: dict[str, Operator] = {
    ">=": Operator.GE,
    "≧": Operator.GE,
    "＞＝": Operator.GE,
    "＞=": Operator.GE,
    "不少于": Operator.GE,
    "不低于": Operator.GE,
    "大于等于": Operator.GE,
    "≥": Operator.GE,
    "＞": Operator.GT,
    "大于": Operator.GT,
    "高于": Operator.GT,
    ">": Operator.GT,
    "＝": Operator.EQ,
    "等于": Operator.EQ,
    "==": Operator.EQ,
    "=": Operator.EQ,
    "<=": Operator.LE,
    "≦": Operator.LE,
    "＜＝": Operator.LE,
    "＜=": Operator.LE,
    "不超过": Operator.LE,
    "不高于": Operator.LE,
    "小于等于": Operator.LE,
    "≤": Operator.LE,
    "＜": Operator.LT,
    "小于": Operator.LT,
    "低于": Operator.LT,
    "<": Operator.LT,
    # a form's 指标性质 column: a positive indicator is a floor, a negative one a cap
    "正向指标": Operator.GE,
    "正向": Operator.GE,
    "反向指标": Operator.LE,
    "反向": Operator.LE,
    "定性": Operator.QUALITATIVE,
    "qualitative": Operator.QUALITATIVE,
}


class Tier(StrEnum):
    """The three qualitative tiers, worded exactly as 财预〔2020〕10号 and FASP2 word them."""

    MET = "达成年度指标"
    PARTIAL = "部分达成年度指标并具有一定效果"
    NOT_MET = "未达成年度指标且效果较差"


def parse_tier(value: str) -> Tier | None:
    """Accept the short words FASP2 accepts on import (达成 / 部分达成 / 未达成)."""
    text = value.strip()
    if text.startswith("未达成"):
        return Tier.NOT_MET
    if text.startswith("部分达成"):
        return Tier.PARTIAL
    if text.startswith("达成"):
        return Tier.MET
    return None


Amount = Annotated[Decimal, Field(max_digits=18, decimal_places=6)]
# 万元 budgeted or spent: a negative one is a typing mistake that would otherwise score (and print) as given
Money = Annotated[Decimal, Field(ge=0, max_digits=18, decimal_places=6)]
Points = Annotated[Decimal, Field(ge=0, max_digits=8, decimal_places=4)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class FundRow(_Strict):
    """One row of the funds block: 年初预算数, 全年预算数 (A), 全年执行数 (B), in 万元."""

    initial: Money | None = None
    budget: Money | None = None
    executed: Money | None = None

    def is_empty(self) -> bool:
        return self.initial is None and self.budget is None and self.executed is None


FUND_COLUMNS: dict[str, str] = {
    "initial": "年初预算数",
    "budget": "全年预算数(A)",
    "executed": "全年执行数(B)",
}
FUND_SUBROWS: dict[str, str] = {
    "appropriation": "本年财政拨款",
    "carryover": "上年结转资金",
    "other": "其他资金",
}


class Funds(_Strict):
    """The 项目资金 block. ``total`` is the 年度资金总额 row as stated; the sub-rows, when given,
    are the authority for the total (see ``derived_total``)."""

    total: FundRow = FundRow()
    appropriation: FundRow | None = None
    carryover: FundRow | None = None
    other: FundRow | None = None
    low_execution_reason: str | None = None

    def subrows(self) -> dict[str, FundRow]:
        rows = {key: getattr(self, key) for key in FUND_SUBROWS}
        return {key: row for key, row in rows.items() if row is not None and not row.is_empty()}

    def derived_total(self) -> FundRow:
        """The total as the sub-rows add up, column by column; the stated total where none are given."""
        subrows = self.subrows()
        if not subrows:
            return self.total
        sums: dict[str, Decimal | None] = {}
        for column in FUND_COLUMNS:
            values = [getattr(row, column) for row in subrows.values() if getattr(row, column) is not None]
            sums[column] = sum(values, Decimal(0)) if values else getattr(self.total, column)
        return FundRow(**sums)


class Goal(_Strict):
    """年度总体目标: what was promised and what was done."""

    expected: str = ""
    actual: str = ""


class Indicator(_Strict):
    """One 三级指标 row of the indicator block."""

    level1: str = Field(min_length=1, description="一级指标, e.g. 产出指标")
    level2: str = Field(default="", description="二级指标, e.g. 数量指标")
    name: str = Field(min_length=1, description="三级指标")
    operator: Operator
    target: Amount | None = Field(default=None, description="年度指标值 (number)")
    target_text: str | None = Field(default=None, description="年度指标值 as words, for 定性 or a note")
    unit: str | None = None
    weight: Points
    actual: Amount | None = Field(default=None, description="实际完成值 (number)")
    actual_text: str | None = None
    tier: Tier | None = None
    score: Points | None = Field(default=None, description="得分 as given by the unit")
    deduction: Points = Decimal(0)
    not_applicable: bool = False
    deviation: str | None = Field(default=None, description="偏差原因分析及改进措施")

    @field_validator("operator", mode="before")
    @classmethod
    def _operator_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            alias = OPERATOR_ALIASES.get(value.strip())
            if alias is not None:
                return alias
        return value

    @field_validator("tier", mode="before")
    @classmethod
    def _tier_alias(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip():
            return parse_tier(value) or value
        return value or None

    @property
    def is_qualitative(self) -> bool:
        return self.operator is Operator.QUALITATIVE

    def target_label(self) -> str:
        """年度指标值 as printed on the form: "≥30000条", or the words of a 定性 target."""
        from jixiao.decimals import fmt

        if self.is_qualitative or self.target is None:
            return self.target_text or ""
        return f"{self.operator.value}{fmt(self.target)}{self.unit or ''}"

    def actual_label(self) -> str:
        from jixiao.decimals import fmt

        if self.actual is not None:
            return f"{fmt(self.actual)}{self.unit or ''}"
        return self.actual_text or (self.tier.value if self.tier else "")


class TeamMember(_Strict):
    """评价工作组成员 (姓名、工作单位、职务、职称)."""

    name: str = Field(min_length=1)
    unit: str = ""
    post: str = ""
    title: str = ""


class Expenditure(_Strict):
    """部门整体支出 by economic purpose, in 万元: 基本支出 (staff and running costs) and 项目支出."""

    basic: Money | None = None
    project: Money | None = None


class Evaluation(_Strict):
    """A whole self-evaluation: identity, funds, goals, indicators and the report's narrative."""

    kind: Kind
    year: int = Field(ge=2000, le=2100, description="预算年度")
    department: str = Field(min_length=1, description="主管部门")
    unit: str = Field(min_length=1, description="实施单位")
    project: str | None = Field(default=None, description="项目名称 (项目支出)")
    scheme: str | None = Field(default=None, description="scoring scheme name or path")
    funds: Funds
    goal: Goal = Goal()
    indicators: list[Indicator] = Field(default_factory=list)
    overview: str | None = Field(default=None, description="基本情况")
    functions: str | None = Field(default=None, description="部门职能 (部门整体支出)")
    expenditure: Expenditure | None = Field(default=None, description="基本支出与项目支出 (部门整体支出)")
    purpose: str | None = Field(default=None, description="绩效自评目的 (项目支出)")
    organisation: str | None = Field(default=None, description="自评工作开展情况")
    achievements: str | None = Field(default=None, description="主要成效, in the unit's words")
    conclusion: str | None = None
    experience: list[str] = Field(default_factory=list, description="主要经验及做法")
    existing_problems: list[str] = Field(default_factory=list, description="存在问题")
    measures: list[str] = Field(default_factory=list, description="改进措施")
    result_use: str | None = Field(default=None, description="自评结果应用及公开")
    team: list[TeamMember] = Field(default_factory=list)
    report_date: dt.date | None = None

    @property
    def title(self) -> str:
        return self.project if self.kind is Kind.PROJECT and self.project else self.unit
