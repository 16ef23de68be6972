"""From a Document to an ExtractedReport: tables first (their lines are kept out of the prose), then the
flow text, then each fact family in turn; top-level fields are chosen from the facts."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.extract.achievements import extract_achievements
from jixiao.extract.budget import (
    breakdown,
    choose_budget,
    extract_budget,
    with_declared_units,
    with_omitted_units,
)
from jixiao.extract.context import Context, sentence_end, sentence_start
from jixiao.extract.funds_row import extract_funds_rows, table_part
from jixiao.extract.headline import (
    FORM,
    LABEL,
    META,
    PROSE,
    SOURCE_NAMES,
    Choice,
    budget_candidates,
    choose,
    identity_candidates,
    names_a_project,
    organisation_like,
    speaker_endings,
    speaks_as_place,
    tidy_project,
    tidy_unit,
    value_key,
)
from jixiao.extract.identity import Identity, extract_identity
from jixiao.extract.model import Budget, Candidate, ExtractedReport, Fact, FundsRow
from jixiao.extract.named_project import (
    PageForms,
    item_subject,
    page_forms,
    project_stated_of,
    projects_counted,
    sentence_subject,
)
from jixiao.extract.normalise import build_flow, normalise_lines
from jixiao.extract.numbers import find_quantities, small_count
from jixiao.extract.projects import (
    assemble_projects,
    name_key,
    part_sections,
    project_scopes,
    same_project,
    score_tables,
    several_sections,
    source_sections,
)
from jixiao.extract.resources import extract_staffing
from jixiao.extract.scores import (
    extract_grade_scheme,
    extract_graded_total_row,
    extract_grades,
    extract_satisfaction,
    extract_scores,
    extract_summary_table,
    extract_weights,
)
from jixiao.extract.sections import extract_sections, extract_team
from jixiao.extract.spans import Spans
from jixiao.ingest import Document, read_isolated
from jixiao.ingest.document import Line
from jixiao.ingest.limits import ReadLimits, cpu_deadline
from jixiao.layout import FundsRow as LayoutFundsRow
from jixiao.layout import Layout, lay_out
from jixiao.layout.chrome import is_page_furniture
from jixiao.layout.headings import is_heading
from jixiao.layout.labelled import Labelled
from jixiao.layout.title import leading_place
from jixiao.layout.vocabulary import load_vocabulary, vocabulary


def _first_value(facts: list[Fact], field: str) -> Decimal | str | None:
    return next((fact.value for fact in facts if fact.field == field), None)


def _by_subject(facts: list[Fact], field: str) -> dict[str, Decimal]:
    result: dict[str, Decimal] = {}
    for fact in facts:
        if fact.field == field and fact.subject and isinstance(fact.value, Decimal):
            result.setdefault(fact.subject, fact.value)
    return result


_IDENTITY_FIELDS = ("kind", "year", "unit", "project")
_FULL_POINTS = Decimal(100)


def _scores_for_points(facts: list[Fact], score: Decimal) -> list[Fact]:
    """The facts with "points" that add up to the report's total score, short of full marks, as the parts'
    scores they are ("其中：产出指标48分，效益指标28分，满意度指标9分，预算执行率9.5分" after "自评得分94.5分"):
    points stated without 得 read the same as scores."""
    first: dict[str, Fact] = {}
    for fact in facts:
        if fact.field == "weight" and fact.subject and isinstance(fact.value, Decimal):
            first.setdefault(fact.subject, fact)
    total = sum((f.value for f in first.values() if isinstance(f.value, Decimal)), Decimal(0))
    if len(first) < 2 or total != score or total == _FULL_POINTS:
        return facts
    scored = {f.subject for f in facts if f.field == "component"}
    if scored & set(first):
        return facts
    swapped = {id(f) for f in first.values()}
    return [f.model_copy(update={"field": "component"}) if id(f) in swapped else f for f in facts]


def _without_places_an_organisation_speaks_for(
    candidates: list[Candidate], text: str, endings: tuple[str, ...]
) -> list[Candidate]:
    """The unit's candidates where the report speaks (``endings``) as an organisation of one kind ("我校") and never
    as a place: those of that kind, when some are ("延吉市进学小学", not the bureau publishing the page), else all
    but a bare place ("延吉市" of a title naming only the place: none is then better than the place). A bureau
    saying 我局 and never named still stands for the place it is an office of."""
    if not endings:
        return candidates
    if _PLACES_OFFICES.intersection(endings):
        # "芜湖市2022年度…报告" speaking as 我局 (and of its city as 我市), with one office of the place named
        # ("芜湖市经信局于…将…拨付"): that office is who speaks, not the place; a bureau never named still stands for
        # its place
        places = tuple(str(c.value) for c in candidates if leading_place(str(c.value)) == len(str(c.value)))
        offices = {str(c.value) for c in candidates if str(c.value).endswith(endings)}
        if places and len(offices) == 1 and next(iter(offices)).startswith(places):
            return [c for c in candidates if str(c.value) not in places]
        return candidates
    if speaks_as_place(text):
        return candidates
    # "我校" and the school named in the text: the bureau over it, the page's publisher, is not who speaks
    spoken = [c for c in candidates if str(c.value).endswith(endings)]
    return spoken or [c for c in candidates if leading_place(str(c.value)) != len(str(c.value))]


_PLACES_OFFICES = frozenset({"局", "委", "委员会", "办", "办公室", "厅"})
_GOVERNMENT = re.compile(r"人民政府$")
_PORTALS_TITLE_MARK = re.compile(r"\s*[-—_|｜]")


def _without_a_portals_name(
    candidates: list[Candidate], read_text: dict[int, str], endings: tuple[str, ...]
) -> list[Candidate]:
    """The unit's candidates without a government's name a portal sets before the report's title ("锦屏县人民政府-2023年度
    部门整体支出绩效自评报告") when the report speaks as an office of another kind ("我局"): the site's name, no unit."""
    if not endings:
        return candidates
    return [
        c
        for c in candidates
        if not (
            _GOVERNMENT.search(str(c.value))
            and not str(c.value).endswith(endings)
            and _PORTALS_TITLE_MARK.match(read_text.get(c.line, ""), c.end)
        )
    ]


