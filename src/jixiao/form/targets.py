"""An indicator row's cells as the unit wrote them, taken apart into the model's fields: the operator a
target means (written, or implied by the measure), the numbers, the tier words of a qualitative row.
The xlsx importer and the text form reader both go through here, so a row reads the same in any format."""

from __future__ import annotations

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
    a time limit, a floor for a count or a rate."""
    if value is not None and value == 0:
        return Operator.EQ
    vocab = form_vocabulary()
    if unit in vocab.cap_units or any(word in level2 or word in level1 for word in vocab.cap_levels):
        return Operator.LE
    for word in vocab.cap_names:  # a cost or time in a percent is a rate of it, unless the word is a rate
        if word in name and (unit != "%" or word.endswith("率")):
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


def actual_fields(text: str, operator: Operator) -> dict[str, Any]:
    """实际完成值: tier words for a qualitative row, else a number (its unit is the target's) or words."""
    if text in EMPTY_MARKS:
        return {}
    if operator is Operator.QUALITATIVE:
        tier = parse_tier(text)
        return {"tier": tier} if tier is not None else {"actual_text": text}
    quantity = parse_quantity(text)
    if quantity is not None:
        return {"actual": quantity.value}
    tier = parse_tier(text)
    return {"actual_text": text, "tier": tier} if tier is not None else {"actual_text": text}


def fund_row_key(label: str) -> str | None:
    """Which row of the funds block a label names: the total, or one of its sub-rows."""
    rules: list[tuple[Callable[[str], bool], str]] = [
        (lambda t: "总额" in t or t in ("合计", "总计"), "total"),
        (lambda t: "财政专户" in t or "单位资金" in t or "其他资金" in t, "other"),
        (lambda t: "财政拨款" in t or "财政资金" in t, "appropriation"),
        (lambda t: "结转" in t, "carryover"),
    ]
    return next((key for test, key in rules if test(label)), None)
