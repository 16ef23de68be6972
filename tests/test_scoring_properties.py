"""Properties the engine must keep for any input (hypothesis)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.model.loading import load_scheme
from jixiao.scoring import score, score_indicator

from .conftest import evaluation, indicator

NATIONAL = load_scheme("national-2020")
RATIO = load_scheme("provincial-80")

amounts = st.decimals(min_value=Decimal("-1000"), max_value=Decimal("100000"), places=2, allow_nan=False)
targets = st.decimals(min_value=Decimal("0"), max_value=Decimal("100000"), places=2, allow_nan=False)
weights = st.decimals(min_value=Decimal("0"), max_value=Decimal("50"), places=2, allow_nan=False)
operators = st.sampled_from(["≥", ">", "=", "≤", "<"])
schemes = st.sampled_from([NATIONAL, RATIO])


@given(operators, targets, amounts, weights, schemes)
def test_score_between_zero_and_weight(
    op: str, target: Decimal, actual: Decimal, weight: Decimal, scheme
) -> None:  # type: ignore[no-untyped-def]
    result = score_indicator(indicator(operator=op, target=target, actual=actual, weight=weight), scheme)
    assert result.score is not None
    assert Decimal(0) <= result.score <= weight


@given(st.sampled_from(["≥", ">", "="]), targets, amounts, amounts, weights)
def test_positive_score_never_falls_as_actual_rises(
    op: str, target: Decimal, a: Decimal, b: Decimal, weight: Decimal
) -> None:
    low, high = sorted((a, b))
    s_low = score_indicator(indicator(operator=op, target=target, actual=low, weight=weight), NATIONAL).score
    s_high = score_indicator(
        indicator(operator=op, target=target, actual=high, weight=weight), NATIONAL
    ).score
    assert s_low is not None and s_high is not None
    if op == "=" and target == 0:
        assert s_low >= s_high  # '=' with A = 0 rewards staying at zero
    else:
        assert s_low <= s_high


@given(st.sampled_from(["≤", "<"]), targets, amounts, amounts, weights, schemes)
def test_reverse_score_never_rises_as_actual_rises(  # type: ignore[no-untyped-def]
    op: str, target: Decimal, a: Decimal, b: Decimal, weight: Decimal, scheme
) -> None:
    low, high = sorted((a, b))
    s_low = score_indicator(indicator(operator=op, target=target, actual=low, weight=weight), scheme).score
    s_high = score_indicator(indicator(operator=op, target=target, actual=high, weight=weight), scheme).score
    assert s_low is not None and s_high is not None
    assert s_low >= s_high


@settings(max_examples=150)
@given(
    st.lists(st.tuples(targets, amounts), min_size=1, max_size=8),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000"), places=2),
    st.decimals(min_value=Decimal("0"), max_value=Decimal("1200"), places=2),
)
def test_total_is_the_sum_of_rounded_parts(
    pairs: list[tuple[Decimal, Decimal]], budget: Decimal, executed: Decimal
) -> None:
    indicators = [
        indicator(name=f"指标{i}", target=t, actual=a, weight=Decimal("5"), deviation="说明")
        for i, (t, a) in enumerate(pairs)
    ]
    ev = evaluation(
        indicators, funds={"total": {"budget": budget, "executed": executed}, "low_execution_reason": "x"}
    )
    card = score(ev, NATIONAL)
    parts = [card.execution.score] + [line.score for line in card.indicators if line.score is not None]
    assert all(p == p.quantize(Decimal("0.01")) for p in parts)
    assert card.total == sum(parts, Decimal(0))


@given(st.decimals(min_value=0, max_value=100, places=2), st.decimals(min_value=0, max_value=100, places=2))
def test_grade_is_monotonic(a: Decimal, b: Decimal) -> None:
    for name in ("national-2020", "luquan-2024", "provincial-80"):
        scheme = load_scheme(name)
        order = [g.name for g in scheme.grades]
        low, high = sorted((a, b))
        assert order.index(scheme.grade_for(low)) >= order.index(scheme.grade_for(high))
