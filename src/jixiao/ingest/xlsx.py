"""Excel .xlsx (a published 自评表 as a workbook): every sheet's rows as lines, cells tab-separated, as a
Word table is read, so the extractor reads a form the same way whichever office program wrote it.

The workbook is streamed (openpyxl's read-only mode): its cost grows with the cells that hold something,
and a sheet with a hundred thousand filler rows reads in seconds, not minutes. Cached values are read,
not formulas: a form shows its reader the numbers Excel computed.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import openpyxl

from jixiao.errors import InputError

_PLACES = re.compile(r"\.([0#]+)")
_LITERAL = re.compile(r'"([^"]*)"|\\(.)')


def format_affixes(number_format: str) -> tuple[str, str, str]:
    """A number format's quoted text before and after the number, and the format without it:
    '"≥"General"条"' -> ("≥", "General", "条"); a "%" inside quotes is text, not a percentage."""
    first = number_format.split(";")[0]
    pieces = list(_LITERAL.finditer(first))
    if not pieces:
        return "", first, ""
    core = _LITERAL.sub("", first)
    digits = min((first.find(ch) for ch in ("0", "#", "General", "?") if ch in first), default=len(first))
    prefix = "".join(m.group(1) or m.group(2) for m in pieces if m.start() < digits)
    suffix = "".join(m.group(1) or m.group(2) for m in pieces if m.start() > digits)
    return prefix, core, suffix


def cell_text(value: Any, number_format: str) -> str:
    """A cell as the sheet shows it: "95.00%" for a percentage, "565.75" for a "0.00" format, a whole
    number without ".0"; the places come from the cell's number format, rounded half up."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        prefix, core, suffix = format_affixes(number_format)
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        percent = "%" in core
        if percent:
            number *= 100
        places = _decimal_places(core)
        if places is not None:
            number = number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        elif number == number.to_integral_value():
            number = number.quantize(Decimal(1))
        return prefix + format(number, "f") + ("%" if percent else "") + suffix
    return " ".join(str(value).split())


def _decimal_places(number_format: str) -> int | None:
    """The places a number format shows ("0.00" -> 2, "0%" -> 0); None for General."""
    decimals = _PLACES.search(number_format)
    if decimals is not None:
        return len(decimals.group(1))
    return 0 if any(digit in number_format for digit in "0#") else None


def _sheet_lines(sheet: Any) -> Iterator[str]:
    for row in sheet.iter_rows():
        cells = [cell_text(cell.value, getattr(cell, "number_format", "General") or "") for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            yield "\t".join(cells)


def read_xlsx(path: Path) -> str:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError.single(str(path), f"无法读取 Excel 工作簿，文件已损坏（{error}）") from None
    try:
        lines: list[str] = []
        for sheet in book.worksheets:
            lines.extend(_sheet_lines(sheet))
    except Exception as error:  # openpyxl raises several unrelated types for a broken sheet
        raise InputError.single(
            str(path), f"无法读取 Excel 工作簿，文件已损坏（{type(error).__name__}）"
        ) from None
    finally:
        book.close()
    return "\n".join(lines)