# the government of a county, city or district publishing its offices' reports on its portal ("发布机构:临湘市人民政府"),
# not a township's, which reports on itself
_PORTALS_GOVERNMENT = re.compile(r"(?P<place>.{2,12}?[省市县区州旗])人民政府")


def _without_the_portals_government(candidates: list[Candidate]) -> list[Candidate]:
    """The unit's candidates without the page's publisher when it is the government of a county, city or district and
    the text names an office of that place ("发布机构:临湘市人民政府" / "项目实施单位为临湘市自然资源局"): the portal
    publishes for its offices."""
    offices = [str(c.value) for c in candidates if c.strength != META]
    kept = []
    for candidate in candidates:
        government = _PORTALS_GOVERNMENT.fullmatch(str(candidate.value))
        if (
            candidate.strength == META
            and government is not None
            and any(o.startswith(government.group("place")) and o != candidate.value for o in offices)
        ):
            continue
        kept.append(candidate)
    return kept


def _named_whole(choice: Choice, text: str) -> Choice:
    """The unit chosen, where it is a name given in part, read as the whole name another candidate gives: a bare place
    ("湄潭县" of a title) as the one organisation of that place the text names ("项目实施单位为湄潭县水务局"), unless
    the report speaks as the place ("我县"); an organisation named without its place ("科学技术协会") as the one
    name with a place before it ("安顺市西秀区科学技术协会")."""
    part = str(choice.value) if choice.value is not None else ""
    if not part:
        return choice
    names = {str(c.value) for c in choice.candidates}
    if leading_place(part) == len(part):
        if speaks_as_place(text):
            return choice
        wholes = {n for n in names if n != part and n.startswith(part) and organisation_like(n)}
        # "县商务局对…开展自查自评" under "青阳县2021年X工程…报告": the place's office named by its level alone
        shortened = {n for n in names if n[:1] == part[-1] and organisation_like(n) and part + n[1:] in text}
        if not wholes and len(shortened) == 1:
            short = shortened.pop()
            return Choice(
                short, choice.candidates, next(c for c in choice.candidates if str(c.value) == short)
            )
    elif organisation_like(part) and leading_place(part) == 0:
        wholes = {
            n for n in names if n.endswith(part) and n != part and leading_place(n) == len(n) - len(part)
        }
    else:
        return choice
    if len(wholes) != 1:
        return choice
    whole = wholes.pop()
    evidence = next(c for c in choice.candidates if str(c.value) == whole)
    return Choice(whole, choice.candidates, evidence)


# the last character of a place the store cut the page's first line inside ("巴中市巴州|区百花溪小流域…项目"); not a word
# a level opens ("市级…", "县城…", "市镇公路…")
_CUT_PLACES_END = re.compile(
    r"[区县市州旗镇乡](?![级域场城民政直内属委长区中里外镇乡村县])(?=[\u4e00-\u9fff]{4})"
)


def _without_a_cut_places_end(
    candidate: Candidate, read_text: dict[int, str], chrome: frozenset[int]
) -> Candidate:
    """A project read at the very start of the page's text (its chrome above it aside) without the place's last
    character the page was cut after."""
    first = min(
        (number for number, text in read_text.items() if text.strip() and number not in chrome), default=None
    )
    value = str(candidate.value)
    text = read_text.get(candidate.line, "")
    if (
        candidate.line != first
        or candidate.start != len(text) - len(text.lstrip())
        or _CUT_PLACES_END.match(value) is None
    ):
        return candidate
    return candidate.model_copy(update={"value": value[1:], "start": candidate.start + 1})


