"""The funds row of an appended 自评表: "年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分".

Published reports print it with cells separated (tab, "|", wide spaces), one cell per line, or run together
by a careless conversion ("年度资金总额:202010100.00%10" is 20 | 20 | 10 | 100.00% | 10). The cells stand
under the form's own column headers where the layout placed them or the header line names one column per
cell in order (local forms without 分值, or with it after the rate); otherwise they follow the national
form's order, the rate cell (the one with "%") anchoring them: the three before it are the budget, the
spending and the points (a fourth, further left, the initial budget), the one after it the score. Amounts
are read in the unit the header states (元, 亿元), and in a department's report a project form's row (its
项目名称 above) gives that project's figures. Run-together digits are only read when exactly one way of cutting them makes the spending over the
budget equal the printed rate, or, when none does, exactly one cut prints one amount in every amount column;
otherwise nothing is recorded (a guess would be an invented figure).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal

from jixiao.extract.budget import rate_agrees
from jixiao.extract.context import Context
from jixiao.ingest.document import Line
from jixiao.layout.cells import Cell, split_cells
from jixiao.layout.funds import (
    MAX_RATE,
    NUMBERED_ACCOUNTS_TOTAL,
    FundsRow,
    column_key,
    form_project,
    in_wan,
    settle_approved,
    stated_unit,
)
from jixiao.layout.vocabulary import vocabulary

# literal-first alternatives let the engine skip to 年 or 资 in each line
_LABEL = re.compile(r"(?:年度资金总额|资金总额)\s*[(（]?\s*(?:万元)?\s*[)）]?\s*[:：]?")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?%?$")
_LEADING_FIGURES = re.compile(r"[\d.]+%?\d{0,2}(?:\.\d{1,2})?")
_IN_WAN = re.compile(r"(\d+(?:\.\d+)?)\s*万元?")  # "372.29万元", "25万"
# column headers before the row label on the same line: a form run together into one line
_HEADERS_BEFORE = re.compile(
    r"(?:全年|年初)?预算数.{0,12}?执行数.{0,20}?执行率|全年预算\s*[(（]A[)）]\s*全年执行\s*[(（]B[)）]"
)
# a form whose only budget column is 年初预算数(A) (Beijing's 2016 form): that budget is also the full year's
_INITIAL_COLUMN = re.compile(r"年初预算数")
_FULL_YEAR_COLUMN = re.compile(r"全年预算|调整后?预算|预算调整")
_RUN = re.compile(r"^(?P<before>[\d.]+)%(?P<score>\d{1,2}(?:\.\d{1,2})?)?$")
_PIECE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_GROUP = re.compile(r"[1-9]\d{0,2}")
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_THOUSANDS = re.compile(r"\d{3}\.\d+")  # a group with the amount's decimals after a bare one: "1 380.00"
_MAX_POINTS = 20
_SLIP_GAP = 50  # percentage points a printed rate may be off the figures' own in a row read by its printing
_POINTS_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # what a funds row's 分值 can be: "10", "20", "12.5"
_FIELDS = ("budget.initial", "budget.adjusted", "budget.executed")


def _cells(lines: Sequence[Line], index: int, label_end: int) -> list[Cell]:
    """The numeric cells after the label: on its own line, or one per following line."""
    line = lines[index]
    rest = Line(line.number, " " * label_end + line.text[label_end:])
    cells = [cell for cell in split_cells(rest) if cell.text]
    if len(cells) == 1 and " " in cells[0].text:  # single spaces between the cells
        first = cells[0]
        cells = [
            Cell(m.group(), first.line, first.start + m.start(), first.start + m.end())
            for m in re.finditer(r"\S+", first.text)
        ]
    # the row's figures end where its words begin ("45 45 10 100% 10 执行率*该指标分值…")
    numeric = []
    for cell in cells:
        if (pieces := _at_written_units(cell)) is not None:
            numeric += pieces
            continue
        if wan := _IN_WAN.fullmatch(cell.text):  # "372.29万元": the form's unit written in each cell
            numeric.append(Cell(wan.group(1), cell.line, cell.start, cell.start + wan.end(1)))
            continue
        if _GROUPED.fullmatch(cell.text):  # "2,986.4": an amount with its thousands marked
            numeric.append(Cell(cell.text.replace(",", ""), cell.line, cell.start, cell.end))
            continue
        figures = _LEADING_FIGURES.match(cell.text)
        if figures is None:
            break
        numeric.append(Cell(figures.group(), cell.line, cell.start, cell.start + figures.end()))
        if figures.end() < len(cell.text):
            break
    cells = numeric
    grouped = sum(
        bool(_GROUP.fullmatch(a.text) and _THOUSANDS.fullmatch(b.text)) for a, b in itertools.pairwise(cells)
    )
    if grouped >= 2:
        return []  # "1 380.00 1 380.00 1 291.77": thousands set apart by a space, or cells? neither is read
    if cells:
        return cells
    following: list[Cell] = []
    for later in lines[index + 1 : index + 8]:
        text = later.text.strip()
        if not _NUMBER.match(text):
            break
        lead = len(later.text) - len(later.text.lstrip())
        following.append(Cell(text, later.number, lead, lead + len(text)))
    return following


_UNIT_THEN_FIGURES = re.compile(r"(?P<budget>\d+(?:\.\d+)?)万元(?P<rest>\d[\d.]*%)")
# points a printed rate may stand from the one its row's amounts give, and still be its rate
_RATE_GAP = Decimal(5)


def _at_written_units(cell: Cell) -> list[Cell] | None:
    """The cells of a row run together after an amount with its unit written ("50万元47.6895.00%": 50 | 47.68 |
    95.00%): the spending and the rate printed to the same places, the one cut that does so, and the rate near
    the one spending over budget gives (a slip of a point, which the audit is to find, not a misreading)."""
    run = _UNIT_THEN_FIGURES.fullmatch(cell.text)
    if run is None:
        return None
    rest = run.group("rest")[:-1]
    places = len(rest.rpartition(".")[2])
    if not places:
        return None
    fused = re.fullmatch(rf"(\d+\.\d{{{places}}})((?:0|[1-9]\d{{0,2}})\.\d{{{places}}})", rest)
    if fused is None:
        return None
    budget, spent, rate = (Decimal(run.group("budget")), Decimal(fused.group(1)), Decimal(fused.group(2)))
    if budget == 0 or rate > MAX_RATE or abs(spent / budget * 100 - rate) > _RATE_GAP:
        return None
    start = cell.start + run.start("rest")
    return [
        Cell(run.group("budget"), cell.line, cell.start, cell.start + run.end("budget")),
        Cell(fused.group(1), cell.line, start, start + fused.end(1)),
        Cell(fused.group(2) + "%", cell.line, start + fused.start(2), start + len(rest) + 1),
    ]


def _cuts(digits: str, parts: int) -> list[list[str]]:
    """Every way of cutting ``digits`` into ``parts`` numbers written without leading zeros."""
    if parts == 1:
        return [[digits]] if _PIECE.fullmatch(digits) else []
    result: list[list[str]] = []
    for end in range(1, len(digits)):
        head = digits[:end]
        if _PIECE.fullmatch(head):
            result += [[head, *tail] for tail in _cuts(digits[end:], parts - 1)]
    return result


def _places(piece: str) -> int:
    return len(piece.partition(".")[2])


def _rate_splits(before: str) -> Iterator[tuple[str, str]]:
    """(rate, the digits before it) for each way the digits before "%" can end with a rate of up to six characters."""
    for width in range(1, min(7, len(before))):
        rate_text, digits = before[-width:], before[:-width]
        if _PIECE.fullmatch(rate_text) and 0 < Decimal(rate_text) <= MAX_RATE:
            yield rate_text, digits


def _readings(before: str, score: Decimal | None) -> list[list[str]]:
    """Every cut of the digits before "%" into amounts (, points) and a rate that agree with each other:
    spending over budget gives the rate, something was spent, and the points (a funds row carries 5 to 20,
    10 in the national form) are at least the score."""
    scored = score is not None
    readings: list[list[str]] = []
    for rate_text, digits in _rate_splits(before):
        rate = Decimal(rate_text)
        for parts in (4, 3) if scored else (3, 2):  # with or without the initial budget
            for cut in _cuts(digits, parts):
                values = [Decimal(piece) for piece in cut]
                budget, executed = (values[-3], values[-2]) if scored else (values[-2], values[-1])
                points_ok = score is None or score <= values[-1] <= _MAX_POINTS
                if points_ok and executed > 0 and budget > 0 and rate_agrees(budget, executed, rate):
                    readings.append([*cut, rate_text + "%"])
    if scored and not readings:
        # a form with no 分值 column, its points in the header ("预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"):
        # the budget and the spending, the rate, the score
        for rate_text, digits in _rate_splits(before):
            for cut in _cuts(digits, 2):
                budget, executed = (Decimal(piece) for piece in cut)
                if executed > 0 and budget > 0 and rate_agrees(budget, executed, Decimal(rate_text)):
                    readings.append([*cut, rate_text + "%"])
    return readings or _repeated(before, score) or _printed_alike(before, score)


def _repeated(before: str, score: Decimal | None) -> list[list[str]]:
    """The cut whose amounts are one figure repeated ("35550 35550 35550 | 10 | 82.12%"), when no cut agrees
    with the printed rate: a figure printed in every amount column is read whatever the rate says (which
    then differs from the one the figures give, a slip for the audit), and by chance hardly ever."""
    readings: list[list[str]] = []
    for rate_text, digits in _rate_splits(before):
        for parts in (4, 3) if score is not None else (3, 2):
            for cut in _cuts(digits, parts):
                amounts = cut[:-1] if score is not None else cut
                points_ok = score is None or score <= Decimal(cut[-1]) <= _MAX_POINTS
                if points_ok and len(amounts) >= 2 and len(set(amounts)) == 1 and len(amounts[0]) >= 2:
                    readings.append([*cut, rate_text + "%"])
    return readings


def _printed_alike(before: str, score: Decimal | None) -> list[list[str]]:
    """The cuts whose amounts are all printed to the same places ("85.00 | 85.00 | 73.27 | 10 | 96%"), points a
    whole number, when no cut agrees with the printed rate: the form's own printing tells the columns apart, and
    the rate, which then differs from the one the figures give, is a slip for the audit (taken only in a scored
    row, whose points column fixes where the amounts end, and only where one such cut exists)."""
    if score is None:
        return []
    readings: list[list[str]] = []
    for rate_text, digits in _rate_splits(before):
        for parts in (4, 3):
            for cut in _cuts(digits, parts):
                amounts, points = cut[:-1], cut[-1]
                places = {_places(piece) for piece in amounts}
                if len(places) != 1 or min(places) == 0:
                    continue
                if "." in points or not score <= Decimal(points) <= _MAX_POINTS:
                    continue
                budget, executed = (Decimal(amounts[-2]), Decimal(amounts[-1]))
                # (a slip of a digit or two, not figures the rate has nothing to do with)
                if (
                    budget > 0
                    and executed > 0
                    and abs(executed / budget * 100 - Decimal(rate_text)) <= _SLIP_GAP
                ):
                    readings.append([*cut, rate_text + "%"])
    return readings if len(readings) == 1 else []


def _run_together(cell: Cell) -> list[Cell]:
    """Cells of a run-together row, when exactly one reading is consistent (forms print all amounts to
    the same number of places, so a reading that does not is set aside when another one does)."""
    match = _RUN.match(cell.text)
    if match is None:
        return []
    scored = match.group("score") is not None  # the national form: points before the rate, score after
    readings = _readings(match.group("before"), Decimal(match.group("score")) if scored else None)
    uniform = [r for r in readings if len({_places(p) for p in r[: -2 if scored else -1]}) == 1]
    chosen = uniform if len(uniform) == 1 else readings
    if len(chosen) != 1:
        return []
    pieces = chosen[0] + ([match.group("score")] if scored else [])
    cells: list[Cell] = []
    position = cell.start
    for piece in pieces:
        cells.append(Cell(piece, cell.line, position, position + len(piece)))
        position += len(piece)
    return cells


def _only_initial_column(lines: Sequence[Line], index: int, label_start: int) -> bool:
    """Whether the header over the row (up to three lines above, or before the label on a run-together
    line) names 年初预算数 and no full-year budget column."""
    header = (
        " ".join(line.text for line in lines[max(0, index - 3) : index]) + lines[index].text[:label_start]
    )
    return bool(_INITIAL_COLUMN.search(header)) and not _FULL_YEAR_COLUMN.search(header)


_BY_KEY = {
    "initial": "budget.initial",
    "adjusted": "budget.adjusted",
    "executed": "budget.executed",
    "rate": "budget.execution_rate",
    "points": "weight",
    "score": "component",
}
_UNITS = {"weight": "分", "component": "分", "budget.execution_rate": "%"}


def _under_headers(
    blocks: Sequence[Sequence[FundsRow]], number: int
) -> list[tuple[str, Decimal, Cell]] | None:
    """The total row on line ``number`` as the layout placed it under its form's own column headers."""
    for block in blocks:
        if block[0].label.line == number:
            return [
                (_BY_KEY[c.key], c.value, c.cell._replace(end=c.figure_end))
                for c in block[0].cells
                if c.key in _BY_KEY
            ]
    return None


