"""Budget figures: 年初预算, 调整后/全年预算, 实际支出, 执行率, and the income, expenditure and asset breakdowns.

A money amount is classified by the label nearest before it in its clause ("申请预算资金230.85万元",
"实际支出 230.65 万元"): of all known labels in that window, the one ending closest to the number wins,
so "年初预算收入" is income and "实际预算支出" is spending. Amounts after "其中" belong to a part, and
amounts in a paragraph about a named project belong to that project, not to the report. In a project
report, an amount labelled with the report's own project is that project's budget, and the total it is
named as part of ("总体批复项目支出预算130万元，其中，X经费110万元") is the unit's, recorded as ``total.*``.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal

from jixiao.decimals import HUNDRED, quantize
from jixiao.extract.context import (
    CLAUSE_BREAKS,
    SENTENCE_END,
    Context,
    clause_start,
    in_brackets,
    sentence_end,
    sentence_start,
)
from jixiao.extract.model import Budget, Fact
from jixiao.extract.named_project import item_project, project_stated_of
from jixiao.extract.numbers import MONEY_UNITS, Quantity, plain
from jixiao.extract.projects import name_key, same_project
from jixiao.extract.spans import mark_after, mark_before
from jixiao.layout.funds import MAX_RATE, PROJECT_FUNDS_LABEL
from jixiao.layout.headings import LIST_ITEM
from jixiao.layout.title import leading_place, without_citations
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.patterns import guarded

_AMOUNTS = load_vocabulary("amounts")  # read once: the patterns below all come from it


def _label_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, family, key) of every amount label in the vocabulary (layout/vocabulary/amounts.yaml), guarded:
    a label new to ``classify`` is searched for each of them."""
    patterns = [
        (guarded(pattern), "budget", key) for key, listed in _AMOUNTS["budget"].items() for pattern in listed
    ]
    for family in ("income", "expenditure", "assets", "difference"):
        patterns += [(guarded(pattern), family, "") for pattern in _AMOUNTS[family]]
    patterns.append((guarded(_AMOUNTS["gap_between"]), "difference", ""))
    return patterns


_LABEL_PATTERNS = _label_patterns()
_THRESHOLD = re.compile(_AMOUNTS["thresholds"])
_THRESHOLD_AFTER = re.compile(_AMOUNTS["threshold_after"])
# a rate of something other than the budget ("政府采购执行率", "执行率权重10%", "标准执行率"); the audit asks it too
RATE_OF_ANOTHER = re.compile(_AMOUNTS["rate_of_another"])
_RULE_POINT_AFTER = re.compile(_AMOUNTS["rule_point_after"])
_RATE_OF_A_PART = re.compile(_AMOUNTS["rate_of_a_part"])
_RATE_OF_A_COST = re.compile(_AMOUNTS["rate_of_a_cost"])
_WHOLE_OF_PARTS = re.compile(_AMOUNTS["whole_of_parts"])
_PART_OF_THE_YEAR = re.compile(_AMOUNTS["part_of_the_year"])
_OTHER_YEAR = re.compile(_AMOUNTS["other_year"])
_COST_ITEM = re.compile(_AMOUNTS["cost_item"])
# a sentence explaining a change by what caused it ("…增幅较大，主要是…", "较上年减少…，原因是…")
_CHANGE_EXPLAINED = re.compile(
    r"(?:增加|增长|增幅|增多|减少|下降|降幅|减幅|变动|差异)[^。；;]{0,10}?[，,]?\s*(?:主要是|主要原因是|主要系|原因是|主要由于|主要因为)"
)


def _explains_a_change(text: str, position: int) -> bool:
    """Whether the figure at ``position`` stands in the clause naming what caused a change (see above), no clause
    break between ("…，主要是上级追加资金，全年预算1200万元": the next clause's budget is the year's), and is not named
    as the year's whole itself ("…主要是本年全年预算为5200万元")."""
    ends = [
        found.end() for found in _CHANGE_EXPLAINED.finditer(text, sentence_start(text, position), position)
    ]
    return (
        bool(ends)
        and _CLAUSE_BREAK.search(text, ends[-1], position) is None
        and _YEARS_WHOLE_NAMED.search(text, ends[-1], position) is None
    )


_YEARS_WHOLE_NAMED = re.compile(
    r"(?:全年|年初|调整后|年度|本年)(?:预算|支出)|预算总|总(?:预算|支出)|实际支出|调整为|调整后"
)


# money taken back ("追回救助资金3.18万元"), and a bound before a figure ("不低于15亿元"): no spending, no budget
_RECOVERED = re.compile(r"追回|收回|退回|追缴|挪用|截留")
_BOUND_BEFORE = re.compile(r"(?:不低于|不少于|不高于|不超过|不多于|低于|高于|大于|小于|≥|≤|>|<)\s*$")
# a sentence opening with money besides what it is about ("此外,省级财政安排配套资金430万元…", "另外…", "另：…")
_SET_APART = re.compile(r"\s*(?:此外|另外|另有|除此之外|另\s*[:：])")
# money its sentence says is left out of this evaluation ("…配套资金共计6.2亿元，…单独核算，未纳入本次自评",
# "不纳入本项目评价范围"), no other money or part named between (not "其中上年结转资金50万元未纳入本次自评", "另有…",
# "未纳入本次自评的其他资金", "不存在未纳入…的资金", another assessment "未纳入乡镇年度目标考核")
_EXCLUDED_AFTER = re.compile(
    r"(?<![无没存])(?:未|不)(?:纳入|列入|计入)(?:本次|此次|本项目)?(?:绩效)?(?:自评|评价)(?!(?:范围)?[的之内])"
)
_BETWEEN_EXCLUSION = re.compile(r"\d|其中|另有|另外|此外|上年|此前|以前")


def _left_out_of_the_evaluation(text: str, end: int) -> bool:
    """Whether the sentence goes on to say the figure's money is left out of this evaluation, in a clause of its own
    with no other subject ("…，单独核算，未纳入本次自评"; not "…，国家助学贷款贴息不纳入本项目评价")."""
    found = _EXCLUDED_AFTER.search(text, end, sentence_end(text, end))
    return (
        found is not None
        and _BETWEEN_EXCLUSION.search(text, end, found.start()) is None
        and _NO_SUBJECT.fullmatch(text, clause_start(text, found.start(), end), found.start()) is not None
    )


_NO_SUBJECT = re.compile(r"\s*(?:均|也|都|并|暂|尚|且|已|故|因此|所以)?\s*")
_COST_ITEM_AFTER = re.compile(_AMOUNTS["cost_item_after"])
_INITIAL_AFTER = re.compile(_AMOUNTS["initial_after"])
_ALLOCATED_AFTER = re.compile(_AMOUNTS["allocated_after"])
_EVALUATED_AFTER = re.compile(_AMOUNTS["evaluated_after"])
_LISTED_AFTER_AN_AMOUNT = re.compile(r"\d\s*万?元\s*、[^，,。；;、\d]{0,16}$")
_LISTED_REACH = 24
_ALL_SPENT_AFTER = re.compile(_AMOUNTS["all_spent_after"])
_ALL_PAID_AFTER = re.compile(_AMOUNTS["all_paid_after"])
_PAID_OUT_IN_THE_YEAR = re.compile(_AMOUNTS["paid_out_in_the_year"])
_RATE_RIGHT_AFTER = re.compile(_AMOUNTS["rate_right_after"])
_SUMMED_ARRIVAL = re.compile(_AMOUNTS["summed_arrival"])
_ARRIVAL_RATE_RIGHT_AFTER = re.compile(_AMOUNTS["arrival_rate_right_after"])
_ALL_DISBURSED_AFTER = re.compile(_AMOUNTS["all_disbursed_after"])
_FULL_RATE = re.compile(_AMOUNTS["rate"] + r"\s*(?:为|是|达到?)?\s*100(?:\.0+)?\s*[%％]")
_FUND_WORD = re.compile(r"(?:资金|经费)$")
_PAID_REACH = 8  # characters of a label that say it was paid: not a heading's "资金使用情况" before it
_PAID_OUT = re.compile(
    r"已\S{0,2}拨付|支付|使用|支出|发放"
)  # "截至年底已拨付资金80万元，全部到位": paid, no budget
# money labelled only as paid out ("已拨付资金", "全年已拨付", "已拨付项目资金"; not "全年应支付", to be paid, nor a named part's
# "清运经费支出")
_PAID_ALONE = re.compile(
    r"^\s*(?:全年|累计|共|实际|本年度?)?\s*已\s*(?:全部)?(?:拨付|支付|使用|支出|发放)(?:项目|专项)?(?:资金|经费)?(?:共计|合计)?$"
)
_YEARS_SPENDING = re.compile(r"(?:20\d\d\s*年度?|本年度?|全年|当年)\s*项目支出")
# a unit's projects' part spent ("项目支出执行数"): in a project's report, its own spending
PROJECTS_PART_SPENT = re.compile(r"项目支出执行(?:数|金额)?\s*(?:为|是|:|：)?\s*$")
_COST_ITEM_WHOLE = re.compile(_AMOUNTS["cost_item_whole"])
_CANONICAL = {
    "日常公用": "公用经费",
    "日常公用经费": "公用经费",
    "上年度结转": "上年结转",
    "上年度结转资金": "上年结转",
}
_SOURCE = re.compile(
    r"本年(?:度)?财政拨款(?!收入)|财政拨款(?!收入|支出)|上年(?:度)?结转(?:结余)?(?:资金)?(?!收入)"
    r"|其他资金|自有资金|自筹资金|单位自筹|上级补助资金|社会资金|(?:中央|地方)财政资金"
)
_LEVEL_SOURCE = re.compile(r"(?:中央|地方)财政资金")
_JOINED_WITH = frozenset({"连同", "并同", "合并"})
# ("加上年结转1204.67万元后，全年预算数…", "加上年结转，全年预算数…": the carry-over added, the whole after it)
# ("加上上年结转，全年可用资金即调整后预算为…": the whole named in the clause after it)
_ADDED_THEN = re.compile(
    r"\s*(?:[\d,.]+\s*(?:万元|亿元|元)\s*(?:后|之后)|[，,]\s*(?:全年|调整后|年度)?预算|[，,]\s*全年可用资金\S{0,6}?预算)"
)
_A_GOAL = re.compile(
    r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:年度|总体|项目|预期|整体)?(?:绩效)?目标\s*(?:值)?\s*[:：为是]"
)
_RECEIVED_FROM = re.compile(r"(?:收到|接到|获得)\S{0,3}$")
_ALL_OF_IT_FROM = re.compile(r"(?:全部|全额|均|都)(?:为|是|来源于|来自)[\u4e00-\u9fff]{0,8}$")
_NO_AMOUNT_AFTER = re.compile(r"\s*[,，;；。]")
_SOURCE_NAMES = [
    (re.compile(r"本年(?:度)?财政拨款|财政拨款"), "本年财政拨款"),
    (re.compile(r"上年(?:度)?结转(?:结余)?(?:资金)?"), "上年结转"),
]
CENT = Decimal("0.01")
# what ends a label before its figure ("经费为人民币324.11万元"); "下达" is a label of its own
# (and a note on what the figure holds: "全年预算数（含上年结转）4,512.36万元" is the year's budget, not the carry-over;
# or the label's other name: "全年可用预算（全年预算数）26,064,170.05元")
_LABEL_TAIL = guarded(
    # (and the 共 of a fund's money summed: "项目资金共218.64万元" as "项目资金共计…")
    r"(?:为|是|达到|(?<!下)达|:|：|约|人民币|\s|(?<=[金费款])共|[(（]\s*(?:(?:含|包括|包含|不含)[^()（）]{1,20}|"
    r"[\u4e00-\u9fff]{0,8}(?:预算|支出|决算)数?)\s*[)）])+$"
)
_LABEL_TAIL_LAST = frozenset("为是到达:：约币)）共")  # the characters its pieces end with (and spaces)


def _without_tail(text: str) -> str:
    """``text`` without the words that end a label (_LABEL_TAIL); most texts end in none of the characters those
    end with, and are not searched for them."""
    return _LABEL_TAIL.sub("", text) if text[-1:] in _LABEL_TAIL_LAST or text[-1:].isspace() else text


_RATE = guarded(_AMOUNTS["rate"])
# a sentence opening on the whole the figures after it are parts of: "全年到位资金中，中央财政补助6842万元，…",
# "调整后预算中：财政补助收入2214.6万元，…"
# (or "…的资金中有300万元为省级统筹资金": the part it holds)
_WHOLE_THEN_PARTS = r"(?<=资金|经费|支出|收入|预算|算数)中\s*[，,:：]|(?<=资金|经费|款项)中有"
_PART = guarded(
    # "按支出性质分：基本支出1794.47万元，执行率99.33%": a breakdown by a kind, each figure after it a part's
    r"其中|[(（]\s*含|(?:其|主要)?构成(?:为|是)|按[\u4e00-\u9fff]{1,8}分(?:类)?\s*[:：，,]|"
    + _WHOLE_THEN_PARTS
)  # "支出决算数为112.22万元,…其构成为一般公共支出75.76万元"
_BEYOND = frozenset({"超过", "超", "逾", "突破"})  # a figure's qualifiers that make it a bound passed
# a "(含…" still open before the figure, or the whole named first ("全年到位资金中，…")
_INCLUDED = re.compile(r"[(（]\s*含(?![^)）]*[)）])|" + _WHOLE_THEN_PARTS)
# a new statement led by a year right after an amount ("…其他资金859.6万元2023年支出2310.4万元"): the
# list a "其中" opened has ended there, though the page lost the "。" between them
# after a source's figure, a new year's statement or the year's total ("年初预算0万元,上年结转资金17.79万元,全年预算
# 17.79万元") is no longer the source's
# a new clause after an amount that opens with a year, the year's budget or a whole ("…其他收入52.68万元,年度总支出为
# 774.59万元", "…资金支出1840.32万元;合计支出2356.8万元"): no source named before it owns what follows
_RESTART = re.compile(
    # (or dated by it: "…年初预算资金2,386,540.00元,截止2019年12月31日,实际支出…")
    r"(?<=[元%])[，,；;\s]*(?:(?:截[至止]|至)?\s*(?:19|20)\d{2}\s*年|全年预算|(?:年度|本年度?|全年)?总(?:支出|收入)|(?:支出|收入)合计"
    r"|(?:合计|共计|总计)(?:实际)?(?:支出|收入|预算)"
    # ("…上年结转省级资金8.2万元,所以全年可用资金为141.7万元": the sum the clause concludes with, the whole's)
    r"|所以|因此|(?:全年|年度|本年|当年)可用"
    # ("其中财政拨款612.40万元、事业收入1071.80万元；全年支出1598.77万元": after the "；" the year's whole again)
    r"|(?<=[元%])\s*[；;]\s*(?:全年|年度|本年)(?:实际)?(?:支出|执行|使用)"
    # ("其中上年结转2431.65万元、当年下达41275.18万元;截至2024年12月31日实际支出42187.36万元": the whole's spending)
    r"|(?<=[元%])\s*[；;]\s*(?:截[至止][^，,。；;]{0,16}?[，,]?\s*)?实际(?:支出|执行|使用)"
    # ("其中：人员经费 336.18 …" / "项目支出 734.22 685.97 93.43%" / "我局年初部门预算为862.35万元": a sentence opening on
    # the unit itself right after a table row's last rate, the lines joined or not)
    r"|(?<=%)[ \t\u3000]*\n?[ \t\u3000]*我[局委办院校所站会]"
    # ("…统筹上年结转457.06万元后，调整为7109.99万元": the whole budget the change made, no source's)
    r"|(?<=[元%])\s*后\s*[，,；;]\s*(?:经|并|最终)?\s*调整(?:为|至))"
)
_BUDGET_STAGE = re.compile(r"年初预算(?:数|资金|安排|批复)?|年初批复(?:预算)?|年初安排")
_NOT_THE_START = re.compile(r"调整|全年|追加|调增|调减|变更|决算|执行|支出数|实际")


def _of_the_years_start(ctx: Context, index: int, label: str) -> bool:
    """Whether a budget figure's sentence opens on the year-start stage with no money figure before it ("2022年年初
    预算项目共12个,项目支出预算资金为1963.48万元"), its own label naming no other stage."""
    quantity = ctx.quantities[index]
    text = ctx.flow.text
    begin = sentence_start(text, quantity.start)
    stage = _BUDGET_STAGE.search(text, begin, quantity.start - len(label))
    if (
        stage is None
        and "预算" in label
        and not _SPENDING_CLASS.search(label)
        and not _LATER_IN_THE_YEAR.search(text, begin, quantity.start)
    ):
        # "2024年初，市财政批复我局部门预算21,500,000.00元", "2021年初，区财政安排就业补助资金预算1200万元": a budget set at
        # the year's start (not "2022年初，…经年中调整，市财政批复…", nor money named no budget, "…下达第一批资金300万元")
        stage = _AT_THE_YEARS_START.match(text, begin)
    return (
        stage is not None
        and not _NOT_THE_START.search(label)
        and not any(q.is_money and begin <= q.start < quantity.start for q in ctx.quantities)
    )


_LATER_IN_THE_YEAR = re.compile(r"调整|追加|调增|调减|年中|年底|年末|最终|累计")
_AT_THE_YEARS_START = re.compile(r"\s*(?:20\d\d\s*年度?\s*)?年初\s*[，,]|\s*20\d\d\s*年初\s*[，,]")


