"""The headline values of a report (kind, year, unit, project, the budget figures) chosen from candidates
with their evidence, strongest source first: a labelled cell or the funds block of a form beats the title,
the title beats the page's metadata, and all of them beat a figure found in prose. Candidates of the
strongest source that disagree give no value (null), never a guess; every candidate is kept, so a
reviewer sees what was weighed."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from jixiao.extract.budget import LEVEL_MONEY, PROJECTS_PART_SPENT, classify, rate_agrees
from jixiao.extract.model import Budget, Candidate, Fact
from jixiao.ingest.document import Line
from jixiao.layout import Layout
from jixiao.layout.chrome import Meta
from jixiao.layout.funds import NUMBERED_ACCOUNTS_TOTAL, form_project
from jixiao.layout.title import (
    CODE_PREFIX,
    NOTICE_NUMBER,
    SCOPE_BRACKET,
    Part,
    Title,
    is_collection_title,
    leading_place,
    organisation_end,
    plausible_name,
    short_place,
)
from jixiao.layout.vocabulary import load_vocabulary, vocabulary

# evidence strength by source
FORM, LABEL, TITLE, META, PLACE, PROSE = 5, 4, 3, 2, 1, 0
SOURCE_NAMES = {
    FORM: "自评表资金栏",
    LABEL: "标注单元格",
    TITLE: "标题",
    META: "网页发布信息",
    PLACE: "标题地名",
    PROSE: "正文",
}
_SPACES = re.compile(r"\s+")
_LEVELS = ("省", "市", "州", "县", "区", "旗")


def value_key(value: Decimal | str | int) -> str:
    if isinstance(value, Decimal):
        return str(value.normalize())
    return _SPACES.sub("", str(value))


@dataclass(frozen=True)
class Choice:
    value: Decimal | str | int | None
    candidates: tuple[Candidate, ...]
    evidence: Candidate | None = None  # the strongest candidate giving the value: where it is read


def choose(candidates: Sequence[Candidate], speaker: tuple[str, ...] = ()) -> Choice:
    """The value the strongest candidates agree on; None when they disagree or there are none. ``speaker``: the
    endings of the names of the kind of organisation the report speaks as (see ``speaker_endings``)."""
    if not candidates:
        return Choice(None, ())
    strongest = max(c.strength for c in candidates)
    top = [c for c in candidates if c.strength == strongest]
    values = {value_key(c.value) for c in top}
    if len(values) == 1:
        full = _named_in_full(top[0], candidates)
        return (
            Choice(top[0].value, tuple(candidates), top[0])
            if full is None
            else Choice(full.value, tuple(candidates), full)
        )
    longest = max(top, key=lambda c: len(value_key(c.value)))
    if isinstance(longest.value, str) and all(
        _short_for(value_key(c.value), value_key(longest.value)) for c in top
    ):
        return Choice(longest.value, tuple(candidates), longest)  # "塘湖镇政府" is "塘湖镇人民政府" shortened
    # a name the weaker sources say too, where the strongest disagree: the signature "X管理站" and the sentence "项目实施
    # 单位为X管理站" against the site's publisher "Y局"
    weaker = [c for c in candidates if c.strength < strongest]
    backed = [c for c in top if isinstance(c.value, str) and any(_says_too(w, c) for w in weaker)]
    if backed and len({value_key(c.value) for c in backed}) == 1:
        return Choice(backed[0].value, tuple(candidates), backed[0])
    # the one of the kind the report speaks as: the site's publisher "X局" of a report saying 我局, against the company
    # a form's cell names as the project's undertaker
    spoken = [c for c in top if speaker and isinstance(c.value, str) and c.value.endswith(speaker)]
    if spoken and len({value_key(c.value) for c in spoken}) == 1:
        return Choice(spoken[0].value, tuple(candidates), spoken[0])
    return Choice(None, tuple(candidates))


def _named_in_full(chosen: Candidate, candidates: Sequence[Candidate]) -> Candidate | None:
    """The one full name weaker sources give of a name the strongest give only by its level or its kind ("部门：县水务局"
    in a form, "发布机构：繁昌县水务局" on the page; the title's "街道办事处…", the body's "X区X街道办事处是…"): the name in
    full, which the level or the kind alone does not tell."""
    short = value_key(chosen.value)
    if chosen.field != "unit" or not isinstance(chosen.value, str) or len(short) < 3:
        return None
    by_level = short.startswith(_LEVELS)
    if not by_level and leading_place(short) > 0:
        return None
    fulls = {
        value_key(c.value): c
        for c in candidates
        # (a source other than a title, whose reading may run a page's words into the name: "今天是市财政局")
        if isinstance(c.value, str)
        and c.strength != TITLE
        and (full := value_key(c.value)) != short
        and full.endswith(short)
        and leading_place(full) >= (len(full) - len(short) + 1 if by_level else 1)
    }
    return next(iter(fulls.values())) if len(fulls) == 1 else None


def speaker_endings(text: str) -> tuple[str, ...]:
    """The endings of the names of the organisation a report speaks as, by the self-reference it uses most
    ("我局" -> …局); none when it never refers to itself so, or as much by two kinds."""
    endings = vocabulary().self_unit_endings
    ranked = sorted(((n, word) for word in endings if (n := text.count(word))), reverse=True)
    if not ranked or (len(ranked) >= 2 and ranked[0][0] == ranked[1][0]):
        return ()
    return endings[ranked[0][1]]


def _says_too(weaker: Candidate, name: Candidate) -> bool:
    """Whether a weaker source elsewhere on the page (not the same words read again) gives ``name``, whole or
    shortened ("县农村供水管理站" of "上犹县农村供水管理站")."""
    short, full = value_key(weaker.value), value_key(name.value)
    elsewhere = weaker.line != name.line or weaker.end <= name.start or weaker.start >= name.end
    return (
        isinstance(weaker.value, str)
        and elsewhere
        and (short == full or (len(short) >= 4 and full.endswith(short)))
    )


_GOVERNMENT = frozenset({"人民政府", "政府"})


def _short_for(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with characters left out (a name's short form), in order, starting
    with the same character; or the same unit named by its place's level, its own place, or the town it governs."""
    if short == full:
        return True
    if len(short) >= 3 and full.endswith(short) and short.startswith(_LEVELS):
        return True  # "市统计局" is "三明市统计局" without its place's name, its level kept
    prefix = len(full) - len(short)
    if prefix > 0 and full.endswith(short) and leading_place(short) > 0 and leading_place(full) >= prefix:
        return True  # "右江区教育局" is "百色市右江区教育局" without its city's name
    governed = next((full[: -len(word)] for word in ("人民政府", "政府") if full.endswith(word)), "")
    if governed:
        # "马鞍镇", "龙亢镇政府": the town whose government "仪陇县马鞍镇人民政府" is, by the town's whole name (not
        # "南海镇" of "小南海镇")
        town = short.removesuffix("人民政府").removesuffix("政府") if len(short) > 3 else short
        before = len(governed) - len(town)
        if (
            town.endswith(vocabulary().place_suffixes)
            and before >= 0
            and governed.endswith(town)
            and leading_place(governed[:before]) == before
        ):
            return True
    if short.endswith("街道") and full.endswith(short + "办事处") and len(short) > len("街道"):
        return True  # "崇安寺街道" of "无锡市梁溪区人民政府崇安寺街道办事处": the street's office by the street's name
    # the three routes below: one kind of body ("县农业农村局", not "龙游县农业农村局综合办公室"; "柯管委" of "…管委会")
    kind = bool(short) and short[-1] in full[-3:]
    place = leading_place(full)
    if kind and 0 < place < len(full) - 1 and short[:1] == full[place - 1] and short[:1] in _LEVELS:
        # "县住建局" is "龙游县住房和城乡建设局" by its level and its short form
        return _short_for(short[1:], full[place:])
    own = leading_place(short)
    if kind and 0 < own < place < len(full) and full[:place].endswith(short[:own]):
        # "陈仓区人社局" is "宝鸡市陈仓区人力资源和社会保障局" by its own place and its short form
        return _short_for(short[own:], full[place:])
    if kind and full[:1] in _LEVELS and short[:1] == full[1:2]:
        # "柯管委" is "区柯岩旅游度假区管委会" (the district's own) by its short form
        return _short_for(short, full[1:])
    if len(short) < 3 or short[0] != full[0]:
        return False
    if full.startswith(short) and short.endswith(vocabulary().place_suffixes):
        # "昌宁县" is the place of "昌宁县乡村振兴局", not its short form; but the place a government governs names it
        # ("琅塘镇" of "琅塘镇人民政府", a township speaking as 我镇)
        return full[len(short) :] in _GOVERNMENT
    rest = iter(full)
    return all(character in rest for character in short)


