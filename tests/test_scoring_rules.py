"""Every scoring rule of RULES.md section 6, each with a value computed by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.model.evaluation import Funds
from jixiao.model.loading import load_scheme
from jixiao.model.scheme import Scheme
from jixiao.scoring import score, score_execution, score_indicator

from .conftest import D, evaluation, indicator, standard_indicators


def codes(problems: list) -> list[str]:
    return [p.code for p in problems]


# 1. Structure and weights -------------------------------------------------------------------------


def test_standard_weights_score_cleanly(national: Scheme) -> None:
    card = score(evaluation(standard_indicators()), national)
    assert card.total == D(100)
    assert card.grade == "优"
    assert card.problems == []
    assert [(c.name, c.weight, c.score) for c in card.categories] == [
        ("产出指标", D(50), D(50)),
        ("效益指标", D(30), D(30)),
        ("满意度指标", D(10), D(10)),
    ]


def test_missing_satisfaction_folds_into_output(national: Scheme) -> None:
    indicators = [
        indicator(name="产出一", target="10", actual="10", weight="60"),
        indicator(
            level1="效益指标", level2="社会效益指标", name="效益一", target="10", actual="10", weight="30"
        ),
    ]
    card = score(evaluation(indicators), national)
    assert card.problems == []
    assert [(c.name, c.weight) for c in card.categories] == [("产出指标", D(60)), ("效益指标", D(30))]
    assert card.total == D(100)


def test_category_weights_that_do_not_add_up(national: Scheme) -> None:
    # seed 003's split: 产出 30, 效益 40, 满意度 10 (+ 执行率 10 = 90)
    indicators = [
        indicator(name="产出一", target="1", actual="1", weight="30"),
        indicator(level1="效益指标", name="效益一", target="1", actual="1", weight="40"),
        indicator(level1="满意度指标", name="满意度", target="1", actual="1", weight="10"),
    ]
    card = score(evaluation(indicators), national)
    messages = [p.message for p in card.problems]
    assert codes(card.problems) == ["weights.category", "weights.category", "weights.total"]
    assert "产出指标各三级指标分值合计 30，按评分方案 national-2020 应为 50" in messages[0]
    assert "效益指标各三级指标分值合计 40，按评分方案 national-2020 应为 30" in messages[1]
    assert "预算执行率 10 分 + 指标分值合计 80 分 = 90 分，应为 100 分" in messages[2]


def test_unknown_first_level_category(national: Scheme) -> None:
    indicators = [
        *standard_indicators(),
        indicator(level1="决策指标", name="立项", target="1", actual="1", weight="0"),
    ]
    card = score(evaluation(indicators), national)
    assert codes(card.problems) == ["indicator.unknown_category"]
    assert card.problems[0].path == "indicators[3].level1"


def test_level1_written_with_points_and_short_names(national: Scheme) -> None:
    assert national.category_for("产出指标(50分)").name == "产出指标"  # type: ignore[union-attr]
    assert national.category_for("效益指标（30分）").name == "效益指标"  # type: ignore[union-attr]
    assert national.category_for("服务对象满意度").name == "满意度指标"  # type: ignore[union-attr]


# 2. Budget execution ------------------------------------------------------------------------------


def funds(budget: str, executed: str, reason: str | None = None) -> Funds:
    return Funds.model_validate(
        {"total": {"budget": budget, "executed": executed}, "low_execution_reason": reason}
    )


def test_execution_rate_points_seed_003(national: Scheme) -> None:
    # 98.69 / 110 = 0.897181..., x 10 = 8.97; shown as 89.72%
    result = score_execution(funds("110", "98.69", reason="采购方式变化"), national)
    assert result.score == D("8.97")
    assert result.explanation == "执行率 98.69/110 = 89.72%，得 89.72% × 10 = 8.97 分"
    assert result.problems == []


def test_execution_below_threshold_needs_a_reason(national: Scheme) -> None:
    result = score_execution(funds("110", "98.69"), national)
    assert codes(result.problems) == ["execution.reason_missing"]
    assert "89.72% 低于 90%" in result.problems[0].message


def test_execution_at_exactly_90_percent_needs_no_reason(national: Scheme) -> None:
    result = score_execution(funds("100", "90"), national)
    assert result.score == D(9)
    assert result.problems == []


def test_execution_points_are_capped(national: Scheme) -> None:
    result = score_execution(funds("100", "105"), national)
    assert result.score == D(10)
    assert "超过 100% 按 100% 计" in result.explanation


def test_execution_uncapped_when_the_scheme_says_so(national: Scheme) -> None:
    uncapped = national.model_copy(
        update={"execution": national.execution.model_copy(update={"capped": False})}
    )
    assert score_execution(funds("100", "105"), uncapped).score == D("10.50")


def test_zero_budget_is_an_error_not_a_division(national: Scheme) -> None:
    result = score_execution(funds("0", "5"), national)
    assert result.score == D(0)
    assert codes(result.problems) == ["funds.zero_budget"]


def test_total_is_derived_from_subrows(national: Scheme) -> None:
    # 池州: stated total "0 0 0" beside 本年财政拨款 90 / 89.974 / 89.974
    ev = evaluation(
        standard_indicators(),
        funds={
            "total": {"initial": "0", "budget": "0", "executed": "0"},
            "appropriation": {"initial": "90", "budget": "89.974", "executed": "89.974"},
        },
    )
    card = score(ev, national)
    assert card.funds.budget == D("89.974")
    assert card.execution.rate == D("100.00")
    assert card.execution.score == D(10)
    assert codes(card.problems) == ["funds.total_mismatch"] * 3
    assert (
        card.problems[1].message
        == "年度资金总额的全年预算数(A)填报 0 万元，与本年财政拨款合计 89.974 万元不符，按合计计算"
    )


def test_subrows_sum_columnwise(national: Scheme) -> None:
    ev = evaluation(
        standard_indicators(),
        funds={
            "total": {"budget": "130", "executed": "120.5"},
            "appropriation": {"budget": "100", "executed": "95.5"},
            "carryover": {"budget": "30", "executed": "25"},
        },
    )
    card = score(ev, national)
    assert (card.funds.budget, card.funds.executed) == (D(130), D("120.5"))
    assert card.execution.rate == D("92.69")  # 120.5 / 130 = 0.926923
    assert card.execution.score == D("9.27")
    assert card.problems == []


# 3. Quantitative indicators -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operator", "target", "actual", "weight", "expected"),
    [
        ("≥", "30000", "34186", "10", "10"),  # met
        ("≥", "200", "190", "10", "9.50"),  # 190/200 x 10
        ("≥", "3", "2", "10", "6.67"),  # 6.666... half up
        ("≥", "200", "93.8", "5", "2.35"),  # 2.345 exactly: HALF_UP, not HALF_EVEN
        (">", "10", "5", "8", "4.00"),
        ("=", "100", "95", "8", "7.60"),  # '=' with A > 0 scores as positive
        ("=", "0", "0", "6", "6"),  # A = 0: B <= 0 full
        ("=", "0", "1", "6", "0"),  # A = 0: B > 0 nothing
        ("≤", "100", "80", "10", "10"),  # reverse met
        ("≤", "100", "120", "10", "8.00"),  # linear: (1 - 20/100) x 10
        ("≤", "100", "199", "10", "0.10"),
        ("≤", "100", "200", "10", "0"),  # B = 2A gives 0
        ("<", "100", "250", "10", "0"),
    ],
)
def test_quantitative(
    national: Scheme, operator: str, target: str, actual: str, weight: str, expected: str
) -> None:
    ind = indicator(operator=operator, target=target, actual=actual, weight=weight, deviation="说明")
    result = score_indicator(ind, national)
    assert result.score == D(expected)
    assert result.problems == []


def test_negative_actual_counts_as_zero_and_is_an_error(national: Scheme) -> None:
    ind = indicator(name="监测稿件", target="10", actual="-3", weight="10", unit="条", deviation="说明")
    result = score_indicator(ind, national, index=2)
    assert result.score == D(0)
    assert (
        result.explanation
        == "实际完成值 -3 为负数，按 0 计；实际 0 条 未达指标 10 条，按完成比例 0/10 × 10 = 0 分"
    )
    assert [(p.code, p.severity, p.path, p.message) for p in result.problems] == [
        (
            "indicator.negative_actual",
            "error",
            "indicators[2].actual",
            "“监测稿件”的实际完成值为 -3，不能为负数（已按 0 计分）",
        )
    ]


def test_negative_actual_of_a_reverse_indicator_is_an_error_too(national: Scheme) -> None:
    # counted as 0 it is within "≤ 5", so the points stay full; the error is what stops it passing unseen
    ind = indicator(operator="≤", target="5", actual="-1", weight="10", unit="起")
    result = score_indicator(ind, national)
    assert result.score == D(10)
    assert [p.code for p in result.problems] == ["indicator.negative_actual"]


@pytest.mark.parametrize(
    ("operator", "target", "actual", "weight", "explanation"),
    [
        ("=", "80", "80", "10", "实际 80 个 = 指标 80 个，得满分 10 分"),
        ("=", "100", "110", "8", "实际 110 个 > 指标 100 个，按达成“=”指标计，得满分 8 分"),
        ("=", "0", "0", "6", "实际 0 个 = 指标 0 个，得满分 6 分"),
        ("=", "0", "1", "6", "指标值为 0，实际 1 个 > 0，得 0 分"),
        ("≥", "3000", "3000", "10", "实际 3000 个 ≥ 指标 3000 个，得满分 10 分"),
        (">", "3000", "3500", "10", "实际 3500 个 > 指标 3000 个，得满分 10 分"),
        (">", "3000", "3000", "10", "实际 3000 个 = 指标 3000 个，按达成“>”指标计，得满分 10 分"),
        ("≤", "8", "8", "10", "实际 8 个 ≤ 指标 8 个，得满分 10 分"),
        ("<", "8", "5", "10", "实际 5 个 < 指标 8 个，得满分 10 分"),
        ("<", "8", "8", "10", "实际 8 个 = 指标 8 个，按达成“<”指标计，得满分 10 分"),
    ],
)
def test_explanation_states_a_true_relation(
    national: Scheme, operator: str, target: str, actual: str, weight: str, explanation: str
) -> None:
    ind = indicator(operator=operator, target=target, actual=actual, weight=weight, deviation="说明")
    assert score_indicator(ind, national).explanation == explanation


def test_reverse_ratio_formula() -> None:
    scheme = load_scheme("provincial-80")
    ind = indicator(operator="≤", target="100", actual="120", weight="10", unit="万元", deviation="超支说明")
    result = score_indicator(ind, scheme)
    assert result.score == D("8.33")  # 100/120 x 10
    assert result.explanation == "实际 120 万元 超过指标 100 万元，按 100/120 × 10 = 8.33 分"


def test_explanation_of_a_met_target(national: Scheme) -> None:
    ind = indicator(name="监测负面舆情", target="30000", actual="34186", weight="10", unit="条")
    assert score_indicator(ind, national).explanation == "实际 34186 条 ≥ 指标 30000 条，得满分 10 分"


def test_explanation_of_a_linear_reverse(national: Scheme) -> None:
    ind = indicator(operator="≤", target="100", actual="120", weight="10", unit="万元", deviation="x")
    assert score_indicator(ind, national).explanation == (
        "实际 120 万元 超过指标 100 万元，按 (1 − (120−100)/100) × 10 = 8 分"
    )


def test_quantitative_without_unit_or_number(national: Scheme) -> None:
    no_unit = score_indicator(indicator(target="10", actual="10", weight="10", unit=None), national)
    assert codes(no_unit.problems) == ["indicator.no_unit"]
    no_number = score_indicator(indicator(target_text="提高精准度", actual="10", weight="10"), national)
    assert no_number.score == D(0)
    assert codes(no_number.problems)[:1] == ["indicator.no_target"]


# 4. Qualitative indicators ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "given", "used"),
    [
        ("达成年度指标", "10", "10"),
        ("达成年度指标", "8", "8"),  # 80% inclusive
        ("达成年度指标", "7.99", "8"),  # below: the lower edge
        ("部分达成年度指标并具有一定效果", "8", "7.99"),  # 80% belongs to the tier above: one step below it
        ("部分达成年度指标并具有一定效果", "7.99", "7.99"),
        ("部分达成年度指标并具有一定效果", "6", "6"),
        ("部分达成年度指标并具有一定效果", "5", "6"),
        ("未达成年度指标且效果较差", "6", "5.99"),
        ("未达成年度指标且效果较差", "5.99", "5.99"),
        ("未达成年度指标且效果较差", "0", "0"),
    ],
)
def test_qualitative_bands(national: Scheme, tier: str, given: str, used: str) -> None:
    ind = indicator(operator="定性", tier=tier, score=given, weight="10", unit=None, deviation="说明")
    result = score_indicator(ind, national)
    assert result.score == D(used)
    assert ("indicator.qualitative_band" in codes(result.problems)) is (given != used)


def test_score_outside_its_band_is_scored_at_the_edge_and_reported(national: Scheme) -> None:
    # seed 003 as published: 部分达成 of 20 points given 20; the band is 60%-80% of 20 = 12 to 16, 16 excluded
    ind = indicator(
        name="网络宣传影响力", operator="定性", tier="部分达成", score="20", weight="20", deviation="说明"
    )
    result = score_indicator(ind, national, index=3)
    assert result.score == D("15.99")
    assert result.explanation == (
        "定性指标，评为“部分达成年度指标并具有一定效果”，自评 20 分（该档 12–16 分，不含 16 分），超出该档，按 15.99 分计"
    )
    assert [(p.code, p.severity, p.path, p.message) for p in result.problems] == [
        (
            "indicator.qualitative_band",
            "warning",
            "indicators[3].score",
            "“网络宣传影响力”评为“部分达成年度指标并具有一定效果”，该档得分应在 12–16 分，不含 16 分，"
            "自评 20 分超出该档，按 15.99 分计",
        )
    ]


def test_bands_come_from_the_scheme(national: Scheme) -> None:
    from jixiao.model.evaluation import Tier
    from jixiao.model.scheme import Band

    bands = {
        **national.qualitative_bands,
        Tier.PARTIAL: Band(low=D("0.5"), high=D("0.7"), high_inclusive=True),
    }
    wider = national.model_copy(update={"qualitative_bands": bands})
    ind = indicator(operator="定性", tier="部分达成", score="9", weight="10", deviation="说明")
    assert score_indicator(ind, wider).score == D(7)  # 70% inclusive: the edge itself
    assert score_indicator(ind, national).score == D("7.99")


def test_qualitative_short_tier_words_are_accepted(national: Scheme) -> None:
    ind = indicator(operator="定性", tier="部分达成", score="7", weight="10", deviation="说明")
    assert ind.tier is not None and ind.tier.value == "部分达成年度指标并具有一定效果"


def test_qualitative_without_score(national: Scheme) -> None:
    result = score_indicator(indicator(operator="定性", tier="达成", weight="10"), national)
    assert result.score == D(0)
    assert "indicator.no_score" in codes(result.problems)


# 5. Satisfaction ----------------------------------------------------------------------------------


def test_satisfaction_scores_as_positive(national: Scheme) -> None:
    ind = indicator(level1="满意度指标", operator="≥", target="90", actual="100", unit="%", weight="10")
    assert score_indicator(ind, national).score == D(10)


# 6. Bounds and deductions -------------------------------------------------------------------------


def test_score_above_weight_is_reported(national: Scheme) -> None:
    result = score_indicator(indicator(operator="定性", tier="达成", score="12", weight="10"), national)
    assert result.score == D(10)
    assert "indicator.score_above_weight" in codes(result.problems)


def test_deduction_floors_at_zero(national: Scheme) -> None:
    ind = indicator(target="10", actual="10", weight="10", deduction="12", deviation="抽查扣分")
    result = score_indicator(ind, national)
    assert result.score == D(0)
    assert result.explanation.endswith("；扣减 12 分，得 0 分")


def test_stated_score_that_disagrees_is_a_warning(national: Scheme) -> None:
    ind = indicator(target="200", actual="190", weight="10", score="10", deviation="x")
    result = score_indicator(ind, national)
    assert [(p.code, p.severity) for p in result.problems] == [("indicator.score_mismatch", "warning")]


# 7. Rounding --------------------------------------------------------------------------------------


def test_total_is_the_sum_of_rounded_parts(national: Scheme) -> None:
    indicators = [
        indicator(name="a", target="3", actual="2", weight="25", deviation="x"),  # 16.666.. -> 16.67
        indicator(name="b", target="3", actual="2", weight="25", deviation="x"),  # 16.67
        indicator(level1="效益指标", name="c", target="1", actual="1", weight="30"),
        indicator(level1="满意度指标", name="d", target="1", actual="1", weight="10"),
    ]
    card = score(evaluation(indicators), national)
    assert card.total == D("83.34")  # 10 + 16.67 + 16.67 + 30 + 10, not round(83.333...)
    assert card.grade == "良"


# 8. Deviation explanations ------------------------------------------------------------------------


def test_under_full_needs_deviation(national: Scheme) -> None:
    result = score_indicator(indicator(target="200", actual="190", weight="10"), national)
    assert codes(result.problems) == ["indicator.deviation_missing"]


@pytest.mark.parametrize(("actual", "fires"), [("129.99", False), ("130", True), ("200", True)])
def test_far_exceeded_needs_deviation(national: Scheme, actual: str, fires: bool) -> None:
    result = score_indicator(indicator(target="100", actual=actual, weight="10"), national)
    assert result.score == D(10)
    assert ("indicator.deviation_over" in codes(result.problems)) is fires


@pytest.mark.parametrize(("actual", "fires"), [("29", False), ("30", True)])
def test_far_exceeded_with_zero_target(national: Scheme, actual: str, fires: bool) -> None:
    result = score_indicator(indicator(target="0", actual=actual, weight="10"), national)
    assert ("indicator.deviation_over" in codes(result.problems)) is fires


# 9. Grades ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scheme_name", "total", "grade"),
    [
        ("national-2020", "100", "优"),
        ("national-2020", "90.00", "优"),
        ("national-2020", "89.99", "良"),
        ("national-2020", "80", "良"),
        ("national-2020", "79.99", "中"),
        ("national-2020", "60", "中"),
        ("national-2020", "59.99", "差"),
        ("national-2020", "0", "差"),
        ("luquan-2024", "85", "优秀"),
        ("luquan-2024", "84.99", "良好"),
        ("luquan-2024", "75", "良好"),
        ("luquan-2024", "74.99", "一般"),
        ("luquan-2024", "59.99", "较差"),
        ("provincial-80", "80", "优"),
        ("provincial-80", "79.99", "良"),
        ("provincial-80", "70", "良"),
        ("provincial-80", "69.99", "中"),
    ],
)
def test_grade_cut_offs_are_inclusive_lower_bounds(scheme_name: str, total: str, grade: str) -> None:
    assert load_scheme(scheme_name).grade_for(D(total)) == grade


def test_a_total_of_exactly_90_is_excellent_end_to_end(national: Scheme) -> None:
    indicators = standard_indicators()
    indicators[0] = indicator(name="产出一", target="5", actual="4", weight="50", deviation="x")  # 40 points
    card = score(evaluation(indicators), national)
    assert (card.total, card.grade) == (D("90.00"), "优")


# 10. Not applicable -------------------------------------------------------------------------------


def test_not_applicable_renormalises(national: Scheme) -> None:
    indicators = [
        indicator(name="产出一", target="10", actual="10", weight="50"),
        indicator(level1="效益指标", name="经济效益", operator="定性", weight="10", not_applicable=True),
        indicator(
            level1="效益指标",
            name="社会效益",
            operator="定性",
            tier="达成",
            score="16",
            weight="20",
            deviation="x",
        ),
        indicator(level1="满意度指标", name="满意度", target="90", actual="95", unit="%", weight="10"),
    ]
    card = score(evaluation(indicators), national)
    # applicable: 10 + 50 + 20 + 10 = 90 points; scored 10 + 50 + 16 + 10 = 86; 86 x 100 / 90 = 95.555... -> 95.56
    assert card.raw_total == D(86)
    assert card.total == D("95.56")
    assert card.indicators[1].score is None and not card.indicators[1].applicable
    assert card.problems == []


def test_not_applicable_dropped_when_the_scheme_says_so(national: Scheme) -> None:
    drop = national.model_copy(update={"not_applicable": "drop"})
    indicators = [
        indicator(name="产出一", target="10", actual="10", weight="50"),
        indicator(level1="效益指标", name="经济效益", operator="定性", weight="30", not_applicable=True),
        indicator(level1="满意度指标", name="满意度", target="90", actual="95", unit="%", weight="10"),
    ]
    assert score(evaluation(indicators), drop).total == D(70)


# Identity ----------------------------------------------------------------------------------------


def test_project_evaluation_needs_a_project_name(national: Scheme) -> None:
    card = score(evaluation(standard_indicators(), project=None), national)
    assert codes(card.problems) == ["identity.no_project"]


def test_decimal_not_float(national: Scheme) -> None:
    card = score(evaluation(standard_indicators()), national)
    assert isinstance(card.total, Decimal)
    assert all(isinstance(line.score, Decimal) for line in card.indicators)
