"""Administration: disabling accounts, resetting passwords, changing one's own, and the change log in
Chinese with links and pages."""

from __future__ import annotations

import re

from sqlalchemy import insert, select

from jixiao.store.models import AuditLogEntry, User, utcnow

from .conftest import PASSWORD, Site


def user_id(site: Site, name: str) -> int:
    return site.users[name]


def test_an_administrator_disables_and_enables_an_account(any_site: Site) -> None:
    home = any_site.browser("home")
    admin = any_site.browser("admin")
    assert (
        admin.submit(f"/admin/users/{user_id(any_site, 'home')}/disable", {"disabled": "1"}).status_code
        == 303
    )
    assert home.get("/evaluations").status_code == 303  # signed out at once
    assert any_site.browser().submit("/login", {"username": "home", "password": PASSWORD}).status_code == 403
    assert "已停用" in admin.get("/admin").text
    refused = admin.submit(f"/admin/users/{user_id(any_site, 'admin')}/disable", {"disabled": "1"})
    assert refused.status_code == 400 and "不能停用自己" in refused.text
    assert (
        admin.submit(f"/admin/users/{user_id(any_site, 'home')}/disable", {"disabled": "0"}).status_code
        == 303
    )
    assert any_site.browser("home").get("/evaluations").status_code == 200
    assert (
        any_site.browser("reviewer").submit(f"/admin/users/{user_id(any_site, 'home')}/disable").status_code
        == 403
    )
    assert admin.submit("/admin/users/99999/disable").status_code == 404
    with any_site.engine.connect() as connection:
        logged = connection.execute(
            select(AuditLogEntry.before, AuditLogEntry.after).where(AuditLogEntry.entity == "users")
        ).all()
    assert [(row.before, row.after) for row in logged] == [
        ({"disabled": False}, {"disabled": True}),
        ({"disabled": True}, {"disabled": False}),
    ]


def test_an_administrator_resets_a_password(any_site: Site) -> None:
    home = any_site.browser("home")
    admin = any_site.browser("admin")
    target = f"/admin/users/{user_id(any_site, 'home')}/password"
    short = admin.submit(target, {"password": "short"})
    assert short.status_code == 400 and "至少 8 位" in short.text
    assert admin.submit(target, {"password": "brand-new-pass"}).status_code == 303
    assert home.get("/evaluations").status_code == 303  # every session of the account ended
    assert any_site.browser().submit("/login", {"username": "home", "password": PASSWORD}).status_code == 401
    assert any_site.browser("home", "brand-new-pass").get("/evaluations").status_code == 200
    assert admin.get("/admin").status_code == 200  # the administrator stays signed in
    log = admin.get("/audit-log?entity=users").text
    assert "密码：（空） → （已重设）" in log and "brand-new-pass" not in log
    with any_site.engine.connect() as connection:
        assert "brand-new-pass" not in str(connection.execute(select(AuditLogEntry.after)).all())


def test_a_user_changes_their_own_password(any_site: Site) -> None:
    here = any_site.browser("reviewer")
    elsewhere = any_site.browser("reviewer")
    page = here.get("/account/password")
    assert page.status_code == 200 and 'name="current"' in page.text
    wrong = here.submit(
        "/account/password", {"current": "nope", "password": "another-pass-1", "repeat": "another-pass-1"}
    )
    assert wrong.status_code == 400 and "当前密码不正确" in wrong.text
    mismatch = here.submit(
        "/account/password", {"current": PASSWORD, "password": "another-pass-1", "repeat": "x"}
    )
    assert mismatch.status_code == 400 and "不一致" in mismatch.text
    done = here.submit(
        "/account/password", {"current": PASSWORD, "password": "another-pass-1", "repeat": "another-pass-1"}
    )
    assert done.status_code == 200 and "密码已修改" in done.text
    assert here.get("/reports").status_code == 200  # this session stays
    assert elsewhere.get("/reports").status_code == 303  # the others end
    assert any_site.browser("reviewer", "another-pass-1").get("/reports").status_code == 200
    with any_site.engine.connect() as connection:
        stored = connection.scalar(select(User.password_hash).where(User.username == "reviewer"))
    assert stored.startswith("$argon2id$")


def older_page(html: str) -> str:
    found = re.search(r'href="(/audit-log\?before=\d+)"', html)
    assert found, html
    return found.group(1)


def test_the_change_log_is_paged_newest_first(site: Site) -> None:
    with site.engine.begin() as connection:
        for number in range(120):
            connection.execute(
                insert(AuditLogEntry).values(
                    at=utcnow(),
                    actor="admin",
                    entity="units",
                    entity_id=number,
                    action="create",
                    before=None,
                    after={"name": f"单位{number:03d}"},
                )
            )
    reviewer = site.browser("reviewer")
    first = reviewer.get("/audit-log").text
    names = re.findall(r"名称：单位(\d{3})", first)
    assert names == [f"{n:03d}" for n in range(119, 69, -1)]  # 50 newest
    assert "<td>新增</td>" in first and '<a href="/admin">单位 119</a>' in first
    second = reviewer.get(older_page(first)).text
    assert re.findall(r"名称：单位(\d{3})", second) == [f"{n:03d}" for n in range(69, 19, -1)]
    third = reviewer.get(older_page(second)).text
    assert re.findall(r"名称：单位(\d{3})", third) == [f"{n:03d}" for n in range(19, -1, -1)]
    assert "更早的记录" not in third and "最新的记录" in third
    assert "名称：单位" not in reviewer.get("/audit-log?entity=uploads").text
