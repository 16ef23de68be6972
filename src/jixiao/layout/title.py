"""The report's title and what it names: the unit, the budget year, the project or fund, the kind.

"鸡飞镇2022年农村危房改造项目自评报告", "2024年度腾冲市林业和草原局部门整体支出绩效自评报告",
"中央支持地方公共文化服务体系建设补助资金2022年度绩效自评报告": the year splits the title into what
stands before it (a unit, a place, or a fund's name) and what stands between it and the title words (the
subject: a unit, a project, or the kind). A title split over two lines is joined."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.chrome import is_mark
from jixiao.layout.headings import LIST_ITEM, is_heading
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.layout.wrap import page_cuts

# an anonymised year ("20xx年度") divides a title as a real one does, but states no year
_YEAR = re.compile(r"(20\d{2}|20[xX×*＊]{2}|[xX×*＊]{4})\s*(?:年度|年(?!\s*\d{1,2}\s*月)|度)")
# "2016质量兴省财政支出项目绩效评价报告": a title may open with its year written without 年
_YEAR_SPAN = re.compile(r"20\d\d\s*年?度?\s*(?:至|到|[-—－~～])\s*20\d\d\s*年度?")
_SPAN_BEFORE_ITS_YEAR = re.compile(
    r"(?P<span>" + _YEAR_SPAN.pattern + r")(?P<rest>[\u4e00-\u9fff（）()]{2,40}?20\d\d\s*年度?"
    r"(?:项目支出|部门整体支出|项目|专项资金|资金)?(?:绩效)?(?:自评|评价))"
)
_BARE_YEAR = re.compile(r"\s*(20\d{2})(?=[\u4e00-\u9fff])(?![年月度])")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_PUBLICATION_YEAR = re.compile(
    r"20\d\d\s*年度?\s*(?:部门)?(?:预决算|预算|决算)?(?:绩效)?(?:信息)?公开\s*(?:之|[:：]|[—–-]*)"
)
_POSTED_THEN_EVALUATED = re.compile(
    r"(?P<posted_words>\s*(?P<posted>20\d\d)\s*年度?)(?P<between>[^\d年]{2,40}?)(?:关于|对)?\s*(?P<evaluated>20\d\d)\s*年"
)


def _names_the_unit(text: str) -> bool:
    """Whether ``text`` is a unit's or a place's name whole ("长沙县财政局", "益阳市资阳区")."""
    text = text.strip()
    return organisation_end(text) == len(text) or (leading_place(text) == len(text) > 0)


_JOINED_DOCUMENT = re.compile(r"(?:报告|自评表)\s*(20\d\d)\s*(?P<rest>[及和与]\s*20\d\d\s*年.+)$")
_YEAR_AFTER = re.compile(
    r"(?:报告|自评表|评价表)\s*[(（]\s*(?:评价年度\s*[:：]\s*)?20\d\d\s*年度?\s*(?:支出|资金|预算)?\s*[)）]\s*$"
)
_PERIOD = re.compile(r"^\s*20\d\d\s*[-—－~～至]\s*20\d\d\s*(?:年度?)?(?=[\u4e00-\u9fff])")
_BRACKETED_PERIOD = re.compile(
    r"(?<=[(（])\s*(?:19|20)\d\d\s*(?:年度?)?\s*[-—－–~～至]\s*(?:19|20)\d\d\s*(?:年度?)?\s*(?=[)）])"
)
# the start of a period whose end year the title's year is ("X局2016-2020年财政专项扶贫资金…"): no part of the name
_PERIOD_START = re.compile(r"20\d\d\s*(?:年度?)?\s*[-—－~～至]\s*$")
# a notice's number, the document that allocated a fund ("湘财农指〔2023〕45号", "宜财建〔2023〕8号文")
NOTICE_NUMBER = r"[\u4e00-\u9fff]{1,12}[〔\[【(（]\s*20\d\d\s*[〕\]】)）]\s*\d{1,4}\s*号文?"
# a budget code before a unit: "046001-霍山县残联", "[301001]某局", "【046001】某局", "319001某局" (a system's export)
# (and a posting date a site prints before it: "2022-04-15  某县林业局2021年度…")
# "第四部分2022年度X项目绩效评价情况": a part of the unit's yearly publication (its 决算's part on performance) that
# is one evaluation, titled as a report is
_PART_OF_PUBLICATION = r"第[一二三四五六七八九十]{1,3}部分\s*(?=20\d\d)"
_TITLED_PART = re.compile(r"^\s*" + _PART_OF_PUBLICATION)
CODE_PREFIX = re.compile(
    r"^\s*(?:20\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+|(?:[\dA-Za-z]{3,}\s*[-—_－]\s*)+|[\[【(（]\s*\d{3,}\s*[\]】)）]"
    r"|\d{6,}\s*(?=[\u4e00-\u9fff])|" + _PART_OF_PUBLICATION + r")\s*"
)
_UNIT_NOTE = re.compile(
    r"[(（][^()（）]{0,30}?(?:更名|组建|机构改革|撤并|合并|原名|下属|二级单位)[^()（）]{0,30}[)）]"
    r"|[(（]\s*原\s*[\u4e00-\u9fff]{2,30}[)）]"  # "X局（原Y局）": the unit's former name
)
_DOUBLED_PLACE = re.compile(r"\s*([\u4e00-\u9fff]{2,12}?)(?:\s*[-—－/／|｜]\s*|\s{2,})(?=\1)")
_ALIAS = re.compile(r"[(（][^()（）]{2,20}[)）]?")  # a second name in brackets (the closing one trimmed)
_TRIM = " \t:：-—_|｜《》“”\"'()（）【】·•、,，□■※"  # (a scan's stray marks too)
_LEAD_TRIM = _TRIM.replace("《", "")
_KIND_TAIL = re.compile(
    r"(?:部门\s*[(（]\s*单位\s*[)）]\s*|部门|单位)?(?:整体支出|整体|项目支出|项目)?(?:绩效|预算|财政)?.*$"
)
# what a project title ends with before its title words: "…资金项目支出绩效" names the project "…资金项目",
# "X工程财政支出项目绩效评价" the project X,
# "…转移支付区域绩效" (a region's evaluation of a transfer) the transfer, "…专项资金使用情况绩效" the fund
_KIND_WORDS_AT_END = re.compile(r"(?:部门\s*[(（]\s*单位\s*[)）]|部门|单位)?(?:整体支出|整体|项目支出)$")
_PROJECT_TAIL = re.compile(
    r"\s*(?:财政支出(?:项目)?)?(?:支出)?(?:的)?(?:(?:预算)?(?:管理)?(?:使用|执行|实施)情况)?(?:区域)?\s*(?:事[前中后]|过程)?(?:预算)?(?:绩效)?(?:目标)?"
    # 工作 after the words of evaluating is the title's ("…绩效评价工作"); after a name it is the name's ("国内侨务工作")
    # and 管理 only after the words of evaluating ("…绩效管理"), a name's own after any other ("学生事务管理")
    r"(?:(?:评价|(?<=绩效|目标|预算)管理)(?:(?:开展|进行)了?)?(?:工作)?|(?:开展|进行)了?(?:工作)?)?(?:的)?$"
)
# what a fund's or project's name ends with, when a title names it without a year before its title words


@functools.cache
def _fund_name() -> re.Pattern[str]:
    # (a road's, a line's or a work's name may open it: "G107线…工程", "10kV及以下…资金", "《…》编纂经费"; it holds
    # no year but in brackets: "《常德年鉴（2022）》", never "22年度X项目" or "2022-2025X项目")
    return re.compile(
        r"(?!.*\d\s*年)(?!.*(?<![(（\d])20\d\d)"
        r"[\u4e00-\u9fff“《A-Za-z\d][\u4e00-\u9fff()（）、“”《》A-Za-z\d+\-.~～]{1,58}"
        + vocabulary().fund_ending
    )


_FORM_SCOPE = re.compile(r"(区域)\s*[(（]\s*项目\s*[)）]")
# a name in brackets may hold one bracket of its own ("(义务教育小规模(教学点)智慧学校建设项目)转移支付")
_IN_BRACKETS = r"(?:[^()（）]|[(（][^()（）]{1,20}[)）])"
# a name in brackets after the title words ("…绩效自评报告（云龙产业园基础设施配套路网项目）"), also after a dash
# and behind the allocating notice's number and the place and year it was allocated for ("——(弥财农指〔2022〕
# 26号弥勒市2022年Y项目经费)")
_BRACKETED = re.compile(
    # ("（项目名称：X）": the cell's label is no part of the name)
    r"\s*[—–－-]*\s*[(（]\s*(?:项目名称\s*[:：]\s*)?(?:[\u4e00-\u9fff]{1,10}[〔\[【]\d{4}[〕\]】]\d{1,4}号)?"
    r"(?:[\u4e00-\u9fff]{2,8}?[市县区州旗](?=20\d\d\s*年))?"
    r"(?:20\d\d(?:年度|年(?!度)))?((?!20\d\d\s*年)" + _IN_BRACKETS + r"{4,60}?)\s*[)）]\s*$"
)
_CLOSED_BEFORE = re.compile(r"([^()（）\s]{4,60})\s*[)）]")  # a name, then the bracket it stood in closes
# after the bracket a name closes, only the kind it is: "(2024年X资金)项目…" (not "(2023年度X资金)Y改扩建项目", a
# project named after its fund)
_KIND_AFTER_BRACKET = re.compile(r"\s*(?:项目|资金|专项)?\s*")
# after the bracket only a batch or a class of projects ("(2023年度X资金)第一批项目", "…)产业发展类项目"): X is named
_BATCH_OR_CLASS = re.compile(
    r"\s*(?:第[一二三四五六七八九十\d]{1,3}批次?|[\u4e00-\u9fff]{1,8}类)\s*(?:项目)?(?:支出)?\s*"
)
# a notice's number in a bracket nested in another ("(2024年X资金(皖财资环〔2024〕579号))")
_NOTICE_NUMBER = re.compile(
    r"[(（]\s*[\u4e00-\u9fff]{1,10}[〔\[【(（]\s*20\d\d\s*[〕\]】)）]\s*\d{1,4}\s*号\s*[)）](?=\s*[)）])"
)
# a letterhead run into the title's line, opening it ("PAGE 2 X局文件 某发〔2018〕19号 2017年度…报告")
_LETTERHEAD_RUN_IN = re.compile(
    r"^(?P<lead>[\sA-Z\d]*?)(?P<issuer>[\u4e00-\u9fff()（）]{2,30}?[局委办厅院会室府心站所队])"
    r"(?P<mark>\s*文\s*件\s*" + NOTICE_NUMBER + r"\s*)"
)
_BRACKETED_FUND = re.compile(rf"[(（]({_IN_BRACKETS}{{4,60}})[)）](?:转移支付|资金|专项)?")
_ONLY_KIND = re.compile(r"^(?:部门|单位)?(?:整体|项目)?(?:支出)?(?:项目)?$")  # "支出项目": the kind, no name
_HEAD_LINES = 40


def _without_letterhead(text: str) -> str:
    """The title's text without a letterhead run into it: its document's number always; its issuer too when the title
    names its own unit or opens with 关于 ("X办公室文件 某发〔2023〕22号 某县人民政府关于…"), else the issuer stays, as
    the unit before the year ("X局文件 某发〔2018〕19号 2017年度…报告")."""
    found = _LETTERHEAD_RUN_IN.match(text)
    if found is None or organisation_end(found.group("issuer")) != len(found.group("issuer")):
        return text  # ("某县文化馆关于落实县财政局文件…": no letterhead, a sentence citing a document)
    rest = text[found.end() :]
    own = rest.startswith("关于") or organisation_end(rest) is not None
    start = found.start("issuer") if own else found.start("mark")
    return text[:start] + " " * (found.end() - start) + rest


def page_head(lines: Sequence[Line], count: int = _HEAD_LINES) -> Sequence[Line]:
    """The lines up to the ``count``-th that holds text: where a title and the sentences naming the report
    stand, however many blank lines a page's conversion put between its lines. Kept for the last page asked
    about: a dozen readers ask it of one page in turn."""
    kept = _HEADS[0] if _HEADS else None
    if kept is None or kept[0] is not lines:
        kept = (lines, {})
        _HEADS[:] = [kept]
    heads = kept[1]
    if count not in heads:
        heads[count] = _head(lines, count)
    return heads[count]


_HEADS: list[tuple[Sequence[Line], dict[int, Sequence[Line]]]] = []


def _head(lines: Sequence[Line], count: int) -> Sequence[Line]:
    seen = 0
    for index, line in enumerate(lines):
        if line.text.strip():
            seen += 1
            if seen == count:
                return lines[: index + 1]
    return lines


# a place's name: a few characters and a place suffix; autonomous areas carry longer names, and so do the zones
# governed as places ("湘潭经济技术开发区"), whose words would otherwise end a shorter "place" ("技术开发区")
_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?自治(?:县|州|区|旗)"
    rf"|[\u4e00-\u9fff]{{1,4}}?(?:{'|'.join(load_vocabulary('identity')['zone_suffixes'])})"
    r"|[\u4e00-\u9fff]{1,4}?(?:省|市|州|县|区|旗|镇|乡|街道)"
    r"|[XＸx×*＊]{2,4}[\u4e00-\u9fff]{0,2}?(?:省|市|州|县|区|旗|镇|乡)"  # masked by the publisher: "XX区", "**河县"
)
_GOVERNMENT_AFTER = re.compile(r"人民政府|政府|党委")  # a town's own offices after its name
_MAX_TITLE = 90
# a clause after the words of evaluating that goes on as a sentence ("…开展了绩效自评,其中…"), not a title's tail
# ("…绩效自评报告，附自评表", "…绩效自评，项目支出绩效自评报告")
_SENTENCE_AFTER_CUE = re.compile(
    r"[，,]\s*(?:其中|均|已|并|共|经|按|根据|为|在|由|现|主要|总体|全部|所有|涉及|覆盖|得分|结果)"
)
_ROW_BARS = 3  # a line with this many "|" holds two cells or more: a row, never a title's piece
# where a title's project name ends early: at its amount right before 项目/工程 ("X经费4.8万元项目"; a rate
# such as "每人每月100元" is the name's), or at a second 项目 after the first
# "渔政执法经费4.8万元项目": its amount; "X建设项目项目支出", "X建设项目建设": a word said twice; "X新建工程专项债券项目资金": the
# bonds that paid for it
_NAME_END = re.compile(
    r"(?<![每人月亩])\d+(?:\.\d+)?\s*(?:万|亿)?元(?=项目$|工程$)|(?<=项目)项目$|(?<=建设项目)建设$"
    r"|(?<=[项工][目程]|[一二三四五六七八九十\d]期|中心)(?:地方)?(?:政府)?(?:专项)?债券?(?:项目)?(?:资金)?$"
)
_CITED = re.compile(r"《[^《》]*》")
_BESIDE = 12  # lines between a site's title and the report's own


@dataclass(frozen=True)
class Part:
    """A span of the page: ``text`` from ``start`` on ``line`` to ``end`` (exclusive) on ``end_line``, which is
    another line only when the span goes on over a line the page's width cut."""

    text: str
    line: int
    start: int
    end: int
    end_line: int | None = None