# a source named with its own amount right after it ("财政拨款150.49万元,")
# (in 人民币, per year: "财政拨款为人民币268.5万元/年,")
_OWN_AMOUNT = re.compile(
    r"\s*(?:为|:|：)?\s*(?:人民币)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?元\s*(?:[/／]\s*年)?\s*[,，;；]"
)
_LISTING = re.compile(r"主要(?:是|为|用于|包括)|包括|分别为|其中")
# a rate's word after the name of whose rate it is ("县级资金执行率", "X项目支付率", "福彩公益金拨付率")
_RATE_WORD = r"(?:执行率|支付率|支出率|拨付率|支出进度|支付进度)"
# one level's money: "县级配套资金", "中央财政资金", "本级资金", "县（市、区）资金" (the audit's breakdowns ask it too)
# (not the whole's money of a place, "全省资金执行率95.09%")
LEVEL_MONEY = (
    r"(?P<level>(?<![全各])(?:中央|省|市|州|县|区|旗|乡|镇|本级|地方|上级)级?(?:[(（][市县区旗、]{1,8}[)）])?"
    r"(?:财政|配套|补助|专项|拨款|衔接){0,3}资金|(?:自筹|配套)资金)"
)
_RATE_OF_A_LEVEL = re.compile(
    LEVEL_MONEY + r"(?:的)?(?:预算)?" + _RATE_WORD + r"(?:仅|只有|只)?(?:为|是|达到?)?$"
)
_RATE_OF_A_SOURCE = re.compile(
    "(?P<source>"
    + _SOURCE.pattern
    + r")(?:的)?(?:预算)?"
    + _RATE_WORD
    + r"(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)


_WHOLE_RATE_REACH = 3  # lines above a source's rate where the whole's may stand


def _whole_rate_before(ctx: Context, position: int) -> bool:
    """Whether the whole's rate is stated before ``position``, on its line or a few lines above."""
    line, _ = ctx.flow.locate(position)
    return any(line - _WHOLE_RATE_REACH <= f.line <= line for f in ctx.all("budget.execution_rate"))


_LEVEL_WORD = re.compile(r"中央|省|市|州|县|区|旗|乡|镇")


def _the_funds_own_level(level: str, own_project: str | None) -> bool:
    """Whether a level's money ("中央资金") is the whole of the fund the report evaluates, which that level pays
    ("中央补助地方公共文化服务体系建设专项资金", "省级X专项资金")."""
    word = _LEVEL_WORD.match(level)
    return (
        word is not None
        and own_project is not None
        and re.match(word.group() + r"(?:级|财政|补助)", own_project) is not None
    )


# "县级配套资金支出612.42万元，执行率95.69%", "区级配套资金支出进度偏慢，执行率82.00%": the rate after a level's money
# spent, or said to be slow, is that money's
_LEVEL_SPENT_BEFORE = re.compile(
    LEVEL_MONEY
    + r"(?:(?:实际)?(?:支出|使用|执行|拨付)(?:了)?\s*[\d,.]+\s*万?元|[^，,。；;\d]{0,8})\s*[，,]\s*"
    + _RATE_WORD
    + r"(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)
# "其中：中央资金230.15万元，执行率97.19%；省级资金40万元，执行率100%": a listed level's money, then its rate
_LEVEL_AMOUNT_BEFORE = re.compile(
    LEVEL_MONEY + r"\s*[\d,.]+\s*万?元\s*[，,]\s*" + _RATE_WORD + r"(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)


# "第一批资金支出2860万元，执行率100%", "结转资金支出253.60万元，执行率93.93%": the rate of one batch's money, or of
# this year's or the carried-over money, after its amount spent
_BATCH_SPENT_BEFORE = guarded(
    r"(?P<batch>(?P<numbered>第[一二三四五六七八九十\d]{1,2}批次?|提前下达|清算)|当年|本年度?|(?:上年)?结转)的?"
    r"[\u4e00-\u9fff]{0,6}?资金(?:(?:实际)?(?:支出|使用|执行|拨付)了?\s*[\d,.]+\s*万?元)?\s*[，,]\s*"
    + _RATE_WORD
    + r"(?:为|是|达到?)?\s*$"
)


def _rate_of_a_batch(ctx: Context, position: int) -> str | None:
    """The batch whose money's rate stands at ``position`` ("分批次看，第一批资金支出2860万元，执行率100%"); this
    year's or the carried-over money only after the whole's rate ("…执行率96%。…当年资金支出3826.40万元，执行率
    96.14%"), which otherwise may be the whole's."""
    text = ctx.flow.text
    found = _BATCH_SPENT_BEFORE.search(text, clause_start(text, position, 0, "；;。"), position)
    if found is None or not (found.group("numbered") or _whole_rate_before(ctx, position)):
        return None
    return found.group("batch")


def _listed_levels_amount_before(text: str, position: int) -> re.Match[str] | None:
    """A level's money and its amount right before the rate at ``position``, in a sentence that lists parts."""
    begin = sentence_start(text, position)
    if "其中" not in text[begin:position]:
        return None
    return _LEVEL_AMOUNT_BEFORE.search(text, clause_start(text, position, 0, "；;。"), position)


_ITEM_AFTER_LIST_OPENING = re.compile(r"(?:主要(?:是|为|有|包括)|包括)\s*[:：]\s*(?P<name>[^\d:：]{2,})$")
_LEAD = re.compile(r"^(?:[:：,，]|主要(?:是|为|用于|包括)|包括|其中|分别为|\s)+")


_NOT_YET = re.compile(r"(?:未|没有|暂未)\s*$")
_PAID_FOR_THE_PROJECT = re.compile(
    # (not a heading's "资金使用情况" run into the sentence after it: "(二)资金使用情况项目资金45万元")
    r"(?<![未划应拟将需待])(?<!预计)(?<!转移)(?:支付|支出|使用|兑付|报账)(?!情况)[\u4e00-\u9fff]{0,8}$"
)
_WHOSE_BUDGET = re.compile(r"(?:部门|单位|机关|本级)?")


# an aside on what the money holds ("（含下属单位）"): no word of a label
_HOLDS_ASIDE = re.compile(r"[(（]\s*(?:含|不含|包括|包含)[^()（）]{1,16}[)）]")
# what a label says after the money it names was left unspent ("项目支出未执行")
_LEFT_UNSPENT = re.compile(r"\s*(?:未|尚未)(?:执行|支出|使用|拨付)(?:资金|金额)?\s*(?:为|共)?\s*$")


@functools.lru_cache(maxsize=4096)
def classify(label: str) -> tuple[str, str] | None:
    """(family, key) of the label ending closest to the end of ``label``; cached, since the same labels
    ("年初预算", "实际支出") come back in report after report. An aside on what the money holds ("部门预算（含下属单位）
    年初安排") is no part of the label's words."""
    label = _HOLDS_ASIDE.sub("", label)
    found = [
        (match.end(), match.end() - match.start(), family, key or match.group())
        for pattern, family, key in _LABEL_PATTERNS
        for match in pattern.finditer(label)
    ]
    if not found:
        return None
    best = max(found, key=lambda rank: rank[:2])
    start = best[0] - best[1]
    # "年初预算安排X资金": the initial budget's label run into a budget's ending last ("安排X资金") names the figure
    overlapped = [
        rank
        for rank in found
        if rank[0] - rank[1] < start < rank[0] and rank[3] == "initial" and best[3] == "adjusted"
    ]
    if overlapped:
        best = max(overlapped, key=lambda rank: rank[:2])
    elif best[3] == "adjusted" and (at_end := [r for r in found if r[3] == "initial" and r[0] == best[0]]):
        # "县财政下达我镇…资金年初预算": the initial budget's own words right before the figure name it
        best = max(at_end, key=lambda rank: rank[:2])
    elif best[3] == "adjusted":
        # "年初预算安排部门预算支出": the initial budget's label, then whose budget it is and a budget's word
        before = [
            rank for rank in found if rank[3] == "initial" and _WHOSE_BUDGET.fullmatch(label, rank[0], start)
        ]
        if before:
            best = max(before, key=lambda rank: rank[:2])
    if best[3] == "executed" and _NOT_YET.search(label, 0, start):
        return None  # "未发放资金159,150元", "尚未支付资金": what was not spent
    if (
        best[3] == "adjusted"
        and label[start : best[0]].endswith(("项目资金", "项目经费"))
        and _PAID_FOR_THE_PROJECT.search(label, 0, start)
    ):
        return "budget", "executed"  # "全年累计支付示范项目资金4,387.26万元": the project's money paid out
    if best[3] == "adjusted" and _CHANGE.search(label):
        return None  # "年中追加预算资金124.63万元": what was added to the budget, no budget
    if _LEFT_UNSPENT.match(label, best[0]):
        return None  # "项目支出未执行399.86万元": what the money named left unspent
    _, _, family, key = best
    key = re.sub(r"\s+", "", key)
    return family, _CANONICAL.get(key, key)


_OMITTABLE = {"adjusted": "executed", "executed": "adjusted"}  # a figure and the one it is a rate of


def with_omitted_units(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The quantities, with a budget or spending figure printed without its unit given the unit of its
    partner in the same sentence, when the rate the sentence states confirms it: "全年预算数1080245.79万元,
    执行数1032849.44(含…),执行率95.61%" reads 1032849.44 as 万元, since 1032849.44 / 1080245.79 = 95.61%.
    Without a stated rate that agrees, a bare number stays a bare number."""
    if not any(quantity.is_percent for quantity in quantities):
        return quantities  # no rate stated: nothing can confirm a unit
    result = list(quantities)
    floor = 0
    for index, quantity in enumerate(quantities):
        if quantity.unit is None and quantity.written > 100 and not text.startswith("年", quantity.end):
            label = _without_tail(text[clause_start(text, quantity.start, floor) : quantity.start])
            found = classify(label)
            if found is not None and found[0] == "budget" and found[1] in _OMITTABLE:
                result[index] = _unit_from_partner(text, quantities, index, found[1]) or quantity
        if result[index].unit is not None:
            floor = result[index].end
    return result


def _unit_from_partner(text: str, quantities: list[Quantity], index: int, key: str) -> Quantity | None:
    bare = quantities[index]
    begin, end = sentence_start(text, bare.start), sentence_end(text, bare.end)
    near = [q for q in quantities if begin <= q.start and q.end <= end and q is not bare]
    rates = [q.written for q in near if q.is_percent and _RATE.search(text[begin : q.start][-12:])]
    for partner in near:
        if not partner.is_money or partner.written == 0:
            continue
        found = classify(_without_tail(text[clause_start(text, partner.start) : partner.start]))
        if found != ("budget", _OMITTABLE[key]):
            continue
        spent, budget = (
            (bare.written, partner.written) if key == "executed" else (partner.written, bare.written)
        )
        rate = spent / budget * HUNDRED
        if any(_printed_as(rate, stated) for stated in rates):
            scale = partner.value / partner.written
            return bare._replace(value=bare.written * scale, unit="万元", written_unit=partner.written_unit)
    return None


# the unit a line declares for the bare figures after it: "资金情况（万元）：", "（单位：元）", "资金单位：万元"
_DECLARED_UNIT = re.compile(
    r"[(（]\s*(?:金额)?(?:单位\s*[:：]\s*)?(?:人民币)?(?P<inside>万元|亿元|千元|元)\s*[)）]"
    r"|单位\s*(?:[:：]|为)\s*(?:人民币)?(?P<after>万元|亿元|千元|元)(?!\s*[/每])"
)
# lines back: "资金情况（单位：元）" over "年初预算数：…" / "全年预算数：…" / "全年执行数：…"
_DECLARATION_REACH = 6
# characters back on the figure's own line ("资金（万元）：年初预算数…；全年执行数 198247.36")
_DECLARATION_NEAR = 100
# how far into its line a figure may stand for a line above to declare its unit (a form's row of cells)
_DECLARED_LINE = 120
# a line this long or longer between them is prose, which writes its own units
_DECLARATION_LINE = 40
_NOT_AN_AMOUNT = re.compile(r"\s*[年月日]")  # "2003 年至 2005 年"
_HEADING_BETWEEN = re.compile(r"[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]")
# a cell's figure ends at a separator: not "593.27593.27448.64", cells run together, nor a list's "4."
_FIGURE_ENDS = re.compile(r"[\s；;，,。、|｜)）]|$")
# empty cells between a label and a figure: another column's ("年度资金总额\t\t\t\t\t10", the 分值)
_EMPTY_CELLS_BEFORE = re.compile(r"[\t|｜]\s*[\t|｜]\s*$")
# a label with several figures after it is a table's row, its columns unsaid ("年度资金总额 300.00 320.00 301.50",
# "年初预算数 | 5,310.25 | 5,862.40"), or a figure a scan broke ("1 ,500.00", "5,2l6.40")
_ROW_NAME_AFTER = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]")
_ANOTHER_FIGURE = re.compile(r"[\s|｜]*(?:[,，]\s*)?[\dIlO.]")
_RATE_ENDING = re.compile(r"(?:" + _AMOUNTS["rate"] + r")\s*[:：]?\s*$")


def with_declared_units(
    text: str, quantities: list[Quantity], line_starts: Sequence[int] = ()
) -> list[Quantity]:
    """The quantities, with a budget or spending figure printed without its unit ("年初预算数：186；全年预算数：200")
    given the unit declared just before it on its line, or on a short line just above it ("项目资金（万元）：").
    A bare figure with no declaration near stays a bare number: 186 alone may be 元 or 万元. ``line_starts`` are
    where the printed lines begin in ``text``: a figure ending its line ends its cell ("年初预算数：300" /
    "全年预算数：300", joined into one paragraph)."""
    result = list(quantities)
    ends = set(line_starts)
    floor = 0
    for index, quantity in enumerate(quantities):
        if (
            quantity.unit is None
            and (quantity.end in ends or _FIGURE_ENDS.match(text, quantity.end))
            and not _NOT_AN_AMOUNT.match(text, quantity.end)
            and not _ANOTHER_FIGURE.match(text, quantity.end)
            and not _EMPTY_CELLS_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
            # "1  作物种质资源保护与利用    860.00 …": a row's number opening its line, before the row's name
            and not (quantity.start in ends and _ROW_NAME_AFTER.match(text, quantity.end))
        ):
            label = _without_tail(text[clause_start(text, quantity.start, floor) : quantity.start])
            found = classify(label) if label else None
            # (a header run ending in the rate's column, "预算数 执行数 执行率 1 婚姻家庭纠纷调解 6.2": the bare figure
            # after it is the rate's or a row's number, never the spending's)
            if found is not None and found[0] in ("budget", "expenditure") and not _RATE_ENDING.search(label):
                unit = _declared_unit(text, quantity.start)
                if unit is not None:
                    value = plain(quantity.written.scaleb(MONEY_UNITS[unit]))
                    result[index] = quantity._replace(value=value, unit="万元", written_unit=unit)
        floor = quantity.end
    return result


def _declared_unit(text: str, position: int) -> str | None:
    """The unit declared near before ``position`` on its line, or on one of the short lines above a short line."""
    start = text.rfind("\n", 0, position) + 1
    if (declared := _last_declaration(text, max(start, position - _DECLARATION_NEAR), position)) is not None:
        return declared
    if position - start > _DECLARED_LINE:
        return None
    for _ in range(_DECLARATION_REACH):
        if start == 0:
            return None
        end, start = start - 1, text.rfind("\n", 0, start - 1) + 1
        if (declared := _last_declaration(text, start, end)) is not None:
            return declared
        if end - start >= _DECLARATION_LINE:
            return None
    return None


def _last_declaration(text: str, start: int, end: int) -> str | None:
    found = list(_DECLARED_UNIT.finditer(text, start, end))
    if not found or _HEADING_BETWEEN.search(text, found[-1].end(), end):
        return None  # "实际支出(万元) 二、项目支出明细情况 … 实际支出数 30399": the declaration is another part's
    return found[-1].group("inside") or found[-1].group("after")


_LIST_JOINT = re.compile(r"[、和及与]")
_RUN_BETWEEN = re.compile(r"[\s、，,和及与为是:：]*")


def _respective_label(text: str, quantities: list[Quantity], index: int) -> str | None:
    """The label of an amount in a respective listing ("年初预算数、全年预算数、全年执行数分别为1,036.50万元、
    1,184.72万元、1,169.35万元"): the name in the same place among the names as the amount among the amounts,
    when there are as many of each."""
    quantity = quantities[index]
    start = sentence_start(text, quantity.start)
    respective = text.rfind("分别", start, quantity.start)
    if respective < 0:
        return None
    opening = max(text.rfind(mark, start, respective) for mark in "，,：:") + 1
    names = [name for name in _LIST_JOINT.split(text[max(opening, start) : respective]) if name.strip()]
    run: list[Quantity] = []
    end = respective + len("分别")
    for amount in quantities:
        if amount.start < end:
            continue
        if not amount.is_money or not _RUN_BETWEEN.fullmatch(text, end, amount.start):
            break
        run.append(amount)
        end = amount.end
    if len(names) < 2 or len(run) != len(names) or quantity not in run:
        return None
    # every name a budget's or a spending's, each another ("2022年、2023年全年预算分别为…": years, no names)
    kinds = [classify(name) for name in names]
    if None in kinds or len(set(kinds)) != len(kinds):
        return None
    return names[run.index(quantity)]


def _printed_as(rate: Decimal, stated: Decimal) -> bool:
    """Whether ``rate``, rounded half up to the places ``stated`` is printed with, is ``stated``."""
    exponent = stated.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return quantize(rate, places) == stated


# not what is planned, owed or still to pay: 计划发放, 应支付, 拟发放, 需发放, 预计发放, 尚需支付, 待发放
# (not the 支付 of a 转移支付, a transfer's kind of money: "中央补助地方X转移支付资金共计2386.5万元")
_PAID_BEFORE_NAME = re.compile(r"(?<![未划应拟将需计待])(?<!转移)(?:发放|支付)")
_SPENT_AFTER_NAME = re.compile(
    r"(?<!未)(?<!尚未)(?:支出|已使用|使用|(?<!转移)支付|已拨付)\s*(?:了|共计|合计|共)?\s*[:：为]?\s*$"
)


def _label(ctx: Context, index: int) -> str:
    quantity = ctx.quantities[index]
    floor = ctx.money_floor(index) if quantity.is_money else ctx.floor(index)
    text = ctx.flow.text
    start = clause_start(text, quantity.start, floor)
    # a bracket closed before the figure whose listing's "、" ended the search ("上级下达我县X补助资金（美术馆、公共图书馆、
    # 文化馆（站）免费开放…）172.6万元"): the clause goes on before the bracket's opening
    for _ in range(_BRACKET_DEPTH):
        opening = _opening_of_unclosed(text, start, quantity.start)
        if opening is None or opening <= floor:
            break
        start = clause_start(text, opening, floor)
    start = _key_line_start(ctx, start, quantity.start)
    label = _without_tail(text[start : quantity.start])
    if (
        start > floor
        and text[start - 1] == "、"
        and _CLOSES_A_LISTING.search(label)
        and classify(label) is None
        and text.find("其中", text.rfind("。", floor, start) + 1, start) < 0
    ):
        # "全年…支付运维服务费、通信链路租赁费及设备维修费共计137.2万元": the year's total of what a 、-listing names, its
        # verb before it (not one item the spending lists after 其中, "实际使用36.5万元,其中…;支付A、B及C共计13.34万元", nor
        # one use of several, "发放补助10.8万元;支付A、B维修费用共计10.86万元")
        wider = clause_start(text, start - 1, floor, _OUTSIDE_A_LISTING)
        if _THE_WHOLE_YEARS.search(text, wider, start):
            start = wider
            label = _without_tail(text[start : quantity.start])
    if (
        _BARE_TOTAL.fullmatch(label)
        and (items := _items_listed_before(ctx, index))
        and classify(first := _label(ctx, items[0])) == ("budget", "executed")
        and not _PLANNED.search(first)
    ):
        # "累计支付维修材料款826,400元、工程款742,500元、水质检测费138,000元，共计1,706,900元": the total of the items
        # its clause closes, named by the first item's verb
        label = first + label.strip()
    return label


_BARE_TOTAL = re.compile(r"\s*(?:共计|合计|总计)\s*(?:为|是)?\s*[:：]?\s*")
# the same words closing the items' clause right after the last one's amount: "…、水质检测费138,000元，共计"
_CLOSING_TOTAL = re.compile(r"\s*(?:万?元)?\s*[，,]?" + _BARE_TOTAL.pattern)
# an item listed after another's amount: "、工程款742,500元"
_NEXT_ITEM = re.compile(
    r"\s*(?:万?元)?\s*、\s*(?P<name>[\u4e00-\u9fff（）()]{0,14}(?:款|费|费用|金|补助|补贴))\s*[:：为]?\s*"
)
# (an item of money paid, not what else the money did: "、尚未支付10万元", "、收回资金10万元", "、剩余15万元")
_NOT_AN_ITEM = re.compile(r"未|尚|支付|支出|使用|收回|带动|剩余|结转|结余|节约|投资|到位|下达")
# a payment planned, not made: "计划支付设备款100万元、安装费20万元，共计120万元"
_PLANNED = re.compile(r"计划|拟|预计|应|需|将")


def _next_item_listed(ctx: Context, index: int) -> bool:
    """Whether the money amount at ``index`` is followed by another item's, listed with "、" and named by a word of
    no measure ("累计支付维修材料款82万元、工程款74万元"): it is the first item of a listing, not the whole."""
    quantities = ctx.quantities
    if index + 1 >= len(quantities) or not quantities[index].is_money or not quantities[index + 1].is_money:
        return False
    listed = _NEXT_ITEM.fullmatch(ctx.flow.text, quantities[index].end, quantities[index + 1].start)
    return (
        listed is not None
        and classify(listed.group("name")) is None
        and not _NOT_AN_ITEM.search(listed.group("name"))
    )


def _after_the_years_items(ctx: Context, fact: Fact) -> bool:
    """Whether the year's payments are listed as items earlier in the figure's sentence ("截至2021年底，2021年支付图书
    采购款3.6万元、期刊订阅费1.2万元，项目累计支出15.6万元"): a figure after them that does not sum them runs over the
    years."""
    at = ctx.flow.offset(fact.line, fact.start)
    if at is None:
        return False
    begin = sentence_start(ctx.flow.text, at)
    return any(
        begin <= q.start < at
        and _next_item_listed(ctx, index)
        and classify(_label(ctx, index)) == ("budget", "executed")
        for index, q in enumerate(ctx.quantities)
    )


def _items_listed_before(ctx: Context, index: int) -> list[int]:
    """The items a total closes ("…材料款82万元、工程款74万元，共计156万元"): two or more money amounts listed with
    "、" right before its clause, which add up to it exactly; none otherwise."""
    quantities, text = ctx.quantities, ctx.flow.text
    before = index - 1
    if before < 0 or not _CLOSING_TOTAL.fullmatch(text, quantities[before].end, quantities[index].start):
        return []
    items = [before]
    while items[0] > 0 and _next_item_listed(ctx, items[0] - 1):
        items.insert(0, items[0] - 1)
    total = sum((quantities[i].value for i in items), Decimal(0))
    return items if len(items) >= 2 and total == quantities[index].value else []


def _key_line_start(ctx: Context, start: int, end: int) -> int:
    """Where the label of a figure at ``end`` opens: at ``start``, or at the last printed line between opening with
    a key and its colon under another such line, no sentence, which the flow joined to the lines above ("项目类型：
    一次性项目" / "资金来源：省级财政专项资金1,800,000.00元": "资金来源：省级财政专项资金", not every line above it)."""
    flow = ctx.flow
    first, last = bisect_right(flow.starts, start), bisect_right(flow.starts, end)
    openings = [index for index in range(first, last) if flow.columns[index] == 0]
    for index in reversed(openings):
        if not _KEY_AND_VALUE.match(flow.text, flow.starts[index], end):
            continue
        # (the line above keyed too: not a sentence the page wrapped before "资金为：人民币120万元")
        above = index - 1
        while above >= 0 and flow.columns[above] != 0:
            above -= 1
        keyed = _KEY_AND_VALUE.match(flow.text, flow.starts[above]) if above >= 0 else None
        if keyed is not None and _SENTENCE_MARK.search(flow.text, keyed.end(), flow.starts[index]) is None:
            return flow.starts[index]
    return start


# a printed line opening with a short key, its colon and the value ("资金来源：省级…")
# (not a total's word going on with the line above: "…下达我县衔接资金" / "总计：人民币500万元")
_KEY_AND_VALUE = re.compile(
    r"(?!(?:总额|总计|合计|共计|小计|金额|资金为?)[:：])[\u4e00-\u9fff()（）]{2,10}[:：]\s*\S"
)
_SENTENCE_MARK = re.compile(r"[，,。；;《]")
_THE_WHOLE_YEARS = re.compile(r"全年|年度|本年|累计")
_CLOSES_A_LISTING = re.compile(r"(?:共计|合计|总计)$")
_OUTSIDE_A_LISTING = CLAUSE_BREAKS.replace("、", "")
# a sentence breaking the whole down ("分小区看,", "分资金来源看：", not "从使用情况看，", a view of the whole): the figures
# after it are its parts
_BY_PARTS = re.compile(r"分各?(?P<by>[\u4e00-\u9fff]{1,6}?)看\s*[,，:：]")


_BRACKET_DEPTH = 3
_OPENING, _CLOSING = "(（", ")）"


def _opening_of_unclosed(text: str, start: int, end: int) -> int | None:
    """Where the bracket opens that ``text[start:end]`` closes without opening, if one does."""
    span = text[start:end]
    if ")" not in span and "）" not in span:
        return None  # (most labels: no bracket closes in them, and the walk below runs for every amount)
    depth = opened = 0  # brackets closed that the span did not open; brackets it opened and left open
    for character in span:
        if character in _OPENING:
            opened += 1
        elif character in _CLOSING:
            if opened:
                opened -= 1
            else:
                depth += 1
    if depth == 0:
        return None
    position = start
    while position > 0 and depth > 0:
        position -= 1
        if text[position] in _CLOSING:
            depth += 1
        elif text[position] in _OPENING:
            depth -= 1
        if text[position] == "\n":
            return None
    return position if depth == 0 else None


# a row's label and its figures before a percent, after the rate column's header: "(1)财政拨款 685.20 671.47"
_ROW_LABEL = re.compile(r"(?P<label>[^\d|｜:：%]*?)[\s|｜:：]*\d[\d.,\s|｜]*$")
_TOTAL_ROW = re.compile(r"合计|总计|总额")
# a rate's figure cut by a page's running line: the rate word, its first digits, then words before the percent
_BROKEN_AFTER_RATE = re.compile(
    _RATE_WORD + r"\s*(?:为|是|达到?)?\s*\d{1,3}(?![\d.年月日号底季])[\u4e00-\u9fff][^\d]*$"
)  # (not a date's digits: "执行率12月底达到97.30%", "执行率2023年度为97.30%")


# "指标权重设置为:预算执行率10%、产出指标50%、…": the execution rate's weight, listed with the others'
_WEIGHTS_SET = re.compile(r"权重|分值|占比")
_ANOTHER_WEIGHT_AFTER = re.compile(r"\s*[、,，;；]\s*[\u4e00-\u9fff]{2,12}\s*[:：]?\s*\d{1,2}(?:\.\d+)?\s*%")
# ... or the last of them: "产出指标40%、效益指标30%、服务对象满意度指标20%、预算执行率10%"
_ANOTHER_WEIGHT_BEFORE = re.compile(
    r"\d{1,2}(?:\.\d+)?\s*%\s*[、,，;；]\s*[\u4e00-\u9fff]{2,12}\s*[:：]?\s*$"
)


_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")


def _rate_label(label: str) -> bool:
    """Whether a percent's label names it a rate, outside what it quotes ("“X项目支出进度偏慢”问题已整改：2024年
    公用经费控制率为96.41%": the quoted problem's words are no label of the figure)."""
    return _RATE.search(_QUOTED.sub("", label)) is not None


# the money a share of the spending is of: what arrived, was allocated or paid in, planned, or the year's budget
# ("累计支出2413.5万元,占到位资金86.95%", "实际支出71.35万元,占下达资金的84.34%", "…占计划安排的94.47%",
# "累计完成支出905.66万元,占年度支出预算的98.3%", "累计支出76.80万元，占全年可用额度的96.00%", "全年完成支出6636.25万元，
# 为调整后预算的93.34%", "全局共支出36,487.92万元，占部门预算资金总额的94.40%")
_SHARE_OF_THE_MONEY = re.compile(
    r"(?:占|为)(?:全部|全年|年度|当年|本年)?(?:到位|下达|拨入|拨付|计划安排|安排|年初预算|全年预算|调整后预算|(?:部门)?预算总?收入|部门预算(?=资金总额|总额)|支出预算|可用|收支总预算)"
    r"(?:的)?(?:资金|经费|预算|额度)?(?:总额|总数|数)?(?:的)?(?:比例|比重)?(?:为|是|达)?\s*$"
)
# the spending the clause before the share states as the whole's, its amount ending that clause ("本年支出合计…元，占全年
# 可用资金的96.06%"; not an item's, "设备购置支出360万元", nor money passed on, "向乡镇拨付300万元")
_SPENT_BEFORE_THE_SHARE = re.compile(
    # (完成 alone where the clause or a date opens right before it: "截至2023年12月底完成支付…", not "管网工程完成支付…")
    r"(?:(?:(?:实际|累计|已经?|全年|总|共|项目)(?:完成)?|(?:(?<![\u4e00-\u9fff])|(?<=[底末月日止]))完成)"
    r"(?:支出|使用|支付|兑付|发放)(?:资金|经费|(?P<fund>[\u4e00-\u9fff]{1,6}?(?:资金|经费)))?(?:共计|合计|共)?"
    # (or the year's spending as its total: "本年支出合计…元，占全年可用资金的96.06%"; not "本年支出专项资金…", a fund's)
    r"|(?:本年度?|当年)支出(?:合计|总计|总额))"
    # (an aside on what it holds may follow: "全年支出1005.42万元(含上年度结转28.60万元),占全年预算总数的97.1%")
    r"\s*[\d,.]+\s*万?元\s*(?:[(（][^()（）]{0,30}[)）])?\s*[，,]{0,2}\s*$"
)
_SHARE_OPENING_REACH = 30  # characters before a percent its "占…的" may open at


# the share of the money handed out, right after all of it handed out ("共发放补贴资金24,986,912.36元，发放率98.52%"):
# the rate of the money's spending (not an indicator's "经费发放率98%" alone, which may count those paid, nor one
# part's, "发放残疾人两项补贴资金20万元，发放率100%")
_HANDED_OUT_RATE = re.compile(
    r"(?:共|累计|全年|共计)发放[^，,。；;\d]{0,12}?(?:资金|经费|补贴|补助)[^，,。；;\d]{0,4}?[\d,.]+\s*万?元\s*[，,]\s*"
    r"(?:(?:资金|经费|补贴|补助)+)?发放率\s*(?:为|达到?|是)?\s*$"
)
_RATES_BASE_REACH = 60  # characters before a percent the money handed out or its target may stand in
# the rate attained after its indicator's target ("4.预算执行率：目标≥95%，实际97.01%，完成"): the rate stated (not
# another plan's rate, "政府采购执行率：目标≥95%，实际100%")
_THE_RATE_ATTAINED = re.compile(
    r"(?<![\u4e00-\u9fff])(?:预算|资金)?执行率\s*[:：]?\s*(?:年度)?(?:目标|指标)值?\s*(?:为|:|：)?\s*(?:[≥≤>=<]|不低于|达到)?\s*\d+(?:\.\d+)?\s*%"
    r"\s*[，,；;]\s*(?:实际|完成)(?:完成)?值?\s*(?:为|:|：)?\s*$"
)


def _stated_after_its_base(text: str, position: int) -> bool:
    """Whether a percent is the rate of all the money handed out right before it, or the rate an execution-rate
    indicator attained after its target."""
    begin = max(0, position - _RATES_BASE_REACH)
    return bool(
        _HANDED_OUT_RATE.search(text, begin, position) or _THE_RATE_ATTAINED.search(text, begin, position)
    )


def _a_share_spent(text: str, position: int) -> bool:
    """Whether a percent is the share of the money received or planned that the clause before it says was spent
    ("占…的", "为…的"): the execution rate, however the text names its base (never after a "其中", a part's share)."""
    reach = max(0, position - _SHARE_OPENING_REACH)
    at = next(
        (
            found
            for found in (text.rfind("占", reach, position), text.rfind("为", reach, position))
            if found >= 0 and _SHARE_OF_THE_MONEY.match(text, found, position) is not None
        ),
        -1,
    )
    if at < 0:
        return False
    opening = sentence_start(text, at)
    spent = _SPENT_BEFORE_THE_SHARE.search(text, max(0, at - 40), at)
    # (the fund named between the verb and the amount, "共使用补偿资金11,205.33万元，占下达资金的97.55%", only on the
    # money allocated: a share of all money available, "累计支出衔接资金…，占可用资金的97.23%", may hold the carry-over
    # the year's budget leaves out)
    return (
        "其中" not in text[opening:at]
        # (nor a class of the spending listed with the others: "基本支出1800万元，占…的60%；项目支出1200万元，占…的40%")
        and not _A_CLASS_SHARE.search(text, text.rfind("。", 0, at) + 1, at)
        and spent is not None
        and (spent.group("fund") is None or _ALLOCATED_BASE.match(text, at + 1) is not None)
    )


_A_CLASS_SHARE = re.compile(r"基本支出|人员经费|公用经费")
_ALLOCATED_BASE = re.compile(r"(?:全部|全年|年度|当年|本年)?(?:下达|到位|拨入|安排)")


# the name a rate's label gives before its rate word: "福彩公益金执行率", "区级资金执行率"
_NAMED_RATE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:预算)?(?:"
    + _RATE_WORD
    + r"|(?:资金|经费)使用率)(?:仅|只有|只)?(?:为|是|达到?)?$"
)


_NAMED_SLOW_RATE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:支出|支付|拨付|执行)进度(?:偏慢|较慢|缓慢|滞后)\s*[，,]\s*(?:预算)?"
    + _RATE_WORD
    + r"(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)
_HOLDER_ENDINGS = "局委办院站所心镇乡村县市区省厅的"
# "…清运经费支出180.22万元,执行率96.68%": a named part's spending, then its rate
_NAMED_SPENT_RATE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:实际)?(?:支出|使用|拨付)(?:了)?\s*[\d,.]+\s*万?元\s*[，,]\s*(?:预算)?"
    + _RATE_WORD
    + r"(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)
_WHOLE_NAME = re.compile(
    # (a name opening with 全 that is no whole: "全民健身设施更新项目")
    r"整体|总|全部|全年|年度|合计|累计|部门|单位|本级|财政拨款|年初|预算|项目|^[本我该]|^全(?:[省市州县区旗镇乡]|体|$)"
)


# "普法宣传项目执行率为94.31%", "档案征集与编研项目执行率91.29%": a department's project named with its rate
_PROJECT_RATE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,20}?项目)(?:的)?(?:年度|全年)?(?:预算)?(?:资金)?(?:执行率|支付率|支出率|拨付率|支出进度)"
    r"(?:仅|只有|只)?(?:为|是|达到?)?$"
)
# "一是X项目受疫情影响部分线下培训取消，执行率93.78%", "X项目因部分工程跨年度实施，执行率为95.54%", "二是X项目尚有尾款
# 未支付，执行率95.93%", "一是农机购置补贴资金受机具核验进度影响，当年执行率为95.51%", "(一)X资金追加时间较晚，执行率仅为
# 93.42%": a sentence opening with a project or a fund, then its rate after a clause on why
_PROJECT_OPENING_RATE = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|\d{1,2}\s*[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,2}[)）]|其中)?\s*[:：,，]?\s*"
    r"(?P<name>[\u4e00-\u9fff“”]{2,24}?(?:项目|资金|经费))(?:因|受|由于|尚有|尚未|仍有|追加|下达|拨付|到位)[^。；;\d%]{2,40}?[，,]\s*"
    r"(?:其)?(?:当年|全年|年度)?(?:预算)?(?:资金)?" + _RATE_WORD + r"(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)


def _project_of_the_rate(label: str, text: str = "", position: int = 0) -> str | None:
    """The project a department's rate names before its rate word, or at the opening of its sentence, when it
    names one (not its projects in general: "项目支出执行率", "各项目执行率")."""
    named = _PROJECT_RATE.search(label) or _PROJECT_OPENING_RATE.match(
        text, sentence_start(text, position), position
    )
    if named is None:
        return None
    name = named.group("name")
    bare = name.removesuffix("项目")
    if (
        vocabulary().generic_fund.fullmatch(name)
        or _WHOLE_NAME.search(bare)
        or bare.endswith(("各", "所有", "全部"))
    ):
        return None
    return name


def _project_opening(text: str, position: int) -> str | None:
    """The project a department's sentence opens by naming, its figures after it that project's ("公共文化服务体系
    建设专项自评得分99.90分，等级为优，执行率99.00%")."""
    named = project_stated_of(text, position)
    opening = sentence_start(text, position)
    return named if named and text[opening:position].lstrip().startswith(named) else None


_EXTREME_OF_SEVERAL = re.compile(
    r"最(?:低|高)的?(?:是|为)\s*(?P<name>[\u4e00-\u9fff（）()]{2,20}?)\s*[，,]?\s*(?:其)?(?:预算)?(?:资金)?"
    + _RATE_WORD
    + r"?\s*(?:仅|只有|只)?(?:为|是|达到?)?\s*$"
)
# "政府采购执行率5分，执行率96.29%，得4.5分": an indicator named with its points, then its rate stated bare
_POINTS_THEN_ITS_RATE = re.compile(
    r"(?P<name>[^，,。；;\d]{2,20}?)\s*\d+(?:\.\d+)?\s*分\s*[，,]\s*(?:执行率|支付率|完成率)\s*(?:为|是)?\s*$"
)


def _an_indicators_rate_of_another(text: str, position: int) -> bool:
    """Whether a bare rate restates the indicator named with its points right before it, and that indicator rates
    another thing than the budget's spending (政府采购执行率)."""
    found = _POINTS_THEN_ITS_RATE.search(text, sentence_start(text, position), position)
    return found is not None and RATE_OF_ANOTHER.search(found.group("name")) is not None


def _adjusted_to_after_its_change(text: str, position: int) -> bool:
    """Whether the figure at ``position`` is what the budget its sentence changed was adjusted to, a clause of its
    own ("年初预算3887.45万元，年内追加…457.06万元后，调整为7109.99万元"; not "省级资金由120万元调整为100万元", one
    source's, nor "调整30万元用于…", a change)."""
    start = sentence_start(text, position)
    clause = _ADJUSTED_TO.search(text, start, position)
    return (
        clause is not None
        and _A_BUDGETS_CHANGE.search(text, start, clause.start()) is not None
        and _A_PART_CHANGED.search(text, start, clause.start()) is None
    )


# a clause of its own stating what the budget became ("，调整为", "；经调整至")
_ADJUSTED_TO = re.compile(r"[，,；;]\s*(?:经|并|年中|年内|最终)?\s*调整(?:为|至)\s*$")
_A_BUDGETS_CHANGE = re.compile(r"预算[^，,。；;]{0,12}\d[^。；;]*?(?:追加|调增|调减|核减|增加|减少)")
# a part whose change the sentence may tell instead: a source, a level, a class or item of spending, a contract
_A_PART_CHANGED = re.compile(
    r"其中|中央|省级|市级|县级|区级|州级|配套|基本支出|项目支出|公用|人员|合同|劳务|培训|经费"
)


def _rate_of_the_sentences_other_subject(text: str, label: str, position: int) -> bool:
    """Whether a bare rate word states the rate of what its sentence opens on, another thing than the budget, no
    money named between ("政府采购按规定程序实施，执行率100%"; not "政府采购…，项目全年预算200万元，…执行率95%", "政府
    采购项目已全部完成，项目资金已全部支付，执行率100%")."""
    if _BARE_RATE.fullmatch(label.strip()) is None:
        return False
    start = sentence_start(text, position)
    return (
        _SUBJECT_OF_ANOTHER.match(text, start) is not None
        and _MONEY_NAMED.search(text, start, position) is None
    )