def _candidate(
    field: str,
    value: Decimal | str | int,
    strength: int,
    line: int,
    start: int,
    end: int,
    end_line: int | None = None,
) -> Candidate:
    return Candidate(
        field=field,
        value=value,
        strength=strength,
        source=SOURCE_NAMES[strength],
        line=line,
        start=start,
        end=end,
        end_line=end_line,
    )


# "凤庆县民政局下属凤庆县社会福利院向县财政申请…", "省科协下属的省科技馆": the body an office oversees, acting (直属
# names a unit of its own: "张家界市交通警察支队直属二大队")
_OVERSEEN = re.compile(r"(?:下属|所属)的?")


def _the_one_overseen(part: Part | None) -> Part | None:
    """A unit a sentence names after the office it stands under ("X局下属Y院"): Y, when both are whole names."""
    if part is None or (found := _OVERSEEN.search(part.text)) is None:
        return part
    overseer, overseen = part.text[: found.start()], part.text[found.end() :]
    if organisation_end(overseer) != len(overseer) or organisation_end(overseen) != len(overseen):
        return part
    return dataclasses.replace(part, text=overseen, start=part.start + found.end())


def _part(field: str, part: Part | None, strength: int, value: str | int | None = None) -> list[Candidate]:
    if part is None:
        return []
    return [
        _candidate(
            field,
            value if value is not None else part.text,
            strength,
            part.line,
            part.start,
            part.end,
            part.end_line,
        )
    ]


def _fact_candidates(field: str, facts: Iterable[Fact], strength: int) -> list[Candidate]:
    return [
        _candidate(field, fact.value, strength, fact.line, fact.start, fact.end)
        for fact in facts
        if fact.field == field and fact.value is not None
    ]


def organisation_like(name: str) -> bool:
    """Whether ``name`` reads as a unit's or a place's name: it ends as one does, and is more than the
    ending ("学校" alone names no unit); the part of it a form covers is read past ("X局（本级）")."""
    vocab = vocabulary()
    name = _SCOPE_AFTER_UNIT.sub("", name)
    suffix = next(
        (s for s in (*vocab.organisation_suffixes, *vocab.place_suffixes) if name.endswith(s)), None
    )
    # ("县残联", "市科协": an organisation known by its short name needs only its place's level before it)
    shortest = (
        3 if suffix in vocab.short_named_organisations and name[:1] in _LEVELS else len(suffix or "") + 2
    )
    return (
        suffix is not None
        and len(name) >= max(3, shortest)
        and plausible_name(name)
        and not name.startswith(vocab.division_openings)  # "厅公共服务处": a division of an unnamed 厅
    )


_BRACKET_PAIRS = ("()", "（）", "【】", "《》")  # a quote is often trimmed with the title around it
_TAG = re.compile(r"^【[^【】]{1,6}】")  # a category a unit files its projects under: "【体制】X经费"
_WORK_ENDINGS = ("项目", "工程")
_YEAR_CLOSING = re.compile(r"(?:20\d\d|二[〇○0零Oo]{2}[〇○0零一二三四五六七八九十]{1,2})(?:\s*年度?)?$")
_YEAR_OPENING = re.compile(r"^(?:20\d\d|二[〇○0零Oo]{2}[〇○0零一二三四五六七八九十]{1,2})(?:\s*年度?)?")
_MASKED_PLACE = re.compile(r"[XＸx×*＊]{2,4}[\u4e00-\u9fff]{0,2}?(?:省|市|州|县|区|旗|镇|乡)")


def _only_places(text: str) -> bool:
    """Whether the text is only places' names: "湖南省长沙市", "XX区", or a name of three characters with a
    city's or a county's suffix ("宣城市", which the common words' endings "城市" would otherwise keep from a
    place; "革命老区", "文明城市", "社区" are no places)."""
    return (
        leading_place(text) == len(text)
        or _MASKED_PLACE.fullmatch(text) is not None
        or (len(text) == 3 and text.endswith(("市", "州", "县", "旗")))
    )


# a template's blank for the name: marks only, with kind words ("XX项目", "××××项目", "________")
_PLACEHOLDER = re.compile(r"[XxＸｘ×*＊_＿\s]*")

# a notice's number alone ("湘财教指〔2023〕12号", "宜财建〔2023〕8号文"): the document that allocated a fund
_NOTICE = re.compile(NOTICE_NUMBER)


