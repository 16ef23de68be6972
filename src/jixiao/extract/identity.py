"""Who and when: kind of evaluation, budget year, unit, project and report date, read off the title block
(the short lines before the first section) and the labelled lines reports use ("部门（单位）名称：…").

Lines come in normalised (half-width, same length), so columns found here are columns of the original."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.extract.context import Context, sentence_end, sentence_start
from jixiao.ingest.document import Line
from jixiao.layout.chrome import is_chrome
from jixiao.layout.headings import HEADING_NUMBER
from jixiao.layout.title import is_collection_title, page_head
from jixiao.layout.vocabulary import load_vocabulary, vocabulary

_SKIP = re.compile(r"^(?:附件\s*\d*|\[bookmark[^\]]*\]|发布时间|来源|编辑|作者|字号|浏览)")
# wrappers document-sharing sites put around a report ("《….docx》由会员分享，可在线阅读")
_WRAPPER = re.compile(r"由会员分享|可在线阅读|在线阅读|免费下载|文档下载|本站整理|\.(?:docx?|pdf|wps)》")
_KIND_WORDS = r"(?:部门整体支出|单位整体支出|部门\(单位\)整体支出|整体支出|部门整体|整体绩效|项目支出|项目绩效|绩效自评|绩效评价|自评报告)"
# neither end of a span of years ("2019-2021年新一轮退耕还林补助资金", "2019年至2021年"): the years together, none of them
# alone; the guards before a year's digits and after its 年 (the audit's year checks use them too)
NOT_A_SPANS_END = r"(?<![\d年][-—–~～至到])(?<![\d年][-—–~～至到] )"
NOT_A_SPANS_START = r"(?!\s*[-—–~～至到]\s*20\d{2})"
_YEAR = re.compile(
    NOT_A_SPANS_END + r"(20\d{2})\s*(?:年度|年(?!\s*\d{1,2}\s*月)|(?=\d{1,2}月))" + NOT_A_SPANS_START
)
# in the body only "2023年度" / "2023年" names the evaluated year; "20234月" is a date (often the next year)
# nor does the year something was built or set up ("于2013年建成", "2008年成立", "成立于2015年"), long before the
# year evaluated (a fund 设立 or a project 竣工 in a year may well be that year's), nor the year a work has gone on
# since ("自2017年我县全面启动…以来", "从2003年起三年内"), nor either end of a span of years
_BODY_YEAR = re.compile(
    r"(?<!成立于)(?<!建于)(?<!自)" + NOT_A_SPANS_END + r"(20\d{2})\s*(?:年度|年(?!\s*\d{1,2}\s*月))"
    r"(?!\s*(?:建成|成立|始建|组建|起))" + NOT_A_SPANS_START
)
# a cited document, with the year written right before it ("根据2007年《某会议纪要》07号决定": that minute's year)
# (each way of writing it opens with a character of its own: the engine skips to the 2s and 《s)
_CITED = re.compile(r"20\d{2}\s*年度?\s*《[^《》]{0,120}》|《[^《》]{0,120}》")
_CITED_BUDGET_YEAR = re.compile(r"《[^《》]{0,60}?(20\d{2})\s*年度[^《》]{0,60}》")
_PLAN_AFTER = re.compile(r"\s*(?:将|计划|拟|力争|争取)")
_PLANNED = re.compile(load_vocabulary("identity")["plan_words"])
# a year compared with ("较2022年增加", "与2022年相比", "比上年"), never the one evaluated
_COMPARED_BEFORE = re.compile(r"(?:较|比|与|同)\s*$")
# a year the budget or the evaluation is stated for ("2023年全年预算数236.52万元", "2023年度部门整体支出绩效得分90分"):
# the evaluated year, whatever other years the body names more often (last year's spending, next year's plans)
_FIGURES_YEAR = re.compile(
    r"(20\d{2})\s*(?:年度|年)(?!\s*\d{1,2}\s*月)\s*[，,]?\s*(?:我[局委办院校馆站所]|本单位|本部门|部门|单位|项目){0,2}\s*"
    r"(?:全年预算|年初预算|调整后预算|预算数|安排(?:资金|经费)|下达|部门整体支出绩效|(?:绩效)?自评得分)"
)
_CITED_EVALUATION = re.compile(
    r"《[^《》]{0,60}?(20\d{2})\s*年度?[^《》\d]{0,30}?(?:绩效自评|绩效评价|自评)[^《》]{0,40}》"
)
_ANONYMISED_YEAR = re.compile(r"^\s*20[xX×*＊]{2}\s*年度?")
_KIND = re.compile(_KIND_WORDS)
_HANZI_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_LABELLED_UNIT = re.compile(
    r"(?:部门|单位|项目单位|实施单位|预算单位|主管部门)\s*(?:\(单位\))?\s*名称\s*[:：]\s*(?P<unit>[^\s，。,;；]{2,40})"
)
# a form's cover states the year in a labelled cell: "评价年度:2022" (no 年 after it)
# "评价年度：2022", "所属年度：2022", a form's "年度 | 2021" cells
_LABELLED_YEAR = re.compile(
    r"(?:(?:评价|预算|绩效|项目|自评|考核|所属|报告)年度\s*[:：]|(?:^|(?<=\n))\s*年度\s*[:：\t|])\s*(20\d{2})(?!\d)"
)
# a form's project period covering one whole year ("项目起止时间 | 2016年1月1日-2016年12月31日"): that year
_WHOLE_YEAR = re.compile(
    r"(20\d{2})\s*年\s*0?1\s*月\s*0?1\s*日?\s*[-—－~～至到]{1,2}\s*\1\s*年\s*12\s*月\s*31\s*日"
)
_LABELLED_PROJECT = re.compile(r"项目名称\s*[:：]\s*(?P<name>[^\s，。,;；]{2,60})")
_PAREN_PROJECT = re.compile(r"^\s*[(（]\s*(?P<name>[^()（）]{2,60}项目)\s*[)）]\s*$")
# a project report's title is often followed by the project's name in brackets on its own line (a form's
# title by its year or batch: "(2021年度)", "(2021年度第二批)" name no project)
_PAREN_LINE = re.compile(
    r"^\s*[(（]\s*(?!20\d\d\s*年度?\s*(?:第[一二三四五六七八九十\d]{1,3}[批期次])?\s*[)）])"
    r"(?P<name>[^()（）:：，。]{2,60})\s*[)）]\s*$"
)
# (not a voucher's number in its month, "2018年6月102号")
_DATE = re.compile(r"(20\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})(?!\d)\s*日?")
# a date under its label with spaces for the form's blanks: "报告日期: 2018   8   04"
_LABELLED_DATE = re.compile(r"日期\s*[:：]?\s*(20\d{2})\s+(\d{1,2})\s+(\d{1,2})(?!\d)")


@dataclass(frozen=True)
class Identity:
    kind: str | None
    year: int | None
    unit: str | None
    project: str | None
    report_date: dt.date | None


def title_block(lines: Sequence[Line], chrome: frozenset[int] = frozenset()) -> list[Line]:
    """The short lines at the top: the report's title, unit, and sometimes its date; ``chrome`` are the page's
    chrome lines the layout found (a metadata label's value on the line under it among them)."""
    block: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if not text or _SKIP.match(text) or _WRAPPER.search(text) or line.number in chrome or is_chrome(text):
            continue  # a page's breadcrumbs and metadata above the title take none of the block's lines
        if (
            len(text) > 45
            or HEADING_NUMBER.match(text)
            or "。" in text
            or vocabulary().not_title_start.match(text)
        ):
            break  # a sentence ("现将某县统计局2022年度…报告如下:") ends the title block
        block.append(line)
        if len(block) >= 12:
            break
    return block


# the heading of the plan for the year after ("八、下一年度工作计划", "七、下一年度部门整体绩效目标"): what follows
# names that year
_NEXT_YEARS_PLAN = re.compile(
    r"下一?年度?(?:的)?(?:部门整体|整体|项目)?(?:工作|绩效)?(?:计划|打算|安排|思路|目标)|明年(?:工作)?(?:计划|打算)"
)


def _before_next_years_plan(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines above the last heading of the plan for the year after (a contents list names it at the top too),
    where the year evaluated is still named."""
    headings = [
        index
        for index, line in enumerate(lines)
        if HEADING_NUMBER.match(line.text) and _NEXT_YEARS_PLAN.search(line.text)
    ]
    return lines[: headings[-1]] if headings else lines


def _kind(title: str, head: str) -> str | None:
    for text in (title, head):
        if "项目支出" in text and "整体" not in text:
            return "项目支出"
        if "整体" in text:
            return "部门整体支出"
        if "项目支出" in text:
            return "项目支出"
    return None


def _title_unit(title: str) -> str | None:
    """The unit named between the year and the kind ("2023年度网信办整体…"), or before the year
    when the unit's name stands on its own line above the title ("鹿泉区委网信办 / 2024年度整体支出…")."""
    year = _YEAR.search(title)
    kind = _KIND.search(title, year.end() if year else 0)
    if kind is None:
        return None
    if year is not None:
        between = title[year.end() : kind.start()].strip()
        if _HANZI_PAIR.search(between):
            return between
        before = title[: year.start()].strip()
        return before if _HANZI_PAIR.search(before) else None
    before = _ANONYMISED_YEAR.sub("", title[: kind.start()]).strip()
    return before if _HANZI_PAIR.search(before) else None


def _labelled_unit(ctx: Context, lines: Sequence[Line]) -> str | None:
    for line in lines:
        labelled = _LABELLED_UNIT.search(line.text)
        if labelled:
            ctx.add_line_fact(
                "unit", labelled.group("unit"), line.number, labelled.start("unit"), labelled.end("unit")
            )
            return labelled.group("unit")
    return None


def _where(ctx: Context, block: Sequence[Line], value: str) -> tuple[int, int, int] | None:
    for line in block:
        column = line.text.find(value)
        if column >= 0:
            return line.number, column, column + len(value)
    return None


def _cited_budget_year(text: str) -> int | None:
    """The one budget year the documents a page cites name ("《…关于抚远市2022年度涉农资金…计划安排的批复》"),
    when its own words name none: a year's plan or budget is the year it funds. A document's own year
    ("《2016年某考核办法》", "2007年《会议纪要》") is not."""
    years = {int(found.group(1)) for found in _CITED_BUDGET_YEAR.finditer(text)}
    return years.pop() if len(years) == 1 else None


def _figures_year(text: str) -> int | None:
    """The one year the figures of the budget or the evaluation are stated for, when they name only one."""
    years = {
        int(found.group(1))
        for found in _FIGURES_YEAR.finditer(text)
        if not _COMPARED_BEFORE.search(text, max(0, found.start() - 2), found.start())
        and not _PLANNED.search(text[sentence_start(text, found.start()) : sentence_end(text, found.end())])
    }
    return years.pop() if len(years) == 1 else None


def _body_year(text: str) -> int | None:
    """The year the body's own words name most often; none when two years are named equally often (a
    report about 2023 says 2023 more than the years of its history, its plans or its dates)."""
    counts = Counter(
        int(match.group(1))
        for match in _BODY_YEAR.finditer(text)
        if not _PLAN_AFTER.match(text, match.end())  # "2023年将继续加强管理": a plan's year
        and not _COMPARED_BEFORE.search(text, max(0, match.start() - 2), match.start())
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def extract_identity(ctx: Context, lines: Sequence[Line], chrome: frozenset[int] = frozenset()) -> Identity:
    # a 范文 collection's titles name its topic, not the report printed under them; a title above one is the
    # site's name of another document ("2017年度耕地质量提升计划资金绩效评价报告 / 合集下载 / 农田建设补助资金绩效评价
    # 报告(通用7篇)") or the topic again: neither is the piece's
    block = title_block(lines, chrome)
    collections = [index for index, line in enumerate(block) if is_collection_title(line.text)]
    above = {line.number for line in block[: collections[-1]]} if collections else set()
    block = block[collections[-1] + 1 :] if collections else block
    title = "".join(line.text.strip() for line in block)
    head_lines = [
        line
        for line in page_head(lines, 60)
        if line.text.strip() and not is_collection_title(line.text) and line.number not in above
    ]
    head = "".join(line.text.strip() for line in head_lines)
    kind = _kind(title, head)

    year: int | None = None
    # after the title: the year a cited notice asks the self-evaluation of (《关于开展2022年度…绩效自评
    # 工作的通知》), then the body's own words; any other year a citation names is that document's
    # (《关于报送2020年预算绩效目标和2019年度…自评报告的通知》: 2020 is the targets' year)
    uncited = _CITED.sub(lambda cited: " " * len(cited.group()), head) if "《" in head else head
    # a year labelled or spanned ("预算年度：2024", "2024年1月1日至2024年12月31日") under the plan for the year after
    # names that year
    planned = {line.number for line in head_lines} - {
        line.number for line in _before_next_years_plan(head_lines)
    }
    this_years = "\n".join(line.text.strip() for line in head_lines if line.number not in planned)
    for text, pattern in (
        (title, _YEAR),
        (this_years, _LABELLED_YEAR),
        (this_years, _WHOLE_YEAR),
        (head, _CITED_EVALUATION),
    ):
        match = pattern.search(text)
        if match:
            year = int(match.group(1))
            break
    else:
        # the cited documents' years count only when the body's own words name none
        year = _figures_year(uncited) or _body_year(uncited) or _cited_budget_year(head)

    unit = _labelled_unit(ctx, block)
    if unit is None:
        unit = _title_unit(title)
    if unit is None:  # a page's metadata names its publisher, weak evidence the layout weighs (headline)
        unit = _labelled_unit(ctx, [line for line in head_lines if not is_chrome(line.text)])
    if unit is not None and not ctx.all("unit") and (where := _where(ctx, block, unit)):
        ctx.add_line_fact("unit", unit, *where)

    project: str | None = None
    if kind != "部门整体支出":
        for line in block[1:]:
            bracketed = _PAREN_LINE.match(line.text)
            if bracketed:
                project = bracketed.group("name")
                ctx.add_line_fact(
                    "project", project, line.number, bracketed.start("name"), bracketed.end("name")
                )
                break
    labelled = [
        (line, found)
        for line in (head_lines if project is None else ())
        if (found := _LABELLED_PROJECT.search(line.text) or _PAREN_PROJECT.match(line.text))
    ]
    # "1、项目名称:A…" / "2、项目名称:B…": a report on several projects names no one of them
    if labelled and len({found.group("name") for _, found in labelled}) == 1:
        line, found = labelled[0]
        project = found.group("name")
        ctx.add_line_fact("project", project, line.number, found.start("name"), found.end("name"))

    if kind is not None:
        ctx.add_line_fact("kind", kind, block[0].number if block else 1, 0, 0)
    if year is not None:
        stated = (
            (line, m)
            for line in [*block, *head_lines]
            for pattern in (_YEAR, _LABELLED_YEAR, _WHOLE_YEAR)
            for m in pattern.finditer(line.text)
        )
        year_at = next(((line, m) for line, m in stated if m.group(1) == str(year)), None)
        if year_at is not None:
            line, found = year_at
            ctx.add_line_fact("year", str(year), line.number, found.start(1), found.end(1))
    return Identity(kind, year, unit, project, _report_date(ctx, lines))


# a page's publishing date, a deadline, or a period ("项目期限 | 2020年1月1日至2020年12月31日"; not 周至县's 至)
_NOT_SIGNED = re.compile(r"发布|来源|时间|截至|截止|前|(?:\d|日|月)\s*至|期限|期间|起止")


def _report_date(ctx: Context, lines: Sequence[Line]) -> dt.date | None:
    """A date standing alone on a short line (the signing date), not a date inside a sentence."""
    for line in lines:
        text = line.text.strip()
        if len(text) > 30 or "20" not in text or _NOT_SIGNED.search(text):  # (a date is of a year 20xx)
            continue
        match = _DATE.search(text) or _LABELLED_DATE.search(text)
        if not match:
            continue
        try:
            date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        ctx.add_line_fact(
            "report_date", date.isoformat(), line.number, lead + match.start(), lead + match.end()
        )
        return date
    return None
