"""Cells: a page's lines cut at the separators a flattened table leaves ("|", tabs, wide gaps, bullets),
each cell keeping its line and columns. A 自评表 printed one cell per line becomes the same stream of
cells as one printed row by row, so the readers of labelled cells and of the funds block need not care."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from jixiao.ingest.document import Line

# the look-ahead names what a separator starts with, so the engine skips other characters at once
_SEPARATOR = re.compile(r"(?=[\s|｜])(?:\t|\s*[|｜]\s*|\s{2,})")


def has_cell_gap(text: str) -> bool:
    """Whether a line's text sets cells apart (a tab, a bar, a run of spaces): a table's row, no sentence."""
    return _SEPARATOR.search(text) is not None


class Cell(NamedTuple):
    """A named tuple, not a frozen dataclass: a report is cut into some 250 cells, and a frozen
    dataclass takes three times as long to build."""

    text: str
    line: int
    start: int
    end: int
    # the empty cells between this one and the one before it on its line ("上年结转资金 | | 586,700.00"): a row
    # whose blank cell holds a column tells which column each of its figures stands in
    blanks_before: int = 0


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
    if len(cells) >= 3:
        cells[:1] = _name_and_figure(cells[0])
    return cells


# a row's first cell holding a name and its figure one space apart: a name as wide as its column left no room for the
# padding ("广播电视村村通户户通维护　265.00　　　238.62"; not a remark ending in a figure, "详见附表 1")
_NAME_AND_FIGURE = re.compile(
    r"(?P<name>[\u4e00-\u9fff（）()]{2,}?)[ \u3000](?P<figure>\d[\d,]*(?:\.\d+)?%?)"
)


def _name_and_figure(cell: Cell) -> tuple[Cell, ...]:
    found = _NAME_AND_FIGURE.fullmatch(cell.text)
    if found is None:
        return (cell,)
    return (
        cell._replace(text=found.group("name"), end=cell.start + found.end("name")),
        Cell(found.group("figure"), cell.line, cell.start + found.start("figure"), cell.end),
    )


def line_cells(line: Line) -> list[Cell]:
    """The non-empty cells of one line."""
    return list(_line_cells(line))


@lru_cache(maxsize=4096)
def _line_cells(line: Line) -> tuple[Cell, ...]:
    """Kept per line: the readers of labelled cells, of the funds block and of the form each cut the same
    lines, some 250 cuts a report."""
    text = line.text
    if "|" not in text and "｜" not in text and "\t" not in text and "  " not in text:
        stripped = text.strip()  # the common line: one cell
        if not stripped:
            return ()
        start = text.index(stripped)
        return (Cell(stripped, line.number, start, start + len(stripped)),)
    kept: list[Cell] = []
    blanks = 0
    for cell in split_cells(line):
        if not cell.text:
            blanks += 1
        else:
            kept.append(cell._replace(blanks_before=blanks) if blanks and kept else cell)
            blanks = 0
    return tuple(kept)


def cell_stream(lines: Iterable[Line], skip: frozenset[int] = frozenset()) -> list[Cell]:
    """The cells of every line not in ``skip`` (chrome), in reading order."""
    return [cell for line in lines if line.number not in skip for cell in line_cells(line)]


_WORD = re.compile(r"\S+")
# (an amount may carry its unit: "年度资金总额:  420.5万元 420.5万元 100%")
_FIGURE_PIECE = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:%|万元|元|万)?|[-—－/]")
_ROW_LABEL_MAX = 10  # "基本支出", "合计", "支出类别": the row's or the header's first cell
_HEADER_LABEL_MAX = 20  # ... a header's with its unit and points noted ("预算执行情况(万元)(20分)")
_HEADER_WORDS = 3  # header words after a first cell that long
_ONE_LETTER = re.compile(r"[\u4e00-\u9fff]")
_NOTED_FIGURES = 3  # figures a row has before a note that ends it


def table_cells(line: Line, is_header: Callable[[str], bool]) -> list[Cell]:
    """The cells of a line, a table's row printed with single spaces between its cells cut there too: a label
    and figures, or figures only ("合计 1,186.42 1,302.15 1,268.73 97.43%"), or a first cell and header words only
    ("项目 年初预算 调整预算 实际支出 执行率", ``is_header`` telling them). Prose is never cut so."""
    cells = [piece for cell in line_cells(line) for piece in _glued_figures(cell)]
    # "年度资金总额 | 年度资金总额 | 1,210 | …": a row's merged label cell a web copy prints once for each column it spans
    # (not two columns' headers alike, "项目 | 全年 | 全年 | 执行率" over "预算数 | 预算数 | 执行数")
    if len(cells) > 2 and cells[0].text == cells[1].text and _merged_label(cells[0].text, is_header):
        cells = cells[1:]
    if len(cells) > 1:
        # "总分      100 98.6": a cell of figures set apart by single spaces is as many cells, and so is a row's label
        # with its figures ("资金总额: 60.00 75.00 72.60 10.00  96.8 9.68": two spaces once between two columns)
        # (a row ruled with "|" or tabs sets its cells apart so: a space inside one is the figure's own, "| 1 036.42 |")
        ruled = _RULED.search(line.text) is not None
        return [
            piece for cell in cells for piece in (_figure_pieces(cell, ruled) if " " in cell.text else [cell])
        ]
    if not cells or " " not in cells[0].text:
        return cells
    words = [(word.start(), word.end()) for word in _WORD.finditer(line.text)]
    # "合 计 5649.80 5388.28 97.37": a label spaced out letter by letter is one word
    spaced = 0
    while spaced < len(words) and _ONE_LETTER.fullmatch(line.text[slice(*words[spaced])]):
        spaced += 1
    if spaced >= 2:
        words = [(words[0][0], words[spaced - 1][1]), *words[spaced:]]
    if (
        len(words) >= 2
        and line.text[slice(*words[0])] == line.text[slice(*words[1])]
        and _merged_label(line.text[slice(*words[0])], is_header)
    ):
        words = words[1:]  # "年度资金总额 年度资金总额 2,150,000.00 …": so, with single spaces
    if len(words) < 3:
        return cells
    if words[0][1] - words[0][0] > _HEADER_LABEL_MAX:
        return _table_run_together(line, words, is_header) or cells
    first = line.text[slice(*words[0])]
    rest = [line.text[slice(*word)] for word in words[1:]]
    if len(rest) >= 3 and _BARE_UNIT_NOTE.fullmatch(first) and not _FIGURE_PIECE.fullmatch(rest[0]):
        # "(万元) 年度资金总额 300 360 351.84 …": the unit of a merged label cell ("项目资金 / (万元)") the copy prints
        # before the row's own label; the row is read from that label
        first, rest = rest[0], rest[1:]
    figures = (
        len(first) <= _ROW_LABEL_MAX
        and (
            all(_FIGURE_PIECE.fullmatch(word) for word in rest)
            # (with a note after its figures: "合计 860.5 1127.38 1098.64 97.45% 追加商贸流通经费", the reason's column)
            or (
                len(rest) > _NOTED_FIGURES
                and all(_FIGURE_PIECE.fullmatch(word) for word in rest[:-1])
                and _ONE_LETTER.match(rest[-1]) is not None
            )
        )
    )
    # (a row whose label cell the flattening left out, "256.30 256.30 250.12 97.59% 10 9.76", is figures only;
    # a header's first cell may note the unit and points, "预算执行情况(万元)(20分) 预算数(A) 执行数(B) 执行率(B/A)";
    # its last column's header may be one the reader does not know, or cut over two lines, "… 执行率 未支出" /
    # "… (%) 金额(万元)")
    known = [is_header(word) for word in rest]
    headers = (
        (
            all(known)
            or (sum(known) >= _HEADER_WORDS and all(known[:-1]) and len(rest[-1]) <= _ROW_LABEL_MAX)
            # (two row header cells before them: "资金情况 资金来源 项目总投资 以前年度已拨付 本年度预算数 …"; not a figures'
            # column's header the reader does not know, "资金来源 总投资 年初预算数 …", whose figures would shift)
            or (
                sum(known) >= _HEADER_WORDS
                and all(known[1:])
                and ROW_HEADER_WORD.fullmatch(rest[0]) is not None
            )
        )
        and (len(first) <= _ROW_LABEL_MAX or len(rest) >= _HEADER_WORDS)
    )
    # "(元) (元) (元) 率(%)": the units' line of a header cut over two lines, each word one column's note
    notes = all(_UNIT_NOTE.fullmatch(word) for word in (first, *rest))
    if figures or headers or notes:
        return [Cell(line.text[start:end], line.number, start, end) for start, end in words]
    return _table_run_together(line, words, is_header) or cells


# a table's row header, the first cell of its header row: what its rows are ("资金来源 | 预算数 | 实际支出数")
ROW_HEADER_WORD = re.compile(
    r"资金来源|资金结构|资金性质|资金名称|来源|项目(?:名称)?|支出内容|支出项目|内容|科目|类别|名称"
)


def _merged_label(text: str, is_header: Callable[[str], bool]) -> bool:
    """Whether a cell printed twice at a row's start is a merged label's ("年度资金总额"), not two columns' figures, headers
    or unit notes alike ("256.30 256.30", "预算数 预算数", "（元） （元）")."""
    return len(_ONE_LETTER.findall(_BRACKETED.sub("", text))) >= 2 and not is_header(text)


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _table_run_together(
    line: Line, words: list[tuple[int, int]], is_header: Callable[[str], bool]
) -> list[Cell] | None:
    """The cells of a whole table printed on one line with single spaces, after a caption or not ("表1 …情况表 单位:万元
    资金来源 年初预算数 调整后预算数 实际支出 执行率 合计 298640 312475.6 291837.4 93.40% 中央资金 176320 …"): the row
    header's word and the column headers, then rows of a label and as many figures as there are columns (a last row
    the page's end cut short left out), then the prose after it as one cell. None when the line is no such table."""
    # (the row header's word run on after a sentence, "…由采购办按程序办理。预算执行情况(万元) 预算数(A) …": the sentence
    # is a word of its own)
    words = [piece for word in words for piece in _after_a_sentence(line.text, word)]
    texts = [line.text[start:end] for start, end in words]
    known = [is_header(text) for text in texts]
    for first in range(len(texts) - _HEADER_WORDS):
        count = 0
        while first + 1 + count < len(texts) and known[first + 1 + count]:
            count += 1
        if count < _HEADER_WORDS or len(texts[first]) > _ROW_LABEL_MAX or known[first]:
            continue
        at, rows, rest = first + 1 + count, 0, None
        while at < len(texts):
            label = texts[at]
            figures = 0
            while at + 1 + figures < len(texts) and _FIGURE_PIECE.fullmatch(texts[at + 1 + figures]):
                figures += 1
            if rows and (len(label) > _ROW_LABEL_MAX or not figures):
                rest = at  # prose after the table ("…97.08% 年终结转结余54.16万元,…"): a cell of its own
                break
            if figures != count and rows and at + 1 + figures == len(texts):
                break  # the last row cut short where the page ends: the rows before it stand, it is left out
            if figures != count or len(label) > _ROW_LABEL_MAX or _FIGURE_PIECE.fullmatch(label):
                return None  # a row of another width (a blank cell), or no row at all
            at, rows = at + 1 + figures, rows + 1
        if rows == 0:
            return None
        return [
            *([_span(line, words[0][0], words[first - 1][1])] if first else []),
            *(Cell(t, line.number, a, b) for t, (a, b) in zip(texts[first:at], words[first:at], strict=True)),
            *([_span(line, words[rest][0], words[-1][1])] if rest is not None else []),
        ]
    return None


def _after_a_sentence(text: str, word: tuple[int, int]) -> list[tuple[int, int]]:
    """A word cut after the last sentence it holds, when what follows is as short as a row header's word."""
    start, end = word
    stop = max(text.rfind(mark, start, end) for mark in "。；;")
    if stop < 0 or not 0 < end - stop - 1 <= _ROW_LABEL_MAX:
        return [word]
    return [(start, stop + 1), (stop + 1, end)]


def _span(line: Line, start: int, end: int) -> Cell:
    return Cell(line.text[start:end], line.number, start, end)


_UNIT_NOTE = re.compile(r"[\u4e00-\u9fff]{0,4}[(（]\s*(?:亿元|万元|元|%|％)\s*[)）]")
_BARE_UNIT_NOTE = re.compile(r"[(（]\s*(?:亿元|万元|元)\s*[)）]")


# figures run together, each closed by its unit ("年度资金总额:45.60万元45.60万元43.32万元95%"): three at least, the
# units setting them apart as the spaces would
_GLUED_FIGURES = re.compile(
    r"(?:(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元)){2,}(?:\d+(?:\.\d+)?[%％]|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元))"
)
_GLUED_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元|[%％])")