# a figure standing as a cell of its own ("1.5", "300000", "96%"): a row of values, no header or unit note
_FIGURE_CELL = re.compile(r"(?:^|[\s|｜])\d+(?:\.\d+)?\s*(?:%|万元?)?(?=[\s|｜]|$)")


_FORM_UNIT_REACH = (
    10  # lines above a funds row where the form's own unit note may stand ("单位：元" over its identity)
)


def _form_unit(lines: Sequence[Line], index: int) -> str:
    """The unit the form notes above its identity rows ("主管部门(盖章)：X | 单位：元"), else 万元, the national form's."""
    for above in reversed(lines[max(0, index - _FORM_UNIT_REACH) : index]):
        if (unit := stated_unit(above.text)) is not None:
            return unit
    return "万元"


def _header_text(lines: Sequence[Line], index: int, label_start: int) -> str:
    """The words over the row that can state its unit: before its label on its line, and the lines right above
    up to the first row of values ("项目总投资（亿元） 1.5 …" above the form's header is another row's unit)."""
    texts = [lines[index].text[:label_start]]
    for above in reversed(lines[max(0, index - 3) : index]):
        if _FIGURE_CELL.search(above.text):
            break
        texts.append(above.text)
    return " ".join(texts)


def _header_keys(lines: Sequence[Line], index: int, label_start: int) -> list[str]:
    """The columns the header line right above the row names in order, its words set apart by spaces
    ("项目资金（万元） 年初预算数 全年预算数 全年执行数 执行率 得分"), or before the label on the row's line."""
    for text in (lines[index].text[:label_start], lines[index - 1].text if index else ""):
        keys = [key for word in re.split(r"[\s|]+", text) if (key := column_key(word)) is not None]
        if len(keys) < 3 and not _FIGURE_CELL.search(text):
            # a header run together ("预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)"): its column words in order,
            # the notes in its brackets left out
            words = vocabulary().any_funds_column.finditer(_BRACKETED.sub(" ", text))
            keys = [key for word in words if (key := column_key(word.group())) is not None] or keys
        if len(keys) >= 3 or keys == ["adjusted", "executed"]:
            return settle_approved(keys)
    return []


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _in_national_order(
    lines: Sequence[Line], index: int, label: re.Match[str]
) -> list[tuple[str, Decimal, Cell]]:
    """The row's cells under the header line's columns when they stand under them in order, else read in the
    national form's order, the rate cell anchoring them (see the module)."""
    cells = _cells(lines, index, label.end())
    if len(cells) == 1:
        cells = _run_together(cells[0])
    if not all(_NUMBER.match(cell.text) for cell in cells):
        return []
    rate_at = next((i for i, cell in enumerate(cells) if cell.text.endswith("%")), None)
    keys = _header_keys(lines, index, label.start())
    # a rate written without "%" ("130 130 130 10 100 10"): placed only when the row fills every column the
    # header names and its spending over its budget gives that rate
    bare_rate = rate_at is None and "rate" in keys and len(cells) == len(keys)
    if bare_rate:
        rate_at = keys.index("rate")
    if rate_at is None and keys == ["adjusted", "executed"] and len(cells) == 2:
        # "全年预算(A) 全年执行(B) 年度资金总额: 25.92 25.92": a form with no rate column, its two amounts
        return [(_BY_KEY[key], Decimal(cell.text), cell) for key, cell in zip(keys, cells, strict=True)]
    if rate_at is None:
        return []
    # every cell under its column, the rate under the rate's: a last cell left blank ("得分") drops off the end
    if len(cells) <= len(keys) and "rate" in keys and keys.index("rate") == rate_at:
        placed: list[tuple[str, Decimal, Cell]] = []
        for key, cell in zip(keys, cells, strict=False):
            if key in _BY_KEY:
                placed.append((_BY_KEY[key], Decimal(cell.text.removesuffix("%")), cell))
            if key == "initial" and "adjusted" not in keys:  # the form's one budget is the full year's too
                placed.append(("budget.adjusted", Decimal(cell.text), cell))
        if bare_rate:
            value = {field: number for field, number, _cell in placed}
            if not rate_agrees(
                value.get("budget.adjusted", Decimal(0)),
                value.get("budget.executed"),
                value.get("budget.execution_rate"),
            ):
                return []
        return placed
    if bare_rate:
        return []
    scored = rate_at + 1 < len(cells)
    if rate_at < (3 if scored else 2):
        return []
    end = rate_at - 1 if scored else rate_at
    amounts = cells[max(0, end - 3) : end]
    placed = [
        (field, Decimal(cell.text), cell)
        for field, cell in zip(_FIELDS[-len(amounts) :], amounts, strict=True)
    ]
    if len(amounts) == 2 and _only_initial_column(lines, index, label.start()):
        placed.insert(0, ("budget.initial", Decimal(amounts[0].text), amounts[0]))
    rate = cells[rate_at]
    stated = Decimal(rate.text[:-1])
    agrees = len(amounts) >= 2 and rate_agrees(Decimal(amounts[-2].text), Decimal(amounts[-1].text), stated)
    if scored and not agrees:
        # "45 | 52 | 49.4 | 95% | 10 | 9.5": a local form with 分值 after the rate, which only that reading gives
        after = _points_after_rate(cells, rate_at, stated)
        if after is not None:
            return after
        fused = _fused_points(cells, rate_at, stated)
        if fused is not None:
            return fused
        if not _POINTS_CELL.fullmatch(cells[rate_at - 1].text):
            return []  # no points: a figure run into them ("118.4210") that no cut reads, so none is placed
    if not agrees and "rate" in keys and len(cells) < len(keys):
        # the header names more columns than the row fills and the rate stands elsewhere: which cells are blank
        # is not known ("126.80 | 134.50 | | 91.2%" under 年初 / 全年 / 执行数 / 上年执行率 / 本年执行率)
        return []
    placed.append(("budget.execution_rate", stated, rate))
    if scored:
        placed += [("weight", Decimal(cells[rate_at - 1].text), cells[rate_at - 1])]
        placed += [("component", Decimal(cells[rate_at + 1].text), cells[rate_at + 1])]
    return placed


