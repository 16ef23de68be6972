"""Server-side sessions: the signed cookie carries a random token, the ``sessions`` table its sha256, the
user and the expiry. Signing out deletes the row, so a cookie copied before is worthless afterwards; a
new token on every sign-in (no fixation); every session of a user ends when their password changes or
their account is disabled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import Connection, delete, insert, select

from jixiao.store.models import Unit, User, WebSession, utcnow
from jixiao.web.accounts import Account

COOKIE_KEY = "sid"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(connection: Connection, user_id: int, lifetime: dt.timedelta) -> str:
    """A new session for the user (expired ones of anyone are cleared on the way); its token."""
    now = utcnow()
    connection.execute(delete(WebSession).where(WebSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    connection.execute(
        insert(WebSession).values(
            token_hash=_digest(token), user_id=user_id, created_at=now, expires_at=now + lifetime
        )
    )
    return token


def end_session(connection: Connection, token: str) -> None:
    connection.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))


def end_sessions_of(connection: Connection, user_id: int, keep: str | None = None) -> None:
    """End every session of a user, except ``keep`` (the one changing its own password stays signed in)."""
    statement = delete(WebSession).where(WebSession.user_id == user_id)
    if keep is not None:
        statement = statement.where(WebSession.token_hash != _digest(keep))
    connection.execute(statement)


def session_account(connection: Connection, token: str) -> Account | None:
    """The account of a live session: known token, not expired, account not disabled."""
    row = connection.execute(
        select(User.id, User.username, User.role, User.unit_id, Unit.name)
        .join(WebSession, WebSession.user_id == User.id)
        .outerjoin(Unit, Unit.id == User.unit_id)
        .where(
            WebSession.token_hash == _digest(token),
            WebSession.expires_at > utcnow(),
            User.disabled.is_(False),
        )
    ).one_or_none()
    return Account(*row) if row is not None else None