def _glued_figures(cell: Cell) -> list[Cell]:
    """A cell whose figures a flattening ran together, each closed by its unit, cut into the text before them, each
    figure, and the text after them."""
    if "元" not in cell.text:
        return [cell]  # (a cheap test first: most cells hold no amount)
    found = _GLUED_FIGURES.search(cell.text)
    if found is None:
        return [cell]
    pieces = [(m.start(), m.end()) for m in _GLUED_FIGURE.finditer(cell.text, found.start(), found.end())]
    spans = [
        *([(0, found.start())] if cell.text[: found.start()].strip() else []),
        *pieces,
        *([(found.end(), len(cell.text))] if cell.text[found.end() :].strip() else []),
    ]
    return [
        Cell(cell.text[a:b], cell.line, cell.start + a, cell.start + b, cell.blanks_before if n == 0 else 0)
        for n, (a, b) in enumerate(spans)
    ]


_RULED = re.compile(r"[|｜\t]")
# a cell holding one amount whose thousands a scan or a PDF set apart by spaces ("| 1 036.42 |"): one figure (with
# its decimals: "100 100" may be two cells' figures a row set apart by one space)
_SPACE_GROUPED_CELL = re.compile(r"\s*\d{1,3}(?: \d{3})+\.\d+\s*(?:万元?|元)?\s*")


def _figure_pieces(cell: Cell, ruled: bool = False) -> list[Cell]:
    if ruled and _SPACE_GROUPED_CELL.fullmatch(cell.text):
        return [cell]
    words = list(_WORD.finditer(cell.text))
    labelled = len(words) >= 3 and len(words[0].group()) <= _ROW_LABEL_MAX
    if not all(_FIGURE_PIECE.fullmatch(word.group()) for word in words[1 if labelled else 0 :]):
        return [cell]
    return [
        Cell(
            word.group(),
            cell.line,
            cell.start + word.start(),
            cell.start + word.end(),
            cell.blanks_before if n == 0 else 0,
        )
        for n, word in enumerate(words)
    ]


def table_stream(
    lines: Iterable[Line], is_header: Callable[[str], bool], skip: frozenset[int] = frozenset()
) -> list[Cell]:
    """As ``cell_stream``, with the rows and headers printed with single spaces cut into their cells."""
    return [cell for line in lines if line.number not in skip for cell in table_cells(line, is_header)]
