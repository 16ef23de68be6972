"""Decimal arithmetic as the official forms do it: explicit places, explicit rounding mode.

Money and points never pass through float; every rounding in the project goes through here
so that the rule (2 places, half up, like Oracle's ``round``) lives in one place.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
ZERO = Decimal(0)


def quantize(value: Decimal, places: int = 2, rounding: str = ROUND_HALF_UP) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=rounding)


def fmt(value: Decimal | None, places: int | None = None) -> str:
    """Figures for Chinese text: fixed places when asked, otherwise no exponent and no trailing zeros."""
    if value is None:
        return "—"
    if places is not None:
        return f"{quantize(value, places):f}"
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_money(value: Decimal) -> str:
    """An amount as the forms print it: at least two places, never dropping a stated digit (nor keeping the zeros
    an amount in 元 leaves in 万元: "4,120,000.00元" is 412.00万元, not 412.000000)."""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return fmt(value, places)


def last_place(value: Decimal) -> Decimal:
    """One unit of the last place a stated rate is written to, trailing zeros aside ("12.770": 0.01, "100": 1): how far
    a rate may stand from the exact one and still be the same figure rounded."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) and exponent < 0 else 0)
