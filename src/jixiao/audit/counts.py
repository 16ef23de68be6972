"""Counts and measures broken down into their parts: "共编制项目52个(产业项目50个、教育扶持1个…)", "在职人员76人，
其中：行政编制73人、工勤3人…", "基地21.73万亩(核桃10.02、苹果1.52…万亩)".

Money has its own breakdowns (``breakdowns``), read off the extracted facts; a count is no headline fact, so
its breakdown is read off the line itself: a quantity with a unit, then at once a bracket or a "其中" that
lists labelled parts in the same unit. Parts that name traits rather than a partition ("其中党员40人、女性
50人": one person may be both) are no breakdown.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.context import Context, per_report
from jixiao.extract.numbers import Quantity, find_quantities
from jixiao.layout.vocabulary import load_vocabulary

_AMOUNTS = load_vocabulary("amounts")
_TRAITS = re.compile(_AMOUNTS["trait_parts"])
_OPEN = re.compile(r"\s*[(（]")
_WHEREOF = re.compile(r"\s*[,，]?\s*(?:其中|分别为|分为)\s*[:：]?")
_SEPARATOR = re.compile(r"^[\s、，,；;“”\"]*$")
_LABEL = re.compile(r"[\u4e00-\u9fff“”\"]+[\s:：]*$")
_SENTENCE_END = "。；;！!？?"
_MIN_PARTS = 2
_LABEL_REACH = 16  # characters of a total's name before it
_SENTENCE_END_MARK = re.compile(r"[。；;]")
# a bracket of what a count includes ("104人(含工勤人员4人,事业人员3人)"): some of them, not its kinds
_INCLUDING = re.compile(r"\s*[(（]\s*(?:含|包括|包含|其中)")
_PARTITIONED = frozenset(_AMOUNTS["partitioned_counts"])
_HEAD_NOUN = re.compile(r"[\u4e00-\u9fff]{2}$")  # the word a count's name ends with ("编制", "救助", "终端")
_ALL_OF_IT = re.compile(r"(?:总数|总计|合计|总额)$")  # words after a count's name that say it is all of it
# a number, a unit of a few characters (no date's, score's or money's), then a bracket (not one giving the
# target or a comparison: "213人(指标值≥200人)") or 其中: the only lines worth cutting into quantities
_LISTED = re.compile(
    r"[\d０-９]\s*[万亿]?(?![年月日号时分元])[\u4e00-\u9fff]{1,3}\s*"
    r"(?:[(（](?!\s*(?:指标|目标|计划|预期|同比|较|比))|[,，]?\s*(?:其中|分别为|分为))"
)


@dataclass(frozen=True)
class CountPart:
    label: str
    value: Decimal


@dataclass(frozen=True)
class CountGroup:
    """A stated count or measure (``total``, as written, in ``unit``) and the labelled parts listed for it."""

    line: int
    unit: str
    total: Decimal
    parts: tuple[CountPart, ...]
    label: str = ""  # the total's, as written before it
    closed: bool = False  # the listing is all there: its sentence ends on the line, and it does not say "含"

    @property
    def summed(self) -> Decimal:
        return sum((part.value for part in self.parts), Decimal(0))

    def partitioned(self) -> bool:
        """Whether the parts split the total into its kinds, so that together they are all of it: each part's name
        is a kind of the word the total's name ends with, and that word is one whose kinds make it up (a staffing
        quota: "核定编制126名" / "政法专项编制112名、工勤编制11名"; amounts.yaml partitioned_counts) or each kind is
        named as a type ("临时救助312人次" / "急难型救助…、支出型救助…"); not some of its members ("内设机构28个" /
        "派出所11个、司法所5个", "幼儿园46所" / "公办幼儿园29所、普惠性民办幼儿园11所")."""
        head = _HEAD_NOUN.search(_ALL_OF_IT.sub("", self.label))  # ("核定编制总数56名": the 编制's whole)
        if head is None or not self.closed or len(self.parts) < _MIN_PARTS:
            return False
        kinds = [part.label.removesuffix(head.group()) for part in self.parts]
        if not all(
            part.label.endswith(head.group()) and kind for part, kind in zip(self.parts, kinds, strict=True)
        ):
            return False
        return head.group() in _PARTITIONED or all(kind.endswith(("型", "类")) for kind in kinds)

    def slack(self) -> Decimal:
        """How far rounding each figure to the places it is written with can move the sum from the total: a
        whole count of people or things is exact, a figure with decimals or in 万/亿 may be rounded."""
        figures = [self.total, *(part.value for part in self.parts)]
        scaled = self.unit.startswith(("万", "亿"))
        return sum((_half_place(value) for value in figures if scaled or _places(value)), Decimal(0))


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _half_place(value: Decimal) -> Decimal:
    return Decimal(1).scaleb(-_places(value)) / 2


def _counted(quantity: Quantity) -> bool:
    """A count or measure: a unit is written, and it is neither money nor a percentage."""
    unit = quantity.written_unit
    return unit is not None and quantity.unit not in ("万元", "%") and not unit.endswith("元")


@per_report
def count_groups(context: Context) -> tuple[CountGroup, ...]:
    found: list[CountGroup] = []
    whole = context.text  # one search over the report finds the few lines that list after a count
    numbers = sorted({whole.count("\n", 0, found.start()) + 1 for found in _LISTED.finditer(whole)})
    for line in (context.lines[number - 1] for number in numbers):
        text = line.text  # normalised already (Context.lines)
        quantities = find_quantities(text)
        for index, total in enumerate(quantities):
            if not _counted(total):
                continue
            group = _bracketed(text, total, quantities[index + 1 :]) or _whereof(
                text, total, quantities[index + 1 :]
            )
            if group is not None:
                label = _LABEL.search(text, max(0, total.start - _LABEL_REACH), total.start)
                named = label.group().strip(' :：“”"') if label is not None else ""
                closed = _SENTENCE_END_MARK.search(text, total.end) is not None and not _INCLUDING.match(
                    text, total.end
                )
                found.append(
                    CountGroup(line.number, total.written_unit or "", total.written, group, named, closed)
                )
    return tuple(found)


def _bracketed(text: str, total: Quantity, later: list[Quantity]) -> tuple[CountPart, ...] | None:
    """ "52个(产业项目50个、教育扶持1个、金融类1个)": parts in the bracket right after the total; bare numbers
    take the unit the last part writes ("21.73万亩(核桃10.02、苹果1.52万亩)")."""
    opened = _OPEN.match(text, total.end)
    if opened is None:
        return None
    close = min(
        (at for at in (text.find(")", opened.end()), text.find("）", opened.end())) if at >= 0), default=-1
    )
    if close < 0:
        return None
    inside = [q for q in later if q.end <= close]
    if _ITEM_BREAK.search(text, opened.end(), close):
        return _itemised(text, opened.end(), close, total, inside)
    if len(inside) < _MIN_PARTS or inside[-1].written_unit != total.written_unit:
        return None
    if any(q.written_unit not in (None, total.written_unit) for q in inside):
        return None
    if not _SEPARATOR.match(text[inside[-1].end : close]):
        return None  # "(甲3人、乙4人等)": a listing that says it is not whole
    # "46人(其中行政编制21人、…)": the bracket may open its listing with 其中
    whereof = _BRACKET_WHEREOF.match(text, opened.end())
    return _labelled(text, whereof.end() if whereof else opened.end(), inside)


_BRACKET_WHEREOF = re.compile(r"\s*其中\s*[:：]?")


_ITEM_BREAK = re.compile(r"[；;]")
_DATE_AFTER = re.compile(r"\s*[年月日]")
_COMPARED = re.compile(r"较|比上年|比去年|同比|上年")


def _itemised(
    text: str, start: int, close: int, total: Quantity, inside: list[Quantity]
) -> tuple[CountPart, ...] | None:
    """ "52个(产业项目50个,包括光伏发电项目49个314.76万元…;教育扶持项目1个,雨露计划投资7.2万元;…)": items
    set apart by "；", each opening with its label and its count in the total's unit, then its own details
    (a breakdown of its own, its money), which are no parts."""
    parts: list[CountPart] = []
    begin = start
    for end in [m.start() for m in _ITEM_BREAK.finditer(text, start, close)] + [close]:
        first = next((q for q in inside if begin <= q.start and q.end <= end), None)
        if first is None or first.written_unit != total.written_unit:
            return None
        labelled = _labelled(text, begin, [first])
        if labelled is None:
            return None
        parts.extend(labelled)
        begin = end + 1
    labels = [part.label for part in parts]
    return tuple(parts) if len(parts) >= _MIN_PARTS and len(set(labels)) == len(labels) else None


def _whereof(text: str, total: Quantity, later: list[Quantity]) -> tuple[CountPart, ...] | None:
    """ "在职人员76人，其中：行政编制73人、工勤3人": parts after 其中, each in the total's unit, to the end of the
    sentence."""
    marker = _WHEREOF.match(text, total.end)
    if marker is None or not marker.group().strip(" ,，:："):
        return None
    end = min(
        (at for at in (text.find(mark, marker.end()) for mark in _SENTENCE_END) if at >= 0), default=len(text)
    )
    # the parts in the total's unit, up to a figure of another kind that goes on with something else ("核定编制118名,
    # 其中:公务员107人,工勤人员9人,内设14个职能部门")
    listed = list(
        itertools.takewhile(
            lambda q: _people(q.written_unit) == _people(total.written_unit),
            (q for q in later if q.end <= end),
        )
    )
    # ... or up to a change against last year told after the parts ("…,全额拨款事业编制30人,实有人数较上年减少3人")
    for index in range(1, len(listed)):
        if _COMPARED.search(text, listed[index - 1].end, listed[index].start):
            listed = listed[:index]
            break
    if len(listed) < _MIN_PARTS:
        return None
    if "等" in text[listed[-1].end : end]:
        return None  # "其中甲3人、乙4人等": a listing that says it is not whole
    return _labelled(text, marker.end(), listed)


def _people(unit: str | None) -> str | None:
    """A count's unit, people counted as 名 or 位 being counted as 人."""
    return "人" if unit in ("名", "位") else unit


