"""Totals and their parts as reports state them: "合计A万元，其中：甲a万元，乙b万元".

Reports announce a breakdown with a marker word (其中, 包括, 主要是, 分别为); the amount just
before the marker is the total and the labelled amounts after it, up to the end of the sentence,
are the parts. This is read off the facts the extractor found (so every figure keeps its line)
and the line text around them; a group is only formed when the marker is followed directly by a
labelled amount, so "其中：预算项目2个，金额合计83万元" is not mistaken for a breakdown.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from operator import attrgetter

from jixiao.audit.context import Context, per_report
from jixiao.extract.budget import LEVEL_MONEY
from jixiao.extract.context import clause_start, in_brackets
from jixiao.extract.model import Fact
from jixiao.extract.named_project import project_stated_of
from jixiao.layout.vocabulary import load_vocabulary

MARKERS = re.compile(
    r"其中(?:包括|主要是|主要包括|主要有)?[:：]?|包括[:：]?|主要是[:：]?|主要包括[:：]?|分别为[:：]?|具体(?:是|为)[:：]?|主要用于[^：:，,。；;]{0,40}[:：]"
    # "衔接资金520万元,分别安排A项目345万元、B项目165万元": the total set out item by item
    r"|分别(?:安排|用于|下达|拨付|分配)(?:给)?[:：]?"
    r"|(?:其|主要)?构成(?:为|是)[:：]?"
    # "专项经费22.00万元,按培训任务分配为:A镇4.20万元、…": the whole set out as it was shared
    # ("…资金1846万元,按建设内容分为:A工程980万元,…": the whole divided by what it builds)
    r"|(?:按[^，,。；;：:]{1,10})?(?:分配|安排|下达)(?:为|如下)[:：]|按[^，,。；;：:]{1,10}分为[:：]"
    # "预算共计148.6万元,由A96.3万元、B21.5万元、C27.4万元三部分组成": the parts it is made of
    r"|由(?=[^。；;，,]{2,30}?\d[^。；;]{2,100}?(?:组成|构成|組成|構成))"
    # "支出合计428万元,按经济分类:工资福利支出…", "按经济性质分：基本支出…", "按资金来源分：…": every class
    r"|(?<![;；])按(?:支出|收入)?(?:(?:经济|功能)(?:性质|科目)?|性质|(?:资金)?来源)分类?[:：]"
    # "总规模1286万元,从来源看:中央资金…,省级资金…": every source; "…合计14236万元。我省分四项下达:A…、B…": every item
    r"|从(?:资金)?来源(?:上)?看[:：]|分[两二三四五六七八九十\d]{1,2}(?:(?:项|批|部分)(?:下达|安排|拨付|分配)?[:：]|批(?:下达|安排|拨付|分配)?[,，])"
    # "总投资980万元,资金来源为中央预算内投资600万元、…", "项目批复总投资52.6万元;资金组成:1.…": where it all came from
    r"|资金(?:来源|组成|构成)(?:为|是|包括|如下)?[:：]?"
    # "到位资金55万元(中央财政32万元、省级财政18万元)": the levels' money in brackets right after the whole
    r"|(?<=元)\s*[(（](?=\s*(?:中央|省|市|州|县|区|自治区)[^()（）。；;]{0,16}?\d[^()（）。]*?[、，,；;][^()（）。]*?\d)"
)
_SENTENCE_END = "。！!？?"
# a list of some items opening within a listing ("重点项目主要为：", "主要有："): no more parts of the total
_LIST_OPENING = re.compile(r"主要(?:为|有)\s*[:：]")
_MARKER_LEAD = re.compile(r"^(?:其中|包括)?\s*[:：]?\s*")
_RESTATED_BY = re.compile(r"[;；]\s*按[^，,;；。]{1,8}分类")
_BREAKDOWN = re.compile(r"按[^，,;；。]{1,8}分类")
_CLAUSE_BREAK = "，,、；;：:。（("
# (not shares listed 分别 after the last part, "…、C 1,376.67万元，占比分别为77.29%、11.92%和10.79%": every part's; nor
# a share of a base it names, "市级资金支出1182.15万元，占市级预算4200.00万元的28.15%")
_SHARE = re.compile(
    r"^\s*[，,]?\s*占(?![^，,。；;%％]{0,16}?分别)(?:[^，,。；;%％\d]|(?:19|20)\d\d年度?){0,16}?(\d+(?:\.\d+)?)\s*[%％]"
)


_AMOUNTS = load_vocabulary("amounts")
# a change between two figures ("比上年减少1.28万元", "比年初预算500万元减少20万元"), a figure per head or per
# item ("每户500元", "人均公用经费2.5万元"): neither a whole nor one of its parts
_CHANGE = re.compile(_AMOUNTS["compared_change"])
_GAP = re.compile(_AMOUNTS["gap_between"])  # "支出决算数大于调整预算数156.46万元，…其中：…": a gap, no whole
_PER_UNIT = re.compile(_AMOUNTS["per_unit"])
_COMPARED = re.compile(r"(?:比|较|相比|同比|环比)")
_A_BUDGET = re.compile(r"预算")
# the year's budget money as one source the spending came from ("实际支出196.52万元,其中当年预算资金182.4万元、使用结余资金
# 15.12万元"), no item's budget
_BUDGET_AS_A_SOURCE = re.compile(r"^(?:其中)?[:：\s]*(?:使用)?(?:当年|本年度?|年度)(?:财政)?预算(?:内)?资金$")
_SUBTOTAL = re.compile(r"合计|小计")
_A_FIGURE = re.compile(r"\d")


def _per_unit(label: str) -> bool:
    """Whether an amount is stated per head or per item: its label's per-unit words with no figure after them ("人均
    公用经费"), not a standard the amount was worked out with ("聘用监测员12人、每人每月300元补助4.32万元", "按每个5万元标准
    给予建设运行补助共计60万元")."""
    found = _PER_UNIT.search(label)
    return (
        found is not None
        and not _A_FIGURE.search(label, found.end())
        # (nor a project named after its standard: "生均公用经费项目全年预算资金4.80万元" is the project's budget)
        and not _PROJECT_NAMED.search(label, found.end())
    )


_PROJECT_NAMED = re.compile(r"(?:经费|资金|补助|补贴)项目")


# an amount of another year: the year qualifies the amount itself ("较上年的1100万元", "上年支出1000万元"), not a
# project continued from it ("上年续建项目预算资金1000万元")
OTHER_YEARS_AMOUNT = re.compile(_AMOUNTS["other_years_amount"])
_ITEM_BREAK = re.compile(r"[；;]")
# a whole of its own after a "；": another item's total ("…总投资21,500万元"), no part of the listing before it
_ANOTHER_WHOLE = re.compile(r"总投资|投资总额|总预算|总额|总计|合计")
# ... or the money carried in from the year before, after a "；" that ends this year's listing ("本年收入合计3,245.18万元，
# 其中财政拨款收入3,245.18万元；年初结转和结余41.26万元")
_CARRIED_IN = re.compile(r"(?:年初|上年)(?:度)?结转(?:和|及)?结余|上年(?:度)?结转")
# a total that is itself one part of a wider whole (its siblings follow after "；")
_PART_KIND = re.compile(
    r"(?:基本支出|项目支出|人员经费|公用经费|财政拨款(?:收入)?|事业收入|经营收入|其他收入)$"
)
_BASIC_SPENDING = re.compile(r"基本支出$")
_BASIC_SPENDINGS_ITEM = re.compile(r"(?:人员经费|公用经费)$")


def _a_sibling(total_label: str, label: str) -> bool:
    """Whether a kind after a "；" is the total's sibling, ending its listing: any kind but the total's own items
    (基本支出's 人员经费 and 公用经费)."""
    return _PART_KIND.search(label) is not None and not (
        _BASIC_SPENDING.search(total_label) and _BASIC_SPENDINGS_ITEM.search(label)
    )