@dataclass(frozen=True)
class Title:
    text: str
    lines: tuple[int, ...]
    kind: str | None
    year: Part | None
    unit: Part | None
    place: Part | None
    project: Part | None
    # the year written masked ("20xx年度", "20**年"): a 范文 site hid it, and no year of the text is the report's
    year_masked: bool = False


_PUBLISHING = load_vocabulary("identity")["publishing_verbs"]
_ABOUT = re.compile(rf"^[\s|｜]*关于\s*(?:对\s*)?(?:(?:{_PUBLISHING})\s*)?")
_PUBLISHED = re.compile(rf"(?:{_PUBLISHING})了?")
_BOND_ISSUER = re.compile(load_vocabulary("identity")["bond_issuer"])
_BRANCH_ENDINGS = ("分局", "分院", "分中心", "分所", "分队", "支队", "大队")
_HEAD_OFFICES = ("总局", "总队", "总院", "总站")
_GOVERNMENTS = ("人民政府", "政府", "门户网站", "网站")
# a chrome line ending with a label whose value the next line holds ("发布机构:", "来源")
_LABEL_ENDING = re.compile(
    r"[:：]\s*$|^\s*(?:发布机构|发文单位|发文机关|信息来源|来源单位|来\s*源|发布单位|责任部门)\s*$"
)


def _parent_of(above: str, own_unit: bool, branch: bool) -> bool:
    """Whether an organisation's name on the line above a title goes on into it: above a title naming no unit
    of its own, a head office above any ("国家税务总局"), a parent above a branch but no site's name."""
    if not own_unit and not branch:
        return True
    return above.endswith(_HEAD_OFFICES) or (branch and not above.endswith(_GOVERNMENTS))


_CLAUSE_MARK = re.compile(r"[，,。；;：:、]")
_ITEM_CLAUSE = re.compile(r"[，,、；;]")
_LEAD_IN = re.compile(r"[，,].*[:：]\s*$")
_LEADS_IN = re.compile(r"报告如下\s*[:：]?\s*$")


_TABLE_ROW = re.compile(r"\t|[|｜]\s*[^|｜\s]+\s*[|｜]")


_COUPLET = re.compile(r"[\u4e00-\u9fff]{4}[\s\u3000·、,，]+[\u4e00-\u9fff]{4}")


def _title_lines(
    lines: Sequence[Line], chrome: frozenset[int], rejoined: frozenset[int]
) -> Iterator[list[Line]]:
    """Each line with the title words, with the short lines right above it that the title was broken from
    ("2023年度" / "中共辰溪县委网信办部门整体支出" / "绩效自评报告"; a PDF wraps a long title anywhere)."""
    vocab = vocabulary()
    _, going_on = page_cuts(lines)
    content = [line for line in page_head(lines) if line.text.strip() and line.number not in chrome]
    marks = {line.number for line in page_head(lines) if is_mark(line.text)}
    labels_ending = {
        line.number
        for line in page_head(lines)
        if line.number in chrome - marks and _LABEL_ENDING.search(line.text)
    }
    for index, line in enumerate(content):
        text = line.text.strip()
        if (
            len(text) > _MAX_TITLE
            # a line going on from a sentence the page cut ("…开展了绩效自评工作，(1)前期准备：按照《某市财政" / "局关
            # 于2020年市级部门整体支出和项目支出绩效自评及财政绩效"); a title cut by the page goes on from no sentence
            or (
                line.number in going_on
                and index > 0
                and _CLAUSE_MARK.search(content[index - 1].text) is not None
            )
            or "。" in text
            or ";" in text  # a clause ends: a sentence, no title ("5.按要求公开…自评报告及其他…;按要求向…")
            # a sentence the page cut, rejoined, that leads in to the report ("X局…，现将2022年度…报告如下：")
            or (line.number in rejoined and _LEAD_IN.search(text))
            or (cue := vocab.title.search(text)) is None
            # a sentence going on after its words of evaluating ("所有项目均开展了绩效自评,其中非敏感涉密项目…"): no title
            or _SENTENCE_AFTER_CUE.match(text, cue.end())
            or (is_heading(text) and not _TITLED_PART.match(text))
            or vocab.not_title_start.match(text)
            or _LEADS_IN.search(text)  # "我厅组织开展了X资金的绩效自评工作,现将自评情况报告如下:"
            # a list's item running on into a clause ("2.完成重点项目绩效评价22个、部门整体支出绩效评价8个，…")
            or (LIST_ITEM.match(text) and _ITEM_CLAUSE.search(text))
        ):
            continue
        found = [line]
        length = len(text)
        # a title opening with its place ("某县某局2019年度…") goes on above only with a name or a year: a
        # site's slogan above it ("唐尧圣地 李氏故里") is no part of it; one opening with its own unit, only
        # with a year: a site's or a superior's name above it ("某县人民政府" / "某县水利局2023年度…") is none
        named = leading_place(text) > 0
        end = organisation_end(text) or 0
        # a branch's name goes on from its parent's above it ("某市生态环境局" / "某县分局…", "国家税务总局" /
        # "某县税务局…"): one official name; a site's name above it ("某县人民政府") is none of it
        branch = bool(named and end) and text[:end].endswith(_BRANCH_ENDINGS)
        own_unit = bool(named and end) and not branch
        for previous in reversed(content[:index]):
            above = previous.text.strip()
            length += len(above)
            if named and (
                # a slogan's couplet ("宋江故里 好汉之乡"), though its last word ends as a place's name does
                _COUPLET.fullmatch(above)
                or not (
                    (above.endswith(vocab.place_suffixes) and organisation_end(above) != len(above))
                    or (organisation_end(above) == len(above) and _parent_of(above, own_unit, branch))
                    or _YEAR.search(above)
                )
            ):
                break
            if (
                previous.number < found[0].number - 2
                # a site's chrome between ("某县人民政府" / "当前位置：首页>…" / "2023年度…"): the line above is the
                # site's name, no piece of the title
                or any(number in chrome for number in range(previous.number + 1, found[0].number))
                or length > _MAX_TITLE
                or len(above) > 45
                or re.search(r"[。，,；;:：]|^附件|^\d+$|^\d{4}-\d", above)
                # (or a site's own page title: "某某网--中国政务信息搜索网", "…在线观看_综合影院_欢迎您")
                or vocab.site_name.match(above)
                # a table's row ("满意度指标\t…\t93.6%\t10" / "总分\t\t100\t\t98.71" / "项目支出绩效自评表"): no piece of it
                or _TABLE_ROW.search(above)
                or not _HANZI.search(above)
                # a metadata label's value on its own line ("发布机构:" / "X局"), not a title's piece
                or (previous.number - 1 in labels_ending and not _YEAR.search(above))
                or vocab.title.search(above) is not None  # a title of its own, not a piece of this one
                # a table's row ("| 总分 | 100 | 93.8 |")
                or above.count("|") + above.count("｜") >= _ROW_BARS
                # a sentence's start ("根据《某厅关于…" / "…绩效自评的通知》"), no title's piece
                or vocab.not_title_start.match(above)
                or above == found[0].text.strip()  # the piece printed twice: what is above is no part of it
                or is_heading(above)
                # a collection's piece's heading ("篇一" / "某局2020年度…")
                or _PIECE_HEADING.fullmatch(above) is not None
            ):
                break
            found.insert(0, previous)
        yield found


