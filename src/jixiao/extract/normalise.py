"""Normalisation that never moves a character: every span found in normalised text is a span of the original.

Full-width digits, letters and ASCII punctuation become half-width one for one, OCR's letters for
digits in a number before a unit (``IO0%``, ``23O.85万元``) are mended in place, and sentences that a
PDF or a careless editor broke across lines are joined into one flow text whose every position maps
back to (line, column).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jixiao.ingest.document import Line
from jixiao.layout.chrome import is_mark, is_page_furniture
from jixiao.layout.funds import column_key
from jixiao.layout.headings import BRACKETED_TITLE, HEADING_NUMBER, is_heading
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.layout.wrap import FULL, figure_spaces, full_width, width

# Full-width ASCII (！ to ～) to half-width, except the Chinese sentence punctuation that clause
# splitting relies on (，：；！？ stay as written).
_KEEP = set("，：；！？")
_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP}
_TABLE.update({0x3000: 0x20, 0xA0: 0x20, ord("﹪"): ord("%"), ord("∶"): ord("："), ord("〜"): ord("~")})
# a table drawn with box-drawing characters ("│资金执行率│100%│94.97%│") separates its cells as "|" does
_TABLE.update({ord(bar): ord("|") for bar in "│┃║"})

_NEEDS_TRANSLATION = re.compile("[" + "".join(re.escape(chr(code)) for code in _TABLE) + "]")
# a number with OCR's letter-for-digit slips (I, l for 1; O for 0) right before a unit: "IO0%", "23O.85万元", "2O23年"
_OCR_NUMBER = re.compile(
    r"(?<![A-Za-z])(?=[\dIlO.,]*\d)(?=[\dIlO.,]*[IlO])[\dIlO]{1,3}(?:,[\dIlO]{3})*[\dIlO]*(?:\.[\dIlO]+)?"
    r"(?=\s?(?:%|万元|亿元|元|年|月|日|分))"  # (a date's too: "截至2018年l2月31日")
)
_OCR_DIGITS = str.maketrans("IlO", "110")
# ... or a table's cell of its own, a figure with decimals or thousands ("l250.00", "1,O86.4O", "86O.OO" between spaces,
# bars or the line's ends): two digits at least, never a word ("IOI", "OK")
_OCR_CELL = re.compile(
    r"(?:(?<=[\s|｜])|^)(?=(?:[IlO.,]*\d){2})(?=[\d.,]*[IlO])[\dIlO]{1,3}(?:,[\dIlO]{3})*[\dIlO]*\.[\dIlO]{1,4}"
    r"(?=[\s|｜%]|$)"
    r"|(?:(?<=[\s|｜])|^)(?=(?:[IlO,]*\d){2})(?=[\d,]*[IlO])[\dIlO]{1,3}(?:,[\dIlO]{3})+(?=[\s|｜%]|$)",
    re.M,
)
# a letter for a digit touching a figure: only then are these searches worth making
_OCR_HINT = re.compile(r"[\d.,][IlO]|[IlO][\d.,%]")
# a decimal point typed as 、 between a figure and its two decimals right before a unit ("167、00萬元")
# thousands set apart by a full-width comma in an amount ("1，148.5万元", "2，310万元"; not "分别为95，100分", nor a list
# "95，100，120万元"); an amount in 元 may hold several ("1，186，600元"), a list of 元 amounts that small being rare
_WIDE_THOUSANDS = re.compile(
    r"(?<![\d.,，])\d{1,3}(?:，\d{3}(?=(?:\.\d+)?\s*(?:万元|亿元|元))|(?:，\d{3}){2,}(?=(?:\.\d+)?\s*元))"
)
# thousands a scan set apart by a comma and a space, in an amount with decimals ("1, 286.50万元", "3, 860, 000. 00元";
# not a list "12.5, 286.50"): the spaces go before the figure, which keeps its length
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,，])\d{1,3}(?:, ?\d{3})*, \d{3}(?:, ?\d{3})*\. ?\d{1,2}(?=\s*(?:万元|亿元|元))"
    r"|(?<![\d.,，])\d{1,3}(?:,\d{3})+\. \d{1,2}(?=\s*(?:万元|亿元|元))"
    # a space for the thousands mark ("全年预算数1 052.36万元"): a figure right after its words and right before its
    # unit, with its decimals (not two cells of a table, "项目数 2 100.00万元")
    r"|(?<=[\u4e00-\u9fff:：])\d{1,3}(?: \d{3})+(?:\.\d{1,6})?(?=(?:万元|亿元|元))"
)
# a table's two-character row label spread over its cell ("合  计   1,082.40", "总 分 100 78"): one word, its spaces
# after it
# (总 分 not in a line spread out character by character: "评 价 总 分 100 分")
_SPREAD_LABEL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:([合总小])([ \u3000]+)(计)|(?<![\u4e00-\u9fff][ \u3000])(总)([ \u3000]+)(分))"
    r"(?![\u4e00-\u9fff])"
)
# the rate's word a PDF's text broke with a space ("预算执 行率96.5%"): one word, its spaces after it
_BROKEN_RATE_WORD = re.compile(r"执 +行率|执行 +率")
# a decimal point a scan read as a middle dot ("205·3万元", "98·09%")
_DOT_POINT = re.compile(r"(?<=\d)·(?=\d)")
_COMMA_POINT = re.compile(r"(?<=\d)、(?=\d{2}\s?(?:万元|萬元|亿元|億元|元|%))")
# a decimal point a scan read as a full stop, its decimals right before an amount's or a rate's unit ("688。30万元",
# "97。98%"; a score "91。6分" stays unsure, see extract.scores)
# (not in a figure whose digits a scan also set apart or misread: "l 256。8O 万元" stays unread)
_STOP_POINT = re.compile(r"(?<![\dA-Za-z] )(?<![\dA-Za-z])(\d+)。(?=\d{1,2}\s?(?:万元|萬元|亿元|億元|元|%))")
_STOP_POINT_HINT = re.compile(r"\d。\d")  # screened in compiled code: most lines' stops end sentences

# Characters seen only in traditional script in the corpus's mirrors: a cheap screen before conversion.
_MAYBE_TRADITIONAL = re.compile(
    "[體項資績評報單門機構發財預執實際數總額調後級優結論區縣鎮鄉廳會員辦處館專補貼經費轉標準萬億衛農業務醫學職術廣電關於與為們這個來說對時現從當進過還點開長問題運動種將應該頭覺經歷]"
)

# a year in Chinese numerals ("二〇二二年度", "二零二一年", "一九九八年"), digit for digit: the same length as typed;
# not a date's ("二〇一九年七月十五日", read as dates are)
_CN_YEAR = re.compile(
    r"(?<![一二三四五六七八九十〇○零])(?:二[〇○零]|一九)[〇○零一二三四五六七八九]{2}"
    r"(?=\s*年(?!\s*[\d一二三四五六七八九十]{1,3}\s*月))"
)
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")

_TERMINAL = set("。！？；;!?…:：")
_SENTENCE_END = set("。！？!?…")
_ROW = re.compile(r"\S\s*[|｜\t]\s*\S")  # a table row printed with cell separators is never a sentence
_CLAUSE_MARK = re.compile(r"[，,。；;：:、！？!?]")
# a line holding one figure alone: a table's cell (分值 "24.00", 得分 "22"), never a sentence's cut-off part
_FIGURE_CELL = re.compile(r"^\s*\d+(?:\.\d+)?%?\s*$")
# the figure under a label ending its line with its colon ("全年预算数为：" / "742.6万元")
_LABELLED_FIGURE = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?\s*(?:%|万元|元|亿元|分)?\s*$")
_ROW_NAME_MAX = 20  # a row's name cell before its figures ("补助发放人数" / "22.00")


def _spread_label_closed(found: re.Match[str]) -> str:
    first, spaces, last = found.group(1, 2, 3) if found.group(1) else found.group(4, 5, 6)
    return first + last + spaces


def _spaces_before(found: re.Match[str]) -> str:
    figure = found.group()
    joined = figure.replace(" ", "")
    return " " * (len(figure) - len(joined)) + joined


_OCR_WORDS: dict[str, str] = load_vocabulary("ocr")["words"]
assert all(len(slip) == len(word) for slip, word in _OCR_WORDS.items())  # mended in place
_OCR_WORD = re.compile("|".join(map(re.escape, _OCR_WORDS)))
# the characters only a slip holds (箅, 兀, 白, 吿), to skip the lines that hold none
_OCR_CHARACTERS = re.compile(
    "["
    + "".join(
        sorted({c for slip, word in _OCR_WORDS.items() for c, w in zip(slip, word, strict=True) if c != w})
    )
    + "]"
)


def normalise(text: str) -> str:
    """Half-width digits and punctuation, mended OCR digits, words and decimal points; same length as ``text``."""
    if _NEEDS_TRANSLATION.search(text):
        text = text.translate(_TABLE)
    if _OCR_CHARACTERS.search(text):
        text = _OCR_WORD.sub(lambda m: _OCR_WORDS[m.group()], text)
    if ("I" in text or "O" in text or "l" in text) and _OCR_HINT.search(text):
        text = _OCR_NUMBER.sub(lambda m: m.group().translate(_OCR_DIGITS), text)
        text = _OCR_CELL.sub(lambda m: m.group().translate(_OCR_DIGITS), text)
    if "、" in text:
        text = _COMMA_POINT.sub(".", text)
    if "·" in text:
        text = _DOT_POINT.sub(".", text)
    if "。" in text and _STOP_POINT_HINT.search(text):
        text = _STOP_POINT.sub(r"\1.", text)
    if "，" in text and "元" in text:
        text = _WIDE_THOUSANDS.sub(lambda m: m.group().replace("，", ","), text)
    if (", " in text or ". " in text or " " in text) and "元" in text:
        text = _SPACED_THOUSANDS.sub(_spaces_before, text)
    if " 计" in text or "\u3000计" in text or " 分" in text or "\u3000分" in text:
        text = _SPREAD_LABEL.sub(_spread_label_closed, text)
    if "执 " in text or "行 率" in text:
        text = _BROKEN_RATE_WORD.sub(lambda m: "执行率" + " " * (len(m.group()) - 3), text)
    if "年" in text and ("〇" in text or "○" in text or "零" in text or "一九" in text):
        text = _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)
    return text


@dataclass(frozen=True)
class Flow:
    """Lines joined into paragraphs (one per ``\\n``), with a map from flow offsets back to lines."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]

    def locate(self, offset: int) -> tuple[int, int]:
        """(line number, column) of a flow offset."""
        index = bisect_right(self.starts, offset) - 1
        return self.lines[index], self.columns[index] + offset - self.starts[index]

    def offset(self, line: int, column: int) -> int | None:
        """The flow offset of ``column`` of printed line ``line`` (the inverse of ``locate``), None when the
        line is not in the flow."""
        found = None
        for index in range(bisect_left(self.lines, line), bisect_right(self.lines, line)):
            if self.columns[index] <= column:
                found = self.starts[index] + column - self.columns[index]
        return found

    def locate_end(self, offset: int) -> tuple[int, int]:
        """(line number, exclusive end column) of a span ending at ``offset``."""
        line, column = self.locate(max(offset - 1, 0))
        return line, column + 1