_OUTSIDE = re.compile(rf"[，,；;]\s*(?:{_AMOUNTS['set_apart_from_listing']})")
_MEASURED = re.compile(r"(?P<item>[\u4e00-\u9fff]*?)(?:账面)?原值")
# the same item's other measure: its net value or its depreciation, bare or under the item's own name ("固定资产原值
# 4860.72万元,累计折旧1131.18万元,固定资产净值3729.54万元"; "无形资产净值" after it is another item)
_RESTATED = re.compile(r"^(?P<item>[\u4e00-\u9fff]*?)(?:账面)?净值|^(?:累计)?折旧")


# another level's or source's money, a sibling of a total named by its own level ("中央资金…；县级资金312.50万元")
_ANOTHER_LEVEL = re.compile(LEVEL_MONEY)


@dataclass(frozen=True)
class Part:
    fact: Fact
    label: str
    share: Decimal | None  # "占 88.34%" right after the amount
    restated: Fact | None = None  # "固定资产原值300万元,净值212.57万元": the same item's other measure


@dataclass(frozen=True)
class Group:
    total: Fact
    parts: tuple[Part, ...]

    @property
    def lines(self) -> tuple[int, ...]:
        return (self.total.line, *(p.fact.line for p in self.parts))


@per_report
def money_facts(context: Context) -> tuple[Fact, ...]:
    """Amounts in 万元 as stated, one per place in the text (the same span may carry several fields)."""
    seen: dict[tuple[int, int, int], Fact] = {}
    for fact in context.report.facts:
        if fact.unit == "万元" and isinstance(fact.value, Decimal) and not fact.approximate:
            seen.setdefault((fact.line, fact.start, fact.end), fact)
    return tuple(sorted(seen.values(), key=attrgetter("line", "start")))


def label_before(text: str, position: int) -> str:
    """The words of the clause before ``position``; a thousands mark breaks no clause ("比上年3,186.50万元减少")."""
    start = clause_start(text, position, 0, _CLAUSE_BREAK)
    while start >= 2 and _THOUSANDS_MARK.match(text, start - 2):
        start = clause_start(text, start - 1, 0, _CLAUSE_BREAK)
    return text[start:position].strip()


_THOUSANDS_MARK = re.compile(r"\d,\d{3}")
_OUTSIDE_A_LISTING = _CLAUSE_BREAK.replace("、", "")
_A_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*年度?$")
# (a year naming a level's money, "2021年中央财政资金"; not the years of a listing, "其中：2021年投入3,000万元")
_A_YEAR = re.compile(r"(?:19|20)\d\d\s*年度?(?=中央|省|市|县|区|自治区|本级|地方|上级|财政)")


def _listing_head(text: str, position: int, label: str) -> str:
    """The words before the 、-listing a label closes ("已按合同支付场馆运行、水电及设施维护费用31.248万元": "已按合同支付
    场馆运行"), where the verb that says what the amount is stands; empty when the label opens its clause."""
    start = position - len(label)
    while start > 0 and text[start - 1].isspace():
        start -= 1
    if start == 0 or text[start - 1] != "、" or _A_YEAR_BEFORE.search(text, 0, start - 1):
        return ""  # (nor a listing of years: "支付…2018年、2019年场地补助经费50万元", the item named by its years)
    return text[clause_start(text, start - 1, 0, _OUTSIDE_A_LISTING) : start - 1]


_EACH = re.compile(r"均|各自|各")
# a total listed again another way after a listing of it: "；按用途分，", "；分支出方向看：", "；从资金来源看，"
_RELISTED = re.compile(r"[；;。]\s*(?:按|分|从)[\u4e00-\u9fff]{1,6}?(?:分|看|划分)\s*[,，:：]")
_LAST_JOINT = re.compile(r"\s*(?:[万亿]?元)?\s*(?:以及|和|及|与)")


def share_after(text: str, position: int) -> Decimal | None:
    if text.find("占", position) < 0:
        return None  # a share reads "占……%"; most lines have no 占 after the amount
    match = _SHARE.match(text[position:])
    return None if match is None else Decimal(match.group(1))


@per_report
def groups(context: Context) -> tuple[Group, ...]:
    found: list[Group] = []
    by_line: dict[int, list[Fact]] = {}
    for fact in money_facts(context):
        if fact.end_line == fact.line:
            by_line.setdefault(fact.line, []).append(fact)
    for number, facts in by_line.items():
        text = context.lines[number - 1].text
        found.extend(_groups_on(text, facts, MARKERS.finditer(text)))
        head = context.lines[number - 2].text if number >= 2 else ""
        before = by_line.get(number - 1)
        if (
            before
            and (opening := _OPENING_MARKER.match(text))
            and head.rstrip().endswith(tuple(_SENTENCE_END))
        ):
            # "当年支出总额209.87万元，…。" / "其中：基本支出176.42万元…；项目支出32.45万元…": the parts on the line after
            # their whole's sentence, read as one text with it
            shift, joined = len(head), head + text
            moved = [f.model_copy(update={"start": f.start + shift, "end": f.end + shift}) for f in facts]
            back = {id(copy): f for copy, f in zip(moved, facts, strict=True)} | {id(f): f for f in before}
            marker = MARKERS.match(joined, shift + opening.start("marker"))
            groups_over = _groups_on(joined, [*before, *moved], [marker] if marker is not None else [])
            found.extend(_restored(group, back) for group in groups_over if _the_wholes_parts(group, before))
    return tuple(group for group in found if not _budgets_of_two_stages(group))


# the budget at the year's start and as adjusted ("以上合计9684万元，其中年初预算数6218万元，全年预算数9684万元"): two
# statements of one budget, no parts of a whole
_INITIAL_LABEL = re.compile(r"年初(?:预算|批复|安排)")
_ADJUSTED_LABEL = re.compile(r"(?:全年|调整后?)预算")


def _budgets_of_two_stages(group: Group) -> bool:
    """Whether a listing after 其中 gives the budget at the year's start and the whole as adjusted (an adjusted
    figure other than the whole is a change to it: "其中年初预算安排60万元，年中调整预算增加30万元" are parts)."""
    return any(_INITIAL_LABEL.search(p.label) for p in group.parts) and any(
        _ADJUSTED_LABEL.search(p.label) and _value_of(p.fact) == _value_of(group.total) for p in group.parts
    )


# a line opening with its listing's marker ("其中：…")
_OPENING_MARKER = re.compile(r"\s*(?P<marker>其中)")


def _the_wholes_parts(group: Group, head: list[Fact]) -> bool:
    """Whether parts read on the line after a sentence are its whole's: they add up to no other amount of it, and
    near enough to the whole for a slip ("…实际支出1,245.60万元…。结余资金40.40万元已上缴。" / "其中：中央资金…" lists
    the spending's sources, not the balance's)."""
    summed = _summed(list(group.parts))
    whole = _value_of(group.total)
    return (
        whole > 0
        and abs(summed - whole) <= whole * _SLIP_SHARE
        and not any(_value_of(f) == summed for f in head if f is not group.total)
    )


_SLIP_SHARE = Decimal("0.1")


def _restored(group: Group, back: dict[int, Fact]) -> Group:
    """A group found on two lines read as one, its facts at their own lines' columns again."""
    return Group(
        back[id(group.total)],
        tuple(
            replace(
                part,
                fact=back[id(part.fact)],
                restated=back[id(part.restated)] if part.restated is not None else None,
            )
            for part in group.parts
        ),
    )


