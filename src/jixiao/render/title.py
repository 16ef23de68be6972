"""A document title broken into lines as GB/T 9704 asks: at meaningful places, never inside a word.

The title is given as its parts (the unit, the year and kind, ...). Parts are packed onto lines
whole; a part longer than a line is broken only after a word of ``title_breaks.txt``, at the place
that leaves the halves most even. Widths are in characters of the title size: a CJK character is
one, an ASCII digit or letter a little over half of one.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

# 二号 (22 pt) on the 156 mm text width of an official-document page: 20 characters
TITLE_LINE_CHARACTERS = 20.0
_NARROW = 0.6


def width(text: str) -> float:
    return sum(_NARROW if ord(ch) < 0x2E80 else 1.0 for ch in text)


@cache
def break_words() -> tuple[str, ...]:
    text = (resources.files("jixiao.render") / "title_breaks.txt").read_text(encoding="utf-8")
    words = (line.strip() for line in text.splitlines())
    return tuple(sorted({w for w in words if w and not w.startswith("#")}, key=len, reverse=True))


def break_points(part: str) -> list[int]:
    """Offsets inside ``part`` right after a break word (not at its ends)."""
    points = set()
    for word in break_words():
        start = part.find(word)
        while start >= 0:
            end = start + len(word)
            if 0 < end < len(part) and not _inside_longer_word(part, start, end):
                points.add(end)
            start = part.find(word, start + 1)
    return sorted(points)


def _inside_longer_word(part: str, start: int, end: int) -> bool:
    """A short word ending where a longer word of the list goes on ("委" inside "委员会") is no break."""
    for word in break_words():
        at = part.find(word, max(0, end - len(word) + 1))
        while 0 <= at < end:
            if at < end < at + len(word) and (at, at + len(word)) != (start, end):
                return True
            at = part.find(word, at + 1)
    return False


def split_part(part: str, limit: float = TITLE_LINE_CHARACTERS) -> list[str]:
    """``part`` as lines no wider than ``limit``, broken at the most even break places."""
    if width(part) <= limit:
        return [part]
    fitting = [p for p in break_points(part) if width(part[:p]) <= limit]
    if not fitting:
        return [part]  # no word boundary known: let the line wrap rather than cut a word
    best = min(fitting, key=lambda p: (width(part[p:]) > limit, abs(width(part[:p]) - width(part[p:]))))
    return [part[:best], *split_part(part[best:], limit)]


def title_lines(parts: list[str], limit: float = TITLE_LINE_CHARACTERS) -> list[str]:
    """Pack the parts onto lines, each part (or piece of a long part) whole."""
    lines: list[str] = []
    for part in parts:
        for piece in split_part(part, limit):
            if lines and width(lines[-1] + piece) <= limit:
                lines[-1] += piece
            else:
                lines.append(piece)
    return lines
