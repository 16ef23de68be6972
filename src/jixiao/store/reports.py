"""Writing reviewed report files: each file's report and findings in one transaction, or its failure.

The input is plain data, so storing needs neither the reader nor the auditor: a reviewed file, or the
rows a worker process prepared from one (``store.rows.prepare``), which is all an ingest run's parent
has to write. A report is identified by the sha256 of its bytes: the same content under two names is one
report, and storing it again is a no-op unless it is forced, in which case the row keeps its id and its
findings are replaced.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Literal, cast

from sqlalchemy import Connection, Engine, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from jixiao.store.models import Finding, IngestFailure, Report, Unit, utcnow
from jixiao.store.rows import FailedFile, PreparedFile, ReviewedFile, clean, prepare
from jixiao.store.units import find_unit

Outcome = Literal["stored", "replaced", "skipped"]

_LOOKUP_CHUNK = 500


def stored_hashes(connection: Connection, hashes: Collection[str]) -> set[str]:
    """Which of these content hashes are stored already, asked in chunks the database accepts."""
    found: set[str] = set()
    ordered = list(hashes)
    for start in range(0, len(ordered), _LOOKUP_CHUNK):
        chunk = ordered[start : start + _LOOKUP_CHUNK]
        found.update(connection.scalars(select(Report.file_hash).where(Report.file_hash.in_(chunk))))
    return found


# Statements built once with bound parameters, so SQLAlchemy compiles each one once, not per file.
_reports, _findings, _failures, _units = (
    cast(Table, m.__table__) for m in (Report, Finding, IngestFailure, Unit)
)
_UNIT_ID = select(Unit.id).where(Unit.name == bindparam("name"))
_REPORT_ID = select(_reports.c.id).where(_reports.c.file_hash == bindparam("hash"))
_INSERT_REPORT = insert(_reports).returning(_reports.c.id)
_UPDATE_REPORT = update(_reports).where(_reports.c.id == bindparam("report_id"))
_DELETE_FINDINGS = delete(_findings).where(_findings.c.report_id == bindparam("report_id"))
_INSERT_FINDINGS = insert(_findings)
_CLEAR_FAILURE = delete(_failures).where(
    (_failures.c.file_hash == bindparam("hash")) | (_failures.c.file_name == bindparam("name"))
)


_NEW_UNIT = {
    dialect: insert_for(_units).on_conflict_do_nothing(index_elements=["name"]).returning(_units.c.id)
    for dialect, insert_for in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}


def _dialect_insert(connection: Connection) -> Any:
    return postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert


def unit_id(connection: Connection, name: str) -> int:
    """The unit's id (by its name, an alias, or the written-out form: ``store.units``), created on first
    sight; safe when another run creates it at the same moment."""
    found = find_unit(connection, name)
    if found is not None:
        return found
    created = connection.scalar(_NEW_UNIT[connection.dialect.name], {"name": name})
    if created is not None:
        return int(created)
    return int(connection.execute(_UNIT_ID, {"name": name}).scalar_one())  # created meanwhile


def save_report(engine: Engine, reviewed: ReviewedFile, *, force: bool = False) -> Outcome:
    """Store one reviewed file and its findings in a single transaction, and clear any earlier failure."""
    with engine.connect() as connection:
        return save_prepared(connection, prepare(reviewed), force=force)


def save_prepared(
    connection: Connection,
    prepared: PreparedFile,
    *,
    force: bool = False,
    units: dict[str, int] | None = None,
) -> Outcome:
    """``save_report`` of a prepared file, on a connection an ingest run keeps for all its files.
    ``units`` caches unit ids by name across calls: an id enters it only once its transaction has
    committed, since a rolled-back one may have created the unit, and it is emptied when a write fails
    for any reason but a stored hash."""
    known = {} if units is None else units
    try:
        with connection.begin():
            outcome, new_unit = _save(connection, prepared, force, known)
    except IntegrityError:
        with connection.begin():
            if stored_hashes(connection, [prepared.file_hash]):
                return "skipped"  # stored before, by an earlier file or another run
        known.clear()
        raise
    if new_unit is not None and prepared.unit:
        known[prepared.unit] = new_unit
    return outcome


def _save(
    connection: Connection, prepared: PreparedFile, force: bool, units: Mapping[str, int]
) -> tuple[Outcome, int | None]:
    """The outcome and, if it had to be looked up, the unit's id. Without ``force`` a stored hash is
    not asked for: the insert breaks the unique constraint and ``save_prepared`` finds the hash."""
    existing = connection.scalar(_REPORT_ID, {"hash": prepared.file_hash}) if force else None
    new_unit = None
    unit = units.get(prepared.unit) if prepared.unit else None
    if prepared.unit and unit is None:
        unit = new_unit = unit_id(connection, prepared.unit)
    values = {**prepared.report, "unit_id": unit, "ingested_at": utcnow()}
    if existing is None:
        report_id = connection.execute(_INSERT_REPORT, values).scalar_one()
    else:
        report_id = existing
        connection.execute(_UPDATE_REPORT, {**values, "report_id": existing})
        connection.execute(_DELETE_FINDINGS, {"report_id": existing})
    if prepared.findings:
        connection.execute(_INSERT_FINDINGS, [{**row, "report_id": report_id} for row in prepared.findings])
    connection.execute(_CLEAR_FAILURE, {"hash": prepared.file_hash, "name": prepared.file_name})
    return ("stored" if existing is None else "replaced"), new_unit


def save_failure(engine: Engine, failed: FailedFile) -> None:
    """Record why a file could not be stored; the latest reason for a path wins."""
    row = {"file_hash": failed.file_hash, "reason": clean(failed.reason), "failed_at": utcnow()}
    with engine.begin() as connection:
        statement = _dialect_insert(connection)(IngestFailure).values(
            file_name=clean(failed.file_name), **row
        )
        connection.execute(statement.on_conflict_do_update(index_elements=["file_name"], set_=row))
