"""Pages wrapped at their width: a PDF's text layer or a hard-wrapped file prints a paragraph over lines cut
where the page ends, not where the writer ended them. Such a line is no title, and a name cut at its end
or at the start of the next is no name."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from jixiao.ingest.document import Line

# Runs of characters in the East Asian wide and full-width blocks (CJK, kana, hangul, full-width forms,
# CJK punctuation): removing the few runs is faster than collecting the many wide characters, and faster
# than removing the runs outside them (a negated class costs the engine more per character).
_WIDE_RUN = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]+"
)
FULL = 0.9  # a line this close to the widest is taken as wrapped by the page
_FULL_SHARE = 0.2  # ... when at least this share of the lines are that wide


def width(text: str) -> int:
    """Printed width: a Chinese character (or full-width form) takes two columns, a Latin letter or digit one."""
    text = text.rstrip()
    return 2 * len(text) - len(_WIDE_RUN.sub("", text))


T = TypeVar("T")


def _last_lines(compute: Callable[[Sequence[Line]], T]) -> Callable[[Sequence[Line]], T]:
    """``compute`` kept for the last lines it was asked about: the flow, the layout and the title reader ask
    the same question of one page's lines, in turn."""
    last: list[tuple[Sequence[Line], T]] = []

    @functools.wraps(compute)
    def kept(lines: Sequence[Line]) -> T:
        known = last[0] if last else None
        if known is not None and known[0] is lines:
            return known[1]
        result = compute(lines)
        last[:] = [(lines, result)]
        return result

    return kept


def _row(text: str) -> bool:
    """Whether a line is a table's row, its cells parted by "|", a tab or a run of spaces: as wide as its cells,
    never cut by the page."""
    return "|" in text or "\t" in text or "  " in text.strip()


@_last_lines
def full_width(lines: Sequence[Line]) -> int | None:
    """The width a page wraps at, when many lines stop there (a PDF's text layer, a hard-wrapped file):
    such a line was cut by the page, not ended by its writer, even when it starts like a heading."""
    widths = [width(line.text) for line in lines if line.text.strip() and not _row(line.text)]
    if len(widths) < 10:
        return None
    widest = max(widths)
    near = sum(1 for w in widths if w >= widest * FULL)
    return widest if near >= 5 and near >= len(widths) * _FULL_SHARE else None


@_last_lines
def page_cuts(lines: Sequence[Line]) -> tuple[dict[int, int], dict[int, int]]:
    """Where the page cut its paragraphs: the lines it cut, each with the column its text ends at, and the
    lines that go on from them, each with the column its text starts at; both empty when the page is not
    wrapped at a width."""
    page = full_width(lines)
    if page is None:
        return {}, {}
    content = [line for line in lines if line.text.strip() and not _row(line.text)]
    cut: dict[int, int] = {}
    going_on: dict[int, int] = {}
    for line, following in itertools.pairwise(content):
        text = line.text.rstrip()
        if width(text) >= page * FULL and text[-1:] not in "。！？!?":
            cut[line.number] = len(text)
            going_on[following.number] = len(following.text) - len(following.text.lstrip())
    return cut, going_on