_VALUE_LABELS = frozenset({"initial", "adjusted", "executed", "rate"})
_VALUE_LABEL_MAX = 14  # "预算执行率", "执行数（万元）"


def _value_label(text: str) -> bool:
    """Whether a line is a budget's, a spending's or a rate's label cell alone ("调整后预算数", "执行数（万元）")."""
    return len(text) <= _VALUE_LABEL_MAX and column_key(text) in _VALUE_LABELS


def _is_row(text: str) -> bool:
    # the separator test first: a plain line, the common case, never reaches the slower pattern
    return ("|" in text or "｜" in text or "\t" in text) and _ROW.search(text) is not None


def _joins(previous: str, following: str, wrapped: bool = False) -> bool:
    """Whether ``following`` continues the sentence ``previous`` was cut in; ``wrapped`` when ``previous``
    fills the page width."""
    tail = previous.rstrip()
    head = following.strip()
    if not tail or not head or following.startswith("\t") or _is_row(tail) or _is_row(head):
        return False
    if "    " in tail and _LABELLED_LAST_CELL.search(tail) and _WIDE_GAP.search(head):
        return False  # "名称：X局      自评总分：94.06" over "年度预算情况      年初预算数 …": a labelled cell ends its row
    if "    " in tail and _FIGURE_LAST_CELL.search(tail):
        return False  # "投入(20分)        得分18.5": a figure's cell set apart by a wide gap ends its row
    if _SCORED_ROW.fullmatch(tail) and _SCORED_ROW_OPENING.match(head):
        # "投入(15分)：得14分" over "过程(35分)：得31分" or "合计得分91分": a list of parts' scores
        return False
    if (tail.endswith("】") and BRACKETED_TITLE.fullmatch(tail) and not head[0].isdigit()) or (
        head.endswith("】") and BRACKETED_TITLE.fullmatch(head)
    ):
        # "【资金投入】" over "项目年初安排560万元，…": a section's title in 【】 on a line of its own (not a label in 【】
        # over its figure, "【年初预算】" / "560.00万元")
        return False
    if wrapped:  # only a full stop ends a paragraph at the page edge; "；" and "：" run on
        return tail[-1] not in _SENTENCE_END and not is_heading(head)
    if tail[-1] in _TERMINAL:
        return False
    if tail.endswith("指") and head.startswith("标"):
        return True  # "满意度指" / "标（10分）得9分": a cell wrapped inside the word 指标, however short its first half
    if len(tail.strip()) < 6 or is_heading(tail) or _ends_as_title(tail):
        return False
    return not HEADING_NUMBER.match(head) and not _NOTE_OPENING.match(head)


