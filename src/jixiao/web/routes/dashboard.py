"""The dashboard: the `jixiao stats` aggregates over the stored reports, drawn with ECharts.

Six charts (grades, average score by unit, execution rate by unit, findings by rule, the grades of the
evaluations submitted in jixiao, the trend across years), each with its own year and unit filter (HTMX swaps one card) and a CSV of the figures behind it.
Every figure comes from ``jixiao.analysis.stats``, computed by the database; this module only picks
columns and shapes them for the chart.

Reviewers and administrators see every unit. A unit user sees only their own unit: the unit filter is
fixed to it, and asking for another unit answers 404, as for a unit that does not exist.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from sqlalchemy import Connection, func, select
from starlette.responses import Response

from jixiao.analysis.export import csv_text
from jixiao.analysis.grouping import Grouping
from jixiao.analysis.stats import (
    NOT_STATED,
    StatTable,
    evaluation_count,
    evaluation_grades,
    findings_by_rule,
    grade_distribution,
    grouped,
    report_count,
)
from jixiao.audit import rules as _registered  # noqa: F401 - importing registers the rules
from jixiao.audit.registry import RULES
from jixiao.store.models import AuditLogEntry, Report, StoredScoreCard, Unit
from jixiao.web.accounts import Account
from jixiao.web.deps import AccountDep, EngineDep
from jixiao.web.pages import render

router = APIRouter()

NO_UNIT = "（未识别单位）"


@dataclass(frozen=True)
class Scope:
    """The filter of one chart: a year and a unit, either of them "all" (None)."""

    year: int | None
    unit_id: int | None

    def query(self) -> str:
        return f"year={self.year or ''}&unit={self.unit_id or ''}"

    def file_suffix(self) -> str:
        return (f"-{self.year}" if self.year else "") + (f"-unit{self.unit_id}" if self.unit_id else "")


@dataclass(frozen=True)
class Chart:
    title: str
    table: Callable[[Connection, Scope], StatTable]
    columns: tuple[str, ...]  # the columns of the table the card and the CSV show, by label
    draw: Callable[[StatTable], dict[str, Any]]  # the data the chart script draws (static/dashboard.js)
    by_year: bool = True  # False where the years are the chart's own axis


def _pick(table: StatTable, labels: tuple[str, ...]) -> StatTable:
    index = {column.label: at for at, column in enumerate(table.columns)}
    keep = [index[label] for label in labels]
    return StatTable(
        table.name,
        table.title,
        tuple(table.columns[at] for at in keep),
        [tuple(row[at] for at in keep) for row in table.rows],
    )


def _column(table: StatTable, label: str) -> list[Any]:
    at = [column.label for column in table.columns].index(label)
    return [row[at] for row in table.rows]


def _names(values: list[Any], missing: str) -> list[str]:
    return [missing if value is None else str(value) for value in values]


def _pie(table: StatTable, counted: str) -> dict[str, Any]:
    names = _names(_column(table, "等级"), NOT_STATED)
    counts = _column(table, counted)
    return {"type": "pie", "series": [{"name": counted, "data": list(zip(names, counts, strict=True))}]}


def _grades(table: StatTable) -> dict[str, Any]:
    return _pie(table, "报告数")


def _by_unit(label: str, unit: str) -> Callable[[StatTable], dict[str, Any]]:
    def draw(table: StatTable) -> dict[str, Any]:
        return {
            "type": "bar",
            "unit": unit,
            "categories": _names(_column(table, "单位"), NO_UNIT),
            "series": [{"name": label, "data": _column(table, label)}],
        }

    return draw


def _rules(table: StatTable) -> dict[str, Any]:
    """Bars of findings per rule by severity; the tooltip says what the rule checks, in Chinese."""
    codes = _column(table, "规则")
    return {
        "type": "stack",
        "unit": "条",
        "categories": codes,
        "names": [RULES[code].summary if code in RULES else "" for code in codes],
        "series": [{"name": name, "data": _column(table, name)} for name in ("错误", "警告", "提示")],
    }


def _trend(table: StatTable) -> dict[str, Any]:
    stated = [row for row in table.rows if row[0] is not None]  # a year is an axis point; unread ones are not
    years = StatTable(table.name, table.title, table.columns, stated)
    return {
        "type": "line",
        "categories": [str(year) for year in _column(years, "年度")],
        "series": [
            {"name": "平均分", "data": _column(years, "平均分")},
            {"name": "平均执行率（%）", "data": _column(years, "平均执行率")},
        ],
    }


def _by_unit_table(connection: Connection, scope: Scope) -> StatTable:
    return grouped(connection, Grouping.UNIT, scope.unit_id, scope.year)


CHARTS: dict[str, Chart] = {
    "grades": Chart(
        "等级分布",
        lambda c, s: grade_distribution(c, s.unit_id, s.year),
        ("等级", "报告数", "占比", "平均得分"),
        _grades,
    ),
    "scores": Chart(
        "各单位平均自评得分",
        _by_unit_table,
        ("单位", "报告数", "有得分", "平均分", "满分数", "满分占比"),
        _by_unit("平均分", "分"),
    ),
    "execution": Chart(
        "各单位平均预算执行率",
        _by_unit_table,
        ("单位", "报告数", "平均执行率"),
        _by_unit("平均执行率", "%"),
    ),
    "rules": Chart(
        "审核意见按规则",
        lambda c, s: findings_by_rule(c, s.unit_id, year=s.year),
        ("规则", "名称", "意见数", "错误", "警告", "提示", "涉及报告", "涉及报告占比"),
        _rules,
    ),
    "evaluations": Chart(
        "本系统报送的自评表等级",
        lambda c, s: evaluation_grades(c, s.unit_id, s.year),
        ("等级", "自评表数", "占比", "平均得分"),
        lambda table: _pie(table, "自评表数"),
    ),
    "trend": Chart(
        "历年趋势",
        lambda c, s: grouped(c, Grouping.YEAR, s.unit_id),
        ("年度", "报告数", "平均分", "平均执行率", "意见数", "平均分较上年"),
        _trend,
        by_year=False,
    ),
}


def _number(value: str, what: str) -> int | None:
    """A filter's number; at most 9 digits, so that it fits an INTEGER column on either database."""
    value = value.strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
        raise HTTPException(status_code=400, detail=f"{what}“{value}”不是有效的编号或年份。")
    return int(value)


