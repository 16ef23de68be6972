"""Reading a written page as the reviewer's command does: its extracted report, its audit codes, its four figures."""

from __future__ import annotations

from decimal import Decimal

from jixiao.extract import ExtractedReport, extract_document
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document


def read(text: str) -> ExtractedReport:
    return extract_document(Document.from_text("page.txt", "txt", text))


def codes(text: str) -> list[str]:
    findings = review_document(
        Document.from_text("page.txt", "txt", text), load_scheme("national-2020")
    ).findings
    return [f.code for f in findings]


def figures(report: ExtractedReport) -> tuple[Decimal | None, ...]:
    budget = report.budget
    return budget.initial, budget.adjusted, budget.executed, budget.execution_rate
