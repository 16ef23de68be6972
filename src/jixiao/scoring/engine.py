"""The scoring engine: (evaluation, scheme) -> score card, as a pure function.

Every rule of RULES.md section 6 is here once; the renderers print its results and the
auditor calls it to re-score what a report states, so nothing else computes a score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.decimals import HUNDRED, ZERO, fmt, quantize
from jixiao.model.evaluation import FUND_COLUMNS, FUND_SUBROWS, Evaluation, Funds, Indicator, Kind, Operator
from jixiao.model.scheme import Scheme
from jixiao.scoring.card import CategoryScore, ExecutionScore, IndicatorScore, Problem, ScoreCard, Severity


@dataclass
class Result:
    """One scored line: the rounded points, how they were reached, and what is wrong with the line."""

    score: Decimal | None
    explanation: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, code: str, severity: Severity, path: str, message: str) -> None:
        self.problems.append(Problem(code=code, severity=severity, path=path, message=message))


def _round(value: Decimal, scheme: Scheme) -> Decimal:
    return quantize(value, scheme.rounding.places, scheme.rounding_mode)


def _qty(value: Decimal, unit: str | None) -> str:
    unit = unit or ""
    return f"{fmt(value)}{unit}" if unit in ("", "%", "％") else f"{fmt(value)} {unit}"


def score_execution(funds: Funds, scheme: Scheme) -> Result:
    """预算执行率 points: min(B/A, 1) x weight (uncapped if the scheme says so); A = 0 is an error, not a division."""
    rule = scheme.execution
    weight = rule.weight
    total = funds.derived_total()
    budget, executed = total.budget, total.executed
    if budget is None:
        result = Result(ZERO, f"未填全年预算数(A)，{rule.name}得 0 分")
        result.problem(
            "funds.no_budget", "error", "funds.total.budget", "未填写全年预算数(A)，无法计算预算执行率"
        )
        return result
    if budget == 0:
        result = Result(ZERO, f"全年预算数(A)为 0，无法计算执行率，{rule.name}得 0 分")
        result.problem(
            "funds.zero_budget", "error", "funds.total.budget", "全年预算数(A)为 0，预算执行率无法计算"
        )
        return result
    if executed is None:
        result = Result(ZERO, f"未填全年执行数(B)，{rule.name}得 0 分")
        result.problem("funds.no_executed", "error", "funds.total.executed", "未填写全年执行数(B)")
        return result
    ratio = executed / budget
    rate = quantize(ratio * HUNDRED, 2)
    head = f"执行率 {fmt(executed)}/{fmt(budget)} = {fmt(rate, 2)}%"
    if rule.capped and ratio >= 1:
        points = weight
        over = "，超过 100% 按 100% 计" if ratio > 1 else ""
        result = Result(points, f"{head}{over}，得满分 {fmt(weight)} 分")
    else:
        points = _round(ratio * weight, scheme)
        result = Result(points, f"{head}，得 {fmt(rate, 2)}% × {fmt(weight)} = {fmt(points)} 分")
    if rate < rule.reason_required_below and not (funds.low_execution_reason or "").strip():
        result.problem(
            "execution.reason_missing",
            "error",
            "funds.low_execution_reason",
            f"预算执行率 {fmt(rate, 2)}% 低于 {fmt(rule.reason_required_below)}%，须说明原因",
        )
    return result


def stated_execution_points(funds: Funds, scheme: Scheme, weight: Decimal | None) -> Result:
    """预算执行率 points as a published form's funds row should give them: under the row's own 分值 when
    it states one, and without the low-execution reason check (the form is judged on its figures)."""
    if weight is not None:
        scheme = scheme.model_copy(
            update={"execution": scheme.execution.model_copy(update={"weight": weight})}
        )
    return score_execution(funds.model_copy(update={"low_execution_reason": "-"}), scheme)


def _score_qualitative(indicator: Indicator, scheme: Scheme, path: str) -> Result:
    weight = indicator.weight
    if indicator.tier is None and indicator.score is not None:
        # a published form often scores a qualitative row without naming its tier: its score is kept
        # within the weight, the tier left for the reviewer to judge
        kept = min(indicator.score, weight)
        result = Result(kept, f"定性指标，未写明完成档次，按自评 {fmt(kept)} 分计")
        result.problem(
            "indicator.tier_unstated",
            "warning",
            f"{path}.tier",
            f"定性指标“{indicator.name}”未写明完成档次（达成／部分达成／未达成），得分按自评计",
        )
        return result
    if indicator.tier is None:
        result = Result(ZERO, "定性指标未选择完成档次，得 0 分")
        result.problem(
            "indicator.no_tier", "error", f"{path}.tier", f"定性指标“{indicator.name}”未选择完成档次"
        )
        return result
    band = scheme.qualitative_bands[indicator.tier]
    low, high = _round(band.low * weight, scheme), _round(band.high * weight, scheme)
    span = f"{fmt(low)}–{fmt(high)} 分" + ("" if band.high_inclusive else f"，不含 {fmt(high)} 分")
    given = indicator.score
    if given is None:
        result = Result(ZERO, f"定性指标，评为“{indicator.tier.value}”，但未给分，得 0 分")
        result.problem(
            "indicator.no_score", "error", f"{path}.score", f"定性指标“{indicator.name}”须在 {span} 内给分"
        )
        return result
    stated = f"定性指标，评为“{indicator.tier.value}”，自评 {fmt(given)} 分（该档 {span}）"
    inside = low <= given <= high if band.high_inclusive else low <= given < high
    if inside:
        return Result(given, stated)
    points = _band_edge(given, low, high, band.high_inclusive, scheme)
    result = Result(points, f"{stated}，超出该档，按 {fmt(points)} 分计")
    result.problem(
        "indicator.qualitative_band",
        "warning",
        f"{path}.score",
        f"“{indicator.name}”评为“{indicator.tier.value}”，该档得分应在 {span}，"
        f"自评 {fmt(given)} 分超出该档，按 {fmt(points)} 分计",
    )
    return result


def _band_edge(given: Decimal, low: Decimal, high: Decimal, high_inclusive: bool, scheme: Scheme) -> Decimal:
    """The band's score nearest to one outside it. An open upper edge belongs to the tier above, so the
    nearest score is one rounding step below it (部分达成 of 20 points: 15.99, not 16)."""
    if given < low:
        return low
    if high_inclusive:
        return high
    return max(low, high - Decimal(1).scaleb(-scheme.rounding.places))


def _score_quantitative(indicator: Indicator, scheme: Scheme, path: str) -> Result:
    weight, target, actual, unit, op = (
        indicator.weight,
        indicator.target,
        indicator.actual,
        indicator.unit,
        indicator.operator,
    )
    if target is None:
        result = Result(ZERO, "定量指标没有数值型的年度指标值，得 0 分")
        result.problem(
            "indicator.no_target",
            "error",
            f"{path}.target",
            f"定量指标“{indicator.name}”的年度指标值须为数值",
        )
        return result
    if actual is None:
        result = Result(ZERO, "未填实际完成值，得 0 分")
        result.problem(
            "indicator.no_actual", "error", f"{path}.actual", f"定量指标“{indicator.name}”未填实际完成值"
        )
        return result
    achieved = max(actual, ZERO)
    a, b = _qty(target, unit), _qty(achieved, unit)
    full = f"得满分 {fmt(weight)} 分"
    if op is Operator.EQ and target == 0:
        result = (
            Result(weight, f"实际 {b} = 指标 {a}，{full}")
            if achieved == 0
            else Result(ZERO, f"指标值为 0，实际 {b} > 0，得 0 分")
        )
    elif op.is_reverse:
        result = _reverse(op, achieved, target, weight, a, b, scheme)
    elif achieved >= target:
        result = Result(weight, f"{_met(op, achieved, target, a, b)}，{full}")
    else:
        points = _round(achieved / target * weight, scheme)
        result = Result(
            points,
            f"实际 {b} 未达指标 {a}，按完成比例 {fmt(achieved)}/{fmt(target)} × {fmt(weight)} = {fmt(points)} 分",
        )
    if (
        not op.is_reverse
        and far_exceeded(achieved, target, scheme)
        and not (indicator.deviation or "").strip()
    ):
        share = (
            f"{fmt(quantize(achieved / target * HUNDRED, 2), 2)}%" if target > 0 else f"指标值为 0 时实际 {b}"
        )
        result.problem(
            "indicator.deviation_over",
            "error",
            f"{path}.deviation",
            f"“{indicator.name}”实际完成 {share}，超过 {fmt(scheme.over_achievement.ratio * HUNDRED)}%，"
            "须说明偏差原因（是否年初指标值设定偏低）",
        )
    if actual < 0:
        result.explanation = f"实际完成值 {fmt(actual)} 为负数，按 0 计；{result.explanation}"
        result.problem(
            "indicator.negative_actual",
            "error",
            f"{path}.actual",
            f"“{indicator.name}”的实际完成值为 {fmt(actual)}，不能为负数（已按 0 计分）",
        )
    return result


def _met(op: Operator, achieved: Decimal, target: Decimal, a: str, b: str) -> str:
    """ "实际 B ≥ 指标 A" for a target scored as met. Scoring is lenient (">" and "<" are met at equality, an
    exceeded "=" is met), so the indicator's own symbol is printed only when it is true of the numbers;
    otherwise the relation that is, and that the target counts as met."""
    if op.holds(achieved, target):
        return f"实际 {b} {op.value} 指标 {a}"
    relation = ">" if achieved > target else "=" if achieved == target else "<"
    return f"实际 {b} {relation} 指标 {a}，按达成“{op.value}”指标计"


def _reverse(
    op: Operator, achieved: Decimal, target: Decimal, weight: Decimal, a: str, b: str, scheme: Scheme
) -> Result:
    full = f"得满分 {fmt(weight)} 分"
    if achieved <= target:
        return Result(weight, f"{_met(op, achieved, target, a, b)}，{full}")
    if target <= 0:
        return Result(ZERO, f"指标值为 {a}，实际 {b} 超出，得 0 分")
    if scheme.reverse_formula == "ratio":
        points = _round(target / achieved * weight, scheme)
        return Result(
            points,
            f"实际 {b} 超过指标 {a}，按 {fmt(target)}/{fmt(achieved)} × {fmt(weight)} = {fmt(points)} 分",
        )
    if achieved >= 2 * target:
        return Result(ZERO, f"实际 {b} 达到指标 {a} 的 2 倍及以上，得 0 分")
    points = _round((1 - (achieved - target) / target) * weight, scheme)
    return Result(
        points,
        f"实际 {b} 超过指标 {a}，按 (1 − ({fmt(achieved)}−{fmt(target)})/{fmt(target)}) × {fmt(weight)} = {fmt(points)} 分",
    )


def far_exceeded(achieved: Decimal, target: Decimal, scheme: Scheme) -> bool:
    """Whether a result is so far over its target that the scheme asks why (the auditor screens with it)."""
    rule = scheme.over_achievement
    if target > 0:
        return achieved >= rule.ratio * target
    return target == 0 and achieved >= rule.zero_target_threshold


def score_indicator(indicator: Indicator, scheme: Scheme, index: int = 0) -> Result:
    """Points for one 三级指标, rounded, capped at its weight and floored at 0 after any deduction."""
    path = f"indicators[{index}]"
    weight = indicator.weight
    if indicator.not_applicable:
        how = "按适用指标折算百分制" if scheme.not_applicable == "renormalise" else "该分值不计入总分"
        return Result(None, f"不适用，不计分（{how}）")
    if indicator.is_qualitative:
        result = _score_qualitative(indicator, scheme, path)
    else:
        result = _score_quantitative(indicator, scheme, path)
        if not (indicator.unit or "").strip():
            result.problem(
                "indicator.no_unit", "error", f"{path}.unit", f"定量指标“{indicator.name}”未填计量单位"
            )
    points = result.score if result.score is not None else ZERO
    if indicator.deduction > 0:
        points = max(ZERO, points - indicator.deduction)
        result.explanation += f"；扣减 {fmt(indicator.deduction)} 分，得 {fmt(points)} 分"
    result.score = _round(points, scheme)
    if indicator.score is not None and indicator.score > weight:
        result.problem(
            "indicator.score_above_weight",
            "error",
            f"{path}.score",
            f"“{indicator.name}”得分 {fmt(indicator.score)} 超过分值 {fmt(weight)}",
        )
    elif not indicator.is_qualitative and indicator.score is not None and indicator.score != result.score:
        result.problem(
            "indicator.score_mismatch",
            "warning",
            f"{path}.score",
            f"“{indicator.name}”填报得分 {fmt(indicator.score)}，按规则应为 {fmt(result.score)}",
        )
    if (
        scheme.deviation_required_below_full
        and result.score < weight
        and not (indicator.deviation or "").strip()
        and not any(p.code == "indicator.deviation_over" for p in result.problems)
    ):
        result.problem(
            "indicator.deviation_missing",
            "error",
            f"{path}.deviation",
            f"“{indicator.name}”未得满分（{fmt(result.score)}/{fmt(weight)}），须填写偏差原因分析及改进措施",
        )
    return result


def _funds_problems(evaluation: Evaluation) -> list[Problem]:
    funds = evaluation.funds
    if not funds.subrows():
        return []
    derived = funds.derived_total()
    parts = "、".join(FUND_SUBROWS[key] for key in funds.subrows())
    problems = []
    for column, label in FUND_COLUMNS.items():
        stated, summed = getattr(funds.total, column), getattr(derived, column)
        if stated is not None and summed is not None and stated != summed:
            problems.append(
                Problem(
                    code="funds.total_mismatch",
                    severity="error",
                    path=f"funds.total.{column}",
                    message=f"年度资金总额的{label}填报 {fmt(stated)} 万元，与{parts}合计 {fmt(summed)} 万元不符，按合计计算",
                )
            )
    return problems


def _weight_problems(evaluation: Evaluation, scheme: Scheme) -> tuple[dict[str, Decimal], list[Problem]]:
    """Expected points per category after folding, and the weight problems of the indicator block."""
    problems: list[Problem] = []
    assigned: dict[str, Decimal] = {c.name: ZERO for c in scheme.categories}
    used: set[str] = set()
    for index, indicator in enumerate(evaluation.indicators):
        category = scheme.category_for(indicator.level1)
        if category is None:
            known = "、".join(c.name for c in scheme.categories)
            problems.append(
                Problem(
                    code="indicator.unknown_category",
                    severity="error",
                    path=f"indicators[{index}].level1",
                    message=f"一级指标“{indicator.level1}”不在评分方案 {scheme.name} 中（可用：{known}）",
                )
            )
            continue
        used.add(category.name)
        assigned[category.name] += indicator.weight
    expected = {c.name: c.weight for c in scheme.categories}
    for category in scheme.categories:
        if category.name not in used and category.fold_into is not None:
            expected[category.fold_into] += expected[category.name]
            expected[category.name] = ZERO
    if scheme.strict_category_weights:
        for name, points in expected.items():
            if assigned[name] != points:
                problems.append(
                    Problem(
                        code="weights.category",
                        severity="error",
                        path="indicators",
                        message=f"{name}各三级指标分值合计 {fmt(assigned[name])}，"
                        f"按评分方案 {scheme.name} 应为 {fmt(points)}",
                    )
                )
    all_weights = sum((i.weight for i in evaluation.indicators), ZERO)
    total = scheme.execution.weight + all_weights
    if total != scheme.total_points:
        problems.append(
            Problem(
                code="weights.total",
                severity="error",
                path="indicators",
                message=f"{scheme.execution.name} {fmt(scheme.execution.weight)} 分 + 指标分值合计 {fmt(all_weights)} 分 "
                f"= {fmt(total)} 分，应为 {fmt(scheme.total_points)} 分",
            )
        )
    return expected, problems


def score(evaluation: Evaluation, scheme: Scheme) -> ScoreCard:
    problems: list[Problem] = []
    if evaluation.kind is Kind.PROJECT and not (evaluation.project or "").strip():
        problems.append(
            Problem(
                code="identity.no_project",
                severity="error",
                path="project",
                message="项目支出自评须填写项目名称",
            )
        )
    problems += _funds_problems(evaluation)
    execution = score_execution(evaluation.funds, scheme)
    problems += execution.problems
    expected, weight_problems = _weight_problems(evaluation, scheme)

    lines: list[IndicatorScore] = []
    by_category: dict[str, Decimal] = {name: ZERO for name in expected}
    assigned: dict[str, Decimal] = {name: ZERO for name in expected}
    not_applicable = ZERO
    for index, indicator in enumerate(evaluation.indicators):
        result = score_indicator(indicator, scheme, index)
        problems += result.problems
        category = scheme.category_for(indicator.level1)
        if category is not None:
            assigned[category.name] += indicator.weight
        if result.score is None:
            not_applicable += indicator.weight
        elif category is not None:
            by_category[category.name] += result.score
        lines.append(
            IndicatorScore(
                index=index,
                level1=indicator.level1,
                level2=indicator.level2,
                name=indicator.name,
                weight=indicator.weight,
                score=result.score,
                explanation=result.explanation,
                applicable=result.score is not None,
            )
        )
    problems += weight_problems

    assert execution.score is not None
    raw_total = execution.score + sum((line.score for line in lines if line.score is not None), ZERO)
    total = raw_total
    if not_applicable > 0 and scheme.not_applicable == "renormalise":
        applicable = (
            scheme.execution.weight + sum((i.weight for i in evaluation.indicators), ZERO) - not_applicable
        )
        total = _round(raw_total * scheme.total_points / applicable, scheme) if applicable > 0 else ZERO
    funds = evaluation.funds.derived_total()
    rate = (
        quantize(funds.executed / funds.budget * HUNDRED, 2)
        if funds.budget and funds.executed is not None
        else None
    )
    return ScoreCard(
        scheme=scheme.name,
        scheme_title=scheme.title,
        kind=evaluation.kind,
        year=evaluation.year,
        unit=evaluation.unit,
        project=evaluation.project,
        funds=funds,
        execution=ExecutionScore(
            name=scheme.execution.name,
            budget=funds.budget,
            executed=funds.executed,
            rate=rate,
            weight=scheme.execution.weight,
            score=execution.score,
            explanation=execution.explanation,
        ),
        indicators=lines,
        categories=[
            CategoryScore(name=name, weight=points, assigned=assigned[name], score=by_category[name])
            for name, points in expected.items()
            if points > 0 or assigned[name] > 0
        ],
        raw_total=raw_total,
        total=total,
        total_points=scheme.total_points,
        grade=scheme.grade_for(total),
        problems=problems,
    )
