"""Quantitative achievements ("全年监测负面舆情 34186 条"), stated targets with their operator ("不少于1万条"
is ≥ 10000 条), and qualitative targets that carry no number at all ("提高精准度"), which a reviewer flags."""

from __future__ import annotations

import re

from jixiao.extract.context import Context, clause_start, sentence_start
from jixiao.extract.model import Achievement, Target
from jixiao.extract.numbers import COUNT_UNITS, Quantity
from jixiao.extract.spans import Spans, any_between
from jixiao.patterns import guarded

_OPERATORS = (
    ("大于等于", "≥"), ("小于等于", "≤"), ("不少于", "≥"), ("不低于", "≥"), ("不小于", "≥"), ("至少", "≥"),
    ("不超过", "≤"), ("不高于", "≤"), ("不大于", "≤"), ("控制在", "≤"), ("≥", "≥"), (">=", "≥"), ("≤", "≤"),
    ("<=", "≤"), ("大于", ">"), ("高于", ">"), ("小于", "<"), ("低于", "<"), (">", ">"), ("<", "<"), ("=", "="),
)  # fmt: skip
_OPERATOR_SYMBOLS = dict(_OPERATORS)
_COLON = re.compile(r"[:：]")
# a listed item closed by its own note ("公共服务水平（有效提升）、群众知晓率100%"): the figure is the next item's
_ITEM_END = re.compile(r"[)）]\s*、")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_STOP = re.compile(r"\d|[。，；]")
_TRAILING_FIGURES = re.compile(r"[\d.%\s]+$")
_PROJECT_WORD = re.compile(r"专项|项目")
_NOT_AN_ACHIEVEMENT_RATE = re.compile(r"执行率|到位率|满意")
_GOES_ON = re.compile(r"[:：]\s*\S")
_CHAPTER = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])")
_SENTENCE = re.compile(r"[^。；;！？]+")
_GOAL_PARTS = re.compile(r"(?<=[，,])|\d[：:、]")
_FROM = re.compile(r"(?:从|由)$")
_AFTER_END = re.compile(r"[，,、。；;！？\n（(]")
_NOT_A_NAME = re.compile(r"\d|指标|^[≥≤<>=]")
_LEADING_OPERATORS = re.compile(r"^[≥≤<>=\s]+")
# the operator ending a clause; where two end it ("不小于", "小于") the longer one, which starts first
_OPERATOR_BEFORE = re.compile("(" + "|".join(re.escape(word) for word, _ in _OPERATORS) + r")\s*$")
_OPERATOR_LAST = frozenset(word[-1] for word, _ in _OPERATORS) | {"标", "值", "为"}
_OPERATOR_BEFORE_WORD = re.compile(
    "(" + "|".join(re.escape(word) for word, _ in _OPERATORS) + r")\s*(?:年度)?(?:指标|目标)值?\s*(?:为)?\s*$"
)
_LEADING = re.compile(
    r"^(?:\d{4}\s*年度?|[一二三四五六七八九十]是|今年以来|今年|年内|本年度|全年|全时段|截至目前|截止目前|目前|其中|同时|并且|累计|共计|总计|"
    r"合计|一共|共|已经|已|均|还|并|先后|另外|此外|[:：\s\d、.)）]|[（(]\d[)）])+"
)
_TRAILING_WORDS = (
    "达到", "达", "为", "有", "约", "近", "共", "计", "累计", "超过", "超", "突破", "逾", "高达", "总计", "合计",
)  # fmt: skip
_TRAILING = guarded("(?:" + "|".join(_TRAILING_WORDS) + r"|\s)+$")
_TRAILING_LAST = frozenset(word[-1] for word in _TRAILING_WORDS)
_EXCLUDED_MEASURE = guarded(
    r"^[(（]|^(?:我|本)(?:单位|部门)$|编制|在编|事业编|行政编|等级|年度|项目\d*$|项目[共计]?$|占|比例|比重|分值|权重|得分|满分"
)
_STAFF = re.compile(r"编制|在编|供给|财政补助人员")
_COUNT_UNITS = frozenset(COUNT_UNITS) - {"万", "小时", "分钟", "天"}
# words that say "the value" without saying of what: the measure is named before them
_GENERIC_MEASURE = re.compile(
    r"^(?:未达|达到|超过|超出|低于|高于)?(?:年度|全年|本年度?|年初)?(?:实际)?(?:完成|指标|目标|预期|计划)?(?:值|数|情况)?$"
)
_RUN_TOGETHER_ROW = re.compile(r"^(?P<name>\D{2,}?)[\d.\s]+(?:实际|完成)\S{0,4}$")
_NUMBER_CELL = re.compile(r"^[\d.%\s]+$")
# a number right after "指标值" / "未达指标" is the target, not a result
_TARGET_WORD_BEFORE = guarded(r"(?:未达到?|达到|超过|超出|低于|高于)?(?:年度)?(?:指标|目标)值?\s*(?:为)?\s*$")
_NUMBERING = re.compile(r"^[\s\d.、．)）(（]+")
# "从150名扩充至230名": the second figure is the same measure, changed
_CHANGE_TO = re.compile(r"^(?:扩充|扩大|增加|增长|提高|提升|上升|下降|减少|降低|压减|调整)(?:至|到|为)$")
SATISFACTION_MEASURE = re.compile(r"满意(?:度|率)$")
_PLANNED = re.compile(r"[^，,。；;]{0,3}[，,]\s*实际(?:完成|执行)")
_OPERATOR_WORDS = re.compile(r"不少于|不低于|不超过|不高于|≥|≤|至少|大于等于|小于等于")
_GOAL_VERBS = re.compile(
    r"^(?:[\d、.:：)）(（]|\s)*(?:提高|提升|加强|增强|确保|保障|完善|推动|推进|促进|改善|优化|强化|营造|维护|避免|健全|加快|深化|扩大|保持|做好|力争|争取)"
)
_TARGET_HEADING = re.compile(r"绩效目标|绩效指标|目标和指标|目标、指标")
_DONE_HEADING = re.compile(r"实现|完成情况|分析|结果")
_TARGET_LEAD = re.compile(r"(?:绩效目标|绩效指标|总体目标|年度目标)(?:是|为)?[:：]")


