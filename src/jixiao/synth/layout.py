"""A rendered report as the plain text portals publish: the same content in the layouts seen in the
wild — tables with ``|`` or tabs between cells, one cell per line, or cells run together; hard-wrapped
lines; aggregator banners; full-width indents; CRLF; GB18030 instead of UTF-8.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from jixiao.render.report_text import Heading, Paragraph, Report, Table

TABLE_STYLES = ("pipe", "tab", "cell-per-line", "spaces", "run-together")
_TABLE_WEIGHTS = (4, 3, 2, 2, 1)
_NUMBER_CHARACTER = re.compile(r"[\d.%]")


@dataclass(frozen=True)
class Layout:
    table_style: str
    indent: bool
    blank_between: bool
    wrap: int | None  # hard-wrap paragraphs at this many characters
    banner: bool
    crlf: bool
    encoding: str

    def describe(self) -> dict[str, object]:
        return {
            "table": self.table_style,
            "indent": self.indent,
            "blank_lines": self.blank_between,
            "wrap": self.wrap,
            "banner": self.banner,
            "crlf": self.crlf,
            "encoding": self.encoding,
        }


def random_layout(rng: random.Random) -> Layout:
    return Layout(
        table_style=rng.choices(TABLE_STYLES, weights=_TABLE_WEIGHTS)[0],
        indent=rng.random() < 0.4,
        blank_between=rng.random() < 0.5,
        wrap=rng.randint(30, 42) if rng.random() < 0.1 else None,
        banner=rng.random() < 0.15,
        crlf=rng.random() < 0.2,
        encoding="gb18030" if rng.random() < 0.1 else "utf-8",
    )


def _wrap(text: str, width: int) -> list[str]:
    """Cut every ``width`` characters as a PDF converter does, but never inside a number."""
    lines: list[str] = []
    while len(text) > width:
        cut = width
        while (
            0 < cut < len(text)
            and _NUMBER_CHARACTER.match(text[cut])
            and _NUMBER_CHARACTER.match(text[cut - 1])
        ):
            cut -= 1
        cut = cut or width
        lines.append(text[:cut])
        text = text[cut:]
    return [*lines, text] if text else lines


def _table(table: Table, style: str) -> list[str]:
    rows = [table.header, *table.rows]
    if style == "pipe":
        return ["| " + " | ".join(row) + " |" for row in rows]
    if style == "tab":
        return ["\t".join(row) for row in rows]
    if style == "spaces":
        return ["  ".join(cell for cell in row if cell) for row in rows]
    if style == "run-together":
        return ["".join(row) for row in rows]
    return [cell for row in rows for cell in row if cell]


def to_text(report: Report, layout: Layout, banner_date: str) -> str:
    lines: list[str] = []
    if layout.banner:
        lines += [
            f"《{report.title}.docx》由会员分享，可在线阅读",
            f"发布时间：{banner_date}  来源：本站整理",
            "",
        ]
    lines.append(report.title)
    if report.subtitle:
        lines.append(report.subtitle)
    lines.append("")
    indent = "\u3000\u3000" if layout.indent else ""
    for block in report.blocks:
        if isinstance(block, Heading):
            lines.append(block.text)
        elif isinstance(block, Paragraph):
            body = _wrap(block.text, layout.wrap) if layout.wrap else [block.text]
            lines += [indent + body[0], *body[1:]]
        else:
            lines += _table(block, layout.table_style)
        if layout.blank_between:
            lines.append("")
    lines += ["", *report.signature]
    newline = "\r\n" if layout.crlf else "\n"
    return newline.join(lines) + newline
