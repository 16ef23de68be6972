"""Fund-source sub-rows written out in prose are parts of the budget, each owned by its source."""

from __future__ import annotations

from decimal import Decimal

from jixiao.extract.extract import extract_document
from jixiao.ingest.document import Document

TEXT = (
    "2023年度，该项目年初预算数5万元，全年预算5万元，全年执行数4.80万元，预算执行率96.00%。\n"
    "其中：本年财政拨款全年预算3.14万元、执行数3.00万元；上年结转资金全年预算1.86万元、执行数1.80万元。"
)


def test_sources_are_parts_not_second_statements_of_the_budget() -> None:
    report = extract_document(Document.from_text("sources.txt", "txt", TEXT))
    sources = [
        (f.field, f.subject, f.value, f.line, f.text) for f in report.facts if f.field.startswith("source.")
    ]
    assert sources == [
        ("source.adjusted", "本年财政拨款", Decimal("3.14"), 2, "3.14万元"),
        ("source.executed", "本年财政拨款", Decimal("3.00"), 2, "3.00万元"),
        ("source.adjusted", "上年结转", Decimal("1.86"), 2, "1.86万元"),
        ("source.executed", "上年结转", Decimal("1.80"), 2, "1.80万元"),
    ]
    assert report.budget.adjusted == Decimal("5")
    assert report.budget.executed == Decimal("4.80")
    assert [f.line for f in report.facts if f.field == "budget.adjusted"] == [1]
