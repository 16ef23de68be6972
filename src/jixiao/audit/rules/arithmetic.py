"""Arithmetic: totals, rates and scores that do not follow from the figures stated beside them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

from jixiao.audit.arrivals import arrivals
from jixiao.audit.breakdowns import (
    ITEM_NUMBER,
    MARKERS,
    OTHER_YEARS_AMOUNT,
    UP_TO_AN_AMOUNT,
    Group,
    Part,
    groups,
    label_before,
    money_facts,
    numbered_groups,
    of_a_named_project,
    share_after,
    summed_above_groups,
    trailing_groups,
)
from jixiao.audit.changes import Change, StatedChange, changes, stated_changes
from jixiao.audit.context import Context, per_report
from jixiao.audit.counts import CountGroup, completions, count_groups, count_shares
from jixiao.audit.findings import Severity
from jixiao.audit.registry import Hit, rule
from jixiao.decimals import HUNDRED, fmt, fmt_money, quantize
from jixiao.extract.budget import RATE_OF_ANOTHER, classify, in_a_counted_listing
from jixiao.extract.context import SENTENCE_BREAKS, clause_start, in_brackets, sentence_end, sentence_start
from jixiao.extract.model import Fact
from jixiao.extract.model import FundsRow as FundsRowStated
from jixiao.extract.named_project import projects_counted
from jixiao.extract.numbers import find_quantities, small_count
from jixiao.extract.projects import same_project
from jixiao.extract.scores import another_years
from jixiao.layout.cells import Cell, split_cells
from jixiao.layout.funds import ROW_CELLS_BELOW, figure_place
from jixiao.layout.headings import is_heading
from jixiao.layout.listing import (
    Listed,
    closing_column_sums,
    closing_single_column,
    closing_total_columns,
    column_sums,
    listed_sums,
)
from jixiao.layout.scored_table import ScoredPart, ScoredTable, two_level_tables
from jixiao.layout.vocabulary import load_vocabulary, vocabulary
from jixiao.model.evaluation import FundRow, Funds
from jixiao.scoring import stated_execution_points
from jixiao.scoring.compare import rounded_execution_points

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Relation:
    """A stated total and the stated parts that should add up to it."""

    total: Fact
    total_label: str
    parts: tuple[Fact, ...]
    trailing: bool = False  # the parts listed before their total, never said to be all of it
    whole: bool = False  # the parts are all there is: a form's sub-rows, those left blank included

    @property
    def summed(self) -> Decimal:
        return sum((_value(p) for p in self.parts), Decimal(0))

    @property
    def difference(self) -> Decimal:
        return self.summed - _value(self.total)

    def is_rounding(self) -> bool:
        """Within a cent of each part (half a tenth when the total and its parts are written to one place), the
        cent of the unit the part is written in (0.01 元 is a
        millionth of 万元: "269,847,166.9元" against parts summing to 166.81元 is no rounding), or within
        half the last place of a total written in another unit than its parts, rounded in converting
        ("总投资2.35亿元，其中…15321.4万元、…8179.3万元", "支出合计320.12万元，其中…2801234.56元…")."""
        # where the total and its parts are all written to one place ("30.8万元，其中…10.3万元"), each part may have
        # been rounded to it: half that place
        tenths = _places(self.total) == 1 and all(_places(p) == 1 for p in self.parts)
        # ... and a part written to fewer places than the total, but some, was rounded to them ("总支出7908.83万元,
        # 其中基本支出4204.8万元,项目支出3704万元"; a whole number may be exact, "50万元")
        coarse = {id(p) for p in self.parts if 0 < _places(p) < _places(self.total)}
        slack = sum(
            (
                max(_cent(p), _half_last_place(p)) if tenths or id(p) in coarse else _cent(p)
                for p in self.parts
            ),
            Decimal(0),
        )
        written = self.total.original_value if self.total.original_value is not None else _value(self.total)
        if {p.original_unit or "万元" for p in self.parts} != {
            self.total.original_unit or "万元"
        } and _decimals(written):  # a whole number ("2亿元") states no rounding
            slack = max(slack, _half_last_place(self.total))
        return Decimal(0) < abs(self.difference) <= slack

    @property
    def written_unit(self) -> str:
        """The unit every figure is written in (元 or 亿元), which the finding then speaks; else 万元."""
        units = {f.original_unit or "万元" for f in (self.total, *self.parts)}
        return units.pop() if len(units) == 1 and units <= {"元", "亿元"} else "万元"

    def amount(self, value: Decimal, unit: bool = True) -> str:
        """``value`` (万元) in the relation's own unit."""
        written = self.written_unit
        if written == "元":
            return fmt(value * 10000, 2) + ("元" if unit else "")
        if written == "亿元":  # at the places the report writes its figures with ("25.113亿元")
            places = max(
                (_decimals(f.original_value) for f in (self.total, *self.parts) if f.original_value),
                default=2,
            )
            return fmt(value / 10000, max(places, 2)) + ("亿元" if unit else "")
        return fmt_money(value) + ("万元" if unit else "")

    def computation(self) -> str:
        terms = " + ".join(self.amount(_value(p), unit=False) for p in self.parts)
        total, summed = self.amount(_value(self.total), False), self.amount(self.summed, False)
        return f"{terms} = {summed}，与{self.total_label} {total} 相差 {self.amount(abs(self.difference), False)}"


def _cent(fact: Fact) -> Decimal:
    """A hundredth of the unit ``fact`` is written in, in 万元."""
    if fact.original_unit == "元":
        return CENT / 10000
    if fact.original_unit == "亿元":
        return CENT * 10000
    return CENT


def _half_last_place(fact: Fact) -> Decimal:
    """Half the last place a figure is written to, in 万元 ("2.35亿元": 0.005亿元, 50万元)."""
    written = fact.original_value if fact.original_value is not None else _value(fact)
    half = Decimal(1).scaleb(-_decimals(written)) / 2
    return half * _cent(fact) / CENT


def _places(fact: Fact) -> int:
    """The decimal places a figure is written with."""
    return _decimals(fact.original_value if fact.original_value is not None else _value(fact))


def _value(fact: Fact) -> Decimal:
    assert isinstance(fact.value, Decimal)
    return fact.value


def _named(context: Context, field: str) -> Fact | None:
    return context.first(field)


def _of_the_projects_counted(context: Context, total: Fact) -> bool:
    """Whether a total's sentence opens by counting the projects it sums ("5个项目预算合计…，支出合计…")."""
    text = context.lines[total.line - 1].text
    return bool(projects_counted(text, sentence_start(text, total.start), total.start))


def _whole_before(context: Context, field: str, part: Fact | None) -> Fact | None:
    """The first statement of ``field``, or the last one before ``part`` on its line: "年初预算…其中基本支出
    2,312.40万元…" / "全年支出…其中基本支出2,396.12万元（人员经费2,041.83万元、公用经费354.29万元）" sums the
    parts in the brackets after the second."""
    spent = [
        f
        for f in context.facts(field)
        if not _INCOME_FOR.search(label_before(context.lines[f.line - 1].text, f.start))
    ]
    first = spent[0] if spent else None
    if part is None or first is None:
        return first
    nearer = [f for f in spent if f.line == part.line and f.start < part.start]
    return nearer[-1] if nearer else first


def _listed_in_brackets_after(context: Context, field: str, parts: Sequence[Fact]) -> bool:
    """Whether the parts stand in the brackets right after a statement of ``field`` ("项目支出83.59万元（审计业务经费
    45.00万元、…）"): that statement's own listing, which its own check reads whole, not a list of all the projects."""
    spans = []
    for whole in context.facts(field):
        text = context.lines[whole.line - 1].text
        opened = _BRACKET_AFTER.match(text, whole.end)
        if opened is None:
            continue
        close = min(
            (at for at in (text.find("）", opened.end()), text.find(")", opened.end())) if at >= 0),
            default=len(text),
        )
        spans.append((whole.line, opened.end(), close))
    # (each in one such listing: the budget's and the spending's, "全年预算数…项目支出100.36万元（A60.00万元、B40.36
    # 万元）" over "全年执行数…项目支出95.14万元（A58.62万元、B36.52万元）", name their parts alike)
    return bool(spans) and all(
        any(p.line == line and start <= p.start < close for line, start, close in spans) for p in parts
    )


_BRACKET_AFTER = re.compile(r"\s*[(（]")
# "财政拨款收入3126.48万元（基本支出补助1860.20万元、…）": income granted for the spending, no spending
_INCOME_FOR = re.compile(r"(?:补助|拨款|收入)$")


@per_report
def relations(context: Context) -> tuple[Relation, ...]:
    found: list[Relation] = []
    for group in groups(context):
        label = group.parts[0].label if len(group.parts) == 1 else "总额"
        found.append(
            Relation(
                group.total, _total_label(context, group.total, label), tuple(p.fact for p in group.parts)
            )
        )
    covered = {(r.total.line, r.total.start) for r in found}
    for group in numbered_groups(context):
        if (group.total.line, group.total.start) not in covered:
            label = _total_label(context, group.total, "总额")
            found.append(Relation(group.total, label, tuple(p.fact for p in group.parts)))
            covered.add((group.total.line, group.total.start))
    for group in summed_above_groups(context):
        if (group.total.line, group.total.start) not in covered:
            label = _total_label(context, group.total, "总额")
            found.append(Relation(group.total, label, tuple(p.fact for p in group.parts)))
            covered.add((group.total.line, group.total.start))
    lines = context.lines
    # another column of the rows adds up, or the header names every column the total adds: they are all its rows
    closing = (*closing_column_sums(lines), *closing_total_columns(lines), *closing_single_column(lines))
    for listed in (*listed_sums(lines), *column_sums(lines), *closing):
        total = _listed_fact(context, listed.total)
        if (total.line, total.start) not in covered:
            label = listed.parts[0].label if len(listed.parts) == 1 else short_label(listed.total.label)
            parts = tuple(_listed_fact(context, p) for p in listed.parts)
            found.append(Relation(total, label, parts, whole=listed in closing))
            covered.add((total.line, total.start))

    in_a_sum = {(p.line, p.start) for r in found for p in r.parts}

    def add(total: Fact | None, label: str, parts: list[Fact | None], spending: bool = False) -> None:
        if total is None or any(p is None for p in parts) or (total.line, total.start) in covered:
            return
        named = [p for p in parts if p is not None]
        line = context.lines[total.line - 1].text
        if another_years(line, total.start, context.report.year) or OTHER_YEARS_AMOUNT.search(
            label_before(line, total.start)
        ):
            # "其中：基本支出a，项目支出b。2018年该中心支出合计c", "本年支出合计比上年c增加d": another year's total
            return
        if _of_the_projects_counted(context, total):
            return  # "5个项目预算合计1,720.00万元，支出合计1,672.24万元": the projects' total, one part of the whole
        if spending and all((p.line, p.start) in in_a_sum for p in named):
            return  # the parts are another total's, listed right after it ("实际基本支出195万元，其中…")
        if spending and _planned(context, total) and any(_actual(context, p) for p in named):
            return  # "年初预算支出合计500万元" against the year's actual 基本支出 and 项目支出
        found.append(Relation(total, label, tuple(named)))
        covered.add((total.line, total.start))

    staff, running = _named(context, "expenditure.人员经费"), _named(context, "expenditure.公用经费")
    add(
        _whole_before(context, "expenditure.基本支出", staff),
        "基本支出",
        [staff, running],
        spending=True,
    )
    add(
        _named(context, "expenditure.支出合计"),
        "支出合计",
        [_named(context, "expenditure.基本支出"), _named(context, "expenditure.项目支出")],
        spending=True,
    )
    if _named(context, "expenditure.支出合计") is None:
        for total, basic, project in _qualified_spending(context):
            add(
                total,
                short_label(label_before(context.lines[total.line - 1].text, total.start)),
                [basic, project],
            )
    projects = _project_budgets(context)
    if (
        len(projects) >= 2
        and not any(_some_of_them(context, fact) or _of_an_income(context, fact) for fact in projects)
        and not _listed_in_brackets_after(context, "expenditure.项目支出", projects)
        and not _the_projects_spending(context, projects)
    ):
        add(_named(context, "expenditure.项目支出"), "项目支出", list(projects))
    for key, label in (("adjusted", "全年预算数"), ("initial", "年初预算数"), ("executed", "全年执行数")):
        sources = _without_restated(context, list(_by_subject(context, f"source.{key}").values()))
        # the figure the reader chose, when it chose one: an earlier candidate may be one source's money told first
        # ("中央下达财政资金1500万元" … "年度资金总额全年预算数4296.47万元…其中中央财政资金全年预算数1500万元…")
        budget = _headline_fact(context, key) or context.first(f"budget.{key}")
        if len(sources) >= 2 or (
            sources
            and budget is not None
            and _value(sources[0]) > _value(budget)
            and (_one_sentence(context, budget, sources[0]) or _named_a_source(context, sources[0]))
        ):  # one source above its budget is a slip where it is listed as the budget's part or its 资金来源
            add(budget, label, list(sources))
    for total, classes in _asset_classes(context):
        add(total, total.field.removeprefix("assets."), list(classes))
    # a funds row's 全年预算数 and 全年执行数 may be one figure, each its column's: one column is left out only where it
    # repeats another's figures row by row (one slip, told once)
    earlier = tuple(found)
    columns: set[tuple[int, object, tuple[object, ...]]] = set()
    for total, label, parts in _funds_row_sums(context):
        column = (total.line, total.value, tuple(part.value for part in parts))
        if column in columns:
            continue
        columns.add(column)
        if not any(r.total.line == total.line and r.total.value == total.value for r in earlier):
            found.append(Relation(total, label, parts, whole=True))
            covered.add((total.line, total.start))
    # last: a total the relations above know the parts of is checked as theirs, with their severity
    for group in trailing_groups(context):
        if (group.total.line, group.total.start) not in covered:
            parts = tuple(p.fact for p in group.parts)
            found.append(
                Relation(group.total, _total_label(context, group.total, "总额"), parts, trailing=True)
            )
            covered.add((group.total.line, group.total.start))
    return tuple(found)


def _without_restated(context: Context, sources: list[Fact]) -> list[Fact]:
    """The sources' figures without one restated on a later line that names an earlier source with the same figure
    ("其他资金全年预算15.00万元、执行12.60万元" … "其他资金为村集体自筹资金，…支出12.60万元": the same money described,
    read under the name it is described by)."""
    return [
        fact
        for fact in sources
        if not any(
            other.line < fact.line
            and _value(other) == _value(fact)
            and other.subject
            and other.subject in context.lines[fact.line - 1].text
            for other in sources
        )
    ]


_SPEAKER_LEAD = re.compile(
    r"^(?:(?P<year>20\d\d)\s*年度?)?(?:我[\u4e00-\u9fff]|本(?:单位|部门|年度?)|全年|全部)*"
)
_QUALIFIED = re.compile(r"(?P<qualifier>[\u4e00-\u9fff]{2,16}?)(?P<kind>基本支出|项目支出|支出)$")


def _qualified_spending(context: Context) -> Iterator[tuple[Fact, Fact, Fact]]:
    """A spending total and its 基本支出 and 项目支出 named with the same qualifier wherever the report states them
    ("一般公共预算财政拨款支出100.57万元" … "一般公共预算财政拨款基本支出100.57万元" … "一般公共预算财政拨款项目支出21
    万元"): the two make up the total, as they make up 支出合计. Each label must be stated once."""
    if "基本支出" not in context.text or "项目支出" not in context.text:
        return  # most reports name neither class apart: one cheap test spares a label per amount
    named: dict[tuple[str, str], list[Fact]] = {}
    for fact in money_facts(context):
        label = label_before(context.lines[fact.line - 1].text, fact.start)
        lead = _SPEAKER_LEAD.match(label)
        assert lead is not None  # every part of the pattern is optional
        if lead.group("year") and int(lead.group("year")) != context.report.year:
            continue  # another year's figure
        found = _QUALIFIED.fullmatch(label[lead.end() :])
        if found is not None:
            named.setdefault((found.group("qualifier"), found.group("kind")), []).append(fact)
    for (qualifier, kind), totals in named.items():
        basic, project = named.get((qualifier, "基本支出"), []), named.get((qualifier, "项目支出"), [])
        if kind == "支出" and len(totals) == 1 and len(basic) == 1 and len(project) == 1:
            yield totals[0], basic[0], project[0]


def _one_sentence(context: Context, first: Fact, later: Fact) -> bool:
    """Whether ``later`` follows ``first`` in the same sentence."""
    if first.line != later.line or later.start < first.start:
        return False
    text = context.lines[first.line - 1].text
    return sentence_start(text, later.start) <= first.start


def _named_a_source(context: Context, fact: Fact) -> bool:
    """Whether the figure's sentence presents it as the money's source ("资金来源：财政拨款年初预算120万元")."""
    text = context.lines[fact.line - 1].text
    return "来源" in text[sentence_start(text, fact.start) : fact.start]


_PLANNED = re.compile(r"年初|计划|安排|(?<!公共)预算")
_ACTUAL = re.compile(r"实际|决算|执行|支出中")  # ("全年支出中人员经费…": out of the year's spending)


def _planned(context: Context, fact: Fact) -> bool:
    """Whether a figure is stated as planned (年初预算支出合计), not as what happened in the year (一般公共预算
    支出 is spending)."""
    text = context.lines[fact.line - 1].text
    if _PLANNED.search(label_before(text, fact.start)) is not None:
        return True
    # "财政拨款286.40万元(基本支出241.18万元、项目支出45.22万元)": the grant's split between the kinds of spending
    opening = max(text.rfind("(", 0, fact.start), text.rfind("（", 0, fact.start))
    return (
        opening > 0
        and in_brackets(text[opening : fact.start])
        and _GRANT_BEFORE_BRACKET.search(text, max(0, opening - 30), opening) is not None
    )


_GRANT_BEFORE_BRACKET = re.compile(r"(?:拨款|收入|预算)[^，,；;。()（）]{0,10}?\d[\d,.]*\s*[万亿]?元\s*$")


def _actual(context: Context, fact: Fact) -> bool:
    text = context.lines[fact.line - 1].text
    return _ACTUAL.search(label_before(text, fact.start)) is not None


def _listed_fact(context: Context, listed: Listed) -> Fact:
    """A figure of a list flattened from a form, as a fact in 万元 keeping what was written."""
    in_yuan = listed.unit == "元"
    return Fact(
        field="listed",
        value=listed.value / 10000 if in_yuan else listed.value,
        unit="万元",
        line=listed.line,
        start=listed.start,
        end=listed.end,
        end_line=listed.line,
        text=context.lines[listed.line - 1].text[listed.start : listed.end],
        original_value=listed.value if in_yuan else None,
        original_unit=listed.unit,
    )


_FUNDS_COLUMNS = {"initial": "年初预算数", "adjusted": "全年预算数", "executed": "全年执行数"}


def _funds_row_sums(context: Context) -> Iterator[tuple[Fact, str, tuple[Fact, ...]]]:
    """Each column of a form's funds block against its sub-rows, when they are its fund sources (其中:中央财政资金
    / 地方财政资金 / 其他资金), a sub-row the form leaves blank counting as none; a column some sub-row states
    other figures without is not checked (the row may be misplaced)."""
    total_row = vocabulary().funds_total_row
    blocks: list[list[FundsRowStated]] = []
    for row in context.report.funds_rows:
        if total_row.search(row.label) or not blocks:
            blocks.append([row])
        else:
            blocks[-1].append(row)
    sources = vocabulary().funds_sub_row
    for total, *subrows in blocks:
        if (
            len(subrows) < 2
            or not all(sources.search(row.label) for row in subrows)
            or any(row.label.lstrip().startswith("其中") for row in subrows[1:])
            or any(_BATCH_ROW.search(row.label) for row in subrows)
        ):
            # one sub-row may be all the text kept of the list; "基本支出 / 其中:公用经费 / 项目支出" or a second
            # "其中:中央资金" under 当年财政拨款: rows nested in rows, no partition
            continue
        if _ends_the_text(context, subrows[-1], total, subrows[-2]):
            continue  # a page cut inside the block: its last sub-row may have lost figures, or rows after it
        if _unread_row_after(context, subrows[-1], sources):
            continue  # "上年结转资金 412.80 412.80" under a blank 年初 cell, not read: the rows read are not the whole
        by_level = [row for row in subrows if _BY_LEVEL.search(row.label)]
        if by_level and len(by_level) < len(subrows) and any(_BY_KIND.search(row.label) for row in subrows):
            continue  # "其中：中央补助 / 上年结转资金": two forms' sub-rows mixed, 地方资金 left out: no partition
        for column, label in _FUNDS_COLUMNS.items():
            stated = getattr(total, column)
            parts = [row for row in subrows if getattr(row, column) is not None]
            blank = [row for row in subrows if _blank(row)]
            if stated is None or not parts or len(parts) + len(blank) != len(subrows):
                continue
            yield (
                _row_fact(context, total, column),
                label,
                tuple(_row_fact(context, row, column) for row in parts),
            )


# "中央资金 / 中央资金第一批 / 中央资金第二批 / 省级资金 / …": a level's batches under it, nested rows
_BATCH_ROW = re.compile(r"第[一二三四五六七八九十\d]{1,2}批")


# a funds block's sub-rows by level (the transfer form's 中央 / 地方) or by kind (the national form's 当年财政拨款 /
# 上年结转); 其他资金 ends both
_BY_LEVEL = re.compile(r"中央|地方|省级|市级|县级|区级|州级|本级")
_BY_KIND = re.compile(r"财政拨款|结转|结余")
_WORD = re.compile(r"[\u4e00-\u9fff]")
_CELL_BREAK = re.compile(r"\s*[|｜\t]\s*|\s{2,}")


def _ends_the_text(
    context: Context, row: FundsRowStated, total: FundsRowStated, before: FundsRowStated
) -> bool:
    """Whether nothing but the row's own figures follows its label to the end of the text, and its line shows
    fewer cells than the total row has figures: cut there, not a row printed with its blank cells. A row read with
    as many figures as the sub-row before it is whole ("其他资金 | 0 | 0 | 0", a form printed one cell a line)."""
    if any(_WORD.search(line.text) for line in context.lines[row.line :]):
        return False
    if _figures_read(row) >= _figures_read(before):
        return False
    stated = sum(getattr(total, key) is not None for key in ("initial", "adjusted", "executed", "rate"))
    text = context.lines[row.line - 1].text
    return len(_CELL_BREAK.findall(text)) < stated


def _figures_read(row: FundsRowStated) -> int:
    return sum(getattr(row, key) is not None for key in ("initial", "adjusted", "executed", "rate"))


def _unread_row_after(context: Context, row: FundsRowStated, sources: re.Pattern[str]) -> bool:
    """Whether the line after the block's last row read (past the figures a form printed one cell a line) opens
    with a fund source's label and figures, on its line or, a form printed one cell a line, on the next ("上年结转" /
    "150" / "122" under a blank 年初 cell): a sub-row the layout could not place, so not read."""
    below = context.lines[row.line : row.line + ROW_CELLS_BELOW]
    for index, line in enumerate(below):
        text = line.text.strip()
        if not text or not _WORD.search(text):
            continue
        label = _LEADING_LABEL.match(text)
        if label is None or sources.search(label.group()) is None:
            return False
        if _FIGURE.search(text) is not None:
            return True
        # (a cell of its own holding the source's whole label, not "配套资金到位率" or "财政拨款支出" over a figure)
        after = next((other.text.strip() for other in below[index + 1 :] if other.text.strip()), "")
        return sources.fullmatch(text.strip(" ：:")) is not None and _FIGURE.fullmatch(after) is not None
    return False


_LEADING_LABEL = re.compile(r"[^\d|｜\t]+")


def _blank(row: FundsRowStated) -> bool:
    return _figures_read(row) == 0


def _row_fact(context: Context, row: FundsRowStated, column: str) -> Fact:
    """A funds-row cell as a fact in 万元 on the line that prints it: the row's own, or one of the lines under its
    label where a form printed one cell a line ("年度资金总额:" / "480" / "452.6")."""
    value = getattr(row, column)
    line, start, end = figure_place(context.lines, row.line, value, row.printed_before(column)) or (
        row.line,
        0,
        0,
    )
    return Fact(
        field=f"funds_row.{column}",
        value=value,
        unit="万元",
        line=line,
        start=start,
        end=end,
        end_line=line,
        text=fmt(value),
    )


_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?(?![\d.])")


_ASSETS = re.compile(r"\Aassets\.")
_ASSET_TOTAL = ("总额", "总计", "合计")


def _asset_classes(context: Context) -> Iterator[tuple[Fact, list[Fact]]]:
    """An asset total and the asset classes listed after it in the same sentence, without a "其中".

    Reports often write "资产总额5.73万元，固定资产5.3万元，无形资产0.4万元": the classes after the
    total are its breakdown even with no marker word. One class alone is not a breakdown.
    """
    assets = [f for f in context.facts_matching(_ASSETS) if isinstance(f.value, Decimal)]
    for total in assets:
        if not total.field.endswith(_ASSET_TOTAL):
            continue
        text = context.lines[total.line - 1].text
        end = min((i for i in (text.find(c, total.end) for c in "。；;") if i >= 0), default=len(text))
        classes = [
            f
            for f in assets
            if f.line == total.line and total.end <= f.start < end and not f.field.endswith(_ASSET_TOTAL)
        ]
        if len(classes) >= 2:
            yield total, classes


