"""``jixiao audit`` and ``jixiao rules``: check reports like a linter checks code."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.cells import cell_len
from rich.markup import escape
from rich.text import Text

from jixiao.audit.severity import SEVERITY_LABEL
from jixiao.cli.common import (
    EXIT_BAD_INPUT,
    console,
    report_input_error,
    report_reading_warnings,
    user_errors,
)
from jixiao.errors import InputError

if TYPE_CHECKING:
    from jixiao.audit.findings import Finding
    from jixiao.audit.registry import Rule

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _codes(value: str | None) -> list[str]:
    return [code.strip().upper() for code in (value or "").split(",") if code.strip()]


def _print(file: str, findings: list[Finding]) -> None:
    console.print(f"[bold]{escape(file)}[/]")
    if not findings:
        console.print("  [green]未发现问题[/]")
    for finding in findings:
        where = f"第{finding.line}行" if finding.line else "全文"
        label = SEVERITY_LABEL[finding.severity]
        style = _STYLE[finding.severity]
        console.print(f"  {where:>7} [{style}]{finding.code} {label}[/] {escape(finding.message)}")
        if finding.computation:
            console.print(f"          [dim]计算：{escape(finding.computation)}[/]")
        if finding.evidence:
            for line in finding.evidence.splitlines()[:3]:
                console.print(f"          [dim]原文：{escape(line[:120])}[/]")
    console.print()


def audit_command(
    files: list[Path] = typer.Argument(
        ..., help="报告文件（txt、docx、xlsx、pdf、html、doc）", metavar="FILE..."
    ),
    as_json: bool = typer.Option(False, "--json", help="每个文件输出一行 JSON"),
    scheme: str = typer.Option("national-2020", "--scheme", help="报告未写明等级标准时使用的评分方案"),
    selected: str | None = typer.Option(None, "--select", help="只运行这些规则（逗号分隔，可写前缀如 JX1）"),
    ignored: str | None = typer.Option(None, "--ignore", help="不运行这些规则（逗号分隔）"),
    html_out: Path | None = typer.Option(None, "--html", help="把审核意见写成 HTML 页面"),
) -> None:
    """像财政局审核人员一样审核绩效自评报告。有错误级问题时退出码为 1，无法读取的文件为 2。"""
    from jixiao.audit.html import AuditedFile, render_html
    from jixiao.audit.registry import RULES, select
    from jixiao.jsonout import dumps
    from jixiao.model.loading import load_scheme
    from jixiao.review import review  # registers the rules

    with user_errors():
        chosen_scheme = load_scheme(scheme)
        unknown = [c for c in _codes(selected) + _codes(ignored) if not any(r.startswith(c) for r in RULES)]
        if unknown:
            raise InputError.single(
                "--select/--ignore", f"没有这些规则：{'、'.join(unknown)}（用 jixiao rules 查看）"
            )
    rules = select(_codes(selected), _codes(ignored))
    exit_code = 0
    audited: list[AuditedFile] = []
    totals: Counter[str] = Counter()
    for path in files:
        try:
            result = review(path, chosen_scheme, rules)
        except InputError as error:
            report_input_error(error)
            exit_code = EXIT_BAD_INPUT
            continue
        report_reading_warnings(str(path), result.document.warnings)
        audited.append(AuditedFile(str(path), result.document, result.findings))
        totals.update(f.severity for f in result.findings)
        if as_json:
            print(dumps({"file": str(path), "findings": result.findings}))
        else:
            _print(str(path), result.findings)
        if exit_code == 0 and any(f.severity == "error" for f in result.findings):
            exit_code = 1
    if html_out is not None:
        html_out.write_text(render_html(audited), encoding="utf-8")
    if not as_json and len(files) > 1:
        console.print(
            "合计：" + "，".join(f"{SEVERITY_LABEL[s]} {totals[s]} 项" for s in ("error", "warning", "info"))
        )
    raise typer.Exit(exit_code)


# Chinese line breaking: a line may break between any two Chinese characters, but closing punctuation
# never starts a line and opening punctuation never ends one; Latin words and numbers break at spaces.
_TOKEN = re.compile(r"\s+|[^\s\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+|.")
_CLOSING = frozenset("，。、；：？！）》」』】〕”’…%")
_OPENING = frozenset("（《「『【〔“‘")
_INDENT = 6


def _units(text: str) -> list[str]:
    """The pieces a line may break between: one Chinese character, a Latin word or number, or a run of
    spaces, with punctuation kept on the side of the word it belongs to."""
    units: list[str] = []
    for token in _TOKEN.findall(text):
        joins = units and not token.isspace() and not units[-1].isspace()
        if joins and (token[0] in _CLOSING or units[-1][-1] in _OPENING):
            units[-1] += token
        else:
            units.append(token)
    return units


def _wrap_chinese(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal cells, broken as Chinese text is (Rich breaks only
    at spaces, so it leaves a short line before every long Chinese run, or cuts the run off)."""
    lines = [""]
    for unit in _units(text):
        if not lines[-1] and unit.isspace():
            continue
        if lines[-1] and cell_len(lines[-1] + unit.rstrip()) > width:
            lines.append("" if unit.isspace() else unit)
        else:
            lines[-1] += unit
    return [line.rstrip() for line in lines]


def _print_rule(rule: Rule) -> None:
    """Code, level and name on one line, the description under them, wrapped to the terminal."""
    label = SEVERITY_LABEL[rule.severity]
    console.print(Text.assemble((rule.code, "bold"), " ", (label, _STYLE[rule.severity]), " ", rule.name))
    for line in _wrap_chinese(rule.summary, max(console.width - _INDENT, 20)):
        console.print(Text(" " * _INDENT + line))


def rules_command(code: str | None = typer.Argument(None, help="规则代码，如 JX101")) -> None:
    """列出审核规则，或显示一条规则的说明。"""
    from jixiao.audit.registry import RULES
    from jixiao.audit.runner import audit  # noqa: F401 - importing registers the rules

    if code is None:
        console.print(f"[bold]审核规则[/]（共 {len(RULES)} 条；jixiao rules 代码：显示一条规则的详细说明）")
        for rule in sorted(RULES.values(), key=lambda r: r.code):
            _print_rule(rule)
        return
    found = RULES.get(code.upper())
    if found is None:
        with user_errors():
            raise InputError.single(code, "没有这条规则（用 jixiao rules 查看全部）")
        return
    console.print(found.documentation(), markup=False)