# clause ends, and the cell separators of a table row printed as a line ("受益群众人数\t15\t实际43421人")
_MEASURE_BREAKS = "。；;！？!?\n，,\t|｜"


def _operator(text: str, position: int) -> str | None:
    """The comparison right before a number: "不少于1万条", and "≥ 指标 2700人" (the operator before the word)."""
    last = position - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    if last < 0 or text[last] not in _OPERATOR_LAST:
        return None  # both patterns end in one of these characters (and spaces): most numbers stop here
    match = _OPERATOR_BEFORE.search(text, max(0, position - 5), position) or _OPERATOR_BEFORE_WORD.search(
        text, max(0, position - 12), position
    )
    return _OPERATOR_SYMBOLS[match.group(1)] if match else None


def _measure(ctx: Context, index: int) -> str:
    text = ctx.flow.text
    quantity = ctx.quantities[index]
    floor = ctx.floor(index)
    begin = clause_start(text, quantity.start, floor, _MEASURE_BREAKS)
    before = _ITEM_END.split(_COLON.split(text[begin : quantity.start])[-1])[-1]
    operator = _OPERATOR_BEFORE.search(before)
    if operator:
        before = before[: operator.start()]
    before = _without_trailing(_without_lead(_LEADING, before.strip())).strip()
    before = _FROM.sub("", before).strip()
    if before and _GENERIC_MEASURE.match(before):
        before = _named_before(text, begin)
    following = ctx.quantities[index + 1].start if index + 1 < len(ctx.quantities) else len(text)
    after_end = min(following, len(text))
    match = _AFTER_END.search(text, quantity.end, after_end)
    after = text[quantity.end : match.start() if match else after_end].strip()
    after = after.lstrip("的").split("的")[0][:12]
    if _NOT_A_NAME.search(after) or _CHANGE_TO.match(after):
        after = ""
    measure = _without_lead(_LEADING_OPERATORS, before + after).strip(" “”\"'")
    run_together = _RUN_TOGETHER_ROW.match(measure)  # "产出指标数量指标培训人次1212.00实际"
    if run_together:
        measure = run_together.group("name")
    return "" if _GENERIC_MEASURE.match(measure) else measure


def _without_lead(lead: re.Pattern[str], text: str) -> str:
    """``text`` without what ``lead``, a pattern anchored at the start, matches there: ``lead.sub("", text)``, which
    tries every position of the text for the one match only its start can give."""
    match = lead.match(text)
    return text[match.end() :] if match else text


