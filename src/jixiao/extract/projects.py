"""Projects a department report names: from a score table (项目名称 | 自评得分 | 评价等级), from paragraphs
about one project ("2、舆情监测服务项目目标完成情况。年初预算为 61 万元…"), and from budget listings
("项目支出87.77万元，主要是X项目9.88万元、Y 28.96万元"). The same project named slightly differently
("2024年区网络文明建设服务项目" / "网络文明建设服务项目") is merged."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from decimal import Decimal

from jixiao.extract.context import Context
from jixiao.extract.model import Fact, Project
from jixiao.extract.numbers import to_decimal
from jixiao.extract.scores import GRADE_WORDS
from jixiao.extract.tables import Table, find_tables
from jixiao.ingest.document import Line
from jixiao.layout.statement import FUND_HEADING
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.patterns import guarded

_SCOPE = re.compile(
    r"^(?:\d{1,2}\s*[、.]\s*|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|[一二三四五六七八九十]+\s*、\s*)?"
    # (a heading's number opens no name: "3、(三)项目实施情况", a sharing site's chunk number before the heading)
    r"(?:(?P<name>(?![一二三四五六七八九十]+\s*、|\d{1,2}\s*[、.]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）])"
    # (not a sentence's object: "本部门按要求对项目实施情况开展自评", "该项目实施情况")
    r"[^。，,；;:：\n]{2,40}?(?<![对该本此各])项目)(?:目标)?(?:完成情况|实施情况|绩效情况|执行情况|[。:：])"
    # a fund named by what it pays for, then what the paragraph tells of it: "(一)X工作经费绩效自评综述:"
    r"|(?P<fund>[^。，,；;:：\n]{4,40}?(?:经费|资金))(?:绩效自评(?:综述|情况|结果)|绩效目标完成情况))"
)
# a numbered item naming a fund, then its budget ("2.动物防疫经费。年初预算68.50万元…" among "1.X项目。…" items)
_NUMBERED_FUND = re.compile(
    r"^(?:\d{1,2}\s*[、.．]\s*|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]\s*)"
    r"(?P<fund>[^。，,；;:：\n\d]{2,30}?(?:经费|资金))\s*[。:：]\s*(?=(?:年初|全年|调整后)?(?:预算|安排|下达))"
)
# in a department's report only (a project's own report lists its fund sources so): a table's row "X项目 全年预算数
# … 得分 94 等级 优", a numbered item naming a fund or a subsidy, then its account ("(一)X工作经费。全年预算…",
# "2.X专项:预算资金…")
_DEPARTMENT_SCOPE = re.compile(
    r"^(?:\d{1,2}\s*[、.]\s*|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|[一二三四五六七八九十]+\s*、\s*)?"
    r"(?P<name>(?!项目名称)[^。，,；;:：\s]{2,40}?项目)\s+(?=得分|等级|等次|评分|自评|预算|全年|年初)"
    r"|^(?:\d{1,2}\s*[、.]\s*|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]\s*)"
    r"(?P<fund>[^。，,；;:：\s\d]{4,30}?(?:经费|资金|专项|补贴|补助))[。:：]"
)
# a department's project given as cells, one or a few to a line (a table flattened): "学生资助项目 / 预算2,100万元
# / 得分97分 / 等级:优", which the flow joins into "学生资助项目预算2,100万元…得分97分" and "等级:优"
# (in prose too: "城乡环境整治项目年初预算300万元…", "水利发展资金：年初预算800万元…", a project's or fund's
# own account in a department's report)
_CELL_SCOPE = re.compile(
    r"^(?:\d{1,2}\s*[、.]\s*)?(?P<name>(?!项目名称)(?![^。，,；;:：\s]*部门整体)[\u4e00-\u9fff][^。，,；;:：\s\d()（）、]{1,39}?"
    r"(?:项目(?=得分|等级|等次|评分|预算|全年|年初|执行)|(?:资金|经费|专项|补助|补贴)(?=[:：]\s*(?:年初|全年|预算|调整))))"
)
# the names of a department's own money by its source or kind ("财政拨款资金", "单位资金", "机关经费")
_OWN_MONEY = re.compile(
    r"^(?:财政拨款|一般公共预算|政府性基金|单位|机关|部门|本级|基本支出|人员经费|公用经费|其他|自有|事业收入|上年结转)"
)
# a sentence telling what the report's own project is ("本项目为旗本级财政安排的经常性项目。")
_OWN_PROJECT_SAID = re.compile(r"[本该此这]个?(?:项目|专项)(?:为|是|系|属于)")
# a sentence's punctuation, not a figure's thousands comma: a paragraph without it is a run of cells
_SENTENCE_MARK = re.compile(r"[。；;，]|,(?!\d{3})")
_CELL_RUN_LENGTH = 60
_FIRST_LEVEL = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
_YEAR_PREFIX = re.compile(r"^(?:\d{4}年(?:度)?)")
_GRADE_CELL = re.compile(rf"^[“\"]?(?:{GRADE_WORDS})[”\"]?$")
_NUMBER_CELL = re.compile(r"^\d+(?:\.\d+)?$")


# a numbered heading or item run into the line after a sentence's end or a space (a page run together into one
# line): where a paragraph begins
_HEADING_NUMBER = r"[(（][一二三四五六七八九十]{1,3}[)）]|(?<!\d)\d{1,2}[.、．](?!\d)"
_INLINE_HEADING = guarded(_HEADING_NUMBER)
# what a heading run into a line follows: a sentence's end, a space, or the count of the items it opens ("共安排项目6个1、
# 公共图书馆免费开放项目:…")
_BEFORE_HEADING = "。；; \t\u3000个项"
# such a heading with the character before it, read first: the engine skips to those few characters
_RUN_IN_HEADING = re.compile(f"[{_BEFORE_HEADING}](?:{_HEADING_NUMBER})")


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each paragraph of the flow text: each line, cut again where a numbered heading is run
    into it."""
    # (one search over the text, not one a line: no heading runs across a line break, and one opening a line
    # follows no sentence's end)
    headings = [found.start() + 1 for found in _RUN_IN_HEADING.finditer(text)]
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        cuts = [
            at - position for at in headings[bisect_right(headings, position) : bisect_left(headings, end)]
        ]
        for begin, stop in zip([0, *cuts], [*cuts, len(line)], strict=True):
            yield position + begin, line[begin:stop]
        position = end + 1