def _groups_on(text: str, facts: list[Fact], markers: Iterable[re.Match[str]]) -> list[Group]:
    """The groups of a total and its listed parts that ``markers`` open in ``text``, ``facts`` its amounts."""
    found: list[Group] = []
    for marker in markers:
        total = _total_for(text, marker, facts)
        after = [f for f in facts if f.start >= marker.end()]
        if (relisted := _RELISTED.search(text, marker.end())) is not None:
            # "…其中提前下达480万元、第二批下达162万元；按用途分，A 318万元、B 256万元…": the same total listed again
            # another way, its own parts
            after = [f for f in after if f.start < relisted.start()]
        if (
            not _ENUMERATED_PARTS.match(text, marker.end())
            and (enumerated := _NEXT_ENUMERATED.search(text, marker.end())) is not None
        ):
            # "一是本年度支出41.3万元,其中:A37.2万元…;B4.1万元…;二是…资金结余7.3万元": the next item ends the listing
            # (not parts themselves enumerated: "合计27.19万元,其中:一是流动资产1.08万元;二是固定资产…")
            after = [f for f in after if f.start < enumerated.start()]
        if total is None or not after:
            continue
        if marker.group().startswith("分别") and _EACH.search(text, total.end, marker.start()):
            continue  # "A完成产值7210.40万元；B完成产值5330.25万元，均按80%支付，分别为…": each one's, no parts
        if _PART_KIND.search(total_label := label_before(text, total.start)):
            # "基本支出a，其中人员经费b、公用经费c；项目支出d": a part's own items, up to the "；" after which its
            # sibling goes on (not its own item after a "；": "基本支出a，其中人员经费b，主要用于…；公用经费c")
            sibling = next(
                (
                    f
                    for f in after
                    if _ITEM_BREAK.search(text, marker.end(), f.start)
                    and _a_sibling(total_label, label_before(text, f.start))
                ),
                None,
            )
            after = [f for f in after if sibling is None or f.start < sibling.start]
            if not after:
                continue
        parts = _listing(text, marker.end(), after, total, go_on=True)
        if not _agrees(parts, total):
            # "…项目支出3,473,835.57元，包括A；B；C；D。": the "；" may part a part's own items, not the listing's:
            # the listing ends at its part's own marker when that reading adds up
            cut = _listing(text, marker.end(), after, total, go_on=False)
            # or the listing's parts are the kinds of spending or income its first names, their items between
            # them ("其中基本支出a，…包括…；项目支出b，…包括A；B；C。")
            kinds = [part for part in parts if _PART_KIND.search(part.label)]
            # or the listing adds up before a "；" and the total's sibling follows it ("中央资金支出4,552.91万元，其中
            # 小学3,221.22万元、初中1,331.69万元…；县级资金312.50万元全部支出")
            before_break = [
                part for part in parts if not _ITEM_BREAK.search(text, marker.end(), part.fact.start)
            ]
            sibling_source = len(before_break) < len(parts) and _ANOTHER_LEVEL.search(
                parts[len(before_break)].label
            )
            if _agrees(cut, total):
                parts = cut
            elif len(before_break) >= 2 and sibling_source and _agrees(before_break, total):
                parts = before_break
            elif parts and _PART_KIND.search(parts[0].label) and len(kinds) >= 2 and _agrees(kinds, total):
                parts = kinds
        if (
            _opposite_flows(label_before(text, total.start), parts)
            or _budgets_of_the_spent(label_before(text, total.start), parts)
            or _spent_after_the_parts(text, label_before(text, total.start), parts)
            or any(_REDUCED.search(part.label) or _MINUS_AFTER.search(part.label) for part in parts)
        ):
            # (a part the total was reduced by, "年初预算A，年中调减B，上年结转C", or written with a minus sign, "其中中央
            # 直达资金205.2万元,省直达资金-11.6万元", counts against it: no sum of parts)
            continue
        found.extend(Group(total, tuple(segment)) for segment in _breakdowns(text, total, parts))
    return found


_NEXT_ENUMERATED = re.compile(r"[；;。，,]\s*[二三四五六七八九十]是")
_ENUMERATED_PARTS = re.compile(r"\s*[:：,，]?\s*[(（]?\s*一是")
_MINUS_AFTER = re.compile(r"(?<![\d.])[-－−]\s*$")


def _budgets_of_the_spent(total_label: str, parts: list[Part]) -> bool:
    """Whether the parts listed after the money spent are the parts' budgets ("全年支出5,405.28万元…其中基本支出预算
    3,357.75万元，执行率98.84%；项目支出预算2,120.00万元") or the budget's stages ("全年完成支出986.47万元…。其中年初预算
    安排937.60万元，年中追加79.06万元，调整后预算1016.66万元"): another measure than the total."""
    return (
        _SPENDING.search(total_label) is not None
        and "预算" not in total_label
        and bool(parts)
        and all(_BUDGET_OF_A_PART.search(part.label) for part in parts)
    )


def _spent_after_the_parts(text: str, total_label: str, parts: list[Part]) -> bool:
    """Whether a listing of the money spent gives a part's money and then its spending ("地方资金执行378.06万元，其中
    省级资金250万元全部执行，县级资金150万元执行128.06万元"): its figures are the parts' money, not what they spent."""
    if _SPENDING.search(total_label) is None and "执行" not in total_label:
        return False
    for part in parts:
        spent = _SPENT_AFTER_A_PART.match(text, part.fact.end)
        if spent is not None and Decimal(spent.group("spent").replace(",", "")) != part.fact.value:
            return True
    return False


# a part's spending stated right after its money, another figure: "150万元执行128.06万元", "，已支出120万元"
_SPENT_AFTER_A_PART = re.compile(
    r"\s*(?:万?元)?\s*[，,]?\s*(?:已|实际)?(?:执行|支出|使用)\s*(?:了)?\s*(?P<spent>\d[\d,]*(?:\.\d+)?)\s*万?元"
)
_BUDGET_OF_A_PART = re.compile(r"预算|追加|调增|调减")
_INCOME = re.compile(_AMOUNTS["income_flow"])
_SPENDING = re.compile(_AMOUNTS["spending_flow"])


def _measured_as_the_total(parts: list[Part], total: Fact) -> list[Part]:
    """The parts with an item measured twice ("固定资产原值300万元,净值212.57万元") taken at the measure that
    brings them nearer the total: reports total their assets at either."""
    if not any(p.restated for p in parts):
        return parts
    restated = [Part(p.restated, p.label, p.share) if p.restated else p for p in parts]
    if not isinstance(total.value, Decimal):
        return parts
    # the measure nearer the total: a slip elsewhere in the listing leaves the other measure further off still
    return restated if abs(_summed(restated) - total.value) < abs(_summed(parts) - total.value) else parts


def _opposite_flows(total_label: str, parts: list[Part]) -> bool:
    """Whether money received is listed with money spent: "共收到575万元。其中,结转7.5万元,当年收入567.5万元,
    当年支出560万元" says what came in and what went out, no breakdown of one total."""
    flows = [
        (bool(_INCOME.search(label)), bool(_SPENDING.search(label)))
        for label in (total_label, *(p.label for p in parts))
    ]
    return any(i and not s for i, s in flows) and any(s and not i for i, s in flows)


_TRAILING_TOTAL = re.compile(_AMOUNTS["trailing_total"])
_ANOTHER_MEASURE = re.compile(_AMOUNTS["another_measure"])
_NOT_A_PART = re.compile(_AMOUNTS["not_a_part"])


_OPENS_ITEMS = re.compile(r"(?:其中|包括|具体(?:是|为|如下)|分别(?:是|为)|主要(?:用于|包括))\s*[:：]\s*$")
ITEM_NUMBER = re.compile(r"\s*(?:[(（]\s*(\d{1,2})\s*[)）]|(\d{1,2})\s*[、.．](?!\d))")


def _money_by_line(context: Context) -> dict[int, list[Fact]]:
    by_line: dict[int, list[Fact]] = {}
    for fact in money_facts(context):
        by_line.setdefault(fact.line, []).append(fact)
    return by_line


