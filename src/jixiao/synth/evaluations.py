"""Varied, valid evaluations drawn at random: the composing side's model, filled as units fill it.

Most units execute their budget and meet their targets (as published reports show); some, the "weak"
ones, execute less and miss more; all explain a shortfall, because a complete form is what a unit hands in. Weights follow the chosen
scheme's categories, so every evaluation scores without weight problems. Units come from a pool so
that the same unit reports in several years.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from jixiao.decimals import HUNDRED, quantize
from jixiao.model.evaluation import Evaluation, Kind, Tier
from jixiao.model.scheme import Scheme
from jixiao.synth import vocabulary as words

YEARS = range(2019, 2026)
SCHEMES: dict[str, int] = {"national-2020": 8, "luquan-2024": 1, "provincial-80": 1}  # name: weight
OVERSHOOT = Decimal("1.3")  # the schemes' over-achievement ratio that asks for an explanation
WEAK_SHARE = 0.15  # units that execute less and miss more targets


@dataclass(frozen=True)
class UnitIdentity:
    place: str
    bureau: str

    @property
    def department(self) -> str:
        if self.bureau.startswith("委"):
            return f"中共{self.place}{self.bureau}"
        return f"{self.place}{self.bureau}"


def unit_pool(seed: int, size: int) -> list[UnitIdentity]:
    """Distinct units, the same for the same seed and size."""
    rng = random.Random(f"units-{seed}")
    pool: dict[str, UnitIdentity] = {}
    while len(pool) < size:
        place = (
            rng.choice(words.PLACE_FIRST) + rng.choice(words.PLACE_SECOND) + rng.choice(words.PLACE_SUFFIX)
        )
        unit = UnitIdentity(place, rng.choice(words.BUREAUS))
        pool.setdefault(unit.department, unit)
    return list(pool.values())


def choose_scheme(rng: random.Random) -> str:
    return rng.choices(list(SCHEMES), weights=list(SCHEMES.values()))[0]


def _amount(rng: random.Random, low_cents: int, high_cents: int) -> Decimal:
    """万元 with 2 places, spread evenly over orders of magnitude."""
    exponent = rng.uniform(len(str(low_cents)) - 1, len(str(high_cents)) - 1)
    cents = max(low_cents, min(high_cents, int(10**exponent)))
    return Decimal(cents).scaleb(-2)


def _fraction(rng: random.Random, low: int, high: int) -> Decimal:
    """A fraction in [low, high] ten-thousandths."""
    return Decimal(rng.randint(low, high)) / 10000


def _funds(rng: random.Random, weak: bool) -> dict[str, Any]:
    budget = _amount(rng, 500, 800000)
    initial = budget if rng.random() < 0.7 else quantize(budget * _fraction(rng, 8000, 12000))
    roll = rng.random() * (0.3 if weak else 1) + (0.7 if weak else 0)
    if roll < 0.35:
        executed = budget
    elif roll < 0.8:
        executed = quantize(budget * _fraction(rng, 9000, 9999))
    else:
        executed = quantize(budget * _fraction(rng, 5000, 8999))
    total = {"initial": initial, "budget": budget, "executed": executed}
    funds: dict[str, Any] = {"total": total}
    shape = rng.random()
    if shape < 0.6:
        funds["appropriation"] = dict(total)
    elif shape < 0.8:
        share = _fraction(rng, 6000, 9500)
        appropriation = {key: quantize(value * share) for key, value in total.items()}
        funds["appropriation"] = appropriation
        funds["carryover"] = {key: value - appropriation[key] for key, value in total.items()}
    if executed < budget * Decimal("0.9"):
        funds["low_execution_reason"] = rng.choice(words.LOW_EXECUTION_REASONS)
    return funds


def _split(rng: random.Random, points: int, parts: int) -> list[int]:
    """``points`` as ``parts`` whole weights of at least 2 each, unevenly."""
    weights = [points // parts] * parts
    for i in range(points - sum(weights)):
        weights[i % parts] += 1
    for _ in range(parts):
        a, b = rng.randrange(parts), rng.randrange(parts)
        shift = rng.randint(1, 2)
        if a != b and weights[a] - shift >= 2:
            weights[a] -= shift
            weights[b] += shift
    return weights


def _percent_cap(template: words.Quantitative, value: Decimal) -> Decimal:
    return min(value, HUNDRED) if template.unit == "%" else value


def _quantitative(
    rng: random.Random, template: words.Quantitative, weight: int, weak: bool
) -> dict[str, Any]:
    target = Decimal(rng.randrange(template.low, template.high + 1, template.step))
    integral = template.unit not in ("%", "万元")
    roll = rng.random() + (0.5 if weak else 0)
    deviation = None
    if template.operator in ("≥", ">"):
        if roll < 0.75:
            actual = target * _fraction(rng, 10000, 12500)
        elif roll < 0.85 and template.unit != "%":
            actual = target * _fraction(rng, 13500, 16000)
            deviation = rng.choice(words.OVERSHOOT_REASONS)
        else:
            actual = target * _fraction(rng, 8000, 9900)
            deviation = rng.choice(words.SHORTFALL_REASONS)
    elif template.operator == "=":
        actual = target if roll < 0.9 else target * _fraction(rng, 9000, 9900)
    else:
        actual = target * _fraction(rng, 8500, 10000) if roll < 0.9 else target * _fraction(rng, 10100, 11500)
    actual = quantize(actual, 0) if integral else quantize(actual, 1 if rng.random() < 0.5 else 2)
    actual = _percent_cap(template, actual)
    if (template.operator in ("≥", ">") and actual < target) or (
        template.operator == "=" and actual != target
    ):
        deviation = deviation or rng.choice(words.SHORTFALL_REASONS)
    if template.operator in ("≥", ">") and actual >= target * OVERSHOOT and deviation is None:
        deviation = rng.choice(words.OVERSHOOT_REASONS)  # rounding a small count up can overshoot
    if template.operator in ("≤", "<") and actual > target:
        deviation = rng.choice(words.SHORTFALL_REASONS)
    return {
        "level1": template.level1,
        "level2": template.level2,
        "name": template.name,
        "operator": template.operator,
        "target": target,
        "unit": template.unit,
        "actual": actual,
        "weight": Decimal(weight),
        "deviation": deviation,
    }


def _qualitative(rng: random.Random, template: words.Qualitative, weight: int, weak: bool) -> dict[str, Any]:
    roll = rng.random() + (0.3 if weak else 0)
    if roll < 0.85:
        tier, share = Tier.MET, rng.choice(("1", "1", "0.95", "0.9", "0.85"))
    elif roll < 0.95:
        tier, share = Tier.PARTIAL, "0.7"
    else:
        tier, share = Tier.NOT_MET, "0.5"
    score = quantize(Decimal(weight) * Decimal(share))
    return {
        "level1": template.level1,
        "level2": template.level2,
        "name": template.name,
        "operator": "定性",
        "target_text": template.target,
        "actual_text": template.actual,
        "tier": tier,
        "score": score,
        "weight": Decimal(weight),
        "deviation": rng.choice(words.SHORTFALL_REASONS) if score < weight else None,
    }


def _indicators(rng: random.Random, scheme: Scheme, weak: bool) -> list[dict[str, Any]]:
    pools = {
        words.OUTPUT: (words.OUTPUT_INDICATORS, (3, 6)),
        words.BENEFIT: (words.BENEFIT_INDICATORS, (1, 4)),
        words.SATISFACTION: (words.SATISFACTION_INDICATORS, (1, 1)),
    }
    points = {category.name: int(category.weight) for category in scheme.categories}
    if rng.random() < 0.1:
        dropped = next(c for c in scheme.categories if c.fold_into is not None)
        points[str(dropped.fold_into)] += points.pop(dropped.name)
    indicators: list[dict[str, Any]] = []
    for category, total in points.items():
        templates, (fewest, most) = pools[category]
        count = rng.randint(fewest, most)
        chosen = rng.sample(templates, count)
        for template, weight in zip(chosen, _split(rng, total, count), strict=True):
            if isinstance(template, words.Quantitative):
                indicators.append(_quantitative(rng, template, weight, weak))
            else:
                indicators.append(_qualitative(rng, template, weight, weak))
    return indicators


def _person(rng: random.Random) -> str:
    return rng.choice(words.SURNAMES) + "".join(rng.choice(words.GIVEN) for _ in range(rng.randint(1, 2)))


def random_evaluation(rng: random.Random, unit: UnitIdentity, scheme: Scheme) -> Evaluation:
    kind = Kind.DEPARTMENT if rng.random() < 0.45 else Kind.PROJECT
    weak = rng.random() < WEAK_SHARE
    year = rng.choice(YEARS)
    topic = rng.choice(words.TOPICS)
    department = unit.department
    implementing = department
    project = None
    if kind is Kind.PROJECT:
        project = rng.choice(words.PROJECT_FORMS).format(topic=topic)
        if rng.random() < 0.4:
            implementing = f"{unit.place}{unit.bureau.removesuffix('局')}{rng.choice(words.CENTRES)}"
    data = {
        "kind": kind,
        "year": year,
        "department": department,
        "unit": implementing,
        "project": project,
        "scheme": scheme.name,
        "funds": _funds(rng, weak),
        "goal": {
            "expected": rng.choice(words.GOALS).format(topic=topic),
            "actual": rng.choice(words.GOAL_RESULTS).format(topic=topic),
        },
        "indicators": _indicators(rng, scheme, weak),
        "organisation": rng.choice(words.ORGANISATION).format(place=unit.place, year=year),
        "existing_problems": rng.sample(words.PROBLEMS, rng.randint(1, 3)),
        "measures": rng.sample(words.MEASURES, rng.randint(1, 3)),
        "team": [
            {
                "name": _person(rng),
                "unit": implementing,
                "post": rng.choice(words.POSTS),
                "title": rng.choice(words.TITLES),
            }
            for _ in range(rng.randint(2, 4))
        ],
        "report_date": dt.date(year + 1, rng.randint(1, 5), rng.randint(1, 28)),
    }
    return Evaluation.model_validate(data)
