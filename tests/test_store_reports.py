"""Storing reviewed files: exact figures, one transaction per file, idempotence, failures."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from jixiao.audit.findings import Finding as AuditFinding
from jixiao.extract.model import Budget, ExtractedReport, Fact
from jixiao.jsonout import to_plain
from jixiao.store.models import Finding, IngestFailure, Report, Unit
from jixiao.store.reports import save_failure, save_prepared, save_report, stored_hashes
from jixiao.store.rows import FailedFile, ReviewedFile, prepare


def digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def extracted(**fields: Any) -> ExtractedReport:
    base: dict[str, Any] = {
        "file": "/reports/a.txt",
        "format": "text",
        "kind": "部门整体支出",
        "year": 2023,
        "unit": "某县网信办",
        "score": Decimal("95.5"),
        "grade": "优",
        "budget": Budget(
            initial=Decimal("230.85"),
            adjusted=Decimal("230.85"),
            executed=Decimal("230.65"),
            execution_rate=Decimal("99.91"),
        ),
        "facts": [
            Fact(
                field="budget.adjusted",
                value=Decimal("230.85"),
                unit="万元",
                line=3,
                start=10,
                end=16,
                end_line=3,
                text="230.85",
            )
        ],
    }
    base.update(fields)
    return ExtractedReport(**base)


def finding(code: str = "JX101", severity: str = "error", line: int = 3) -> AuditFinding:
    return AuditFinding(
        code=code,
        severity=severity,  # type: ignore[arg-type]
        message="执行率与金额不符",
        line=line,
        lines=[line, line + 2],
        evidence=f"第{line}行：……",
        computation="230.65 ÷ 230.85 = 99.91%",
    )


def reviewed(name: str = "a", report: ExtractedReport | None = None, findings: int = 2) -> ReviewedFile:
    report = report or extracted()
    return ReviewedFile(
        file_hash=digest(name),
        file_name=f"/reports/{name}.txt",
        format="text",
        encoding="utf-8",
        scheme="national-2020",
        facts=to_plain(report),
        text="第一行\n第二行\n本部门申请预算资金230.85万元",
        findings=[to_plain(finding(line=n + 1)) for n in range(findings)],
    )


def count(engine: Engine, model: type[Any]) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(model)) or 0)


def test_stores_report_with_exact_figures_and_findings(engine: Engine) -> None:
    assert save_report(engine, reviewed()) == "stored"
    with engine.connect() as connection:
        row = connection.execute(select(Report)).one()
        unit = connection.scalar(select(Unit.name).where(Unit.id == row.unit_id))
        findings = connection.execute(select(Finding).order_by(Finding.id)).all()
    assert (row.kind, row.year, unit, row.grade) == ("部门整体支出", 2023, "某县网信办", "优")
    assert row.score == Decimal("95.5")
    assert (row.budget_adjusted, row.executed, row.execution_rate) == (
        Decimal("230.85"),
        Decimal("230.65"),
        Decimal("99.91"),
    )
    assert str(row.executed) == "230.650000"
    assert row.text.splitlines()[2] == "本部门申请预算资金230.85万元"
    assert [(f.code, f.severity, f.line, f.lines, f.status) for f in findings] == [
        ("JX101", "error", 1, [1, 3], "open"),
        ("JX101", "error", 2, [2, 4], "open"),
    ]
    assert findings[0].computation == "230.65 ÷ 230.85 = 99.91%"


def test_facts_round_trip_exactly(engine: Engine) -> None:
    report = extracted(score=Decimal("89.975"), income={"财政拨款收入": Decimal("1234.5678")})
    save_report(engine, reviewed(report=report))
    with engine.connect() as connection:
        facts = connection.scalar(select(Report.facts))
    assert ExtractedReport.model_validate(facts) == report
    assert facts["income"]["财政拨款收入"] == Decimal("1234.5678")
    assert facts["facts"][0]["value"] == Decimal("230.85")


@pytest.mark.parametrize("value", ["999999999.999999", "0.000001", "-123456789.123456", "12345678.9", "100"])
def test_decimal_columns_are_exact_at_the_edges(engine: Engine, value: str) -> None:
    save_report(engine, reviewed(report=extracted(budget=Budget(executed=Decimal(value)))))
    with engine.connect() as connection:
        assert connection.scalar(select(Report.executed)) == Decimal(value)


def test_too_wide_figure_stays_only_in_facts(engine: Engine) -> None:
    wide = Decimal("20201010000.5")  # eleven digits before the point: a misread, not an amount
    save_report(engine, reviewed(report=extracted(budget=Budget(adjusted=wide, executed=Decimal("5")))))
    with engine.connect() as connection:
        row = connection.execute(select(Report.budget_adjusted, Report.executed, Report.facts)).one()
    assert row.budget_adjusted is None
    assert row.executed == Decimal("5")
    assert row.facts["budget"]["adjusted"] == wide


def test_same_content_is_skipped_and_force_replaces_in_place(engine: Engine) -> None:
    assert save_report(engine, reviewed(findings=3)) == "stored"
    assert save_report(engine, reviewed(findings=1)) == "skipped"
    assert count(engine, Finding) == 3
    with engine.connect() as connection:
        first_id = connection.scalar(select(Report.id))
    changed = extracted(score=Decimal("88"), grade="良")
    assert save_report(engine, reviewed(report=changed, findings=1), force=True) == "replaced"
    with engine.connect() as connection:
        row = connection.execute(select(Report.id, Report.score, Report.grade)).one()
    assert (row.id, row.score, row.grade) == (first_id, Decimal("88"), "良")
    assert count(engine, Finding) == 1
    assert count(engine, Report) == 1


def test_a_failed_write_leaves_nothing_behind(engine: Engine) -> None:
    bad = reviewed()
    bad.findings.append({**bad.findings[0], "severity": "fatal"})  # violates the severity check
    with pytest.raises(IntegrityError):
        save_report(engine, bad)
    assert (count(engine, Report), count(engine, Finding), count(engine, Unit)) == (0, 0, 0)


def test_failures_are_recorded_and_cleared_by_a_later_success(engine: Engine) -> None:
    save_failure(engine, FailedFile(None, "/reports/a.txt", "无法读取文件"))
    save_failure(engine, FailedFile(digest("old"), "/reports/a.txt", "文件已加密"))
    save_failure(engine, FailedFile(digest("b"), "/reports/moved-b.txt", "文件为空"))
    with engine.connect() as connection:
        rows = connection.execute(
            select(IngestFailure.file_name, IngestFailure.reason).order_by(IngestFailure.id)
        )
        assert [tuple(r) for r in rows] == [
            ("/reports/a.txt", "文件已加密"),
            ("/reports/moved-b.txt", "文件为空"),
        ]
    save_report(engine, reviewed("a"))  # same path, now readable
    save_report(engine, reviewed("b"))  # same content, under another name
    assert count(engine, IngestFailure) == 0


def test_units_are_shared_and_reports_without_unit_allowed(engine: Engine) -> None:
    save_report(engine, reviewed("a"))
    save_report(engine, reviewed("b"))
    save_report(engine, reviewed("c", report=extracted(unit=None)))
    assert count(engine, Unit) == 1
    with engine.connect() as connection:
        units = connection.scalars(select(Report.unit_id).order_by(Report.id)).all()
    assert units[0] == units[1] is not None
    assert units[2] is None


def test_a_run_remembers_unit_ids_only_from_committed_transactions(engine: Engine) -> None:
    units: dict[str, int] = {}
    bad = reviewed("bad", report=extracted(unit="新单位"))
    bad.findings.append({**bad.findings[0], "severity": "fatal"})  # violates the severity check
    with engine.connect() as connection:
        with pytest.raises(IntegrityError):
            save_prepared(connection, prepare(bad), units=units)
        assert units == {}  # the unit was created in the rolled-back transaction: not remembered
        assert save_prepared(connection, prepare(reviewed("a")), units=units) == "stored"
        assert save_prepared(connection, prepare(reviewed("a")), units=units) == "skipped"
        assert save_prepared(connection, prepare(reviewed("b")), units=units) == "stored"
        stored_units = {name: id_ for name, id_ in connection.execute(select(Unit.name, Unit.id))}
        report_units = connection.scalars(select(Report.unit_id).order_by(Report.id)).all()
        connection.rollback()
    assert units == stored_units == {"某县网信办": report_units[0]}
    assert report_units == [report_units[0]] * 2


def test_nul_characters_are_stored_as_replacement_characters(engine: Engine) -> None:
    item = reviewed()
    item = ReviewedFile(**{**item.__dict__, "text": "a\x00b", "facts": {**item.facts, "project": "x\x00"}})
    save_report(engine, item)
    with engine.connect() as connection:
        row = connection.execute(select(Report.text, Report.project, Report.facts)).one()
    assert (row.text, row.project, row.facts["project"]) == ("a\ufffdb", "x\ufffd", "x\ufffd")


def test_stored_hashes_asks_in_chunks(engine: Engine) -> None:
    for name in ("a", "b"):
        save_report(engine, reviewed(name, findings=0))
    probe = [digest(str(n)) for n in range(1200)] + [digest("b"), digest("a")]
    with engine.connect() as connection:
        assert stored_hashes(connection, probe) == {digest("a"), digest("b")}


def test_deleting_a_report_deletes_its_findings(engine: Engine) -> None:
    save_report(engine, reviewed("a"))
    save_report(engine, reviewed("b"))
    with engine.begin() as connection:
        connection.execute(Report.__table__.delete().where(Report.file_hash == digest("a")))
    assert count(engine, Finding) == 2


def test_json_columns_keep_exact_decimals_and_take_the_slow_path_when_needed(engine: Engine) -> None:
    """The fast encoder writes what jsonout would: exact decimals; NUL (even in a key) replaced, a
    non-finite decimal as null, a pydantic model as its fields."""
    item = reviewed()
    odd = {
        "exact": [Decimal("0.000001"), Decimal("123456789.123456"), Decimal("-0.10")],
        "nul\x00key": "v",
        "not_a_number": Decimal("NaN"),
        "model": finding(),
    }
    save_report(engine, ReviewedFile(**{**item.__dict__, "facts": {**item.facts, "odd": odd}}))
    with engine.connect() as connection:
        facts = connection.execute(select(Report.facts)).scalar_one()
    stored = facts["odd"]
    assert stored["exact"] == [Decimal("0.000001"), Decimal("123456789.123456"), Decimal("-0.10")]
    assert [str(value) for value in stored["exact"]] == ["0.000001", "123456789.123456", "-0.10"]
    assert stored["nul\ufffdkey"] == "v"
    assert stored["not_a_number"] is None
    assert stored["model"]["code"] == "JX101"
    assert stored["model"]["lines"] == [3, 5]
    assert facts["budget"]["execution_rate"] == Decimal("99.91")
