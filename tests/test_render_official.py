"""The 自评报告 as an official would receive it: every character of the Word document in the PDF's text
layer, no software wording, a 草稿 mark on drafts and a refusal, with the list of what is missing, for a
final version that is not complete; titles broken at word boundaries, table rows kept whole on a page.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.render.office import docx_to_pdf
from jixiao.render.report_docx import report_docx
from jixiao.render.report_text import Report, Table, build_report
from jixiao.render.title import break_points, title_lines, width
from jixiao.scoring import score

from .conftest import EXAMPLES, run_jixiao

ALL_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))
_PAGE_NUMBER = re.compile(r"^—\d+—$")
_SOFTWARE_WORDS = ("national-2020", "luquan-2024", "provincial-80", "（默认）", "jixiao")


def _report(example: str, final: bool = False) -> Report:
    evaluation = load_evaluation(EXAMPLES / example)
    scheme = load_scheme(evaluation.scheme or "national-2020")
    return build_report(evaluation, score(evaluation, scheme), scheme, final=final)


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[bytes, bytes]]:
    """Each example's report as docx and as the PDF ``jixiao render`` makes of it."""
    documents = {}
    for example in ALL_EXAMPLES:
        docx = report_docx(_report(example))
        documents[example] = (docx, docx_to_pdf(docx))
    return documents


def _docx_body(docx: bytes) -> str:
    """Every character of the document's body, tables included, merged cells once; not header or footer."""
    body = Document(io.BytesIO(docx)).element.body
    return "".join(t.text or "" for t in body.iter(qn("w:t")))


def _table_headers(docx: bytes) -> set[str]:
    return {"".join(c.text for c in t.rows[0].cells) for t in Document(io.BytesIO(docx)).tables}


def _pdf_pages(pdf: bytes) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [
            [re.sub(r"\s+", "", line) for line in (page.extract_text() or "").splitlines()]
            for page in document.pages
        ]


def _pdf_body(pdf: bytes, headers: set[str]) -> str:
    """The PDF's text without what every page repeats: the 草稿 mark above, the page number below, and a
    table's header row repeated at the top of a page it runs on to."""
    kept: list[str] = []
    seen: set[str] = set()
    for lines in _pdf_pages(pdf):
        lines = [line for line in lines if line]
        if lines and lines[0] == "草稿":
            lines = lines[1:]
        if lines and _PAGE_NUMBER.match(lines[-1]):
            lines = lines[:-1]
        if lines and lines[0] in headers and lines[0] in seen:
            lines = lines[1:]
        seen |= {line for line in lines if line in headers}
        kept += lines
    return "".join(kept)


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_pdf_text_layer_holds_every_character_of_the_docx(
    rendered: dict[str, tuple[bytes, bytes]], example: str
) -> None:
    """Character for character, punctuation included (a "；" LibreOffice hung into the margin at the end of
    a justified line was once missing from the PDF)."""
    docx, pdf = rendered[example]
    expected = Counter(re.sub(r"\s+", "", _docx_body(docx)))
    found = Counter(_pdf_body(pdf, _table_headers(docx)))
    assert found - expected == Counter() and expected - found == Counter()
    assert "；" in _docx_body(docx)


def test_the_chenxi_semicolon_is_in_the_pdf(rendered: dict[str, tuple[bytes, bytes]]) -> None:
    _, pdf = rendered["004-department-chenxi-2023.yaml"]
    text = "".join(line for page in _pdf_pages(pdf) for line in page)
    assert "确保全县网络意识形态工作整体平稳可控；确保全县网络安全不发生重大事故；" in text


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_no_software_wording_in_any_rendered_document(
    rendered: dict[str, tuple[bytes, bytes]], example: str, tmp_path: Path
) -> None:
    """No scheme file name, no "（默认）", in the report (docx, PDF, HTML) or any cell of the 自评表 workbook."""
    docx, pdf = rendered[example]
    html = tmp_path / "report.html"
    xlsx = tmp_path / "form.xlsx"
    for target in (html, xlsx):
        result = run_jixiao("render", str(EXAMPLES / example), "-o", str(target))
        assert result.returncode == 0, result.stderr
    book = load_workbook(xlsx)
    sheet = book.worksheets[0]
    # every sheet, the hidden 补充信息 too: a scheme is named by its title there, not by its file name
    form = " ".join(
        str(cell.value)
        for each in book.worksheets
        for row in each.iter_rows()
        for cell in row
        if cell.value is not None
    )
    texts = {
        "docx": _docx_body(docx),
        "pdf": "".join(line for page in _pdf_pages(pdf) for line in page),
        "html": html.read_text(encoding="utf-8"),
        "xlsx": form + sheet.oddFooter.center.text if sheet.oddFooter.center.text else form,
    }
    for name, text in texts.items():
        for word in _SOFTWARE_WORDS:
            assert word not in text, (name, word)


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_a_draft_carries_the_draft_mark_on_every_page(
    rendered: dict[str, tuple[bytes, bytes]], example: str
) -> None:
    docx, pdf = rendered[example]
    section = Document(io.BytesIO(docx)).sections[0]
    assert section.header.paragraphs[0].text == section.even_page_header.paragraphs[0].text == "草稿"
    pages = _pdf_pages(pdf)
    assert len(pages) >= 2
    assert all(page[0] == "草稿" for page in pages)