def _without_trailing(text: str) -> str:
    """``text`` without the verbs and counters after a measure's name (_TRAILING); most texts end in none of the
    characters those end with, and are not searched for them."""
    return _TRAILING.sub("", text) if text[-1:] in _TRAILING_LAST or text[-1:].isspace() else text


def _named_before(text: str, begin: int) -> str:
    """What a generic clause ("年度指标值≥2700人", "实际完成3138人") measures: the nearest earlier clause of
    its sentence that names something, or a short sentence just before it that is only a name
    ("1.补助发放人数。"); empty when neither does."""
    position = begin
    crossed = False  # went back over a table's number cells, one per line ("15" / "15.00")
    while position > 0:
        mark = text[position - 1]
        start = clause_start(text, position - 1, 0, _MEASURE_BREAKS)
        piece = text[start : position - 1].strip()
        if mark == "\n":
            if _NUMBER_CELL.match(piece):
                crossed = True
                position = start
                continue
            name = _TRAILING_FIGURES.sub("", piece)  # short cells may have been joined: "补助发放人数15"
            cell = crossed and len(name) <= 20 and not _DIGIT_OR_STOP.search(name)
            return name if cell else ""
        if mark in "。；;！？!?":
            name = _without_lead(_NUMBERING, piece).strip()
            return name if len(name) <= 20 and _DIGIT.search(name) is None else ""
        candidate = _DIGIT.split(_without_lead(_LEADING, piece))[0]
        candidate = _without_trailing(_OPERATOR_BEFORE.sub("", candidate.strip())).strip()
        if candidate and not _GENERIC_MEASURE.match(candidate):
            return candidate
        position = start  # a bare number (a score cell) or another generic clause: look further back
    return ""


def _is_count(quantity: Quantity) -> bool:
    if quantity.unit in _COUNT_UNITS:
        return True
    return quantity.unit is None and quantity.written_unit in ("万", "亿")


def _target_paragraphs(ctx: Context, paragraphs: list[tuple[int, int, bool]]) -> Spans[bool]:
    """Paragraphs that state targets: in a target section or after "绩效目标：", and using target words."""
    spans: list[tuple[int, int, bool]] = []
    for start, end, is_target in paragraphs:
        if is_target and (
            _TARGET_LEAD.search(ctx.flow.text, start, end)
            or _OPERATOR_WORDS.search(ctx.flow.text, start, end)
        ):
            spans.append((start, end, True))
    return Spans(spans)


def extract_achievements(
    ctx: Context, chrome: frozenset[int] = frozenset()
) -> tuple[list[Achievement], list[Target]]:
    """The results and targets the text states; a page's chrome ("阅读：2316次") states none."""
    text = ctx.flow.text
    achievements: list[Achievement] = []
    targets: list[Target] = []
    paragraphs = _paragraphs(text)
    target_spans = _target_paragraphs(ctx, paragraphs)
    last_measure: tuple[int, str] | None = None
    for index, quantity in enumerate(ctx.quantities):
        counted = _is_count(quantity)
        is_rate = quantity.is_percent
        if not (counted or is_rate) and quantity.unit in ("万元", "分"):
            continue
        operator = _operator(text, quantity.start)
        if not (counted or is_rate or operator):
            continue
        measure = _measure(ctx, index)
        if (
            (not measure or _CHANGE_TO.match(measure))
            and last_measure is not None
            and last_measure[0] == sentence_start(text, quantity.start)
        ):
            measure = last_measure[1]
        if (
            not measure
            or _EXCLUDED_MEASURE.search(measure)
            or text[max(0, quantity.start - 3) : quantity.start].rstrip().endswith(("前", "第"))
        ):
            continue
        if quantity.unit in ("个", "项") and _PROJECT_WORD.search(measure):
            continue
        if quantity.unit == "项" and "指标" in measure + text[quantity.end : quantity.end + 6]:
            continue  # "产出指标共3项", "6项三级指标": how many indicators, not a result
        if quantity.unit in ("人", "名") and _STAFF.search(
            text[clause_start(text, quantity.start) : quantity.end + 6]
        ):
            continue
        if is_rate and not operator and not measure.endswith(("率", "性", "度")):
            continue
        if is_rate and _NOT_AN_ACHIEVEMENT_RATE.search(measure):
            _satisfaction_result(ctx, index, measure, operator)
            if not operator:
                continue  # a rate or satisfaction reached; one with "≥" is the target set for it
        last_measure = (
            sentence_start(text, quantity.start),
            measure,
        )  # (its sentence found only for those kept)
        line, _ = ctx.flow.locate(quantity.start)
        if line in chrome:
            continue
        planned = bool(_PLANNED.match(text, quantity.end)) or bool(
            _TARGET_WORD_BEFORE.search(text, max(0, quantity.start - 10), quantity.start)
        )
        in_targets = target_spans.at(quantity.start) is not None
        if operator or planned or in_targets:
            ctx.add(
                "target",
                quantity.value,
                quantity.start,
                quantity.end,
                quantity=quantity,
                operator=operator,
                subject=measure,
            )
            targets.append(
                Target(
                    measure=measure, operator=operator, value=quantity.value, unit=quantity.unit, line=line
                )
            )
            continue
        ctx.add(
            "achievement", quantity.value, quantity.start, quantity.end, quantity=quantity, subject=measure
        )
        achievements.append(
            Achievement(
                measure=measure,
                value=quantity.value,
                unit=quantity.unit,
                approximate=quantity.approximate,
                line=line,
            )
        )
    targets.extend(_qualitative_targets(ctx, paragraphs))
    return achievements, targets


