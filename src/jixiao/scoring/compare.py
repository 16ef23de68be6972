"""The reviewer's calculator: a published 自评表 re-scored by the engine and set beside what the unit stated.

Only what the form states can differ: a row whose actual value is words, or a qualitative row with no tier
written, keeps the unit's own score and is not compared. A total is compared only when the whole form was
read (its points add up to the scheme's total), because a partial re-count proves nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from jixiao.decimals import ZERO, fmt
from jixiao.form.stated import Stated, StatedForm
from jixiao.model.scheme import Scheme
from jixiao.scoring.card import Problem, ScoreCard
from jixiao.scoring.engine import score, stated_execution_points

TOLERANCE = Decimal("0.01")
Kind = Literal[
    "indicator",
    "unmet_full",
    "qualitative_band",
    "execution",
    "funds_total",
    "rows_total",
    "total",
    "grade",
    "weights",
]
_PARTIAL_FORM = ("weights.", "indicator.unknown_category")
_UNSCORABLE = ("indicator.no_target", "indicator.no_actual", "indicator.no_tier", "indicator.no_score")


@dataclass(frozen=True)
class Difference:
    """One stated figure that the rules do not give, in one Chinese line, with the engine's working."""

    kind: Kind
    path: str  # "indicators[2]", "execution", "total", "grade"
    name: str
    stated: Decimal | str
    computed: Decimal | str
    message: str
    computation: str
    place: Stated[str] | None
    rounding: bool = False  # the right value rounded to whole points or one decimal


@dataclass(frozen=True)
class Rescored:
    form: StatedForm
    card: ScoreCard
    differences: tuple[Difference, ...]
    complete: bool  # every row read and scored, the points adding up to the scheme's total
    stated_indicators: dict[int, Decimal]  # the unit's 得分 per indicator, where stated

    @property
    def problems(self) -> list[Problem]:
        """The card's problems that say something about the form: a form read from a report's text and not
        read whole cannot be judged on its weights or categories (its lost rows hold them), nor on an
        identity it does not state."""
        unjudged = _PARTIAL_FORM if self.form.from_text and not self.complete else ()
        unknown = () if self.form.identity_known else ("identity.no_project",)
        return [p for p in self.card.problems if not p.code.startswith(unjudged) and p.code not in unknown]

    @property
    def totals_known(self) -> bool:
        """Whether the computed total and grade stand for the form: not for a report's form partly read."""
        return self.complete or not self.form.from_text


def _rounded(stated: Decimal, computed: Decimal) -> bool:
    return any(
        stated == computed.quantize(step, rounding=ROUND_HALF_UP) for step in (Decimal(1), Decimal("0.1"))
    )


def rescore(form: StatedForm, scheme: Scheme) -> Rescored:
    """The engine's card for the stated form, and every stated figure that differs from it."""
    evaluation = form.evaluation
    card = score(evaluation, scheme)
    scheme, card = _reverse_rule_followed(form, scheme, card)
    problems = {p.path.split(".")[0]: p for p in card.problems if p.code in _UNSCORABLE}
    differences: list[Difference] = []
    stated_scores: dict[int, Decimal] = {}
    scorable = True
    for line in card.indicators:
        indicator = evaluation.indicators[line.index]
        path = f"indicators[{line.index}]"
        if indicator.score is not None:
            stated_scores[line.index] = indicator.score
        if path in problems:
            scorable = False
            continue
        if line.score is None:
            continue
        stated = indicator.score
        if stated is None or abs(stated - line.score) <= TOLERANCE:
            continue
        place = form.place(f"{path}.score")
        if indicator.is_qualitative:
            message = f"{indicator.name}：{line.explanation}；表中填 {fmt(stated)} 分"
            kind: Kind = "qualitative_band"
        elif stated >= indicator.weight > line.score:
            message = f"{indicator.name}：{line.explanation}，表中却填满分 {fmt(stated)} 分"
            kind = "unmet_full"
        elif indicator.level1.startswith(_FRAMEWORK_LEVELS) and not _SPENDING_RATE.search(indicator.name):
            # a 投入/过程/决策 framework's row ("预算调整率 | ≤10% | 27.37% | 5 | 3") is scored by the framework's own
            # deductions, not in proportion to its target: only full marks for a target missed say it is wrong (the
            # execution rate's points are in proportion everywhere)
            continue
        else:
            message = f"{indicator.name}：{line.explanation}，表中填 {fmt(stated)} 分"
            kind = "indicator"
        differences.append(
            Difference(
                kind,
                path,
                indicator.name,
                stated,
                line.score,
                message,
                line.explanation,
                place,
                rounding=kind != "unmet_full" and _rounded(stated, line.score),
            )
        )
    execution = _execution(form, scheme)
    if execution is not None:
        differences.append(execution)
    own_rate = _own_rate_row(form)
    execution_points = (
        form.execution_weight.value
        if form.execution_weight
        else ZERO
        if own_rate
        else scheme.execution.weight
    )
    points = execution_points + sum((i.weight for i in evaluation.indicators), ZERO)
    complete = scorable and bool(evaluation.indicators) and points == scheme.total_points
    # rows lost in reading lower the points; points above the scheme's total are the form's own (10 for the
    # funds row and 100 for the indicators): every row is there, and the weights are wrong
    over = scorable and points > scheme.total_points
    differences += _checks(form, card, complete and not own_rate)
    if over:
        message = (
            f"各行分值合计 {fmt(points)} 分（预算执行率与各三级指标），超过满分 {fmt(scheme.total_points)} 分"
        )
        place = form.place("indicators[0]")
        differences.append(Difference("weights", "weights", "分值", "", "", message, message, place))
    differences += _totals(form, card, scheme, complete, stated_scores, over, own_rate)
    return Rescored(form, card, tuple(differences), complete, stated_scores)


