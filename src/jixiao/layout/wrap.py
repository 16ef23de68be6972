"""Pages wrapped at their width: a PDF's text layer or a hard-wrapped file prints a paragraph over lines cut
where the page ends, not where the writer ended them. Such a line is no title, and a name cut at its end
or at the start of the next is no name."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from jixiao.ingest.document import Line
from jixiao.layout.headings import is_heading
from jixiao.layout.vocabulary import Vocabulary, load_vocabulary, vocabulary

# Runs of characters in the East Asian wide and full-width blocks (CJK, kana, hangul, full-width forms,
# CJK punctuation): removing the few runs is faster than collecting the many wide characters, and faster
# than removing the runs outside them (a negated class costs the engine more per character).
_WIDE_RUN = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]+"
)
FULL = 0.9  # a line this close to the widest is taken as wrapped by the page
_FULL_SHARE = 0.2  # ... when at least this share of the lines are that wide


@functools.lru_cache(maxsize=8192)  # the flow and the layout each measure a page's lines
def width(text: str) -> int:
    """Printed width: a Chinese character (or full-width form) takes two columns, a Latin letter or digit one."""
    text = text.rstrip()
    return 2 * len(text) - len(_WIDE_RUN.sub("", text))


T = TypeVar("T")


def _last_lines(compute: Callable[[Sequence[Line]], T]) -> Callable[[Sequence[Line]], T]:
    """``compute`` kept for the last lines it was asked about: the flow, the layout and the title reader ask
    the same question of one page's lines, in turn."""
    last: list[tuple[Sequence[Line], T]] = []

    @functools.wraps(compute)
    def kept(lines: Sequence[Line]) -> T:
        known = last[0] if last else None
        if known is not None and known[0] is lines:
            return known[1]
        result = compute(lines)
        last[:] = [(lines, result)]
        return result

    return kept


# a field's label opening a line ("单位名称：", "项 目 单 位：", "主管部门（盖章）："), not a lead-in's end ("…如下：")
_LABEL_OPENING = re.compile(
    r"^\s*(?![\u4e00-\u9fff]*如下)(?:[\u4e00-\u9fff] ?){2,8}\s*(?:[(（][^()（）]{1,8}[)）])?\s*[:：]"
)


def _row(text: str) -> bool:
    """Whether a line is a table's row, its cells parted by "|", a tab or a run of spaces: as wide as its cells,
    never cut by the page."""
    return "|" in text or "\t" in text or "  " in text.strip()


@_last_lines
def full_width(lines: Sequence[Line]) -> int | None:
    """The width a page wraps at, when many lines stop there (a PDF's text layer, a hard-wrapped file):
    such a line was cut by the page, not ended by its writer, even when it starts like a heading."""
    widths = [width(line.text) for line in lines if line.text.strip() and not _row(line.text)]
    if len(widths) < 10:
        return None
    widest = max(widths)
    near = sum(1 for w in widths if w >= widest * FULL)
    return widest if near >= 5 and near >= len(widths) * _FULL_SHARE else None


@_last_lines
def page_cuts(lines: Sequence[Line]) -> tuple[dict[int, int], dict[int, int]]:
    """Where the page cut its paragraphs: the lines it cut, each with the column its text ends at, and the
    lines that go on from them, each with the column its text starts at; both empty when the page is not
    wrapped at a width."""
    page = full_width(lines)
    if page is None:
        return {}, {}
    content = [line for line in lines if line.text.strip() and not _row(line.text)]
    # a blank line ends a paragraph, unless the page puts one between all its lines
    numbers = {line.number for line in lines if line.text.strip()}
    spaced = sum(1 for line in content if line.number + 1 not in numbers) * 2 > len(content)
    opens_sentence = vocabulary().not_title_start
    cut: dict[int, int] = {}
    going_on: dict[int, int] = {}
    for line, following in itertools.pairwise(content):
        text = line.text.rstrip()
        if (
            width(text) >= page * FULL
            and text[-1:] not in "。！？!?"
            and (spaced or following.number == line.number + 1)
            # a heading or a labelled field opens a line of its own ("单位名称：X" / "一、基本情况")
            and not is_heading(following.text)
            and not _LABEL_OPENING.match(following.text)
            # a field ends with its line when a sentence opens the next ("单位名称：X局" / "根据《…")
            and not (_LABEL_OPENING.match(text) and opens_sentence.match(following.text))
        ):
            cut[line.number] = len(text)
            going_on[following.number] = len(following.text) - len(following.text.lstrip())
    return cut, going_on


