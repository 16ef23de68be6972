"""Units as a registry: full and short names are one unit, aliases, renaming and merging with history."""

from __future__ import annotations

from sqlalchemy import func, select

from jixiao.store.models import AuditLogEntry, Report, StoredEvaluation, Unit, UnitAlias, User
from jixiao.store.reports import unit_id
from jixiao.store.units import name_key
from tests.conftest import insert_report

from .conftest import HOME_UNIT, OTHER_UNIT, Site

FULL = "中共某县委网络安全和信息化委员会办公室"
SHORT = "中共某县委网信办"


def test_the_short_and_the_full_name_are_one_unit(any_site: Site) -> None:
    assert name_key(SHORT) == name_key(FULL) == name_key("中共某县委 网络安全和信息化委员会办公室")
    assert name_key("某县发改委") != name_key(FULL)
    with any_site.engine.begin() as connection:
        full = unit_id(connection, FULL)
        assert unit_id(connection, SHORT) == full
        assert unit_id(connection, "（中共某县委网信办）") == full
        assert unit_id(connection, "某县财政局") != full
        aliases = connection.scalars(select(UnitAlias.name).where(UnitAlias.unit_id == full)).all()
        units = connection.scalar(select(func.count()).select_from(Unit))
    assert sorted(aliases) == sorted([SHORT, "（中共某县委网信办）"])
    assert units == 4  # the two of the site, the 网信办 and the 财政局


def test_renaming_keeps_the_old_name_as_an_alias(any_site: Site) -> None:
    admin = any_site.browser("admin")
    home = any_site.units[HOME_UNIT]
    assert admin.submit(f"/admin/units/{home}/rename", {"name": "某市委网信办"}).status_code == 303
    with any_site.engine.begin() as connection:
        assert connection.scalar(select(Unit.name).where(Unit.id == home)) == "某市委网信办"
        assert unit_id(connection, HOME_UNIT) == home  # a report under the old name is still filed here
    taken = admin.submit(f"/admin/units/{home}/rename", {"name": OTHER_UNIT})
    assert taken.status_code == 400 and "合并" in taken.text
    assert admin.submit(f"/admin/units/{home}/aliases", {"name": "市网信办"}).status_code == 303
    page = admin.get("/admin").text
    assert f"{HOME_UNIT}、市网信办" in page or f"市网信办、{HOME_UNIT}" in page
    log = admin.get("/audit-log?entity=units").text
    assert f"名称：{HOME_UNIT} → 某市委网信办" in log and "<td>改名</td>" in log


def test_merging_moves_everything_and_keeps_the_name(any_site: Site) -> None:
    home, other = any_site.units[HOME_UNIT], any_site.units[OTHER_UNIT]
    with any_site.engine.begin() as connection:
        insert_report(connection, 1, other, 2024, "90", "优", "95", [])
    admin = any_site.browser("admin")
    assert admin.submit(f"/admin/units/{other}/merge", {"into": str(home)}).status_code == 303
    with any_site.engine.begin() as connection:
        assert connection.scalar(select(Unit.id).where(Unit.id == other)) is None
        assert connection.scalar(select(Report.unit_id)) == home
        assert connection.scalar(select(User.unit_id).where(User.username == "other")) == home
        assert unit_id(connection, OTHER_UNIT) == home
        entries = connection.execute(
            select(AuditLogEntry.entity_id, AuditLogEntry.action, AuditLogEntry.after).where(
                AuditLogEntry.entity == "units"
            )
        ).all()
    assert [(e.entity_id, e.action) for e in entries] == [(other, "merge"), (home, "merge")]
    assert entries[0].after["merged_into"] == HOME_UNIT and entries[0].after["reports"] == 1
    # the other unit's user now works in the merged unit
    assert HOME_UNIT in any_site.browser("other").get("/evaluations").text
    assert admin.submit(f"/admin/units/{home}/merge", {"into": str(home)}).status_code == 400
    assert admin.submit("/admin/units/99999/merge", {"into": str(home)}).status_code == 404
    assert (
        any_site.browser("reviewer").submit(f"/admin/units/{home}/rename", {"name": "x"}).status_code == 403
    )
    with any_site.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(StoredEvaluation)) == 0