_EXECUTION_RATE_NAME = re.compile(
    r"(?:部门|项目|单位)?(?:预算|资金)执行率(?:指标)?"
)  # ("部门预算执行率": the unit's)


def _own_rate_row(form: StatedForm) -> bool:
    """Whether the form, having no funds row of points, scores the money in its own indicator rows: the execution
    rate as one of them ("过程 预算执行 预算执行率 10 100% 97.78% 9.78"), or a 投入/过程/产出/效益 framework's 100 points
    ("投入(15分) 资金落实 资金到位率 6 …"): the scheme's execution item is no row more."""
    return form.execution_weight is None and any(
        _EXECUTION_RATE_NAME.fullmatch(indicator.name) or indicator.level1.startswith(_FRAMEWORK_LEVELS)
        for indicator in form.evaluation.indicators
    )


_FRAMEWORK_LEVELS = ("投入", "过程", "决策")
# a row rating the money's spending ("资金支出率", "预算执行进度"): its points are in proportion in every framework
_SPENDING_RATE = re.compile(r"执行率|支出率|使用率|支付率|支出进度|执行进度")


_OTHER_REVERSE_FORMULA = {"linear": "ratio", "ratio": "linear"}


def _reverse_rule_followed(form: StatedForm, scheme: Scheme, card: ScoreCard) -> tuple[Scheme, ScoreCard]:
    """The scheme, or the same scheme with the other common rule for an indicator whose target is a ceiling
    (≤: linear to zero at twice the target, or target ÷ actual × points; RULES.md leaves it to the region) when
    every such row over its ceiling is scored by that other rule and not by the scheme's: a form following its
    region's rule has no slip there."""
    indicators = form.evaluation.indicators
    over = [
        line
        for line in card.indicators
        if indicators[line.index].operator.is_reverse
        and indicators[line.index].score is not None
        and line.score is not None
        and line.score < indicators[line.index].weight
    ]
    if not over:
        return scheme, card
    other = scheme.model_copy(update={"reverse_formula": _OTHER_REVERSE_FORMULA[scheme.reverse_formula]})
    other_card = score(form.evaluation, other)
    by_index = {line.index: line for line in other_card.indicators}

    def matches(stated: Decimal | None, computed: Decimal | None) -> bool:
        return (
            stated is not None
            and computed is not None
            and (abs(stated - computed) <= TOLERANCE or _rounded(stated, computed))
        )

    ours = all(matches(indicators[line.index].score, line.score) for line in over)
    theirs = all(matches(indicators[line.index].score, by_index[line.index].score) for line in over)
    return (other, other_card) if theirs and not ours else (scheme, card)


