"""Targets and results as written in form cells, taken apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.model.evaluation import Operator
from jixiao.render.quantities import Quantity, Target, parse_decimal, parse_quantity, parse_target

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("≥50个", Target(Operator.GE, D(50), "个")),
        ("≤90万元", Target(Operator.LE, D(90), "万元")),
        ("≥100百分比", Target(Operator.GE, D(100), "%")),
        ("＞＝95％", Target(Operator.GE, D(95), "%")),
        (">=30,000 条", Target(Operator.GE, D(30000), "条")),
        ("不低于 90%", Target(Operator.GE, D(90), "%")),
        ("90%以上", Target(Operator.GE, D(90), "%")),
        ("3天以内", Target(Operator.LE, D(3), "天")),
        ("＝１００％", Target(Operator.EQ, D(100), "%")),
        ("100%", Target(Operator.EQ, D(100), "%")),
        ("0起", Target(Operator.EQ, D(0), "起")),
        ("<2.5小时", Target(Operator.LT, D("2.5"), "小时")),
        ("效果明显", Target(Operator.QUALITATIVE, text="效果明显")),
        ("严格执行相关制度规定", Target(Operator.QUALITATIVE, text="严格执行相关制度规定")),
        ("≥3次并形成书面报告材料一份", Target(Operator.QUALITATIVE, text="≥3次并形成书面报告材料一份")),
        ("", Target(Operator.QUALITATIVE)),
    ],
)
def test_parse_target(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


def test_parse_quantity_keeps_an_absent_operator_absent() -> None:
    assert parse_quantity("34186条") == Quantity(None, D(34186), "条")
    assert parse_quantity("达成预期指标") is None
    assert parse_quantity("2 台 设备") is None


def test_parse_decimal() -> None:
    assert parse_decimal("1,234.50") == D("1234.50")
    assert parse_decimal("８９．９７４") == D("89.974")
    assert parse_decimal("十") is None
    assert parse_decimal("NaN") is None