def _part(
    lines: Sequence[Line], text: str, start: int, end: int, offsets: list[tuple[int, int, int]]
) -> Part:
    """A span of the joined title as a part on its line (a span never crosses the join)."""
    for offset, number, column in reversed(offsets):
        if start >= offset:
            return Part(text[start:end], number, column + start - offset, column + end - offset)
    raise AssertionError("span before the title")  # pragma: no cover


def _suffix_end(text: str, suffixes: Sequence[str]) -> int | None:
    for suffix in suffixes:
        if text.endswith(suffix):
            return len(text)
    return None


def without_citations(text: str) -> str:
    """``text`` with every cited document ("《关于开展…的通知》") blanked, columns kept: a citation names
    another document's subject, never the page's own."""
    if "《" not in text:
        return text  # most lines cite nothing
    return _CITED.sub(lambda cited: " " * len(cited.group()), text)


def plausible_name(name: str) -> bool:
    """Whether a name ending as a place's does name one (a unit's name may end so too), not a common word
    ending in the same character ("城乡", "社区", "全县")."""
    vocab = vocabulary()
    if name in vocab.cities_named_cheng:
        return (
            True  # "桐城市", "宣城市": a city whose name ends as the word 城市 does ("文明城市" is the word)
        )
    return name not in vocab.not_place_words and not name.endswith(vocab.not_place_endings)


def short_place(place: str) -> str:
    """An autonomous place's name as it is written short, without its peoples ("融水苗族自治县" -> "融水县",
    "黔东南苗族侗族自治州" -> "黔东南州"); any other place's as it is."""
    return vocabulary().autonomy.sub("", place)


# what makes a name written bare part of another place's ("广西壮族自治区", "吉林市", "海南藏族自治州", "重庆市")
_AFTER_A_BARE_NAME = ("自治区", "壮族自治区", "藏族", "省", "市", "州", "县", "区", "盟", "旗")


def leading_place(text: str) -> int:
    """Length of the chain of place names the text opens with ("银川市兴庆区", "广西"), 0 when none."""
    bare = next((name for name in vocabulary().place_names if text.startswith(name)), "")
    end = len(bare) if bare and not text.startswith(_AFTER_A_BARE_NAME, len(bare)) else 0
    while True:
        match = _PLACE.match(text, end)
        if match is None or not plausible_name(match.group()):
            return end
        if any(word in match.group() for word in vocabulary().never_in_place_names):
            return end  # "海口市水务局城镇污水…": the bureau's name ends inside, no place ends at 城镇
        if text.startswith(vocabulary().place_word_openings, match.end() - 1):
            return end  # "和美乡村…", "衔接推进乡村振兴…": the suffix opens a word, no place ends there
        if text.startswith("级", match.end()):
            # "湖南省级矿产…专项资金": the level opens the fund's name ("省级…"), the place is 湖南; "彭阳县自治区级…":
            # the whole 自治区 is the level
            level = 3 if match.group().endswith(("自治区", "自治州", "自治县")) else 1
            return match.end() - level if match.end() - level - match.start() >= 2 else end
        end = match.end()
        if (
            len(match.group()) == 2
            and match.group().endswith(("州", "镇", "乡"))
            and text[end : end + 1] in ("省", "市", "区", "县")
            and text[end + 1 : end + 2] not in ("场", "级", "域")
        ):
            # "宿州市", "通州区", "固镇县", "武乡县": 州, 镇 or 乡 is the name's, the level comes after it
            # ("市场", "县级", "区域" are words)
            end += 1
        elif (
            match.group().endswith("市")
            and text[end : end + 1] == "镇"
            and (
                len(match.group()) == 2
                or not _HANZI.match(text, end + 1)
                or _GOVERNMENT_AFTER.match(text, end + 1)
            )
        ):
            # "练市镇", "新市镇", "白地市镇2021年度…": a town whose name holds 市 (not "甲县乡镇卫生院": 乡镇 is a word;
            # not "宁波市镇海区": 镇 opens the next place)
            end += 1


def _fund_after(head: str, start: int) -> tuple[int, int] | None:
    """Where the fund a unit's name is followed by stands in ``head``: all the rest ("西藏自治区文物局中央转移
    支付"), or in brackets ("X区应急管理局(中央自然灾害救灾资金—干旱灾害救灾补助)转移支付"); a site's "|" may
    set the unit apart ("科技部|中央引导地方科技发展资金")."""
    start += len(head) - start - len(head[start:].lstrip(" |｜"))
    if _fund_name().fullmatch(head, start):
        return start, len(head)
    bracketed = _BRACKETED_FUND.fullmatch(head, start)
    return bracketed.span(1) if bracketed else None


def _name_end(name: str) -> int:
    """Where a project's name ends before what a title adds to it (see _NAME_END), four characters at
    least; its whole length when nothing is added."""
    cut = _NAME_END.search(name)
    return cut.start() if cut is not None and cut.start() >= 4 else len(name)


# what part of the unit a report or form covers, in brackets after its name ("X局(本级)", "X乡人民政府（汇总）")
SCOPE_BRACKET = re.compile(r"[(（]\s*(?:[局院委办部]?本级|机关本级|部门本级|(?:部门)?汇总|合并)\s*[)）]")


def unit_before_fund(name: str, after_place: bool = False) -> int:
    """Length of the organisation a fund's name opens with ("市环境保护局" of "市环境保护局环境治理财政专项
    资金"), when what follows is a fund's name of four characters or more; 0 when there is none. Right after
    a place any organisation's ending counts ("芦山县" + "人民医院" + "灾后重建项目"); without one only an
    office's, since "健全现代医院管理制度项目" is one project's name."""
    vocab = vocabulary()
    endings = vocab.office_suffixes + (vocab.named_suffixes if after_place else ())
    for end in range(3, len(name) - 3):
        head, rest = name[:end], name[end:]
        if (
            head.endswith(endings)
            and not _name_runs_on(name, end)
            # ("…改造项目地方政府" + "专项债券资金": the money a government issues, no office's fund)
            and not (head.endswith("政府") and rest.startswith(vocab.issued_money))
            # (the name quoted: "《村级综合文化服务中心建设项目…》" names the kind of centre built)
            and not vocab.class_of_institutions.search(head.lstrip('《“"「 '))
            and _fund_name().fullmatch(rest)
        ):
            return end if not vocab.not_project.search(rest) else 0
    return 0


def _name_runs_on(name: str, end: int) -> bool:
    """Whether an office's name goes on past ``end``: the ending cut is the start of a longer one ("…纪律检查委"
    + "员会", "…高新区管委" + "会", "…政府办" + "公室"), or the office's own office follows ("…编制委员会" +
    "办公室"), or the ending's character opens a word ("…法律援助办" + "案补贴经费"). A project's name may open with any
    other ending ("…局" + "政府购买服务项目", "…中心" + "校车购置")."""
    vocab = vocabulary()
    if name.startswith(vocab.office_runs_on, end) or name.startswith(vocab.office_word_openings, end - 1):
        return True
    return any(
        name.startswith(suffix, at)
        for suffix in vocab.office_runs_on
        for at in range(max(0, end - len(suffix) + 1), end)
    )


# what follows an organisation's name in a title: the year, the kind, the fund, 关于, a bracket, a quote or a
# work's title opening the project's name, a road's or a line's code ("X局G107线…", "X局10kV及以下…"), the work it
# did ("X红十字会开展Y培训项目…")
_TOWN_UNDER = re.compile(load_vocabulary("identity")["town_under_government"])
_ACTING = re.compile(r"(?:开展|组织实施|实施)(?:的)?")
_AFTER_NAME = re.compile(
    r"(?:20\d\d|部门|单位|整体|项目|专项|资金|经费|转移支付|支出|关于|绩效|预算|财政|本级|机关|中央|省级|市级|县级|区级|[(（“《]"
    r"|[A-Za-z]|\d+\s*(?:kV|KV|千伏|万|个|条|所|座)|\s*[|｜]"
    # (a news item's title: "X学校公开2023年度…绩效自评报告")
    r"|(?:公开|发布|公布)了?(?=\s*(?:20\d\d|[《“]|$))"
    r"|" + _ACTING.pattern + ")"
)