@per_report
def numbered_groups(context: Context) -> tuple[Group, ...]:
    """A total whose line ends by opening a listing ("共安排全民健身专项资金5,180.00万元,其中:"), and the items
    numbered 1, 2, 3… on the lines after it, each item's first amount its part ("1.全民健身设施建设补助2,100.00万元,
    主要用于…"); blank lines between them skipped, the listing ending at the first line that is not its next item."""
    by_line = _money_by_line(context)
    lines = context.lines
    found: list[Group] = []
    for number, facts in by_line.items():
        text = lines[number - 1].text
        if not _OPENS_ITEMS.search(text):
            continue
        wholes = [fact for fact in facts if not _no_whole(text, fact)]
        if not wholes:
            continue
        parts: list[Part] = []
        items: list[tuple[str, list[Fact]]] = []
        for line in lines[number:]:
            if not line.text.strip():
                continue
            item = ITEM_NUMBER.match(line.text)
            if item is None or int(item.group(1) or item.group(2)) != len(parts) + 1:
                break
            own = by_line.get(line.number, [])
            if not own or _CLAUSE_END.search(line.text, item.end(), own[0].start):
                parts = []
                break  # an item stating no amount of its own in its opening clause: not a listing of the total
            parts.append(Part(own[0], label_before(line.text, own[0].start), None))
            items.append((line.text, own))
        parts = _column_making_a_whole(parts, items, wholes)
        # items after those that make one of the line's amounts exactly list something else ("其中：1.基本支出… 2.项目支出…
        # 3.“三公”经费支出…": a slice across the two, no third part)
        made = next(
            (
                end
                for end in range(2, len(parts))
                if any(_summed(parts[:end]) == fact.value for fact in wholes)
            ),
            None,
        )
        parts = parts[:made] if made is not None else parts
        if len(parts) >= 2:
            # of the line's amounts, the one the items come nearest to ("全年实际支出1,160.12万元，…，结余39.88万元…。
            # 具体为：")
            summed = _summed(parts)
            total = min(
                reversed(wholes),
                key=lambda fact: abs(fact.value - summed) if isinstance(fact.value, Decimal) else summed,
            )
            found.append(Group(total, tuple(parts)))
    return tuple(found)


_CLAUSE_END = re.compile(r"[。；;，,]")

# a total of the items numbered above it: "以上三个项目合计支出2093.65万元", "上述4项共计…"
_SUMMED_ABOVE = re.compile(load_vocabulary("amounts")["summed_above"])
_CHINESE_COUNT = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_SENTENCE_MARK = re.compile(r"[。；;]")


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else _CHINESE_COUNT.get(word)


@per_report
def summed_above_groups(context: Context) -> tuple[Group, ...]:
    """A total said to be that of the items above it ("以上三个项目合计支出2093.65万元"), and the items numbered 1, 2,
    3… on the lines before it, the last maybe on the total's own line: each item's amount of the total's measure
    (its 支出 when the total is 支出), or its only amount. The listing must reach back to item 1, and hold as many
    items as the total names."""
    by_line = _money_by_line(context)
    lines = context.lines
    found: list[Group] = []
    for number, facts in by_line.items():
        text = lines[number - 1].text
        for total in facts:
            said = _SUMMED_ABOVE.search(label_before(text, total.start))
            if said is None:
                continue
            measure = said.group("measure") or ""
            opening = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, total.start)), default=0)
            items: list[tuple[str, list[Fact]]] = []
            own = [f for f in facts if f.start < opening]
            if ITEM_NUMBER.match(text) and own:
                items.append((text, own))
            for line in reversed(lines[: number - 1]):
                if not line.text.strip():
                    continue
                item = ITEM_NUMBER.match(line.text)
                if item is None:
                    break
                items.append((line.text, by_line.get(line.number, [])))
                if int(item.group(1) or item.group(2)) == 1:
                    break
            items.reverse()
            numbers = [ITEM_NUMBER.match(item_text) for item_text, _ in items]
            if (
                len(items) < 2
                or any(n is None or int(n.group(1) or n.group(2)) != i for i, n in enumerate(numbers, 1))
                or (_count(said.group("count")) not in (None, len(items)))
            ):
                continue
            parts = [_item_part(item_text, own_facts, measure) for item_text, own_facts in items]
            if all(part is not None for part in parts):
                found.append(Group(total, tuple(part for part in parts if part is not None)))
    return tuple(found)


def _item_part(text: str, facts: list[Fact], measure: str) -> Part | None:
    """An item's amount of the measure named (its only amount when none is named or none of its labels names it)."""
    labelled = [(fact, label_before(text, fact.start)) for fact in facts]
    if measure:
        named = [(fact, label) for fact, label in labelled if measure in label]
        if len(named) == 1:
            return Part(named[0][0], named[0][1], None)
    return Part(labelled[0][0], labelled[0][1], None) if len(labelled) == 1 else None


_CHOICES_MAX = 4096  # ways of taking one amount per item that are tried


def _column_making_a_whole(
    parts: list[Part], items: list[tuple[str, list[Fact]]], wholes: list[Fact]
) -> list[Part]:
    """The items' first amounts, or, when those make none of the wholes, one amount of each item's that together
    do ("项目支出580.94万元…具体为：1.X：预算280万元，支出214.37万元；2.Y：…支出150万元", or an item's spending
    before its budget): the items list both, and the whole is the sum of one of them."""
    values = {fact.value for fact in wholes}
    if len(parts) < 2 or _summed(parts) in values:
        return parts
    amounts = [[(fact, fact.value) for fact in own if isinstance(fact.value, Decimal)] for _, own in items]
    if any(not choices for choices in amounts) or math.prod(len(c) for c in amounts) > _CHOICES_MAX:
        return parts
    for chosen in itertools.product(*amounts):
        if sum((value for _, value in chosen), Decimal(0)) in values:
            return [
                Part(fact, label_before(text, fact.start), None)
                for (text, _), (fact, _) in zip(items, chosen, strict=True)
            ]
    return parts


@per_report
def trailing_groups(context: Context) -> tuple[Group, ...]:
    """Parts listed before their total in one sentence, the total named after what they all are: "专项资金支出
    316.38万元,…,财政资金支出2419.45万元,…,总支出2939.83万元". The sentence never says the list is whole,
    so a difference is worth a look rather than certainly a slip."""
    found: list[Group] = []
    facts = [f for f in money_facts(context) if f.end_line == f.line]
    for index, total in enumerate(facts):
        text = context.lines[total.line - 1].text
        counted = _COUNTED_TOTAL.match(label_before(text, total.start))
        if counted is not None:
            # "中央资金48.6万元,…配套资金21.3万元,两项共计68.9万元": the items counted, right before the total
            count = _COUNTS.get(counted.group("count")) or int(counted.group("count"))
            sentence = max(text.rfind(mark, 0, total.start) for mark in _SENTENCE_END) + 1
            before = [
                f
                for f in facts[:index]
                if f.line == total.line and f.start >= sentence and not in_brackets(text[sentence : f.start])
            ]
            if len(before) >= count >= 2:
                found.append(
                    Group(total, tuple(Part(f, label_before(text, f.start), None) for f in before[-count:]))
                )
            continue
        # (the words after the amount before it, when no mark parts them: "…培养245万元共计885万元")
        label = UP_TO_AN_AMOUNT.sub("", label_before(text, total.start))
        named = _TRAILING_TOTAL.match(label)
        if named is None and _BARE_TOTAL.match(label) is None:
            continue
        sentence = max(text.rfind(mark, 0, total.start) for mark in _SENTENCE_END) + 1
        earlier = [
            f
            for f in facts[:index]
            if f.line == total.line and f.start >= sentence and not in_brackets(text[sentence : f.start])
        ]
        enumerated = _enumerated(text, sentence, earlier)
        if named is None:
            # "下达了城区环卫保洁经费:862.4万元,生活垃圾转运经费:157.26万元,合计1029.66万元": a bare 合计 after funds
            # each named before its amount, every amount of the sentence one of them
            funds = [Part(f, _fund_named_before(text, f.start), None) for f in earlier]
            if len(funds) >= 2 and all(p.label for p in funds):
                found.append(Group(total, tuple(funds)))
            elif enumerated:
                found.append(Group(total, enumerated))
            continue
        noun = named.group("after") or named.group("before")
        if enumerated and noun in _SPENT_OR_PAID:
            found.append(Group(total, enumerated))  # "用于A费6.2万元、B费2.6万元,合计支出9万元"
            continue
        parts = [Part(f, _label_without_aside(text, f.start), None) for f in earlier]
        # (a measure opening the sentence frames every part: "决算一般公共预算财政拨款收入…,事业收入…,合计收入为…")
        framed = [
            _FRAMING_MEASURE.sub("", p.label, count=1) if i == 0 else p.label for i, p in enumerate(parts)
        ]
        if not all(p.label.endswith(noun) and p.label != noun for p in parts) or any(
            _ANOTHER_MEASURE.search(label) for label in framed
        ):
            continue
        parts = _without_nested(parts)
        if len(parts) >= 2:
            found.append(Group(total, tuple(parts)))
    return tuple(found)