def _total_label(context: Context, total: Fact, fallback: str) -> str:
    text = context.lines[total.line - 1].text
    # (from the amount before it, when no mark parts them: "…培养245万元共计885万元" is labelled 共计)
    label = UP_TO_AN_AMOUNT.sub(
        "", text[clause_start(text, total.start, 0, "，,、；;：:。") : total.start]
    ).strip()
    return short_label(label) if label else fallback


_CUT_NUMBER = re.compile(r"^[\d.]+(?:年度?)?")


def short_label(label: str) -> str:
    """The last twelve characters of a long label, without the tail of a number the cut went through
    ("016年省级投入…" for "2016年省级投入…")."""
    if len(label) <= 12:
        return label
    cut = label[-12:]
    return _CUT_NUMBER.sub("", cut) if label[-13].isdigit() else cut


_SOME_OF_THEM = re.compile(r"主要|重点|部分")


def _some_of_them(context: Context, fact: Fact) -> bool:
    """Whether a project's budget is listed among some of the projects only ("重点项目主要为：A…、B…"): their
    sum is no total of the report's 项目支出."""
    text = context.lines[fact.line - 1].text
    return _SOME_OF_THEM.search(text, sentence_start(text, fact.start), fact.start) is not None


# an income listed by what it came for ("事业收入48万元,其中来自市林业和园林局:林区防火蓄水池建设经费25万元…")
_INCOME_LISTED = re.compile(r"收入[^。；;]{0,30}?(?:其中|来自|包括)")


def _of_an_income(context: Context, fact: Fact) -> bool:
    """Whether a project's money is listed as an item of an income: money received, not the 项目支出's parts."""
    text = context.lines[fact.line - 1].text
    return _INCOME_LISTED.search(text, sentence_start(text, fact.start), fact.start) is not None


_PROJECTS_COUNTED = re.compile(r"\d+\s*个(?:子)?项目$|^第[一二三四五六七八九十\d]+批")


def _project_budgets(context: Context) -> list[Fact]:
    """One stated budget per named project, when every named project states one; a batch or a count of projects
    ("第一批4个项目4.20亿元") names none of them."""
    names = {f.subject for f in context.facts("project.name") if f.subject} | {
        f.subject for f in context.facts("project.budget") if f.subject
    }
    names = {name for name in names if not _PROJECTS_COUNTED.search(name)}
    budgets: dict[str, Fact] = {}
    for fact in context.facts("project.budget"):
        if fact.subject and isinstance(fact.value, Decimal) and not _PROJECTS_COUNTED.search(fact.subject):
            budgets.setdefault(fact.subject, fact)
    return list(budgets.values()) if names and set(budgets) == names else []


def _the_projects_spending(context: Context, budgets: list[Fact]) -> bool:
    """Whether the report's 项目支出 is what the named projects spent, not what they were budgeted: each of them
    states its spending too and those add up to it ("决算支出中…项目支出4183.54万元" beside a table of the projects'
    预算金额 and 实际支出 whose spending column sums to it)."""
    spent = _named(context, "expenditure.项目支出")
    executed: dict[str, Decimal] = {}
    for fact in context.facts("project.executed"):
        if fact.subject and isinstance(fact.value, Decimal):
            executed.setdefault(fact.subject, fact.value)
    return (
        spent is not None
        and {fact.subject for fact in budgets} <= set(executed)
        and sum((executed[str(fact.subject)] for fact in budgets), Decimal(0)) == _value(spent)
    )


@rule(
    "JX101",
    "sum-mismatch",
    "error",
    "{label}{total}与所列各项合计{summed}不符",
    summary="总额与其中所列各项之和不符（收入来源、支出构成、人员经费与公用经费、各项目预算与项目支出合计、明细表的合计行与其上各行、"
    "末列为合计的表（资金来源 | 中央资金 | … | 合计）等），差额超过尾差。明细表只在另有一列加总相符时核对；"
    "只有一列金额的表（“收入项目 | 金额”），表头、各行与合计行须紧挨着，且没有“其中”或由下面几行加总的行，才核对。",
    why="分项之和与总额对不上，说明至少有一个数字填错，预算执行和资金使用情况就无从核实。",
    fires="2023年度共发生支出239.67万元，其中：基本支出200.67万元，项目支出49万元。",
    passes="2023年度共发生支出239.67万元，其中：基本支出190.67万元，项目支出49万元。",
)
def sum_mismatch(context: Context) -> Iterator[Hit]:
    for relation in relations(context):
        if (
            relation.difference == 0
            or relation.is_rounding()
            or _not_its_parts(context, relation)
            or _a_part_unread(context, relation)
        ):
            continue
        partial = relation.difference < 0 and not relation.whole
        if len(relation.parts) == 1 and partial:
            continue  # "其中" naming one item below its total is a partial listing, not a sum
        # a breakdown listing less than its total may be partial ("其中" names the main items only)
        severity: Severity | None = "warning" if partial or relation.trailing else None
        yield Hit(
            {
                "label": relation.total_label,
                "total": relation.amount(_value(relation.total)),
                "summed": relation.amount(relation.summed),
            },
            lines=tuple(f.line for f in (relation.total, *relation.parts)),
            evidence=context.quote(relation.total, *relation.parts),
            computation=relation.computation(),
            severity=severity,
        )


def _a_part_unread(context: Context, relation: Relation) -> bool:
    """Whether the listing of parts short of their total goes on, on its line, with an item whose amount is not read
    exactly ("…，市县配套二十余万元", "…、近百万元", "…，技术培训二十至三十万元，…", "…，其余为市县配套资金"): the parts read
    are not all of them (never an item that changes or compares a figure, "较上年增加2至3万元")."""
    if relation.summed >= _value(relation.total):
        return False  # (an unread part could only add to parts already over the total)
    first = min(relation.parts, key=lambda p: (p.line, p.start))
    last = max(relation.parts, key=lambda p: (p.line, p.end))
    if first.line != last.line:
        return False
    text = context.lines[last.line - 1].text
    items = [
        item
        for item in _LISTED_ITEM.findall(text, first.start, sentence_end(text, last.end))
        if not _NO_LISTED_PART.search(item)
    ]
    return any(_an_unread_amount(item) for item in items)


def _an_unread_amount(item: str) -> bool:
    """Whether a listed item gives its money in words no exact figure reads (an item read as a figure, "其余乡镇配套10万
    元", is a part)."""
    money = [q for q in find_quantities(item) if q.is_money]
    if any(not q.approximate for q in money):
        return False
    return bool(money) or _UNREAD_AMOUNT.search(item) is not None


_LISTED_ITEM = re.compile(r"[^，,、；;。]+")
# an item that changes or compares a figure, or tells of other money than the parts ("较上年增加2至3万元", "实际支出约
# 400万元", "另有农户自筹资金数十万元")
_NO_LISTED_PART = re.compile(
    r"较|比|增加|减少|提高|降低|增长|下降|调整|由\s*\d|^\s*(?:实际|另|带动|撬动|吸引|此外|累计|截至)"
)
# what stands for an amount no figure gives: the rest's money, a round count of tens, a range, a numeral with 余, 多 or
# 来, two numerals together ("一二十万元")
_UNREAD_AMOUNT = re.compile(
    r"其余[^，,、；;。]{0,12}(?:资金|经费|万元)|其余(?:部分)?(?:由|为)|(?:[数几上近约]|不足)[十百千]万元|十几万元|万余元"
    r"|[至到~～—-]\s*[\d一二三四五六七八九十]+(?:\.\d+)?\s*万?元|[\d一二三四五六七八九十百千][余多来]\s*[万亿]?元"
    r"|[一二两三四五六七八九]{2}[十百千]?万元"
)


def _not_its_parts(context: Context, relation: Relation) -> bool:
    """Whether the parts are not the total's after all: one is each of several ("衢州市、丽水市各1.5亿元,温州市1.2
    亿元": the sum counts it once), together they make another figure stated between the total and them ("支出合计
    4126537.48元…比年初预算数多866537.48元,主要原因是增加基本支出…": the difference explained), or they make the
    total with the batches before it in its sentence (a use listed after the second of two batches)."""
    for part in relation.parts:
        if _EACH_BEFORE.search(context.lines[part.line - 1].text, 0, part.start):
            return True
    first = min(relation.parts, key=lambda p: (p.line, p.start))
    total = relation.total
    amounts = money_facts(context)
    if any(
        _value(fact) == relation.summed
        and fact is not total
        and (total.line, total.start) < (fact.line, fact.start) < (first.line, first.start)
        for fact in amounts
    ):
        return True
    # ... or, listed before the total, they are the parts of the whole stated right before them ("收入合计168.52万元,其中
    # 基本支出104.37万元,项目支出64.15万元;全年支出合计163.08万元")
    last = max(relation.parts, key=lambda p: (p.line, p.start))
    total_text = context.lines[total.line - 1].text
    if (last.line, last.start) < (total.line, total.start) and not _REFERS_BACK.search(
        total_text, clause_start(total_text, total.start, 0, "，,；;。"), total.start
    ):
        # (not a total that says it sums them: "…项目支出64.15万元;以上支出合计170.52万元")
        line = context.lines[first.line - 1].text
        opening = max((m.end() for m in _SENTENCE_BREAK_MARK.finditer(line, 0, first.start)), default=0)
        if any(
            _value(fact) == relation.summed
            and fact.line == first.line
            and opening <= fact.start < first.start
            for fact in amounts
        ):
            return True
    # ... or the batches the total ends ("…批复我市资金401万元,…(第二批)…批复我市资金153.2万元,主要用于三个方面:…"):
    # the parts list all of them
    text = context.lines[total.line - 1].text
    opening = max((m.end() for m in _SENTENCE_BREAK_MARK.finditer(text, 0, total.start)), default=0)
    batches = [f for f in amounts if f.line == total.line and opening <= f.start < total.start]
    running = _value(total)
    for fact in reversed(batches):
        running += _value(fact)
        if running == relation.summed:
            return True
    # ... or the amounts its sentence goes on with ("下达各州(市)…171386.2万元,安排省本级…15033.8万元。其中:1.…"):
    # the parts after 其中 break down all of them
    running = _value(total)
    for fact in sorted(amounts, key=lambda f: (f.line, f.start)):
        if (
            fact.line != total.line
            or fact.start <= total.start
            or (fact.line, fact.start) >= (first.line, first.start)
        ):
            continue
        if _SENTENCE_BREAK_MARK.search(text, total.end, fact.start):
            break
        running += _value(fact)
        if running == relation.summed:
            return True
    return False


_EACH_BEFORE = re.compile(r"各\s*$")
# a total that says it sums what is listed before it ("以上支出合计", "上述两项合计"; not "上述资金实际支出合计")
_REFERS_BACK = re.compile(
    r"(?:以上|上述|前述)(?:[一二三四五六七八九十两\d]+项|各项)?(?:支出|资金|经费)?(?:合计|共计|总计)\s*$"
)


@rule(
    "JX102",
    "rounding-difference",
    "info",
    "{label}{total}与各项合计{summed}相差{diff}，属尾差",
    summary="总额与分项之和只差尾数（每个分项不超过 0.01 万元，总额与分项都只写到一位小数的，每个分项不超过 0.05 万元；"
    "分项所写小数位少于总额而不是整数的，不超过其末位的一半），多为四舍五入所致。",
    why="尾差本身不是错误，但公开报告应在表下注明“因四舍五入存在尾差”，否则读者会以为数字有误。",
    fires="本年支出87.77万元，其中：甲项目9.88万元，乙项目28.96万元，丙项目48.92万元。",
    passes="本年支出87.76万元，其中：甲项目9.88万元，乙项目28.96万元，丙项目48.92万元。",
)
def rounding_difference(context: Context) -> Iterator[Hit]:
    for relation in relations(context):
        if relation.is_rounding():
            yield Hit(
                {
                    "label": relation.total_label,
                    "total": relation.amount(_value(relation.total)),
                    "summed": relation.amount(relation.summed),
                    "diff": relation.amount(abs(relation.difference)),
                },
                lines=tuple(f.line for f in (relation.total, *relation.parts)),
                evidence=context.quote(relation.total, *relation.parts),
                computation=relation.computation(),
            )


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


# characters before a rate its figures may stand at: a page run together into one line is one "line", and a
# figure pages away, or under an earlier heading ("(二)资金管理情况分析"), is no figure of the rate
_REACH = 300
_SECTION_MARK = re.compile(
    r"(?:^|\s)(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])"
)


def _clause(text: str, sentence: int, position: int) -> int:
    """Where the clause of ``position`` begins, not before its sentence."""
    return max(sentence, *(text.rfind(mark, 0, position) + 1 for mark in "，,；;"))


# (counted as a scan read it too: "ll个项目")
_SOME_PROJECTS = re.compile(r"(?<![A-Za-z])(?:\d+|[lIO\d]{2,3})\s*个(?:项目|子项目)")
# words opening one item of a list in its sentence: a batch (第二批), an enumerated point (一是)
_BATCH_MARK = re.compile(r"第[一二三四五六七八九十\d]{1,3}批")
_POINT_MARK = re.compile(r"\s*[一二三四五六七八九十]是")


def _one_batchs_sentence(text: str, sentence: int) -> bool:
    """Whether a sentence opens with a batch and names no other ("第二批下达资金400万元,实际支出300万元,…")."""
    end = sentence_end(text, sentence)
    return bool(re.match(r"\s*第", text[sentence:end])) and len(_BATCH_MARK.findall(text, sentence, end)) == 1


_ITEM_OPENING = re.compile(r"(?:^|(?<=[\s:：]))(?:\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）])")


def _paragraph_start(context: Context, anchor: Fact) -> int:
    """Where the run of text a figure stands in begins on its line: the last section heading before it,
    at most _REACH characters back."""
    text = context.lines[anchor.line - 1].text
    begin = max(0, anchor.start - _REACH)
    marks = [m.start() for m in _SECTION_MARK.finditer(text, begin, anchor.start)]
    return marks[-1] if marks else begin


def _same_line_before(
    context: Context, anchor: Fact, facts: Sequence[Fact], own_sentence: bool = False
) -> Fact | None:
    """The last of ``facts`` (in text order) stated before ``anchor`` in its paragraph (in its sentence when
    ``own_sentence``), for the anchor's subject if it has one; a rate without a subject takes a figure without
    one first, since "支付…113万元，其中支付运营补贴48万元…。执行率达100%" rates the whole, not its last part."""
    floor = _paragraph_start(context, anchor)
    text = context.lines[anchor.line - 1].text
    if own_sentence:
        floor = max(floor, sentence_start(text, anchor.start))
    # "…预算95.00万元，支出88.36万元，执行" / "率93.01%。": a sentence the page's width cut goes on from the line above
    above = _sentence_above(context, anchor)
    candidates = [
        f
        for f in facts
        if (
            (f.line == anchor.line and floor <= f.start < anchor.start)
            or (above is not None and f.line == anchor.line - 1 and f.start >= above)
        )
        # "一是提前下达资金1400万元,…。全年共支出2074万元,执行率91.77%", "收到第二批资金220万元": an item's or a
        # batch's figure is not the whole's (a total named so is: "…第二批资金50万元，合计150万元")
        and (own_sentence or not (_of_a_part(text, f) or _listed_after_qizhong(text, f, anchor)))
        and isinstance(f.value, Decimal)
        and (anchor.subject is None or f.subject == anchor.subject)
        # "…共支出成本31.8万元。2、Y项目:到位资金18万元,…执行率100%": a figure of the item before the anchor's is none of it
        and not (f.line == anchor.line and _NAMED_ITEM_OPENING.search(text, f.end, anchor.start))
    ]
    own = [f for f in candidates if f.subject == anchor.subject]
    return (own or candidates)[-1] if candidates else None


# a listed item opening with its name and a colon ("2、2023年退役军人事务专项资金项目:", "(三)X工程:")
_NAMED_ITEM_OPENING = re.compile(
    r"(?:(?<![\d.])\d{1,2}\s*[、．]|[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）])\s*[^:：。，,；;]{2,24}?(?:项目|工程|资金|经费)\s*[:：]"
)


_CUT_LINE_MIN = 15  # a line the page's width cut is a long one
_CUT_SENTENCE_END = "。；;！？!?：:"
_CUT_REST_MAX = 8
_FIGURE_OR_BREAK = re.compile(r"[\d。；;！？!?，,、|｜\s\u3000]")
_CELL_GAP = re.compile(r"[|｜\t\u3000]|\s{2,}")


def _sentence_above(context: Context, anchor: Fact) -> int | None:
    """Where, on the line above, the sentence holding ``anchor`` begins, when a page's width cut that sentence
    before the anchor: nothing on the anchor's line before it ends a clause, the line above runs long and
    ends in no sentence's end, and neither line is a table's row."""
    head = context.lines[anchor.line - 1].text[: anchor.start].strip()
    if anchor.line < 2 or len(head) > _CUT_REST_MAX or _FIGURE_OR_BREAK.search(head):
        return None  # the cut's rest before the anchor is a word's end ("率"), no cells of a row
    above = context.lines[anchor.line - 2].text.rstrip()
    if (
        len(above.strip()) < _CUT_LINE_MIN
        or above[-1] in _CUT_SENTENCE_END
        or _CELL_GAP.search(above.strip())
    ):
        return None
    return sentence_start(above, len(above))


def _listed_after_qizhong(text: str, fact: Fact, anchor: Fact) -> bool:
    """Whether a figure stands in a listing its sentence opens ("其中产业发展类项目89个、安排资金11,204.6万元；…") and
    the anchor in a later sentence: one listed part, not the whole the anchor's rate is on."""
    sentence = max(text.rfind(end, 0, fact.start) for end in "。！？") + 1  # over the listing's "；"
    return (
        any(end in text[fact.end : anchor.start] for end in "。！？")
        and MARKERS.search(text, sentence, fact.start) is not None
        and _WHOLE_WORD.search(label_before(text, fact.start)) is None
    )


def _of_a_part(text: str, fact: Fact) -> bool:
    """Whether a figure's clause names a batch (第二批), or its sentence opens an enumerated point (一是…), and
    the figure is no total named so."""
    sentence = sentence_start(text, fact.start)
    clause = _clause(text, sentence, fact.start)
    item = max(sentence, *(text.rfind(mark, sentence, fact.start) + 1 for mark in "；;"))
    return (
        _BATCH_MARK.search(text, clause, fact.start) is not None
        or _POINT_MARK.match(text, sentence) is not None
        or _one_batchs_sentence(text, sentence)
        or _ITEM_OPENING.search(text, item, fact.start)
        is not None  # "分两批下达: 1.第一批下达…;2.…": one item's
    ) and _WHOLE_WORD.search(label_before(text, fact.start)) is None


_WHOLE_WORD = re.compile(
    r"合计|共计|总计|总额"
)  # words that name a figure the whole, wherever they stand in its label


_DONE = re.compile(load_vocabulary("amounts")["done_not_budgeted"])


def _amount_before(context: Context, executed: Fact, listed: set[tuple[int, int]]) -> Fact | None:
    """The unlabelled amount just before a spending figure in its sentence ("金额合计83万元，实际支出83万元，
    执行率100%"): the base the sentence's rate is computed on."""
    text = context.lines[executed.line - 1].text
    sentence = sentence_start(text, executed.start)
    outside = _outside_brackets(context, executed)
    before = [
        f
        for f in money_facts(context)
        if f.line == executed.line
        and sentence <= f.start
        and f.end <= executed.start
        # (not a batch its brackets detail: "中央资金12,031万元（…第三批648万元），支出11,986.27万元")
        and (not outside or _outside_brackets(context, f))
    ]
    # a listed part's amount ("其中…省级资金100万元") is no base for the whole's rate
    if not before or before[-1].field != "amount" or (before[-1].line, before[-1].start) in listed:
        return None
    # "全年预算300万元，其中中央资金200万元，省级资金100万元，实际支出285万元": a part's amount, unless it is named
    # a total ("其中：预算项目2个，金额合计83万元")
    listing = MARKERS.search(text, sentence, before[-1].start)
    if listing is not None and not _WHOLE_WORD.search(label_before(text, before[-1].start)):
        return None
    # "完成投资2430万元，支付工程款2430万元，支付率97.2%": work done, no budget the rate is on; "省级资金支出730万元，
    # 累计支出4750万元": a part's spending
    if _DONE.search(label_before(text, before[-1].start)) or _SPENT_LABEL.search(
        label_before(text, before[-1].start)
    ):
        return None
    # "每件300元…共支出32.33万元", "每个每年补贴3000元，支出46.80万元": a price per unit, no budget
    if "每" in label_before(text, before[-1].start) or _PER_UNIT_AFTER.match(text, before[-1].end):
        return None
    # "经结算审计审减7.18万元，实际支出161.32万元": a change to the budget, not the budget
    if _A_CHANGE.search(label_before(text, before[-1].start)):
        return None
    return before[-1]


_A_CHANGE = re.compile(r"(?:审减|核减|调减|调增|追加|追减|减少|增加|结余|节余|节约)(?:了|资金|金额)?$")


_PER_UNIT_AFTER = re.compile(r"\s*[/／每]")


# a label naming money paid out, at its end or as the act it opens with ("发放社保补贴591.8万元"), not money set aside for
# paying ("安排发放补贴资金")
_SPENT_LABEL = re.compile(
    r"(?:支出|使用|拨付|支付|发放|执行)(?:了|的)?(?:资金|金额)?$"
    r"|^(?:全年|年内|累计)?共?(?:兑现|兑付|发放|支付|拨付|使用|支出)(?!.*(?:预算|安排|计划|下达))"
)


def _outside_brackets(context: Context, fact: Fact) -> bool:
    """Whether a figure stands outside brackets: "中央248.73万元(2023年结转95.43万元,2024年下达153.3万元)"
    details a part in brackets, never states the report's own budget or spending."""
    return not in_brackets(context.lines[fact.line - 1].text[: fact.start])


def _headline_fact(context: Context, key: str) -> Fact | None:
    """The first statement of the report's chosen figure ``key``; None when no figure was chosen. The year's budget
    the reader took from the initial one ("年初预算安排…126.00万元,年度执行中未作调整") is stated as that."""
    chosen = getattr(context.report.budget, key)
    if chosen is None:
        return None
    stated = next((f for f in context.facts(f"budget.{key}") if f.value == chosen), None)
    if stated is None and key == "adjusted" and chosen == context.report.budget.initial:
        return _headline_fact(context, "initial")
    return stated


def _headline_on_line(context: Context, key: str, line: int) -> Fact | None:
    """The report's chosen figure ``key`` stated on ``line`` under any label ("两个项目合计预算276万元" is the budget
    the reader chose), else its first statement under its field."""
    chosen = getattr(context.report.budget, key)
    on_line = next((f for f in money_facts(context) if f.line == line and f.value == chosen), None)
    return on_line if chosen is not None and on_line is not None else _headline_fact(context, key)


_UNSPENT = re.compile(r"(?:未支付?|未使用|未拨付|结余|剩余)$")


# a rate named after money of its own: "村道养护资金执行率95.74%", "日常养护经费支付率"
_NAMED_MONEYS_RATE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:资金|经费))(?:的)?(?:预算)?(?:执行率|支付率|支出率|拨付率|支出进度)"
    r"(?:仅|只有|只)?(?:为|是|达到?)?$"
)
_GENERIC_MONEY = re.compile(
    r"^(?:本年|当年|全年|年度|项目|预算|财政|专项|整体|部门|单位|全部|本级|总|该|本项目|我局|我县|我市|补助|资金)+(?:资金|经费)$"
)


def _another_funds_rate(context: Context, rate: Fact, label: str) -> bool:
    """Whether a rate stated with no money beside it names a fund of its own, not the report's, while the report
    settled on another rate ("项目共支出1305.38万元，执行率97.29%" … "存在问题：村道养护资金执行率95.74%"): that fund's
    rate, restated where its figures are not, no second statement of the report's."""
    settled = context.report.budget.execution_rate
    named = _NAMED_MONEYS_RATE.search(label)
    if settled is None or settled == rate.value or named is None:
        return False
    name = named.group("name")
    project = context.report.project
    return not _GENERIC_MONEY.match(name) and not (project and same_project(name, project))


def _rates_money_beside_it(context: Context, rate: Fact) -> bool:
    """Whether money other than the report's chosen figures is stated before a rate on its line: "专项资金支出
    316.38万元,预算执行率61%" and "(1)…养护资金43万。预算执行率100%" rate that money (a source's, an item's),
    so the report's figures from elsewhere are no base for it."""
    budget = context.report.budget
    chosen = {budget.initial, budget.adjusted, budget.executed}
    text = context.lines[rate.line - 1].text
    floor = _paragraph_start(context, rate)
    above = _sentence_above(context, rate)
    # the parts listed under a chosen figure in a sentence before the rate's ("共安排资金6827.45万元。其中,中央资金3160万元、
    # 省级资金…。截至12月底已拨付…,资金拨付进度达88.6%"): that figure's, the rate not theirs ("其中：中央资金230.15万元，
    # 执行率97.19%" rates the part it follows)
    own_sentence = sentence_start(text, rate.start)
    chosen_parts = {
        (p.fact.line, p.fact.start)
        for g in groups(context)
        if _value(g.total) in chosen
        for p in g.parts
        if p.fact.line != rate.line or p.fact.start < own_sentence
    }
    return any(
        _value(f) not in chosen
        and (f.line, f.start) not in chosen_parts
        and not _UNSPENT.search(label_before(line, f.start))  # "未支703万元": what is left of the budget
        and not _part_of_the_spending(line, f, [c for c in before if _value(c) == budget.executed])
        for line, before in (
            (
                text,
                [
                    f
                    for f in money_facts(context)
                    if f.line == rate.line and floor <= f.start and f.end <= rate.start
                ],
            ),
            # (and on the line above, when the page's width cut the rate's sentence)
            (
                context.lines[rate.line - 2].text,
                [
                    f
                    for f in money_facts(context)
                    if above is not None and f.line == rate.line - 1 and f.start >= above
                ],
            ),
        )
        for f in before
    )