_LEVELS = frozenset("省市县区州旗")


def organisation_end(text: str) -> int | None:
    """Length of the organisation's name the text opens with, when one does ("兴庆区住房和城乡建设局…")."""
    vocab = vocabulary()
    best = None
    for suffix in vocab.organisation_suffixes:
        # (a people's organisation known by its short name needs only its place's level before it: "区科协", "县残联")
        at = text.find(suffix, 1 if suffix in vocab.short_named_organisations and text[:1] in _LEVELS else 2)
        while 0 <= at <= 28:
            end = at + len(suffix)
            if "、" in text[:end] and not leading_place(text) and not text.startswith("中共"):
                # "美术馆、公共图书馆、文化馆（站）免费开放补助资金": a listing of what the money is for, no name (units
                # reporting jointly name their place: "某县财政局、某县农业农村局…")
                break
            rest = text[end:]
            # a space after the name sets it apart ("X艺术中心 戏曲进校园演出项目绩效评价…"), unless the
            # name goes on after it ("中共某某县委 宣传部2022年度…", "某某县人民政府 办公室2022年度…")
            apart = rest[:1] in (" ", "\u3000", "\t") and not _name_goes_on(rest.lstrip())
            issuer = suffix.endswith("政府") and rest.startswith(vocab.issued_money)
            town = _TOWN_UNDER.match(rest) if suffix.endswith("政府") else None
            if town is not None and (town.end() == len(rest) or _AFTER_NAME.match(rest, town.end())):
                end, rest = end + town.end(), rest[town.end() :]  # "某县人民政府某镇": the county's township
            if not issuer and (not rest or apart or _AFTER_NAME.match(rest)):
                best = end if best is None else min(best, end)
                break
            at = text.find(suffix, at + 1)
    return best


def _name_goes_on(text: str) -> bool:
    """Whether ``text`` opens with the rest of an organisation's name: a few characters and an organisation
    suffix, then what follows a name in a title."""
    for suffix in vocabulary().organisation_suffixes:
        at = text.find(suffix, 0, 8 + len(suffix))
        if at >= 0 and (at + len(suffix) == len(text) or _AFTER_NAME.match(text, at + len(suffix))):
            return True
    return False


_BRACKET_AFTER_WORKS = re.compile(r"(?<=[工项][程目])\s*[(（][^()（）]{1,12}[)）]?$")
_MONEY_AFTER_WORKS = re.compile(r"(?<=[工项][程目])(?:专项)?(?:转移支付|资金)$")


def facility_project(text: str, organisation: int) -> int:
    """Length of the building project ``text`` names when the organisation it opens with is the facility
    built ("老年人日间照料中心项目": a project, not the centre's own report), else 0; "X中心项目支出" is the
    centre's spending on its projects."""
    rest = text[organisation:]
    if "支出" in rest:
        return 0
    name = _PROJECT_TAIL.sub("", text)
    # "X幼儿园新建工程专项转移支付": the money that paid for the works is no part of the facility's project
    name = _MONEY_AFTER_WORKS.sub("", name)
    # "X医院整体搬迁建设项目（专项债券）": the kind of money in brackets after it neither
    name = _BRACKET_AFTER_WORKS.sub("", name)
    found = vocabulary().facility_project.search(name)
    return len(name) if found is not None and found.start() < organisation <= len(name) else 0


def read_title(
    lines: Sequence[Line], chrome: frozenset[int], rejoined: frozenset[int] = frozenset()
) -> Title | None:
    """The first title in the head of the page that names a unit, a place or a project (a site often
    repeats a generic "2022年度部门整体支出绩效自评报告" above the report's own title), else the first.
    ``rejoined``: the lines that are paragraphs a page's width had cut (see wrap.paragraphs)."""
    topics = _collection_topics(lines)
    # a sharing site's page of a 范文 collection is titled after one uploaded file, which may be another
    # report than the collection's pieces ("2019年度X项目绩效评价报告" / "2019年项目支出…自评报告(9则)" / 篇一 on Y)
    collection = next(
        (
            line.number
            for line in page_head(lines)
            # (not a related link's title, "…报告范文", which names no collection of the page)
            if is_collection_title(line.text)
            and not _NO_COLLECTION.search(line.text)
            and line.number not in chrome
        ),
        # (or the page's own mark right under the title it was filed under: "X报告" / "合集下载" / …)
        next(
            (
                line.number
                for line in [line for line in page_head(lines) if line.text.strip()][:_MARK_REACH]
                if vocabulary().collection_mark.search(line.text)
            ),
            None,
        ),
    )
    titles = [
        _without_collection_identity(
            _parse_title(found), topics, above=collection is not None and found[-1].number < collection
        )
        for found in itertools.chain(
            _title_lines(lines, chrome, rejoined), _wrapped_titles(lines), _run_in_titles(lines, chrome)
        )
    ]
    printed = {line.number: line.text for line in lines}
    # a reference to an attachment ("（详见附件《X局2024年度项目支出绩效自评表》）") names another document: no title
    titles = [t for t in titles if _REFERRED.search(printed.get(t.lines[0], "")) is None]
    # a list of attachments above the report's own title ("附件：1.2021年度部门整体支出绩效自评表.xls") names other
    # files of the page: their titles come after any other
    # ... and so does an office's notice on the results of others ("X财政局关于公开2023年度…自评结果的通知"), above the
    # report it publishes
    titles.sort(
        key=lambda t: (
            _ATTACHMENT.search(printed.get(t.lines[0], "")) is not None
            or _BULLETIN.search(t.text) is not None
        )
    )
    # (an attached file's name only when the page has no title of its own: "2020年度项目支出绩效自评情况" over two
    # projects, then "附件2:《2020年度“X”项目绩效自评表》.docx", one of them)
    own = [t for t in titles if _ATTACHMENT.search(printed.get(t.lines[0], "")) is None]
    title = next((t for t in own or titles if t.unit or t.place or t.project), titles[0] if titles else None)
    if title is not None and title.unit is None and _FILE_NAME.search(printed.get(title.lines[-1], "")):
        # "X报告.docx" / … / "2013年某区某局X报告": the name a sharing site filed the upload under, then the
        # document's own title, naming the place again or its unit
        title = next(
            (
                t
                for t in titles
                if t.lines[0] > title.lines[-1]
                and not _FILE_NAME.search(printed.get(t.lines[-1], ""))
                and not _ATTACHMENT.search(printed.get(t.lines[0], ""))
                and (t.unit is not None or (t.place is not None and _in_place(t.place, title.place)))
            ),
            title,
        )
    if (
        title is not None
        and title.kind == "项目支出"
        and _PACKAGE.search(title.text) is not None
        and (title.project is None or vocabulary().generic_fund.fullmatch(title.project.text))
    ):
        # "X局2020年度市级财政资金绩效自评报告及报表" over "X局2020年度整体绩效自评报告": a package's title
        # naming no fund, then the report's own, whose kind it is
        title = next((t for t in titles if _same_report_whole(title, t)), title)
    if title is not None and title.unit is None:
        # the unit on the line under the title, or under the title said again ("X - 豆丁网" / … / "X" / "Y局")
        beside = next(
            (
                unit
                for said in (
                    title,
                    *(t for t in titles if t.lines[0] > title.lines[-1] and _said_again(title, t)),
                )
                if (unit := said.unit if said is not title and _in_place(said.unit, title.place) else None)
                is not None
                or (unit := _unit_beside(said, lines, chrome)) is not None
            ),
            None,
        )
        title = dataclasses.replace(title, unit=beside)
    elif title is not None and title.unit is not None and title.unit.line < title.lines[-1]:
        # "国家卫生健康委员会" / "2021年度X项目绩效自评报告" / "（某县疾控中心）": the organisation above is the fund's
        # ministry or the unit's superior, the one in brackets under the title the unit that reports
        beside = _unit_beside(title, lines, chrome, bracketed=True)
        title = dataclasses.replace(title, unit=beside) if beside is not None else title
    if title is None or title.project is not None or title.kind != "项目支出":
        return _quoted_name(title)
    return _quoted_name(dataclasses.replace(title, project=_project_beside(title, titles, lines, chrome)))


# a project's name the title quotes, then only the kind of money it is ("《X行动》专项经费", "“X工程”项目资金使用")
_QUOTED_NAME = re.compile(r"^[《“\"]?(?P<name>[^《》“”\"]{2,60})[》”\"](?:项目|专项|资金|经费|补助|使用)*$")


def _quoted_name(title: Title | None) -> Title | None:
    """The title with its project's name as it quotes it, without the kind of money said after the quote."""
    if title is None or title.project is None:
        return title
    found = _QUOTED_NAME.match(title.project.text)
    if found is None:
        return title
    start = title.project.start + found.start("name")
    return dataclasses.replace(
        title,
        project=dataclasses.replace(
            title.project, text=found.group("name"), start=start, end=start + len(found.group("name"))
        ),
    )


# an organisation in brackets on the line after a title naming none, with the report's date or not, or after a
# dash: "2018年度部门整体支出绩效自评报告" / "(某区环境保护局)", "(某市教育局2022年4月13日)", "——某县审计局"
_NEXT_TITLE = 2  # lines from a package's title to the report's own right under it


_FILE_NAME = re.compile(r"\.(?:docx?|pdf|wps)(?=\s|$)")
# a title for a package of reports and tables ("…绩效自评报告及报表")
_PACKAGE = re.compile(r"及(?:报表|表格?|自评表)|(?:报告|自评)和(?:报表|自评表)")
_REFERRED = re.compile(r"^\s*[(（]?\s*(?:详见|参见|见)附(?:件|表)")
_ATTACHED = re.compile(r"^\s*(?:附|[(（])")  # "附件：…自评表", "（附：…）": a note on what is attached
# an attached file listed on a page (its name and extension, after 附件 or a list number), not the page's own text
_ATTACHMENT = re.compile(
    r"^\s*(?:(?:相关)?附\s*件|\d{1,2}\s*[.、．]).*\.(?:docx?|pdf|wps|xlsx?)\s*(?:[(（][^()（）]{0,12}[)）])?\s*$"
)


def _in_place(unit: Part | None, place: Part | None) -> bool:
    return unit is not None and (place is None or place.text in unit.text)


