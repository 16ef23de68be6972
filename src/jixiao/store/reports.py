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
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, insert, select, update
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


def unit_id(connection: Connection, name: str) -> int:
    """The unit's id, created on first sight; safe when another run creates it at the same moment."""
    found = connection.scalar(select(Unit.id).where(Unit.name == name))
    if found is not None:
        return found
    dialect_insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    connection.execute(dialect_insert(Unit).values(name=name).on_conflict_do_nothing(index_elements=["name"]))
    return connection.execute(select(Unit.id).where(Unit.name == name)).scalar_one()


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
    existing = connection.scalar(select(Report.id).where(Report.file_hash == reviewed.file_hash))
    if existing is not None and not force:
        return "skipped"
    facts = clean(reviewed.facts)
    unit_name = facts.get("unit")
    values = {
        "file_hash": reviewed.file_hash,
        "file_name": clean(reviewed.file_name),
        "format": reviewed.format,
        "encoding": reviewed.encoding,
        "scheme": reviewed.scheme,
        "unit_id": unit_id(connection, unit_name) if unit_name else None,
        **summary(facts),
        "facts": facts,
        "text": clean(reviewed.text),
        "ingested_at": utcnow(),
    }
    if existing is None:
        report_id = connection.execute(insert(Report).values(**values).returning(Report.id)).scalar_one()
    else:
        report_id = existing
        connection.execute(update(Report).where(Report.id == existing).values(**values))
        connection.execute(delete(Finding).where(Finding.report_id == existing))
    if reviewed.findings:
        connection.execute(insert(Finding), [_finding_row(report_id, clean(f)) for f in reviewed.findings])
    connection.execute(
        delete(IngestFailure).where(
            (IngestFailure.file_hash == reviewed.file_hash) | (IngestFailure.file_name == values["file_name"])
        )
    )
    return "stored" if existing is None else "replaced"


def save_failure(engine: Engine, failed: FailedFile) -> None:
    """Record why a file could not be stored; the latest reason for a path wins."""
    row = {"file_hash": failed.file_hash, "reason": clean(failed.reason), "failed_at": utcnow()}
    dialect_insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
    statement = dialect_insert(IngestFailure).values(file_name=clean(failed.file_name), **row)
    with engine.begin() as connection:
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


def _finding_row(report_id: int, finding: Mapping[str, Any]) -> dict[str, Any]:
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