def names_a_project(name: str) -> bool:
    """Whether a candidate for the project reads as a project's or fund's name: not a kind of money
    ("中央对地方专项转移支付", "宣城市转移支付", "残联中央转移支付": a place's or an organisation's kind of
    money), not cut short at either end, not run into a sentence, a figure or the site's text, no bracket
    left open. A name failing this is a misreading: no value beats it."""
    vocab = vocabulary()
    if (
        vocab.not_project.search(_TAG.sub("", name))
        or vocab.not_a_name.search(name)
        or vocab.list_cut_short.search(name)
        or _NOTICE.fullmatch(name)
        # a batch, a phase or an amendment alone ("第二批" of "X资金（2021年第二批）": the year split the title there)
        or vocab.not_framed_name.search(name.strip("()（） "))
        or _PLACEHOLDER.fullmatch(vocab.generic_fund.sub("", name))
    ):
        return False
    # what the name says before the kind of money it ends with, without a leading year: nothing, or only a
    # place or an organisation holding that money ("老年人日间照料中心项目", a facility's, is a name)
    tail = vocab.generic_fund_tail.search(name)
    # (a year after the holder too: "某局2022年度项目支出", a form's 项目名称 filled with the unit's money)
    head = _YEAR_OPENING.sub("", name[: tail.start()] if tail else name)
    head = _YEAR_CLOSING.sub("", head)
    money = tail is not None and tail.group() not in _WORK_ENDINGS
    area = head.endswith(vocab.programme_areas)  # "革命老区", "文明城市": a programme's, no holder of money
    holder = (
        head in vocab.organisation_suffixes
        # an organisation of its own ("某局", "宣城市第一中学"), not a class of them ("义务教育学校公用经费")
        or (organisation_like(head) and not vocab.class_of_institutions.search(head))
        or _only_places(head)
        or (head in vocab.not_place_words and not area)  # "园区项目专项资金": an area's kind of money
    ) and not (len(head) >= 4 and area)  # "宣城市" is a city
    if not head or (money and holder):
        return False
    if name.startswith(vocab.cut_name_openings) or vocab.cut_name_ending.search(name):
        return False
    return all(name.count(pair[0]) == name.count(pair[1]) for pair in _BRACKET_PAIRS)


# what a unit's name read off a page may carry before it: a label or a site's text ended by a colon or a bar,
# a list number, a budget code, a year, a kind word ("标 题: X局", "附 件:1.X厅", "215001-X局", "2022年度X馆")
_BEFORE_UNIT = (
    re.compile(r"^.*[:：|｜]\s*"),
    re.compile(r"^(?:【[^】]{1,10}】\s*)+"),  # a site's tag: "【精品文档】某县卫健委…"
    # a document site's file title run into the report's own: "项目评价报告莒南县档案馆2020年…"
    re.compile(r"^(?:项目|部门整体|整体支出)?(?:绩效)?(?:自评|评价|自评价)报告(?=[\u4e00-\u9fff]{2,})"),
    # the kind of the report in brackets before it: "(整体支出)某区档案馆2021年度…"
    re.compile(r"^[(（](?:部门|单位)?(?:整体支出|整体|项目支出)[)）]\s*"),
    # (a list number, or a page's number run into the name: "1、1临湘市科学技术协会…", no name opens with a digit)
    re.compile(
        r"^(?:\d{1,2}\s*[.、．]|"
        + CODE_PREFIX.pattern.removeprefix("^")
        + r"|20\d\d\s*年度?|部门|单位|\d{1,2}(?=[\u4e00-\u9fff]))+"
    ),
)
_KIND_OF_BODY = re.compile(r"(?:[县市区州省旗]属(?:国有|国营|全资)?|国有|国营|全资)(?:企业|公司|事业单位)")
_SPACED_OUT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_NOT_IN_UNIT = re.compile(r"[,，。!！?？;；]")


def tidy_unit(name: str) -> str | None:
    """A unit's name without what a page put before it or the spaces it spread it out with; None when what is
    left still holds a sentence's punctuation (no unit's name does)."""
    name = _SPACED_OUT.sub(
        "", name.strip()
    )  # "湘 潭 县 审 计 局", "长沙县 农业农村局": no name holds a space
    for before in _BEFORE_UNIT:
        name = before.sub("", name)
    name = _SCOPE_AFTER_UNIT.sub("", name)
    # "于都县教育局及项目学校": the unit, then the bodies doing the work with it
    joined = _THOSE_IT_WORKS_WITH.search(name)
    at = joined.start() if joined is not None else 0
    if at and organisation_end(name[:at]) == at > leading_place(name):
        name = name[:at]
    # what kind of body it is, before its place-led name: "县属国有企业通渭县…公司"
    kind = _KIND_OF_BODY.match(name)
    if kind is not None and leading_place(name[kind.end() :]) > 0:
        name = name[kind.end() :]
    site = _SITE_BEFORE_UNIT.match(name)
    place = site.group("site")[: leading_place(site.group("site"))] if site is not None else ""
    if (
        site is not None
        and place
        and site.group("rest").startswith(place)
        and organisation_like(site.group("rest"))
    ):
        # "石门县人民政府门户网站石门县民政局": the site's name run into the title, the unit's own place again (not
        # "安宁市人民政府禄脿街道办事处", the city's township)
        name = site.group("rest")
    name = _without_its_repeat(name)
    return name if name and not _NOT_IN_UNIT.search(name) else None


def _without_its_repeat(name: str) -> str:
    """A name a mirror printed with its own end again ("南平市建阳区文化馆建阳区文化馆"): once."""
    for size in range(len(name) // 2, 3, -1):
        end = name[-size:]
        if name[:-size].endswith(end) and organisation_end(end) == len(end):
            return name[:-size]
    return name


# a government's site named before a unit's full name ("溆浦县人民政府溆浦县发展和改革局")
_SITE_BEFORE_UNIT = re.compile(
    r"(?P<site>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府)(?:门户网站|网站|门户网|网|信息公开平台|信息公开网|公众信息网)?"
    r"|[\u4e00-\u9fff]{2,20}?(?:门户网站|信息公开平台))\s*(?P<rest>[\u4e00-\u9fff].+)"
)


# what part of the unit a form covers, in brackets after its name ("X局（本级）", "X乡人民政府（汇总）"): no part of it
_SCOPE_AFTER_UNIT = re.compile(r"\s*" + SCOPE_BRACKET.pattern + r"\s*$")
# the schools, townships or units a unit names after itself as carrying the work out with it ("及10所项目学校", "和各乡镇")
_THOSE_IT_WORKS_WITH = re.compile(
    r"(?:及|和|与|、)(?:其|各|全部|所属|下属|有关|相关|项目|\d{1,3}\s*[所个家])[\u4e00-\u9fff]{0,4}?"
    r"(?:学校|单位|医院|卫生院|乡镇|村|站|所)$"
)


_FRAMED_FUND = re.compile(r"[(（]((?:[^()（）]|[(（][^()（）]{1,20}[)）]){4,60})[)）]")
_OWN_NAME_MIN = 3
_UNITS_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}?(?:自治[区州县旗]|省|市|州|县|区|旗))+")


