"""HTML pages as portals publish them: block elements become lines, table rows become tab-separated lines."""

from __future__ import annotations

from bs4 import BeautifulSoup
from bs4.element import NavigableString

_DROP = ("script", "style", "noscript", "head", "template")
_BLOCKS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "table", "tbody", "thead", "title", "ul", "ol", "pre", "blockquote", "hr", "center",
)  # fmt: skip


def read_html(text: str) -> str:
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for row in soup.find_all("tr"):
        cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all(("td", "th"))]
        row.replace_with(NavigableString("\n" + "\t".join(cells) + "\n"))
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before(NavigableString("\n"))
        tag.insert_after(NavigableString("\n"))
    lines = (line.replace("\xa0", " ").rstrip() for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line.strip())
