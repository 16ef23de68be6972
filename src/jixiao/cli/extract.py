"""``jixiao extract``: published report files in, the facts a reviewer reads off them out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from jixiao.cli.common import EXIT_BAD_INPUT, console, report_input_error, report_reading_warnings
from jixiao.decimals import fmt

if TYPE_CHECKING:
    from jixiao.extract import ExtractedReport

_NOT_STATED = "[dim]未载明[/]"


def _value(value: Decimal | str | int | None, suffix: str = "") -> str:
    """A value as printed: report text is never read as markup ("[/red]" in a report prints as written)."""
    if value is None:
        return _NOT_STATED
    if isinstance(value, Decimal):
        return f"{fmt(value)}{suffix}"
    return escape(f"{value}{suffix}")


def _points(values: dict[str, Decimal]) -> str:
    return escape("，".join(f"{name} {fmt(points)}" for name, points in values.items())) or _NOT_STATED


def print_report(report: ExtractedReport, show_facts: bool) -> None:
    from rich.table import Table

    budget = report.budget
    title = f"{report.file}（{report.format}{'，' + report.encoding if report.encoding else ''}）"
    summary = Table(title=escape(title), show_header=False, title_justify="left")
    summary.add_column("项目", style="bold")
    summary.add_column("内容", overflow="fold")
    summary.add_row("评价类型", _value(report.kind))
    summary.add_row("预算年度", _value(str(report.year) if report.year else None))
    summary.add_row("单位", _value(report.unit))
    if report.project:
        summary.add_row("项目", _value(report.project))
    summary.add_row("报告日期", _value(report.report_date.isoformat() if report.report_date else None))
    summary.add_row("年初预算", _value(budget.initial, " 万元"))
    summary.add_row("调整后（全年）预算", _value(budget.adjusted, " 万元"))
    summary.add_row("实际支出", _value(budget.executed, " 万元"))
    summary.add_row("预算执行率", _value(budget.execution_rate, "%"))
    summary.add_row("自评得分", _value(report.score, " 分"))
    summary.add_row("等级", _value(report.grade))
    if report.grade_scheme:
        bands = "；".join(f"{band.name} ≥ {fmt(band.min)}" for band in report.grade_scheme)
        summary.add_row("等级划分", _value(bands))
    summary.add_row("一级指标分值", _points(report.weights))
    summary.add_row("一级指标得分", _points(report.components))
    summary.add_row("满意度", _value(report.satisfaction, "%"))
    staffing = report.staffing
    if staffing.authorised is not None or staffing.actual is not None:
        summary.add_row(
            "编制 / 实有", f"{_value(staffing.authorised, ' 人')} / {_value(staffing.actual, ' 人')}"
        )
    for label, values in (("收入", report.income), ("支出构成", report.expenditure), ("资产", report.assets)):
        if values:
            summary.add_row(label, _value("，".join(f"{k} {fmt(v)} 万元" for k, v in values.items())))
    summary.add_row("报告章节", _value("、".join(report.sections) or None))
    if report.team:
        summary.add_row(
            "评价工作组", _value("、".join(f"{m.name}（{m.post or m.unit}）" for m in report.team))
        )
    console.print(summary)
    if report.projects:
        projects = Table(title="项目", title_justify="left")
        for column in ("项目名称", "预算（万元）", "执行数（万元）", "执行率", "得分", "等级", "行"):
            projects.add_column(column, justify="left" if column == "项目名称" else "right")
        for project in report.projects:
            projects.add_row(
                _value(project.name),
                _value(project.budget),
                _value(project.executed),
                _value(project.execution_rate, "%"),
                _value(project.score),
                _value(project.grade),
                str(project.line),
            )
        console.print(projects)
    if report.achievements:
        achievements = Table(title=f"量化成果（{len(report.achievements)} 项）", title_justify="left")
        for column in ("行", "事项", "数值", "单位", "约数"):
            achievements.add_column(column)
        for item in report.achievements:
            achievements.add_row(
                str(item.line),
                _value(item.measure),
                fmt(item.value),
                _value(item.unit or ""),
                "是" if item.approximate else "",
            )
        console.print(achievements)
    targets = [t for t in report.targets if t.operator == "定性"]
    if targets:
        console.print(f"[bold]无量化标准的目标表述（{len(targets)} 条）：[/]")
        for target in targets:
            console.print(f"  第 {target.line} 行：{escape(target.measure)}")
    if show_facts:
        facts = Table(title=f"事实出处（{len(report.facts)} 条）", title_justify="left")
        for column in ("字段", "值", "单位", "原文", "行", "列"):
            facts.add_column(column, overflow="fold")
        for fact in report.facts:
            unit = fact.unit or ""
            if fact.original_unit and fact.original_unit != fact.unit:
                unit = f"{unit}（原文 {fact.original_unit}）"
            facts.add_row(
                _value(fact.field + (f"·{fact.subject}" if fact.subject else "")),
                _value(fact.value),
                _value(unit),
                _value(fact.text),
                str(fact.line),
                f"{fact.start}-{fact.end}",
            )
        console.print(facts)
        candidates = Table(
            title=f"主要数据的候选值（{len(report.candidates)} 个，来源强者优先，同级相互矛盾时不取值）",
            title_justify="left",
        )
        for column in ("字段", "值", "来源", "行", "列"):
            candidates.add_column(column, overflow="fold")
        for candidate in report.candidates:
            candidates.add_row(
                candidate.field,
                _value(candidate.value),
                candidate.source,
                str(candidate.line),
                f"{candidate.start}-{candidate.end}",
            )
        console.print(candidates)
    console.print()


def extract_command(
    files: list[Path] = typer.Argument(
        ..., help="报告文件（txt、docx、xlsx、pdf、html、doc）", metavar="FILE..."
    ),
    as_json: bool = typer.Option(False, "--json", help="每个文件输出一行 JSON"),
    show_facts: bool = typer.Option(False, "--facts", help="列出每个数据的出处（行与列）"),
) -> None:
    """从已发布的绩效自评报告中读取数据，并注明每个数据的出处。"""
    from jixiao.errors import InputError
    from jixiao.extract import extract_file
    from jixiao.jsonout import dumps

    exit_code = 0
    for path in files:
        try:
            report = extract_file(path)
        except InputError as error:
            report_input_error(error)
            exit_code = EXIT_BAD_INPUT
            continue
        report_reading_warnings(str(path), report.reading_warnings)
        if as_json:
            print(dumps(report), flush=True)
        else:
            print_report(report, show_facts)
    raise typer.Exit(exit_code)
