"""Statistics across stored reports, computed by the database.

Every figure is an SQL aggregate (counts, sums, grouped by unit, year, grade or rule), so the cost of a
query does not depend on Python holding the reports. Averages and shares are divided here, from exact
sums, and rounded half up to 2 places; shares are percentages of the reports in scope. The scope is
every report, or those of one unit (``unit_id``) and/or one year (``year``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, case, distinct, func, or_, select
from sqlalchemy.orm import aliased

from jixiao.analysis.grades import ranked_grade
from jixiao.analysis.grouping import Grouping
from jixiao.decimals import HUNDRED, quantize
from jixiao.store.cards import latest_card_id
from jixiao.store.models import Finding, Report, StoredEvaluation, StoredScoreCard, Unit

FULL_MARKS = Decimal(100)
NOT_STATED = "未注明"


@dataclass(frozen=True)
class Column:
    label: str
    kind: str  # "text", "int", or 2 places: "decimal", "percent", "change" (signed difference)


@dataclass(frozen=True)
class StatTable:
    name: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]]


def _average(total: Decimal | None, count: int) -> Decimal | None:
    return quantize(Decimal(total) / count) if count and total is not None else None


def _share(part: int, whole: int) -> Decimal | None:
    return quantize(Decimal(part) * HUNDRED / whole) if whole else None


def _scope(unit_id: int | None, year: int | None = None) -> ColumnElement[bool]:
    """The reports counted: of the unit and year asked for, and only the latest version of a report
    uploaded again with small edits (an earlier version is counted once, as its latest)."""
    later = aliased(Report)
    latest = ~select(later.id).where(later.previous_id == Report.id).exists()
    by_unit = and_(latest, Report.unit_id == unit_id) if unit_id is not None else latest
    return and_(by_unit, Report.year == year) if year is not None else by_unit


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def find_unit(connection: Connection, name: str) -> int | None:
    return connection.scalar(select(Unit.id).where(Unit.name == name))


def similar_units(connection: Connection, name: str, limit: int = 5) -> list[str]:
    """Unit names containing any two consecutive characters of ``name``, for a "did you mean"."""
    pieces = {name[i : i + 2] for i in range(max(len(name) - 1, 1))}
    matches = [Unit.name.contains(piece, autoescape=True) for piece in sorted(pieces)]
    query = select(Unit.name).where(or_(*matches)).order_by(Unit.name).limit(limit)
    return list(connection.scalars(query))


def report_count(connection: Connection, unit_id: int | None = None, year: int | None = None) -> int:
    return int(connection.scalar(select(func.count(Report.id)).where(_scope(unit_id, year))) or 0)


def _per_report_findings(unit_id: int | None, year: int | None) -> Any:
    """Findings counted per report, joined to reports so groups never multiply report rows; for one
    unit or year only that scope's findings are counted, through the indexes, not all of them."""
    query = select(
        Finding.report_id,
        func.count(Finding.id).label("findings"),
        _count_if(Finding.severity == "error").label("errors"),
    ).group_by(Finding.report_id)
    if unit_id is not None or year is not None:
        query = query.join(Report, Report.id == Finding.report_id).where(_scope(unit_id, year))
    return query.subquery()


def _report_aggregates(per_report: Any) -> list[ColumnElement[Any]]:
    return [
        func.count(Report.id),
        func.count(Report.score),
        func.sum(Report.score),
        _count_if(Report.score >= FULL_MARKS),
        func.count(Report.execution_rate),
        func.sum(Report.execution_rate),
        func.coalesce(func.sum(per_report.c.findings), 0),
        func.coalesce(func.sum(per_report.c.errors), 0),
    ]


_SUMMARY_COLUMNS = (
    Column("报告数", "int"),
    Column("有得分", "int"),
    Column("平均分", "decimal"),
    Column("满分数", "int"),
    Column("满分占比", "percent"),
    Column("平均执行率", "percent"),
    Column("意见数", "int"),
    Column("错误数", "int"),
)


def _summary_values(row: Sequence[Any]) -> tuple[Any, ...]:
    reports, scored, score_sum, full, rated, rate_sum, findings, errors = row
    return (
        int(reports),
        int(scored),
        _average(score_sum, scored),
        int(full),
        _share(int(full), int(scored)),
        _average(rate_sum, rated),
        int(findings),
        int(errors),
    )


def overview(connection: Connection, unit_id: int | None = None, year: int | None = None) -> StatTable:
    per_report = _per_report_findings(unit_id, year)
    query = (
        select(*_report_aggregates(per_report))
        .select_from(Report)
        .outerjoin(per_report, per_report.c.report_id == Report.id)
        .where(_scope(unit_id, year))
    )
    row = connection.execute(query).one()
    return StatTable("overview", "总体情况", _SUMMARY_COLUMNS, [_summary_values(row)])


