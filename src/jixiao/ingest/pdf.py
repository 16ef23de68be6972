"""PDF with a text layer, read with pdfplumber: text lines top to bottom, each table row as one line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pdfplumber

from jixiao.errors import InputError

_CID = re.compile(r"\(cid:\d+\)")
_CID_SHARE = 0.05


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def _cell_text(text: str) -> str:
    """A cell's lines as one: a cell wraps its text at the column's edge, so a line break between two
    Chinese characters ("某市退役军人" / "事务局") is no space; between other words it is one."""
    joined = ""
    for line in text.split("\n"):
        piece = " ".join(line.split())
        if not piece:
            continue
        if joined and not (_WIDE.match(joined[-1]) and _WIDE.match(piece[0])):
            joined += " "
        joined += piece
    return joined


def _page_lines(page: Any) -> list[str]:
    """Text lines and table rows of one page, in reading order by their top edge."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    text_page = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    items: list[tuple[float, int, str]] = [
        (line["top"], 0, line["text"]) for line in text_page.extract_text_lines(return_chars=False)
    ]
    for table in tables:
        for index, row in enumerate(table.extract()):
            cells = [_cell_text(cell or "") for cell in row]
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
