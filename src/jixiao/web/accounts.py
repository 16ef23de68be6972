"""Accounts: password hashing (argon2), creating users, and the rate limit on failed sign-ins.

Failed attempts are rows in ``login_attempts``, so the limit holds across restarts and across the
worker processes of one server.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select

from jixiao.store.models import ROLES, LoginAttempt, Unit, User, utcnow

MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=5)
ROLE_LABELS = {"administrator": "系统管理员", "reviewer": "财政审核人员", "unit": "单位填报人员"}

_hasher = PasswordHasher()
# Verifying against this when the user does not exist takes as long as a real check, so response
# times do not tell which user names exist.
_DUMMY_HASH = _hasher.hash("jixiao-no-such-user")


@dataclass(frozen=True)
class Account:
    """The signed-in user as the pages need it."""

    id: int
    username: str
    role: str
    unit_id: int | None
    unit_name: str | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]

    def sees_unit(self, unit_id: int | None) -> bool:
        """Reviewers and administrators see every unit; a unit user only their own."""
        return self.role != "unit" or (unit_id is not None and unit_id == self.unit_id)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(
    connection: Connection, username: str, password: str, role: str, unit_id: int | None = None
) -> int:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if role == "unit" and unit_id is None:
        raise ValueError("a unit user needs a unit")
    return connection.execute(
        insert(User)
        .values(username=username, password_hash=hash_password(password), role=role, unit_id=unit_id)
        .returning(User.id)
    ).scalar_one()


def load_account(connection: Connection, user_id: int) -> Account | None:
    row = connection.execute(
        select(User.id, User.username, User.role, User.unit_id, Unit.name)
        .outerjoin(Unit, Unit.id == User.unit_id)
        .where(User.id == user_id)
    ).one_or_none()
    return Account(*row) if row is not None else None


def authenticate(connection: Connection, username: str, password: str) -> int | None:
    """The user's id when the password is right, else None."""
    row = connection.execute(
        select(User.id, User.password_hash).where(User.username == username)
    ).one_or_none()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return row.id if row else None


def recent_failures(connection: Connection, username: str, address: str, now: dt.datetime) -> int:
    return connection.execute(
        select(func.count())
        .select_from(LoginAttempt)
        .where(
            LoginAttempt.username == username,
            LoginAttempt.address == address,
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.at > now - WINDOW,
        )
    ).scalar_one()


def record_attempt(connection: Connection, username: str, address: str, succeeded: bool) -> None:
    """Keep the attempt; a success clears the failures of that name and address, and old rows go."""
    now = utcnow()
    if succeeded:
        connection.execute(
            delete(LoginAttempt).where(LoginAttempt.username == username, LoginAttempt.address == address)
        )
    connection.execute(delete(LoginAttempt).where(LoginAttempt.at < now - WINDOW))
    connection.execute(
        insert(LoginAttempt).values(username=username, address=address, succeeded=succeeded, at=now)
    )
