"""A report file in: reviewed (read, extracted, audited) by the batch worker's code, stored like a batch
ingest stores it, so the web interface and ``jixiao ingest`` fill the database the same way."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select

from jixiao.batch.worker import review_as_data
from jixiao.model.loading import load_scheme
from jixiao.store.models import Report
from jixiao.store.reports import FailedFile, save_report


@dataclass(frozen=True)
class Intake:
    name: str
    outcome: str  # stored, replaced, skipped (already there) or failed
    report_id: int | None = None
    reason: str = ""


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def take_report(engine: Engine, path: Path, name: str, scheme_name: str) -> Intake:
    """Review and store one report file; a file already stored is found again, not stored twice."""
    digest = file_hash(path)
    with engine.connect() as connection:
        existing = connection.scalar(select(Report.id).where(Report.file_hash == digest))
    if existing is not None:
        return Intake(name, "skipped", existing)
    reviewed = review_as_data(path, digest, load_scheme(scheme_name), scheme_name, name)
    if isinstance(reviewed, FailedFile):
        return Intake(name, "failed", reason=reviewed.reason)
    outcome = save_report(engine, reviewed)
    with engine.connect() as connection:
        report_id = connection.scalar(select(Report.id).where(Report.file_hash == digest))
    return Intake(name, outcome, report_id)
