"""Signing in and out, and the home page that sends each role to its workspace."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from jixiao.store.models import utcnow
from jixiao.web.accounts import MAX_FAILURES, WINDOW, authenticate, recent_failures, record_attempt
from jixiao.web.csrf import csrf_token
from jixiao.web.deps import SESSION_USER, AccountDep, EngineDep
from jixiao.web.pages import render

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
def login(
    request: Request,
    engine: EngineDep,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form()] = "/",
) -> Response:
    name = username.strip()[:64]
    address = (request.client.host if request.client else "")[:64]
    with engine.begin() as connection:
        if recent_failures(connection, name, address, utcnow()) >= MAX_FAILURES:
            minutes = math.ceil(WINDOW.total_seconds() / 60)
            return render(
                request,
                "login.html",
                status_code=429,
                next=_safe_next(next),
                username=name,
                error=f"登录失败次数过多，请 {minutes} 分钟后再试。",
            )
        user_id = authenticate(connection, name, password)
        record_attempt(connection, name, address, user_id is not None)
    if user_id is None:
        return render(
            request,
            "login.html",
            status_code=401,
            next=_safe_next(next),
            username=name,
            error="用户名或密码不正确。",
        )
    request.session.clear()  # a new session on sign-in: no fixation of an earlier one
    request.session[SESSION_USER] = user_id
    csrf_token(request)
    return RedirectResponse(_safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