def _scope(connection: Connection, account: Account, year: str, unit: str) -> Scope:
    """The filter asked for, checked: a unit user is held to their own unit, and a unit that does not
    exist or is not theirs is 404, so the answer never tells whether another unit exists."""
    unit_id = _number(unit, "单位")
    if account.role == "unit":
        if unit_id is not None and unit_id != account.unit_id:
            raise HTTPException(status_code=404, detail="没有找到这个单位，或您没有权限查看。")
        unit_id = account.unit_id
    elif unit_id is not None and connection.scalar(select(Unit.id).where(Unit.id == unit_id)) is None:
        raise HTTPException(status_code=404, detail="没有找到这个单位，或您没有权限查看。")
    return Scope(_number(year, "年度"), unit_id)


def _choices(connection: Connection, account: Account) -> dict[str, Any]:
    """The years and units that have reports, for the filters."""
    years = select(Report.year).where(Report.year.is_not(None)).distinct().order_by(Report.year.desc())
    units = select(Unit.id, Unit.name).where(Unit.id.in_(select(Report.unit_id))).order_by(Unit.name)
    if account.role == "unit":
        years = years.where(Report.unit_id == account.unit_id)
        units = select(Unit.id, Unit.name).where(Unit.id == account.unit_id)
    return {"years": list(connection.scalars(years)), "units": connection.execute(units).all()}


Tables = dict[tuple[Callable[[Connection, Scope], StatTable], Scope], StatTable]


