"""Money arrived against money planned, with the arrival rate stated after them: "补助资金下达54万元,实际到位
49.5万元,资金到位率100%". The rate is what arrived over what was planned; a rate above that claims money that did not
arrive (more arriving than planned, written 100%, is a cap, no claim).

Only a sentence that labels both figures is read, or the planned sum's sentence and the one after it: the planned sum
by 下达/安排/预算/计划/申报/批复 (a sum 计划到位 is planned), what arrived by 到位/到账 or 实际; a figure in brackets or
listed after 其中 is a part of the one before it, and a shortfall told before or after its figure is read past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.context import Context, per_report
from jixiao.decimals import HUNDRED, last_place
from jixiao.extract.context import in_brackets
from jixiao.extract.numbers import Quantity, find_quantities
from jixiao.layout.vocabulary import load_vocabulary

_WORDS = load_vocabulary("amounts")["arrivals"]
_RATE = re.compile(_WORDS["rate"])
_ARRIVED = re.compile(rf"(?:{_WORDS['arrived']})[\u4e00-\u9fff]{{0,10}}?\s*[:：]?\s*$")
_PLANNED = re.compile(rf"(?:{_WORDS['planned']})[\u4e00-\u9fff]{{0,20}}?\s*[:：]?\s*$")
_ARRIVED_WORD = re.compile(r"到位|到账")
_PLANNED_ARRIVAL = re.compile(r"(?:计划|应)(?:到位|到账)")
_SHORTFALL = re.compile(r"尚有|还有|仍有|尚未|未到位|差额|缺口")
# the shortfall said after its figure ("还有550万元暂未到位")
_SHORTFALL_AFTER = re.compile(r"\s*(?:暂|尚|仍|还)?未(?:到位|到账|拨付|下达)")
_PARTS = re.compile(r"其中|分别|包括|含")
_SENTENCE_BREAK = re.compile(r"[。；;!！?？]")
_LEVEL = re.compile(r"中央|省级?|市级|州级|县级|区级|本级|上级")


def _levels(label: str) -> set[str]:
    return set(_LEVEL.findall(label))


@dataclass(frozen=True)
class Arrival:
    """A planned sum, the part of it that arrived, and the arrival rate stated after them."""

    line: int
    planned: Quantity
    arrived: Quantity
    rate: Quantity

    @property
    def computed(self) -> Decimal:
        return self.arrived.value / self.planned.value * HUNDRED

    def overstated(self) -> bool:
        """Whether the rate is above the most the figures allow, each rounded as written, by more than a unit of
        its own last place."""
        stated = self.rate.written
        highest = (
            (self.arrived.value + self.arrived.half_place)
            / (self.planned.value - self.planned.half_place)
            * HUNDRED
        )
        return stated > highest + last_place(stated)


def _arrival(line: int, text: str, start: int, rate: Quantity, across: bool = False) -> Arrival | None:
    """The planned and arrived sums before ``rate`` from ``start`` (its sentence, or the one before too)."""
    money: list[tuple[Quantity, str, bool, bool]] = []
    previous, parts = start, False
    for quantity in find_quantities(text[start : rate.start], start):
        if quantity.unit is None:
            continue
        before = text[previous : quantity.start]
        previous = quantity.end
        if _SENTENCE_BREAK.search(before):
            parts = False  # a listing of parts ends with its sentence
        parts = parts or (bool(money) and _PARTS.search(before) is not None)
        if quantity.is_money:
            short = bool(_SHORTFALL.search(before) or _SHORTFALL_AFTER.match(text, quantity.end))
            money.append((quantity, before, parts or in_brackets(text[start : quantity.start]), short))
    # the shortfall told after what arrived ("实际配套到位资金36512.48万元,尚有3171.52万元未到位,配套到位率…") is read past
    while money and money[-1][3]:
        money.pop()
    if len(money) < 2:
        return None
    # what arrived, not its parts listed after it ("实际到位45.5万元,其中省级资金30万元、县级配套资金15.5万元,资金到位
    # 率91.5%"); the planned sum, not its parts ("计划资金86.5万元,其中:中央42万元,…。…实际到位79.3万元")
    last = next((i for i in range(len(money) - 1, 0, -1) if not money[i][2]), len(money) - 1)
    arrived, arrived_before, arrived_part, _ = money[last]
    planned, planned_before, planned_part, _ = next(
        (m for m in reversed(money[:last]) if not m[2]), money[last - 1]
    )
    label = _ARRIVED.search(arrived_before)
    if (
        label is None
        or arrived_part
        or planned_part
        # "中央财政安排的7215万元资金全部拨付到位,省级财政配套资金实际到位2180.18万元": the planned sum arrived, and
        # what follows is another's
        or _ARRIVED_WORD.search(arrived_before, 0, label.start())
        or not _PLANNED.search(planned_before)
        # (a sum planned to arrive is planned: "项目计划到位资金2450万元")
        or (_ARRIVED.search(planned_before) and not _PLANNED_ARRIVAL.search(planned_before))
        or planned.value <= 0
        or arrived.value >= planned.value
        # (told across two sentences, what arrived of one level's money is no share of another's sum: "中央下达100万元。
        # 省级资金实际到位30万元")
        or (across and _levels(arrived_before) - _levels(planned_before) != set())
    ):
        return None
    return Arrival(line, planned, arrived, rate)


@per_report
def arrivals(context: Context) -> tuple[Arrival, ...]:
    found: list[Arrival] = []
    for line in context.lines:
        text = line.text
        if "到位率" not in text:
            continue  # most lines state no arrival rate
        for match in _RATE.finditer(text):
            breaks = list(_SENTENCE_BREAK.finditer(text, 0, match.start()))
            start = breaks[-1].end() if breaks else 0
            rate = next(iter(find_quantities(text[match.end() :], match.end())), None)
            if rate is None or not rate.is_percent or rate.start != match.end() or rate.approximate:
                continue
            arrival = _arrival(line.number, text, start, rate)
            if arrival is None and len(breaks) >= 2:
                # the planned sum told in the sentence before ("项目计划资金86.5万元,其中…。截至年底,项目资金实际到位
                # 79.3万元,资金到位率96.8%")
                arrival = _arrival(line.number, text, breaks[-2].end(), rate, across=True)
            elif arrival is None and breaks:
                arrival = _arrival(line.number, text, 0, rate, across=True)
            if arrival is not None:
                found.append(arrival)
    return tuple(found)
