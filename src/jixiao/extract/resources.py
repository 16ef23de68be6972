"""Staffing (编制 / 实有): the authorised establishment, the people actually in post, and their parts."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.extract.context import Context, sentence_start
from jixiao.extract.model import Staffing
from jixiao.extract.numbers import to_decimal

# each way of writing the establishment opens with a word of its own, so that the engine skips to the characters a
# match can start with (faster than a look-ahead for them, which is tried at every position)
_AUTHORISED = re.compile(
    r"(?:核定(?:人员)?编制|批复(?:人员)?编制|核准(?:人员)?编制|人员编制|编制)(?:数|人数)?(?:为|共|合计)?\s*(\d+)\s*(?:人|名)"
)
_ACTUAL = re.compile(
    r"(?:实际在编|实有人数|实有人员|实有|在职人员|在编人员|在职|实际在岗)(?:人数)?(?:为|共)?\s*(\d+)\s*(?:人|名)"
)
_PART_AFTER = re.compile(r"(行政|事业|工勤|参公)(?:编制|编)\s*(?:人员)?\s*(\d+)\s*(?:人|名)")
_PART_BEFORE = re.compile(r"(\d+)\s*(?:个|名|人)\s*(行政|事业|工勤|参公)(?:编制|编)")
# what both part patterns hold: a text without it has no part, and is not searched digit by digit for one
_PART_KIND = re.compile(r"(?:行政|事业|工勤|参公)编")
_PART_KIND_BEFORE = re.compile(r"[行事工]政?$|事业$|工勤$|参公$")
_IN_POST = re.compile(r"实际在编|实有|在职")
_CHANGE = re.compile(r"(?:调入|调出|新增|增加|减少|退休|招录|新进)\s*$")


def extract_staffing(ctx: Context) -> Staffing:
    text = ctx.flow.text
    for match in _AUTHORISED.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        if _PART_KIND_BEFORE.search(before) or _CHANGE.search(
            text[max(0, match.start() - 4) : match.start()]
        ):
            continue
        ctx.add("staffing.authorised", to_decimal(match.group(1)), match.start(1), match.end(), unit="人")
    for match in _ACTUAL.finditer(text):
        ctx.add("staffing.actual", to_decimal(match.group(1)), match.start(1), match.end(), unit="人")
    parts = ((_PART_AFTER, 2, 1), (_PART_BEFORE, 1, 2)) if _PART_KIND.search(text) else ()
    for pattern, number_at, kind_at in parts:
        for match in pattern.finditer(text):
            if _CHANGE.search(text[max(0, match.start() - 4) : match.start()]):
                continue
            clause = text[sentence_start(text, match.start()) : match.start()]
            scope = "实有" if _IN_POST.search(clause) else "编制"
            value = to_decimal(match.group(number_at))
            ctx.add(
                f"staffing.{match.group(kind_at)}编制",
                value,
                match.start(),
                match.end(),
                unit="人",
                subject=scope,
            )
    authorised = ctx.first("staffing.authorised")
    actual = ctx.first("staffing.actual")
    return Staffing(
        authorised=authorised.value if authorised and isinstance(authorised.value, Decimal) else None,
        actual=actual.value if actual and isinstance(actual.value, Decimal) else None,
    )
