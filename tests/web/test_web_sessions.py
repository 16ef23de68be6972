"""Server-side sessions (sign-out revokes, rotation, expiry, disabled accounts), the sign-in limits per
address and per name, and proxy headers ignored unless a proxy is trusted (on a real uvicorn server)."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx2 as httpx
import uvicorn
from sqlalchemy import delete, func, select, update

from jixiao.store.models import LoginAttempt, User, WebSession, utcnow
from jixiao.web.accounts import MAX_ADDRESS_FAILURES, MAX_FAILURES, MAX_NAME_FAILURES
from jixiao.web.app import Settings, create_app, proxy_options

from .conftest import PASSWORD, Browser, Site


def copy_of(site: Site, client: Browser) -> Browser:
    """Another client holding a copy of ``client``'s cookie, as an attacker who captured it would."""
    thief = site.browser()
    thief.cookies.clear()
    thief.cookies.set("jixiao_session", client.cookies["jixiao_session"])
    return thief


def sessions_of(site: Site, username: str) -> int:
    with site.engine.connect() as connection:
        return connection.scalar(
            select(func.count()).select_from(WebSession).where(WebSession.user_id == site.users[username])
        )


def test_a_cookie_captured_before_sign_out_no_longer_works(any_site: Site) -> None:
    client = any_site.browser("home")
    thief = copy_of(any_site, client)
    assert thief.get("/evaluations").status_code == 200
    assert client.submit("/logout").status_code == 303
    assert sessions_of(any_site, "home") == 0
    assert thief.get("/evaluations").headers["location"] == "/login?next=/evaluations"


def test_each_sign_in_gets_a_new_session_and_ends_the_one_before(any_site: Site) -> None:
    client = any_site.browser("home")
    before = copy_of(any_site, client)
    assert client.submit("/login", {"username": "home", "password": PASSWORD}).status_code == 303
    assert client.cookies["jixiao_session"] != before.cookies["jixiao_session"]
    assert before.get("/evaluations").status_code == 303
    assert client.get("/evaluations").status_code == 200
    assert sessions_of(any_site, "home") == 1


def test_sessions_expire_after_the_configured_hours(any_site: Site) -> None:
    any_site.settings = Settings(secret_key="test-secret", session_hours=2)
    started = utcnow()
    client = any_site.browser("home")
    with any_site.engine.connect() as connection:
        expires = connection.scalar(select(WebSession.expires_at))
    expires = expires if expires.tzinfo else expires.replace(tzinfo=dt.UTC)
    assert dt.timedelta(hours=2) <= expires - started < dt.timedelta(hours=2, minutes=1)
    with any_site.engine.begin() as connection:
        connection.execute(update(WebSession).values(expires_at=utcnow() - dt.timedelta(seconds=1)))
    assert client.get("/evaluations").status_code == 303


def test_a_disabled_account_is_out_at_once_and_cannot_sign_in(any_site: Site) -> None:
    client = any_site.browser("home")
    with any_site.engine.begin() as connection:
        connection.execute(update(User).where(User.username == "home").values(disabled=True))
    assert client.get("/evaluations").status_code == 303
    refused = any_site.browser().submit("/login", {"username": "home", "password": PASSWORD})
    assert refused.status_code == 403 and "已停用" in refused.text
    wrong = any_site.browser().submit("/login", {"username": "home", "password": "wrong"})
    assert wrong.status_code == 401 and "已停用" not in wrong.text


def test_one_address_trying_many_names_is_limited(any_site: Site) -> None:
    client = any_site.browser(address="10.0.0.9")
    for number in range(MAX_ADDRESS_FAILURES):
        answer = client.submit("/login", {"username": f"guess{number}", "password": "wrong"})
        assert answer.status_code == 401
    blocked = client.submit("/login", {"username": "reviewer", "password": PASSWORD})
    assert blocked.status_code == 429 and "地址登录失败次数过多" in blocked.text
    # another address is not affected
    other = any_site.browser(address="10.0.0.10")
    assert other.submit("/login", {"username": "reviewer", "password": PASSWORD}).status_code == 303


def test_one_name_tried_from_many_addresses_is_limited(any_site: Site) -> None:
    for number in range(MAX_NAME_FAILURES):
        client = any_site.browser(address=f"10.1.0.{number}")
        assert client.submit("/login", {"username": "home", "password": "wrong"}).status_code == 401
    fresh = any_site.browser(address="10.2.0.1")
    blocked = fresh.submit("/login", {"username": "home", "password": PASSWORD})
    assert blocked.status_code == 429 and "该账号登录失败次数过多" in blocked.text
    assert fresh.submit("/login", {"username": "reviewer", "password": PASSWORD}).status_code == 303


@contextmanager
def served(site: Site, trusted: str | None) -> Iterator[str]:
    """The application on a free loopback port, with uvicorn's proxy handling as ``jixiao serve`` sets it."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    config = uvicorn.Config(
        create_app(site.engine, site.settings), log_level="warning", **proxy_options(trusted)
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        listener.close()


def failed_sign_ins(base: str, attempts: int) -> list[int]:
    """Wrong passwords for "home", each claiming another address in X-Forwarded-For."""
    statuses = []
    with httpx.Client(base_url=base) as client:
        for number in range(attempts):
            page = client.get("/login").text
            token = page.split('name="csrf_token" value="')[1].split('"')[0]
            answer = client.post(
                "/login",
                data={"csrf_token": token, "username": "home", "password": "wrong"},
                headers={"X-Forwarded-For": f"203.0.113.{number}"},
            )
            statuses.append(answer.status_code)
    return statuses


def test_forwarded_addresses_are_ignored_unless_the_proxy_is_trusted(site: Site) -> None:
    assert proxy_options(None) == {"proxy_headers": False}
    with served(site, None) as base:
        # every attempt comes from 127.0.0.1 whatever the header claims: the sixth is refused
        assert failed_sign_ins(base, MAX_FAILURES + 1) == [401] * MAX_FAILURES + [429]
    with site.engine.begin() as connection:
        connection.execute(delete(LoginAttempt))
    with served(site, "127.0.0.1") as base:
        # behind a trusted proxy each forwarded address counts on its own (the name's own limit still holds)
        assert failed_sign_ins(base, MAX_FAILURES + 1) == [401] * (MAX_FAILURES + 1)


def test_signed_in_pages_and_downloads_are_never_cached(site: Site) -> None:
    browser = site.browser("admin")
    for path in ("/admin", "/audit-log", "/dashboard", "/dashboard/charts/scores.csv", "/login"):
        answer = browser.get(path)
        assert answer.status_code == 200, path
        assert answer.headers["cache-control"] == "no-store", path
    static = browser.get("/static/app.js")
    assert static.status_code == 200 and "no-store" not in static.headers.get("cache-control", "")


def test_a_hash_made_with_older_parameters_is_renewed_at_sign_in(site: Site) -> None:
    from argon2 import PasswordHasher

    older = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash(PASSWORD)
    with site.engine.begin() as connection:
        connection.execute(update(User).where(User.username == "home").values(password_hash=older))
    assert site.browser("home").get("/evaluations").status_code == 200
    with site.engine.connect() as connection:
        renewed = connection.scalar(select(User.password_hash).where(User.username == "home"))
    assert renewed != older and "$m=19456,t=2,p=1$" in renewed
    assert site.browser("home").get("/evaluations").status_code == 200  # the new hash verifies
