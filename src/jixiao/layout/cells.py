"""Cells: a page's lines cut at the separators a flattened table leaves ("|", tabs, wide gaps, bullets),
each cell keeping its line and columns. A 自评表 printed one cell per line becomes the same stream of
cells as one printed row by row, so the readers of labelled cells and of the funds block need not care."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from jixiao.ingest.document import Line

_SEPARATED = re.compile(r"[^|｜\t•]+")
_GAP = re.compile(r"\S(?:.*?\S)?(?=\s{2,}|\s*$)")


@dataclass(frozen=True)
class Cell:
    text: str
    line: int
    start: int
    end: int


def line_cells(line: Line) -> list[Cell]:
    """The non-empty cells of one line: split at "|", tabs and bullets, then at runs of two or more spaces."""
    text = line.text
    if "|" not in text and "｜" not in text and "\t" not in text and "•" not in text and "  " not in text:
        stripped = text.strip()  # the common line: one cell
        if not stripped:
            return []
        start = text.index(stripped)
        return [Cell(stripped, line.number, start, start + len(stripped))]
    cells: list[Cell] = []
    for part in _SEPARATED.finditer(text):
        for piece in _GAP.finditer(part.group()):
            start = part.start() + piece.start()
            cells.append(Cell(piece.group(), line.number, start, start + len(piece.group())))
    return cells


def cell_stream(lines: Iterable[Line], skip: frozenset[int] = frozenset()) -> list[Cell]:
    """The cells of every line not in ``skip`` (chrome), in reading order."""
    return [cell for line in lines if line.number not in skip for cell in line_cells(line)]
