"""Page chrome: the breadcrumbs, metadata blocks, share links, site footers and document-sharing wrappers
around a published report. Chrome lines are marked so that identity and figures are never read off them;
the publisher they name is kept as weak evidence of the unit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.vocabulary import vocabulary

# where a metadata value ends: the next label, a wide gap, a separator or a date
_VALUE = re.compile(r"[^\s|｜•·:：]{2,40}")
_SEPARATORS = re.compile(r"[\s|｜:：]*")
_STOP = re.compile(
    r"发布|责任|生成|成文|文\s*号|浏览|时效|作者|编辑|字号|主题|公开|索引|关键|信息分类|\d{4}[-年/.]\d|分享|打印"
)


@dataclass(frozen=True)
class Meta:
    """A value a page's metadata states, with where it stands."""

    field: str  # "publisher"
    value: str
    line: int
    start: int
    end: int


def is_chrome(text: str, title_like: bool) -> bool:
    """Whether a line is page chrome; a title-like line is chrome only when it opens with a metadata label."""
    found = vocabulary().chrome_line.search(text)
    if found is None:
        return False
    return not title_like or found.start() <= 2


def publishers(lines: Sequence[Line]) -> list[Meta]:
    """Every publisher a metadata label names ("发布机构 X", "信息来源: X", "来源:X")."""
    found: list[Meta] = []
    for line in lines:
        for label in vocabulary().publisher.finditer(line.text):
            value = _VALUE.match(line.text, _SEPARATORS.match(line.text, label.end()).end())  # type: ignore[union-attr]
            if value is None:
                continue
            text = value.group()
            stop = _STOP.search(text)
            if stop is not None:
                text = text[: stop.start()]
            text = re.sub(r"[(（][^()（）]*[)）]?$", "", text)  # "X局(原国土局、城乡规划局)"
            if len(text) >= 2:
                found.append(Meta("publisher", text, line.number, value.start(), value.start() + len(text)))
    return found
