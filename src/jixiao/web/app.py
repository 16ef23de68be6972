"""The application factory: middleware, static files, error pages and the routers.

Settings are passed in (not read from globals) so tests build an app on their own database.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jixiao.web.csrf import csrf_guard
from jixiao.web.deps import LoginRequired, current_account
from jixiao.web.pages import render
from jixiao.web.routes import admin, auth, dashboard, evaluations, reports
from jixiao.web.upload_queue import UploadQueue
from jixiao.web.uploads import MIB, size_label


@dataclass(frozen=True)
class Settings:
    """``secret_key`` signs the session cookie: give a fixed one (JIXIAO_SECRET_KEY) so sign-ins
    survive a restart; ``secure_cookies`` when the site is served over HTTPS; ``session_hours``
    (JIXIAO_SESSION_HOURS) how long a sign-in lasts."""

    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    secure_cookies: bool = False
    session_hours: int = 8
    max_file_bytes: int = 20 * MIB
    max_request_bytes: int = 100 * MIB
    upload_dir: Path | None = None  # where queued uploads wait; by default a new temporary folder


class BodyLimit:
    """Refuse a request body larger than the limit (413) before it is parsed or spooled to disk."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise HTTPException(status_code=413, detail=_too_large_message(self.limit))
            return message

        await self.app(scope, limited, send)


def _too_large_message(limit: int) -> str:
    return f"上传内容超过 {size_label(limit)} 的上限，请分批上传。"


async def _too_large(send: Send, limit: int) -> None:
    body = _too_large_message(limit).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# No inline scripts and nothing from elsewhere: even if escaping failed somewhere, injected script would
# not run. Inline styles stay allowed (HTMX adds its indicator style).
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


# Signed-in pages and downloads hold one unit's figures: no browser or proxy cache keeps a copy (the
# back button after signing out on a shared computer shows nothing). Only /static may be cached.
NO_STORE = (b"cache-control", b"no-store")


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response, and ``Cache-Control: no-store`` to all but /static."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        cacheable = scope["path"].startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = SECURITY_HEADERS if cacheable else [*SECURITY_HEADERS, NO_STORE]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def proxy_options(trusted: str | None) -> dict[str, Any]:
    """uvicorn's reading of X-Forwarded-For: off unless a trusted proxy is named (JIXIAO_TRUSTED_PROXIES,
    addresses separated by commas), else anyone could claim any address and slip the sign-in limits."""
    if not trusted or not trusted.strip():
        return {"proxy_headers": False}
    return {"proxy_headers": True, "forwarded_allow_ips": trusted.strip()}


def create_app(engine: Engine, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    queue = UploadQueue(engine, settings.upload_dir)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        queue.resume()  # files a stopped server left queued or half-reviewed
        yield

    app = FastAPI(
        title="jixiao 预算绩效自评",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(csrf_guard)],
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.uploads = queue
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie="jixiao_session",
        max_age=settings.session_hours * 3600,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(BodyLimit, limit=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(packages=[("jixiao.web", "static")]), name="static")
    for module in (auth, evaluations, reports, admin, dashboard):
        app.include_router(module.router)
    app.add_exception_handler(LoginRequired, _login_required)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_request)
    return app


async def _login_required(request: Request, _error: Exception) -> Response:
    if request.headers.get("HX-Request"):
        return Response(status_code=401, headers={"HX-Redirect": "/login"})
    target = request.url.path if request.method == "GET" else "/"
    return RedirectResponse(f"/login?next={target}", status_code=303)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    message = error.detail if isinstance(error.detail, str) else "请求无法处理。"
    if error.status_code == 404 and message == "Not Found":
        message = "没有找到这个页面，或您没有权限查看。"
    if request.headers.get("HX-Request"):
        return Response(message, status_code=error.status_code, media_type="text/plain; charset=utf-8")
    return await _error_page(request, error.status_code, message)


async def _bad_request(request: Request, _error: Exception) -> Response:
    message = "提交的内容不完整或格式不对，请检查后重试。"
    if request.headers.get("HX-Request"):
        return Response(message, status_code=400, media_type="text/plain; charset=utf-8")
    return await _error_page(request, 400, message)


def _same_site_path(request: Request, address: str | None) -> str | None:
    """The path of ``address`` when it is a page of this site (the Referer of a form sent from here)."""
    if not address:
        return None
    parsed = urlsplit(address)
    if parsed.netloc and parsed.netloc != request.url.netloc:
        return None
    path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
    return path if path.startswith("/") and not path.startswith("//") else None


async def _error_page(request: Request, status: int, message: str) -> Response:
    """The error inside the layout: the navigation of whoever is signed in, and a link back to the page the
    request came from. After a refused form, the address bar shows that form's address again (app.js), so
    reloading does not send the form twice."""
    try:
        account = await run_in_threadpool(current_account, request, request.app.state.engine)
    except LoginRequired:
        account = None
    back = _same_site_path(request, request.headers.get("referer"))
    if back == request.url.path:
        back = None
    return render(
        request,
        "error.html",
        account,
        status_code=status,
        message=message,
        back=back,
        replace_url=back if request.method != "GET" else None,
    )
