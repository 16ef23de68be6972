"""The funds block of a 自评表 as a grid: the column headers (年初预算数, 全年预算数(A), 全年执行数(B), 分值,
执行率, 得分, in whatever order and spelling the form uses) and the total row's values under them.

Flattening loses blank cells, so the values may be fewer than the columns. Every way of placing them in
order is tried; a placement must put the "%" cell under the rate, keep the points at or above the score,
and, where budget, spending and rate are all placed, make spending over budget give the rate. The block
is read only when the consistent placements agree; otherwise nothing is taken from it."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jixiao.decimals import HUNDRED, quantize
from jixiao.ingest.document import Line
from jixiao.layout.cells import ROW_HEADER_WORD, Cell
from jixiao.layout.chrome import is_page_furniture
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.layout.wrap import width
from jixiao.layout.years import of_another

# the project form's block label over its funds rows ("项目资金（万元）"), which some copies print with no 年度资金总额 row
PROJECT_FUNDS_LABEL = r"项目资金\s*[(（]\s*万?元\s*[)）]"
# a cell may carry its unit: "150万", "150万元", "300000.00元" (then in it whatever the table's unit)
# (a cell of its own may set its thousands apart by a space: "|1 036.42|", a scan's or a PDF's print)
_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:\.\d+)?\s*(%?)(万元?|元)?$")
_CONTINUATION = re.compile(
    r"^[(（][^()（）]*[)）]$|^[(（]?\s*(?:[A-Z](?:/[A-Z])?|万元|元|\d+\s*分.*)\s*[)）]?$"
    r"|^(?:数|额|金额)\s*(?:[(（][^()（）]*[)）])?$"  # the end of a header its cell wrapped: "全年预算" / "数", "数(A)"
)
# the end of a header wrapped onto the next line, its first cell: "执行" / "率|得分|…"
_WRAPPED_TAIL = re.compile(r"\s*(?:率|数|额)\s*(?:[(（][^()（）]{0,8}[)）])?\s*")
# a column's formula in the header, on its own line in a form printed one cell a line: "⑥=⑤/④", "④=①+②+③"
_FORMULA = re.compile(r"\s*[①②③④⑤⑥⑦⑧⑨⑩]\s*=\s*[①②③④⑤⑥⑦⑧⑨⑩+\-−×÷/*()（）\s]+$")
_STATED_UNIT = re.compile(r"[(（]\s*(亿元|万元|千元|元)\s*[)）]|单位\s*[:：]\s*(亿元|万元|千元|元)(?!\s*万)")
_WAN = Decimal(10000)
_PER_WAN = {"元": _WAN, "千元": Decimal(10)}  # how many of the unit make one 万元


def amount_unit(text: str) -> str:
    """The unit headers in ``text`` state for the amounts under them: "(元)", "(亿元)", else 万元; of several, the
    last, nearest the figures ("项目总投资（亿元） 1.5" above "项目资金（万元） 年初预算数 …")."""
    return stated_unit(text) or "万元"


def stated_unit(text: str) -> str | None:
    """The unit ``text`` states for amounts, the last of several; None when it states none."""
    stated = [found.group(1) or found.group(2) for found in _STATED_UNIT.finditer(text)]
    return stated[-1] if stated else None


# where the headers leave the unit unsaid, the block itself may say 元: in a row's label ("年度资金总额（元）"), in the
# merged label cell printed below the total row ("项目资金" / "（元）"), or in a note under the form ("注：金额单位为元")
_YUAN_BELOW = re.compile(r"[(（]\s*元\s*[)）]|单位\s*(?:为|是|[:：])\s*(?:人民币)?元(?!\s*万)")
_UNIT_BELOW_REACH = 40  # cells from the total row's label: its rows, the 总分 row and a note under them


def _yuan_below(cells: Sequence[Cell]) -> bool:
    for cell in cells:
        if _ANOTHER_TABLES_TITLE.search(cell.text):
            return False  # "项目支出明细(元)": the next table's title, its unit its own
        if _YUAN_BELOW.search(cell.text):
            return True
    return False


# the title of a table under the block, with the unit of its own amounts ("项目支出明细(元)", "三公经费支出情况表（元）")
_ANOTHER_TABLES_TITLE = re.compile(r"(?:明细|情况|表|清单|统计)\s*[(（]\s*元\s*[)）]\s*$")


_FORM_TITLE = re.compile(load_vocabulary("claims")["form_title"])
_FORM_NOTE_REACH = 80  # cells from a form's title to its funds block's headers (a table of its tasks between)
_NOTE_UNDER_TITLE = 3  # cells under a form's title where it notes the unit of all its amounts
_NOTE_UNDER_IDENTITY = 6  # … or under its identity cells ("部门（单位）名称 | X / 金额单位：元")
_UNIT_NOTE = re.compile(
    r"\s*[(（]?\s*(?:金额|资金)?单位\s*[:：]\s*(?:人民币)?(?:亿元|万元|千元|元)\s*[)）]?\s*"
)


def _form_note(cells: Sequence[Cell], headers: int) -> str | None:
    """The unit a form notes under its title for all its tables ("部门整体支出绩效自评表 / 金额单位：元", then a table
    of its tasks, then the funds block), when the headers at ``headers`` stand in that form; the note may also
    follow the form's identity cells ("…自评表 / （2019年度） / 部门（单位）名称 | X / 金额单位：元"), before any figure."""
    for at in range(headers - 1, max(-1, headers - _FORM_NOTE_REACH), -1):
        if "表" in cells[at].text and _FORM_TITLE.match(cells[at].text):
            for note in range(at + 1, min(at + 1 + _NOTE_UNDER_IDENTITY, headers)):
                if (unit := stated_unit(cells[note].text)) is not None:
                    under_title = note <= at + _NOTE_UNDER_TITLE
                    if under_title and _identity_follows(cells[note + 1 : headers]):
                        return unit
                    # (under the identity cells, a note of its own: not "项目总投资（亿元） | 1.5", a row's unit)
                    return (
                        unit
                        if _UNIT_NOTE.fullmatch(cells[note].text) and _identity_follows(cells[at + 1 : note])
                        else None
                    )
                if _number(cells[note].text) is not None:
                    return None
            return None
    return None


_IDENTITY_CELL = re.compile(
    r"^\s*(?:部门|单位|项目|预算单位|部门\s*[(（]\s*单位\s*[)）])名称|^\s*(?:主管部门|实施单位|预算单位)"
)


def _identity_follows(cells: Sequence[Cell]) -> bool:
    """Whether the form's identity cells (部门名称 …) come next, before any figure: the note heads the whole form,
    not a table of other figures printed between it and the form."""
    for cell in cells:
        if _IDENTITY_CELL.match(cell.text):
            return True
        if _number(cell.text) is not None:
            return False
    return False


def _table_note_above(cells: Sequence[Cell], index: int) -> str | None:
    """The unit a note above the headers at ``index`` states for its table ("金额单位：千元" / "收入项目 | 全年预算 …" /
    … / "支出项目 | 全年预算 | 实际支出"), read back over the table's short cells, never past a heading, a sentence or
    a form's identity cells (where another form, with its own unit, starts)."""
    for cell in reversed(cells[max(0, index - _NOTE_REACH) : index]):
        if stated_unit(cell.text) is not None:
            # (of a sentence, its last clause: "项目支出明细(元):A 386,500.00元;…;合计2,253,785.00元。" lists amounts
            # with their own unit)
            return stated_unit(_last_clause(cell.text))
        if _number(cell.text) is None and (
            len(cell.text) > _HEADING_LENGTH
            or _SENTENCE_MARK.search(cell.text)
            or _IDENTITY_CELL.match(cell.text)
        ):
            return None
    return None


# who filled the form in, on the line of its unit note ("填报单位：某中心学校    金额单位：元"): a note for the whole form
_FILLED_BY = re.compile(r"(?:填报|填表|编报)单位")


def _form_wide_note(cells: Sequence[Cell], index: int) -> str | None:
    """The unit the form notes beside who filled it in, above its tables and their prose ("填报单位：X  金额单位：元"
    / "一、部门基本情况" … / "年初预算数 | 全年预算数 …"), the nearest unit note before the headers at ``index``."""
    for at in range(index - 1, max(-1, index - _FORM_NOTE_REACH), -1):
        unit = stated_unit(cells[at].text)
        if unit is not None:
            line = cells[at].line
            return (
                unit
                if any(_FILLED_BY.search(c.text) for c in cells[max(0, at - 4) : at + 1] if c.line == line)
                else None
            )
    return None


def in_wan(value: Decimal, unit: str) -> Decimal:
    """An amount written in ``unit`` (元, 千元, 亿元 or 万元) in 万元, with the places it was written with."""
    if unit == "亿元":
        return value * _WAN
    return value / _PER_WAN[unit] if unit in _PER_WAN else value


