"""Reading a written page as the reviewer's command does: its extracted report, its audit codes, its four figures; or
saved as a file and reviewed as the command reviews one (the file's text normalised on the way in)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.extract import ExtractedReport, extract_document
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import Reviewed, review, review_document


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


def review_saved(folder: Path, text: str) -> Reviewed:
    """The page saved as a file in ``folder`` and reviewed as the command reviews one."""
    page = folder / "page.txt"
    page.write_text(text, encoding="utf-8")
    return review(page, load_scheme("national-2020"))