def _part_of_the_spending(text: str, fact: Fact, spending: Sequence[Fact]) -> bool:
    """Whether ``fact`` is listed after 其中 under the report's chosen spending in its sentence ("实际支出1203.17万元，
    其中基本支出712.58万元，项目支出490.59万元，预算执行率为96.85%"): a part of the spending the rate is of (a budget's
    parts each followed by their own spending and rate are not: "总预算200万元，其中中央资金120万元，已支出120万元，执行率100%")."""
    sentence = sentence_start(text, fact.start)
    return any(
        sentence <= whole.start
        and (listing := MARKERS.search(text, whole.end, fact.start)) is not None
        and text.rfind("。", whole.end, listing.start()) < 0
        for whole in spending
    )


@dataclass(frozen=True)
class Rate:
    """A rate or share as written, with the fact it is written at: the rate itself, or the amount a
    share follows ("基本支出267.77万元，占75.31%")."""

    stated: Decimal
    at: Fact
    numerator: Fact
    denominator: Fact
    label: str

    @property
    def computed(self) -> Decimal:
        return _value(self.numerator) / _value(self.denominator) * HUNDRED


_EXECUTION_RATE = re.compile(r"execution_rate\Z")
_SPENT = re.compile(r"\.executed\Z")
_BASE_REACH = (
    3  # lines above a rate where the amount it may be computed on stands (what arrived, the full budget)
)
_BUDGETED = re.compile(r"\.(?:adjusted|budget|initial|arrived)\Z")
_ON_ARRIVED = re.compile(load_vocabulary("amounts")["rate_on_arrived"])


_BY_BUDGET = re.compile(r"按(?:全年|调整后|年度)?预算(?:数|资金)?计算")
# an amount a copying site masked ("点击查看>> 万元", "**万元", "(略)万元")
_MASKED_AMOUNT = re.compile(r"(?:点击查看>*|[*＊xX×]+|[(（]略[)）])\s*[万亿]?元")


def _a_counted_item(context: Context, fact: Fact) -> bool:
    """Whether a budget is one item of a listing its sentence opens by the items' count ("落实资金来源三项:中央补助
    资金48万元,省级补助资金12万元,市本级财政配套资金20万元"), no total stated before it."""
    text = context.lines[fact.line - 1].text
    if ":" not in text and "：" not in text:
        return False
    start, end = sentence_start(text, fact.start), sentence_end(text, fact.end)
    others = [
        f.start
        for f in context.report.facts
        if f.line == fact.line and f.unit == fact.unit and start <= f.start < end and f.start != fact.start
    ]
    return in_a_counted_listing(text, start, fact.start, others)


def rates(context: Context) -> Iterator[Rate]:
    spent = context.facts_matching(_SPENT)
    listed = {(p.fact.line, p.fact.start) for g in groups(context) for p in g.parts}
    # a budget listed after 其中, or one item of a listing opened by the items' count, is a part: the whole's rate is
    # never computed on it
    budgets = [
        f
        for f in context.facts_matching(_BUDGETED)
        if (f.line, f.start) not in listed and not _a_counted_item(context, f)
    ]
    for fact in context.facts_matching(_EXECUTION_RATE):
        if not isinstance(fact.value, Decimal):
            continue
        text = context.lines[fact.line - 1].text
        label = label_before(text, fact.start)
        if (
            _PART_OR_OTHER_YEAR_RATE.search(label)
            or _not_the_years_rate(text, sentence_start(text, fact.start), fact.start, context.report.year)
            or another_years(text, fact.start, context.report.year)
            or "分别" in label
            or _SOME_PROJECTS.search(text, clause_start(text, fact.start), fact.start)
            or _ON_ANOTHER_BASIS.search(label)
            or (_OWN_YEARS_MONEY.search(label) and "结转" in text)
            or _A_FACTOR_AFTER.match(text, fact.end)
            or _a_listed_funds_rate(text, fact)
            or _A_LEVELS_LINE.match(text)
            or _a_row_of_another_rate(text, fact)
            or _SEVERAL_ALIKE.search(label)
            or _RANKED.search(text, clause_start(text, fact.start, 0, "。；;"), fact.start)
            or _RANKED_AFTER.match(text, fact.end)
            or _COMPARED_WITH.search(label)
            or _GROUP_OF_PLACES.search(text, clause_start(text, fact.start, 0, "。；;，,"), fact.start)
            or _CARRIED_OVER.match(text, sentence_start(text, fact.start))
            or _a_projects_rate_restated(context, fact)
            or (fact.value == HUNDRED and _PAID_OUT_RATE.search(label) and _paid_in_full(context, text, fact))
        ):
            # "省级资金执行率80%", "其中专项资金执行率96%", "上年执行率85%", "2019年、2020年执行率分别为92%、94%"
            # (rates listed 分别), "等10个项目预算执行进度100%" (a group of projects'): not this year's whole rate
            continue
        # the report's own rate is checked against the report's own figures, never a part's
        own = fact.field == "budget.execution_rate"
        # a part's, a source's or a batch's rate ("第一批已支出300万元,执行率100%"): on its own sentence's figures
        confined = not own or _of_a_part(text, fact)
        executed = _same_line_before(
            context,
            fact,
            [f for f in spent if f.field == "budget.executed" and _outside_brackets(context, f)]
            if own
            else spent,
            own_sentence=confined,
        )
        paid = None
        if executed is None and own:
            executed = paid = _paid_right_before(context, fact)
        confined = confined or (
            executed is not None and executed.line == fact.line and _of_a_part(text, executed)
        )
        on_arrived = (
            own
            # (not a rate its own words put on the budget: "划拨率100%（按到位资金计算），按全年预算计算的执行率为98.80%")
            and not _BY_BUDGET.search(label)
            and (
                _ON_ARRIVED.search(label_before(text, fact.start))
                or _BY_ARRIVED.search(text, clause_start(text, fact.start, 0, "。；;"), fact.start)
            )
        )
        if on_arrived:
            # "实际到位6万元,实际支付6万元,到位资金执行率100%": the rate's base is what arrived, not the budget
            budget = _same_line_before(context, fact, [f for f in budgets if f.field == "budget.arrived"])
            if budget is None:
                continue
        else:
            # "全年预算数100万元，实际到位80万元，实际支出76万元，预算执行率76%": the budget's, not the arrived funds'
            budget = _same_line_before(
                context,
                fact,
                [
                    f
                    for f in budgets
                    if f.field.startswith("budget.")
                    and f.field != "budget.arrived"
                    and _outside_brackets(context, f)
                ]
                if own
                # a part's rate outside brackets is on the part's figure, not on the batches its brackets detail
                # ("中央资金12,031.00万元（提前下达9,863.00万元、…第三批648.00万元），支出11,986.27万元，支出进度99.63%")
                else [f for f in budgets if _outside_brackets(context, f)]
                if _outside_brackets(context, fact)
                else budgets,
                own_sentence=confined,
            )
        if own and budget is not None and budget.field == "budget.initial":
            budget = _whole_before_its_initial(context, budget, budgets) or budget
        if executed is not None and budget is None:
            budget = _amount_before(context, executed, listed)
            if budget is not None and _value(budget) < _value(executed) and fact.value <= HUNDRED:
                # "…已全部拨付至个人账户,共计2360000元,项目保护资金实际支出956.67万元,执行率93.42%": an amount below the
                # spending is no base of a rate of 100% or less
                budget = None
        if (
            budget is None
            and own
            and executed is not None
            and not any(f.field in ("budget.adjusted", "budget.initial") for f in budgets)
        ):
            # "全年到位资金306万元,已拨付293.5万元,资金执行率98.2%": no budget stated anywhere, what arrived is the
            # money the rate is on
            budget = _same_line_before(
                context, fact, [f for f in budgets if f.field == "budget.arrived"], own_sentence=True
            )
        if budget is None and own and executed is not None:
            paid_out = paid is not None and not _an_items_payment(text, paid)
            budget = _base_of_a_rate_beside_its_spending(context, fact, executed, budgets, paid_out)
        if (
            budget is None
            and own
            and executed is not None
            and executed.value == context.report.budget.executed
            and any(_listed_after_qizhong(text, f, fact) for f in budgets if f.line == fact.line)
        ):
            # the amounts above are a listing's parts ("其中…安排资金1,577万元。累计支出…"): the report's spending is
            # rated on the report's budget
            budget = _headline_fact(context, "adjusted")
        if fact.field == "budget.execution_rate" and not _rates_money_beside_it(context, fact):
            if _another_funds_rate(context, fact, label):
                continue
            if _MASKED_AMOUNT.search(text, sentence_start(text, fact.start), fact.start):
                continue  # "全年共 点击查看>> 万元,拨付使用了 ** 万元,预算执行率100%": its own figures, masked
            if context.forms.of_another_kind(fact.line, context.report.kind):
                continue  # a project's form after the department's: its rate is on its own figures, not the report's
            # elsewhere in the report, only the figures the extractor settled on (none when statements differ)
            if executed is None and _spending_rated_after(context, fact):
                continue  # "…执行率100%;房县民歌项目实际支出312540元,执行率86.82%": later money has a rate of its own
            executed = executed or _headline_fact(context, "executed")
            budget = budget or _headline_fact(context, "adjusted")
        if own and not on_arrived and executed is not None and budget is not None:
            # "预算100万元，实际到位80万元，实际支出76万元，执行率95%": a rate on the funds that arrived is a
            # reading too, when they stand between the budget and the rate
            arrivals = [f for f in budgets if f.field == "budget.arrived"]
            arrived = _same_line_before(context, fact, arrivals)
            if arrived is None:
                # "至年底到位资金2,160万元。" / "全年实际支出2,138.4万元，资金执行率99%。": what arrived, a few lines
                # above, giving the rate exactly
                arrived = next(
                    (
                        f
                        for f in reversed(arrivals)
                        if fact.line - _BASE_REACH <= f.line < fact.line and f.subject == fact.subject
                    ),
                    None,
                )
            if (
                arrived is not None
                and (arrived.line, arrived.start) > (budget.line, budget.start)
                and _value(arrived) != 0
            ):
                on_what_arrived = Rate(fact.value, fact, executed, arrived, "")
                if on_what_arrived.stated == quantize(on_what_arrived.computed, _decimals(fact.value)):
                    budget = arrived
        headline = _headline_on_line(context, "adjusted", fact.line) if own else None
        if (
            executed is not None
            and budget is not None
            and headline is not None
            and headline.line == fact.line
            and headline.start < fact.start
            and _value(headline) != 0
            and _judged(fact.value, _value(executed) / _value(headline) * HUNDRED) is None
        ):
            # "2022年下达500万元，2023年下达300万元，累计下达800万元。…执行率95.20%": the report's own budget,
            # stated on the rate's line, gives the rate; the sum of the years is none of its figures
            budget = headline
        named_base = _named_base_amount(context, fact)
        if named_base is not None:
            # "按调整前预算550.00万元计算，支付进度为93.97%": the sentence names the amount the rate is on
            budget = named_base
        elif own and (named_label := _named_base_label(text, fact)) is not None:
            # "按全年可用资金计算执行率为96.63%", "按当年预算计算，支出占当年预算的99.78%": on the amount stated under that
            # name; where the text gives none, a budget's rate on the budget read, another base's on nothing
            named_amount = _amount_named(context, fact, named_label)
            if named_amount is not None:
                budget = named_amount
            elif "预算" not in named_label:
                continue
        stated_on = text[sentence_start(text, fact.start) : fact.start]
        if own and (
            _ON_INITIAL.search(label)
            or _ON_INITIAL_AFTER.match(text, fact.end)
            or ("%" not in stated_on and _BY_INITIAL.search(stated_on))
        ):
            # "年初预算执行率112.43%", "按年初预算计算执行率为104.43%", "108.26%（决算数÷年初预算数）": its base is named
            initial = _same_line_before(
                context, fact, [f for f in budgets if f.field == "budget.initial"]
            ) or _headline_fact(context, "initial")
            if initial is None:
                continue
            budget = initial
        if executed is not None and budget is not None and _value(budget) != 0:
            if not _rate_reads_its_figures(context, fact, executed, budget):
                continue
            if context.in_other_parts(fact, executed) or context.in_other_parts(fact, budget):
                continue  # a project's form's rate, the department's form's figures
            yield Rate(fact.value, fact, executed, budget, f"{fact.subject or ''}执行率")
    grouped: set[tuple[int, int]] = set()
    for group in groups(context):
        for part in group.parts:
            grouped.add((part.fact.line, part.fact.start))
            text = context.lines[part.fact.line - 1].text
            base = _named_base(text, part.fact.end)
            total_label = label_before(text, group.total.start)
            whole = _WHOLE_WORD.sub("", total_label).rstrip("为是:： ")
            if base is not None and not whole.endswith(base):
                continue  # "…专项业务费120万元，占项目支出的60%": the share of another figure than the total
            whole_fact = group.total
            flow = _whole_flow(text, part.fact.end)
            # (of the fund's money, the year's whole budget stated after an initial one: "年初预算400万元，追加200万元，
            # 全年预算600万元…其中…300万元，占下达资金总额的50%")
            # (a share naming the total's own words is of the total: "部门预算总额3,862.47万元，其中本项目全年预算150.00
            # 万元，占部门预算的3.88%")
            if base is None and flow is not None and (not _of_flow(total_label, flow) or flow == "预算"):
                # "预算600万元,执行570万元。其中设备购置支出456万元,占支出总额的80%": the share of the spending
                # the total's sentence states beside it, or of nothing the text gives
                begin = sentence_start(text, group.total.start)
                end = sentence_end(text, group.total.end)
                # the last such figure of the sentence: the year's whole budget after its initial one and additions
                # (never one of the listing's own parts: "其中:中央预算内投资7480万元,占资金总额的80%")
                listed = {(p.fact.line, p.fact.start) for p in group.parts}
                spending = next(
                    (
                        f
                        for f in reversed(money_facts(context))
                        if f.line == group.total.line
                        and begin <= f.start < end
                        and (f.line, f.start) not in listed
                        and _of_flow(label_before(text, f.start), flow)
                    ),
                    None,
                )
                if spending is None:
                    continue
                whole_fact = spending
            if part.share is None or _value(whole_fact) == 0:
                continue
            if _of_the_years_own(text, part, group):
                continue  # "收入总计533…，其中：上年结转24…；本年财政拨款收入40…，占本年收入的7.91%": less the carry-over
            if (
                whole_fact is group.total
                and flow is None
                and _another_whole_agrees(context, group.total, part)
            ):
                continue  # "预算600万元,执行570万元。其中设备购置支出456万元,占比80%": a share of the spending
            yield Rate(part.share, part.fact, part.fact, whole_fact, f"{part.label}占比")
    yield from _loose_shares(context, grouped)
    yield from _table_row_rates(context)
    yield from _sub_row_rates(context)


_ROW_BUDGET = re.compile(
    r"预算|安排|下达|计划|可用|调整后"
)  # ("年初计划整合 | 调整后整合 | 已支出 | 支出率")
# a column of a measure, not of money ("计划面积", "计划户数"): no budget's column, however it is named
_ROW_MEASURE = re.compile(r"面积|数量|人数|户数|人次|里程|长度|公里|亩|个数|座数|件数")
_ROW_SPENT = re.compile(r"执行数|执行金额|支出|使用|拨付|支付")
_ROW_RATE = re.compile(r"执行率|支出率|支付率|使用率|执行进度")
_ROW_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_ROW_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


_KIND_OF_MONEY_ENDING = re.compile(r"(?:项目|资金|经费)+$")


# money labelled as paid out and nothing else ("截至年底已拨付1732416.80元", "全年已拨付902.38万元", "已发放163.4万元",
# "已拨付项目承担单位17462.9万元", its recipients named): the reader takes no spending from it (拨付 may be money passed
# down), but a rate right after it is on it (the lines are simplified: "已撥付" reads "已拨付")
_PAID_LABEL = re.compile(
    r"(?:^|[\u4e00-\u9fff\d])(?:全年|累计|共)?已(?:经)?\s*(?:全部|全额)?(?:拨付|支付|发放|兑付)(?:支出)?"
    r"(?:(?:给|至|到)?各?(?:项目)?(?:承担|实施|建设|施工)?单位)?(?:项目|专项|补助)?(?:资金|经费)?(?:共计|合计)?$"
)


def _paid_right_before(context: Context, rate: Fact) -> Fact | None:
    """The amount paid out that a rate follows in its own sentence, the rate's clause right after the payment's ("资金共
    1850.62万元,已拨付1796.35万元,预算执行率98.9%"): the spending the rate is of, when no spending is stated there."""
    text = context.lines[rate.line - 1].text
    begin = sentence_start(text, rate.start)
    before = [
        f
        for f in money_facts(context)
        if f.line == rate.line and begin <= f.start < rate.start and isinstance(f.value, Decimal)
    ]
    if not before:
        return None
    paid = before[-1]
    between = text[paid.end : rate.start]
    if len(_CLAUSE_MARKS.findall(between)) != 1:
        return None  # the rate's clause right after the payment's, nothing in between
    return paid if _PAID_LABEL.search(label_before(text, paid.start)) else None


_CLAUSE_MARKS = re.compile(r"[，,；;]")
# a numbered item's money paid out, the item named before the verb ("1、公园保洁费已拨付11.2万元,拨付率93.33%")
_ITEMS_PAYMENT = re.compile(
    r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*(?P<name>[\u4e00-\u9fff]{2,16}?(?:费用?|金|款|补助|补贴))"
    r"\s*(?:全年|累计|共)?已"
)


def _an_items_payment(text: str, paid: Fact) -> bool:
    """Whether money paid out is one numbered item's of a listing, named before its verb: the rate after it is on
    the item's own budget, never the report's."""
    named = _ITEMS_PAYMENT.match(text, sentence_start(text, paid.start), paid.start)
    return named is not None and not _GENERIC_MONEY.fullmatch(named.group("name"))


def _base_of_a_rate_beside_its_spending(
    context: Context, rate: Fact, executed: Fact, budgets: list[Fact], paid: bool
) -> Fact | None:
    """The amount a rate is on when its sentence gives the spending and no budget: what arrived, stated in that
    sentence ("项目资金到位2764万元,已使用2598.3万元,资金使用率95.8%"), or, for money paid out, the report's budget
    stated elsewhere ("下达…资金320万元。" / "…已拨付项目资金296.4万元,资金拨付率95.2%"). Either way the report's
    budget is the other reading: when it gives the rate, the rate is on it."""
    headline = _headline_fact(context, "adjusted")
    if (
        headline is not None
        and _value(headline) != 0
        and _judged(_value(rate), _value(executed) / _value(headline) * HUNDRED) is None
    ):
        return headline
    arrived = _same_line_before(
        context, rate, [f for f in budgets if f.field == "budget.arrived"], own_sentence=True
    )
    return arrived if arrived is not None else headline if paid else None


def _a_projects_rate_restated(context: Context, fact: Fact) -> bool:
    """Whether a rate restates the rate the page gives one of its projects elsewhere (its form's), in a sentence
    naming that project ("一是档案数字化加工外包合同签订较晚,项目资金支付进度偏慢,执行率91.36%" after the 档案数字化
    加工项目 form's 91.36%): that project's, not the report's."""
    text = context.lines[fact.line - 1].text
    sentence = text[sentence_start(text, fact.start) : fact.start]
    for other in context.facts("project.execution_rate"):
        if other.value != fact.value or other.line == fact.line or not other.subject:
            continue
        bare = _KIND_OF_MONEY_ENDING.sub("", other.subject)
        if len(bare) >= 4 and bare in sentence:
            return True
    return False


def _sub_row_rates(context: Context) -> Iterator[Rate]:
    """Each sub-row's rate of a funds block read under its headers ("基本支出 1035.20 1041.86 1041.86 100%",
    "项目支出 291.34 456.34 410.81 92.02%"), against the row's own budget and spending; the total row's rate is the
    report's own, checked with its facts."""
    total_row = vocabulary().funds_total_row
    for row in context.report.funds_rows:
        if total_row.search(row.label) or row.rate is None or not row.adjusted or row.executed is None:
            continue  # (the total row's rate is the report's own; a row without a budget has no rate to check)
        at = _row_fact(context, row, "rate").model_copy(update={"field": "row.execution_rate", "unit": "%"})
        label = re.sub(r"^\s*其中\s*[:：]?", "", row.label).strip()
        yield Rate(
            row.rate,
            at,
            _row_fact(context, row, "executed"),
            _row_fact(context, row, "adjusted"),
            f"{label}执行率",
        )


def _table_row_rates(context: Context) -> Iterator[Rate]:
    """Each row's rate in a table whose header names a budget column, a spending column and a rate column ("序号 |
    单位 | 全年预算数 | 全年执行数 | 预算执行率"), against the row's own two amounts."""
    columns: tuple[int, int, int, int] | None = None  # budget, spent, rate, cells in the header
    for line in context.lines:
        if "|" not in line.text and "｜" not in line.text and "\t" not in line.text:
            columns = None
            continue
        if columns is None and "率" not in line.text:
            continue  # no table under way, and no header naming a rate column
        cells = split_cells(line)
        texts = [cell.text for cell in cells]
        if columns is None or len(cells) != columns[3]:
            columns = _rate_table_header(texts)
            continue
        budget_at, spent_at, rate_at, _count = columns
        stated = _ROW_PERCENT.fullmatch(texts[rate_at])
        budget, spent = (_ROW_AMOUNT.fullmatch(texts[at]) for at in (budget_at, spent_at))
        if stated is None or budget is None or spent is None:
            continue
        denominator = _cell_fact(context, cells[budget_at])
        if _value(denominator) == 0:
            continue
        label = next((text for text in texts if text and not _ROW_AMOUNT.fullmatch(text)), "")
        at = _cell_fact(context, cells[rate_at]).model_copy(
            update={"field": "row.execution_rate", "unit": "%"}
        )
        yield Rate(
            Decimal(stated.group(1)), at, _cell_fact(context, cells[spent_at]), denominator, f"{label}执行率"
        )


def _rate_table_header(texts: list[str]) -> tuple[int, int, int, int] | None:
    """The budget, spending and rate columns a table's header names, each once (the full year's budget before the
    initial one: "年初预算数 | 全年预算数 | 全年执行数 | … | 执行率"), and its number of cells."""
    count = len(texts)
    texts = [text.replace(" ", "").replace("\u3000", "") for text in texts]  # "全年预 算数": a scan's spacing
    found = []
    for pattern, other in ((_ROW_BUDGET, _ROW_RATE), (_ROW_SPENT, _ROW_RATE), (_ROW_RATE, None)):
        at = [
            i
            for i, text in enumerate(texts)
            if pattern.search(text)
            and (other is None or not other.search(text))
            and (pattern is _ROW_RATE or not _ROW_MEASURE.search(text))
        ]
        if pattern is _ROW_BUDGET and len(at) > 1:
            at = [i for i in at if _ROW_FULL_YEAR.search(texts[i])]
        if len(at) != 1:
            return None
        found.append(at[0])
    budget_at, spent_at, rate_at = found
    # "第一批（提前下达） | 第二批 | 合计 | 支出 | 执行率": the batches' total is the budget, not the first batch
    totals = [
        i for i, text in enumerate(texts) if budget_at < i < spent_at and _ROW_TOTAL.fullmatch(text.strip())
    ]
    if len(totals) == 1:
        budget_at = totals[0]
    if (named := _ROW_RATE_BASE.search(texts[rate_at])) is not None:
        # "支出率（占到位）": the rate is of the column its header names, not of the budget's
        bases = [i for i, text in enumerate(texts) if named.group(1) in text and "率" not in text]
        if len(bases) != 1:
            return None
        budget_at = bases[0]
    elif _USE_RATE.search(texts[rate_at]) and "预算" not in texts[rate_at]:
        # "年初预算资金总额 | 实际到位资金 | 实际支出 | 资金使用率": what was used of what arrived, not of the budget
        arrived = [i for i, text in enumerate(texts) if "到位" in text and "率" not in text]
        if len(arrived) == 1:
            budget_at = arrived[0]
    return (budget_at, spent_at, rate_at, count) if len({budget_at, spent_at, rate_at}) == 3 else None


