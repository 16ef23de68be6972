"""Writing reviewed report files: each file's report and findings in one transaction, or its failure.

The input is plain data (what a worker process sends back), so storing needs neither the reader nor the
auditor. A report is identified by the sha256 of its bytes: the same content under two names is one
report, and storing it again is a no-op unless it is forced, in which case the row keeps its id and its
findings are replaced.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, cast

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from jixiao.store.models import Finding, IngestFailure, Report, Unit, fits_exact, utcnow

Outcome = Literal["stored", "replaced", "skipped"]

_LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class ReviewedFile:
    """One file read, extracted and audited: the extracted report and findings as ``jsonout.to_plain``
    data (Decimals kept), the text as the reader numbered it."""

    file_hash: str
    file_name: str
    format: str
    encoding: str | None
    scheme: str
    facts: dict[str, Any]
    text: str
    findings: list[dict[str, Any]]


@dataclass(frozen=True)
class FailedFile:
    """A file that could not be stored, and why; no hash when its bytes could not even be read."""

    file_hash: str | None
    file_name: str
    reason: str


def stored_hashes(connection: Connection, hashes: Collection[str]) -> set[str]:
    """Which of these content hashes are stored already, asked in chunks the database accepts."""
    found: set[str] = set()
    ordered = list(hashes)
    for start in range(0, len(ordered), _LOOKUP_CHUNK):
        chunk = ordered[start : start + _LOOKUP_CHUNK]
        found.update(connection.scalars(select(Report.file_hash).where(Report.file_hash.in_(chunk))))
    return found


# Statements built once with bound parameters, so SQLAlchemy compiles each one once, not per file.
_reports, _findings, _failures = (cast(Table, m.__table__) for m in (Report, Finding, IngestFailure))
_UNIT_ID = select(Unit.id).where(Unit.name == bindparam("name"))
_REPORT_ID = select(_reports.c.id).where(_reports.c.file_hash == bindparam("hash"))
_INSERT_REPORT = insert(_reports).returning(_reports.c.id)
_UPDATE_REPORT = update(_reports).where(_reports.c.id == bindparam("report_id"))
_DELETE_FINDINGS = delete(_findings).where(_findings.c.report_id == bindparam("report_id"))
_INSERT_FINDINGS = insert(_findings)
_CLEAR_FAILURE = delete(_failures).where(
    (_failures.c.file_hash == bindparam("hash")) | (_failures.c.file_name == bindparam("name"))
)


def _dialect_insert(connection: Connection) -> Any:
    return postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert


def unit_id(connection: Connection, name: str) -> int:
    """The unit's id, created on first sight; safe when another run creates it at the same moment."""
    found = connection.scalar(_UNIT_ID, {"name": name})
    if found is not None:
        return int(found)
    new_unit = _dialect_insert(connection)(Unit).values(name=name)
    connection.execute(new_unit.on_conflict_do_nothing(index_elements=["name"]))
    return int(connection.execute(_UNIT_ID, {"name": name}).scalar_one())


def save_report(engine: Engine, reviewed: ReviewedFile, *, force: bool = False) -> Outcome:
    """Store one reviewed file and its findings in a single transaction, and clear any earlier failure."""
    try:
        with engine.begin() as connection:
            return _save(connection, reviewed, force)
    except IntegrityError:
        with engine.connect() as connection:
            if stored_hashes(connection, [reviewed.file_hash]):
                return "skipped"  # another run stored the same content first
        raise


def _save(connection: Connection, reviewed: ReviewedFile, force: bool) -> Outcome:
    existing = connection.scalar(_REPORT_ID, {"hash": reviewed.file_hash})
    if existing is not None and not force:
        return "skipped"
    # The facts go to JSON whole, NULs and all: the engine's serializer replaces them (store.db).
    facts = reviewed.facts
    unit_name = clean(facts.get("unit"))
    file_name = clean(reviewed.file_name)
    values = {
        "file_hash": reviewed.file_hash,
        "file_name": file_name,
        "format": reviewed.format,
        "encoding": reviewed.encoding,
        "scheme": reviewed.scheme,
        "unit_id": unit_id(connection, unit_name) if unit_name else None,
        **clean(summary(facts)),
        "facts": facts,
        "text": clean(reviewed.text),
        "ingested_at": utcnow(),
    }
    if existing is None:
        report_id = connection.execute(_INSERT_REPORT, values).scalar_one()
    else:
        report_id = existing
        connection.execute(_UPDATE_REPORT, {**values, "report_id": existing})
        connection.execute(_DELETE_FINDINGS, {"report_id": existing})
    if reviewed.findings:
        connection.execute(_INSERT_FINDINGS, [finding_row(report_id, clean(f)) for f in reviewed.findings])
    connection.execute(_CLEAR_FAILURE, {"hash": reviewed.file_hash, "name": file_name})
    return "stored" if existing is None else "replaced"


def save_failure(engine: Engine, failed: FailedFile) -> None:
    """Record why a file could not be stored; the latest reason for a path wins."""
    row = {"file_hash": failed.file_hash, "reason": clean(failed.reason), "failed_at": utcnow()}
    with engine.begin() as connection:
        statement = _dialect_insert(connection)(IngestFailure).values(
            file_name=clean(failed.file_name), **row
        )
        connection.execute(statement.on_conflict_do_update(index_elements=["file_name"], set_=row))


def summary(facts: Mapping[str, Any]) -> dict[str, Any]:
    """The extracted figures that get their own columns for SQL aggregation. A figure too wide for an
    exact column (a misread amount of ten digits before the point) stays only in ``facts``."""
    budget = facts.get("budget") or {}
    return {
        "kind": facts.get("kind"),
        "year": facts.get("year"),
        "project": facts.get("project"),
        "grade": facts.get("grade"),
        "score": _exact_or_none(facts.get("score")),
        "budget_initial": _exact_or_none(budget.get("initial")),
        "budget_adjusted": _exact_or_none(budget.get("adjusted")),
        "executed": _exact_or_none(budget.get("executed")),
        "execution_rate": _exact_or_none(budget.get("execution_rate")),
    }


def _exact_or_none(value: Any) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(value)
    return number if fits_exact(number) else None


def finding_row(report_id: int, finding: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "code": finding["code"],
        "severity": finding["severity"],
        "message": finding["message"],
        "line": finding.get("line"),
        "lines": list(finding.get("lines") or []),
        "evidence": finding.get("evidence") or "",
        "computation": finding.get("computation") or "",
        "status": "open",
    }


def clean(value: Any) -> Any:
    """NUL characters replaced by U+FFFD, in strings at any depth: PostgreSQL's text and jsonb cannot
    hold NUL, and replacing it one for one keeps every column offset the extractor recorded."""
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    return value