_BARE_RATE = re.compile(r"执行率|支付率")
_MONEY_NAMED = re.compile(r"资金|经费|\d\s*(?:万|亿)?元")
_SUBJECT_OF_ANOTHER = re.compile(_AMOUNTS["rate_subject_of_another"])


# some places named by their count: "等9个省辖市", "12个县（市、区）"
_GROUP_OF_PLACES = re.compile(_AMOUNTS["group_of_places"])
_PLACE_RATE = re.compile(
    r"(?<![我本全各该])(?P<name>[\u4e00-\u9fff]{1,10}(?:旗|县|区|市|镇|乡|州))(?:的)?(?:整体)?(?:预算|资金)?"
    + _RATE_WORD
    + r"(?:仅|只有)?(?:为|是|达到?)?$"
)


def _place_of_the_rate(ctx: Context, label: str, title_lines: frozenset[int]) -> str | None:
    """The place a rate names right before its rate word ("鄂托克前旗执行率仅94.83%") when it is one of the places
    the money went to, not the report's own place its title names."""
    named = _PLACE_RATE.search(label)
    return None if named is None else _another_place(ctx, named.group("name"), title_lines)


def _after_the_wholes_rate(ctx: Context, position: int) -> bool:
    """Whether the sentence states a rate before the 其中 that opens the listing the rate at ``position`` is in
    ("…资金执行率97.60%，其中财政奖补资金支出241.30万元，执行率97.30%"): the whole's rate came first, this is a part's.
    All on the rate's own line: table rows run together into one sentence hold their own rates."""
    text = ctx.flow.text
    begin = sentence_start(text, position)
    listing = text.rfind("其中", begin, position)
    whole = text.rfind("%", begin, listing) if listing > 0 else -1
    line = ctx.flow.locate(position)[0]
    return whole >= 0 and ctx.flow.locate(whole)[0] == line


# the money a rate's label names: "财政补助资金执行率为"
_RATE_OF_MONEY = re.compile(
    r"(?P<money>[\u4e00-\u9fff]{2,12}?(?:资金|经费))(?:的)?" + _RATE_WORD + r"(?:为|是|达到?)?\s*$"
)


def _money_listed_before(ctx: Context, label: str, position: int) -> str | None:
    """The money the rate's label names when its line listed that money as a part before ("全年支出3190.55万元，其中
    财政补助资金支出3045.1万元，预算执行率97.92%。财政补助资金执行率为98.02%"): that part's rate, after the whole's."""
    named = _RATE_OF_MONEY.search(label)
    if named is None:
        return None
    text = ctx.flow.text
    listed = text.rfind("其中" + named.group("money"), 0, position)
    return (
        named.group("money")
        if listed >= 0 and ctx.flow.locate(listed)[0] == ctx.flow.locate(position)[0]
        else None
    )


def _item_with_its_budget(ctx: Context, position: int) -> re.Match[str] | None:
    """The list item opening a line of the rate's sentence, the nearest before it with no other rate between ("乙基金
    （20项）：预算400.00，支出393.00，执" / "行率98.25%"): items printed a line each with no stop between them run into
    one sentence, each with its own rate."""
    text = ctx.flow.text
    begin = sentence_start(text, position)
    line = ctx.flow.locate(position)[0]
    while (start := ctx.flow.offset(line, 0)) is not None and start >= begin:
        item = _ITEM_WITH_ITS_BUDGET.match(text, start)
        if item is not None:
            return None if "%" in text[item.end() : position] else item
        line -= 1
    return _ITEM_WITH_ITS_BUDGET.match(text, begin)


def _another_place(ctx: Context, found: str, title_lines: frozenset[int]) -> str | None:
    """The longest run of place names ending ``found`` ("最低的西充县": 西充县), unless the title names it."""
    name = next(
        (
            found[at:]
            for at in range(len(found) - 1)
            if leading_place(found[at:]) == len(found) - at and (at == 0 or found[at - 1] not in "我本全各该")
        ),
        None,
    )
    if name is None or any(name in ctx.read_text.get(n, "") for n in title_lines):
        return None
    return name


# an item of a list named with a colon, then its own budget: "重点研发计划（186项）：预算14,600.00，…", "辅助器具适配：
# 安排36.00，支出34.82，执行率96.72%"
_ITEM_WITH_ITS_BUDGET = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,20})(?:[(（][^()（）]{1,24}[)）])?\s*[:：]\s*(?:(?:全年|年初|调整后)?预算|安排)"
)
# some of the projects, named by their count: "等11个项目", "其余4个项目", "3个项目因工程未完工…"
_SOME_PROJECTS = re.compile(
    # (the count as a scan read it too: "等ll个项目")
    r"(?:等|其余|其他|另有?)\s*[\dlIO一二三四五六七八九十]{1,3}\s*个[\u4e00-\u9fff]{0,6}?项目"
    r"|[\d一二三四五六七八九十]{1,3}\s*个(?:子)?项目(?:因|由于|按)"
)
# ... or in the clause before, when the rate's own clause names nothing of its own: it says how they went
# ("桥梁加固等5个项目,按工程进度支付执行进度40%", "3个项目,按工程进度支付…"), or it is only the rate and the
# group is some of the projects ("道路改造等5个项目按工程进度支付,执行进度30%"; not "共实施12个项目,执行率95%")
_SOME_OF_THEM = re.compile(
    r"(?:等|其余|其他|另有?)\s*[\d一二三四五六七八九十]{1,3}\s*个[\u4e00-\u9fff]{0,6}?项目"
)
_SOME_PROJECTS_ENDING = re.compile(
    _SOME_OF_THEM.pattern + r"|[\d一二三四五六七八九十]{1,3}\s*个(?:子)?项目\s*[,，]\s*$"
)
_MANNER = re.compile(r"\s*(?:因|由于|按|受)")
_ONLY_THE_RATE = re.compile(r"\s*(?:预算|资金)?(?:执行|支出|支付)(?:进度|率)\s*(?:为|达到?|约|仅)?\s*$")


def _some_projects(text: str, position: int) -> re.Match[str] | None:
    """The group of projects named by its count whose rate stands at ``position``, if any."""
    clause = clause_start(text, position)
    found = _SOME_PROJECTS.search(text, clause, position)
    if found is not None or clause == 0:
        return found
    before = clause_start(text, clause - 1)
    if _MANNER.match(text, clause):
        return _SOME_PROJECTS_ENDING.search(text, before, clause)
    if _ONLY_THE_RATE.match(text, clause, position):
        return _SOME_OF_THEM.search(text, before, clause)
    return None


_QUOTE_OPENED = re.compile(r"[“「][^”」“「。；;\n]{0,24}$")
_QUOTE_CLOSES = re.compile(r"\s*[”」]")


def _quoted_target(text: str, start: int, end: int) -> bool:
    """Whether a rate stands inside quotes with the words before it ("“预算执行率达到100%”未完成"): an indicator's
    target named, not a rate reached."""
    return bool(_QUOTE_OPENED.search(text, max(0, start - 25), start)) and bool(
        _QUOTE_CLOSES.match(text, end)
    )


def _rate_of_a_listed_part(text: str, label: str, position: int, own_project: str | None) -> str | None:
    """The part a rate is named for ("…其中区级财政资金861.20万元，福彩公益金180.00万元。…福彩公益金执行率100%",
    "福彩公益金支出进度偏慢，执行率仅为87.54%", "…清运经费支出180.22万元,执行率96.68%" at ``position``): a name, no kind
    of money in general, that the text states an amount of right after it."""
    begin = sentence_start(text, position)
    named = (
        _NAMED_RATE.search(label)
        or _NAMED_SLOW_RATE.search(text, begin, position)
        or _NAMED_SPENT_RATE.search(text, begin, position)
    )
    if named is None:
        return None
    whole = named.group("name")
    if _WHOLE_NAME.search(whole):
        return None  # "全市中央财政林业改革发展资金实际支出…，支出率95.22%": the whole's
    # ("县城管局清运经费支出…": the name the text lists an amount of may follow its holder's name, cut after it)
    cuts = [0, *(at for at in range(1, len(whole) - 3) if whole[at - 1] in _HOLDER_ENDINGS)]
    for name in (whole[cut:] for cut in cuts):
        if vocabulary().generic_fund.fullmatch(name) or _RATE.search(name) or _WHOLE_NAME.search(name):
            continue
        if own_project and (same_project(name, own_project) or own_project.endswith(name)):
            return None  # the report's own fund
        if _amount_stated(text, name):
            return name
    return None


def _amount_stated(text: str, name: str) -> bool:
    """Whether the text states an amount of ``name`` right after it, after its budget's word, or in the next cell of
    a table's row: "…补助预算128.00万元", "7.就业创业服务补助：预算1,320.00万元", "金融扶贫贴息｜1,918.00｜…" for
    "金融扶贫贴息资金支付率"; a bracketed qualifier may follow the name ("综合交通枢纽（客货运站场）38000万元")."""
    bare = name.removesuffix("资金").removesuffix("经费")
    # (a bare name of four characters at least: "到位资金执行率" names no fund of "实际到位6万元")
    base = re.escape(bare) + r"(?:资金|经费)?" if len(bare) >= 4 else re.escape(name)
    base += r"(?:[(（][^()（）\d]{1,12}[)）])?"
    stated = re.search(
        base
        + r"(?:\s*[:：]?\s*(?:(?:年初|全年|调整后)?预算(?:数|资金)?|安排|下达)?\s*(?:为|共|计|[:：])?\s*[\d,.]+\s*(?:万元|亿元|元)"
        # (in a table's row, a cell or two of words may stand between: "|农业经营主体能力提升资金|川财农〔2023〕58号|210|")
        r"|\s*[|｜\t]\s*(?:[^|｜\t\n\d][^|｜\t\n]*[|｜\t]\s*){0,2}[\d,.]+)",
        text,
    )
    return stated is not None


def _a_listed_weight(text: str, start: int, end: int) -> bool:
    """Whether a percent is the weight of its indicator in a sentence setting the weights."""
    opening = sentence_start(text, start)
    return (
        _ANOTHER_WEIGHT_AFTER.match(text, end) is not None
        or _ANOTHER_WEIGHT_BEFORE.search(text, opening, start) is not None
    ) and _WEIGHTS_SET.search(text, opening, start) is not None


def _a_rows_rate(label: str) -> bool:
    """Whether a percent is a table row's cell under a rate column ("… 执行率 | (1)财政拨款 685.20 671.47 98.00%")
    in a row that is not the table's total ("合计", "合 计", "总计"): that row's rate, not the whole's."""
    rates = list(_RATE.finditer(label))
    if not rates:
        return False
    row = _ROW_LABEL.search(label, rates[-1].end())
    if row is None:
        return False
    words = row.group("label").split()
    # the last cell of the header and row words before the figures; its spaces dropped where one name is spaced
    name = words[-1] if words and len(words[-1]) >= 2 else "".join(words[-2:])
    # "预算执行率 10 95%": the rate's own row, its points before it
    return bool(name) and not (vocabulary().funds_total_row.search(name) or _TOTAL_ROW.search(name))


def _part_subject(ctx: Context, quantity: Quantity) -> str | None:
    """The part a figure belongs to when it follows "其中" in its sentence (e.g. "预算项目")."""
    text = ctx.flow.text
    begin = sentence_start(text, quantity.start)
    window = text[begin : quantity.start]
    # "(含…)", "(其中…)" closed before the figure: the figure is the whole's again, unless a listing opened before
    # the bracket goes on ("其中:中央资金1,775.26万元(含质保金89.6万元),…,企业自筹资金952万元")
    parts = [
        m for m in _PART.finditer(window) if not (in_brackets(window[: m.end()]) and not in_brackets(window))
    ]
    if not parts:
        return None
    match = parts[-1]
    if _RESTART.search(window, match.end()) or _EMPTY_THEN_WHOLES_LABEL.search(window, match.end()):
        return None  # (a row's last source cell empty, the whole's cells after it: see _fund_source)
    rest = _LEAD.sub("", window[match.end() :])
    subject = re.split(r"[，,、:：\d]", rest, maxsplit=1)[0].strip()
    if _BUDGET_STAGE.fullmatch(subject) or _UNITS_START.fullmatch(subject):
        # "预算收入69.06万元，其中年初预算57.28万元", "部门预算总收入2,316.58万元，其中年初部门预算1,987.40万元": the
        # initial budget, not a part
        return None
    if _OWN_SHARE.match(rest):
        return None  # "下达全市X资金12.8亿元，其中分配至我旗21456.8万元": the report's own place's, its whole
    return subject or "其中"


_UNITS_START = re.compile(r"年初(?:部门|单位)预算(?:数|资金)?")
_OWN_SHARE = re.compile(_AMOUNTS["own_share"])
_OUTSIDE_EVALUATION = re.compile(_AMOUNTS["outside_evaluation"])
_EVALUATED_APART = re.compile(_AMOUNTS["evaluated_apart"])
_EVALUATION_OBJECT = re.compile(_AMOUNTS["evaluation_object"])


def _outside_the_evaluation(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the figure at ``start:end`` sets its money apart from the evaluation: not in its
    scope, or evaluated apart, the figure's own clause not naming the evaluation's object."""
    begin, stop = sentence_start(text, start), sentence_end(text, end)
    if _OUTSIDE_EVALUATION.search(text, begin, stop):
        return True
    return (
        _EVALUATED_APART.search(text, begin, stop) is not None
        and _EVALUATION_OBJECT.search(text, clause_start(text, start), end) is None
    )


_ITEM_NAME_MIN = 4  # characters of a listed item's own name before its figure


# an item of the fund named at the head of its own clause after a "；", its money right after ("；安顺地戏(西秀区地戏)
# 保护补助已支出253184元")
_ITEM_OPENING = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff()（）·\-—]{4,40}?(?:补助|补贴|项目|经费|资金|工程))\s*"
    r"(?:已|共|累计)?\s*(?:支出|使用|拨付|支付|发放)"
)


# the whole's money named by its year or as all of it, never an item ("全年项目资金累计支出576.80万元")
_WHOLE_NAMED = re.compile(r"(?:全年|本年度?|当年|今年|全部|合计|累计|总|项目资金|专项资金)")


def _item_opening_its_clause(text: str, position: int, own_project: str) -> str | None:
    """The item of the report's fund whose clause, after a "；", opens with its name and goes on to the figure at
    ``position``, when it is not the fund itself."""
    start = clause_start(text, position, 0, "；;。\n")
    if start == 0 or text[start - 1] not in "；;":
        return None
    if "其中" in text[clause_start(text, start - 1, 0, "。") : start]:
        return None  # items listed after 其中: the listing's own reading (_part_subject) holds
    found = _ITEM_OPENING.match(text, start, position)
    if (
        found is None
        or same_project(found.group("name"), own_project)
        or _WHOLE_NAMED.match(found.group("name"))
    ):
        return None
    return found.group("name")


# a work or project opening a clause, then its progress or its money ("富顺文庙安防工程已完工", "X工程项目资金使用…")
_WORK_CLAUSE = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff()（）·]{4,40}?(?:工程|项目))"
    r"(?=\s*(?:已|正在|尚|目前|项目资金|资金|共|累计|完成|支出|使用|拨付|支付))"
)
_SEGMENT_BREAK = re.compile(r"[；;]")
_SENTENCE_CLOSE = re.compile(r"[。！？!?\n]")
_CLAUSE_OR_SEGMENT_BREAK = re.compile(r"[；;，,]")
_FIGURE_OF_MONEY_OR_RATE = re.compile(r"\d(?:\.\d+)?\s*(?:万?元|%)")
_SUMMED_UP = re.compile(r"共|合计|累计|全部|总")


def _works_own_clause(text: str, position: int) -> str | None:
    """The work a figure is stated of when its sentence tells two works in turn, each in its own "；" part, opening
    a clause with its name ("…共下达155万元,截至目前,A工程已完工…,资金支付35万元,资金使用率100%;B工程项目资金使用
    912640元,资金使用率76.05%"): the named work's, not the whole's stated before it."""
    begin = clause_start(text, position, 0, "。！？!?\n")
    close = _SENTENCE_CLOSE.search(text, position)
    end = close.start() if close is not None else len(text)
    if _SEGMENT_BREAK.search(text, begin, end) is None:
        return None
    named: list[tuple[int, int, str]] = []  # (segment, where the name ends, name)
    ends: list[int] = []  # where each "；" part ends
    segment = 0
    at = begin
    for found in [*_CLAUSE_OR_SEGMENT_BREAK.finditer(text, begin, end), None]:
        stop = found.start() if found is not None else end
        work = _WORK_CLAUSE.match(text, at, stop)
        if work is not None:
            named.append((segment, work.end("name"), work.group("name")))
        if found is None or found.group() in "；;":
            segment += 1
            ends.append(stop)
        at = stop + 1
    own_segment = len(_SEGMENT_BREAK.findall(text, begin, position))
    own = [name for seg, where, name in named if seg == own_segment and where <= position]
    # (another work with its own money told after its name: "…;B工程项目资金使用912640元…", not "…;B项目尚未开工")
    others = {
        name
        for seg, where, name in named
        if seg != own_segment and _FIGURE_OF_MONEY_OR_RATE.search(text, where, ends[seg])
    }
    if not own or not others - {own[-1]}:
        return None
    # "…;B工程已完工,项目资金共支出126.26万元": the whole's money, summed, told after the works
    if _SUMMED_UP.search(text, clause_start(text, position, begin, "，,；;"), position):
        return None
    return own[-1]


def _item_after_a_listings_semicolon(text: str, position: int) -> str | None:
    """The item a figure belongs to when its sentence opened a listing with "其中" and a "；" then began this item
    ("其中A工程执行率96.23%，自评99.62分；B项目执行率92.00%"): B's, named before the figure, not the whole's."""
    begin = sentence_start(text, position)
    if begin == 0 or text[begin - 1] not in "；;":
        return None
    whole = clause_start(text, position, 0, "。！？!?\n")
    if "其中" not in text[whole:begin]:
        return None
    rest = _LEAD.sub("", text[begin:position])
    if re.search(r"[\d，,]", rest):
        return None  # "…；全年支出140万元，执行率93.33%": a statement of its own figures, the whole's again
    name = re.split(r"[、:：]", rest, maxsplit=1)[0].strip()
    return name if len(name) >= _ITEM_NAME_MIN and not _BUDGET_STAGE.fullmatch(name) else None


_HEAD_WORDS = re.compile(r"[\u4e00-\u9fff()（）]+")


def _unit_after_a_listings_semicolon(text: str, position: int) -> str | None:
    """The unit a figure belongs to when its sentence opened a listing of units with "其中" and a "；" then began
    this unit's clause ("其中局本级全年预算2104.57万元…；区退役军人服务中心全年预算186.42万元、支出184.90万元，执行率
    99.18%"): that unit's, its name and the label of its first figure opening the clause."""
    begin = sentence_start(text, position)
    if begin == 0 or text[begin - 1] not in "；;":
        return None
    if "其中" not in text[clause_start(text, position, 0, "。！？!?\n") : begin]:
        return None
    head = _HEAD_WORDS.match(_LEAD.sub("", text[begin:position]))
    if head is None:
        return None
    words = head.group()
    for suffix in vocabulary().organisation_suffixes:
        at = words.find(suffix, 2)
        if at >= 0 and classify(words[at + len(suffix) :]) is not None:
            return words[: at + len(suffix)]  # "区退役军人服务中心" + "全年预算"
    return None


# a form printed one cell a line: a part's cell, a figure's, the rate's word alone
_PART_CELL = re.compile(r"\s*(?:其中\s*[:：]?\s*)?(?P<part>基本支出|项目支出|人员经费|公用经费)\s*[|｜]?\s*")
_FIGURE_CELL = re.compile(r"\s*[\d,]+(?:\.\d+)?\s*(?:万?元)?\s*[|｜]?\s*")
_RATE_CELL = re.compile(r"\s*(?:预算)?执行率\s*[|｜]?\s*")
_ROW_REACH = 4  # cells above a rate's word: the part's name, its budget's and its spending's figures


def _part_of_a_row_one_cell_a_line(ctx: Context, quantity: Quantity) -> str | None:
    """The part a rate printed one cell a line rates, when its row's cells above it name one ("其中：基本支出 /
    4,080,200.00 / 基本支出 / 4,051,690.65 / 执行率 / 99.30%"): that part's rate, not the whole's."""
    line = ctx.flow.locate(quantity.start)[0]
    if not _RATE_CELL.fullmatch(ctx.read_text.get(line - 1, "")):
        return None
    for above in range(line - 2, max(0, line - 2 - _ROW_REACH), -1):
        cell = ctx.read_text.get(above, "")
        if (found := _PART_CELL.fullmatch(cell)) is not None:
            return found.group("part")
        if not _FIGURE_CELL.fullmatch(cell):
            return None
    return None


_PART_OPENING = re.compile(_AMOUNTS["part_opening"])


def _part_opening(text: str, position: int) -> str | None:
    """The part of a department's money the sentence holding ``position`` opens with, if any."""
    found = _PART_OPENING.match(text, sentence_start(text, position), position)
    return found.group("part").strip('“”"') if found is not None else None


def _closes_a_listing(ctx: Context, index: int) -> bool:
    """Whether a rate follows two or more parts enumerated after "其中" in its sentence ("实际支付355.16万元,其中:
    中央248.74万元、省级74.71万元、县级31.71万元,执行率65%"): it rates the whole, not the last part."""
    text = ctx.flow.text
    begin = sentence_start(text, ctx.quantities[index].start)
    opened = text.rfind("其中", begin, ctx.quantities[index].start)
    if opened < 0:
        return False
    if any(q.is_percent and begin <= q.start < opened for q in ctx.quantities[:index]):
        # "全年支出719.64万元，执行率98.37%，其中基本支出…全部支出，项目支出195.66万元，执行率94.25%": the whole's
        # rate stated before its parts, the one after them is the last part's
        return False
    listed = [(i, q) for i, q in enumerate(ctx.quantities[:index]) if q.start > opened and q.is_money]
    if len(listed) < 2:
        return False
    # parts enumerated with "、"; "其中:中央资金100万元,支出80万元,执行率80%" is one part's budget and spending, and
    # so is "其中基本支出全年预算1512.36万元、执行1498.92万元，执行率99.11%"
    measures = (("budget", "executed"), ("budget", "adjusted"))
    if any(
        text.startswith("、", q.end) and classify(_label(ctx, after)) not in measures
        for (_, q), (after, _) in itertools.pairwise(listed)
    ):
        return True
    # or items all of one measure, enumerated with "、" ("累计支付836918.60元,其中A支付118762.00元、B支付530000.00元、C
    # 支付188156.60元,资金支付率97.05%"): the items the whole was paid on
    if len({classify(_label(ctx, i)) for i, _ in listed}) == 1 and all(
        text.startswith("、", q.end) for _, q in listed[:-1]
    ):
        return True
    # or classes of the report's spending ("全年实际支出1,356.72万元,其中基本支出862.15万元,项目支出494.57万元,预算
    # 执行率97.35%"), not of one part's ("基本支出…实际支出480万元,其中人员经费…,公用经费…,执行率96%")
    whole = [i for i, q in enumerate(ctx.quantities[:index]) if q.is_money and begin <= q.start < opened][-1:]
    return (
        bool(whole)
        and classify(_label(ctx, whole[0])) in (("budget", "executed"), ("budget", "adjusted"))
        and _SPENDING_CLASS.search(text, begin, opened) is None
        and all((classify(_label(ctx, i)) or ("",))[0] == "expenditure" for i, _ in listed)
    )


_SPENDING_CLASS = re.compile(_AMOUNTS["spending_class"])


# a sentence opening with a project's or fund's name and its budget ("食品安全监督抽检经费预算96.00万元，执行…"),
# not the department's own money (公用经费, 项目支出, 财政拨款…)
_FUND_OPENING = re.compile(
    r"\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:[\u4e00-\u9fff]{2,10}[:：]\s*)?"
    r"(?P<name>[\u4e00-\u9fff“”]{2,24}?(?:经费|项目|专项资金|专项))(?:全年|年初|调整后)?预算"
)
_OWN_MONEY = re.compile(
    r"^(?:部门|单位|机关|基本|人员|公用|日常公用|办公|运转|运行|财政|项目|专项|业务|预算)*(?:经费|项目|专项)$"
)


def _fund_opening(text: str, position: int) -> str | None:
    """The project or fund the sentence holding ``position`` opens by naming with its budget, if any; or the work
    or subsidy its clause opens by naming with its money ("；维修工程已支付328911.07元，执行率76.37%")."""
    found = _FUND_OPENING.match(text, sentence_start(text, position))
    if found is not None and found.end() <= position and not _OWN_MONEY.match(found.group("name")):
        return found.group("name")
    item = _ITEM_CLAUSE.match(text, clause_start(text, position, 0, "。；;\n"), position + 1)
    if item is None:
        return None
    name = item.group("name")
    if (
        _WHOLE_NAME.search(name)
        or _OWN_MONEY.match(name)
        or _A_CHANGE_NAMED.match(name)
        or vocabulary().generic_fund.fullmatch(name)
    ):
        # (nor the department's own money, "上级补助128.60万元", nor what was added to the budget: "年中追加经费
        # 6.64万元，调整后预算为175.06万元")
        return None
    return name


# a "；" clause opening with a work or a subsidy and its money: "维修工程已支付328911.07元", "寄宿生生活补助17.95万元"
_ITEM_CLAUSE = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff“”]{2,14}?(?:工程|补助|补贴|经费|专项资金|专项))\s*"
    r"(?:已|实际|累计|共|全年|当年)*(?:支付|支出|发放|拨付|使用)?\s*(?:资金)?\s*\d"
)


# (not the budget once adjusted: "年初预算30万元,调整后预算24.8万元,较年初减少5.2万元")
_A_CHANGE_NAMED = re.compile(r"(?:年中|年内|年度中|中期|年底|年末)?(?:追加|追减|调增|调减|调整(?!后)|核减)")


_BY_REASON_OF = re.compile(r"(?:根据|按照|依据|结合)\s*$")
_BY_WAY_OF = re.compile(r"经[^，,。；;：:]{0,8}$")
_TAKEN_IN_THEN = re.compile(
    r"\s*(?:资金)?(?:纳入|计入|并入|加入)?\s*(?:后|之后)\s*[，,]?\s*(?:全年|调整后|年度)?(?:可用)?预算"
)
_A_STATE_OF_IT = re.compile(r"\s*(?:的)?(?:实际)?(?:下达|到位|拨付|分配)?(?:情况|进度|数)")


def _own_labelled_line(ctx: Context, quantity: Quantity, name: str) -> bool:
    """Whether the figure's printed line opens with its own label and does not name ``name`` (a source or a part)
    before it: lines of a form written as label and value run together in the flow, and the source named on the
    line above is not the figure's."""
    line, column = ctx.flow.locate(quantity.start)
    printed = ctx.read_text.get(line, "")
    before = printed[:column] if 0 <= column <= len(printed) else ""
    return (
        name not in before
        and _LINE_LABEL.match(before) is not None
        and (
            classify(label := before.strip().rstrip(":：")) is not None
            or re.fullmatch(r"(?:预算|资金)?" + _RATE_WORD, label) is not None
        )
    )


_LINE_LABEL = re.compile(r"\s*(?:20\d\d\s*年度?)?[\u4e00-\u9fff（）()]{2,16}\s*[:：]\s*$")


def _under_a_source_row(ctx: Context, quantity: Quantity) -> str | None:
    """The source whose row holds a figure of a form converted one "label：value" pair a line: below the whole's
    pairs ("年度资金总额" / "年初预算数：2856.30" / …), the pairs under a sub-row's label alone on its line ("其中：当年
    财政拨款" / "年初预算数：2856.30" / …, "上年结转资金" / "年初预算数：0" / …) are that source's, not the whole's."""
    line = ctx.flow.locate(quantity.start)[0]
    if not _PAIR_LINE.fullmatch(ctx.read_text.get(line, "")):
        return None
    above = line - 1
    while above > 0 and line - above <= _PAIRS_REACH and _PAIR_LINE.fullmatch(ctx.read_text.get(above, "")):
        above -= 1
    heading = _SUB_ROW_ALONE.fullmatch(ctx.read_text.get(above, ""))
    if heading is None:
        return None
    # (only after the whole's own row, which gives a figure: a form whose one block is headed "财政拨款" may give the
    # whole there, and a whole row left blank, "年初预算数：—", leaves its one source's row the whole's)
    total = next(
        (
            at
            for at in range(above - 1, max(0, above - _TOTAL_ROW_REACH), -1)
            if _TOTAL_ROW_ALONE.fullmatch(ctx.read_text.get(at, ""))
        ),
        None,
    )
    if total is None:
        return None
    between = [ctx.read_text.get(at, "") for at in range(total + 1, above)]
    # (the whole's own pairs right under its label: "项目资金（万元）" / "中央资金" / … opens with a source's, no whole's)
    own = itertools.takewhile(lambda text: _PAIR_LINE.fullmatch(text) is not None, between)
    if not any(_DIGIT.search(text) and not _POINTS_PAIR.match(text) for text in own):
        return None
    # (nor a source within a source: "其中：财政拨款" / … / "其中：中央资金" / …, whose parts are not siblings)
    if sum(1 for text in [*between, ctx.read_text.get(above, "")] if _WHEREOF_ALONE.match(text)) > 1:
        return None
    return heading.group("source")


