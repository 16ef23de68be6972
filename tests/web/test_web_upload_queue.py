"""Uploads reviewed off the request path: the request queues, the worker reviews in a reading child, the
batch's page shows progress and, per file, the unit, year, score, grade and number of findings; the
audit log records who uploaded what; files a stopped server left are picked up again."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert, select, update

from jixiao.store.models import AuditLogEntry, Finding, Report, UploadItem, utcnow
from jixiao.web.app import create_app
from jixiao.web.upload_queue import GONE, UploadQueue

from .conftest import Site
from .test_web_reports import SEED_003, finished


def queued(site: Site, spool: Path, batch: str, name: str, content: bytes | None) -> int:
    """A file as an upload request leaves it: in the spool, its row queued (or its file lost)."""
    kept = spool / f"{batch}-{name}"
    if content is not None:
        kept.write_bytes(content)
    with site.engine.begin() as connection:
        return connection.execute(
            insert(UploadItem)
            .values(
                batch=batch,
                user_id=site.users["reviewer"],
                file_name=name,
                kind="text",
                scheme="national-2020",
                spool=str(kept),
                state="queued",
                reason="",
                created_at=utcnow(),
            )
            .returning(UploadItem.id)
        ).scalar_one()


def test_the_batch_page_shows_progress_then_each_files_result(site: Site, tmp_path: Path) -> None:
    queued(site, tmp_path, "b1", "003.txt", SEED_003.read_bytes())
    queued(site, tmp_path, "b1", "丢失.txt", None)
    reviewer = site.browser("reviewer")
    waiting = reviewer.get("/reports/uploads/b1").text
    assert "已处理 0 / 2 份" in waiting and waiting.count("排队等待审核") == 2
    assert 'hx-get="/reports/uploads/b1/progress" hx-trigger="every 1s"' in waiting
    UploadQueue(site.engine).wake()  # what the upload request does after queuing
    page = finished(reviewer, "/reports/uploads/b1/progress")
    assert "<html" not in page.text and "hx-trigger" not in page.text  # the fragment stops polling
    assert "已处理 2 / 2 份" in page.text
    row = re.sub(r"\s+", " ", page.text.split("<td>003.txt</td>")[1].split("</tr>")[0])
    with site.engine.connect() as connection:
        report_id = connection.scalar(select(Report.id))
        findings = connection.scalar(select(Finding.id).where(Finding.report_id == report_id).limit(1))
    assert findings is not None
    # the seed: 三门峡市互联网舆情研究和应急保障中心, 2021, 自评得分99分, 绩效为“优”, five findings
    assert "已审核入库" in row and "<td>三门峡市互联网舆情研究和应急保障中心</td><td>2021</td>" in row
    assert '<td class="num">99.00</td><td>优</td> <td class="num">5 条</td>' in row
    assert f'href="/reports/{report_id}"' in row
    assert GONE in page.text
    with site.engine.connect() as connection:
        spools = connection.scalars(select(UploadItem.spool)).all()
    assert spools == [None, None] and not (tmp_path / "b1-003.txt").exists()


def test_the_upload_answer_is_immediate_and_the_audit_log_names_the_uploader(site: Site) -> None:
    reviewer = site.browser("reviewer")
    answer = reviewer.post(
        "/reports/upload",
        files=[("files", ("003.txt", SEED_003.read_bytes(), "text/plain"))],
        data={"csrf_token": reviewer.csrf, "scheme": "national-2020"},
    )
    assert answer.status_code == 303
    finished(reviewer, answer.headers["location"])
    with site.engine.connect() as connection:
        entry = connection.execute(
            select(AuditLogEntry.actor, AuditLogEntry.entity, AuditLogEntry.after).where(
                AuditLogEntry.entity == "uploads"
            )
        ).one()
    assert entry.actor == "reviewer" and entry.after["file_name"] == "003.txt"
    assert entry.after["outcome"] == "stored"
    # another reviewer may follow the batch; a unit user may not, and an unknown batch is 404
    assert site.browser("admin").get(answer.headers["location"]).status_code == 200
    assert site.browser("home").get(answer.headers["location"]).status_code == 403
    assert reviewer.get("/reports/uploads/nothing-here").status_code == 404


def test_a_restarted_server_reviews_what_was_left_running(site: Site, tmp_path: Path) -> None:
    item = queued(site, tmp_path, "b2", "003.txt", SEED_003.read_bytes())
    with site.engine.begin() as connection:
        connection.execute(update(UploadItem).values(state="running"))
    with TestClient(create_app(site.engine, site.settings)):  # runs the application's start-up
        pass
    reviewer = site.browser("reviewer")
    page = finished(reviewer, "/reports/uploads/b2")
    assert "已审核入库" in page.text
    with site.engine.connect() as connection:
        assert connection.scalar(select(UploadItem.outcome).where(UploadItem.id == item)) == "stored"