class FigureCache:
    """The tables already computed, kept while the data they come from is unchanged: the dashboard is the
    page people open most and its queries are the heaviest, and between two uploads every opening gives
    the same figures. "Unchanged" is one cheap query (``data_version``): any stored report, score card or
    logged change (uploads, decisions, units renamed or merged, versions separated) moves it."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._tables: OrderedDict[tuple[Any, ...], StatTable] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], compute: Callable[[], StatTable]) -> StatTable:
        with self._lock:
            if key in self._tables:
                self._tables.move_to_end(key)
                return self._tables[key]
        table = compute()
        with self._lock:
            self._tables[key] = table
            while len(self._tables) > self.size:
                self._tables.popitem(last=False)
        return table


_FIGURES = FigureCache()


def data_version(connection: Connection) -> tuple[Any, ...]:
    """What the figures depend on: the database, and a row that changes whenever a report, a score card,
    an evaluation's status or anything logged changes."""
    row = connection.execute(
        select(
            select(func.count(Report.id)).scalar_subquery(),
            select(func.max(Report.ingested_at)).scalar_subquery(),
            select(func.max(StoredScoreCard.id)).scalar_subquery(),
            select(func.max(AuditLogEntry.id)).scalar_subquery(),
        )
    ).one()
    return (connection.engine.url.render_as_string(hide_password=False), *row)


def _card(
    connection: Connection,
    name: str,
    scope: Scope,
    tables: Tables | None = None,
    version: tuple[Any, ...] | None = None,
) -> dict[str, Any]:
    """One chart's figures; ``tables`` keeps the tables already queried for this page (scores and
    execution by unit are one query), and the figure cache those of earlier requests on the same data."""
    chart = CHARTS[name]
    if not chart.by_year:
        scope = Scope(None, scope.unit_id)
    tables = {} if tables is None else tables
    version = data_version(connection) if version is None else version
    key = (chart.table, scope)
    if key not in tables:
        tables[key] = _FIGURES.get((chart.table, scope, version), lambda: chart.table(connection, scope))
    table = _pick(tables[key], chart.columns)
    return {"name": name, "chart": chart, "scope": scope, "table": table, "spec": chart.draw(table)}


@router.get("/dashboard")
def dashboard(
    request: Request, engine: EngineDep, account: AccountDep, year: str = "", unit: str = ""
) -> Response:
    with engine.connect() as connection:
        scope = _scope(connection, account, year, unit)
        tables: Tables = {}
        version = data_version(connection)
        cards = [_card(connection, name, scope, tables, version) for name in CHARTS]
        reports = report_count(connection, scope.unit_id, scope.year)
        evaluations = evaluation_count(connection, scope.unit_id, scope.year)
        choices = _choices(connection, account)
    return render(
        request,
        "dashboard/index.html",
        account,
        cards=cards,
        scope=scope,
        reports=reports,
        evaluations=evaluations,
        **choices,
    )


def _chart_name(name: str) -> str:
    if name not in CHARTS:
        raise HTTPException(status_code=404, detail="没有这张图表。")
    return name


@router.get("/dashboard/charts/{name}.csv")
def chart_csv(engine: EngineDep, account: AccountDep, name: str, year: str = "", unit: str = "") -> Response:
    with engine.connect() as connection:
        scope = _scope(connection, account, year, unit)
        card = _card(connection, _chart_name(name), scope)
    body = "\ufeff" + csv_text(card["table"])  # the BOM lets Excel read the Chinese headers as UTF-8
    return Response(
        body.encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="jixiao-{name}{scope.file_suffix()}.csv"'},
    )


@router.get("/dashboard/charts/{name}")
def chart_card(
    request: Request, engine: EngineDep, account: AccountDep, name: str, year: str = "", unit: str = ""
) -> Response:
    with engine.connect() as connection:
        scope = _scope(connection, account, year, unit)
        card = _card(connection, _chart_name(name), scope)
        choices = _choices(connection, account)
    return render(request, "dashboard/_card.html", account, card=card, **choices)