_BARE_TOTAL = re.compile(r"^(?:合计|共计|总计)(?:为|是)?$")
UP_TO_AN_AMOUNT = re.compile(r"^.*\d\s*[万亿]?元")
_SPENT_OR_PAID = frozenset({"支出", "使用", "拨付", "支付", "发放", "资金", "金额"})
# what opens a listing of items the sentence then totals ("自评范围包括:A630万元,B245万元,共计885万元", "资金用于A…、B…")
_ITEMS_OPEN = re.compile(r"(?:包括|用于|分别为|分别是|主要有)\s*[:：]?")
_ENUMERATION = re.compile(r"^\s*(?:[万亿]?元)?\s*[、，,]\s*[^、，,；;。:：\d]*$")


def _enumerated(text: str, sentence: int, earlier: list[Fact]) -> tuple[Part, ...]:
    """The amounts a sentence lists as items before the total that ends it: every amount since an opening word
    (包括, 用于) or, with none, amounts set apart by "、" ("中央预算内投资2000万元、地方政府专项债券5500万元,合计7300
    万元"), each after its own item's name and the one mark between them. Two or more, or none."""
    if len(earlier) < 2:
        return ()
    opening = _ITEMS_OPEN.search(text, sentence, earlier[0].start)
    if opening is not None:
        listed = [f for f in earlier if f.start > opening.end()]
        if len(listed) < len(earlier) or _A_FIGURE.search(text, opening.end(), earlier[0].start):
            return ()
    elif not all("、" in text[a.end : b.start] for a, b in itertools.pairwise(earlier)):
        return ()
    gaps = [text[a.end : b.start] for a, b in itertools.pairwise(earlier)]
    labels = [_label_without_aside(text, f.start) for f in earlier]
    if not all(_ENUMERATION.match(gap) for gap in gaps) or not all(labels):
        return ()
    if any(_ANOTHER_MEASURE.search(label) for label in labels):
        return ()  # "年初预算100万元、实际支出90万元": measures of one sum, no items
    return tuple(Part(f, label, None) for f, label in zip(earlier, labels, strict=True))


_FUND_BEFORE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,24}?(?:资金|经费|补助|补贴))\s*[:：]?\s*$")


def _fund_named_before(text: str, position: int) -> str:
    """The fund the clause before ``position`` names right before its amount ("生活垃圾转运经费:"), or ""."""
    start = clause_start(text, position, 0, "，,、；;。")
    found = _FUND_BEFORE.search(text, start, position)
    return (
        found.group("name") if found is not None and not _ANOTHER_MEASURE.search(found.group("name")) else ""
    )


_COUNTED_TOTAL = re.compile(
    r"^(?:以上|上述)?(?P<count>[两二三四五六七八九\d])项(?:资金)?(?:合计|共计|总计)(?:为|是)?$"
)
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _label_without_aside(text: str, position: int) -> str:
    """The words of the clause before ``position`` without an aside in brackets ("事业收入(医疗收入)": 事业收入)."""
    start = clause_start(text, position, 0, "，,、；;：:。")
    return _ASIDE.sub("", text[start:position]).strip()


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_FRAMING_MEASURE = re.compile(r"^(?:决算|实际|本年|当年)")


def _listing(text: str, begin: int, facts: list[Fact], total: Fact, go_on: bool) -> list[Part]:
    """The parts listed from ``begin``: a part's own items after its own marker left out, the listing going on
    after the "；" that ends them (``go_on``), or ending at that marker."""
    # (money paid is a part of money spent, "全年实际支出179.83万元…其中…;支付A、B…费共计41.26万元", not of a budget)
    spent = _SPENDING.search(label_before(text, total.start)) is not None
    return _without_items_after(
        _whole_before_slices(
            text,
            _with_what_is_set_apart(
                _measured_as_the_total(_parts(text, begin, facts, go_on=go_on, of_spending=spent), total),
                _measured_as_the_total(
                    _parts(text, begin, facts, set_apart=True, go_on=go_on, of_spending=spent), total
                ),
                total,
            ),
            total,
        )
    )


def _without_nested(parts: list[Part]) -> list[Part]:
    """The parts with those a later part is the sum of left out: "人员支出150万元,公用支出50万元,基本支出
    200万元,项目支出100万元,总支出300万元" lists 基本支出 after its own two parts."""
    kept: list[Part] = []
    for part in parts:
        total = Decimal(0)
        for back in range(len(kept) - 1, -1, -1):
            value = kept[back].fact.value
            total += value if isinstance(value, Decimal) else Decimal(0)
            if back <= len(kept) - 2 and total == part.fact.value:
                del kept[back:]
                break
        kept.append(part)
    return kept


def _without_items_after(parts: list[Part]) -> list[Part]:
    """The parts with those left out that follow a part and add up to it: "中央资金2148.6万元，分两批下达，第一批
    1623万元，第二批525.6万元；省级资金412万元" lists the central money's batches after it. Levels of money after
    a level's are its siblings, whatever they add up to ("省级资金288,805元、市级资金144,402.50元、县级资金144,402.50元")."""
    kept: list[Part] = []
    at = 0
    while at < len(parts):
        kept.append(parts[at])
        whole, summed, end = parts[at].fact.value, Decimal(0), at
        for end in range(at + 1, len(parts)):
            value = parts[end].fact.value
            summed += value if isinstance(value, Decimal) else Decimal(0)
            if not isinstance(whole, Decimal) or summed >= whole:
                break
        levels = _ANOTHER_LEVEL.search(parts[at].label) and all(
            _ANOTHER_LEVEL.search(part.label) for part in parts[at + 1 : end + 1]
        )
        at = end + 1 if end >= at + 2 and summed == whole and not levels else at + 1
    return kept


