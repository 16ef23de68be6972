"""Cells: a page's lines cut at the separators a flattened table leaves ("|", tabs, wide gaps, bullets),
each cell keeping its line and columns. A 自评表 printed one cell per line becomes the same stream of
cells as one printed row by row, so the readers of labelled cells and of the funds block need not care."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from jixiao.ingest.document import Line

# the look-ahead names what a separator starts with, so the engine skips other characters at once
_SEPARATOR = re.compile(r"(?=[\s|｜])(?:\t|\s*[|｜]\s*|\s{2,})")


class Cell(NamedTuple):
    """A named tuple, not a frozen dataclass: a report is cut into some 250 cells, and a frozen
    dataclass takes three times as long to build."""

    text: str
    line: int
    start: int
    end: int


def split_cells(line: Line) -> list[Cell]:
    """The cells of one line, empty ones between separators kept (a table's columns stay aligned), with
    their columns in the original line."""
    text = line.text
    cells: list[Cell] = []
    position = 0
    for match in [*_SEPARATOR.finditer(text), None]:
        end = match.start() if match else len(text)
        raw = text[position:end]
        stripped = raw.strip().strip("|｜")
        if stripped or (match is not None and position > 0):
            lead = len(raw) - len(raw.lstrip())
            cells.append(Cell(stripped, line.number, position + lead, position + lead + len(stripped)))
        if match:
            position = match.end()
    while cells and not cells[-1].text:
        cells.pop()
    return cells


def line_cells(line: Line) -> list[Cell]:
    """The non-empty cells of one line."""
    text = line.text
    if "|" not in text and "｜" not in text and "\t" not in text and "  " not in text:
        stripped = text.strip()  # the common line: one cell
        if not stripped:
            return []
        start = text.index(stripped)
        return [Cell(stripped, line.number, start, start + len(stripped))]
    return [cell for cell in split_cells(line) if cell.text]


def cell_stream(lines: Iterable[Line], skip: frozenset[int] = frozenset()) -> list[Cell]:
    """The cells of every line not in ``skip`` (chrome), in reading order."""
    return [cell for line in lines if line.number not in skip for cell in line_cells(line)]
