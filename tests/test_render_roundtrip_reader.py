"""What the render side writes, the reading side reads back: each example evaluation is scored, rendered as
a 自评报告 (.docx, its plain text, .html, and the .pdf LibreOffice makes of the .docx), and the files go
through ingest + extract. The figures read back must be the score card's: year, budget and spending,
execution rate, total score and grade (and the kind, unit and project the report is about).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from jixiao.extract import ExtractedReport, extract_file
from jixiao.ingest import read_document
from jixiao.ingest.office import convert_many
from jixiao.model.evaluation import Evaluation, Kind
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.render.html import report_html
from jixiao.render.report_docx import report_docx
from jixiao.render.report_text import build_report
from jixiao.scoring import ScoreCard, score

from .conftest import EXAMPLES

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.yaml"))
FORMATS = ("docx", "txt", "html", "pdf")


@dataclass(frozen=True)
class Rendered:
    evaluation: Evaluation
    card: ScoreCard
    files: dict[str, Path]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    folder = tmp_path_factory.mktemp("roundtrip")
    result: dict[str, Rendered] = {}
    for example in EXAMPLE_FILES:
        evaluation = load_evaluation(example)
        scheme = load_scheme(evaluation.scheme or "national-2020")
        card = score(evaluation, scheme)
        report = build_report(evaluation, card, scheme)
        docx = folder / f"{example.stem}.docx"
        docx.write_bytes(report_docx(report))
        text = folder / f"{example.stem}.txt"
        text.write_text(read_document(docx).text, encoding="utf-8")
        html = folder / f"{example.stem}.html"
        html.write_text(report_html(report), encoding="utf-8")
        result[example.name] = Rendered(evaluation, card, {"docx": docx, "txt": text, "html": html})
    docx_files = [result[e.name].files["docx"] for e in EXAMPLE_FILES]
    for example, pdf in zip(EXAMPLE_FILES, convert_many(docx_files, "pdf", folder / "pdf"), strict=True):
        result[example.name].files["pdf"] = pdf
    return result


def _card_figures(evaluation: Evaluation, card: ScoreCard) -> dict[str, object]:
    return {
        "year": evaluation.year,
        "kind": evaluation.kind.value,
        "unit": evaluation.unit,
        "project": evaluation.project if evaluation.kind is Kind.PROJECT else None,
        "adjusted": card.funds.budget,
        "executed": card.funds.executed,
        "execution_rate": card.execution.rate,
        "score": card.total,
        "grade": card.grade,
    }


def _read_figures(report: ExtractedReport) -> dict[str, object]:
    return {
        "year": report.year,
        "kind": report.kind,
        "unit": report.unit,
        "project": report.project,
        "adjusted": report.budget.adjusted,
        "executed": report.budget.executed,
        "execution_rate": report.budget.execution_rate,
        "score": report.score,
        "grade": report.grade,
    }


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_rendered_report_reads_back_as_its_score_card(
    rendered: dict[str, Rendered], example: Path, file_format: str
) -> None:
    subject = rendered[example.name]
    report = extract_file(subject.files[file_format])
    assert report.format == {"txt": "text"}.get(file_format, file_format)
    assert _read_figures(report) == _card_figures(subject.evaluation, subject.card)
    # every figure is also cited where it is printed
    lines = {line.number: line.text for line in read_document(subject.files[file_format]).lines}
    for field in ("budget.adjusted", "budget.executed", "budget.execution_rate", "score", "grade"):
        facts = [fact for fact in report.facts if fact.field == field]
        assert facts, field
        for fact in facts:
            if fact.end_line == fact.line:
                assert lines[fact.line][fact.start : fact.end] == fact.text


def test_the_examples_cover_both_kinds_and_a_report_with_problems(rendered: dict[str, Rendered]) -> None:
    """The round trip above is only as broad as the examples: both kinds, and a card with problems."""
    kinds = {subject.evaluation.kind for subject in rendered.values()}
    assert kinds == {Kind.PROJECT, Kind.DEPARTMENT}
    assert any(subject.card.problems for subject in rendered.values())
