"""Page chrome: the breadcrumbs, metadata blocks, share links, site footers and document-sharing wrappers
around a published report. Chrome lines are marked so that identity and figures are never read off them;
the publisher they name is kept as weak evidence of the unit."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.ingest.document import Line
from jixiao.layout.vocabulary import load_vocabulary, vocabulary

# where a metadata value ends: the next label, a wide gap, a separator or a date
_VALUE = re.compile(r"[^\s|｜•·:：【\[]{2,40}")
# a name spread out to the width of its cell, a space between characters: "发布机构: 水 利 局", "湘 阴 县 民 政 局"
SPREAD_OUT = re.compile(r"(?:[\u4e00-\u9fff] ){2,19}[\u4e00-\u9fff](?![\u4e00-\u9fff])")
_SEPARATORS = re.compile(r"[\s|｜:：】\]]*")  # "【发布机构】X局": the label's closing bracket
_STOP = re.compile(
    r"发布|责任|生成|成文|文\s*号|浏览|阅读|访问|点击|时效|作者|编辑|字号|字体|主题|公开|索引|关键|信息分类|\d{4}[-年/.]\d|分享|打印"
)


@dataclass(frozen=True)
class Meta:
    """A value a page's metadata states, with where it stands."""

    field: str  # "publisher"
    value: str
    line: int
    start: int
    end: int


def chrome_start(text: str) -> int | None:
    """Where the vocabulary's chrome_line pattern first matches in ``text`` (None: nowhere), found as its
    search would find it but in a fifth of the time: every line of every report is asked."""
    vocab = vocabulary()
    if vocab.chrome_line_start.match(text) is not None:
        return 0
    found = vocab.chrome_line_inside.search(text)
    return None if found is None else found.start()


# a page's furniture standing alone: its number ("— 2 —", "- 2 -", "—第3页—", "第2页", "第 2 页 共 5 页", "共5页 第2页",
# "Page 2 of 5"), a browser's print header ("2023/5/16 上午10:21 某某网站"), a page's address with its number: a
# sentence cut by a page break runs on over it
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[—–-]\s*(?:第\s*)?\d{1,4}\s*(?:页\s*)?[—–-]"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／、]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，/／、]?\s*第\s*\d{1,4}\s*页"
    r"|[Pp]age\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}"
    r"|20\d\d/\d{1,2}/\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d{2}(?:\s+\S.{0,60})?"
    r"|https?://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?)\s*$"
)


_RUNNING_HEADER = re.compile("|".join(f"(?:{p})" for p in load_vocabulary("chrome")["running_header"]))


@functools.lru_cache(maxsize=8192)  # asked of one page's lines by several readers in turn
def is_page_furniture(text: str) -> bool:
    """Whether a line is a page's number, print header or address standing alone: a sentence or a table
    runs on over it."""
    return _PAGE_NUMBER.match(text) is not None or _RUNNING_HEADER.match(text) is not None


@functools.lru_cache(maxsize=8192)  # asked of one page's lines by several readers in turn
def is_mark(text: str) -> bool:
    """Whether a line is a mark of the page's, not the report's (a draft's "征求意见稿", a sharing site's
    "X.doc_第1页"): chrome, and page furniture a sentence may run on over."""
    vocab = vocabulary()
    return (
        vocab.chrome_mark_start.match(text) is not None or vocab.chrome_mark_inside.search(text) is not None
    )


@functools.lru_cache(maxsize=8192)  # asked of one page's lines by several readers in turn
def is_chrome(text: str) -> bool:
    """Whether a line is page chrome; a title-like line is chrome only when it opens with a metadata label,
    and spam a mirror inserted into a line does not make it chrome."""
    vocab = vocabulary()
    if is_mark(text):
        return True
    start = chrome_start(text)
    if start is not None and vocab.noise.search(text):
        text = vocab.noise.sub("", text)
        start = chrome_start(text)
    if start is None:
        return False
    return start <= 2 or not vocab.title.search(text)


_YEAR = re.compile(r"20\d\d")
_BULLET = re.compile(r"^[\s|｜•·\-\[\]【】:：]*")


def label_only(text: str) -> bool:
    """Whether a chrome line holds a metadata label and nothing else ("  • 发布机构"): its value then
    stands on the next line."""
    found = vocabulary().chrome_line.search(text)
    # (not a widget's label closing a row of metadata: "发表时间:… 字体:[ ] 保护视力色:"; nor a button: "关闭")
    return (
        found is not None
        and not vocabulary().chrome_widget.fullmatch(text)
        and not _BULLET.sub("", text[found.end() :]).strip()
        and not _BULLET.sub("", text[: found.start()]).strip()
    )


_COLUMN_HEADER_LENGTH = 12


def value_lines(lines: Sequence[Line], chrome: frozenset[int]) -> frozenset[int]:
    """The lines that hold the value of a label standing alone on the line before: chrome too, unless the
    line is a report's title (a label such as 主题词 is often left empty above it)."""
    vocab = vocabulary()
    found = set()
    # the next line with text: a page converted with blank lines between its lines has them in between
    content = [line for line in lines if line.text.strip()]
    for index in range(1, len(content)):
        previous, line = content[index - 1], content[index]
        text = line.text.strip()
        following = content[index + 1].text.strip() if index + 1 < len(content) else ""
        if (
            previous.number in chrome
            and label_only(previous.text)
            and 0 < len(text) <= 40
            and "。" not in text
            and not (len(text) >= 10 and vocab.title.search(text))
            # a title's first piece ("某县水利局2023年度中央水利发展资金" / "绩效自评报告"), the label left empty; a
            # title of its own under the value names its year ("发布机构：" / "某县财政局" / "2023年度…自评报告")
            and not (
                len(following) <= 20 and vocab.title.search(text + following) and not _YEAR.search(following)
            )
            # across blank lines, a line right above a title is the title's unit line ("字号：" / "某县卫生健康局" /
            # "2023年度部门整体支出绩效自评报告"), not the empty label's value
            and not (line.number > previous.number + 1 and vocab.title.search(following))
            # a table's column header after a row header cut in two ("资金" / "来源" / "预算数" / "（万元）"), no value
            and not (len(text) <= _COLUMN_HEADER_LENGTH and vocab.any_funds_column.match(text))
        ):
            found.add(line.number)
    return frozenset(found)