@dataclass(frozen=True)
class Paragraphs:
    """A wrapped page's lines with each paragraph the page cut rejoined: the cut line and the lines going on
    from it become one line, numbered as the first, so a name or a sentence over the cut reads whole.
    ``pieces`` maps a joined line's offsets back to the printed lines (offset, line number, column)."""

    lines: tuple[Line, ...]
    pieces: dict[int, tuple[tuple[int, int, int], ...]]

    def printed(self, number: int, column: int, end: bool = False) -> tuple[int, int]:
        """(line, column) on the printed page of ``column`` of line ``number`` here; an ``end`` column
        (exclusive) stays on the piece it closes."""
        pieces = self.pieces.get(number)
        if pieces is None:
            return number, column
        for offset, line, start in reversed(pieces):
            if column > offset or (column == offset and not end) or offset == 0:
                return line, start + column - offset
        raise AssertionError("column before the line")  # pragma: no cover


_CLAUSE = re.compile(r"[，,。；;：:！？!?]")


def paragraphs(lines: Sequence[Line], chrome: frozenset[int] = frozenset()) -> Paragraphs:
    """``lines`` with the paragraphs the page's width cut rejoined (see ``Paragraphs``); the lines themselves
    when the page is not wrapped. A table's row, a heading and a whole title are never run on; nor is a line
    of chrome, but by its short rest (a breadcrumb's, not the title under it)."""
    cut, going_on = page_cuts(lines)
    if not cut:
        return Paragraphs(tuple(lines), {})
    vocab = vocabulary()
    joined: list[Line] = []
    pieces: dict[int, tuple[tuple[int, int, int], ...]] = {}
    run: list[Line] = []
    current: list[tuple[int, int, int]] = []
    text = ""

    def close() -> None:
        if not run:
            return
        if len(run) == 1:
            joined.extend(run)
            return
        joined.append(Line(run[0].number, text))
        pieces[run[0].number] = tuple(current)

    after = {line.number: following for line, following in itertools.pairwise(lines)}
    for line in lines:
        goes_on = (
            run
            and line.number in going_on
            and line.number not in chrome
            and (run[0].number not in chrome or _rest_of_chrome(line, after.get(line.number), cut, vocab))
            and not is_heading(line.text)
            and not _whole_title(text, vocab)
            # a sentence's end at the page's width, then a title ("…上传文档" / "某县医院X项目支出绩效" / "自评报告")
            and not (
                _CLAUSE.search(text)
                and not _LABEL_OPENING.match(text)
                and _opens_a_title(line, after, cut, vocab)
            )
            # a title ending otherwise ("…（公示）", "…报告书") at the page's width, then the first sentence ("按照《…")
            and not (vocab.not_title_start.match(line.text) and vocab.title.search(text))
        )
        if not line.text.strip() and run:
            continue  # a blank line inside a run stays out of it; page_cuts skipped it too
        if goes_on:
            lead = len(line.text) - len(line.text.lstrip())
            text = text.rstrip()
            current.append((len(text), line.number, lead))
            text += line.text.strip()
            run.append(line)
        else:
            close()
            run, current, text = [line], [(0, line.number, 0)], line.text
        if line.number not in cut:
            close()
            run, current, text = [], [], ""
    close()
    return Paragraphs(tuple(joined), pieces)


# a figure a PDF or a word processor set apart by spaces inside a sentence ("我单位对环境监测站 2021 年度…",
# "共有 24 所"), put back (layout/vocabulary/amounts.yaml figure_units)
@functools.cache
def _spaced_figure() -> re.Pattern[str]:
    units = sorted(load_vocabulary("amounts")["figure_units"], key=len, reverse=True)
    # its digits may be spaced out too ("年初预算 1 8 6 . 4 2 万元": a letter-spaced PDF)
    return re.compile(
        r"(?<=[\u4e00-\u9fff]) (\d(?:[\d.,]| (?=[\d.]))*) (?=" + "|".join(map(re.escape, units)) + "|%)"
    )


# a figure a scan printed letter-spaced right after its words, with no space before it ("年初预算数8 4 2 . 1 6万元",
# "执行率9 8 . 0 2%"): every character set apart by one space, three at least (not two cells, "项目数 2 100.00万元")
@functools.cache
def _letter_spaced_figure() -> re.Pattern[str]:
    units = sorted(load_vocabulary("amounts")["figure_units"], key=len, reverse=True)
    return re.compile(
        r"(?<=[\u4e00-\u9fff:：])\d(?: [\d.]){2,}( ?)(?=" + "|".join(map(re.escape, units)) + "|%)"
    )


# a figure a scan or a PDF broke by one space right after a word, its unit right after it ("年初预算7 2.3万元",
# "执行率9 6%", "执行率99.7 3%"): one figure, as typed (not thousands set apart by a space, "7 895万元": read neither way)
_BROKEN_FIGURE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:\d{1,3}( )(?!\d{3}(?:\.\d+)?(?:万元|亿元|元|%|分))\d[\d.]*|\d{1,3}\.\d( )\d)"
    r"(?=万元|亿元|元|%|分)"
)
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d\d) (?=[\u4e00-\u9fff])")
# a space right after or before a digit, which every figure set apart has: many lines with spaces have none
_SPACE_BY_A_DIGIT = re.compile(r" (?:(?<=\d )|(?=\d))")


