"""Changes people make through the web interface, each logged with before and after in the same
transaction: editing an evaluation, submitting or returning it, and the review score (复核)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from jixiao.jsonout import to_plain
from jixiao.model.evaluation import Evaluation
from jixiao.scoring.card import ScoreCard
from jixiao.store.audit_log import log_change
from jixiao.store.evaluations import add_score_card
from jixiao.store.models import Report, StoredEvaluation, utcnow
from jixiao.web.accounts import Account

_STATE = (StoredEvaluation.status, StoredEvaluation.return_comment, StoredEvaluation.review_score)


def log_by(
    connection: Connection,
    account: Account,
    entity: str,
    entity_id: int,
    before: Any,
    after: Any,
    action: str = "update",
) -> None:
    """A change the signed-in account made, in the change log (the caller's transaction)."""
    log_change(
        connection,
        actor=account.username,
        user_id=account.id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        before=before,
        after=after,
    )


def update_evaluation(
    connection: Connection, evaluation_id: int, evaluation: Evaluation, card: ScoreCard, account: Account
) -> None:
    """Replace the evaluation's content and add its new score card (earlier cards stay as history)."""
    before = connection.scalar(select(StoredEvaluation.data).where(StoredEvaluation.id == evaluation_id))
    data = to_plain(evaluation)
    now = utcnow()
    connection.execute(
        update(StoredEvaluation)
        .where(StoredEvaluation.id == evaluation_id)
        .values(
            kind=evaluation.kind.value,
            year=evaluation.year,
            department=evaluation.department,
            project=evaluation.project,
            data=data,
            updated_at=now,
        )
    )
    add_score_card(connection, evaluation_id, card, now)
    log_by(connection, account, "evaluations", evaluation_id, before, data)


def change_state(connection: Connection, evaluation_id: int, account: Account, **values: Any) -> None:
    """Set status, return comment or review score, logging the three before and after."""
    before = dict(
        connection.execute(select(*_STATE).where(StoredEvaluation.id == evaluation_id)).one()._mapping
    )
    extra = {"submitted_at": utcnow()} if values.get("status") == "submitted" else {}
    connection.execute(
        update(StoredEvaluation)
        .where(StoredEvaluation.id == evaluation_id)
        .values(**values, **extra, updated_at=utcnow())
    )
    log_by(connection, account, "evaluations", evaluation_id, before, {**before, **values})


_REVIEW = (Report.review_status, Report.review_comment, Report.review_score)


def change_report_review(connection: Connection, report_id: int, account: Account, **values: Any) -> None:
    """Set a report's review status, 复核意见 or review score, logging the three before and after. Any
    work on a report still waiting (待审核) starts its review (审核中); finishing or returning it records
    who and when."""
    before = dict(connection.execute(select(*_REVIEW).where(Report.id == report_id)).one()._mapping)
    if before["review_status"] == "pending" and "review_status" not in values:
        values["review_status"] = "in_review"
    extra: dict[str, Any] = {}
    if values.get("review_status") in ("done", "returned"):
        extra = {"reviewed_by": account.id, "reviewed_at": utcnow()}
    connection.execute(update(Report).where(Report.id == report_id).values(**values, **extra))
    log_by(connection, account, "reports", report_id, before, {**before, **values})


def start_review(connection: Connection, report_id: int, account: Account) -> None:
    """A finding decided on a report still waiting: its review has started (审核中)."""
    status = connection.scalar(select(Report.review_status).where(Report.id == report_id))
    if status == "pending":
        change_report_review(connection, report_id, account, review_status="in_review")
