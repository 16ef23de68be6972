"""Scoring schemes: every rule RULES.md marks as local, remembered or unsure is a setting here.

A scheme is data (a YAML file under ``jixiao/schemes``); this module only says what a valid
scheme looks like, so that a mistake in a file is reported at its key, not at scoring time.
"""

from __future__ import annotations

import itertools
import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from jixiao.model.evaluation import Kind, Tier

ROUNDING_MODES = {
    "ROUND_HALF_UP": ROUND_HALF_UP,
    "ROUND_HALF_EVEN": ROUND_HALF_EVEN,
    "ROUND_DOWN": ROUND_DOWN,
}
_POINTS_SUFFIX = re.compile(r"[（(]\s*\d+(?:\.\d+)?\s*分?\s*[)）]\s*$")


@cache
def grade_families() -> tuple[tuple[str, ...], ...]:
    """The grade words that name the same rank, best first (grade_ranks.yaml: 优 and 优秀 are one rank)."""
    data = yaml.safe_load((resources.files("jixiao.model") / "grade_ranks.yaml").read_text("utf-8"))
    return tuple(tuple(words) for words in data["ranks"])


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Grade(_Strict):
    name: str = Field(min_length=1)
    min: Decimal = Field(ge=0, description="inclusive lower bound")


class Category(_Strict):
    """A first-level indicator (一级指标) and its points."""

    name: str = Field(min_length=1)
    weight: Decimal = Field(ge=0)
    aliases: list[str] = Field(default_factory=list)
    fold_into: str | None = Field(
        default=None,
        description="where this category's points go when the evaluation sets none of its indicators",
    )


class Execution(_Strict):
    """预算执行率: points = min(B/A, 1) x weight when capped."""

    name: str = "预算执行率"
    weight: Decimal = Field(default=Decimal(10), ge=0)
    capped: bool = True
    reason_required_below: Decimal = Field(default=Decimal(90), ge=0, le=100, description="percent")


class OverAchievement(_Strict):
    """When a target is exceeded this far, a deviation explanation is required (广西: 130%)."""

    ratio: Decimal = Field(default=Decimal("1.30"), gt=1)
    zero_target_threshold: Decimal = Field(default=Decimal(30), ge=0)


class Band(_Strict):
    """Fractions of the indicator's weight a qualitative tier may score: [low, high] or [low, high)."""

    low: Decimal = Field(ge=0, le=1)
    high: Decimal = Field(ge=0, le=1)
    high_inclusive: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.low > self.high:
            raise ValueError(f"分值区间下限 low {self.low} 高于上限 high {self.high}")
        return self


def _default_bands() -> dict[Tier, Band]:
    return {
        Tier.MET: Band(low=Decimal("0.8"), high=Decimal(1), high_inclusive=True),
        Tier.PARTIAL: Band(low=Decimal("0.6"), high=Decimal("0.8")),
        Tier.NOT_MET: Band(low=Decimal(0), high=Decimal("0.6")),
    }


_POLICY = "《中共中央 国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）"


def _national_basis() -> dict[Kind, str]:
    return {
        Kind.PROJECT: f"{_POLICY}和财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）",
        Kind.DEPARTMENT: _POLICY,
    }


class Rounding(_Strict):
    places: int = Field(default=2, ge=0, le=6)
    mode: Literal["ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_DOWN"] = "ROUND_HALF_UP"


class Review(_Strict):
    """财政复核: the composite of the unit's own score and the bureau's review score."""

    self_weight: Decimal = Field(ge=0, le=1)
    review_weight: Decimal = Field(ge=0, le=1)

    @model_validator(mode="after")
    def _weights_sum_to_one(self) -> Review:
        if self.self_weight + self.review_weight != 1:
            raise ValueError("self_weight 与 review_weight 之和须为 1")
        return self