def _choose_identity(ctx: Context, layout: Layout, identity: Identity, forms: PageForms) -> dict[str, Any]:
    """Kind, year, unit and project from their candidates (see headline); the facts extract_identity
    recorded are replaced by the chosen values' own, so every fact stands where its value was read."""
    found = identity_candidates(layout, ctx.facts, ctx.flow.text, ctx.read_text)
    if len(set(forms.kinds.values())) >= 2:
        # a department's form and then a project's: the project form's cells (its 实施单位, its 项目名称) are its
        # project's, no label of the report's own unit or project
        chosen_kind = choose(found["kind"]).value
        kind = chosen_kind if isinstance(chosen_kind, str) else None
        own = [cell for cell in layout.labelled if not forms.of_another_kind(cell.line, kind)]
        if len(own) < len(layout.labelled):
            found = identity_candidates(
                dataclasses.replace(layout, labelled=tuple(own)), ctx.facts, ctx.flow.text, ctx.read_text
            )
    titled_lines = layout.title.lines if layout.title is not None else ()
    chrome = vocabulary().chrome_line
    titled = layout.title.project.text if layout.title and layout.title.project else ""
    for field in ("unit", "project"):
        guessed = getattr(identity, field)
        fact = next((f for f in ctx.facts if f.field == field), None)
        if (
            guessed
            and fact is not None
            and not chrome.search(guessed)
            and (field == "project" or (organisation_like(guessed) and guessed not in titled))
        ):  # "老年人日间照料中心" of the titled "老年人日间照料中心项目" is the project's, no unit
            found[field].append(
                Candidate(
                    field=field,
                    value=guessed,
                    strength=PROSE,
                    source="正文",
                    line=fact.line,
                    start=fact.start,
                    end=fact.end,
                )
            )
    for field in ("unit", "project"):
        # a name the page's width may have cut ("项目单位:孝感市" / "卫生和计划生育委员会…") is no name; one read
        # over the cut (the title, a sentence) is whole
        found[field] = [
            c
            for c in found[field]
            if c.line in titled_lines
            or c.end_line is not None
            or not layout.cut_by_page(c.line, c.start, c.end)
        ]
    # a kind of money ("中央对地方转移支付项目", "市级预算项目") names no fund of its own, nor does a name cut
    # short or run into the text around it, wherever it is read
    found["project"] = [
        _without_a_cut_places_end(whole, ctx.read_text, layout.chrome)
        for c in found["project"]
        if names_a_project(str((whole := _with_its_quotes(c, ctx.read_text.get(c.line, ""))).value))
    ]
    found["unit"] = [
        c.model_copy(update={"value": tidy})
        for c in found["unit"]
        if (tidy := tidy_unit(str(c.value))) is not None
    ]
    chosen: dict[str, Any] = {}
    speaker = speaker_endings(
        ctx.flow.text
    )  # the kind of organisation the report speaks as ("我校": 校, 学…)
    ctx.facts[:] = [f for f in ctx.facts if f.field not in _IDENTITY_FIELDS]
    for field in _IDENTITY_FIELDS:
        if field == "project":
            unit = chosen["unit"] if isinstance(chosen["unit"], str) else None
            # (never the unit itself, read as the project from the line naming it: "(某区残疾人联合会)" under a title)
            found[field] = [
                c.model_copy(update={"value": tidy_project(str(c.value), unit)})
                for c in found[field]
                if unit is None or value_key(c.value) != value_key(unit)
            ]
        if field == "unit":
            found[field] = _without_places_an_organisation_speaks_for(found[field], ctx.flow.text, speaker)
            found[field] = _without_a_portals_name(found[field], ctx.read_text, speaker)
            found[field] = _without_the_portals_government(found[field])
        # (the kind the report speaks as only matters where the candidates name more than one unit)
        several = field == "unit" and len({value_key(c.value) for c in found[field]}) > 1
        choice = choose(found[field], speaker if several else ())
        if field == "unit":
            choice = _named_whole(choice, ctx.flow.text)
        value = choice.value
        if field == "project" and chosen.get("kind") == "部门整体支出":
            value = None
        if field == "project" and len(_labelled_projects(layout)) >= 2:
            value = None  # "项目名称 X … 项目名称 Y": one form per project, the page on several
        if (
            field == "project"
            and choice.evidence is not None
            and choice.evidence.strength == PROSE
            and several_sections(ctx.flow.text)
        ):
            value = None  # "一、X经费绩效自评情况 … 二、Y资金绩效自评情况": a sentence in one fund's section
        if (
            field == "project"
            and choice.evidence is not None
            and choice.evidence.strength == PROSE
            and layout.several_records
        ):
            value = None  # "现将我局主管的X专项债券项目资金…公示如下" over a table of two bond projects: no one of them
        chosen[field] = value
        ctx.candidates.extend(choice.candidates)
        if value is not None and choice.evidence is not None:
            at = choice.evidence
            ctx.add_line_fact(field, str(value), at.line, at.start, at.end, end_line=at.end_line)
            if field == "project" and chosen["kind"] is None:
                # a page that names no kind but one project or fund it evaluates is that project's evaluation
                chosen["kind"] = "项目支出"
                ctx.add_line_fact("kind", "项目支出", at.line, at.start, at.end, end_line=at.end_line)
    return chosen


def _with_its_quotes(candidate: Candidate, line: str) -> Candidate:
    """A name read without the quote or the book title mark it opens with or closes with, whole with it: a
    title's or a sentence's trimming takes the marks around a name off, also when they hold only the name's first
    words ("“雨露计划”职业教育补助项目…": "“雨露计划”职业教育补助", not "雨露计划”职业教育补助"; "《新晃新闻》栏目制作
    播出经费")."""
    for opening, closing in _QUOTES:
        candidate = _with_its_marks(candidate, line, opening, closing)
    return candidate


_QUOTES = (("“", "”"), ("《", "》"))


def _with_its_marks(candidate: Candidate, line: str, opening: str, closing: str) -> Candidate:
    value, start, end = str(candidate.value), candidate.start, candidate.end
    opens, closes = value.count(opening), value.count(closing)
    if closes > opens:
        # the mark stands before the name's span, or the span holds it and the value lost it
        at = (
            start - 1
            if line[start - 1 : start] == opening
            else start
            if line[start : start + 1] == opening
            else -1
        )
        if at < 0 or not line[at + 1 :].startswith(value[: len(line) - at - 1]):
            return candidate
        return candidate.model_copy(update={"value": opening + value, "start": at})
    if (
        opens > closes
        and candidate.end_line is None
        and line[start:end] == value
        and line[end : end + 1] == closing
    ):
        return candidate.model_copy(update={"value": value + closing, "end": end + 1})
    return candidate


