"""What every command shares: one console, and the rule that bad input never shows a traceback."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.markup import escape

from jixiao.errors import InputError

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

EXIT_BAD_INPUT = 2


def report_input_error(error: InputError) -> None:
    for line in str(error).splitlines():
        err_console.print(f"[bold red]错误[/] {escape(line)}", soft_wrap=True)


def report_reading_warnings(file: str, warnings: Iterable[str]) -> None:
    """What reading a file had to repair, on standard error: the file was read, but not exactly as is."""
    for warning in warnings:
        err_console.print(f"[bold yellow]警告[/] {escape(file)}: {escape(warning)}", soft_wrap=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn an InputError into a message and exit code 2."""
    try:
        yield
    except InputError as error:
        report_input_error(error)
        raise typer.Exit(EXIT_BAD_INPUT) from None