def _execution(form: StatedForm, scheme: Scheme) -> Difference | None:
    """The funds row's 得分 against min(B/A, 1) × its 分值."""
    stated = form.execution_score
    total = form.evaluation.funds.derived_total()
    if stated is None or not total.budget or total.executed is None:
        return None
    weight = form.execution_weight.value if form.execution_weight is not None else None
    result = stated_execution_points(form.evaluation.funds, scheme, weight)
    assert result.score is not None
    if abs(stated.value - result.score) <= TOLERANCE:
        return None
    return Difference(
        "execution",
        "execution",
        scheme.execution.name,
        stated.value,
        result.score,
        f"{scheme.execution.name}：{result.explanation}，表中填 {fmt(stated.value)} 分",
        result.explanation,
        Stated(stated.place, stated.place, stated.line),
        rounding=rounded_execution_points(
            stated.value, result.score, weight if weight is not None else scheme.execution.weight
        ),
    )


def rounded_execution_points(stated: Decimal, computed: Decimal, full: Decimal) -> bool:
    """Whether stated execution points are the computed ones rounded to whole points or one decimal; full marks
    for a rate under 100% only when the points round to them at one decimal ("10" for 9.96 is rounding, "10" for
    9.5 is the unmet rate scored full)."""
    return _rounded(stated, computed) and not (
        stated >= full > computed.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    )


def _checks(form: StatedForm, card: ScoreCard, complete: bool) -> list[Difference]:
    """The engine's own checks of the stated form: the funds total against its sub-rows (one difference,
    every column that disagrees), and (the form read whole) each first-level indicator's points against
    the scheme's weight for it (not a framework's of its own, ``complete`` false for it)."""
    found = []
    funds = [p for p in card.problems if p.code == "funds.total_mismatch"]
    if funds:
        message = "；".join(p.message for p in funds)
        place = form.place(funds[0].path)
        found.append(
            Difference("funds_total", "funds.total", "年度资金总额", "", "", message, message, place)
        )
    differing = [c for c in card.categories if c.assigned != c.weight]
    if complete and differing and any(p.code == "weights.category" for p in card.problems):
        parts = "、".join(f"{c.name} {fmt(c.assigned)} 分（应为 {fmt(c.weight)} 分）" for c in differing)
        message = f"一级指标分值与评分方案不符：{parts}"
        first = differing[0].name
        rows = [i for i, row in enumerate(form.evaluation.indicators) if row.level1.startswith(first)]
        place = form.place(f"indicators[{rows[0]}]") if rows else None
        found.append(Difference("weights", "weights", "一级指标", "", "", message, message, place))
    return found or _own_points_differ(form)


# the points a first-level indicator's cell states for itself: "产出指标(50分)", "效益指标（分值30分）"
_OWN_POINTS = re.compile(r"[(（]\s*(?:分值|权重)?\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]\s*$")


_FORM_PARTS = frozenset({"产出", "效益", "满意度", "成本"})


def _own_points_differ(form: StatedForm) -> list[Difference]:
    """Each first-level indicator whose cell states its own points ("产出指标(50分)") and whose rows' points add
    up to other points, the form's rows read without a line lost (else a row the reader missed holds the rest)."""
    if not form.rows_whole:
        return []
    groups: dict[str, list[int]] = {}
    for index, indicator in enumerate(form.evaluation.indicators):
        groups.setdefault(indicator.level1, []).append(index)
    owns = {level1: _OWN_POINTS.search(level1) for level1 in groups}
    names = [level1[: own.start()].strip() if own else level1 for level1, own in owns.items()]
    indicators = form.evaluation.indicators
    if (
        any(own is None for own in owns.values())
        # (the form's own parts only, in a form of two levels of groups: a framework's "决策(20分) | 项目立项(10分)" rows
        # are grouped by cells a copy moves about)
        or any(name.removesuffix("指标") not in _FORM_PARTS for name in names)
        or any(_OWN_POINTS.search(indicator.level2) for indicator in form.evaluation.indicators)
        # (a part printed twice, or its rows apart: its merged cell's label repeated on a page's first row)
        or len(set(names)) != len(names)
        or any(rows != list(range(rows[0], rows[-1] + 1)) for rows in groups.values())
        # (the rows' points all there, only grouped otherwise: a merged cell's label printed on its group's middle row)
        or sum((Decimal(own.group(1)) for own in owns.values() if own), ZERO)
        == sum((i.weight for i in indicators), ZERO)
    ):
        return []
    found = []
    for level1, rows in groups.items():
        own = owns[level1]
        if own is None:
            continue
        stated = Decimal(own.group(1))
        weights = [indicators[index].weight for index in rows]
        summed = sum(weights, ZERO)
        if abs(summed - stated) <= TOLERANCE * len(weights):
            continue  # (points of a third each, "16.67" three times under 50)
        name = level1[: own.start()].strip()
        message = f"{name}写明分值 {fmt(stated)} 分，其下各三级指标分值合计 {fmt(summed)} 分"
        computation = " + ".join(fmt(w) for w in weights) + f" = {fmt(summed)}，与 {fmt(stated)} 不符"
        place = form.place(f"indicators[{rows[0]}]")
        found.append(Difference("weights", "weights", name, stated, summed, message, computation, place))
    return found