_LINK_MARKS = re.compile(r"[。，,；;]")
_LINK_LENGTH = 80
_LINK_NOTE = re.compile(r"[(（][^()（）]{1,30}[)）]\s*$")
_TITLE_LINES = 3  # lines a title is printed over
# a list's bullet or number, a link's date, a file's extension, a shared document's page count ("X报告  11页"),
# a note set apart by a middle dot ("X报告 · 自评等级：优")
_LINK_SHAPE = re.compile(
    r"^[·•]|^\d{1,2}\s+|\s20\d\d[-/.]\d{1,2}[-/.]\d{1,2}$|\.(?:docx?|pdf|wps|xlsx?)$|\s\d{1,4}\s*[页頁]$|\S\s[·•]\s\S"
)


def link_lists(lines: Sequence[Line]) -> frozenset[int]:
    """The page titles a site lists under a heading of links ("猜你喜欢", "最新文章"; chrome.yaml link_list), with the
    heading: each line up to a blank or a line no page's link; the last too, unless it is the report's own title
    printed right under the list: no link's mark on it (a bullet, a number, a date, a file's extension), and the
    report's own text or its publication's metadata right under it, or links marked as such above it and more of
    the page below (a list ending the stored page ends with a link, no report under it)."""
    vocab = vocabulary()
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not vocab.link_list.match(line.text):
            continue
        end = index + 1
        while end < len(lines) and _links_to_a_page(lines[end].text):
            end += 1
        items = [line.text.strip() for line in lines[index + 1 : end]]
        after = lines[end].text if end < len(lines) else ""
        below = [line.text for line in lines[end : end + _TITLE_LINES] if line.text.strip()]
        if (
            items
            and not _LINK_SHAPE.search(items[-1])
            and vocab.title.search(items[-1]) is not None
            # the report's own title printed over lines right below ("X局" / "2021年度X项目" / "绩效自评报告"):
            # the last item is a link too
            and not any(vocab.title.search(text) for text in below)
            and (
                (after.strip() and (not is_chrome(after) or _publication_metadata(after)))
                or (len(items) >= 2 and all(_LINK_SHAPE.search(item) for item in items[:-1]) and bool(below))
            )
        ):
            end -= 1
        found.update(item.number for item in lines[index + 1 : end])
        found.add(line.number)  # the list's heading too: no sentence runs on into "相关文档"
    return frozenset(found)


def _publication_metadata(text: str) -> bool:
    """Whether a line opens with the publication's source or date under an article's title ("发布时间：2024-05-17
    来源：X局"; chrome.yaml publisher and date)."""
    vocab, text = vocabulary(), text.lstrip(" \t|｜")
    return vocab.publisher.match(text) is not None or vocab.publish_date.match(text) is not None


def _links_to_a_page(text: str) -> bool:
    """Whether a line under a list of links is one: short, no sentence, and a page's title, a dated or numbered
    item, a file's name or any item after a bullet."""
    text = text.strip()
    return (
        bool(text)
        and len(text) <= _LINK_LENGTH
        and not _LINK_MARKS.search(
            _LINK_NOTE.sub("", text)
        )  # "X报告（自评得分96.5分，等级优）": a link's note
        and not _publication_metadata(text)
        and (
            _LINK_SHAPE.search(text) is not None
            or _YEAR.search(text) is not None
            or vocabulary().title.search(text) is not None
        )
    )


def publishers(lines: Sequence[Line]) -> list[Meta]:
    """Every publisher a metadata label names ("发布机构 X", "信息来源: X", "来源:X"), on its line or,
    when the label stands alone, on the next."""
    found: list[Meta] = []
    lines = [line for line in lines if line.text.strip()]  # a label's value is on the next line with text
    for index, line in enumerate(lines):
        for label in vocabulary().publisher.finditer(line.text):
            at = _SEPARATORS.match(line.text, label.end()).end()  # type: ignore[union-attr]
            source = line
            if not _BULLET.sub("", line.text[at:]).strip() and index + 1 < len(lines):
                source = lines[index + 1]
                at = len(_BULLET.match(source.text).group())  # type: ignore[union-attr]
            spaced = SPREAD_OUT.match(source.text, at)
            value = spaced or _VALUE.match(source.text, at)
            if value is None:
                continue
            text = value.group().replace(" ", "")
            stop = _STOP.search(text)
            if stop is not None:
                text = text[: stop.start()]
            text = re.sub(r"[(（][^()（）]*[)）]?$", "", text)  # "X局(原国土局、城乡规划局)"
            if len(text) >= 2:
                # spread out, each character but the last is followed by its space
                end = value.start() + (2 * len(text) - 1 if spaced else len(text))
                found.append(Meta("publisher", text, source.number, value.start(), end))
    return found
