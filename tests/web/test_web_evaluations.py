"""The unit workspace and a reviewer's actions on evaluations, through the HTTP API."""

from __future__ import annotations

import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from jixiao.store.models import AuditLogEntry, StoredEvaluation, StoredScoreCard

from .conftest import HOME_UNIT, OTHER_UNIT, Browser, Site
from .forms import TOTAL, evaluation_form

HTMX = {"HX-Request": "true"}


def htmx(client: Browser) -> dict[str, str]:
    return {**HTMX, "X-CSRF-Token": client.csrf}


def create(client: Browser, **changes: str) -> int:
    answer = client.submit("/evaluations/new", evaluation_form(**changes))
    assert answer.status_code == 303, answer.text
    found = re.fullmatch(r"/evaluations/(\d+)", answer.headers["location"])
    assert found
    return int(found.group(1))


def slot(html: str, path_id: str) -> str:
    found = re.search(rf'id="problem-{path_id}"[^>]*>([^<]*)<', html)
    assert found, path_id
    return found.group(1)


def test_unit_user_creates_an_evaluation_of_their_own_unit(any_site: Site) -> None:
    home = any_site.browser("home")
    assert home.get("/evaluations/new").status_code == 200
    evaluation_id = create(home)
    page = home.get(f"/evaluations/{evaluation_id}").text
    assert TOTAL in page and "优" in page and "草稿" in page
    with any_site.engine.connect() as connection:
        stored = connection.execute(
            select(StoredEvaluation.unit_id, StoredEvaluation.status, StoredEvaluation.data)
        ).one()
        card_total = connection.scalar(select(StoredScoreCard.total))
        log = connection.execute(
            select(AuditLogEntry.actor, AuditLogEntry.action, AuditLogEntry.entity)
        ).all()
    assert stored.unit_id == any_site.units[HOME_UNIT]
    assert stored.data["unit"] == HOME_UNIT  # whatever the form said
    assert stored.status == "draft"
    assert card_total == Decimal(TOTAL)
    assert [tuple(row) for row in log] == [("home", "create", "evaluations")]
    listing = home.get("/evaluations").text
    assert "2024 年度" in listing and "网络安全培训项目" in listing


def test_only_unit_users_create(site: Site) -> None:
    reviewer = site.browser("reviewer")
    assert reviewer.get("/evaluations/new").status_code == 403
    assert reviewer.submit("/evaluations/new", evaluation_form()).status_code == 403


def test_invalid_form_is_shown_back_with_the_problem_beside_the_cell(site: Site) -> None:
    home = site.browser("home")
    answer = home.submit("/evaluations/new", evaluation_form(**{"indicators[0].weight": "五十"}))
    assert answer.status_code == 400
    assert slot(answer.text, "indicators-0-weight") == "请填写数字"
    assert 'value="五十"' in answer.text  # what was typed stays
    with site.engine.connect() as connection:
        assert connection.scalar(select(StoredEvaluation.id)) is None


def test_recompute_scores_the_form_as_typed(site: Site) -> None:
    home = site.browser("home")
    answer = home.post("/evaluations/recompute", data=evaluation_form(), headers=htmx(home))
    assert answer.status_code == 200
    assert TOTAL in answer.text and "优" in answer.text
    assert 'hx-swap-oob="true"' in answer.text
    assert slot(answer.text, "indicators-0-deviation") == ""
    # 80 of 100 人次: 80% of 50 = 40 points, total 89.50 (良), and a deviation note is now required
    short = home.post(
        "/evaluations/recompute", data=evaluation_form(**{"indicators[0].actual": "80"}), headers=htmx(home)
    )
    assert "89.50" in short.text and "良" in short.text
    assert "须填写偏差原因" in slot(short.text, "indicators-0-deviation")
    # a cell that is not a number: no score, the message at that cell
    typo = home.post(
        "/evaluations/recompute",
        data=evaluation_form(**{"funds.total.executed": "9５.x"}),
        headers=htmx(home),
    )
    assert "改正后自动计分" in typo.text
    assert slot(typo.text, "funds-total-executed") == "请填写数字"


def test_recompute_needs_the_csrf_header(site: Site) -> None:
    home = site.browser("home")
    assert home.post("/evaluations/recompute", data=evaluation_form(), headers=HTMX).status_code == 403


def row_names(html: str) -> list[str]:
    return re.findall(r'name="indicators\[\d+\]\.name" value="([^"]*)"', html)


