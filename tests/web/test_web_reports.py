"""The reviewer workspace: uploading reports, the report page, decisions on findings, the review score."""

from __future__ import annotations

import re
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from jixiao.store.models import AuditLogEntry, Finding, Report, StoredEvaluation, Unit
from jixiao.web.accounts import create_user

from ..conftest import SEEDS
from .conftest import PASSWORD, Browser, Site

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from hostile_inputs import pdf_bomb

SEED_003 = SEEDS / "003_4f47e40a9e3722bd.txt"
SEED_004 = SEEDS / "004_f37ac31af9afc1da.txt"
SANMENXIA = "三门峡市互联网舆情研究和应急保障中心"


def upload(client: Browser, *files: tuple[str, bytes], scheme: str = "national-2020") -> Any:
    """Post the files; when they are queued, the batch's page once the worker has reviewed them all."""
    answer = client.post(
        "/reports/upload",
        files=[("files", (name, content, "application/octet-stream")) for name, content in files],
        data={"csrf_token": client.csrf, "scheme": scheme},
    )
    if answer.status_code != 303:
        return answer
    assert answer.headers["location"].startswith("/reports/uploads/")
    return finished(client, answer.headers["location"])


def finished(client: Browser, batch_page: str, seconds: float = 180) -> Any:
    """The batch's page once every file in it is finished (the page says so in data-finished)."""
    deadline = time.monotonic() + seconds
    while True:
        page = client.get(batch_page)
        assert page.status_code == 200, page.text
        if 'data-finished="yes"' in page.text:
            return page
        assert time.monotonic() < deadline, page.text
        time.sleep(0.1)