def _labelled(text: str, start: int, quantities: list[Quantity]) -> tuple[CountPart, ...] | None:
    """The quantities as parts, when each follows its own label and only separators stand between them."""
    parts: list[CountPart] = []
    position = start
    for quantity in quantities:
        between = text[position : quantity.start]
        label = _LABEL.search(between)
        if label is None or not _SEPARATOR.match(between[: label.start()]):
            return None
        name = label.group().strip(' :：“”"')
        if _TRAITS.search(name) or name.startswith("其中"):
            return None  # (a part's own part: "司法所2人(区发工资2人,其中司法助理员1人)")
        if quantity.written_unit is None and _DATE_AFTER.match(text, quantity.end):
            return None  # a year, no count: "在职12人(含2005年撤区并乡3人)"
        parts.append(CountPart(name, quantity.written))
        position = quantity.end
    labels = [part.label for part in parts]
    return tuple(parts) if len(set(labels)) == len(labels) else None


_COMPLETION_RATE = re.compile(_AMOUNTS["completion_rate"])
_CEILING = re.compile(_AMOUNTS["completion_ceiling"])
_TARGET_LABEL = re.compile(_AMOUNTS["completion_target"])
_DONE_LABEL = re.compile(_AMOUNTS["completion_done"])


@dataclass(frozen=True)
class Completion:
    """A completion rate stated after the target and what was done, in one sentence: "目标值是28次,实际完成值
    为40次,目标完成率为143%"."""

    line: int
    target: Quantity
    done: Quantity
    rate: Quantity


