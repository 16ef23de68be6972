"""Quality: statements that add up but that a reviewer would not accept as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.audit.context import Context
from jixiao.audit.pairs import Pair, analysis_in_statement, target_pairs
from jixiao.audit.registry import Hit, rule
from jixiao.audit.rules.completeness import execution_rate, has_reason
from jixiao.decimals import HUNDRED, fmt, quantize
from jixiao.extract.model import Fact
from jixiao.model.evaluation import Indicator, Operator
from jixiao.scoring import far_exceeded, score_indicator


@rule(
    "JX401",
    "vague-target",
    "warning",
    "绩效目标没有可衡量的数值或单位：{targets}",
    summary="绩效目标或指标只写了方向（提高、加强、确保……），没有指标值和计量单位；每行报告一次。",
    why="定量指标须写明“比较符号 + 数值 + 计量单位”；没有数值的目标无法判断是否完成，自评得分也就无从谈起。",
    fires="三、部门整体支出绩效目标、指标\n舆情推送次数不少于1万条，提高精准度。",
    passes="三、部门整体支出绩效目标、指标\n舆情推送次数不少于1万条，推送准确率不低于95%。",
)
def vague_target(context: Context) -> Iterator[Hit]:
    by_line: dict[int, list[Fact]] = {}
    for fact in context.facts("target.qualitative"):
        by_line.setdefault(fact.line, []).append(fact)
    for line, facts in by_line.items():
        names = [f"“{str(f.value or f.text).strip()[:30]}”" for f in facts]
        shown = "、".join(names[:3]) + (f"等{len(names)}项" if len(names) > 3 else "")
        yield Hit({"targets": shown}, lines=(line,), evidence=context.quote(facts[0]))


@rule(
    "JX402",
    "all-full-marks",
    "warning",
    "{what}全部为满分",
    summary="所有项目（至少两个）或所有一级指标都给了满分。",
    why="财政部要求“严禁刻意抬高分数”；全部满分的自评几乎总是没有对照指标逐项打分。",
    fires="项目名称\t自评得分\t评价等级\n2024年甲项目\t100\t优秀\n2024年乙项目\t100\t优秀",
    passes="项目名称\t自评得分\t评价等级\n2024年甲项目\t100\t优秀\n2024年乙项目\t92\t优秀",
)
def all_full_marks(context: Context) -> Iterator[Hit]:
    full = context.scheme.total_points
    scores: dict[str, Fact] = {}
    for fact in context.facts("project.score"):
        if fact.subject and isinstance(fact.value, Decimal):
            scores.setdefault(fact.subject, fact)
    if len(scores) >= 2 and all(f.value == full for f in scores.values()):
        yield Hit(
            {"what": f"{len(scores)}个项目的自评得分"},
            lines=tuple(f.line for f in scores.values()),
            evidence=context.quote(*scores.values()),
            computation="、".join(
                f"{name} {fmt(f.value) if isinstance(f.value, Decimal) else f.value}"
                for name, f in scores.items()
            ),
        )
    weights = {f.subject: f for f in context.facts("weight") if f.subject}
    components = {f.subject: f for f in context.facts("component") if f.subject}
    if (
        len(components) >= 3
        # (every weighted part's score read: one unread may be short of full)
        and set(components) == set(weights)
        and all(components[name].value == weights[name].value for name in components)
    ):
        yield Hit(
            {"what": "各一级指标得分"},
            lines=tuple(f.line for f in components.values()),
            evidence=context.quote(*components.values()),
        )


def _fits(value: Decimal) -> bool:
    """Whether an indicator can hold ``value`` (12 whole digits, 6 places): a run of figures read as one
    number ("1000100010000") is no indicator's value, and scoring it would fail the model."""
    return value.adjusted() < 12 and value == value.quantize(Decimal("0.000001"))


def _indicator(measure: str, operator: str, target: Decimal, actual: Decimal, unit: str | None) -> Indicator:
    return Indicator(
        level1="产出指标",
        name=measure or "指标",
        operator=Operator(operator),
        target=target,
        actual=actual,
        unit=unit,
        weight=Decimal(10),
    )


