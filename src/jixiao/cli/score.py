"""``jixiao score``: an evaluation file in, its score card out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from jixiao.cli.common import EXIT_BAD_INPUT, console, err_console, report_input_error

if TYPE_CHECKING:
    from jixiao.model.evaluation import Evaluation
    from jixiao.model.scheme import Scheme
    from jixiao.scoring import ScoreCard
    from jixiao.scoring.compare import Rescored

DEFAULT_SCHEME = "national-2020"


def scheme_for(evaluation: Evaluation, override: str | None) -> Scheme:
    """The scheme named on the command line, else the evaluation's own, else the national default."""
    from jixiao.model.loading import load_scheme

    return load_scheme(override or evaluation.scheme or DEFAULT_SCHEME)


def card_json(card: ScoreCard, rescored: Rescored | None = None) -> dict[str, object]:
    """The card as JSON; beside a stated form, each indicator's ``stated`` score and ``difference`` (one
    line, or null), and the same for the total and the grade."""
    differences = {d.path: d for d in rescored.differences} if rescored else {}
    known = rescored is None or rescored.totals_known
    stated = rescored.stated_indicators if rescored else {}

    def said(path: str) -> str | None:
        found = differences.get(path)
        return found.message if found is not None else None

    data: dict[str, object] = {
        "scheme": card.scheme,
        "kind": card.kind.value,
        "year": card.year,
        "unit": card.unit,
        "project": card.project,
        "total": card.total if known else None,  # null: a report's form partly read has no total
        "raw_total": card.raw_total if known else None,
        "grade": card.grade if known else None,
        "execution": card.execution,
        "categories": card.categories,
        "indicators": [
            {
                "name": line.name,
                "level1": line.level1,
                "level2": line.level2,
                "weight": line.weight,
                "score": line.score,
                "applicable": line.applicable,
                "explanation": line.explanation,
            }
            | (
                {"stated": stated.get(line.index), "difference": said(f"indicators[{line.index}]")}
                if rescored
                else {}
            )
            for line in card.indicators
        ],
        "problems": rescored.problems if rescored is not None else card.problems,
    }
    if rescored is not None:
        data["stated"] = {
            "execution": _value(rescored, "execution"),
            "total": _value(rescored, "total"),
            "grade": _value(rescored, "grade"),
        }
        data["difference"] = {key: said(key) for key in ("execution", "total", "grade")}
        data["differences"] = [
            {
                "kind": d.kind,
                "path": d.path,
                "name": d.name,
                "stated": d.stated,
                "computed": d.computed,
                "message": d.message,
                "place": d.place.place if d.place else None,
            }
            for d in rescored.differences
        ]
        data["complete"] = rescored.complete
    return data


def _value(rescored: Rescored, key: str) -> object:
    form = rescored.form
    found = {"execution": form.execution_score, "total": form.total, "grade": form.grade}[key]
    return found.value if found is not None else None


