"""``chrome_start`` finds a line's chrome where the vocabulary's whole chrome_line pattern does, in two
cheaper steps: on every line of the sample reports and the development pages, and on lines built from
the chrome words themselves."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jixiao.extract.normalise import normalise_lines
from jixiao.ingest.document import Document
from jixiao.layout.chrome import chrome_start
from jixiao.layout.vocabulary import _at_line_start, load_vocabulary, vocabulary

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "corpus" / "real"


def _whole_search(text: str) -> int | None:
    found = vocabulary().chrome_line.search(text)
    return None if found is None else found.start()


def _pages() -> list[Path]:
    development = json.loads((REAL / "split.json").read_text(encoding="utf-8"))["development"]
    samples = sorted((ROOT / "src" / "jixiao" / "samples" / "reports").glob("*.txt"))
    return samples + [REAL / "pages" / f"{page}.txt" for page in development]


def test_chrome_start_agrees_with_the_whole_pattern_on_real_lines() -> None:
    for path in _pages():
        document = Document.from_text(path.name, "txt", path.read_text(encoding="utf-8"))
        for line in normalise_lines(document.lines):
            assert chrome_start(line.text) == _whole_search(line.text), (path.name, line.number)


# pieces of the chrome patterns' own words and of report lines, so that built lines often hold chrome
_PIECES = sorted(
    {
        word
        for pattern in load_vocabulary("chrome")["lines"]
        for word in re.findall(r"[\u4e00-\u9fff]+", pattern)
    }
    | {" ", "  ", "|", "｜", ":", "：", "•", "【", "首页 >", "2023-05-06", "某县民政局", "。", "x", "QQ"}
)


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_chrome_start_agrees_with_the_whole_pattern_on_built_lines(text: str) -> None:
    assert chrome_start(text) == _whole_search(text)


def test_only_patterns_held_to_a_line_start_are_tried_there_only() -> None:
    assert _at_line_start(r"^\s*(来源|作者)\s*[:：]?")
    assert _at_line_start(r"^\s*[|｜\[【]?\s*(索\s*引\s*号|文\s*号)")
    assert not _at_line_start("当前位置|您的位置")
    assert not _at_line_start("^来源|作者")  # 作者 anywhere
    assert not _at_line_start(r"^\(来源|作者")
    assert not _at_line_start("^[]|]来源|作者")  # the second "|" stands outside the class
    # a "]" opening a class is one of its characters, an escaped "[" inside one too
    assert _at_line_start("^[]|]来源")
    assert _at_line_start("^[^]|]来源")
    assert _at_line_start(r"^\s*[【\[]?\s*(最新信息|相关推荐)")
