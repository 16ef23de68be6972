"""A file of an upload in: a report reviewed (read, extracted, audited) by the batch worker's code in a
child process under the reading limits, and stored like a batch ingest stores it, so the web interface and
``jixiao ingest`` fill the database the same way; an xlsx 自评表 becomes its unit's submitted evaluation.

Nothing here runs on a request: the upload worker (``web.upload_queue``) calls it for each queued file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, select

from jixiao.batch.worker import input_error_reason, review_as_data
from jixiao.errors import InputError
from jixiao.ingest.isolated import preload, run_isolated
from jixiao.model.loading import load_scheme
from jixiao.render.xlsx_import import read_form_limited as read_xlsx_form
from jixiao.store.evaluations import save_evaluation
from jixiao.store.models import Report
from jixiao.store.reports import FailedFile, ReviewedFile, save_report
from jixiao.web.accounts import Account

preload(__name__)  # the reading children run review_file: import its extraction and audit once


@dataclass(frozen=True)
class Intake:
    outcome: str  # stored, replaced, skipped (already there), evaluation or failed
    report_id: int | None = None
    evaluation_id: int | None = None
    reason: str = ""


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def review_file(path: Path, *, digest: str, scheme_name: str, file_name: str) -> ReviewedFile | FailedFile:
    """The whole review of one file; run in a reading child, so extraction and audit are capped too."""
    return review_as_data(path, digest, load_scheme(scheme_name), scheme_name, file_name)


def take_report(engine: Engine, path: Path, name: str, scheme_name: str) -> Intake:
    """Review and store one report file; a file already stored is found again, not stored twice."""
    digest = file_hash(path)
    with engine.connect() as connection:
        existing = connection.scalar(select(Report.id).where(Report.file_hash == digest))
    if existing is not None:
        return Intake("skipped", existing)
    try:
        reviewed = run_isolated(
            partial(review_file, digest=digest, scheme_name=scheme_name, file_name=name), path
        )
    except InputError as error:  # the child died: over the memory or time cap
        return Intake("failed", reason=input_error_reason(error))
    if isinstance(reviewed, FailedFile):
        return Intake("failed", reason=reviewed.reason)
    outcome = save_report(engine, reviewed)
    with engine.connect() as connection:
        report_id = connection.scalar(select(Report.id).where(Report.file_hash == digest))
    return Intake(outcome, report_id)


def take_evaluation(engine: Engine, path: Path, account: Account) -> Intake:
    """An xlsx 自评表 sent to the bureau: stored as that unit's evaluation, already submitted."""
    from jixiao.web.routes.evaluations import score_of
    from jixiao.web.workflow import change_state

    try:
        evaluation = read_xlsx_form(path).evaluation
    except InputError as error:
        return Intake("failed", reason=input_error_reason(error))
    card = score_of(evaluation)
    if card is None:
        return Intake("failed", reason=f"评分方案“{evaluation.scheme}”不存在")
    with engine.begin() as connection:
        evaluation_id = save_evaluation(
            connection, evaluation, card, actor=account.username, user_id=account.id
        )
        change_state(connection, evaluation_id, account, status="submitted")
    return Intake("evaluation", evaluation_id=evaluation_id)