def _totals(
    form: StatedForm,
    card: ScoreCard,
    scheme: Scheme,
    complete: bool,
    stated_scores: dict[int, Decimal],
    over: bool = False,
    own_rate: bool = False,
) -> list[Difference]:
    found: list[Difference] = []
    total = form.total
    if total is None:
        return found
    place = Stated(total.place, total.place, total.line)
    # a form read from text may have lost rows its reader could not place: its rows' sum is the whole only
    # when their points make up the scheme's total
    every_row = len(stated_scores) == len(
        [i for i in form.evaluation.indicators if not i.not_applicable]
    ) and (complete or over or not form.from_text)
    if every_row and (form.execution_score is not None or own_rate):
        # (the framework's own rate row is among the rows: no funds row's score besides them)
        executed = [form.execution_score.value] if form.execution_score is not None else []
        summed = sum([*executed, *stated_scores.values()], ZERO)
        if abs(summed - total.value) > TOLERANCE:
            terms = " + ".join(fmt(v) for v in [*executed, *stated_scores.values()])
            found.append(
                Difference(
                    "rows_total",
                    "total",
                    "总分",
                    total.value,
                    summed,
                    f"总分：表中各行得分合计 {fmt(summed)} 分，表中总分填 {fmt(total.value)} 分",
                    f"{terms} = {fmt(summed)}",
                    place,
                )
            )
    # the engine gives the execution rate no points without the funds' budget and spending: a form whose funds row
    # was not read (or not filled), or whose spending no statement gives, is re-scored without them, its total and
    # grade not judged
    derived = form.evaluation.funds.derived_total()
    funds_known = bool(derived.budget) and derived.executed is not None
    # a form giving the funds row its own points (20, not the scheme's 10) is scored by them: the engine's
    # re-scoring puts the scheme's points there, which says nothing of the form's arithmetic (each indicator
    # row is re-scored on its own 分值 anyway; the first-level weights are JX113's to report)
    own_weights = form.execution_weight is not None and form.execution_weight.value != scheme.execution.weight
    if (
        complete
        and funds_known
        and not own_weights
        and not own_rate  # (the engine adds its execution item besides the row: the card counts it twice)
        and abs(card.total - total.value) > TOLERANCE
        and not found
    ):
        found.append(
            Difference(
                "total",
                "total",
                "总分",
                total.value,
                card.total,
                f"总分：按规则重算为 {fmt(card.total)} 分，表中填 {fmt(total.value)} 分",
                f"各行按规则重算后合计 {fmt(card.total)} 分",
                place,
                # "96" for a re-scored 95.96: the total rounded to whole points, as forms print it
                rounding=_rounded(total.value, card.total),
            )
        )
    grade = form.grade
    stated_rank = scheme.rank(grade.value) if grade is not None else None
    if (
        grade is not None
        and complete
        and funds_known
        and not own_weights
        and not own_rate
        and stated_rank is not None
        and stated_rank != scheme.rank(card.grade)
    ):
        found.append(
            Difference(
                "grade",
                "grade",
                "等级",
                grade.value,
                card.grade,
                f"等级：按重算总分 {fmt(card.total)} 分应为“{card.grade}”，表中填“{grade.value}”",
                f"{fmt(card.total)} 分按评分方案为“{card.grade}”",
                Stated(grade.place, grade.place, grade.line),
            )
        )
    return found
