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
        ("100%", Target(None, D(100), "%")),  # no operator written: the measure decides
        ("0起", Target(None, D(0), "起")),
        ("=0起", Target(Operator.EQ, D(0), "起")),
        ("达到95%", Target(Operator.GE, D(95), "%")),
        ("控制在50万元以内", Target(Operator.LE, D(50), "万元")),
        ("不超过 5300 元", Target(Operator.LE, D(5300), "元")),
        ("90%-95%", Target(Operator.GE, D(90), "%", "90%-95%")),
        ("1-12月", Target(Operator.QUALITATIVE, text="1-12月")),
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


@pytest.mark.parametrize(
    ("level1", "level2", "name", "unit", "value", "expected"),
    [
        ("产出指标", "数量指标", "培训人次", "人次", D(26), Operator.GE),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "%", D(90), Operator.GE),
        ("成本指标", "经济成本指标", "人均培训费", "元", D(5300), Operator.LE),
        ("产出指标", "成本指标", "设备采购", "万元", D(45), Operator.LE),
        ("产出指标", "时效指标", "案件办结时间", "天", D(15), Operator.LE),
        ("产出指标", "数量指标", "全年免费开放天数", "天", D(300), Operator.GE),
        ("产出指标", "时效指标", "每周开放时间", "小时", D(56), Operator.GE),
        ("效益指标", "生态效益指标", "空气质量优良天数", "天", D(300), Operator.GE),
        ("产出指标", "时效指标", "资金拨付及时率", "%", D(100), Operator.GE),
        ("效益指标", "社会效益指标", "群众投诉率", "%", D(5), Operator.LE),
        ("产出指标", "质量指标", "安全事故", "起", D(0), Operator.EQ),
    ],
)
def test_a_target_without_operator_is_read_by_its_measure(
    level1: str, level2: str, name: str, unit: str, value: Decimal, expected: Operator
) -> None:
    from jixiao.form.targets import default_operator

    assert default_operator(level1, level2, name, unit, value) is expected
