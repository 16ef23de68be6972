"""The sentence in which a report says who evaluated what: "池州市人社局对2022年度城乡居保市级补贴使用情况
开展了财政绩效评价工作", "对我县2020年财政专项扶贫资金投入、拨付…进行了自评". It names the project or fund,
and often the unit, where a page has no usable title; it is the weakest evidence of either (prose)."""

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
