"""Word, PDF and legacy .doc ingestion with the real python-docx, pdfplumber and LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import msoffcrypto.format.ooxml
import pytest

from jixiao.errors import InputError
from jixiao.ingest import read_document
from jixiao.ingest.office import convert
from jixiao.ingest.pdf import text_layer_problem


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("2024年度整体支出绩效自评报告")
    document.add_paragraph("四、评价结论和评价等级")
    table = document.add_table(rows=3, cols=3, style="Table Grid")
    for row, cells in zip(
        table.rows,
        [("项目名称", "自评得分", "评价等级"), ("甲项目", "100", "优秀"), ("乙项目", "95", "优秀")],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("五、存在的问题及改进措施")
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def office_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A .docx with a table, and LibreOffice's .pdf and .doc of it."""
    folder = tmp_path_factory.mktemp("office")
    source = make_docx(folder / "report.docx")
    pdf = convert(source, "pdf", folder / "pdf")
    doc = convert(source, "doc", folder / "doc")
    return {"docx": source, "pdf": pdf, "doc": doc}


EXPECTED = [
    "2024年度整体支出绩效自评报告",
    "四、评价结论和评价等级",
    "项目名称\t自评得分\t评价等级",
    "甲项目\t100\t优秀",
    "乙项目\t95\t优秀",
    "五、存在的问题及改进措施",
]


def test_docx_keeps_paragraphs_and_table_rows_in_order(office_files: dict[str, Path]) -> None:
    document = read_document(office_files["docx"])
    assert document.format == "docx"
    assert [line.text for line in document.lines] == EXPECTED


def test_pdf_text_layer_with_table_rows(office_files: dict[str, Path]) -> None:
    document = read_document(office_files["pdf"])
    assert document.format == "pdf"
    assert [line.text for line in document.lines] == EXPECTED


def test_legacy_doc_through_libreoffice(office_files: dict[str, Path]) -> None:
    document = read_document(office_files["doc"])
    assert document.format == "doc"
    assert [line.text for line in document.lines if line.text] == EXPECTED


def test_corrupt_docx_is_a_clear_error(tmp_path: Path, office_files: dict[str, Path]) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(office_files["docx"].read_bytes()[:400])
    with pytest.raises(InputError) as caught:
        read_document(broken)
    assert str(broken) in str(caught.value)
    assert "损坏" in str(caught.value)


def test_encrypted_docx_is_a_clear_error(tmp_path: Path, office_files: dict[str, Path]) -> None:
    encrypted = tmp_path / "secret.docx"
    with office_files["docx"].open("rb") as plain, encrypted.open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("secret", out)
    with pytest.raises(InputError, match="加密"):
        read_document(encrypted)


def test_encrypted_pdf_is_a_clear_error(tmp_path: Path, office_files: dict[str, Path]) -> None:
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
    )
    encrypted = convert(office_files["docx"], options, tmp_path)
    with pytest.raises(InputError, match="PDF 已加密"):
        read_document(encrypted)


def test_scanned_pdf_without_text_layer_is_a_clear_error(
    tmp_path: Path, office_files: dict[str, Path]
) -> None:
    """A page image (as a scanner makes) inside a PDF with no text at all."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-singlefile", str(office_files["pdf"]), str(tmp_path / "page")],
        check=True,
    )
    scan = docx.Document()
    scan.add_picture(str(tmp_path / "page.png"))
    scan.save(str(tmp_path / "scan.docx"))
    pdf = convert(tmp_path / "scan.docx", "pdf", tmp_path / "out")
    with pytest.raises(InputError) as caught:
        read_document(pdf)
    assert "没有文本层" in str(caught.value)
    assert str(pdf) in str(caught.value)


def test_glyph_ids_instead_of_text_are_named() -> None:
    assert "(cid:NNN)" in (text_layer_problem("(cid:3021)(cid:1187)(cid:845) 2023", has_images=False) or "")
    one_stray_glyph = "本部门2023年度申请预算资金230.85万元，实际支出230.65万元。" * 5 + "(cid:12)"
    assert text_layer_problem(one_stray_glyph, has_images=False) is None
