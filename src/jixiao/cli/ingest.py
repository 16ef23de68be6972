"""``jixiao ingest``: read, extract, audit and store every report under some folders."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from jixiao.audit.severity import SEVERITY_LABEL
from jixiao.cli.common import EXIT_BAD_INPUT, console, err_console, user_errors
from jixiao.errors import InputError

if TYPE_CHECKING:
    from jixiao.batch.run import IngestSummary

EXIT_INTERRUPTED = 130


class FilesPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0
        rate = task.completed / elapsed if elapsed > 0 else 0
        return Text(f"{rate:6.1f} 个/秒", style="cyan")


def _print_summary(summary: IngestSummary, where: str) -> None:
    console.print(
        f"入库 {summary.stored} 个，重新入库 {summary.replaced} 个，已存在跳过 {summary.skipped} 个，"
        f"失败 {summary.failed} 个（数据库：{escape(where)}）",
        soft_wrap=True,
    )
    if summary.stored or summary.replaced:
        counts = "，".join(
            f"{SEVERITY_LABEL[s]} {summary.severities[s]} 项" for s in ("error", "warning", "info")
        )
        console.print(f"审核意见：{counts}", soft_wrap=True)
    for name, reason in summary.failures:
        err_console.print(f"[red]失败[/] {escape(name)}：{escape(reason)}", soft_wrap=True)
    if summary.failed > len(summary.failures):
        err_console.print(
            f"……另有 {summary.failed - len(summary.failures)} 个文件失败（见数据库 ingest_failures 表）"
        )


def ingest_command(
    paths: list[Path] = typer.Argument(
        ..., help="报告文件或文件夹（递归查找 txt、docx、pdf、html、xlsx、doc）", metavar="PATH..."
    ),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", min=1, help="并行处理的进程数"),
    db: str | None = typer.Option(
        None, "--db", help="数据库地址或 SQLite 文件（默认读 JIXIAO_DATABASE_URL）"
    ),
    force: bool = typer.Option(False, "--force", help="已入库的文件也重新读取并替换"),
    scheme: str = typer.Option("national-2020", "--scheme", help="报告未写明等级标准时审核所用的评分方案"),
) -> None:
    """批量读取、抽取、审核并入库报告；可中断后再次运行，已入库的文件自动跳过。有文件失败时退出码为 2。"""
    from jixiao.batch.run import IngestSummary, ingest
    from jixiao.batch.walk import count_report_files
    from jixiao.model.loading import load_scheme
    from jixiao.store.db import open_database, safe_url

    missing = [path for path in paths if not path.exists()]
    for path in missing:
        err_console.print(f"[bold red]错误[/] {escape(str(path))}: 文件或文件夹不存在")
    present = [path for path in paths if path.exists()]
    if not present:
        raise typer.Exit(EXIT_BAD_INPUT)  # each missing path said so above; nothing to read, no database made
    with user_errors():
        load_scheme(scheme)
        engine = open_database(db)
    where = safe_url(str(engine.url))
    total = count_report_files(present)
    if total == 0:
        engine.dispose()
        with user_errors():
            raise InputError.single(
                "、".join(map(str, paths)), "没有找到报告文件（txt、docx、pdf、html、xlsx、doc）"
            )
    progress = Progress(
        TextColumn("入库"),
        BarColumn(),
        MofNCompleteColumn(),
        FilesPerSecond(),
        TimeElapsedColumn(),
        TextColumn("剩余"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )
    task = progress.add_task("入库", total=total)
    summary = IngestSummary()
    try:
        with progress:
            summary = ingest(
                present,
                engine,
                workers=workers,
                scheme_name=scheme,
                force=force,
                on_file=lambda _outcome: progress.advance(task),
            )
    except KeyboardInterrupt:
        console.print("已中断：已完成的文件都已入库，再次运行同一命令即可继续。")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        engine.dispose()
    _print_summary(summary, where)
    if missing or summary.failed:
        raise typer.Exit(EXIT_BAD_INPUT)