def figure_spaces(text: str, opening_year: bool = False) -> frozenset[int]:
    """The positions of the spaces that set figures apart inside ``text``'s sentences: a figure between
    words, before its unit or a date's word, and with ``opening_year`` a year opening the line ("2021 乡镇老放映员
    补助资金绩效自评报告", a title); none in a table's row (a line with its separators, figures side by side,
    a figure between two cells' labels)."""
    if " " not in text or "|" in text or "\t" in text or _SPACE_BY_A_DIGIT.search(text) is None:
        return frozenset()
    found = frozenset(
        p
        for m in _spaced_figure().finditer(text)
        for p in (m.start(), *(m.start(1) + i for i, c in enumerate(m.group(1)) if c == " "), m.end(1))
    ) | {m.start(1) if m.start(1) >= 0 else m.start(2) for m in _BROKEN_FIGURE.finditer(text)}
    found |= {
        m.start() + i
        for m in _letter_spaced_figure().finditer(text)
        for i, c in enumerate(m.group())
        if c == " "
    }
    year = _OPENING_YEAR.match(text) if opening_year else None
    return found | {year.end(1)} if year is not None else found


def without_figure_spaces(whole: Paragraphs) -> Paragraphs:
    """``whole`` with the spaces around figures set apart inside sentences removed, as the writer typed them
    ("环境监测站2021年度百岁宫…"): the sentence and title readers read the words, and ``printed`` still places
    each column on the printed lines. A line with a table's separators is left as it is."""
    lines: list[Line] = []
    pieces = dict(whole.pieces)
    for line in whole.lines:
        text = line.text
        removed = figure_spaces(text, opening_year=True)
        if not removed:
            lines.append(line)
            continue
        # each printed piece of the line, cut again at every removed space, shifted left by the spaces before it
        old = whole.pieces.get(line.number, ((0, line.number, 0),))
        ends = [offset for offset, _, _ in old[1:]] + [len(text)]
        cuts = sorted({*removed, *(r + 1 for r in removed), *(offset for offset, _, _ in old)})
        kept: list[tuple[int, int, int]] = []
        for start in cuts:
            if start in removed or start >= len(text):
                continue
            index = max(i for i, (offset, _, _) in enumerate(old) if offset <= start)
            offset, number, column = old[index]
            if start < ends[index]:
                kept.append((start - sum(1 for r in removed if r < start), number, column + start - offset))
        lines.append(Line(line.number, "".join(c for i, c in enumerate(text) if i not in removed)))
        pieces[line.number] = tuple(kept)
    if len(lines) == len(whole.lines) and all(a is b for a, b in zip(lines, whole.lines, strict=True)):
        return whole  # the same lines: the page's measures (page_cuts, full_width) are kept for them
    return Paragraphs(tuple(lines), pieces)


def _rest_of_chrome(line: Line, following: Line | None, cut: dict[int, int], vocab: Vocabulary) -> bool:
    """Whether a line going on from a chrome line the page cut is its rest: short (cut no further), with no
    year, and no title's piece right above a line with the title's words ("当前位置:…>" / "某局2022年度X资金"
    / "项目支出绩效自评报告")."""
    return (
        line.number not in cut
        and _YEAR.search(line.text) is None
        and (following is None or vocab.title.search(following.text) is None)
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_TITLE_END = re.compile(r"(?:报告|表|自评|评价)\s*$|[(（]\s*20\d\d\s*年度?\s*[)）]\s*$")


def _opens_a_title(line: Line, after: dict[int, Line], cut: dict[int, int], vocab: Vocabulary) -> bool:
    """Whether a line is a title, or its first piece, standing apart: a whole title itself, or a short line with
    no clause right above one ending as a title does ("某县人民医院灾后重建项目支出绩效" / "自评报告"), with a
    heading, a blank line or a new sentence after it ("一、项目基本概况"), not the rest of the sentence
    ("…医疗设备购置项目的绩效自评" / "情况报告如下：")."""
    following = after.get(line.number)
    if _whole_title(line.text.strip(), vocab):
        last = line
    elif (
        line.number not in cut
        and _CLAUSE.search(line.text) is None
        and following is not None
        and _whole_title(line.text.strip() + following.text.strip(), vocab)
    ):
        last = following
    else:
        return False
    beyond = after.get(last.number)
    return (
        beyond is None
        or not beyond.text.strip()
        or is_heading(beyond.text)
        or vocab.not_title_start.match(beyond.text) is not None
        or _LABEL_OPENING.match(beyond.text) is not None
    )


def _whole_title(text: str, vocab: Vocabulary) -> bool:
    """Whether ``text`` reads as a whole title: its words, ending as a title does, and no clause, citation or
    sentence's opening ("…资金绩效自评情况的报告" at the page's width, then "2022年，…")."""
    return (
        vocab.title.search(text) is not None
        and _TITLE_END.search(text) is not None
        and _CLAUSE.search(text) is None
        and "《" not in text
        and vocab.not_title_start.match(text) is None
    )