_ROW_TOTAL = re.compile(r"(?:合计|小计|总计)(?:数|金额)?")
_USE_RATE = re.compile(r"使用率|支出率|支付率")
_ROW_FULL_YEAR = re.compile(r"全年|调整后|调整预算")
_ROW_RATE_BASE = re.compile(
    r"[(（]\s*(?:占|按)?\s*([\u4e00-\u9fff]{2,4}?)(?:资金|数|金额)?\s*(?:计算)?\s*[)）]"
)


def _cell_fact(context: Context, cell: Cell) -> Fact:
    """A table cell's amount as a fact where it stands."""
    return Fact(
        field="row.amount",
        value=Decimal(cell.text.rstrip("%％").replace(",", "")),
        unit="万元",
        line=cell.line,
        start=cell.start,
        end=cell.end,
        end_line=cell.line,
        text=cell.text,
    )


# a rate named after one fund, a level's money, a part, or another year: "中央资金执行率100%", "上年执行率85%"
_PART_OR_OTHER_YEAR_RATE = re.compile(
    r"(?:(?:中央|省级|自治区|市级|州级|盟级|县级|旗级|区级|地方|上级)(?:财政)?(?:资金|补助|配套)[\u4e00-\u9fff]{0,8}|其中[^，,。；;]{0,10}|"
    + load_vocabulary("amounts")["other_year"]
    + r")[\u4e00-\u9fff]{0,6}?(?:执行率|支付率|使用率)(?:仅|只有|只)?(?:为|是|达到?)?$"
)
_NOT_THE_YEARS_RATE = re.compile(load_vocabulary("amounts")["not_the_years_rate"])
_YEAR_BEFORE_MONTH = re.compile(r"(20\d\d)\s*年\s*$")


def _paid_in_full(context: Context, text: str, fact: Fact) -> bool:
    """Whether the sentence before a rate of payment says the money was handed on in full ("…已全部拨付至项目实施单位"),
    or names an amount paid that is a budget stated ("拨付资金31,748万元，拨付率100%" after "下达资金31,748万元")."""
    begin = sentence_start(text, fact.start)
    if _ALL_PAID_OUT.search(text, begin, fact.start) is not None:
        return True
    paid = _PAID_AMOUNT.search(text, begin, fact.end)
    budgets = {f.value for f in context.facts_matching(_BUDGETED)}
    return paid is not None and Decimal(paid.group("amount").replace(",", "")) in budgets


def _not_the_years_rate(text: str, begin: int, end: int, year: int | None) -> bool:
    """Whether the sentence before a rate says it is not the year's whole rate: a month's ("截至9月底"), a
    quarter's, a level's or a place's. A month of a later year is the report's date, run into the sentence ("…报告
    江西省水利厅2022年5月…2021年省级财政共下达…"), after the whole year."""
    for found in _NOT_THE_YEARS_RATE.finditer(text, begin, end):
        later = _YEAR_BEFORE_MONTH.search(text, max(begin, found.start() - 6), found.start())
        if "月" in found.group() and year is not None and later is not None and int(later.group(1)) > year:
            continue
        return True
    return False


# a rate that is a factor of a score worked out ("资金拨付指标得分＝支付率98.74%×15分"): JX107's, on its own base
_A_FACTOR_AFTER = re.compile(r"\s*[×*＊]")
# a fund listed after 其中 with its rate in a later clause ("其中，自然科学基金资金全部拨付，执行率100%")
_A_LISTED_FUNDS_RATE = re.compile(
    r"其中\s*[，,：:]?\s*[\u4e00-\u9fff]{2,16}(?:资金|经费|补助)(?![\u4e00-\u9fff]{0,2}(?:合计|总))"
)


def _a_listed_funds_rate(text: str, rate: Fact) -> bool:
    """Whether the rate is that of a fund listed after 其中 with no amount of its own before it ("其中，自然科学基金
    资金全部拨付，执行率100%"): the figures near it are others'. (A listed fund's own amounts before its rate make it
    checkable on them: "其中，X资金下达80万元，支出76万元，执行率98%".)"""
    listed = _A_LISTED_FUNDS_RATE.search(text, sentence_start(text, rate.start), rate.start)
    return listed is not None and _AN_AMOUNT.search(text, listed.end(), rate.start) is None


_AN_AMOUNT = re.compile(r"\d\s*(?:万元|亿元|元)")
# a line giving one level's money and its figures ("地方资金：全年预算数2,700,000.00；…；执行率97.83%")
_A_LEVELS_LINE = re.compile(
    r"\s*(?:其中\s*[:：]?\s*)?(?:中央|地方|省级?|市级?|州级?|县级?|区级?|自治区|本级|上级)(?:财政)?(?:资金|补助|配套)\s*[:：]"
)
# a rate the report says it computed on another basis than spending over the budget it states: with or without the
# money carried over ("含结转资金总执行率", "扣除上年结转资金后本年预算执行率", "当年预算执行率" beside the carry-over)
_ON_ANOTHER_BASIS = re.compile(r"结转|扣除|不含")
# the money handed down in full, then its rate of payment of 100% ("…已全部拨付至项目实施单位，拨付率100%", "拨付资金31,748
# 万元，拨付率100%"): the rate of what was handed on, not of what was spent
_PAID_OUT_RATE = re.compile(r"拨付率|拨付进度")
_ALL_PAID_OUT = re.compile(r"(?:全部|全额|足额)(?:及时)?拨付")
_PAID_AMOUNT = re.compile(r"拨付(?:资金)?\s*(?P<amount>[\d,.]+)\s*万元\s*[，,]\s*(?:资金)?拨付(?:率|进度)")
# "主城都市区22个区县（含经开区）执行率95.79%": a group of places' rate, counted
_GROUP_OF_PLACES = re.compile(load_vocabulary("amounts")["group_of_places"])
# "执行率88.36%，比全部资金执行率95.27%低6.91个百分点": the rate compared with, stated again
_COMPARED_WITH = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:比|较|相比|对比)[^，,。；;]{0,16}$")
# "上年结转资金支出5,936.12万元，执行率95.46%": the money carried in, with its own rate
_CARRIED_OVER = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.]\s*)?(?:上年|以前年度|往年)结转(?:结余)?资金"
)
# "执行率最高：淮北市 73.71%；最低：淮南市 59.12%": one place's or item's rate, ranked among others
_RANKED = re.compile(r"最高|最低")
_RANKED_AFTER = re.compile(r"[，,]?[^，,。；;]{0,12}?(?:最高|最低)")  # "…执行率94.66%，在6个方向中最低"
# "A市、B旗、C旗执行率均为90%": several things' rates, all alike, none the whole's
_SEVERAL_ALIKE = re.compile(r"均(?:为|是|达到?)?\s*$")
_ROW_SEPARATOR = re.compile(r"\t|\s*[|｜]\s*|\s{2,}")


def _a_row_of_another_rate(text: str, fact: Fact) -> bool:
    """Whether a rate stands in a table row named after another rate ("政府采购执行率 | 5 | 4.71 | 执行率94.16%，按比例
    计分"): the row's note restates the rate the row scores."""
    cells = [cell.strip() for cell in _ROW_SEPARATOR.split(text[: fact.start]) if cell.strip()]
    return any(RATE_OF_ANOTHER.search(cell) for cell in cells[:-1])


_ON_INITIAL = re.compile(
    r"年初预算(?:数)?(?:口径)?(?:计算)?(?:的)?(?:预算)?(?:执行率|支出率|支付率|(?:支出)?完成率)"
    # (or the spending as its share: "决算数为…，完成年初预算的118.42%，完成调整预算的97.30%")
    r"|(?:完成|占|为|达到?)年初(?:预算|批复)(?:数|资金)?的?(?:比例)?\s*(?:为|是)?\s*$"
)
# "按已到位资金计算，支付率为96.86%": the clause names the funds that arrived as the rate's base
_BY_ARRIVED = re.compile(r"按[^，,。；;]{0,6}到位(?:资金|数)?[^，,。；;]{0,4}(?:计算|口径)")
_BY_INITIAL = re.compile(
    r"按(?:年初|调整前)预算"
)  # "按年初预算口径计算，执行率为122.97%", "按调整前预算计算": its base named
_ON_INITIAL_AFTER = re.compile(r"\s*[(（][^()（）]{0,16}年初预算")
_OWN_YEARS_MONEY = re.compile(r"当年|本年")
_ADDED_TO_BUDGET = re.compile(
    rf"^(?!比|较|同比).*(?:{load_vocabulary('amounts')['added_to_budget']})\S{{0,6}}$"
)


_SENTENCE_ENDS = re.compile(r"[。！？!?]")
_BY_AMOUNT = re.compile(r"按[^，,。；;\d]{0,12}?(?=\d)")
_BY_AMOUNT_END = re.compile(r"\s*(?:万元|亿元|元)?\s*(?:计算|为基数|口径)")


def _named_base_amount(context: Context, rate: Fact) -> Fact | None:
    """The amount a rate's sentence says it is computed on, in the clause before it ("按调整前预算550.00万元计算，
    支付进度为93.97%")."""
    text = context.lines[rate.line - 1].text
    begin = sentence_start(text, rate.start)
    for by in _BY_AMOUNT.finditer(text, begin, rate.start):
        base = next(
            (f for f in money_facts(context) if f.line == rate.line and f.start == by.end()),
            None,
        )
        if base is not None and _BY_AMOUNT_END.match(text, base.end):
            return base
    return None


# "按全年可用资金计算执行率为96.63%": the clause names the base by its label (the arrived funds' are read as such
# above)
_BY_LABEL = re.compile(r"按(?P<label>[\u4e00-\u9fff]{2,10}?)(?:数|金额)?(?:计算|口径)")


# a rate written as the share of money it names, right before it: "…支出42871.5万元，占下达资金的96.12%"
_SHARE_OF_LABEL = re.compile(r"占(?P<label>[\u4e00-\u9fff]{2,10}?)(?:的)?(?:比例|比重)?(?:为|是|达到?)?\s*$")


def _named_base_label(text: str, rate: Fact) -> str | None:
    """The label the rate's clause names its base by, the last before it with no other rate between."""
    found = list(_BY_LABEL.finditer(text, clause_start(text, rate.start, 0, "。；;"), rate.start))
    named = found[-1] if found else None
    if named is None:
        # (a share of the budget, "占预算的74.64%", is on the budget read, as a rate with no base named)
        named = _SHARE_OF_LABEL.search(text, clause_start(text, rate.start), rate.start)
        if named is not None and "预算" in named["label"]:
            return None
    if named is None or "%" in text[named.end() : rate.start] or "到位" in named["label"]:
        return None
    return named["label"]


def _amount_named(context: Context, rate: Fact, label: str) -> Fact | None:
    """The last amount stated under ``label`` on the rate's line or a few lines above it, before the rate."""
    return next(
        (
            f
            for f in reversed(money_facts(context))
            if rate.line - _BASE_REACH <= f.line <= rate.line
            and (f.line, f.start) < (rate.line, rate.start)
            and label_before(context.lines[f.line - 1].text, f.start).endswith(label)
        ),
        None,
    )


def _whole_before_its_initial(context: Context, initial: Fact, budgets: list[Fact]) -> Fact | None:
    """The year's whole budget an initial budget is listed under in its sentence ("项目全年预算1,380万元,其中年初
    预算900万元,年中追加480万元"): the rate after them is on the whole."""
    text = context.lines[initial.line - 1].text
    begin = sentence_start(text, initial.start)
    return next(
        (
            f
            for f in reversed(budgets)
            if f.field == "budget.adjusted"
            and f.line == initial.line
            and begin <= f.start
            and f.end <= initial.start
            and "其中" in text[f.end : initial.start]
        ),
        None,
    )


def _rate_reads_its_figures(context: Context, rate: Fact, executed: Fact, budget: Fact) -> bool:
    """Whether the figures found for a rate are surely the ones it is computed on: not when money of its own
    stands in the rate's "；" clause while the budget stands before it ("总预算200万元，其中中央资金…；省级资金80
    万元，已支出60万元，执行率75%"), when money added to the budget stands between them ("年初预算100万元，年中追加
    20万元…执行率95%"), or when the budget is one of figures paired "分别为" with their labels."""
    if budget.line != rate.line:
        return True
    text = context.lines[rate.line - 1].text
    item = (
        _ITEM_OPENING.search(text, budget.end, executed.start)
        if executed.line == rate.line and budget.end <= executed.start
        else None
    )
    if item is not None and any(
        f.line == rate.line and item.end() <= f.start and f.end <= executed.start
        for f in money_facts(context)
    ):
        # "项目资金为14.97万元…具体如下: 1、档案整理费5万元,实际已支付4万元,支付率100%": an item with its own
        # amount, its spending not to be set against the whole's budget ("1、…项目预算100万元 2、资金使用情况:
        # 实际支出80万元" set the report's own figures apart, no item's)
        return False
    clause = max(text.rfind(mark, 0, rate.start) for mark in "；;") + 1
    between = [
        f
        for f in money_facts(context)
        if f.line == rate.line
        and budget.end <= f.start
        and f.end <= rate.start
        and f.start != executed.start
        and f.field != "budget.arrived"  # "全年预算100万元；实际到位100万元…": the budget's own arrival
    ]
    spending_parts = (
        executed.line == rate.line
        and "其中" in text[executed.end : rate.start]
        and executed.start >= clause
        and not _SENTENCE_ENDS.search(text, executed.end, rate.start)  # the spending's own sentence
    )
    if (
        budget.start < clause
        and any(
            f.start >= clause
            and f.start != executed.start
            # "…；全年实际支出1769.05万元,其中基本支出…、项目支出…,预算执行率98.6%": the spending's own parts
            and not (spending_parts and f.start > executed.end and "其中" in text[executed.end : f.start])
            for f in between
        )
    ):
        return False
    # a budget sentences before the rate, while the rate's own sentence states an amount the spending over gives it
    # ("…累计完成投资3531.24万元,其中…;累计已支付3415.38万元,支付率96.72%"): the rate is on that amount
    opening = text.rfind("。", 0, rate.start) + 1
    if budget.start < opening and any(
        isinstance(rate.value, Decimal)
        and opening <= f.start < executed.start
        and _value(f) != 0
        and _judged(rate.value, _value(executed) / _value(f) * HUNDRED) is None
        for f in between
    ):
        return False
    # (not the budget's own parts listed after it: "全年预算1,380万元,其中年初预算900万元,年中追加480万元,执行率…")
    # (nor money added of nothing: "上年结转资金0万元")
    if any(
        _ADDED_TO_BUDGET.search(label_before(text, f.start))
        and _value(f) != 0
        and not (budget.field == "budget.adjusted" and "其中" in text[budget.end : f.start])
        for f in between
    ):
        return False
    return "分别" not in label_before(text, budget.start)


_THIS_YEARS_BASE = re.compile(r"\s*[，,]?\s*占(?:本年|当年)度?")
_CARRIED_OVER_PART = re.compile(r"上年(?:度)?结转|年初结转|结转结余")


def _of_the_years_own(text: str, part: Part, group: Group) -> bool:
    """Whether a share of the year's own (占本年收入的…) is the part's of the total less the carry-over listed
    among its parts."""
    if part.share is None or not _THIS_YEARS_BASE.match(text, part.fact.end):
        return False
    carried = [other for other in group.parts if _CARRIED_OVER_PART.search(other.label)]
    own = _value(group.total) - sum((_value(other.fact) for other in carried), Decimal(0))
    return bool(carried) and own > 0 and _judged(part.share, _value(part.fact) / own * HUNDRED) is None


_A_WHOLE = re.compile(r"总额|合计|总计|共计|总支出|总收入")


def _another_whole_agrees(context: Context, total: Fact, part: Part) -> bool:
    """Whether another amount of the total's sentence gives the part's stated share, the share naming no whole
    ("占比80%" of the budget or of the spending beside it): the text is read the way it agrees."""
    text = context.lines[total.line - 1].text
    begin, end = sentence_start(text, total.start), sentence_end(text, total.end)
    for fact in money_facts(context):
        if fact.line != total.line or not begin <= fact.start < end or fact is total or _value(fact) == 0:
            continue
        if classify(label_before(text, fact.start)) not in (("budget", "adjusted"), ("budget", "executed")):
            continue  # only the budget or the spending beside it, never what arrived or a part
        if part.share is not None and _judged(part.share, _value(part.fact) / _value(fact) * HUNDRED) is None:
            return True
    # or a whole stated before it in its paragraph ("政府采购支出总额13150.40万元…授予中小企业合同金额11862.35万元，
    # 占政府采购支出总额的90.21%，其中授予小微企业合同金额7204.16万元，占54.78%": of the procurement's total too)
    for fact in money_facts(context):
        if (
            fact.line == total.line
            and fact.start < total.start
            and _value(fact) != 0
            and _A_WHOLE.search(label_before(text, fact.start))
            and part.share is not None
            and _judged(part.share, _value(part.fact) / _value(fact) * HUNDRED) is None
        ):
            return True
    # or the report's own budget, stated elsewhere ("全年共计12000万元。…其中用于产业发展7320万元，占比61%")
    budget = context.report.budget.adjusted
    if not budget or part.share is None:
        return False
    return _judged(part.share, _value(part.fact) / budget * HUNDRED) is None


def _loose_shares(context: Context, grouped: set[tuple[int, int]]) -> Iterator[Rate]:
    """Shares outside a 其中 listing ("支出355.53万元，基本支出267.77万元，占总支出的75.31%"): the base
    is the first amount of the sentence, the total the sentence opens with."""
    amounts = money_facts(context)
    for fact in amounts:
        if (fact.line, fact.start) in grouped:
            continue
        text = context.lines[fact.line - 1].text
        share = share_after(text, fact.end)
        if share is None:
            continue
        sentence = sentence_start(text, fact.start)
        before = [
            f
            for f in amounts
            if f.line == fact.line
            and sentence <= f.start < fact.start
            and not OTHER_YEARS_AMOUNT.search(label_before(text, f.start))  # "较上年的1100万元": no whole
        ]
        base = _named_base(text, fact.end)
        if base is not None:
            # "人员经费3217.28万元,占基本支出的79.49%": the share of the amount the sentence names so
            before = [f for f in before if label_before(text, f.start).rstrip("为是:： ").endswith(base)][-1:]
        elif (flow := _whole_flow(text, fact.end)) is not None:
            if MARKERS.match(text, sentence + len(text[sentence:]) - len(text[sentence:].lstrip())):
                continue  # "其中拨付A 4,131.16万元，拨付B 2,884.20万元，占支出总额的41.11%": the sentence's amounts are parts
            # "全年预算500万元，实际支出480万元，人员经费360万元，占支出总额的75%": the whole of the spending
            flows = [f for f in before if _of_flow(label_before(text, f.start), flow)]
            actual = [f for f in flows if not _PLANNED.search(label_before(text, f.start))]
            before = (actual or flows)[:1] or before
        else:
            # a sibling part with a share of its own ("A支出1330万元,占70%,B支出570万元,占30%") is no whole of it
            before = [f for f in before if share_after(text, f.end) is None]
        if before and _value(before[0]) > _value(fact):
            if (
                base is None
                and _whole_flow(text, fact.end) is None
                and _another_whole(amounts, fact, share, before[0])
            ):
                continue  # "3.公益性岗位补贴:683.28万元,占32.75%;…5.贴息:贷款余额3,860万元,186.52万元,占8.94%": the listing's total
            label = label_before(text, fact.start) or f"{fmt_money(_value(fact))}万元"
            yield Rate(share, fact, fact, before[0], f"{label}占比")


_SHARE_REACH = 12  # lines around a share where the whole it names none of may be stated


def _another_whole(amounts: Sequence[Fact], part: Fact, share: Decimal, nearest: Fact) -> bool:
    """Whether another amount stated near a share that names no whole gives it exactly: the total of the list
    the part is an item of, stated above or below the items, rather than the amount before it in its item."""
    return any(
        other is not nearest
        and abs(other.line - part.line) <= _SHARE_REACH
        and _value(other) > _value(part)
        and _judged(share, _value(part) / _value(other) * HUNDRED) is None
        for other in amounts
    )


_BASE = re.compile(r"\s*[，,]?\s*占(?:全年|年度|本年)?(?P<base>[\u4e00-\u9fff]{2,10}?)的")


def _of_flow(label: str, flow: str) -> bool:
    """Whether an amount's label names it of the flow: its word ("支出", "收入", "预算"), spending by its label
    ("全年执行", "执行数"), or the fund's money by its label ("收到就业补助资金", "下达…资金")."""
    kind = classify(label)
    return (
        flow in label
        or (flow == "支出" and kind == ("budget", "executed"))
        or (flow == "预算" and kind in (("budget", "adjusted"), ("budget", "arrived")))
    )


def _named_base(text: str, position: int) -> str | None:
    """The amount a share names as its base ("占基本支出的79.49%", "占项目总投资的75.31%": a works' whole cost, another
    whole than the year's money), unless it is the whole (总支出, 总额, 收入合计)."""
    found = _BASE.match(text, position)
    if found is not None and "总投资" in found.group("base"):
        return found.group("base")
    if found is None or "总" in found.group("base") or _WHOLE_WORD.search(found.group("base")):
        return None
    return found.group("base")


def _whole_flow(text: str, position: int) -> str | None:
    """The flow a share's whole names ("占支出总额的", "占总收入的"): 支出, 收入 or 预算, else None."""
    found = _BASE.match(text, position)
    if found is None:
        return None
    base = found.group("base")
    if _FUNDS_WHOLE.search(base) and "支出" not in base:
        return "预算"  # "占就业补助资金总额的", "占下达资金总量的": the fund's money, not what was spent
    return next((flow for flow in ("支出", "收入", "预算") if flow in base), None)


_FUNDS_WHOLE = re.compile(r"资金总[额量]|下达|到位|安排|筹集")


def _judged(stated: Decimal, computed: Decimal) -> tuple[Decimal, int, bool] | None:
    """A stated rate against the exact one: None when it is the exact one at the places it is written with;
    else that figure, its places, and whether the difference is a rounding habit (within one unit of the last
    place of the exact figure, or the figure cut: "96.35" written 96.34; 95% for 96.34% is no habit, nor 100% for
    100.99%, which hides spending above the budget)."""
    places = _decimals(stated)
    expected = quantize(computed, places)
    if stated == expected:
        return None
    truncated = computed.quantize(Decimal(1).scaleb(-places), rounding="ROUND_DOWN")
    if computed > HUNDRED >= stated:
        return expected, places, False  # 100.99% written 100%: no habit, the overspending hidden
    return expected, places, stated == truncated or abs(stated - computed) <= Decimal(1).scaleb(-places)


@rule(
    "JX103",
    "rate-mismatch",
    "error",
    "{label}写作{stated}%，按所列数字计算应为{computed}%",
    summary="报告写明的执行率或占比与其分子、分母算出的不符（也核对资金表各分行的执行率）；分项的占比按其所属总额核对，"
    "写成“占X的Y%”的执行率按文中写明的X核对，文中没有写X的金额则不核对。",
    why="执行率直接决定预算执行率得分，算错的执行率会让自评得分失真。",
    fires="年初预算为110万元，实际支出98.69万元，执行率为92.72%。",
    passes="年初预算为110万元，实际支出98.69万元，执行率为89.72%。",
)
def rate_mismatch(context: Context) -> Iterator[Hit]:
    yield from _rate_mismatches(context)


@per_report
def _rate_mismatches(context: Context) -> tuple[Hit, ...]:
    """JX103's hits, kept: JX126 leaves alone a rate JX103 already reports."""
    return tuple(_find_rate_mismatches(context))


def _find_rate_mismatches(context: Context) -> Iterator[Hit]:
    reported: set[tuple[int, Decimal, Decimal]] = set()
    restated: set[tuple[Decimal, Decimal, Decimal]] = set()
    for rate in rates(context):
        stated, computed = rate.stated, rate.computed
        judged = _judged(stated, computed)
        if judged is None or _of_the_full_years_budget(context, rate):
            continue
        expected, places, slip = judged
        figures = (stated, _value(rate.numerator), _value(rate.denominator))
        if (rate.at.line, stated, expected) in reported or figures in restated:
            # the same rate read twice (a form's total row and its table's row check), or printed again on the
            # same figures (the total row and its one sub-row, "其中：当年财政拨款 60 60 63.85 — 100%"): one finding
            continue
        if _within_rounding(rate, places):
            continue
        if not slip and rate.at.field.endswith("execution_rate") and _stated_on_other_figures(context, rate):
            continue
        if _its_own_figures_give_it(context, rate.at) or _its_clauses_own_money(context, rate):
            continue
        reported.add((rate.at.line, stated, expected))
        restated.add(figures)
        yield Hit(
            {"label": rate.label, "stated": fmt(stated), "computed": fmt(expected, places)},
            lines=(rate.at.line, rate.numerator.line, rate.denominator.line),
            evidence=context.quote(rate.at, rate.numerator, rate.denominator),
            computation=f"{fmt_money(_value(rate.numerator))} ÷ {fmt_money(_value(rate.denominator))} = {fmt(quantize(computed, 4))}%"
            + ("，属末位取舍差异" if slip else ""),
            severity="info" if slip else None,
        )


