"""Composed evaluations with their score cards, reviewers' decisions on findings, and the audit log."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from jixiao.model.evaluation import Evaluation
from jixiao.model.loading import load_evaluation as load_evaluation_file
from jixiao.model.loading import load_scheme
from jixiao.scoring import score
from jixiao.store.evaluations import load_evaluation, save_evaluation
from jixiao.store.findings import decide_finding
from jixiao.store.models import AuditLogEntry, Finding, StoredScoreCard, User
from jixiao.store.reports import save_report
from tests.conftest import EXAMPLES
from tests.test_store_reports import reviewed


def test_evaluation_and_score_card_round_trip(engine: Engine) -> None:
    evaluation = load_evaluation_file(EXAMPLES / "003-project-sanmenxia-2021.yaml")
    card = score(evaluation, load_scheme("national-2020"))
    with engine.begin() as connection:
        evaluation_id = save_evaluation(connection, evaluation, card, actor="admin")
    with engine.connect() as connection:
        loaded = load_evaluation(connection, evaluation_id)
        stored = connection.execute(select(StoredScoreCard)).one()
        log = connection.execute(select(AuditLogEntry)).one()
        assert load_evaluation(connection, evaluation_id + 1) is None
    assert loaded == (evaluation, card)
    assert (stored.total, stored.grade) == (card.total, card.grade)
    assert stored.execution_rate == card.execution.rate
    assert (log.actor, log.entity, log.entity_id, log.action, log.before) == (
        "admin",
        "evaluations",
        evaluation_id,
        "create",
        None,
    )
    assert Evaluation.model_validate(log.after) == evaluation
    assert log.after["funds"]["total"]["executed"] == Decimal("98.69")


def test_finding_decision_is_logged_with_before_and_after(engine: Engine) -> None:
    save_report(engine, reviewed())
    with engine.begin() as connection:
        user_id = connection.execute(
            insert(User).values(username="li", password_hash="x", role="reviewer").returning(User.id)
        ).scalar_one()
        finding_id = connection.scalar(select(Finding.id).order_by(Finding.id).limit(1))
        assert finding_id is not None
        assert decide_finding(
            connection, finding_id, "dismissed", actor="li", user_id=user_id, reason="报告另附说明"
        )
        assert not decide_finding(connection, finding_id + 100, "accepted", actor="li")
    with engine.connect() as connection:
        row = connection.execute(select(Finding).where(Finding.id == finding_id)).one()
        log = connection.execute(select(AuditLogEntry)).one()
    assert (row.status, row.decided_by, row.decision_reason) == ("dismissed", user_id, "报告另附说明")
    assert row.decided_at is not None
    assert log.before == {"status": "open", "decided_by": None, "decision_reason": None}
    assert log.after == {"status": "dismissed", "decided_by": user_id, "decision_reason": "报告另附说明"}

    with engine.begin() as connection:
        decide_finding(connection, finding_id, "open", actor="li", user_id=user_id)
    with engine.connect() as connection:
        row = connection.execute(select(Finding).where(Finding.id == finding_id)).one()
    assert (row.status, row.decided_by, row.decision_reason, row.decided_at) == ("open", None, None, None)


def test_unknown_status_and_role_are_refused(engine: Engine) -> None:
    with engine.begin() as connection, pytest.raises(ValueError):
        decide_finding(connection, 1, "maybe", actor="li")
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert(User).values(username="x", password_hash="x", role="owner"))
