"""The 自评报告 as pure data: headings, paragraphs and tables written from the evaluation and
its score card, following the outline of RULES.md section 5 for the kind at hand.

The docx and HTML renderers only lay this out, so both say the same thing. Every score
printed is the score card's; the prose around it compares stated targets with stated results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.decimals import HUNDRED, fmt, quantize
from jixiao.model.evaluation import FUND_SUBROWS, Evaluation, Indicator, Kind, Operator
from jixiao.model.scheme import Scheme
from jixiao.render.form import NOT_APPLICABLE
from jixiao.scoring import IndicatorScore, ScoreCard

CHINESE_NUMERALS = "一二三四五六七八九十"
UNFILLED = "未填写。"


@dataclass(frozen=True)
class Heading:
    level: int  # 1: 一、  2: （一）  3: 1.
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # centimetres on an A4 page with official-document margins
    strong_rows: frozenset[int] = frozenset()
    numeric_columns: frozenset[int] = frozenset()


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str | None
    blocks: tuple[Block, ...]
    signature: tuple[str, ...] = ()


def amount(value: Decimal | None) -> str:
    return f"{fmt(value, 2)}万元" if value is not None else "未填写"


def points(value: Decimal | None) -> str:
    return fmt(value, 2) if value is not None else NOT_APPLICABLE


def percent(value: Decimal) -> str:
    return f"{fmt(value, 2)}%"


def _chinese(n: int) -> str:
    return CHINESE_NUMERALS[n - 1] if n <= len(CHINESE_NUMERALS) else str(n)


@dataclass
class _Outline:
    """Numbers the headings as official documents do: 一、 then （一） then 1."""

    blocks: list[Block] = field(default_factory=list)
    chapter: int = 0
    section: int = 0

    def chapter_heading(self, text: str) -> None:
        self.chapter += 1
        self.section = 0
        self.blocks.append(Heading(1, f"{_chinese(self.chapter)}、{text}"))

    def section_heading(self, text: str) -> None:
        self.section += 1
        self.blocks.append(Heading(2, f"（{_chinese(self.section)}）{text}"))

    def paragraph(self, text: str) -> None:
        self.blocks.append(Paragraph(text))

    def numbered(self, items: list[str]) -> None:
        if not items:
            self.paragraph(UNFILLED)
        for number, item in enumerate(items, 1):
            self.paragraph(f"{number}.{item}" if len(items) > 1 else item)


def build_report(evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> Report:
    outline = _Outline()
    department = evaluation.kind is Kind.DEPARTMENT
    _basic_situation(outline, evaluation, department)
    _organisation(outline, evaluation, card, scheme)
    _budget_execution(outline, evaluation, card, scheme)
    _indicator_analysis(outline, evaluation, card, scheme, department)
    _score_table(outline, card)
    _conclusion(outline, evaluation, card, scheme)
    outline.chapter_heading("存在的问题及改进措施")
    outline.section_heading("存在的问题")
    outline.numbered(evaluation.existing_problems)
    outline.section_heading("改进措施")
    outline.numbered(evaluation.measures)
    if card.problems:
        outline.chapter_heading("其他需要说明的问题")
        outline.paragraph("经对绩效自评表校验，下列事项需要核实或补充：")
        outline.numbered(
            [f"{p.message}。" if not p.message.endswith("。") else p.message for p in card.problems]
        )
    if evaluation.team:
        outline.chapter_heading("评价工作组")
        outline.blocks.append(
            Table(
                header=("姓名", "工作单位", "职务", "职称"),
                rows=tuple((m.name, m.unit, m.post, m.title) for m in evaluation.team),
                widths=(2.6, 7.0, 3.4, 2.6),
            )
        )
    if department:
        title = f"{evaluation.unit}{evaluation.year}年度部门整体支出绩效自评报告"
        subtitle = None
    else:
        title = f"{evaluation.year}年度{evaluation.unit}项目支出绩效自评报告"
        subtitle = f"（{evaluation.project}）" if evaluation.project else None
    signature = [evaluation.unit]
    if evaluation.report_date:
        d = evaluation.report_date
        signature.append(f"{d.year}年{d.month}月{d.day}日")
    return Report(title, subtitle, tuple(outline.blocks), tuple(signature))


def _subject(evaluation: Evaluation) -> str:
    return "本项目" if evaluation.kind is Kind.PROJECT else "本部门"


def _basic_situation(outline: _Outline, evaluation: Evaluation, department: bool) -> None:
    if department:
        outline.chapter_heading("部门（单位）概况")
        outline.section_heading("基本情况")
        fallback = f"{evaluation.unit}，主管部门为{evaluation.department}。"
    else:
        outline.chapter_heading("基本情况")
        outline.section_heading("项目概况")
        fallback = (
            f"“{evaluation.project or '（未填写项目名称）'}”由{evaluation.unit}实施，"
            f"主管部门为{evaluation.department}。"
        )
    outline.paragraph(evaluation.overview or fallback)
    outline.section_heading("年度整体支出绩效目标" if department else "项目绩效目标")
    outline.paragraph(f"年度总体目标：{evaluation.goal.expected}" if evaluation.goal.expected else UNFILLED)
    if evaluation.goal.actual:
        outline.paragraph(f"实际完成情况：{evaluation.goal.actual}")


def _organisation(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    outline.chapter_heading("绩效自评工作开展情况")
    if evaluation.organisation:
        outline.paragraph(evaluation.organisation)
    counts: dict[str, int] = {}
    for line in card.indicators:
        counts[line.level1] = counts.get(line.level1, 0) + 1
    listing = "、".join(f"{name}{count}项" for name, count in counts.items())
    weights = "".join(f"、{c.name}{fmt(c.weight)}分" for c in card.categories)
    scope = f"预算执行率和{len(card.indicators)}项三级指标" + (f"（{listing}）" if listing else "")
    outline.paragraph(
        f"本次自评按{scheme.title}评分，满分{fmt(card.total_points)}分，其中{card.execution.name}"
        f"{fmt(card.execution.weight)}分{weights}。自评对{scope}逐项计分，"
        "定量指标按实际完成值与年度指标值的比较计分，定性指标按完成档次在规定区间内评分。"
    )


def _budget_execution(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    outline.chapter_heading("预算执行情况")
    total = card.funds
    rate = (
        f"预算执行率为{percent(card.execution.rate)}"
        if card.execution.rate is not None
        else "预算执行率无法计算"
    )
    outline.paragraph(
        f"{evaluation.year}年度，{_subject(evaluation)}年初预算数{amount(total.initial)}，"
        f"全年预算数{amount(total.budget)}，全年执行数{amount(total.executed)}，{rate}。"
    )
    parts = []
    for key, label in FUND_SUBROWS.items():
        row = evaluation.funds.subrows().get(key)
        if row is not None:
            parts.append(f"{label}全年预算数{amount(row.budget)}、执行数{amount(row.executed)}")
    if parts:
        outline.paragraph("其中：" + "；".join(parts) + "。")
    execution = card.execution
    outline.paragraph(
        f"{execution.name}分值{fmt(execution.weight)}分，得{points(execution.score)}分（{execution.explanation}）。"
    )
    reason = evaluation.funds.low_execution_reason
    if reason:
        outline.paragraph(f"执行偏差原因：{reason}")
    elif execution.rate is not None and execution.rate < scheme.execution.reason_required_below:
        outline.paragraph(f"预算执行率低于{fmt(scheme.execution.reason_required_below)}%，尚未说明原因。")


_DEPARTMENT_SECTIONS = (("产出", "履职完成情况"), ("效益", "履职效果情况"), ("满意", "满意度情况"))


def _indicator_analysis(
    outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme, department: bool
) -> None:
    outline.chapter_heading("绩效实现情况" if department else "绩效指标完成情况分析")
    if not evaluation.indicators:
        outline.paragraph("未设置绩效指标。")
        return
    groups: dict[str, list[tuple[Indicator, IndicatorScore]]] = {}
    for indicator, line in zip(evaluation.indicators, card.indicators, strict=True):
        groups.setdefault(indicator.level1, []).append((indicator, line))
    for level1, members in groups.items():
        heading = f"{level1}完成情况"
        if department:
            heading = next(
                (f"{title}（{level1}）" for key, title in _DEPARTMENT_SECTIONS if key in level1), heading
            )
        outline.section_heading(heading)
        subtotal = sum((line.score for _, line in members if line.score is not None), Decimal(0))
        weight = sum((line.weight for _, line in members), Decimal(0))
        outline.paragraph(f"{level1}共{len(members)}项，分值{fmt(weight)}分，得{points(subtotal)}分。")
        for number, (indicator, line) in enumerate(members, 1):
            outline.paragraph(f"{number}.{indicator.name}。{indicator_analysis(indicator, line, scheme)}")


def indicator_analysis(indicator: Indicator, line: IndicatorScore, scheme: Scheme) -> str:
    """One indicator's completion in words: met, not met, or far exceeded, with the deviation note."""
    scored = f"得{points(line.score)}分（分值{fmt(line.weight)}分）。"
    deviation = (indicator.deviation or "").strip()
    note = f"偏差原因分析及改进措施：{deviation}" if deviation else ""
    if not line.applicable:
        return "该指标不适用，不计分。"
    if indicator.is_qualitative:
        wanted = f"年度指标值为“{indicator.target_text}”" if indicator.target_text else "未填写年度指标值"
        done = f"，完成情况：{indicator.actual_text}" if indicator.actual_text else ""
        tier = f"，评为“{indicator.tier.value}”" if indicator.tier else "，未评定完成档次"
        return f"{wanted}{done}{tier}，{scored}{note}"
    target, actual = indicator.target, indicator.actual
    if target is None or actual is None:
        return f"{line.explanation}。{note}"
    unit = indicator.unit or ""
    head = f"年度指标值{indicator.target_label()}，实际完成{fmt(actual)}{unit}"
    if indicator.operator.is_reverse:
        if actual <= target:
            return f"{head}，控制在指标值以内，完成年度指标，{scored}{note}"
        return f"{head}，超出指标值，未完成年度指标，{scored}{note or '未填写偏差原因分析及改进措施。'}"
    met = actual <= 0 if indicator.operator is Operator.EQ and target == 0 else actual >= target
    if not met:
        share = f"，完成指标值的{percent(quantize(actual / target * HUNDRED, 2))}" if target > 0 else ""
        return f"{head}{share}，未完成年度指标，{scored}{note or '未填写偏差原因分析及改进措施。'}"
    rule = scheme.over_achievement
    if target > 0 and actual >= rule.ratio * target:
        share = percent(quantize(actual / target * HUNDRED, 2))
        return (
            f"{head}，为指标值的{share}，超额完成较多，{scored}"
            f"{note or '未说明超额完成的原因（是否年初指标值设定偏低）。'}"
        )
    if target == 0 and actual >= rule.zero_target_threshold:
        return f"{head}，指标值为0而实际完成较多，{scored}{note or '未说明偏差原因。'}"
    return f"{head}，完成年度指标，{scored}{note}"


