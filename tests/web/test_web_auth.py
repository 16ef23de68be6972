"""Signing in and out, session cookies, CSRF, the login rate limit, roles, and the administrator pages."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select

from jixiao.store.models import AuditLogEntry, LoginAttempt, User
from jixiao.web.accounts import MAX_FAILURES
from jixiao.web.app import Settings

from .conftest import HOME_UNIT, PASSWORD, Site


def test_pages_need_a_login(site: Site) -> None:
    client = site.browser()
    for path in ("/", "/evaluations", "/reports", "/admin", "/audit-log"):
        answer = client.get(path)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/login?next=")
    htmx = client.get("/evaluations", headers={"HX-Request": "true"})
    assert htmx.status_code == 401
    assert htmx.headers["HX-Redirect"] == "/login"


def test_login_sends_each_role_home_and_sets_a_safe_cookie(site: Site) -> None:
    for username, home in (("home", "/evaluations"), ("reviewer", "/reports"), ("admin", "/admin")):
        client = site.browser()
        answer = client.submit("/login", {"username": username, "password": PASSWORD})
        assert answer.status_code == 303
        cookie = answer.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
        assert client.get("/").headers["location"] == home
        assert client.get(home).status_code == 200


def test_secure_cookie_when_configured(site: Site) -> None:
    site.settings = Settings(secret_key="test-secret", secure_cookies=True)
    client = site.browser()
    answer = client.submit("/login", {"username": "home", "password": PASSWORD})
    assert "secure" in answer.headers["set-cookie"].lower()


def test_wrong_password_is_refused_with_a_message(site: Site) -> None:
    client = site.browser()
    answer = client.submit("/login", {"username": "home", "password": "nope"})
    assert answer.status_code == 401
    assert "用户名或密码不正确" in answer.text
    assert client.get("/evaluations").status_code == 303


def test_next_only_goes_to_a_path_on_this_site(site: Site) -> None:
    client = site.browser()
    data = {"username": "home", "password": PASSWORD, "next": "//evil.example/x"}
    assert client.submit("/login", data).headers["location"] == "/"
    client = site.browser()
    data["next"] = "/evaluations?year=2024"
    assert client.submit("/login", data).headers["location"] == "/evaluations?year=2024"


def test_logout_ends_the_session(site: Site) -> None:
    client = site.browser("home")
    assert client.submit("/logout").headers["location"] == "/login"
    assert client.get("/evaluations").status_code == 303


def test_csrf_token_is_required_on_every_post(site: Site) -> None:
    client = site.browser()
    refused = client.post("/login", data={"username": "home", "password": PASSWORD})
    assert refused.status_code == 403
    assert "页面已过期" in refused.text
    client = site.browser("admin")
    assert client.post("/admin/units", data={"name": "新单位"}).status_code == 403
    assert client.post("/admin/units", data={"name": "新单位", "csrf_token": "forged"}).status_code == 403
    header = client.post("/admin/units", data={"name": "新单位"}, headers={"X-CSRF-Token": client.csrf})
    assert header.status_code == 303
    # a token from another session is no good either
    other = site.browser("admin")
    assert client.post("/admin/units", data={"name": "又一单位", "csrf_token": other.csrf}).status_code == 403


def test_login_is_rate_limited_per_name_and_address_across_restarts(any_site: Site) -> None:
    client = any_site.browser()
    for _ in range(MAX_FAILURES):
        assert client.submit("/login", {"username": "home", "password": "wrong"}).status_code == 401
    # a new application on the same database (a restart) still refuses, even the right password
    client = any_site.browser()
    blocked = client.submit("/login", {"username": "home", "password": PASSWORD})
    assert blocked.status_code == 429
    assert "登录失败次数过多" in blocked.text
    # another user from the same address is not affected
    assert client.submit("/login", {"username": "reviewer", "password": PASSWORD}).status_code == 303
    with any_site.engine.connect() as connection:
        failures = connection.scalars(
            select(LoginAttempt.succeeded).where(LoginAttempt.username == "home")
        ).all()
    assert failures == [False] * MAX_FAILURES


def test_a_success_clears_earlier_failures(site: Site) -> None:
    client = site.browser()
    for _ in range(MAX_FAILURES - 1):
        client.submit("/login", {"username": "home", "password": "wrong"})
    assert client.submit("/login", {"username": "home", "password": PASSWORD}).status_code == 303
    client = site.browser()
    for _ in range(MAX_FAILURES - 1):
        client.submit("/login", {"username": "home", "password": "wrong"})
    assert client.submit("/login", {"username": "home", "password": PASSWORD}).status_code == 303


def test_only_administrators_manage_units_and_users(site: Site) -> None:
    for username in ("home", "reviewer"):
        client = site.browser(username)
        assert client.get("/admin").status_code == 403
        assert client.submit("/admin/units", {"name": "x"}).status_code == 403
        assert (
            client.submit(
                "/admin/users", {"username": "x", "password": "12345678", "role": "reviewer"}
            ).status_code
            == 403
        )
    assert site.browser("home").get("/audit-log").status_code == 403


def test_administrator_adds_a_unit_and_a_unit_user_who_can_sign_in(any_site: Site) -> None:
    admin = any_site.browser("admin")
    assert admin.submit("/admin/units", {"name": "第三单位"}).status_code == 303
    page = admin.get("/admin").text
    assert "第三单位" in page
    duplicate = admin.submit("/admin/units", {"name": "第三单位"})
    assert duplicate.status_code == 400 and "已存在" in duplicate.text
    unit_id = str(any_site.units[HOME_UNIT])
    short = admin.submit(
        "/admin/users", {"username": "new", "password": "short", "role": "unit", "unit_id": unit_id}
    )
    assert short.status_code == 400 and "至少 8 位" in short.text
    no_unit = admin.submit("/admin/users", {"username": "new", "password": "long-enough", "role": "unit"})
    assert no_unit.status_code == 400 and "必须选择所属单位" in no_unit.text
    made = admin.submit(
        "/admin/users", {"username": "new", "password": "long-enough", "role": "unit", "unit_id": unit_id}
    )
    assert made.status_code == 303
    taken = admin.submit("/admin/users", {"username": "new", "password": "long-enough", "role": "reviewer"})
    assert taken.status_code == 400 and "已被使用" in taken.text
    newcomer = any_site.browser("new", "long-enough")
    assert HOME_UNIT in newcomer.get("/evaluations").text
    with any_site.engine.connect() as connection:
        stored = connection.execute(select(User.password_hash).where(User.username == "new")).scalar_one()
        entries = connection.execute(
            select(AuditLogEntry.entity, AuditLogEntry.action, AuditLogEntry.actor).order_by(AuditLogEntry.id)
        ).all()
    assert stored.startswith("$argon2id$") and "long-enough" not in stored
    assert [tuple(e) for e in entries] == [("units", "create", "admin"), ("users", "create", "admin")]
    assert "long-enough" not in any_site.browser("reviewer").get("/audit-log").text


def test_every_page_forbids_inline_and_foreign_scripts(site: Site) -> None:
    answer = site.browser().get("/login")
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "frame-ancestors 'none'" in policy
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    # so no template may carry an inline script or event handler
    templates = Path(__file__).resolve().parents[2] / "src" / "jixiao" / "web" / "templates"
    for template in templates.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), template
        assert not re.search(r"\son[a-z]+=", text), template
