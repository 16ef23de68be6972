"""Completeness: what a self-evaluation report must state and this one does not."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.audit.context import Context
from jixiao.audit.pairs import analysis_near, target_pairs
from jixiao.audit.registry import Hit, rule
from jixiao.decimals import HUNDRED, fmt, quantize
from jixiao.layout.vocabulary import load_vocabulary

REQUIRED_SECTIONS = (
    "基本情况",
    "自评工作开展情况",
    "绩效目标实现情况",
    "评价结论",
    "存在问题",
    "改进措施",
    "评价工作组",
)


@rule(
    "JX301",
    "missing-sections",
    "warning",
    "报告缺少以下部分：{missing}",
    summary="自评报告应有的部分（基本情况、自评工作开展情况、绩效目标实现情况、评价结论、存在问题、改进措施、评价工作组）没有对应的标题。",
    why="财预〔2020〕10号附件3和各地模板都规定了报告提纲；缺了评价结论或工作组，报告就无法说明结论从何而来、由谁负责。",
    fires="一、基本情况\n二、绩效目标实现情况\n三、存在问题",
    passes="一、基本情况\n二、自评工作开展情况\n三、绩效目标实现情况\n四、评价结论\n五、存在问题及改进措施\n六、评价工作组人员名单",
)
def missing_sections(context: Context) -> Iterator[Hit]:
    present = set(context.report.sections)
    missing = [name for name in REQUIRED_SECTIONS if name not in present]
    if missing:
        yield Hit({"missing": "、".join(missing)})


def _mentions(context: Context, field: str) -> bool:
    """Whether the text speaks of ``field`` at all (layout/vocabulary/mentions.yaml): where it does and
    no value was read, the reader could not settle it, and claiming the report leaves it out would be
    wrong; the rules say nothing then."""
    return _MENTIONS[field].search(context.text) is not None


_MENTIONS = {key: re.compile(pattern) for key, pattern in load_vocabulary("mentions").items()}


@rule(
    "JX302",
    "no-total-score",
    "warning",
    "报告没有写明自评总分",
    summary="全文找不到自评总分（得分 X 分）。",
    why="自评实行“评分和评级相结合”，没有总分，等级就没有依据，财政部门也无法复核。",
    fires="根据部门职责定位和各项工作履职情况进行综合评价，综合绩效评价等级为优秀。",
    passes="根据部门职责定位和各项工作履职情况进行综合评价，得分98分，综合绩效评价等级为优秀。",
)
def no_total_score(context: Context) -> Iterator[Hit]:
    if context.report.score is None and not _mentions(context, "score"):
        yield Hit({})


@rule(
    "JX303",
    "no-grade",
    "warning",
    "报告没有写明评价等级",
    summary="全文找不到总体评价等级（优、良、中、差或本地区的等级名称）。",
    why="等级决定绩效结果如何应用（预算安排、整改），是报告的结论。",
    fires="根据部门职责定位和各项工作履职情况进行综合评价，得分98分。",
    passes="根据部门职责定位和各项工作履职情况进行综合评价，得分98分，综合绩效评价等级为优秀。",
)
def no_grade(context: Context) -> Iterator[Hit]:
    if context.report.grade is None and not _mentions(context, "grade"):
        yield Hit({})


@rule(
    "JX304",
    "no-execution-rate",
    "warning",
    "报告没有写明预算执行率{computed}",
    summary="报告没有写明被评价预算的执行率（执行数 ÷ 全年预算数）。",
    why="预算执行率是自评表的第一项计分指标（10分）；不写执行率，执行率得分就无从核对。",
    fires="2023年度共取得收入合计239.67万元。2023年度共发生支出239.67万元。",
    passes="2023年度预算239.67万元，实际支出239.67万元，预算执行率100%。",
)
def no_execution_rate(context: Context) -> Iterator[Hit]:
    budget = context.report.budget
    if budget.execution_rate is not None or _mentions(context, "execution_rate"):
        return
    computed = ""
    if budget.adjusted and budget.executed is not None:
        computed = f"（按报告所列 {fmt(budget.executed)} ÷ {fmt(budget.adjusted)} 计算为 {fmt(quantize(budget.executed / budget.adjusted * HUNDRED, 2), 2)}%）"
    yield Hit({"computed": computed})


@rule(
    "JX305",
    "unmet-target-without-analysis",
    "warning",
    "“{measure}”实际完成{actual}，未达到目标{target}，报告未分析原因",
    summary="报告写明的目标值没有完成，附近却没有偏差原因分析或改进措施。",
    why="财预〔2020〕10号要求：未完成绩效目标的，要分析并说明原因，研究提出改进措施。",
    fires="全年监测舆情不少于3000条，实际完成2500条。",
    passes="全年监测舆情不少于3000条，实际完成2500条，主要原因是下半年监测平台升级停机两个月。",
)
def unmet_target_without_analysis(context: Context) -> Iterator[Hit]:
    for pair in target_pairs(context):
        target, achievement = pair.target, pair.achievement
        if target.value is None or target.operator not in ("≥", ">", "=") or not pair.missed:
            continue
        if analysis_near(context, achievement.line):
            continue
        unit = achievement.unit or ""
        yield Hit(
            {
                "measure": achievement.measure,
                "actual": f"{fmt(achievement.value)}{unit}",
                "target": f"{target.operator}{fmt(target.value)}{target.unit or ''}",
            },
            lines=(target.line, achievement.line),
            evidence=context.quote(*pair.facts(context)),
            computation=f"{fmt(achievement.value)} < {fmt(target.value)}",
        )


_REASON = re.compile(r"原因|由于|因为|导致|致使|受[^，。]{0,12}影响|未能|滞后|延迟|延期")
_MONEY_WORDS = re.compile(r"预算|支出|执行|资金|拨付|结余|结转")


def has_reason(context: Context) -> bool:
    return any(_REASON.search(line.text) and _MONEY_WORDS.search(line.text) for line in context.lines)


def execution_rate(context: Context) -> Decimal | None:
    budget = context.report.budget
    if budget.execution_rate is not None:
        return budget.execution_rate
    if budget.adjusted and budget.executed is not None:
        return quantize(budget.executed / budget.adjusted * HUNDRED, 2)
    return None