def _said_again(title: Title, other: Title) -> bool:
    """Whether ``other`` is ``title`` printed again further down: the same kind, year, place and project."""
    place, other_place = (t.place.text if t.place else "" for t in (title, other))
    return (
        other.kind == title.kind
        # "前锋区…" said again as "广安市前锋区…", "2019年莲池区X" as "2019年X" under its unit
        and (place.endswith(other_place) or other_place.endswith(place))
        and all(
            (getattr(other, part).text if getattr(other, part) else None)
            == (getattr(title, part).text if getattr(title, part) else None)
            for part in ("year", "project")
        )
    )


def _same_report_whole(package: Title, other: Title) -> bool:
    """Whether ``other`` is a department-whole title after ``package``, of its unit and year where it names them."""
    return (
        other.kind == "部门整体支出"
        and _ATTACHED.match(other.text) is None
        and package.lines[-1] < other.lines[0] <= package.lines[-1] + _NEXT_TITLE
        and (other.unit is None or package.unit is None or other.unit.text == package.unit.text)
        and (other.year is None or package.year is None or other.year.text == package.year.text)
    )


_UNIT_LINE = re.compile(
    r"\s*(?:[—–－-]{1,4}\s*)?(?P<open>[(（])?\s*(?P<name>[\u4e00-\u9fff*＊]{3,40}?)"
    r"\s*(?:20\d\d\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:发布日期|发布时间|日期)\s*[:：]\s*[\d\-/.: ]{8,19})?"
    r"\s*(?(open)[)）])\s*"
)


_SENT_TO = ("报", "上报", "报送", "呈", "呈报", "送", "抄送", "致")
_SUBMISSION = re.compile(r"关于(?:上报|报送|呈报|提交)")


def _line_after(title: Title, lines: Sequence[Line], chrome: frozenset[int]) -> Line | None:
    """The first line with text after a title, past the page's chrome and the title said again (a site's heading
    above the document's own: "财政支出项目绩效评价自评报告" twice, then "（食安办工作经费）"; a sharing site's file
    name, "X报告.docx", then its breadcrumb, then "X报告")."""
    said = _SAID.sub("", title.text)
    return next(
        (
            line
            for line in lines
            if line.number > title.lines[-1]
            and line.text.strip()
            and line.number not in chrome
            and _SAID.sub("", line.text) != said
        ),
        None,
    )


_SAID = re.compile(r"\s+|\.(?:docx?|pdf|wps)\s*$")


def _unit_beside(
    title: Title, lines: Sequence[Line], chrome: frozenset[int], bracketed: bool = False
) -> Part | None:
    """The unit a title leaves unnamed, named on the next line, in brackets (or, unless ``bracketed``, not),
    nothing but an organisation."""
    if any(_SUBMISSION.search(line.text) for line in lines if line.number in title.lines):
        return None  # "关于上报X项目支出绩效自评的报告" / "某州退役军人事务局": the superior it is sent to
    after = _line_after(title, lines, chrome)
    found = _UNIT_LINE.fullmatch(after.text) if after is not None else None
    if (
        after is None
        or found is None
        or (bracketed and found.group("open") is None)
        or organisation_end(found.group("name")) != len(found.group("name"))
        or found.group("name").startswith(_SENT_TO)
        or _division_alone(found.group("name"))
    ):
        return None  # "（上报财政局）": where the report goes, not who wrote it
    return Part(found.group("name"), after.number, found.start("name"), found.end("name"))


DIVISION_LENGTH = 6  # a division's name at most: "财务科", "计划财务处", "规划财务股"


def _division_alone(name: str) -> bool:
    """Whether a name is a division's with no organisation or place before it ("计划财务处" under "X学院图书馆项目…
    报告"): the office that wrote for its organisation, no unit of its own."""
    return (
        len(name) <= DIVISION_LENGTH
        and name.endswith(vocabulary().division_endings)
        and not leading_place(name)
    )


@functools.lru_cache(maxsize=8192)  # asked of the same head lines by the title, kind and identity readers
def is_collection_title(text: str) -> bool:
    """Whether a line is a 范文 collection's title ("污水处理项目绩效自评报告(优秀24篇)", "…报告篇一"): it names
    only the collection's topic, and the report under it may be another unit's, project's and year's."""
    vocab = vocabulary()
    if not any(word in text for word in vocab.collection_words):
        return False
    return vocab.collection_title.search(text) is not None and vocab.title.search(text) is not None


_MARK_REACH = 3  # lines with text from the page's top to a sharing site's collection mark
_PIECE_HEADING = re.compile(r"\s*篇[一二三四五六七八九十\d]{1,3}\s*[:：]?\s*")
_PIECE_NUMBER = re.compile(r"\s*(?:\d{1,2}|[(（]\s*\d{1,2}\s*[)）])\s*$")  # "…报告1", "…报告（1）"
# a line a collection's title stands on need not be one: a table of contents' item ("二、X报告（共6篇）"), a related
# link ("相关链接：…（3则）", "猜你喜欢：…（精选5篇）": a label other than a title's) or a list of attachments
# ("…绩效自评表（共2则）", "附：…（2则）") names no collection of the page
_NO_COLLECTION = re.compile(
    r"^\s*(?:[一二三四五六七八九十\d]+[、.．]|[·•●▪]|相关|链接|附件|推荐|延伸阅读|上一篇|下一篇)|[(（]共"
    r"|^(?!\s*(?:[•·●▪]\s*)?(?:名\s*称|标\s*题|文件名称|文章标题)\s*[:：])[^:：]*[:：]"  # a sidebar's "猜你喜欢：…"
)


def _collection_topics(lines: Sequence[Line]) -> frozenset[str]:
    """The topics of the 范文 collections the head of the page names ("X绩效自评报告(通用5篇)" names X绩效自评
    报告): the page's own title in those words, or a piece's heading numbered after them ("X绩效自评报告1"),
    is the collection's too."""
    vocab = vocabulary()
    return frozenset(
        _PIECE_NUMBER.sub("", vocab.collection_title.sub("", line.text)).strip()
        for line in page_head(lines)
        if is_collection_title(line.text)
    )


def _without_collection_identity(
    title: Title, topics: frozenset[str] = frozenset(), above: bool = False
) -> Title:
    """A collection's title keeps only its kind (see is_collection_title and _collection_topics), and so
    does a title ``above`` the collection's."""
    if not above and not is_collection_title(title.text) and _PIECE_NUMBER.sub("", title.text) not in topics:
        return title
    return dataclasses.replace(title, year=None, unit=None, place=None, project=None, year_masked=False)


def _project_beside(
    title: Title, titles: Sequence[Title], lines: Sequence[Line], chrome: frozenset[int]
) -> Part | None:
    """The project a 项目支出 title leaves unnamed, named beside it: in brackets on the next line
    ("（教育专项工作经费）"), or by the one other title of the head that names a project (a site's title
    "XX局2020年项目支出绩效评价报告" above the report's own "XX局2020年Y经费绩效评价自评报告")."""
    after = _line_after(title, lines, chrome)
    if after is not None:
        bracketed = _BRACKETED.fullmatch(after.text)
        if (
            bracketed is not None
            and not vocabulary().not_project.search(bracketed.group(1))
            and not _YEAR.fullmatch(bracketed.group(1).strip())  # "(2021年度)": the title's year
            and not vocabulary().not_framed_name.search(bracketed.group(1))  # "(2021年度第二批)": a batch
        ):
            return Part(bracketed.group(1), after.number, bracketed.start(1), bracketed.end(1))
    # lines apart counted in lines with text: a page converted with blank lines between has them in between
    rank = {line.number: index for index, line in enumerate(line for line in lines if line.text.strip())}
    printed = {line.number: line.text for line in lines}
    named = {
        other.project.text: other.project
        for other in titles
        if other.project is not None
        and abs(rank[other.lines[0]] - rank[title.lines[-1]]) <= _BESIDE
        # (not a file numbered in a list of attachments, "附件:1.X经费绩效自评表.pdf": one of several projects' forms)
        and _LISTED_FILE.match(printed.get(other.lines[0], "")) is None
    }
    return next(iter(named.values())) if len(named) == 1 else None


_LISTED_FILE = re.compile(
    r"^\s*(?:(?:(?:相关)?附\s*件\s*[:：]?\s*)?\d{1,2}\s*[.、．]|附\s*件\s*\d{1,2}\s*[:：]).*\.(?:docx?|pdf|wps|xlsx?)\s*$"
)  # (numbered after 附件 too: "附件2:《X项目绩效自评表》.docx")


_BULLETIN = re.compile(r"(?:结果|情况)的?(?:通报|通知)\s*$")
_SUBORDINATE = re.compile(
    rf"(?:关于(?:{_PUBLISHING})?|对|所属|下属|转发)(?=[\u4e00-\u9fff*＊XＸ×]{{4}})"
)  # (masked "**县X局"; "X局转发Y所2025年度…": the unit that wrote the report Y, X passing it on)
_PROJECT_OF_UNIT = re.compile(r"([^()（）\s]{4,40})[(（]\s*([\u4e00-\u9fff]{4,30})\s*[)）]\s*")
_LEADING_TAG = re.compile(r"[(（【\[]([^()（）【】\[\]]{1,10})[)）】\]]")
_FRAMED_NAME = re.compile(rf"(.+?)[(（]({_IN_BRACKETS}{{2,40}})[)）]")
_WRAPPED = re.compile(r"《([^《》]{6,80}?)\.(?:docx?|pdf|wps|xlsx?)》")
_CHUNK_NUMBER = re.compile(r"\s*(?:\d{1,2}\s*、)?")
# the report's date right after its title ("…绩效自评报告二0一四年五月二十五日目录")
_DATE_AFTER = re.compile(
    r"\s*(?:20\d\d|二[0〇○零][一二三四五六七八九0〇○零]{2})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月"
)
# the office a report is sent to, right after its title ("…绩效自评报告宁德市财政局:按照…")
_ADDRESSEE = re.compile(r"\s*[\u4e00-\u9fff]{2,20}?(?:局|厅|委|办|部|政府|委员会)\s*[:：]")
_QUOTED = re.compile(r"[“\"]([^“”\"]{2,40})[”\"]")
_SPACED_ENDING = re.compile(r"\s*报\s+告(?=[^\s书(（])")
_SPACE = re.compile(r"\s")
_FIRST_HEADING = re.compile(r"\s*(?:一\s*[、.．]|[(（]\s*一\s*[)）])")
_PROJECT_BRACKET = re.compile(r"\s*[(（][\u4e00-\u9fff\d]{2,40}[)）]")


