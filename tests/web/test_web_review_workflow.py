"""A report's review to its end: 待审核 -> 审核中 (the first decision or score) -> 审核完成 once every
finding is handled, or 退回 with a 复核意见; locked until 重新审核; progress shown as findings handled of
all; the unit's evaluation of the same year linked; each step in the change log."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from jixiao.store.models import AuditLogEntry, Finding, Report, Unit
from jixiao.web.accounts import create_user

from .conftest import PASSWORD, Browser, Site
from .test_web_evaluations import create
from .test_web_reports import SANMENXIA, SEED_003, upload


def decide(browser: Browser, finding_id: int, status: str = "accepted", reason: str = "") -> Any:
    return browser.post(
        f"/findings/{finding_id}/decide",
        data={"status": status, "reason": reason},
        headers={"HX-Request": "true", "X-CSRF-Token": browser.csrf},
    )


def progress(html: str) -> str:
    found = re.search(r'<span id="review-progress"[^>]*>(.*?)</span>', html)
    assert found, html
    return re.sub(r"<[^>]+>", "", found.group(1))


def test_a_report_is_reviewed_to_its_end(any_site: Site) -> None:
    reviewer = any_site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()))
    with any_site.engine.begin() as connection:
        report_id, unit_id = connection.execute(select(Report.id, Report.unit_id)).one()
        findings = connection.scalars(
            select(Finding.id).where(Finding.report_id == report_id).order_by(Finding.id)
        ).all()
        assert connection.scalar(select(Unit.name).where(Unit.id == unit_id)) == SANMENXIA
        create_user(connection, "smx", PASSWORD, "unit", unit_id)
    assert len(findings) == 5
    page = reviewer.get(f"/reports/{report_id}").text
    assert progress(page) == "待审核 · 已处理 0 / 5 条审核意见"
    assert "0 / 5" in reviewer.get("/reports?status=pending").text
    assert "003.txt" not in reviewer.get("/reports?status=done").text

    refused = reviewer.submit(f"/reports/{report_id}/review", {"action": "complete"})
    assert refused.status_code == 400 and "还有 5 条审核意见未处理" in refused.text
    first = decide(reviewer, findings[0])
    assert progress(first.text) == "审核中 · 已处理 1 / 5 条审核意见"  # swapped in out of band
    assert 'hx-swap-oob="true"' in first.text

    no_comment = reviewer.submit(f"/reports/{report_id}/review", {"action": "return", "comment": " "})
    assert no_comment.status_code == 400 and "复核意见" in no_comment.text
    returned = reviewer.submit(
        f"/reports/{report_id}/review", {"action": "return", "comment": "请补充评价工作组名单"}
    )
    assert returned.status_code == 303
    page = reviewer.get(f"/reports/{report_id}").text
    assert "已退回" in progress(page) and "复核意见：请补充评价工作组名单" in page
    assert "reviewer 已退回" in page and 'value="reopen"' in page and "/review-score" not in page
    # the unit sees the outcome and the 复核意见, without the reviewer's controls
    unit_page = any_site.browser("smx").get(f"/reports/{report_id}").text
    assert "复核意见：请补充评价工作组名单" in unit_page and 'name="action"' not in unit_page
    # locked while returned: no decision, no score, no second finish
    assert decide(reviewer, findings[1]).status_code == 409
    score = reviewer.submit(f"/reports/{report_id}/review-score", {"review_score": "90"})
    assert score.status_code == 409 and "重新审核" in score.text

    assert reviewer.submit(f"/reports/{report_id}/review", {"action": "reopen"}).status_code == 303
    for finding_id in findings[1:]:
        assert decide(reviewer, finding_id, "dismissed", "另有说明").status_code == 200
    done = reviewer.submit(f"/reports/{report_id}/review", {"action": "complete", "comment": "同意"})
    assert done.status_code == 303
    page = reviewer.get(f"/reports/{report_id}").text
    assert progress(page) == "已审核 · 已处理 5 / 5 条审核意见" and "复核意见：同意" in page
    assert "5 / 5" in reviewer.get("/reports?status=done").text
    with any_site.engine.connect() as connection:
        steps = connection.execute(
            select(AuditLogEntry.before, AuditLogEntry.after)
            .where(AuditLogEntry.entity == "reports", AuditLogEntry.entity_id == report_id)
            .order_by(AuditLogEntry.id)
        ).all()
    assert [(step.before["review_status"], step.after["review_status"]) for step in steps] == [
        ("pending", "in_review"),
        ("in_review", "returned"),
        ("returned", "in_review"),
        ("in_review", "done"),
    ]


def test_a_report_links_the_units_evaluation_of_its_year(any_site: Site) -> None:
    reviewer = any_site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()))
    with any_site.engine.begin() as connection:
        report_id, unit_id = connection.execute(select(Report.id, Report.unit_id)).one()
        create_user(connection, "smx", PASSWORD, "unit", unit_id)
    unit = any_site.browser("smx")
    submitted = create(unit, year="2021", project="网络宣传管理和文化建设经费")
    unit.submit(f"/evaluations/{submitted}/submit")
    draft = create(unit, year="2021", project="还在起草")
    create(unit, year="2022", project="另一年度")
    page = reviewer.get(f"/reports/{report_id}").text
    assert f'<a href="/evaluations/{submitted}">网络宣传管理和文化建设经费</a>（已报送财政）' in page
    assert f"/evaluations/{draft}" not in page and "另一年度" not in page
    assert f"/evaluations/{draft}" in unit.get(f"/reports/{report_id}").text  # the unit sees its draft