_WIDE_GAP = re.compile(r"\S {4,}\S")
_LABELLED_LAST_CELL = re.compile(r"\S {4,}[^\s:：]{2,12}[:：]\s*\d[\d.]*$")
# a line that is one part's name, its points and its score, nothing else ("投入(15分)：得14分")
_SCORED_ROW = re.compile(
    r"\s*[\u4e00-\u9fff、]{2,12}\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*[:：，,]?\s*(?:实际)?得分?\s*[:：]?\s*"
    r"\d+(?:\.\d+)?\s*分?\s*[;；]?"
)
# a part's name and its points opening a line, or the total's labelled score ("合计得分91分")
_SCORED_ROW_OPENING = re.compile(
    r"[\u4e00-\u9fff、]{2,12}\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]|(?:合计|总计|综合|总)得分"
)
_FIGURE_LAST_CELL = re.compile(r"\S {4,}[^\s\d]{0,8}\d[\d.,]*\s*(?:分|%|万元|元)?$")
# a note under a table opens with its label ("说明：自评得分90（含）-100分为优…", "注：…"): no sentence goes on into it
_NOTE_OPENING = re.compile(r"(?:注|说明|备注|填表说明|附注)\s*[:：]")


def _opens_row(lines: tuple[Line, ...], index: int) -> bool:
    """Whether line ``index`` is a cell of a table printed one cell per line: a figure alone, or a short name
    without clause marks right above one ("补助发放人数" / "22.00"). The line before it, however it ends
    ("…得满分24分"), is the previous row's last cell, not a sentence this line continues."""
    text = lines[index].text
    if len(text) > _ROW_NAME_MAX and len(text.strip()) > _ROW_NAME_MAX:
        return False  # most lines: longer than any cell of such a table
    if _FIGURE_CELL.match(text):
        return True
    if _CLAUSE_MARK.search(text):
        return False
    following = next((line.text for line in lines[index + 1 :] if line.text.strip()), "")
    return _FIGURE_CELL.match(following) is not None and not is_page_furniture(following)