def test_rows_are_added_removed_and_reordered(site: Site) -> None:
    home = site.browser("home")
    form = evaluation_form()
    added = home.post("/evaluations/rows", data={**form, "op": "add"}, headers=htmx(home))
    assert added.status_code == 200
    assert json.loads(added.headers["HX-Trigger-After-Settle"]) == {
        "recompute": {"target": "#evaluation-form"}
    }
    assert row_names(added.text) == ["培训人次", "网络安全意识", "参训人员满意度", ""]
    moved = home.post("/evaluations/rows", data={**form, "op": "up-2"}, headers=htmx(home))
    assert row_names(moved.text) == ["培训人次", "参训人员满意度", "网络安全意识"]
    moved = home.post("/evaluations/rows", data={**form, "op": "down-0"}, headers=htmx(home))
    assert row_names(moved.text) == ["网络安全意识", "培训人次", "参训人员满意度"]
    removed = home.post("/evaluations/rows", data={**form, "op": "remove-1"}, headers=htmx(home))
    assert row_names(removed.text) == ["培训人次", "参训人员满意度"]
    # the renumbered fields follow the rows: the remaining second row is now indicators[1]
    assert 'name="indicators[1].name" value="参训人员满意度"' in removed.text


def test_editing_adds_a_score_card_and_logs_before_and_after(any_site: Site) -> None:
    home = any_site.browser("home")
    evaluation_id = create(home)
    changed = evaluation_form(**{"indicators[0].actual": "80", "indicators[0].deviation": "下半年停训一期"})
    answer = home.submit(f"/evaluations/{evaluation_id}", changed)
    assert answer.status_code == 303
    assert "89.50" in home.get(f"/evaluations/{evaluation_id}").text
    with any_site.engine.connect() as connection:
        totals = connection.scalars(select(StoredScoreCard.total).order_by(StoredScoreCard.id)).all()
        entry = connection.execute(
            select(AuditLogEntry.action, AuditLogEntry.before, AuditLogEntry.after).where(
                AuditLogEntry.action == "update"
            )
        ).one()
    assert totals == [Decimal(TOTAL), Decimal("89.50")]
    assert entry.before["indicators"][0]["actual"] == 100
    assert entry.after["indicators"][0]["actual"] == 80
    assert entry.after["indicators"][0]["deviation"] == "下半年停训一期"


def test_another_units_evaluation_is_not_found(any_site: Site) -> None:
    evaluation_id = create(any_site.browser("home"))
    other = any_site.browser("other")
    assert OTHER_UNIT in other.get("/evaluations").text
    assert "网络安全培训项目" not in other.get("/evaluations").text
    for path in ("", "/download/xlsx", "/download/docx"):
        answer = other.get(f"/evaluations/{evaluation_id}{path}")
        assert answer.status_code == 404
        assert "网络安全培训项目" not in answer.text
    assert other.submit(f"/evaluations/{evaluation_id}", evaluation_form()).status_code == 404
    assert other.submit(f"/evaluations/{evaluation_id}/submit").status_code == 404
    assert other.get(f"/evaluations/{evaluation_id + 1000}").status_code == 404
    with any_site.engine.connect() as connection:
        assert connection.scalar(select(StoredEvaluation.status)) == "draft"
        assert len(connection.scalars(select(StoredScoreCard.id)).all()) == 1


def test_reviewer_reads_but_does_not_edit(site: Site) -> None:
    evaluation_id = create(site.browser("home"))
    site.browser("home").submit(f"/evaluations/{evaluation_id}/submit")
    reviewer = site.browser("reviewer")
    page = reviewer.get(f"/evaluations/{evaluation_id}")
    assert page.status_code == 200 and "<fieldset disabled" in page.text
    assert reviewer.submit(f"/evaluations/{evaluation_id}", evaluation_form()).status_code == 403
    assert reviewer.submit(f"/evaluations/{evaluation_id}/submit").status_code == 403
    home = site.browser("home")
    assert home.submit(f"/evaluations/{evaluation_id}/return", {"comment": "x"}).status_code == 403
    assert (
        home.submit(f"/evaluations/{evaluation_id}/review-score", {"review_score": "90"}).status_code == 403
    )


