"""Changes stated with their rate: a figure against last year's ("2024年决算总收入318.67万元,比上年增加40.51万元,
增长14.56%"; "本年度收入合计…元,上年度收入合计…元,收入减少…元,同比下降12.77%") or against its target ("任务115户、实际
完成264户,超任务129.6%"). The rate is the change over the base, so the figures beside it decide it; each figure is
taken with the rounding it is written with, so that a rate of rounded figures is no slip.

Only a sentence that names each figure's role is read: last year's by 上年/去年/同期 or "比2021年", the change by
增加/减少 right before it, a target by 任务/目标/计划; a rate with nothing but a base beside it, or an approximate
one ("增长约15%"), says nothing to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.context import Context, per_report
from jixiao.decimals import HUNDRED, fmt, last_place
from jixiao.extract.context import in_brackets
from jixiao.extract.numbers import Quantity, find_quantities
from jixiao.layout.vocabulary import load_vocabulary

_WORDS = load_vocabulary("amounts")["changes"]
# the words right before a rate: "增长14.56%", "同比下降12.77%", "增幅为60.5%", "超任务43%"
_RATE_TAIL = re.compile(
    rf"(?:(?P<up>{_WORDS['rising']})|(?P<down>{_WORDS['falling']})|(?P<over>{_WORDS['over_target']}))"
    r"(?:率|幅度)?\s*(?:了|为|达到?|是)?\s*[:：]?\s*$"
)
# the words right before the change itself: "比上年增加40.51万元", "收入减少477288.6元"
_AMOUNT_TAIL = re.compile(rf"(?:(?P<up>{_WORDS['rising']})|(?P<down>{_WORDS['falling']}))了?\s*$")
_LAST_YEAR = re.compile(_WORDS["last_year"])
_COMPARED_OPENING = re.compile(_WORDS["compared_opening"])
_TARGET = re.compile(_WORDS["target"])
_DONE = re.compile(_WORDS["done"])
# a figure some other thing is part of or compared with: no base of this change
_OTHER = re.compile(r"其中|含|包括|占|人均|平均|每")
# what lists the parts of the figure before it ("编制68人,其中:行政编制37人…")
_PARTS = re.compile(r"其中|分别|包括|含")
_SENTENCE = re.compile(r"[^。；;!！?？]+")


@dataclass(frozen=True)
class Change:
    """A stated rate of change and the figures it is the change of: ``base`` (last year's, or the target) and
    ``amount`` (the change), in the figures' unit, each with the slack the rounding of its figures leaves;
    ``basis`` names the figures as the sentence states them ("上年280.16万元、增加额40.51万元")."""

    line: int
    rate: Quantity
    rising: bool
    base: Decimal
    amount: Decimal
    base_slack: Decimal
    amount_slack: Decimal
    basis: str
    over: bool = False  # over a target, not last year's
    # the change as the sentence states it when it is not this year's figure less last year's, which the rate
    # agrees with ("1286件,比上年的1122件增加146件,增长14.62%")
    misstated: Quantity | None = None
    difference: str = ""  # the two years' difference, in the unit they are written in ("2277376.75元")

    @property
    def label(self) -> str:
        return "超额比例" if self.over else "增长率" if self.rising else "下降率"

    @property
    def computed(self) -> Decimal:
        return self.amount / self.base * HUNDRED

    def bounds(self) -> tuple[Decimal, Decimal]:
        """The least and the most the rate can be, the figures being rounded as written."""
        low_base, high_base = self.base - self.base_slack, self.base + self.base_slack
        low_amount, high_amount = self.amount - self.amount_slack, self.amount + self.amount_slack
        return low_amount / high_base * HUNDRED, high_amount / low_base * HUNDRED

    def agrees(self) -> bool:
        """Whether the stated rate is within a unit of its last place of what the figures allow."""
        stated = self.rate.written
        unit = last_place(stated)  # "12.770%" is written to two places
        low, high = self.bounds()
        return low - unit <= stated <= high + unit


def _difference(now: Quantity, last: Quantity) -> str:
    if now.written_unit == last.written_unit:
        return f"{fmt(abs(now.written - last.written))}{now.written_unit or ''}"
    return f"{fmt(abs(now.value - last.value))}{now.unit or ''}"


@dataclass(frozen=True)
class _Role:
    quantity: Quantity
    before: str  # the sentence's text since the figure before
    part: bool  # in brackets, or listed after 其中: a part of a figure before it

    @property
    def value(self) -> Decimal:
        return self.quantity.value

    @property
    def half(self) -> Decimal:
        return self.quantity.half_place


def _over_target(line: int, figures: list[_Role], rate: Quantity) -> Change | None:
    """ "任务115户、实际完成264户,超任务129.6%": the rate is what was done beyond the target over the target."""
    target = next((r for r in figures if _TARGET.search(r.before)), None)
    done = next((r for r in reversed(figures) if r is not target and _DONE.search(r.before)), None)
    if (
        target is None
        or done is None
        or target.quantity.start > done.quantity.start
        or done.value <= target.value
    ):
        return None
    return _over(line, rate, target, done)


def _over(line: int, rate: Quantity, target: _Role, done: _Role) -> Change:
    """The rate over a target: what was done beyond it over the target."""
    basis = f"目标{target.quantity.text}、完成{done.quantity.text}"
    return Change(
        line,
        rate,
        True,
        target.value,
        done.value - target.value,
        target.half,
        target.half + done.half,
        basis,
        True,
    )


# "培训3420人次，超出年度目标（3000人次）24%": what was done, the words for over the target, the target in brackets,
# then the rate
_TARGET_OPENED = re.compile(rf"\s*[,，]?\s*(?:{_WORDS['over_target']})\s*[(（]\s*")
_TARGET_CLOSED = re.compile(r"\s*[)）]\s*")
_OVER_YEARS = re.compile(r"累计|以来|[两三四五]年")
_RANGE_AFTER = re.compile(r"\s*(?:[-—～~至到])")  # "…（3000人次）10%-15%": a range, no rate to check


def _over_bracketed_target(line: int, roles: list[_Role], rate: Quantity) -> Change | None:
    """The rate over a target given in brackets right after the words that say so, the figure done right before
    them."""
    if len(roles) < 2 or not _TARGET_OPENED.fullmatch(roles[-1].before):
        return None
    done, target = roles[-2], roles[-1]
    if (
        done.part
        or _OVER_YEARS.search(done.before)
        or sum(1 for role in roles[:-1] if role.quantity.unit == target.quantity.unit) != 1
    ):
        # (what was done is the sentence's one figure of the target's kind, the year's, no part: "其中线上培训3100人次",
        # "两年累计培训6420人次")
        return None
    if (
        done.quantity.unit != target.quantity.unit
        or done.quantity.is_percent  # (a rate over its target's rate is over by points: "98.6%，超过目标（90%）8.6%")
        or done.value <= target.value
        or target.value <= 0
        # ("超额完成年度任务（3000人次）114%": what was done over the target, no excess)
        or rate.value >= HUNDRED
    ):
        return None
    return _over(line, rate, target, done)


def _change(line: int, roles: list[_Role], rate: Quantity, tail: re.Match[str]) -> Change | None:
    figures = [role for role in roles if not role.quantity.is_percent]
    if not figures or _OTHER.search(figures[-1].before):
        return None
    unit = figures[-1].quantity.unit
    if any(role.quantity.unit != unit for role in figures):
        return None
    if tail.group("over"):
        return _over_target(line, figures, rate)
    rising = tail.group("up") is not None
    amount_tail = _AMOUNT_TAIL.search(figures[-1].before)
    amount = figures[-1] if amount_tail is not None else None
    if amount is not None and amount_tail is not None and (amount_tail.group("up") is not None) != rising:
        return None
    word = "增加额" if rising else "减少额"
    rest = figures[:-1] if amount is not None else figures
    last = next((r for r in reversed(rest) if _LAST_YEAR.search(r.before)), None)
    now = next((r for r in reversed(rest) if not r.part and not _LAST_YEAR.search(r.before)), None)
    if last is not None and now is not None:
        difference = abs(now.value - last.value)
        if (now.value > last.value) != rising or difference == 0:
            return None
        years = f"本年{now.quantity.text}、上年{last.quantity.text}"
        if amount is None:
            return Change(line, rate, rising, last.value, difference, last.half, last.half + now.half, years)
        if abs(difference - amount.value) > last.half + now.half + amount.half:
            # the change stated is not the difference: a slip in it when the rate agrees with the difference, else
            # the figures are not this year's and last year's of one measure ("上年预算801.4万元,决算数为991.58万元,
            # 本年…减少105.95万元"), whichever they are
            stated = Change(
                line,
                rate,
                rising,
                last.value,
                difference,
                last.half,
                last.half + now.half,
                years,
                misstated=amount.quantity,
                difference=_difference(now.quantity, last.quantity),
            )
            return stated if stated.agrees() else None
    if amount is None:
        return None
    if last is not None:
        basis = f"上年{last.quantity.text}、{word}{amount.quantity.text}"
        return Change(line, rate, rising, last.value, amount.value, last.half, amount.half, basis)
    if now is None:
        return None
    base = now.value - amount.value if rising else now.value + amount.value
    if base <= 0:
        return None
    basis = f"本年{now.quantity.text}、{word}{amount.quantity.text}"
    return Change(line, rate, rising, base, amount.value, now.half + amount.half, amount.half, basis)


@per_report
def changes(context: Context) -> tuple[Change, ...]:
    found: list[Change] = []
    for line in context.lines:
        text = line.text
        if "%" not in text or (
            not _LAST_YEAR.search(text) and not _TARGET.search(text) and "相比" not in text
        ):
            continue  # most lines state no change with its rate: two cheap tests rule them out
        before_sentence: Quantity | None = None  # the last figure of the sentence before, in its line
        for sentence in _SENTENCE.finditer(text):
            roles: list[_Role] = []
            previous = sentence.start()
            parts = False
            if before_sentence is not None and _COMPARED_OPENING.match(sentence.group()):
                # "收、支总计均为4285.17万元。收、支与2022年度相比,增加323.78万元,增长5.74%": this year's figure is the
                # sentence before's
                roles.append(_Role(before_sentence, "", False))
            quantities = [
                q for q in find_quantities(sentence.group(), sentence.start()) if q.unit is not None
            ]
            before_sentence = next((q for q in reversed(quantities) if not q.is_percent), None)
            for quantity in quantities:  # (with a unit: no year nor bare number)
                before = text[previous : quantity.start]
                previous = quantity.end
                tail = _RATE_TAIL.search(before) if quantity.is_percent else None
                if tail is not None and not quantity.approximate and quantity.qualifier is None:
                    change = _change(line.number, roles, quantity, tail)
                    if change is not None and change.base > 0:
                        found.append(change)
                    roles, parts = [], False
                    continue
                if (
                    quantity.is_percent
                    and quantity.qualifier is None
                    and _TARGET_CLOSED.fullmatch(before)
                    and not _RANGE_AFTER.match(text, quantity.end)
                    and (change := _over_bracketed_target(line.number, roles, quantity)) is not None
                ):
                    found.append(change)
                # (a sentence opening with 其中 lists the parts of the sentence before: they are its figures)
                parts = parts or (bool(roles) and _PARTS.search(before) is not None)
                roles.append(
                    _Role(quantity, before, parts or in_brackets(text[sentence.start() : quantity.start]))
                )
    return tuple(found)


# "在职职工86人,较上年末的79人增加9人": this year's figure, last year's right after it, then the change, no rate
# (or the year before by its number, "比2015年1874.05万元增加…" in a report on 2016)
_COMPARED_TO_LAST = re.compile(
    r"\s*[,，]?\s*(?:较|比)(?:上年|去年|上年度|上一年|(?P<year>20\d\d)\s*年度?)(?:末|底|同期)?(?:的)?\s*"
)
_LAST_YEAR_COMPARED = re.compile(r"[较比](?:上|去|20\d\d)")
_CHANGE_WORD = re.compile(r"\s*(?:(?P<up>增加|增长|上升|多)|(?P<down>减少|下降|降低|少))了?\s*")


@dataclass(frozen=True)
class StatedChange:
    """A change stated right after this year's and last year's figures, with no rate to tell which is wrong: the
    change is read as the slip, the two years' figures being the ones a report restates elsewhere."""

    line: int
    rising: bool
    misstated: Quantity
    basis: str
    difference: str


@per_report
def stated_changes(context: Context) -> tuple[StatedChange, ...]:
    found: list[StatedChange] = []
    for line in context.lines:
        text = line.text
        if not _LAST_YEAR_COMPARED.search(text):
            continue  # most lines compare nothing with last year: a cheap test rules them out
        for sentence in _SENTENCE.finditer(text):
            quantities = [
                q for q in find_quantities(sentence.group(), sentence.start()) if q.unit is not None
            ]
            for index, (now, last, amount) in enumerate(
                zip(quantities, quantities[1:], quantities[2:], strict=False)
            ):
                after = quantities[index + 3] if index + 3 < len(quantities) else None
                if (
                    after is not None
                    and after.is_percent
                    and _RATE_TAIL.search(text, amount.end, after.start) is not None
                ):
                    continue  # the change's rate follows: changes() reads the four figures together
                # (not another measure's rate after the change: "…增加252.43万元，预算执行率为97.53%")
                word = _CHANGE_WORD.fullmatch(text, last.end, amount.start)
                compared = _COMPARED_TO_LAST.fullmatch(text, now.end, last.start)
                if (
                    word is None
                    or compared is None
                    or (compared["year"] is not None and int(compared["year"]) + 1 != context.report.year)
                    or now.is_percent
                    or not now.written_unit
                    or not (now.written_unit == last.written_unit == amount.written_unit)
                ):
                    continue
                rising = word.group("up") is not None
                difference = now.value - last.value
                if (difference > 0) != rising or difference == 0:
                    continue
                if (
                    abs(abs(difference) - amount.value)
                    <= now.half_place + last.half_place + amount.half_place
                ):
                    continue
                found.append(
                    StatedChange(
                        line.number,
                        rising,
                        amount,
                        f"本年{now.text}、上年{last.text}",
                        _difference(now, last),
                    )
                )
    return tuple(found)
