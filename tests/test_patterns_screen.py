"""``patterns.screen`` finds one of its words in every text its pattern finds a match in: on built patterns, and on
every line of the sample reports and the development pages for the layout vocabulary's screened patterns."""

from __future__ import annotations

import json
import re
from pathlib import Path

from jixiao.extract.normalise import normalise_lines
from jixiao.ingest.document import Document
from jixiao.layout.vocabulary import vocabulary
from jixiao.patterns import screen

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "corpus" / "real"


def test_the_words_every_match_holds() -> None:
    # the words most alternatives share, the longest first
    assert screen(re.compile(r"单\s*位\s*名\s*称|部门名称")).pattern == "部门名称|单"
    assert screen(re.compile(r"单\s*位\s*名\s*称|部\s*门\s*名\s*称")).pattern == "名"
    assert screen(re.compile(r"(?:报送|上报)\s*(?:单位|部门)")).pattern == "上报|报送"
    assert screen(re.compile(r"^(?=\s*\S+\s*›)")).pattern == "›"
    assert screen(re.compile(r"[>》]\s*首页")).pattern == "首页"


def test_a_pattern_whose_matches_may_hold_no_word_is_its_own_screen() -> None:
    for pattern in (r"\d+", r"(?:项目)?\s*名称|\S{2}", r"(?i)page"):
        compiled = re.compile(pattern)
        assert screen(compiled) is compiled


def _lines() -> list[str]:
    development = json.loads((REAL / "split.json").read_text(encoding="utf-8"))["development"]
    samples = sorted((ROOT / "src" / "jixiao" / "samples" / "reports").glob("*.txt"))
    lines: list[str] = []
    for path in samples + [REAL / "pages" / f"{page}.txt" for page in development]:
        document = Document.from_text(path.name, "txt", path.read_text(encoding="utf-8"))
        lines += [line.text for line in normalise_lines(document.lines)]
    return lines


def test_the_screens_find_a_word_wherever_their_patterns_match() -> None:
    vocab = vocabulary()
    screened = [(vocab.any_label, vocab.label_words)] + [
        (headings, words)
        for (_, headings), words in zip(vocab.kind_headings, vocab.kind_heading_words, strict=True)
    ]
    for text in _lines():
        for pattern, words in screened:
            assert pattern.search(text) is None or words.search(text) is not None, text
