"""Labels for reports the project writes itself (``jixiao synth``): from the evaluation and score card that
generated each report, never from the extractor.

``jixiao synth`` writes the reports and ``truth.jsonl``; the evaluation behind report ``i`` is drawn again
from the same random stream (checked against the truth file, so a change in synth's drawing order stops
the benchmark instead of mislabelling it). A deliberate mistake synth put in changes what the report
states: the label follows the report (a wrong rate as printed), and a field the mistake makes
ambiguous (a 元 slip in the spending, a second budget together with a wrong rate) is left unlabelled.
"""

from __future__ import annotations

import json
import random
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.model.evaluation import Evaluation, Kind
from jixiao.model.loading import load_scheme
from jixiao.model.scheme import Scheme
from jixiao.render.report_text import Heading, build_report
from jixiao.scoring import ScoreCard, score
from jixiao.synth.corpus import TRUTH_FILE, CorpusSpec, write_corpus
from jixiao.synth.evaluations import choose_scheme, random_evaluation, unit_pool

# The renderer's chapter and section headings, and the outline part a reviewer files each under.
HEADING_SECTIONS = {
    # 部门整体 (RULES.md 5.3)
    "部门（单位）概况": ["基本情况"],
    "主要职能及基本情况": ["基本情况"],
    "年度整体支出绩效目标": ["绩效目标"],
    "预算绩效管理及自评开展情况": ["自评工作开展情况"],
    "绩效实现情况": ["绩效目标实现情况"],
    "履职完成情况": ["绩效目标实现情况"],  # each followed by its level-1 name in brackets
    "履职效果情况": ["绩效目标实现情况"],
    "满意度情况": ["绩效目标实现情况"],
    "自评得分及结论": ["评价结论"],
    "存在的问题及原因分析": ["存在问题"],
    "下一步改进措施": ["改进措施"],
    "自评结果应用及公开情况": ["结果应用"],
    # 项目支出 (财预〔2020〕10号 附件3)
    "基本情况": ["基本情况"],
    "项目概况": ["基本情况"],
    "项目绩效目标": ["绩效目标"],
    "绩效自评工作开展情况": ["自评工作开展情况"],
    "自评工作过程": ["自评工作开展情况"],
    "综合评价情况及评价结论": ["评价结论"],
    "绩效指标分析": ["绩效目标实现情况"],
    "主要经验及做法、存在的问题及原因分析": ["存在问题"],
    "有关建议": ["改进措施"],
    # both
    "其他需要说明的问题": ["其他说明"],
    "评价工作组": ["评价工作组"],
}
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_GROUP = re.compile(r"（[^（）]*指标）$")
_SATISFACTION = re.compile(r"满意(?:度|率)$")
_MONEY = {"元", "千元", "万元", "亿元"}
_CATEGORY_NAMES = {"执行率": "预算执行率", "产出": "产出指标", "效益": "效益指标", "满意": "满意度指标"}


def _replay(spec: CorpusSpec, index: int) -> tuple[Evaluation, ScoreCard, Scheme]:
    """The evaluation synth drew for report ``index`` (same stream, same order as synth.corpus)."""
    rng = random.Random(f"{spec.seed}-{index}")
    units = unit_pool(spec.seed, spec.pool_size)
    unit = units[rng.randrange(len(units))]
    scheme = load_scheme(choose_scheme(rng))
    evaluation = random_evaluation(rng, unit, scheme)
    return evaluation, score(evaluation, scheme), scheme


def _category(name: str) -> str:
    return next((canonical for key, canonical in _CATEGORY_NAMES.items() if key in name), name)


