"""``jixiao score``: an evaluation file in, its score card out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from jixiao.cli.common import EXIT_BAD_INPUT, console, report_input_error

if TYPE_CHECKING:
    from jixiao.model.evaluation import Evaluation
    from jixiao.model.scheme import Scheme
    from jixiao.scoring import ScoreCard

DEFAULT_SCHEME = "national-2020"


def scheme_for(evaluation: Evaluation, override: str | None) -> Scheme:
    """The scheme named on the command line, else the evaluation's own, else the national default."""
    from jixiao.model.loading import load_scheme

    return load_scheme(override or evaluation.scheme or DEFAULT_SCHEME)


def card_json(card: ScoreCard) -> dict[str, object]:
    return {
        "scheme": card.scheme,
        "kind": card.kind.value,
        "year": card.year,
        "unit": card.unit,
        "project": card.project,
        "total": card.total,
        "raw_total": card.raw_total,
        "grade": card.grade,
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
            for line in card.indicators
        ],
        "problems": card.problems,
    }


def print_card(card: ScoreCard, source: str) -> None:
    from rich.table import Table
    from rich.text import Text

    from jixiao.decimals import fmt

    title = escape(f"{card.year}年度 {card.kind.value}绩效自评  {card.project or card.unit}")
    caption = escape(f"{source} · 评分方案 {card.scheme}（{card.scheme_title}）")
    table = Table(title=title, caption=caption, show_lines=False)
    # names fold onto further lines rather than being cut with "…" in a narrow terminal; figures never wrap
    table.add_column("一级指标", style="bold", overflow="fold")
    table.add_column("二级指标", overflow="fold")
    table.add_column("三级指标", overflow="fold")
    table.add_column("分值", justify="right", no_wrap=True)
    table.add_column("得分", justify="right", no_wrap=True)
    table.add_column("计算说明", overflow="fold", max_width=60)
    ex = card.execution
    table.add_row(escape(ex.name), "", "", fmt(ex.weight), fmt(ex.score), escape(ex.explanation))
    for line in card.indicators:
        table.add_row(
            escape(line.level1),
            escape(line.level2),
            escape(line.name),
            fmt(line.weight),
            fmt(line.score) if line.score is not None else "不适用",
            escape(line.explanation),
        )
    total_note = "" if card.total == card.raw_total else f"各项合计 {fmt(card.raw_total)}，按适用指标折算"
    table.add_row(
        "总分",
        "",
        "",
        fmt(card.total_points),
        Text(fmt(card.total), style="bold"),
        total_note,
        end_section=True,
    )
    table.add_row("等级", "", "", "", Text(card.grade, style="bold green"), "")  # Text: never markup
    console.print(table)
    if card.problems:
        console.print(f"[bold]发现 {len(card.problems)} 个问题：[/]")
        for problem in card.problems:
            style = "red" if problem.severity == "error" else "yellow"
            label = "错误" if problem.severity == "error" else "提示"
            where = escape(f"{problem.code} {problem.path}")
            console.print(f"  [{style}]{label}[/] [dim]{where}[/] {escape(problem.message)}")
    else:
        console.print("[green]校验通过，未发现问题。[/]")
    console.print()


def score_command(
    files: list[Path] = typer.Argument(..., help="评价文件（YAML、JSON 或 xlsx 自评表）", metavar="FILE..."),
    scheme: str | None = typer.Option(None, "--scheme", help="评分方案名称或 YAML 路径"),
    as_json: bool = typer.Option(False, "--json", help="每个文件输出一行 JSON"),
    strict: bool = typer.Option(False, "--strict", help="存在错误级问题时以退出码 1 结束"),
) -> None:
    """计算绩效自评得分与等级，并校验评价表。"""
    from jixiao.cli.render import read_evaluation
    from jixiao.errors import InputError
    from jixiao.jsonout import dumps
    from jixiao.scoring import score

    exit_code = 0
    for path in files:
        try:
            evaluation = read_evaluation(path)
            card = score(evaluation, scheme_for(evaluation, scheme))
        except InputError as error:
            report_input_error(error)
            exit_code = EXIT_BAD_INPUT
            continue
        if as_json:
            print(dumps({"file": str(path), **card_json(card)}))
        else:
            print_card(card, str(path))
        if strict and card.errors and exit_code == 0:
            exit_code = 1
    raise typer.Exit(exit_code)