def score_table(card: ScoreCard) -> Table:
    """Every line of the score card: execution, each indicator, category subtotals, total and grade."""
    rows: list[tuple[str, ...]] = []
    strong: set[int] = set()
    execution = card.execution
    rows.append(
        (execution.name, "", "", fmt(execution.weight), points(execution.score), execution.explanation)
    )
    for line in card.indicators:
        rows.append(
            (line.level1, line.level2, line.name, fmt(line.weight), points(line.score), line.explanation)
        )
    for category in card.categories:
        strong.add(len(rows))
        rows.append((f"{category.name}小计", "", "", fmt(category.weight), points(category.score), ""))
    if card.total != card.raw_total:
        rows.append(("各项得分合计", "", "", "", points(card.raw_total), "按适用指标折算百分制前的合计"))
    strong.add(len(rows))
    rows.append(("总分", "", "", fmt(card.total_points), points(card.total), ""))
    strong.add(len(rows))
    rows.append(("自评等级", "", "", "", card.grade, f"评分方案：{card.scheme_title}"))
    return Table(
        header=("一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"),
        rows=tuple(rows),
        widths=(2.2, 2.2, 3.2, 1.2, 1.5, 5.3),
        strong_rows=frozenset(strong),
        numeric_columns=frozenset({3, 4}),
    )


def _score_table(outline: _Outline, card: ScoreCard) -> None:
    outline.chapter_heading("自评得分情况")
    outline.paragraph(
        f"按《{card.kind.value}绩效自评表》逐项计分，自评得分{points(card.total)}分，各项得分见下表。"
    )
    outline.blocks.append(score_table(card))


def _conclusion(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    outline.chapter_heading("自评结论")
    grades = "，".join(
        f"{g.name}≥{fmt(g.min)}分" if g.min > 0 else f"{g.name}<{fmt(scheme.grades[-2].min)}分"
        for g in scheme.grades
    )
    text = (
        f"综上，{_subject(evaluation)}{evaluation.year}年度绩效自评得分{points(card.total)}分"
        f"（满分{fmt(card.total_points)}分），按{scheme.title}的等级标准（{grades}），"
        f"自评等级为“{card.grade}”。"
    )
    if card.total != card.raw_total:
        skipped = sum(1 for line in card.indicators if not line.applicable)
        text += f"其中{skipped}项指标不适用，各项得分合计{points(card.raw_total)}分，按适用指标折算为百分制。"
    outline.paragraph(text)
    if evaluation.conclusion:
        outline.paragraph(evaluation.conclusion)
