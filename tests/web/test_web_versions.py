"""Near-duplicate uploads: the same unit, year and kind with nearly the same text is stored as a new
version of the report, counted once; a reviewer can separate the two when they are different reports."""

from __future__ import annotations

import re

from sqlalchemy import select

from jixiao.store.models import Report
from jixiao.web.intake import NEAR_DUPLICATE, text_similarity

from .conftest import Site
from .test_dashboard import specs
from .test_web_reports import SEED_003, SEED_004, upload

ORIGINAL = SEED_003.read_text(encoding="utf-8")
# a re-upload with a figure corrected and a sentence added
EDITED = ORIGINAL.replace("自评得分99分", "自评得分89分", 1) + "\n附：评价工作组名单另行报送。\n"


def test_similarity_of_texts() -> None:
    assert text_similarity(ORIGINAL, ORIGINAL) == 1.0
    assert text_similarity(ORIGINAL, " ".join(ORIGINAL)) == 1.0  # spacing is no difference
    assert text_similarity(ORIGINAL, EDITED) >= NEAR_DUPLICATE
    assert text_similarity(ORIGINAL, SEED_004.read_text(encoding="utf-8")) < 0.3


def test_an_edited_re_upload_is_a_new_version_counted_once(site: Site) -> None:
    reviewer = site.browser("reviewer")
    upload(reviewer, ("003.txt", ORIGINAL.encode()))
    page = upload(reviewer, ("003 修改稿.txt", EDITED.encode())).text
    assert "作为已有报告的新版本入库" in page
    with site.engine.connect() as connection:
        (first, _), (second, previous) = connection.execute(
            select(Report.id, Report.previous_id).order_by(Report.id)
        ).all()
    assert previous == first
    assert re.search(rf"与已有报告（编号 {first}）单位、年度、类型相同，文字 9\d% 相同", page)
    listing = reviewer.get("/reports").text
    assert f'href="/reports/{second}"' in listing and f'href="/reports/{first}"' not in listing
    dashboard = reviewer.get("/dashboard").text
    assert "已入库自评报告 1 份" in dashboard
    assert specs(dashboard)["grades"]["series"][0]["data"] == [["优", 1]]
    assert f'href="/reports/{second}"' in reviewer.get(f"/reports/{first}").text  # the newer version
    assert reviewer.submit(f"/reports/{first}/separate").status_code == 409
    assert reviewer.submit(f"/reports/{second}/separate").status_code == 303
    assert "已入库自评报告 2 份" in reviewer.get("/dashboard").text
    with site.engine.connect() as connection:
        assert connection.scalar(select(Report.previous_id).where(Report.id == second)) is None


def test_another_units_report_is_never_a_version(site: Site) -> None:
    reviewer = site.browser("reviewer")
    upload(reviewer, ("003.txt", ORIGINAL.encode()))
    page = upload(reviewer, ("004.txt", SEED_004.read_bytes())).text
    assert "已审核入库" in page and "新版本" not in page
