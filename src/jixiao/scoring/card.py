"""The score card: what the engine returns, in the shape the CLI, renderers and auditor read."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from jixiao.model.evaluation import FundRow, Kind

Severity = Literal["error", "warning"]


class Problem(BaseModel):
    """A validation problem: a stable code, where it is, and what a reviewer would say."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    path: str
    message: str


class ExecutionScore(BaseModel):
    name: str
    budget: Decimal | None
    executed: Decimal | None
    rate: Decimal | None  # percent, rounded for display
    weight: Decimal
    score: Decimal
    explanation: str


class IndicatorScore(BaseModel):
    index: int
    level1: str
    level2: str
    name: str
    weight: Decimal
    score: Decimal | None  # None when not applicable
    explanation: str
    applicable: bool = True


class CategoryScore(BaseModel):
    name: str
    weight: Decimal  # the points the scheme gives it, after folding
    assigned: Decimal  # the sum of its indicators' weights
    score: Decimal


class ScoreCard(BaseModel):
    scheme: str
    scheme_title: str
    kind: Kind
    year: int
    unit: str
    project: str | None
    funds: FundRow
    execution: ExecutionScore
    indicators: list[IndicatorScore]
    categories: list[CategoryScore]
    raw_total: Decimal  # sum of the rounded parts
    total: Decimal  # after not-applicable renormalisation
    total_points: Decimal
    grade: str
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]
