"""The audit log: every change a person makes through jixiao, with the entity before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert

from jixiao.store.models import AuditLogEntry, utcnow
from jixiao.store.rows import clean


def log_change(
    connection: Connection,
    *,
    actor: str,
    entity: str,
    entity_id: int | None,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    user_id: int | None = None,
) -> None:
    """Write one entry in the caller's transaction, so a change and its record commit together."""
    connection.execute(
        insert(AuditLogEntry).values(
            at=utcnow(),
            user_id=user_id,
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=clean(before),
            after=clean(after),
        )
    )