def _distribution(
    connection: Connection,
    name: str,
    title: str,
    label: str,
    band: ColumnElement[str],
    order: Sequence[str],
    unit_id: int | None,
    year: int | None,
) -> StatTable:
    """Reports counted per band; the band is computed in a subquery so that PostgreSQL sees one
    expression to group by (the same CASE in SELECT and GROUP BY would bind its values twice)."""
    banded = select(band.label("band")).where(_scope(unit_id, year)).subquery()
    query = select(banded.c.band, func.count()).group_by(banded.c.band)
    counts: dict[str, int] = {band_name: int(n) for band_name, n in connection.execute(query)}
    total = sum(counts.values())
    rows = [
        (band_name, counts.get(band_name, 0), _share(counts.get(band_name, 0), total)) for band_name in order
    ]
    return StatTable(
        name, title, (Column(label, "text"), Column("报告数", "int"), Column("占比", "percent")), rows
    )


SCORE_BANDS = ("100（满分）", "90–100", "80–90", "70–80", "60–70", "60以下", NOT_STATED)


def score_distribution(
    connection: Connection, unit_id: int | None = None, year: int | None = None
) -> StatTable:
    score = Report.score
    band = case(
        (score.is_(None), NOT_STATED),
        (score >= FULL_MARKS, SCORE_BANDS[0]),
        (score >= Decimal(90), SCORE_BANDS[1]),
        (score >= Decimal(80), SCORE_BANDS[2]),
        (score >= Decimal(70), SCORE_BANDS[3]),
        (score >= Decimal(60), SCORE_BANDS[4]),
        else_=SCORE_BANDS[5],
    )
    return _distribution(connection, "scores", "得分分布", "得分区间", band, SCORE_BANDS, unit_id, year)


EXECUTION_BANDS = ("超过100%", "100%", "95%–100%", "90%–95%", "80%–90%", "60%–80%", "60%以下", NOT_STATED)


def execution_distribution(
    connection: Connection, unit_id: int | None = None, year: int | None = None
) -> StatTable:
    rate = Report.execution_rate
    band = case(
        (rate.is_(None), NOT_STATED),
        (rate > HUNDRED, EXECUTION_BANDS[0]),
        (rate == HUNDRED, EXECUTION_BANDS[1]),
        (rate >= Decimal(95), EXECUTION_BANDS[2]),
        (rate >= Decimal(90), EXECUTION_BANDS[3]),
        (rate >= Decimal(80), EXECUTION_BANDS[4]),
        (rate >= Decimal(60), EXECUTION_BANDS[5]),
        else_=EXECUTION_BANDS[6],
    )
    return _distribution(
        connection, "execution", "预算执行率分布", "执行率区间", band, EXECUTION_BANDS, unit_id, year
    )


def _submitted_cards(unit_id: int | None, year: int | None) -> Any:
    """Evaluations composed in jixiao and submitted to the bureau, each with its latest score card."""
    latest = latest_card_id(StoredEvaluation.id)
    query = (
        select(ranked_grade(StoredScoreCard.grade).label("grade"), StoredScoreCard.total.label("total"))
        .select_from(StoredEvaluation)
        .join(StoredScoreCard, StoredScoreCard.id == latest)
        .where(StoredEvaluation.status == "submitted")
    )
    if unit_id is not None:
        query = query.where(StoredEvaluation.unit_id == unit_id)
    if year is not None:
        query = query.where(StoredEvaluation.year == year)
    return query.subquery()


def evaluation_count(connection: Connection, unit_id: int | None = None, year: int | None = None) -> int:
    return int(connection.scalar(select(func.count()).select_from(_submitted_cards(unit_id, year))) or 0)


def evaluation_grades(
    connection: Connection, unit_id: int | None = None, year: int | None = None
) -> StatTable:
    """Submitted evaluations by grade (counted by rank, as reports are) with their average score."""
    cards = _submitted_cards(unit_id, year)
    query = (
        select(cards.c.grade, func.count(), func.sum(cards.c.total))
        .group_by(cards.c.grade)
        .order_by(func.count().desc(), cards.c.grade)
    )
    rows = [(name, n, n, s) for name, n, s in connection.execute(query).all()]  # every card has a total
    return _grade_table("evaluations", "报送的自评表等级分布", "自评表数", rows)


def grade_distribution(
    connection: Connection, unit_id: int | None = None, year: int | None = None
) -> StatTable:
    grade = ranked_grade()
    query = (
        select(grade, func.count(Report.id), func.count(Report.score), func.sum(Report.score))
        .where(_scope(unit_id, year))
        .group_by(grade)
        .order_by(func.count(Report.id).desc(), grade.is_(None), grade)
    )
    rows = [tuple(row) for row in connection.execute(query).all()]
    return _grade_table("grades", "等级分布", "报告数", rows)