_NOTICE_IN_NAME = re.compile(
    r"[(（]\s*(?:(?:原?发文)?文号\s*[:：]\s*)?[\u4e00-\u9fff]{1,12}[〔\[【(（]\s*20\d\d\s*[〕\]】)）]\s*\d{1,4}\s*号\s*[)）]"
)
# the budget years a fund's name covers, in brackets after it ("…专项资金(2022-2023年度)", not a works' own period,
# "城区防洪治理工程(2022—2024年)"), or its year run into its opening without 年 ("2021居家社区养老…"): no part of the name
_HIGHER_LEVELS = ("中央", "省级", "市级")
_PLACE_LEVELS = frozenset("省市州县区旗盟")
_MASKED_OPENING = re.compile(r"^\s*(?:20[xX×*＊]{2}\s*年度?|[xX×*＊]{2,4}(?:省|市|州|县|区|旗|乡|镇))+")
_YEARS_IN_NAME = re.compile(
    r"\s*[(（]\s*20\d\d\s*(?:年度?)?(?:\s*[-—－~～至]\s*20\d\d\s*)?年度\s*[)）]\s*$"
    r"|^\s*20\d\d(?=[\u4e00-\u9fff])(?![年度亩吨人户个套台米万元千余多平方公斤株头只辆座所间册件份次场])"
)


_SHORT_NAME_GIVEN = re.compile(r"\s*[(（]\s*(?:以下)?简称[^()（）]{1,24}[)）]")
_MONTHS_OPENING = re.compile(r"\s*\d{1,2}\s*月份?\s*(?:至|到|[-—－~～])\s*\d{1,2}\s*月份?(?:期间)?\s*")


_KIND_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（]\s*(?:项目|专项)\s*[)）]$")


def tidy_project(name: str, unit: str | None) -> str:
    """A project's name without the report's unit it opens with ("人民医院灾后重建项目" of 芦山县人民医院,
    "市环境保护局环境治理财政专项资金") and without the kind of money that follows a work's or fund's own
    ending ("X新建工程专项债券项目资金", "X专项资金预算", "X工程财政支出项目": the money of X, read by
    identity.yaml's money_kind_tail, not "补助资金" or "专项转移支付", which name funds); a fund named in
    brackets before a kind of money ("(X资金)转移支付") is that fund."""
    vocab = vocabulary()
    name = _NOTICE_IN_NAME.sub(
        "", name
    )  # "耕地地力保护补贴(某财农〔2023〕12号)项目": the notice is no part of it
    name = _SHORT_NAME_GIVEN.sub(
        "", name
    )  # "城镇保障性安居工程(以下简称“安居工程”)": nor the short name it gives
    name = _KIND_IN_BRACKETS.sub("", name)  # "X工作经费(项目)": nor the kind it is, in brackets
    name = _YEARS_IN_NAME.sub("", name)
    # a year or a place a template or the host left masked ("20xx年农村义务教育…", "XX县衔接推进…", "**县…"): no part of it
    # (a 某 place is a name the text gives, as a template's reader writes it)
    masked = _MASKED_OPENING.match(name)
    if masked is not None and len(name) - masked.end() >= 4:
        name = name[masked.end() :]
    # the place receiving a higher level's fund, before the level ("贵州省中央农业生产和水利救灾资金"): the fund's own name
    # is the level's
    receiving = leading_place(name)
    if (
        receiving
        and name[receiving - 1] in _PLACE_LEVELS
        and name.startswith(_HIGHER_LEVELS, receiving)
        and len(name) - receiving >= 6
    ):
        name = name[receiving:]
    months = _MONTHS_OPENING.match(name)  # "(2020年)1月至12月城乡义务教育…资金": nor the months it covers
    if months is not None and len(name) - months.end() >= 4:
        name = name[months.end() :]
    opening = _NOTICE.match(name)  # "某财建〔2022〕18号城市管网改造补助": nor is the one it opens with
    if opening is not None and len(name) - opening.end() >= 4:
        name = name[opening.end() :].lstrip()
    if unit:
        bare = name[leading_place(name) :]
        place = _UNITS_PLACE.match(unit)
        own = unit[place.end() if place is not None else 0 :]
        if place is None and len(unit) - leading_place(unit) >= _OWN_NAME_MIN:
            # a county of one character's name ("嵩县中医院"), its own name no word's opening ("城关镇中学" of
            # "中学生营养改善计划", "宁夏大学" of "大学生创新创业训练计划")
            own = unit[leading_place(unit) :]
        # the unit's own name, or the kind of organisation it is ("人民医院灾后重建项目" of 某县人民医院); never a
        # two-character kind, which opens words too ("中心城区道路清扫" of a 服务中心)
        owners = [
            own,
            *(suffix for suffix in vocab.named_suffixes if unit.endswith(suffix) and len(suffix) >= 3),
        ]
        # the unit as the text names it in short: its own name, or that name after its place's level alone
        # ("市乡村振兴局X经费" of 保山市乡村振兴局)
        bare = bare[1:] if bare.startswith(_LEVELS) and any(bare[1:].startswith(o) for o in owners) else bare
        owner = next((o for o in owners if len(o) >= 2 and bare.startswith(o)), None)
        rest = bare[len(owner) :] if owner is not None else ""
        # (not where the unit's kind runs on into a bracket, "文化馆(站)免费开放补助资金", or into what the venues' fund
        # pays for, "科技馆免费开放补助资金" of 某县科技馆: both name the kind of venue)
        if (
            len(_without_ending(rest)) >= 4
            and names_a_project(rest)
            and not rest.startswith(("(", "（", "免费开放"))
        ):
            name = rest
    # "黔南州民政局2021年度“特困人员救助供养州级补助资金”": an organisation and the year before the quoted name
    owned = _OWNER_AND_YEAR.fullmatch(name)
    if owned is not None and names_a_project(owned.group("name")):
        name = owned.group("name")
    # "省级体育彩票公益金(农民体育健身工程项目)": the project the fund pays for, named in its brackets (not a kind of
    # item, "(一般项目)", nor a batch)
    bracketed = _PROJECT_IN_FUNDS_BRACKETS.fullmatch(name)
    if bracketed is not None and names_a_project(bracketed.group("project")):
        return bracketed.group("project")
    framed = _FRAMED_FUND.match(name)
    if framed is not None and vocab.generic_fund.fullmatch(name[framed.end() :]):
        return framed.group(1)
    tail = vocab.money_kind_tail.search(name, 4)
    if tail is not None and _ending(vocab.fund_ending).search(name, 0, tail.start()):
        return name[: tail.start()]
    # "校园安全预算项目", "学生午餐补贴预算项目": X as an item of the budget, the project X
    if name.endswith(_BUDGET_ITEM) and len(name) - len(_BUDGET_ITEM) >= 4:
        bare = name[: -len(_BUDGET_ITEM)]
        if names_a_project(bare):
            return bare
    return name


_BUDGET_ITEM = "预算项目"
_PROJECT_IN_FUNDS_BRACKETS = re.compile(
    r"[\u4e00-\u9fff]{4,30}?(?:资金|经费|公益金|补助|补贴)[(（](?P<project>[\u4e00-\u9fff“”\"]{4,30}(?:项目|工程))[)）]"
)
_OWNER_AND_YEAR = re.compile(
    r"[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|办公室|办|院|中心|厅|站|所|馆|部)\s*20\d\d\s*年度?\s*"
    r"[“\"](?P<name>[^“”\"]{4,40})[”\"](?:项目)?"
)