def _sections(evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> list[str]:
    found: list[str] = []
    for block in build_report(evaluation, card, scheme).blocks:
        if isinstance(block, Heading):
            title = _GROUP.sub("", _NUMBERING.sub("", block.text))
            for name in HEADING_SECTIONS.get(title, []):
                if name not in found:
                    found.append(name)
    return found


def _results(evaluation: Evaluation, card: ScoreCard) -> list[tuple[str, Decimal, str | None]]:
    """(indicator, actual value, unit) of every scored quantitative indicator: the results the report states.
    Money results (元, 万元) are amounts, read as such, not counted achievements."""
    results: list[tuple[str, Decimal, str | None]] = []
    for indicator, line in zip(evaluation.indicators, card.indicators, strict=True):
        if indicator.is_qualitative or not line.applicable or indicator.actual is None:
            continue
        if indicator.target is None or indicator.unit in _MONEY:
            continue
        results.append((indicator.name, indicator.actual, indicator.unit or None))
    return results


def _check(record: dict[str, Any], evaluation: Evaluation, card: ScoreCard) -> None:
    drawn = (evaluation.year, evaluation.unit, card.total, card.grade)
    recorded = (record["year"], record["unit"], Decimal(str(record["score"])), record["grade"])
    if drawn != recorded:
        raise RuntimeError(
            f"{record['file']}: synth no longer draws evaluations in this order ({drawn} ≠ {recorded})"
        )


def label(record: dict[str, Any], evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> dict[str, Any]:
    """The label of one generated report, in the hand labels' format."""
    _check(record, evaluation, card)
    total = evaluation.funds.derived_total()
    fields: dict[str, Any] = {
        "kind": evaluation.kind.value,
        "year": evaluation.year,
        "unit": [evaluation.unit],
        "project": evaluation.project if evaluation.kind is Kind.PROJECT else None,
        "report_date": evaluation.report_date.isoformat() if evaluation.report_date else None,
        "budget.initial": total.initial,
        "budget.adjusted": total.budget,
        "budget.executed": total.executed,
        "budget.execution_rate": card.execution.rate,
        "score": card.total,
        "grade": card.grade,
        "staffing.authorised": None,
        "staffing.actual": None,
    }
    kinds = {error["kind"]: error for error in record["errors"]}
    if "rate_mismatch" in kinds:
        fields["budget.execution_rate"] = Decimal(kinds["rate_mismatch"]["stated"])
    if "total_mismatch" in kinds:
        fields["score"] = Decimal(kinds["total_mismatch"]["stated"])
    if "grade_mismatch" in kinds:
        fields["grade"] = kinds["grade_mismatch"]["stated"]
    if "unit_slip" in kinds:
        del fields["budget.executed"]
    if "conflicting_budget" in kinds and "rate_mismatch" in kinds:
        del fields["budget.adjusted"]
    results = _results(evaluation, card)
    satisfaction = [value for name, value, unit in results if _SATISFACTION.search(name) and unit == "%"]
    fields["satisfaction"] = satisfaction[0] if satisfaction else None
    weights = {_category(card.execution.name): card.execution.weight}
    components = {_category(card.execution.name): card.execution.score}
    for category in card.categories:
        weights[_category(category.name)] = category.weight
        components[_category(category.name)] = category.score
    return {
        "report": record["file"],
        "fields": fields,
        "weights": weights,
        "components": {name: value for name, value in components.items() if value is not None},
        "grade_scheme": [[grade.name, grade.min] for grade in scheme.grades],
        "income": {},
        "expenditure": {},
        "assets": {},
        "projects": [],
        "sections": _sections(evaluation, card, scheme),
        "team": [member.name for member in evaluation.team],
        # each result is stated twice: in the analysis and in the score table's explanation ("实际 3138 人")
        "achievements": [
            [name, value, unit, False, None]
            for name, value, unit in results
            if not _SATISFACTION.search(name)
            for _statement in ("analysis", "score table")
        ],
    }


def generate(count: int, out: Path, seed: int = 0) -> list[tuple[Path, dict[str, Any]]]:
    """Write ``count`` synthetic reports into ``out`` and return (report file, label) pairs."""
    spec = CorpusSpec(count=count, out=out, seed=seed)
    write_corpus(spec)
    pairs: list[tuple[Path, dict[str, Any]]] = []
    lines = (out / TRUTH_FILE).read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        record = json.loads(line, parse_float=Decimal)
        evaluation, card, scheme = _replay(spec, index)
        pairs.append((out / record["file"], label(record, evaluation, card, scheme)))
    return pairs
