"""CSRF protection: one random token per session, required on every state-changing request.

Forms carry it as the hidden field ``csrf_token``; HTMX requests send it in the ``X-CSRF-Token``
header (set once on <body> with hx-headers). The check is an application-wide dependency, so a new
route cannot forget it.
"""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

SESSION_KEY = "csrf"
FIELD = "csrf_token"
HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def csrf_token(request: Request) -> str:
    """The session's token, created on first use."""
    token = request.session.get(SESSION_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        request.session[SESSION_KEY] = token
    return token


async def csrf_guard(request: Request) -> None:
    """Refuse an unsafe request whose token is missing or not the session's (403)."""
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get(SESSION_KEY)
    sent = request.headers.get(HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(FIELD)
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or sent is None or not secrets.compare_digest(expected, sent):
        raise HTTPException(status_code=403, detail="页面已过期或请求来源不明，请刷新页面后重试。")
