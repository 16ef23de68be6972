"""Fit and finish: error pages inside the layout with a way back, times in the server's zone, scheme names
in words."""

from __future__ import annotations

import datetime as dt

import pytest

from jixiao.web.pages import TIMEZONE_ENV, _zone, local_time, scheme_title

from .conftest import Site
from .test_web_evaluations import create


def test_an_error_page_has_the_navigation_and_a_way_back_to_the_form(site: Site) -> None:
    home = site.browser("home")
    evaluation_id = create(home)
    home.submit(f"/evaluations/{evaluation_id}/submit")
    reviewer = site.browser("reviewer")
    form_page = f"http://testserver/evaluations/{evaluation_id}"
    answer = reviewer.submit(
        f"/evaluations/{evaluation_id}/return", {"comment": " "}, headers={"Referer": form_page}
    )
    assert answer.status_code == 400
    assert "退回时请写明需要修改的内容" in answer.text
    assert '<a href="/reports">自评报告审核</a>' in answer.text  # the reviewer's navigation
    back = f'href="/evaluations/{evaluation_id}" data-replace-url="/evaluations/{evaluation_id}"'
    assert back in answer.text
    # a page of another site is never offered as the way back
    elsewhere = reviewer.submit(
        f"/evaluations/{evaluation_id}/return", {"comment": " "}, headers={"Referer": "http://evil.example/x"}
    )
    assert "返回上一页" not in elsewhere.text and "evil.example" not in elsewhere.text
    # a missing page answered to GET: navigation, no address replaced
    missing = reviewer.get("/reports/999999")
    assert (
        missing.status_code == 404
        and "自评报告审核" in missing.text
        and "data-replace-url" not in missing.text
    )
    # signed out: no navigation, still a way home


def test_times_are_shown_in_the_servers_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = dt.datetime(2026, 11, 30, 17, 5, 9, tzinfo=dt.UTC)
    assert local_time(stored) == "2026-12-01 01:05"  # Asia/Shanghai, UTC+8, by default
    assert local_time(stored.replace(tzinfo=None), seconds=True) == "2026-12-01 01:05:09"  # SQLite: naive UTC
    monkeypatch.setenv(TIMEZONE_ENV, "Europe/London")
    _zone.cache_clear()
    try:
        assert local_time(stored) == "2026-11-30 17:05"
    finally:
        monkeypatch.delenv(TIMEZONE_ENV)
        _zone.cache_clear()


def test_scheme_names_are_shown_in_words() -> None:
    assert scheme_title("national-2020") == "财预〔2020〕10号《项目支出绩效评价管理办法》单位自评"
    assert scheme_title("no-such-scheme") == "no-such-scheme"
