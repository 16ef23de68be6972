"""The dashboard: the charts' figures (worked out by hand), the filters, the CSV downloads, and who sees
what (a unit user only their own unit; another unit's id is 404)."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from jixiao.audit.registry import RULES
from jixiao.store.models import Unit
from tests.conftest import insert_report
from tests.web.conftest import HOME_UNIT, OTHER_UNIT, Site

D = Decimal
CHARTS = ("grades", "scores", "execution", "rules", "evaluations", "trend")
_SPEC = re.compile(r"data-chart=\"(\w+)\" data-spec='([^']*)'")

# unit, year, score, grade, execution rate, findings (code, severity)
REPORTS = [
    (HOME_UNIT, 2023, "92.5", "优", "99.91", [("JX101", "error"), ("JX201", "warning")]),
    (HOME_UNIT, 2024, "88.25", "良", "85.5", [("JX101", "error")]),
    (OTHER_UNIT, 2024, "100", "优", "120", [("JX301", "info")]),
]


def store_reports(site: Site) -> None:
    with site.engine.begin() as connection:
        for number, (unit, year, score, grade, rate, findings) in enumerate(REPORTS):
            insert_report(connection, number, site.units[unit], year, score, grade, rate, findings)


def specs(html: str) -> dict[str, Any]:
    """The data each chart is drawn from, as the page hands it to the chart script."""
    return {name: json.loads(data, parse_float=Decimal) for name, data in _SPEC.findall(html)}


def test_reviewer_sees_every_unit(site: Site) -> None:
    store_reports(site)
    page = site.browser("reviewer").get("/dashboard")
    assert page.status_code == 200
    assert "/static/echarts.min.js" in page.text
    charts = specs(page.text)
    assert tuple(charts) == tuple(name for name in CHARTS if name != "evaluations")  # none submitted
    assert "本系统报送的自评表 0 份" in page.text
    assert charts["grades"]["series"][0]["data"] == [["优", 2], ["良", 1]]
    # 某市网信办 has two reports: (92.5 + 88.25) / 2 = 90.375 -> 90.38, rates (99.91 + 85.5) / 2 = 92.705
    assert charts["scores"]["categories"] == [HOME_UNIT, OTHER_UNIT]
    assert charts["scores"]["series"] == [{"name": "平均分", "data": [D("90.38"), D("100.00")]}]
    assert charts["execution"]["series"] == [{"name": "平均执行率", "data": [D("92.71"), D("120.00")]}]
    assert charts["rules"]["categories"] == ["JX101", "JX201", "JX301"]
    assert charts["rules"]["series"] == [
        {"name": "错误", "data": [2, 0, 0]},
        {"name": "警告", "data": [0, 1, 0]},
        {"name": "提示", "data": [0, 0, 1]},
    ]
    assert charts["rules"]["names"] == [RULES[code].summary for code in ("JX101", "JX201", "JX301")]
    # 2024: (88.25 + 100) / 2 = 94.125 -> 94.13, rates (85.5 + 120) / 2 = 102.75
    assert charts["trend"]["categories"] == ["2023", "2024"]
    assert charts["trend"]["series"] == [
        {"name": "平均分", "data": [D("92.50"), D("94.13")]},
        {"name": "平均执行率（%）", "data": [D("99.91"), D("102.75")]},
    ]
    assert "已入库自评报告 3 份" in page.text


def test_csv_cells_a_spreadsheet_would_run_are_neutralised(site: Site) -> None:
    """A unit named like a formula is written as text (a leading apostrophe); figures stay numbers."""
    hostile = '=HYPERLINK("http://evil.example","点击")'
    with site.engine.begin() as connection:
        unit_id = connection.execute(insert(Unit).values(name=hostile).returning(Unit.id)).scalar_one()
        plus = connection.execute(insert(Unit).values(name="+1-2@x").returning(Unit.id)).scalar_one()
        insert_report(connection, 7, unit_id, 2024, "90", "优", "95", [])
        insert_report(connection, 8, plus, 2024, "80", "良", "85", [])
    text = site.browser("admin").get("/dashboard/charts/scores.csv").content.decode("utf-8-sig")
    rows = {row[0]: row[1:] for row in csv.reader(io.StringIO(text))}
    assert rows["'" + hostile][:2] == ["1", "1"]
    assert rows["'+1-2@x"][2] == "80.00"  # a figure is not touched
    assert hostile not in rows and "+1-2@x" not in rows


def test_each_chart_filters_by_year_and_unit(site: Site) -> None:
    store_reports(site)
    browser = site.browser("reviewer")
    card = browser.get("/dashboard/charts/scores?year=2024", headers={"HX-Request": "true"})
    assert card.status_code == 200 and "<html" not in card.text
    scores = specs(card.text)["scores"]
    assert dict(zip(scores["categories"], scores["series"][0]["data"], strict=True)) == {
        HOME_UNIT: D("88.25"),
        OTHER_UNIT: D("100.00"),
    }
    home = site.units[HOME_UNIT]
    rules = specs(browser.get(f"/dashboard/charts/rules?year=2023&unit={home}").text)["rules"]
    assert rules["categories"] == ["JX101", "JX201"]
    grades = specs(browser.get(f"/dashboard/charts/grades?unit={site.units[OTHER_UNIT]}").text)["grades"]
    assert grades["series"][0]["data"] == [["优", 1]]
    # the trend has the years as its axis: the unit filters it, a year does not
    trend_card = browser.get(f"/dashboard/charts/trend?year=2024&unit={home}").text
    trend = specs(trend_card)["trend"]
    assert trend["categories"] == ["2023", "2024"]
    assert trend["series"][0]["data"] == [D("92.50"), D("88.25")]
    assert 'name="year"' not in trend_card
    # the page-wide filter applies to every chart
    page = browser.get("/dashboard?year=2023").text
    assert specs(page)["grades"]["series"][0]["data"] == [["优", 1]]
    assert "已入库自评报告 1 份" in page
    assert "所选范围内没有数据" in browser.get("/dashboard/charts/scores?year=2019").text


def test_csv_of_a_chart(site: Site) -> None:
    store_reports(site)
    answer = site.browser("admin").get("/dashboard/charts/execution.csv?year=2024")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == 'attachment; filename="jixiao-execution-2024.csv"'
    assert answer.content.startswith(b"\xef\xbb\xbf")
    rows = answer.content.decode("utf-8-sig").splitlines()
    assert rows[0] == "单位,报告数,平均执行率"
    assert sorted(rows[1:]) == sorted([f"{HOME_UNIT},1,85.50", f"{OTHER_UNIT},1,120.00"])
    rules = site.browser("reviewer").get("/dashboard/charts/rules.csv").content.decode("utf-8-sig")
    assert rules.splitlines()[1].startswith("JX101,sum-mismatch,2,2,0,0,2,66.67")  # 2 of 3 reports


def test_unit_user_sees_only_their_unit(any_site: Site) -> None:
    store_reports(any_site)
    browser = any_site.browser("home")
    page = browser.get("/dashboard")
    assert page.status_code == 200
    assert OTHER_UNIT not in page.text
    assert 'name="unit"' not in page.text  # no unit to choose
    charts = specs(page.text)
    assert charts["scores"]["categories"] == [HOME_UNIT]
    assert charts["rules"]["categories"] == ["JX101", "JX201"]
    assert charts["grades"]["series"][0]["data"] == [["优", 1], ["良", 1]]
    csv = browser.get("/dashboard/charts/scores.csv").content.decode("utf-8-sig")
    assert OTHER_UNIT not in csv and HOME_UNIT in csv
    other = any_site.units[OTHER_UNIT]
    for url in (f"/dashboard?unit={other}", f"/dashboard/charts/grades?unit={other}"):
        refused = browser.get(url)
        assert refused.status_code == 404 and OTHER_UNIT not in refused.text
    assert browser.get(f"/dashboard/charts/grades.csv?unit={other}").status_code == 404
    # the same answer as for a unit that does not exist
    assert browser.get("/dashboard?unit=99999").status_code == 404


def test_bad_filters_and_signed_out(site: Site) -> None:
    browser = site.browser("reviewer")
    assert browser.get("/dashboard?unit=99999").status_code == 404
    bad_year = browser.get("/dashboard?year=twenty")
    assert bad_year.status_code == 400 and "不是有效的编号或年份" in bad_year.text
    assert browser.get("/dashboard?unit=99999999999999999999").status_code == 400  # wider than INTEGER
    assert browser.get("/dashboard/charts/pies").status_code == 404
    assert browser.get("/dashboard/charts/pies.csv").status_code == 404
    empty = browser.get("/dashboard")
    assert empty.status_code == 200 and "data-chart=" not in empty.text
    signed_out = site.browser().get("/dashboard")
    assert signed_out.status_code == 303 and signed_out.headers["location"] == "/login?next=/dashboard"


def test_echarts_served_from_the_package(site: Site) -> None:
    browser = site.browser()
    script = browser.get("/static/echarts.min.js")
    assert script.status_code == 200 and len(script.content) > 500_000
    assert b"getInstanceByDom" in script.content
    assert browser.get("/static/dashboard.js").status_code == 200


def test_names_from_reports_are_data_not_markup(site: Site) -> None:
    """Unit names and grades are read from uploaded reports: in the page they stay inert text."""
    hostile = "<script>alert('x')</script>单位"
    with site.engine.begin() as connection:
        unit_id = connection.execute(insert(Unit).values(name=hostile).returning(Unit.id)).scalar_one()
        insert_report(connection, 9, unit_id, 2024, "70", "中'<i>", "80", [])
    page = site.browser("reviewer").get("/dashboard").text
    assert "<script>alert" not in page and "<i>" not in page
    charts = specs(page)
    assert charts["scores"]["categories"] == [hostile]
    assert charts["grades"]["series"][0]["data"] == [["中'<i>", 1]]


def test_grades_are_counted_by_rank_whatever_word_the_report_used(site: Site) -> None:
    """优 and 优秀 are one slice, 良好 counts as 良 (the default scheme's words), in the chart and its CSV."""
    with site.engine.begin() as connection:
        for number, grade in enumerate(("优", "优秀", "良好", "良")):
            insert_report(connection, 20 + number, site.units[HOME_UNIT], 2024, "90", grade, "95", [])
    browser = site.browser("reviewer")
    assert specs(browser.get("/dashboard").text)["grades"]["series"][0]["data"] == [["优", 2], ["良", 2]]
    rows = browser.get("/dashboard/charts/grades.csv").content.decode("utf-8-sig").splitlines()
    assert [row.split(",")[:2] for row in rows[1:]] == [["优", "2"], ["良", "2"]]


def test_evaluations_submitted_in_jixiao_are_counted(site: Site) -> None:
    """A submitted evaluation counts in its own chart and in the page's header; a draft does not."""
    from .test_web_evaluations import create

    home = site.browser("home")
    submitted = create(home)  # the form of tests/web/forms.py: 2024, all indicators met
    create(home)
    home.submit(f"/evaluations/{submitted}/submit")
    page = site.browser("reviewer").get("/dashboard").text
    assert "本系统报送的自评表 1 份" in page
    evaluations = specs(page)["evaluations"]["series"][0]
    assert evaluations["name"] == "自评表数" and [name for name, _ in evaluations["data"]] != []
    assert sum(count for _, count in evaluations["data"]) == 1
    assert "本系统报送的自评表 0 份" in site.browser("reviewer").get("/dashboard?year=2019").text
    other = site.browser("other").get("/dashboard").text
    assert "本系统报送的自评表 0 份" in other  # another unit's user does not see it