def test_submit_return_and_resubmit(any_site: Site) -> None:
    home = any_site.browser("home")
    evaluation_id = create(home)
    assert home.submit(f"/evaluations/{evaluation_id}/submit").status_code == 303
    assert "已报送财政" in home.get(f"/evaluations/{evaluation_id}").text
    # read-only once submitted
    assert home.submit(f"/evaluations/{evaluation_id}", evaluation_form()).status_code == 403
    assert home.submit(f"/evaluations/{evaluation_id}/submit").status_code == 409
    reviewer = any_site.browser("reviewer")
    assert reviewer.submit(f"/evaluations/{evaluation_id}/return", {"comment": "  "}).status_code == 400
    answer = reviewer.submit(f"/evaluations/{evaluation_id}/return", {"comment": "请补充满意度调查方法"})
    assert answer.status_code == 303
    assert reviewer.submit(f"/evaluations/{evaluation_id}/return", {"comment": "again"}).status_code == 409
    page = home.get(f"/evaluations/{evaluation_id}").text
    assert "已退回修改" in page and "请补充满意度调查方法" in page
    assert home.submit(f"/evaluations/{evaluation_id}", evaluation_form()).status_code == 303
    assert home.submit(f"/evaluations/{evaluation_id}/submit").status_code == 303
    with any_site.engine.connect() as connection:
        states = connection.execute(
            select(AuditLogEntry.actor, AuditLogEntry.before, AuditLogEntry.after)
            .where(AuditLogEntry.entity == "evaluations", AuditLogEntry.action == "update")
            .order_by(AuditLogEntry.id)
        ).all()
    statuses = [(row.actor, row.before.get("status"), row.after.get("status")) for row in states]
    assert statuses == [
        ("home", "draft", "submitted"),
        ("reviewer", "submitted", "returned"),
        ("home", None, None),  # the content edit: before and after are the evaluation itself
        ("home", "returned", "submitted"),
    ]


def test_an_evaluation_with_errors_cannot_be_submitted(site: Site) -> None:
    home = site.browser("home")
    evaluation_id = create(home, **{"indicators[0].actual": "80"})  # no deviation note: an error
    answer = home.submit(f"/evaluations/{evaluation_id}/submit")
    assert answer.status_code == 400 and "1 个错误" in answer.text


def test_review_score_and_the_composite_of_the_scheme(site: Site) -> None:
    home = site.browser("home")
    evaluation_id = create(home, scheme="provincial-80")
    home.submit(f"/evaluations/{evaluation_id}/submit")
    reviewer = site.browser("reviewer")
    assert (
        reviewer.submit(f"/evaluations/{evaluation_id}/review-score", {"review_score": "150"}).status_code
        == 400
    )
    assert (
        reviewer.submit(f"/evaluations/{evaluation_id}/review-score", {"review_score": "90"}).status_code
        == 303
    )
    page = reviewer.get(f"/evaluations/{evaluation_id}").text
    # 0.4 x 99.50 + 0.6 x 90 = 39.80 + 54 = 93.80
    assert "综合得分：<strong>93.80</strong>" in page
    with site.engine.connect() as connection:
        assert connection.scalar(select(StoredEvaluation.review_score)) == Decimal(90)
    # national-2020 defines no composite: the score is kept, no composite is shown
    other = create(home)
    home.submit(f"/evaluations/{other}/submit")
    reviewer.submit(f"/evaluations/{other}/review-score", {"review_score": "88"})
    page = reviewer.get(f"/evaluations/{other}").text
    assert "未规定自评与复核的综合方法" in page and "综合得分：" not in page