_PAIR_LINE = re.compile(
    r"\s*[\u4e00-\u9fff（）()]{2,12}(?:\s*[:：]\s*|\s+)(?:[\d,]+(?:\.\d+)?\s*%?\s*(?:万?元)?|[—/-]+)\s*"
)
_DIGIT = re.compile(r"\d")
_POINTS_PAIR = re.compile(r"\s*(?:分值|得分|权重)")  # a row's points, no money of it
_WHEREOF_ALONE = re.compile(r"\s*其中\s*[:：]?\s*[\u4e00-\u9fff]{2,10}\s*[:：]?\s*$")
_PAIRS_REACH = 8  # a row's pairs: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 and a note or two
_SUB_ROW_ALONE = re.compile(
    r"\s*(?:其中\s*[:：]?\s*)?(?P<source>(?:中央|省级|市级|州级|县级|区级|旗级|本级)?(?:"
    + vocabulary().funds_sub_row.pattern
    + r")[\u4e00-\u9fff]{0,4})\s*[:：]?\s*"
)
_TOTAL_ROW_ALONE = re.compile(
    r"\s*(?:" + vocabulary().funds_total_row.pattern + "|" + PROJECT_FUNDS_LABEL + r")\s*[:：]?\s*"
)
_TOTAL_ROW_REACH = 30  # lines from a sub-row's label back to the whole's: its pairs and another sub-row's


# a level of government paying its share, a figure's whole label ("省财政安排612万元用于预防接种服务补助")
_LEVEL_PAYING = re.compile(
    r"\s*(?P<level>(?:中央|省|市|县|区|州|旗)级?财政)(?:安排|下达|拨付|补助|承担|负担)\S{0,4}$"
)


def _level_listed_after_qizhong(text: str, label: str, position: int) -> str | None:
    """The level whose share a figure is, when its clause names the level paying it and its sentence lists parts
    after 其中 before it ("其中，婚检每对补助160元，…；儿童疫苗由中央财政负担，省财政安排612万元用于…")."""
    paying = _LEVEL_PAYING.fullmatch(label)
    # (the sentence up to its 。: the parts listed after 其中 end in "；")
    begin = mark_before(text, "。\n", position) + 1
    if paying is None or "其中" not in text[begin:position]:
        return None
    return paying.group("level")


# a level's money named ("省级配套612.4万元", "中央资金", "市级补助"), whatever it is
_A_LEVELS_MONEY = re.compile(r"(?<![全各])(中央|省|市|州|县|区|旗)级?(?:财政|专项)?(?:资金|配套|补助)")
# a level's money named as what the budget is ("2020年年初预算县级资金1036.5万元"): that level's share of the budget
_LEVELS_BUDGET = re.compile(
    r"(?:年初|全年|调整后)?预算(?:安排)?(?:的)?" + LEVEL_MONEY + r"(?:共计|合计)?\s*$"
)


# a level's matching money ("市级财政按规定安排配套资金86.5万元", "县级财政安排X县级配套资金386.5万元"): its share of the fund
_LEVELS_MATCHING = re.compile(
    # (a level named so, "市级"/"县财政", not a word ending as one, "小区配套资金", "城市基础设施配套资金")
    r"(?P<level>(?<![全各])(?:(?:省|市|州|县|区|旗)(?:级|财政)|本级)[^，,。；;:：\d]{0,24}?配套(?:资金|经费)?)"
    r"(?:共计|合计)?\s*(?:为|是)?\s*$"
)
# the fund a report evaluates named as another level's money ("中央支持地方…补助资金", "省级…专项资金")
_ANOTHER_LEVELS_FUND = re.compile(r"^(?:20\d\d\s*年度?)?(?:中央|省级|省)")


def _a_levels_budget(text: str, label: str, own_project: str | None) -> str | None:
    """The level whose budget a figure is, when its label names the budget as that level's money, or its matching
    money (not where the fund evaluated is that level's own, "中央补助…资金", or the text names the project as that
    level's, "市级计划生育奖励扶助专项项目", or the project is the matching money itself)."""
    named = _LEVELS_BUDGET.search(label)
    if named is None:
        named = _LEVELS_MATCHING.search(label)
        # (matching money is a share only of a fund another level pays: the project's whole money otherwise)
        if (
            named is None
            or not (own_project and _ANOTHER_LEVELS_FUND.match(own_project))
            or "配套" in own_project
        ):
            return None
    if _the_funds_own_level(level := named.group("level"), own_project):
        return None
    word = _LEVEL_WORD.match(level)
    if word is not None and own_project and re.search(word.group() + "级" + re.escape(own_project[:4]), text):
        return None
    # (a share only beside other levels' money: a county's project paid by the county alone has its budget so named)
    others = {money.group(1) for money in _A_LEVELS_MONEY.finditer(text)} - {word.group() if word else ""}
    return level if others else None


_EMPTY_THEN_WHOLES_LABEL = re.compile(
    r"\s*[:：]?\s*[|｜\t]\s*[|｜\t]\s*(?:全年|年度|本年)?(?:预算)?(?:执行数|执行率|实际支出|预算数)"
)


def _fund_source(text: str, position: int) -> str | None:
    """The fund source (本年财政拨款, 上年结转, 其他资金 …) a budget figure is stated for, if any.

    The form's sub-rows are often written out as "其中：本年财政拨款全年预算3.14万元、执行数3.14万元；
    上年结转资金全年预算1.86万元、执行数1.86万元": the source named last before the figure in its
    sentence owns it (so the bare "执行数" belongs to the source before it), and such a figure is a
    part of the total budget, not a second statement of it.
    """
    begin = mark_before(text, "。\n", position) + 1
    # "…于2023年3月收到市财政拨款,并于当月拨付到某公司1000万元": the money received, no source's row
    names = [
        name
        for name in _SOURCE.finditer(text, begin, position)
        if not (
            _RECEIVED_FROM.search(text, max(0, name.start() - 6), name.start())
            and _NO_AMOUNT_AFTER.match(text, name.end())
        )
        # "全年预算数2365800.00元,全部为一般公共预算财政拨款;全年实际支出…": the whole's one source
        and not _ALL_OF_IT_FROM.search(text, max(0, name.start() - 12), name.start())
        # "…调减755.85万元，加上年结转1204.67万元后，全年预算数为12033.82万元": the whole with the carry-over added
        and not (
            text[max(0, name.start() - 2) : name.start()].endswith(("加", "加上"))
            and _ADDED_THEN.match(text, name.end())
        )
        # "…调整后预算5625.75万元，连同上年结转，全年预算数6038.50万元": the whole it is joined to
        and text[max(0, name.start() - 2) : name.start()] not in _JOINED_WITH
        # "年中根据上级补助资金下达情况调整后预算为…": what the budget was adjusted by, not whose money it is
        and not (
            _BY_REASON_OF.search(text, max(0, name.start() - 4), name.start())
            and _A_STATE_OF_IT.match(text, name.end())
        )
        # "经年中追加及上年结转，全年可用预算…": what the whole was reached by
        and not _BY_WAY_OF.search(text, max(0, name.start() - 10), name.start())
        # "年中追加及上年结转纳入后，全年预算数…", "…上年结转后全年预算数…": the whole once the carry-over was taken in
        and not _TAKEN_IN_THEN.match(text, name.end())
    ]
    if not names or _RESTART.search(text, names[-1].end(), position):
        return None
    if _EMPTY_THEN_WHOLES_LABEL.match(text, names[-1].end()):
        # "其中:财政拨款 | 973.6 | 其他资金 | | 全年执行数 | 958.2 | 预算执行率 | 98.42%": the last source's cell is
        # empty, the cells after it the whole's
        return None
    if in_brackets(text[begin : names[-1].start()]) and not in_brackets(text[begin:position]):
        return None  # "(含…其他资金11185.14万元),总预算执行率95.61%": the bracket closed, the whole's again
    own = _OWN_AMOUNT.match(text, names[-1].end())
    # "2021年财政拨款150.49万元,预算支出150.49万元": the source's own amount, then the whole's
    if own is not None and own.end() <= position:
        return None
    name = re.sub(r"\s+", "", names[-1].group())
    paragraph = text.rfind("\n", 0, position) + 1
    if _LEVEL_SOURCE.fullmatch(name) and "资金总额" not in text[paragraph : names[-1].start()]:
        return None  # "中央财政资金" is a part where the form's rows are written out after 年度资金总额, else the fund
    for pattern, canonical in _SOURCE_NAMES:
        if pattern.fullmatch(name):
            return canonical
    return name


def _listing_name(label: str) -> str:
    return _LEAD.sub("", label).strip(" :：")


def _encloses_own_project(ctx: Context, quantity: Quantity, own_project: str) -> bool:
    """Whether the sentence goes on "其中 <own project> …" right after this amount: it is a total the
    project is a part of."""
    text = ctx.flow.text
    rest = text[quantity.end : sentence_end(text, quantity.end)]
    match = _PART.search(rest)
    if match is None or match.start() > 4:
        return False
    named = re.split(r"\d", _LEAD.sub("", rest[match.end() :]), maxsplit=1)[0]
    if _LEVEL_SHARE.match(named) and not _LEVEL_SHARE.match(own_project):
        return False  # "X资金合计900万元，其中：中央X资金600万元，省级资金200万元": the fund's sources, it the whole
    if _part_of_the_projects_budget(text, quantity.end + match.end()):
        return False  # "项目2017年度预算150万元，其中省级X补助资金100万元": the project's budget, its sources after it
    if _COST_ITEM.search(named.strip()):
        return False  # "实际完成支付12.16万元,其中数字化加工费10.56万元…": a cost the project paid, not the project
    # (a fund of the two the project's name joins is listed as a part of their money, the project's)
    return same_project(named, own_project) and not _one_of_its_funds(named, own_project)


# a label naming one level's money alone ("县级", "县级财政", "省级资金"), the clause opening with it
_A_LEVELS_SHARE = re.compile(
    r"(?:^|[，,；;、])\s*(?P<level>中央|省|市|州|县|区|旗)级?(?:财政)?(?:资金|配套资金)?\s*$"
)


def _a_levels_share(label: str, text: str, position: int) -> bool:
    """Whether ``label`` names one level's money (see above) where the text up to it names another level paying some
    amount: a share of the whole, not the money of a project that level pays alone ("本项目为县级项目，
    县级财政资金200万元…")."""
    named = _A_LEVELS_SHARE.search(label)
    if named is None:
        return False
    before = text[max(0, position - _SHARES_REACH) : sentence_end(text, position)]
    return any(
        money.group(1) != named.group("level")
        and (amount := _LEVELS_AMOUNT.match(before, money.end())) is not None
        and Decimal(amount.group(1).replace(",", "")) > 0
        for money in _A_LEVELS_MONEY.finditer(before)
    )


_SHARES_REACH = 1500  # characters back to where the whole's shares by level are listed (its funds' section)
# the amount right after a level's money ("中央资金33,946万元", "省级资金共计2000万元"): only a level paying some shares
# the whole ("中央资金0万元", "中央资金未安排" and "《省级财政资金管理办法》" pay none)
_LEVELS_AMOUNT = re.compile(
    r"\s*(?:共计|合计|共|计|为|是|[:：])?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:万元|亿元|元|万)"
)


_LEVEL_SHARE = re.compile(r"(?:中央|省级?|市级?|州级?|县级?|区级?|地方|本级)(?:财政)?")


# an item of a numbered list naming what it is about: "1、档案管理项目资金:", "(2)建设项目资金:"
_NUMBERED_ITEM = re.compile(r"(?:^|[;；。:：\s])(?:\d{1,2}\s*、|[(（]\d{1,2}[)）])[^，,。;；:：]{2,30}[:：]")


_ITEM_MARK = re.compile(r"(?:(?<=[;；:：])|(?<=其中))\s*(?:\d{1,2}\s*、|[(（]\d{1,2}[)）])")


_NAMED_ITEM_LINE = re.compile(
    r"\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|\d{1,2}\s*[、.．](?!\d))\s*(?P<name>[^：:，,。；;\d]{2,20})[：:]"
)


def _one_of_numbered_items(ctx: Context, position: int) -> str | None:
    """The item a figure's line opens by naming ("（三）特困人员救助供养：…"), when the line next to it opens so too:
    one of a list of several things' accounts, each its own."""
    number, _ = ctx.flow.locate(position)
    item = _NAMED_ITEM_LINE.match(ctx.read_text.get(number, ""))
    if item is None:
        return None
    # (the lines next to it that hold text: a page may set its items apart by blank lines)
    neighbours = [_next_with_text(ctx, number, step) for step in (-1, 1)]
    if not any(_NAMED_ITEM_LINE.match(ctx.read_text.get(other, "")) for other in neighbours):
        return None
    if _SECTION_ITEM.search(item.group("name")):
        return None  # "（二）资金使用情况：…资金使用率96.25%" after "（一）资金到位情况：…": the report's account, item by item
    if _SUMMED_AFTER_THE_ITEM.search(ctx.read_text.get(number, ""), item.end(), ctx.flow.locate(position)[1]):
        return None  # "(3)C:…支出198.2万元。以上三个项目合计支出2093.65万元,资金执行率97.56%": the items' sum after them
    return item.group("name")


_SECTION_ITEM = re.compile(r"(?:情况|概况|分析|说明)$")
_SUMMED_AFTER_THE_ITEM = re.compile(r"[。；;]\s*(?:以上|上述)")
# an item named as a fund or a project of its own ("(2)烈士纪念设施维护修缮补助资金:"), not as a figure of the
# report's ("(一)年度预算金额:")
_NAMED_FUND = re.compile(r"^(?!.*(?:预算|金额|总额|合计|收入|支出)).*(?:经费|资金|项目|补助|补贴|工程|专项)$")
_BLANK_REACH = 3  # blank lines a page may set between two items of one list


def _items_beside_state(ctx: Context, position: int, label: str) -> bool:
    """Whether an item next to a figure's item states money under the figure's own label ("2、D级危房拆除重建:…补助资金
    504万元" beside "1、C级危房加固改造:…补助资金402万元"): each item's account of its own money, none the whole's."""
    number, _ = ctx.flow.locate(position)
    head = label.strip()[-4:]
    if len(head) < 2:
        return False
    own = re.compile(re.escape(head) + r"[^，,。；;]{0,6}?\d+(?:\.\d+)?\s*(?:万元|元|亿元)")
    for step in (-1, 1):
        line = ctx.read_text.get(_next_with_text(ctx, number, step), "")
        if _NAMED_ITEM_LINE.match(line) and own.search(line):
            return True
    return False


def _next_with_text(ctx: Context, number: int, step: int) -> int:
    """The number of the line next to ``number`` (before it: ``step`` -1) that holds text, over a few blank lines."""
    other = number + step
    while abs(other - number) <= _BLANK_REACH and not ctx.read_text.get(other, "x").strip():
        other += step
    return other


def _in_a_numbered_item(text: str, position: int) -> bool:
    """Whether a figure stands in one item of a numbered list of several ("1、档案管理项目资金:2016年县财政安排30万元
    …;2、县档案馆建设项目资金:…"): it is that item's, not the report's."""
    begin = mark_before(text, "。\n", position) + 1
    if text.find("、", begin, position) < 0 and text.find(")", begin, position) < 0:
        return False  # no item marker before the figure in its paragraph
    stop = mark_after(text, "。\n", position)
    items = list(_NUMBERED_ITEM.finditer(text, max(0, begin - 1), stop))
    if len(items) >= 2 and any(item.end() <= position for item in items):
        return True
    # "其中:1、购置设备5万元;2、购买教科书5万元;3、安排工作经费5万元": numbered parts after 其中
    whereof = text.rfind("其中", begin, position)
    if whereof < 0:
        return False
    marks = list(_ITEM_MARK.finditer(text, whereof, stop))
    return len(marks) >= 2 and marks[0].end() <= position


# an item of a list opening with the notice that allocated it ("(1)冀财建(2019)296号文)…43万", "3)冀财建[2019]290号…")
_BATCH_ITEM = re.compile(
    r"\s*(?:[(（]?\s*\d{1,2}\s*[)）、.．]\s*)+[\u4e00-\u9fff]{1,10}[〔\[【(（]\s*20\d\d\s*[〕\]】)）]\s*\d{1,4}\s*号"
)


_NOTICE_OPENING = re.compile(r"\s*[\u4e00-\u9fff]{1,10}[〔\[【(（]\s*20\d\d\s*[〕\]】)）]\s*\d{1,4}\s*号")


def _in_notice_listing(text: str, position: int) -> bool:
    """Whether a figure stands in one of the "；" items of a sentence that each open with the notice allocating them
    ("…良财社〔2021〕90号中医药服务能力提升补助4.06万元;良财社〔2021〕90号老年人健康管理项目经费0.945万元;…"): one
    allocation among several, not the fund's."""
    # (the sentence over its "；" items)
    begin = mark_before(text, "。！？!?\n", position) + 1
    end = mark_after(text, "。！？!?\n", position)
    if text.count("号", begin, end) < 2:
        return False  # most sentences name no two notices: a cheap test rules them out
    items = re.split(r"[；;]", text[begin:end])
    if sum(1 for item in items if _NOTICE_OPENING.match(item)) < 2:
        return False
    clause = max(text.rfind(mark, begin, position) for mark in "；;") + 1
    return _NOTICE_OPENING.match(text, max(clause, begin)) is not None


_ITEM_START = re.compile(r"(?:^|(?<=[。；;\s]))(?:[(（]?\s*\d{1,2}\s*[)）、.．](?!\d))")


def _in_a_batch_item(text: str, position: int) -> bool:
    """Whether a figure stands in an item of a list of the batches a fund came in, each opening with the notice
    that allocated it (a paragraph of its own, or run into one line after the one before): that batch's figure,
    not the fund's."""
    begin = text.rfind("\n", 0, position) + 1
    starts = [m.start() for m in _ITEM_START.finditer(text, begin, position)]
    return _BATCH_ITEM.match(text, starts[-1] if starts else begin) is not None


# a fund named with a colon before its amount, in a listing of parts: "A经费:514.56万元", "B费：30.58万元"
_NAMED_AMOUNT = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,20}(?:经费|资金|费|款|补助|补贴))[:：]\s*\d[\d.,]*\s*[万亿]?元"
)
# a total among them, or a form's field ("年初预算数：X万元，全年预算数：Y万元"): no listing of parts
_NO_PART = re.compile(r"合计|共计|总计|总额|小计|总|预算|支出|执行|决算|到位|拨付|结余|结转|收入")


def _in_a_named_listing(text: str, position: int) -> bool:
    """Whether a figure is one of two or more parts its sentence names each with a colon before its amount,
    none of them a total ("2020年下达了园林绿化经费:514.56万元,行道树养护费:30.58万元"): a part, not the
    headline, whichever of them names the report's project."""
    begin, end = sentence_start(text, position), sentence_end(text, position)
    named = list(_NAMED_AMOUNT.finditer(text, begin, end))
    return (
        len(named) >= 2
        and any(found.start() <= position < found.end() for found in named)
        and not any(_NO_PART.search(found.group("name")) for found in named)
    )


# "一是中央财政支持学前教育发展资金680.00万元": an enumerated item naming a fund, its amount right after the name
_ENUMERATED_FUND = re.compile(
    r"[一二三四五六七八九十]是(?P<name>[\u4e00-\u9fff“”]{2,30}?(?:资金|经费|补助|补贴))(?:共|计|为)?\s*\d[\d.,]*\s*[万亿]?元"
)


def _in_enumerated_funds(text: str, position: int) -> bool:
    """Whether a figure is the amount of one of two or more funds its paragraph enumerates ("一是A资金680.00万元
    …；二是B资金400.00万元"), none of them a total: a part, not the headline, whichever names the report's fund."""
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    named = list(_ENUMERATED_FUND.finditer(text, begin, len(text) if end < 0 else end))
    return (
        len(named) >= 2
        and any(found.start() <= position < found.end() for found in named)
        and not any(_NO_PART.search(found.group("name")) for found in named)
    )


def _in_an_items_brackets(text: str, position: int) -> bool:
    """Whether a figure stands in a bracket opened in its sentence: "…价格监测经费(预算10.43万元,支付8.30万元,
    执行率79.6%)" gives one item's own figures, never the headline's; a bracket right after a rate gives the figures
    of that rate ("资金使用率96.5%(实际支出19.3万元)")."""
    sentence = text[sentence_start(text, position) : position]
    if not (("(" in sentence or "（" in sentence) and in_brackets(sentence)):
        return False
    opened = max(sentence.rfind("("), sentence.rfind("（"))
    return not sentence[:opened].rstrip().endswith(("%", "％"))


def _money_without_yuan(ctx: Context, index: int, quantity: Quantity) -> Quantity:
    """Bare 万 after a budget's label is money, its 元 left out ("预算资金13.971129万并且全部到位", "执行数29.6万"),
    and so is a part of a listing named as a fund ("其中包括兵团补贴资金60万，结余资金12.664万元"); a count in 万
    follows its own words ("受益人口3.2万", "其中受益人口3.2万"), and a rate's base is none ("粗死亡率大于650/10万")."""
    if ctx.flow.text[max(0, quantity.start - 4) : quantity.start].rstrip().endswith(("/", "／", "每")):
        return quantity
    label = _label(ctx, index)
    if _part_subject(ctx, quantity) is not None:
        money = _ALLOCATED.search(label) is not None
    else:
        found = classify(label)
        money = found is not None and found[0] == "budget"
    if not money and _FUND_WORD.search(label) and _EVALUATED_AFTER.match(ctx.flow.text, quantity.end):
        money = True  # "业务经费18万纳入2017年财政支出绩效评价范围"
    return quantity._replace(value=quantity.written, unit="万元") if money else quantity


_SPENT_OF_BUDGET = re.compile(_AMOUNTS["spent_after_budget"])
# a listed item named as a project ("X项目", "X经费", "X费"; "X项目资金"), not a source of money ("…经费拨款")
_PROJECT_ITEM = re.compile(r"(?:项目|经费|费)(?:资金)?$")
_EXPENSE_ITEM = re.compile(_AMOUNTS["expense_item"])
_PART_SCOPE = re.compile(_AMOUNTS["part_scope"])
_UNITS_WHOLE_BUDGET = re.compile(_AMOUNTS["units_whole_budget"])
_ARRANGED_AT_START = re.compile(_AMOUNTS["arranged_at_start"])
_ITEM_TITLE = re.compile(
    r"(?<![\d.])(?:\d{1,2}\s*[、．]|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）])\s*(?P<title>[^:：。，,\n]{2,20})[:：]"
)


_ITEM_REACH = (
    400  # characters back to the item a figure stands in: a run-on page's paragraph may be the whole page
)


def _in_a_listing(text: str, position: int) -> bool:
    """Whether a figure's paragraph opens a listing before it (其中, or a form's 资金总额 row written out)."""
    paragraph = text.rfind("\n", 0, position) + 1
    return text.find("其中", paragraph, position) >= 0 or text.find("资金总额", paragraph, position) >= 0


def _in_a_part_item(text: str, position: int) -> bool:
    """Whether a figure stands in a numbered item whose title names a slice of the spending ("3、“三公”经费控制:…
    今年年初预算安排0万元"), the last item opened on its paragraph before it: the item's figures are that
    slice's, whatever their own labels say."""
    begin = max(text.rfind("\n", 0, position) + 1, position - _ITEM_REACH)
    items = list(_ITEM_TITLE.finditer(text, begin, position))
    return bool(items) and _PART_SCOPE.search(items[-1].group("title")) is not None


def _after_a_budget(ctx: Context, index: int) -> bool:
    """Whether a budget figure precedes quantity ``index`` in its sentence: "全年预算安排60万元,预算支出60万元,
    预算执行率为100%" states the budget, then what of it was spent, though "预算支出" alone names a budget."""
    text = ctx.flow.text
    begin = sentence_start(text, ctx.quantities[index].start)
    for earlier in range(index - 1, -1, -1):
        quantity = ctx.quantities[earlier]
        if quantity.start < begin:
            return False
        found = classify(_label(ctx, earlier)) if quantity.is_money else None
        if found is not None and found[0] == "budget" and found[1] in ("initial", "adjusted"):
            return True
    return False


_YEAR_NAMED = guarded(
    r"(?:(20\d\d)\s*年?\s*[-—－~～至到]\s*)?(20\d\d)\s*年(?!\s*\d{1,2}\s*月)(?!\s*(?:度\s*)?(?:结转|结余))"
)
_BUDGET_BEFORE = re.compile(r"预算(?:数|资金|总额)?\s*$")
_SEVERAL_PERCENTS = re.compile(r"\s*[|｜\t/／]?\s*\d+(?:\.\d+)?\s*[%％]")


_CUT_OFF = re.compile(r"(?:截至|截止到?|至)\s*(?:20\d\d\s*年)?\s*(?:\d{1,2}\s*月|年\s*[末底]|年度末)")


_WHOLE_YEAR_AFTER = re.compile(r"全年|年度|合计|共计|累计|总计|年底|年末|12\s*月")


def _of_a_term(text: str, position: int) -> bool:
    """Whether the sentence names a part of the year (a term, a half, a quarter) before ``position`` and no whole
    year's word between it and the figure ("2022年春季学期资助61人次,发放资助资金6.1万元")."""
    found = list(_PART_OF_THE_YEAR.finditer(text, sentence_start(text, position), position))
    return bool(found) and _WHOLE_YEAR_AFTER.search(text, found[-1].end(), position) is None


def _spent_by_a_month(text: str, position: int) -> bool:
    """Whether the last cut-off date the sentence names before ``position`` is a month before December
    (part_of_the_year): the spending up to then, not the year's ("…，截至年末支出1,588.2万元" is the year's)."""
    found = list(_CUT_OFF.finditer(text, sentence_start(text, position), position))
    return bool(found) and _PART_OF_THE_YEAR.match(found[-1].group()) is not None


def _a_month_of_an_earlier_year(text: str, position: int, year: int | None) -> bool:
    """Whether the last cut-off date the sentence names before ``position`` is of a year before the report's
    ``year``: "截至2022年10月底" in a report on 2023 is last year's (a later year's, "至2020年6月" in a report on 2019,
    is the money's spending over its own period)."""
    found = list(_CUT_OFF.finditer(text, sentence_start(text, position), position))
    named = _YEAR_IN_CUT_OFF.search(found[-1].group()) if found else None
    return named is not None and year is not None and int(named.group(1)) < year


_YEAR_IN_CUT_OFF = re.compile(r"(20\d\d)")


def _up_to_part_of_the_year(text: str, position: int) -> bool:
    """Whether the sentence names a part of the year before ``position`` (part_of_the_year) with no later cut-off
    at the year's end: "5月10日至7月15日分三批…，截至2022年12月31日累计支付121.26万元，预算执行率98.59%" is the
    year's rate, "截至2022年9月30日累计支付60万元，预算执行率48.78%" is not."""
    parts = list(_PART_OF_THE_YEAR.finditer(text, sentence_start(text, position), position))
    if not parts:
        return False
    cut_offs = list(_CUT_OFF.finditer(text, parts[-1].end(), position))
    return not cut_offs or _PART_OF_THE_YEAR.match(cut_offs[-1].group()) is not None


_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


# a share of the budget ("占全年预算的18.11%") is the execution rate only of spending: not of what was added, cut,
# carried over or left unspent in the clause before it ("年中追加1,433.21万元，占全年预算的18.11%"), nor of the
# initial budget ("年初预算42018.56万元，占全年预算数的91.75%": how much of the year's budget was set at its start)
_SHARE_LABEL = re.compile(r"^占[^，,。；;]{0,8}预算")
_NOT_SPENDING = re.compile(
    r"追加|调增|调减|调整|调入|调出|结转|结余|剩余|未支|未使用|未执行|年初(?:预算|安排)"
)
_CLAUSE_MARK = re.compile(r"[，；;。\n]|,(?!\d)")  # not the thousands' comma of "1,433.21"
_SHARE_REACH = 60
_NAMED_SHARE = re.compile(r"占[^，,。；;]{0,8}预算[^，,。；;\d]{0,8}$")
_SPENDING_WORD = re.compile(r"支出|使用|执行|拨付|(?<!转移)支付|花费|用于|完成|决算")