# a report's last lines: its signature's date ("2024年3月", "2024年3月25日")
_SIGNED_DATE = re.compile(
    r"^\s*(?:20\d\d|二[〇O零○][一二三四五六七八九〇O零○]{2})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?\s*$"
)
_SIGNED_REACH = 3  # lines from a signature's date to the title of the report after it


def _after_another_reports_end(lines: Sequence[Line], layout: Layout) -> int:
    """The report's title's first line when another report ends right above it: a sentence, then another
    organisation's signature and its date, within three lines over the title (a page carrying two reports);
    what stands above is that report's, no figure of this one. Line 0 otherwise (a form dated above its
    report, a cover letter the report's own unit signs)."""
    if layout.title is None:
        return 0
    first = layout.title.lines[0]
    above = [line for line in lines if line.number < first and line.text.strip()][-_SIGNED_REACH - 1 :]
    own = layout.title.unit.text if layout.title.unit is not None else ""
    for before, signer, date in zip(above, above[1:], above[2:], strict=False):
        name = signer.text.strip()
        if (
            _SIGNED_DATE.match(date.text)
            and before.text.rstrip().endswith("。")
            and organisation_like(name)
            and name != own
            and not (own and (name in own or own in name))
        ):
            return first
    return 0


# a 范文 collection's next piece: "…自评报告 篇2", "篇二：…", "范文三", "第二篇"
# ("【篇二】X局…自评报告", "第2篇  X局…自评报告": the marker then the piece's title)
_NEXT_PIECE = re.compile(
    r"篇\s*(?:[二三四五六七八九十]|[2-9])\s*$"
    r"|^\s*[【\[]?\s*(?:篇|范文|第)\s*(?:[二三四五六七八九十]|[2-9])\s*篇?\s*[】\]]?\s*(?:[:：]|$|.*(?:报告|自评表)\s*$)"
)
_PIECE_HEADING_LENGTH = 90
# a collection's pieces headed by its title and their number: "部门整体支出绩效自评报告 1" … "部门整体支出绩效自评报告 2"
_NUMBERED_PIECE = re.compile(
    r"(?P<title>\S.{3,60}?(?:报告|自评表|评价|总结))\s*(?P<number>[1-9]|[一二三四五六七八九十])"
)
_FIRST_NUMBER = frozenset({"1", "一"})


def _next_piece(lines: Sequence[Line], layout: Layout) -> int:
    """The line where a collection's next piece begins below the report's title: its figures are another
    report's. Past the last line when there is none."""
    first = layout.title.lines[-1] if layout.title is not None else 0
    numbered: set[str] = set()  # the titles a first piece was headed with
    for line in lines:
        text = line.text.strip()
        if len(text) > _PIECE_HEADING_LENGTH or not text:
            continue
        if (
            line.number > first
            and ("篇" in text or "范文" in text)  # (a cheap test first: most lines are no piece's)
            and _NEXT_PIECE.search(text)
        ):
            return line.number
        piece = _NUMBERED_PIECE.fullmatch(text) if text[-1] in "123456789一二三四五六七八九十" else None
        if piece is not None:
            if piece.group("number") in _FIRST_NUMBER:
                numbered.add(piece.group("title"))
            elif piece.group("title") in numbered and line.number > first:
                return line.number
    return len(lines) + 1


# another report's title standing alone below this one's body: "[unit]2019年度X项目绩效自评报告", its subject after
# the year
_REPORT_TITLE = re.compile(
    r"[^\s:：，。、,.（）()【】\[\]]{0,40}?20\d\d\s*年度?(?P<subject>[^\s:：，。、,]{0,50}?)(?:绩效自评|绩效评价|自评)报告"
)
# a body's numbered section heading ("一、项目概况", "（二）资金使用"), its top level's number
_SECTION_HEADING = re.compile(
    r"^\s*(?:(?P<top>[一二三四五六七八九十]{1,2})、|[（(][一二三四五六七八九十]{1,2}[）)])"
)
_PROSE_LENGTH = 30  # a line this long or ending a sentence is prose, no link list's title
# the words every report's subject may hold: what is left names the project (nothing for a unit's whole spending)
_GENERIC_SUBJECT = re.compile(r"部门|单位|整体|财政|项目|专项|资金|经费|支出|的")
_NOTICE_TITLE = re.compile(r"关于")  # a letter's or a notice's title over the report it sends
# the line above a report's title ends its sentence (a running header's may not)
_ENDED = re.compile(r"[。！!）)]\s*$")


