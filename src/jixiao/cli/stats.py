"""``jixiao stats``: what the stored reports say together — scores, grades, execution, findings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.cells import cell_len
from rich.markup import escape

from jixiao.analysis.grouping import Grouping
from jixiao.cli.common import console, user_errors

if TYPE_CHECKING:
    from rich.table import Table

    from jixiao.analysis.stats import StatTable

TOP_FINDINGS = 10
_HEADER_CELLS = 6  # a figure column's header wraps after three characters when room is short
_TEXT_CELLS = 16  # the least a text column should keep before the headers wrap: eight characters
_UNBOUNDED = 10_000  # cells: measure a table as it would be with room to spare


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
    return str(value)


def _cells(table: StatTable) -> list[list[str]]:
    return [
        [
            _show(value, column.kind, i == 0)
            for i, (value, column) in enumerate(zip(row, table.columns, strict=True))
        ]
        for row in table.rows
    ]


def _figure_width(label: str, figures: list[str], header_cells: int | None) -> int:
    """As wide as the widest figure and the header, or the header's first ``header_cells`` (it wraps)."""
    header = cell_len(label) if header_cells is None else min(cell_len(label), header_cells)
    return max([header, *map(cell_len, figures)])


def _figure_widths(table: StatTable, cells: list[list[str]], header_cells: int | None) -> list[int | None]:
    """Fixed widths for the figure columns; None for a text column, which takes what is left."""
    return [
        None
        if column.kind == "text"
        else _figure_width(column.label, [row[i] for row in cells], header_cells)
        for i, column in enumerate(table.columns)
    ]


def _compact_widths(table: StatTable, cells: list[list[str]]) -> list[int | None]:
    """Figure columns at their full width when that leaves each text column (unit names) room for a
    few characters, else with their headers wrapped."""
    widths = _figure_widths(table, cells, None)
    room = console.width - sum(width or 0 for width in widths) - (len(widths) - 1)
    if room >= _TEXT_CELLS * widths.count(None):
        return widths
    return _figure_widths(table, cells, _HEADER_CELLS)


def _view(table: StatTable, cells: list[list[str]], widths: list[int | None] | None) -> Table:
    """The table boxed as Rich lays it out, or (``widths`` given) compact: no side rules, one space
    between columns, figure columns fixed so that no figure is ever wrapped or cut, and the text columns
    sharing the rest, folding between characters rather than cut off with "…"."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    style: dict[str, Any] = (
        {} if widths is None else {"box": box.SIMPLE_HEAD, "padding": 0, "show_edge": False}
    )
    view = Table(title=table.title, title_justify="left", **style)
    for index, column in enumerate(table.columns):
        view.add_column(
            column.label,
            justify="left" if column.kind == "text" else "right",
            overflow="fold",
            width=widths[index] if widths else None,
        )
    for row in cells:
        view.add_row(*(Text(cell) for cell in row))
    return view


def print_tables(tables: list[StatTable]) -> None:
    """Boxed when every table fits the terminal, else all compact, so that they look alike; a blank line
    between tables, as compact ones have no bottom rule."""
    cells = [_cells(table) for table in tables]
    views = [_view(table, rows, None) for table, rows in zip(tables, cells, strict=True)]
    wide = console.options.update_width(_UNBOUNDED)
    if any(console.measure(view, options=wide).maximum > console.width for view in views):
        views = [
            _view(table, rows, _compact_widths(table, rows))
            for table, rows in zip(tables, cells, strict=True)
        ]
    for index, view in enumerate(views):
        if index:
            console.print()
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
    print_tables(tables)
    if csv_out is not None:
        write_csv(main, csv_out)
        console.print(escape(f"已写出 {csv_out}（{main.title}，{len(main.rows)} 行）"))
    if parquet_out is not None:
        write_parquet(main, parquet_out)
        console.print(escape(f"已写出 {parquet_out}（{main.title}，{len(main.rows)} 行）"))
