"""The sentences in which a report says who it is and what it evaluated: "池州市人社局对2022年度城乡居保
市级补贴使用情况开展了财政绩效评价工作", "对我县2020年财政专项扶贫资金投入、拨付…进行了自评", and, under
its 基本情况 heading, "遵义市农业农村局是市人民政府工作部门". They name the project or fund, and the unit,
where a page has no usable title; they are the weakest evidence of either (prose)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.headings import HEADING_NUMBER, LIST_ITEM
from jixiao.layout.title import (
    DIVISION_LENGTH,
    NOTICE_NUMBER,
    Part,
    facility_project,
    leading_place,
    organisation_end,
    page_head,
    plausible_name,
    unit_before_fund,
    without_citations,
)
from jixiao.layout.vocabulary import vocabulary

_TRANSFER = "转移支付"


# "20xx年度", "xx年度": anonymised years; "黄南州体育场2020免费…补助资金": a year without 年 before a name
# (a batch or quarter after it is the year's: "2021第四批农机购置补贴资金" names the fund 农机购置补贴资金; or a quoted name:
# "现将我院2020“综合事务”项目…")
_DIGITS = r"20(?:\d\d|[xX×*＊]{2}|[_＿]{2,4})"  # "20__年", "20____年": a year masked with underscores too
# (a year's 度 is never a name's first character: "xx年度生化楼项目总额…")
_YEAR = (
    rf"(?:{_DIGITS}\s*(?:年度?)?\s*第[一二三四五六七八九十\d]{{1,3}}(?:批次?|季度)"
    rf"|{_DIGITS}\s*(?:年度|年(?!度)|(?=[\u4e00-\u9fff“\"])(?![年第]))|[xX]{{2}}(?:年度|年(?!度)))"
)
_SELF = r"(?:我[县市区州旗镇乡局校院办委厅所站馆]|本(?:单位|部门|局|院|委|校|馆|站|所|中心|[县市区州旗镇乡]))"
_QUOTE_OPEN, _QUOTE_CLOSE = r"[“\"《]?", r"[”\"》]?"  # (a fund named as a title: "对《X奖补资金》开展")


@functools.cache
def _fund_end() -> re.Pattern[str]:
    return re.compile(vocabulary().fund_ending + "$")


# a word each of the statements below cannot do without, in their order: a line without it is not searched
_STATEMENT_CUES = ("对", "现", "现将", "开展", "关于", "下达", "评", "评", "整体", "经", "完成")


@functools.cache
def _statements() -> tuple[re.Pattern[str], ...]:
    """The ways a report names what it evaluated, tried in this order on each line: "…对X资金开展了自评"
    (the unit may stand between 对 and the year: "我单位对环境监测站2021年度X项目…开展了自评"),
    "现将X资金绩效自评情况报告如下" (with the unit before the year: "现将巩义市2023年度衔接资金…"),
    "组织开展了2024年度X资金绩效自评工作", a title that quotes it ("关于“2021年X资金”管理使用情况"), a
    transfer's opening heading ("下达X项目转移支付预算和绩效目标情况"), the project named as what was evaluated
    ("自评项目为X经费"), and the unit saying it evaluated
    ("…要求,X局组织开展了绩效自评检查")."""
    ending = vocabulary().fund_ending
    name = rf"(?P<name>[\u4e00-\u9fff()（）]{{2,30}}?{ending}+)"
    # a name quoted before the kind it is ("对“X”项目", "预算项目“X”项目"): the quoted words
    quoted = (
        # (the year inside the quotes: "现将我局承担的“2019年X资金”项目…")
        rf"(?:(?:预算|专项)?项目(?=[“\"]))?{_QUOTE_OPEN}(?:(?<=[“\"]){_YEAR})?(?P<name>(?!(?:预算|专项)?项目[“\"])"
        # (a quoted head of the name: "“银龄安康”居家养老上门服务项目")
        rf"(?:[“\"][\u4e00-\u9fff]{{2,12}}[”\"][\u4e00-\u9fff()（）]{{0,30}}?|[\u4e00-\u9fff()（）]{{2,30}}?)"
        # (and the batch or the level it is of, in brackets after it: "X补助资金（第二批）", "X资金（中央资金）")
        rf"(?:{ending}+{_QUALIFIER}?|(?=[”\"](?:项目|资金|经费))))"
    )
    return (
        re.compile(
            # (or right before "对" and the year, whatever opens the clause: "并结合…等方面对2020年度X资金进行了评价")
            rf"(?:^|[。，,；;:：\s]|(?<=\d日)|(?<![针相绝])(?=对20\d\d))(?:{_SELF}|(?P<unit>[\u4e00-\u9fff]{{3,24}}?))?"
            # (its short form in brackets, then its lead: "X局(以下简称市民政局)牵头对全市…")
            rf"(?:[(（]以下简称[^()（）]{{1,12}}[)）])?(?:牵头)?现?对{_SELF}?(?:(?:承担|实施|负责|管理|主管)的)?(?:(?P<target>[\u4e00-\u9fff]{{2,20}}?)(?:主管的|管理的|负责的)?(?={_DIGITS}))?{_YEAR}?{quoted}{_QUOTE_CLOSE}"
            r"(?:项目|资金|经费)?(?:的)?(?:管理)?(?:使用情况|使用|执行情况|支出情况|投入)?[^。，,]{0,20}?(?:开展|进行|实施)(?:了)?[^。]{0,12}?"
            # (or checked by itself: "对2023年X资金使用情况进行了认真自查")
            r"(?:绩效)?(?:自评|评价|自查(?!自评|自评价))"
        ),
        re.compile(
            rf"现[将就]\s*{_SELF}?\s*(?:(?P<unit>[\u4e00-\u9fff]{{2,30}}?)\s*(?={_DIGITS}))?{_YEAR}?\s*"
            # (the unit's doing before the name: "现将我站2016年度实施基层农技推广补助项目资金绩效评价报告如下")
            # (the year inside the quotes, the quoted fund called a project after them: "现将我局承担的“2019年X资金”项目绩效
            # 自评情况报告如下")
            rf"(?:(?:组织)?实施的?|承担的?|负责的?)?{quoted}{_QUOTE_CLOSE}(?:{_SHORT_NAME})?(?:的)?(?:(?<=[”\"])项目)?"
            rf"(?:(?:管理|使用|支出)(?:和|及|与)?){{0,3}}(?:区域)?(?:绩效)?(?:自评|评价)?"
            r"(?:工作)?(?:情况|结果)?(?:报告(?:公告|公示)?|公告|公示)如下"
        ),
        # "现将开远市红十字会2023年度部门整体和项目支出情况报告如下": a unit's whole spending, no fund named
        re.compile(
            rf"现将\s*(?P<unit>[\u4e00-\u9fff]{{2,30}}?)\s*{_YEAR}\s*(?:部门|单位)(?:预算)?(?:整体)?"
            r"[^。，,；;]{0,16}?报告如下(?P<name>)"
        ),
        # (its short name in brackets after it: "开展了X资金(以下简称:专项资金)的绩效自评工作")
        re.compile(
            rf"开展(?:了)?{_YEAR}?{_QUOTE_OPEN}{name}{_QUOTE_CLOSE}(?:{_SHORT_NAME})?(?:的)?(?:绩效)?(?:自评|评价)(?:工作)?"
            r"(?P<unit>)"
        ),
        # (the quoted fund called a project after the quote: "关于“2022年X资金”项目管理使用情况")
        re.compile(rf"关于[“\"]{_YEAR}?{name}[”\"](?:项目)?(?:的)?(?:管理)?(?:使用)?(?:情况|绩效)(?P<unit>)"),
        # the heading a transfer's self-evaluation opens with: "(一)下达X项目转移支付预算和绩效目标情况"
        re.compile(
            rf"下达(?:我[省市县区州旗])?{_YEAR}?{name}(?:转移支付)?(?:预算)?和(?:区域)?绩效目标(?P<unit>)"
        ),
        # "自评项目为X经费。", "评价对象是X项目": the one project evaluated, named whole
        re.compile(
            rf"(?:自评|评价)(?:的)?(?:项目|对象)(?:为|是)[:：]?\s*{_YEAR}?{quoted}{_QUOTE_CLOSE}"
            r"(?:项目|资金|经费)?(?=\s*(?:[。；;，,]|$))(?P<unit>)"
        ),
        # "…的通知要求,泸西县林业和草原局组织开展了绩效自评检查": the unit evaluating, no fund named
        re.compile(
            r"(?:^|[。，,；;:：\s])(?P<unit>[\u4e00-\u9fff]{3,24}?)(?:组织)?(?:开展|进行)(?:了)?(?:绩效)?(?:自评|评价)"
            r"(?P<name>)"
        ),
        # "…有关要求,X站结合实际情况,对2023年度部门整体支出进行了绩效自评": the unit evaluating its whole spending
        # (having set up its group first: "X局成立绩效评价工作小组,自2021年3月8日起对部门整体支出情况实施了绩效自评")
        re.compile(
            r"(?:^|[。，,；;:：\s])(?P<unit>[\u4e00-\u9fff]{3,24}?)"
            r"(?:结合[^。，,；;]{0,8}[，,]?|成立[^。，,；;]{0,16}?小组[，,]\s*(?:自[^。，,；;]{0,16}?起)?)?"
            rf"对{_YEAR}?(?:本)?(?:部门|单位)(?:预算)?整体支出(?:情况)?(?:进行|开展|实施)(?:了)?(?:绩效)?(?:自评|评价)(?P<name>)"
        ),
        # "经X局自评，项目自评得分…", "经X局绩效自评工作小组综合评价，…": the unit that evaluated, named before its result
        re.compile(
            r"(?:^|[。，,；;:：\s])经(?P<unit>[\u4e00-\u9fff]{3,24}?)"
            r"(?:(?:组织)?(?:绩效)?自评(?=[，,])|(?:绩效)?(?:自评|评价)?(?:工作)?(?:领导)?小组(?:综合)?(?:评价|评定|评审)(?=[，,]))"
            r"(?P<name>)"
        ),
        # "我局2020年度X资金绩效自评工作已经完成,现将自评表公开如下": the fund whose evaluation the unit finished
        re.compile(
            rf"(?:^|[。，,；;:：\s])(?:{_SELF}|(?P<unit>[\u4e00-\u9fff]{{3,24}}?))?{_YEAR}{name}(?:项目)?"
            r"(?:绩效)?(?:自评|评价)(?:工作)?已(?:经)?(?:全部)?完成"
        ),
    )


@functools.cache
def _joined_funds() -> re.Pattern[str]:
    """Two funds joined inside what was read as one name ("耕地地力保护补贴资金与农机购置补贴资金"): each ends as a fund
    does ("义务教育薄弱环节改善与能力提升补助资金" joins no two)."""
    ending = vocabulary().fund_ending
    return re.compile(rf"(?:资金|经费|补贴|补助){ending}*[和及与、][\u4e00-\u9fff]{{2,30}}?{ending}")


@functools.cache
def _another_fund() -> re.Pattern[str]:
    """Another fund named right after one, joined to it ("…贴息项目及巩固脱贫攻坚工作经费") or listed with its
    own money ("…建设经费200万元、委员学习培训经费60万元")."""
    ending = vocabulary().fund_ending
    return re.compile(
        rf"\s*(?:[和及与、]|\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?元\s*[、，,；;])\s*(?!(?:主要|专项|全部)?(?:用于|支付|保障)|其中)"
        rf"[\u4e00-\u9fff()（）]{{2,30}}?{ending}"
    )


@functools.cache
def _funded() -> tuple[re.Pattern[str], ...]:
    """The ways a report states the money of the fund it is about, near its top: "下达中央X资金14680万元",
    "2019年X专项资金共计1586万元", "2021年我市X资金下达42万元", "某市X资金项目全年预算数312.48万元" (调整后预算, 预算安排, 到位资金…)."""
    ending = vocabulary().fund_ending
    # the fund may end in a bracketed part: "中央服务业发展资金(县域商业建设行动)"
    name = (
        rf"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）—-]{{3,40}}?{ending}+(?:[(（][^()（）]{{2,20}}[)）])?)"
    )
    amount = r"\s*\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?元"
    return (
        re.compile(
            # (to the unit itself too: "下达我局X项目经费168.00万元", "安排我局实施的X项目资金460万元")
            rf"(?:下达|安排|拨付|分配)(?:给)?(?:我(?:[省市县区州旗局委办院校馆站所]|中心|单位)(?:(?:实施|承担|负责)的)?)?"
            rf"{_YEAR}?{name}(?:预算)?"
            rf"(?:资金)?(?:共计|合计|总计|共|为)?{amount}"
        ),
        # (the place may open the sentence before the year: "某乡2021年X转移支付预算金额为60.00万元")
        re.compile(
            rf"(?:^|[。；;，,])\s*(?:[\u4e00-\u9fff]{{1,10}}?[省市县区州旗乡镇](?={_YEAR}))?{_YEAR}?(?:我[省市县区州旗])?{name}"
            rf"(?:预算)?(?:共计|合计|总计|总预算|总额|(?:调整后|全年|年度|年初)预算(?:数|安排)?|预算(?:数|安排|金额)"
            rf"|(?:下达|到位)(?:资金)?)(?:为)?{amount}"
        ),
        # a sentence opening with the year and the fund's budget, the page's first word on its money ("20__年保山市
        # 图书馆中央补助地方公共文化服务体系建设专项资金预算17.77万元,实际下达17.77万元")
        re.compile(
            rf"^\s*{_YEAR}(?!其中|[\u4e00-\u9fff]{{0,4}}财政(?:给予|安排|下达|拨付)){name}预算(?:为)?{amount}"
        ),
    )


# a first-level heading naming a fund ("一、中央自然灾害救灾资金(第一批森林火灾救灾补助)"): a page told fund
# by fund, each fund's figures under its own heading
FUND_HEADING = re.compile(
    r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*"
    r"(?P<name>[\u4e00-\u9fff()（）—-]{4,40}?(?:资金|经费|补助|补贴|公益金|转移支付)(?:[(（][^()（）]{2,30}[)）])?)\s*$"
)


def _start_without_place(found: re.Match[str]) -> int:
    """Where a found fund's name starts without the place it opens with ("湖南省中小企业发展专项资金": the
    fund of 湖南省), when four characters or more are left, and without the organisation right after the place
    whose money it is ("蓬溪县" + "动物疫病预防控制中心" + "动物防疫补助项目资金"), when what is left is a fund's."""
    name = found.group("name")
    place = leading_place(name)
    if len(name) - place < 4:
        return found.start("name")
    office = unit_before_fund(name[place:], after_place=True) if place else 0
    if office and not facility_project(_MONEY_OF_IT.sub("", name[place:]), office):
        # ("某县残疾人康复中心建设项目资金": the centre built is the project, not whose money it is)
        return found.start("name") + place + office
    return found.start("name") + place