def _fused_points(cells: list[Cell], rate_at: int, rate: Decimal) -> list[tuple[str, Decimal, Cell]] | None:
    """The row read when a scan's text ran the spending and the points into one cell ("120 120 118.4210 98.68%
    9.87": 118.42 and 10), when exactly one cut of that cell gives the points (at least the score) and a
    spending that over the budget before it gives the rate."""
    fused = cells[rate_at - 1]
    score = Decimal(cells[rate_at + 1].text)
    before = cells[max(0, rate_at - 3) : rate_at - 1]
    if not before:
        return None
    readings = [
        (amount, points)
        for amount, points in _cuts(fused.text, 2)
        if score <= Decimal(points) <= _MAX_POINTS
        and rate_agrees(Decimal(before[-1].text), Decimal(amount), rate)
    ]
    if len(readings) != 1:
        return None
    amount, points = readings[0]
    spent = Cell(amount, fused.line, fused.start, fused.start + len(amount))
    points_cell = Cell(points, fused.line, spent.end, fused.end)
    amounts = [*before, spent]
    placed = [
        (field, Decimal(cell.text), cell)
        for field, cell in zip(_FIELDS[-len(amounts) :], amounts, strict=True)
    ]
    placed.append(("budget.execution_rate", rate, cells[rate_at]))
    placed.append(("weight", Decimal(points), points_cell))
    placed.append(("component", score, cells[rate_at + 1]))
    return placed