class Scheme(_Strict):
    name: str = Field(min_length=1)
    title: str = Field(min_length=1)
    source: str = ""
    total_points: Decimal = Field(default=Decimal(100), gt=0)
    execution: Execution = Execution()
    categories: list[Category] = Field(min_length=1)
    strict_category_weights: bool = Field(
        default=True, description="each first-level category's indicator weights must add up to its points"
    )
    grades: list[Grade] = Field(min_length=2)
    reverse_formula: Literal["linear", "ratio"] = Field(
        default="linear", description="linear: to zero at 2A (FASP2); ratio: A/B x W"
    )
    over_achievement: OverAchievement = OverAchievement()
    deviation_required_below_full: bool = True
    satisfaction_target: Decimal = Field(
        default=Decimal(90),
        ge=0,
        le=100,
        description="the 满意度 target (%) assumed when a report states a satisfaction rate but no target",
    )
    qualitative_bands: dict[Tier, Band] = Field(default_factory=_default_bands)
    rounding: Rounding = Rounding()
    not_applicable: Literal["renormalise", "drop"] = Field(
        default="renormalise", description="renormalise: scale the applicable points to the full total"
    )
    review: Review | None = None
    basis: dict[Kind, str] = Field(
        default_factory=_national_basis,
        description="the documents a report of each kind cites as its basis, as a reader knows them",
    )

    @field_validator("categories")
    @classmethod
    def _categories_distinct(cls, categories: list[Category]) -> list[Category]:
        names = [c.name for c in categories]
        if len(set(names)) != len(names):
            raise ValueError("一级指标名称（name）不能重复")
        for category in categories:
            if category.fold_into is not None and category.fold_into not in names:
                raise ValueError(f"“{category.name}”的 fold_into 指向不存在的一级指标“{category.fold_into}”")
        return categories

    @field_validator("grades")
    @classmethod
    def _grades_ordered(cls, grades: list[Grade]) -> list[Grade]:
        mins = [g.min for g in grades]
        if any(a <= b for a, b in itertools.pairwise(mins)):
            raise ValueError("等级须从高到低排列，min 须逐级严格递减")
        if mins[-1] != 0:
            raise ValueError("最低一级的 min 须为 0，使任何得分都有等级")
        return grades

    @field_validator("qualitative_bands")
    @classmethod
    def _bands_complete(cls, bands: dict[Tier, Band]) -> dict[Tier, Band]:
        if set(bands) != set(Tier):
            raise ValueError("qualitative_bands 须为三个完成档次各给一个分值区间")
        return bands

    @model_validator(mode="after")
    def _points_add_up(self) -> Scheme:
        total = self.execution.weight + sum((c.weight for c in self.categories), Decimal(0))
        if total != self.total_points:
            raise ValueError(
                f"execution.weight 与 categories[].weight 之和为 {total}，与 total_points {self.total_points} 不符"
            )
        if self.grades[0].min > self.total_points:
            raise ValueError(f"grades[0].min {self.grades[0].min} 高于 total_points {self.total_points}")
        return self

    @property
    def rounding_mode(self) -> str:
        return ROUNDING_MODES[self.rounding.mode]

    def category_for(self, level1: str) -> Category | None:
        """Match a 一级指标 as written ("产出指标(50分)", "产出", "满意度") to its category."""
        text = _POINTS_SUFFIX.sub("", level1.strip()).strip()
        for category in self.categories:
            candidates = {category.name, *category.aliases}
            candidates |= {c.removesuffix("指标") for c in candidates}
            if text in candidates:
                return category
        return None

    def rank(self, name: str) -> int | None:
        """A grade word's rank in this scheme, 0 the highest: its own names, or the common family a word
        belongs to when the scheme has four grades (优秀 = 优, 合格 = 中)."""
        names = [g.name for g in self.grades]
        if name in names:
            return names.index(name)
        families = grade_families()
        for rank, family in enumerate(families):
            if name in family and len(names) == len(families):
                return rank
        return None

    def grade_for(self, total: Decimal) -> str:
        for grade in self.grades:
            if total >= grade.min:
                return grade.name
        return self.grades[-1].name
