"""A reviewer's decision on a stored finding: accepted or dismissed, by whom and why, logged."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from jixiao.store.audit_log import log_change
from jixiao.store.models import FINDING_STATUSES, Finding, utcnow

_DECISION = (Finding.status, Finding.decided_by, Finding.decision_reason)


def decide_finding(
    connection: Connection,
    finding_id: int,
    status: str,
    *,
    actor: str,
    user_id: int | None = None,
    reason: str | None = None,
) -> bool:
    """Set a finding's status; False when there is no such finding. Reopening clears the decision."""
    if status not in FINDING_STATUSES:
        raise ValueError(f"unknown finding status {status!r}")
    row = connection.execute(select(*_DECISION).where(Finding.id == finding_id)).one_or_none()
    if row is None:
        return False
    before: dict[str, Any] = dict(row._mapping)
    decided = status != "open"
    after: dict[str, Any] = {
        "status": status,
        "decided_by": user_id if decided else None,
        "decision_reason": reason if decided else None,
    }
    connection.execute(
        update(Finding)
        .where(Finding.id == finding_id)
        .values(**after, decided_at=utcnow() if decided else None)
    )
    log_change(
        connection,
        actor=actor,
        user_id=user_id,
        entity="findings",
        entity_id=finding_id,
        action="update",
        before=before,
        after=after,
    )
    return True
