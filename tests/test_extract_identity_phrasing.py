"""Identity in the phrasings real reports use (written here by hand, not copied): which year a page
evaluates when the notices it cites name other years."""

from __future__ import annotations

from jixiao.extract.extract import extract_document
from jixiao.ingest.document import Document


def year_of(text: str) -> int | None:
    return extract_document(Document.from_text("page.txt", "txt", text)).year


def test_the_year_a_cited_notice_asks_the_evaluation_of_and_no_other_cited_year() -> None:
    # the notice names two years; the one it asks the self-evaluation of is the report's
    assert (
        year_of("根据《关于报送2020年预算绩效目标和2019年度部门预算绩效自评报告的通知》要求，我院开展自评。")
        == 2019
    )
    # the notice's evaluation year beats a date in the body ("2023年3月" is when the work was done)
    text = "根据《关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求，2023年3月我局开展了自评。"
    assert year_of(text) == 2022
    # a cited regulation's year is that regulation's; the body names the evaluated year
    assert (
        year_of("根据《某某资金管理办法（2018年修订）》，现将2021年度项目支出绩效自评情况报告如下。") == 2021
    )
