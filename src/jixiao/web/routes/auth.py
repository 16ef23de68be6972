"""Signing in and out, and the home page that sends each role to its workspace."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Form, Request
from sqlalchemy import update
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from jixiao.store.models import User, utcnow
from jixiao.web.accounts import (
    argon2_call,
    hash_password,
    needs_rehash,
    password_hash_of,
    password_matches,
    record_attempt,
    sign_in_refusal,
)
from jixiao.web.csrf import csrf_token
from jixiao.web.deps import AccountDep, EngineDep
from jixiao.web.pages import render
from jixiao.web.sessions import COOKIE_KEY, end_session, start_session

router = APIRouter()

HOME = {"unit": "/evaluations", "reviewer": "/reports", "administrator": "/admin"}


def _safe_next(target: str | None) -> str:
    """Only a path on this site, so the login page cannot be used to send users elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/")
def home(account: AccountDep) -> Response:
    return RedirectResponse(HOME[account.role], status_code=303)


@router.get("/login")
def login_page(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", next=_safe_next(next))


@router.post("/login")
async def login(
    request: Request,
    engine: EngineDep,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Limits first (no argon2 work for a refused attempt), then the password on the argon2 thread; the
    database work runs on the request threads, never on the event loop."""
    name = username.strip()[:64]
    # the peer's address: a proxy's X-Forwarded-For counts only when the server trusts that proxy
    address = (request.client.host if request.client else "")[:64]

    def refusal() -> tuple[str | None, tuple[int, str, bool] | None]:
        with engine.connect() as connection:
            return sign_in_refusal(connection, name, address, utcnow()), password_hash_of(connection, name)

    refused, known = await run_in_threadpool(refusal)
    if refused:
        return _login_page(request, next, name, refused, 429)
    matches = await argon2_call(password_matches, known[1] if known else None, password)
    succeeded = matches and known is not None and not known[2]
    settings = request.app.state.settings
    rehashed = None
    if succeeded and known is not None and needs_rehash(known[1]):
        rehashed = await argon2_call(hash_password, password)  # made with older parameters

    def record() -> str | None:
        with engine.begin() as connection:
            record_attempt(connection, name, address, succeeded)
            if not succeeded or known is None:
                return None
            if rehashed is not None:
                connection.execute(update(User).where(User.id == known[0]).values(password_hash=rehashed))
            earlier = request.session.get(COOKIE_KEY)
            if isinstance(earlier, str):
                end_session(connection, earlier)
            return start_session(connection, known[0], dt.timedelta(hours=settings.session_hours))

    token = await run_in_threadpool(record)
    if matches and known is not None and known[2]:
        return _login_page(request, next, name, "该账号已停用，请联系系统管理员。", 403)
    if token is None:
        return _login_page(request, next, name, "用户名或密码不正确。", 401)
    request.session.clear()  # a new session on sign-in: no fixation of an earlier one
    request.session[COOKIE_KEY] = token
    csrf_token(request)
    return RedirectResponse(_safe_next(next), status_code=303)


def _login_page(request: Request, next: str, name: str, error: str, status: int) -> Response:
    return render(
        request, "login.html", status_code=status, next=_safe_next(next), username=name, error=error
    )


@router.post("/logout")
def logout(request: Request, engine: EngineDep) -> Response:
    """Ends the session on the server, so the cookie stops working wherever a copy of it is."""
    token = request.session.get(COOKIE_KEY)
    if isinstance(token, str):
        with engine.begin() as connection:
            end_session(connection, token)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