def _grade_table(key: str, title: str, counted: str, rows: Sequence[tuple[Any, ...]]) -> StatTable:
    """A grade distribution: per grade the count, its share and the average score of those scored;
    ``rows`` are (grade, count, scored, sum of scores)."""
    total = sum(int(r[1]) for r in rows)
    return StatTable(
        key,
        title,
        (
            Column("等级", "text"),
            Column(counted, "int"),
            Column("占比", "percent"),
            Column("平均得分", "decimal"),
        ),
        [(name, int(n), _share(int(n), total), _average(s, int(scored))) for name, n, scored, s in rows],
    )


def findings_by_rule(
    connection: Connection, unit_id: int | None = None, limit: int | None = None, year: int | None = None
) -> StatTable:
    """The rules that fire most, with how many reports they touch; names come from the rule registry,
    and a code no longer registered (stored by an older version) is shown without one."""
    from jixiao.audit import rules as _rules  # noqa: F401 - importing registers the rules
    from jixiao.audit.registry import RULES

    query = (
        select(
            Finding.code,
            func.count(Finding.id),
            _count_if(Finding.severity == "error"),
            _count_if(Finding.severity == "warning"),
            _count_if(Finding.severity == "info"),
            func.count(distinct(Finding.report_id)),
        )
        .join(Report, Report.id == Finding.report_id)
        .where(_scope(unit_id, year))
        .group_by(Finding.code)
        .order_by(func.count(Finding.id).desc(), Finding.code)
    )
    if limit is not None:
        query = query.limit(limit)
    total = report_count(connection, unit_id, year)
    rows = [
        (
            code,
            RULES[code].name if code in RULES else "",
            int(n),
            int(errors),
            int(warnings),
            int(infos),
            int(reports),
            _share(int(reports), total),
        )
        for code, n, errors, warnings, infos, reports in connection.execute(query)
    ]
    columns = (
        Column("规则", "text"),
        Column("名称", "text"),
        Column("意见数", "int"),
        Column("错误", "int"),
        Column("警告", "int"),
        Column("提示", "int"),
        Column("涉及报告", "int"),
        Column("涉及报告占比", "percent"),
    )
    title = "最常见的审核意见" if limit is not None else "按规则"
    return StatTable("rules", title, columns, rows)


def grouped(
    connection: Connection, by: Grouping, unit_id: int | None = None, year: int | None = None
) -> StatTable:
    """The summary figures per unit, year or grade (``rule`` is ``findings_by_rule``); by year the change
    of the average score from the year before is added, which for one unit is its history. A report
    without the key (no unit, year or grade read) falls in the group ``None``."""
    if by is Grouping.RULE:
        return findings_by_rule(connection, unit_id, year=year)
    keys: dict[Grouping, Any] = {
        Grouping.UNIT: Unit.name,
        Grouping.YEAR: Report.year,
        Grouping.GRADE: ranked_grade(),
    }
    key = keys[by]
    per_report = _per_report_findings(unit_id, year)
    query = (
        select(key, *_report_aggregates(per_report))
        .select_from(Report)
        .outerjoin(per_report, per_report.c.report_id == Report.id)
        .outerjoin(Unit, Unit.id == Report.unit_id)
        .where(_scope(unit_id, year))
        .group_by(key)
    )
    # Missing keys last on both databases (SQLite sorts NULL first, PostgreSQL last).
    if by is Grouping.YEAR:
        query = query.order_by(key.is_(None), key)
    else:
        query = query.order_by(func.count(Report.id).desc(), key.is_(None), key)
    label = {Grouping.UNIT: "单位", Grouping.YEAR: "年度", Grouping.GRADE: "等级"}[by]
    rows = [(row[0], *_summary_values(row[1:])) for row in connection.execute(query)]
    columns: tuple[Column, ...] = (Column(label, "int" if by is Grouping.YEAR else "text"), *_SUMMARY_COLUMNS)
    if by is Grouping.YEAR:
        columns = (*columns, Column("平均分较上年", "change"))
        rows = _with_change(rows, average_at=3)
    return StatTable(f"by_{by.value}", f"按{label}", columns, rows)


def _with_change(rows: list[tuple[Any, ...]], average_at: int) -> list[tuple[Any, ...]]:
    changed: list[tuple[Any, ...]] = []
    previous: Decimal | None = None
    for row in rows:
        current = row[average_at]
        stated_year = row[0] is not None
        change = current - previous if stated_year and current is not None and previous is not None else None
        changed.append((*row, change))
        if stated_year:
            previous = current
    return changed