def _breakdowns(text: str, total: Fact, parts: list[Part]) -> list[list[Part]]:
    """The parts as one breakdown, or as several when a "；" ends one that adds up to the total: "2272万元,
    其中:中央资金1753万元,省级资金519万元;用于直发直补609.22万元、项目扶持138.78万元…" breaks the same
    total down by source, then by use."""
    if not parts:
        return []
    segments: list[list[Part]] = []
    for part in parts:
        if segments and ";" not in text[segments[-1][-1].fact.end : part.fact.start].replace("；", ";"):
            segments[-1].append(part)
        elif segments and _ADDED.search(
            re.split("[；;]", text[segments[-1][-1].fact.end : part.fact.start])[-1]
        ):
            # the amounts of a change made to the total, said in the clause the "；" opens before the first amount's
            # own label ("…，其中上年结转资金47.50万元；年内追加…173.23万元，全年预算数2518.90万元", "…；年中追加X经费、
            # Y经费等43.20万元，全年预算数369.68万元"): the listing ended before them
            break
        else:
            segments.append([part])
    parts = [part for segment in segments for part in segment]
    first = sum((p.fact.value for p in segments[0] if isinstance(p.fact.value, Decimal)), Decimal(0))
    if len(segments) > 1 and len(segments[0]) >= 2 and first == total.value:
        # one amount after the "；" breaks nothing down: the next statement ("…；年中追加调整后全年预算数为X万元"),
        # unless it says it is all of the total again ("…；全部用于X工程建设1100万元")
        opening = {
            id(s): re.split("[；;]", text[before[-1].fact.end : s[0].fact.start])[-1].lstrip()
            for before, s in itertools.pairwise(segments)
        }
        # nor does a classing of the whole the text stated before ("…项目支出38.35万元，其中A、B、C；按经济分类，工资
        # 福利支出…": the year's spending by economic class, not the project spending's)
        return [
            segments[0],
            *(
                s
                for s in segments[1:]
                if (
                    len(s) >= 2
                    # nor do money added and the new total ("…；年中市级下达X资金15.6万元，全年预算调整为135.6万元")
                    and not any(_ADDED.search(p.label) for p in s)
                    # nor another source and the whole fund, larger than the total ("共计628.4万元，其中中央资金516万元、
                    # 省级资金112.4万元；市级财政配套安排150万元，全市专项资金合计778.4万元")
                    and all(_value_of(p.fact) <= _value_of(total) for p in s)
                    and not _CLASSED_AGAIN.match(opening[id(s)])
                    # nor the works' prices at their stages ("…；经公开招标中标价742.38万元,签订合同价742.38万元")
                    and not all(_WORKS_PRICE.search(p.label) for p in s)
                )
                or _ALL_OF_IT.match(s[0].label)
            ),
        ]
    return [parts]


_REDUCED = re.compile(r"调减|核减|追减|减少|收回")
_ALL_OF_IT = re.compile(r"\s*(?:全部|全额|均)(?:用于|投入|安排)")
_CLASSED_AGAIN = re.compile(r"按[^，,;；。]{1,8}分")
_ADDED = re.compile(_AMOUNTS["added_to_budget"])
_WORKS_PRICE = re.compile(_AMOUNTS["works_price"])


_CHANGE_AFTER_A_COMPARISON = re.compile(
    # (with the measure named again after it: "与2018年度相比,下达资金增加18万元")
    r"(?:相比|相较|比上年|较上年|同比)\s*[,，]\s*[\u4e00-\u9fff]{0,8}?(?:共|总共)?(?:减少|增加|增长|下降|节约)了?\s*(?:为|:|：)?\s*$"
)
_COMPARISON_REACH = 16


def _no_whole(text: str, fact: Fact) -> bool:
    """A change, the figure a change is measured from ("比年初预算500万元减少20万元", "较上年的1100万元"), a figure
    per head or another year's."""
    label = label_before(text, fact.start)
    return bool(
        _CHANGE.search(label)
        or _GAP.search(label)
        # (the comparison in the clause before: "收、支与2021年度相比,增加86.35万元")
        or _CHANGE_AFTER_A_COMPARISON.search(text, max(0, fact.start - _COMPARISON_REACH), fact.start)
        or _COMPARED.match(label)
        or OTHER_YEARS_AMOUNT.search(label)
        or _a_standard(text, fact)
        # ("本次下达的资金中有300万元为省级统筹资金": a part of the money named before it)
        or _A_PART_OF_IT.search(label) is not None
    )


_A_PART_OF_IT = re.compile(r"(?:资金|经费|款项|其)中(?:有|含)$")
_SHORT_OR_OVER = re.compile(r"(?<![至最])(?:少|多)(?:支出|支付|发放|使用|拨付)了?$")


def _a_standard(text: str, fact: Fact) -> bool:
    """A figure per head or per unit ("人均公用经费2.5万元"), or a standard listed after a 每 or named after it
    ("按县道每公里每年1.0万元、乡道0.5万元、村道0.3万元标准补助")."""
    clause = clause_start(text, fact.start, 0, "，,；;。")
    if (per := _PER_UNIT.search(text, clause, fact.start)) and _PROJECT_NAMED.search(
        text, per.end(), fact.start
    ):
        return False  # "生均公用经费项目全年预算资金4.80万元": a project named after its standard, its budget
    return bool(
        _PER_UNIT.search(label_before(text, fact.start))
        or _STANDARD_AFTER.match(text, fact.end)
        or per is not None
    )


_STANDARD_AFTER = re.compile(r"\s*(?:的)?标准")


_SPEAKER_ONLY = re.compile(r"\s*(?:(?:我|本|全)[省市县区州旗镇乡局委办厅])?\s*")


# the next item of an enumeration after a "；" ("；二是…", "；(2)…", "；其二…")
_ITEM_AFTER_A_BREAK = re.compile(
    r"[；;]\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|\d{1,2}\s*[、.．](?!\d))"
)


_MEASURE_NAMED = re.compile(r"支出|收入")


def _a_part_of_one_before(candidates: list[Fact]) -> bool:
    """Whether the last amount is one of those after an earlier one that they add up to exactly (its parts)."""
    for index in range(len(candidates) - 2):
        rest = candidates[index + 1 :]
        if sum((_value_of(f) for f in rest), Decimal(0)) == _value_of(candidates[index]):
            return True
    return False


