"""``jixiao synth``: a corpus of synthetic reports for scale tests, with the truth about each."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from jixiao.cli.common import console, user_errors


def _formats(value: str) -> tuple[str, ...]:
    from jixiao.errors import InputError
    from jixiao.synth.corpus import FORMATS

    chosen = tuple(dict.fromkeys(part.strip().lower() for part in value.split(",") if part.strip()))
    unknown = [name for name in chosen if name not in FORMATS]
    if unknown or not chosen:
        raise InputError.single(
            "--formats", f"不支持的格式：{'、'.join(unknown) or value}（可选：txt、docx）"
        )
    return chosen


def _reports(files: list[Path]) -> int:
    """How many reports an earlier corpus had: its files but the truth file."""
    from jixiao.synth.corpus import PARTIAL_TRUTH_FILE, TRUTH_FILE

    return sum(1 for path in files if path.name not in {TRUTH_FILE, PARTIAL_TRUTH_FILE})


def synth_command(
    count: int = typer.Argument(..., min=1, help="生成的报告数", metavar="N"),
    out: Path = typer.Option(..., "-o", "--out", help="输出文件夹（按年度分子文件夹）"),
    seed: int = typer.Option(0, "--seed", help="随机种子：同一种子生成同样的报告"),
    formats: str = typer.Option("txt,docx", "--formats", help="文件格式，逗号分隔：txt、docx"),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", min=1, help="并行生成的进程数"),
) -> None:
    """生成合成的绩效自评报告（两类报告、多种措辞与版式，部分含故意的错误），并写出 truth.jsonl 记录真值。

    输出文件夹须为空或新文件夹，或是上次生成的报告（将整批替换）；其中有别的文件时拒绝写入。"""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from jixiao.synth.corpus import CorpusSpec, previous_output, write_corpus

    with user_errors():
        spec = CorpusSpec(count=count, out=out, seed=seed, formats=_formats(formats))
        replaced = _reports(previous_output(out))
    kinds: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    progress = Progress(
        TextColumn("生成"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console
    )
    task = progress.add_task("生成", total=count)

    def note(record: dict[str, Any]) -> None:
        kinds[f"{record['kind']}·{record['format']}"] += 1
        errors.update(error["kind"] for error in record["errors"])
        progress.advance(task)

    with progress:
        truth = write_corpus(spec, workers=min(workers, count), on_report=note)
    instead = f"（替换了上次生成的 {replaced} 份）" if replaced else ""
    console.print(escape(f"已生成 {count} 份报告到 {out}{instead}，真值见 {truth}"), soft_wrap=True)
    console.print("，".join(f"{name} {n} 份" for name, n in sorted(kinds.items())), soft_wrap=True)
    if errors:
        console.print(
            "故意写入的错误：" + "，".join(f"{name} {n} 处" for name, n in sorted(errors.items())),
            soft_wrap=True,
        )