@rule(
    "JX126",
    "headline-rate-disagrees",
    "warning",
    "执行率写作{stated}%，按报告的全年预算{budget}万元、实际支出{spent}万元计算为{computed}%",
    summary="报告的全年预算、实际支出和执行率（读出的报告本身的数）不在同一句里核对得上：执行率与实际支出÷全年预算不符，"
    "也不是按文中写明的到位资金、年初预算等其他金额算出的；JX103 已在执行率所在句报告的不再重复。",
    why="三个数分处各处时，改了一处忘了另一处最常见；执行率决定预算执行率得分，须与所写的预算、支出对得上。",
    fires="2022年县财政共安排基本公共卫生服务补助资金2356.82万元,其中中央资金1794.60万元、省级资金372.50万元、"
    "县级资金189.72万元。\n截至2022年12月31日,上述资金已全部拨付到位,我局按照季度考核结果拨付乡镇卫生院、村卫生室及"
    "县直公共卫生机构,全年实际支出2198.37万元,资金执行率95.28%,结余158.45万元结转下年使用。",
    passes="2022年县财政共安排基本公共卫生服务补助资金2356.82万元,其中中央资金1794.60万元、省级资金372.50万元、"
    "县级资金189.72万元。\n截至2022年12月31日,上述资金已全部拨付到位,我局按照季度考核结果拨付乡镇卫生院、村卫生室及"
    "县直公共卫生机构,全年实际支出2198.37万元,资金执行率93.28%,结余158.45万元结转下年使用。",
)
def headline_rate_disagrees(context: Context) -> Iterator[Hit]:
    """The report's own three figures, each chosen by the reader as the report's, set against each other: a slip
    JX103 cannot see when no one sentence holds the rate with its figures."""
    rate = _headline_fact(context, "execution_rate")
    if rate is None or not isinstance(rate.value, Decimal):
        return
    # (each where the text states it, under any label: "本年支出合计22.18万元" is the spending chosen)
    spent, budget = (_headline_on_line(context, key, rate.line) for key in ("executed", "adjusted"))
    if spent is None or budget is None or _value(budget) == 0:
        return
    on_headline = Rate(rate.value, rate, spent, budget, "")
    judged = _judged(rate.value, on_headline.computed)
    if judged is None or judged[2] or _within_rounding(on_headline, judged[1]):
        return
    if _another_base_gives(context, rate, spent):
        return  # "到位资金执行率100%": the rate is on money the text states besides the budget
    if any(rate.line in hit.lines for hit in _rate_mismatches(context)):
        return
    expected, places, _slip = judged
    yield Hit(
        {
            "stated": fmt(rate.value),
            "budget": fmt_money(_value(budget)),
            "spent": fmt_money(_value(spent)),
            "computed": fmt(expected, places),
        },
        lines=(rate.line, spent.line, budget.line),
        evidence=context.quote(rate, spent, budget),
        computation=f"{fmt_money(_value(spent))} ÷ {fmt_money(_value(budget))} = "
        f"{fmt(quantize(on_headline.computed, 4))}%",
    )


def _spending_rated_after(context: Context, rate: Fact) -> bool:
    """Whether the report's spending stands after the rate on its line, in a later "；" clause that states a rate of
    its own after it: that clause's item's money, not the figure the rate before it was written on."""
    spent = _headline_fact(context, "executed")
    if spent is None or spent.line != rate.line or spent.start < rate.end:
        return False
    text = context.lines[rate.line - 1].text
    if not any(mark in text[rate.end : spent.start] for mark in "；;"):
        return False
    return any(
        f.line == rate.line and f.start > spent.end and f.field.endswith("execution_rate")
        for f in context.facts_matching(_EXECUTION_RATE)
    )


def _another_base_gives(context: Context, rate: Fact, spent: Fact) -> bool:
    """Whether the rate is some other figures': the spending, or a part's spending stated before the rate in its own
    line ("其中财政资金实际支出480万元,执行率96%"), over an amount the report states as money of the budget, its sources,
    what arrived or an amount of its own (at the rate's places, or within a rounding habit)."""
    parts = [
        spent,
        *(
            f
            for f in money_facts(context)
            if f.line == rate.line and f.start < rate.start and f.field.endswith(".executed")
        ),
    ]
    bases = [
        f
        for f in money_facts(context)
        if (f.field.startswith(_BASE_FIELDS) or f.field == "amount")
        and not f.field.endswith(("executed", "execution_rate"))
        and _value(f) != 0
    ]
    for part in parts:
        for base in bases:
            judged = _judged(_value(rate), _value(part) / _value(base) * HUNDRED)
            if judged is None or judged[2]:
                return True
    return False


def _its_own_figures_give_it(context: Context, rate: Fact) -> bool:
    """Whether the two figures right before the rate in its clause or row give it exactly at the places it is written
    with ("档案数字化加工 | 预算 486,000.00 | 支出 462,870.50 | 执行率 95.24%"): an item's rate on its own figures, printed
    without their unit, not the report's on the figures the reader found for it."""
    line = context.lines[rate.line - 1].text
    opening = max(line.rfind(mark, 0, rate.start) for mark in "。；;") + 1
    clause = line[opening : rate.start]
    figures = [q for q in find_quantities(clause) if not q.is_percent and q.written > 0]
    if len(figures) < 2 or not isinstance(rate.value, Decimal):
        return False
    bases = [figures[-2]]
    if len(figures) >= 3 and "其中" in clause[figures[-2].end : figures[-1].start]:
        # "预算批复600万元,实际执行资金总额652万元,其中财政资金执行600万元,资金执行率为100%": the part after 其中 rated
        # against the budget before the whole
        bases.append(figures[-3])
    part = figures[-1].written
    return any(
        part <= base.written and _judged(rate.value, part / base.written * HUNDRED) is None for base in bases
    )


def _its_clauses_own_money(context: Context, rate: Rate) -> bool:
    """Whether the rate's "；" clause states money, none of it the figures the rate was set against ("其中:低保资金
    执行352.8万,执行率100%;特困供养资金执行93.42万,执行率94.75%"): the rate of that clause's item, on its money."""
    line = context.lines[rate.at.line - 1].text
    opening = max(line.rfind(mark, 0, rate.at.start) for mark in "。；;") + 1
    if opening == 0:
        return False  # (a sentence without a "；" before the rate: the rule's other guards judge it)
    figures = {_value(rate.numerator), _value(rate.denominator)}
    money = [
        q.value if q.unit == "万元" else q.written
        for q in find_quantities(line[opening : rate.at.start])
        if not q.is_percent and q.written_unit in _MONEY_WRITTEN
    ]
    # (none of them the figures it was set against: "…；支出115万元，结余5万元，执行率93%" is the report's own clause)
    return bool(money) and not figures.intersection(money)


_MONEY_WRITTEN = ("万", "万元", "亿元", "元")


def _half_unit(fact: Fact) -> Decimal:
    """Half a unit of the last place an amount is printed to, in the unit it is read in ("11.69万元": 0.005); none
    for a whole number, which a budget's figure ("预算15万元") usually is exactly."""
    printed = fact.original_value if fact.original_value is not None else _value(fact)
    exponent = printed.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0 or printed == 0:
        return Decimal(0)
    return Decimal(5).scaleb(exponent - 1) * (_value(fact) / printed)


def _within_rounding(rate: Rate, places: int) -> bool:
    """Whether the rate is the one the amounts give before they were rounded to the places they are printed
    to: "预算15.00万元，实际支出11.69万元，占77.92%" was worked out on 116,880元 (11.685 to 11.695万元 give 77.87% to
    77.99%)."""
    numerator, denominator = _value(rate.numerator), _value(rate.denominator)
    low_base = denominator + _half_unit(rate.denominator)
    high_base = denominator - _half_unit(rate.denominator)
    if high_base <= 0:
        return False
    low = (numerator - _half_unit(rate.numerator)) / low_base * HUNDRED
    high = (numerator + _half_unit(rate.numerator)) / high_base * HUNDRED
    half = Decimal(5).scaleb(-places - 1)
    return rate.stated + half >= low and rate.stated - half <= high


_ROW_BREAK = re.compile(r"[|｜\t]")
_BUDGET_LABEL = re.compile(r"(?:预算|安排|下达)(?:数|资金)?\s*$")
_FULL_STOPS = (
    "。！？!?\n"  # (a "；" goes on: "预算583.20万元；实际…支出571.20万元，执行率97.94%" is one item's)
)
_PART_FIELDS = frozenset({"part.executed", "part.adjusted"})
_OTHER_BASE_REACH = 15  # lines around a rate where the figures it was worked out on may stand
_BASE_FIELDS = ("budget.", "income.", "own.", "source.", "project.")


def _stated_on_other_figures(context: Context, rate: Rate) -> bool:
    """Whether the rate is exactly an amount of its own sentence over a budget's or an income's figure stated near
    it ("发放补贴资金181,771,921.50元，支付率99.98%": one of two funds, 18,180.00万元, rather than both), or the
    spending it names over such a figure where the report states that share in so many words too ("支出合计占
    收入合计的94.83%" … "预算执行率按94.83%…计算"). The figures the reader paired with it were not the report's; a
    rate no pair of the report's figures gives is still a slip."""
    amounts = money_facts(context)
    line = context.lines[rate.at.line - 1].text
    above = context.lines[rate.at.line - 2].text.rstrip() if rate.at.line >= 2 else ""
    # its sentence: its line before it, and the line above when the page's width cut the sentence there
    opening = sentence_start(line, rate.at.start)
    goes_on = opening == 0 and above != "" and above[-1] not in SENTENCE_BREAKS
    own = [
        f
        for f in amounts
        if (f.line == rate.at.line and opening <= f.start < rate.at.start)
        or (f.line == rate.at.line - 1 and goes_on)
    ]
    stated_twice = context.text.count(f"{fmt(rate.stated)}%") >= 2
    parts = own + ([rate.numerator] if stated_twice else [])
    # (a budget's or an income's figure, as a rate's base is: not any amount that happens to give it)
    bases = [
        f
        for f in amounts
        if abs(f.line - rate.at.line) <= _OTHER_BASE_REACH
        and f.field.startswith(_BASE_FIELDS)
        # (not the initial budget of a year whose budget was adjusted: a rate on it is the slip itself)
        and not (f.field.endswith(".initial") and context.report.budget.adjusted is not None)
    ]
    # ... or the amount its own sentence opens with ("中央膳食补助资金4,823.60万元（…），其中提前下达4,650.00万元、清算
    # 下达173.60万元，已支出4,801.35万元，执行率99.54%": the fund's, before its batches)
    bases += [
        f
        for f in own
        if f.line == rate.at.line
        and f.field not in _PART_FIELDS
        and not (f.field.endswith(".initial") and context.report.budget.adjusted is not None)
        and not _ROW_BREAK.search(line)  # (a table's row: its cells are columns, no sentence)
    ][:1]
    # ... or an amount of its sentence labelled a budget ("1.残疾儿童康复救助：…预算583.20万元；实际救助476人，支出571.20万元，
    # 执行率97.94%": one item's budget, which the reader kept as a plain amount)
    item = clause_start(line, rate.at.start, 0, _FULL_STOPS)
    bases += [
        f
        for f in amounts
        if f.line == rate.at.line
        and item <= f.start < rate.at.start
        and f.field == "amount"
        and _BUDGET_LABEL.search(f.subject or "")
    ]
    # ... or a source of a budget, listed after its 其中 near it ("年初预算3286.4万元,其中上级专项资金2140.6万元,县级财政拨款
    # 资金1145.8万元。上级专项资金全部到位,支出1958.32万元,预算执行率91%": the source's rate)
    bases += [
        part.fact
        for group in groups(context)
        if group.total.field.startswith(("budget.adjusted", "budget.initial"))
        and abs(group.total.line - rate.at.line) <= _OTHER_BASE_REACH
        for part in group.parts
    ]
    # (and the spending over an income's total near it: "收入合计1,874.77万元…支出合计1,851.09万元…全年预算执行率
    # 98.74%" measures the spending against all the money received)
    incomes = [base for base in bases if base.field.startswith("income.")]
    return any(
        _value(base) > 0
        and _value(base) != _value(part)  # (one figure stated twice gives 100% of nothing)
        and _judged(rate.stated, _value(part) / _value(base) * HUNDRED) is None
        for part, base in [
            *((part, base) for part in parts for base in bases),
            *((rate.numerator, base) for base in incomes),
        ]
    )


def _of_the_full_years_budget(context: Context, rate: Rate) -> bool:
    """Whether a rate computed on an initial budget beside it ("年初预算1,820.40万元。全年执行5,318.77万元，执行率
    98.38%") is the spending over the year's full budget the report states elsewhere ("全年预算5,406.18万元")."""
    if rate.at.field != "budget.execution_rate" or rate.denominator.field != "budget.initial":
        return False
    spent = _value(rate.numerator)
    adjusted = context.report.budget.adjusted
    # the year's full budget as the report settled it, else an amount stated a few lines above that gives the
    # rate exactly ("2023年全年部门预算调整为62,480.36万元。" / "年初预算为51,206.00万元，实际支出…，执行率99.07%")
    bases = [adjusted] if adjusted else []
    bases += [
        _value(f)
        for f in money_facts(context)
        if rate.at.line - _BASE_REACH <= f.line < rate.at.line and f is not rate.numerator
    ]
    return any(base and _judged(rate.stated, spent / base * HUNDRED) is None for base in bases)


def _by_subject(context: Context, field: str) -> dict[str, Fact]:
    found: dict[str, Fact] = {}
    for fact in context.facts(field):
        if fact.subject and isinstance(fact.value, Decimal) and not of_a_named_project(context, fact):
            found.setdefault(fact.subject, fact)
    return found


@per_report
def _components(context: Context) -> Mapping[str, Fact]:
    """The stated score of each 一级指标 by name; three rules read it."""
    return _by_subject(context, "component")


@per_report
def _weights(context: Context) -> Mapping[str, Fact]:
    """The stated points of each 一级指标 by name; three rules read it."""
    return _by_subject(context, "weight")


# the sets of first-level indicators whose points make up the whole total: the self-evaluation form's
# (财预〔2020〕10号; 满意度 may be folded into 产出) and the evaluation framework's (附件2)
_COMPLETE_SETS = frozenset(
    {
        frozenset({"预算执行率", "产出指标", "效益指标", "满意度指标"}),
        frozenset({"预算执行率", "产出指标", "效益指标"}),
        frozenset({"决策指标", "过程指标", "产出指标", "效益指标"}),
    }
)

# the scoring frameworks whose parts make up a whole score, beyond the sets above: the form since 2021 with
# 成本指标, and a province's evaluation framework of 投入/过程/产出/效果 (Anhui's 民生工程)
_COMPLETE_SCORES = frozenset(
    {
        frozenset({"预算执行率", "产出指标", "成本指标", "效益指标", "满意度指标"}),
        frozenset({"预算执行率", "产出指标", "效果指标", "满意度指标"}),
        frozenset({"投入指标", "过程指标", "产出指标", "效果指标"}),
        frozenset({"投入指标", "过程指标", "产出指标", "效益指标"}),
        frozenset({"决策指标", "过程指标", "产出指标", "效果指标"}),
    }
)


_MOST_EXECUTION_POINTS = Decimal(20)
_SATISFACTION_PART = "满意度指标"
# first-level parts of any framework besides 预算执行率: where the text names one the parts read leave out, the
# part left unstated is not only the execution rate
_OTHER_PARTS = sorted(
    {part for whole in _COMPLETE_SETS | _COMPLETE_SCORES for part in whole} - {"预算执行率"}
)


def _short_anyway(context: Context, components: Mapping[str, Fact], summed: Decimal, score: Decimal) -> bool:
    """Whether the parts stated fall short of the total by more than the one part left unstated could make up:
    "自评得分95分，其中产出…45分，效益…28分，满意度…10分" leaves only 预算执行率, worth at most the points the
    report gives it, or 20 (the most any province's form gives it)."""
    name = context.scheme.execution.name
    names = frozenset(components)
    if not any(whole - names == {name} for whole in _COMPLETE_SETS | _COMPLETE_SCORES):
        return False
    if any(other not in names and other in context.text for other in _OTHER_PARTS):
        return False  # "（一）决策指标（15分）：…得14分": another framework's parts, scored in words the reader skips
    if _other_rows_scored(context, components):
        return False  # "|预算编制|20|18.5|" / "|预算执行|30|28.25|" / "|产出|30|28.5|": the table scores other parts too
    weights = _weights(context)
    stated = weights.get(name)  # provinces weigh it 10 or 20: the report's own points, else at most 20
    missing = _value(stated) if stated is not None else _MOST_EXECUTION_POINTS
    if all(part in weights for part in names) and (
        sum((_value(weights[part]) for part in names), Decimal(0)) + missing < context.scheme.total_points
    ):
        # "资金绩效 40 | 产出指标（20分）得19.5分；效益指标（15分）得15分；满意度（5分）得5分": parts whose own points
        # make up no whole framework, the sub-parts of one of another framework's parts
        return False
    return summed + missing < score


_SCORED_ROW = re.compile(
    r"^\s*[|｜]?\s*(?P<name>[^|｜\d\s]{2,12})\s*[|｜\t]\s*\d+(?:\.\d+)?\s*[|｜\t]\s*\d+(?:\.\d+)?"
)
_TOTAL_ROW_NAMES = ("合计", "总计", "总分", "小计")


def _other_rows_scored(context: Context, components: Mapping[str, Fact]) -> bool:
    """Whether the table whose rows state the parts' points and scores has rows for other parts as well, named in
    words the reader does not take for a first-level indicator ("预算编制", "预算执行")."""
    lines = {f.line for f in components.values()}
    if not all(_SCORED_ROW.match(context.lines[line - 1].text) for line in lines):
        return False
    first, last = min(lines), max(lines)
    while first > 1 and _SCORED_ROW.match(context.lines[first - 2].text):
        first -= 1
    while last < len(context.lines) and _SCORED_ROW.match(context.lines[last].text):
        last += 1
    for number in range(first, last + 1):
        row = _SCORED_ROW.match(context.lines[number - 1].text)
        if row is not None and number not in lines and not row.group("name").startswith(_TOTAL_ROW_NAMES):
            return True
    return False


def _points_short_of_the_whole(context: Context, components: Mapping[str, Fact]) -> bool:
    """Whether every part read states its points and those points add up to less than the scheme's total, the
    parts no framework's whole but the form's three with 满意度 folded into 产出: a part the reader did not read
    (满意度, the page cut before it) holds the rest. A whole framework short of points has wrong weights (JX105),
    and its scores still must make the total."""
    weights = _weights(context)
    names = frozenset(components)
    return (
        not any(whole <= names for whole in _COMPLETE_SETS | _COMPLETE_SCORES if len(whole) > _FOLDED_PARTS)
        and all(part in weights for part in components)
        and sum((_value(weights[part]) for part in components), Decimal(0)) < context.scheme.total_points
    )


# 预算执行率, 产出 and 效益: the form's parts with 满意度 folded into 产出, or a page cut before it
_FOLDED_PARTS = 3


def _complete(names: frozenset[str]) -> bool:
    """Whether first-level indicators by these names hold a whole framework's parts (more may be stated)."""
    return any(whole <= names for whole in _COMPLETE_SETS | _COMPLETE_SCORES)


_FULL_MARKS = re.compile(r"满分\s*(\d{2,3})\s*分")
_RESCALED = re.compile(r"折算(?:为|成)?百分制|折算百分制|换算(?:为|成)百分制|百分制折算")


def _rescaled(context: Context) -> bool:
    """Whether the report says its total was scaled up to 100 because some indicators did not apply."""
    return any(_RESCALED.search(line.text) for line in context.lines)


@rule(
    "JX104",
    "component-sum",
    "error",
    "各部分得分合计{summed}分，与自评总分{score}分不符",
    summary="执行率、产出、效益、满意度等各部分得分相加不等于报告的自评总分（合计低于总分的，只在一套指标体系的各部分都写明时才算）；"
    "各部分写明分值且分值合计为100分的（“项目管理”(60分)得56分，“项目绩效”(40分)得36分，总分93分），不论各部分叫什么，也相加核对。",
    why="总分应由各项得分汇总形成（财预〔2020〕10号），对不上说明总分或某项得分被改动过。",
    fires="预算执行率得分9分，产出指标得分30分，效益指标得分40分，满意度指标得分10分，自评得分99分。",
    passes="预算执行率得分9分，产出指标得分40分，效益指标得分40分，满意度指标得分10分，自评得分99分。",
)
def component_sum(context: Context) -> Iterator[Hit]:
    found = list(_stated_components_sum(context))
    yield from found
    # (a framework's own parts on a line the categories' check reported already are that finding)
    told = {number for hit in found for number in hit.lines}
    yield from (hit for hit in _scale_parts_against_their_total(context) if told.isdisjoint(hit.lines))
    yield from (hit for hit in _score_table_total(context) if told.isdisjoint(hit.lines))


def _score_table_total(context: Context) -> Iterator[Hit]:
    """A two-level score table's 合计 row against its parts' scores: each part's 小计 where it has one, else its
    items' scores summed."""
    for table in score_tables(context):
        if _items_nested(table.parts):
            continue
        total = table.total
        if (
            total is None
            or total.score is None
            or len(table.parts) < 2
            # (the parts' points the whole scale: no part lost to a page break)
            or sum((part.points for part in table.parts), Decimal(0)) != total.points
        ):
            continue
        scores = [
            part.subtotal.score
            if part.subtotal is not None and part.subtotal.score is not None
            else sum((item.score for item in part.items if item.score is not None), Decimal(0))
            for part in table.parts
        ]
        summed = sum(scores, Decimal(0))
        if abs(summed - total.score) <= Decimal("0.01") * len(scores):
            continue
        lines = (total.line, *(part.line for part in table.parts))
        yield Hit(
            {"summed": fmt(summed), "score": fmt(total.score)},
            lines=lines,
            evidence="\n".join(f"第{n}行：{context.line_text(n)}" for n in lines),
            computation=" + ".join(fmt(score) for score in scores)
            + f" = {fmt(summed)}，与合计 {fmt(total.score)} 不符",
        )


def _stated_components_sum(context: Context) -> Iterator[Hit]:
    components = _components(context)
    # the report's total as the reader settled it ("满意度96.5%。得分10分。…本项目自评得分99.84分": the first score
    # stated is a part's the reader could not tell), at its first statement
    score = next((f for f in context.facts("score") if f.value == context.report.score), None)
    if len(components) < 2 or score is None or not isinstance(score.value, Decimal):
        return
    summed = sum((_value(f) for f in components.values()), Decimal(0))
    if summed == score.value or (summed < score.value and _rescaled(context)):
        return
    if _rescaled(context) and any(
        abs(summed * HUNDRED / Decimal(marks) - score.value) < Decimal("0.01")
        for marks in _FULL_MARKS.findall(context.text)
    ):
        return  # "满分120分…合计得分110分，折算百分制得分91.67分": the parts' sum on the scale's own full marks, scaled
    if any(
        whole < components.keys()
        and sum((_value(components[name]) for name in whole), Decimal(0)) == score.value
        for whole in _COMPLETE_SETS | _COMPLETE_SCORES
    ):
        # "其中投入15分、过程24.49分、产出35分、效果24.05分" and the form's 预算执行率 row, or a sentence on the rate's and
        # the satisfaction's points: a framework's parts that make the total, those two scored within them
        return
    if score.value < max(_value(f) for f in components.values()):
        return  # "满意度96.5%。得分10分。": a total below one of its parts is a part's score the reader took for it
    if (
        summed < score.value
        and not _complete(frozenset(components))
        and not _short_anyway(context, components, summed, score.value)
    ):
        return  # parts short of the total prove nothing until all are stated (a page cut after 投入 and 过程)
    if summed < score.value and _points_short_of_the_whole(context, components):
        return  # "执行率 10分…产出指标（分值50分）…效益指标（分值30分）" and the page cut: 满意度's 10 points unread
    if summed < score.value and _more_parts_scored(context, components, score):
        return  # "…效益指标得17分,可持续影响得9分,满意度得9分…": a part the reader does not know is scored too
    if summed < score.value and _unread_part_scored(context, components, score.value - summed):
        return  # "满意度97.8%，得10分" (its score cut over a line): the part the reader missed makes up the total
    lines = {fact.line for fact in components.values()}
    if summed < score.value and any(
        name not in components and weight.line in lines and _value(weight) == score.value - summed
        for name, weight in _weights(context).items()
    ):
        return  # "…产出指标50分，效益指标29分，满意度指标10分，自评得分98.83分": the part read as points makes up the total
    terms = " + ".join(fmt(_value(f)) for f in components.values())
    # the total stated elsewhere too (a summary table's 合计 row under the parts) is as much at fault
    restated = sorted(
        {c.line for c in context.report.candidates if c.field == "score" and c.value == score.value}
        - {score.line}
    )
    yield Hit(
        {"summed": fmt(summed), "score": fmt(score.value)},
        lines=(score.line, *restated, *(f.line for f in components.values())),
        evidence=context.quote(score, *components.values()),
        computation=f"{terms} = {fmt(summed)}，与自评得分 {fmt(score.value)} 不符",
    )