def _share_of_another_amount(text: str, label: str, position: int) -> bool:
    """Whether a rate labelled as a share of the budget follows, in the clause before its own, an amount that is
    not spending (see _NOT_SPENDING), or names in its own clause a share that is no spending ("上级转移支付资金占
    全年预算的51.17%": how much of the budget came from above)."""
    named = _NAMED_SHARE.search(label)
    if named is not None and named.start() > 0:
        return _SPENDING_WORD.search(label, 0, named.start()) is None
    if not _SHARE_LABEL.match(label):
        return False
    own = clause_start(text, position)
    window = max(0, own - _SHARE_REACH)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, window, max(window, own - 1))]
    return _NOT_SPENDING.search(text, marks[-1] if marks else window, own) is not None


_PAID_OUT_RATE = re.compile(r"(?:拨付|下拨|划拨)(?:率|进度)(?:为|达到?|是)?$")
_SPENT_RATE = re.compile(r"(?:执行率|支出率|支付率|支出进度|使用率)(?:为|达到?|是)?\s*\d[\d.]*\s*%")


def _paid_out_beside_spent(text: str, label: str, position: int) -> bool:
    """Whether a rate of money passed on ("拨付至项目实施单位，拨付率100%") has a rate of spending in its sentence,
    its clauses set apart by semicolons or not ("；累计支出3128.46万元，支出率92.01%"): the one passed on is how
    much reached the spenders, not the execution."""
    if _PAID_OUT_RATE.search(label) is None:
        return False
    begin = mark_before(text, "。\n", position) + 1
    return _SPENT_RATE.search(text, begin, mark_after(text, "。\n", position)) is not None


def _another_years(text: str, position: int, year: int | None) -> bool:
    """Whether the last year the sentence names before ``position`` is not the report's ``year`` ("2022年安排资金
    300万元，已支出298万元；2023年…" in a report on 2023): that year's figure. A date, a cited document's year
    and the year a carried-over fund comes from ("2022年结转资金") name none."""
    if year is None:
        return False
    before = _NOTICE_CITED.sub("", without_citations(text[sentence_start(text, position) : position]))
    before = without_years_compared(without_years_carried_into(before, year))
    if _LAST_YEAR_OPENING.match(before):
        return True  # "上年(2022年)同类资金总额11,420万元,执行率89.6%": a sentence on the year before
    # an aside in brackets names no year of the figure after it ("调减1,204.60万元（…调整至2024年实施），调整后预算…"),
    # unless it is the year before named ("上年(2017年)项目资金112.00万元,实际使用112.00万元")
    named = _YEAR_NAMED.findall(_ASIDE.sub("", _LAST_YEAR_NAMED.sub(r"\1年", before)))
    if not named:
        return False
    first, last = named[-1]
    return not int(first or last) <= year <= int(last)  # "2023-2024年冬春…资金": a span holding the year


# a notice cited without its 《》 ("按照关于编制市级部门2018-2020年中期财政规划和2018年部门预算的通知(宁财预201760号)
# 要求"): its years are no year of the figures after it
_NOTICE_CITED = re.compile(
    r"关于[^，,。；;《》]{2,60}?的(?:通知|意见|批复|函)(?:\s*[(（][^()（）]{0,24}[)）])?"
)


def without_years_compared(text: str) -> str:
    """``text`` without its clauses that compare with a year before and end before its last words ("比2015年1874.05万元
    增加252.43万元，"): that year is the one compared with, not the year of the figures after the clause."""
    return _COMPARED_CLAUSE.sub("", text) if "年" in text else text


def without_years_carried_into(text: str, year: int) -> str:
    """``text`` without the later years than the report's ``year`` that money left over is carried into, to be
    used then ("结余61.63万元已按规定结转2023年继续使用，资金执行率96.29%"): no year of the figures around them."""
    return _CARRIED_INTO.sub(lambda found: "" if int(found["year"]) > year else found.group(), text)


# (not the year carried over from, "2023年结转2022年X资金合计762.64万元", nor the money carried, "结转至2023年的资金…",
# nor the report's own year, "2021年下达资金300万元，因故结转至2022年使用" in a report on 2022)
_CARRIED_INTO = re.compile(
    r"(?:结转|转入|顺延|延期|推迟|留待|留用)\s*(?:至|到|入|于)?\s*(?P<year>20\d\d)\s*年度?"
    r"(?=\s*(?:继续)?(?:使用|支付|安排|实施)(?!的|资金|经费))"
)
# a clause comparing with another year, ended before the figure ("比2015年1874.05万元增加252.43万元，")
_COMPARED_CLAUSE = re.compile(
    r"(?:比|较|同比)\s*20\d\d\s*年度?[^，,；;。]*?(?:增加|减少|增长|下降|提高|降低|持平|多|少)[^，,；;。]*[，,；;]"
)
_LAST_YEAR_OPENING = re.compile(r"\s*(?:上年|上一年度?|去年|上年度)(?!结转|结余|末|底)")
_LAST_YEAR_NAMED = re.compile(r"(?:上年|上一年|去年)度?\s*[(（]\s*(20\d\d)\s*年?度?\s*[)）]")
_RESTATED_EXACTLY = re.compile(
    r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*[,，]?\s*(?:具体|准确|精确|确切|明细)(?:数|金额)?\s*(?:为|是|:|：)\s*$|"
    r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*[,，]\s*即\s*$|"
    r"\s*[(（]\s*(?:即|合|折合)?\s*$"  # "45.68亿元（456,812万元）": the exact figure in brackets after the rounded
)


_EXACT_WORDS = ("具体", "准确", "精确", "确切", "明细")


def _exact_restatements(ctx: Context) -> dict[int, int]:
    """The figures that restate the one before them exactly, by index, each with the rounded one's index: "全年
    预算3.25亿元(厅本级口径),具体为32518.60万元", "约1.2亿元,即12036.58万元", "45.68亿元（456,812万元）". The exact figure is the statement,
    under the rounded one's label; the rounded one is none."""
    text = ctx.flow.text
    if "即" not in text and "亿元" not in text and not any(word in text for word in _EXACT_WORDS):
        return {}  # no figure restated: most reports
    found: dict[int, int] = {}
    money = [(i, q) for i, q in enumerate(ctx.quantities) if q.is_money and q.written]
    for (i, rounded), (j, exact) in itertools.pairwise(money):
        if _RESTATED_EXACTLY.match(text[rounded.end : exact.start]) is None or exact.value == rounded.value:
            continue
        places = len(str(rounded.written).partition(".")[2])
        factor = rounded.value / rounded.written  # 万元 per unit written (10000 for 亿元)
        if quantize(exact.value / factor, places) == rounded.written:
            found[j] = i
    return found


def extract_budget(
    ctx: Context,
    project_kind: bool,
    own_project: str | None = None,
    title_lines: frozenset[int] = frozenset(),
    year: int | None = None,
    department: bool = False,
) -> None:
    """Record every budget, income, expenditure and asset statement as a fact. An amount on the title's lines
    ("X经费4.8万元项目绩效评价报告") is part of the project's name, never a statement of its budget; a figure
    its sentence gives for another year than the report's ``year``, or lists 分别 with others, is none of the
    report's headline figures. In a ``department``'s report, a sentence opening with a project's or fund's name
    and its budget ("食品安全抽检经费预算96万元，执行92.4万元") states that project's figures."""
    text = ctx.flow.text
    restating = _exact_restatements(ctx)
    rounded = set(restating.values())
    for index, quantity in enumerate(ctx.quantities):
        if quantity.unit is None and quantity.written_unit == "万":
            quantity = _money_without_yuan(ctx, index, quantity)
        if not (quantity.is_money or quantity.is_percent) or index in rounded:
            continue
        label = _label(ctx, restating.get(index, index))
        if quantity.is_percent and label == "的" and index and ctx.quantities[index - 1].is_money:
            # "占全年预算1,300.00万元的94.96%": the share's label stands before the amount it names
            before = ctx.quantities[index - 1].start
            label = (
                _label(ctx, index - 1) + label
                if _BUDGET_BEFORE.search(text, max(0, before - 5), before)
                else label
            )
        if quantity.is_money and ("分别" in label or not label.strip()):
            label = _respective_label(text, ctx.quantities, index) or label
        project = ctx.project_at(quantity.start)
        if project is None and department:
            project = _fund_opening(text, quantity.start)
        if project is None and department and quantity.is_percent:
            project = _project_of_the_rate(label, text, quantity.start) or _project_opening(
                text, quantity.start
            )
        elif project is None and own_project and quantity.is_percent:
            # "冷凉蔬菜设施提升项目支付率93.43%" in the report on a fund: one of the projects it paid for, when the
            # fund is not that project
            named = _project_of_the_rate(label, text, quantity.start)
            project = named if named and not same_project(named, own_project) else None
        if quantity.is_percent:
            if quantity.value > MAX_RATE:
                continue  # "执行率…年度资金总额:21182118100%": a form's cells run together, no rate
            if (
                (
                    (_rate_label(label) and "到位" not in label[-6:])
                    or _a_share_spent(text, quantity.start)
                    or _stated_after_its_base(text, quantity.start)
                )
                and not _THRESHOLD.search(label)
                and not _THRESHOLD_AFTER.match(text, quantity.end)
                and not _THRESHOLD_AFTER.search(quantity.text)  # "90%以上" read with its 以上
                and not (
                    _RULE_POINT_AFTER.match(text, quantity.end)
                    and quantity.value == quantity.value.to_integral()
                )
                and not RATE_OF_ANOTHER.search(label)
                and not _an_indicators_rate_of_another(text, quantity.start)
                and not _rate_of_the_sentences_other_subject(text, label, quantity.start)
                and not _share_of_another_amount(text, label, quantity.start)
                and quantity.qualifier not in _BEYOND  # "执行率超过100%，系…": a bound, no value of the rate
                and not (_RATE_OF_A_COST.search(label) and not project_kind)
                and not _a_rows_rate(label)
                and not _a_listed_weight(text, quantity.start, quantity.end)
                and not _BROKEN_AFTER_RATE.search(label)  # "执行率9 / 某某市财政局 / 6.24%": a page broke it
                and "分别" not in label  # "预算执行率分别为97.42%、98.79%": the rates of what it lists
                and not _quoted_target(text, quantity.start, quantity.end)
                and not _SEVERAL_PERCENTS.match(text, quantity.end)  # "执行率 | 97.42% | 98.79%": columns
                and not _another_years(text, quantity.start, year)
                and not _paid_out_beside_spent(text, label, quantity.start)
            ):
                field = "project.execution_rate" if project else "budget.execution_rate"
                part = (
                    None
                    if project or _closes_a_listing(ctx, index)
                    else _part_subject(ctx, quantity)
                    or _item_after_a_listings_semicolon(text, quantity.start)
                    or _unit_after_a_listings_semicolon(text, quantity.start)
                )
                named_part = None if _WHOLE_OF_PARTS.search(label) else _RATE_OF_A_PART.search(label)
                if part is None and not project and not project_kind and named_part is not None:
                    part = (
                        named_part.group()
                        .removesuffix("执行率")
                        .removesuffix("支付率")
                        .removesuffix("拨付率")
                    )
                if part is None and not project and not project_kind:
                    part = _part_opening(text, quantity.start)  # "“三公”经费…预算执行率84.89%": that part's
                if part is None and not project and not project_kind:
                    part = _part_of_a_row_one_cell_a_line(ctx, quantity)
                if part and (
                    not project_kind
                    # "其中伊春市、黑河市执行率100%", "其中郑州、洛阳等9个省辖市支出率达到100%": some places' rates
                    or _another_place(ctx, part, title_lines) == part
                    or _GROUP_OF_PLACES.search(text, clause_start(text, quantity.start), quantity.start)
                    or _after_the_wholes_rate(ctx, quantity.start)
                ):
                    field = "part.execution_rate"
                elif (
                    part
                    and _SOURCE.match(part.removeprefix("当年"))
                    and "其中" in text[sentence_start(text, quantity.start) : quantity.start]
                ):
                    # "其中，当年财政拨款执行375.16万元，执行率97.19%" in a project's report: that source's rate
                    field = "source.execution_rate"
                if not project and (
                    _in_an_items_brackets(text, quantity.start) or _in_a_batch_item(text, quantity.start)
                ):
                    field = "part.execution_rate"  # an item's or a batch's rate, not the report's
                if (
                    not project
                    and field == "budget.execution_rate"
                    and (work := _works_own_clause(text, quantity.start)) is not None
                ):
                    field, part = "part.execution_rate", work  # "…;A工程…资金使用率100%;B工程…": A's rate
                if (
                    not project
                    and not part
                    and (named := _rate_of_a_listed_part(text, label, quantity.start, own_project))
                    is not None
                ):
                    field, part = "part.execution_rate", named
                if (
                    not project
                    and not part
                    and (item := _item_with_its_budget(ctx, quantity.start)) is not None
                    and not _WHOLE_NAME.search(item.group("name"))
                ):
                    # "重点研发计划（186项）：预算14,600.00，支出14,528.20，执行率99.51%": that item's
                    field, part = "part.execution_rate", item.group("name")
                if not project and (group := _some_projects(text, quantity.start)) is not None:
                    # "城乡公交一体化补贴等11个项目执行进度100%", "3个项目按工程进度支付,执行进度约40%": a group's
                    field, part = "part.execution_rate", group.group()
                if (
                    not project
                    and not part
                    and (
                        extreme := _EXTREME_OF_SEVERAL.search(
                            text, sentence_start(text, quantity.start), quantity.start
                        )
                    )
                ):
                    # "执行率最低的为丰宁满族自治县，执行率97.38%", "最高的为临猗县，达99.12%": one of several places' or
                    # projects' rates, the lowest or the highest
                    field, part = "part.execution_rate", extreme.group("name")
                if (
                    not project
                    and not part
                    and (on_item := item_project(ctx.read_text.get(ctx.flow.locate(quantity.start)[0], "")))
                    and not (own_project and same_project(on_item, own_project))
                ):
                    # "2.农机购置与应用补贴：…；农机购置补贴资金执行率93.66%": the rate of the fund the list's item is on
                    field, part = "part.execution_rate", on_item
                if (
                    not project
                    and not part
                    and (listed := _one_of_numbered_items(ctx, quantity.start)) is not None
                    and not (own_project and same_project(listed, own_project))
                ):
                    # "（三）特困人员救助供养：…资金支出率94.57%" among "（一）…：", "（二）…：": that item's rate
                    field, part = "part.execution_rate", listed
                if (
                    department
                    and not project
                    and not part
                    and (section := ctx.part_sections.at(quantity.start)) is not None
                ):
                    # "（三）项目支出情况" over its table of projects and their 合计 … 96.43%: that part's rate
                    field, part = "part.execution_rate", section
                if (
                    not project
                    and not part
                    and (listed_money := _money_listed_before(ctx, label, quantity.start))
                ):
                    # "…其中财政补助资金支出3045.1万元，预算执行率97.92%。财政补助资金执行率为98.02%": the listed part's
                    field, part = "part.execution_rate", listed_money
                if not project and not part and (batch := _rate_of_a_batch(ctx, quantity.start)):
                    # one batch's money's rate, or this year's or the carried-over money's
                    field, part = "part.execution_rate", batch
                if not project and not part and (place := _place_of_the_rate(ctx, label, title_lines)):
                    # "部分旗区支出进度不均衡，鄂托克前旗执行率仅94.83%": a place's own rate, not the report's
                    field, part = "part.execution_rate", place
                if (
                    not project
                    and not part
                    and (
                        by_parts := _BY_PARTS.search(
                            text, sentence_start(text, quantity.start), quantity.start
                        )
                    )
                ):
                    # "分小区看,东升社区改造预算182万元,实际支付…,执行率98.71%": one part's of the whole broken down
                    field, part = "part.execution_rate", by_parts.group("by")
                source = None if project or part else _fund_source(text, quantity.start)
                # "其中中央财政资金…执行数1200万元,执行率66.67%": that source's rate
                if source is not None and _in_a_listing(text, quantity.start):
                    field, part = "source.execution_rate", source
                level = (
                    None
                    if project
                    # (searched in the sentence, not the label alone: "县（市、区）资金执行率" lists inside its name)
                    else _RATE_OF_A_LEVEL.search(text, sentence_start(text, quantity.start), quantity.start)
                    or _LEVEL_SPENT_BEFORE.search(text, sentence_start(text, quantity.start), quantity.start)
                    or _listed_levels_amount_before(text, quantity.start)
                )
                if level is not None and not _the_funds_own_level(level.group("level"), own_project):
                    # "县级配套资金执行率100%", "其中县级资金执行率100%": one level's money's rate, not the whole's
                    # (not the money of the level that pays the whole fund: "全省中央资金实际支出…，支出进度93.52%"
                    # in the report on a 中央补助地方…专项资金)
                    field, part = "source.execution_rate", level.group("level")
                elif (
                    not project
                    and (
                        named_source := _RATE_OF_A_SOURCE.search(
                            text, clause_start(text, quantity.start), quantity.start
                        )
                    )
                    and _whole_rate_before(ctx, quantity.start)
                ):
                    # "预算执行率97.04%。财政拨款预算执行率92.76%，其他资金预算执行率97.45%": after the whole's rate,
                    # each source's
                    field, part = "source.execution_rate", named_source.group("source")
                if part and not project and _own_labelled_line(ctx, quantity, part):
                    # "执行率：96.42%" on a line of its own after the parts' lines: the whole's
                    field, part = "budget.execution_rate", None
                if (
                    not project
                    and field == "budget.execution_rate"
                    and (row := _under_a_source_row(ctx, quantity))
                ):
                    # "上年结转资金" / "年初预算数：0" / … / "执行率：—": that source's row, one pair a line
                    field, part = "source.execution_rate", row
                if _up_to_part_of_the_year(text, quantity.start):
                    # "截至2022年9月30日累计支付60万元，预算执行率48.78%": the rate up to then, the year's only where the
                    # report states no other (headline.part_year_figures) and the month is not of an earlier year
                    # than the report's; a part's or a project's, none
                    if field != "budget.execution_rate" or _a_month_of_an_earlier_year(
                        text, quantity.start, year
                    ):
                        continue
                    field = "part_year.execution_rate"
                ctx.add(
                    field,
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=project or part,
                )
            continue
        item = _ITEM_AFTER_LIST_OPENING.search(label)
        # "主要项目支出包括：农村人居环境整治项目2,350万元": the item named after the list's opening, not 项目支出
        found = classify(label) if item is None else classify(item.group("name"))
        if found is None and _adjusted_to_after_its_change(text, quantity.start):
            found = ("budget", "adjusted")
        if (
            found is None
            and quantity.is_money
            and _PAID_OUT_IN_THE_YEAR.fullmatch(label)
            and _RATE_RIGHT_AFTER.match(text, quantity.end)
        ):
            found = ("budget", "executed")  # "…，全年共拨付衔接资金3,856,420.00元，资金执行率95.36%"
        if (
            found == ("budget", "adjusted")
            and _SUMMED_ARRIVAL.search(label)
            and _ARRIVAL_RATE_RIGHT_AFTER.match(text, quantity.end)
        ):
            found = ("budget", "arrived")  # "项目资金合计到位2580万元，到位率96.27%"
        names_own = bool(own_project) and ctx.flow.locate(quantity.start)[0] not in title_lines
        if (
            # (or named as the project's own class of spending: "“春节慰问经费”项目支出4.56万元" in that project's report)
            (found is None or (found == ("expenditure", "项目支出") and label.rstrip().endswith("项目支出")))
            and project_kind
            and names_own
            and same_project(_listing_name(label), own_project or "")
            and not (
                _part_subject(ctx, quantity) is not None
                and _a_piece_of(_listing_name(label), own_project or "")
            )
            and not _part_of_the_projects_budget(ctx.flow.text, quantity.start)
            and not _a_source_of_the_spending(ctx, quantity, "adjusted")
        ):
            # "2019年度X经费5万元": the project's money; "X经费支出4.37万元", "共发放X49万元": what it spent (not an item
            # listed after 其中 whose name is a piece of the project's: "其中：…，设施运行费158.76万元" in "水文测报设施
            # 运行维护专项", while "其中，网络宣传管理和文化建设经费110万元" names the report's project; nor a source
            # listed after 其中 of the budget the sentence gives the project first: "项目2017年度预算150万元，其中省级
            # X补助资金100万元")
            spent = _SPENT_AFTER_NAME.search(label) or _PAID_BEFORE_NAME.search(_listing_name(label))
            found = ("budget", "executed" if spent else "adjusted")
        if found is None and project_kind and _ARRANGED_AT_START.search(label):
            found = ("budget", "initial")
        # (not one level's share set in it: "县级5,000万元列入年初预算" beside the central and provincial money)
        initial_after = _INITIAL_AFTER.match(text, quantity.end) is not None and not _a_levels_share(
            label, text, quantity.start
        )
        if found is None and initial_after:
            # "每年安排60万元,由每年年初预算批复下达": a budget, named after it
            found = ("budget", "adjusted")
        if (
            found is None
            and (
                _ALLOCATED_AFTER.match(text, quantity.end)
                or _arrived_after_its_parts(text, quantity.end)
                or _EVALUATED_AFTER.match(text, quantity.end)
            )
            and _FUND_WORD.search(label[-12:])
            and not _PAID_OUT.search(label[-_PAID_REACH:])
            # (not the last of several listed: "中央补助资金1846万元、市县配套资金469.6万元均已全部到位")
            and not _LISTED_AFTER_AN_AMOUNT.search(
                text, max(0, quantity.start - _LISTED_REACH), quantity.start
            )
        ):
            # "专项资金92.4万元,全额拨付到位": the fund, all of which arrived
            found = ("budget", "adjusted")
        if found is None:
            sentence = text[sentence_start(text, quantity.start) : quantity.start]
            name = _listing_name(label)
            if (
                not project_kind
                and _LISTING.search(sentence)
                and _PROJECT_ITEM.search(name)
                and not _EXPENSE_ITEM.search(name)
            ):
                ctx.add(
                    "project.budget",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=name,
                )
            else:
                ctx.add(
                    "amount",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=name or None,
                )
                if (
                    quantity.is_money
                    and _ALL_DISBURSED_AFTER.match(text, quantity.end)
                    and any(f.value == quantity.value for f in ctx.all("budget.adjusted"))
                ):
                    # "下达…资金6,358万元…补贴资金6,358万元全部发放到相关企业": the budget stated before, all of it paid
                    # out to those it is for
                    ctx.add(
                        "budget.executed", quantity.value, quantity.start, quantity.end, quantity=quantity
                    )
            continue
        family, key = found
        if (family, key) == ("budget", "adjusted") and _of_the_years_start(ctx, index, label):
            key = "initial"  # "X局2022年年初预算项目共12个,项目支出预算资金为1963.48万元": the year-start budget
        if project_kind and (family, key) == ("expenditure", "项目支出") and _YEARS_SPENDING.fullmatch(label):
            # a project's report: "2021年项目支出17.79万元" is its spending
            family, key = "budget", "executed"
        if not project_kind and (family, key) == ("budget", "executed") and PROJECTS_PART_SPENT.search(label):
            # a unit's report: "项目支出 | 6229.75 | 项目支出执行数 | 6114.32" is its projects' part (in a project's
            # report, its own spending)
            family, key = "expenditure", "项目支出"
        if project_kind and family == "budget" and _UNITS_WHOLE_BUDGET.search(label):
            family, key = "amount", ""  # the unit's whole budget, told beside its project's
        if key == "adjusted" and _SPENT_OF_BUDGET.search(label) and _after_a_budget(ctx, index):
            key = "executed"
        if (
            family == "budget"
            and key == "executed"
            and _A_GOAL.match(text, sentence_start(text, quantity.start))
        ):
            # "年度绩效目标:完成项目资金支付120万元": the spending aimed at, not done
            family, key = "amount", ""
        if family == "budget" and _explains_a_change(text, quantity.start):
            # "财政拨款收入增幅较大，主要是县财政安排新冠肺炎疫情防控专项1385.00万元…": what made a change, a part
            family, key = "amount", ""
        if (family, key) == ("budget", "executed") and _RECOVERED.search(label):
            # "违规结算问题追回救助资金3.18万元": money taken back, no spending
            family, key = "amount", ""
        if family == "budget" and _BOUND_BEFORE.search(label):
            # "全年新发放创业担保贷款不低于15亿元": a target's bound, no figure stated
            family, key = "amount", ""
        if family == "budget" and _PER_UNIT_BEFORE.search(label):
            # "按每村每年12万元标准", "补贴标准为每亩105元": a rate per head, no budget
            family, key = "amount", ""
        if family == "budget" and (_OTHER_YEAR.search(label) or "分别" in label):
            family, key = (
                "amount",
                "",
            )  # another year's figure, or one of a list, kept as an amount for listings
        if family == "budget" and _another_years(text, quantity.start, year):
            # "2022年安排资金300万元，已支出298万元" in a report on 2023: that year's, or the report's own with a
            # year copied from the last report (JX204 reads it so)
            family = "other_year"
        # "截至10月底已支出1,032.4万元", "截至2024年6月30日，已支出312.6万元", "春季学期…发放资助资金6.1万元": spending of
        # part of the year, the year's only where the report states no other (headline.part_year_figures)
        part_of_the_year = (
            family == "budget"
            and key == "executed"
            and (_spent_by_a_month(text, quantity.start) or _of_a_term(text, quantity.start))
        )
        if part_of_the_year and _a_month_of_an_earlier_year(text, quantity.start, year):
            family = "other_year"  # up to a month of a year before the report's
        if family == "budget" and (
            _PART_SCOPE.search(label)
            or _in_a_part_item(text, quantity.start)
            # "公务接待费全年支出3,860.00元" in a department's report: one item of its running costs
            or (not project_kind and _EXPENSE_ITEM.search(label))
        ):
            family, key = "amount", ""  # the 三公经费's or the purchases' figure: one slice of the spending
        if family == "budget" and (
            _in_a_numbered_item(text, quantity.start)
            # "(1)X经费:…年初预算安排120000元" over "(2)Y资金:…": items of their own lines, each one's account
            or (
                (listed := _one_of_numbered_items(ctx, quantity.start)) is not None
                and (
                    _NAMED_FUND.search(listed) is not None or _items_beside_state(ctx, quantity.start, label)
                )
                and not (own_project and same_project(listed, own_project))
            )
        ):
            family, key = "amount", ""  # "1、档案管理项目资金:…30万元;2、建设项目资金:…": one item's figure
        if family == "budget" and (
            _in_a_batch_item(text, quantity.start) or _in_notice_listing(text, quantity.start)
        ):
            family, key = "amount", ""  # "(2)冀财建[2019]286号提前下达…资金59万": one batch's figure
        if family == "budget" and _in_a_named_listing(text, quantity.start):
            family, key = "amount", ""  # "下达了A经费:514.56万元,B费:30.58万元": one named part of several
        if family == "budget" and _in_enumerated_funds(text, quantity.start):
            family, key = "amount", ""  # "共收到两项资金：一是A资金680万元…；二是B资金400万元": one of them
        if (
            family == "budget"
            and key == "adjusted"
            and (
                _SET_APART.match(text, sentence_start(text, quantity.start))
                or _left_out_of_the_evaluation(text, quantity.end)
            )
        ):
            family, key = (
                "amount",
                "",
            )  # "此外,省级财政安排配套资金430万元,统筹用于…": money besides the subject's
        if (
            key == "executed"
            and (_COST_ITEM.search(label) or _COST_ITEM_AFTER.match(text, quantity.end))
            and not _COST_ITEM_WHOLE.search(label)
        ) or (key == "executed" and _next_item_listed(ctx, index)):
            family, key = "amount", ""  # one cost the payment met, an item of the spending
        if family == "budget" and _below_a_listed_part(text, ctx.quantities[index + 1 :], quantity):
            family, key = "amount", ""
        if family == "budget" and index not in restating and _in_an_items_brackets(text, quantity.start):
            family, key = (
                "amount",
                "",
            )  # (an exact figure restating the one before it in brackets is that one's)
        if family == "budget" and key == "executed" and _balances_income(ctx, index, label):
            family, key = (
                "amount",
                "",
            )  # "收入总计26,064,170.05元，支出总计26,064,170.05元": the account's balance
        if family == "budget" and _outside_the_evaluation(text, quantity.start, quantity.end):
            family, key = "amount", ""  # "另，2023年结转资金4,216.30万元已全部支出，不纳入本次评价范围"
        if family == "budget" and _A_SAMPLE.search(
            text, sentence_start(text, quantity.start), quantity.start
        ):
            family, key = (
                "amount",
                "",
            )  # "本次共选取3个项目开展事前绩效评估,涉及项目资金共计9.6万元": a sample's money
        if (
            family == "budget"
            and project_kind
            and own_project
            and (
                counted := _PROJECTS_COUNTED.search(
                    text, sentence_start(text, quantity.start), quantity.start
                )
            )
            # (not the project itself counted by its parts: "老旧小区改造项目共两个，分别为…", "森林防火项目共涉及三个专项";
            # "森林防火等领域共实施8个项目" counts others)
            and not text[sentence_start(text, quantity.start) : counted.start()]
            .rstrip()
            .removesuffix("项目")
            .endswith(own_project.removesuffix("项目"))
        ):
            # "我局纳入自评范围的项目共6个，年初预算合计3,862.50万元…现将X项目自评情况报告如下": the unit's projects
            # together, in a report of one of them
            family, key = "amount", ""
        if part_of_the_year and (project or family != "budget"):
            # (a project's or an item's spending up to a month: no figure)
            family, key = "other_year", "executed"
        if family == "budget":
            if project:
                ctx.add(
                    f"project.{key}",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=project,
                )
                continue
            source = (
                _fund_source(text, quantity.start)
                or _level_listed_after_qizhong(text, label, quantity.start)
                or _a_levels_budget(text, label, own_project)
            )
            if source is not None and _own_labelled_line(ctx, quantity, source):
                # "其他资金：162.24万元" / "全年执行数：2,301.17万元": the line after the source's is the whole's
                source = None
            source = source or _under_a_source_row(ctx, quantity) or ctx.source_sections.at(quantity.start)
            if source is not None:
                ctx.add(
                    "other_year.executed" if part_of_the_year else f"source.{key}",
                    quantity.value,
                    quantity.start,
                    quantity.end,
                    quantity=quantity,
                    subject=source,
                )
                continue
            part = _part_subject(ctx, quantity)
            if part is not None and _own_labelled_line(ctx, quantity, part):
                part = None  # "其中：财政拨款：…" / "其他资金：…" / "全年执行数：…": the whole's line after the parts'
            if part is None and not project_kind:
                part = ctx.part_sections.at(quantity.start)  # "(二)项目支出 … 实际支出51.77万元": that part's
            if part is None and not project_kind:
                part = _part_opening(text, quantity.start)  # "（一）基本支出：年初预算486.3万元": that part's
            if part is None and not project_kind:
                part = _unit_after_a_listings_semicolon(text, quantity.start)  # "其中A…；B单位全年预算…": B's
            # "(含中央资金X万元…)" lists parts in any report; "其中" in a project report may name the
            # project's own share of the unit's total (see _encloses_own_project)
            included = part is not None and _INCLUDED.search(
                text, sentence_start(text, quantity.start), quantity.start
            )
            # (a cost the money paid is a part in any report: "其中数字化加工费10.56万元")
            costs = part is not None and _COST_ITEM.search(part) is not None
            field = f"part.{key}" if part and (included or not project_kind or costs) else f"budget.{key}"
            if part and field == f"budget.{key}" and _a_source_of_the_spending(ctx, quantity, key):
                field = f"part.{key}"
            if (
                project_kind
                and own_project
                and (listed_item := _item_opening_its_clause(text, quantity.start, own_project))
            ):
                # "…共计31万元…；X保护补助已支出253184元": one item of the fund's
                field, part = f"part.{key}", listed_item
            if field == f"budget.{key}" and (work := _works_own_clause(text, quantity.start)) is not None:
                field, part = f"part.{key}", work  # "…;A工程已完工,资金支付35万元…;B工程…": A's money
            if project_kind and own_project and _encloses_own_project(ctx, quantity, own_project):
                field = f"total.{key}"
            if part_of_the_year:
                field = "part_year.executed" if field == "budget.executed" else "other_year.executed"
            ctx.add(field, quantity.value, quantity.start, quantity.end, quantity=quantity, subject=part)
            if field == "budget.adjusted" and (
                _ALL_SPENT_AFTER.match(text, quantity.end)
                or _ALL_DISBURSED_AFTER.match(text, quantity.end)
                or (
                    _ALL_PAID_AFTER.match(text, quantity.end)
                    and _FULL_RATE.search(text, quantity.end, sentence_end(text, quantity.end))
                )
            ):
                # "2022年专项债1.22亿元已到位,并已支付", "补助资金215.6万元已全部拨付，…，预算执行率100%": all of the fund
                # was spent
                ctx.add("budget.executed", quantity.value, quantity.start, quantity.end, quantity=quantity)
            if field in ("budget.adjusted", "budget.arrived") and initial_after:
                # "项目资金到位情况:X经费5万元经年初预算审核通过后…": whatever its label, the initial budget
                ctx.add("budget.initial", quantity.value, quantity.start, quantity.end, quantity=quantity)
            if (
                field.startswith("budget.")
                and names_own
                and same_project(_listing_name(label), own_project or "")
            ):
                # "安排健全现代医院管理制度项目预算资金509774.50万元": the figure names the report's project
                ctx.add(f"own.{key}", quantity.value, quantity.start, quantity.end, quantity=quantity)
        else:
            if family == "difference":  # a change or a difference: an amount, never a figure of the report
                family, key = "amount", ""
            field = f"{family}.{key}" if key else family
            ctx.add(field, quantity.value, quantity.start, quantity.end, quantity=quantity)
    _adjusted_from_its_parts(ctx)
    _total_after_its_parts(ctx)
    _first_of_a_distribution(ctx)
    _initial_before_a_change(ctx)
    _initial_before_its_adjustment(ctx)
    _whole_with_its_budget_and_addition(ctx)
    _a_change_between_the_budgets(ctx)
    if project_kind:
        _spent_in_full(ctx)
        _whole_of_listed_parts(ctx)
        _allocated_for_a_use(ctx)


