"""Which project a figure in a department's report is stated of: the one its sentence names before it
("农村公路养护项目产出指标得分48分"), unless the clause states it of the department itself ("…，本部门自评
得分95分") or the name is a class of projects ("所有项目", "重点项目"). The reader and the auditor both ask."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jixiao.extract.context import clause_start, sentence_start
from jixiao.layout.title import kind_named, organisation_end
from jixiao.layout.vocabulary import load_vocabulary, vocabulary

_CLAIMS = load_vocabulary("claims")
NAMED_PROJECT = re.compile(_CLAIMS["named_project"])
_DEPARTMENT_ITSELF = re.compile(_CLAIMS["department_itself"])
_GENERIC_PROJECTS = re.compile(_CLAIMS["generic_projects"])
_PROJECT_ITEM = re.compile(_CLAIMS["project_item"])
_LABELLED_ITEM = re.compile(_CLAIMS["labelled_item"])
_LISTED_ITEM = re.compile(_CLAIMS["listed_item"])
_NAMED_SCORE = re.compile(_CLAIMS["named_score"])
_UNIT_OPENING = re.compile(r"\s*([\u4e00-\u9fff（）()]{3,30}?)\s*[，,：:]")
_FORM_TITLE = re.compile(_CLAIMS["form_title"])
_SHARED = re.compile(r"均|都|一致")
_COUNTED_AFTER = re.compile(_CLAIMS["projects_counted"])
_COUNTED_BEFORE = re.compile(_CLAIMS["projects_counted_before"])
_COUNT_WORDS = tuple(_CLAIMS["project_count_words"])


def projects_counted(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The counts of projects in ``text[start:end]``, after them ("项目共2个") or before them ("12个项目"); the
    second searched only where a count's words stand, a search at every figure of a report being costly."""
    end = len(text) if end is None else end
    found = list(_COUNTED_AFTER.finditer(text, start, end))
    if any(text.find(words, start, end) >= 0 for words in _COUNT_WORDS):
        found += _COUNTED_BEFORE.finditer(text, start, end)
    return found


def project_stated_of(text: str, position: int) -> str | None:
    """The project the figure at ``position`` of ``text`` is stated of, or None (the report's own)."""
    start = sentence_start(text, position)
    if text.find("项目", start, position) < 0 and text.find("专项", start, position) < 0:
        return None  # the common case: no name of a project before the figure in its sentence to search for
    # the name nearest before the figure: "A项目得分90分，B项目得分85分" states 85 of B
    found = list(NAMED_PROJECT.finditer(text, start, position))
    named = found[-1] if found else None
    if named is None or _GENERIC_PROJECTS.search(named.group(1)):
        return None
    if _DEPARTMENT_ITSELF.search(text, max(named.end(), clause_start(text, position)), position):
        return None  # "结合重点项目评价情况，本部门自评得分72分": the department speaks of itself after it
    if _SHARED.search(text, named.end(), position) and _DEPARTMENT_ITSELF.search(text, start, named.start()):
        return None  # "部门整体支出和某某专项资金绩效自评等次均为优秀": the department's too
    return named.group(1)


def item_project(text: str) -> str | None:
    """The project or fund a heading or list item opens by naming ("（一）文化下乡项目", "项目一：X经费",
    "（二）X项目，自评得分93分"): what follows under it, or in it, is that project's; a kind of money
    ("（一）项目资金") names none."""
    found = _PROJECT_ITEM.match(text) or _LABELLED_ITEM.match(text)
    if found is None or vocabulary().generic_fund.fullmatch(found.group(1)):
        return None
    return found.group(1)


def item_subject(text: str) -> str | None:
    """What a heading or list item opens by naming as its results' subject: a project or fund (``item_project``),
    or an organisation ("1.某市民政局，自评得分93分": a list of units' results)."""
    project = item_project(text)
    if project is not None:
        return project
    found = _LISTED_ITEM.match(text)
    if found is None or organisation_end(found.group(1)) != len(found.group(1)):
        return None
    return found.group(1)


def sentence_subject(sentence: str) -> str | None:
    """What a sentence opens by naming as its score's subject: an item's (``item_subject``), or a project's or
    fund's name right before the score ("不动产登记工作经费自评得分92分"); never a kind of money."""
    subject = item_subject(sentence)
    if subject is not None:
        return subject
    # "衡阳市第一中学，自评得分95分", "县教育局：全年预算数…，自评得分95分": a unit's result in a list of units'
    opening = _UNIT_OPENING.match(sentence)
    if opening is not None and organisation_end(opening.group(1)) == len(opening.group(1)):
        return opening.group(1)
    found = _NAMED_SCORE.match(sentence)
    if found is None or vocabulary().generic_fund.fullmatch(found.group(1)):
        return None
    return found.group(1)


_FORM_REACH = 160  # lines from a figure back to its form's title (a form printed one cell a line runs long)


def form_titles(lines: Iterable[tuple[int, str]]) -> tuple[int, ...]:
    """The numbers of the lines that are a form's own title (claims.yaml form_title), in order: a page may publish
    a department's form and then its projects' forms, each with its own totals."""
    return tuple(number for number, text in lines if "表" in text and _FORM_TITLE.match(text))


def form_title_above(titles: Sequence[int], number: int) -> int | None:
    """The form title (of ``form_titles``) the figure on line ``number`` stands under, if any."""
    at = bisect.bisect_right(titles, number) - 1
    return titles[at] if at >= 0 and number - titles[at] < _FORM_REACH else None


@dataclass(frozen=True)
class PageForms:
    """The page's form titles by line, and the kind each names."""

    titles: tuple[int, ...]
    kinds: dict[int, str]
    ends: dict[int, int]  # by title, the line of the report's next chapter heading after its form, if any

    def kind_at(self, line: int) -> str | None:
        """The kind the title of the form ``line`` stands in names; None outside a form (the report's next chapter,
        "三、自评结论", has begun) or under a title naming neither kind."""
        title = form_title_above(self.titles, line)
        if title is None or line >= self.ends.get(title, line + 1):
            return None
        return self.kinds.get(title)

    def of_another_kind(self, line: int, kind: str | None) -> bool:
        """Whether ``line`` stands in a form of the other kind than the report's on a page that holds forms of both
        (a department's form, then its projects'): that form's figures are its project's, not the report's."""
        return (
            kind is not None and len(set(self.kinds.values())) >= 2 and self.kind_at(line) not in (None, kind)
        )


def page_forms(lines: Iterable[tuple[int, str]]) -> PageForms:
    """The forms of a page of (line number, text), read once per report."""
    texts = dict(lines)
    titles = form_titles(texts.items())
    kinds = {title: named for title in titles if (named := kind_named(texts[title])) is not None}
    # (the chapter headings looked for only on a page with forms: most pages have none)
    chapters = [number for number, text in texts.items() if _CHAPTER.match(text)] if titles else []
    ends = {}
    for index, title in enumerate(titles):
        following = titles[index + 1] if index + 1 < len(titles) else None
        at = bisect.bisect_right(chapters, title)
        if at < len(chapters) and (following is None or chapters[at] < following):
            ends[title] = chapters[at]
    return PageForms(titles, kinds, ends)


# the report's next chapter after a form ("三、自评结论"), no level of the form's own ("一、产出指标")
_CHAPTER = re.compile(r"\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?![^指]*指标)[\u4e00-\u9fff]{2,20}\s*$")
