"""An indicator row's cells as the unit wrote them, taken apart into the model's fields: the operator a
target means (written, or implied by the measure), the numbers, the tier words of a qualitative row.
The xlsx importer and the text form reader both go through here, so a row reads the same in any format."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from jixiao.form.vocabulary import form_vocabulary
from jixiao.model.evaluation import Operator, parse_tier
from jixiao.render.form import EMPTY_MARKS
from jixiao.render.quantities import parse_quantity, parse_target


def default_operator(
    level1: str, level2: str, name: str, unit: str | None, value: Decimal | None
) -> Operator:
    """What a target written without an operator means: none allowed for a 0 ("0起"), a cap for a cost or
    a time limit (its unit saying so: "3天内", "12月底前"), a floor for a count or a rate, and for the days
    or hours a service is given."""
    if value is not None and value == 0:
        return Operator.EQ
    if unit is not None and unit.endswith(("内", "前")):
        return Operator.LE  # "3天内", "24小时内", "12月底前": within a limit, before a deadline
    vocab = form_vocabulary()
    if any(word in name for word in vocab.floor_names):
        return Operator.GE  # days or hours of a service given ("全年免费开放天数 300天"), not a time limit
    capped = [word for word in vocab.cap_names if word in name]
    if unit in vocab.cap_units:
        return Operator.LE
    if any(word in level2 or word in level1 for word in vocab.cap_levels) and not (
        # under 成本指标 a share reached ("计划完成率 90%") is a floor, a cost's rate ("成本控制率") a cap
        unit == "%" and name.endswith("率") and not capped
    ):
        return Operator.LE
    for word in capped:  # a cost or time in a percent is a rate of it, unless the word is a rate
        if unit != "%" or word.endswith("率"):
            return Operator.LE
    return Operator.GE


def target_fields(
    text: str, level1: str, level2: str, name: str, unit: str | None = None, stated: Operator | None = None
) -> dict[str, Any]:
    """年度指标值 as Indicator fields; ``stated`` is an operator the form gives in its own column."""
    if stated is Operator.QUALITATIVE:
        return {"operator": stated, "target_text": text or None, "unit": unit}
    parsed = parse_target(text)
    if parsed.value is None:
        if stated is not None:  # an operator column beside words: the words are the target
            return {"operator": stated, "target_text": parsed.text, "unit": unit}
        return {"operator": Operator.QUALITATIVE, "target_text": parsed.text, "unit": unit}
    unit = parsed.unit or unit
    operator = stated or parsed.operator or default_operator(level1, level2, name, unit, parsed.value)
    return {"operator": operator, "target": parsed.value, "target_text": parsed.text, "unit": unit}


_SCALE_GAP = 100  # how far apart a figure and its target must be before a 万 is taken as ten thousand


def actual_fields(
    text: str, operator: Operator, unit: str | None = None, target: Decimal | None = None
) -> dict[str, Any]:
    """实际完成值: tier words for a qualitative row, else a number in the target's ``unit`` (converted from
    a scaled one: "1.2万人次" against "人次", "4800元" against "万元", "10个月" against "年") or words: a number
    in a unit that does not convert is kept as words, never compared as if it were in the target's."""
    if text in EMPTY_MARKS:
        return {}
    if operator is Operator.QUALITATIVE:
        tier = parse_tier(text)
        return {"tier": tier} if tier is not None else {"actual_text": text}
    quantity = parse_quantity(text)
    if quantity is not None:
        value = in_units_of(quantity.value, quantity.unit, unit)
        if (
            value is not None
            and unit is None
            and target is not None
            and quantity.unit
            and quantity.unit.startswith("万")
            and not quantity.unit.startswith("万元")
            and target > 0
            and value * _SCALE_GAP < target <= value * 10000 * _SCALE_GAP
        ):
            # "3.2万余人次" against a bare "30000": a count in tens of thousands, the target's size says so (not
            # "3.2万人" against "3.5" under a "受益人口(万人)" name)
            value *= 10000
        return {"actual": value} if value is not None else {"actual_text": text}
    tier = parse_tier(text)
    return {"actual_text": text, "tier": tier} if tier is not None else {"actual_text": text}


# units one converts into another besides a 万 before the same unit: (from, to) -> factor
_CONVERSIONS = {("月", "年"): Decimal(1) / 12, ("个月", "年"): Decimal(1) / 12, ("年", "月"): Decimal(12),
                ("年", "个月"): Decimal(12)}  # fmt: skip


_ABOUT_AFTER_WAN = re.compile(r"^万[余多]")


def in_units_of(value: Decimal, written: str | None, target: str | None) -> Decimal | None:
    """``value`` written in ``written`` expressed in the target's unit; None when the two do not convert."""
    written = _ABOUT_AFTER_WAN.sub("万", written) if written else written
    if not written or not target or written == target:
        return value
    if written == "万" + target:
        return value * 10000
    if target == "万" + written:
        return value / 10000
    factor = _CONVERSIONS.get((written, target))
    return value * factor if factor is not None else None


def fund_row_key(label: str) -> str | None:
    """Which row of the funds block a label names: the total, or one of its sub-rows."""
    rules: list[tuple[Callable[[str], bool], str]] = [
        (lambda t: "总额" in t or t in ("合计", "总计"), "total"),
        (lambda t: "财政专户" in t or "单位资金" in t or "其他资金" in t, "other"),
        (lambda t: "财政拨款" in t or "财政资金" in t, "appropriation"),
        (lambda t: "结转" in t, "carryover"),
    ]
    return next((key for test, key in rules if test(label)), None)