def _total_for(text: str, found: re.Match[str], facts: list[Fact]) -> Fact | None:
    """The amount a marker refers to: the last one before it in the same sentence, or, when the
    marker opens a sentence ("……万元。其中：……"), the amount of the sentence before nearest what the parts add up
    to."""
    marker = found.start()
    sentence = max(text.rfind(mark, 0, marker) for mark in _SENTENCE_END) + 1
    # (a sentence opening with its speaker and the marker opens with the marker: "…合计14236万元。我省分四项下达:…")
    if _SPEAKER_ONLY.fullmatch(text, sentence, marker):
        previous = max(text.rfind(mark, 0, sentence - 1) for mark in _SENTENCE_END) + 1
        if MARKERS.match(text, previous):
            return None  # "其中,A…,B…,C…。其中,…": the sentence before lists parts itself, its total is not in it
        candidates = [f for f in facts if previous <= f.start < sentence]
        measure = _MEASURE_NAMED.search(found.group())
        if measure is not None:
            # "…年末结转结余37.63万元。按支出功能分类:…": a classing of the spending, whose total is not this sentence's
            candidates = [f for f in candidates if measure.group() in label_before(text, f.start)]
        if not candidates or _no_whole(text, candidates[0]):
            return None
        # (not an amount the sentence before lists after its own marker, a part of its own whole: "预算数为28.6万元,其中A
        # 12万元、B16.6万元。分别用于…")
        stated = candidates
        candidates = [f for f in candidates if not MARKERS.search(text, previous, f.start)] or candidates
        # of several ("年初预算A万元，追加B万元，调整后预算C万元。其中：…"), the one nearest what the parts add up to
        listed = [f for f in facts if f.start >= found.end()]
        parts = _parts(text, found.end(), listed) if listed else []
        if not parts:
            return candidates[0]
        summed = _summed(parts)
        if len(stated) >= 2 and all(_value_of(f) < summed * _NEAR_ENOUGH for f in stated):
            # "…：A 2,856.30万元；…；K 4,019.62万元。其中支付给村卫生室的补助资金11,862.45万元", "来源：A资金6,248万元；
            # B资金1,860万元；…。其中中央资金12,482.35万元…": the sentence before lists items, each well short of what
            # follows 其中, none of them its whole (a total a slip put a little short of its parts stays one)
            return None
        gaps = [
            (abs(f.value - summed), f)
            for f in candidates
            if isinstance(f.value, Decimal) and not _no_whole(text, f)
        ]
        # (of those the parts are not far above, when there are: "全年实际支出2,376.85万元…，未支出32.46万元…。其中护路员
        # 劳务报酬907.20万元" lists a part of the spending, not of what was left)
        holding = [gap for gap in gaps if summed <= _value_of(gap[1]) * _FAR_ABOVE]
        if len(parts) == 1:
            # one part named after 其中 is part of a whole at least as large ("…582.65万元…；按品目分，货物48.60万元，
            # 工程437.25万元…。其中授予中小企业合同金额455.93万元"), not of the listed item nearest it
            holding = [gap for gap in gaps if summed <= _value_of(gap[1])] or holding
        return min(holding or gaps, key=lambda gap: gap[0])[1] if gaps else candidates[0]
    before = [f for f in facts if sentence <= f.start and f.end <= marker]
    if not in_brackets(text[sentence:marker]):
        # "总支出30969.07万元(包含存量资金2386.53万元),其中…", "总投资3150万元（亩均投入1500元），其中…": a bracket's
        # detail is not the total listed
        before = [f for f in before if not in_brackets(text[sentence : f.start])]
    if before and _a_standard(text, before[-1]):
        return None  # "省级公益林每亩21.5元（其中损失性补偿20.5元，公共管护支出1元）": a standard's parts, no total's
    candidates = [f for f in before if not _no_whole(text, f)]
    if candidates and _RESTATED_BY.search(text, candidates[-1].end, marker):
        # "支出94.86万元,按功能分类其构成为…;按支出性质分类其构成为…": the same total broken down again, its amount the
        # one before the first breakdown
        first = _BREAKDOWN.search(text, sentence, marker)
        wholes = [f for f in candidates if first is not None and f.end <= first.start()]
        return wholes[-1] if wholes else None
    if candidates and _ITEM_AFTER_A_BREAK.search(text, candidates[-1].end, marker):
        return None  # "…Y工程45.26万元;二是危桥改造工程,其中…": a new item's parts, its own amount not stated
    if len(candidates) >= 2:
        # "实际采购金额318.74万元，节约资金7.76万元，节约率2.38%；其中授予中小企业合同金额286.40万元": parts far above
        # the amount right before the marker, which an amount before it does hold, are that one's
        listed = [f for f in facts if f.start >= found.end()]
        parts = _parts(text, found.end(), listed) if listed else []
        summed = _summed(parts) if parts else Decimal(0)
        if (
            summed > _value_of(candidates[-1])
            and _a_part_of_one_before(candidates)
            # (a total the parts come near, a slip apart, stays theirs: "原值512.40万元，…，净值373.78万元，其中…")
            and not any(summed * _NEAR_ENOUGH <= _value_of(f) <= summed / _NEAR_ENOUGH for f in candidates)
        ):
            # "补助3063.97万元,中央补助2108.30万元,地方财政补助955.67万元;其中…": the amount before the marker is itself a
            # part of the sentence's whole, and the parts listed are more than it: whose they are is not said
            return None
        # (not a total written in 元 among 万元 parts, "村卫生室补助471.23元": that is a slip; a sentence all in 元 is none)
        if (
            summed > _value_of(candidates[-1]) * _FAR_ABOVE
            and any(_value_of(f) >= summed for f in candidates)
            and (
                candidates[-1].original_unit != "元" or all(part.fact.original_unit == "元" for part in parts)
            )
        ):
            return None
        if parts and _value_of(candidates[-1]) != summed:
            # "固定资产原值398.27万元，累计折旧121.63万元，净值276.64万元，其中房屋204.5万元，…": parts that add up to
            # an amount before the one right before the marker, to the cent, are that amount's
            exact = [f for f in candidates[:-1] if _value_of(f) == summed]
            if exact:
                return exact[-1]
    if len(candidates) >= 2 and _ROW_OF_FIGURES.fullmatch(text, candidates[-2].end, candidates[-1].start):
        # "年度资金总额120万元120万元118万元其中:当年财政拨款…": a form's row of columns run together, its
        # sub-row under 其中 a row of the same columns, no listing of one amount's parts
        return None
    return candidates[-1] if candidates else None


_ROW_OF_FIGURES = re.compile(r"\s*(?:[万亿]?元)?\s*[|｜\t]?\s*")


# the next item of the list the breakdown stands in: "1、A资金30万元,其中甲10万元;2、B资金427.36万元"
_NEXT_ITEM = re.compile(
    r"[，,；;]\s*(?:\d{1,2}\s*[、.．](?!\d)|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[一二三四五六七八九十]{1,2}\s*、)"
)


_CUT_OFF = re.compile(r"[，,、；;][^)）]*$")
_BARE_AMOUNT = re.compile(r"\d[\d.]*\s*[万亿](?=[，,；;。、)）\s]|$)")


_FAR_ABOVE = 2  # parts more than twice the amount before their marker are no slip of it
_NEAR_ENOUGH = Decimal("0.9")  # a total stated below nine tenths of its parts' sum is no slip of it


def _value_of(fact: Fact) -> Decimal:
    return fact.value if isinstance(fact.value, Decimal) else Decimal(0)


def _bracket_close(text: str, begin: int) -> int:
    depth = 1
    for index in range(begin, len(text)):
        if text[index] in "(（":
            depth += 1
        elif text[index] in ")）":
            depth -= 1
            if depth == 0:
                return index
    return len(text)


def _whole_before_slices(text: str, parts: list[Part], total: Fact) -> list[Part]:
    """The parts up to the first that complete the total, when some do: what follows a complete breakdown in the
    same run is a slice of it ("其中基本支出305.6万元，项目支出96.1万元，“三公”经费支出3.2万元") or a part's own
    detail; after a "；" the same total may be broken down again, by use (see _breakdowns)."""
    summed = Decimal(0)
    for index, part in enumerate(parts[:-1]):
        if isinstance(part.fact.value, Decimal):
            summed += part.fact.value
        following = parts[index + 1]
        if (
            index >= 1
            and summed == total.value
            and not _ITEM_BREAK.search(text, part.fact.end, following.fact.start)
        ):
            return parts[: index + 1]
    return parts


def _with_what_is_set_apart(parts: list[Part], with_it: list[Part], total: Fact) -> list[Part]:
    """The parts, with what "另有" sets apart from them when only with it do they add up to the total ("全年预算100
    万元，其中：中央资金50万元，省级资金30万元，另有上年结转资金20万元")."""
    if len(with_it) > len(parts) and _summed(with_it) == total.value != _summed(parts):
        return with_it
    return parts


def _agrees(parts: list[Part], total: Fact) -> bool:
    """Whether the parts add up to the total, within a cent of each (each part rounded on its own)."""
    return isinstance(total.value, Decimal) and abs(_summed(parts) - total.value) <= _CENT * len(parts)


_CENT = Decimal("0.01")


def _summed(parts: list[Part]) -> Decimal:
    return sum((p.fact.value for p in parts if isinstance(p.fact.value, Decimal)), Decimal(0))