def print_card(card: ScoreCard, source: str, rescored: Rescored | None = None) -> None:
    from decimal import Decimal

    from rich.table import Table
    from rich.text import Text

    from jixiao.decimals import fmt

    form = rescored.form if rescored is not None else None
    known = form is None or form.identity_known
    title = escape(
        f"{card.year}年度 {card.kind.value}绩效自评  {card.project or card.unit}"
        if known
        else f"绩效自评表  {card.project or card.unit}"
    )
    caption = escape(f"{source} · 评分方案 {card.scheme}（{card.scheme_title}）")
    table = Table(title=title, caption=caption, show_lines=False)
    # names fold onto further lines rather than being cut with "…" in a narrow terminal; figures never wrap
    table.add_column("一级指标", style="bold", overflow="fold")
    table.add_column("二级指标", overflow="fold")
    table.add_column("三级指标", overflow="fold")
    table.add_column("分值", justify="right", no_wrap=True)
    table.add_column("得分", justify="right", no_wrap=True)
    stated_column = rescored is not None and _states_anything(rescored)
    if stated_column:
        table.add_column("表中", justify="right", no_wrap=True)
    table.add_column("计算说明", overflow="fold", max_width=60)

    def stated(value: object) -> list[str | Text]:
        if not stated_column:
            return []
        if isinstance(value, Decimal):
            return [fmt(value)]
        return [escape(str(value)) if value is not None else ""]

    ex = card.execution
    table.add_row(
        escape(ex.name), "", "", fmt(ex.weight), fmt(ex.score),
        *stated(_value(rescored, "execution") if rescored else None), escape(ex.explanation),
    )  # fmt: skip
    for line in card.indicators:
        table.add_row(
            escape(line.level1),
            escape(line.level2),
            escape(line.name),
            fmt(line.weight),
            fmt(line.score) if line.score is not None else "不适用",
            *stated(rescored.stated_indicators.get(line.index) if rescored else None),
            escape(line.explanation),
        )
    known = rescored is None or rescored.totals_known
    total_note = "" if card.total == card.raw_total else f"各项合计 {fmt(card.raw_total)}，按适用指标折算"
    if not known:
        total_note = "表中指标行未能全部读出，不计总分和等级"
    table.add_row(
        "总分", "", "", fmt(card.total_points), Text(fmt(card.total) if known else "—", style="bold"),
        *stated(_value(rescored, "total") if rescored else None), total_note, end_section=True,
    )  # fmt: skip
    grade = Text(card.grade if known else "—", style="bold green")  # Text: never markup
    table.add_row("等级", "", "", "", grade, *stated(_value(rescored, "grade") if rescored else None), "")
    console.print(table)
    if rescored is not None:
        _print_differences(rescored)
    problems = rescored.problems if rescored is not None else card.problems
    if problems:
        console.print(f"[bold]发现 {len(problems)} 个问题：[/]")
        for problem in problems:
            style = "red" if problem.severity == "error" else "yellow"
            label = "错误" if problem.severity == "error" else "提示"
            where = escape(f"{problem.code} {problem.path}")
            console.print(f"  [{style}]{label}[/] [dim]{where}[/] {escape(problem.message)}")
    else:
        console.print("[green]校验通过，未发现问题。[/]")
    console.print()


def _states_anything(rescored: Rescored) -> bool:
    form = rescored.form
    return bool(rescored.stated_indicators) or any(
        value is not None for value in (form.execution_score, form.total, form.grade)
    )


def _print_differences(rescored: Rescored) -> None:
    if not _states_anything(rescored):
        return
    if not rescored.differences:
        console.print("[green]表中填报的得分与按规则重算的一致。[/]")
    else:
        console.print(f"[bold]表中填报与按规则重算不符（{len(rescored.differences)} 处）：[/]")
    for difference in rescored.differences:
        where = f"[dim]{escape(difference.place.place)}[/] " if difference.place else ""
        note = "（只差取整）" if difference.rounding else ""
        console.print(f"  [red]不符[/] {where}{escape(difference.message)}{note}")
    if not rescored.complete:
        console.print("  [dim]部分指标行未能读出或无法按规则计分，总分和等级未作比较。[/]")


def score_command(
    files: list[Path] = typer.Argument(
        ...,
        help="评价文件（YAML、JSON）、xlsx 自评表，或含自评表的报告（docx、pdf、html、txt、doc）",
        metavar="FILE...",
    ),
    scheme: str | None = typer.Option(None, "--scheme", help="评分方案名称或 YAML 路径"),
    as_json: bool = typer.Option(False, "--json", help="每个文件输出一行 JSON"),
    strict: bool = typer.Option(False, "--strict", help="存在错误级问题时以退出码 1 结束"),
) -> None:
    """计算绩效自评得分与等级，校验评价表，并与表中填报的得分逐项比较。"""
    from jixiao.errors import InputError
    from jixiao.form.files import read_stated_form
    from jixiao.jsonout import dumps
    from jixiao.scoring.compare import rescore

    exit_code = 0
    for path in files:
        try:
            form = read_stated_form(path)
            rescored = rescore(form, scheme_for(form.evaluation, scheme))
        except InputError as error:
            report_input_error(error)
            exit_code = EXIT_BAD_INPUT
            continue
        for note in form.notes:
            err_console.print(f"[yellow]提示[/] {escape(f'{path}: {note}')}", soft_wrap=True)
        card = rescored.card
        if as_json:
            print(dumps({"file": str(path), **card_json(card, rescored)}))
        else:
            print_card(card, str(path), rescored)
        if strict and any(p.severity == "error" for p in rescored.problems) and exit_code == 0:
            exit_code = 1
    raise typer.Exit(exit_code)
