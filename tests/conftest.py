from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.model.evaluation import Evaluation, Indicator
from jixiao.model.loading import load_scheme
from jixiao.model.scheme import Scheme
from jixiao.samples import REPORTS, sample_reports

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The five real seed reports, bundled with the package: tests never read outside the project, and a
# missing one stops the run here instead of letting the tests that read it vanish.
SEEDS = REPORTS
if len(sample_reports()) != 5:
    raise RuntimeError(f"the five bundled sample reports are missing from {SEEDS}")


@dataclass(frozen=True)
class Ran:
    """What a ``jixiao`` call left behind, in the shape of ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


def run_jixiao(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Ran:
    """The ``jixiao`` command run in this process through Click's test runner (a new interpreter costs
    seconds of imports per call). An exception the command did not turn into a message is raised here,
    so it fails the test as a traceback would fail the user; ``run_jixiao_process`` keeps a few calls
    honest about the real entry point."""
    from typer.testing import CliRunner

    from jixiao.cli.main import app

    runner = CliRunner()
    with contextlib.chdir(cwd or Path.cwd()):
        result = runner.invoke(app, list(args), env={"COLUMNS": "300", **(env or {})}, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


def run_jixiao_process(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The ``jixiao`` command as a user runs it: a real subprocess, wide enough for Rich not to wrap."""
    return subprocess.run(
        [sys.executable, "-m", "jixiao", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "300", **(env or {})},
    )


@pytest.fixture(scope="session")
def national() -> Scheme:
    return load_scheme("national-2020")


def D(value: str | int) -> Decimal:
    return Decimal(str(value))


def indicator(**fields: Any) -> Indicator:
    base: dict[str, Any] = {
        "level1": "产出指标",
        "level2": "数量指标",
        "name": "测试指标",
        "operator": "≥",
        "unit": "个",
    }
    base.update(fields)
    return Indicator.model_validate(base)


def evaluation(indicators: list[Indicator], **fields: Any) -> Evaluation:
    base: dict[str, Any] = {
        "kind": "项目支出",
        "year": 2024,
        "department": "某部门",
        "unit": "某单位",
        "project": "某项目",
        "funds": {"total": {"initial": "100", "budget": "100", "executed": "100"}},
        "indicators": indicators,
    }
    base.update(fields)
    return Evaluation.model_validate(base)


def standard_indicators(**overrides: Any) -> list[Indicator]:
    """Weights 50/30/10, all met: the smallest evaluation that passes national-2020 cleanly."""
    return [
        indicator(name="产出一", target="10", actual="10", weight="50", **overrides),
        indicator(
            level1="效益指标", level2="社会效益指标", name="效益一", target="10", actual="10", weight="30"
        ),
        indicator(
            level1="满意度指标",
            level2="服务对象满意度指标",
            name="满意度",
            target="90",
            actual="95",
            unit="%",
            weight="10",
        ),
    ]


def insert_report(
    connection: Any,
    number: int,
    unit_id: int | None,
    year: int | None,
    score: str | None,
    grade: str | None,
    rate: str | None,
    findings: list[tuple[str, str]],
) -> int:
    """A stored report with only the columns the statistics read, and its findings (code, severity)."""
    from sqlalchemy import insert

    from jixiao.store.models import Finding, Report

    report_id: int = connection.execute(
        insert(Report)
        .values(
            file_hash=f"{number:064d}",
            file_name=f"{number}.txt",
            format="text",
            scheme="national-2020",
            unit_id=unit_id,
            year=year,
            score=D(score) if score else None,
            grade=grade,
            execution_rate=D(rate) if rate else None,
            facts={},
            text="",
        )
        .returning(Report.id)
    ).scalar_one()
    for code, severity in findings:
        connection.execute(
            insert(Finding).values(report_id=report_id, code=code, severity=severity, message="…", lines=[])
        )
    return report_id


# Database fixtures (SQLite and PostgreSQL) for the storage tests.
pytest_plugins = ("tests.database",)