def _next_report(lines: Sequence[Line], layout: Layout) -> int:
    """The line where another report of the same page begins below this one's body: a report's title of another
    subject alone on its line, after a blank line or a signature's date, below the body's numbered sections and a
    finished sentence, with prose under it and none of the body's sections after it (a page carrying two reports,
    the second short); its figures are that report's. Past the last line when there is none: a title in a list of
    links, a cover letter's or a notice's report, a running header (a title said above already, or of the same
    subject), a report cited in the body."""
    title = layout.title
    if title is None or _NOTICE_TITLE.search(title.text):
        return len(lines) + 1
    first = title.lines[-1]
    own = _subject(title.text)
    said = [line.text for line in lines if line.number <= first]
    top = 0  # the number of the body's last top-level section
    prose = False
    for index, line in enumerate(lines):
        text = line.text.strip()
        if line.number <= first or not text:
            continue
        found = _REPORT_TITLE.fullmatch(text) if top and prose else None
        if (
            found is not None
            and line.number not in layout.chrome
            and line.number not in layout.links
            and _another_reports_title(lines, index, found, own, said)
            and not _sections_go_on(lines, index, top)
        ):
            return line.number
        said.append(text)
        heading = _SECTION_HEADING.match(text)
        if heading is not None and heading.group("top"):
            top = max(top, small_count(heading.group("top")) or 0)
        elif heading is not None:
            top = max(top, 1)
        prose = prose or text.endswith("。")
    return len(lines) + 1


def _another_reports_title(
    lines: Sequence[Line], index: int, found: re.Match[str], own: str, said: Sequence[str]
) -> bool:
    """Whether the report's title at ``lines[index]`` opens a report of its own: a subject other than this report's
    (not a running header's "2022年度项目支出绩效自评报告"), a blank line or a signature's date above it right after
    a finished sentence, prose below it."""
    subject = _subject(found.group())
    if not subject or subject in own or (own and own in subject) or _said_above(found.group(), said):
        return False
    above = lines[index - 1].text.strip() if index else ""
    before = next((line.text.strip() for line in reversed(lines[:index]) if line.text.strip()), "")
    after = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    signed = _SIGNED_DATE.match(before) is not None
    return (
        (not above or signed)
        and not is_page_furniture(before)
        and (signed or _ENDED.search(before) is not None)
        and (len(after) >= _PROSE_LENGTH or after.endswith("。"))
    )


def _sections_go_on(lines: Sequence[Line], index: int, top: int) -> bool:
    """Whether a top-level section numbered after the body's last one follows: the title stood inside the body."""
    for line in lines[index + 1 :]:
        heading = _SECTION_HEADING.match(line.text)
        if heading is not None and heading.group("top") and (small_count(heading.group("top")) or 0) > top:
            return True
    return False


def _subject(title: str) -> str:
    """What a report's title names after its year, the words every title may hold left out."""
    found = _REPORT_TITLE.search(title)
    return _GENERIC_SUBJECT.sub("", found.group("subject")) if found else ""


def _said_above(text: str, said: Sequence[str]) -> bool:
    """Whether ``text`` stands among the lines ``said`` above, spaces aside (a running header's "2021 年度")."""
    key = _SPACES.sub("", text)
    return any(_SPACES.sub("", line) == key for line in said)


_SPACES = re.compile(r"\s+")


def _blanked(lines: tuple[Line, ...], spans: frozenset[tuple[int, int, int]]) -> tuple[Line, ...]:
    """``lines`` with the text at each (line, start, end) of ``spans`` turned to spaces, its columns kept."""
    if not spans:
        return lines
    by_line: dict[int, list[tuple[int, int]]] = {}
    for number, start, end in spans:
        by_line.setdefault(number, []).append((start, end))
    blanked = []
    for line in lines:
        if line.number in by_line:
            text = line.text
            for start, end in by_line[line.number]:
                text = text[:start] + " " * (end - start) + text[end:]
            line = line._replace(text=text)
        blanked.append(line)
    return tuple(blanked)


