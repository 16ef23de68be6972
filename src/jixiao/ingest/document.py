"""A report as numbered lines: the one shape every format is read into, so extraction can cite lines."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple


class Line(NamedTuple):
    """One line of the report, numbered from 1 as a reviewer counts them. A named tuple, not a frozen
    dataclass: a report is read into a hundred or more, and a frozen dataclass takes three times as long
    to build."""

    number: int
    text: str


@dataclass(frozen=True)
class Document:
    """The text of one report file; ``encoding`` is what a text-like file was decoded with, ``warnings``
    what reading it had to repair (a stray byte replaced, say), in words for the user."""

    path: str
    format: str
    encoding: str | None
    lines: tuple[Line, ...]
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_text(
        cls, path: str, format: str, text: str, encoding: str | None = None, warnings: tuple[str, ...] = ()
    ) -> Document:
        rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if rows and rows[-1] == "":
            rows.pop()
        lines = tuple(map(Line, range(1, len(rows) + 1), rows))
        return cls(path, format, encoding, lines, warnings)

    @functools.cached_property
    def text(self) -> str:
        """The lines joined, once per document (the reader and several rules search the whole text)."""
        return "\n".join(line.text for line in self.lines)

    def is_blank(self) -> bool:
        return all(not line.text.strip() for line in self.lines)