def _points_after_rate(
    cells: list[Cell], rate_at: int, rate: Decimal
) -> list[tuple[str, Decimal, Cell]] | None:
    """The row read as budget, spending, rate, points, score, when its spending over its budget gives the
    rate."""
    amounts = cells[max(0, rate_at - 3) : rate_at]
    if len(amounts) < 2 or rate_at + 3 != len(cells):
        return None
    if not all(_PIECE.fullmatch(cell.text) for cell in cells[rate_at + 1 :]):
        return None  # "98.28% | 5586.12 | 96.31%": an arrival rate, then the spending and its rate, no points
    if not rate_agrees(Decimal(amounts[-2].text), Decimal(amounts[-1].text), rate):
        return None
    placed = [
        (field, Decimal(cell.text), cell)
        for field, cell in zip(_FIELDS[-len(amounts) :], amounts, strict=True)
    ]
    placed.append(("budget.execution_rate", rate, cells[rate_at]))
    placed.append(("weight", Decimal(cells[rate_at + 1].text), cells[rate_at + 1]))
    placed.append(("component", Decimal(cells[rate_at + 2].text), cells[rate_at + 2]))
    return placed


def extract_funds_rows(
    ctx: Context, lines: Sequence[Line], blocks: Sequence[Sequence[FundsRow]] = (), department: bool = False
) -> None:
    """Budget, spending, rate, points and score facts from every funds row of an appended form: under the
    form's own column headers where the layout placed them (``blocks``), else in the national order; in a
    ``department``'s report, a project's form (its 项目名称 above the row) gives that project's figures. A
    funds table's total row under another label ("合计 | 742.50 | 739.18 | 99.55%") gives its figures too, so
    the audit checks them as it checks the form's."""
    read: set[int] = set()
    # a 决算 table's numbered spending total row ("三、本年支出合计 | …") states the accounts: where the report's own words
    # state a figure otherwise (the budget it evaluated, with the money carried over), theirs stands
    accounts = {block[0].label.line for block in blocks if NUMBERED_ACCOUNTS_TOTAL.match(block[0].label.text)}
    stated = {(f.field, f.value) for f in ctx.facts if f.field.startswith("budget.")} if accounts else set()
    for index, line in enumerate(lines):
        label = _LABEL.search(line.text) or _wrapped_label(lines, index)
        if label is None or (
            label.start() > 4
            and not _HEADERS_BEFORE.search(line.text, 0, label.start())
            and not _an_indented_whole_row(line.text, label)
        ):
            continue
        placed = _under_headers(blocks, line.number)
        if placed is None or not any(field in _FIELDS for field, _, _ in placed):
            # no amount placed under the headers ("年初预算数 全年预算数（A）…" over a row of five figures: which
            # columns are blank the headers cannot tell): the national form's order
            # the amounts in the unit the header over the row states ("项目资金（元）"), else in 万元
            unit = stated_unit(_header_text(lines, index, label.start())) or _form_unit(lines, index)
            placed = [
                (field, in_wan(value, unit) if field in _FIELDS else value, cell)
                for field, value, cell in _in_national_order(lines, index, label)
            ]
        read.add(line.number)
        if line.number in accounts:
            placed = _not_stated_otherwise(placed, stated)
        _add_facts(ctx, placed, *_owner(ctx, lines, line.number, department))
    for block in blocks:
        number = block[0].label.line
        if number not in read and (placed := _under_headers(blocks, number)):
            read.add(number)
            if number in accounts:
                placed = _not_stated_otherwise(placed, stated)
            _add_facts(ctx, placed, *_owner(ctx, lines, number, department))
    for index, line in enumerate(lines):
        if "计" in line.text and line.number not in read and (placed := _fused_total_row(lines, index)):
            read.add(line.number)
            _add_facts(ctx, placed, *_owner(ctx, lines, line.number, department))


