"""Evaluations composed in jixiao, stored whole with the score card the engine gave them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, insert, select

from jixiao.jsonout import to_plain
from jixiao.model.evaluation import Evaluation
from jixiao.scoring.card import ScoreCard
from jixiao.store.audit_log import log_change
from jixiao.store.models import StoredEvaluation, StoredScoreCard, utcnow
from jixiao.store.reports import unit_id


def save_evaluation(
    connection: Connection, evaluation: Evaluation, card: ScoreCard, *, actor: str, user_id: int | None = None
) -> int:
    """Store a new evaluation and its score card, and log who created it; returns the evaluation's id."""
    data = to_plain(evaluation)
    now = utcnow()
    evaluation_id = connection.execute(
        insert(StoredEvaluation)
        .values(
            kind=evaluation.kind.value,
            year=evaluation.year,
            unit_id=unit_id(connection, evaluation.unit),
            department=evaluation.department,
            project=evaluation.project,
            data=data,
            created_by=user_id,
            created_at=now,
            updated_at=now,
        )
        .returning(StoredEvaluation.id)
    ).scalar_one()
    add_score_card(connection, evaluation_id, card, now)
    log_change(
        connection,
        actor=actor,
        user_id=user_id,
        entity="evaluations",
        entity_id=evaluation_id,
        action="create",
        before=None,
        after=data,
    )
    return evaluation_id


def add_score_card(connection: Connection, evaluation_id: int, card: ScoreCard, at: dt.datetime) -> None:
    """Store a score card for the evaluation; the latest one is its current score, earlier ones history."""
    connection.execute(
        insert(StoredScoreCard).values(
            evaluation_id=evaluation_id,
            scheme=card.scheme,
            total=card.total,
            total_points=card.total_points,
            grade=card.grade,
            execution_rate=card.execution.rate,
            data=to_plain(card),
            scored_at=at,
        )
    )


def load_evaluation(connection: Connection, evaluation_id: int) -> tuple[Evaluation, ScoreCard] | None:
    """The evaluation as composed and its latest score card, or None when there is no such id."""
    data = connection.scalar(select(StoredEvaluation.data).where(StoredEvaluation.id == evaluation_id))
    if data is None:
        return None
    card = connection.execute(
        select(StoredScoreCard.data)
        .where(StoredScoreCard.evaluation_id == evaluation_id)
        .order_by(StoredScoreCard.id.desc())
        .limit(1)
    ).scalar_one()
    return Evaluation.model_validate(data), ScoreCard.model_validate(card)
