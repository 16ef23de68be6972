"""``jixiao render``: an evaluation (YAML, JSON or an xlsx 自评表) in, a document out."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from jixiao.cli.common import EXIT_BAD_INPUT, console, err_console, user_errors
from jixiao.cli.score import scheme_for
from jixiao.errors import InputError

if TYPE_CHECKING:
    from jixiao.model.evaluation import Evaluation

EXIT_NO_OFFICE = 3


class Target(StrEnum):
    XLSX = "xlsx"
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"


def read_evaluation(path: Path) -> Evaluation:
    """YAML/JSON through the loader; a workbook through the form importer, printing its notes."""
    from jixiao.form.files import SPREADSHEET_SUFFIXES
    from jixiao.model.loading import load_evaluation
    from jixiao.render.xlsx_import import read_form_limited

    if path.suffix.lower() not in SPREADSHEET_SUFFIXES:
        return load_evaluation(path)
    result = read_form_limited(path)
    for note in result.notes:
        where = escape(f"{path}（工作表“{result.sheet}”）: {note}")
        err_console.print(f"[yellow]提示[/] {where}", soft_wrap=True)
    return result.evaluation


def _target(to: Target | None, output: Path | None) -> Target:
    if to is not None:
        return to
    suffix = output.suffix.lower().lstrip(".") if output else ""
    if suffix in {t.value for t in Target}:
        return Target(suffix)
    err_console.print("[bold red]错误[/] 请用 --to 指定输出格式（xlsx、docx、pdf 或 html）")
    raise typer.Exit(EXIT_BAD_INPUT)


def render_command(
    file: Path = typer.Argument(..., help="评价文件：YAML、JSON 或 xlsx 自评表", metavar="FILE"),
    to: Target | None = typer.Option(None, "--to", help="输出格式；省略时按 -o 的扩展名"),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="输出文件；省略时为 FILE 同名文件，放在当前目录"
    ),
    scheme: str | None = typer.Option(None, "--scheme", help="评分方案名称或 YAML 路径"),
    final: bool = typer.Option(
        False, "--final", help="生成正式文本：不加“草稿”标记；报告尚缺内容或评价表有错误时拒绝生成并列出所缺"
    ),
) -> None:
    """生成绩效自评表（xlsx）或自评报告（docx、pdf、html）。"""
    from jixiao.render.html import report_html
    from jixiao.render.office import OfficeError, docx_to_pdf
    from jixiao.render.report_docx import report_docx
    from jixiao.render.report_text import build_report, missing_for_final
    from jixiao.render.xlsx_form import form_xlsx
    from jixiao.scoring import score

    target = _target(to, output)
    destination = output or Path(f"{file.stem}.{target.value}")
    with user_errors():
        if not destination.parent.is_dir():  # a mistyped folder is the user's to fix, not to create
            raise InputError.single(str(destination), f"输出文件夹 {destination.parent} 不存在")
        evaluation = read_evaluation(file)
        chosen = scheme_for(evaluation, scheme)
    card = score(evaluation, chosen)
    if target is Target.XLSX:
        content = form_xlsx(evaluation, card, chosen)
    else:
        report = build_report(evaluation, card, chosen, final=final)
        missing = missing_for_final(report, card) if final else []
        if missing:
            listing = "\n".join(f"  {number}. {item}" for number, item in enumerate(missing, 1))
            err_console.print(
                "[bold red]错误[/] "
                + escape(f"{file}：不能生成正式文本，尚缺以下内容（可先不加 --final 生成草稿）：\n{listing}"),
                soft_wrap=True,
            )
            raise typer.Exit(EXIT_BAD_INPUT)
        if target is Target.HTML:
            content = report_html(report).encode("utf-8")
        elif target is Target.DOCX:
            content = report_docx(report)
        else:
            try:
                content = docx_to_pdf(report_docx(report))
            except OfficeError as error:
                err_console.print(f"[bold red]错误[/] {escape(str(error))}", soft_wrap=True)
                raise typer.Exit(EXIT_NO_OFFICE) from None
    destination.write_bytes(content)
    errors = len(card.errors)
    remark = f"；评价表有 {errors} 个错误级问题，见 jixiao score" if errors else ""
    console.print(
        escape(f"已生成 {destination}（得分 {card.total}，等级 {card.grade}{remark}）"), soft_wrap=True
    )
