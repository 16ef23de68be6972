"""Accounts: password hashing (argon2, on one thread of its own), creating users, and the limits on
failed sign-ins.

Failed attempts are rows in ``login_attempts``, so the limit holds across restarts and across the
worker processes of one server.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, or_, select, update

from jixiao.store.models import ROLES, LoginAttempt, User, utcnow

MAX_FAILURES = 5  # one name from one address
MAX_ADDRESS_FAILURES = 20  # one address, whatever names it tries
MAX_NAME_FAILURES = 20  # one name, from whatever addresses
WINDOW = dt.timedelta(minutes=5)
ROLE_LABELS = {"administrator": "系统管理员", "reviewer": "财政审核人员", "unit": "单位填报人员"}

T = TypeVar("T")
# argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): about a twentieth of a second of one
# core a sign-in, so fifty people signing in at nine o'clock wait seconds, not minutes. Hashes made with
# other parameters still verify, and are rehashed with these at the next sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
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


def password_hash_of(connection: Connection, username: str) -> tuple[int, str, bool] | None:
    """The user's id, password hash and whether the account is disabled; None for an unknown name."""
    row = connection.execute(
        select(User.id, User.password_hash, User.disabled).where(User.username == username)
    ).one_or_none()
    return (row.id, row.password_hash, row.disabled) if row is not None else None


def password_matches(password_hash: str | None, password: str) -> bool:
    """Argon2 verification; an unknown user is checked against a dummy hash so that it takes as long."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


# Argon2 is built to be slow and uses a whole core while it runs. One thread does all of it, so a crowd
# of sign-ins (or an attacker trying names) queues here and never holds more than one core, nor the
# threads that serve every other page.
_ARGON2 = ThreadPoolExecutor(max_workers=1, thread_name_prefix="argon2")


async def argon2_call(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` on the argon2 thread, awaited without holding a request thread."""
    return await asyncio.wrap_future(_ARGON2.submit(function, *args))


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


def set_password(connection: Connection, user_id: int, password: str) -> None:
    connection.execute(update(User).where(User.id == user_id).values(password_hash=hash_password(password)))


def sign_in_refusal(connection: Connection, username: str, address: str, now: dt.datetime) -> str | None:
    """Why this attempt is refused before the password is even checked: too many recent failures for the
    name from this address, from this address under any name (one address trying many names), or for the
    name from any address (many addresses trying one name). None when the attempt may go on."""
    recent = (LoginAttempt.succeeded.is_(False), LoginAttempt.at > now - WINDOW)
    same_name = LoginAttempt.username == username
    same_address = LoginAttempt.address == address
    counts = connection.execute(
        select(
            func.count().filter(same_name, same_address),
            func.count().filter(same_address),
            func.count().filter(same_name),
        ).where(*recent, or_(same_name, same_address))
    ).one()
    minutes = math.ceil(WINDOW.total_seconds() / 60)
    if counts[0] >= MAX_FAILURES or counts[2] >= MAX_NAME_FAILURES:
        return f"该账号登录失败次数过多，请 {minutes} 分钟后再试。"
    if counts[1] >= MAX_ADDRESS_FAILURES:
        return f"您所在的地址登录失败次数过多，请 {minutes} 分钟后再试。"
    return None


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