_NOTE_REACH = 24  # cells before the headers a note of the amounts' unit may stand (above the identity cells)
_MAX_ROW_GAP = 30  # cells between the headers and the total row (the parts' rows may come first)
_MAX_POINTS = Decimal(30)
MAX_RATE = Decimal(
    1000
)  # percent: beyond it no form's rate, but an amount in its column or cells run together
_AMOUNTS = ("initial", "adjusted", "executed")
_DASH = re.compile(r"[—\-－/／]+")


@dataclass(frozen=True)
class FundsCell:
    key: str  # initial, adjusted, executed, rate, points, score
    value: Decimal  # 万元 for amounts, percent for the rate, points
    cell: Cell

    @property
    def figure_end(self) -> int:
        """Where the printed figure ends, without the unit its cell may write after it ("350.00万元")."""
        found = _PRINTED_FIGURE.match(self.cell.text)
        return self.cell.start + (found.end() if found is not None else len(self.cell.text))


_PRINTED_FIGURE = re.compile(r"[\d,.]*\d%?")


_NOTE_COLUMN = re.compile(r"方法|说明|依据|标准|原因|备注")
_COLUMN_YEAR = re.compile(r"^\s*(20\d\d)\s*年度?")  # "2021年决算数 | 2022年预算数 | 2022年决算数"


def column_key(text: str) -> str | None:
    """The funds column a header cell heads (initial, adjusted, executed, rate, points, score), if any."""
    vocab = vocabulary()
    if vocab.any_funds_column.search(text, 0, 24) is None:  # the common case: no column word at all
        return None
    if _NOTE_COLUMN.search(text):
        return None  # "得分计算方法", "执行率说明": a column of notes beside the figures
    year = _COLUMN_YEAR.match(text)
    start = year.end() if year else 0
    if vocab.any_funds_column.search(text, start, start + 12) is None:
        return None
    for key, pattern in vocab.funds_columns:
        found = pattern.search(text, start)
        if found is not None and found.start() <= start + 2:
            return key
    return None


def _cell_unit(text: str, table: str) -> str:
    """The unit of an amount's cell: its own ("150万", "300000.00元"), else the table's."""
    text = text.strip()
    return "万元" if "万" in text else "元" if text.endswith("元") else table


def _number(text: str) -> tuple[Decimal, bool] | None:
    found = _NUMBER.match(text.strip())
    if found is None:
        return None
    try:
        digits = text.strip().removesuffix("元").rstrip("万%")
        return Decimal(digits.replace(",", "").replace(" ", "").strip()), bool(found.group(2))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


def _headers(cells: Sequence[Cell], index: int) -> tuple[list[str], int]:
    """The run of column headers starting at ``index`` and the index after it."""
    keys: list[str] = []
    headers: list[str] = []
    position = index
    while position < len(cells):
        text = cells[position].text
        key = column_key(text)
        step = 1
        formula = position + 1 < len(cells) and _FORMULA.match(cells[position + 1].text) is not None
        if formula and (pair := _two_headers(text, cells[position + 1].text)) is not None:
            # "年中调整金额③ 小计" / "④ = ①+② +③": two headers a space apart, the second with its formula below
            if pair[0] in keys:
                break
            keys.append(pair[0])
            headers.append(text)
            key, step = pair[1], 2
        elif key is None and formula:
            # "小计" / "④=①+②+③": a header and its formula, one cell a line
            key = column_key(text.strip() + cells[position + 1].text.strip())
            step = 2 if key is not None else 1
        elif (
            key is None
            and _first_half(text.strip())
            and position + 1 < len(cells)
            and cells[position + 1].text.strip().startswith(_SECOND_HALVES)
        ):
            # "年初" / "预算数" / "全年" / "预算数" / "（A）": a header split over two lines, one cell a line
            key = column_key(text.strip() + cells[position + 1].text.strip())
            step = 2 if key is not None else 1
        elif (
            key is None
            and position + 1 < len(cells)
            and cells[position + 1].line == cells[position].line + 1
            and _WRAPPED_TAIL.fullmatch(cells[position + 1].text)
        ):
            # "…|分值|执行" / "率|得分|…": the line's last header wrapped, its end opening the next line
            key = column_key(text.strip() + cells[position + 1].text.strip())
            step = 2 if key is not None else 1
        if key is not None:
            year = _year_of(text)
            if key == "adjusted" and "adjusted" in keys:
                earlier = keys.index(key)
                if _CHANGE_HEADER.fullmatch(headers[earlier]) or (
                    "initial" in keys
                    and _CHANGED_BUDGET_HEADER.fullmatch(headers[earlier])
                    and _FULL_YEAR_HEADER.match(text)
                ):
                    # "年初预算数 | 调整数 | 调整后预算数": the change, then the budget it made; "年初预算数 | 调整预算数 |
                    # 全年预算数" too (where no full year's column follows, 调整预算数 is the budget adjusted)
                    keys[earlier] = "changed"
                elif _CHANGE_HEADER.fullmatch(text) and "initial" not in keys:
                    # "预算数 | 调整数 | 调整后 / 预算数": the budget set first, then its change
                    keys[earlier], key = "initial", "changed"
            if key in keys and (
                year is None or (key, year) in zip(keys, map(_year_of, headers), strict=True)
            ):
                break  # a column seen already: the next row; the same column of another year is one more
            keys.append(key)
            headers.append(text)
        elif not _CONTINUATION.match(text.strip()) and not _FORMULA.match(text):
            break
        position += step
    keys = settle_approved(keys)
    return (_earlier_years(headers, keys) if keys else keys), position  # most cells head no column


def _two_headers(text: str, formula: str) -> tuple[str, str] | None:
    """The columns of a cell holding two headers a single space apart whose second one's formula stands on the next
    line ("年中调整金额③ 小计" / "④ = ①+② +③"), if both name columns."""
    first, space, second = text.strip().rpartition(" ")
    if not space or not first or not second:
        return None
    keys = column_key(first), column_key(second + formula.strip())
    return (keys[0], keys[1]) if keys[0] is not None and keys[1] is not None else None


_CHANGED_BUDGET_HEADER = re.compile(
    r"\s*(?:年中|本年)?调整预算(?:数|金额)\s*(?:[(（][^()（）]{0,6}[)）])?\s*"
)
_FULL_YEAR_HEADER = re.compile(r"\s*全年预算")
_CHANGE_HEADER = re.compile(r"\s*(?:年中|本年)?调整(?:数|金额)\s*(?:[(（][^()（）]{0,6}[)）])?\s*")
_HEADER_HALF = 6  # characters of half a column's header printed on a line of its own ("全年" / "预算数")