def project_scopes(text: str, department: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, name) of each paragraph of the flow text that opens by naming a project (more shapes of it in
    a ``department``'s report), and of each section a first-level heading naming a fund opens
    ("一、中央自然灾害救灾资金(第一批)" up to "二、…")."""
    scopes: list[tuple[int, int, str]] = []
    sentence = vocabulary().not_title_start
    # a report on several projects, each under a first-level heading of its own ("一、学前教育发展资金项目" …
    # "二、中小学教师培训经费项目"): each heading opens that project's section, as a fund's does
    # … or each under a second-level heading naming a fund or project ("(一)城乡最低生活保障资金" … "(二)特困人员
    # 救助供养资金"), up to the next heading of either level; one such heading alone may name the report's own
    first_level, second_level = _headed_sections(text)
    several, several_below = len(first_level) >= 2, len(second_level) >= 2
    section: tuple[int, str] | None = None
    cells: str | None = None  # the project whose row of cells the paragraphs go on with
    paragraphs = list(_paragraphs(text))
    # "1.小型水库除险加固" / "安排2460.00万元" / "支出2398.65万元" / "执行率97.51%", "2.中小河流治理" / …: items named on
    # a numbered line of their own, each with its figures one a line under it (two such items at least)
    items = {
        at: item.group("name")
        for at, (_, paragraph) in enumerate(paragraphs[:-1])
        if paragraph[:3].lstrip()[:1].isdigit()  # (a cheap test first: most paragraphs open otherwise)
        and (item := _ITEM_HEADING.match(paragraph)) is not None
        and not _SECTION_WORDS.search(item.group("name"))
        and _ITEM_FIGURES.match(paragraphs[at + 1][1])
    }
    if len(items) < 2:
        items = {}
    for at, (position, paragraph) in enumerate(paragraphs):
        if at in items and section is None:
            scopes.append((position, position + len(paragraph), items[at]))
            # its figures, one a line or run into one paragraph with what follows them ("安排210.00万元支出198.30万元
            # 执行率94.43%上年结转…")
            figures_at, figures = paragraphs[at + 1]
            run = _ITEM_FIGURES.match(figures)
            if run is not None and not _continues_cells(figures):
                scopes.append((figures_at, figures_at + run.end(), items[at]))
            else:
                cells = items[at]
            continue
        if at - 1 in items and scopes and scopes[-1][0] == position:
            continue  # the figures just scoped with their item
        numbered = _NUMBERED_PROJECT.match(paragraph) if "项目" in paragraph[:12] else None
        if section is not None and (
            _FIRST_LEVEL.match(paragraph)
            or (several_below and _SECOND_LEVEL.match(paragraph))
            or numbered is not None
        ):
            scopes.append((section[0], position - 1, section[1]))
            section = None
        if numbered is not None:
            # "(一)项目1:" / "项目2:招商引资奖励专项经费": one of the report's several projects, by its number
            section = (position, numbered.group("name") or f"项目{numbered.group('number')}")
            continue
        below = _SUB_FUND_HEADING.match(paragraph) if several_below else None
        fund = (
            FUND_HEADING.match(paragraph)
            or (
                _PROJECT_HEADING.match(paragraph) or _FUND_EVALUATED_HEADING.match(paragraph)
                if several
                else None
            )
            or (below if below and not _generic(below.group("name")) else None)
        )
        match = (
            # (every name _SCOPE reads ends in 项目 or goes on with 绩效: most paragraphs hold neither)
            (_SCOPE.match(paragraph) if "项目" in paragraph or "绩效" in paragraph else None)
            or _named_fund_item(paragraph)
            or (_DEPARTMENT_SCOPE.match(paragraph) if department else None)
        )
        row = _CELL_SCOPE.match(paragraph) if department and match is None else None
        if row is not None and (
            vocabulary().generic_fund.fullmatch(row.group("name")) or _OWN_MONEY.search(row.group("name"))
        ):
            row = None  # "部门预算资金：年初预算…", "财政拨款资金：…": the department's own money
        if cells is not None:
            if match is None and row is None and fund is None and _continues_cells(paragraph):
                scopes.append((position, position + len(paragraph), cells))  # "等级:优" under its row
                continue
            cells = None
        name = (
            (match.groupdict().get("name") or match.group("fund"))
            if match
            else row.group("name")
            if row
            else None
        )
        if fund is not None:
            section = (position, fund.group("name"))
        elif (
            name
            and section is None
            and not sentence.match(name)
            and not (not department and _OWN_PROJECT_SAID.match(name))
        ):  # "按照…项目绩效情况": no heading; "本项目为…经常性项目。": the report's own project, no other
            name = name.strip()
            scopes.append((position, position + len(paragraph), name))
            if (row or (match and match.re is _DEPARTMENT_SCOPE and match.group("name"))) and _is_cells(
                paragraph
            ):
                cells = name
    if section is not None:
        scopes.append((section[0], len(text), section[1]))
    if department:
        scopes += _siblings_of_named_items(paragraphs, scopes)
    # "附表2：X子项目绩效自评表" / "子项目名称：X …": a sub-project's form after the report's own, its figures X's
    # to the end of the text, or to the next sub-project's
    named = [
        found
        for found in _SUB_PROJECT_NAMED.finditer(text)
        if not any(a <= found.start() < b for a, b, _ in scopes)
    ]
    for found, following in itertools.zip_longest(named, named[1:]):
        scopes.append((found.start(), following.start() if following else len(text), found.group("name")))
    return (
        scopes
        + _bracketed_items(paragraphs, scopes)
        + _attached_reports(text)
        + (_tasks(paragraphs, scopes) if department else [])
    )


# "【食品安全抽检监测】预算金额：45.00万元实际支出：42.18万元…": an item named in brackets, its figures run on after it
_BRACKETED_ITEM = re.compile(r"【(?P<name>[\u4e00-\u9fff()（）]{2,24})】")
# a label of the report's own money in brackets ("【资金投入】", "【项目资金】", "【资金结余】"), no item's name
_MONEYS_SECTION = re.compile(r"(?:项目|资金|投入|拨付|支付|结余|结转|使用|到位|执行|预算|支出)+")


def _bracketed_items(
    paragraphs: Sequence[tuple[int, str]], scopes: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Two or more items each named in brackets with its own figures right after the name, a paragraph opening with
    the first (their short lines joined, one item may run on into the next): each item's name and figures, where no
    scope holds them already."""
    found: list[tuple[int, int, str]] = []
    for position, paragraph in paragraphs:
        if not paragraph.lstrip().startswith("【") or any(a <= position < b for a, b, _ in scopes):
            continue
        for item in _BRACKETED_ITEM.finditer(paragraph):
            figures = _ITEM_FIGURES.match(paragraph, item.end())
            if (
                figures is not None
                and not _SECTION_WORDS.search(item.group("name"))
                and not _MONEYS_SECTION.fullmatch(item.group("name"))
            ):
                # (up to the end of its own figures: what follows the last, "项目自评得分：93分", is the report's)
                found.append((position + item.start(), position + figures.end(), item.group("name")))
    return found if len(found) >= 2 else []


# a cover that lists several attached reports ("附件:" / "1.《X局2024年度A项目支出绩效单位自评报告》" / "2.《…B项目…》"),
# then each under its mark ("附件1", its title, its account): each attachment is the project its entry names, up to
# the next mark
_ATTACHED_REPORT = re.compile(
    r"(?:^|\n)\s*(?P<number>\d{1,2})\s*[.、．]\s*《[^《》\n]{0,40}?20\d\d\s*年度?\s*"
    r"(?P<name>[\u4e00-\u9fff（）()]{2,40}?项目)(?:支出)?绩效[\u4e00-\u9fff]{0,8}报告》"
)
_ATTACHMENT_MARK = re.compile(r"附件\s*(?P<number>\d{1,2})(?![\d.、．])")


def _attached_reports(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each attached project report of a cover listing two or more (see above)."""
    if "附件" not in text:
        return []
    listed = {int(found.group("number")): found for found in _ATTACHED_REPORT.finditer(text)}
    if len(listed) < 2:
        return []
    after = max(found.end() for found in listed.values())
    marks = [
        (found.start(), listed[number].group("name"))
        for found in _ATTACHMENT_MARK.finditer(text, after)
        if (number := int(found.group("number"))) in listed
    ]
    ends = [start for start, _ in marks[1:]] + [len(text)]
    return [(start, end, name) for (start, name), end in zip(marks, ends, strict=True)] if marks else []


# a department form's tasks as "key：value" lines the flow runs together ("任务名称：水旱灾害防御主要内容：…预算金额
# (万元)：612.50任务名称：…"): each task's money is its own, the record ending with it
_TASK_NAMED = re.compile(
    r"任务名称\s*[:：]\s*(?P<name>[^\s　，,。；;:：|｜]{2,30}?)(?=主要内容|预算|[\s|｜]|$)"
)
# the task's own money, which ends its record ("预算金额(万元)：612.50", "预算：300万元")
_TASKS_MONEY = re.compile(
    r"(?:预算金额|金额|预算数?|资金)\s*(?:[(（]\s*万?元\s*[)）])?\s*[:：]?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?"
)
_TASK_REACH = 120  # characters of a task's record with no money of its own: its name and what it does


def _tasks(
    paragraphs: Sequence[tuple[int, str]], scopes: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each task a paragraph names under 任务名称 (see above), where no scope holds it."""
    found: list[tuple[int, int, str]] = []
    for position, paragraph in paragraphs:
        if "任务名称" not in paragraph:
            continue
        named = [
            task
            for task in _TASK_NAMED.finditer(paragraph)
            if not any(a <= position + task.start() < b for a, b, _ in scopes)
        ]
        for task, following in itertools.zip_longest(named, named[1:]):
            # up to the task's own money, never past the next task's name
            end = min(following.start() if following else len(paragraph), task.end() + _TASK_REACH)
            if (money := _TASKS_MONEY.search(paragraph, task.end(), end)) is not None:
                end = money.end()
            found.append((position + task.start(), position + end, task.group("name")))
    return found


_SUB_PROJECT_NAMED = re.compile(r"(?:子项目|分项目)名称\s*[:：]\s*(?P<name>[^\s　，,。；;:：|｜]{2,40})")


# a numbered item naming what it is about, then its own money: "3.龙游县第二高级中学新校区设备购置。预算1865.37万元，…"
_ACCOUNTED_ITEM = re.compile(
    r"^\s*(?P<number>\d{1,2})\s*[、.．]\s*(?P<name>[\u4e00-\u9fff()（）]{2,30}?)\s*[。:：]"
    r"[^。\n]{0,40}?(?:年初预算|全年预算|预算|安排|下达)[^\d。；;，,]{0,6}\d"
)


def _siblings_of_named_items(
    paragraphs: Sequence[tuple[int, str]], scopes: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The numbered items of a department's list of projects that name no fund word ("3.…设备购置。预算…支出…") where
    two of their siblings, told the same way, were read as projects ("1.义务教育学校公用经费。…", "2.学前教育生均补助。…",
    "4.教师培训经费。…"): the list's every item is a project's account, its figures that project's, not the report's."""
    opened = {start for start, _end, _name in scopes}
    runs: list[list[tuple[int, str, re.Match[str]]]] = []
    last = None
    for at, (position, paragraph) in enumerate(paragraphs):
        item = _ACCOUNTED_ITEM.match(paragraph) if paragraph[:3].lstrip()[:1].isdigit() else None
        if item is None:
            continue
        number = int(item.group("number"))
        if last is None or at != last[0] + 1 or number != last[1] + 1:
            runs.append([])
        runs[-1].append((position, paragraph, item))
        last = (at, number)
    added: list[tuple[int, int, str]] = []
    for run in runs:
        if sum(position in opened for position, _p, _i in run) < 2:
            continue
        for position, paragraph, item in run:
            name = item.group("name")
            if (
                position in opened
                or _SECTION_WORDS.search(name)
                or _OWN_MONEY.search(name)
                or _A_SOURCE.search(name)
            ):
                continue
            added.append((position, position + len(paragraph), name))
    return added


def _named_fund_item(paragraph: str) -> re.Match[str] | None:
    """A numbered item naming a fund of its own before its budget; a level's or a kind's money ("(1)中央资金：预算…")
    names none."""
    item = _NUMBERED_FUND.match(paragraph) if paragraph[:1] in _ITEM_OPENINGS else None
    if (
        item is None
        or vocabulary().generic_fund.fullmatch(item.group("fund"))
        or _A_SOURCE.search(item.group("fund"))
    ):
        return None
    return item


_ITEM_OPENINGS = frozenset("0123456789(（")
# a source of the money, not a fund of its own: "1.中央财政补助资金：预算80万元", "2.县级配套资金：…"
_A_SOURCE = re.compile(r"^(?:中央|省|市|州|县|区|乡|镇|本|上)级?|配套|自筹|结转|其他")


_PROJECT_HEADING = re.compile(
    r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<name>[\u4e00-\u9fff()（）—-]{4,40}?(?:项目|工程))"
    # ("二、农村道路畅通工程（民生工程）": a note on the project in brackets after its name)
    r"(?:[(（][\u4e00-\u9fff]{2,8}[)）])?"
    # ("一、基本公共卫生服务补助项目绩效自评综述": the project's section of the evaluation)
    r"(?:绩效(?:自评|评价)|自评)?(?:综述|情况|报告)?[ \t\u3000]*$",
    re.M,
)


_ITEM_HEADING = re.compile(r"^\s*\d{1,2}\s*[.、．]\s*(?P<name>[\u4e00-\u9fff()（）]{2,24})\s*$")
_ITEM_FIGURES = re.compile(
    r"(?:\s*(?:安排|下达|拨付|到位|预算|全年预算|年初预算|支出|实际支出|执行数|执行率|支付率)[^\d。；;，,]{0,6}?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元|%))+"
)
_SECTION_WORDS = re.compile(
    r"情况|概况|执行|使用|安排|预算|到位|支出|目标|指标|问题|改进措施|保障措施|结论|管理|评价"
)
_SECOND_LEVEL = re.compile(r"^\s*[(（][一二三四五六七八九十]{1,3}[)）]")
# a heading numbering one of several projects, named or not: "(一)项目1:", "项目2:招商引资“比学赶超”奖励专项经费"
_NUMBERED_PROJECT = re.compile(
    r"^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]\s*)?项目\s*(?P<number>[一二三四五六七八九十\d]{1,2})\s*[:：]"
    r"\s*(?P<name>[^\s，,。；;:：]{2,40})?\s*$"
)
_SUB_FUND_HEADING = re.compile(
    r"^[ \t\u3000]*[(（][一二三四五六七八九十]{1,3}[)）]\s*"
    r"(?P<name>[\u4e00-\u9fff()（）—-]{4,40}?(?:资金|经费|补助|补贴|公益金|转移支付|项目|工程|专项))"
    # (alone on its line, or its paragraph run on after it: "(一)城乡低保资金。年初预算安排6,420万元…"; a fund named
    # as a 专项 alone: "(二)文物保护专项")
    r"(?:[ \t\u3000]*$|[。：:])",
    re.M,
)
# "一、村级组织运转经费绩效自评情况" … "二、农村人居环境整治专项资金绩效自评情况": each fund's evaluation
_FUND_EVALUATED_HEADING = re.compile(
    r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}\s*[、.．]\s*"
    r"(?P<name>[\u4e00-\u9fff()（）—-]{4,40}?(?:资金|经费|补助|补贴|公益金|转移支付))"
    r"(?:绩效(?:自评|评价)|自评)(?:综述|情况|报告)?[ \t\u3000]*$",
    re.M,
)


def _headed_sections(text: str) -> tuple[set[str], set[str]]:
    """The funds and projects the flow text heads a section with, at the first level and at the second."""
    first = {m.group("name") for m in _PROJECT_HEADING.finditer(text)}
    first |= {m.group("name") for m in _FUND_EVALUATED_HEADING.finditer(text)}
    below = {m.group("name") for m in _SUB_FUND_HEADING.finditer(text) if not _generic(m.group("name"))}
    return first, below


def several_sections(text: str) -> bool:
    """Whether the flow text gives two or more funds or projects a section each under its own heading."""
    first, below = _headed_sections(text)
    return len(first) >= 2 or len(below) >= 2


def _generic(name: str) -> bool:
    """A kind of money, not a fund's name: "项目资金", "中央财政资金", "省级补助资金"."""
    return bool(vocabulary().generic_fund.fullmatch(name))


def _is_cells(paragraph: str) -> bool:
    return len(paragraph) <= _CELL_RUN_LENGTH and not _SENTENCE_MARK.search(paragraph)


# what a project row's further cells open with: its figures' and its result's words, a figure or a grade
# ("等级:优"; not "部门整体支出绩效自评得分75分", the department's own result after its projects)
_ROW_CELL = re.compile(
    r"(?:预算|全年|年初|执行|实际|支出|安排|下达|拨付|到位|得分|自评|等级|等次|评价|分值|权重|[\d优良中差])"
)


def _continues_cells(paragraph: str) -> bool:
    """Whether a paragraph goes on with the cells of the row above: cells too, opening as a row's cells do, no
    numbered item ("2") or heading of its own."""
    stripped = paragraph.strip()
    return (
        bool(stripped)
        and _is_cells(stripped)
        and _ROW_CELL.match(stripped) is not None
        and not _NUMBER_CELL.match(stripped)
        and not _FIRST_LEVEL.match(stripped)
        and not _INLINE_HEADING.match(stripped)
    )


_NUMBERED_HEADING = re.compile(
    r"^[ \t\u3000]*(?P<number>[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d))"
    r"[ \t\u3000]*(?P<title>[^\d，,。；;:：\n]{2,16}?)[ \t\u3000]*[:：]?[ \t\u3000]*$",
    re.MULTILINE,
)
_PART_SECTION = re.compile(load_vocabulary("amounts")["part_section"])


def part_sections(text: str) -> list[tuple[int, int, str]]:
    """(start, end, part) of each section of the flow text a heading of its own names as one part of a unit's
    spending ("(二)项目支出", "2.三公经费支出情况"), up to the next numbered heading: a department's figures
    there are that part's, not the whole's."""
    sections: list[tuple[int, int, str]] = []
    # every numbered heading, each ending the section before it: one search over the text finds them
    headings = list(_NUMBERED_HEADING.finditer(text))
    for index, heading in enumerate(headings):
        part = _PART_SECTION.fullmatch(heading.group("title"))
        if part is None:
            continue
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        # "(一)基本支出情况 … 支出76.36万元,其中基本支出76.36万元,项目支出0万元": a section naming another part
        # speaks of the whole
        if not any(
            found.group("part") != part.group("part")
            for found in _PART_SECTION.finditer(text, heading.end(), end)
        ):
            sections.append((heading.start(), end, part.group("part")))
    return sections


_SOURCE_HEADING = re.compile(
    r"^[ \t\u3000]*[(（][一二三四五六七八九十]{1,2}[)）][ \t\u3000]*"
    r"(?P<level>中央|省级|市级|州级|县级|区级)(?:财政)?(?:补助|专项)?资金[ \t\u3000]*(?:[。:：]|$)",
    re.MULTILINE,
)
_ANY_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[ \t\u3000]*[、.．])",
    re.MULTILINE,
)


def source_sections(text: str) -> list[tuple[int, int, str]]:
    """(start, end, source) of each section headed by one level's money where two levels or more head sections
    of their own ("(一)中央资金。…已支出652.34万元 … (二)省级资金。…已支出371.20万元"): each section's figures are
    that source's, a part of the fund, not the whole's."""
    headings = list(_SOURCE_HEADING.finditer(text))
    if len({heading.group("level") for heading in headings}) < 2:
        return []
    sections = []
    for heading in headings:
        following = _ANY_HEADING.search(text, heading.end())
        end = following.start() if following else len(text)
        sections.append((heading.start(), end, heading.group("level") + "资金"))
    return sections


_CENTRAL = re.compile(r"中央(?:财政)?")
_NAMED_LENGTH = 6


def name_key(name: str) -> str:
    key = _YEAR_PREFIX.sub("", re.sub(r"\s+", "", name))
    key = re.sub(r"^[区县市省]", "", key)
    # "中央X补助资金" and "湖南X补助资金" (the province's share of it named by its place) are one fund's names; a
    # level's share alone ("中央补助资金") is no name of its own
    central = _CENTRAL.match(key)
    if central is not None and len(key) - central.end() >= _NAMED_LENGTH:
        key = key[central.end() :]
    return re.sub(r"(?:项目|工作经费|经费|费)$", "", key)


def same_project(a: str, b: str) -> bool:
    """Whether two names name one project: one's key inside the other's, outside the lists in brackets the longer
    has ("农家书屋补充更新" is one of the items "公共文化服务体系建设(免费开放、送戏下乡、农家书屋补充更新)" lists)."""
    ka, kb = name_key(a), name_key(b)
    if len(ka) < 3 or len(kb) < 3:
        return False
    shorter, longer = sorted((ka, kb), key=len)
    if shorter not in longer:
        return False
    bare, shorter_bare = _BRACKETED_LIST.sub("", longer), _BRACKETED_LIST.sub("", shorter)
    return len(bare) < 3 or len(shorter_bare) < 3 or shorter_bare in bare


# a note in brackets listing several items ("（免费开放、送戏下乡、农家书屋补充更新）"); one item alone may say what the
# project is ("林业改革发展资金（生态护林员补助）")
_BRACKETED_LIST = re.compile(r"[(（][^()（）、]*、[^()（）]*[)）]")


def _is_header(cells: list[str]) -> bool:
    """A table of projects' scores: a 项目名称 column header (not a form's "项目名称：X", a labelled value) and a
    score's or a grade's."""
    joined = "".join(cells)
    return any(_NAME_HEADER.match(cell) for cell in cells) and ("得分" in joined or "等级" in joined)


_NAME_HEADER = re.compile(r"\s*项目名称(?!\s*[:：]\s*\S)")


def _row_ok(cells: list[str]) -> bool:
    if not cells or len(cells[0]) < 2:
        return False
    return any(_NUMBER_CELL.match(c) or _GRADE_CELL.match(c) for c in cells[1:])


def score_tables(lines: Sequence[Line]) -> list[Table]:
    return find_tables(lines, "项目名称", _is_header, _row_ok)


_TOTAL_ROW_NAME = re.compile(r"(?:项目)?(?:小\s*计|合\s*计|总\s*计)")


def _from_tables(ctx: Context, tables: list[Table]) -> list[Project]:
    projects: list[Project] = []
    for table in tables:
        name_at = table.column("项目名称") or 0
        score_at = table.column("得分", "分数")
        grade_at = table.column("等级", "等次")
        budget_at = table.column("预算")
        executed_at = table.column("执行数", "实际支出")
        for row in table.rows:
            if name_at >= len(row):
                continue
            name = row[name_at]
            if _TOTAL_ROW_NAME.fullmatch(name.text.strip()):
                continue  # "小计 | 381.36 | …": the table's total row, no project
            values: dict[str, Decimal | str | None] = {}
            for key, at in (("score", score_at), ("budget", budget_at), ("executed", executed_at)):
                if at is not None and at < len(row) and _NUMBER_CELL.match(row[at].text):
                    cell = row[at]
                    values[key] = to_decimal(cell.text)
                    ctx.add_line_fact(
                        f"project.{key}", values[key], cell.line, cell.start, cell.end, subject=name.text
                    )
            if grade_at is not None and grade_at < len(row) and _GRADE_CELL.match(row[grade_at].text):
                cell = row[grade_at]
                values["grade"] = cell.text.strip('“”"')
                ctx.add_line_fact(
                    "project.grade", values["grade"], cell.line, cell.start, cell.end, subject=name.text
                )
            ctx.add_line_fact("project.name", name.text, name.line, name.start, name.end, subject=name.text)
            projects.append(Project(name=name.text, line=name.line, **values))
    return projects


def _first_value(facts: list[Fact], field: str) -> Decimal | str | None:
    return next((f.value for f in facts if f.field == field), None)


def assemble_projects(ctx: Context, tables: list[Table], own_project: str | None) -> list[Project]:
    projects = _from_tables(ctx, tables)
    by_subject: dict[str, list[Fact]] = {}
    for fact in ctx.facts:
        if fact.field.startswith("project.") and fact.subject and fact.field != "project.name":
            by_subject.setdefault(fact.subject, []).append(fact)
    for subject, facts in by_subject.items():
        if own_project and same_project(subject, own_project):
            continue
        index = next((i for i, p in enumerate(projects) if same_project(p.name, subject)), None)
        budget = next(
            (
                value
                for key in ("project.adjusted", "project.budget", "project.initial")
                if (value := _first_value(facts, key)) is not None
            ),
            None,
        )
        update: dict[str, Decimal | str | None] = {
            "budget": budget,
            "executed": _first_value(facts, "project.executed"),
            "execution_rate": _first_value(facts, "project.execution_rate"),
            "score": _first_value(facts, "project.score"),
            "grade": _first_value(facts, "project.grade"),
        }
        if index is not None:
            current = projects[index]
            merged = {k: v for k, v in update.items() if v is not None and getattr(current, k) is None}
            projects[index] = current.model_copy(update=merged)
            continue
        only_listed = all(f.field == "project.budget" for f in facts)
        if tables and only_listed:
            continue
        if all(v is None for v in update.values()):
            continue
        projects.append(Project(name=subject, line=facts[0].line, **update))
    return projects