@rule(
    "JX403",
    "target-far-exceeded",
    "warning",
    "“{measure}”实际完成{actual}，达到目标{target}的{ratio}%，目标值可能设定偏低",
    summary="实际完成值超过目标值达到评分方案的超额比例（默认 130%），而报告没有分析原因。",
    why="财预〔2020〕10号：完成值高于指标值较多的要分析原因，属于年初指标值设定明显偏低的，应按偏离度调减分值。",
    fires="网络系统设备3套，实际完成5套。",
    passes="网络系统设备3套，实际完成3套。",
)
def target_far_exceeded(context: Context) -> Iterator[Hit]:
    # one indicator is often stated twice (its paragraph and the form's row): the same target and actual
    # are one fact, reported once, and an analysis beside either statement answers for both
    statements: dict[tuple[Decimal, Decimal, str | None], list[Pair]] = {}
    for pair in target_pairs(context):
        target = pair.target
        if target.value is None or target.operator not in (None, "≥", ">", "=") or target.value <= 0:
            continue
        if not (_fits(target.value) and _fits(pair.achievement.value)):
            continue
        if far_exceeded(pair.achievement.value, target.value, context.scheme):
            key = (target.value, pair.achievement.value, target.unit)
            statements.setdefault(key, []).append(pair)
    for pairs in statements.values():
        if any(analysis_in_statement(context, p.achievement.line) for p in pairs):
            continue
        pair = pairs[0]
        target, achievement = pair.target, pair.achievement
        assert target.value is not None
        indicator = _indicator(
            achievement.measure, target.operator or "≥", target.value, achievement.value, target.unit
        )
        result = score_indicator(indicator, context.scheme)
        if not any(p.code == "indicator.deviation_over" for p in result.problems):
            continue
        unit = target.unit or ""
        yield Hit(
            {
                "measure": achievement.measure,
                "actual": f"{fmt(achievement.value)}{unit}",
                "target": f"{fmt(target.value)}{unit}",
                "ratio": fmt(quantize(achievement.value / target.value * HUNDRED, 2), 2),
            },
            lines=(target.line, achievement.line),
            evidence=context.quote(*pair.facts(context)),
            computation=f"{fmt(achievement.value)} ÷ {fmt(target.value)} ≥ {fmt(context.scheme.over_achievement.ratio)}",
        )


def _satisfaction_target(context: Context) -> Decimal | None:
    """The satisfaction target the report states: a target of a 满意 measure, else a threshold written on a
    line that states the satisfaction ("年度指标值≥82%，实际完成85.9%", a form's "实际 85.9% ≥ 指标 82%")."""
    stated = next((t for t in context.report.targets if "满意" in t.measure and t.value is not None), None)
    if stated is not None:
        return stated.value
    for fact in context.facts("satisfaction"):
        for found in _AT_LEAST.finditer(context.lines[fact.line - 1].text):
            value = Decimal(found.group(1))
            if value != fact.value:
                return value
    return None


_AT_LEAST = re.compile(r"(?:≥|>=|不低于|大于等于|不少于)\s*(?:指标值?)?\s*(\d+(?:\.\d+)?)\s*[%％]")


@rule(
    "JX404",
    "satisfaction-full-points",
    "warning",
    "满意度只有{rate}%，满意度指标却得了满分{points}分",
    summary="报告的满意度低于目标值（报告写明的满意度目标，否则为评分方案的默认目标 90%），满意度指标仍给满分。",
    why="满意度按正向定量指标计分，未达到目标的应按完成比例得分；给满分是拔高。",
    fires="满意度指标（10分）……得分10分。……服务对象对我单位的工作达到80%的满意度。",
    passes="满意度指标（10分）……得分10分。……服务对象对我单位的工作达到96%的满意度。",
)
def satisfaction_full_points(context: Context) -> Iterator[Hit]:
    rate = context.first("satisfaction")
    if rate is None or not isinstance(rate.value, Decimal) or not _fits(rate.value):
        return
    component = next((f for f in context.facts("component") if f.subject and "满意" in f.subject), None)
    weight = next((f for f in context.facts("weight") if f.subject and "满意" in f.subject), None)
    if component is None or not isinstance(component.value, Decimal):
        return
    full = weight.value if weight is not None and isinstance(weight.value, Decimal) else None
    if full is None or component.value < full:
        return
    stated = _satisfaction_target(context)
    target = stated if stated is not None else context.scheme.satisfaction_target
    indicator = _indicator("满意度", "≥", target, rate.value, "%").model_copy(update={"weight": full})
    computed = score_indicator(indicator, context.scheme).score
    assert computed is not None
    if computed >= full:
        return
    source = "报告目标" if stated is not None else f"评分方案 {context.scheme.name} 默认目标"
    yield Hit(
        {"rate": fmt(rate.value), "points": fmt(full)},
        lines=(component.line, rate.line),
        evidence=context.quote(rate, component),
        computation=f"按{source} ≥{fmt(target)}%：{fmt(rate.value)}/{fmt(target)} × {fmt(full)} = {fmt(computed)} 分",
    )


@rule(
    "JX405",
    "low-execution-without-reason",
    "warning",
    "预算执行率{rate}%低于{threshold}%，报告未说明原因",
    summary="预算执行率低于评分方案规定的须说明原因的界线（默认 90%），全文却没有说明执行偏低原因的句子。",
    why="四川等地明确要求执行率未达 90% 的须说明原因；资金沉淀是财政部门最关注的问题之一。",
    fires="项目预算为110万元，实际支出90.2万元，执行率82%。",
    passes="项目预算为110万元，实际支出90.2万元，执行率82%，主要原因是设备采购延期至次年支付。",
)
def low_execution_without_reason(context: Context) -> Iterator[Hit]:
    rate = execution_rate(context)
    threshold = context.scheme.execution.reason_required_below
    if rate is None or rate >= threshold or has_reason(context):
        return
    fact = context.first("budget.execution_rate")
    yield Hit(
        {"rate": fmt(rate), "threshold": fmt(threshold)},
        lines=(fact.line,) if fact else (),
        evidence=context.quote(fact),
    )