def test_an_upload_is_read_under_the_reading_limits(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The web server's threads read through a fork server: a file over the CPU cap costs its own
    message, and the report uploaded beside it is stored."""
    monkeypatch.setenv("JIXIAO_READ_CPU_SECONDS", "1")
    slow = pdf_bomb(tmp_path / "slow.pdf", 20 * 1024 * 1024).read_bytes()
    reviewer = site.browser("reviewer")
    answer = upload(reviewer, ("slow.pdf", slow), ("003.txt", SEED_003.read_bytes()))
    assert answer.status_code == 200
    assert "读取该文件超过 1 秒的时间上限（JIXIAO_READ_CPU_SECONDS）" in answer.text, answer.text.split(
        "<table"
    )[1]
    assert answer.text.count("已审核入库") == 1, answer.text.split("<table")[1]
    with site.engine.connect() as connection:
        assert connection.scalars(select(Report.file_name)).all() == ["003.txt"]


def report_id(site: Site, name: str) -> int:
    with site.engine.connect() as connection:
        return connection.execute(select(Report.id).where(Report.file_name == name)).scalar_one()


def test_reviewer_uploads_several_reports_at_once(any_site: Site) -> None:
    reviewer = any_site.browser("reviewer")
    answer = upload(reviewer, ("003.txt", SEED_003.read_bytes()), ("004.txt", SEED_004.read_bytes()))
    assert answer.status_code == 200
    assert answer.text.count("已审核入库") == 2
    again = upload(reviewer, ("003 副本.txt", SEED_003.read_bytes()))
    assert "以前已上传过" in again.text
    listing = reviewer.get("/reports").text
    assert SANMENXIA in listing and "003.txt" in listing and "004.txt" in listing
    with any_site.engine.connect() as connection:
        assert connection.scalars(select(Report.file_name).order_by(Report.id)).all() == [
            "003.txt",
            "004.txt",
        ]


def test_report_page_highlights_the_score_sum_finding_at_its_lines(site: Site) -> None:
    reviewer = site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()))
    page = reviewer.get(f"/reports/{report_id(site, '003.txt')}").text
    # seed 003: the parts add up to 89 but the report states 99 (JX104), lines 36 to 44
    assert "各部分得分合计89分，与自评总分99分不符" in page
    assert re.search(r'<div class="line hl-error" id="L36"><span class="ln">36</span>', page)
    assert re.search(r'<div class="line hl-error" id="L44">', page)
    assert re.search(r'<div class="line" id="L1">', page)
    # the extracted facts beside the text
    assert "<dt>全年预算数</dt><dd>110 万元</dd>" in page
    assert "<dt>预算执行率</dt><dd>89.72%</dd>" in page


def test_report_text_is_escaped(site: Site) -> None:
    reviewer = site.browser("reviewer")
    hostile = "某单位2023年度项目支出绩效自评报告\n<script>alert('x')</script>\n<img src=x onerror=alert(1)>\n".encode()
    assert upload(reviewer, ("<b>名字.txt", hostile)).status_code == 200
    with site.engine.connect() as connection:
        stored = connection.execute(select(Report.id, Report.file_name)).one()
    page = reviewer.get(f"/reports/{stored.id}").text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>名字" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;名字.txt" in page


def test_decisions_on_findings_are_recorded_and_logged(any_site: Site) -> None:
    reviewer = any_site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()))
    with any_site.engine.connect() as connection:
        findings = dict(connection.execute(select(Finding.code, Finding.id)).all())
    headers = {"HX-Request": "true", "X-CSRF-Token": reviewer.csrf}
    score_sum, missing_part = findings["JX104"], findings["JX301"]
    refused = reviewer.post(f"/findings/{missing_part}/decide", data={"status": "dismissed"}, headers=headers)
    assert refused.status_code == 400 and "请写明理由" in refused.text
    dismissed = reviewer.post(
        f"/findings/{missing_part}/decide",
        data={"status": "dismissed", "reason": "评价工作组名单见附件"},
        headers=headers,
    )
    assert dismissed.status_code == 200
    assert f'id="finding-{missing_part}"' in dismissed.text
    assert "reviewer 已驳回" in dismissed.text and "评价工作组名单见附件" in dismissed.text
    accepted = reviewer.post(f"/findings/{score_sum}/decide", data={"status": "accepted"}, headers=headers)
    assert "已采纳" in accepted.text
    assert (
        reviewer.post(f"/findings/{score_sum}/decide", data={"status": "maybe"}, headers=headers).status_code
        == 400
    )
    assert (
        reviewer.post(
            f"/findings/{score_sum + 999}/decide", data={"status": "accepted"}, headers=headers
        ).status_code
        == 404
    )
    with any_site.engine.connect() as connection:
        rows = dict(connection.execute(select(Finding.id, Finding.status)).all())
        log = connection.execute(
            select(AuditLogEntry.entity_id, AuditLogEntry.actor, AuditLogEntry.before, AuditLogEntry.after)
            .where(AuditLogEntry.entity == "findings")
            .order_by(AuditLogEntry.id)
        ).all()
    assert rows[missing_part] == "dismissed" and rows[score_sum] == "accepted"
    assert [(e.entity_id, e.actor, e.before["status"], e.after["status"]) for e in log] == [
        (missing_part, "reviewer", "open", "dismissed"),
        (score_sum, "reviewer", "open", "accepted"),
    ]
    assert log[0].after["decision_reason"] == "评价工作组名单见附件"
    page = reviewer.get(f"/reports/{report_id(any_site, '003.txt')}").text
    assert "评价工作组名单见附件" in page


def test_review_score_composite_on_a_report(site: Site) -> None:
    reviewer = site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()), scheme="provincial-80")
    identifier = report_id(site, "003.txt")
    assert (
        reviewer.post(
            f"/reports/{identifier}/review-score", data={"csrf_token": reviewer.csrf, "review_score": "abc"}
        ).status_code
        == 400
    )
    saved = reviewer.post(
        f"/reports/{identifier}/review-score", data={"csrf_token": reviewer.csrf, "review_score": "80"}
    )
    assert saved.status_code == 303
    page = reviewer.get(f"/reports/{identifier}").text
    # seed 003 states 99 points: 0.4 x 99 + 0.6 x 80 = 39.60 + 48 = 87.60
    assert "综合得分：<strong>87.60</strong>" in page
    with site.engine.connect() as connection:
        assert connection.scalar(select(Report.review_score)) == Decimal(80)
        entry = connection.execute(
            select(AuditLogEntry.before, AuditLogEntry.after).where(AuditLogEntry.entity == "reports")
        ).one()
    # entering a score starts the review: 待审核 -> 审核中, logged with the score
    waiting = {"review_score": None, "review_status": "pending", "review_comment": None}
    assert entry.before == waiting
    assert entry.after == {"review_score": 80, "review_status": "in_review", "review_comment": None}


def test_unit_users_read_only_their_own_units_reports(any_site: Site) -> None:
    reviewer = any_site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()), ("004.txt", SEED_004.read_bytes()))
    with any_site.engine.begin() as connection:
        unit = connection.execute(select(Unit.id).where(Unit.name == SANMENXIA)).scalar_one()
        create_user(connection, "sanmenxia", PASSWORD, "unit", unit)
        finding = connection.execute(
            select(Finding.id).join(Report).where(Report.unit_id == unit).limit(1)
        ).scalar_one()
    own, other = report_id(any_site, "003.txt"), report_id(any_site, "004.txt")
    sanmenxia = any_site.browser("sanmenxia")
    listing = sanmenxia.get("/reports").text
    assert "003.txt" in listing and "004.txt" not in listing and "上传自评报告" not in listing
    page = sanmenxia.get(f"/reports/{own}")
    assert page.status_code == 200 and "hx-post" not in page.text  # no decision buttons
    assert sanmenxia.get(f"/reports/{other}").status_code == 404
    assert any_site.browser("home").get(f"/reports/{own}").status_code == 404
    assert (
        sanmenxia.submit(f"/findings/{finding}/decide", {"status": "dismissed", "reason": "x"}).status_code
        == 403
    )
    assert sanmenxia.submit(f"/reports/{own}/review-score", {"review_score": "100"}).status_code == 403
    assert upload(sanmenxia, ("x.txt", b"text")).status_code == 403


def test_an_uploaded_xlsx_form_becomes_a_submitted_evaluation(site: Site) -> None:
    home = site.browser("home")
    from .test_web_evaluations import create

    evaluation_id = create(home)
    workbook = home.get(f"/evaluations/{evaluation_id}/download/xlsx").content
    reviewer = site.browser("reviewer")
    answer = upload(reviewer, ("自评表.xlsx", workbook))
    assert answer.status_code == 200 and "已作为自评表收下" in answer.text
    with site.engine.connect() as connection:
        statuses = connection.scalars(select(StoredEvaluation.status).order_by(StoredEvaluation.id)).all()
    assert statuses == ["draft", "submitted"]


def test_unknown_scheme_is_refused(site: Site) -> None:
    reviewer = site.browser("reviewer")
    answer = upload(reviewer, ("003.txt", SEED_003.read_bytes()), scheme="../../etc/passwd")
    assert answer.status_code == 400
    with site.engine.connect() as connection:
        assert connection.scalar(select(Report.id)) is None


def test_decision_without_htmx_returns_to_the_report_and_the_change_log_lists_it(site: Site) -> None:
    reviewer = site.browser("reviewer")
    upload(reviewer, ("003.txt", SEED_003.read_bytes()))
    with site.engine.connect() as connection:
        finding = connection.execute(select(Finding.id).where(Finding.code == "JX104")).scalar_one()
    answer = reviewer.submit(
        f"/findings/{finding}/decide", {"status": "accepted", "reason": "请单位更正总分"}
    )
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/reports/{report_id(site, '003.txt')}#finding-{finding}"
    log = reviewer.get("/audit-log?entity=findings").text
    rid = report_id(site, "003.txt")
    assert f'<a href="/reports/{rid}#finding-{finding}">审核意见 {finding}</a>' in log
    assert "状态：待处理 → 已采纳" in log and "理由：（空） → 请单位更正总分" in log
    assert f"#finding-{finding}" not in reviewer.get("/audit-log?entity=evaluations").text