def _without_ending(name: str) -> str:
    return _ending(vocabulary().fund_ending).sub("", name, count=1)


@functools.cache
def _ending(fund_ending: str) -> re.Pattern[str]:
    """The vocabulary's fund endings (identity.yaml fund_endings) at the end of a name."""
    return re.compile(fund_ending + "$")


def speaks_as_place(text: str) -> bool:
    """Whether a report refers to itself as a place ("我县", "全市") more often than as an organisation
    ("我局", "本单位"): then the place its title names is the unit evaluated, not the publishing office."""
    vocab = vocabulary()
    return len(vocab.self_place.findall(text)) > len(vocab.self_unit.findall(text))


def _office_carries_it_out(layout: Layout, place: str) -> bool:
    """Whether a sentence names an office of the title's place as carrying the work out ("项目实施主体为滁州市南谯区
    农业农村局" under "滁州市南谯区(X资金)…报告"): the office, not the place where the work is, reports."""
    named = [cell.value for cell in layout.labelled if cell.field == "unit" and cell.in_sentence]
    if layout.acting is not None:
        named.append(layout.acting.text)
    return any(len(name) > len(place) and name.startswith(place) for name in named)


def _office_at_work(office: str, text: str) -> bool:
    """Whether the text names the government office that publishes the page as doing the work, in the short form
    a report uses of its own office ("市政府办公室热线科对…进行了梳理" on a page from "南平市人民政府办公室"): the office
    reports on itself, not as the portal posting another's report."""
    level = office[: office.find("人民政府") if "人民政府" in office else office.find("政府")][-1:]
    if not level:
        return False
    text = text.replace("人民政府", "政府").replace(office.replace("人民政府", "政府"), "")
    # (the office, or a division of it, doing the work; not a notice of it cited: "根据市政府办公室《…》要求")
    return (
        re.search(rf"{level}政府办公室(?:[\u4e00-\u9fff]{{1,6}}?[科处股室])?(?:对|负责|组织|开展)", text)
        is not None
    )


def _office_of_place_speaks(publisher: str, place: str, text: str) -> bool:
    """Whether the office publishing a report whose title names only its place ("民乐县…转移支付绩效自评报告")
    is as strong a candidate as a title: it is that place's office ("民乐县民政局", "市民政局" under "六安市")
    and the report speaks either as an organisation ("我局") or as the place ("我县"). Either way the office
    wrote the report and the place is where its money went, so the place is then the weaker reading."""
    vocab = vocabulary()
    # "民乐县民政局", "市民政局" under "六安市", "宿州市埇桥区文化和旅游局" under "埇桥区"
    of_place = (
        publisher.startswith((place, short_place(place)))  # "融水县乡村振兴局" under "融水苗族自治县"
        or publisher.startswith(place[-1])
        or publisher[: leading_place(publisher)].endswith(place)
    )
    office = publisher != place and not publisher.endswith(vocab.place_suffixes)
    return of_place and office and (bool(vocab.self_unit.search(text)) or speaks_as_place(text))


# how a report speaks of its own unit ("我局", "我馆"), and the endings the name of a unit so called may have
_SELF = re.compile(r"我(中心|局|委|办|厅|馆|院|站|校|所|队)")
_SELF_AS_UNIT = re.compile(r"[我本]单位")
_SELF_AS_PLACE = re.compile(r"[我本全](?:省|市|州|盟|县|区|旗|镇|乡|街道)")
_SPEAKS_AS_PLACE = re.compile(
    r"[我本](?:省|市|州|盟|县|区|旗|镇|乡|街道)"
)  # (not 全市: a place it may rank in)
_SELF_ENDINGS = {
    "中心": ("中心",),
    "局": ("局",),
    "委": ("委", "委员会"),
    "办": ("办", "办公室"),
    "厅": ("厅",),
    "馆": ("馆", "中心"),
    "院": ("院", "中心", "所"),
    "站": ("站", "中心"),
    "校": ("校", "学", "学院", "中心"),
    "所": ("所", "中心"),
    "队": ("队",),
}


def _may_speak_as(name: str, text: str) -> bool:
    """Whether the unit ``name`` can be the one the report speaks as: not when the report calls itself only
    something else ("我馆全年免费开放" on a page a 局 posted, "我局…" on the county government's portal)."""
    if name.endswith("政府") and _SELF_AS_UNIT.search(text) and not _SELF_AS_PLACE.search(text):
        return False  # a government speaks as its place ("我县", "本镇"), a unit its portal posts as 我单位
    if name.endswith(vocabulary().place_suffixes) and not _place_may_speak(name, text):
        return False  # the town "桐城市孔城镇" posting a report that speaks as 我市: the city's
    kinds = set(_SELF.findall(text))
    return not kinds or any(name.endswith(_SELF_ENDINGS[kind]) for kind in kinds)


def _place_may_speak(place: str, text: str) -> bool:
    """Whether a place (a bare place's name publishing the page) can be the one its report speaks as: it speaks as
    that level ("我镇") or as none; a report speaking only of the whole of another level ("全市共安排…覆盖全市15个乡镇")
    is that level's, unless it names the place on its own ("孔城镇…在全市率先完成")."""
    levels = {said[-1] for said in _SPEAKS_AS_PLACE.findall(text)}
    if not levels:
        own = place[leading_place(place[:-1]) :]  # "孔城镇" of "桐城市孔城镇"
        named = text.count(own) > text.count(place)
        levels = set() if named else {said[-1] for said in _SELF_AS_PLACE.findall(text)}
    return not levels or place[-1] in levels


# "…为局属公益一类事业单位", "…是县农业农村局所属的参公事业单位": a unit under another
_SUBORDINATE = r"(?:是|为|系)[\u4e00-\u9fff]{0,12}?(?:所属|下属|直属|属)(?:的)?(?:公益|事业|二级|参公)"


# "…系县卫生健康局下属的", "…是县农业农村委管理的行政执法机构": the name of the unit's superior, and what the unit is
_SUPERIOR = re.compile(
    r"(?:是|为|系)(?P<name>[\u4e00-\u9fff]{2,25}?)(?:的)?(?P<relation>所属|下属|直属|管理的|主管的)"
    r"(?P<what>[\u4e00-\u9fff]{0,10})"
)
# what a unit under another is ("事业单位", "行政执法机构", "二级预算单位"): no project, road or school it runs
_A_UNIT = re.compile(r"单位|机构|队伍|大队|支队|中心|站$|所$")