def test_a_final_version_has_no_draft_mark() -> None:
    report = _report("003-project-sanmenxia-2021.yaml", final=True)
    assert not report.draft and not report.missing
    document = Document(io.BytesIO(report_docx(report)))
    assert "草稿" not in document.sections[0].header.paragraphs[0].text
    assert "草稿" not in _docx_body(report_docx(report))


def test_final_render_of_an_incomplete_evaluation_lists_what_is_missing(tmp_path: Path) -> None:
    """examples/002 states no functions, spending split, experience, result use or date."""
    out = tmp_path / "report.docx"
    result = run_jixiao(
        "render", str(EXAMPLES / "002-department-jingxing-2025.yaml"), "--final", "-o", str(out)
    )
    assert result.returncode == 2
    assert not out.exists()
    assert "不能生成正式文本，尚缺以下内容" in result.stderr
    listed = re.findall(r"^\s+\d+\. (.+)$", result.stderr, flags=re.M)
    assert listed == [
        "部门主要职责职能（functions）",
        "基本支出和项目支出的金额（expenditure）",
        "主要经验做法（experience）",
        "自评结果的应用及公开安排（result_use）",
        "报告日期（report_date）",
    ]
    assert "Traceback" not in result.stderr


def test_final_render_of_an_evaluation_with_errors_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run_jixiao("render", str(EXAMPLES / "003-as-published-invalid.yaml"), "--final", "-o", str(out))
    assert result.returncode == 2 and not out.exists()
    assert "评价表错误：产出指标各三级指标分值合计 30" in result.stderr


def test_final_render_of_a_complete_evaluation(tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    result = run_jixiao(
        "render", str(EXAMPLES / "003-project-sanmenxia-2021.yaml"), "--final", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "待补充" not in _docx_body(out.read_bytes())


def test_a_draft_shows_what_is_missing_where_it_belongs() -> None:
    report = _report("002-department-jingxing-2025.yaml")
    pending = [b.text for b in report.blocks if getattr(b, "pending", False)]
    assert "【待补充：部门主要职责职能】" in pending
    assert report.signature[-1] == "年    月    日"


LONG_UNITS = [
    # (unit, the lines its department title breaks into: after 人民政府 / 委员会, never inside a word)
    (
        "湖南省怀化市辰溪县人民政府办公室机关事务服务中心",
        ["湖南省怀化市辰溪县人民政府", "办公室机关事务服务中心", "2023年度部门整体支出绩效自评报告"],
    ),
    (
        "某某自治州人民代表大会常务委员会办公厅信息技术服务中心",
        ["某某自治州人民代表大会常务委员会", "办公厅信息技术服务中心", "2023年度部门整体支出绩效自评报告"],
    ),
    (
        "中共辰溪县委网络安全和信息化委员会办公室",
        ["中共辰溪县委网络安全和信息化委员会办公室", "2023年度部门整体支出绩效自评报告"],
    ),
]


@pytest.mark.parametrize(("unit", "lines"), LONG_UNITS)
def test_long_titles_break_after_whole_words(unit: str, lines: list[str]) -> None:
    broken = title_lines([unit, "2023年度部门整体支出绩效自评报告"])
    assert broken == lines
    assert all(width(line) <= 20 for line in broken)


def test_a_title_part_breaks_only_after_a_listed_word() -> None:
    assert break_points("网络安全和信息化委员会办公室") == [4, 5, 8, 11]  # 网络安全|和|信息化|委员会|办公室
    assert title_lines(["一二三四五六七八九十一二三四五六七八九十一二"]) == [
        "一二三四五六七八九十一二三四五六七八九十一二"
    ]


def test_title_lines_reach_the_pdf_as_broken(rendered: dict[str, tuple[bytes, bytes]]) -> None:
    """LibreOffice keeps each title line on one line: the breaks are the title's, not the page's."""
    for example, (docx, pdf) in rendered.items():
        report = _report(example)
        title = Document(io.BytesIO(docx)).paragraphs[0]
        assert len(title._p.findall(".//" + qn("w:br"))) == len(report.title_lines) - 1
        page = _pdf_pages(pdf)[0]
        assert page[1 : 1 + len(report.title_lines)] == list(report.title_lines), example
    assert _report("003-project-sanmenxia-2021.yaml").title_lines == (
        "三门峡市互联网舆情研究和应急保障中心",
        "2021年度项目支出绩效自评报告",
    )


def test_a_long_unit_name_is_broken_after_a_word_in_the_pdf() -> None:
    evaluation = load_evaluation(EXAMPLES / "004-department-chenxi-2023.yaml")
    long_named = evaluation.model_copy(update={"unit": LONG_UNITS[0][0]})
    scheme = load_scheme("national-2020")
    report = build_report(long_named, score(long_named, scheme), scheme)
    assert list(report.title_lines) == LONG_UNITS[0][1]
    page = _pdf_pages(docx_to_pdf(report_docx(report)))[0]
    assert page[1:4] == LONG_UNITS[0][1]


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_table_rows_do_not_split_and_headers_repeat(example: str) -> None:
    report = _report(example)
    document = Document(io.BytesIO(report_docx(report)))
    assert len(document.tables) == sum(isinstance(b, Table) for b in report.blocks)
    for table in document.tables:
        for index, row in enumerate(table.rows):
            properties = row._tr.trPr
            assert properties is not None
            cant_split = properties.find(qn("w:cantSplit"))
            assert cant_split is not None and cant_split.get(qn("w:val")) == "true"
            assert (properties.find(qn("w:tblHeader")) is not None) == (index == 0)
