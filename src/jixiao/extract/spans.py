"""Which paragraph holds an offset, by bisection: asked once per figure, a scan of every paragraph made
extraction quadratic in the length of a report."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Spans(Generic[T]):
    """Non-overlapping (start, end, value) spans, looked up by offset."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        ordered = sorted(spans, key=lambda span: span[0])
        self._starts = [start for start, _, _ in ordered]
        self._spans = ordered

    def at(self, offset: int) -> T | None:
        """The value of the span with start <= offset < end, if any."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        _, end, value = self._spans[index]
        return value if offset < end else None


def any_between(sorted_offsets: list[int], start: int, end: int) -> bool:
    """Whether a sorted list holds an offset in [start, end)."""
    index = bisect_left(sorted_offsets, start)
    return index < len(sorted_offsets) and sorted_offsets[index] < end


def mark_before(text: str, marks: str, position: int) -> int:
    """Where the last of ``marks`` (the line break among them) stands before ``position``, -1 for none: the others
    are looked for after the last line break only, not back over a whole text where most of them never stand."""
    line = text.rfind("\n", 0, position)
    return max(
        line, max((text.rfind(mark, line + 1, position) for mark in marks if mark != "\n"), default=-1)
    )


def mark_after(text: str, marks: str, position: int) -> int:
    """Where the first of ``marks`` (the line break among them) stands from ``position`` on, the text's length for
    none: the others are looked for up to the next line break only."""
    line = text.find("\n", position)
    stop = len(text) if line < 0 else line
    found = [at for mark in marks if mark != "\n" and (at := text.find(mark, position, stop)) >= 0]
    return min(found, default=stop)