def _parent_of_the_reporting_one(name: str, text: str) -> bool:
    """Whether the report says it is a unit under ``name`` ("我单位（X医院）系县卫生健康局下属的…"), or under it
    shortened or by 管理的/主管的 ("X支队是县农业农村委管理的行政执法机构", of 垫江县农业农村委员会) when what it
    says is under it is a unit and the report does not speak as that kind of office itself ("我局"): the page's
    publisher is then its superior, who posts its report."""
    endings = speaker_endings(text)
    spoken = bool(endings) and name.endswith(endings)
    for found in _SUPERIOR.finditer(text):
        said, relation = found.group("name"), found.group("relation")
        if said == name and relation in ("所属", "下属", "直属"):
            return True
        if (
            not spoken
            and _A_UNIT.search(found.group("what"))
            and organisation_end(said) == len(said)
            and _names_the_same(said, name)
        ):
            return True
    return False


def _names_the_same(said: str, name: str) -> bool:
    """Whether ``said`` is ``name`` or its short form, the place's name left out with its level kept or not
    ("县农业农村委" of "垫江县农业农村委员会")."""
    if said == name or _short_for(said, name):
        return True
    place = leading_place(name)
    if place == 0:
        return False
    own = name[place:]
    said = said[1:] if said.startswith(name[place - 1]) else said
    return bool(own) and len(said) >= 3 and _short_for(said, own)


def _a_unit_under_the_reporting_one(name: str, text: str) -> bool:
    """Whether the report describes ``name`` as a unit under another while calling itself something else
    ("某中心为局属公益一类事业单位" in a report speaking as 我局); a unit describing itself so is its own."""
    return not _may_speak_as(name, text) and re.search(re.escape(name) + _SUBORDINATE, text) is not None


def _internal_office(name: str) -> bool:
    """Whether a page's publisher is a division inside a department ("来源：财务处", "规划财务和法规处", "计财科"),
    named without a place: the department's office that posted the report, not the unit evaluated."""
    return name.endswith(vocabulary().division_endings) and leading_place(name) == 0


def _corroborated(publishers: Sequence[Meta], text: str) -> Sequence[Meta]:
    """The publishers a page names, or, when they differ ("发布机构 | X局 | 责任部门 | X馆"), those the
    report also names outside its metadata, when some are: the office the report speaks of wrote it."""
    if len({meta.value for meta in publishers}) < 2:
        return publishers
    listed = {meta.value: sum(other.value == meta.value for other in publishers) for meta in publishers}
    named = [meta for meta in publishers if text.count(meta.value) > listed[meta.value]]
    return named or publishers


_DISCLOSURE = re.compile(r"(?:公开|公示)\s*$")
_EVALUATION_YEAR = re.compile(r"(20\d{2})\s*年度")
_CITATION = re.compile(r"《[^《》]*》")
_HEAD_LINES = 40


def _evaluated_before_publication(title: Title, read_text: Mapping[int, str]) -> Candidate | None:
    """The year before a disclosure title's "N年" ("九亭镇2021年预算绩效评价结果公开", posted in 2021) when the page's
    head, outside the title and the documents it cites, names only that year's 年度 ("现将我镇2020年度项目支出绩效
    自评结果公开如下", a form's "2020年度"): the year's disclosure of the year before's evaluation."""
    year = title.year
    if year is None or not _DISCLOSURE.search(title.text):
        return None
    if read_text.get(year.line, "")[year.end :].lstrip().startswith("年度"):
        return None
    stated = [
        (number, found)
        for number in sorted(read_text)[:_HEAD_LINES]
        if number not in title.lines
        for found in _EVALUATION_YEAR.finditer(
            _CITATION.sub(lambda cited: " " * len(cited.group()), read_text[number])
        )
    ]
    before = int(year.text) - 1
    if not stated or any(int(found.group(1)) != before for _, found in stated):
        return None
    number, found = stated[0]
    return _candidate("year", before, TITLE, number, found.start(1), found.end(1))