def _ends_as_title(line: str) -> bool:
    """Whether a line ends as a report's title does ("…绩效自评报告"): the body starts on the next line."""
    return line.rstrip().endswith(vocabulary().title_words)


def normalise_lines(lines: Iterable[Line]) -> tuple[Line, ...]:
    """Each line normalised once (traditional characters read as simplified, see ``simplified``); every
    later step reads these, and cites columns of the original."""
    lines = tuple(lines)
    texts = [normalise(text) for text in simplified([line.text for line in lines])]
    if _printed_twice(texts):
        texts = [_DOUBLED.sub(_once, text) for text in texts]
    return tuple(
        line if text == line.text else Line(line.number, text)
        for line, text in zip(lines, texts, strict=True)
    )


# A mirror's text layer that prints every figure twice over ("申报金额 7070 万元", "支出 41.8541.85 万元",
# "91.67%91.67%"): told by figures with decimals doubled right before their unit, which a table's equal columns
# run together ("敬老院131.58131.58滨海镇…") are not; then every doubled figure is read once, its length kept.
# (with its thousands marks too: "年初预算 9,846.209,846.20 万元")
_DOUBLED_EVIDENCE = re.compile(
    r"(?:(?=\d)(?<![\d.,])(\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d+)"
    r"(?:\1(?=\s*(?:万元|亿元|元|个|人|户|亩|次|公里|分))|%\1%)"
    # (an item's number twice over too, "(1)(1) 宣传范围不够广": no text writes one so; not "100%100%", a form's two
    # cells run together)
    r"|[(（](\d{1,2})[)）][(（]\2[)）])"
)
_DOUBLED = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)\1\2(?![\d.,])")
_DOUBLED_PAGE = 2  # signs of doubling (figures with decimals, item numbers) that make a page doubled


def _printed_twice(texts: Sequence[str]) -> bool:
    found = _DOUBLED_EVIDENCE.finditer("\n".join(texts))
    return sum(1 for _ in itertools.islice(found, _DOUBLED_PAGE)) == _DOUBLED_PAGE