def extract_document(document: Document, lines: tuple[Line, ...] | None = None) -> ExtractedReport:
    """What ``document`` states; ``lines`` are its normalised lines when the caller has them."""
    lines = normalise_lines(document.lines) if lines is None else lines
    tables = score_tables(lines)
    table_lines = frozenset(number for table in tables for number in table.lines)
    layout = lay_out(lines)
    # a site's list of links to other pages (their titles, scores in brackets) is none of the report's text
    # (a year-comparison table's other columns are no figures of the year evaluated: the sentences' reading passes
    # them by)
    flow = build_flow(_blanked(lines, layout.other_years), table_lines, layout.links)
    ctx = Context(
        document,
        flow,
        with_omitted_units(
            flow.text, with_declared_units(flow.text, find_quantities(flow.text), flow.starts)
        ),
        table_lines,
        read_text={line.number: line.text for line in lines},
    )
    identity = extract_identity(ctx, lines, layout.chrome)
    forms = page_forms(ctx.read_text.items())
    chosen = _choose_identity(ctx, layout, identity, forms)
    project_kind = chosen["kind"] == "项目支出"
    department = chosen["kind"] == "部门整体支出"
    project_name = chosen["project"] if isinstance(chosen["project"], str) else None
    # in a project's report, a paragraph opening with the project's own name ("X项目：全年预算…", "本报告评价X项目：…")
    # is the report's
    ctx.project_scopes = Spans(
        [
            scope
            for scope in project_scopes(flow.text, department=department)
            if not (project_kind and project_name and name_key(scope[2]).endswith(name_key(project_name)))
        ]
    )
    ctx.part_sections = Spans(part_sections(flow.text))
    ctx.source_sections = Spans(source_sections(flow.text))
    extract_budget(
        ctx,
        project_kind,
        project_name,
        frozenset(layout.title.lines) if layout.title else frozenset(),
        chosen["year"] if isinstance(chosen["year"], int) else None,
        department=department,
    )
    extract_funds_rows(ctx, lines, layout.funds, department=department)
    year = chosen["year"] if isinstance(chosen["year"], int) else None
    headed = extract_weights(ctx, year)
    extract_scores(ctx, headed, department=department, year=year)
    extract_summary_table(ctx, lines)
    extract_graded_total_row(ctx, lines)
    extract_grades(ctx, year, department=department)
    scheme = extract_grade_scheme(ctx)
    extract_satisfaction(ctx)
    below = _after_another_reports_end(lines, layout)
    until = min(_next_piece(lines, layout), _next_report(lines, layout))
    ctx.facts[:] = [f for f in ctx.facts if below <= f.line < until or f.field in _IDENTITY_FIELDS]
    staffing = extract_staffing(ctx)
    achievements, targets = extract_achievements(ctx, layout.chrome)
    sections = extract_sections(ctx, lines)
    team = extract_team(ctx, lines, chosen["unit"])
    projects = assemble_projects(ctx, tables, project_name)
    budget_choice = {
        key: choose(
            [
                c
                for c in found
                if not (department and _a_parts_table(ctx, c))
                and not forms.of_another_kind(c.line, chosen["kind"])
            ]
        )
        for key, found in budget_candidates(
            layout, choose_budget(ctx, department=department), ctx.facts, lines, department=department
        ).items()
    }
    if project_kind and project_name is None and _several_projects(ctx, layout):
        total = budget_choice["adjusted"].evidence
        total = (
            total if _the_projects_total(ctx, total) else None
        )  # where the projects' paragraph goes on from
        budget_choice = {
            key: choice
            if _the_projects_total(ctx, choice.evidence)
            or _after_the_projects_total(ctx, choice.evidence, total)
            else Choice(None, choice.candidates)
            for key, choice in budget_choice.items()
        }
    if project_kind and project_name is not None:
        # "环保类项目共3个，年初预算合计489万元：X项目186万元、…" in X's report: the projects' total, X's own listed in it
        budget_choice = {
            key: Choice(None, choice.candidates)
            if _a_total_listing_the_project(ctx, choice.evidence, project_name)
            else choice
            for key, choice in budget_choice.items()
        }
    ctx.candidates.extend(c for choice in budget_choice.values() for c in choice.candidates)
    _state_figures_read_off_cells(ctx, budget_choice)
    facts = ctx.facts
    score = _choose_result(ctx, layout, "score", chosen["kind"], forms)
    grade = _choose_result(ctx, layout, "grade", chosen["kind"], forms)
    if isinstance(score, Decimal):
        facts = _scores_for_points(facts, score)
    satisfaction = _first_value(facts, "satisfaction")
    return ExtractedReport(
        file=document.path,
        format=document.format,
        encoding=document.encoding,
        reading_warnings=list(document.warnings),
        kind=chosen["kind"],
        year=chosen["year"],
        unit=chosen["unit"],
        project=chosen["project"],
        report_date=identity.report_date,
        budget=Budget(**{key: choice.value for key, choice in budget_choice.items()}),
        income=breakdown(ctx, "income"),
        expenditure=breakdown(ctx, "expenditure"),
        assets=breakdown(ctx, "assets"),
        staffing=staffing,
        score=score if isinstance(score, Decimal) else None,
        grade=grade if isinstance(grade, str) else None,
        grade_scheme=scheme,
        weights=_by_subject(facts, "weight"),
        components=_by_subject(facts, "component"),
        satisfaction=satisfaction if isinstance(satisfaction, Decimal) else None,
        projects=projects,
        achievements=achievements,
        targets=targets,
        sections=sections,
        team=team,
        facts=sorted(facts, key=lambda fact: (fact.line, fact.start)),
        candidates=ctx.candidates,
        funds_rows=funds_rows(layout.funds),
    )


def _choose_result(
    ctx: Context, layout: Layout, field: str, kind: str | None, forms: PageForms
) -> Decimal | str | None:
    """The total score or the grade: a form's result row beats prose (where they disagree, none); the
    first statement in prose otherwise (a later different one is the audit's JX201 to report), unless the
    prose gives several projects' results (see _stated_of_the_report)."""
    stated = _stated_of_the_report(ctx, layout, field, kind, forms)
    cells = _of_the_reports_form([cell for cell in layout.results if cell.field == field], kind, forms)
    if kind == "项目支出" and len(_labelled_projects(layout)) >= 2:
        cells = []  # one form per project: each result row is its project's, none the page's
        rows = {cell.line for cell in layout.results}
        if any(fact.line in rows and fact.value == stated for fact in ctx.all(field)):
            return None  # (nor its row read as a sentence, "自评等级 … 优")
    if not cells:
        return stated
    found = [
        Candidate(
            field=field,
            value=Decimal(cell.value) if field == "score" else cell.value,
            strength=LABEL,
            source=SOURCE_NAMES[LABEL],
            line=cell.line,
            start=cell.start,
            end=cell.end,
        )
        for cell in cells
    ]
    first = ctx.first(field)
    if first is not None and first.value is not None:
        found.append(
            Candidate(
                field=field,
                value=first.value,
                strength=PROSE,
                source=SOURCE_NAMES[PROSE],
                line=first.line,
                start=first.start,
                end=first.end,
            )
        )
    choice = choose(found)
    ctx.candidates.extend(choice.candidates)
    if not isinstance(choice.value, (Decimal, str)):
        return None  # the form's cells, or the form and the prose, disagree
    differs = stated is not None and value_key(stated) != value_key(choice.value)
    if choice.evidence is not None and (stated is None or differs):
        # the form's statement is a fact of its own where the prose states none or another value (for
        # the audit's JX201 to compare)
        at = choice.evidence
        unit = "分" if field == "score" else None
        ctx.add_line_fact(field, choice.value, at.line, at.start, at.end, unit=unit)
    if differs:
        return None  # the form and the prose disagree
    return choice.value


