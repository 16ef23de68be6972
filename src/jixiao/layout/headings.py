"""Numbered headings ("一、", "（二）", "3."): a line that opens a section, not a sentence."""

from __future__ import annotations

import functools
import re

HEADING_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．](?!\d)"
    r"|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]+[部章节])"
)

# the number of a list item ("3.", "(2)", "①"): what follows is one item of a list, not the page's whole
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[、.．)）](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")

# a section's title in 【】 on a line of its own ("【资金投入】", "【食品安全抽检监测】"), as some sites head sections
BRACKETED_TITLE = re.compile(r"\s*【[^【】]{2,16}】\s*")


@functools.lru_cache(maxsize=8192)  # asked of the same lines by the flow, sections and identity
def is_heading(text: str) -> bool:
    """A numbered heading line: numbering, short, and no sentence inside it."""
    stripped = text.strip()
    return (
        bool(HEADING_NUMBER.match(stripped))
        and len(stripped) <= 40
        and "。" not in stripped.rstrip("。")
        and "，" not in stripped
    )