def _parts(
    text: str,
    begin: int,
    facts: list[Fact],
    set_apart: bool = False,
    go_on: bool = True,
    of_spending: bool = False,
) -> list[Part]:
    end = len(text)
    for index in range(begin, len(text)):
        if text[index] in _SENTENCE_END:
            end = index
            break
    item = _NEXT_ITEM.search(text, begin, end)
    if item is not None:
        end = item.start()
    outside = None if set_apart else _OUTSIDE.search(text, begin, end)
    if outside is not None:
        end = outside.start()  # "…,另有上年结转30万元": what follows is set apart from the listing
    if in_brackets(text[:begin]):
        end = min(
            end, _bracket_close(text, begin)
        )  # "134万元(其中专项40万元),…": the listing ends with its bracket
    own_items: list[tuple[int, int]] = []  # a part's own breakdowns, the listing going on after them
    nested = MARKERS.search(text, begin, end) or _LIST_OPENING.search(text, begin, end)
    while nested is not None:
        back = (
            _ITEM_BREAK.search(text, nested.end(), end)
            if go_on and MARKERS.match(text, nested.start())
            else None
        )
        if back is None:
            # "其中,拨款1250万元,其中罚没收入100万元", "…项目支出6743.8万元，重点项目主要为：A…": a part's own
            # breakdown (or a few of its items) follows, to the end of the listing
            end = nested.start()
            break
        # "…；省级资金412万元，其中第一批305万元、第二批107万元；市级资金86万元": the part's own items, up to the
        # "；" that goes back to the listing
        own_items.append((nested.start(), back.start()))
        nested = MARKERS.search(text, back.end(), end) or _LIST_OPENING.search(text, back.end(), end)
    first_gap = text[begin : facts[0].start]
    if text[begin - 2 : begin] == "其中":
        first_gap = first_gap.lstrip("，,")
    # (a year in the first part's label is no figure: "其中：2021年中央财政资金4,105.20万元")
    if any(ch in first_gap for ch in "，,；;。") or re.search(r"\d", _A_YEAR.sub("", first_gap)):
        return []  # the marker does not lead straight to a labelled amount
    parts: list[Part] = []
    nested_at = (
        -1
    )  # where a part's own breakdown began ("基本支出a，基本支出中人员经费b、公用经费c；项目支出d")
    for fact in facts:
        if fact.start >= end:
            break
        if in_brackets(text[begin : fact.start]) or any(a <= fact.start < b for a, b in own_items):
            continue  # "工程建设其他费3.9万元(监理费3.3万元,造价咨询费0.6万元)": the item's own breakdown
        label = label_before(text, fact.start)
        if not label and (colon := _COLON_BEFORE.search(text, 0, fact.start)) is not None:
            label = label_before(text, colon.start())  # "其中中央财政资金:198万元;市级财政资金104万元"
        if nested_at >= 0 and not _ITEM_BREAK.search(text, nested_at, fact.start):
            continue  # the part's own items, up to the "；" that goes back to the listing
        nested_at = -1
        if parts and label.startswith(_MARKER_LEAD.sub("", parts[-1].label) + "中"):
            nested_at = fact.start
            continue
        if parts and fact.start - len(label) < parts[-1].fact.end:
            joint = _LAST_JOINT.match(text, parts[-1].fact.end)
            if joint is None or joint.end() >= fact.start:
                break  # "其他资金859.6万元2023年支出2310.4万元": no separator, the next statement has begun
            label = text[
                joint.end() : fact.start
            ].strip()  # "…A13.4万元和B8万元": the last item, joined by 和
        if (
            parts
            and (_ANOTHER_WHOLE.search(label) or _CARRIED_IN.search(label))
            and _ITEM_BREAK.search(text, parts[-1].fact.end, fact.start)
        ):
            break  # "…其中专项债券16,000万元；人民医院住院综合楼总投资21,500万元，…": the next item's own whole
        if parts and _same_item_measured_again(label, parts[-1].label):
            parts[-1] = replace(parts[-1], restated=fact)
            continue  # "固定资产原值25.11万元,净值5.75万元": the same item measured again
        listed = _MARKER_LEAD.sub("", parts[-1].label) if parts else ""
        if listed and label.startswith(listed) and _PLANNED_AFTER.fullmatch(label[len(listed) :]):
            continue  # "公用经费372.15万元，公用经费预算386.00万元": the same item's budget beside what it spent
        if of_spending and _A_BUDGET.search(label) and not _BUDGET_AS_A_SOURCE.match(label):
            # "“三公”经费支出19.41万元,其中…,“三公经费”预算25.62万元": the spending's budget, another measure; first
            # in the listing ("项目支出43.82万元.其中:A项目预算30.16万元(…),支付…"), the items' budgets and spending mixed
            if not parts:
                return []
            end = fact.start - len(label)
            break
        if len(parts) >= 2 and _SUBTOTAL.search(label) and _value_of(fact) == _summed(parts[-2:]):
            continue  # "购置费0.00万元,运行维护费12.71万元,购置及运行费合计12.71万元": the two parts before, summed
        if (
            parts
            and not _MARKER_LEAD.sub("", parts[0].label)
            and _USE_AFTER.match(text, parts[0].fact.end)
            and _MARKER_LEAD.sub("", label)
        ):
            # "150万元,其中36.5万元用于兑付…,年中下达省级资金20万元,…": one sum set aside for a use, named by its use
            # after it; an amount named by a label before it is the next statement's, no second part
            end = fact.start - len(label)
            break
        if (
            _CHANGE.search(label)
            or _per_unit(label)
            or _COMPARED.match(label)
            or _SHORT_OR_OVER.search(label)
        ):
            # "项目支出200万元,比上年减少10万元", "人均公用经费2.5万元", "…空缺8、9两个月，少支出600元": no part of the whole
            continue
        if _NOT_PAID_AFTER.match(text, fact.end):
            continue  # "下半年补助4000.00元未发放", "补助2400.00元停发": what was not paid, no part of what was
        if _STILL_UNPAID.search(label):
            continue  # "…支出71.46万元，尚有12.54万元尾款暂未支付": what is left of an item, as what was not paid
        if (
            not label
            # (in a listing of the spending, "支出" alone after an item's clause is that item's: "…；举办培训班4期,支出14.7万元")
            or (_NOT_A_PART.search(label) and not (of_spending and parts and label == "支出"))
            or (not of_spending and _NOT_A_PART.search(_listing_head(text, fact.start, label)))
        ):  # the label is read off Context.lines, simplified
            if parts and label and (stop := _ITEM_BREAK.search(text, parts[-1].fact.end, fact.start)):
                # "其中：基本支出a，项目支出b；全年实际支出c": after the "；" another measure's statement begins
                end = stop.start()
                break
            if (
                len(parts) >= 2
                and _WHOLES_MEASURE.match(label)
                and (stop := _CLAUSE_END.search(text, parts[-1].fact.end, fact.start))
            ):
                # "总投资846.28万元，其中中央资金512.4万元，省级186.5万元，县级147.38万元，实际使用801.63万元，结余44.65万元":
                # the whole's use or what is left of it, after its parts, in a clause of its own
                end = stop.start()
                break
            return []
        parts.append(Part(fact, label, share_after(text, fact.end)))
    labels = [p.label for p in parts]
    rest = text[parts[-1].fact.end if parts else begin : end]
    if len(set(labels)) != len(labels) or _BARE_AMOUNT.search(rest):
        return []  # a label twice, or a last part written "救助站86万" that is no fact: not a whole listing
    if end == len(text) and _CUT_OFF.search(rest):
        return []  # "…,林业种苗15万元,森林" and the line ends: the listing goes on where the text does not
    return parts


_COLON_BEFORE = re.compile(r"[:：]\s*$")  # a part's label, a colon, then its amount
_USE_AFTER = re.compile(r"\s*(?:[万亿]?元)?\s*(?:专项|全部)?用于")


# what became of a whole whose parts were listed: its use, or what is left of it
# (after the year it is of: "…林场自筹资金16万元,全年实际支出65.3万元")
_WHOLES_MEASURE = re.compile(
    r"(?:全年|年度|本年度?|当年)?(?:实际(?:使用|支出|完成)|结余|已(?:经)?(?:支出|使用))"
)
_NOT_PAID_AFTER = re.compile(r"\s*(?:未|尚未|没有|暂缓|停)(?:发放|支付|拨付|使用|支出|兑付)|\s*停发")
_STILL_UNPAID = re.compile(r"(?:尚有|尚余|仍有)$")
_PLANNED_AFTER = re.compile(r"(?:的)?(?:年初|全年)?(?:预算|计划)(?:数|额)?(?:为|是)?")


def _same_item_measured_again(label: str, before: str) -> bool:
    """Whether ``label`` measures again the item a part labelled ``before`` gives at its original value."""
    again, original = _RESTATED.search(label), _MEASURED.search(before)
    if again is None or original is None:
        return False
    item = again.group("item") or ""
    return not item or original.group("item").endswith(item)


def of_a_named_project(context: Context, fact: Fact) -> bool:
    """Whether a department's report states ``fact`` of a project its sentence names, before the figure
    ("部门整体自评得分93分。农村公路养护项目产出指标得分48分": 48 is the project's)."""
    if context.report.kind != "部门整体支出":
        return False
    return project_stated_of(context.lines[fact.line - 1].text, fact.start) is not None
