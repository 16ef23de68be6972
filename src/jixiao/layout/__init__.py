"""The layout layer between reading and extraction: a document's normalised lines become page chrome
(marked, with the publisher it names), the title and what it names, labelled cells and the funds block
read as a grid. Every piece keeps its line and columns, so extraction can cite where it read a value."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.cells import Cell, cell_stream
from jixiao.layout.chrome import Meta, is_chrome, is_page_furniture, publishers, value_lines
from jixiao.layout.funds import FundsCell, FundsRow, funds_blocks
from jixiao.layout.labelled import FigureCell, Labelled, figure_cells, labelled_cells, result_cells
from jixiao.layout.records import record_cells
from jixiao.layout.statement import (
    Evaluated,
    acting_unit,
    described_place,
    described_project,
    described_unit,
    evaluation_statement,
    funded_fund,
    signed_unit,
)
from jixiao.layout.title import Part, Title, kind_from_headings, read_title
from jixiao.layout.vocabulary import vocabulary
from jixiao.layout.wrap import page_cuts

__all__ = ["Cell", "FundsCell", "FundsRow", "Labelled", "Layout", "Meta", "Title", "lay_out"]


@dataclass(frozen=True)
class Layout:
    chrome: frozenset[int]
    publishers: tuple[Meta, ...]
    title: Title | None
    kind_hint: Part | None
    evaluated: Evaluated  # the unit and project the report's evaluation statement names
    funded: Part | None  # the fund whose money the first funding sentence states
    described: Part | None  # the unit that describes itself under the 基本情况 heading
    acting: Part | None  # the unit the sentences at the top open with, acting
    place: Part | None  # the place a sentence at the top describes ("X镇地处…")
    signed: Part | None  # the organisation that signs the report with a date
    introduced: Part | None  # the project a sentence under the 基本情况 heading describes
    labelled: tuple[Labelled, ...]
    results: tuple[Labelled, ...]  # the total score and grade of a form's result row
    figures: tuple[FigureCell, ...]  # amounts in the cell after their label
    funds: tuple[tuple[FundsRow, ...], ...]  # per block: the total row, then its sub-rows
    records: tuple[Labelled, ...]  # the values of a one-row record table (its budget in 万元)
    cut_ends: dict[int, int]  # lines the page's width cut, with the column their text ends at
    cut_starts: dict[int, int]  # lines going on from them, with the column their text starts at

    def cut_by_page(self, line: int, start: int, end: int) -> bool:
        """Whether a name read at ``line`` between ``start`` and ``end`` may go on over a line the page cut:
        it reaches the end of a cut line, or opens a line that goes on from one."""
        return (line in self.cut_ends and end >= self.cut_ends[line]) or (
            line in self.cut_starts and start <= self.cut_starts[line]
        )


def lay_out(lines: Sequence[Line]) -> Layout:
    """The layout of normalised ``lines``."""
    # a page's number or print header inside a form is chrome too: the form's rows run on over it
    chrome = frozenset(
        line.number
        for line in lines
        if line.text.strip() and (is_chrome(line.text) or is_page_furniture(line.text))
    )
    first = next((line for line in lines if line.text.strip()), None)
    if first is not None and vocabulary().site_name.match(first.text):
        chrome |= {first.number}
    chrome |= value_lines(lines, chrome)
    cut_ends, cut_starts = page_cuts(lines)
    cells = cell_stream(lines, chrome)
    blocks = funds_blocks(cells)
    records = record_cells(cells)
    named = [cell for cell in records if cell.field in ("unit", "department", "project")]
    results = [cell for cell in records if cell.field in ("score", "grade")]
    return Layout(
        chrome=chrome,
        publishers=tuple(publishers([line for line in lines if line.number in chrome])),
        title=read_title(lines, chrome),
        kind_hint=kind_from_headings(lines, chrome),
        evaluated=evaluation_statement(lines, chrome),
        funded=funded_fund(lines, chrome),
        described=described_unit(lines, chrome),
        acting=acting_unit(lines, chrome),
        place=described_place(lines, chrome),
        signed=signed_unit(lines, chrome),
        introduced=described_project(lines, chrome),
        labelled=tuple(labelled_cells(cells) + named),
        results=tuple(result_cells(cells) + results),
        figures=tuple(figure_cells(cells)),
        funds=tuple(tuple(block) for block in blocks),
        records=tuple(records),
        cut_ends=cut_ends,
        cut_starts=cut_starts,
    )