def identity_candidates(
    layout: Layout, facts: Sequence[Fact], text: str, read_text: Mapping[int, str] | None = None
) -> dict[str, list[Candidate]]:
    """Candidates for kind, year, unit and project; ``text`` is the report's, for how it names itself, and
    ``read_text`` its lines by number."""
    read_text = read_text or {}
    title = layout.title
    found: dict[str, list[Candidate]] = {"kind": [], "year": [], "unit": [], "project": []}
    if title is not None:
        if title.kind is not None:
            line = title.lines[0]
            # a 范文 collection's title shows the kind its site filed it under, which the piece may not be
            strength = PROSE if is_collection_title(title.text) else TITLE
            found["kind"].append(_candidate("kind", title.kind, strength, line, 0, 0))
        if title.year is not None:
            published = _evaluated_before_publication(title, read_text)
            found["year"] += (
                [published] if published else _part("year", title.year, TITLE, int(title.year.text))
            )
        found["unit"] += _part("unit", title.unit, TITLE)
        if title.place is not None and title.place.text.endswith(vocabulary().place_suffixes):
            # "沛县" is a unit's place; "广西", read without its suffix, is too wide to be one; and the place's
            # office that publishes the report and speaks for it ("六安市…" published by 市民政局) wrote it
            # and an office of the place that signs the report ("…绩效评价报告 南县某执法大队 (2022年2月23日)") wrote it
            signer = layout.signed.text if layout.signed is not None else ""
            place_speaks = (
                speaks_as_place(text)
                # ("海南省…专项资金" in a report saying 我市: the province names the fund, the city speaks)
                and title.place.text[-1] in {word[-1] for word in vocabulary().self_place.findall(text)}
                and not any(
                    _office_of_place_speaks(meta.value, title.place.text, text)
                    for meta in layout.publishers
                    if organisation_like(meta.value)
                )
                # nor the place's office a form's 主管部门 cell names ("地方主管部门 | 宜昌市人力资源和社会保障局")
                and not any(
                    _office_of_place_speaks(cell.value, title.place.text, text)
                    for cell in layout.labelled
                    if cell.field == "department" and organisation_like(cell.value)
                )
                and not (signer.startswith(title.place.text) and organisation_like(signer))
                # "龙岩市永定区图书馆…项目绩效自评报告": the title names the place's organisation itself
                and not (title.unit is not None and organisation_like(title.unit.text))
            )
            # "通渭县…衔接资金绩效自评报告" / "通渭县乡村振兴局会同县财政局对…开展了自评": the place's office that
            # evaluated its money wrote the report, as its publisher would have; so did the office whose duties it
            # sets out ("1.职能职责。县水务局代县政府执行…")
            for speaker in (layout.evaluated.unit, layout.described):
                if (
                    speaker is not None
                    and organisation_like(speaker.text)
                    and _office_of_place_speaks(speaker.text, title.place.text, text)
                ):
                    place_speaks = False
                    found["unit"] += _part("unit", speaker, TITLE)
                    break
            # "某区某镇某村污水管网建设工程2020年度项目绩效自评报告": a place that opens the project's name is where the
            # work is, no stronger a sign of whose report it is than the sentences naming who carried it out
            sited = (
                title.project is not None
                and title.project.line == title.place.line
                and title.project.start == title.place.end
            )
            if place_speaks or not sited or not _office_carries_it_out(layout, title.place.text):
                # (where a sentence names the place's office carrying the work out, that office reports)
                found["unit"] += _part(
                    "unit", title.place, TITLE if place_speaks else PROSE if sited else PLACE
                )
        # (a 范文 collection's title names the topic its pieces share; a piece names its own project in full)
        found["project"] += _part(
            "project", title.project, PROSE if is_collection_title(title.text) else TITLE
        )
    named_project = next((cell for cell in layout.labelled if cell.field == "project"), None)
    evaluated = layout.evaluated.project
    if evaluated is not None and (layout.kind_hint is None or evaluated.line < layout.kind_hint.line):
        # "对X资金开展了自评" before any telling heading: a fund's evaluation (a 范文 piece opening so, then
        # 一、部门概况); after the headings of a unit's whole spending, one of its funds evaluated in passing
        found["kind"] += _part("kind", evaluated, PROSE, "项目支出")
    elif layout.kind_hint is not None:
        found["kind"] += _part("kind", layout.kind_hint, PROSE)
    elif named_project is not None and not found["kind"]:
        # a form whose title names no kind ("X市财政支出绩效评价自评报告") filled in for a named project
        found["kind"].append(
            _candidate("kind", "项目支出", PROSE, named_project.line, named_project.start, named_project.end)
        )
    found["project"] += _part(
        "project", layout.evaluated.project or layout.funded or layout.introduced, PROSE
    )
    found["unit"] += _part("unit", _the_one_overseen(layout.evaluated.unit), PROSE)
    described = _the_one_overseen(layout.described or layout.acting)
    if described is not None and not _a_unit_under_the_reporting_one(described.text, text):
        found["unit"] += _part("unit", described, PROSE)
    found["unit"] += _part("unit", layout.signed, META)  # a signature is as sure as a page's publisher
    if layout.place is not None and speaks_as_place(text):
        found["unit"] += _part("unit", layout.place, PROSE)  # "松木塘镇地处…" in a report that says 我镇
    # "实施单位 | 相关项目建设单位" names a group of units, not the one that reports
    groups = vocabulary().unit_group
    named_unit = any(cell.field == "unit" and not groups.search(cell.value) for cell in layout.labelled)
    # a company said in a sentence to carry the work out ("专项资金的实施单位是X有限公司,") may be a contractor:
    # as weak as a page's metadata, and no bar to the form's own cells
    contracted = [
        c
        for c in layout.labelled
        if c.field == "unit" and c.in_sentence and vocabulary().company.search(c.value) is not None
    ]
    # the strongest label a unit is named under: "项目承担单位 X | 预算单位 Y" names X the unit, Y its parent
    strongest = min(
        (
            c.rank
            for c in layout.labelled
            if c.field == "unit"
            and organisation_like(c.value)
            and c not in contracted
            and not vocabulary().third_party.search(c.value)
            and not groups.search(c.value)
        ),
        default=0,
    )
    # the department named under the lowest level's label: "省级主管部门 X | 市县主管部门 Y" names Y the reporting one
    lowest = min(
        (c.rank for c in layout.labelled if c.field == "department" and organisation_like(c.value)), default=0
    )
    for cell in layout.labelled:
        if cell.field == "department" and cell.rank > lowest:
            continue
        if cell.field in ("unit", "department") and not organisation_like(cell.value):
            continue  # "预算单位整体支出绩效评价基础数据表": a form's title, not a unit's name
        if cell.field == "unit" and (
            vocabulary().third_party.search(cell.value) or groups.search(cell.value)
        ):
            # "评价单位：某会计师事务所有限公司": who evaluated for the unit; "实施单位：各乡镇人民政府": a group of
            # units carrying the work out, none of them the one that reports
            continue
        if cell.field == "unit" and cell.rank > strongest and cell not in contracted:
            continue
        if cell.field in ("unit", "project"):
            # a unit said in a sentence ("项目实施单位为某镇人民政府,负责建设") is who carries the work out: as weak as
            # prose, a business among them as weak as metadata
            strength = (
                META if cell in contracted else PROSE if cell.in_sentence and cell.field == "unit" else LABEL
            )
            found[cell.field].append(
                _candidate(cell.field, cell.value, strength, cell.line, cell.start, cell.end, cell.end_line)
            )
        elif (
            not named_unit
            and not (title is not None and title.kind == "部门整体支出")
            # (nor where the report speaks as another kind of unit: "本工程建设单位为我院,主管部门为X局")
            and _may_speak_as(cell.value, text)
        ):
            # a form naming only its 主管部门 (a transfer's or a fund's form) is that department's report,
            # as weak as a page's publisher: the title's unit beats it; a unit's whole spending is its own, its
            # 主管部门 its superior ("主管部门：某县教育局" on a school's report that says 我校)
            found["unit"].append(_candidate("unit", cell.value, META, cell.line, cell.start, cell.end))
    place = title.place.text if title is not None and title.place is not None else None
    vocab = vocabulary()
    collector_evaluates = vocab.collector_evaluates.search(text) is not None
    for meta in _corroborated(layout.publishers, text):
        # a finance bureau posts every unit's report: it is the author only where the report says it evaluated
        collects = (vocab.collecting_publisher.search(meta.value) and not collector_evaluates) or (
            vocab.portal_office.search(meta.value)
            and "我办" not in text
            and not _office_at_work(meta.value, text)
        )
        if (
            organisation_like(meta.value)
            and not collects
            and not _internal_office(meta.value)
            and _may_speak_as(meta.value, text)
            and not _parent_of_the_reporting_one(meta.value, text)
        ):
            # (not where the title names its unit after all, under it: "岚县…报告" / "岚县乡村振兴局")
            named = title is not None and title.unit is not None and organisation_like(title.unit.text)
            strength = (
                TITLE if place and not named and _office_of_place_speaks(meta.value, place, text) else META
            )
            found["unit"].append(_candidate("unit", meta.value, strength, meta.line, meta.start, meta.end))
    for field in () if title is not None and title.year_masked else ("year",):
        # (none where the title masks its year: "某医院20xx年度…报告" on a 范文 site, a later piece's year is another's)
        for fact in facts:
            if fact.field == field and fact.value is not None:
                value: str | int = int(fact.value) if field == "year" else str(fact.value)
                found[field].append(_candidate(field, value, PROSE, fact.line, fact.start, fact.end))
    return found


# a line opening with 其中 or with a level's or a source's money: a row of one part of the funds
_SUB_ROW_OPENING = re.compile(r"\s*(?:其中|上年结转|其他资金|" + LEVEL_MONEY + ")")
# a department form's task printed as "key：value" lines ("任务名称：水旱灾害防御" / "主要内容：…" / "预算金额（万元）：
# 612.50"): its money is the task's
_TASK_NAME_LINE = re.compile(r"\s*任务名称\s*[:：]")
_KEY_VALUE_LINE = re.compile(r"\s*[\u4e00-\u9fff（）()]{2,12}\s*[:：]")
_TASK_REACH = 3  # lines of a task's record above its money


