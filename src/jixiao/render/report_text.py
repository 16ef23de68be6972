"""The 自评报告 as pure data: headings, paragraphs and tables written from the evaluation and
its score card, following the outline of RULES.md section 5 for the kind at hand.

The docx and HTML renderers only lay this out, so both say the same thing. Every score
printed is the score card's; the prose around it compares stated targets with stated results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.decimals import HUNDRED, fmt, quantize
from jixiao.model.evaluation import FUND_SUBROWS, Evaluation, Expenditure, Indicator, Kind, Operator, Tier
from jixiao.model.scheme import Scheme
from jixiao.render.form import NOT_APPLICABLE
from jixiao.render.title import title_lines
from jixiao.scoring import IndicatorScore, ScoreCard

CHINESE_NUMERALS = "一二三四五六七八九十"
DATE_TO_FILL = "年    月    日"


@dataclass(frozen=True)
class Heading:
    level: int  # 1: 一、  2: （一）  3: 1.
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    pending: bool = False  # a 待补充 placeholder: the evaluation does not say this yet


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # centimetres on an A4 page with official-document margins
    strong_rows: frozenset[int] = frozenset()
    numeric_columns: frozenset[int] = frozenset()
    # (first row, first column, last row, last column) of merged cells, rows counted without the header;
    # the text is in the first cell, the others are empty
    merges: tuple[tuple[int, int, int, int], ...] = ()


Block = Heading | Paragraph | Table


@dataclass(frozen=True)
class Report:
    title: str
    subtitle: str | None
    blocks: tuple[Block, ...]
    signature: tuple[str, ...] = ()
    title_lines: tuple[str, ...] = ()
    draft: bool = True
    missing: tuple[str, ...] = ()  # what a final version still needs, in the user's words

    def __post_init__(self) -> None:
        if not self.title_lines:
            object.__setattr__(self, "title_lines", (self.title,))


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
    """Numbers the headings as official documents do: 一、 then （一） then 1., and collects what is
    still to be written (a visible 待补充 placeholder in the draft, a refusal for a final version)."""

    blocks: list[Block] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
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

    def pending(self, what: str, key: str) -> None:
        """``what`` the unit has to write, and the evaluation field (``key``) it goes in."""
        self.missing.append(f"{what}（{key}）")
        self.blocks.append(Paragraph(f"【待补充：{what}】", pending=True))

    def text_or_pending(self, text: str | None, what: str, key: str) -> None:
        if text:
            self.paragraph(text)
        else:
            self.pending(what, key)

    def numbered(self, items: list[str], what: str, key: str) -> None:
        if not items:
            self.pending(what, key)
        for number, item in enumerate(items, 1):
            self.paragraph(f"{number}.{item}" if len(items) > 1 else item)


def build_report(evaluation: Evaluation, card: ScoreCard, scheme: Scheme, final: bool = False) -> Report:
    """The report of ``evaluation``; a draft unless ``final`` (whether a final version may be issued
    is the caller's question: see ``missing_for_final``)."""
    outline = _Outline()
    department = evaluation.kind is Kind.DEPARTMENT
    if department:
        _department_outline(outline, evaluation, card, scheme)
        title = f"{evaluation.unit}{evaluation.year}年度部门整体支出绩效自评报告"
        parts = [evaluation.unit, f"{evaluation.year}年度部门整体支出绩效自评报告"]
        subtitle = None
    else:
        _project_outline(outline, evaluation, card, scheme)
        title = f"{evaluation.unit}{evaluation.year}年度项目支出绩效自评报告"
        parts = [evaluation.unit, f"{evaluation.year}年度项目支出绩效自评报告"]
        subtitle = f"（{evaluation.project}）" if evaluation.project else None
        if not evaluation.project:
            outline.missing.append("项目名称（project）")
    signature = [evaluation.unit]
    if evaluation.report_date:
        d = evaluation.report_date
        signature.append(f"{d.year}年{d.month}月{d.day}日")
    else:
        signature.append(DATE_TO_FILL)
        outline.missing.append("报告日期（report_date）")
    return Report(
        title,
        subtitle,
        tuple(outline.blocks),
        tuple(signature),
        title_lines=tuple(title_lines(parts)),
        draft=not final,
        missing=tuple(outline.missing),
    )


def missing_for_final(report: Report, card: ScoreCard) -> list[str]:
    """What keeps ``report`` from being issued as a final version: unwritten sections and the
    evaluation's error-level problems (a report whose score card has errors is a draft only)."""
    return [*report.missing, *(f"评价表错误：{p.message}" for p in card.errors)]


def _subject(evaluation: Evaluation) -> str:
    return "本项目" if evaluation.kind is Kind.PROJECT else "本部门"


def _project_outline(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    """财预〔2020〕10号 附件3's outline, as a unit's self-evaluation fills it."""
    outline.chapter_heading("基本情况")
    outline.section_heading("项目概况")
    outline.paragraph(
        evaluation.overview
        or f"“{evaluation.project or '（未填写项目名称）'}”由{evaluation.unit}实施，主管部门为{evaluation.department}。"
    )
    outline.section_heading("项目绩效目标")
    _goal(outline, evaluation)

    outline.chapter_heading("绩效自评工作开展情况")
    outline.section_heading("自评目的、对象和范围")
    outline.text_or_pending(evaluation.purpose, "绩效自评的目的", "purpose")
    outline.paragraph(
        f"自评对象为{evaluation.year}年度“{evaluation.project or evaluation.unit}”，范围包括该项目全年预算"
        f"{amount(card.funds.budget)}的安排和使用，以及年度绩效目标和{len(card.indicators)}项绩效指标的完成情况。"
    )
    outline.section_heading("自评依据、指标体系和评分方法")
    _basis_and_method(outline, evaluation, card, scheme)
    outline.section_heading("自评工作过程")
    outline.text_or_pending(evaluation.organisation, "自评工作的组织和过程", "organisation")

    outline.chapter_heading("综合评价情况及评价结论")
    _conclusion(outline, evaluation, card, scheme)

    outline.chapter_heading("绩效指标分析")
    outline.section_heading("项目资金使用情况")
    _budget_execution(outline, evaluation, card, scheme)
    _indicator_analysis(outline, evaluation, card, scheme, department=False)

    outline.chapter_heading("主要经验及做法、存在的问题及原因分析")
    outline.section_heading("主要经验及做法")
    outline.numbered(evaluation.experience, "主要经验及做法", "experience")
    outline.section_heading("存在的问题及原因分析")
    outline.numbered(evaluation.existing_problems, "存在的问题及原因分析", "existing_problems")
    outline.chapter_heading("有关建议")
    outline.numbered(evaluation.measures, "改进措施和有关建议", "measures")
    _closing(outline, evaluation, card, scheme)


def _department_outline(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    """The 部门整体支出 outline of RULES.md 5.3."""
    outline.chapter_heading("部门（单位）概况")
    outline.section_heading("主要职能及基本情况")
    outline.text_or_pending(evaluation.functions, "部门主要职责职能", "functions")
    outline.paragraph(evaluation.overview or f"{evaluation.unit}，主管部门为{evaluation.department}。")
    outline.section_heading("年度整体支出绩效目标")
    _goal(outline, evaluation)
    outline.section_heading("预算绩效管理及自评开展情况")
    outline.text_or_pending(evaluation.organisation, "自评工作的组织和过程", "organisation")
    _basis_and_method(outline, evaluation, card, scheme)
    outline.section_heading("年度预算及执行情况")
    _budget_execution(outline, evaluation, card, scheme)
    spending = evaluation.expenditure
    if spending is not None and (spending.basic is not None or spending.project is not None):
        outline.paragraph(_spending_split(spending))
    else:
        outline.pending("基本支出和项目支出的金额", "expenditure")

    outline.chapter_heading("绩效实现情况")
    _indicator_analysis(outline, evaluation, card, scheme, department=True)

    outline.chapter_heading("自评得分及结论")
    _conclusion(outline, evaluation, card, scheme)

    outline.chapter_heading("主要经验做法")
    outline.numbered(evaluation.experience, "主要经验做法", "experience")
    outline.chapter_heading("存在的问题及原因分析")
    outline.numbered(evaluation.existing_problems, "存在的问题及原因分析", "existing_problems")
    outline.chapter_heading("下一步改进措施")
    outline.numbered(evaluation.measures, "下一步改进措施", "measures")
    _closing(outline, evaluation, card, scheme)


def _spending_split(spending: Expenditure) -> str:
    """基本支出 and 项目支出 in a sentence; a part with nothing in it is no row of its own."""
    parts = [
        (label, value) for label, value in (("基本支出", spending.basic), ("项目支出", spending.project))
    ]
    stated = [(label, value) for label, value in parts if value]
    if len(stated) == 1:
        label, value = stated[0]
        return f"全年支出全部为{label}，共{amount(value)}。"
    if not stated:
        return "全年未发生基本支出和项目支出。"
    return "全年支出中，" + "，".join(f"{label}{amount(value)}" for label, value in stated) + "。"


def _goal(outline: _Outline, evaluation: Evaluation) -> None:
    if evaluation.goal.expected:
        outline.paragraph(f"年度总体目标：{evaluation.goal.expected}")
    else:
        outline.pending("年度总体目标", "goal.expected")
    if evaluation.kind is Kind.PROJECT:
        outline.text_or_pending(
            evaluation.goal.actual and f"实际完成情况：{evaluation.goal.actual}",
            "年度总体目标的实际完成情况",
            "goal.actual",
        )


def _closing(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    """结果应用及公开, other matters and the team: the same for both kinds."""
    outline.chapter_heading("自评结果应用及公开情况")
    outline.text_or_pending(evaluation.result_use, "自评结果的应用及公开安排", "result_use")
    outline.chapter_heading("其他需要说明的问题")
    if card.problems:
        outline.paragraph("经对绩效自评表校验，下列事项需要核实或补充：")
        for number, problem in enumerate(card.problems, 1):
            # the engine names the scheme by its file name, which means nothing to a reader
            message = problem.message.replace(f"评分方案 {scheme.name} ", "评分标准").replace(
                f"评分方案 {scheme.name}", "评分标准"
            )
            message = message if message.endswith("。") else f"{message}。"
            outline.paragraph(f"{number}.{message}")
    else:
        outline.paragraph("无。")
    outline.chapter_heading("评价工作组")
    if evaluation.team:
        outline.paragraph("评价工作组成员对本报告内容的真实性、准确性负责，签名如下。")
        outline.blocks.append(
            Table(
                header=("姓名", "工作单位", "职务", "职称", "签名"),
                rows=tuple((m.name, m.unit, m.post, m.title, "") for m in evaluation.team),
                widths=(2.2, 6.0, 2.8, 2.2, 2.4),
            )
        )
    else:
        outline.pending("评价工作组成员（姓名、工作单位、职务、职称）", "team")


def _basis_and_method(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    """The legal basis for the kind, named as a reader knows it, and how the points were given."""
    counts: dict[str, int] = {}
    for line in card.indicators:
        counts[line.level1] = counts.get(line.level1, 0) + 1
    listing = "、".join(f"{name}{count}项" for name, count in counts.items())
    weights = "、".join(
        [f"{card.execution.name}{fmt(card.execution.weight)}分"]
        + [f"{c.name}{fmt(c.assigned)}分" for c in card.categories if c.assigned > 0]
    )
    outline.paragraph(
        f"自评依据{scheme.basis[evaluation.kind]}，以批复的年度绩效目标为标准，"
        f"采用{evaluation.year}年度{card.kind.value}绩效自评表逐项打分。"
    )
    qualitative = sum(1 for i in evaluation.indicators if i.is_qualitative and not i.not_applicable)
    method = (
        f"指标体系由预算执行率和{len(card.indicators)}项三级指标组成"
        + (f"（{listing}）" if listing else "")
        + f"，分值为{weights}。"
        + "预算执行率按实际执行数与全年预算数之比计分；定量指标完成年度指标值的得满分，未完成的按完成比例计分"
    )
    method += "；定性指标按达成、部分达成、未达成三个档次在规定区间内评分。" if qualitative else "。"
    outline.paragraph(method)


def _budget_execution(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
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
    sources = _fund_sources(evaluation)
    if sources:
        outline.paragraph(sources)
    execution = card.execution
    outline.paragraph(f"{execution.name}分值{fmt(execution.weight)}分，得{points(execution.score)}分。")
    reason = evaluation.funds.low_execution_reason
    if reason:
        outline.paragraph(f"执行偏差原因：{reason}")
    elif execution.rate is not None and execution.rate < scheme.execution.reason_required_below:
        outline.pending(
            f"预算执行率低于{fmt(scheme.execution.reason_required_below)}%的原因",
            "funds.low_execution_reason",
        )


def _fund_sources(evaluation: Evaluation) -> str:
    """Where the money came from, leaving out sources with nothing in them (they are in the form)."""
    rows = [
        (label, row)
        for key, label in FUND_SUBROWS.items()
        if (row := evaluation.funds.subrows().get(key)) is not None
        and any(value for value in (row.initial, row.budget, row.executed))
    ]
    if not rows:
        return ""
    if len(rows) == 1:
        label, row = rows[0]
        return f"资金全部来源于{label}，全年执行{amount(row.executed)}。"
    parts = [f"{label}全年预算数{amount(row.budget)}、执行数{amount(row.executed)}" for label, row in rows]
    return "按资金来源分，" + "；".join(parts) + "。"


_DEPARTMENT_SECTIONS = (("产出", "履职完成情况"), ("效益", "履职效果情况"), ("满意", "满意度情况"))
# how a group's met indicators are summed up; varied from group to group as a writer would
_MET_ALL = ("均达到年度指标值", "均按计划完成", "全部完成年度目标")
_LEADS = ("共{n}项，分值{weight}分，得{score}分。", "设{n}项指标，分值{weight}分，实际得{score}分。")


def _indicator_analysis(
    outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme, department: bool
) -> None:
    if department:
        outline.text_or_pending(evaluation.goal.actual, "年度履职目标的实际完成情况", "goal.actual")
    if not evaluation.indicators:
        outline.paragraph("未设置绩效指标。")
        return
    groups: dict[str, list[tuple[int, Indicator, IndicatorScore]]] = {}
    for index, (indicator, line) in enumerate(zip(evaluation.indicators, card.indicators, strict=True)):
        groups.setdefault(indicator.level1, []).append((index, indicator, line))
    for number, (level1, members) in enumerate(groups.items()):
        heading = f"{level1}完成情况"
        if department:
            heading = next(
                (f"{title}（{level1}）" for key, title in _DEPARTMENT_SECTIONS if key in level1), heading
            )
        outline.section_heading(heading)
        subtotal = sum((line.score for _, _, line in members if line.score is not None), Decimal(0))
        weight = sum((line.weight for _, _, line in members), Decimal(0))
        lead = _LEADS[number % len(_LEADS)].format(n=len(members), score=points(subtotal), weight=fmt(weight))
        sentences = [f"{level1}{lead}"]
        sentences += _group_sentences(outline, members, scheme, number)
        outline.paragraph("".join(sentences))


def _named(indicator: Indicator) -> str:
    """An indicator with what it achieved, for a list: "监测指令稿件3500条（指标值≥3000条）"."""
    if indicator.is_qualitative:
        return f"{indicator.name}（{indicator.actual_text}）" if indicator.actual_text else indicator.name
    return (
        f"{indicator.name}{fmt(indicator.actual)}{indicator.unit or ''}（指标值{indicator.target_label()}）"
    )


def _group_sentences(
    outline: _Outline, members: list[tuple[int, Indicator, IndicatorScore]], scheme: Scheme, number: int
) -> list[str]:
    """The group in a few sentences: what was met, together; what was not, or far exceeded, each with
    the unit's explanation; what did not apply."""
    met: list[Indicator] = []
    remarks: list[str] = []
    skipped: list[str] = []
    for index, indicator, line in members:
        if not line.applicable:
            skipped.append(indicator.name)
            continue
        state, share = _state(indicator, scheme)
        deviation = (indicator.deviation or "").strip().rstrip("。") + "。" if indicator.deviation else ""
        where = f"indicators[{index}].deviation"
        if state == "unknown":
            remarks.append(f"{indicator.name}未填写实际完成情况。")
            outline.missing.append(f"“{indicator.name}”的实际完成值（indicators[{index}].actual）")
        elif state == "met":
            met.append(indicator)
            if deviation and line.score is not None and line.score < line.weight:
                remarks.append(f"{indicator.name}未得满分，{deviation}")
        elif state == "exceeded":
            text = f"{_named(indicator)}，达到指标值的{share}，超出较多"
            remarks.append(f"{text}，{deviation}" if deviation else f"{text}。")
            if not deviation:
                outline.missing.append(f"“{indicator.name}”大幅超额完成的原因（{where}）")
        else:
            if indicator.is_qualitative:
                tier = indicator.tier.value if indicator.tier else "未评定档次"
                text = f"{indicator.name}评为“{tier}”" + (
                    f"，{indicator.actual_text}" if indicator.actual_text else ""
                )
            else:
                text = f"{_named(indicator)}，未达到年度指标值" + (f"（完成{share}）" if share else "")
            remarks.append(f"{text}，{deviation}" if deviation else f"{text}。")
            if not deviation:
                outline.missing.append(f"“{indicator.name}”未完成的原因及改进措施（{where}）")
    sentences = []
    if met:
        listed = "、".join(_named(i) for i in met)
        sentences.append(
            f"{listed}，达到年度指标值。"
            if len(met) == 1
            else f"{listed}等{len(met)}项指标{_MET_ALL[number % len(_MET_ALL)]}。"
        )
    sentences += remarks
    if skipped:
        sentences.append(f"{'、'.join(skipped)}{len(skipped)}项指标本年度不适用，不计分。")
    return sentences


def _state(indicator: Indicator, scheme: Scheme) -> tuple[str, str]:
    """met, not met, far exceeded (or unknown), with the share of the target reached where it says something."""
    if indicator.is_qualitative:
        if indicator.tier is None:
            return "unknown", ""
        return ("met" if indicator.tier is Tier.MET else "not met"), ""
    target, actual = indicator.target, indicator.actual
    if target is None or actual is None:
        return "unknown", ""
    if indicator.operator.is_reverse:
        return ("met" if actual <= target else "not met"), ""
    share = percent(quantize(actual / target * HUNDRED, 2)) if target > 0 else ""
    met = actual <= 0 if indicator.operator is Operator.EQ and target == 0 else actual >= target
    if not met:
        return "not met", share
    rule = scheme.over_achievement
    far = actual >= rule.ratio * target if target > 0 else actual >= rule.zero_target_threshold
    return ("exceeded" if far else "met"), share


def indicator_analysis(indicator: Indicator, line: IndicatorScore, scheme: Scheme) -> str:
    """One indicator's completion in a sentence, as its group's paragraph words it."""
    outline = _Outline()
    return "".join(_group_sentences(outline, [(0, indicator, line)], scheme, 0))


def score_table(card: ScoreCard) -> Table:
    """Every line of the score card: execution, each indicator, category subtotals, total and grade.

    分值 are what the rows carry (a category's subtotal is the sum of its indicators, the total the sum of
    all rows), so a form whose weights do not add up shows its real figures, not the scheme's."""
    rows: list[tuple[str, ...]] = []
    merges: list[tuple[int, int, int, int]] = []
    strong: set[int] = set()

    def add(values: tuple[str, ...], label_span: bool = False, bold: bool = False) -> None:
        if label_span:
            merges.append((len(rows), 0, len(rows), 2))
        if bold:
            strong.add(len(rows))
        rows.append(values)

    execution = card.execution
    add(
        (execution.name, "", "", fmt(execution.weight, 2), points(execution.score), execution.explanation),
        True,
    )
    first = len(rows)
    for level in (0, 1):
        for start, length in _runs(card.indicators, level):
            if length > 1:
                merges.append((first + start, level, first + start + length - 1, level))
    for index, line in enumerate(card.indicators):
        new1 = index == 0 or card.indicators[index - 1].level1 != line.level1
        new2 = new1 or card.indicators[index - 1].level2 != line.level2
        rows.append(
            (
                line.level1 if new1 else "",
                line.level2 if new2 else "",
                line.name,
                fmt(line.weight, 2),
                points(line.score),
                line.explanation,
            )
        )
    for category in card.categories:
        if category.assigned > 0:
            add(
                (f"{category.name}小计", "", "", fmt(category.assigned, 2), points(category.score), ""),
                True,
                True,
            )
    if card.total != card.raw_total:
        add(("各项得分合计", "", "", "", points(card.raw_total), "按适用指标折算百分制前的合计"), True)
    add(("总分", "", "", fmt(real_total_points(card), 2), points(card.total), ""), True, True)
    add(("自评等级", "", "", "", card.grade, ""), True, True)
    return Table(
        header=("一级指标", "二级指标", "三级指标", "分值", "得分", "评分说明"),
        rows=tuple(rows),
        widths=(2.0, 2.0, 3.0, 1.6, 1.6, 5.4),
        strong_rows=frozenset(strong),
        numeric_columns=frozenset({3, 4}),
        merges=tuple(merges),
    )


def real_total_points(card: ScoreCard) -> Decimal:
    """The points the rows of the form carry: the scheme's total when the form is right."""
    return card.execution.weight + sum((c.assigned for c in card.categories), Decimal(0))


def _runs(lines: list[IndicatorScore], level: int) -> list[tuple[int, int]]:
    """(start, length) of consecutive lines sharing a 一级 (and for level 1 a 二级) 指标."""
    runs: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        key = (line.level1,) if level == 0 else (line.level1, line.level2)
        previous = lines[index - 1] if index else None
        same = previous is not None and key == (
            (previous.level1,) if level == 0 else (previous.level1, previous.level2)
        )
        if same:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((index, 1))
    return runs


def _conclusion(outline: _Outline, evaluation: Evaluation, card: ScoreCard, scheme: Scheme) -> None:
    grades = "，".join(
        f"{g.name}≥{fmt(g.min)}分" if g.min > 0 else f"{g.name}<{fmt(scheme.grades[-2].min)}分"
        for g in scheme.grades
    )
    text = (
        f"经逐项打分，{_subject(evaluation)}{evaluation.year}年度绩效自评得分{points(card.total)}分"
        f"（满分{fmt(real_total_points(card))}分），按绩效自评等级标准（{grades}），"
        f"自评等级为“{card.grade}”。"
    )
    if card.total != card.raw_total:
        skipped = sum(1 for line in card.indicators if not line.applicable)
        text += f"其中{skipped}项指标不适用，各项得分合计{points(card.raw_total)}分，按适用指标折算为百分制。"
    outline.paragraph(text)
    if card.errors:
        outline.paragraph(
            f"绩效自评表尚有{len(card.errors)}处错误（见“其他需要说明的问题”），以上得分按现有填报计算，"
            "更正后须重新计分。"
        )
    for own in (evaluation.achievements, evaluation.conclusion):
        if own:
            outline.paragraph(own)
    outline.paragraph("各项指标得分见下表。")
    outline.blocks.append(score_table(card))
