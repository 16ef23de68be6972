"""The layout layer between reading and extraction: a document's normalised lines become page chrome
(marked, with the publisher it names), the title and what it names, labelled cells and the funds block
read as a grid. Every piece keeps its line and columns, so extraction can cite where it read a value."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jixiao.ingest.document import Line
from jixiao.layout.cells import Cell, cell_stream, table_stream
from jixiao.layout.chrome import Meta, is_chrome, is_page_furniture, link_lists, publishers, value_lines
from jixiao.layout.funds import FundsCell, FundsRow, column_key, funds_blocks
from jixiao.layout.labelled import (
    FigureCell,
    Labelled,
    figure_cells,
    labelled_cells,
    merged_label_lines,
    result_cells,
)
from jixiao.layout.records import record_cells
from jixiao.layout.statement import (
    Evaluated,
    acting_unit,
    described_place,
    described_project,
    described_unit,
    evaluation_statement,
    funded_fund,
    implementing_unit,
    overseeing_unit,
    own_document_issuer,
    signed_unit,
)
from jixiao.layout.title import Part, Title, kind_from_headings, leading_place, organisation_end, read_title
from jixiao.layout.vocabulary import vocabulary
from jixiao.layout.wrap import Paragraphs, page_cuts, paragraphs, without_figure_spaces
from jixiao.layout.years import other_years_cells

__all__ = ["Cell", "FundsCell", "FundsRow", "Labelled", "Layout", "Meta", "Title", "lay_out"]


@dataclass(frozen=True)
class Layout:
    chrome: frozenset[int]
    links: frozenset[int]  # a site's lists of links to other pages: chrome, and no text of the report
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
    several_records: bool  # a record table of several rows: the page is on several projects
    cut_ends: dict[int, int]  # lines the page's width cut, with the column their text ends at
    cut_starts: dict[int, int]  # lines going on from them, with the column their text starts at
    # (line, start, end) of the names read over the cuts (title, sentences, labelled values) on one line
    read_whole: frozenset[tuple[int, int, int]]
    # (line, start, end) of the cells of a year-comparison table outside the evaluated year's column
    other_years: frozenset[tuple[int, int, int]] = frozenset()

    def cut_by_page(self, line: int, start: int, end: int) -> bool:
        """Whether a name read at ``line`` between ``start`` and ``end`` on one printed line may go on over a
        line the page cut: it reaches the end of a cut line, or opens a line that goes on from one. The title,
        the sentences and the labelled values are read over the cuts (``paragraphs``): what they name was not
        cut."""
        if (line, start, end) in self.read_whole:
            return False
        return (line in self.cut_ends and end >= self.cut_ends[line]) or (
            line in self.cut_starts and start <= self.cut_starts[line]
        )


# a government's name alone (a portal's name printed over its pages)
_GOVERNMENT_ONLY = re.compile(r"[\u4e00-\u9fff]{2,20}?人民政府")


def lay_out(lines: Sequence[Line]) -> Layout:
    """The layout of normalised ``lines``."""
    # a page's number or print header inside a form is chrome too: the form's rows run on over it
    chrome = frozenset(
        line.number
        for line in lines
        if line.text.strip() and (is_chrome(line.text) or is_page_furniture(line.text))
    )
    content = [line for line in lines if line.text.strip()][:2]
    first = content[0] if content else None
    if first is not None and vocabulary().site_name.match(first.text):
        chrome |= {first.number}
    # "某县人民政府" / "首页 > 信息公开 > …": the portal's name over its breadcrumb
    if (
        len(content) == 2
        and _GOVERNMENT_ONLY.fullmatch(content[0].text.strip())
        and content[1].number in chrome
    ):
        chrome |= {content[0].number}
    # "某省农业农村厅" / "首页 > 政务公开 > …": an office's own site, its name over its breadcrumb: who publishes
    site_owner = (
        [Meta("publisher", name, content[0].number, 0, len(content[0].text))]
        if len(content) == 2
        and content[1].number in chrome
        and (name := content[0].text.strip()) == content[0].text
        and not _GOVERNMENT_ONLY.fullmatch(name)
        # (not the portal's own name, "岚县人民政府门户网站", whose 站 ends no office)
        and not vocabulary().site_name.match(name)
        and organisation_end(name) == len(name)
        else []
    )
    chrome |= {meta.line for meta in site_owner}
    links = link_lists(lines)
    chrome |= value_lines(lines, chrome) | links
    cut_ends, cut_starts = page_cuts(lines)
    # sentences and titles are read as their writer ended them, over the lines a page's width cut them into
    # (the head of a page is then counted in paragraphs, as on the same page printed unwrapped)
    whole = paragraphs(lines, chrome)
    # the rest of a chrome line the page cut is chrome ("当前位置:首页 > … > 公" / "共文化服务体系建设…")
    chrome |= {piece[1] for number in chrome & whole.pieces.keys() for piece in whole.pieces[number]}
    # ... and with the figures a PDF set apart by spaces put back in their sentences ("某局 2022 年度…")
    sentences = without_figure_spaces(whole)
    read = sentences.lines
    title = _printed_title(read_title(read, chrome, frozenset(whole.pieces)), sentences)
    year = int(title.year.text) if title is not None and title.year is not None else None
    evaluated = evaluation_statement(read, chrome, year)
    said = {
        "funded": _printed(funded_fund(read, chrome), sentences),
        "described": _printed(
            described_unit(read, chrome, title.lines[-1] if title is not None else None), sentences
        ),
        # (or at the top of the report under its title, when a sharing site's chrome above fills the page's head)
        "acting": _printed(
            acting_unit(read, chrome)
            or (acting_unit(_from_the_title(read, title), chrome) if title is not None else None)
            or own_document_issuer(read, chrome)
            or implementing_unit(read, chrome)
            or overseeing_unit(read, chrome),
            sentences,
        ),
        "place": _printed(described_place(read, chrome), sentences),
        "signed": _printed(signed_unit(read, chrome), sentences),
        "introduced": _printed(described_project(read, chrome), sentences),
    }
    cells = cell_stream(lines, chrome)
    year = int(title.year.text) if title is not None and title.year is not None else None
    # (a unit's report compares its own totals; a project's, as often its place's or its unit's)
    other_years = other_years_cells(cells, year, title is not None and title.kind == "部门整体支出")
    joined = (
        [label for label in labelled_cells(cell_stream(whole.lines, chrome)) if label.line in whole.pieces]
        if whole.pieces
        else []
    )
    labelled = _printed_labels(labelled_cells(cells), joined, whole)
    table = table_stream(lines, lambda word: column_key(word) is not None, chrome)
    blocks = funds_blocks(table, year if title is not None and title.kind == "部门整体支出" else None)
    records, several = record_cells(cells)
    named = [cell for cell in records if cell.field in ("unit", "department", "project")]
    results = [cell for cell in records if cell.field in ("score", "grade")]
    evaluated = Evaluated(_printed(evaluated.unit, sentences), _printed(evaluated.project, sentences))
    # what was read over the page's cuts was not cut by them, though it may end where a printed line does
    read_over = [
        evaluated.unit,
        evaluated.project,
        *said.values(),
        *((title.year, title.unit, title.place, title.project) if title is not None else ()),
        *(Part(c.value, c.line, c.start, c.end, c.end_line) for c in labelled if c.read_over),
    ]
    return Layout(
        chrome=chrome,
        links=links,
        publishers=(*site_owner, *publishers([line for line in lines if line.number in chrome])),
        title=title,
        kind_hint=kind_from_headings(lines, chrome),
        evaluated=evaluated,
        **said,
        labelled=tuple(labelled + named),
        results=tuple(result_cells(table, merged_label_lines(cells)) + results),
        figures=tuple(figure_cells(_without(cells, other_years))),
        funds=tuple(tuple(block) for block in blocks),
        records=tuple(records),
        several_records=several,
        cut_ends=cut_ends,
        cut_starts=cut_starts,
        read_whole=frozenset(
            (part.line, part.start, part.end)
            for part in read_over
            if part is not None and part.end_line is None
        ),
        other_years=other_years,
    )


def _without(cells: list[Cell], spans: frozenset[tuple[int, int, int]]) -> list[Cell]:
    """``cells`` but those at the (line, start, end) of ``spans``."""
    return [c for c in cells if (c.line, c.start, c.end) not in spans] if spans else cells


def _from_the_title(lines: Sequence[Line], title: Title) -> Sequence[Line]:
    """The lines from the title's first on: where a report's own sentences start."""
    return [line for line in lines if line.number >= title.lines[0]]


def _printed(part: Part | None, whole: Paragraphs) -> Part | None:
    """``part`` of a rejoined paragraph placed on the printed lines."""
    if part is None or part.line not in whole.pieces:
        return part
    line, start = whole.printed(part.line, part.start)
    end_line, end = whole.printed(part.line, part.end, end=True)
    return replace(part, line=line, start=start, end=end, end_line=end_line if end_line != line else None)


def _printed_labels(labels: list[Labelled], joined: list[Labelled], whole: Paragraphs) -> list[Labelled]:
    """The labelled values of the printed lines, those of the lines a page's width cut replaced by the values
    read off the rejoined paragraphs (``joined``), placed on the printed lines."""
    if not whole.pieces:
        return labels
    rejoined = {piece[1] for pieces in whole.pieces.values() for piece in pieces}
    placed = [label for label in labels if label.line not in rejoined]
    for label in joined:
        part = _printed(Part(label.value, label.line, label.start, label.end), whole)
        assert part is not None
        if part.end_line is not None and not _goes_on_over_the_cut(label, whole):
            continue
        placed.append(
            replace(
                label, line=part.line, start=part.start, end=part.end, end_line=part.end_line, read_over=True
            )
        )
    return sorted(placed, key=lambda label: (label.line, label.start))


def _goes_on_over_the_cut(label: Labelled, whole: Paragraphs) -> bool:
    """Whether a labelled value read over a cut is one name the page cut, not a name run on into the next
    line's own words: an organisation, a date or a form's field opening the next line ("X服务中心" + "某县农业
    农村局", "X提质" + "2023年3月15日", "人居环境整治" + "年度总体目标") is no rest of it; a unit under the one
    at the line's end ("X局" + "机关服务中心", "X市生态环境局" + "某县分局") is."""
    join = next(offset for offset, _, _ in whole.pieces[label.line] if offset > label.start)
    rest = label.value[join - label.start :]
    if _FIELD_OPENING.match(rest) or rest[:1].isdigit():
        return False
    issuer = leading_place(rest) > 0 and organisation_end(rest) == len(rest) and not rest.endswith(_BRANCHES)
    if label.field in ("unit", "department"):
        return label.value.endswith(vocabulary().organisation_suffixes) and not issuer
    return not issuer


# what opens a form's next field rather than going on with a value: "年度总体目标", "资金来源", "项目负责人"
_FIELD_OPENING = re.compile(
    r"^(?:年度|总体|绩效|资金|项目|实施|主管|联系|负责|预算|填报|评价)[\u4e00-\u9fff]{0,6}?"
    r"(?:目标|来源|负责人|期限|部门|单位|电话|人|类别|属性|情况|日期|机构|金额)"
)
_BRANCHES = ("分局", "分院", "分中心", "分所", "分队", "支队", "大队", "中队")


def _printed_title(title: Title | None, whole: Paragraphs) -> Title | None:
    """``title`` read off rejoined paragraphs, its lines and parts placed on the printed lines."""
    if title is None or not any(line in whole.pieces for line in title.lines):
        return title
    return replace(
        title,
        lines=tuple(
            dict.fromkeys(
                piece[1] for line in title.lines for piece in whole.pieces.get(line, ((0, line, 0),))
            )
        ),
        year=_printed(title.year, whole),
        unit=_printed(title.unit, whole),
        place=_printed(title.place, whole),
        project=_printed(title.project, whole),
    )
