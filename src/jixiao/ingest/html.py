"""HTML pages as portals publish them: block elements become lines, table rows become tab-separated lines."""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import CData, NavigableString, PageElement, Tag

_DROP = frozenset(("script", "style", "noscript", "head", "template"))
_BLOCKS = frozenset((
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "table", "tbody", "thead", "title", "ul", "ol", "pre", "blockquote", "hr", "center",
))  # fmt: skip
_BREAK = "\n"


def _row_line(row: Tag) -> str:
    cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(("td", "th"))]
    return _BREAK + "\t".join(cells) + _BREAK


def _is_text(node: PageElement) -> bool:
    """Text as ``get_text`` counts it: strings and CDATA, not comments, doctypes or declarations."""
    return type(node) in (NavigableString, CData)


def _pieces(soup: BeautifulSoup) -> list[str]:
    """The page's text in document order, a line break around each block and each table row a line.

    One walk over the tree, with an explicit stack (a page may nest deeper than Python recurses): a walk
    that inserted line breaks into the tree instead searched each element's siblings for its own place,
    which made a page with many paragraphs quadratic to read."""
    pieces: list[str] = []
    stack: list[PageElement | str] = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, PageElement):
            pieces.append(node)
        elif isinstance(node, Tag):
            if node.name in _DROP:
                continue
            if node.name == "tr":
                pieces.append(_row_line(node))
                continue
            block = node.name in _BLOCKS
            if block:
                pieces.append(_BREAK)
                stack.append(_BREAK)
            stack.extend(reversed(node.contents))
        elif _is_text(node):
            pieces.append(str(node))
    return pieces


def read_html(text: str) -> str:
    soup = BeautifulSoup(text, "html.parser")
    lines = (line.replace("\xa0", " ").rstrip() for line in "".join(_pieces(soup)).split(_BREAK))
    return "\n".join(line for line in lines if line.strip())