def _not_stated_otherwise(
    placed: list[tuple[str, Decimal, Cell]], stated: set[tuple[str, Decimal | str | None]]
) -> list[tuple[str, Decimal, Cell]]:
    """The figures placed, but for those whose field the text states with another value."""
    fields = {field for field, _ in stated}
    return [p for p in placed if p[0] not in fields or (p[0], p[1]) in stated]


def _an_indented_whole_row(text: str, label: re.Match[str]) -> bool:
    """Whether a row a PDF's text layer indented opens with its label and states every figure of the national form's
    row (年初预算数 to 得分): its leading spaces are no cells before the label, and its figures' order is sure."""
    return not text[: label.start()].strip() and len(_ROW_FIGURE.findall(text, label.end())) >= _WHOLE_ROW


_ROW_FIGURE = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?%?")
_WHOLE_ROW = 6  # 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分


_LABEL_HEAD = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff]{2,5})\s+(?=\d)")
_LABEL_END = re.compile(r"\s*[\u4e00-\u9fff]{1,3}\s*")


def _wrapped_label(lines: Sequence[Line], index: int) -> re.Match[str] | None:
    """The row's label cut by its narrow column, its end alone on the next line ("年度资金总 41.3 41.3 38.92 …" /
    "额"): the label's head, where head and end make the label whole."""
    head = _LABEL_HEAD.match(lines[index].text)
    if head is None or index + 1 >= len(lines) or not _LABEL_END.fullmatch(lines[index + 1].text):
        return None
    if not _LABEL.fullmatch(head.group("head") + lines[index + 1].text.strip()):
        return None
    return re.compile(re.escape(head.group("head"))).search(lines[index].text)


