"""Changes people make through the web interface, each logged with before and after in the same
transaction: editing an evaluation, submitting or returning it, and the review score (复核)."""

from __future__ import annotations

from decimal import Decimal
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


def _log(
    connection: Connection, account: Account, entity: str, entity_id: int, before: Any, after: Any
) -> None:
    log_change(
        connection,
        actor=account.username,
        user_id=account.id,
        entity=entity,
        entity_id=entity_id,
        action="update",
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
    _log(connection, account, "evaluations", evaluation_id, before, data)


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
    _log(connection, account, "evaluations", evaluation_id, before, {**before, **values})


def set_report_review_score(
    connection: Connection, report_id: int, score: Decimal | None, account: Account
) -> None:
    before = connection.scalar(select(Report.review_score).where(Report.id == report_id))
    connection.execute(update(Report).where(Report.id == report_id).values(review_score=score))
    _log(connection, account, "reports", report_id, {"review_score": before}, {"review_score": score})
