"""Request dependencies: the database engine, the signed-in account, and role checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from sqlalchemy import Engine, Row, Select

from jixiao.web.accounts import Account
from jixiao.web.sessions import COOKIE_KEY, session_account


class LoginRequired(Exception):
    """Raised by ``current_account`` when nobody is signed in; the app answers with the login page."""


def visible_row(engine: Engine, statement: Select[Any], account: Account, missing: str) -> Row[Any]:
    """The one row ``statement`` selects (it must have a ``unit_id`` column), or 404 when there is none or
    it belongs to a unit the account may not see: the same answer, so another unit's ids reveal nothing."""
    with engine.connect() as connection:
        row = connection.execute(statement).one_or_none()
    if row is None or not account.sees_unit(row.unit_id):
        raise HTTPException(status_code=404, detail=missing)
    return row


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def current_account(request: Request, engine: Annotated[Engine, Depends(get_engine)]) -> Account:
    token = request.session.get(COOKIE_KEY)
    if not isinstance(token, str):
        raise LoginRequired
    with engine.connect() as connection:
        account = session_account(connection, token)
    if account is None:  # signed out elsewhere, expired, or the account was disabled or removed
        request.session.clear()
        raise LoginRequired
    return account


def require(*roles: str) -> Callable[[Account], Account]:
    """A dependency that lets only these roles through (403 for the others)."""

    def check(account: Annotated[Account, Depends(current_account)]) -> Account:
        if account.role not in roles:
            raise HTTPException(status_code=403, detail="您的账号没有权限使用此功能。")
        return account

    return check


EngineDep = Annotated[Engine, Depends(get_engine)]
AccountDep = Annotated[Account, Depends(current_account)]
ReviewerDep = Annotated[Account, Depends(require("reviewer", "administrator"))]
UnitDep = Annotated[Account, Depends(require("unit"))]
AdminDep = Annotated[Account, Depends(require("administrator"))]