# a table's total row with its cells run together, no separator left: "合计68006027.9588.65%" (6800 | 6027.95 | 88.65%)
_FUSED_TOTAL = re.compile(r"(?:合\s*计|总\s*计)\s*[:：]?\s*(?P<before>\d[\d.]{5,})%")
_BUDGET_COLUMN = re.compile(r"全年预算|调整后预算|预算数")
_SPENT_COLUMN = re.compile(r"执行数|支出数|决算数|实际支出")
_HEADER_REACH = 3  # lines above a run-together total row where its table's header may stand
_FUSED_FIELDS = ("budget.adjusted", "budget.executed", "budget.execution_rate")


def _fused_total_row(lines: Sequence[Line], index: int) -> list[tuple[str, Decimal, Cell]] | None:
    """The budget, spending and rate of a table's total row run together, under a header naming the budget's, the
    spending's and the rate's columns, when exactly one cut of its digits gives a spending over the budget that is the
    printed rate; otherwise nothing (a guess would be an invented figure)."""
    line = lines[index]
    found = _FUSED_TOTAL.search(line.text)
    if found is None:
        return None
    header = " ".join(later.text for later in lines[max(0, index - _HEADER_REACH) : index])
    header += line.text[: found.start()]
    if not (_BUDGET_COLUMN.search(header) and _SPENT_COLUMN.search(header) and "执行率" in header):
        return None
    if "项目名称" in header:
        return None  # "项目名称 预算数 支出数 执行率 … 合计221.65209.6194.57%": the listed projects' total, a part's
    # (the budget, the spending and the rate; the initial budget before them where the header names its column
    # beside the full year's: "项目年初预算调整后预算实际支出执行率 合计1874.232105.62046.8897.21%")
    fields: tuple[str, ...] = _FUSED_FIELDS
    if "年初预算" in header and _FULL_YEAR_COLUMN.search(header):
        fields = ("budget.initial", *_FUSED_FIELDS)
    readings = [r for r in _readings(found.group("before"), None) if len(r) == len(fields)]
    if len(readings) != 1:
        return None
    unit = stated_unit(header) or "万元"
    placed: list[tuple[str, Decimal, Cell]] = []
    position = found.start("before")
    for field, piece in zip(fields, readings[0], strict=True):
        cell = Cell(piece, line.number, position, position + len(piece))
        value = Decimal(piece.removesuffix("%"))
        placed.append((field, in_wan(value, unit) if field in _FIELDS else value, cell))
        position += len(piece)
    return placed


