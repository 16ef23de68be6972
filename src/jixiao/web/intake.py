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

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import aliased

from jixiao.batch.worker import input_error_reason, review_as_data
from jixiao.errors import InputError
from jixiao.ingest.isolated import preload, run_isolated
from jixiao.model.loading import load_scheme
from jixiao.render.xlsx_import import read_form_limited as read_xlsx_form
from jixiao.store.evaluations import save_evaluation
from jixiao.store.models import Report
from jixiao.store.reports import save_report
from jixiao.store.rows import FailedFile, ReviewedFile
from jixiao.store.units import find_unit
from jixiao.web.accounts import Account

preload(__name__)  # the reading children run review_file: import its extraction and audit once


@dataclass(frozen=True)
class Intake:
    outcome: (
        str  # stored, replaced, version (of an earlier report), skipped (already there), evaluation, failed
    )
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
    earlier = earlier_version(engine, reviewed)
    outcome = save_report(engine, reviewed)
    with engine.begin() as connection:
        report_id = connection.scalar(select(Report.id).where(Report.file_hash == digest))
        if earlier is None:
            return Intake(outcome, report_id)
        connection.execute(update(Report).where(Report.id == report_id).values(previous_id=earlier[0]))
    share = int(earlier[1] * 100)
    return Intake(
        "version",
        report_id,
        reason=f"与已有报告（编号 {earlier[0]}）单位、年度、类型相同，文字 {share}% 相同",
    )


NEAR_DUPLICATE = 0.9  # share of the text's 5-character pieces two versions of one report have in common
_SHINGLE = 5


def _shingles(text: str) -> set[str]:
    compact = "".join(text.split())
    return {compact[i : i + _SHINGLE] for i in range(max(len(compact) - _SHINGLE + 1, 1))}


def text_similarity(first: str, second: str) -> float:
    """The Jaccard similarity of the texts' 5-character pieces (spacing ignored): 1 for the same text,
    near 1 for a re-upload with a few words edited, low for another report of the same template. Linear in
    the texts' length, unlike an edit distance."""
    a, b = _shingles(first), _shingles(second)
    return len(a & b) / len(a | b) if a or b else 1.0


def earlier_version(engine: Engine, reviewed: ReviewedFile) -> tuple[int, float] | None:
    """The stored report this one is a new version of: the same unit, year and kind, not itself replaced
    by a later version, with nearly the same text (``NEAR_DUPLICATE``); its id and the similarity."""
    facts = reviewed.facts
    unit, year, kind = facts.get("unit"), facts.get("year"), facts.get("kind")
    if not unit or year is None or not kind:
        return None
    later = aliased(Report)
    with engine.begin() as connection:
        found = find_unit(connection, unit)
        if found is None:
            return None
        candidates = connection.execute(
            select(Report.id, Report.text).where(
                Report.unit_id == found,
                Report.year == year,
                Report.kind == kind,
                ~select(later.id).where(later.previous_id == Report.id).exists(),
            )
        ).all()
    scored = [(row.id, text_similarity(reviewed.text, row.text)) for row in candidates]
    best = max(scored, key=lambda pair: pair[1], default=None)
    return best if best is not None and best[1] >= NEAR_DUPLICATE else None


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
