"""``jixiao stats``: what the stored reports say together — scores, grades, execution, findings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape

from jixiao.analysis.grouping import Grouping
from jixiao.cli.common import console, user_errors

if TYPE_CHECKING:
    from jixiao.analysis.stats import StatTable

TOP_FINDINGS = 10


def _show(value: Any, kind: str, first: bool) -> str:
    from jixiao.analysis.stats import NOT_STATED
    from jixiao.decimals import fmt

    if value is None:
        return NOT_STATED if first else "—"
    if isinstance(value, Decimal):
        text = fmt(value, 2)
        if kind == "percent":
            return f"{text}%"
        return f"+{text}" if kind == "change" and value > 0 else text
    return escape(str(value))


def print_table(table: StatTable) -> None:
    from rich.table import Table

    view = Table(title=table.title, title_justify="left")
    for column in table.columns:
        view.add_column(column.label, justify="left" if column.kind == "text" else "right")
    for row in table.rows:
        cells = zip(row, table.columns, strict=True)
        view.add_row(*[_show(value, column.kind, i == 0) for i, (value, column) in enumerate(cells)])
    console.print(view)


def stats_command(
    by: Grouping | None = typer.Option(
        None, "--by", help="分组：unit（单位）、year（年度）、rule（审核规则）、grade（等级）"
    ),
    csv_out: Path | None = typer.Option(None, "--csv", help="把分组表写成 CSV 文件", metavar="OUT"),
    parquet_out: Path | None = typer.Option(
        None, "--parquet", help="把分组表写成 Parquet 文件", metavar="OUT"
    ),
    unit: str | None = typer.Option(None, "--unit", help="只看这个单位，并按年度列出它的历年情况"),
    db: str | None = typer.Option(
        None, "--db", help="数据库地址或 SQLite 文件（默认读 JIXIAO_DATABASE_URL）"
    ),
) -> None:
    """统计已入库的报告：得分与等级分布、满分比例、执行率分布、常见审核意见、单位历年情况。"""
    from jixiao.analysis.export import write_csv, write_parquet
    from jixiao.analysis.stats import (
        execution_distribution,
        find_unit,
        findings_by_rule,
        grade_distribution,
        grouped,
        overview,
        report_count,
        score_distribution,
        similar_units,
    )
    from jixiao.errors import InputError
    from jixiao.store.db import open_existing_database, safe_url

    with user_errors():
        engine = open_existing_database(db)
        with engine.connect() as connection:
            unit_id = None
            if unit is not None:
                unit_id = find_unit(connection, unit)
                if unit_id is None:
                    near = similar_units(connection, unit)
                    hint = f"（相近的单位：{'、'.join(near)}）" if near else ""
                    raise InputError.single("--unit", f"数据库中没有单位“{unit}”{hint}")
            if report_count(connection, unit_id) == 0:
                console.print(f"数据库 {safe_url(str(engine.url))} 中还没有报告，请先运行 jixiao ingest。")
                engine.dispose()
                return
            grouping = by or (Grouping.YEAR if unit_id is not None else Grouping.UNIT)
            main = grouped(connection, grouping, unit_id)
            tables = [
                overview(connection, unit_id),
                score_distribution(connection, unit_id),
                grade_distribution(connection, unit_id),
                execution_distribution(connection, unit_id),
            ]
            if grouping is not Grouping.RULE:
                tables.append(findings_by_rule(connection, unit_id, limit=TOP_FINDINGS))
            tables.append(main)
        engine.dispose()
    if unit is not None:
        console.print(f"[bold]{escape(unit)}[/]")
    for table in tables:
        print_table(table)
    if csv_out is not None:
        write_csv(main, csv_out)
        console.print(escape(f"已写出 {csv_out}（{main.title}，{len(main.rows)} 行）"))
    if parquet_out is not None:
        write_parquet(main, parquet_out)
        console.print(escape(f"已写出 {parquet_out}（{main.title}，{len(main.rows)} 行）"))