@per_report
def completions(context: Context) -> tuple[Completion, ...]:
    found: list[Completion] = []
    for line in context.lines:
        if "%" not in line.text:
            continue  # most lines state no completion rate: two cheap tests rule them out
        rated = "完成率" in line.text or "完成比" in line.text or "完工率" in line.text
        shared = _SHARE_OF_TARGET_HINT.search(line.text) is not None
        if not rated and not shared:
            continue
        text = line.text  # normalised and simplified already (Context.lines)
        quantities = find_quantities(text)
        for index, rate in enumerate(quantities):
            if (
                shared
                and rate.is_percent
                and index >= 2
                and (share := _share_of_the_target(text, quantities, index))
            ):
                found.append(Completion(line.number, share[0], share[1], rate))
                continue
            if not rate.is_percent or not _COMPLETION_RATE.search(text, max(0, rate.start - 10), rate.start):
                continue
            sentence = max(text.rfind(mark, 0, rate.start) for mark in _SENTENCE_END) + 1
            before = [q for q in quantities[:index] if q.start >= sentence]
            if len(before) < 2:
                continue
            # the target is the figure before what was done in the same unit: "实施养护工程380公里,完成总投资5964万元,
            # …,完成200.031公里建设任务,完工率为100%"
            done = before[-1]
            index_of_target = next(
                (i for i in range(len(before) - 2, -1, -1) if before[i].written_unit == done.written_unit),
                None,
            )
            if index_of_target is None:
                continue
            target = before[index_of_target]
            previous = before[index_of_target - 1].end if index_of_target >= 1 else sentence
            if (
                target.written_unit is None
                or target.is_percent  # "合格率目标值为95%,实际完成值为98%": a rate's own target
                or done.written_unit != target.written_unit
                or target.written == 0
                or _CEILING.search(text, previous, target.start)
                or (rate.written == 100 and done.written >= target.written)  # "完成率100%" capped
                or not _TARGET_LABEL.search(text, previous, target.start)
                or not _DONE_LABEL.search(text, target.end, done.start)
            ):
                continue
            found.append(Completion(line.number, target, done, rate))
    return tuple(found)