def test_downloads(site: Site) -> None:
    home = site.browser("home")
    evaluation_id = create(home)
    for target, member in (("xlsx", "xl/workbook.xml"), ("docx", "word/document.xml")):
        answer = home.get(f"/evaluations/{evaluation_id}/download/{target}")
        assert answer.status_code == 200
        assert "filename*=UTF-8''2024" in answer.headers["content-disposition"]
        assert member in zipfile.ZipFile(io.BytesIO(answer.content)).namelist()
    pdf = home.get(f"/evaluations/{evaluation_id}/download/pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert home.get(f"/evaluations/{evaluation_id}/download/exe").status_code == 404


def upload(client: Browser, url: str, name: str, content: bytes, field: str = "file", **data: Any) -> Any:
    return client.post(
        url,
        files=[(field, (name, content, "application/octet-stream"))],
        data={"csrf_token": client.csrf, **data},
    )


def test_import_an_xlsx_form(site: Site) -> None:
    home = site.browser("home")
    evaluation_id = create(home)
    workbook = home.get(f"/evaluations/{evaluation_id}/download/xlsx").content
    answer = upload(home, "/evaluations/import", "自评表.xlsx", workbook)
    assert answer.status_code == 303
    imported = answer.headers["location"]
    assert imported != f"/evaluations/{evaluation_id}"
    assert TOTAL in home.get(imported).text
    # the other unit cannot import this unit's form, nor a file that is not a workbook
    other = site.browser("other")
    refused = upload(other, "/evaluations/import", "自评表.xlsx", workbook)
    assert refused.status_code == 400 and "不是您的单位" in refused.text
    docx = home.get(f"/evaluations/{evaluation_id}/download/docx").content
    wrong = upload(home, "/evaluations/import", "伪装.xlsx", docx)
    assert wrong.status_code == 400 and "文件类型不支持" in wrong.text


def test_only_bundled_schemes_are_used(site: Site, tmp_path: Path) -> None:
    planted = tmp_path / "planted.yaml"
    planted.write_text("name: planted\n", encoding="utf-8")
    home = site.browser("home")
    for scheme in (str(planted), "../../etc/passwd", "no-such-scheme"):
        answer = home.post("/evaluations/recompute", data=evaluation_form(scheme=scheme), headers=htmx(home))
        assert answer.status_code == 200
        assert slot(answer.text, "scheme") == "评分方案不存在"
        assert home.submit("/evaluations/new", evaluation_form(scheme=scheme)).status_code == 400


def test_list_filters_by_status(site: Site) -> None:
    home = site.browser("home")
    submitted = create(home, project="已报送的项目")
    create(home, project="还在起草的项目")
    home.submit(f"/evaluations/{submitted}/submit")
    reviewer = site.browser("reviewer")
    waiting = reviewer.get("/evaluations?status=submitted").text
    assert "已报送的项目" in waiting and "还在起草的项目" not in waiting
    everything = reviewer.get("/evaluations?status=bogus").text
    assert "已报送的项目" in everything and "还在起草的项目" not in everything  # drafts are the unit's own
    assert "还在起草的项目" in home.get("/evaluations").text


def test_drafts_are_hidden_from_reviewers_and_cannot_be_scored(any_site: Site) -> None:
    """A draft is the unit's until submitted: a reviewer neither lists it, opens it, downloads it nor gives
    it a 复核 score; a returned one can be read but not scored until it is submitted again."""
    home = any_site.browser("home")
    draft = create(home, project="草稿项目")
    for role in ("reviewer", "admin"):
        browser = any_site.browser(role)
        assert "草稿项目" not in browser.get("/evaluations").text
        assert browser.get(f"/evaluations/{draft}").status_code == 404
        assert browser.get(f"/evaluations/{draft}/download/xlsx").status_code == 404
        scored = browser.submit(f"/evaluations/{draft}/review-score", {"review_score": "90"})
        assert scored.status_code == 404
    reviewer = any_site.browser("reviewer")
    home.submit(f"/evaluations/{draft}/submit")
    assert f'action="/evaluations/{draft}/review-score"' in reviewer.get(f"/evaluations/{draft}").text
    reviewer.submit(f"/evaluations/{draft}/return", {"comment": "请补充"})
    page = reviewer.get(f"/evaluations/{draft}")
    assert page.status_code == 200 and "/review-score" not in page.text
    refused = reviewer.submit(f"/evaluations/{draft}/review-score", {"review_score": "90"})
    assert refused.status_code == 409 and "只有已报送财政的自评表才能复核评分" in refused.text
    with any_site.engine.connect() as connection:
        assert connection.scalar(select(StoredEvaluation.review_score)) is None


def test_an_evaluation_naming_no_scheme_shows_the_scheme_it_is_scored_with(site: Site) -> None:
    """Stored without a scheme it is scored with national-2020: the dropdown selects that, not the first
    option, so saving it unchanged keeps national-2020."""
    home = site.browser("home")
    evaluation_id = create(home, scheme="provincial-80")
    with site.engine.begin() as connection:
        data = connection.scalar(select(StoredEvaluation.data))
        data["scheme"] = None
        connection.execute(update(StoredEvaluation).values(data=data))
    page = home.get(f"/evaluations/{evaluation_id}").text
    menu = page.split('name="scheme"')[1].split("</select>")[0]
    selected = re.findall(r'<option value="([^"]+)" selected>', menu)
    assert selected == ["national-2020"]
    assert "财预〔2020〕10号《项目支出绩效评价管理办法》单位自评</option>" in menu  # in words