# a part named with its points and its score ("“项目管理”(60分)得56分"), whatever the framework calls its parts
_SCALE_PART = re.compile(
    r"[“\"]?(?P<name>[\u4e00-\u9fff]{2,12})[”\"]?\s*(?:[(（]\s*(?P<points>\d{1,3}(?:\.\d+)?)\s*分\s*[)）]\s*[,，:：]?"
    # (or its points said so: "业务考评占分值80分,得74分")
    r"|(?:占|满分|分值)+\s*(?P<said>\d{1,3}(?:\.\d+)?)\s*分\s*[,，]?)\s*"
    r"(?:自评|自查)?得分?\s*(?:为)?\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*分"
)
_SCALE_TOTAL = re.compile(
    r"\s*[,，;；]\s*(?:[^，,。；;\d]{0,6}?)(?:总分|总得分|综合得分|自评得分|自评总分|合计得分|合计)\s*(?:为|是|:|：)?\s*"
    r"(?P<total>\d{1,3}(?:\.\d+)?)\s*分"
)
_FULL_SCALE = Decimal(100)


@rule(
    "JX127",
    "deductions-disagree",
    "error",
    "满分{full}分扣除{deducted}分应得{expected}分，自评得分写作{score}分",
    summary="同一句写明满分（未写明的按百分制）、共扣的分数和自评得分，而满分减去所扣分数不等于得分（有加分的不核对）。",
    why="扣分说明是得分的依据：扣分与得分对不上，说明得分或扣分有一处被改动过或算错。",
    fires="本次自评满分100分,共扣3.5分,自评得分97分,等次为优秀。",
    passes="本次自评满分100分,共扣3.5分,自评得分96.5分,等次为优秀。",
)
def deductions_disagree(context: Context) -> Iterator[Hit]:
    """The report's score beside the points it says it lost in all: the full marks less those are the score."""
    if "扣" not in context.text or not isinstance(context.report.score, Decimal):
        return
    for score in context.facts("score"):
        if score.value != context.report.score or not isinstance(score.value, Decimal):
            continue
        text = context.lines[score.line - 1].text
        opening, closing = sentence_start(text, score.start), sentence_end(text, score.end)
        sentence = text[opening:closing]
        if _BONUS.search(sentence):
            continue  # "加分2分": points added as well as taken off
        deducted = _total_deduction(text, opening, closing, score)
        if deducted is None:
            continue
        marks = _FULL_MARKS_STATED.search(sentence)
        full = Decimal(marks.group("full")) if marks else HUNDRED
        if not Decimal(0) < deducted < full or score.value > full:
            continue
        expected = full - deducted
        if expected == score.value:
            continue
        yield Hit(
            {
                "full": fmt(full),
                "deducted": fmt(deducted),
                "expected": fmt(expected),
                "score": fmt(score.value),
            },
            lines=(score.line,),
            evidence=f"第{score.line}行：{context.line_text(score.line)}",
            computation=f"{fmt(full)} - {fmt(deducted)} = {fmt(expected)}，与自评得分 {fmt(score.value)} 不符",
        )
        return


# the points lost in all: "共扣4.5分", "共扣除4.5分", "共扣分12分", "扣分合计4.5分", "合计扣分13.9分"
_TOTAL_DEDUCTION = re.compile(
    r"(?:(?:共|共计|合计|累计|总计)\s*扣(?:除|减)?(?:分)?|扣分\s*(?:合计|共计|总计|累计)|总扣分)\s*(?:为|是|:|：)?\s*"
    r"(?P<points>\d+(?:\.\d+)?)\s*分"
)
# or the points lost right after the score, in the next clause: "自评得分为88分,扣12分,…"
_DEDUCTION_AFTER = re.compile(
    r"\s*分?\s*[,，]\s*扣(?:除)?\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*(?=[,，。；;(（]|$)"
)
_A_PARTS_DEDUCTION = re.compile(
    r"指标|其中|方面|部分|投入|过程|产出|效益|效果|满意度|决策|预算执行|管理|履职"
)
_FULL_MARKS_STATED = re.compile(r"(?:满分|标准分|总分值)\s*(?:为|是)?\s*(?P<full>\d{2,3})\s*分")
_BONUS = re.compile(r"加分|加\s*\d+(?:\.\d+)?\s*分|附加分|奖励分")


def _total_deduction(text: str, opening: int, closing: int, score: Fact) -> Decimal | None:
    """The one total of points lost the score's sentence states, before the score or right after it; None when it
    states none or several."""
    found = {
        Decimal(m.group("points"))
        for m in _TOTAL_DEDUCTION.finditer(text, opening, closing)
        # (not a part's: "产出指标共扣2分", "其中时效指标共扣2分")
        if not _A_PARTS_DEDUCTION.search(text, clause_start(text, m.start()), m.start())
    }
    after = _DEDUCTION_AFTER.match(text, score.end)
    if after is not None:
        found.add(Decimal(after.group("points")))
    return found.pop() if len(found) == 1 else None


def _scale_parts_against_their_total(context: Context) -> Iterator[Hit]:
    """Parts named with their points and their scores, the points making up the whole scale of 100, then the total
    right after them ("“项目管理”(60分)得56分,“项目绩效”(40分)得36分,总分93分"): the parts' scores make the total,
    whatever the framework calls its parts."""
    for line in context.lines:
        if "分)" not in line.text and "分）" not in line.text and "分值" not in line.text:
            continue  # a part's points in brackets or named first: most lines have none
        parts = list(_SCALE_PART.finditer(line.text))
        runs: list[list[re.Match[str]]] = []
        for part in parts:
            if runs and _ITEM_GAP.fullmatch(line.text, runs[-1][-1].end(), part.start()):
                runs[-1].append(part)
            else:
                runs.append([part])
        scored = [
            ([Decimal(p.group("score")) for p in run], _SCALE_TOTAL.match(line.text, run[-1].end()))
            for run in runs
            if sum((Decimal(p.group("points") or p.group("said")) for p in run), Decimal(0)) == _FULL_SCALE
        ]
        if not parts:
            scored.append(_parts_scored_after_their_points(line.text))
        for scores, total in scored:
            if len(scores) < 2 or total is None:
                continue
            summed, stated = sum(scores, Decimal(0)), Decimal(total.group("total"))
            if summed != stated:
                terms = " + ".join(fmt(s) for s in scores)
                yield Hit(
                    {"summed": fmt(summed), "score": fmt(stated)},
                    lines=(line.number,),
                    evidence=f"第{line.number}行：{context.line_text(line.number)}",
                    computation=f"{terms} = {fmt(summed)}，与总分 {fmt(stated)} 不符",
                )


_ITEM_GAP = re.compile(r"\s*[,，、;；]\s*")
# the parts named with their points first, then each named with its score: "按“项目管理”(60分)和“项目绩效”(40分)两部分
# 打分,“项目管理”得52分,“项目绩效”得35分,总分89分"
_NAMED_POINTS = re.compile(
    r"[“\"](?P<name>[\u4e00-\u9fff]{2,12})[”\"]\s*[(（]\s*(?P<points>\d{1,3}(?:\.\d+)?)\s*分\s*[)）]"
)


def _parts_scored_after_their_points(text: str) -> tuple[list[Decimal], re.Match[str] | None]:
    """The scores of parts a line first names in quotes with their points making up 100, then scores one by one,
    and the total stated right after the last of them."""
    named = {m.group("name"): (Decimal(m.group("points")), m.end()) for m in _NAMED_POINTS.finditer(text)}
    if len(named) < 2 or sum((points for points, _ in named.values()), Decimal(0)) != _FULL_SCALE:
        return [], None
    scores: list[Decimal] = []
    end = max(at for _, at in named.values())
    for name in named:
        score = re.compile(
            rf"[“\"]{re.escape(name)}[”\"]\s*(?:自评)?得分?\s*(?:为)?\s*(\d{{1,3}}(?:\.\d+)?)\s*分"
        ).search(text, end)
        if score is None:
            return [], None
        scores.append(Decimal(score.group(1)))
        end = score.end()
    return scores, _SCALE_TOTAL.match(text, end)


_FRAMEWORK_PARTS = 4  # 决策, 过程, 产出, 效益 (or the form's 预算执行率, 产出, 效益, 满意度) all read
_TOTAL_BEFORE = re.compile(r"(?:合计|总计|共计|总)[\u4e00-\u9fff]{0,4}$")
# (or worked out: "满意度指标（10分）按满意度93.0%×10计9.30分")
_SCORED_ITEM = re.compile(r"(?:得分?|(?<![合总共累统])计得?)\s*(?:为|:|：)?\s*(?P<points>\d+(?:\.\d+)?)\s*分")
_PART_REACH = 60  # characters from a part's name to the score its sentences give it
# the words that name a part: the frameworks' parts without 指标, and the execution rate's
_PART_WORDS = (*(part.removesuffix("指标") for part in _OTHER_PARTS), "预算执行", "执行率")


def _unread_part_scored(context: Context, components: Mapping[str, Fact], missing: Decimal) -> bool:
    """Whether a part of the frameworks that the reader did not read is named in a sentence that scores it with
    the points the parts read fall short by."""
    for part in _OTHER_PARTS:
        if part in components:
            continue
        word = part.removesuffix("指标")
        for named in re.finditer(re.escape(word), context.text):
            # up to the next part named: its heading's sentences ("（三）满意度指标。…满意度96.5%。得分10分。")
            after = context.text[named.end() : named.end() + _PART_REACH]
            # (the part's own word again is no next part: "满意度指标（10分）按满意度93.0%×10计9.30分")
            cut = min(
                (at for part_word in _PART_WORDS if part_word != word and (at := after.find(part_word)) >= 0),
                default=len(after),
            )
            if any(Decimal(s.group("points")) == missing for s in _SCORED_ITEM.finditer(after[:cut])):
                return True
    return False


def _more_parts_scored(context: Context, components: Mapping[str, Fact], score: Fact) -> bool:
    """Whether the lines stating the parts' scores state more scores than the parts read (the total aside), or
    list more parts each with its points (the total's own line after it: "得分93.6分，其中预算编制19分、预算执行27分、
    产出29分、…"; a line of the parts': "分项得分 | 预算编制8分，预算执行24.51分，资产管理5分，…")."""
    lines = {f.line for f in components.values()}
    summed = sum((_value(f) for f in components.values()), Decimal(0))
    stated = sum(
        1
        for number in lines
        for found in _SCORED_ITEM.finditer(context.lines[number - 1].text)
        if not (number == score.line and found.start() < score.end and score.start < found.end())
        # (nor the total stated again after the parts on their line, once a whole framework's four parts are read:
        # "决策类指标…得15分，…效益类指标得22分，合计自评得分93.5分"; a part's own "总体满意度得分9分" stays one)
        and not (
            len(components) >= _FRAMEWORK_PARTS
            and _TOTAL_BEFORE.search(context.lines[number - 1].text, max(0, found.start() - 8), found.start())
            and Decimal(found.group("points")) in (score.value, summed)
        )
    )
    # each part named right before its points, listed after the total on its line or on a row of the parts' scores
    listed = max(
        len(_LISTED_POINTS.findall(context.lines[number - 1].text, score.end if number == score.line else 0))
        for number in {score.line, *(n for n in lines if _SCORES_ROW.match(context.lines[n - 1].text))}
    )
    return max(stated, listed) > len(components)


# "预算编制8分", not "（50分）" nor "得48分", "扣2分", "满分100分"
_LISTED_POINTS = re.compile(r"(?<=[\u4e00-\u9fff])(?<![得扣满计共分])\d+(?:\.\d+)?\s*分")
_SCORES_ROW = re.compile(r"\s*(?:分项|各项|各部分)得分(?:情况)?\s*(?:[:：]|[\t|｜]|\s{2,})")


_HALF_POINT = Decimal("0.5")


@rule(
    "JX105",
    "weights-sum",
    "error",
    "一级指标分值合计{summed}分，应为{total}分",
    summary="报告列出的一级指标（含预算执行率）分值相加不等于总分（通常为 100 分）。",
    why="分值体系不完整时，得分无法按百分制比较，等级也就失去依据。",
    fires="执行率（10分）……产出指标（30分）……效益指标（40分）……满意度指标（10分）",
    passes="执行率（10分）……产出指标（50分）……效益指标（30分）……满意度指标（10分）",
)
def weights_sum(context: Context) -> Iterator[Hit]:
    weights = _weights(context)
    # only a complete set of first-level indicators must add up: a report that shows part of its table
    # (a page cut short, a framework of 投入/过程/… whose other parts are not stated) proves nothing
    if frozenset(weights) not in _COMPLETE_SETS | _COMPLETE_SCORES:
        return
    if _SATISFACTION_PART not in weights and _SATISFACTION_PART in context.text:
        return  # the form's 满意度 row stands there, its points unread ("满意度指标 | l0 | 8")
    summed = sum((_value(f) for f in weights.values()), Decimal(0))
    if summed == context.scheme.total_points:
        return
    if summed == context.report.score or any(_value(f) % _HALF_POINT for f in weights.values()):
        # "综合预算执行（9.90分）、产出（49.72分）…，本项目自评得分99.62分": the parts' scores in brackets, which a
        # framework's points (whole or half points) are not
        return
    if any(
        re.search(
            rf"(?:合计|共计|总计|总分|得分)\s*(?:为|:|：)?\s*{re.escape(fmt(summed))}(?:\.0+)?\s*分",
            line.text,
        )
        for line in (context.lines[f.line - 1] for f in weights.values())
    ):
        return  # "决策18分、过程18.5分、产出36分、效益17.5分，合计90分": the parts' scores and their total
    if any(Decimal(marks) == summed for marks in _FULL_MARKS.findall(context.text)):
        return  # "本次评价满分80分": the report scores out of its own full marks, and its weights make them up
    if (between := _points_between(context, weights)) is not None and between != summed:
        return  # "资金执行率10分、资金管理10分、产出指标40分…": the listing names a part of its own among them
    if _rows_points(context, weights) == context.scheme.total_points:
        # "预算执行 | 10 | 9.76" / "预算管理 | 20 | 18.5" / "产出 | 40 | 38" / …: the table's rows make up full marks,
        # with a part of its own the weights read leave out
        return
    if summed < context.scheme.total_points and not _table_goes_on(context, weights):
        return  # a form cut after its 效益 rows: 满意度 may have stood below, the total row certainly did
    if (
        summed < context.scheme.total_points
        and _SATISFACTION_PART not in weights
        and not any(
            _TOTAL_ROW.search(line.text) for line in context.lines[max(f.line for f in weights.values()) :]
        )
    ):
        return  # no 满意度 and nothing after the parts' points that totals them: the page may be cut before them
    terms = " + ".join(f"{name} {fmt(_value(f))}" for name, f in weights.items())
    yield Hit(
        {"summed": fmt(summed), "total": fmt(context.scheme.total_points)},
        lines=tuple(f.line for f in weights.values()),
        evidence=context.quote(*weights.values()),
        computation=f"{terms} = {fmt(summed)}",
    )


_TOTAL_ROW = re.compile(r"总\s*分|合\s*计|总\s*计")
_POINTS = re.compile(r"(?<![得扣分\d.])(\d+(?:\.\d+)?)\s*分")  # points a part has, not what it scored or lost
# "决策指标（20分）得分20分，其中项目立项5分、…；": a part's own parts
_SUB_PARTS = re.compile(r"其中[^；;。]*")


def _points_between(context: Context, weights: Mapping[str, Fact]) -> Decimal | None:
    """The points a sentence listing the weights states from the first weight to the last, when they all stand on
    one line: other parts' points among them show a framework with a part of its own."""
    if len({f.line for f in weights.values()} | {f.end_line for f in weights.values()}) != 1:
        return None  # (a listing the page's width cut is not read across its lines)
    first, last = min(f.start for f in weights.values()), max(f.end for f in weights.values())
    text = context.lines[next(iter(weights.values())).line - 1].text
    listing = _SUB_PARTS.sub("", text[first : last + 1])
    return sum((Decimal(m.group(1)) for m in _POINTS.finditer(listing)), Decimal(0))


def _rows_points(context: Context, weights: Mapping[str, Fact]) -> Decimal | None:
    """The points of the table rows that give two weights or more, and of the rows next to them of the same shape
    (a part's name, then its points): the whole table of first-level parts, some perhaps unread."""
    lines = {f.line for f in weights.values() if _row_points(context, f.line) is not None}
    if len(lines) < 2:
        return None
    first, last = min(lines), max(lines)
    while first > 1 and _row_points(context, first - 1) is not None:
        first -= 1
    while last < len(context.lines) and _row_points(context, last + 1) is not None:
        last += 1
    points = [_row_points(context, line) for line in range(first, last + 1)]
    if any(p is None for p in points):
        return None  # (a row of another shape between the weights' rows: the table is not read whole)
    return sum((p for p in points if p is not None), Decimal(0))


def _row_points(context: Context, line: int) -> Decimal | None:
    """A first-level part's row: its name (no total's, bonus's or count's), its points no more than full marks, then
    the score it got, no more than its points ("预算管理 | 20 | 18.5 | …")."""
    cells = _ROW_CELLS.findall(context.lines[line - 1].text)
    if len(cells) < _ROW_MIN - 1 or _FIGURE_CELL.fullmatch(cells[0]) or _NO_PARTS_ROW.search(cells[0]):
        return None
    if not (_FIGURE_CELL.fullmatch(cells[1]) and _FIGURE_CELL.fullmatch(cells[2])) or _SENTENCE_MARK.search(
        cells[0]
    ):
        return None
    points, score = Decimal(cells[1].removesuffix("分")), Decimal(cells[2].removesuffix("分"))
    return points if score <= points <= context.scheme.total_points else None


_FIGURE_CELL = re.compile(r"\d+(?:\.\d+)?分?")
_NO_PARTS_ROW = re.compile(r"总\s*分|合\s*计|总\s*计|小计|加分|扣分|得分|序号|年度|数量|金额|完成率")
_ROW_CELLS = re.compile(r"[^\s|｜]+")  # a table's cells, as flattening leaves them: apart by spaces or bars
_ROW_MIN = 4
_SENTENCE_MARK = re.compile(r"[，。；]")


def _table_goes_on(context: Context, weights: Mapping[str, Fact]) -> bool:
    """Whether a table whose rows give the first-level indicators' points goes on to its total row: a page cut
    inside the indicator table ends with its rows (points stated in sentences need no such row)."""
    last = max(f.line for f in weights.values())
    row = context.lines[last - 1].text
    if len(_ROW_CELLS.findall(row)) < _ROW_MIN or _SENTENCE_MARK.search(row):
        return True  # the points stated in a sentence: a report's account, whole where it stands
    return any(_TOTAL_ROW.search(line.text) for line in context.lines[last:])


@rule(
    "JX106",
    "score-above-weight",
    "error",
    "{name}得分{score}分，超过其分值{weight}分",
    summary="某项得分高于该项分值，或总分、项目得分高于满分；正文逐项评分时，写明分值的一项（“资金使用合规性（6分）得7分”，"
    "或该项说明句末的“得7分”）得分高于分值的也算（高出一半以上的视为另一种计分，不核对）。",
    why="得分不得超过分值（FASP2 导入校验“得分不能大于分值”），超出说明评分有误或有意拔高。",
    fires="产出指标（30分）……得分35分。",
    passes="产出指标（30分）……得分30分。",
)
def score_above_weight(context: Context) -> Iterator[Hit]:
    weights = _weights(context)
    told: set[int] = set()
    for name, component in _components(context).items():
        weight = weights.get(name)
        if weight is not None and _value(component) > _value(weight):
            told.add(component.line)
            yield Hit(
                {"name": name, "score": fmt(_value(component)), "weight": fmt(_value(weight))},
                lines=(component.line, weight.line),
                evidence=context.quote(component, weight),
                computation=f"{fmt(_value(component))} > {fmt(_value(weight))}",
            )
    yield from (hit for hit in _items_scored_above_their_points(context) if told.isdisjoint(hit.lines))
    for table in score_tables(context):
        for item in (item for part in table.parts for item in part.items):
            if (
                item.points is not None
                and item.score is not None
                and item.points < item.score <= item.points * _ANOTHER_SCALE
            ):
                yield Hit(
                    {"name": item.name, "score": fmt(item.score), "weight": fmt(item.points)},
                    lines=(item.line,),
                    evidence=f"第{item.line}行：{context.line_text(item.line)}",
                    computation=f"{fmt(item.score)} > {fmt(item.points)}",
                )
    # a total above full marks is only a warning: some evaluation frameworks (衔接资金考核 among them)
    # award extra points, and the report may be scored under one of them rather than the scheme
    full = context.scheme.total_points
    for fact in [*context.facts("score"), *context.facts("project.score")]:
        if isinstance(fact.value, Decimal) and fact.value > full:
            yield Hit(
                {"name": fact.subject or "自评总分", "score": fmt(fact.value), "weight": fmt(full)},
                lines=(fact.line,),
                evidence=context.quote(fact),
                computation=f"{fmt(fact.value)} > {fmt(full)}",
                severity="warning",
            )


# an item of the text's scoring named with its points ("资金使用合规性（6分）"), and its score: right after them
# ("（6分）得7分") or closing the item's clause ("（6分）：制定了…，制度健全，得7分；")
_ITEM_POINTS = re.compile(
    r"(?P<name>[\u4e00-\u9fff“”\"]{2,16})\s*[（(]\s*(?:分值|满分)?\s*(?P<points>\d{1,3}(?:\.\d+)?)\s*分\s*[)）]"
)
_SCORED_RIGHT_AFTER = re.compile(
    r"\s*[:：,，]?\s*(?:自评|实际)?得分?\s*(?:为)?\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*分"
)
_SCORED_AT_THE_CLOSE = re.compile(r"得分?\s*(?:为)?\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*分\s*$")
_ITEM_CLOSE = re.compile(r"[；;。]")
_ANOTHER_ITEM = re.compile(r"分\s*[)）]")
_ANOTHER_SCALE = Decimal("1.5")


_CLAUSE_REACH = 2  # lines after an item's a clause a PDF's width cut may go on over
# a bracketed score no item's points: a year's or an average's ("较上年（88分）", "高于全市平均分（88分）", "2021年度自评
# 得分为（88分）"), or the second of two items named together ("满意度指标（10分）与效益指标（20分）合计得29分")
_NO_ITEM = re.compile(r"^(?:与|和|或)|得分|自评|上年|去年|上一年|平均|年度|较|高于|低于")
# a score the clause gives to more than the item, or to another year, or with points added ("上年度本项得9分",
# "合计得29分", "按规定加1分，本项得6分")
_NOT_ITS_OWN_SCORE = re.compile(r"合计|共计|总计|上年|去年|上一年|加\s*\d|加分|奖励|附加")


def _items_scored_above_their_points(context: Context) -> Iterator[Hit]:
    """Each item of the text's scoring (a part, an indicator) named with its points in brackets and scored above
    them, right after them or at the close of its clause: "资金使用合规性（6分）得7分", "管理制度健全性（6分）：…，得7分；".
    A clause the line ends before it closes goes on over the next lines (a PDF's width cut it), up to a numbered
    item. A line that awards extra points is left alone."""
    lines = context.lines
    for at, line in enumerate(lines):
        if ("分)" not in line.text and "分）" not in line.text) or _BONUS.search(line.text):
            continue
        for item in _ITEM_POINTS.finditer(line.text):
            clause, reach = line.text[item.end() :], at
            while _ITEM_CLOSE.search(clause) is None and reach + 1 < min(len(lines), at + 1 + _CLAUSE_REACH):
                following = lines[reach + 1].text.strip()
                if not following or ITEM_NUMBER.match(following) or is_heading(following):
                    break
                clause, reach = clause + following, reach + 1
            close = _ITEM_CLOSE.search(clause)
            clause = clause[: close.start()] if close else clause
            scored = _SCORED_RIGHT_AFTER.match(clause)
            if scored is None and not _ANOTHER_ITEM.search(clause):
                scored = _SCORED_AT_THE_CLOSE.search(clause)
            if (
                scored is None
                or _NO_ITEM.search(item.group("name"))
                or _NOT_ITS_OWN_SCORE.search(clause, 0, scored.start("score"))
            ):
                continue
            points, score = Decimal(item.group("points")), Decimal(scored.group("score"))
            if not points < score <= points * _ANOTHER_SCALE:
                continue  # (far above: a score on a scale of its own, "群众满意度（10分）得分95分")
            numbers = tuple(range(line.number, lines[reach].number + 1))
            yield Hit(
                {"name": item.group("name").strip('“”"'), "score": fmt(score), "weight": fmt(points)},
                lines=numbers,
                evidence="\n".join(f"第{n}行：{context.line_text(n)}" for n in numbers),
                computation=f"{fmt(score)} > {fmt(points)}",
            )


def _execution_component(context: Context) -> tuple[Fact, Fact | None] | None:
    components = _components(context)
    weights = _weights(context)
    for name, fact in components.items():
        if "执行" in name:
            return fact, weights.get(name)
    return None


