"""The same report read from another format or encoding gives the same extraction as its UTF-8 text.

The five seeds are written as GB18030 text, as .docx (python-docx, one paragraph per line) and as .pdf
(that .docx through LibreOffice, in one batch). GB18030 and .docx keep every line, so their extraction
must be identical to the text's, facts with their lines and columns included. A PDF's text layer
wraps long paragraphs at the page edge and drops blank lines, so there every VALUE must agree (all
top-level fields, and every fact as field, value, unit, subject, written value and unit, approximation
and operator, compared as a multiset) while lines are checked to hold what each fact quotes.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest

from jixiao.extract import ExtractedReport, extract_file
from jixiao.ingest import read_document
from jixiao.ingest.office import convert_many

from .conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
_WHERE = ("file", "format", "encoding")
_LINE_KEYS = ("line", "start", "end", "end_line", "text")


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("formats")
    result: dict[str, dict[str, Path]] = {}
    for seed in SEED_FILES:
        text = seed.read_text(encoding="utf-8")
        gb = folder / f"{seed.stem}.gb18030.txt"
        gb.write_bytes(text.encode("gb18030"))
        document = docx.Document()
        for line in read_document(seed).lines:
            document.add_paragraph(line.text)
        word = folder / f"{seed.stem}.docx"
        document.save(str(word))
        result[seed.name] = {"gb18030": gb, "docx": word}
    pdfs = convert_many([result[s.name]["docx"] for s in SEED_FILES], "pdf", folder / "pdf")
    for seed, pdf in zip(SEED_FILES, pdfs, strict=True):
        result[seed.name]["pdf"] = pdf
    return result


def _numbered(path: Path) -> list[tuple[int, str]]:
    """The non-blank lines with their numbers (a trailing blank paragraph is not a line of text)."""
    return [(line.number, line.text) for line in read_document(path).lines if line.text.strip()]


def _plain(report: ExtractedReport) -> dict[str, Any]:
    data = report.model_dump(mode="json")
    for key in _WHERE:
        data.pop(key)
    return data


def _values_only(report: ExtractedReport) -> dict[str, Any]:
    data = _plain(report)
    for key in ("projects", "achievements", "targets", "team"):
        for item in data[key]:
            item.pop("line")
    facts = data.pop("facts")
    for fact in facts:
        for key in _LINE_KEYS:
            fact.pop(key)
    data["facts"] = Counter(tuple(sorted((k, str(v)) for k, v in fact.items())) for fact in facts)
    data["candidates"] = Counter(
        (c["field"], str(c["value"]), c["strength"], c["source"]) for c in data.pop("candidates")
    )
    return data


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_gb18030_copy_reads_the_same(copies: dict[str, dict[str, Path]], seed: Path) -> None:
    copy = extract_file(copies[seed.name]["gb18030"])
    assert copy.encoding == "gb18030"
    assert _plain(copy) == _plain(extract_file(seed))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_docx_copy_reads_the_same_with_the_same_lines(copies: dict[str, dict[str, Path]], seed: Path) -> None:
    path = copies[seed.name]["docx"]
    assert _numbered(path) == _numbered(seed)
    copy = extract_file(path)
    assert copy.format == "docx"
    assert _plain(copy) == _plain(extract_file(seed))


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_pdf_copy_reads_the_same_values(copies: dict[str, dict[str, Path]], seed: Path) -> None:
    path = copies[seed.name]["pdf"]
    copy = extract_file(path)
    assert copy.format == "pdf"
    original = extract_file(seed)
    assert _values_only(copy) == _values_only(original)
    # the PDF is wrapped differently, yet each fact still cites the line and columns it was read from
    lines = {line.number: line.text for line in read_document(path).lines}
    for fact in copy.facts:
        if fact.end_line == fact.line and fact.end > fact.start:
            assert lines[fact.line][fact.start : fact.end] == fact.text, fact
    assert len(_numbered(path)) != len(_numbered(seed))  # the layout really did change


@pytest.mark.parametrize("separator", ["word-table", "\t", " | "])
def test_score_table_as_rows_gives_each_project_once(tmp_path: Path, separator: str) -> None:
    """Seed 001's score table (one cell per line) written as real table rows: a Word table, tab- or
    bar-separated text. The six projects come out once each, with the seed's values, on their row's line."""
    seed = SEEDS / "001_4a647e0d88cf29a2.txt"
    lines = [line.text for line in read_document(seed).lines]
    header = lines[51:54]  # 项目名称 / 自评得分 / 评价等级, lines 52-54
    rows = [tuple(cell.strip() for cell in header)]
    rows += [tuple(lines[i + k].strip() for k in range(3)) for i in range(55, 78, 4)]  # lines 56-78
    before, after = lines[:51], lines[78:]
    if separator == "word-table":
        document = docx.Document()
        for text in before:
            document.add_paragraph(text)
        table = document.add_table(rows=len(rows), cols=3)
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        for text in after:
            document.add_paragraph(text)
        path = tmp_path / "001.docx"
        document.save(str(path))
    else:
        path = tmp_path / "001.txt"
        body = [*before, *(separator.join(row) for row in rows), *after]
        path.write_text("\n".join(body), encoding="utf-8")
    report = extract_file(path)
    assert [(p.name, p.budget, p.score, p.grade, p.line) for p in report.projects] == [
        (name, budget, Decimal(100), "优秀", line)
        for (name, budget), line in zip(SEED_001_PROJECTS, range(53, 59), strict=True)
    ]
    assert len([f for f in report.facts if f.field == "project.score"]) == 6


SEED_001_PROJECTS = [
    ("2024年舆情中心运行费项目", Decimal("28.96")),
    ("2024年区网络文明建设服务项目", Decimal(15)),
    ("2024年网络安全技术支持项目", Decimal("10.74")),
    ("2024年网络重点平台宣传项目", Decimal("11.72")),
    ("2024年网络舆情监测直报项目", Decimal("9.88")),
    ("2024年涉军岗位工资项目", None),
]


def test_the_score_on_the_totals_line_after_the_points_total() -> None:
    # hand-written after a false-alarm hunt: "合计100分，得分95.1分" under the indicators' lines
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    text = (
        "投入—预算编制：分值10分，得分9分\n过程—预算执行率：分值15分，得分14.4分\n产出—职责履行：分值50分，得分48分\n"
        "效果—履职效益：分值25分，得分23.7分\n合计100分，得分95.1分，等级“优”。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.score == Decimal("95.1")
    assert report.components == {}


def test_a_score_the_stored_page_ends_in_without_its_unit_may_be_cut() -> None:
    # hand-written: the page was stored up to "…综合得分94" (the report may say 94.5分)
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    text = "某救助站2021年度部门整体支出绩效自评报告\n四、自评结论\n经自评小组逐项打分,我站2021年度部门整体支出绩效自评综合得分94"
    assert extract_document(Document.from_text("page.txt", "txt", text)).score is None
    assert extract_document(Document.from_text("page.txt", "txt", text + "分。")).score == Decimal("94")


def test_a_grade_bounding_others_grades_is_not_the_reports() -> None:
    # hand-written: "等次为“良好”以上的21个中心" grades the centres the money went to; the report's score is 99.45
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    text = (
        "某县民政局2022年度社区日间照料中心运营补助项目支出绩效自评报告\n"
        "对运营评估等次为“良好”以上的21个中心给予运营补助,其余5个中心按基本标准补助。\n总分\n100\n99.45\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).grade is None
    graded = text + "评价等次为“优”。\n"
    assert extract_document(Document.from_text("page.txt", "txt", graded)).grade == "优"


def test_the_total_after_the_parts_scores_in_one_sentence_is_read() -> None:
    # hand-written: "满意度指标10分，自评得分98.83分": no part scores above its 10 points, so 98.83 is the total
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    text = (
        "某省民政厅2018年度孤儿基本生活保障项目支出绩效自评报告\n本项目预算执行率得分9.83分，产出指标50分，效益指标29分，"
        "满意度指标10分，自评得分98.83分，等级为“优”。\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).score == Decimal("98.83")
    part = "某县某局2021年度项目支出绩效自评报告\n预算执行30分，得分27分。\n"
    assert extract_document(Document.from_text("page.txt", "txt", part)).score is None


def test_the_whole_scales_points_in_a_headings_bracket_then_the_score_and_a_grade_given() -> None:
    # hand-written: "(100分,自评得分96分)" after the evaluation's heading is the whole's, "(20分,…)" a part's;
    # "给予“良好”等级" gives the grade
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    def read(line: str) -> tuple[Decimal | None, str | None]:
        report = extract_document(
            Document.from_text("page.txt", "txt", f"某县2021年某某项目绩效自评报告\n{line}\n")
        )
        return report.score, report.grade

    assert read("二、绩效评价情况(100分,自评得分96分)") == (Decimal(96), None)
    assert read("(一)项目投入(20分,自评得分19分)") == (None, None)
    assert read("经自评，给予“良好”等级，自评得分85分。") == (Decimal(85), "良好")
