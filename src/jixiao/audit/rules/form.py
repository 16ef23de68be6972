"""The published 自评表 re-scored: each indicator row, the total and the grade computed by the scoring engine
from the targets, actual values and weights the form states, beside the unit's own figures."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from jixiao.audit.context import Context, per_report
from jixiao.audit.registry import Hit, rule
from jixiao.audit.rules.consistency import stated_scheme
from jixiao.form.published import forms_in_report
from jixiao.form.stated import StatedForm
from jixiao.model.evaluation import Indicator
from jixiao.scoring.compare import Difference, Rescored, rescore


@per_report
def rescored_forms(context: Context) -> tuple[Rescored, ...]:
    """The report's forms (a department's and its projects', on a page of several) re-scored under the grade
    bands the report states (else the audit's scheme)."""
    forms = forms_in_report(context.document, context.report, context.lines)
    if not forms:
        return ()
    stated = stated_scheme(context)
    return tuple(rescore(form, stated[0] if stated is not None else context.scheme) for form in forms)


def _hit(context: Context, difference: Difference, rescored: Rescored) -> Hit:
    form = rescored.form
    row = difference.path
    lines = form.lines(row, f"{row}.score") if row.startswith("indicators") else ()
    if not lines and difference.place is not None and difference.place.line is not None:
        lines = (difference.place.line,)
    return Hit(
        {"message": difference.message},
        lines=lines,
        evidence="\n".join(f"第{n}行：{context.line_text(n)}" for n in lines),
        computation=difference.computation,
        severity="info"
        if difference.rounding
        else "warning"
        if _stricter(difference)
        or _follows_from_rows(difference, rescored)
        or _own_deduction(difference, form)
        or _execution_unstated(difference, rescored)
        or _zero_target_deducted(difference, form)
        else None,
    )


# the rows' own differences a re-scored total follows from
_ROW_KINDS = frozenset({"indicator", "unmet_full", "execution"})


def _follows_from_rows(difference: Difference, rescored: Rescored) -> bool:
    """Whether a re-scored total differs only as the rows found wrong make it (the rows adding up to the stated
    total): the rows' own findings say what is wrong, the total's is their consequence, not a second error."""
    return difference.kind == "total" and any(d.kind in _ROW_KINDS for d in rescored.differences)


def _execution_unstated(difference: Difference, rescored: Rescored) -> bool:
    """Whether a re-scored total differs where the form states no execution row's points: the rules' points for it
    come from the report's headline figures, which may not be the money the form scored ("按中央资金执行率97.18%计得
    9.72分" beside the whole fund's 96.31%), a point to look at rather than a slip."""
    return difference.kind == "total" and rescored.form.execution_score is None


def _scored_row(difference: Difference, form: StatedForm) -> Indicator | None:
    """The indicator row an indicator difference is of, when the form states that row's score."""
    found = _ROW_INDEX.fullmatch(difference.path)
    if difference.kind != "indicator" or found is None or not isinstance(difference.stated, Decimal):
        return None
    return form.evaluation.indicators[int(found.group(1))]


def _own_deduction(difference: Difference, form: StatedForm) -> bool:
    """Whether a row's score is its weight less the points its own note says were deducted ("口径不清，扣2分"):
    the form applies a deduction rule of its own and says so, a point to look at rather than a hidden slip."""
    indicator = _scored_row(difference, form)
    if indicator is None:
        return False
    deducted = sum((Decimal(n) for n in _DEDUCTED.findall(indicator.deviation or "")), Decimal(0))
    return deducted > 0 and indicator.weight - deducted == difference.stated


def _zero_target_deducted(difference: Difference, form: StatedForm) -> bool:
    """Whether a row whose target is 0 ("辍学率 0") and whose actual is above it was scored below its points but
    above 0: the national rules give no proportion for a target of 0 (the engine's 0 points is one system's
    rule), so a deduction of the unit's own is a point to look at rather than a slip."""
    indicator = _scored_row(difference, form)
    return (
        indicator is not None
        and indicator.target == 0
        and isinstance(difference.stated, Decimal)
        and Decimal(0) < difference.stated < indicator.weight
    )


_ROW_INDEX = re.compile(r"indicators\[(\d+)\]")
_DEDUCTED = re.compile(r"扣(?:减|除)?\s*(\d+(?:\.\d+)?)\s*分")


def _stricter(difference: Difference) -> bool:
    """Whether a stated score is below what the rules give (a met target scored 9 of 10, a local form's own
    deduction rule): stricter than the rules, no inflated score, a point to look at rather than a slip."""
    return (
        difference.kind in ("indicator", "total")
        and isinstance(difference.stated, Decimal)
        and isinstance(difference.computed, Decimal)
        and difference.stated < difference.computed
    )


def _differences(context: Context, *kinds: str) -> Iterator[Hit]:
    for rescored in rescored_forms(context):
        yield from _differences_of(context, rescored, kinds)


def _differences_of(context: Context, rescored: Rescored, kinds: tuple[str, ...]) -> Iterator[Hit]:
    for difference in rescored.differences:
        if difference.kind in kinds:
            yield _hit(context, difference, rescored)


@rule(
    "JX109",
    "indicator-score",
    "error",
    "指标得分与计分规则不符：{message}",
    summary="自评表中某个三级指标的得分与按其年度指标值、实际完成值和分值计算的得分不符（定量指标完成即满分、"
    "未完成按比例；定性指标须在所评档次的分值区间内）。只差取整到整分或一位小数的记为提示；该行写明按自定规则扣分"
    "（“口径不清，扣2分”）且得分正是分值减去所扣分数的，记为警告；年度指标值为 0 而实际超出、得分低于分值又高于 0 的，"
    "也记为警告（国家规则没有规定这种指标按比例计分）。",
    why="指标得分是总分的来源；得分与完成情况不成比例（完成 770/1228 却得 1.8/2 分）是常见的拔高。",
    fires="三级指标\t年度指标值\t实际完成值\t分值\t得分\n培训人次\t≥1228人次\t770人次\t2\t1.8",
    passes="三级指标\t年度指标值\t实际完成值\t分值\t得分\n培训人次\t≥1228人次\t770人次\t2\t1.25",
)
def indicator_score(context: Context) -> Iterator[Hit]:
    yield from _differences(context, "indicator", "qualitative_band")


@rule(
    "JX110",
    "unmet-full-marks",
    "error",
    "未完成指标却给满分：{message}",
    summary="自评表中年度指标值没有完成（实际完成值低于“≥”目标或高于“≤”上限）的定量指标仍给了满分。",
    why="完成 4604 对目标 ≥4754、支出 5830 对上限 ≤5300 仍得满分，是自评分虚高最直接的来源。",
    fires="三级指标\t年度指标值\t实际完成值\t分值\t得分\n培训次数\t26次\t12次\t10\t10",
    passes="三级指标\t年度指标值\t实际完成值\t分值\t得分\n培训次数\t26次\t26次\t10\t10",
)
def unmet_full_marks(context: Context) -> Iterator[Hit]:
    yield from _differences(context, "unmet_full")


@rule(
    "JX111",
    "form-total",
    "error",
    "{message}",
    summary="自评表的总分不等于表中各行得分（预算执行率得分与各三级指标得分）之和；表读全时，还与按规则重算的"
    "总分比较（表给预算执行率的分值与评分方案不同的，如 20 分，不比较；重算总分的差异只因已报告的某行得分，记为警告）；资金栏的年度资金总额不等于其中各行（当年财政拨款、上年结转、其他资金）之和，各行都是 0 也算。"
    "一页有几张自评表（部门整体表后附各项目表，各有标题）的，每张表按其自己的各行、资金栏和总分核对。",
    why="总分决定等级；各行都是 0 分总分却是 93.61，或各行合计 98 总分写 96，都说明表是拼出来的。",
    fires="项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分\n"
    "年度资金总额\t100\t100\t100\t10\t100%\t10\n"
    "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t培训次数\t≥20次\t20次\t50\t50\n效益指标\t覆盖人数\t≥100人\t100人\t40\t40\n"
    "总分\t100\t98\t优",
    passes="项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分\n"
    "年度资金总额\t100\t100\t100\t10\t100%\t10\n"
    "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t培训次数\t≥20次\t20次\t50\t50\n效益指标\t覆盖人数\t≥100人\t100人\t40\t40\n"
    "总分\t100\t100\t优",
)
def form_total(context: Context) -> Iterator[Hit]:
    yield from _differences(context, "funds_total", "rows_total", "total")


@rule(
    "JX112",
    "form-grade",
    "warning",
    "{message}",
    summary="自评表读全并按规则重算后，总分对应的等级与表中填写的等级不同（按报告写明的等级标准，否则按所选评分方案）；"
    "等级与表中总分本身就不符的，由 JX203 报告。",
    why="指标得分拔高会把“良”抬成“优”；重算后的等级才是评价结果应用的依据。",
    fires="项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分\n"
    "年度资金总额\t100\t100\t100\t10\t100%\t10\n"
    "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t培训次数\t≥20次\t10次\t50\t50\n效益指标\t覆盖人数\t≥100人\t100人\t40\t40\n"
    "总分\t100\t100\t优",
    passes="项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率\t得分\n"
    "年度资金总额\t100\t100\t100\t10\t100%\t10\n"
    "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t培训次数\t≥20次\t10次\t50\t25\n效益指标\t覆盖人数\t≥100人\t100人\t40\t40\n"
    "总分\t100\t75\t中",
)
def form_grade(context: Context) -> Iterator[Hit]:
    bands = stated_scheme(context)
    if bands is None:
        return  # the report's own bands cannot all be read: its grade is not judged
    scheme = bands[0]
    for rescored in rescored_forms(context):
        if rescored.form.total is None or rescored.form.grade is None:
            continue
        stated = rescored.form.grade.value
        if scheme.rank(stated) != scheme.rank(scheme.grade_for(rescored.form.total.value)):
            continue  # the grade does not even follow the stated total: JX203's finding
        yield from _differences_of(context, rescored, ("grade",))


@rule(
    "JX113",
    "form-weights",
    "warning",
    "{message}",
    summary="自评表读全时，各一级指标（产出、效益、满意度）所属三级指标的分值合计与评分方案规定的权重不同"
    "（未设满意度指标时其权重并入产出指标）；一级指标自己写明分值（“产出指标(50分)”）而其下三级指标分值合计不同的，"
    "在指标各行逐行读出、中间没有读不出的行时也报告。",
    why="权重由评分办法规定（财预〔2020〕10号：执行率 10、产出 50、效益 30、满意度 10）；擅自调整权重会改变总分。",
    fires="一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t培训次数\t≥20次\t20次\t40\t40\n效益指标\t覆盖人数\t≥100人\t100人\t40\t40\n"
    "满意度指标\t群众满意度\t≥90%\t95%\t10\t10",
    passes="一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t培训次数\t≥20次\t20次\t50\t50\n效益指标\t覆盖人数\t≥100人\t100人\t30\t30\n"
    "满意度指标\t群众满意度\t≥90%\t95%\t10\t10",
)
def form_weights(context: Context) -> Iterator[Hit]:
    yield from _differences(context, "weights")