@rule(
    "JX107",
    "execution-points",
    "warning",
    "{row}预算执行率得{stated}分，按执行率{rate}%应得{computed}分",
    summary="预算执行率一项的得分与“执行率 × 分值（最高为满分）”不符，自评表资金栏的每一行（年度资金总额、其中各行）都算；用所选评分方案的计分引擎重算。只差取整到整分的记为提示。",
    why="执行率得分是唯一能从财务数字直接算出的得分，报告往往把 8.97 分写成 9 分甚至满分。",
    fires="项目预算为110万元，实际支出98.69万元，执行率89.72%。\n1、执行率（10分）根据评价指标体系，得分10分。",
    passes="项目预算为110万元，实际支出98.69万元，执行率89.72%。\n1、执行率（10分）根据评价指标体系，得分8.97分。",
)
def execution_points(context: Context) -> Iterator[Hit]:
    found = _execution_component(context)
    budget, executed = context.report.budget.adjusted, context.report.budget.executed
    rows = {row.score_line for row in context.report.funds_rows}
    if found is not None and budget and executed is not None and found[0].line not in rows:
        component, weight = found
        points = _value(weight) if weight is not None else None
        result = _execution_score(context, budget, executed, points)
        if abs(_value(component) - result.score) > CENT:
            yield Hit(
                {
                    "row": "",
                    "stated": fmt(_value(component)),
                    "rate": fmt(quantize(executed / budget * HUNDRED, 2), 2),
                    "computed": fmt(result.score),
                },
                lines=(component.line,),
                evidence=context.quote(component, context.first("budget.executed")),
                computation=result.explanation,
                severity="info"
                if points is not None and rounded_execution_points(_value(component), result.score, points)
                else None,
            )
    yield from _funds_row_points(context)  # the form's own cells: the row, its 分值 and its 得分


def _execution_score(context: Context, budget: Decimal, executed: Decimal, points: Decimal | None) -> Scored:
    funds = Funds(total=FundRow(budget=budget, executed=executed))
    result = stated_execution_points(funds, context.scheme, points)
    assert result.score is not None
    return Scored(result.score, result.explanation)


@dataclass(frozen=True)
class Scored:
    score: Decimal
    explanation: str


def _funds_row_points(context: Context) -> Iterator[Hit]:
    """Each row of a form's funds block that states budget, spending, 分值 and 得分, re-scored; a score that
    is the right one rounded (``rounded_execution_points``) is only noted (scores are kept to two decimals)."""
    for row in context.report.funds_rows:
        if row.adjusted is None or row.executed is None or row.points is None or row.score is None:
            continue
        if row.adjusted == 0 or row.score_line is None:
            continue
        result = _execution_score(context, row.adjusted, row.executed, row.points)
        if abs(row.score - result.score) <= CENT:
            continue
        yield Hit(
            {
                "row": f"{row.label}：",
                "stated": fmt(row.score),
                "rate": fmt(quantize(row.executed / row.adjusted * HUNDRED, 2), 2),
                "computed": fmt(result.score),
            },
            lines=(row.score_line,),
            evidence="\n".join(
                f"第{n}行：{context.line_text(n)}" for n in sorted({row.line, row.score_line})
            ),
            computation=result.explanation,
            severity="info" if rounded_execution_points(row.score, result.score, row.points) else None,
        )


@rule(
    "JX108",
    "spent-above-budget",
    "warning",
    "支出超过预算：{what}",
    summary="报告的实际支出（全年执行数）大于全年预算数，或写明的预算执行率高于 100%。",
    why="超预算支出须有追加预算或上年结转等依据；执行率超过 100% 时执行率得分按满分封顶，超支本身却要说明。",
    fires="全年预算数100万元，实际支出105万元，预算执行率105%。",
    passes="全年预算数100万元，实际支出100万元，预算执行率100%。",
)
def spent_above_budget(context: Context) -> Iterator[Hit]:
    budget = context.report.budget
    if budget.adjusted is None or budget.executed is None or budget.adjusted <= 0:
        rate_fact = _headline_fact(context, "execution_rate")  # the statement of the rate taken, as evidence
        if budget.execution_rate is not None and budget.execution_rate > HUNDRED and rate_fact is not None:
            yield Hit(
                {"what": f"报告写明的预算执行率为{fmt(budget.execution_rate, 2)}%"},
                lines=(rate_fact.line,),
                evidence=context.quote(rate_fact),
                computation=f"执行率 {fmt(budget.execution_rate, 2)}% > 100%",
            )
        return
    if budget.executed <= budget.adjusted:
        return
    spent = next((f for f in context.facts("budget.executed") if f.value == budget.executed), None)
    planned = next((f for f in context.facts("budget.adjusted") if f.value == budget.adjusted), None)
    rate = quantize(budget.executed / budget.adjusted * HUNDRED, 2)
    yield Hit(
        {
            "what": f"实际支出{fmt_money(budget.executed)}万元，全年预算{fmt_money(budget.adjusted)}万元，执行率{fmt(rate, 2)}%"
        },
        lines=tuple(f.line for f in (spent, planned) if f is not None),
        evidence=context.quote(spent, planned),
        computation=f"{fmt_money(budget.executed)} ÷ {fmt_money(budget.adjusted)} = {fmt(rate, 2)}% > 100%",
    )


@rule(
    "JX114",
    "count-sum-mismatch",
    "warning",
    "{total}{unit}少于所列各项合计{summed}{unit}",
    summary="人数、个数、面积等数量小于紧随其后（括号内或“其中”后）所列各项之和。",
    why="所列分项不会多于总数；多出来说明总数或某个分项写错了，相关的完成情况就无从核实（分项少于总数时，多半只列了主要几项，不算）。",
    fires="共编制项目52个(产业项目50个、教育扶持2个、金融类1个)。",
    passes="共编制项目52个(产业项目50个、教育扶持1个、金融类1个)。在职人员76人，其中党员40人、女性50人。",
)
def count_sum_mismatch(context: Context) -> Iterator[Hit]:
    for group in count_groups(context):
        if group.summed > group.total:
            # (fewer than the total: "内设机构28个,其中派出所11个…" names some of them, not all; JX121 asks when the
            # parts are all its kinds)
            yield _count_sum_hit(context, group)


def _count_sum_hit(context: Context, group: CountGroup) -> Hit:
    """A count and the sum of the parts listed for it, which differ."""
    difference = abs(group.summed - group.total)
    terms = " + ".join(fmt(part.value) for part in group.parts)
    rounding = difference <= group.slack()
    return Hit(
        {"total": fmt(group.total), "summed": fmt(group.summed), "unit": group.unit},
        lines=(group.line,),
        evidence=f"第{group.line}行：{context.line_text(group.line)}",
        computation=f"{terms} = {fmt(group.summed)}，与 {fmt(group.total)} 相差 {fmt(difference)}"
        + ("，在各数所写位数的舍入之内" if rounding else ""),
        severity="info" if rounding else None,
    )


@rule(
    "JX121",
    "count-parts-short",
    "warning",
    "{total}{unit}多于所列各类合计{summed}{unit}",
    summary="人数、人次等数量大于紧随其后（括号内或“其中”“分别为”后）按类别列出的各项之和，且这些类别合起来就是总数："
    "编制按编制类别列出（“核定编制126名，其中政法专项编制112名、工勤编制11名”），或各项都写作“某型”“某类”。"
    "括号里写“含”的、句子在页末被截断的不算。",
    why="按类别拆分的总数，各类之和应当等于总数；少了说明总数或某一类写错，或漏列了一类。",
    fires="全区共实施临时救助312人次，其中急难型救助187人次、支出型救助116人次。",
    passes="全区共实施临时救助312人次，其中急难型救助187人次、支出型救助125人次。全县共有幼儿园46所，其中公办幼儿园29所、"
    "普惠性民办幼儿园11所。",
)
def count_parts_short(context: Context) -> Iterator[Hit]:
    for group in count_groups(context):
        if group.summed < group.total and group.partitioned():
            yield _count_sum_hit(context, group)


_NAMED_LIST = re.compile(
    r"(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>个|项|家|所|类)[^。；;，,:：\d]{0,10}?[,，:：]?\s*"
    rf"(?:{load_vocabulary('amounts')['exhaustive_listing']})[:：]?\s*(?P<names>[^。；;]{{4,600}}?)[。；;]"
)
# "车辆管理所及指挥中心": two offices, 及 after an office's name ("城市民族宗教及政策法规监督管理股" is one office)
_LAST_JOINT = re.compile(
    r"(?:(?<=[所室股科处队站办局院馆校部组会厅委])|(?<=中心)|(?<=[)）]))及(?=[\u4e00-\u9fff])"
)
# another count right before the one the names follow: "下设17个内设机构两个其他机构1个下级单位:分别为…"
_COUNT_BEFORE = re.compile(
    r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个|项|家|所|类)[^。；;，,:：]{0,12}$"
)
_COUNT_REACH = 16
_MIN_NAMES = 3  # "两类,分别是A和B": two names joined by 和 are too short a list to count
_DIGIT = re.compile(r"\d")


@rule(
    "JX116",
    "completion-rate-mismatch",
    "warning",
    "完成率写作{stated}%，按目标{target}、实际完成{done}计算应为{computed}%",
    summary="一句话里先写目标值和实际完成值，再写完成率（或写“完成X，为年度任务Y的Z%”），完成率与两者之比不符（按所写的小数位判断）。",
    why="完成率是指标得分的依据；算错的完成率会让该指标的得分和整体结论失真。",
    fires="组织活动数量目标值是28次,实际完成值为40次,目标完成率为134%。",
    passes="组织活动数量目标值是28次,实际完成值为40次,目标完成率为143%。",
)
def completion_rate_mismatch(context: Context) -> Iterator[Hit]:
    for completion in completions(context):
        target, done, rate = completion.target, completion.done, completion.rate
        computed = done.written / target.written * HUNDRED
        judged = _judged(rate.written, computed)
        if judged is None:
            continue
        expected, places, slip = judged
        yield Hit(
            {
                "stated": fmt(rate.written),
                "target": target.text,
                "done": done.text,
                "computed": fmt(expected, places),
            },
            lines=(completion.line,),
            evidence=f"第{completion.line}行：{context.line_text(completion.line)}",
            computation=f"{fmt(done.written)} ÷ {fmt(target.written)} = {fmt(quantize(computed, 4))}%",
            severity="info" if slip else None,
        )


@rule(
    "JX120",
    "count-share-mismatch",
    "warning",
    "{label}{part}的占比写作{stated}%，按总数{total}计算应为{computed}%",
    summary="人数、户数、面积等数量后“其中”列出一部分并写明其占比，占比与部分、总数之比不符（按所写的小数位判断）。",
    why="占比常被用来说明覆盖面和受益结构；与所列数字对不上，说明总数、分项或占比有一处写错。",
    fires="全市户籍人口56.8万人,其中少数民族人口42.3万人占84.5%。",
    passes="全市户籍人口56.8万人,其中少数民族人口42.3万人占74.5%。",
)
def count_share_mismatch(context: Context) -> Iterator[Hit]:
    for found in count_shares(context):
        total, part, share = found.total, found.part, found.share
        computed = part.written / total.written * HUNDRED
        judged = _judged(share.written, computed)
        if judged is None:
            continue
        expected, places, slip = judged
        yield Hit(
            {
                "label": found.label,
                "part": part.text,
                "stated": fmt(share.written),
                "total": total.text,
                "computed": fmt(expected, places),
            },
            lines=(found.line,),
            evidence=f"第{found.line}行：{context.line_text(found.line)}",
            computation=f"{fmt(part.written)} ÷ {fmt(total.written)} = {fmt(quantize(computed, 4))}%",
            severity="info" if slip else None,
        )


@rule(
    "JX122",
    "change-rate-mismatch",
    "warning",
    "{label}写作{stated}%，按{basis}计算应为{computed}%",
    summary="同比增长（下降）率或超额完成比例与同一句所列的上年数（或目标数）和增减额（或本年数、完成数）不符，"
    "按各数所写的小数位留出取整的余地。",
    why="增减幅度常被用来说明资金和工作量的变化；与所列数字对不上，说明某个数字或比例写错。",
    fires="2024年决算总收入318.67万元,比上年增加40.51万元,增长41.56%。",
    passes="2024年决算总收入318.67万元,比上年增加40.51万元,增长14.56%。",
)
def change_rate_mismatch(context: Context) -> Iterator[Hit]:
    for change in changes(context):
        if change.agrees():
            continue
        yield Hit(
            {
                "label": change.label,
                "stated": fmt(change.rate.written),
                "basis": change.basis,
                "computed": fmt(change.computed, 2),
            },
            lines=(change.line,),
            evidence=f"第{change.line}行：{context.line_text(change.line)}",
            computation=f"{fmt(change.amount)} ÷ {fmt(change.base)} = {fmt(quantize(change.computed, 4))}%",
        )


@rule(
    "JX123",
    "change-amount-mismatch",
    "warning",
    "{direction}额写作{stated}，按{basis}计算应为{computed}",
    summary="同一句写明本年数、上年数、增减额和增减率，增减额不等于两年之差，而增减率与两年之差相符；"
    "或本年数后紧接“较上年（末）的”上年数和增减额，增减额不等于两年之差。",
    why="增减额与两年数字对不上，说明其中一个数字写错；增减率与两年之差相符，错的是增减额。",
    fires="全年办理法律援助案件1286件,比上年的1122件增加146件,增长14.62%。",
    passes="全年办理法律援助案件1286件,比上年的1122件增加164件,增长14.62%。",
)
def change_amount_mismatch(context: Context) -> Iterator[Hit]:
    stated: list[Change | StatedChange] = [
        change for change in changes(context) if change.misstated is not None
    ]
    for change in [*stated, *stated_changes(context)]:
        assert change.misstated is not None
        yield Hit(
            {
                "direction": "增加" if change.rising else "减少",
                "stated": change.misstated.text,
                "basis": change.basis,
                "computed": change.difference,
            },
            lines=(change.line,),
            evidence=f"第{change.line}行：{context.line_text(change.line)}",
            computation=f"{change.basis}：两年之差 {change.difference}",
        )


@rule(
    "JX124",
    "arrival-rate-overstated",
    "warning",
    "资金到位率写作{stated}%，而计划的{planned}只到位{arrived}，按此计算为{computed}%",
    summary="同一句（或前一句写计划数、后一句写到位数）先写计划（下达、安排）的资金和实际到位的资金，再写到位率，"
    "到位率高于到位数与计划数之比（按各数所写的小数位判断）；计划数、到位数其后“其中”所列的分项不算，实际支出、使用的"
    "金额也不算到位数。",
    why="到位率是资金落实类指标的得分依据；资金没有全部到位却写100%，会让该指标多得分、掩盖资金缺口。",
    fires="补助资金下达54万元,实际到位49.5万元,资金到位率100%。",
    passes="补助资金下达54万元,实际到位54万元,资金到位率100%。",
)
def arrival_rate_overstated(context: Context) -> Iterator[Hit]:
    for arrival in arrivals(context):
        if not arrival.overstated():
            continue
        yield Hit(
            {
                "stated": fmt(arrival.rate.written),
                "planned": arrival.planned.text,
                "arrived": arrival.arrived.text,
                "computed": fmt(arrival.computed, 2),
            },
            lines=(arrival.line,),
            evidence=f"第{arrival.line}行：{context.line_text(arrival.line)}",
            computation=f"{fmt(arrival.arrived.value)} ÷ {fmt(arrival.planned.value)} = "
            f"{fmt(quantize(arrival.computed, 4))}%",
        )


_CHANGE = re.compile(load_vocabulary("amounts")["budget_change"])
_NAMED_CHANGE = re.compile(load_vocabulary("amounts")["budget_change_named"])
_LOWERED = frozenset({"调减", "核减", "追减", "减少", "收回"})
_NOT_A_CHANGE = re.compile(load_vocabulary("amounts")["not_a_budget_change"])
# words that bring other money into a budget than its changes: the carry-over, what it holds, its parts
_OTHER_MONEY = re.compile(r"结转|结余|含|其中|包括|分别|合计|累计")


@dataclass(frozen=True)
class Adjustment:
    """A year's initial budget, the changes stated beside it and the adjusted budget they lead to."""

    initial: Fact
    changes: tuple[tuple[int, Fact], ...]  # (+1 or -1, the amount added or cut)
    adjusted: Fact

    @property
    def computed(self) -> Decimal:
        return _value(self.initial) + sum((sign * _value(f) for sign, f in self.changes), Decimal(0))


def adjustments(context: Context) -> Iterator[Adjustment]:
    """The statements of a budget's initial figure, what was added or cut, and the adjusted figure, in either
    order ("年初预算642.35万元,年中追加168.20万元,调减25.00万元,调整后预算795.55万元"; "全年预算326.40万元,年初
    预算296.40万元,年中追加40.00万元"); only when every amount between them is one of the changes and nothing in
    brackets, carried over or listed stands among them, so that nothing unstated can be part of the sum."""
    amounts = money_facts(context)
    # the budget's, or one source's ("本年财政拨款年初预算资金…,年中追加预算资金…,调整后预算资金…")
    stated = [
        (line, initial, adjusted)
        for kind in ("budget", "source")
        for line in sorted({f.line for f in context.facts(f"{kind}.initial")})
        for initial, adjusted in [
            (
                [
                    f
                    for f in context.facts(f"{kind}.initial")
                    if f.line == line and (kind == "source" or not f.subject)
                ],
                [
                    f
                    for f in context.facts(f"{kind}.adjusted")
                    if f.line == line and (kind == "source" or not f.subject)
                ],
            )
        ]
    ]
    # or two budgets of one line with no initial one named, the changes between them ("申报预算资金86.4万元,年中追加预算
    # 12.5万元,调减3.28万元,…实际批复…经费95.72万元"): the first is where the year started
    stated += [
        (line, [budgets[0]], [budgets[-1]])
        for line in sorted({f.line for f in context.facts("budget.adjusted")})
        if not any(f.line == line for f in context.facts("budget.initial"))
        for budgets in [[f for f in context.facts("budget.adjusted") if f.line == line and not f.subject]]
        if len(budgets) == 2
    ]
    for line, initial, adjusted in stated:
        text = context.lines[line - 1].text
        # (not the initial figure read as a budget too: "提前下达36万元列入年初预算")
        adjusted = [f for f in adjusted if not any((f.start, f.end) == (i.start, i.end) for i in initial)]
        if len(initial) == 1 and len(adjusted) > 1:
            # "年初预算安排…1,250.00万元,…;年中省级追加下达385.00万元,全年预算数为1,653.00万元。…总投资2316.40万元": the
            # adjusted budget of the initial one's sentence, when it states one
            adjusted = [f for f in adjusted if _in_one_sentence(text, initial[0], f)]
        if len(initial) != 1 or len(adjusted) != 1 or initial[0].subject != adjusted[0].subject:
            continue
        first, last = sorted((initial[0], adjusted[0]), key=attrgetter("start"))
        changes: list[tuple[int, Fact]] = []
        carried_in: list[str] = []
        end = last.end
        listed = _bracketed_parts(text)
        for fact in (f for f in amounts if f.line == line and f.start > first.start and f is not last):
            if any(start <= fact.start < stop for start, stop in listed):
                continue  # "8000万元(其中:中央资金7000万元,省级资金1000万元)": the amount before's parts
            label = label_before(text, fact.start)
            change = _CHANGE.search(label) or _NAMED_CHANGE.search(label)
            clause = text[clause_start(text, fact.start, 0, _CHANGE_CLAUSE_BREAKS) : fact.start].strip()
            if change is None and clause.endswith(_MONEY_WORDS):
                # "年内追加党员教育培训、基层党建示范点创建…专项经费786.40万元", "区财政追加A、B经费…", "统筹收回一般性支出38.25
                # 万元": the change's word opens its clause (after who made it), what it is for listed after it
                change = _CLAUSE_CHANGE.match(clause)
            beyond = fact.start > last.start
            if beyond and _SENTENCE_END.search(text, end, fact.start):
                break  # the changes stated after both budgets end with their sentence
            carried = _CARRIED_IN.search(label)
            if carried is not None:
                # "年初预算安排项目资金8万元,上年结转项目资金15.26万元,全年预算24.26万元": the carry-over added
                changes.append((1, fact))
                carried_in.append(carried.group())
                end = max(end, fact.end)
                continue
            if change is None or _NOT_A_CHANGE.search(label):
                if beyond:
                    break
                changes = []  # an amount between the budgets that is no change: more is stated than the changes
                end = -1
                break
            changes.append((-1 if change.group("direction") in _LOWERED else 1, fact))
            end = max(end, fact.end)
        if not changes or end < 0:
            continue
        span = text[first.start : end]
        for words in carried_in:
            span = span.replace(words, "")
        if last is adjusted[0]:
            # (the adjusted budget's own label sums the year's money: "全年预算合计122万元"; what else it says it holds,
            # "连同上年结余资金调整后预算为…", still counts)
            own = label_before(text, last.start)
            span = span.replace(own, _SUMMING_WORD.sub("", own), 1)
        span = _without_bracketed_parts(span)
        if _OTHER_MONEY.search(span) or _MONEY_IN_BRACKETS.search(span) or _BRACKET.match(text, end):
            continue  # "调整后预算1200万元（含上年结转50万元）": the sum holds more than the changes
        yield Adjustment(initial[0], tuple(changes), adjusted[0])


_SENTENCE_END = re.compile(r"[。；;！？!?]")
_SUMMING_WORD = re.compile(r"合计|共计|总计")
# a clause opening with the change made to the budget, its purpose listed after it (see adjustments)
_CLAUSE_CHANGE = re.compile(
    r"(?:年中|年内|期间)?[\u4e00-\u9fff]{0,8}?(?:(?:统筹|因|根据)[^，,；;。]{0,30}?)?(?P<direction>调减|核减|追减|追加|收回)"
)
_MONEY_WORDS = ("资金", "经费", "预算", "支出")
_CHANGE_CLAUSE_BREAKS = "，,；;。:："  # (what ends the clause a change's word opens)


def _in_one_sentence(text: str, first: Fact, second: Fact) -> bool:
    """Whether no full stop stands between the two facts of one line (a "；" clause goes on)."""
    earlier, later = sorted((first, second), key=attrgetter("start"))
    return not any(mark in text[earlier.end : later.start] for mark in "。！？!?")


# a bracket right after an amount listing its parts: "8000万元(其中:中央资金7000万元,省级资金1000万元)"
_PARTS_IN_BRACKETS = re.compile(
    r"(?P<whole>\d+(?:\.\d+)?)\s*(?P<unit>万元|亿元|元)\s*[(（]\s*(?:其中|含)\s*[:：]?(?P<parts>[^()（）]*)[)）]"
)


def _adding_up(found: re.Match[str]) -> bool:
    """Whether a bracket's parts (see _PARTS_IN_BRACKETS) add up to the amount before it."""
    parts = [
        q.written for q in find_quantities(found.group("parts")) if q.written_unit == found.group("unit")
    ]
    return bool(parts) and sum(parts, Decimal(0)) == Decimal(found.group("whole"))


def _bracketed_parts(text: str) -> list[tuple[int, int]]:
    """Where the brackets of parts that add up to the amount before them stand (see _PARTS_IN_BRACKETS)."""
    if "其中" not in text and "含" not in text:
        return []
    return [
        (found.end("unit"), found.end()) for found in _PARTS_IN_BRACKETS.finditer(text) if _adding_up(found)
    ]


def _without_bracketed_parts(span: str) -> str:
    """The span without the brackets that list the parts of the amount before them, when the parts add up to it:
    they hold no money besides the amount's."""
    return _PARTS_IN_BRACKETS.sub(
        lambda found: found.group("whole") + found.group("unit") if _adding_up(found) else found.group(), span
    )


_BRACKET = re.compile(r"\s*[(（]")
# (a bracket naming a notice, "(达市财建〔2022〕97号)", holds no money)
_MONEY_IN_BRACKETS = re.compile(r"[(（][^)）]*?\d\s*(?:万元|亿元|元|万)")
# the money carried in from the year before, a clause of its own between the two budgets: added to the initial one
_CARRIED_IN = re.compile(
    r"^(?:另有|加上)?上年(?:度)?(?:结转(?:结余)?|结余)[\u4e00-\u9fff]{0,4}?(?:资金|经费)?$"
)


@rule(
    "JX117",
    "adjustment-sum",
    "warning",
    "年初预算{initial}经所列{how}应为{computed}，报告写调整后预算{adjusted}",
    summary="同一句（或相连几句）写了年初预算（或年初申报的预算）、年中追加或调减（或上年结转，或“比年初预算增加”）的金额和调整后（全年）预算，年初预算加追加、结转，减调减，不等于调整后预算；句中另有括号里的、其中所列等其他金额的不算。",
    why="调整后预算是执行率的分母；调整过程算不拢，说明年初数、调整数或全年预算数有一个写错了。",
    fires="2022年年初预算为642.35万元,年中追加预算168.20万元,调减预算25.00万元,调整后全年预算为795.55万元。",
    passes="2022年年初预算为642.35万元,年中追加预算168.20万元,调减预算25.00万元,调整后全年预算为785.55万元。",
)
def adjustment_sum(context: Context) -> Iterator[Hit]:
    yield from _stated_adjustments(context)
    yield from _form_adjustments(context)


