"""Targets and results as people write them in a form cell: "≥50个", "≤90万元", "≥100百分比",
"90%以上", "效果明显".

Real sheets put the operator, the number and the unit into one text cell, so the importer has
to take them apart; the exporter writes the same shape, which keeps the two in step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jixiao.model.evaluation import OPERATOR_ALIASES, Operator

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")
_UNIT_ALIASES = {"百分比": "%", "％": "%", "百分率": "%", "百分之": "%"}
_MAX_UNIT_LENGTH = 8
_PREFIX_OPERATORS = {"达到": Operator.GE, "至少": Operator.GE, "控制在": Operator.LE, "不多于": Operator.LE}
_SUFFIX_OPERATORS = {
    "及以上": Operator.GE,
    "以上": Operator.GE,
    "及以下": Operator.LE,
    "以下": Operator.LE,
    "以内": Operator.LE,
}
_OPERATOR_WORDS = sorted(
    (word for word, op in OPERATOR_ALIASES.items() if op is not Operator.QUALITATIVE), key=len, reverse=True
)
_QUANTITY = re.compile(
    r"^(?P<prefix>" + "|".join(_PREFIX_OPERATORS) + r")?\s*"
    r"(?P<op>" + "|".join(re.escape(w) for w in _OPERATOR_WORDS) + r")?\s*"
    r"(?P<number>[-+]?\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>.*?)\s*"
    r"(?P<suffix>" + "|".join(_SUFFIX_OPERATORS) + r")?$"
)


@dataclass(frozen=True)
class Target:
    """年度指标值 taken apart: a quantitative target has a value, a qualitative one only text. A number
    written without an operator ("95%") has none here; what it means depends on the measure
    (``jixiao.form.targets.default_operator``)."""

    operator: Operator | None
    value: Decimal | None = None
    unit: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Quantity:
    operator: Operator | None
    value: Decimal
    unit: str | None


def normalise_unit(unit: str | None) -> str | None:
    """ "百分比" and "％" are the percent sign; an empty unit is no unit."""
    text = (unit or "").strip()
    return _UNIT_ALIASES.get(text, text) or None


def parse_decimal(text: str) -> Decimal | None:
    """A number typed in a cell, with full-width digits or thousands separators; None if it is not one."""
    cleaned = text.strip().translate(_FULL_WIDTH).replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_quantity(text: str) -> Quantity | None:
    """ "≥50个" -> (≥, 50, 个); "90%以上" -> (≥, 90, %); None when the text is not a number with a short unit."""
    match = _QUANTITY.match(text.strip().translate(_FULL_WIDTH))
    if match is None:
        return None
    unit = match["unit"]
    if len(unit) > _MAX_UNIT_LENGTH or re.search(r"\d|\s", unit):
        return None
    value = parse_decimal(match["number"])
    if value is None:
        return None
    operator = OPERATOR_ALIASES[match["op"]] if match["op"] else None
    if match["prefix"]:
        operator = operator or _PREFIX_OPERATORS[match["prefix"]]
    if match["suffix"]:
        operator = operator or _SUFFIX_OPERATORS[match["suffix"]]
    return Quantity(operator, value, normalise_unit(unit))


_DATE_UNITS = frozenset({"月", "日", "号", "月份", "年"})  # "1-12月" is a period, not a target
_RANGE = re.compile(
    r"^(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%?)\s*[-－~～至到]\s*(?P<high>\d[\d,]*(?:\.\d+)?)\s*(?P<unit2>\S{0,4})$"
)


def parse_target(text: str | None) -> Target:
    """A 年度指标值 cell: a number (with or without an operator) is quantitative, a range ("90%-95%") a
    floor at its lower end, anything else the wording of a qualitative target."""
    content = (text or "").strip()
    quantity = parse_quantity(content) if content else None
    if quantity is None:
        ranged = _RANGE.match(content.translate(_FULL_WIDTH))
        low = parse_decimal(ranged["low"]) if ranged else None
        if ranged and low is not None and ranged["unit2"] not in _DATE_UNITS:
            return Target(Operator.GE, low, normalise_unit(ranged["unit"] or ranged["unit2"]), content)
        return Target(Operator.QUALITATIVE, text=content or None)
    return Target(quantity.operator, quantity.value, quantity.unit)