_NAMES_TARGET = re.compile(r"(?:指标|目标)值?\s*(?:为|是|:|：)?\s*$")


def _satisfaction_result(ctx: Context, index: int, measure: str, operator: str | None) -> None:
    """A satisfaction indicator's result ("服务对象满意度。年度指标值≥85%，实际完成95%") is the stated
    satisfaction rate even where its clause never says 满意; its target is not."""
    quantity = ctx.quantities[index]
    if operator or not SATISFACTION_MEASURE.search(measure) or _PLANNED.match(ctx.flow.text, quantity.end):
        return
    if _NAMES_TARGET.search(ctx.flow.text, max(0, quantity.start - 8), quantity.start):
        return  # "实际 92.36% 未达指标 94%": the figure after 指标 is the target
    line, column = ctx.flow.locate(quantity.start)
    if not any(f.line == line and f.start == column for f in ctx.all("satisfaction")):
        ctx.add("satisfaction", quantity.value, quantity.start, quantity.end, quantity=quantity)


def _paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, states targets?) for each paragraph: in a target section, or led by "绩效目标："."""
    result: list[tuple[int, int, bool]] = []
    in_targets = False
    position = 0
    leads = [lead.start() for lead in _TARGET_LEAD.finditer(text)]  # no lead runs across a line break
    for paragraph in text.split("\n"):
        stripped = paragraph.strip()
        # a heading holds no sentence: a short line ending in "；" or going on after "：" is a clause
        heading = (
            len(stripped) <= 40
            and "。" not in stripped.rstrip("。")
            and not stripped.endswith(("；", ";", "，", ","))
            and not _GOES_ON.search(stripped)
        )
        if heading and _TARGET_HEADING.search(stripped):
            in_targets = not _DONE_HEADING.search(stripped)
        elif heading and _CHAPTER.match(stripped):
            in_targets = False
        end = position + len(paragraph)
        result.append((position, end, in_targets or any_between(leads, position, end)))
        position = end + 1
    return result


def _qualitative_targets(ctx: Context, paragraphs: list[tuple[int, int, bool]]) -> list[Target]:
    """Goal sentences without a number, in a target section or after "绩效目标：" — the vague ones."""
    text = ctx.flow.text
    found: list[Target] = []
    for start, end, is_target in paragraphs:
        if not is_target:
            continue
        paragraph = text[start:end]
        lead = _TARGET_LEAD.search(paragraph)
        offset = lead.end() if lead else 0
        for match in _SENTENCE.finditer(paragraph[offset:]):
            clause = match.group()
            for part in _GOAL_PARTS.split(clause):
                words = part.strip(" ，,")
                if words and _DIGIT.search(words) is None and _GOAL_VERBS.match(words) and len(words) <= 60:
                    begin = start + offset + match.start() + clause.find(words)
                    ctx.add("target.qualitative", words, begin, begin + len(words), operator="定性")
                    line, _ = ctx.flow.locate(begin)
                    found.append(Target(measure=words, operator="定性", value=None, unit=None, line=line))
    return found
