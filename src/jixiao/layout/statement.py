"""The sentences in which a report says who it is and what it evaluated: "池州市人社局对2022年度城乡居保
市级补贴使用情况开展了财政绩效评价工作", "对我县2020年财政专项扶贫资金投入、拨付…进行了自评", and, under
its 基本情况 heading, "遵义市农业农村局是市人民政府工作部门". They name the project or fund, and the unit,
where a page has no usable title; they are the weakest evidence of either (prose)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.title import Part, organisation_end
from jixiao.layout.vocabulary import vocabulary

_HEAD_LINES = 40


@functools.cache
def _statement() -> re.Pattern[str]:
    ending = vocabulary().fund_ending
    return re.compile(
        r"(?:^|[。，,；;:：\s])(?P<unit>[\u4e00-\u9fff]{3,24}?)?"
        r"对(?:我[县市区州镇乡局校院])?(?:20\d\d年度?)?[“\"]?"
        rf"(?P<name>[\u4e00-\u9fff()（）]{{2,30}}?{ending}+)[”\"]?"
        r"(?:的)?(?:管理)?(?:使用情况|使用|执行情况|投入)?[^。，,]{0,20}?(?:开展|进行)(?:了)?[^。]{0,12}?"
        r"(?:绩效)?(?:自评|评价)"
    )


@dataclass(frozen=True)
class Evaluated:
    unit: Part | None
    project: Part | None


def evaluation_statement(lines: Sequence[Line], chrome: frozenset[int]) -> Evaluated:
    """The unit and the project or fund named by the first evaluation statement in the head of the page."""
    vocab = vocabulary()
    for line in lines[:_HEAD_LINES]:
        if line.number in chrome:
            continue
        found = _statement().search(line.text)
        if found is None:
            continue
        name = found.group("name")
        project = None
        if not vocab.not_evaluated.search(name) and not vocab.not_project.search(name):
            project = Part(name, line.number, found.start("name"), found.end("name"))
        unit = None
        subject = found.group("unit")
        if subject is not None:
            length = organisation_end(subject)
            if length == len(subject) and not vocab.not_unit.search(subject):
                unit = Part(subject, line.number, found.start("unit"), found.end("unit"))
        return Evaluated(unit, project)
    return Evaluated(None, None)


_BACKGROUND = re.compile(r"基本情况|基本情況|概况|概況|简介|簡介")
_DESCRIBES = ("是", "为", "為", "系", "成立", "始建", "设立", "設立", "组建", "組建", "前身")
_SENTENCE_START = re.compile(r"(?:^|[。；;])\s*")
_BACKGROUND_REACH = 3  # lines after the heading where the unit introduces itself


def described_unit(lines: Sequence[Line], chrome: frozenset[int]) -> Part | None:
    """The organisation that opens a sentence describing itself ("X是…", "X成立于…") just under a
    基本情况 heading in the head of the page: how a report without a title says whose it is."""
    vocab = vocabulary()
    reach = -1
    for line in lines[:_HEAD_LINES]:
        if line.number in chrome:
            continue
        heading = _BACKGROUND.search(line.text)
        if heading is not None and heading.start() < 20:
            reach = _BACKGROUND_REACH
        if reach < 0:
            continue
        reach -= 1
        for start in (match.end() for match in _SENTENCE_START.finditer(line.text)):
            found = _self_description().match(line.text, start)
            name = found.group() if found else ""
            if name and not vocab.not_unit.search(name) and not _BACKGROUND.search(name):
                return Part(name, line.number, start, start + len(name))
    return None


@functools.cache
def _self_description() -> re.Pattern[str]:
    """An organisation's name (the shortest that ends as one) right before words that describe it."""
    suffixes = "|".join(re.escape(suffix) for suffix in vocabulary().organisation_suffixes)
    describes = "|".join(_DESCRIBES)
    return re.compile(rf"[\u4e00-\u9fff]{{2,24}}?(?:{suffixes})(?={describes})")
