"""jixiao.patterns: a look-ahead for a pattern's opening characters, added only when they can be told, never
changes what the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.layout.vocabulary import vocabulary
from jixiao.patterns import guarded

# hand-written: alternations as the vocabularies write them, and shapes whose opening cannot be told
GUARDED = {
    "(?:自评得分)|(?:综合得分)|(?:我[局委]自评)": {"自", "综", "我"},
    r"(?:以上|[，,])合计(?=\s*\d)": {"以", "，", ","},
    r"(?<!\d)\d{1,2}[.、．](?!\d)|[(（][一二三]": {r"\d", "(", "（"},
    r"(?:^\s*首页)|(?:当前位置)": {
        r"\s",
        "首",
        "当",
    },  # a line's start consumes nothing; its spaces may open it
    r"(?:共?获得)|(?:绩效自评得)": {"共", "获", "绩"},
}
_LOOKAHEAD = re.compile(r"\(\?=\[((?:\\.|[^\]\\])*)\]\)")
UNGUARDED = [
    "自评得分",  # a literal opening: the engine skips to it by itself
    "[甲乙]丙",  # a class opening, too
    "(?:甲)?(?:乙)?",  # may match nothing
    "(?:.甲)|(?:乙)",  # may open with any character
    "(?:[^甲]乙)|(?:丙)",  # a negated class
    "(?i)(?:ab)|(?:c)",  # inline flags must open the pattern
]


@pytest.mark.parametrize(("pattern", "opening"), GUARDED.items())
def test_the_opening_characters_are_read_off_the_pattern(pattern: str, opening: set[str]) -> None:
    compiled = guarded(pattern).pattern
    lookahead = _LOOKAHEAD.match(compiled)
    assert lookahead is not None and compiled[lookahead.end() :] == f"(?:{pattern})"
    assert set(re.findall(r"\\.|.", lookahead.group(1))) == opening


@pytest.mark.parametrize("pattern", UNGUARDED)
def test_a_pattern_whose_opening_cannot_be_told_is_compiled_as_written(pattern: str) -> None:
    assert guarded(pattern).pattern == pattern


def test_flags_are_kept() -> None:
    assert guarded("(?:^甲)|(?:乙)", re.MULTILINE).flags & re.MULTILINE
    assert guarded("(?:ab)|(?:c)", re.IGNORECASE).pattern == "(?:ab)|(?:c)"


_TEXT = st.text(alphabet="甲乙丙我局委自评得分综合以上，,0123456789 \n首页当前位置(（一二三.、", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_guarded_pattern_finds_what_the_pattern_finds(text: str) -> None:
    for pattern in GUARDED:
        assert [m.span() for m in guarded(pattern).finditer(text)] == [
            m.span() for m in re.finditer(pattern, text)
        ], pattern


def test_the_vocabularys_alternations_find_as_written() -> None:
    # the vocabularies' own alternations, guarded, against their unguarded forms on lines that hold their words
    vocab = vocabulary()
    lines = [
        "当前位置：首页 > 政务公开",
        "项目实施单位：某县某局",
        "2023年度部门整体支出绩效自评报告",
        "我局自评得分95分",
    ]
    for pattern in (vocab.chrome_line_inside, vocab.any_label, vocab.title, vocab.not_unit):
        lookahead = _LOOKAHEAD.match(pattern.pattern)
        plain = re.compile(pattern.pattern[lookahead.end() :] if lookahead else pattern.pattern)
        for line in lines:
            assert [m.span() for m in pattern.finditer(line)] == [m.span() for m in plain.finditer(line)]
