"""What a reviewer reads off a published report, each figure tied to the line and span it came from.

Top-level fields carry the value chosen for the report; ``facts`` keeps EVERY statement of every
quantity (the same budget stated twice gives two facts), because the auditor checks that repeated
statements agree and cites their lines. Amounts are in 万元, rates and percentages in percent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Fact(_Model):
    """One stated value: ``field`` says what it is, ``line``/``start``/``end`` where it is (1-based line,
    0-based columns, end exclusive, on ``end_line``), ``text`` the characters as printed."""

    field: str
    value: Decimal | str | None
    unit: str | None = None
    line: int
    start: int
    end: int
    end_line: int
    text: str
    original_value: Decimal | None = None
    original_unit: str | None = None
    approximate: bool = False
    operator: str | None = None
    subject: str | None = None


class Candidate(_Model):
    """A value one source offers for a headline field, with where it stands and how strong the source is
    (a form's cell beats the title, the title beats prose); the chosen value is one of these or none."""

    field: str
    value: Decimal | str | int
    strength: int
    source: str
    line: int
    start: int
    end: int
    end_line: int | None = None  # when the value goes on over a line the page's width cut


class Budget(_Model):
    initial: Decimal | None = None
    adjusted: Decimal | None = None
    executed: Decimal | None = None
    execution_rate: Decimal | None = None


class Project(_Model):
    name: str
    budget: Decimal | None = None
    executed: Decimal | None = None
    execution_rate: Decimal | None = None
    score: Decimal | None = None
    grade: str | None = None
    line: int


class Achievement(_Model):
    measure: str
    value: Decimal
    unit: str | None
    approximate: bool
    line: int


class Target(_Model):
    """A stated target: numeric with its operator when one is stated, or qualitative words only."""

    measure: str
    operator: str | None
    value: Decimal | None
    unit: str | None
    line: int


class FundsRow(_Model):
    """A row of a 自评表's funds block as the form states it (年度资金总额, 其中:当年财政拨款, …): what a
    reviewer re-scores. Figures the form leaves blank or that could not be placed are None."""

    label: str
    line: int
    initial: Decimal | None = None
    changed: Decimal | None = None  # a form's 调整数 column: what made the year's budget of the initial one
    adjusted: Decimal | None = None
    executed: Decimal | None = None
    rate: Decimal | None = None
    points: Decimal | None = None
    score: Decimal | None = None
    score_line: int | None = None

    def printed_before(self, column: str) -> int:
        """How many of the row's money cells printed before ``column``'s state the same figure: where 年初预算 and
        全年预算 are both 2400, the second 2400 on the row is the year's budget."""
        order = ("initial", "changed", "adjusted", "executed")
        if column not in order:
            return 0
        value = getattr(self, column)
        return sum(1 for earlier in order[: order.index(column)] if getattr(self, earlier) == value)


class GradeBand(_Model):
    name: str
    min: Decimal


class TeamMember(_Model):
    name: str
    unit: str = ""
    post: str = ""
    title: str = ""
    line: int


class Staffing(_Model):
    authorised: Decimal | None = None
    actual: Decimal | None = None


class ExtractedReport(_Model):
    file: str
    format: str
    encoding: str | None = None
    reading_warnings: list[str] = Field(default_factory=list)  # what reading had to repair
    kind: str | None = None
    year: int | None = None
    unit: str | None = None
    project: str | None = None
    report_date: dt.date | None = None
    budget: Budget = Field(default_factory=Budget)
    income: dict[str, Decimal] = Field(default_factory=dict)
    expenditure: dict[str, Decimal] = Field(default_factory=dict)
    assets: dict[str, Decimal] = Field(default_factory=dict)
    staffing: Staffing = Field(default_factory=Staffing)
    score: Decimal | None = None
    grade: str | None = None
    grade_scheme: list[GradeBand] | None = None
    weights: dict[str, Decimal] = Field(default_factory=dict)
    components: dict[str, Decimal] = Field(default_factory=dict)
    satisfaction: Decimal | None = None
    projects: list[Project] = Field(default_factory=list)
    achievements: list[Achievement] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)
    team: list[TeamMember] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    candidates: list[Candidate] = Field(default_factory=list)
    funds_rows: list[FundsRow] = Field(default_factory=list)