def _run_in_titles(lines: Sequence[Line], chrome: frozenset[int]) -> Iterator[list[Line]]:
    """A title whose report runs on in the same line ("X中心学校2022年项目支出绩效自评报告一、部门基本情况…",
    "X处专项资金绩效评价报告根据…的要求", as a document-sharing site prints it): the line up to its title
    words, where the first heading or a report's opening words (not_title_start) follow."""
    vocab = vocabulary()
    for line in page_head(lines):
        if line.number in chrome or len(line.text) <= _MAX_TITLE:
            continue
        cue = vocab.title.search(line.text, 0, _MAX_TITLE)
        if cue is None:
            continue
        # (the project in brackets right after the title words is the title's: "X处项目支出绩效评价报告(Y项目)根据…")
        end = (
            bracket.end()
            if (bracket := _PROJECT_BRACKET.match(line.text, cue.end())) is not None
            else cue.end()
        )
        if vocab.not_title_start.match(line.text):
            continue
        # a sharing site numbers its chunks of text ("1、X局…自评报告…"): blanked, columns kept
        chunk = len(_CHUNK_NUMBER.match(line.text).group())  # type: ignore[union-attr]
        # a title set letter-spaced, its last word broken by the space ("…绩效评价报 告农村义务教育…"): a report's
        # sentences are never spaced so, and the title ends with that word
        spaced = _SPACED_ENDING.match(line.text, cue.end())
        if spaced is not None:
            title = line.text[chunk : cue.end()] + _SPACE.sub("", spaced.group()).ljust(len(spaced.group()))
            yield [Line(line.number, " " * chunk + title)]
        elif (
            _FIRST_HEADING.match(line.text, end)
            or vocab.not_title_start.match(line.text[end : end + 12])
            or _ADDRESSEE.match(line.text, end)
            or _DATE_AFTER.match(line.text, end)
        ):
            yield [Line(line.number, " " * chunk + line.text[chunk:end])]


def _wrapped_titles(lines: Sequence[Line]) -> Iterator[list[Line]]:
    """The file name a document-sharing site wraps a report in ("《XX局2019年…自评报告.docx》由会员分享"):
    the report's own title, where its text runs on into the body without a break."""
    for line in page_head(lines):
        wrapped = _WRAPPED.search(line.text)
        if wrapped is not None and vocabulary().title.search(wrapped.group(1)):
            # padded so that columns are those of the line
            yield [Line(line.number, " " * wrapped.start(1) + wrapped.group(1))]
            return


def kind_named(text: str) -> str | None:
    """The kind of evaluation a title (or a form's title) names by its words (identity.yaml kind), if any."""
    return next((name for name, words in vocabulary().kinds if words.search(text)), None)


def _names_nothing(subject: str) -> bool:
    """Whether the words between a title's year and its title words name nothing of their own: none, the kind
    ("项目支出", "项目"), or what is evaluated of it ("实施情况及", "预算执行情况")."""
    words = subject.strip(_TRIM).rstrip("及和与的")
    return not words or _ONLY_KIND.fullmatch(words) is not None or _PROJECT_TAIL.fullmatch(words) is not None


_UNIT_INSIDE = re.compile(r"([^()（）\s]{4,40})[(（]\s*([\u4e00-\u9fff]{4,30})\s*[)）]\s*(?:项目|资金)?")
_UNIT_DASH_FUND = re.compile(
    r"([\u4e00-\u9fff（）()]{4,30}?)\s*[-—－–]{1,2}\s*([\u4e00-\u9fff“”（）()]{4,60}?)[\s(（]*"
)
_UNIT_THEN_ITS_PLACE = re.compile(r"(\S+)\s+(\S+)")


def _place_then_year(text: str) -> bool:
    """Whether a title opens with a place and its year ("某区2019年度…"), not with a unit of the place ("某县分局…")."""
    place = leading_place(text)
    return place > 0 and _YEAR.match(text, place) is not None


def _named_subject(name: str) -> bool:
    """Whether the words between a title's year and its title words, in a title naming no kind, name what was
    evaluated ("某局2018年度城市老旧小区整治改造绩效自评报告", "2021年综合事务绩效自评报告"): a name of four
    characters or more, not the unit's own business ("部门预算", "重点工作", "履职"; identity.yaml
    unit_business)."""
    return len(name) >= 4 and vocabulary().unit_business.search(name) is None