def _a_source_of_the_spending(ctx: Context, quantity: Quantity, key: str) -> bool:
    """Whether a budget's word names one source or item of the spending its sentence lists after "其中" ("实际支出196.52
    万元,其中当年预算资金182.4万元、使用结余资金15.12万元", "本年支出合计97.5万元,其中…;运行维护费30.2万元"): a part of what
    was spent, not the budget."""
    if key not in ("initial", "adjusted"):
        return False
    text = ctx.flow.text
    # (the listing may go on past a "；", "其中A…;B…": not where the clause names a budget again, "…;全年预算120万元")
    begin = clause_start(text, quantity.start, 0, "。！？!?\n")
    marker = text.rfind("其中", begin, quantity.start)
    if marker < 0:
        return False
    clause = clause_start(text, quantity.start, 0, "，,；;。")
    if clause > marker and text[clause - 1] in "；;" and _BUDGET_NAMED.search(text, clause, quantity.start):
        return False
    if _A_BUDGETS_STAGE.search(text, clause, quantity.start):
        return False  # "…,其中A 50万元,B 46万元,调整后预算100万元": the budget stated again after the listing
    return any(
        begin <= at < marker
        for fact in ctx.facts
        if fact.field in ("budget.executed", "part.executed", "expenditure.支出合计")
        and (at := ctx.flow.offset(fact.line, fact.start)) is not None
    )


_BUDGET_NAMED = re.compile(r"预算|下达|安排|批复|到位")
_A_BUDGETS_STAGE = re.compile(r"(?:年初|调整后?|全年|年度)预算|预算(?:数|总额)")


_ADDED = re.compile(
    r"^[,，、;；\s]*(?:年中|年内|年度中|中期)?(?:调整(?:追加|增加|调增)?|追加|调增)(?:预算|资金)?(?:数)?[为:：\s]*$"
)
_SHORT = 12  # characters between a whole and "其中 <part>": a listing, not a new sentence


def _adjusted_from_its_parts(ctx: Context) -> None:
    """A whole stated as the initial budget plus what was added to it is the adjusted budget, whatever
    the whole is called ("预算收入69.06万元,其中年初预算57.28万元,调整追加11.78万元"), when the parts add
    up to it exactly."""
    text, quantities = ctx.flow.text, ctx.quantities
    if "其中" not in text:
        return
    for whole, initial, added in zip(quantities, quantities[1:], quantities[2:], strict=False):
        if not (whole.is_money and initial.is_money and added.is_money) or ctx.project_at(whole.start):
            continue
        between = text[whole.end : initial.start]
        if (
            "其中" not in between
            or len(between) > _SHORT
            or not _ADDED.search(text[initial.end : added.start])
        ):
            continue
        if classify(_without_tail(between.split("其中")[-1])) != ("budget", "initial"):
            continue
        if initial.value + added.value == whole.value:
            ctx.add("budget.adjusted", whole.value, whole.start, whole.end, quantity=whole)


_CHANGE = re.compile(_AMOUNTS["budget_change"])
# the same words right before a figure: one cheap search rules out a report that states no change
_CHANGE_WORD = re.compile(
    "(?:" + re.search(r"\(\?P<direction>([^)]*)\)", _AMOUNTS["budget_change"]).group(1) + r").{0,6}?\d"  # type: ignore[union-attr]
)


def _initial_before_a_change(ctx: Context) -> None:
    """A budget, then a change to it, then the budget it became, in one sentence ("申报预算资金147.5万元,年中预算
    调减0.695万元,实际批复…146.805万元") or the change opening the next sentence as made during the year ("…预算批复数
    为350万元，全部为区级资金。年中…调减预算30万元，调整后预算数为320万元"): the first is the initial budget, when
    the figures say so exactly."""
    text = ctx.flow.text
    if _CHANGE_WORD.search(text) is None:
        return  # no budget changed during the year: most reports
    money = [q for q in ctx.quantities if q.is_money]
    for first, change, final in zip(money, money[1:], money[2:], strict=False):
        word = _CHANGE.search(text, first.end, change.start)
        if word is None or "\n" in text[first.end : final.start]:
            continue
        ends = [at for at in range(first.end, final.start) if text[at] in "。；;！？"]
        if ends and (
            len(ends) > 1
            or ends[0] > word.start()
            or not _DURING_THE_YEAR.search(text, ends[0], word.start())
        ):
            continue
        lowered = word.group("direction") in ("调减", "核减", "追减", "减少")
        if final.value != (first.value - change.value if lowered else first.value + change.value):
            continue
        _first_as_initial(ctx, first, final)


_DURING_THE_YEAR = re.compile(r"年中|年内|年度中|执行中|执行过程中")


def _first_as_initial(ctx: Context, first: Quantity, final: Quantity) -> None:
    """Where both figures were read as the adjusted budget, the first as the initial one instead."""
    stated = [f for f in ctx.facts if f.field == "budget.adjusted" and _at(ctx, f, first)]
    if stated and any(f.field == "budget.adjusted" and _at(ctx, f, final) for f in ctx.facts):
        ctx.facts[:] = [f for f in ctx.facts if f not in stated]
        ctx.add("budget.initial", first.value, first.start, first.end, quantity=first)


def _initial_before_its_adjustment(ctx: Context) -> None:
    """A budget, then at once the budget it was adjusted to ("收入预算数198.60万元，经年中调整后为213.45万元",
    "部门预算198.60万元，调整后为213.45万元"), both read as the year's budget: the first is the initial one."""
    text = ctx.flow.text
    money = [q for q in ctx.quantities if q.is_money]
    for first, final in itertools.pairwise(money):
        if (
            _THEN_ADJUSTED_TO.fullmatch(text, first.end, final.start) is None
            and _ADJUSTED_IN_THE_NEXT.fullmatch(text, first.end, final.start) is None
        ):
            continue
        if _A_CHANGE_DURING.search(text, sentence_start(text, first.start), first.start):
            # "年初预算60万元；年中下达补助资金25万元，调整后预算85万元": the initial budget stated, or a change, before it
            continue
        _first_as_initial(ctx, first, final)


_A_CHANGE_DURING = re.compile(r"年中|年内|执行中|追加|追减|调增|调减|调整|核减|年初")
_THEN_ADJUSTED_TO = re.compile(
    r"\s*[，,]\s*(?:后|并|但)?(?:经过?)?\s*(?:年中|年内|年度中|年度执行中|执行中)?\s*(?:预算)?调整(?:后|为|至)(?:的)?(?:预算)?(?:为|是|至)?\s*"
)
# or the next sentence, opening on the year's course, says what the year's budget was adjusted to ("…部门预算1946.30万元。
# 年度中，上级陆续下达…资金，全年预算调整为2187.52万元"; not a part's, "执行中，河道治理项目预算调整为300万元")
_ADJUSTED_IN_THE_NEXT = re.compile(
    r"\s*(?:万?元)?\s*[。；;]\s*(?:年中|年内|年度中|执行中|执行过程中)(?:[^。；;\n]{0,80}?[，,])?\s*(?:全年|年度|部门)?预算(?:数)?调整(?:后|为|至)"
    r"(?:的)?(?:预算)?(?:为|是|至)?\s*"
)
_ADDITION = re.compile(r"追加|调增")
_BUDGET_IN_BRACKETS = re.compile(
    r"^\s*[(（][^()（）]{0,12}(?:预算(?:数|资金|安排)?|年初(?:批复|安排|下达)(?:数|资金)?)[为:：\s]*$"
)


def _whole_with_its_budget_and_addition(ctx: Context) -> None:
    """A fund's figure with its budget and what was added to it in brackets after it ("X资金800万元(财政预算740
    万元,年底追加Y资金60万元)", "全年可用预算8,215.64万元（年初批复6,842.37万元，执行中追加…1,373.27万元）"): the
    figure is the adjusted budget and the first the initial one, when the two add up to it exactly."""
    text = ctx.flow.text
    if _ADDITION.search(text) is None:
        return  # no money added to a budget: most reports
    money = [q for q in ctx.quantities if q.is_money]
    for whole, first, added in zip(money, money[1:], money[2:], strict=False):
        if not _BUDGET_IN_BRACKETS.match(text[whole.end : first.start]):
            continue
        if _ADDITION.search(text, first.end, added.start) is None:
            continue
        if (
            any(mark in text[whole.end : added.end] for mark in "。；;)）\n")
            or whole.value != first.value + added.value
        ):
            continue
        ctx.add("budget.adjusted", whole.value, whole.start, whole.end, quantity=whole)
        ctx.add("budget.initial", first.value, first.start, first.end, quantity=first)


def _a_change_between_the_budgets(ctx: Context) -> None:
    """The initial budget, a change to it read as the adjusted budget ("年中调整预算2,106.45万元"), then the budget it
    became, in one sentence ("年初预算收入30,418.62万元,年中调整预算2,106.45万元,全年预算收入32,525.07万元"): the middle
    figure is the change and the last the adjusted budget, when the initial one plus or minus the change is it
    exactly."""
    text = ctx.flow.text
    adjusted = {f.value for f in ctx.facts if f.field == "budget.adjusted"}
    if not adjusted:
        return  # (most reports: one set of facts looked at once, not once per three amounts)
    money = [q for q in ctx.quantities if q.is_money]
    for initial, change, whole in zip(money, money[1:], money[2:], strict=False):
        if change.value not in adjusted:
            continue
        read = [f for f in ctx.facts if f.field == "budget.adjusted" and f.value == change.value]
        if (
            SENTENCE_END.search(text, initial.end, whole.start)
            or not _A_CHANGE_NAMED.search(text, initial.end, change.start)
            or whole.value not in (initial.value + change.value, initial.value - change.value)
            or not any(_an_initial_budget(f) and f.value == initial.value for f in ctx.facts)
        ):
            continue
        at = ctx.flow.locate(change.start)
        ctx.facts[:] = [f for f in ctx.facts if not (f in read and (f.line, f.start) == at)]
        ctx.add("budget.initial", initial.value, initial.start, initial.end, quantity=initial)
        ctx.add("budget.adjusted", whole.value, whole.start, whole.end, quantity=whole)


def _an_initial_budget(fact: Fact) -> bool:
    """An initial budget read as one, or as a department's budgeted income ("年初预算收入")."""
    return fact.field == "budget.initial" or (
        fact.field.startswith("income.") and "年初" in fact.field and "预算" in fact.field
    )


# a total of the amounts listed before it in its sentence ("…第一批3000万元、第二批1200万元…，合计5000万元",
# "提前下达8000万元；追加下达4000万元，全年共计12000万元", "首批下达…1350万元，后续拨付820万元，全年到位资金2170万元")
_TOTAL_AFTER_PARTS = re.compile(
    r"(?:合计|共计|总计|以上共计|全年共计|累计下达|全年到位(?:资金)?|项目总资金)(?:为|达)?\s*$"
)
_WHOLE_PARTS = 6  # the most parts a sentence lists before their total
_SUMS_WHAT_WENT_BEFORE = re.compile(
    r"\s*(?:以上|上述)?\s*(?:[两二三四五六]|[2-6])(?:项|笔|批)(?:资金|经费)?(?:合计|共计|总计)"
)
_SOURCES_LISTED = re.compile(r"资金(?:来源|构成|组成)(?:如下|情况|为)?\s*[:：]")


def _total_after_its_parts(ctx: Context) -> None:
    """A budget listed in parts, then their total ("合计", "全年共计", "全年到位资金"): the total is the adjusted
    budget and the parts no budget of their own, when the last two or more amounts before it add up to it
    exactly and one of them was read as the budget."""
    text = ctx.flow.text
    money = [q for q in ctx.quantities if q.is_money]
    for index, total in enumerate(money):
        start = clause_start(text, total.start, 0, "。\n")
        if not _TOTAL_AFTER_PARTS.search(text, max(start, total.start - 12), total.start):
            continue
        if start > 1 and _SUMS_WHAT_WENT_BEFORE.match(text, start):
            # "…下达A资金60万元；同年8月，下达B资金20万元。两项合计80万元": the sentence before lists the parts
            start = clause_start(text, start - 1, 0, "。\n")
        before = [q for q in money[max(0, index - _WHOLE_PARTS) : index] if q.start >= start]
        if len(set(_YEAR_NAMED.findall(text, start, total.start))) >= 2:
            continue  # "2022年下达资金500万元，2023年下达资金300万元，累计下达800万元": years summed up
        for count in range(2, len(before) + 1):
            parts = before[-count:]
            if sum((q.value for q in parts), Decimal(0)) != total.value:
                continue
            budgets = [
                f for f in ctx.facts if f.field == "budget.adjusted" and any(_at(ctx, f, q) for q in parts)
            ]
            # or the sentence opens by saying it lists where the fund came from ("资金来源如下：…")
            if budgets or _SOURCES_LISTED.search(text, start, parts[0].start):
                ctx.facts[:] = [f for f in ctx.facts if f not in budgets]
                ctx.add("budget.adjusted", total.value, total.start, total.end, quantity=total)
            break


def _first_of_a_distribution(ctx: Context) -> None:
    """A budget read from the first item of a distribution ("共获得X资金486万元…按照资金分配方案，安排A资金185万元，B资金
    226万元，C资金75万元"): when it and the amounts its sentence lists after it add up exactly to money stated before
    it, it is one share of that money, no budget of the report's."""
    text = ctx.flow.text
    money = [q for q in ctx.quantities if q.is_money]
    for index, first in enumerate(money):
        stated = [f for f in ctx.facts if f.field == "budget.adjusted" and _at(ctx, f, first)]
        if not stated:
            continue
        end = sentence_end(text, first.end)
        following = [q for q in money[index + 1 :] if q.start < end]
        rest = sum((q.value for q in following), Decimal(0))
        if len(following) < 2 or rest == first.value or _NOT_SHARES.search(text, first.end, end):
            continue  # its own parts ("…300万元，其中中央资金200万元，省级资金100万元"), or what was spent and is left
        shared = first.value + rest
        start = sentence_start(text, first.start)
        # (the money shared out stated in a sentence before; stated again in the distribution's own sentence, its parts
        # make it a whole there: "…资金440万元,项目资金已经分配下达到…:A140万元、B140万元、C160万元")
        before = [q for q in money[:index] if q.value == shared and start - q.start <= _DISTRIBUTION_REACH]
        if before and all(q.start < start for q in before):
            ctx.facts[:] = [f for f in ctx.facts if f not in stated]


_NOT_SHARES = re.compile(r"支出|结余|结转|其中|执行|支付|使用")
# characters from the money shared out back to where its distribution's sentence starts
_DISTRIBUTION_REACH = 160


def _at(ctx: Context, fact: Fact, quantity: Quantity) -> bool:
    return (fact.line, fact.start) == ctx.flow.locate(quantity.start)


_ALLOCATED = re.compile(_AMOUNTS["allocated"])
_NOT_ALLOCATED = re.compile(_AMOUNTS["not_allocated"])
_MAX_PARTS = 12
_WORDS = re.compile(r"[\d\u4e00-\u9fff]")
# a listing after 其中 ends with its sentence, or where a clause opens with a year or names another total
# ("其中一般公共预算收入9,836.16万元,基金预算收入0元,2018年调增预算收入18,746.37万元,决算总收入…")
_LISTING_END = re.compile(r"[。\n]|[，,；;]\s*(?=20\d\d\s*年|[^，,；;。]{0,8}?(?:总收入|总支出|合计|总计))")


def _whole_of_listed_parts(ctx: Context) -> None:
    """In a project report, a fund amount whose sentence goes on to list its parts ("获得中央水污染防治专项
    资金17347万元其中第一批资金9910万元…第二批资金7437万元"), when parts listed after "其中" add up to it
    exactly (to the cent): recorded as ``whole.adjusted``, the budget the others are parts of, and, when
    no label names it, as a stated budget too."""
    text = ctx.flow.text
    for index, quantity in enumerate(ctx.quantities):
        if not quantity.is_money or ctx.project_at(quantity.start):
            continue
        label = _label(ctx, index)
        found = classify(label)
        labelled = found == ("budget", "adjusted")
        if not labelled and (
            found is not None or not _ALLOCATED.search(label) or _NOT_ALLOCATED.search(label)
        ):
            continue
        if _part_subject(ctx, quantity) is not None:
            continue  # itself one of a listing's parts
        if LIST_ITEM.match(ctx.read_text.get(ctx.flow.locate(quantity.start)[0], "")):
            continue  # "6.分配…经费84.069万元，其中弋江区3.52万元…": an item of the report, not its fund
        if _listed_parts_add_up(text, ctx.quantities[index + 1 :], quantity) or _sums_sources_before(
            ctx, index, label
        ):
            if not labelled:
                ctx.add("budget.adjusted", quantity.value, quantity.start, quantity.end, quantity=quantity)
            ctx.add("whole.adjusted", quantity.value, quantity.start, quantity.end, quantity=quantity)


# (what the money was for may come between: "54.6万元,用于村级文化协管员补助、农家书屋…,全部执行完毕"; paid out to those
# it is for: "36000元已全部发放到位")
_IN_FULL = re.compile(
    r"(?:[^。；;，,\n\d]|20\d\d年|\d{1,2}月|\d{1,2}日){0,24}?"
    r"(?:[,，]\s*(?:主要|全部|专项)?用于[^。；;\n\d]{0,60}?[,，]\s*)?(?:(?:全部|已)(?:使用|支出|支付|发放|执行)完毕|全部发放到(?:位|户|人))"
)
# the money of one source ("县级配套资金50万元已全部使用完毕") used up is not the project's spending
# (a fund named after the level that grants it, "中央补助地方公共文化服务体系建设资金", is the project's own money)
_SOURCE_MONEY = re.compile(
    r"配套|自筹|其他资金|(?:中央|上级|省|省级|市|市级|县|县级|区|区级)(?:财政)?(?:补助|专项|衔接)?(?:资金|经费)$"
)


def _spent_in_full(ctx: Context) -> None:
    """In a project report, money said to be used up or paid out ("4.4万元慰问经费于2019年1月全部使用完毕", "共计4.6万元
    全部发放完毕"): that amount is the spending too (a department's one fund used up is one slice of its spending)."""
    text = ctx.flow.text
    if "完毕" not in text and "发放到" not in text:
        return
    for index, quantity in enumerate(ctx.quantities):
        in_full = _IN_FULL.match(text, quantity.end) if quantity.is_money else None
        if in_full is None or ctx.project_at(quantity.start):
            continue
        if _part_subject(ctx, quantity) is not None or in_brackets(
            text[sentence_start(text, quantity.start) : quantity.start]
        ):
            continue  # "其中甲10万元已支付完毕": a part used up, not the whole
        label = _label(ctx, index)
        if _SOURCE_MONEY.search(label) or _OUTSIDE_EVALUATION.search(
            text, quantity.end, sentence_end(text, quantity.end)
        ):
            continue  # (money set apart from the evaluation, "…全部支出完毕，不纳入本次评价范围", is none of its spending)
        if _HANDED_OUT.search(in_full.group()) and _NOT_ALL_OF_IT.search(label):
            continue  # "上年结转资金24.4万元已全部发放到位", "第一批资金400万元…": a slice handed out, not all the money
        ctx.add("budget.executed", quantity.value, quantity.start, quantity.end, quantity=quantity)


_HANDED_OUT = re.compile(r"发放到[位户人]$")
_NOT_ALL_OF_IT = re.compile(r"结转|结余|剩余|第[一二三四五六七八九十\d]{1,2}批|20\d\d\s*年")


_FOR_A_USE = re.compile(r"\s*[,，]?\s*(?:主要|全部|专项)?用于")


# the parts of a fund listed after its figure, then all of it said to have arrived ("发展资金1293.5万元,其中基建设备
# 项目规划资金1207万元,…,目前资金已全部落实到位")
_PARTS_AFTER = re.compile(r"\s*[,，;；]?\s*其中\s*[:：,，]?")
_ALL_ARRIVED = re.compile(
    r"[,，]\s*(?:目前|现|截至目前|截止目前|截至年底|截至年末)?\s*(?:资金|上述资金|该资金|以上资金)?\s*"
    r"(?:已|均已|已经)(?:全部|全额|足额)(?:落实|拨付)?到位"
)


def _arrived_after_its_parts(text: str, end: int) -> bool:
    """Whether a fund's figure ending at ``end`` is followed by its parts and then, in the same sentence, by all of
    the money said to have arrived: the figure is the fund's."""
    if _PARTS_AFTER.match(text, end) is None:
        return False
    reach = min(len(text), end + _ITEM_REACH)
    stop = min((at for mark in "。；;\n" if (at := text.find(mark, end, reach)) >= 0), default=reach)
    return _ALL_ARRIVED.search(text, end, stop) is not None


def _allocated_for_a_use(ctx: Context) -> None:
    """In a project report, a fund's amount and what it is for ("财政扶贫资金36万元,用于采购中蜂蜂种600箱"): the
    money allocated to the project, a budget statement (several such statements that differ give none)."""
    text = ctx.flow.text
    if "用于" not in text:
        return
    for index, quantity in enumerate(ctx.quantities):
        if (
            not quantity.is_money
            or ctx.project_at(quantity.start)
            or not _FOR_A_USE.match(text, quantity.end)
        ):
            continue
        label = _label(ctx, index)
        if classify(label) is not None or not _ALLOCATED.search(label) or _NOT_ALLOCATED.search(label):
            continue
        if _part_subject(ctx, quantity) is not None or in_brackets(
            text[sentence_start(text, quantity.start) : quantity.start]
        ):
            continue
        ctx.add("budget.adjusted", quantity.value, quantity.start, quantity.end, quantity=quantity)


_SUMMED = re.compile(_AMOUNTS["summed"])
_SUMMED_COUNT = re.compile(_AMOUNTS["summed_count"])
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _budget_money(label: str) -> bool:
    """Whether a label names money budgeted or allocated (not spent, paid, earned or invested)."""
    found = classify(label)
    if found is not None:
        return found in (("budget", "adjusted"), ("budget", "initial"))
    return bool(_ALLOCATED.search(label)) and not _NOT_ALLOCATED.search(label)


def _sums_sources_before(ctx: Context, index: int, label: str) -> bool:
    """Whether a total ("两项合计154万元") is the sum of the budget money listed before it in its sentence,
    bracketed details left out: "下达…资金134万元(其中…40万元),市本级预算安排…经费20万元,两项合计154万元".
    Every amount before it must be budget money (a sentence of spending or of items sums no budget), all
    of them, two or more (as many as "两项" says), must add up to it exactly, and it must be the sentence's
    last total (a subtotal, "省县两级合计50万元,总计150万元", is one part of the next)."""
    if not _SUMMED.search(label):
        return False
    text, quantities = ctx.flow.text, ctx.quantities
    whole = quantities[index]
    start, end = sentence_start(text, whole.start), sentence_end(text, whole.end)
    if any(
        q.is_money and q.start < end and _SUMMED.search(_label(ctx, later))
        for later, q in enumerate(quantities[index + 1 :], index + 1)
    ):
        return False
    parts: list[Decimal] = []
    for earlier, q in enumerate(quantities[:index]):
        if q.start < start or not q.is_money or in_brackets(text[start : q.start]):
            continue
        before = _label(ctx, earlier)
        if _SUMMED.search(before):
            continue  # a subtotal of parts already listed
        if not _budget_money(before):
            return False
        parts.append(q.value)
    stated = _SUMMED_COUNT.search(label)
    if stated is not None and _COUNTS[stated.group(1)] != len(parts):
        return False
    return 2 <= len(parts) <= _MAX_PARTS and sum(parts, Decimal(0)) == whole.value