def _owner(ctx: Context, lines: Sequence[Line], number: int, department: bool) -> tuple[str | None, str]:
    """Whose a total row of a ``department``'s report is, and the family its facts go in: a project's form's
    (its 项目名称 above the row), or a part's section's ("（三）项目支出情况" over its table of projects and their
    合计), else the report's own (None)."""
    if not department:
        return None, "project"
    project = form_project(lines, number)
    if project is not None:
        return project, "project"
    text = ctx.read_text.get(number, "")
    # (the row's first printed character: an indent is no part of the flow)
    return table_part(ctx, number, len(text) - len(text.lstrip())), "part"


def table_part(ctx: Context, line: int, column: int) -> str | None:
    """The part of a department's spending a table's cell at ``line``, ``column`` belongs to: the section's its heading
    names ("（三）项目支出情况" over a table of projects and their 合计), or the projects' when the table lists them by
    name ("项目名称 | 全年预算数 | 实际支出 | 执行率" over their rows and a plain 合计): never the department's whole."""
    part = ctx.part_at_cell(line, column)
    if part is None and _of_named_items(ctx.read_text, line):
        return "项目支出"
    return part


# the first header cell of a table listing named items ("项目名称", "专项资金名称"), not a funds block's row header
# (not "项目" alone, the row header of a 收支 table: "项目 | 年初预算数 | …" over 收入合计, 支出合计)
_ITEM_HEADER = re.compile(r"(?:项目|专项资金|资金|经费|专项)名称")
_ITEM_HEADER_REACH = 12  # lines above a table's total row where its header may stand
_PLAIN_SUM_ROW = re.compile(r"\s*[|｜]?\s*(?:合\s*计|总\s*计)")