def _of_the_reports_form(cells: list[Labelled], kind: str | None, forms: PageForms) -> list[Labelled]:
    """A form's result cells, those of the report's own form when the page holds forms of both kinds (a
    department's, then its projects'; the department's cut before its total row): the first, whose title names
    the report's kind; none when the report is read as of the other kind."""
    if len(set(forms.kinds.values())) < 2:
        return cells
    # the page's first form is the report's own; a report read as of another kind reads none of them
    if kind != forms.kinds[min(forms.kinds)]:
        return []
    return [cell for cell in cells if forms.kind_at(cell.line) in (None, kind)]


_CLAIMS = load_vocabulary("claims")
_REPORT_ITSELF = re.compile(_CLAIMS["report_itself"])
_WHOLE_SPENDING = re.compile(r"部门整体|单位整体|整体支出")


def _stated_of_the_report(
    ctx: Context, layout: Layout, field: str, kind: str | None, forms: PageForms
) -> Decimal | str | None:
    """The first score (or grade) prose states, unless its statements differ and are those of several projects
    or units ("（一）X项目，自评得分93分；（二）Y项目，自评得分95分", "项目一：X经费 … 得分92分", "1.X局，自评得分95分"):
    then the one stated of the report itself ("部门整体支出绩效得分95分"), else none."""
    # a result in a form of the other kind (a department's page, then its projects' forms) is that form's
    facts = [f for f in ctx.all(field) if kind is None or forms.kind_at(f.line) in (None, kind)]
    own = _stated_with(ctx, facts, _REPORT_ITSELF)
    if len({value_key(f.value) for f in facts if f.value is not None}) < 2:
        projects = {f.subject for f in ctx.all(f"project.{field}")}
        if len(projects) >= 2 and not own and _on_several_projects(ctx, layout):
            return None  # "一、A资金 … 得分95分 二、B经费 … 得分92分 三、C项目 … 得分93分": the last project's, read unnamed
        if len(facts) >= 2 and not own and len({_result_subject(ctx, f) for f in facts} - {None}) >= 2:
            # "X中学，…等级优；Y中学，…等级优": the units' grades, alike, none of them the report's
            return None
        return _first_value(facts, field)
    whole = _stated_with(ctx, facts, _WHOLE_SPENDING)
    if len(whole) == 1:
        # "“X”项目自评得分96分。我馆部门整体支出自评得分为93分": a department's results, its own one named so
        return next(iter(whole.values()))
    subjects = {subject for f in facts if (subject := _result_subject(ctx, f)) is not None}
    named = any(project_stated_of(ctx.read_text.get(f.line, ""), f.start) for f in facts)
    if not (named or len(subjects) >= 2 or _on_several_projects(ctx, layout)):
        return _first_value(facts, field)
    return next(iter(own.values())) if len(own) == 1 else None


def _on_several_projects(ctx: Context, layout: Layout) -> bool:
    """Whether the report is on several projects, named under 项目名称 or counted in its text: two searches over
    the whole text, asked only where the results stated could be several projects'."""
    return _several_projects(ctx, layout) or bool(projects_counted(ctx.flow.text))


def _stated_with(ctx: Context, facts: Sequence[Fact], words: re.Pattern[str]) -> dict[str, Decimal | str]:
    """The values of the facts whose sentence says ``words`` before them, by their key."""
    found: dict[str, Decimal | str] = {}
    for fact in facts:
        line = ctx.read_text.get(fact.line, "")
        if fact.value is not None and words.search(line, sentence_start(line, fact.start), fact.start):
            found[value_key(fact.value)] = fact.value
    return found


_ITEM_REACH = 6  # lines from a result back to the item naming its project


def _result_subject(ctx: Context, fact: Fact) -> str | None:
    """What a score's (or grade's) own sentence opens by naming ("（二）Y项目，…得分92分", "X经费自评得分92分"), else
    the project, fund or unit the list item or section it stands in names, within a few lines."""
    text = ctx.read_text.get(fact.line, "")
    subject = sentence_subject(text[sentence_start(text, fact.start) : fact.end])
    if subject is not None:
        return subject
    for line in range(fact.line, max(0, fact.line - _ITEM_REACH), -1):
        text = ctx.read_text.get(line, "")
        if (subject := item_subject(text)) is not None:
            return subject
        if line != fact.line and is_heading(text):
            return None
    return None


def _several_projects(ctx: Context, layout: Layout) -> bool:
    """Whether the report is on several projects: two named under 项目名称, or a count of them."""
    return (
        len(_labelled_projects(layout)) >= 2
        or vocabulary().several_projects.search(ctx.flow.text) is not None
    )