def _parse_title(found: list[Line]) -> Title:
    vocab = vocabulary()
    offsets: list[tuple[int, int, int]] = []
    text = ""
    for line in found:
        if (
            text
            and organisation_end(text) == len(text)
            and (not vocab.title.search(line.text) or _place_then_year(line.text.strip()))
        ):
            # "福州市妇幼保健院" / "农村妇女“两癌”免费检查项目" / "2019年度绩效自评报告": a line naming only the unit
            # sets it apart from the project's line under it, or from the title opening with a place under it
            # ("某市某区教育局" / "某区2019年度X项目绩效自评报告")
            text += " "
        lead = len(line.text) - len(line.text.lstrip())
        offsets.append((len(text), line.number, lead))
        text += line.text.strip()
    text = vocab.title_label.sub(lambda m: " " * len(m.group()), text)
    text = text.replace("\t", "|")  # a tab parts a row's cells as "|" does ("科技部\t中央引导…资金2021年度…")
    # the transfer form's "转移支付区域(项目)绩效目标自评表": "(项目)" is the form's, not the fund's
    text = _FORM_SCOPE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    # spam a mirror inserted into the title is blanked (same length: columns stay right)
    text = vocab.noise.sub(lambda m: " " * len(m.group()), text)
    # "(2024年X资金(皖财资环〔2024〕579号))": the notice's number in brackets, no part of any name
    text = _NOTICE_NUMBER.sub(lambda m: " " * len(m.group()), text)
    text = _without_letterhead(text)
    # "某局（2019年由原市农业局整合组建）2020年度…": a note on the unit's history or scope, its years no year evaluated
    text = _UNIT_NOTE.sub(lambda m: " " * len(m.group()), text)
    # "2022-2025龙游县…项目…绩效评价报告": a period the project runs over opens the title, no year evaluated
    text = _PERIOD.sub(lambda m: " " * len(m.group()), text, count=1)
    # "某县2021-2023年X项目2022年度绩效自评报告": the years a works spans inside the name, then the year evaluated
    # right before the title words; the span is no year evaluated
    text = _SPAN_BEFORE_ITS_YEAR.sub(lambda m: " " * len(m.group("span")) + m.group("rest"), text, count=1)
    # "关于(对)某县2023年度X资金绩效自评情况的报告": the words the title opens with, no part of the place
    text = _ABOUT.sub(lambda m: " " * len(m.group()), text, count=1)
    # "X局2024年公开…自评报告（2023年度）", "2024年X局…报告（评价年度：2023年）": the year in the bracket after the
    # title words is the one evaluated, the other the publication's; "X局2024年预决算公开——2023年度Y项目…" too
    text = _PUBLICATION_YEAR.sub(lambda m: " " * len(m.group()), text, count=1)
    # "2023年长沙县财政局关于2022年度X项目…", "2022年X局2021年度Y资金…": the year a page posts its unit's report of the
    # year before opens the title, the one evaluated follows the unit
    posted = _POSTED_THEN_EVALUATED.match(text)
    if (
        posted is not None
        and int(posted.group("evaluated")) < int(posted.group("posted"))
        and _names_the_unit(posted.group("between"))
    ):
        text = " " * posted.end("posted_words") + text[posted.end("posted_words") :]
    # "X局Y项目绩效自评报告2016及2017年财政支出项目绩效目标表": a title joining a second document after the report's
    # own words and year; the rest is that document's
    joined = _JOINED_DOCUMENT.search(text)
    if joined is not None:
        # (its 及 read as the 年 the report's year goes without: "…自评报告2016年")
        text = text[: joined.start("rest")] + "年" + " " * (len(text) - joined.start("rest") - 1)
    evaluated = _YEAR_AFTER.search(text)
    if evaluated is not None:
        text = _YEAR.sub(
            lambda m: m.group() if m.start() >= evaluated.start() else " " * len(m.group()), text
        )
    kind = kind_named(text)
    # "X工程（2022—2024年）2023年度…", "《某县志（1988—2020）》…": a period in brackets is the name's, no year
    periods = [period.span() for period in _BRACKETED_PERIOD.finditer(text)]
    year_match = next(
        (y for y in _YEAR.finditer(text) if not any(a <= y.start() < b for a, b in periods)), None
    ) or _BARE_YEAR.match(text)
    # "X中心2016-2020年财政专项扶贫资金…", "X局2018年-2019年度Y专项资金…": the years a report spans, none of them the
    # one evaluated; the name starts after them
    spanned = next(
        (
            found_span
            for found_span in _YEAR_SPAN.finditer(text)
            if year_match is not None and found_span.start() <= year_match.start() < found_span.end()
        ),
        None,
    )
    stated = year_match is not None and spanned is None and year_match.group(1).isdigit()
    year = (
        _part(found, text, year_match.start(1), year_match.end(1), offsets) if year_match and stated else None
    )
    year_start = spanned.start() if spanned else year_match.start() if year_match else 0
    year_end = spanned.end() if spanned else year_match.end() if year_match else 0
    cue = vocab.title.search(text, year_end)
    before = text[:year_start] if year_match else text[: cue.start() if cue else 0]
    subject_start = year_end if year_match else len(before)
    first_cue = vocab.title.search(text)
    if year_match and cue is None and first_cue is not None:
        # "X局部门整体支出绩效评价报告(2018年度)": the year after the title words, the name before them
        cue = first_cue
        before = _KIND_WORDS_AT_END.sub("", text[: cue.start()])
        subject_start = cue.start()
    subject = text[subject_start : cue.start()] if cue and cue.start() >= subject_start else ""
    before = _PERIOD_START.sub(lambda m: " " * len(m.group()), before)

    def span(start: int, length: int, organisation: bool = False) -> Part | None:
        raw = text[start : start + length]
        stripped = raw.strip(_TRIM)
        if len(stripped) < 2:
            return None
        begin = start + raw.index(stripped)
        end = begin + len(stripped)
        balance = stripped.count("(") + stripped.count("（") - stripped.count(")") - stripped.count("）")
        if balance > 0 and text[end : end + 1] in (")", "）"):
            end += 1  # "(第八批)": the bracket the name opened is the name's
        elif balance < 0 and begin > 0 and text[begin - 1] in ("(", "（"):
            begin -= 1  # "(某县)水利局": the bracket the name closes is the name's
        if organisation and vocab.not_unit.search(text[begin:end]):
            return None
        return _part(found, text, begin, end, offsets)

    unit = place = project = None
    tag = _LEADING_TAG.match(before, len(before) - len(before.lstrip()))
    if tag is not None and (
        tag.group().startswith(("【", "[")) or vocab.generic_fund.fullmatch(tag.group(1))
    ):
        # "(直达资金)X工程项目2020年度…": a site's tag for the kind of money, no part of a name; "【政策与
        # 标准】X市…": a site's column (a name may open with a bracket, "(某县)水利局", never with 【)
        before = " " * tag.end() + before[tag.end() :]
    # a work's title may open the name ("《隆回县志》编纂出版经费"): no place is cut inside it
    lead = len(before) - len(before.lstrip(_LEAD_TRIM))
    code = CODE_PREFIX.match(before[lead:])
    if code:
        lead += code.end()
    doubled = _DOUBLED_PLACE.match(before, lead)
    if doubled is not None and leading_place(doubled.group(1)) == len(doubled.group(1)):
        lead = (
            doubled.end()
        )  # "某县 - 某县民政局", "某县/某县水利局": the site's place before the unit's own name
    head = before[lead:].lstrip(_LEAD_TRIM).rstrip(_TRIM)
    quoted = _QUOTED.fullmatch(before.strip())
    if quoted is not None and not year_match:
        # "“建成区病媒生物防制工作” 绩效评价自评报告": a name in quotes before the title words is what was evaluated
        kind = kind or "项目支出"
        project = span(before.index(quoted.group(1)), len(quoted.group(1)))
        head = ""
    owned = _PROJECT_OF_UNIT.fullmatch(before, lead) if head else None
    owned_name = _PROJECT_TAIL.sub("", owned.group(1)) if owned is not None else ""
    if (
        owned is not None
        and _fund_name().fullmatch(owned_name)
        and organisation_end(owned.group(2)) == len(owned.group(2))
    ):
        # "高标准农田建设项目（某县农业农村局）2023年度绩效自评报告": the project, its unit in brackets
        kind = kind or "项目支出"
        project = span(owned.start(1), len(owned_name))
        unit = span(owned.start(2), len(owned.group(2)), organisation=True)
        head = ""
    dashed = _UNIT_DASH_FUND.fullmatch(head) if head else None
    if (
        dashed is not None
        and organisation_end(dashed.group(1)) == len(dashed.group(1))
        and organisation_end(dashed.group(2)) != len(dashed.group(2))
        and _fund_name().fullmatch(fund := _PROJECT_TAIL.sub("", dashed.group(2)))
    ):
        # "某市文化和旅游局-市图书馆免费开放补助资金2023年度绩效自评": the unit, a dash, then its fund (not a site's
        # name before its unit's: "某县人民政府-某县林业局")
        kind = kind or "项目支出"
        unit = span(lead, len(dashed.group(1)), organisation=True)
        project = span(lead + dashed.start(2), len(fund))
        head = ""
    own_place = _UNIT_THEN_ITS_PLACE.fullmatch(head) if head else None
    if (
        own_place is not None
        and organisation_end(own_place.group(1)) == len(own_place.group(1))
        and leading_place(own_place.group(2)) == len(own_place.group(2))
        and own_place.group(2) in own_place.group(1)
        and not own_place.group(1).endswith(_GOVERNMENTS)
    ):
        # "某市某区教育局" / "某区2019年度X项目…": the unit on its own line, the title naming the unit's own place
        # (not the place's government, often the site's name over every page: the place's report, see headline)
        unit = span(lead, len(own_place.group(1)), organisation=True)
        head = ""
    subordinate = _SUBORDINATE.search(head) if head else None
    if subordinate is not None and organisation_end(head[: subordinate.start()]) == subordinate.start():
        rest = head[subordinate.end() :]
        if organisation_end(rest) == len(rest) and not vocab.not_unit.search(rest):
            # "X局关于Y学校2022年度单位整体支出…", "X局所属Y院…", "X财政局关于Y局…自评结果的公示": the unit evaluated
            # is the one after 关于/对/所属, the other its superior or the office publishing its result
            unit = span(lead + subordinate.end(), len(rest), organisation=True)
            head = ""
    if head:
        organisation = organisation_end(head)
        places = leading_place(head)
        about = head[organisation:] if organisation is not None else ""
        apart = about[:1].isspace()  # "X艺术中心 戏曲进校园演出项目…": the unit set apart from what follows
        about_at = lead + (organisation or 0) + len(about) - len(about.lstrip())
        about = about.lstrip()
        if organisation is not None and _ALIAS.fullmatch(about):
            # "中共X省委党校(X行政学院)": one unit under two names, the bracket part of its name
            organisation, about = len(head), ""
        if organisation is not None and (facility := facility_project(head, organisation)):
            project = span(lead, facility)
            place = span(lead, places) if places else None
        elif organisation is not None and (
            organisation == len(head)
            or not year_match
            or about.startswith("关于")
            # "某县图书馆单位2023年度…", "X局本级2017年…", "X局机关2019年…": the word names no more than the unit;
            # "X局部门整体支出2020年度…": the kind before the year
            or about.strip(_TRIM) in ("单位", "部门", "本级", "机关", "机关本级")
            # "X学校公开2023年度…绩效自评报告": a news item's title, the unit publishing its own report
            or _PUBLISHED.fullmatch(about.strip(_TRIM)) is not None
            or _KIND_WORDS_AT_END.fullmatch(about.strip(_TRIM)) is not None
        ):
            # "X局关于…" names its issuer before 关于, whatever the year and fund after it; not a bulletin on many
            # units' results ("X财政局关于2022年度县级部门整体支出绩效自评结果的通报"), which is nobody's report
            bulletin = about.startswith("关于") and _BULLETIN.search(text) is not None
            unit = None if bulletin else span(lead, organisation, organisation=True)
            if (
                about.startswith("关于")
                and (
                    kind == "项目支出"
                    or (kind is None and _named_subject(_PROJECT_TAIL.sub("", about[2:]).strip(_TRIM)))
                )
                and (not year_match or _names_nothing(subject))
            ):
                # "X局关于Y资金支出绩效的自评报告", "X局 / 关于Y项目2020年度绩效自评情况的报告": the unit, then the
                # fund it reports on
                name = _PROJECT_TAIL.sub("", about[2:]).strip(_TRIM)
                start = about_at + 2 + about[2:].index(name) if name else 0
                project = span(start, len(name)) if len(name) >= 4 else None
            elif (acting := _ACTING.match(about)) is not None and kind == "项目支出" and not year_match:
                # "X局实施Y专项资金绩效自评报告", "X局组织实施的Y项目…": the unit, then the work it did
                name = _PROJECT_TAIL.sub("", about[acting.end() :]).strip(_TRIM)
                start = about_at + acting.end() + about[acting.end() :].index(name) if name else 0
                project = span(start, len(name)) if len(name) >= 4 else None
            elif (apart or SCOPE_BRACKET.match(about)) and kind == "项目支出" and not year_match:
                # "X艺术中心 戏曲进校园演出项目绩效评价…": the unit, set apart, then its project; "X局(本级)Y资金…": the
                # part of the unit the report covers, then its fund
                scope = SCOPE_BRACKET.match(about)
                rest = about[scope.end() :] if scope is not None else about
                name = _PROJECT_TAIL.sub("", rest).strip(_TRIM)
                if name and _fund_name().fullmatch(name):
                    project = span(about_at + about.index(name, scope.end() if scope else 0), len(name))
        elif (
            organisation is None
            and not places
            and not year_match
            and len(fund := _PROJECT_TAIL.sub("", head)) >= 6
            and _fund_name().fullmatch(fund)
        ):
            split = unit_before_fund(fund)
            if split:  # "市环境保护局环境治理财政专项资金绩效自评报告": the unit, then its fund
                unit = span(lead, split, organisation=True)
            project = span(lead + split, len(fund) - split)  # "农机购置补贴支出…": the fund, without 支出
        elif (
            organisation is not None
            and kind == "项目支出"
            and _names_nothing(subject)
            and (fund_at := _fund_after(head, organisation))
        ):
            unit = span(lead, organisation, organisation=True)
            project = span(lead + fund_at[0], fund_at[1] - fund_at[0])
        elif (
            organisation is not None
            and kind == "项目支出"
            and _names_nothing(subject)
            and vocab.generic_fund.fullmatch(about.strip(_TRIM))
        ):
            # "X乡人民政府转移支付2022年度…": the unit, then a kind of money that names no fund
            unit = span(lead, organisation, organisation=True)
        elif places == len(head):
            place = span(lead, places)
        elif (
            places
            and (
                year_match
                or kind == "项目支出"
                # "某县合水油茶产业建设绩效自评报告": no year, no kind, a place and then a fund's or a work's name
                or (kind is None and _fund_name().fullmatch(_PROJECT_TAIL.sub("", head[places:])))
            )
        ):
            kind = kind or (None if year_match else "项目支出")
            # (not the place whose government issued the bonds: "江苏省政府专项债券项目…")
            place = None if _BOND_ISSUER.match(head, places) else span(lead, places)
            name = _PROJECT_TAIL.sub("", head[places:])
            skip = 2 if name.startswith("关于") else 0  # "X镇关于Y项目的…": 关于 is not the name's
            bare = name[: _name_end(name)]
            office = 0 if skip else unit_before_fund(name, True) or unit_before_fund(bare, True)
            if office and facility_project(bare, office):
                office = 0  # "某县人民医院建设项目": the hospital built is the project, not its unit
            if office:  # "旺苍县卫生健康局基本药物制度补助资金…": the place's office, then its fund
                unit = span(lead, places + office, organisation=True)
                skip = office
            project = span(lead + places + skip, len(name) - skip) if _names_nothing(subject) else None
        elif year_match and _names_nothing(subject):
            project = span(lead, len(head))
    if subject:
        sub_lead = subject_start + len(subject) - len(subject.lstrip(_TRIM))
        body = subject.strip(_TRIM)
        organisation = organisation_end(body) if unit is None else None
        if organisation is not None and facility_project(body, organisation):
            organisation = None  # "2023年全民健身中心项目": the project, named after the facility
        named = span(sub_lead, organisation, organisation=True) if organisation is not None else None
        if organisation is not None and named is not None:
            unit = named
            acting = _ACTING.match(body, organisation)
            skip = organisation + (len(acting.group()) if acting is not None else 0)
            sub_lead, body = sub_lead + skip, body[skip:]
        elif unit is None and place is None and (places := leading_place(body)) and len(body) - places >= 4:
            # "2022年度道里区计划生育服务项目…": the place after the year is the unit's, not the project's
            place = span(sub_lead, places)
            sub_lead, body = sub_lead + places, body[places:]
            name = _PROJECT_TAIL.sub("", body)
            office = unit_before_fund(name, True) if kind == "项目支出" else 0
            if office and facility_project(name, office):
                office = 0  # "某县便民服务中心建设项目": the centre built is the project, not its unit
            if office:  # "2011年某区教育局校园安全预算项目…": the place's office, then its project
                unit = span(sub_lead - places, places + office, organisation=True)
                sub_lead, body = sub_lead + office, body[office:]
        elif unit is None and place is None and kind == "项目支出" and _LEVEL_OFFICE.match(body):
            # "2023年度县农业农村局高标准农田建设项目…": an office named by its level alone, then its project
            office = unit_before_fund(_PROJECT_TAIL.sub("", body))
            named = span(sub_lead, office, organisation=True) if office else None
            if named is not None:
                unit = named
                sub_lead, body = sub_lead + office, body[office:]
        inside = _UNIT_INSIDE.fullmatch(body) if unit is None and kind == "项目支出" else None
        if (
            inside is not None
            and organisation_end(inside.group(2)) == len(inside.group(2))
            and _fund_name().fullmatch(_PROJECT_TAIL.sub("", inside.group(1)))
        ):
            # "2018年X工程（某县水务局）项目绩效自评报告": the works, its unit in brackets, then the kind's word
            unit = span(sub_lead + inside.start(2), len(inside.group(2)), organisation=True)
            body = inside.group(1)
        name = _KIND_TAIL.sub("", body) if kind == "部门整体支出" else _PROJECT_TAIL.sub("", body)
        if (
            project is None
            and (kind == "项目支出" or (kind is None and _named_subject(name)))
            and len(name) >= 2
            and not _ONLY_KIND.match(name)
        ):
            project = span(sub_lead, len(name))
    closed = _CLOSED_BEFORE.match(project.text) if project is not None else None
    opened = text[: year_match.start()] if year_match is not None else ""
    if (
        project is not None
        and closed is not None
        and opened.count("(") + opened.count("（") > opened.count(")") + opened.count("）")
    ):
        rest = project.text[closed.end() :]
        if _KIND_AFTER_BRACKET.fullmatch(rest) or _BATCH_OR_CLASS.fullmatch(rest):
            # "中央对地方转移支付(2024年X资金)项目…": the fund named in the bracket the year opens
            project = dataclasses.replace(
                project, text=closed.group(1), end=project.start + len(closed.group(1))
            )
        else:
            # "(2023年度X资金)Y改扩建项目": the fund the money came from in the bracket, the project after it
            at = len(project.text) - len(rest.lstrip())
            project = dataclasses.replace(project, text=project.text[at:], start=project.start + at)
    if project is not None and vocab.not_project.search(project.text):
        project = None
    if project is not None and (end := _name_end(project.text)) < len(project.text):
        project = dataclasses.replace(project, text=project.text[:end], end=project.start + end)
    framed = _FRAMED_NAME.fullmatch(project.text) if project is not None else None
    if (
        framed is not None
        and vocab.generic_fund.fullmatch(framed.group(1).removesuffix("支出"))
        and not vocab.not_framed_name.search(framed.group(2))
        and not vocab.not_project.search(framed.group(2))
    ):
        # "2020年预算项目支出(租赁补贴)": a kind of money, the project named in its brackets
        at = text.rfind(framed.group(), 0, cue.start() if cue else len(text))
        project = span(at + framed.start(2), len(framed.group(2)))
    if (
        cue is not None
        and (project is None or vocab.generic_fund.fullmatch(project.text))
        and kind == "项目支出"
    ):
        # "X残联中央转移支付2023年度绩效自评报告(残疾人事业发展补助资金)": the bracket names the fund
        bracketed = _BRACKETED.match(text, cue.end())
        if bracketed is not None and not vocab.not_project.search(bracketed.group(1)):
            project = span(bracketed.start(1), len(bracketed.group(1)))
    subtitle = _DASHED_SUBTITLE.match(text, cue.end()) if cue is not None and project is None else None
    if (
        subtitle is not None
        and kind != "部门整体支出"
        and _names_nothing(subject)
        and organisation_end(name := subtitle.group("name")) != len(name)
        and leading_place(name) == 0
        and not vocab.not_project.search(name)
    ):
        # "省高院本级2020年绩效自评报告—综合事务": the title words, a dash, then the project the report is on
        kind = "项目支出"
        project = span(subtitle.start("name"), len(name))
    if cue is not None and (
        (
            kind == "部门整体支出"
            and (unit is None or (unit.text.endswith("人民政府") and unit.line != found[-1].number))
        )
        or (kind == "项目支出" and unit is None)
    ):
        # "某市2022年度部门整体支出绩效自评报告(市卫生健康局)": the bracket after the title words names the unit
        # (a publisher's collection, or a site's name joined above: "某市人民政府" / "2023年度…(某市水利局)"); so
        # does a project's ("2022年度X项目绩效自评报告（某县人社局）")
        closing = _UNIT_BRACKET.match(text, cue.end())
        name = closing.group(1) if closing is not None else ""
        # (not the bracket that named the project: "…专项债券项目绩效自评价报告(某某水质净化中心)")
        named_project = project is not None and project.text == name
        if (
            name
            and organisation_end(name) == len(name)
            and not vocab.not_unit.search(name)
            and not named_project
        ):
            unit = span(closing.start(1), len(name))  # type: ignore[union-attr]
            if unit is not None and place is not None and not leading_place(name):
                # "某市…(市卫生健康局)": the title's place names whose 市 it is; "某市…(市场监督管理局)": whose office
                level = place.text.endswith(name[0]) and not name.startswith(_WORDS_OF_LEVEL)
                unit = dataclasses.replace(unit, text=place.text + (name[1:] if level else name))
    if (
        kind == "项目支出"
        and project is not None
        and _BUDGET_MONEY.fullmatch(project.text)
        and kind_named(text.replace(project.text, "")) is None
    ):
        # "X委员会2021年度预算资金绩效自评公开": the unit's budget money names no kind (its forms do)
        kind, project = None, None
    masked = year_match is not None and year is None and not year_match.group(1).isdigit()
    return Title(text, tuple(line.number for line in found), kind, year, unit, place, project, masked)


