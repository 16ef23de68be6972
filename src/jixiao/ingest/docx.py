"""Word .docx: paragraphs and tables in document order; a table row stays one line, cells tab-separated."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from jixiao.errors import InputError

_PARAGRAPH = qn("w:p")
_TABLE = qn("w:tbl")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")
_ROW = qn("w:tr")
_CELL = qn("w:tc")
_TEXT = qn("w:t")
_TAB = qn("w:tab")
_BREAK = qn("w:br")


def _paragraph_text(element: Any) -> str:
    parts: list[str] = []
    for node in element.iter(_TEXT, _TAB, _BREAK):
        if node.tag == _TEXT:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _cell_text(cell: Any) -> str:
    paragraphs = (_paragraph_text(p) for p in cell.iter(_PARAGRAPH))
    return " ".join(text.strip() for text in paragraphs if text.strip())


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.iterchildren(_ROW):
        cells = [_cell_text(cell) for cell in row.iterchildren(_CELL)]
        yield "\t".join(cells)


def _blocks(body: Any) -> Iterator[str]:
    for child in body.iterchildren():
        if child.tag == _PARAGRAPH:
            yield from _paragraph_text(child).split("\n")
        elif child.tag == _TABLE:
            yield from _table_rows(child)
        elif child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _blocks(content)


def read_docx(path: Path) -> str:
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError.single(str(path), f"无法读取 Word 文档，文件已损坏或不是 .docx（{error}）") from None
    except Exception as error:  # python-docx and lxml raise several unrelated types for a broken package
        raise InputError.single(
            str(path), f"无法读取 Word 文档，文件已损坏（{type(error).__name__}）"
        ) from None
    return "\n".join(_blocks(document.element.body))