def _of_named_items(read_text: Mapping[int, str], number: int) -> bool:
    """Whether the table whose total row is on line ``number`` is a plain sum ("合计") of named items under a header
    opening with "项目名称" (or "专项资金名称"…): the nearest line above with an amount's column header decides (a row
    the form names as the funds' total, "年度资金总额", is the funds block, whatever the header's first cell)."""
    if not _PLAIN_SUM_ROW.match(read_text.get(number, "")):
        return False
    for above in range(number - 1, max(0, number - 1 - _ITEM_HEADER_REACH), -1):
        line = Line(above, read_text.get(above, ""))
        cells = [cell.text.strip() for cell in split_cells(line) if cell.text.strip()]
        if len(cells) < 3:
            cells = line.text.split()  # (a row printed with single spaces between its cells)
        if len(cells) >= 3 and any("预算" in cell or "支出" in cell for cell in cells[1:]):
            return _ITEM_HEADER.fullmatch(cells[0]) is not None
    return False


def _add_facts(
    ctx: Context, placed: Sequence[tuple[str, Decimal, Cell]], project: str | None, family: str = "project"
) -> None:
    """The facts of one total row's cells: the report's own, or (in ``family``) the ``project``'s whose form holds
    the row or the part's whose section does. A
    cell's column beats the label prose reading gave the same figure ("年度财政资金总额 25万 23.8万": 23.8 is
    the spending column's, not a second 资金总额), and a project's form beats any reading of its cells as the
    report's own (the row's "90.51%" read as prose after 执行率 is the project's rate, not the department's)."""
    replaced = _FIELDS if project is None else (*_FIELDS, "budget.execution_rate")
    ctx.facts[:] = [
        f
        for f in ctx.facts
        if f.field not in replaced
        or not any(
            (f.field != field or project is not None)
            and f.line == cell.line
            and f.start < cell.end
            and cell.start < f.end
            for field, _value, cell in placed
            if project is not None or not any(other == f.field and at is cell for other, _v, at in placed)
        )
    ]
    for field, value, cell in placed:
        if field == "budget.execution_rate" and value > MAX_RATE:
            continue  # "9786%": the decimal point lost, no rate
        if project is None:
            subject = "预算执行率" if field in ("weight", "component") else None
            unit = _UNITS.get(field, "万元")
            ctx.add_line_fact(field, value, cell.line, cell.start, cell.end, unit=unit, subject=subject)
        elif field.startswith("budget."):
            ctx.add_line_fact(
                field.replace("budget.", f"{family}."),
                value,
                cell.line,
                cell.start,
                cell.end,
                subject=project,
            )