# a unit's budget money in general, which a department's report and a project's both evaluate
_BUDGET_MONEY = re.compile(r"(?:部门|单位)?(?:财政)?(?:预算)?(?:资金|经费)")


# an office named by its level alone ("县农业农村局", "市林业局", "区卫健局"), not the level's government
_LEVEL_OFFICE = re.compile(r"[省市县区州旗](?!政府|人民政府)[\u4e00-\u9fff]{1,10}?[局厅委办]")
_WORDS_OF_LEVEL = (
    "市场",
    "市政",
    "县域",
    "区域",
    "省级",
    "市级",
    "县级",
)  # words opening with a level's character
# the project named after the title words and a dash, ending the title ("…绩效自评报告—综合事务")
_DASHED_SUBTITLE = re.compile(r"\s*[—–－]{1,2}\s*(?P<name>[\u4e00-\u9fff“”]{2,30})\s*$")
_UNIT_BRACKET = re.compile(r"[^()（）]*?[(（]\s*([\u4e00-\u9fff]{3,30}?)\s*[)）]\s*$")


def kind_from_headings(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The kind the telling headings or phrases near the top show ("一、项目基本情况"), for a page whose
    title is missing or names neither kind; the part is the first such phrase, its text the kind."""
    vocab = vocabulary()
    first: dict[str, Part] = {}
    count: dict[str, int] = {}
    # the first 80 lines as printed, blank or not: a report's .txt and its PDF (lines wrapped, blank lines dropped)
    # then weigh about the same headings (tests/test_extract_formats.py)
    for line in lines[: _HEAD_LINES * 2]:
        if line.number in chrome or is_collection_title(line.text):
            continue  # a collection's title names the topic its site filed it under
        text = line.text
        if "《" in text:  # a cited notice names both kinds
            text = without_citations(text)
        for (kind, words), screened in zip(vocab.kind_headings, vocab.kind_heading_words, strict=True):
            found = words.search(text) if screened.search(text) is not None else None
            if found is not None:
                first.setdefault(kind, Part(kind, line.number, found.start(), found.end()))
                count[kind] = count.get(kind, 0) + 1
    # a page opening with its forms (a department's, then its projects'): the first form's title tells
    form = next(
        (
            Part(named, line.number, 0, len(line.text))
            for line in lines[: _HEAD_LINES * 2]
            if line.number not in chrome
            and "表" in line.text
            and _FORM_TITLE.match(line.text)
            and (named := kind_named(line.text)) is not None
        ),
        None,
    )
    if form is not None and all(form.line <= part.line for part in first.values()):
        return form
    # a page that shows both kinds about as often (a unit's whole spending and its projects) tells neither
    ranked = sorted(count, key=lambda kind: -count[kind])
    if not ranked or (len(ranked) > 1 and count[ranked[0]] < 2 * count[ranked[1]]):
        return None
    return first[ranked[0]]


_FORM_TITLE = re.compile(load_vocabulary("claims")["form_title"])