def _listed_parts(text: str, following: list[Quantity], whole: Quantity) -> list[Decimal]:
    """The money amounts listed after a "其中" that closely follows ``whole``, in the sentence it opens
    (parts run on past "；"); none when no such listing follows."""
    lead = _PART.search(text, whole.end, whole.end + _SHORT)
    between = text[whole.end : lead.start()] if lead else ""
    if lead is None or lead.group() != "其中" or _WORDS.search(between.replace("万元", "").replace("元", "")):
        return []
    stop = _LISTING_END.search(text, lead.end())
    end = stop.start() if stop else len(text)
    return [q.value for q in following if q.start < end and q.is_money][:_MAX_PARTS]


def _listed_parts_add_up(text: str, following: list[Quantity], whole: Quantity) -> bool:
    """Whether two or more of the parts listed after ``whole`` add up to it exactly."""
    sums = {Decimal(0): 0}  # sum -> how many parts give it
    for value in _listed_parts(text, following, whole):
        for total, count in list(sums.items()):
            sums[total + value] = max(sums.get(total + value, 0), count + 1)
    return sums.get(whole.value, 0) >= 2


def _below_a_listed_part(text: str, following: list[Quantity], whole: Quantity) -> bool:
    """Whether a part listed after ``whole`` ("下达资金1.53万元，其中：…造林补助2.42万元") exceeds it: then
    the whole is misprinted or masked, no figure to take. Not when parts listed add up to it: the listing closed,
    the figures after it are other statements ("其中基本支出268.40万元，项目支出88.40万元；年中追加…调整后预算402.15万元")."""
    return any(
        part > whole.value for part in _listed_parts(text, following, whole)
    ) and not _listed_parts_add_up(text, following, whole)


# the projects picked for some procedure ("共选取3个项目开展事前绩效评估", "抽取5个项目进行重点评价"): their money is
# theirs, not the report's
# the unit's projects counted ("纳入自评范围的项目共6个", "共有项目支出14个", "共实施8个项目"; not a project's own parts,
# "本项目共3个子项目", "共12个项目村", "共实施8个项目点")
_PROJECTS_COUNTED = re.compile(
    r"(?:(?<!子)项目(?:支出)?(?:共|共计|合计)有?|共(?:有|计|实施|涉及)?(?=\s*(?:\d+|[两二三四五六七八九十]{1,3})\s*个(?:项目|专项))"
    r"|共有?项目(?:支出)?)\s*(?:\d+|[两二三四五六七八九十]{1,3})\s*个(?!(?:项目|专项)?[村点区组片户])"
)
_A_SAMPLE = re.compile(
    r"(?:选取|抽取|抽查|挑选|选择)了?\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*个(?:项目|专项)"
    # … or a group of the projects listed before ("上述4个重点项目全年预算合计5899.00万元"), a part of the whole's
    r"|(?:上述|以上|前述)\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*个(?:重点|主要)?(?:项目|专项)"
)
_SPENT_BEFORE = re.compile(r"拨付|支付|使用|支出|发放|兑付|兑现|执行")  # "截至12月31日执行380万元"


def _paid_out_at_the_rate(
    ctx: Context, rates: Sequence[Fact], adjusted: Decimal, rate: Decimal
) -> Decimal | None:
    """The money its sentence says was paid out right before the stated rate, when that money over the budget
    gives the rate ("已拨付各乡镇卫生院资金2,041.30万元，资金执行率94.12%": 2041.30 / 2168.75 = 94.12%): the
    spending the rate measures, though the text names it 拨付, not 支出 (or names it as the kind of spending it is:
    "项目支出1,498.26万元，支出进度98.13%")."""
    found: set[Decimal] = set()
    amounts = [*ctx.all("amount"), *(f for f in ctx.facts if f.field.startswith("expenditure."))]
    for stated in rates:
        if stated.value != rate:
            continue
        text = ctx.read_text[stated.line]
        opening = sentence_start(text, stated.start)
        for amount in amounts:
            if (
                amount.line == stated.line
                and opening <= amount.start < stated.start
                and isinstance(amount.value, Decimal)
                and _SPENT_BEFORE.search(text, opening, amount.start) is not None
                and rate_agrees(adjusted, amount.value, rate)
            ):
                found.add(amount.value)
    if not found and adjusted != 0:
        # the money paid out told sentences away from the rate ("我局已拨付各市州…4365万元…。…执行率97%"): taken only
        # when, paid out by its own clause, it gives the rate to the hundredth of a percent; not the budget itself
        # restated ("全年应支付…=499200元" beside a rate of 100%)
        for amount in amounts:
            text = ctx.read_text[amount.line]
            if (
                isinstance(amount.value, Decimal)
                and amount.value != adjusted
                and _SPENT_BEFORE.search(text, clause_start(text, amount.start, 0, "，,。；;"), amount.start)
                and quantize(amount.value / adjusted * HUNDRED) == quantize(rate)
            ):
                found.add(amount.value)
    return found.pop() if len(found) == 1 else None


def _listed_after_another(ctx: Context, fact: Fact) -> bool:
    """Whether a figure is listed after "其中" that follows another amount in its sentence ("累计支出奖励资金50936.72万元,…,
    其中超级产粮大县奖励资金支出10527.45万元"): a part of that amount, however like the report's project it is named."""
    text = ctx.read_text.get(fact.line, "")
    opening = sentence_start(text, fact.start)
    marker = text.rfind("其中", opening, fact.start)
    return (
        marker >= 0
        and _AN_AMOUNT.search(text, opening, marker) is not None
        # (not a whole stated after the listing closed: "…其中A100万元,B11万元,调减40万元,全年实际下达71万元")
        and _WHOLE_YEAR_AFTER.search(text, marker, fact.start) is None
    )


_AN_AMOUNT = re.compile(r"\d\s*(?:万元|亿元|元)")


def rate_agrees(adjusted: Decimal, executed: Decimal | None, rate: Decimal | None) -> bool:
    """Whether spending over budget gives the stated rate, at the precision the rate is written with
    (to the cent of a percent for "89.72%", to the half percent for a form's "50%")."""
    if executed is None or rate is None or adjusted == 0:
        return False
    exponent = rate.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    tolerance = max(Decimal("0.01"), Decimal(5) / Decimal(10) ** (places + 1))
    return abs(quantize(executed / adjusted * HUNDRED) - rate) <= tolerance


def unit_slip(fact: Fact, facts: list[Fact]) -> bool:
    """An amount written in 元 that is under 1 万元 while the report states other amounts in 万元 of at
    least 1 万元: almost always 万元 mistyped ("预算支出158.5元" among 158.5万元 figures). The fact keeps
    its written unit so the auditor can flag it, but it is not taken as the report's budget."""
    written = fact.original_value
    if fact.original_unit != "元" or written is None or not 0 < written < 10000:
        return False
    return any(
        other.original_unit == "万元" and isinstance(other.value, Decimal) and other.value >= 1
        for other in facts
    )


_TOTAL = re.compile(
    r"合计|共计|(?<!公)共|总额|总计|总预算|总支出|累计|全年|全部"
)  # not 公共 ("一般公共预算")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:（(]")
_COMPUTATION = re.compile(r"[=＝×÷/]")


def _clause_before(ctx: Context, fact: Fact) -> str:
    """The words of the figure's clause before it, from the line above too when the line breaks there."""
    before = ctx.read_text.get(fact.line, "")[: fact.start]
    if not before.strip():
        before = ctx.read_text.get(fact.line - 1, "") + before
    restated = _RESTATED_IN_BRACKETS.search(before)
    if restated is not None:
        before = before[
            : restated.start()
        ]  # "共投入…资金45.68亿元（456,812万元）": the bracket restates the figure
    return _CLAUSE_BREAK.split(before)[-1]


_RESTATED_IN_BRACKETS = re.compile(r"\d[\d,.]*\s*(?:亿元|万元|元)\s*[(（]\s*$")


def _stated_as_total(ctx: Context, fact: Fact) -> bool:
    """Whether the words just before the amount present it as a whole ("资金合计", "共收到…"); not one level's money
    that other levels' follow ("共收到中央下达X经费486.3万元,自治区下达127.5万元,区本级配套311.42万元")."""
    clause = _clause_before(ctx, fact)
    total = _TOTAL.search(clause)
    if total is None:
        return False
    return not (
        _ONE_LEVELS.match(clause, total.end())
        and _ANOTHER_LEVELS_AFTER.match(ctx.read_text.get(fact.line, ""), fact.end)
    )


# a level's money, named right after the word that counts it ("共收到中央下达…", "累计到位省级财政资金…")
_ONE_LEVELS = re.compile(
    r"(?:收到|到位|下达|安排|拨付|争取)?(?:中央|省|自治区|市|州|县|区|旗)(?:级|本级)?(?:财政)?(?:下达|补助|专项|资金|拨付)"
)
# another level's figure following in the same sentence (",自治区下达127.5万元", "、县级配套30万元")
_ANOTHER_LEVELS_AFTER = re.compile(
    r"\s*(?:万元|亿元|元)?\s*[,，、;；]\s*(?:其中)?(?:中央|省|自治区|市|州|县|区|旗)(?:级|本级)?(?:财政)?"
    r"(?:下达|补助|专项|资金|配套|安排|拨付)[^，,。；;每按]{0,16}?\d[\d,.]*\s*(?:万元|亿元|元)(?!标准|/)"
)


def _in_computation(ctx: Context, fact: Fact) -> bool:
    """Whether the figure is part of a worked computation ("执行率 20.53/22.62 = 90.76%"), which restates
    a figure rather than stating it."""
    return bool(_COMPUTATION.search(_clause_before(ctx, fact)))


def _a_share_of_another(ctx: Context, fact: Fact) -> bool:
    """Whether the figure is given as a share of another whole right after it ("财政拨款支出668.3万元,占本年支出的
    48.92%"): a part of that whole, never the report's own figure beside it."""
    after = _SHARE_OF.match(ctx.read_text.get(fact.line, ""), fact.end)
    # "实际支出95万元,占预算的95%": spending as a share of the budget is the rate, not a part of a whole
    return after is not None and Decimal(after.group(2)) < 100 and not _BUDGET_WORD.search(after.group(1))


def _of_the_years_whole(ctx: Context, fact: Fact) -> bool:
    """Whether the whole a figure is a share of is the year's own total ("占本年支出合计的87%", "占支出总额的")."""
    after = _SHARE_OF.match(ctx.read_text.get(fact.line, ""), fact.end)
    return after is not None and _YEARS_WHOLE.search(after.group(1)) is not None


_YEARS_WHOLE = re.compile(r"^(?:本年|全年|当年|年度)?(?:支出|收入)(?:合计|总额|总计)?$|^总(?:支出|收入)$")
_SHARE_OF = re.compile(
    r"\s*[,，]?\s*(?:约|仅)?占([\u4e00-\u9fff]{1,16}?)的?(?:比[重例]为?)?\s*(\d{1,2}(?:\.\d+)?)\s*%"
)
_BUDGET_WORD = re.compile(r"预算|下达|安排|计划|批复|到位")


_MULTI_YEAR_TOTAL = re.compile(_AMOUNTS["multi_year_total"])
# a fund's whole for one year, by the year that opens its label ("2023年全省动物防疫等补助经费总额15341万元"), not the
# works' whole cost nor a contract's
_A_YEARS_FUNDS_TOTAL = re.compile(
    r"^\s*20\d\d\s*年(?:度)?[^，,。；;\d]{0,24}(?:经费总额|资金总额|总经费|总预算)$"
)
_PER_UNIT_BEFORE = re.compile(_AMOUNTS["per_unit_before"])
_OF_THE_YEAR = re.compile(
    r"20\d\d\s*年|当年|本年|全年|年度"
)  # ("全年累计支出": the year's spending, summed up)


def _over_a_span_of_years(ctx: Context, fact: Fact) -> bool:
    """Whether a figure is stated as summed over a span of years ("2016—2018年，我站累计下达…6,309.00万元")."""
    return bool(_CUMULATIVE.search(_clause_before(ctx, fact))) and bool(
        _YEARS_SPAN.search(_sentence_before(ctx, fact))
    )


_CUMULATIVE = re.compile(r"累计")
_YEARS_SPAN = re.compile(r"20\d\d\s*年?\s*(?:—|-|－|~|～|至|到)\s*20\d\d\s*年")
_SINCE = re.compile(r"截至|截止|以来|启动|实施期|执行期")
_WHOLE_YEARS = re.compile(r"(?:全年|(?:当|本)年度?)累计")  # (not 各年度累计, 历年度累计: over the years)


def _sums_the_amounts_before(ctx: Context, fact: Fact) -> bool:
    """Whether a figure is exactly the sum of the last two or more amounts before it in its sentence, none of them
    another year's or what is left ("2020年支出20万元,2021年支出60万元,累计支出80万元", "以前年度…", "其中工程款…"
    after the spending stated: the years' or a listing's, not the year's payments)."""
    at = ctx.flow.offset(fact.line, fact.start)
    if at is None or not isinstance(fact.value, Decimal):
        return False
    start = sentence_start(ctx.flow.text, at)
    if len(set(_YEAR_NAMED.findall(ctx.flow.text, start, at))) >= 2 or _NOT_THE_YEARS_PAYMENTS.search(
        ctx.flow.text, start, at
    ):
        return False
    before = [q.value for q in ctx.quantities if q.is_money and start <= q.start < at]
    return any(
        sum(before[-count:], Decimal(0)) == fact.value
        for count in range(2, min(len(before), _WHOLE_PARTS) + 1)
    )


def _wholes_nested(ctx: Context, facts: Sequence[Fact], wholes: set[Decimal]) -> bool:
    """Whether every whole but the largest is stated again among the parts the largest's sentence lists after it."""
    largest = next(f for f in facts if f.value == max(wholes))
    text = ctx.read_text.get(largest.line, "")
    end = sentence_end(text, largest.end)
    listed = {
        f.value
        for f in ctx.facts
        if f.line == largest.line and largest.end <= f.start < end and isinstance(f.value, Decimal)
    }
    return all(whole in listed for whole in wholes if whole != max(wholes))


_NOT_THE_YEARS_PAYMENTS = re.compile(r"以前年度|往年|上年|去年|结余|结转|剩余|其中")


def _sentence_before(ctx: Context, fact: Fact) -> str:
    """The words of the figure's sentence before it, on its line."""
    text = ctx.read_text.get(fact.line, "")
    return text[sentence_start(text, fact.start) : fact.start]


_ONE_ALLOCATION = guarded(_AMOUNTS["one_allocation"])
_ANOTHER_ALLOCATION = re.compile(_AMOUNTS["another_allocation"])
_NOT_ANOTHER_ALLOCATION = re.compile(_AMOUNTS["not_another_allocation"])
_FULL_STOP = "。！？!?\n"  # a sentence's end, or its paragraph's in the flow
_LABEL_BREAKS = "，,；;：:"
_FIRST_BATCH = re.compile(_AMOUNTS["first_batch"])
_EARLY_BATCH = re.compile(_AMOUNTS["early_batch"])
_LATER_BATCH = re.compile(_AMOUNTS["later_batch"])
_GOES_ON = re.compile(r"\s*(?:另外|另有|另|此外|同时还|还)")
_COUNTED_LISTING = re.compile(_AMOUNTS["counted_listing"])


def _sentence_close(text: str, position: int) -> int:
    return mark_after(text, _FULL_STOP, position)


def _balances_income(ctx: Context, index: int, label: str) -> bool:
    """Whether a "支出总计" is the account's balancing total, the same figure as a 收入总计 the report states, in its
    sentence or another ("收入总计959.47万元。本年支出合计873.46万元…年末结转和结余86.01万元，支出总计959.47万元"):
    spending with the year-end carry-over, what came in all accounted for, not the year's spending."""
    text, quantity = ctx.flow.text, ctx.quantities[index]
    if _BOTH_TOTALS.search(text, max(0, quantity.start - _BOTH_TOTALS_REACH), quantity.start):
        return True  # "2022年度收入、支出决算总计2,523.64万元": both sides' total, named as one
    if not label.endswith("支出总计"):
        return False
    return any(
        other.value == quantity.value and "收入总计" in text[max(0, other.start - 8) : other.start]
        for other in ctx.quantities
        if other is not quantity
    )


_BOTH_TOTALS = re.compile(r"(?:收入\s*[、和及与/]\s*支出|收支)(?:决算)?总计(?:均为|为|是)?\s*$")
_BOTH_TOTALS_REACH = 16
_IN_BATCHES_AFTER = re.compile(r"\s*[，,]?\s*分(?:[两二三四五六七八九十]|\d{1,2})批(?:次)?")


def _one_allocation_of_several(ctx: Context, fact: Fact) -> bool:
    """Whether a budget is stated as one allocation of several its sentence lists with no total (amounts.yaml
    one_allocation): a batch or a level's share of the fund, not the year's budget. Read on the flow: a
    sentence may go on over the lines a page cut."""
    if not fact.field.endswith(".adjusted") or _stated_as_total(ctx, fact):
        return False
    text, at = ctx.flow.text, ctx.flow.offset(fact.line, fact.start)
    if at is None:
        return False
    if _IN_BATCHES_AFTER.match(text, at + fact.end - fact.start):
        return False  # "下达…专项资金412万元，分两批下达：第一批…296万元，第二批…116万元": the batches' whole
    start = mark_before(text, _FULL_STOP, at) + 1
    if _in_a_counted_listing(ctx, text, start, at, fact):
        return True
    label_at = clause_start(text, at, start, _LABEL_BREAKS)
    if not _ONE_ALLOCATION.search(text, label_at, at):
        return False
    end = _sentence_close(text, at)
    paragraph_end = text.find("\n", at)
    if _FIRST_BATCH.search(text, label_at, at) or (
        _EARLY_BATCH.search(text, label_at, at)
        and _LATER_BATCH.search(text, at, paragraph_end if paragraph_end >= 0 else len(text))
    ):
        # "第一批下达…1,860万元；后续资金根据培训进度…清算", "提前下达…1,236万元…；6月下达第二批资金": one batch of
        # several, the others' amounts unsaid
        return True
    if _GOES_ON.match(text, end + 1):  # "…1984万元。另外单独下达X 110万元、Y 300万元": more of the same
        end = _sentence_close(text, end + 1)
    for amount in ctx.quantities:
        if amount.start >= end:
            break
        if (
            amount.start < start
            or amount.start == at
            or amount.unit != fact.unit
            or in_brackets(text[start : amount.start])
            or amount.value == 0  # ("上年结转资金0万元": nothing carried in, no other allocation)
        ):
            continue
        label = text[clause_start(text, amount.start, start, _LABEL_BREAKS) : amount.start]
        between = text[min(at, amount.start) : max(at, amount.start)]
        if _ANOTHER_ALLOCATION.search(label) and not _NOT_ANOTHER_ALLOCATION.search(label + between):
            return True
    return False


def _in_a_counted_listing(ctx: Context, text: str, start: int, at: int, fact: Fact) -> bool:
    """``in_a_counted_listing`` on the flow, the sentence's other amounts those of ``fact``'s unit."""
    end = _sentence_close(text, at)
    others = [
        q.start for q in ctx.quantities if start <= q.start < end and q.start != at and q.unit == fact.unit
    ]
    return in_a_counted_listing(text, start, at, others)


def in_a_counted_listing(text: str, start: int, at: int, others: Sequence[int]) -> bool:
    """Whether the amount at ``at`` is one item of a listing its sentence (from ``start``) opens by the items'
    count (amounts.yaml counted_listing: "落实资金三项:…85万元,…42.6万元,…18.4万元"): no amount of the sentence
    stands before the colon, and another (``others``, where the sentence's other amounts of its unit start) after."""
    colon = max(text.rfind("：", start, at), text.rfind(":", start, at))
    if colon < 0 or not _COUNTED_LISTING.search(text, start, colon + 1):
        return False
    return bool(others) and all(other > colon for other in others)


def _one_value(ctx: Context, facts: list[Fact], department: bool) -> Decimal | None:
    """The figure several statements agree on: plain statements before worked computations and, in a
    department's report, shares of another whole (in a project's, "本项目支出57.6万元,占我局全年支出的4.5%" is
    the project's own), those presenting it as a total first; when the statements left still differ
    (allocations in batches, parts by source), none."""
    facts = [f for f in facts if not _in_computation(ctx, f)] or facts
    if department:
        shares = [f for f in facts if _a_share_of_another(ctx, f)]
        # (where every statement is a share of the year's whole, "一般公共预算财政拨款支出1032.6万元,占本年支出合计的87%",
        # none is the whole: no value)
        if shares and len(shares) == len(facts) and all(_of_the_years_whole(ctx, f) for f in shares):
            return None
        facts = [f for f in facts if f not in shares] or facts
        # "全年下达基本公共卫生服务补助资金2986.00万元、基本药物制度补助资金624.50万元…": one fund of a listing of funds
        facts = [f for f in facts if not _opens_a_listing_of_funds(ctx, f)]
        # "发放各类救助资金312.6万元，惠及困难群众…": money a department handed out, its figure's own label, one use of
        # its spending, where the report states its year's spending as a total (not "我局负责低保金发放工作，全年实际
        # 支出…")
        if _years_total_spending(ctx) is not None:
            facts = [
                f
                for f in facts
                if f.field != "budget.executed" or not _A_PAYOUT.search(_clause_before(ctx, f))
            ]
    else:
        # "从我局其他项目看，高新技术企业培育及认定奖励全年兑现1489.5万元": a sentence framed as of the unit's other
        # projects, told beside the one evaluated (not "不存在挪用于其他项目的情况，…")
        facts = [f for f in facts if not _OTHER_PROJECTS.search(_sentence_before(ctx, f))]
    # "资金共计248.8万元，具体为：" / "1.X项目，衔接资金86.5万元" / "2.…": a part of the whole the list opens with
    facts = [f for f in facts if not _an_introduced_item(ctx, f.line)]
    if not facts:
        return None
    # "1、档案整理费5万元，实际已支付5万元": an item's figure, not the report's (a sub-heading run into its paragraph,
    # "1.项目资金到位情况。…全年预算资金合计30万元", numbers no item)
    facts = [f for f in facts if not _an_items_line(ctx.read_text.get(f.line, ""))] or facts
    totals = [f for f in facts if _stated_as_total(ctx, f)]
    pool = totals or facts
    if department:
        # "部门汇总年初预算：86731.44万元" beside "厅本级年初预算12640.50万元" and "部门财政拨款全年预算…": the department's
        # figures summed over its own level and its units, named so, are its whole
        pool = [f for f in pool if _SUMMED_DEPARTMENT.fullmatch(_sentence_on_its_line(ctx, f))] or pool
    values = {f.value for f in pool if isinstance(f.value, Decimal)}
    if len(values) == 1:
        value = values.pop()
        # "第一批下达120万元，第二批下达80万元": one batch's figure, no year's budget
        return None if all(_one_allocation_of_several(ctx, f) for f in pool if f.value == value) else value
    return _sum_of_the_rest(facts)


_A_PAYOUT = re.compile(r"发放|兑付|兑现")
_OTHER_PROJECTS = re.compile(
    r"(?:^|[，,])\s*(?:从|就|在)?[\u4e00-\u9fff]{0,4}?(?:其他|其余)\s*(?:\d+|[一二三四五六七八九十两]+)?\s*(?:个|项)?\s*项目"
    r"(?:来?看|而言|情况看)\s*[，,]"
)


def _opens_a_listing_of_funds(ctx: Context, fact: Fact) -> bool:
    """Whether a figure is followed, after a "、", by another fund's figure ("X补助资金2986.00万元、Y补助资金624.50万元"):
    the first of several funds listed, not the department's whole."""
    if fact.line != fact.end_line:
        return False
    text = ctx.read_text.get(fact.line, "")
    return (
        "、" in text[fact.end : fact.end + 3]
        and _NEXT_FUND_LISTED.match(text, fact.end) is not None
        and _A_NAMED_FUND.search(text, max(0, fact.start - _FUND_NAME_REACH), fact.start) is not None
    )


# (a subsidy fund named on both sides, not the whole's next figure: "…12480.55万元、实际支出…", "全年预算资金…、上年结转
# 资金…", "年初预算…、追加资金…")
_SUBSIDY_FUND = r"(?:补助|补贴|奖补|奖励|专项)(?:资金|经费)"
_NEXT_FUND_LISTED = re.compile(
    r"\s*(?:万元|元)?\s*、\s*(?![^、，,。；;\d]*?(?:结转|结余|追加|调整|到位|上年|年中|采购|预算|支出))"
    r"[\u4e00-\u9fff（）()]{2,24}?" + _SUBSIDY_FUND + r"\s*\d"
)
_A_NAMED_FUND = re.compile(r"[\u4e00-\u9fff]{2}" + _SUBSIDY_FUND + r"\s*$")
_FUND_NAME_REACH = 12


# the label of a department's figure summed over its units, opening its sentence and naming its budget or spending
# right after ("部门汇总年初预算：", "部门汇总全年预算（调整后）："; not "所属单位汇总数…", "根据部门汇总表，局本级…",
# "部门汇总收入年初预算…", "汇总口径，学校全年预算…")
_SUMMED_DEPARTMENT = re.compile(
    r"\s*(?:20\d\d\s*年度?)?(?:部门汇总|汇总口径|合并口径)\s*[,，:：]?\s*(?:全年|年初|本年|年度)?"
    r"(?:预算|支出|决算|执行)(?:数|总额)?\s*(?:[(（]\s*(?:调整后|万元|元)\s*[)）])?\s*[:：]?\s*"
)


def _sentence_on_its_line(ctx: Context, fact: Fact) -> str:
    """The words of a figure's sentence before it on its printed line."""
    before = ctx.read_text.get(fact.line, "")[: fact.start]
    return before[max(before.rfind(mark) for mark in "。；;") + 1 :]


# (an outline's "X情况。", not an item's name, "1.森林草原航空消防租机补助经费。", nor an indicator's kind, "1.数量指标。")
_RUN_IN_HEADING = re.compile(r"\s*[\u4e00-\u9fff]{0,14}(?:情况|分析)[。:：]")


def _an_items_line(text: str) -> bool:
    """Whether a line is a numbered item ("1、档案整理费5万元…"), not a numbered sub-heading with its paragraph run
    in ("1.项目资金到位情况。2024年省级下达…")."""
    item = LIST_ITEM.match(text)
    return item is not None and _RUN_IN_HEADING.match(text, item.end()) is None


# (not the report's own sections, "现将有关情况说明如下：" over "1.部门基本情况。…" / "2.预算执行情况。…")
_LIST_OPENING = re.compile(r"(?:具体为|分别为|包括|(?<!报告)(?<!说明)(?<!汇报)如下|主要有|明细)\s*[:：]\s*$")
_LIST_REACH = 12  # items of a list looked back over


def _an_introduced_item(ctx: Context, line: int) -> bool:
    """Whether ``line`` is an item of a numbered list, one a line, that a sentence opens ("…资金共计248.8万元，具体为：")."""
    for above in range(line, max(0, line - _LIST_REACH), -1):
        text = ctx.read_text.get(above, "")
        if not LIST_ITEM.match(text):
            return above < line and _LIST_OPENING.search(text.rstrip()) is not None
    return False


def _sum_of_the_rest(facts: list[Fact]) -> Decimal | None:
    """The one figure that the other, different figures add up to (to the cent each): a total stated with
    its parts by source or batch ("下达53106万元" … "39565.55万元和13540.45万元")."""
    amounts = [f.value for f in facts if isinstance(f.value, Decimal)]
    found = {
        value
        for value in set(amounts)
        if len(rest := [a for a in amounts if a != value]) >= 2
        and abs(sum(rest, Decimal(0)) - value) <= CENT * len(rest)
    }
    return found.pop() if len(found) == 1 else None