def _a_tasks_figure(printed: Mapping[int, str], line: int) -> bool:
    """Whether the figure on ``line`` closes a task's "key：value" record (see above)."""
    for above in range(line - 1, line - 1 - _TASK_REACH, -1):
        text = printed.get(above, "")
        if _TASK_NAME_LINE.match(text):
            return True
        if not _KEY_VALUE_LINE.match(text):
            return False
    return False


def budget_candidates(
    layout: Layout,
    prose: Budget,
    facts: Sequence[Fact],
    lines: Sequence[Line] = (),
    department: bool = False,
) -> dict[str, list[Candidate]]:
    """Candidates for the four budget figures: the form's funds block (in a ``department``'s report, not a
    project form's among its ``lines``), then what prose extraction chose."""
    found: dict[str, list[Candidate]] = {
        key: [] for key in ("initial", "adjusted", "executed", "execution_rate")
    }
    names = {"initial": "initial", "adjusted": "adjusted", "executed": "executed", "rate": "execution_rate"}
    for block in layout.funds:
        if department and form_project(lines, block[0].label.line) is not None:
            continue
        # (a 决算 table's numbered spending total, "三、本年支出合计 | …", states the accounts: as strong as the report's
        # own words on the budget it evaluated, not stronger)
        strength = PROSE if NUMBERED_ACCOUNTS_TOTAL.match(block[0].label.text) else FORM
        for cell in block[0].cells:  # the total row
            key = names.get(cell.key)
            if key is not None:
                found[key].append(
                    _candidate(
                        f"budget.{key}",
                        cell.value,
                        strength,
                        cell.cell.line,
                        cell.cell.start,
                        cell.figure_end,
                    )
                )
    for record in layout.records:
        if record.field in (
            "budget.adjusted",
            "budget.executed",
        ):  # a one-row record table's: its form's figures
            found[record.field.removeprefix("budget.")].append(
                _candidate(record.field, Decimal(record.value), LABEL, record.line, record.start, record.end)
            )
    incomes = {figure.value for figure in layout.figures if figure.label.endswith("收入总计")}
    printed = {line.number: line.text for line in lines}
    for figure in layout.figures:
        if figure.label.endswith("支出总计") and figure.value in incomes:
            continue  # "收入总计 | 26,064,170.05 | 支出总计 | 26,064,170.05": the account's balance, no spending
        if _SUB_ROW_OPENING.match(printed.get(figure.cell.line, "")):
            # "其中：中央补助资金  全年预算数（元）：900,000.00" / "      省级补助资金  全年预算数（元）：…": a source's row
            continue
        if department and (
            _a_tasks_figure(printed, figure.cell.line) or PROJECTS_PART_SPENT.search(figure.label)
        ):
            continue  # (and "项目支出 | 6229.75 | 项目支出执行数 | 6114.32": the projects' part)
        if _OF_EARLIER_YEARS.search(figure.label):
            continue  # "以前年度已下达并拨付（万元）：1204", "上年支出数：…": the years before, not the year's
        # a form's "实际支出(万元) | 565.75": as strong as prose, since a sub-item's row reads the same
        kind = classify(figure.label)
        if kind is not None and kind[0] == "budget" and kind[1] in found:
            at = figure.cell
            found[kind[1]].append(
                _candidate(f"budget.{kind[1]}", figure.value, PROSE, at.line, at.start, at.end)
            )
            if kind[1] == "executed" and figure.rate is not None and figure.rate_cell is not None:
                # "预算执行率 | … | 执行数: | 82.65 | 87%": the percent after the spending is its rate
                at = figure.rate_cell
                found["execution_rate"].append(
                    _candidate("budget.execution_rate", figure.rate, PROSE, at.line, at.start, at.end)
                )
    for key in found:
        value = getattr(prose, key)
        if value is None:
            continue
        # where the text states the figure: as that figure, else as the amount the arithmetic chose it from
        fact = next((f for f in facts if f.field == f"budget.{key}" and f.value == value), None) or next(
            (f for f in facts if f.field == "amount" and f.value == value), None
        )
        line, start, end = (fact.line, fact.start, fact.end) if fact else (0, 0, 0)
        found[key].append(_candidate(f"budget.{key}", value, PROSE, line, start, end))
    if not found["executed"] and not found["execution_rate"]:
        found.update(part_year_figures(facts, {c.value for c in found["adjusted"]}))
    for key, candidates in found.items():
        found[key] = [_exact(c, [f for f in facts if f.field == f"budget.{key}"]) for c in candidates]
    return found


_OF_EARLIER_YEARS = re.compile(r"以前年度|以往年度|往年|历年|" + load_vocabulary("amounts")["other_year"])


def part_year_figures(facts: Sequence[Fact], budgets: set[object]) -> dict[str, list[Candidate]]:
    """The spending and the rate stated up to a date before the year's end ("截至2021年10月底,…支出47.52万元,资金使用率
    97.78%") in a report that states no other: all it says of them, so the year's as it reports them, where each is
    stated once (or alike) and the two agree with the one budget, as the stated subject's own figures do (an item's
    payment up to a month, "截至2024年6月已拨付工程进度款96.3万元" under a fund of 380万元, agrees with no rate)."""
    found: dict[str, Fact] = {}
    for key in ("executed", "execution_rate"):
        stated = [f for f in facts if f.field == f"part_year.{key}" and isinstance(f.value, Decimal)]
        if len({f.value for f in stated}) != 1:
            return {}
        found[key] = stated[0]
    budget = next(iter(budgets)) if len(budgets) == 1 else None
    spent, rate = found["executed"].value, found["execution_rate"].value
    if not isinstance(budget, Decimal) or not (
        isinstance(spent, Decimal) and isinstance(rate, Decimal) and rate_agrees(budget, spent, rate)
    ):
        return {}
    return {
        key: [_candidate(f"budget.{key}", value, PROSE, fact.line, fact.start, fact.end)]
        for (key, fact), value in zip(found.items(), (spent, rate), strict=True)
    }


def _exact(candidate: Candidate, facts: Sequence[Fact]) -> Candidate:
    """A form's figure rounded to the places it prints ("386.75" 万元) where the text states it exactly
    ("3,867,540.00元"): one figure, the exact one taken, where it is printed."""
    if candidate.strength != FORM or not isinstance(candidate.value, Decimal):
        return candidate
    exponent = candidate.value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0:
        return candidate
    step = Decimal(1).scaleb(exponent)
    exact = [
        (f.value, f)
        for f in facts
        if isinstance(f.value, Decimal)
        and f.value != candidate.value
        and f.value.quantize(step, rounding=ROUND_HALF_UP) == candidate.value
    ]
    if len({value for value, _ in exact}) != 1:
        return candidate
    value, fact = exact[0]
    return _candidate(candidate.field, value, candidate.strength, fact.line, fact.start, fact.end)