def _once(found: re.Match[str]) -> str:
    once = found.group(1) + found.group(2)
    return " " * (len(found.group()) - len(once)) + once  # the spaces before it: its unit still follows it


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(texts: list[str]) -> list[str]:
    """Traditional characters as simplified ones (mirror sites republish reports in traditional script),
    character for character so that every column stays where it was; a line whose conversion would
    change its length (a phrase rewritten) is kept as written."""
    whole = "\n".join(texts)
    if _MAYBE_TRADITIONAL.search(whole) is None:
        return texts
    joined = _converter().convert(whole).split("\n")
    if len(joined) != len(texts):
        return texts
    return [new if len(new) == len(old) else old for old, new in zip(texts, joined, strict=True)]


def build_flow(
    lines: Iterable[Line], isolated: frozenset[int] = frozenset(), skipped: frozenset[int] = frozenset()
) -> Flow:
    """Join broken sentences of normalised ``lines``; a line in ``isolated`` (a table cell) is never joined, one in
    ``skipped`` (a site's links to other pages) is no text of the report."""
    lines = tuple(lines)
    if skipped:  # (a new tuple only then: the page's width is worked out once per tuple of lines)
        lines = tuple(line for line in lines if line.number not in skipped)
    page = full_width(lines)
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    columns: list[int] = []
    offset = 0
    previous: str | None = None
    earlier = ""  # the line before ``previous``, blank lines aside
    previous_number = -1
    blank_run = 0
    title_at = next((index for index, line in enumerate(lines) if line.text.strip()), -1)
    for index, line in enumerate(lines):
        text = line.text
        if not text.strip():
            blank_run += 1
            continue
        # (the blank lines a page's furniture stands between count as none: "…决算总支出" / "" / "— 1 —" / "" / title /
        # "" / "186.52万元…" is one sentence)
        if is_page_furniture(text) or is_mark(text):  # page furniture between a sentence's halves
            blank_run = 0
            continue
        if index > title_at >= 0 and text.strip() == lines[title_at].text.strip():
            blank_run = 0
            continue  # the title printed again at the head of each page, between a sentence's halves
        if previous is not None and previous[-1:].isdigit() and _ends_as_title(text):
            blank_run = 0
            continue  # a report's title as a page's running header, inside a figure the page broke ("1,0" / "86.40")
        content = text.rstrip()
        lead = len(content) - len(content.lstrip())
        content = content[lead:]
        joined = (
            previous is not None
            and blank_run <= 1
            and line.number not in isolated
            and previous_number not in isolated
            and (
                (
                    _joins(previous, text, page is not None and width(previous) >= page * FULL)
                    and not _opens_row(lines, index)
                )
                # "全年预算数为：" / "742.6万元": a label ending its line with its colon, its figure on the next
                or (
                    previous.endswith((":", "："))
                    and not _is_row(previous)
                    and _LABELLED_FIGURE.match(text) is not None
                )
                # "年初预算数" / "536.12" / "调整后预算数" / "548.90": a label cell and its value, one cell a line (not
                # the last of a header run, "全年预算数" / "全年执行数" / "120", whose figure is the first column's; a blank
                # line may stand between each cell and the next)
                or (
                    _FIGURE_CELL.match(text) is not None
                    and _value_label(previous)
                    # (the cell before the label: the line right above it, blank where a cell is empty, or the last
                    # one with text when a blank line stands after every cell)
                    and not _value_label(
                        earlier if blank_run else lines[index - 2].text.strip() if index > 1 else ""
                    )
                )
            )
        )
        if not joined and parts:
            parts.append("\n")
            offset += 1
        # figures a PDF set apart by spaces inside a sentence are read as typed ("于2019年1月全部使用完毕"),
        # each piece between the spaces mapped back to its columns; a row of cells printed with single spaces
        # and no clause ("按月发放 12 月 12 月 15 15") keeps its cells apart
        removed = figure_spaces(content) if " " in content and line.number not in isolated else frozenset()
        if removed and _CLAUSE_MARK.search(content) is not None:
            cuts = [0, *sorted(p for r in removed for p in (r, r + 1)), len(content)]
            for begin, end in zip(cuts[::2], cuts[1::2], strict=True):
                starts.append(offset)
                numbers.append(line.number)
                columns.append(lead + begin)
                parts.append(content[begin:end])
                offset += end - begin
        else:
            starts.append(offset)
            numbers.append(line.number)
            columns.append(lead)
            parts.append(content)
            offset += len(content)
        earlier = previous or ""
        previous, previous_number, blank_run = content, line.number, 0
    return Flow("".join(parts), tuple(starts), tuple(numbers), tuple(columns))