def _budget_the_rate_is_of(
    ctx: Context, spent: list[Fact], executed: Decimal | None, rate: Decimal | None
) -> Decimal | None:
    """An unlabelled amount before the spending in its sentence that the stated rate is computed on: "计划生育
    专项,补助11万元,实际使用资金11万元,执行率为100%" names no budget, but the arithmetic says which figure is."""
    if executed is None or rate is None:
        return None
    found: set[Decimal] = set()
    for fact in spent:
        if fact.value != executed:
            continue
        sentence = sentence_start(ctx.read_text.get(fact.line, ""), fact.start)
        for amount in [*ctx.all("amount"), *(f for f in ctx.facts if f.field.startswith("expenditure."))]:
            if (
                amount.line == fact.line
                and sentence <= amount.start < fact.start
                and amount.unit == fact.unit
                and isinstance(amount.value, Decimal)
                and rate_agrees(amount.value, executed, rate)
            ):
                found.add(amount.value)
    return found.pop() if len(found) == 1 else None


_TRIAD_REACH = 2  # lines: the year's initial budget, its adjusted budget and its spending stated together


def _budget_between(
    stated: dict[str, list[Fact]], initial: Decimal | None, executed: Decimal | None
) -> Decimal | None:
    """The one budget stated between the report's initial budget and its spending ("年初预算1022.89万元,年中调整
    预算为1781.86万元,…全年执行数1767.21万元"), when the budgets stated elsewhere differ (a reserve, a part):
    the three figures of the year are stated together."""
    if initial is None or executed is None:
        return None
    first = next((f for f in stated["initial"] if f.value == initial), None)
    last = next((f for f in stated["executed"] if f.value == executed), None)
    if first is None or last is None or not 0 <= last.line - first.line <= _TRIAD_REACH:
        return None
    between = {
        f.value
        for f in stated["adjusted"]
        if (first.line, first.end) <= (f.line, f.start) and (f.line, f.end) <= (last.line, last.start)
    }
    value = between.pop() if len(between) == 1 else None
    return value if isinstance(value, Decimal) else None


# "…126.00万元,年度执行中未作调整", "全年预算未调整": no change made to the budget stated before
_NOT_ADJUSTED = re.compile(r"[^。；;]{0,16}?(?:未作|未进行|未做|未|没有|无)(?:任何)?(?:预算)?调整")


def _not_adjusted(ctx: Context, initial: Sequence[Fact]) -> bool:
    """Whether the text says, right after a statement of the initial budget, that no change was made to it."""
    return any(
        _NOT_ADJUSTED.match(ctx.read_text.get(fact.line, ""), fact.end) is not None
        for fact in initial
        if fact.end_line == fact.line
    )


_BASE_REACH = 3  # lines from a rate's base to the spending stated with the rate
_A_PLAN = re.compile(r"计划|投资|总额|预算")
_COMPARED_FROM = re.compile(r"(?:比|较)\S{0,8}?(?:预算|决算|支出|收入)(?:数|额|金额)?\s*$")
_FUNDS_OWN_MONEY = re.compile(
    r"(?:资金|经费|补助|补贴|奖补)(?:总额|总计|合计|共计)?\s*(?:为|是|共|计|:|：)?\s*$"
)


def _approximately(fact: Fact) -> bool:
    """Whether a figure is stated only approximately ("近400万元", "约45万元"); one before "以上" may be a list's end
    the flow joined to the next line's "以上资金均…", and is taken where no exact one is stated."""
    return fact.approximate and not fact.text.rstrip().endswith("以上")


def choose_budget(ctx: Context, department: bool = False) -> Budget:
    """The report's figures from prose: each figure's statements must agree (those stated as a total
    preferred), except that among several stated budgets the one that agrees with the stated spending and
    rate is taken (a project report often names the unit's total first); a 元 slip is never taken."""
    # (the facts grouped by field once, not scanned again for each field asked)
    by_field: dict[str, list[Fact]] = {}
    for fact in ctx.facts:
        by_field.setdefault(fact.field, []).append(fact)
    stated = {
        key: [f for f in by_field.get(f"budget.{key}", []) if not unit_slip(f, ctx.facts)]
        for key in ("initial", "adjusted", "executed", "execution_rate")
    }
    for key, facts in stated.items():
        # "执行率90.07%" and later "执行率刚过90%": an approximate restatement is no second value; and "实际支出近400万
        # 元", "安排资金约45万元" alone states no figure to take
        stated[key] = [f for f in facts if not f.approximate] or [f for f in facts if not _approximately(f)]
        # "累计支出奖励资金50936.72万元,…,其中超级产粮大县奖励资金支出10527.45万元": a named part of the spending listed
        # after another amount is none of the report's figures, where the report states others
        listed = [f for f in stated[key] if key == "executed" and f.subject and _listed_after_another(ctx, f)]
        if listed and len(listed) < len(stated[key]):
            stated[key] = [f for f in stated[key] if f not in listed]
    # "…年初预算为1,919.40万元…" and "机关运行经费支出46.82万元，比年初预算数48.00万元减少1.18万元": the figure a change is
    # measured from is the budget only where no other is stated ("全年预算数1,250.00万元，较年初预算数1,100.00万元增加…")
    for key in ("initial", "adjusted"):
        compared = [f for f in stated[key] if _COMPARED_FROM.search(_clause_before(ctx, f))]
        if compared and len(compared) < len(stated[key]):
            stated[key] = [f for f in stated[key] if f not in compared]
    # "下达专项资金390万元，分两批下达：第一批270万元，第二批120万元": the batches' whole, not its first batch
    batches = [f for f in stated["adjusted"] if _one_allocation_of_several(ctx, f)]
    if (
        batches
        and len(batches) < len(stated["adjusted"])
        and any(
            _IN_BATCHES_AFTER.match(ctx.flow.text, at + f.end - f.start)
            for f in stated["adjusted"]
            if (at := ctx.flow.offset(f.line, f.start)) is not None
        )
    ):
        stated["adjusted"] = [f for f in stated["adjusted"] if f not in batches]
    # "项目总投资1.2亿元，分两年实施。2023年安排项目资金6000万元": the year's budget, not the works' whole cost, nor
    # what was allocated over the years ("2023年已下达50000万元，2024年下达60000万元，累计下达110000万元")
    over_years = [
        f
        for f in stated["adjusted"]
        if (
            _MULTI_YEAR_TOTAL.search(clause := _clause_before(ctx, f))
            and not _A_YEARS_FUNDS_TOTAL.search(clause)
        )
        or (_CUMULATIVE.search(clause) and not _OF_THE_YEAR.search(clause))
    ]
    years_own = [
        f for f in stated["adjusted"] if f not in over_years and _OF_THE_YEAR.search(_sentence_before(ctx, f))
    ]
    # "2016—2018年，我站累计下达…6,309.00万元": the years' together, by their span, never the year's budget
    spanned = [f for f in over_years if _over_a_span_of_years(ctx, f)]
    if over_years and years_own:
        stated["adjusted"] = [f for f in stated["adjusted"] if f not in over_years]
    elif spanned:
        stated["adjusted"] = [f for f in stated["adjusted"] if f not in spanned]
    else:
        over_years = []
    # "2021年度…当年实际支出331.5万元。截至2021年底，项目累计支出1,186.2万元", "…截至2022年12月31日实际支出13860万元;
    # 项目累计使用专项债券资金21780万元": the years' spending, not the year's
    spent_over_years = [
        f
        for f in stated["executed"]
        if _CUMULATIVE.search(clause := _clause_before(ctx, f))
        # ("截至2022年12月31日，我局全年累计使用各类资金3215.08万元": the year's, 全年 in its own clause)
        and (
            (_SINCE.search(_sentence_before(ctx, f)) and not _WHOLE_YEARS.search(clause))
            or not _OF_THE_YEAR.search(clause)
        )
        # ("支付采购款3.2万元、维护费1.1万元,累计支出4.3万元": the year's payments summed up)
        and not _sums_the_amounts_before(ctx, f)
    ]
    if spent_over_years and (
        any(
            f not in spent_over_years and _OF_THE_YEAR.search(_sentence_before(ctx, f))
            for f in stated["executed"]
        )
        # (or the year's payments listed as items before it, which it does not sum)
        or all(_after_the_years_items(ctx, f) for f in spent_over_years)
    ):
        stated["executed"] = [f for f in stated["executed"] if f not in spent_over_years]
    values = {key: _one_value(ctx, facts, department) for key, facts in stated.items()}
    wholes = {f.value for f in by_field.get("whole.adjusted", []) if isinstance(f.value, Decimal)}
    budgets = [f.value for f in stated["adjusted"] if isinstance(f.value, Decimal)]
    if (
        values["adjusted"] is None
        and wholes
        and max(wholes) == max(budgets, default=None)
        and (len(wholes) == 1 or _wholes_nested(ctx, by_field.get("whole.adjusted", []), wholes))
    ):
        # the budget that the other stated budgets are parts of; one smaller than another stated budget is
        # one fund of several ("下达中央资金2263万元…下达衔接资金791万元，其中…"), or one part listed after the largest
        # ("补助资金共计18,222万元,其中:中央…15,362万元,自治区…2,860万元", the central money's batches listed before)
        values["adjusted"] = max(wholes)
    if None in (values["adjusted"], values["executed"], values["execution_rate"]):
        # the statements of a figure differ (the whole's and a part's, the year's and the years'), or the budget is
        # stated on the income side ("我局收入预算268.45万元"), or the rate after a listed part ("…项目支出43.71万元，
        # 占16.49%，预算执行率98.74%"), but one budget, one spending and one rate agree in arithmetic ("全年可用资金
        # 80586.91万元…累计支出72906.11万元，执行率90.47%"): the three are the report's own, checked by each other
        income_side = _on_income_side(ctx, "adjusted") or _on_income_side(ctx, "adjusted_by_arithmetic")
        sources = by_field.get("source.adjusted", [])
        one_source = sources if len(sources) == 1 else []
        candidates = {
            f.value
            # (or what arrived, when no budget is stated: "项目资金到位586万元，已拨付542.3万元，资金使用率92.54%"; or the one
            # source's money the report states, "我县收到上级补助资金836.45万元…已支出811.30万元,资金支出进度96.99%")
            for f in stated["adjusted"] or by_field.get("budget.arrived", []) or one_source
            if isinstance(f.value, Decimal)
        }
        rates = {
            f.value
            for f in [*stated["execution_rate"], *by_field.get("part.execution_rate", [])]
            if isinstance(f.value, Decimal)
        }
        spending = {f.value for f in stated["executed"] if isinstance(f.value, Decimal)}
        if not spending and (total := _years_total_spending(ctx)) is not None:
            spending = {
                total
            }  # "全年支出合计571.26万元，…预算执行率97.33%": the year's spending stated as a total
        if not spending:
            # "已拨付资金26.4万元，资金使用率88%": money paid out, which the rate may be of
            spending = {
                f.value
                for f in by_field.get("amount", [])
                if isinstance(f.value, Decimal) and f.subject and _PAID_ALONE.search(f.subject)
            }
        triples = {
            (budget, spent, rate)
            for budget in candidates | ({income_side} if income_side is not None else set())
            for spent in spending
            for rate in rates
            if all(
                values[key] in (None, value)
                for key, value in zip(
                    ("adjusted", "executed", "execution_rate"), (budget, spent, rate), strict=True
                )
            )
            and rate_agrees(budget, spent, rate)
        }
        if len(triples) == 1:
            values["adjusted"], values["executed"], values["execution_rate"] = triples.pop()
    stated_rates = (
        {values["execution_rate"]}
        if values["execution_rate"] is not None
        else {f.value for f in stated["execution_rate"] if isinstance(f.value, Decimal)}
    )
    if values["executed"] is not None and not any(
        values["adjusted"] is not None and rate_agrees(values["adjusted"], values["executed"], rate)
        for rate in stated_rates
    ):
        # "项目计划总投资180万元，其中：中央衔接资金150万元…实际支出176.4万元，预算执行率98%", "总投资4200.00万元。其中中央
        # 财政以工代赈资金3560.00万元…累计支出4072.86万元，资金执行率96.97%": no stated budget gives the stated spending's
        # rate, the works' whole cost alone does: the year's budget
        # "年度资金总额2315.6万元，其中中央补助1846万元…" in the report on a 中央补助…资金, read as the unit's total
        # enclosing the fund, "…全市共执行2289.44万元，执行率98.87%": the total alone gives the rate, the fund's whole
        costs = {
            (f.value, rate)
            for f in [*by_field.get("amount", []), *by_field.get("total.adjusted", [])]
            if isinstance(f.value, Decimal)
            and (f.field == "total.adjusted" or _MULTI_YEAR_TOTAL.search(_clause_before(ctx, f)))
            for rate in stated_rates
            if rate_agrees(f.value, values["executed"], rate)
        }
        if len(costs) == 1:
            values["adjusted"], values["execution_rate"] = costs.pop()
    rate = values["execution_rate"]
    exponent = rate.as_tuple().exponent if isinstance(rate, Decimal) else 0
    if (
        values["adjusted"] is None
        and not stated["adjusted"]
        and values["executed"] is not None
        and isinstance(exponent, int)
        and exponent <= -2
    ):
        # "项目使用衔接资金560万元，其中…累计支付工程款548.8万元，资金执行率98.00%": no budget stated by its name, and one
        # amount of the spending's paragraph gives the rate stated to the cent: the base the rate is of
        lines = {f.line for f in stated["executed"]}
        bases = {
            f.value
            for f in by_field.get("amount", [])
            if isinstance(f.value, Decimal)
            and any(0 <= line - f.line <= _BASE_REACH for line in lines)
            and rate_agrees(f.value, values["executed"], rate)
        }
        if len(bases) == 1:
            values["adjusted"] = bases.pop()
    if (
        values["adjusted"] is None
        and not stated["adjusted"]
        and values["executed"] is not None
        and values["execution_rate"] == HUNDRED
    ):
        # "2023年小额贷款贴息资金4.86万元，其中：…。全年实际支出4.86万元，执行率100%": a fund's money named so before the
        # spending, all of it spent: the budget the whole rate is of (the spending's own restatement names no fund)
        funds = {
            f.value
            for f in by_field.get("amount", [])
            if isinstance(f.value, Decimal)
            and f.value == values["executed"]
            and any(
                (spent.line, spent.start) > (f.line, f.start) and spent.line - f.line <= _BASE_REACH
                for spent in stated["executed"]
            )
            and _FUNDS_OWN_MONEY.search(clause := _clause_before(ctx, f))
            and not _SPENDING_WORD.search(clause)
            # (not one level's or source's money, "中央补助资金50万元，县级配套资金30万元", nor a part of a larger plan)
            and not _A_LEVELS_MONEY.search(clause)
            and not any(
                isinstance(other.value, Decimal)
                and other.value > f.value
                and other.line == f.line
                and _A_PLAN.search(_clause_before(ctx, other))
                for other in by_field.get("amount", [])
            )
        }
        if len(funds) == 1:
            values["adjusted"] = funds.pop()
    if (
        values["adjusted"] is not None
        and values["execution_rate"] is not None
        and not any(
            rate_agrees(values["adjusted"], f.value, values["execution_rate"])
            for f in stated["executed"]
            if isinstance(f.value, Decimal)
        )
    ):
        # "共下达衔接资金38615万元，其中：中央资金29874万元…中央资金实际支出28963.52万元，资金执行率96.95%…全县各级衔接
        # 资金合计支出37295.71万元": no spending gives the stated rate over the whole, while one budget of the text
        # and one spending do: the rate names the money the report is of
        money_at_the_rate = {
            (f.value, spent.value)
            for f in stated["adjusted"]
            for spent in stated["executed"]
            if isinstance(f.value, Decimal)
            and isinstance(spent.value, Decimal)
            and rate_agrees(f.value, spent.value, values["execution_rate"])
        }
        if len(money_at_the_rate) == 1:
            values["adjusted"], values["executed"] = money_at_the_rate.pop()
    for key, value in values.items():
        own = {
            f.value
            for f in by_field.get(f"own.{key}", [])
            if isinstance(f.value, Decimal)
            and not _approximately(f)
            and not _one_allocation_of_several(ctx, f)
            # (nor the works' whole cost, "X工程项目估算总投资1326.70万元", when other budgets are stated)
            and not _MULTI_YEAR_TOTAL.search(_clause_before(ctx, f))
            and not _over_a_span_of_years(ctx, f)
            and not (key == "executed" and _listed_after_another(ctx, f))
        }
        if value is None and len(own) == 1:
            values[key] = own.pop()  # the statements differ, but one value names the report's project
    executed, rate = values["executed"], values["execution_rate"]
    only_budget = values["adjusted"] if values["adjusted"] is not None else values["initial"]
    if rate is None and only_budget is not None:
        # the rates stated differ (the fund's and its parts'): the one that spending over the budget gives
        # ("年初预算4660.9万元…专项资金…执行率61%…总支出2939.83万元,执行率63%") is the report's
        agreeing = {
            r.value
            for r in stated["execution_rate"]
            if isinstance(r.value, Decimal) and rate_agrees(only_budget, executed, r.value)
        }
        rate = agreeing.pop() if len(agreeing) == 1 else None
    adjusted = next(
        (
            f.value
            for f in stated["adjusted"]
            if isinstance(f.value, Decimal) and rate_agrees(f.value, executed, rate)
        ),
        values["adjusted"],
    )
    if (
        adjusted is not None
        and rate is not None
        and executed is not None
        and not rate_agrees(adjusted, executed, rate)
        and all(
            _MULTI_YEAR_TOTAL.search(_clause_before(ctx, f))
            for f in stated["adjusted"]
            if f.value == adjusted
        )
    ):
        # "项目总投资4.2亿元…已支出7,640万元，支出进度95.5%": the works' whole cost, which the year's rate is not of
        adjusted = None
    if adjusted is None and values["initial"] is not None and rate_agrees(values["initial"], executed, rate):
        # only the initial budget is stated, and the stated rate is spending over it: it is the year's budget
        adjusted = values["initial"]
    if adjusted is None and values["initial"] is not None and _not_adjusted(ctx, stated["initial"]):
        # "年初部门预算安排X经费126.00万元,年度执行中未作调整": the initial budget was the year's
        adjusted = values["initial"]
    if adjusted is None:
        adjusted = _budget_the_rate_is_of(ctx, stated["executed"], executed, rate)
    if adjusted is None:
        adjusted = _budget_between(stated, values["initial"], executed)
    if adjusted is not None and (executed is None or rate is None):
        # statements of spending and rate differ (a fund's and its parts'): the pair that agrees with the
        # budget ("合计7505万元,已支出2171.13万元,资金支付率28.93%") is the report's
        pairs = {
            (e.value, r.value)
            for e in stated["executed"]
            for r in stated["execution_rate"]
            if isinstance(e.value, Decimal)
            and isinstance(r.value, Decimal)
            and (executed in (None, e.value))
            and (rate in (None, r.value))
            and rate_agrees(adjusted, e.value, r.value)
        }
        if len(pairs) == 1:
            executed, rate = pairs.pop()
    if (
        adjusted is not None
        and executed is not None
        and rate is not None
        and not rate_agrees(adjusted, executed, rate)
    ):
        # "总支出35,987.21万元" (a hospital's, its income's too) and "全年预算3,456.72万元…实际支出3,398.50万元，执行率
        # 98.32%": the spending that the budget and the rate agree on is the budget's
        # (or the year's spending stated as its total: "全年支出合计2,918.36万元…预算执行率99.04%" against "发放司法
        # 救助金42.00万元" among the year's work)
        total = _years_total_spending(ctx)
        agreeing = {
            value
            for value in [*(e.value for e in stated["executed"]), total]
            if isinstance(value, Decimal) and rate_agrees(adjusted, value, rate)
        }
        if len(agreeing) == 1:
            executed = agreeing.pop()
    if (
        adjusted is not None
        and executed is not None
        and rate is not None
        and not rate_agrees(adjusted, executed, rate)
    ):
        # "本年收入合计 … 100%  本年支出合计 … 97.02%" (a department's income row read as its total) and "部门预算执行率
        # 实际完成97.02%": of the rates stated, the one the budget and the spending give is the report's (not a worked
        # computation's, "执行率 4.62/5 = 92.40%", beside a rate the report states otherwise: a slip to find)
        agreeing_rates = {
            r.value
            for r in stated["execution_rate"]
            if isinstance(r.value, Decimal)
            and rate_agrees(adjusted, executed, r.value)
            and not _in_computation(ctx, r)
        }
        if len(agreeing_rates) == 1:
            rate = agreeing_rates.pop()
    if (
        adjusted is not None
        and rate is not None
        and (executed is None or not rate_agrees(adjusted, executed, rate))
        and (paid := _paid_out_at_the_rate(ctx, stated["execution_rate"], adjusted, rate)) is not None
    ):
        # the money paid out right before the rate, which the rate verifies, over a spending figure it does not
        # ("兑付补助资金498000元,资金支出率为95.77%" beside "支付劳务报酬21.6万元" in the benefits)
        executed = paid
    if (
        adjusted is not None
        and executed is not None
        and rate is not None
        and _rate_of_more_money(ctx, stated["adjusted"], adjusted, executed, rate)
    ):
        # "下达本项目资金860万元…另有2022年结转资金320万元…一并用于本项目" and "支出1105.2万元，执行率93.66%": the rate
        # is of the budget with money stated besides it, a total the text never writes
        adjusted = None
    if executed is None:
        executed = _years_total_spending(ctx)
    initial = values["initial"]
    if department and initial is None and not stated["initial"] and adjusted is not None:
        # "我局年初预算收入18536420.00元…调整后全年预算数21047836.52元": a department's budget balances, the initial
        # budget of its income is that of its spending
        on_income = _on_income_side(ctx, "initial")
        initial = on_income if on_income is not None and on_income <= adjusted else None
    if not stated["initial"] and not stated["adjusted"]:  # no total budget stated at all
        initial = _on_income_side(ctx, "initial") or _only_source(ctx, "initial")
        if adjusted is None:
            adjusted = _on_income_side(ctx, "adjusted") or _only_source(ctx, "adjusted")
        if executed is None:
            # "我会财政拨款年初预算386.42万元，…全年预算调整为512.90万元，实际执行497.31万元": the one source's spending too
            executed = _only_source(ctx, "executed")
    elif adjusted is None and initial is not None and _on_income_side(ctx, "initial") == initial:
        # "年初预算支出5381.80万元…" and "年初预算收入5381.80万元,年内调整预算收入5574.40万元": the two sides' budgets
        # agree, and the income side states the budget as adjusted
        adjusted = _on_income_side(ctx, "adjusted")
    return Budget(initial=initial, adjusted=adjusted, executed=executed, execution_rate=rate)


# the project's own money stated with its figure: "项目2017年度预算150万元", "本项目资金共计80万元" (not "各项目资金",
# nor "项目支出预算130万元", a unit's spending on all its projects)
_PROJECTS_BUDGET = re.compile(
    r"(?<![各等个\d])项目(?!支出)[^，,。；;其]{0,12}?(?:预算|资金|经费)[^，,。；;\d]{0,6}\d"
)


def _part_of_the_projects_budget(text: str, position: int) -> bool:
    """Whether the figure at ``position`` is listed after 其中 of the project's own budget, stated before it in its
    sentence: one part of that budget, however like the project's its name."""
    begin = sentence_start(text, position)
    parts = list(_PART.finditer(text, begin, position))
    return bool(parts) and _PROJECTS_BUDGET.search(text, begin, parts[-1].start()) is not None


def _a_piece_of(name: str, project: str) -> bool:
    """Whether a name is short of most of the project's name: a word of it, not the project; or one of the funds a
    project's name joins ("A补助资金及B资金": A's money, listed after 其中, is one of the two)."""
    return len(name_key(name)) * 2 < len(name_key(project)) or _one_of_its_funds(name, project)


def _one_of_its_funds(name: str, project: str) -> bool:
    """Whether ``name`` is one of the funds a project's name joins ("A补助资金及B资金")."""
    members = [member for member in _JOINED_NAMES.split(project) if len(member) >= 4]
    return len(members) >= 2 and any(name_key(name) == name_key(member) for member in members)


_JOINED_NAMES = re.compile(r"以及|及|与|和|、")


def _rate_of_more_money(
    ctx: Context, budgets: list[Fact], adjusted: Decimal, executed: Decimal, rate: Decimal
) -> bool:
    """Whether the stated rate, which the budget does not give, is of the budget and an amount stated after it in
    its paragraph (its line or the next): money set apart from the budget but spent with it."""
    exponent = rate.as_tuple().exponent
    if rate_agrees(adjusted, executed, rate) or not (isinstance(exponent, int) and exponent < 0):
        return False  # (a whole percent, "100%", is too coarse to tell which sum it was worked out on)
    return any(
        amount.line in (budget.line, budget.line + 1)
        and (amount.line, amount.start) > (budget.line, budget.start)
        and isinstance(amount.value, Decimal)
        and rate_agrees(adjusted + amount.value, executed, rate)
        for budget in budgets
        if budget.value == adjusted
        for amount in ctx.all("amount")
    )


_INCOME_SIDE = {key: re.compile(pattern) for key, pattern in _AMOUNTS["budget_on_income_side"].items()}


def _on_income_side(ctx: Context, key: str) -> Decimal | None:
    """The budget a department states on its income side (amounts.yaml budget_on_income_side), the one value
    such statements agree on."""
    values = {
        f.value
        for f in ctx.facts
        if f.field.startswith("income.")
        and isinstance(f.value, Decimal)
        and _INCOME_SIDE[key].search(clause := _clause_before(ctx, f))
        # ("全年预算收入3498.32万元(其中当年调整预算收入3341.27万元、上年结转157.05万元)": a part of it)
        and not _WHEREOF_OPENING.match(clause)
    }
    return values.pop() if len(values) == 1 else None


_WHEREOF_OPENING = re.compile(r"\s*[(（]?\s*其中")


def _only_source(ctx: Context, key: str) -> Decimal | None:
    """The budget of the one fund source a report names, where it names no total ("我市收到上级补助资金590万元,用
    于…", "公共财政拨款年初预算资金2,451,170.06元"): with no other source beside it, that source is the whole."""
    facts = ctx.all("source.adjusted") + ctx.all("source.initial") + ctx.all("source.executed")
    subjects = {f.subject for f in facts}
    if len(subjects) != 1 or str(next(iter(subjects))).startswith("其他"):
        return None  # (nor "其他资金", what is left besides the sources a form's rows name: never the whole)
    lines = {f.line for f in facts}
    if any(
        f.line in lines
        # (a change to its budget is no other source: "…年初预算资金…元,年中追加预算资金…元,调整后预算资金…元")
        and (
            (f.field == "amount" and f.subject and not _CHANGE.search(f.subject))
            or _SOURCE.search(f.field.partition(".")[2])
        )
        for f in ctx.facts
        if f.field == "amount" or f.field.startswith("income.")
    ):
        return None  # "收到上级补助资金590万元,上年结转资金20万元": another source beside it
    values = {f.value for f in ctx.all(f"source.{key}") if isinstance(f.value, Decimal)}
    return values.pop() if len(values) == 1 else None


_OTHER_YEAR_OR_PLAN = re.compile(_AMOUNTS["other_year"] + "|预算|年初|计划")


# a total named as one slice's: "“三公”经费支出合计", "政府采购支出合计", "公务接待费合计" (not "压减三公经费后本年支出合计")
_A_SLICES_TOTAL = re.compile(
    r"(?:三公[”\"]?\s*经费|政府采购(?:金额|资金)?|"
    + _AMOUNTS["expense_item"]
    + r")\s*(?:实际|决算|全年)?\s*(?:支出)?\s*(?:合计|总计)?\s*$"
)


def _years_total_spending(ctx: Context) -> Decimal | None:
    """The year's whole spending stated as an expenditure total ("本年度支出合计3258909.77元", "财政拨款支出合计
    2024.05万元") where no figure is labelled as spending: the one value such statements agree on, those about
    another year ("上年度支出合计…") left out."""
    totals = [
        f
        for f in (*ctx.all("expenditure.支出合计"), *ctx.all("expenditure.财政拨款支出"))
        if f.field == "expenditure.支出合计" or _clause_before(ctx, f).endswith("合计")
    ]
    values = {
        f.value
        for f in totals
        if isinstance(f.value, Decimal)
        and not _OTHER_YEAR_OR_PLAN.search(clause := _clause_before(ctx, f))
        # ("2023年“三公”经费支出合计6.84万元": one slice of the spending)
        and not _A_SLICES_TOTAL.search(clause)
    }
    return values.pop() if len(values) == 1 else None


def breakdown(ctx: Context, family: str) -> dict[str, Decimal]:
    """First stated value of each income / expenditure / asset item."""
    result: dict[str, Decimal] = {}
    prefix = f"{family}."
    for fact in ctx.facts:
        if fact.field.startswith(prefix) and isinstance(fact.value, Decimal):
            result.setdefault(fact.field[len(prefix) :], fact.value)
    return result
