"""PDF with a text layer, read with pdfplumber: text lines top to bottom, each table row as one line.

pdfplumber groups characters into lines; where the spaces go is decided here, per line. A space
character in the PDF is a space. A gap without one is a space only when it is wider than the line's
own letter spacing by a fair part of the font size: a justified Chinese line spreads every character
apart (by 0.25 em on a loose line, more than pdfplumber's fixed 3 pt), and those gaps are no spaces.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any

import pdfplumber
from pdfplumber.utils.text import LIGATURES, chars_to_textmap

from jixiao.errors import InputError

_CID = re.compile(r"\(cid:\d+\)")
_CID_SHARE = 0.05
# Gaps beyond the line's letter spacing, in em. Kerning and rounding stay under 0.1 em, and a word space
# is 0.2 em or more. Between Chinese and Latin script (digits included) typesetters put about a quarter
# em of their own (LibreOffice's autospace, Word's 自动调整中文与西文间距), wider on a justified line: no space
# in the text, as in the .docx; a space character there still counts.
_WORD_GAP = 0.15
_SCRIPT_GAP = 0.4

Box = tuple[float, float, float, float]


def _inside(obj: dict[str, Any], boxes: Sequence[Box]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_DASH = re.compile(r"[-‐‑‒–—]")


def _letter_spacing(chars: Sequence[dict[str, Any]]) -> float:
    """What justification added between the line's characters: the median gap between two Chinese
    neighbours (0 when there are none), so a few compressed or spaced pairs do not set it."""
    gaps = [
        right["x0"] - left["x1"]
        for left, right in pairwise(chars)
        if _WIDE.match(left["text"]) and _WIDE.match(right["text"])
    ]
    return median(gaps) if gaps else 0.0


def _spaced(left: dict[str, Any], right: dict[str, Any], spacing: float) -> bool:
    """Whether the gap between two neighbours without a space character between them is a word space."""
    same_script = bool(_WIDE.match(left["text"])) == bool(_WIDE.match(right["text"]))
    gap = float(right["x0"] - left["x1"]) - spacing
    return gap > (_WORD_GAP if same_script else _SCRIPT_GAP) * float(left["size"])


def _line_text(chars: Sequence[dict[str, Any]]) -> str:
    """One line's characters (left to right, space characters included) as text."""
    spacing = _letter_spacing(chars)
    text = ""
    previous: dict[str, Any] | None = None
    for char in chars:
        if char["text"].isspace():
            text += " " if text and text[-1] != " " else ""
            continue
        if previous is not None and text[-1] != " ":
            text += " " if _spaced(previous, char, spacing) else ""
        text += LIGATURES.get(char["text"], char["text"])
        previous = char
    return text.rstrip()


def _lines(chars: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """The characters' lines as pdfplumber finds them, top edge and text, spaced by ``_line_text``."""
    if not chars:
        return []
    # one word per line, space characters kept: the spacing is decided by _line_text, not by pdfplumber
    textmap = chars_to_textmap(chars, x_tolerance=math.inf, keep_blank_chars=True)
    return [
        (line["top"], _line_text(line["chars"])) for line in textmap.extract_text_lines(return_chars=True)
    ]


def _cell_text(lines: list[tuple[float, str]]) -> str:
    """A cell's lines as one: a cell wraps its text at the column's edge, so a line break next to a
    Chinese character ("某市退役军人" / "事务局", "10" / "号") or after a dash ("12–" / "15") is no
    space; between two Latin words it is one."""
    joined = ""
    for _, line in lines:
        piece = " ".join(line.split())
        if not piece:
            continue
        if joined and not (_WIDE.match(joined[-1]) or _WIDE.match(piece[0]) or _DASH.match(joined[-1])):
            joined += " "
        joined += piece
    return joined


def _row_cells(chars: list[dict[str, Any]], cells: Sequence[Box | None]) -> list[str]:
    """A table row's cells as text; a cell merged into its neighbour (None) is empty."""
    return [
        _cell_text(_lines([char for char in chars if _inside(char, [cell])])) if cell else ""
        for cell in cells
    ]


def _page_lines(page: Any) -> list[str]:
    """Text lines and table rows of one page, in reading order by their top edge."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    chars = page.chars
    items: list[tuple[float, int, str]] = [
        (top, 0, text) for top, text in _lines([char for char in chars if not _inside(char, boxes)])
    ]
    for table in tables:
        for index, row in enumerate(table.rows):
            cells = _row_cells([char for char in chars if _inside(char, [row.bbox])], row.cells)
            if any(cells):
                items.append((table.bbox[1], index, "\t".join(cells)))
    items.sort(key=lambda item: (item[0], item[1]))
    return [text for _, _, text in items]


def _open_error(path: Path, error: Exception) -> InputError:
    inner = error.args[0] if error.args and isinstance(error.args[0], Exception) else error
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return InputError.single(str(path), "PDF 已加密，需要密码才能读取")
    return InputError.single(str(path), f"无法读取 PDF，文件已损坏或不是 PDF（{name}）")


def read_pdf(path: Path) -> str:
    lines: list[str] = []
    has_images = False
    try:
        with pdfplumber.open(str(path)) as pdf:
            for page in pdf.pages:
                lines.extend(_page_lines(page))
                has_images = has_images or bool(page.images)
    except Exception as error:  # pdfminer raises many types for broken or encrypted files
        raise _open_error(path, error) from None
    text = "\n".join(lines)
    problem = text_layer_problem(text, has_images)
    if problem:
        raise InputError.single(str(path), problem)
    return text


def text_layer_problem(text: str, has_images: bool) -> str | None:
    """Why the extracted text is unusable: no text layer (a scan), or glyph ids instead of characters."""
    visible = "".join(text.split())
    if not visible:
        if has_images:
            return "PDF 没有文本层（可能是扫描件），请先做文字识别（OCR）"
        return "PDF 中没有可读的文字"
    cid_chars = sum(len(match) for match in _CID.findall(visible))
    if cid_chars > _CID_SHARE * len(visible):
        return (
            "PDF 的中文字体缺少 Unicode 映射，pdfplumber 只读出 (cid:NNN) 形式的字形编号，无法得到文字；"
            "请向发布方索取可复制文字的版本或先做文字识别（OCR）"
        )
    return None