def _labelled_projects(layout: Layout) -> list[str]:
    """The projects the page names under 项目名称, one per project: a name written shorter elsewhere
    ("五指山训练基地建设费" for "五指山体育训练基地建设费") is the same project's, a form's title misread as one is none."""
    names = sorted(
        {cell.value for cell in layout.labelled if cell.field == "project" and names_a_project(cell.value)},
        key=len,
        reverse=True,
    )
    distinct: list[str] = []
    for name in names:
        if not any(_written_within(name, longer) for longer in distinct):
            distinct.append(name)
    return distinct


def _written_within(short: str, long: str) -> bool:
    """Whether ``short``'s characters all stand in ``long`` in their order (a name written shorter)."""
    rest = iter(long)
    return all(char in rest for char in short)


# an item's number is no piece of a longer figure (a mirror's spaced decimal, "312. 9万元", opens no item)
_SENTENCE_OR_ITEM = re.compile(
    r"[。；;]|(?<![\d.])\d{1,2}\s*[、.．](?!\d)|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]"
)


def _after_the_projects_total(ctx: Context, evidence: Candidate | None, total: Candidate | None) -> bool:
    """Whether a figure goes on in the paragraph of the projects' ``total``, after it, no list item opening between
    ("共实施项目7个，项目资金总额1286.4万元。截至12月31日，实际支出1243.9万元"): the projects' spending."""
    if evidence is None or total is None or evidence.line != total.line or evidence.start < total.end:
        return False
    return not _ITEM.search(ctx.read_text.get(evidence.line, ""), total.end, evidence.start)


_ITEM = re.compile(r"(?<![\d.])\d{1,2}\s*[、.．](?!\d)|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]")


_ALL_ABOVE = re.compile(r"\s*(?:以上|上述)[\u4e00-\u9fff]{0,8}?(?:共|合计|总计|累计)")


_LISTED_WITH_AMOUNT = re.compile(r"([\u4e00-\u9fff“”]{2,30}?(?:项目|资金|经费))\s*[:：]?\s*\d")


def _a_total_listing_the_project(ctx: Context, evidence: Candidate | None, project: str) -> bool:
    """Whether a figure is the total of projects counted in its sentence, which goes on to list the report's own
    project with its own amount ("共3个，年初预算合计489万元：X项目186万元、Y项目245万元…")."""
    if evidence is None or not _the_projects_total(ctx, evidence):
        return False
    line = ctx.read_text.get(evidence.line, "")
    end = sentence_end(line, evidence.end)
    return any(
        same_project(listed.group(1), project)
        for listed in _LISTED_WITH_AMOUNT.finditer(line, evidence.end, end)
    )


def _a_parts_table(ctx: Context, candidate: Candidate) -> bool:
    """Whether a form's funds cell of a department's report stands in a table of one part of the spending
    (``table_part``): that part's total, not the whole's."""
    return candidate.strength == FORM and table_part(ctx, candidate.line, candidate.start) is not None


def _the_projects_total(ctx: Context, evidence: Candidate | None) -> bool:
    """Whether a figure of a report on several projects is theirs together: the count of the projects stands
    in its sentence, no list item opening between them ("共5个项目,项目资金264.09万元", "资金1000万元,共安排
    12个项目", "共实施项目7个，项目资金总额1286.4万元"), not one project's ("共有5个项目 1、X项目:预算35.3万元")."""
    if evidence is None:
        return False
    line = ctx.read_text.get(evidence.line, "")
    begin = sentence_start(line, evidence.start)
    end = sentence_end(line, evidence.end)
    summed = _ALL_ABOVE.match(line, begin)
    if summed is not None and summed.end() <= evidence.start:
        return True  # "以上共涉及项目经费630万元": the projects listed before, together
    counts = (
        vocabulary().several_projects.finditer(line, begin, end),
        projects_counted(line, begin, end),
    )
    for count in itertools.chain(*counts):
        between = (
            (count.end(), evidence.start) if count.end() <= evidence.start else (evidence.end, count.start())
        )
        if not _SENTENCE_OR_ITEM.search(line, *between):
            return True
    return False


def _state_figures_read_off_cells(ctx: Context, chosen: dict[str, Choice]) -> None:
    """The headline figures chosen from a form's cells that prose left unread ("执行数: | 109.76 | 85.57%"), as
    facts where they stand: the audit checks facts, and these are the report's own figures."""
    for key, choice in chosen.items():
        at = choice.evidence
        field = f"budget.{key}"
        if (
            isinstance(choice.value, Decimal)
            and at is not None
            and at.line > 0
            and not any(f.field == field and f.value == choice.value for f in ctx.facts)
        ):
            unit = "%" if key == "execution_rate" else "万元"
            ctx.add_line_fact(field, choice.value, at.line, at.start, at.end, unit=unit)


def funds_rows(blocks: Sequence[Sequence[LayoutFundsRow]]) -> list[FundsRow]:
    """The funds blocks the layout found, as the report states their rows."""
    rows = []
    for block in blocks:
        for row in block:
            values = {cell.key: cell.value for cell in row.cells}
            score = row.value("score")
            rows.append(
                FundsRow(
                    label=row.label.text,
                    line=row.label.line,
                    score_line=score.cell.line if score else None,
                    **values,
                )
            )
    return rows


def extract_file(path: Path) -> ExtractedReport:
    """Read and extract one report file under the reading limits (the CPU time's for both); raises InputError when
    the file cannot be read or its reading does not finish in time."""
    with cpu_deadline(str(path), ReadLimits.from_environment()):
        return extract_document(read_isolated(path))