def _form_adjustments(context: Context) -> Iterator[Hit]:
    """A form's row whose 年初预算数, 调整数 and 全年预算数 columns do not add up ("年初预算数 | 调整预算数 | 全年预算数")."""
    for row in context.report.funds_rows:
        if row.initial is None or row.changed is None or row.adjusted is None:
            continue
        computed = row.initial + row.changed
        if computed == row.adjusted:
            continue
        facts = [_row_fact(context, row, column) for column in ("initial", "changed", "adjusted")]
        rounding = abs(computed - row.adjusted) <= CENT * len(facts)
        sign = "+" if row.changed >= 0 else "-"
        yield Hit(
            {
                "how": "调整",
                "initial": f"{fmt_money(row.initial)}万元",
                "computed": f"{fmt_money(computed)}万元",
                "adjusted": f"{fmt_money(row.adjusted)}万元",
            },
            lines=(row.line,),
            evidence=context.quote(*facts),
            computation=f"{fmt_money(row.initial)} {sign} {fmt_money(abs(row.changed))} = {fmt_money(computed)}，"
            f"与 {fmt_money(row.adjusted)} 相差 {fmt_money(abs(computed - row.adjusted))}"
            + ("，在尾差之内" if rounding else ""),
            severity="info" if rounding else None,
        )


def _stated_adjustments(context: Context) -> Iterator[Hit]:
    for adjustment in adjustments(context):
        computed, stated = adjustment.computed, _value(adjustment.adjusted)
        if computed == stated:
            continue
        terms = fmt_money(_value(adjustment.initial)) + "".join(
            f" {'+' if sign > 0 else '-'} {fmt_money(_value(f))}" for sign, f in adjustment.changes
        )
        facts = (adjustment.initial, adjustment.adjusted, *(f for _, f in adjustment.changes))
        rounding = abs(computed - stated) <= CENT * len(facts)
        text = context.lines[adjustment.initial.line - 1].text
        how = []
        for sign, fact in adjustment.changes:
            label = label_before(text, fact.start)
            carried = _CARRIED_IN.search(label)
            word = (
                ("上年结余" if "结转" not in carried.group() else "上年结转")
                if carried
                else ("追加" if sign > 0 else "调减")
            )
            if word not in how:
                how.append(word)
        in_yuan = all(f.original_unit == "元" for f in facts)  # told in 元, told back in 元
        yield Hit(
            {
                "how": "、".join(how),
                "initial": _shown(_value(adjustment.initial), in_yuan),
                "computed": _shown(computed, in_yuan),
                "adjusted": _shown(stated, in_yuan),
            },
            lines=(adjustment.initial.line,),
            evidence=context.quote(*facts),
            computation=f"{terms} = {fmt_money(computed)}，与 {fmt_money(stated)} 相差 {fmt_money(abs(computed - stated))}"
            + ("，在尾差之内" if rounding else ""),
            severity="info" if rounding else None,
        )


def _shown(value: Decimal, in_yuan: bool, in_yi: int | None = None) -> str:
    """An amount (万元) as the report wrote its figures: in 元, in 亿元 (to ``in_yi`` places), or in 万元."""
    if in_yi is not None:
        return f"{fmt(value / 10000, in_yi)}亿元"
    return f"{fmt(value * 10000, 2)}元" if in_yuan else f"{fmt_money(value)}万元"


_FLOW = load_vocabulary("amounts")["money_flow"]
_FLOW_ROLES = ("opening", "income", "spending", "closing")
_FLOW_LABEL = {role: re.compile(rf"{_FLOW[role]}\s*(?:为|是|:|：)?$") for role in _FLOW_ROLES}
_FLOW_HEADER = {
    role: re.compile(rf"^(?:\d{{4}}\s*年度?)?{_FLOW[role]}(?:[(（][^)）]*[)）])?$") for role in _FLOW_ROLES
}
_OTHER_FLOWS = re.compile(_FLOW["other_flows"])
_TABLE_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class MoneyFlow:
    """A year's money carried in, taken in, spent and carried on, as one paragraph or one table row states them."""

    line: int
    figures: Mapping[str, Decimal]  # by role: opening, income, spending, closing
    places: int  # the most decimal places the figures are written with

    def balances(self) -> bool:
        """Whether the figures agree: carried in + taken in - spent = carried on, read also as a total income
        that holds what was carried in, or totals of both sides that balance (收入总计 = 支出总计)."""
        opening, income, spending, closing = (self.figures[r] for r in _FLOW_ROLES)
        slack = Decimal(1).scaleb(-self.places) * 3
        return any(
            abs(a - b) <= slack
            for a, b in (
                (opening + income - spending, closing),
                (income - spending, closing),
                (income, spending),
            )
        )


def money_flows(context: Context) -> Iterator[MoneyFlow]:
    """The paragraphs (one amount of each role) and the table rows under a header naming the four columns."""
    if "结转" not in context.text and "结余" not in context.text:
        return  # no money carried over named: most reports
    roles_of: dict[int, dict[str, list[Fact]]] = {}
    for fact in money_facts(context):
        text = context.lines[fact.line - 1].text
        label = label_before(text, fact.start)
        for role in _FLOW_ROLES:
            if _FLOW_LABEL[role].search(label):
                roles_of.setdefault(fact.line, {}).setdefault(role, []).append(fact)
    for line, by_role in sorted(roles_of.items()):
        if any(len(by_role.get(role, ())) != 1 for role in _FLOW_ROLES):
            continue
        facts = {role: by_role[role][0] for role in _FLOW_ROLES}
        begin, end = min(f.start for f in facts.values()), max(f.end for f in facts.values())
        if _OTHER_FLOWS.search(context.lines[line - 1].text, begin, end):
            continue  # a reserve drawn on or a surplus distributed between them
        places = max(
            _decimals(f.original_value if f.original_value is not None else _value(f)) for f in facts.values()
        )
        yield MoneyFlow(line, {role: _value(f) for role, f in facts.items()}, max(places, 2))
    yield from _table_flows(context)


def _table_flows(context: Context) -> Iterator[MoneyFlow]:
    lines = context.lines
    for index, line in enumerate(lines):
        if "年末" not in line.text and "期末" not in line.text:
            continue
        cells = [cell.text for cell in split_cells(line)]
        columns = {
            role: [i for i, cell in enumerate(cells) if _FLOW_HEADER[role].match(cell)]
            for role in _FLOW_ROLES
        }
        if any(len(found) != 1 for found in columns.values()):
            continue
        if any(_OTHER_FLOWS.search(cell) for cell in cells):
            continue
        for row in lines[index + 1 : index + 1 + _MOST_FLOW_ROWS]:
            values = [cell.text for cell in split_cells(row)]
            figures: dict[str, Decimal] = {}
            for role, (column,) in columns.items():
                if column >= len(values) or not _TABLE_NUMBER.fullmatch(values[column]):
                    break
                figures[role] = Decimal(values[column].replace(",", ""))
            else:
                written = [values[column] for (column,) in columns.values()]
                places = max(len(w.partition(".")[2]) for w in written)
                yield MoneyFlow(row.number, figures, places)
                continue
            break  # the table's rows end at the first row without the four figures


_MOST_FLOW_ROWS = 30


@rule(
    "JX118",
    "carry-over-sum",
    "warning",
    "年初结转结余{opening}加本年收入{income}、减本年支出{spending}应为{computed}，报告写年末结转结余{closing}",
    summary="同一段文字或收支表同一行写了年初结转结余、本年收入、本年支出和年末结转结余，年初结转结余 + 本年收入 − 本年支出不等于年末结转结余（收入总计已含年初结转、两边总计相等的也算对；写有事业基金弥补、结余分配等其他收支的不查）。",
    why="年末结转结余由前三个数算出；算不拢说明收入、支出或结余有一个写错了，常见于照抄上年数字或改数时漏改。",
    fires="2023年初结转结余资金38.62万元,本年收入合计412.75万元,本年支出合计405.18万元,年末结转结余资金56.19万元。",
    passes="2023年初结转结余资金38.62万元,本年收入合计412.75万元,本年支出合计405.18万元,年末结转结余资金46.19万元。",
)
def carry_over_sum(context: Context) -> Iterator[Hit]:
    for flow in money_flows(context):
        if flow.balances():
            continue
        opening, income, spending, closing = (flow.figures[r] for r in _FLOW_ROLES)
        computed = opening + income - spending
        places = flow.places
        yield Hit(
            {
                "opening": fmt(opening, places),
                "income": fmt(income, places),
                "spending": fmt(spending, places),
                "computed": fmt(quantize(computed, places), places),
                "closing": fmt(closing, places),
            },
            lines=(flow.line,),
            evidence=f"第{flow.line}行：{context.line_text(flow.line)}",
            computation=f"{fmt(opening, places)} + {fmt(income, places)} - {fmt(spending, places)} = "
            f"{fmt(quantize(computed, places), places)}，与 {fmt(closing, places)} 相差 "
            f"{fmt(quantize(abs(computed - closing), places), places)}",
        )


@dataclass(frozen=True)
class Balance:
    """A budget, its spending and what is left of it, stated one after the other in one sentence: "全年预算数1562.80万元,
    全年执行数1498.36万元,执行率95.88%,结余64.44万元"."""

    budget: Fact
    spent: Fact
    left: Fact

    @property
    def computed(self) -> Decimal:
        return _value(self.budget) - _value(self.spent)

    def agrees(self) -> bool:
        """Within the rounding of the three figures to the places they are written with ("1.286亿元": 5万元)."""
        slack = sum((_half_last_place(f) for f in (self.budget, self.spent, self.left)), Decimal(0))
        return abs(self.computed - _value(self.left)) <= slack


# what is left of a budget ("结余64.44万元", "剩余13.2万元"); not last year's carried over ("上年结转", "年初结余")
_LEFT = re.compile(r"^(?:年末|年底|期末)?(?:项目)?(?:资金)?(?:结余|剩余|节余|结存)(?:资金)?(?:为|共|共计)?$")


@per_report
def balances(context: Context) -> tuple[Balance, ...]:
    by_place: dict[tuple[int, int], set[str]] = {}
    for fact in context.report.facts:
        by_place.setdefault((fact.line, fact.start), set()).add(fact.field)
    facts = money_facts(context)
    found: list[Balance] = []
    for index, left in enumerate(facts):
        text = context.lines[left.line - 1].text
        if index < 2 or not _LEFT.match(label_before(text, left.start)):
            continue
        spent = facts[index - 1]
        # the money the spending is of, the nearest before it: the budget, or what arrived of it ("计划到位资金518.60万元,
        # 实际到位资金518.60万元,实际支出511.24万元,…,年末结余8.36万元")
        budget = next(
            (
                f
                for f in reversed(facts[: index - 1])
                if by_place.get((f.line, f.start), set()) & _BALANCED_FIELDS
            ),
            facts[index - 2],
        )
        if (
            spent.line != left.line
            or "budget.executed" not in by_place.get((spent.line, spent.start), set())
            or (
                _SENTENCE_BREAK_MARK.search(text, spent.end, left.start)
                and not _left_opens_the_next_sentence(text, spent, left)
            )
        ):
            continue
        if (
            budget.line != left.line
            or not by_place.get((budget.line, budget.start), set()) & _BALANCED_FIELDS
            or not _budget_of_the_spending(text, budget, spent, by_place, facts[index - 2])
        ):
            # "…合计支出172.8万元,资金拨付率96%,结余资金9.2万元" under the year's budget stated above: that budget,
            # when the rate the sentence states is the spending's share of it exactly
            rated = _budget_the_rate_confirms(context, spent, left)
            if rated is None:
                continue
            budget = rated
        if _value(spent) > _value(budget):
            continue
        found.append(Balance(budget, spent, left))
    return tuple(found)


def _left_opens_the_next_sentence(text: str, spent: Fact, left: Fact) -> bool:
    """Whether what is left opens the sentence right after the spending's, its label all but a few words of it
    ("…支出4398.72万元，资金支出率98.70%。结余资金67.78万元", "…。收支相抵，年末结转结余92.83万元")."""
    cut = text.rfind("。", spent.end, left.start)
    if cut < 0 or _SENTENCE_BREAK_MARK.search(text, spent.end, cut):
        return False
    opening, label = text[cut + 1 : left.start], label_before(text, left.start)
    spent_from = max(text.rfind(mark, 0, spent.start) for mark in "。；;\n") + 1
    after = _SENTENCE_BREAK_MARK.search(text, left.end)
    rest = text[left.end : after.start() if after else len(text)]
    return (
        opening.endswith(label)
        and len(opening) - len(label) <= _LEFT_OPENING
        # (not one source's spending before it, "省级资金预算200万元，实际支出170万元。结余资金50万元")
        and _ONE_SOURCE.match(text, spent_from) is None
        # (nor what is left split or told apart: "结余资金20万元，结转资金30万元", "…为银行利息收入")
        and _LEFT_APART.search(rest) is None
    )


_LEFT_OPENING = 6  # characters before what is left's label in its sentence ("收支相抵，")
# a sentence opening on one source of the money ("省级资金预算…", "其中县级配套资金…")
_ONE_SOURCE = re.compile(
    r"\s*(?:其中|(?:中央|省级|市级|县级|区级|州级)[\u4e00-\u9fff]{0,4}?资金|(?:[县市区]级)?配套|自筹)"
)
_LEFT_APART = re.compile(r"\d|结转|上缴|收回|利息|质保|保证金|押金|其余|另有|已拨")


def _budget_the_rate_confirms(context: Context, spent: Fact, left: Fact) -> Fact | None:
    """The report's own budget, when a rate stated between the spending and what is left is the spending over that
    budget at the places the rate is written with: the sentence's figures are the year's, its base the budget."""
    budget = _headline_fact(context, "adjusted")
    if budget is None or _value(budget) == 0 or (budget.line, budget.start) > (spent.line, spent.start):
        return None
    rates_between = [
        f
        for f in context.facts_matching(_EXECUTION_RATE)
        if f.line == spent.line and spent.end <= f.start < left.start and isinstance(f.value, Decimal)
    ]
    share = _value(spent) / _value(budget) * HUNDRED
    return budget if any(_judged(_value(rate), share) is None for rate in rates_between) else None


_SENTENCE_BREAK_MARK = re.compile(r"[。；;]")
_BALANCED_FIELDS = frozenset({"budget.adjusted", "budget.arrived"})


def _budget_of_the_spending(
    text: str, budget: Fact, spent: Fact, by_place: Mapping[tuple[int, int], set[str]], before: Fact
) -> bool:
    """Whether the budget is the one the spending after it is of: in the spending's sentence, or the year's budget
    closing the sentence just before, the spending's sentence stating no other money before it ("共下达…资金386万元，
    主要用于…。截至2020年12月31日，已支出352.6万元，结余34.4万元")."""
    if not _SENTENCE_BREAK_MARK.search(text, budget.end, spent.start):
        return True
    return (
        "budget.adjusted" in by_place.get((budget.line, budget.start), set())
        and before is budget
        and text.count("。", budget.end, spent.start) == 1
        and not re.search(r"[；;]", text[budget.end : spent.start])
    )


@rule(
    "JX125",
    "balance-mismatch",
    "warning",
    "结余写作{left}，按预算{budget}、支出{spent}计算应为{computed}",
    summary="同一句依次写明预算（或支出前写明的到位资金）、支出和结余（剩余、年末结余），结余不等于预算减支出（按各数所写的小数位留出取整的余地）。",
    why="结余由预算和支出算出；算不拢说明三个数中有一个写错了，常见于改数时漏改或数字颠倒。",
    fires="全年预算数1562.80万元,全年执行数1498.36万元,执行率95.88%,结余46.44万元。",
    passes="全年预算数1562.80万元,全年执行数1498.36万元,执行率95.88%,结余64.44万元。",
)
def balance_mismatch(context: Context) -> Iterator[Hit]:
    for balance in balances(context):
        if balance.agrees():
            continue
        budget, spent, left = balance.budget, balance.spent, balance.left
        figures = (budget, spent, left)
        in_yuan = all(f.original_unit == "元" for f in figures)
        in_yi = max(_places(f) for f in figures) if all(f.original_unit == "亿元" for f in figures) else None
        yield Hit(
            {
                "left": left.text,
                "budget": budget.text,
                "spent": spent.text,
                "computed": _shown(balance.computed, in_yuan, in_yi),
            },
            lines=(left.line,),
            evidence=f"第{left.line}行：{context.line_text(left.line)}",
            computation=f"{fmt_money(_value(budget))} - {fmt_money(_value(spent))} = {fmt_money(balance.computed)}，"
            f"与 {fmt_money(_value(left))} 相差 {fmt_money(abs(balance.computed - _value(left)))}",
        )


@rule(
    "JX115",
    "named-list-count",
    "warning",
    "写作{count}{unit}，其后“分别为”列出的却是{listed}{unit}",
    summary="一个数目后用“分别为”“分别是”逐一列出名称，列出的名称个数与这个数目不符。",
    why="“分别为”表示下面列的是全部；个数对不上，说明数目或清单有一处写错了（机构、项目数常被照抄上年）。",
    fires="内设股室6个,分别为:办公室、业务室、财务室、工会办公室、党建办。",
    passes="内设股室5个,分别为:办公室、业务室、财务室、工会办公室、党建办。",
)
def named_list_count(context: Context) -> Iterator[Hit]:
    for line in context.lines:
        if "分别" not in line.text:
            continue
        for found in _NAMED_LIST.finditer(line.text):
            names = [name for name in found.group("names").split("、") if name.strip()]
            if (
                _COUNT_BEFORE.search(line.text, max(0, found.start() - _COUNT_REACH), found.start())
                or len(names) < _MIN_NAMES
                or any(_DIGIT.search(name) for name in names)
                or names[-1].rstrip().endswith("等")
            ):
                continue  # numbered items, amounts or an open list ("…等") are no count of names
            names[-1:] = _LAST_JOINT.split(names[-1])
            count = small_count(found.group("count"))
            if count is None or count == len(names):
                continue
            yield Hit(
                {"count": str(count), "unit": found.group("unit"), "listed": str(len(names))},
                lines=(line.number,),
                evidence=f"第{line.number}行：{context.line_text(line.number)}",
                computation=f"列出{len(names)}{found.group('unit')}："
                + "、".join(name.strip() for name in names),
            )


@rule(
    "JX119",
    "section-points-sum",
    "error",
    "{name}{measure}{stated}分，其下各项{measure}合计{summed}分",
    summary="按指标体系分节写的报告，一节标题括号里写了分值和得分（“一、投入(分值20分,自评得20分)”），"
    "其下各小节标题也都写了分值和得分，小节相加与该节所写不符。小节有一个没写分值或得分的，不核对。",
    why="一节的分值、得分是其下各项之和；对不上，说明某处分数抄错或漏算，总分也随之可疑。",
    fires="一、投入(分值20分,自评得18分)\n(一)项目立项(分值8分,自评得8分)\n(二)资金落实(分值10分,自评得10分)\n"
    "二、过程(分值30分,自评得30分)",
    passes="一、投入(分值18分,自评得18分)\n(一)项目立项(分值8分,自评得8分)\n(二)资金落实(分值10分,自评得10分)\n"
    "二、过程(分值30分,自评得30分)",
)
def section_points_sum(context: Context) -> Iterator[Hit]:
    yield from _headed_sections(context)
    yield from _score_table_parts(context)


def _headed_sections(context: Context) -> Iterator[Hit]:
    headings = _numbered_headings(context)
    for index, heading in enumerate(headings):
        if heading.stated is None:
            continue
        children: list[_Heading] = []
        for later in headings[index + 1 :]:
            if later.level <= heading.level:
                break
            if later.level == heading.level + 1:
                children.append(later)
        stated_parts = [child.stated for child in children if child.stated is not None]
        if len(children) < 2 or len(stated_parts) < len(children):
            continue
        for measure, stated, parts in (
            ("分值", heading.stated[0], [part[0] for part in stated_parts]),
            ("得分", heading.stated[1], [part[1] for part in stated_parts]),
        ):
            summed = sum(parts, Decimal(0))
            if abs(summed - stated) <= Decimal("0.01") * len(parts):
                continue
            yield Hit(
                {"name": heading.name, "measure": measure, "stated": fmt(stated), "summed": fmt(summed)},
                lines=(heading.line, *(child.line for child in children)),
                evidence="\n".join(
                    f"第{n}行：{context.line_text(n)}" for n in (heading.line, *(c.line for c in children))
                ),
                computation=" + ".join(fmt(part) for part in parts)
                + f" = {fmt(summed)}，与 {fmt(stated)} 相差 {fmt(abs(summed - stated))}",
            )


def _score_table_parts(context: Context) -> Iterator[Hit]:
    """A two-level score table's first-level part against its items: the points its own row states, and the
    points and score its 小计 row states, each the sum of its items'."""
    for table in score_tables(context):
        items = [item for part in table.parts for item in part.items]
        if _items_nested(table.parts):
            continue  # "资金管理 15" over "资金到位率 5", "预算执行率 5", …: a third level listed among the second
        # (every item's points there, only grouped otherwise, or every part's score made up, only spread otherwise: a
        # merged label printed on its group's middle row; a slip shows in the whole too)
        regrouped = sum((p.points for p in table.parts), Decimal(0)) == sum(
            (i.points for i in items if i.points is not None), Decimal(0)
        )
        subtotals = [
            p.subtotal.score for p in table.parts if p.subtotal is not None and p.subtotal.score is not None
        ]
        spread = len(subtotals) == len(table.parts) and sum(subtotals, Decimal(0)) == sum(
            (i.score for i in items if i.score is not None), Decimal(0)
        )
        for part in table.parts:
            if len(part.items) < 2:
                continue
            stated_lines = (part.line,) if part.subtotal is None else (part.line, part.subtotal.line)
            checks = [] if regrouped else [("分值", part.points, [item.points for item in part.items])]
            if (
                part.subtotal is not None
                and part.subtotal.points is not None
                and part.subtotal.score is not None
            ):
                if not regrouped:
                    checks.append(("分值", part.subtotal.points, [item.points for item in part.items]))
                if not spread:
                    checks.append(("得分", part.subtotal.score, [item.score for item in part.items]))
            told: set[tuple[str, Decimal]] = set()
            for measure, stated, figures in checks:
                values = [figure for figure in figures if figure is not None]
                summed = sum(values, Decimal(0))
                if (measure, stated) in told or abs(summed - stated) <= Decimal("0.01") * len(values):
                    continue
                told.add((measure, stated))
                lines = tuple(sorted({*stated_lines, *(item.line for item in part.items)}))
                yield Hit(
                    {"name": part.name, "measure": measure, "stated": fmt(stated), "summed": fmt(summed)},
                    lines=lines,
                    evidence="\n".join(f"第{n}行：{context.line_text(n)}" for n in lines),
                    computation=" + ".join(fmt(value) for value in values)
                    + f" = {fmt(summed)}，与 {fmt(stated)} 相差 {fmt(abs(summed - stated))}",
                )


def _items_nested(parts: tuple[ScoredPart, ...]) -> bool:
    """Whether a part's items hold more points than the part, one of them the points of two or more items right
    after it summed: a group and its own items listed as the part's."""
    for part in parts:
        points = [item.points or Decimal(0) for item in part.items]
        if sum(points, Decimal(0)) <= part.points:
            continue
        for at, value in enumerate(points):
            summed = Decimal(0)
            for count, later in enumerate(points[at + 1 :], 1):
                summed += later
                if summed >= value:
                    if summed == value and count >= 2:
                        return True
                    break
    return False


@per_report
def score_tables(context: Context) -> tuple[ScoredTable, ...]:
    """The report's two-level score tables ("一级指标 | 分值 | 二级指标 | 分值 | 得分"), read whole."""
    if "二级指标" not in context.text:
        return ()
    return tuple(two_level_tables(context.lines))


@dataclass(frozen=True)
class _Heading:
    level: int  # 1 for "一、", 2 for "(一)", 3 for "1."
    name: str
    stated: tuple[Decimal, Decimal] | None  # the points and the score its brackets state
    line: int


# a numbered heading opening its line ("一、", "(一)", "1."), with its points and score in brackets after its name:
# "一、投入(分值18分,自评得18分)", "(一)项目立项(满分10分,得分10分)", "二、项目过程（满分30分，得分29.5分）"
_HEADING_NUMBER = re.compile(
    r"^\s*(?:(?P<first>[一二三四五六七八九十]{1,3}\s*[、.．])|(?P<second>[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])"
    r"|(?P<third>\d{1,2}\s*[、.．](?!\d)))"
)
_HEADING_POINTS = re.compile(
    r"\s*(?P<name>[\u4e00-\u9fff、]{2,20}?)\s*[(（]\s*(?:分值|满分)\s*[:：]?\s*(?P<points>\d+(?:\.\d+)?)\s*分\s*"
    r"[,，、;；]?\s*(?:自评)?(?:得分|实得|得)\s*[:：]?\s*(?P<score>\d+(?:\.\d+)?)\s*分\s*[)）]"
)


@per_report
def _numbered_headings(context: Context) -> tuple[_Heading, ...]:
    """The report's numbered headings in order, each with the points and score its brackets state (or none)."""
    found: list[_Heading] = []
    for line in context.lines:
        number = _HEADING_NUMBER.match(line.text)
        if number is None:
            continue
        level = 1 if number.group("first") else 2 if number.group("second") else 3
        # (a heading states its points only with 分: most state none, and are not matched for them)
        pointed = _HEADING_POINTS.match(line.text, number.end()) if "分" in line.text else None
        if pointed is None:
            found.append(_Heading(level, "", None, line.number))
            continue
        found.append(
            _Heading(
                level,
                pointed.group("name"),
                (Decimal(pointed.group("points")), Decimal(pointed.group("score"))),
                line.number,
            )
        )
    return tuple(found)