_MONEY_OF_IT = re.compile(r"(?:资金|经费)$")


_FOR_A_PROJECT = re.compile(
    r"\s*[,，]\s*(?:专项|全部|主要)?用于\s*(?:20\d\d\s*年度?)?(?P<project>[\u4e00-\u9fff“”()（）]{4,40}?项目)(?=[。，,；;]|$)"
)


@functools.cache
def _cited_fund() -> re.Pattern[str]:
    """A notice that hands a fund down, cited right before the sentence says it handed the money to the page's own
    place ("《…关于下达2021年国家非物质文化遗产保护资金预算的通知》(川财教〔2021〕22号)下达我市…"): that fund is
    the money the page is about, the items the sentence goes on to list its parts."""
    ending = vocabulary().fund_ending
    return re.compile(
        rf"《[^《》]*?关于(?:提前)?(?:下达|分配|拨付|下拨)(?:{_YEAR})?"
        rf"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）—-]{{3,40}}?{ending}+)(?:预算)?(?:的)?通知》"
        r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*[,，]?\s*(?:共|分别)?(?:下达|分配|拨付|下拨|安排)(?:给)?我[省市县区州旗]"
    )


def funded_fund(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The fund the sentences at the top of the page that state a fund's money all name, without the place
    it was paid to ("下达博乐市X资金": X资金); None when they name several (a page about two funds, or a
    transfer and the funds it pays). The weakest evidence of what a page without a title or an evaluation
    statement is about."""
    vocab = vocabulary()
    named: list[Part] = []
    for line in page_head(lines):
        if line.number in chrome:
            continue
        if FUND_HEADING.match(line.text):
            return None  # "一、中央自然灾害救灾资金(第一批)": a page told fund by fund
        cited = _cited_fund().search(line.text)
        if cited is not None and (
            vocab.not_evaluated.search(cited.group("name")) or vocab.not_project.search(cited.group("name"))
        ):
            cited = None
        before = len(named)
        text = without_citations(line.text)
        item = LIST_ITEM.match(text) is not None
        # (each way states the money in 元: most lines, stating none, are not searched)
        stated = (m for pattern in _funded() for m in pattern.finditer(text)) if "元" in text else ()
        for found in stated:
            if item and "。" not in text[: found.start()]:
                continue  # "3.分配某某运行经费30.5万元": one item of a list, not the page's fund
            if "其中" in text[text.rfind("。", 0, found.start()) + 1 : found.start()]:
                continue  # "…安排24万元经费…。其中:1、…;3、安排示范创建工作经费5万元": a part of the money
            start = _start_without_place(found)
            name = line.text[start : found.end("name")]
            if cited is not None and cited.group("name") not in name:
                continue  # one of the items the cited notice's fund is handed down as
            if vocab.not_evaluated.search(name) or vocab.not_project.search(name):
                return None
            if _another_fund().match(text, found.end("name")):
                return None  # "安排X经费200万元、Y经费60万元": several funds' money, none the page's
            purpose = _FOR_A_PROJECT.match(text, found.end())
            if purpose is not None:
                # "下达财政衔接资金280万元,用于2023年X项目": the money's project names the page's subject
                named.append(
                    Part(
                        purpose.group("project"),
                        line.number,
                        purpose.start("project"),
                        purpose.end("project"),
                    )
                )
            elif not vocab.generic_fund.fullmatch(name):
                named.append(Part(name, line.number, start, found.end("name")))
        if cited is not None and len(named) == before:
            # the notice's fund, when the sentence names it by no fuller name ("…下达我省中央X资金(Y行动)")
            start = _start_without_place(cited)
            named.append(Part(line.text[start : cited.end("name")], line.number, start, cited.end("name")))
    if not named or any(part.text not in named[0].text and named[0].text not in part.text for part in named):
        return None
    return max(named, key=lambda part: len(part.text))


@dataclass(frozen=True)
class Evaluated:
    unit: Part | None
    project: Part | None


def evaluation_statement(lines: Sequence[Line], chrome: frozenset[int], year: int | None = None) -> Evaluated:
    """The unit and the project or fund named by the first evaluation statement in the head of the page; of
    the statements on its line, the first that names either ("我单位对2023年部门整体…进行自评,现将X会2023年度
    部门整体…报告如下": the second names the unit). Where it names no project, the project's whole name the
    report gives ("我局对本年度实施的重点项目开展了绩效自评…本项目全称为“X”")."""
    evaluated = _first_statement(lines, chrome, year)
    if evaluated.project is None and (named := _whole_name_given(lines, chrome)) is not None:
        return Evaluated(evaluated.unit, named)
    return evaluated


# "本项目全称为“X补助资金（公用经费部分）”": the project's whole name, as quoted
_FULL_NAME = re.compile(
    r"本项目(?:的)?全称(?:为|是)[:：]?\s*[“\"](?P<name>[^“”\"。，,；;]{4,40}?)[”\"](?=\s*(?:[。；;，,]|$))"
)


def _whole_name_given(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    for line in page_head(lines):
        if line.number not in chrome and "全称" in line.text and (found := _FULL_NAME.search(line.text)):
            return Part(found["name"], line.number, found.start("name"), found.end("name"))
    return None


def _first_statement(lines: Sequence[Line], chrome: frozenset[int], year: int | None) -> Evaluated:
    for line in page_head(lines):
        if line.number in chrome:
            continue
        # a cited notice ("《关于开展2021年度X资金绩效评价工作的通知》") asks for the evaluation, it is not one; a fund
        # named in 《》 as it would be in quotes is ("我局对《X奖补资金》开展了绩效自评")
        text = (
            _CITED_DOCUMENT.sub(lambda cited: " " * len(cited.group()), line.text)
            if "《" in line.text
            else line.text
        )
        found = [
            m
            for cue, pattern in zip(_STATEMENT_CUES, _statements(), strict=True)
            if cue in text
            and (m := pattern.search(text))
            and _names_whom(m)
            # (a check of itself names a fund only by a fund's name: not "对"三公"经费使用情况进行了认真自查", "对乱收费
            # 问题进行了自查")
            and not (m.group().endswith("自查") and not _A_FUNDS_NAME.search(m.group("name")))
            and not (_overseen(m) and _another_year(text, m, year))
            # "2021年,某县财政局对2021年度X资金开展了重点绩效评价": a finance office's review of a fund told in a
            # unit's report (what it corrected since) is no statement of the report's own evaluation, which may
            # follow it; a finance bureau's evaluation of its own project ("…对2022年度财政信息化项目开展了绩效
            # 评价") is, and so is a unit's own 跟踪评价 or 重点评价 of its fund
            and not (_overseen(m) and _OVERSEERS_REVIEW.search(text, m.end("name"), m.end()))
            # "我局对上年度X资金开展了跟踪评价": last year's evaluation, whoever made it
            and not _LAST_YEARS.search(text, max(0, m.start("name") - 12), m.start("name") + 6)
        ]
        if not found:
            continue
        named = [_evaluated(line, match) for match in found]
        unit = next((e.unit for e in named if e.unit), None)
        # "…对2016年度一般公共预算项目支出全面开展绩效自评;自评项目为运动员伙食费": a kind of money evaluated in
        # general, then the fund by its name
        projects = [e.project for e in named if e.project]
        project = next(
            (p for p in projects if not vocabulary().generic_fund.fullmatch(p.text)),
            projects[0] if projects else None,
        )
        if unit is not None or project is not None or any(m["name"] for m in found):
            return Evaluated(unit, project)
    return Evaluated(None, None)


_A_FUNDS_NAME = re.compile(r"(?:资金|经费|补助|补贴|项目)$")
_CITED_DOCUMENT = re.compile(r"《(?![^《》]*(?:资金|经费|项目|工程|补助|补贴)》)[^《》]*》")
_AND_OTHERS = re.compile(r"\s*等\s*(?:\d+|[一二三四五六七八九十]+)?\s*(?:个|项)?\s*(?:项目|专项|资金)")


# the words a fund's name goes on with after an ending it holds inside ("…保护工程" + "建设专项资金项目", "…建设工程" +
# "质量监督经费", "中央补助" + "地方公共文化服务体系建设专项资金"), never what follows a name (…项目的资金, …资金支持的项目,
# 中央财政资金, …支出项目, …资金共计), and
# the kind words a name may be followed by that add nothing to it ("X资金" + "项目")
_NAME_GOES_ON = re.compile(
    r"(?!中央|[省市县区]级)(?:(?![的和及与或中等]|(?<!公)共|支持|扶持|支出|用于|发放|开展|进行|实施|累计|合计)[\u4e00-\u9fff]){0,16}?"
    r"(?:工程|项目|资金|经费|补助|补贴|公益金)+"
)
_KIND_WORDS = re.compile(r"(?:项目|资金|经费)+")
_WORKS = ("项目", "工程")
_NAME_BRACKET = re.compile(r"[(（][\u4e00-\u9fff\d]{2,12}[)）](?=\s*(?:实施|开展|进行))")
_TRAILING_KIND = re.compile(r"(?<=资金|经费)项目$")
# the money a project is paid from, opening its name ("省级财政资金决策咨询专项费项目"): no part of the name
_SOURCE_OPENING = re.compile(r"(?:中央|省级|市级|县级|区级)?财政(?:专项)?资金(?=[\u4e00-\u9fff]{4})")


def _evaluated(line: Line, found: re.Match[str]) -> Evaluated:
    vocab = vocabulary()
    # "对2023年度湖南省中小企业发展专项资金…开展了绩效评价": the fund is named without its place
    start = _start_without_place(found)
    if (source := _SOURCE_OPENING.match(line.text, start)) is not None:
        start = source.end()
    end = found.end("name")
    goes_on = _NAME_GOES_ON.match(line.text, end) if found["name"] else None
    if goes_on is not None and not _KIND_WORDS.fullmatch(goes_on.group()):
        # "对2022年度X保护工程建设专项资金项目进行了绩效自评": the name runs past the first ending it holds
        end = goes_on.end()
        if (trailing := _TRAILING_KIND.search(line.text, start, end)) is not None:
            end = trailing.start()
    if (
        found["name"]
        and line.text.endswith(_WORKS, start, end)
        and (bracket := _NAME_BRACKET.match(line.text, end)) is not None
    ):
        # "对X建设项目(雪亮工程)实施了绩效评价": the bracket names the work too (after a fund's name,
        # "X补助经费(疫苗采购费)", it names a part of the money)
        end = bracket.end()
    if line.text.endswith(_TRANSFER, start, end) and _fund_end().search(
        line.text, start, end - len(_TRANSFER)
    ):
        end -= len(_TRANSFER)  # "X项目转移支付": the project X, paid as a transfer
    name = line.text[start:end]
    if (described := name.rfind("的")) >= 0:
        # "对2024年度实施的X项目开展了自评": what stands before 的 describes the project, the name follows it
        # ("纳入自评范围的项目", "实施的主要项目": no name follows)
        start, name = start + described + 1, name[described + 1 :]
    project = None
    # "对X项目及Y经费进行自评": two funds evaluated together, neither of them the page's project
    # ("…农机购置补贴资金等12个项目进行了绩效自评": a list of projects, no one of them the page's)
    # (after the name as it runs on: "对本乡实施的衔接资金产业发展项目及乡村振兴工作经费开展了绩效自评")
    # (two funds finished together, "我局2020年度A资金与B资金绩效自评工作已完成"; a name the 对-form reads whole may join
    # two funds' words, "A专项资金和B公益金专项转移支付", one transfer)
    finished_together = (
        found.group().endswith("完成") and _joined_funds().search(line.text, start, end) is not None
    )
    several = finished_together or any(
        _another_fund().match(line.text, at) is not None or _AND_OTHERS.match(line.text, at) is not None
        for at in {found.end("name"), end}
    )
    if (
        found["name"]
        and not several
        and not any(
            vocab.not_evaluated.search(n) or vocab.not_project.search(n) for n in (found["name"], name)
        )
    ):
        project = Part(name, line.number, start, end)
        # "对…省级卫生健康专项资金中“住院医师规范化培训”项目…开展绩效自评": the one project of the fund evaluated
        inner = _PROJECT_OF_THE_FUND.match(line.text, found.end("name"))
        if inner is not None:
            project = Part(inner.group("project"), line.number, inner.start("project"), inner.end("project"))
    unit = None
    # "我单位对环境监测站2021年度Y项目…": the unit evaluated stands between 对 and the year, and the one
    # before 对 is the evaluator; without it, "X局对Y资金…" names its own fund
    for group in ("target", "unit"):
        subject = found.groupdict().get(group)
        if group == "target" and _own_whole_place(found):
            continue
        if subject and (joined := _JOINED_BY.search(subject)) is not None:
            subject = subject[: joined.start()]  # "X厅会同Y厅对…开展了自评": X leads, Y joins it
        offset = 0
        if subject and subject.startswith("由"):
            # ",由县水务局对…实施绩效自评": who did it, after 由; a firm so named evaluates for the unit
            offset, subject = 1, subject[1:] if _names_an_office(subject[1:]) else None
        if subject and _names_unit(subject) and not vocab.not_unit.search(subject):
            start = found.start(group) + offset
            unit = Part(subject, line.number, start, start + len(subject))
            break
    return Evaluated(unit, project)


_JOINED_BY = re.compile(r"会同|联合(?![会社])")
_PROJECT_OF_THE_FUND = re.compile(r"[”\"]?中的?[“\"](?P<project>[\u4e00-\u9fff]{4,24})[”\"]项目")


def _another_year(text: str, found: re.Match[str], year: int | None) -> bool:
    """Whether a statement evaluates another year than ``year``, the title's ("2022年度…自评报告" telling that
    "2022年4月，某市财政局对2021年度X经费开展了绩效评价")."""
    evaluated = _EVALUATED_YEAR.findall(text, found.start(), found.start("name"))
    return year is not None and bool(evaluated) and int(evaluated[-1]) != year


_EVALUATED_YEAR = re.compile(r"(20\d\d)\s*年")


def _overseen(found: re.Match[str]) -> bool:
    """Whether a statement tells of a finance or audit office evaluating, naming no unit it evaluated: in a unit's
    report, of another year than the title's ("…某县财政局对2021年度X经费开展了绩效评价" in a 2022 report) or a
    review (重点评价), another evaluation than the report's own; in a finance bureau's report on its own
    project, the report's."""
    evaluator = found.groupdict().get("unit") or ""
    return vocabulary().overseer.search(evaluator) is not None and not found.groupdict().get("target")


def _names_whom(found: re.Match[str]) -> bool:
    """Whether what stands between 对 and the year names one unit ("对环境监测站2021年度X项目"): a scope or a
    group of units there ("对全局2022年度专项业务经费", "对各科室…", "对下属学校…") makes the rest a class of funds."""
    target = found.groupdict().get("target")
    return (
        target is None
        or _own_whole_place(found)
        or (_names_unit(target) and not vocabulary().unit_group.search(target))
    )


def _names_an_office(name: str) -> bool:
    """Whether a name is an office's of a place, with the place or its level alone ("县水务局"), not a firm's."""
    return (
        (leading_place(name) > 0 or name.startswith(_OWN_LEVEL))
        and organisation_end(name) == len(name)
        and not _FIRM.search(name)
    )


_FIRM = re.compile(r"事务所|公司|集团")


def _own_whole_place(found: re.Match[str]) -> bool:
    """Whether a self-evaluation's scope after 对 is the whole of its evaluator's own place ("X局(以下简称市民政局)
    牵头对全市2021年Y工程…开展了绩效自评"): the evaluator's own work across it, no unit evaluated. Not a finance or audit
    office's evaluation of the place's funds, nor another level's ("市交通运输局对全县…")."""
    target, evaluator = found.groupdict().get("target"), found.groupdict().get("unit") or ""
    whole = _WHOLE_PLACE.fullmatch(target or "")
    if whole is None or "自评" not in found.group() or not _names_an_office(evaluator):
        return False
    place = leading_place(evaluator)
    level = evaluator[place - 1] if place else evaluator[0]
    return (
        level == whole.group("level")
        and vocabulary().overseer.search(evaluator) is None
        and _GOVERNING.search(evaluator) is None
    )


# the place's own government or party committee ("县委县政府对全县…"): the place evaluating itself, named by the title
_GOVERNING = re.compile(r"政府|党委|^[省市州县区旗]委")
_WHOLE_PLACE = re.compile(r"全(?P<level>省|市|州|盟|县|区|旗)")


def _names_unit(subject: str) -> bool:
    """Whether a statement's subject is an organisation's name ("池州市人社局") or a place's ("巩义市"), and one
    only: "某县教育局和某县卫健委" names two ("住房和城乡建设局" is one name with 和 inside)."""
    for joint in _JOINTS.finditer(subject):
        second = subject[joint.end() :]
        if organisation_end(subject[: joint.start()]) == joint.start() and leading_place(second):
            return False  # "某市政府和社会资本合作中心" is one centre: the part after 和 names no place
    place = subject.endswith(vocabulary().place_suffixes) and plausible_name(subject)
    return place or organisation_end(subject) == len(subject)


_JOINTS = re.compile("[和及与、]")


# "湖南省地方金融监督管理局(以下简称“我局”)": the unit names itself
_SELF_NAMED = re.compile(
    rf"(?P<name>[\u4e00-\u9fff]{{3,30}})[(（]\s*以下简称\s*[“\"]?\s*(?:{_SELF}|我(?:单位|中心|部门|会))\s*[”\"]?\s*[)）]"
)
# the unit naming itself in brackets after the word it uses for itself ("我单位（某县中心医院）系…"), its short form
# after it there ("我单位（X中心学校，以下简称“中心校”）")
_SELF_BRACKETED = re.compile(
    # (its own name, not what it belongs to or was: "我中心（隶属某县卫生健康局，…）", "我单位（原X站，…）")
    rf"(?:{_SELF}|我(?:单位|中心|部门))\s*[(（]\s*(?!隶属|原|牵头|挂靠)(?P<name>(?:(?!的)[\u4e00-\u9fff]){{3,30}})\s*"
    r"(?:[，,]\s*(?:以下)?(?:简称|下称)[:：]?\s*[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?\s*)?[)）]"
)
_DESCRIBES = (
    "是",
    "为",
    "為",
    "系(?!统|統)",
    "成立",
    "始建",
    "设立",
    "設立",
    "组建",
    "組建",
    "前身",
    "内设",
    "內設",
    "下设",
    "下設",
    "现有",  # "X档案馆现有库房于2003年建成", "X中心现有在职职工…": what it has
    "現有",
)
_SENTENCE_START = re.compile(r"(?:^|[。；;])\s*")
_BACKGROUND_REACH = 3  # lines after the heading where the unit introduces itself
_RUN_IN_REACH = 200  # characters after a heading run into its line
# a fund's batch, level or programme in brackets after its name ("（第二批）", "（中央资金）", "（小型水库维修养护）"), not the
# short name it is given ("下称", "即"), a pointer ("详见附表", "附表一"), a state ("已完成", "试行"), a notice's number, an
# item of its cost ("(疫苗采购费)": a part of the money), a unit of money, an organisation or a place ("(县农业农村局)",
# "(张家村)"), nor one of several batches ("（第二批）、（第三批）")
_QUALIFIER = (
    r"(?:[(（](?!以下|简称|下称|即|详见|见|附|已|试行|暂行|修订)(?:(?![见号])[\u4e00-\u9fff]){2,16}"
    r"(?<![费元局委办院厅站所心司门市县区省镇乡村])[)）](?![、，,]\s*[(（]))"
)
# a heading's number a few words before its 基本情况 ("(一)项目单位基本情况")
_NUMBERED_BEFORE = re.compile(
    r"(?:[一二三四五六七八九十]+\s*、|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）])[\u4e00-\u9fff]{0,8}$"
)


def _background(lines: Sequence[Line], chrome: frozenset[int]) -> Iterator[tuple[Line, int, int]]:
    """Where a report introduces itself: the lines in the head of the page from a 基本情况 heading to a few
    lines below it (blank lines and chrome are no lines of the background), or, in a page run together into
    long lines, the characters after a numbered heading inside a line ("…(一)项目单位基本情况本次评价…").
    Each as (line, first column, end column)."""
    vocab = vocabulary()
    reach = -1
    for line in page_head(lines):
        text = line.text
        if line.number in chrome or not text.strip():
            continue
        heading = vocab.background_heading.search(text)
        if heading is not None and heading.start() < 20:
            reach = _BACKGROUND_REACH
        if reach >= 0:
            reach -= 1
            yield line, 0, len(text)
            continue
        for inside in vocab.background_heading.finditer(text) if heading is not None else ():
            if _NUMBERED_BEFORE.search(text, max(0, inside.start() - 12), inside.start()):
                yield line, inside.end(), inside.end() + _RUN_IN_REACH


def _under_the_title(
    lines: Sequence[Line], chrome: frozenset[int], titled: int | None
) -> Iterator[tuple[Line, int, int]]:
    """The first line of text after the title's last line, when it is no heading: the report's opening sentence."""
    if titled is None:
        return
    following = next(
        (line for line in lines[titled:] if line.text.strip() and line.number not in chrome), None
    )
    if following is not None and not HEADING_NUMBER.match(following.text):
        yield following, 0, len(following.text)


def _sentence_starts(text: str, first: int, last: int) -> Iterator[int]:
    """Where sentences start between two columns: the first column itself (the line's start, or the end of
    a heading run into the line), then after each stop."""
    yield first
    for match in _SENTENCE_START.finditer(text, first, last):
        if match.end() > first:
            yield match.end()


def described_unit(lines: Sequence[Line], chrome: frozenset[int], titled: int | None = None) -> Part | None:
    """The organisation that names itself ("X(以下简称“我局”)"), opens a sentence describing itself ("X是…",
    "X成立于…") just under a 基本情况 heading or right under the title (on line ``titled``: "2023年度部门整体支出
    绩效自评报告" / "安乡县水利局是县人民政府主管全县水利工作的政府工作部门。"), or whose duties the head of the page
    sets out: how a report without a title naming it says whose it is."""
    named = _self_named_unit(lines, chrome) or _project_owner(lines, chrome)
    if named is not None:
        return named
    vocab = vocabulary()
    for line, first, last in (*_under_the_title(lines, chrome, titled), *_background(lines, chrome)):
        for start in _sentence_starts(line.text, first, last):
            found = _self_description().match(line.text, start)
            name = found.group() if found else ""
            if name and not vocab.not_unit.search(name) and not vocab.background_heading.search(name):
                return Part(name, line.number, start, start + len(name))
    return _unit_of_duties(lines, chrome) or _unit_under_duties(lines, chrome)


# a heading of the unit's duties ("1.职能职责。", "部门职能", "主要职能:"), run into its line or alone on it (the
# layout reads the lines as printed, traditional characters too)
_DUTIES_HEADING = re.compile(
    r"(?:^|[\s、.．)）])(?:部门|部門|单位|單位|主要)?(?:职能职责|職能職責|职责职能|職責職能|职能|職能)\s*[。：:.．]?\s*"
)
_DUTIES_HEADING_AT = 12  # the heading opens its line, or follows a short number


_DOES = ("代", "主要", "负责", "負責", "承担", "承擔", "贯彻", "貫徹", "履行", "隶属", "[(（]")


@functools.cache
def _duties_opening() -> re.Pattern[str]:
    """An organisation's name (the shortest that ends as one) opening the text under a duties heading, then words of
    what it is or does ("县水务局代县政府执行…", "梅州市住房和城乡建设局贯彻落实…", "X中心是…")."""
    suffixes = "|".join(re.escape(suffix) for suffix in vocabulary().organisation_suffixes)
    does = "|".join((*_DESCRIBES, *_DOES))
    return re.compile(rf"[\u4e00-\u9fff]{{2,24}}?(?:{suffixes})(?={does})")


def _unit_under_duties(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation opening the text under a heading of its duties ("1.职能职责。县水务局代县政府执行…",
    "部门职能" / "河口县总工会是…"): a page's own unit, as its duties are set out."""
    head = [line for line in page_head(lines) if line.number not in chrome and line.text.strip()]
    for at, line in enumerate(head):
        heading = next(
            (h for h in _DUTIES_HEADING.finditer(line.text) if h.start() <= _DUTIES_HEADING_AT), None
        )
        if heading is None:
            continue
        opening, start = line, heading.end()
        if not line.text[start:].strip() and at + 1 < len(head):
            opening = head[at + 1]  # the heading alone on its line: the text opens the next
            start = len(opening.text) - len(opening.text.lstrip())
        found = _duties_opening().match(opening.text, start)
        name = found.group() if found is not None else ""
        if (
            leading_place(name) > 0 or name.startswith((*_OWN_LEVEL, "中共"))
        ) and not vocabulary().not_unit.search(name):
            return Part(name, opening.number, start, start + len(name))
        return None
    return None


# "X项目为省商务厅本级的经常性项目", "该项目为省医疗保障局本级项目": the organisation whose own (本级) project it is
_OWNER = re.compile(r"项目\s*(?:为|是|系)\s*(?P<name>[\u4e00-\u9fff]{3,30}?)本级的?[\u4e00-\u9fff]{0,6}?项目")
# the province, city or county the owner's name may open with alone, as a province's own offices call it ("省商务厅")
_OWN_LEVEL = ("省", "市", "县", "区", "州", "旗")


def _project_owner(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation the head of the page says the project is the own (本级) project of."""
    vocab = vocabulary()
    for line in page_head(lines):
        if "本级" not in line.text or line.number in chrome:
            continue
        for found in _OWNER.finditer(line.text):
            name = found.group("name")
            if (
                organisation_end(name) == len(name)
                and (leading_place(name) > 0 or name.startswith(_OWN_LEVEL))
                and not vocab.not_unit.search(name)
            ):
                return Part(name, line.number, found.start("name"), found.end("name"))
    return None


_OVERSEERS_REVIEW = re.compile(r"重点(?:绩效)?评价|再评价|抽查|跟踪评价")
_LAST_YEARS = re.compile(r"对\s*(?:上一?年度|去年|往年|前一?年度)")
_DUTIES = re.compile(r"(?:的)?主要职[责能](?:是|为|[:：])")
_DUTIES_REACH = 24  # characters before 主要职责: the unit's name


def _unit_of_duties(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation whose duties the head of the page sets out ("…精神,宁德市外事侨务办公室主要职责是:"):
    the longest whole name opening with its place that starts a clause right before 主要职责是."""
    for line in page_head(lines):
        text = line.text
        if "主要职" not in text or line.number in chrome:
            continue
        for duties in _DUTIES.finditer(text):
            for start in range(max(0, duties.start() - _DUTIES_REACH), duties.start() - 2):
                if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
                    continue  # a name starts a clause, not inside a word ("围绕X局主要职责")
                name = text[start : duties.start()]
                if _organisation(name):
                    return Part(name, line.number, start, duties.start())
    return None


def _self_named_unit(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation that names itself in short ("X(以下简称“我局”)"), or that a clause opens with, named
    in short, before words describing it or its evaluating ("X（以下简称“县妇联”）是…", "…要求，X（简称“中心”）
    对本单位…开展了绩效自评"); not one cited on the way ("根据县财政局（以下简称“财政局”）要求")."""
    for line in page_head(lines):
        if (
            "简称" not in line.text and "下称" not in line.text and "我" not in line.text
        ) or line.number in chrome:
            continue
        found = (
            *_SELF_NAMED.finditer(line.text),
            *_introduced().finditer(line.text),
            *_SELF_BRACKETED.finditer(line.text),
        )
        for named in found:
            name = named.group("name")
            # the name opens with its place, after whatever words the clause has before it
            for at in range(len(name) - 2):
                if name[at] in _PREPOSITIONS and leading_place(name[at + 1 :]):
                    continue  # "经延边州文化…局(以下简称我局)向州政府申请": the place after the word before it
                if (
                    leading_place(name[at:])
                    and organisation_end(name[at:]) == len(name) - at
                    and not name.startswith(_SELF_OPENINGS, at)  # "我镇人民政府(以下简称镇政府)…": no name
                ):
                    return Part(name[at:], line.number, named.start("name") + at, named.end("name"))
    return None


_PREPOSITIONS = frozenset("经由向对在被")


_OWN_CONDITIONS = (
    r"结合(?:本(?:单位|部门|[镇乡县市区局委院校所站馆])|我[镇乡县市区局委院校所站馆])?(?:工作)?实际"
)


@functools.cache
def _introduced() -> re.Pattern[str]:
    """An organisation's name opening a clause, its short name in brackets after it, then what it is or does
    ("X镇人民政府(以下简称镇政府)结合本镇实际,统筹实施…")."""
    # (or drawing on its own conditions: "结合本镇实际", never another's, "结合全省实际")
    describes = "|".join((*_DESCRIBES, "对", "負責", "负责", "主要", "组织", "实施", _OWN_CONDITIONS))
    return re.compile(
        r"(?:^|(?<=[。；;，,:：\s由经在对]))(?P<name>(?:(?![由经在对])[\u4e00-\u9fff]){3,30})"
        r"[(（]\s*(?:以下)?(?:简称|下称|簡稱)[:：]?\s*"
        rf"[“\"]?[\u4e00-\u9fff]{{1,12}}[”\"]?\s*[)）](?={describes})"
    )


@functools.cache
def _self_description() -> re.Pattern[str]:
    """An organisation's name (the shortest that ends as one) right before words that describe it; its place
    may be masked by the publisher ("XX县司法局内设…")."""
    suffixes = "|".join(re.escape(suffix) for suffix in vocabulary().organisation_suffixes)
    describes = "|".join(_DESCRIBES)
    # (its founding after a comma too: "宜丰县石门岭国有林场,始建于1957年10月")
    founded = "|".join(_FOUNDED)
    return re.compile(
        rf"(?:[XＸx×*＊]{{2,4}}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{{2,24}}?(?:{suffixes})"
        rf"(?={describes}|[,，](?:{founded}))"
    )


_FOUNDED = ("成立", "始建", "设立", "設立", "组建", "組建", "前身")


# a name's short form in brackets after it: "(以下简称“县妇联”)", "(以下简称:专项资金)", "(简称省卫健委)"
_SHORT_NAME = r"[(（]\s*(?:以下)?简称\s*[:：]?\s*[“\"]?[\u4e00-\u9fff]{2,12}[”\"]?\s*[)）]"


@functools.cache
def _acting() -> re.Pattern[str]:
    """A place's organisation (the shortest name that ends as one) opening a sentence, or the clause after
    the instructions it follows ("…文件精神,X局贯彻落实…"), right before words of it acting or counting."""
    suffixes = "|".join(re.escape(suffix) for suffix in vocabulary().organisation_suffixes)
    return re.compile(
        rf"(?:^\s*|[。；;！!]\s*|[(（][一二三四五六七八九十\d]{{1,2}}[)）]\s*|(?:精神|要求|规定|部署)[,，]\s*"
        # or the clause after the purpose or the event it opens with ("为做好X工作,Y中心按照…", "…疫情后,Y中心…")
        # (a heading run on into the sentence: "1.项目概况2018年8月,…疫情后,Y中心领导高度重视")
        rf"|(?:^|[。；;！!]|概况|基本情况)\s*(?:为[^，,。；;]{{2,40}}?(?:工作|任务)"
        # (or the instructions it carries out, their titles blanked: "为贯彻落实《X条例》和《Y方案》,Z局组织实施…")
        rf"|为(?:认真|全面)?(?:贯彻落实|贯彻|落实)[^，,。；;]{{0,80}}?"
        rf"|(?:20\d\d\s*年(?:\s*\d{{1,2}}\s*月)?\s*[,，]?)?[^，,。；;]{{2,30}}?后)[,，]\s*)"
        r"(?P<year>20\d\d\s*年度?\s*[,，]?\s*)?"  # "2020年某县殡仪馆向县级财政争取…": the year opening the sentence
        # (its short name given in brackets before it acts: "X委员会(以下简称省卫生健康委)会同…")
        rf"(?P<name>[\u4e00-\u9fff]{{2,24}}?(?:{suffixes}))(?=(?:{_SHORT_NAME})?(?:{vocabulary().acting_words}))"
    )


@functools.cache
def _acts() -> re.Pattern[str]:
    """An organisation's ending right before words of it acting: what every name ``_acting`` finds ends with, found
    by the endings' characters in compiled code, where ``_acting`` tries its openings at every character."""
    suffixes = "|".join(re.escape(suffix) for suffix in vocabulary().organisation_suffixes)
    return re.compile(rf"(?:{suffixes})(?:{_SHORT_NAME})?(?:{vocabulary().acting_words})")


# the organisation opening a sentence acting on the report's own unit: another ("某县财政局2023年共下达我局…",
# "某县审计局2023年对我局…"); "X局贯彻…，完善我局…", "X局对该项目高度重视" are the unit speaking of itself
_ACTS_ON_US = re.compile(
    r"(?:下达|拨付|拨给|转拨|划拨|分配|给予?|向|对)了?(?:我(?:局|委|办|院|校|馆|站|所|中心|单位|部门)|本(?:单位|部门|局))"
)
# a finance or an audit office overseeing every unit or the report's project, or paying money out ("某县财政局…组织各
# 预算单位开展…", "某县审计局2023年对该项目…", "某市财政局2022年共下达X经费80万元"): no unit of one of them
_OVERSEEN = re.compile(
    r"各(?:预算|县直|市直|区直)?(?:单位|部门)|(?:对|就)(?:该|本)项目|(?:共|累计)?(?:下达|下拨|拨付|拨入|追加)"
)
_SENTENCE_STOP = re.compile(r"[。；;！!？?]")
_CARRIED_OUT_BY = re.compile(r"^.*(?<!自)由")  # not 自由 ("自由贸易试验区")


def acting_unit(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation that the sentences at the top of the page open with, acting or counting ("X局2024年
    年初预算项目共14个", "X局认真贯彻…"), when they all name the same one and it opens with its place ("X县",
    "中共X县委"); how a report cut above its title still says whose it is. The weakest evidence of a unit."""
    vocab = vocabulary()
    named: list[Part] = []
    for line in page_head(lines):
        if line.number in chrome:
            continue
        text = without_citations(line.text)
        if _acts().search(text) is None:
            continue  # most lines: no organisation acting
        for found in _acting().finditer(text):
            name, start = found.group("name"), found.start("name")
            if (joined := _JOINED_BY.search(name)) is not None:
                name = name[: joined.start()]  # "X厅会同Y厅…": X leads, Y joins it
            if (by := _CARRIED_OUT_BY.search(name)) is not None:
                name, start = (
                    name[by.end() :],
                    start + by.end(),
                )  # "X工程由Y局组织实施": the work, then who does it
                if _FIRM.search(name):
                    continue  # "由某会计师事务所对…开展了绩效评价", "由某建设公司组织实施": a firm working for the unit
            if name.startswith("经") and leading_place(name[1:]) > 0:
                name, start = (
                    name[1:],
                    start + 1,
                )  # "经上饶市人力资源和社会保障局组织自评,…": the one who did it
            if vocab.not_title_start.match(name) or name.startswith(_SELF_OPENINGS):
                continue  # "现将某县统计局…", "根据某县…": a sentence's opening words are no part of a name; "我省X厅": the
                # province speaking, its office named after it
            stop = _SENTENCE_STOP.search(text, found.end())
            end = stop.start() if stop else len(text)
            # (not "X局积极组织人员对本局2023年度Y项目…进行自评": the unit evaluating its own)
            own_evaluation = "自评" in text[found.end() : end] and not vocab.overseer.search(name)
            if (_ACTS_ON_US.search(text, found.end(), end) and not own_evaluation) or (
                vocab.overseer.search(name) and _OVERSEEN.search(text, found.end(), end)
            ):
                continue  # "某县财政局2023年共下达我局…", "某县审计局2023年对该项目…": another acting on us
            if found.group("year") and vocab.overseer.search(name):
                continue  # "2022年,某县财政局对2021年度X资金开展了绩效评价": a finance office's review told by its year
            if (leading_place(name) or name.startswith("中共")) and not vocab.not_unit.search(name):
                named.append(Part(name, line.number, start, start + len(name)))
    if not named or any(part.text != named[0].text for part in named):
        return None
    return named[0]


def own_document_issuer(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation that issued a document of its own for the evaluation, named at the head of the page
    ("制定《玉溪市公共资源交易中心2022年度项目支出绩效自评工作方案》", "制发《保山市交通运输局关于做好2020年绩效自评…的
    通知》"), when every such document names the same one: the unit, as weak as the one its sentences open with. A
    document 转发 or 按照 (a finance bureau's notice) is another's."""
    named: list[Part] = []
    for line in page_head(lines):
        if line.number in chrome:
            continue
        for found in _issued().finditer(line.text):
            name = found.group("name")
            if leading_place(name) and not vocabulary().not_unit.search(name):
                named.append(Part(name, line.number, found.start("name"), found.end("name")))
    if not named or any(part.text != named[0].text for part in named):
        return None
    return named[0]


@functools.cache
def _issued() -> re.Pattern[str]:
    suffixes = "|".join(re.escape(suffix) for suffix in vocabulary().organisation_suffixes)
    return re.compile(
        rf"(?:制定|制发|印发|编制)(?:了)?《(?P<name>[\u4e00-\u9fff]{{2,24}}?(?:{suffixes}))(?=关于|20\d\d\s*年)"
    )


# who a sentence says carries the project out: "由X(负责)(组织)实施", "X作为项目实施单位", "实施主体为X", "项目业主为X"
_IMPLEMENTED = re.compile(
    r"由(?P<by>[\u4e00-\u9fff]{3,30}?)(?:作为(?:项目)?实施单位)?(?:负责)?(?:统筹)?(?:组织|牵头|具体)?实施"
    r"|(?P<as>[\u4e00-\u9fff]{3,30})作为(?:项目)?(?:实施单位|项目单位|实施主体|项目法人)"
    r"|(?:实施主体|项目业主|业主单位|项目法人)\s*(?:为|是|[:：])\s*(?P<is>[\u4e00-\u9fff]{3,30}?)(?=[，,。；;(（\s]|$)"
)
_HANZI = re.compile(r"[\u4e00-\u9fff]")
# the words a clause has before the name ("2021年…", "该项目由…")
_LEAD_IN = re.compile(r"(?:年度?)?(?:(?:该|本|此|整个)?项目)?(?:主要)?由?")
_BEFORE_A_NAME = "由年度为是"
_SELF_OPENINGS = ("我", "本", "该", "各")


def implementing_unit(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation the sentences at the top of the page say carries the project out ("项目由某县水利局组织实施",
    "某区教育局作为项目实施单位", "实施主体为某县住建局"), when they all name the same whole organisation opening with
    its place: the 实施单位 a project's report is the unit of, said only in prose. As weak as a unit's acting."""
    named: list[Part] = []
    for line in page_head(lines):
        if line.number in chrome or (
            "实施" not in line.text and "作为" not in line.text and "业主" not in line.text
        ):
            continue
        text = without_citations(line.text)
        for found in _IMPLEMENTED.finditer(text):
            group = next(g for g in ("by", "as", "is") if found.group(g))
            start, end = found.start(group), found.end(group)
            start += len(_LEAD_IN.match(text, start).group())  # type: ignore[union-attr]
            if (joined := _JOINED_BY.search(text, start, end)) is not None:
                end = joined.start()  # "由X厅会同Y厅组织实施": X leads, Y joins it
            if (owned := _OWNED_BY.search(text, start, end)) is not None:
                start = owned.end()  # "由X局所属的Y中心统筹组织实施": Y, the body X oversees, carries it out
            if text.startswith(_SELF_OPENINGS, start):
                continue  # "由我省水利厅…": the province speaking, its office named after it
            # the clause's own words may stand before the name ("2021年某区教育局作为…"): the longest whole name
            # starting where a word does (not "项目由县…", read as a place)
            at = next(
                (
                    at
                    for at in range(start, end - 2)
                    if (
                        at == 0
                        or not _HANZI.match(text[at - 1])
                        or text[at - 1] in _BEFORE_A_NAME
                        or (owned is not None and at == start)
                    )
                    and _organisation(text[at:end])
                ),
                None,
            )
            if at is None or vocabulary().overseer.search(text[at:end]):
                continue
            named.append(Part(text[at:end], line.number, at, end))
    if not named:
        return None
    # (the same one named again in short, its place's level kept: "奉贤区养老服务指导中心" … "区养老服务指导中心")
    whole = max(named, key=lambda part: len(part.text))
    if any(
        part.text != whole.text and not (whole.text.endswith(part.text) and part.text.startswith(_OWN_LEVEL))
        for part in named
    ):
        return None
    return whole


_OWNED_BY = re.compile(r"(?:所属|下属|直属)的")


# who a sentence says oversees the project: "在业务主管单位X的指导下", "项目主管部门为X" (a form's "主管部门 | X"
# cell is a label's, read with the form)
_OVERSEEN_BY = re.compile(
    r"(?:业务主管单位|主管(?:单位|部门)\s*(?:为|是))\s*(?P<name>[\u4e00-\u9fff]{3,30}?)(?=的?指导|[，,。；;(（\s]|$)"
)


_CARRIER_NAMED = re.compile(r"(?:实施|建设|承担)(?:单位|主体)")


def overseeing_unit(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation the sentences at the top of the page say oversees the project ("在业务主管单位某区民政局的
    指导下"), when they all name the same whole organisation opening with its place: the unit of a project that
    others (social organisations, contractors) carry out, said only in prose. Weaker than who carries it out."""
    head = [line for line in page_head(lines) if line.number not in chrome]
    if any(_CARRIER_NAMED.search(line.text) for line in head):
        # "项目主管部门为X局，项目实施单位为Y站": Y's project; "本工程建设单位为我院，主管部门为X局": the hospital's
        return None
    named = [
        Part(found.group("name"), line.number, found.start("name"), found.end("name"))
        for line in head
        if "主管" in line.text
        for found in _OVERSEEN_BY.finditer(line.text)
        if _organisation(found.group("name")) and not vocabulary().overseer.search(found.group("name"))
    ]
    if not named or any(part.text != named[0].text for part in named):
        return None
    return named[0]


_WHERE = re.compile(
    r"(?:^|[。；;])\s*(?P<name>[\u4e00-\u9fff]{2,12}?(?:省|市|州|县|区|旗|镇|乡|街道))(?:地处|位于)"
)


def described_place(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The place a sentence at the top of the page opens with, saying where it lies ("松木塘镇地处桃江偏远乡镇",
    "巴中市巴州区地处四川省东北部"): whose report it is when the report speaks as that place ("我镇")."""
    for line in page_head(lines):
        if "地处" not in line.text and "位于" not in line.text:
            continue
        found = _WHERE.search(line.text) if line.number not in chrome else None
        if found is not None and leading_place(found.group("name")) == len(found.group("name")):
            return Part(found.group("name"), line.number, found.start("name"), found.end("name"))
    return None


_DATE = r"(?:20\d\d|二[〇O零○][一二三四五六七八九〇O零○]{2})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
# a cover run together: "…专项资金绩效评价报告湖南省国土资源厅2023年6月" (the title may be cut: "…绩效自评报"),
# or set apart by spaces, the date in brackets: "…支出绩效评价报告 南县某执法大队 (2022 年 2 月 23 日)"
_COVER = re.compile(r"(?:报告|自评表|报)\s*(?P<name>[\u4e00-\u9fff()（）]{3,30}?)\s*[(（]?\s*$")
_COVER_REACH = 36  # characters before the date: 报告 and the name
_DATE_INSIDE = re.compile(_DATE)
_DATE_LINE = re.compile(rf"^\s*{_DATE}")
_DATE_OPENINGS = ("2", "二")
# a signature's name alone on its line, with the note of where its seal goes or not ("某局（盖章）")
# a signature: the name alone, with the seal's place ("（盖章）"), a second name in brackets ("X局（县知识产权局）")
# or a label before it ("单位（盖章）：X馆")
_NAME_LINE = re.compile(
    r"^\s*(?:(?:单位|报告单位|填报单位)\s*(?:[(（]\s*(?:盖章|公章)\s*[)）])?\s*[:：]\s*)?"
    r"(?P<name>[\u4e00-\u9fff()（）]{3,30}?)\s*(?:[(（][\u4e00-\u9fff]{2,20}[)）])?"
    r"\s*(?:[(（]\s*(?:盖章|公章|签章|印章)\s*[)）])?\s*$"
)


def _organisation(name: str) -> bool:
    """Whether ``name`` is a whole organisation's name that opens with its place ("湖南省国土资源厅")."""
    vocab = vocabulary()
    return (
        organisation_end(name) == len(name)
        and not name.endswith(vocab.place_suffixes)
        and (leading_place(name) > 0 or name.startswith("中共"))
        and not vocab.not_unit.search(name)
    )


def _without_division(name: str) -> str | None:
    """The organisation a signature names before its internal division ("X局财务科", "X医院财务科": the
    division writes for its organisation), or None."""
    if not name.endswith(vocabulary().division_endings):
        return None
    for cut in range(len(name) - 2, max(2, len(name) - DIVISION_LENGTH - 1), -1):  # the longest first
        if _organisation(name[:cut]):
            return name[:cut]
    return None


_SEALED_NAME = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff()（）]{3,30}?)\s*[(（]\s*(?:公章|盖章|签章|印章)\s*[)）]"
)


def signed_unit(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation that signs the report with a date: after the title on a cover run together into one
    line at the top ("…绩效评价报告湖南省国土资源厅2023年6月"), or on a line of its own above the date, else the issuer
    of a red-headed document's letterhead. A report signs as its author; when signatures disagree (a page of several
    reports) none is taken."""
    signed: list[Part] = []
    letterheads: list[Part] = []
    head = page_head(lines)
    for at, line in enumerate(head):
        text = line.text
        # a red-headed document's letterhead, its number under it ("X局文件" / "某人社发〔2024〕36号"): its issuer's
        # (printed over the title, a site may take it for its own header: read in its chrome too)
        letterhead = _LETTERHEAD.match(text) if "文" in text else None
        if (
            letterhead is not None
            and _organisation(letterhead.group("name"))
            and any(_NOTICE_LINE.match(later.text) for later in head[at + 1 : at + _LETTERHEAD_REACH])
        ):
            letterheads.append(
                Part(letterhead.group("name"), line.number, letterhead.start("name"), letterhead.end("name"))
            )
        # a cover's signature without its date beside it: the name right before its seal's note, opening the line
        # ("广东省某厅 (公章) (公章) 项目(用款)单位法人代码 …", a cover's cells run into one line)
        sealed = _SEALED_NAME.match(text) if "章" in text and line.number not in chrome else None
        if sealed is not None and _organisation(sealed.group("name")):
            signed.append(Part(sealed.group("name"), line.number, sealed.start("name"), sealed.end("name")))
        if "月" not in text or "报" not in text or line.number in chrome:
            continue
        for date in _DATE_INSIDE.finditer(text):  # a date is rarer than 报: found first, the name before it
            before = _COVER.search(text, max(0, date.start() - _COVER_REACH), date.start())
            if before is not None and _organisation(before.group("name")):
                signed.append(
                    Part(before.group("name"), line.number, before.start("name"), before.end("name"))
                )
    for index, line in enumerate(lines):
        # a date line is rarer than a name line: find it first, then the name above it
        if line.text.lstrip()[:1] not in _DATE_OPENINGS or not _DATE_LINE.match(line.text):
            continue
        above = next(
            (earlier for earlier in lines[max(0, index - 2) : index][::-1] if earlier.text.strip()), None
        )
        if above is None or above.number in chrome:
            continue
        own = _NAME_LINE.match(above.text)
        if own is None:
            continue
        name = own.group("name") if _organisation(own.group("name")) else _without_division(own.group("name"))
        if name is not None:
            signed.append(Part(name, above.number, own.start("name"), own.start("name") + len(name)))
    # (a signature names the author over a letterhead: a government signs what its office's letterhead issued)
    signed = signed or letterheads
    if not signed or any(part.text != signed[0].text for part in signed):
        return None
    return signed[0]


_LETTERHEAD = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff()（）]{3,30}?)\s*文\s*件\s*$")
_NOTICE_LINE = re.compile(rf"^\s*{NOTICE_NUMBER}\s*$")
_LETTERHEAD_REACH = 4  # lines from the letterhead to its document's number, blank ones among them


_PHASE = r"[(（](?:[一二三四五六七八九十\d]{1,2}期|第[一二三四五六七八九十\d]{1,2}批)[)）]"


@functools.cache
def _project_description() -> re.Pattern[str]:
    """A project's name (the shortest that ends as one, or in 费: "村级转移支付办公费", with its phase: "X工程
    (二期)") opening a sentence, right before words that say what it is, what it pays for or where it lies ("X改线
    工程起于…村", "X项目位于…"; "X建设项目,是落实…的重要举措", a comma before 是)."""
    ending = vocabulary().fund_ending
    return re.compile(
        # (after the unit's word for itself: "我局“森林草原防灭火专项经费”项目主要用于…")
        # (or what it carries out, its year first: "2019年，我局实施的X项目（以下简称“该项目”）…")
        r"(?:20\d\d\s*年度?\s*[，,]\s*)?"
        rf"(?:(?:{_SELF}|我(?:单位|中心|部门))(?:(?:组织)?(?:实施|负责|承担)的)?)?"
        # (or after its place and year: "西岸镇2023年X项目（以下简称“该项目”）是…", the name the year leaves)
        r"(?:[\u4e00-\u9fff]{2,10}?(?:省|市|州|盟|县|区|旗|镇|乡|街道)?\s*20\d\d\s*年度?(?![度底末初]))?"
        rf"(?P<name>[\u4e00-\u9fff“”]{{3,30}}?(?:{ending}|费)(?:{_PHASE})?)"
        # (not what it counts or costs, "X项目为23个", "X经费为3.6亿元", nor another project it comes before, "X工程
        # 是本项目的前期工程")
        # (or named 该项目 in short, whatever follows: "X项目（以下简称“该项目”）按照…")
        r"(?=[(（]以下简称\s*[“\"]?[该本]项目[”\"]?\s*[)）]"
        r"|(?:[(（]以下简称[^()（）]{1,16}[)）])?(?:[,，]?是(?!本项目|该项目)|即"
        r"|为(?!了|止|\s*\d[\d.,]*\s*(?:[万亿]?元|个\s*(?:项目)?\s*(?:[，,。；;]|$))"
        r"|\s*[一二三四五六七八九十两]+\s*个\s*(?:项目)?\s*(?:[，,。；;]|$))"
        r"|系(?!统)|主要用于|起于|位于))"
    )


_A_PLAN = re.compile(r"(?:实施|行动|建设|工作|投资)计划$")
_TWO_JOINED = re.compile(r"(?:项目|工程|资金)[和及与、]")  # "X项目和Y项目是…": two projects
_KINDS_COUNTED = re.compile(
    r"\s*(?:为|分为|包括)[^，,。；;]{0,30}?[两二三四五六七八九十\d]\s*类\s*(?:[，,。；;]|$)"
)
_QUOTED_PROJECT = re.compile(r"“([^“”]+)”(?:项目)?")  # "“森林草原防灭火专项经费”项目": the name in its quotes


def described_project(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The project that opens a sentence describing it just under a 基本情况 or 项目概况 heading ("X项目是
    办公室的持续性项目", "X办公费即村管费"): what a page cut above its title is about. The weakest evidence."""
    vocab = vocabulary()
    for line, first, last in _background(lines, chrome):
        for start in _sentence_starts(line.text, first, last):
            found = _project_description().match(line.text, start)
            if found is None:
                continue
            name = found.group("name")
            quoted = _QUOTED_PROJECT.fullmatch(name)
            name = quoted.group(1) if quoted else name.strip("“”")
            # "政协某委员会项目经费是…": the organisation's project money as a whole, no project
            named = name[organisation_end(name) or 0 :]
            if (
                "的" in name
                or _A_PLAN.search(name)
                or _TWO_JOINED.search(name)
                or _KINDS_COUNTED.match(line.text, found.end("name"))
            ):
                # "2023年实施的农村危房改造项目是…": a clause about the project, not its name; "X行动计划（以下简称…）是…",
                # "X项目为上年结转项目和当年新建项目两类": a plan, or a class of projects
                continue
            if not (
                vocab.not_project.search(name)
                or vocab.not_evaluated.search(name)
                or vocab.generic_fund.fullmatch(name)
                or vocab.not_project.search(named)
            ):
                return Part(name, line.number, start, found.end("name"))
    return _sole_project(lines, chrome) or _headed_project(lines, chrome)


# a heading naming a project, alone on its line ("（一）X项目", "二、X项目绩效自评情况", "（三）X项目概况")
_PROJECT_HEADING = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.．])\s*(?P<name>\S{3,30}?)"
    r"(?:绩效自评情况|自评情况|绩效情况|基本情况|概况)?\s*$"
)


def _headed_project(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The one project a heading of the page names ("（一）X项目", "二、X项目绩效自评情况", "（三）X资金概况"): none where
    headings name several (a unit's report on its projects), or the one they name is no project's name."""
    vocab = vocabulary()
    # (its batch or level in brackets after it: "一、中央X资金(第一批补助)")
    ending = re.compile(rf"(?:{vocab.fund_ending})(?:[(（][^()（）]{{1,12}}[)）])?$")
    headed = [
        (line, found)
        for line in lines
        if line.number not in chrome
        and (found := _PROJECT_HEADING.match(line.text)) is not None
        and ending.search(found.group("name"))
        and not vocab.not_project.search(found.group("name"))
        and not vocab.generic_fund.fullmatch(found.group("name"))
    ]
    # (none where they name several, or one fund's batch or level: "一、中央X资金(第一批补助)" opens a list of them)
    names = {found.group("name") for _, found in headed}
    if len(names) != 1 or names.pop().endswith((")", "）")):
        return None
    line, found = headed[0]
    return Part(found.group("name"), line.number, found.start("name"), found.end("name"))


@functools.cache
def _one_project() -> re.Pattern[str]:
    """A unit saying its one project and naming it ("我校2021年项目为一个:X项目", "实施项目一个:X项目")."""
    ending = vocabulary().fund_ending
    return re.compile(
        r"项目(?:为|有|共|共有)?(?:一个|1个|一项|1项)\s*[:：]\s*"
        rf"(?P<name>[\u4e00-\u9fff]{{3,30}}?(?:{ending}))(?=[(（\s。，,；;]|$)"
    )


def _sole_project(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The project the head of the page says is the unit's only one ("我校2021年项目为一个:义务教育公用经费项目")."""
    for line in page_head(lines):
        if line.number in chrome or "项目" not in line.text:
            continue
        found = _one_project().search(line.text)
        if found is not None and not vocabulary().not_project.search(found.group("name")):
            return Part(found.group("name"), line.number, found.start("name"), found.end("name"))
    return None