def _headers_rejoined(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells, with a header row split over two lines joined again: "年初 | 全年 | 全年 | 执行率" over "预算数 |
    预算数 | 执行数", or "调整后" over "预算数". The first halves that head no column alone take, in order, the second
    halves that make a column of them, when the two counts agree; the second line's cells go."""
    if _FIRST_HALVES.isdisjoint(cell.text for cell in cells) and not any(
        _YEAR_HALF.fullmatch(cell.text) for cell in cells
    ):
        return cells  # the common case: no half of a header at all
    lines = [list(group) for _, group in itertools.groupby(cells, key=lambda cell: cell.line)]
    result: list[Cell] = []
    skip = False
    for at, first in enumerate(lines):
        if skip:
            skip = False
            continue
        second = lines[at + 1] if at + 1 < len(lines) else []
        joined = None
        if second and second[0].line == first[0].line + 1:
            joined = (
                _aligned_halves(first, second)
                or _joined_halves(first, second)
                or _halves_over_their_columns(first, second)
            )
        if joined is not None:
            # the unit the second line notes under the row label's header ("项目资金" over "（元）") stays with the
            # headers, though no half of a column
            joined += [
                cell for cell in second if cell not in joined and _STATED_UNIT.fullmatch(cell.text.strip())
            ]
        result += joined if joined is not None else first
        skip = joined is not None
    return result


_FIRST_HALVES = frozenset(
    {
        "年初",
        "全年",
        "调整后",
        "调整",
        "年度",
        "本年",
        "当年",
        "实际",
        "批复",
        "全年(调整)",
        "全年（调整）",
        "预算执行",
        "执行",
        "结余",  # "结余" over "(万元)"
    }
)
_SECOND_HALVES = ("预算数", "执行数", "预算", "支出数", "决算数")
# a year over its column's word ("2023年" / "预算数", "2024年" / "执行数": two years side by side)
_YEAR_HALF = re.compile(r"\s*20\d\d\s*年度?\s*")


def _first_half(text: str) -> bool:
    """Whether a header cell is the first half of a column's header, its second half on the next line."""
    return text in _FIRST_HALVES or _YEAR_HALF.fullmatch(text) is not None


def _aligned_halves(first: list[Cell], second: list[Cell]) -> list[Cell] | None:
    """The header row rejoined cell by cell when the second line holds one half a column under the first's
    ("资金来源 | 年初预算数 | 调整后 | 实际支出 | 执行率" over "(元) | 预算数(元) | 数(元) | (%)", the label column's
    blank cell dropped): every column keeps the key its first half names, and one at least gains one."""
    if len(second) < _ALIGNED_MIN or len(first) - len(second) not in (0, 1):
        return None
    if any(not cell.text.strip() or len(cell.text.strip()) > _HEADER_HALF + 3 for cell in second):
        return None
    # the second line set under the first's last columns where it opens further in (its label cell blank: "\t(元)"),
    # else under its first ("(万元) | 数 | 预算数 | 支出数 |", the rate's second half blank); the other way where
    # that makes no header ("(元) (元) (元) 率(%)" under "项目 年初预算 调整后预算 实际支出 预算执行")
    right = len(first) - len(second)
    for offset in (right, 0) if second[0].start > first[0].start else (0, right):
        joined = _joined_at(first, second, offset)
        if joined is not None:
            return joined
    return None


def _joined_at(first: list[Cell], second: list[Cell], offset: int) -> list[Cell] | None:
    joined = list(first)
    gained = False
    for at, half in enumerate(second, start=offset):
        text = first[at].text.strip() + half.text.strip()
        before, after = column_key(first[at].text), column_key(text)
        if before is not None and after != before:
            return None
        if after is None and not _CONTINUATION.match(half.text.strip()):
            return None
        gained = gained or (before is None and after is not None)
        joined[at] = first[at]._replace(text=text)
    return joined if gained else None


_ALIGNED_MIN = 3  # cells of a header row's second line set under the first's columns


def _joined_halves(first: list[Cell], second: list[Cell]) -> list[Cell] | None:
    words = [cell for cell in second if cell.text.strip()]
    if not words or any(len(cell.text.strip()) > _HEADER_HALF for cell in words):
        return None
    halves = [at for at, cell in enumerate(first) if _first_half(cell.text.strip())]
    makers = [cell for cell in words if cell.text.strip().endswith(_SECOND_HALVES)]
    if not halves or len(halves) != len(makers):
        return None
    joined = list(first)
    for at, maker in zip(halves, makers, strict=True):
        text = first[at].text.strip() + maker.text.strip()
        if column_key(text) is None:
            return None
        joined[at] = first[at]._replace(text=text)
    # the second line's own columns after the halves' ("项目 年初预算 调整后" over "预算 实际支出 执行率")
    after = [cell for cell in words[words.index(makers[-1]) + 1 :] if column_key(cell.text) is not None]
    return joined + after


def _halves_over_their_columns(first: list[Cell], second: list[Cell]) -> list[Cell] | None:
    """The header row rejoined where its second line is the fuller one and the first holds a column's first half
    set over it ("资金来源   年初" over "预算数   全年预算数   全年执行数   执行率", spaces keeping the columns): each
    half joins the second line's cell under it, the first line's other cells (the row label's header) stay, all in
    the order of their columns."""
    if len(second) < _ALIGNED_MIN or len(second) <= len(first):
        return None
    halves = [cell for cell in first if _first_half(cell.text.strip())]
    if not halves:
        return None
    above, below = _printed_spans(first), _printed_spans(second)
    joined = list(second)
    for half in halves:
        start, end = above[first.index(half)]
        under = [at for at, (left, right) in enumerate(below) if left < end and start < right]
        if len(under) != 1:
            return None
        cell = second[under[0]]
        text = half.text.strip() + cell.text.strip()
        if not cell.text.strip().endswith(_SECOND_HALVES) or column_key(text) in (
            None,
            column_key(cell.text),
        ):
            return None
        joined[under[0]] = cell._replace(text=text)
    others = [at for at, cell in enumerate(first) if cell not in halves]
    if any(above[at][1] > below[0][0] for at in others):
        return None  # a cell of the first line over the columns that is no half: no header split in two
    return [*(first[at] for at in others), *joined]


def _printed_spans(cells: list[Cell]) -> list[tuple[int, int]]:
    """The printed columns each cell of one line spans, a Chinese character two wide (the gaps between the
    cells are spaces, one wide each)."""
    spans = []
    wider = 0  # the columns the cells before took beyond their characters
    for cell in cells:
        start = cell.start + wider
        spans.append((start, start + width(cell.text)))
        wider += width(cell.text) - len(cell.text)
    return spans


def settle_approved(keys: list[str]) -> list[str]:
    """The keys with the approved budget's column ("批复数") read as the initial budget when an adjusted
    budget's column stands beside it ("批复数 | 调整后预算数 | 决算数"), else as the one budget of the table."""
    approved = "initial" if "adjusted" in keys else "adjusted"
    return [approved if key == "approved" else key for key in keys]


def _year_of(header: str) -> int | None:
    found = _COLUMN_YEAR.match(header)
    return int(found.group(1)) if found else None


def _earlier_years(headers: list[str], keys: list[str]) -> list[str]:
    """The keys, with the columns of a year before the latest the headers name renamed "earlier": a basic
    data table sets last year's 决算数 beside this year's 预算数 and 决算数; only this year's are the report's."""
    years = [_year_of(header) for header in headers]
    latest = max((year for year in years if year is not None), default=None)
    return [
        "earlier" if year is not None and latest is not None and year < latest else key
        for key, year in zip(keys, years, strict=True)
    ]


_SCORE_SLIP = Decimal("1.5")  # a score up to half again its points: a slip; beyond, another column's figure


def _consistent(placed: dict[str, tuple[Decimal, bool]], arithmetic: bool = True) -> bool:
    """Whether values so placed can stand: the rate alone has "%", points and score fit, and (``arithmetic``)
    spending over budget gives the rate. A row filling every column in order needs no arithmetic: its rate, or its
    score a little above its points, may be the report's slip, which the audit is there to find."""
    for key, (value, percent) in placed.items():
        # a rate printed without its "%" stands only where the amounts beside it confirm it (below)
        bare_rate = (
            key in ("rate", "balance_rate") and not percent and {"adjusted", "executed"} <= set(placed)
        )
        if percent != (key in _RATES) and not bare_rate:
            return False
        if key in ("initial", "adjusted", "executed") and value < 0:
            return False
        if key in _RATES and value > MAX_RATE:
            return False  # "3,586,400.00" under 执行率: an amount a shifted header put there, no rate
    points, score = placed.get("points"), placed.get("score")
    if points is not None and not 0 < points[0] <= _MAX_POINTS:
        return False
    # (a score above its points is the report's slip too, not far above: "10 | 103.19% | 10.32")
    above = _SCORE_SLIP if not arithmetic else 1
    if score is not None and (
        score[0] > _MAX_POINTS or (points is not None and score[0] > points[0] * above)
    ):
        return False
    budget, spent, rate = placed.get("adjusted"), placed.get("executed"), placed.get("rate")
    if arithmetic and budget is not None and spent is not None and rate is not None:
        if budget[0] == 0:
            return False
        computed = quantize(spent[0] / budget[0] * HUNDRED)
        # forms round rates to whole percents; some write the ratio B/A itself ("0.1" for 14.46%)
        if abs(computed - rate[0]) > Decimal("0.6") and not _as_ratio(spent[0] / budget[0], rate):
            return False
    return True


def _a_ratio_to_the_hundredth(rate: tuple[Decimal, bool]) -> bool:
    """Whether a rate cell without "%" holds spending over budget as a ratio written to the hundredth or finer
    ("0.9683" under 执行率(B/A)): the rate in percent, to as many places less two."""
    value, percent = rate
    exponent = value.as_tuple().exponent
    return not percent and 0 < value <= 1 and isinstance(exponent, int) and exponent <= -2


def _as_ratio(ratio: Decimal, rate: tuple[Decimal, bool]) -> bool:
    """Whether a rate cell without "%" holds the ratio itself, rounded as printed ("0.1" for 94 / 650)."""
    value, percent = rate
    if percent or value > 1:
        return False
    exponent = value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return quantize(ratio, places) == value


def _place(
    keys: list[str],
    values: list[tuple[Decimal, bool]],
    percent_noted: bool = False,
    cut: bool = False,
    whole: bool = True,
) -> dict[str, tuple[Decimal, bool]] | None:
    """The one consistent placement of ``values`` under ``keys`` (order kept), or None; ``percent_noted``: the
    headers note the rate's unit ("执行率 … (%)"), so its cell need not print "%"; ``cut``: the stored page ends
    right after the values, inside the row, so they are its first columns'; ``whole``: the row's label cell holds
    no figure of its own, so a figure missing from the row is a blank cell."""
    if len(values) > len(keys) or not values:
        return None
    in_order = dict(zip(keys, values, strict=False))
    if cut and whole and 2 <= len(values) < len(keys) and _consistent(in_order):
        return in_order  # "年度资金总额 | 96.5 | 118.3" and the page ends: 年初 and 全年 only
    if (
        len(values) == len(keys)
        and (
            in_order.get("rate", (0, False))[1]
            or ("rate" in in_order and (percent_noted or _a_ratio_to_the_hundredth(in_order["rate"])))
        )
        and _consistent(in_order, arithmetic=False)
    ):
        return in_order  # every column filled, the "%" under the rate's header (or the rate as a ratio, "0.9683")
    readings = []
    for columns in itertools.combinations(range(len(keys)), len(values)):
        placed = {keys[c]: v for c, v in zip(columns, values, strict=True)}
        if _consistent(placed):
            readings.append(placed)
    if not readings and len(values) == len(keys):
        # every cell filled, but the 分值 and 得分 cells hold something else (the form's 100 and its total):
        # the amounts and the rate stand when spending over budget gives the rate
        placed = {k: v for k, v in zip(keys, values, strict=True) if k not in ("points", "score")}
        if {"adjusted", "executed", "rate"} <= set(placed) and _consistent(placed):
            readings.append(placed)
    if not readings:
        return None
    checked = [r for r in readings if {"adjusted", "executed", "rate"} <= set(r)]
    if whole and len(readings) > 1 and len(checked) == 1:
        # "年度资金总额 | 326,500.00 | 326,500.00 | 10 | 100% | 10" under 年初 | 全年 | 执行数 | …: the one reading
        # whose rate the budget and the spending beside it give, the blank cell the 年初预算数's
        return checked[0]
    leading = keys[: len(values)]
    if len(readings) > 1 and all(v == (Decimal(0), False) for v in values) and set(leading) <= set(_AMOUNTS):
        return dict(zip(leading, values, strict=True))  # a sub-row of zeros: the amounts come first
    shared = {k: v for k, v in readings[0].items() if all(r.get(k) == v for r in readings)}
    if len(readings) > 1 and not ({"adjusted", "executed"} <= set(shared) or "rate" in shared):
        return None
    return shared


@dataclass(frozen=True)
class FundsRow:
    """One row of a funds block: its label cell ("年度资金总额", "其中:当年财政拨款") and the values
    placed under their columns."""

    label: Cell
    cells: tuple[FundsCell, ...]

    def value(self, key: str) -> FundsCell | None:
        return next((cell for cell in self.cells if cell.key == key), None)


def _row(
    cells: Sequence[Cell], label: int, keys: list[str], unit: str, percent_noted: bool = False
) -> tuple[FundsRow | None, int]:
    """The row whose label is ``cells[label]``, its values placed under ``keys``; and where it ends. A row
    whose blank cells are printed as "—" fills every column: its figures stand where they are printed."""
    values: list[tuple[Decimal, bool]] = []
    value_cells: list[Cell] = []
    columns: list[int] = []  # the column of each value, counting the "—" cells
    spaced: list[int] = []  # ... and the blank cells of a row on one line
    width = spaced_width = 0
    for cell in cells[label + 1 : label + 1 + len(keys)]:
        number = _number(cell.text)
        if number is None and not _DASH.fullmatch(cell.text):
            break
        spaced_width += cell.blanks_before if cell.line == cells[label].line else 0
        if number is not None:
            values.append(number)
            value_cells.append(cell)
            columns.append(width)
            spaced.append(spaced_width)
        width += 1
        spaced_width += 1
    if spaced != columns and spaced_width == len(keys):
        # "上年结转资金 | | 586,700.00 | 586,700.00 | — | — | —": every column held, a blank cell too; the figures
        # stand where they are printed, when they agree there
        printed = {keys[c]: v for c, v in zip(spaced, values, strict=True)}
        if _consistent(printed, arithmetic=not printed.get("rate", (0, False))[1]):
            return _placed_row(cells[label], printed, values, value_cells, unit), label + 1 + width
    dashed = width > len(values)
    end = label + 1 + (width if dashed else len(values))
    if dashed and width == len(keys) and values:
        printed = {keys[c]: v for c, v in zip(columns, values, strict=True)}
        placed = printed if _consistent(printed, arithmetic=not printed.get("rate", (0, False))[1]) else None
    elif dashed and width < len(keys) and (checked := _checked_with_dashes(keys, columns, values, width)):
        # "其他资金 | 18.5 | 16.5 | — | 89.19% | —" under six columns: a blank cell lost, the "—" cells kept; the one
        # placement whose rate the budget and the spending beside it give
        placed = checked
    elif dashed and columns != list(range(len(values))):
        lead = next((i for i, c in enumerate(columns) if c != i), len(columns))
        if lead:  # the figures before the first "—" placed as before; those after it dropped
            del values[lead:], value_cells[lead:]
            end = label + 1 + lead
        placed = _place(keys, values) if lead else None
    else:
        end = label + 1 + len(values)  # the trailing "—" cells are skipped by the caller
        # (the page cut inside the row: its figures printed one after another, no blank cell before them)
        placed = _place(
            keys,
            values,
            percent_noted,
            cut=end == len(cells) and spaced_width == width,
            # ("年度资金总额 1,850,000.00" one cell: the first figure run into the label's, none blank)
            whole=not any(ch.isdigit() for ch in cells[label].text),
        )
    if not placed:
        return None, end
    return _placed_row(cells[label], placed, values, value_cells, unit), end


_CHECKED_COLUMNS = frozenset({"initial", "changed", "adjusted", "executed", "points", "rate", "score"})


def _checked_with_dashes(
    keys: list[str], columns: list[int], values: list[tuple[Decimal, bool]], width: int
) -> dict[str, tuple[Decimal, bool]] | None:
    """The one placement of a row's ``width`` printed cells ("—" ones too, the figures' at ``columns``) under
    ``keys``, order kept, that places the budget, the spending and the rate, the rate what they give; None when
    none does or several do, or when the table has columns of what arrived (its "—" may be the spending's)."""
    if not set(keys) <= _CHECKED_COLUMNS:
        return None
    checked = []
    for chosen in itertools.combinations(range(len(keys)), width):
        placed = {keys[chosen[c]]: v for c, v in zip(columns, values, strict=True)}
        if {"adjusted", "executed", "rate"} <= set(placed) and _consistent(placed):
            checked.append(placed)
    return checked[0] if len(checked) == 1 else None


def _row_like(cells: Sequence[Cell], label: int, end: int, keys: list[str], unit: str) -> FundsRow | None:
    """The row whose label is ``cells[label]`` and whose figures end before ``end``, placed under ``keys`` when it
    has as many figures as they are columns, and they agree there."""
    value_cells = list(cells[label + 1 : end])
    values = [number for cell in value_cells if (number := _number(cell.text)) is not None]
    if not keys or len(values) != len(value_cells) or len(values) != len(keys):
        return None
    placed = dict(zip(keys, values, strict=True))
    if not _consistent(placed, arithmetic=not placed.get("rate", (0, False))[1]):
        return None
    return _placed_row(cells[label], placed, values, value_cells, unit)


def _placed_row(
    label: Cell,
    placed: dict[str, tuple[Decimal, bool]],
    values: list[tuple[Decimal, bool]],
    value_cells: list[Cell],
    unit: str,
) -> FundsRow:
    """The row of the values ``placed`` under their keys, amounts in 万元, each with the cell it was printed in."""
    by_value = dict(zip(map(id, values), value_cells, strict=True))
    row = tuple(
        FundsCell(
            key,
            in_wan(value[0], _cell_unit(by_value[id(value)].text, unit))
            if key in _KEPT_AMOUNTS
            else value[0].scaleb(2)
            if key == "rate" and _a_ratio_to_the_hundredth(value)
            else value[0],
            by_value[id(value)],
        )
        for key, value in placed.items()
        # another year's figure, or what arrived, held its place, nothing more; a ratio written to a tenth ("0.1")
        # rounds away the rate it stands for, one to the hundredth or finer ("0.9683") is the rate in percent
        if key not in _HELD
        and not (key == "rate" and not value[1] and value[0] <= 1 and not _a_ratio_to_the_hundredth(value))
    )
    return FundsRow(label, row)


def _one_budget(row: FundsRow) -> FundsRow:
    """A row under a form whose one budget column is 年初预算数(A) (Beijing's 2016 form, "执行率(B/A)"): that
    budget is the full year's too."""
    initial = row.value("initial")
    if initial is None:
        return row
    return FundsRow(row.label, (*row.cells, FundsCell("adjusted", initial.value, initial.cell)))


_RATES = frozenset({"rate", "arrived_rate", "balance_rate"})
_HELD = frozenset(
    {"earlier", "invested", "arrived", "arrived_rate", "carried", "balance", "balance_rate", "row_number"}
)
# the amounts a row keeps: its budgets and spending, and the change that made the year's budget of the initial one
_KEPT_AMOUNTS = frozenset({*_AMOUNTS, "changed"})
_SUB_ROW = re.compile(
    r"^[\u4e00-\u9fff:：()（）、\s]{2,24}$"
)  # ("其中:中央、省级补助": two levels in one row)
_MAX_SUB_ROWS = 6  # 中央 / 省级 / 市级 / 县级 / 上年结转 / 其他资金


def funds_blocks(cells: Sequence[Cell], year: int | None = None) -> list[list[FundsRow]]:
    """Every funds block found in ``cells``: its total row, then the sub-rows under it (其中:当年财政拨款,
    上年结转资金, 其他资金), those the form leaves blank with no cells; in a table of rows by year ("指标 | 年初预算数
    | … / 2015年 | … / 2016年 | …"), the row of the ``year`` evaluated (given for a unit's report only: a project's
    compares as often its place's money), unless the table is headed as another's."""
    vocab = vocabulary()
    blocks: list[list[FundsRow]] = []
    cells = _cut_words_rejoined(cells)
    # (where a narrow cell cut a word: the cells rejoined, by line and column)
    cut = {(cell.line, cell.start) for cell in cells if cell.end - cell.start < len(cell.text)}
    cells = _pairs_apart(_labels_apart(_headers_rejoined(cells)))
    # a header run starts only at a column word or a continuation ("(万元)"): one pass over the cells finds
    # those, and the loop jumps from one to the next instead of trying every cell (most cells are prose)
    column, continuation = vocab.any_funds_column.search, _CONTINUATION.match
    starts = [
        at for at, cell in enumerate(cells) if column(cell.text, 0, 24) or continuation(cell.text.strip())
    ]
    index = 0
    while index < len(cells):
        next_start = bisect.bisect_left(starts, index)
        if next_start == len(starts):
            break
        index = starts[next_start]
        start = index
        keys, after = _headers(cells, index)
        if len(keys) < 3 and (column_wise := _column_wise(cells, index)) is not None:
            # the block printed column by column: each header, then its figures one a row
            blocks.append([column_wise[0]])
            index = column_wise[1]
            continue
        # (two columns do, the budget and the spending, under a row label's header: "资金来源 | 预算数 | 实际支出数";
        # a 行次 column is no figure's, and a 决算 table of two columns beside it is as often a part's or the unit's)
        figures = [key for key in keys if key != "row_number"]
        two = (
            keys == ["adjusted", "executed"]
            and index > 0
            and ROW_HEADER_WORD.fullmatch(cells[index - 1].text.strip())
        )
        if (
            (len(figures) < 3 and not two)
            or not ({"adjusted", "executed"} <= set(keys) or "rate" in keys)
            # (a works' table with its whole cost and no budget named the year's: "计划总投资 | 实际支出 | 支出率",
            # "计划总投资 | 下达资金 | 累计支出 | 执行率", its money over the years)
            or (
                "invested" in keys
                and not (
                    any(
                        column_key(cell.text) == "adjusted"
                        and _THIS_YEARS_HEADER.search(cell.text)
                        and not _OVER_YEARS_HEADER.search(cell.text)
                        for cell in cells[index:after]
                    )
                    and not any(
                        column_key(cell.text) == "executed" and _OVER_YEARS_HEADER.search(cell.text)
                        for cell in cells[index:after]
                    )
                )
            )
        ):
            index = max(after, index + 1)
            continue
        # the unit the headers state, or a note before them, also above the form's identity cells ("单位：元 /
        # 项目名称 | X / 主管部门 | Y"); not another table's before its figures
        before = cells[max(0, index - _NOTE_REACH) : index]
        last_figure = max(
            (
                at
                for at, cell in enumerate(before)
                if _number(cell.text) is not None
                # a phone number among the form's identity cells is no table's figure
                and not (at > 0 and _PHONE_LABEL.search(before[at - 1].text))
            ),
            default=-1,
        )
        # (of a sentence above the headers, its last clause: "…情况如下(单位:元):" notes the unit, "项目支出明细(元):A
        # 386,500.00元;…。" states amounts with their own)
        above = [_last_clause(cell.text) for cell in before[last_figure + 1 :]]
        headers = " ".join([*above, *(cell.text for cell in cells[index:after])])
        # (the heading a few cells up, or on one of the two lines over the headers when it is a part's own table's title:
        # "财政拨款“三公”经费支出决算表" / "公开09表 | 单位：万元" / "| 项目 | 预算数 | 决算数 |", not "部门整体支出执行情况表
        # （含“三公”经费）")
        heading = [
            cell
            for at, cell in enumerate(before)
            if at > last_figure
            and (
                at >= len(before) - _HEADING_REACH
                or (cell.line >= cells[index].line - _HEADING_LINES and not _THE_WHOLES.search(cell.text))
            )
        ]
        if any(
            len(cell.text) <= _HEADING_LENGTH
            and not _SENTENCE_MARK.search(cell.text)
            and _PART_TABLE.search(cell.text)
            for cell in heading
        ) or _lists_projects(before, cells[index]):
            index = after
            continue  # "二、“三公”经费 / 项目 | 预算数 | …", "序号 | 项目名称 | 全年预算 | …": a part's or projects' table
        unit = (
            stated_unit(headers) or _table_note_above(cells, index) or _form_wide_note(cells, index) or "万元"
        )
        label = (
            _years_row(cells, after, len(keys), year)
            if year is not None and not of_another(cells, start)
            else None
        )
        if label is None:
            label = next(
                (
                    position
                    for position in range(after, min(after + _MAX_ROW_GAP, len(cells)))
                    if _total_label(cells[position].text)
                    and _number(cells[position].text) is None
                    # a total row after the parts' rows ("中央补助资金 | … / 合计 | …"), not another table's
                    and not any(column_key(cell.text) for cell in cells[after:position])
                    # nor a label printed after a row of figures ("— 2450 2398.6 10 97.9% 9.79" / "年度资金总额" /
                    # "— 1500 …"): whose figures those are, the ones before or after it, the order cannot tell
                    and not _figures_row(cells[after:position])
                    and not _balanced_total(cells, after, position)
                ),
                None,
            )
        if (
            label is None
            and after < len(cells)
            and _number(cells[after].text) is not None
            and "adjusted" in keys
        ):
            # "年初预算数 | 全年预算数 | 全年执行数 | 执行率" then "1,204.33 | 1,475.60 | …": the one row of the
            # table, its label cell left out; the last header cell stands for it
            label = after - 1
        if label is None and _heads_its_parts(cells, after):
            label = after  # "项目资金(万元) | 36.00 | 42.50 | 40.87 | 96.16%" over "其中：财政拨款 | …"
        if label is None and _the_one_appropriation_row(cells, after):
            label = after  # "财政拨款资金 | 7315.62 | 8524.95 | …" then the indicators: the money the form evaluates
        if (
            label is not None
            and label + 2 < len(cells)
            and _DEPARTMENTS_WHOLE.fullmatch(cells[label].text)
            and _TOTAL_SECOND_CELL.fullmatch(cells[label + 1].text)
            and _number(cells[label + 2].text) is not None
        ):
            # "部门预算 | 总额 | 24815.63 | …": the whole's label in two cells, its figures after both (not a part's or
            # the income's, "项目支出总额 | 合计 | …", "收入总额 | 合计 | …")
            label += 1
        if label is not None and _INCOME_TOTAL.search(cells[label].text):
            # "收入合计 | 18,563.42 | 19,590.57 | 19,428.06" over "支出合计 | …": what was received, not spent; the
            # table's spending total row is the block's, when it has one
            label = next(
                (
                    position
                    for position in range(label + 1, min(label + _SPENDING_TOTAL_REACH, len(cells)))
                    if _SPENDING_TOTAL.fullmatch(cells[position].text.strip())
                    and not _balanced_total(cells, label, position)
                ),
                None,
            )
        if label is None or (
            any((cell.line, cell.start) in cut for cell in cells[start:after])
            and not _FORMS_TOTAL.search(cells[label].text)
        ):
            # (headers a narrow cell cut, rejoined, head the form's own block only: "年度资金总额", not "合计" of
            # another table's, whose heading may have been cut too)
            index = after
            continue
        if unit == "万元" and "万元" not in headers and _yuan_below(cells[after : label + _UNIT_BELOW_REACH]):
            unit = "元"
        if unit == "万元" and "万元" not in headers:
            unit = _form_note(cells, start) or unit
        # "执行率 未支出" over "(万元) (万元) (%) 金额(万元)": the rate's unit noted under the headers, which must be
        # the whole header row (not its last columns after "年初预算数 | 年中 | 调整数": the row then has more cells)
        percent_noted = (start == 0 or column_key(cells[start - 1].text) is None) and any(
            _PERCENT_NOTE.search(cell.text) and _number(cell.text) is None for cell in cells[start:label]
        )
        listed = _labels_listed(cells, after, label)
        if listed:
            # "项目 | 年初预算数 | … | 执行率" / "基本支出" / "项目支出" / "合计" / then each row's figures in turn: the
            # total's are the last row's, when every row holds a figure for each column
            grouped = _last_rows_figures(cells, label, listed + 1, len(keys))
            if grouped is None:
                index = after
                continue
            total, _ = _row([cells[label], *grouped[0]], 0, keys, unit, percent_noted)
            index = grouped[1]
        else:
            total, index = _row(cells, label, keys, unit, percent_noted)
        if total is None:
            continue
        if total.value("points") is None and total.value("score") is not None:
            # "预算执行情况(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分": the points the header's first cell states
            stated = next(
                (
                    (cell, found)
                    for cell in [*before[last_figure + 1 :], *cells[start:after]]
                    if (found := _HEADER_POINTS.search(cell.text)) is not None
                ),
                None,
            )
            if stated is not None and 0 < (points := Decimal(stated[1].group(1))) <= _MAX_POINTS:
                total = FundsRow(total.label, (*total.cells, FundsCell("points", points, stated[0])))
        rows = [_one_budget(total) if "adjusted" not in keys else total]
        if (
            index + 1 < len(cells)
            and cells[index].line == total.label.line
            and not _SUB_ROW.match(cells[index].text)
            and _SUB_ROW.match(cells[index + 1].text)
            and any(_NOTE_COLUMN.search(cell.text) for cell in cells[start:label])
        ):
            index += 1  # the total row's cell under the headers' column of notes ("得分计算方法" / "执行率*该指标分值…")
        while len(rows) <= _MAX_SUB_ROWS and index < len(cells) and _SUB_ROW.match(cells[index].text):
            if column_key(cells[index].text) is not None:
                break
            if _STATED_UNIT.fullmatch(cells[index].text.strip()) and index + 1 < len(cells):
                index += 1  # "项目资金 | 年度资金总额 | …" over "(万元) | 其中:当年财政拨款 | …": the merged label's unit
                continue
            row, end = _row(cells, index, keys, unit, percent_noted)
            if row is None and end == index + 1 and vocab.funds_sub_row.search(cells[index].text):
                row = FundsRow(cells[index], ())  # "地方财政资金 | | |": a sub-row the form leaves blank
            if row is None and len(rows) >= 2:
                # "其他资金 | 6.5 | 6.5 | 6.5": figures alike fit several columns; a sub-row's are under the columns of
                # the sub-row above
                row = _row_like(cells, index, end, [cell.key for cell in rows[-1].cells], unit)
            if row is None and len(leading := list(itertools.takewhile(_AMOUNTS.__contains__, keys))) >= 2:
                # "上年结转资金 | 4.8 | 4.8 | 4.35 | — | —": as many figures as the headers' amount columns that open
                # the row, and no rate among them: those columns' amounts, the sub-row's 分值, 执行率 and 得分 blank
                row = _row_like(cells, index, end, leading, unit)
            if row is None:
                break
            rows.append(row)
            index = end
            while index < len(cells) and _DASH.fullmatch(cells[index].text):
                index += 1  # the sub-row's blank 分值, 执行率 and 得分
        blocks.append(rows)
    return blocks


# a budget column named the year's ("本年度预算数", "全年预算数"; not "年度预算数" over rows of years), and words of money
# over the years ("累计支出", "以前年度预算数")
_THIS_YEARS_HEADER = re.compile(r"本年|当年|全年")
_OVER_YEARS_HEADER = re.compile(r"累计|以前|上年|往年|历年")
# the department's whole row's label (not 单位预算, one unit's of several)
_DEPARTMENTS_WHOLE = re.compile(r"\s*(?:部门预算|(?:年度)?部门整体支出)\s*")
_TOTAL_SECOND_CELL = re.compile(r"\s*(?:总额|合计|总计)\s*")  # (not 小计, one group's above the 合计)
_RUN_IN_LABEL = re.compile(
    r"(?P<label>[\u4e00-\u9fff：:（）()]{2,16}?)(?P<figure>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)"
)


_RATE_THEN_LABEL = re.compile(r"(?P<rate>\d+(?:\.\d+)?\s*[%％])(?P<label>[\u4e00-\u9fff：:（）()]{2,16})")


_CUT_PIECE = 5  # characters of a word's piece a PDF's narrow cell prints on a line ("年初预" / "算数")


_YEAR_ROW = re.compile(r"\s*(20\d\d)\s*年度?\s*")
_YEAR_ROWS = 4  # rows of a table by year: the years compared


def _years_row(cells: Sequence[Cell], after: int, width: int, year: int) -> int | None:
    """The label of the row of ``year`` in a table whose rows are years, each a year and ``width`` cells, from
    ``after`` on; None unless the rows are so."""
    at = after
    for _ in range(_YEAR_ROWS):
        found = _YEAR_ROW.fullmatch(cells[at].text) if at < len(cells) else None
        if found is None:
            return None
        if int(found.group(1)) == year:
            return at
        at += width + 1
    return None


def _cut_words_rejoined(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells, with a header or a row label a PDF's narrow cell cut inside a word joined again ("年初预" / "算数",
    "全年执" / "行数", "年度资金总" / "额"): two short pieces, each its line's only cell, that together name a
    column or the total row and neither alone does."""
    joined: list[Cell] = []
    at = 0
    while at < len(cells):
        cell = cells[at]
        after = cells[at + 1] if at + 1 < len(cells) else None
        if (
            after is not None
            and len(cell.text) <= _CUT_PIECE
            and len(after.text) <= _CUT_PIECE
            and after.line == cell.line + 1
            and _alone(cells, at)
            and _alone(cells, at + 1)
            and _CJK_PIECE.fullmatch(cell.text)
            and _CJK_PIECE.fullmatch(after.text)
            and not any(column_key(piece.text) or _total_label(piece.text) for piece in (cell, after))
            # ("年初" / "预算数": a header's halves, which _headers_rejoined joins)
            and cell.text not in _FIRST_HALVES
            and (column_key(cell.text + after.text) is not None or _total_label(cell.text + after.text))
        ):
            joined.append(cell._replace(text=cell.text + after.text))
            at += 2
            continue
        joined.append(cell)
        at += 1
    return joined


# the total row of a self-evaluation form's own funds block ("年度资金总额", "年度财政资金总额", "资金总额", "部门预算")
_FORMS_TOTAL = re.compile(r"资金总额|部门预算|单位预算|整体支出")
_CJK_PIECE = re.compile(r"[\u4e00-\u9fff]+")


def _alone(cells: Sequence[Cell], at: int) -> bool:
    """Whether the cell at ``at`` is its line's only one."""
    line = cells[at].line
    return (at == 0 or cells[at - 1].line != line) and (at + 1 == len(cells) or cells[at + 1].line != line)


def _labels_apart(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells, with a row's label run into its first figure set apart from it ("合计86,354,200.00    93,718,642.35
    …", the label's cell and the figure's printed as one), and a row's rate run into the next row's label."""
    if not any(_RUN_IN_LABEL.fullmatch(cell.text) or _RATE_THEN_LABEL.fullmatch(cell.text) for cell in cells):
        return cells  # the common case
    apart: list[Cell] = []
    for cell in cells:
        found = _RUN_IN_LABEL.fullmatch(cell.text)
        if found is not None:
            at = cell.start + found.start("figure")
            apart += [
                cell._replace(text=found.group("label"), end=at),
                Cell(found.group("figure"), cell.line, at, cell.end),
            ]
        elif (rate := _RATE_THEN_LABEL.fullmatch(cell.text)) is not None:
            # "…17,815,330.17    99.29%基本支出    14,206,330.00 …": a row's rate run into the next row's label
            at = cell.start + rate.start("label")
            apart += [
                cell._replace(text=rate.group("rate"), end=at),
                Cell(rate.group("label"), cell.line, at, cell.end),
            ]
        else:
            apart.append(cell)
    return apart


# a header and its figure a space apart, a line of its own ("年初预算数 1020"); under the form's own block label only
_HEADER_AND_FIGURE = re.compile(
    r"(?P<header>[\u4e00-\u9fff()（）]{2,12})\s+(?P<figure>\d[\d,]*(?:\.\d+)?\s*[%％]?)"
)
_FORMS_OWN_LABEL = re.compile(r"\s*(?:年度资金总额|" + PROJECT_FUNDS_LABEL + r"|部门预算)\s*[:：]?\s*")


def _pairs_apart(cells: Sequence[Cell]) -> Sequence[Cell]:
    """The cells, with a form converted one header and its figure a line ("项目资金(万元)" / "年初预算数 1020" /
    "全年预算数 1156.8" / …) cut into the header and the figure, where the run of them opens right under the form's
    own block label (not under another period's or part's, "上年度项目资金" / "合计" / "全年预算数 350")."""
    if not any(_HEADER_AND_FIGURE.fullmatch(cell.text) for cell in cells):
        return cells  # the common case
    apart: list[Cell] = []
    run = False
    for cell in cells:
        found = _HEADER_AND_FIGURE.fullmatch(cell.text)
        if (
            found is not None
            and column_key(found.group("header")) is not None
            and (run or (bool(apart) and _FORMS_OWN_LABEL.fullmatch(apart[-1].text) is not None))
        ):
            at = cell.start + found.start("figure")
            apart += [
                cell._replace(text=found.group("header"), end=cell.start + found.end("header")),
                Cell(found.group("figure"), cell.line, at, cell.end),
            ]
            run = True
        else:
            apart.append(cell)
            run = False
    return apart


def _heads_its_parts(cells: Sequence[Cell], at: int) -> bool:
    """Whether the row at ``at``, a label and its figures, is followed by a sub-row opening with 其中: the
    block's total row, whatever its label calls the money ("项目资金(万元)")."""
    if at >= len(cells) or not _SUB_ROW.match(cells[at].text) or column_key(cells[at].text) is not None:
        return False
    end = at + 1
    while end < len(cells) and _number(cells[end].text) is not None:
        end += 1
    return end - at > 2 and end < len(cells) and cells[end].text.strip().startswith("其中")


# a form's row of the year's appropriation ("财政拨款资金", "当年财政拨款"), no 其中 before it
_APPROPRIATION_ROW = re.compile(r"\s*(?:当年|本年)?财政拨款(?:资金)?\s*")
_BLANK_CELL = re.compile(r"\s*[—－\-/／]*\s*")
# what a form prints after its funds block: the indicators' headers or the year's goal
_AFTER_THE_FUNDS = re.compile(
    r"\s*(?:一级指标|二级指标|三级指标|绩效指标|指标名称|年度(?:总体)?目标|总体目标|绩效目标)"
)


def _the_one_appropriation_row(cells: Sequence[Cell], at: int) -> bool:
    """Whether the row at ``at`` is the block's one row, the appropriation's label and three figures or more (its
    blank cells "—" among them), the indicators' headers or the form's goal right after it: the money the form
    evaluates, its whole (not one source among rows of others, whatever their names)."""
    if at >= len(cells) or not _APPROPRIATION_ROW.fullmatch(cells[at].text):
        return False
    end = at + 1
    figures = 0
    while end < len(cells) and (
        _number(cells[end].text) is not None or _BLANK_CELL.fullmatch(cells[end].text)
    ):
        figures += _number(cells[end].text) is not None
        end += 1
    return figures >= 3 and end < len(cells) and _AFTER_THE_FUNDS.match(cells[end].text) is not None


def _lists_projects(before: Sequence[Cell], first_header: Cell) -> bool:
    """Whether the header row opens with a project's name's cell, after a number's ("序号 | 项目名称 | 全年预算 | 实际支出
    | 执行率"): a table of projects, each row one project's; its 合计 adds up the projects, not the funds."""
    row = [cell.text.strip() for cell in before if cell.line == first_header.line]
    if not row and before:
        # one cell a line: "序号" / "项目名称" / "全年预算数" / …, the name's header right above the first one
        return before[-1].text.strip() == "项目名称" and before[-1].line == first_header.line - 1
    return row[:1] == ["项目名称"] or row[:2] == ["序号", "项目名称"]


_PERCENT_NOTE = re.compile(r"[(（]\s*%\s*[)）]")
# characters of a table's heading ("三、“三公”经费、政府采购及资产管理"), not a sentence that mentions the part
_HEADING_LENGTH = 24
_SENTENCE_MARK = re.compile(r"[。，,；;]")
_CLAUSE_END = re.compile(r"[。；;]")


def _last_clause(text: str) -> str:
    """What a cell says after its last "。" or "；": a sentence's amounts carry their units, its last words may note
    the table's."""
    return _CLAUSE_END.split(text)[-1]


_HEADING_REACH = 3  # cells from a table's heading to its header row
_HEADING_LINES = 2  # ... or lines
_THE_WHOLES = re.compile(r"含|包括|部门|整体|单位")
_PART_TABLE = re.compile("|".join(load_vocabulary("labels")["funds_part_tables"]))
_HEADER_POINTS = re.compile(r"(?:预算执行|资金|执行率)[^()（）]{0,8}[(（]\s*(\d{1,2})\s*分\s*[)）]")
_INCOME_TOTAL = re.compile(r"收入(?:合计|总计|总额)")
_ROW_NUMBER = r"[一二三四五六七八九十]{1,2}\s*[、.．]\s*"
_SPENDING_WORDS = r"(?:本年|年度|部门)?支出(?:合计|总计|总额)"
# a 决算 table's numbered spending total row ("三、本年支出合计 | 5,412.60 | …")
NUMBERED_ACCOUNTS_TOTAL = re.compile(rf"\s*{_ROW_NUMBER}{_SPENDING_WORDS}")
_SPENDING_TOTAL = re.compile(rf"(?:{_ROW_NUMBER})?{_SPENDING_WORDS}\s*[:：]?")
_SPENDING_TOTAL_REACH = 60  # cells from an income total row to the spending total row under its sources' rows


_PHONE_LABEL = re.compile(r"电话|手机|联系方式")


def _total_label(text: str) -> bool:
    """Whether a cell labels the funds block's total row: its words anywhere ("年度资金总额："), or the whole cell
    ("部门预算"), spaced out or not ("合 计")."""
    vocab = vocabulary()
    text = text.replace(" ", "")
    return (
        vocab.funds_total_row.search(text) is not None or vocab.funds_total_cell.fullmatch(text) is not None
    )


def _balanced_total(cells: Sequence[Cell], start: int, at: int) -> bool:
    """Whether the row at ``at`` is a 收入支出决算总表's 支出总计 under a row of what is carried over ("年末结转和结余"):
    the year's spending and what is left, which balance the income, no spending of the year."""
    return "总计" in cells[at].text and any(_CARRIED.search(cell.text) for cell in cells[start:at])


_CARRIED = re.compile(r"结转|结余")


def _figures_row(cells: Sequence[Cell]) -> bool:
    """Whether ``cells`` hold a row of figures only (three or more, blanks as dashes), no label of its own."""
    rows: dict[int, list[str]] = {}
    for cell in cells:
        rows.setdefault(cell.line, []).append(cell.text.strip())
    return any(
        sum(_number(text) is not None for text in row) >= 3
        and all(_number(text) is not None or _DASH.fullmatch(text) for text in row)
        for row in rows.values()
    )


_BLOCK_LABEL = re.compile(r"\s*" + PROJECT_FUNDS_LABEL + r"\s*[:：]?\s*")
# cells from the total row's label (and its sub-rows' labels) to the first header
_COLUMN_WISE_LABEL_REACH = 6


def _column_wise(cells: Sequence[Cell], index: int) -> tuple[FundsRow, int] | None:
    """The total row of a funds block printed column by column, as a PDF's text may come out: the rows' labels
    ("年度资金总额：" / "其中：财政拨款" / "上年结转资金"), then each column's header and its figures, the total row's
    first ("年初预算数" / "300" / "300" / "0" / "全年预算数" / "412.5" / …), the labels perhaps repeated before each
    figure; headers standing together ("分值" / "执行率" / "得分") take the figures after them in order. None unless
    the figures placed so are consistent, as a row's must be."""
    # the labels before the first header, or the total's right after it ("年初预算数" / "年度资金总额" / "960" / …)
    near = [*cells[max(0, index - _COLUMN_WISE_LABEL_REACH) : index], *cells[index + 1 : index + 2]]
    label = next(
        (cell for cell in near if _total_label(cell.text) and _number(cell.text) is None),
        None,
    )
    if label is None and index > 0 and _BLOCK_LABEL.fullmatch(cells[index - 1].text):
        # "项目资金(万元)" / "年初预算数 1020" / …: the form's 年度资金总额 row left out
        label = cells[index - 1]
    if label is None:
        return None
    at = next(
        (at for at in range(max(0, index - _COLUMN_WISE_LABEL_REACH), index) if cells[at] is label), None
    )
    if at is not None and any(column_key(cell.text) is not None for cell in cells[at + 1 : index]):
        return None  # a later column of a block whose first column's header stands above: read from there, or not
    # (above the rows' labels, when they come first one a line and nothing else before the headers: "年度资金总额" /
    # "其中：基本支出" / "项目支出" are rows, no heading; not a total of the table above, "合计 / 652 / “三公”经费")
    first = next(
        (
            at
            for at in range(max(0, index - _COLUMN_WISE_LABEL_REACH), index)
            if cells[at] is label
            and _alone(cells, at)
            and not _PART_TABLE.search(label.text)
            and all(
                _SUB_ROW.match(c.text)
                and _number(c.text) is None
                and not (_PART_TABLE.search(c.text) and not c.text.lstrip().startswith("其中"))
                for c in cells[at + 1 : index]
            )
        ),
        index,
    )
    # the total row's place among the rows: its parts may come first ("项目" / "基本支出" / "项目支出" / "合计", then each
    # column's figures in that order), the total's then the last of each column's
    place = _rows_above(cells, first) if cells[first] is label else 0
    # (the first column holds a figure for each row and the total, else the labels above were no rows)
    if place and _figures_after(cells, index) != place + 1:
        place = 0
    top = first - place - 1 if place else first  # (above the row header, when the parts' rows come first)
    heading = cells[max(0, top - _HEADING_REACH) : top]
    if any(len(c.text) <= _HEADING_LENGTH and _PART_TABLE.search(c.text) for c in heading):
        return None  # "“三公”经费(万元)" / "预算数" / "本年支出合计" / …: a part's table
    values: dict[str, tuple[Decimal, bool]] = {}
    value_cells: dict[str, Cell] = {}
    column: dict[str, list[Decimal]] = {}  # each column's figures in order, the total's among them
    pending: list[str] = []
    position = index
    while position < len(cells):
        cell = cells[position]
        key = column_key(cell.text)
        number = _number(cell.text)
        if key is not None:
            if key in values or key in pending:
                break
            pending = [*pending, key] if pending and pending[-1] not in values else [key]
            if place and len(pending) > 1:
                # headers standing together over rows in order: which figure is the total's, unknown
                return None
        elif number is not None:
            waiting = [k for k in pending if k not in values]
            under = waiting[0] if waiting else pending[-1] if len(pending) == 1 else None
            if under is not None:
                figures = column.setdefault(under, [])
                figures.append(number[0])
                if under in waiting and len(figures) > place:
                    values[under] = number
                    value_cells[under] = cell
        elif is_page_furniture(cell.text):
            pass  # "—第3页—" between two columns
        elif not (_DASH.fullmatch(cell.text) or _SUB_ROW.match(cell.text)):
            break
        position += 1
    # an amount column short of another's figures left a cell blank ("全年执行数" / "150" / "28.76" beside "全年预算数" /
    # "182.4" / "150" / "32.4", the total's spending blank): its first figure is the total's only where the rest add
    # up to it
    amounts = [key for key in column if key in _AMOUNTS]
    most = max((len(column[key]) for key in amounts), default=0)
    for key in amounts:
        figures = column[key]
        summed = place == 0 and len(figures) > 1 and figures[0] == sum(figures[1:], Decimal(0))
        if key in values and len(figures) < most and not summed:
            del values[key], value_cells[key]
    if len(values) < 3 or not ({"adjusted", "executed"} <= set(values) or "rate" in values):
        return None
    if not _consistent(values):
        return None
    # (of a sentence above, its last clause: not what it says of its own amounts, "项目支出明细(元):A 386,500.00元;…")
    unit = amount_unit(" ".join(_last_clause(c.text) for c in cells[max(0, index - _NOTE_REACH) : index]))
    row = tuple(
        FundsCell(key, in_wan(value[0], unit) if key in _KEPT_AMOUNTS else value[0], value_cells[key])
        for key, value in values.items()
        if key not in _HELD and not (key == "rate" and not value[1] and value[0] <= 1)
    )
    return FundsRow(label, row), position


def _labels_listed(cells: Sequence[Cell], after: int, label: int) -> int:
    """How many rows' labels stand one a line between the headers (ending at ``after``) and the total's label at
    ``label``, with a figure right after the total's: the rows' labels listed before any row's figures."""
    between = cells[after:label]
    if not between or label + 1 >= len(cells) or _number(cells[label + 1].text) is None:
        return 0
    if all(
        _alone(cells, at) and _SUB_ROW.match(cells[at].text) and column_key(cells[at].text) is None
        for at in range(after, label)
    ):
        return len(between)
    return 0


def _last_rows_figures(
    cells: Sequence[Cell], label: int, rows: int, width: int
) -> tuple[list[Cell], int] | None:
    """The last of ``rows`` rows' figures printed one row after another after ``label`` (a page's number between them
    skipped), and where they end; None unless there are as many figures as the rows' cells."""
    figures: list[Cell] = []
    at = label + 1
    while at < len(cells) and (_number(cells[at].text) is not None or is_page_furniture(cells[at].text)):
        if _number(cells[at].text) is not None:
            figures.append(cells[at])
        at += 1
    if len(figures) != rows * width:
        return None
    return figures[-width:], at


def _figures_after(cells: Sequence[Cell], at: int) -> int:
    """How many figures follow the cell at ``at`` one after another."""
    count = 0
    while at + count + 1 < len(cells) and _number(cells[at + count + 1].text) is not None:
        count += 1
    return count


def _rows_above(cells: Sequence[Cell], at: int) -> int:
    """How many rows' labels stand, one a line, between a row header ("项目", "支出类别") and the total's label at
    ``at``: the total's place in each column printed after them (none unless the row header opens them)."""
    above = at - 1
    while (
        above >= 0
        and at - above <= _COLUMN_WISE_LABEL_REACH
        and _alone(cells, above)
        and _SUB_ROW.match(cells[above].text)
        and column_key(cells[above].text) is None
        and not ROW_HEADER_WORD.fullmatch(cells[above].text.strip())
    ):
        above -= 1
    if above < 0 or above == at - 1 or not ROW_HEADER_WORD.fullmatch(cells[above].text.strip()):
        return 0
    return at - above - 1


# a project form's name cell ("项目名称 | 林业有害生物防治", or the name alone on the next line)
_PROJECT_NAME = re.compile(r"项\s*目\s*名\s*称\s*[|:：\s]*(?P<name>[^|\s]{2,60})?")
_FORM_HEAD = 12  # lines from a form's name cell down to its funds row, one cell a line


def form_project(lines: Sequence[Line], number: int) -> str | None:
    """The project named in the head of the form whose funds row is on line ``number``: in a department's
    report, an appended project form's figures are that project's, not the department's. A column header
    after 项目名称 ("项目名称 | 全年预算数（万元）…", a table of the department's own figures) names none."""
    head = [line for line in lines if number - _FORM_HEAD <= line.number < number]
    for at in range(len(head) - 1, -1, -1):
        found = _PROJECT_NAME.search(head[at].text)
        if found is None:
            continue
        name = found.group("name") or (head[at + 1].text.strip() if at + 1 < len(head) else "")
        if not 2 <= len(name) <= 60 or "|" in name or column_key(name) or _HEADER_WORDS.search(name):
            return None
        # "项目名称: X医院2024年度部门整体支出绩效自评表" (a site's field holding the page's title): the department's form
        return None if _A_DEPARTMENTS_TITLE.search(name) else name
    # "附表2 优抚对象抚恤补助项目绩效自评表" over the row: the appended form's title names its project
    for line in reversed(head):
        titled = _PROJECT_FORM_TITLE.search(line.text)
        if titled is not None and not _NOT_A_PROJECTS_NAME.search(titled.group("name")):
            return titled.group("name")
    return None


_PROJECT_FORM_TITLE = re.compile(r"(?P<name>[\u4e00-\u9fff（）()“”]{2,40}?项目)(?:支出)?绩效(?:自评|评价)表")
_NOT_A_PROJECTS_NAME = re.compile(r"年度|^(?:[本该各]|重点|部门)?项目$")
_A_DEPARTMENTS_TITLE = re.compile(r"部门整体|单位整体|整体支出")
_HEADER_WORDS = re.compile(
    r"(?:预算数|执行数|执行率|得分|分值|金额|[(（]\s*万?元\s*[)）]|资金来源|序号)$|^(?:年初|全年|调整后)"
)


ROW_CELLS_BELOW = 8  # lines under a row's label that a form printed one cell a line puts its figures on
_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.])")
_LABEL_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
_MONEY_UNITS = re.compile(r"[万亿元]")


def figure_place(
    lines: Sequence[Line], row_line: int, value: Decimal, skip: int = 0
) -> tuple[int, int, int] | None:
    """(line, start, end) of a funds row's figure: on the row's own line, or on a line under its label where a form
    printed one cell a line ("年度资金总额:" / "480" / "452.6万"), up to the next row's label, in 万元 or in the 元 a
    form's figures may be printed in ("254,380.00" read as 25.438万元); None when it is not printed so. ``skip``
    passes over the row's earlier cells that print the same figure."""
    printed = (value, value * _WAN)
    for number in range(row_line, min(row_line + ROW_CELLS_BELOW, len(lines)) + 1):
        text = lines[number - 1].text
        if number > row_line and _LABEL_CHARACTER.search(_MONEY_UNITS.sub("", text)):
            break  # the next row's label (not a cell's unit: "268.35万")
        for cell in _FIGURE.finditer(text):
            if Decimal(cell.group().replace(",", "")) in printed:
                if skip == 0:
                    return number, cell.start(), cell.end()
                skip -= 1
    return None