# what was done, then the target it is a share of: "完成高标准农田建设2.1万亩,为年度任务2.4万亩的92.5%"
# (or "…,完成省下达年度任务7.8万亩的112.8%", "为年度计划1.5万亩的112%")
_AS_SHARE_OF_TARGET = re.compile(
    r"\s*[,，]?\s*(?:为|是|占|达到?|完成)[\u4e00-\u9fff]{0,8}?(?:任务|目标|计划)(?:数|量|数量)?\s*$"
)
_DONE_BEFORE = re.compile(r"完成[\u4e00-\u9fff]{0,16}$")
_SHARE_OF_TARGET_HINT = re.compile(r"(?:任务|目标|计划)[^，,。；;%]{0,12}的\s*\d")


def _share_of_the_target(
    text: str, quantities: Sequence[Quantity], index: int
) -> tuple[Quantity, Quantity] | None:
    """(target, done) when the rate at ``index`` is written as what was done's share of the target."""
    done, target, rate = quantities[index - 2], quantities[index - 1], quantities[index]
    if (
        text[target.end : rate.start].strip() != "的"
        or not _AS_SHARE_OF_TARGET.fullmatch(text, done.end, target.start)
        or target.written_unit is None
        or target.written_unit != done.written_unit
        or target.is_percent
        or target.written == 0
        or not _DONE_BEFORE.search(text, max(0, done.start - 18), done.start)
        or (rate.written == 100 and done.written >= target.written)
    ):
        return None
    return target, done


# a part's share right after it: "…,其中少数民族人口42.3万人占84.5%", "…，占比12.5%"; not a share of another base
# ("占全省的3.2%")
# (the part's own kinds in brackets may come between: "财政全供养58人(行政20人、事业38人),占在职实有人数的92.19%")
_SHARE_AFTER = re.compile(
    r"\s*(?:[(（][^()（）]*[)）])?\s*[,，]?\s*(?:占比|占(?:(?P<base>[\u4e00-\u9fff]{1,10}?)的)?)\s*(?:为|达)?\s*$"
)
_COUNT_WORDS = re.compile(r"(?:总)?(?:人数|数量|总数|户数|数)$")


def _share_after(text: str, quantities: Sequence[Quantity], at: int) -> Quantity:
    """The figure after the part at ``at``, past the figures of a bracket that follows the part right away."""
    after = at + 1
    close = _bracket_close(text, quantities[at].end)
    while close is not None and after < len(quantities) - 1 and quantities[after].start < close:
        after += 1
    return quantities[after]


def _bracket_close(text: str, position: int) -> int | None:
    """Where the bracket opening right at ``position`` (past spaces) closes, or None."""
    opening = re.match(r"\s*[(（]", text[position:])
    if opening is None:
        return None
    closing = re.search(r"[)）]", text[position + opening.end() :])
    return None if closing is None else position + opening.end() + closing.end()


def _of_the_total(base: str | None, before_total: str) -> bool:
    """Whether the whole a share names ("占在职实有人数的") is the total's own ("在职实有64人"): its words, without the
    count's word, stand before the total; a share naming no whole is of the total."""
    if not base:
        return True
    words = _COUNT_WORDS.sub("", base)
    return not words or words in before_total


@dataclass(frozen=True)
class CountShare:
    """A count, a part of it listed after 其中 in the same unit, and the share stated for that part: "户籍人口56.8万人,
    其中少数民族人口42.3万人占74.5%"."""

    line: int
    total: Quantity
    label: str  # the part's
    part: Quantity
    share: Quantity


@per_report
def count_shares(context: Context) -> tuple[CountShare, ...]:
    found: list[CountShare] = []
    for line in context.lines:
        if "占" not in line.text or "其中" not in line.text:
            continue  # most lines state no share of a count: two cheap tests rule them out
        text = line.text
        quantities = find_quantities(text)
        for index, total in enumerate(quantities[:-2]):
            part, share = quantities[index + 1], _share_after(text, quantities, index + 1)
            marker = _WHEREOF.match(text, total.end)
            if (
                not _counted(total)
                or total.written == 0
                or marker is None
                or "其中" not in marker.group()
                or _people(part.written_unit) != _people(total.written_unit)
                or part.written_unit is None
                or not share.is_percent
                or not _LABEL.fullmatch(text, marker.end(), part.start)
                or (said := _SHARE_AFTER.fullmatch(text, part.end, share.start)) is None
                or not _of_the_total(
                    said.group("base"), text[max(0, total.start - _LABEL_REACH) : total.start]
                )
            ):
                continue
            label = text[marker.end() : part.start].strip(' :：“”"')
            found.append(CountShare(line.number, total, label, part, share))
    return tuple(found)
