"""A 自评表 laid out as published forms are (the layout of a real 2022 保山 form: the funds block with
预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率) under a merged 预算执行情况 cell), in Word and in the
PDF LibreOffice makes of it, read back through the real reader: every figure in its column."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from jixiao.extract import extract_file

ROWS = [
    ["项目名称", "春节走访慰问经费", "", "", ""],
    ["主管部门", "某市退役军人事务局", "实施单位", "某市退役军人事务局", ""],
    ["预算执行情况（万元）（20分）", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分（20分*执行率）"],
    ["年度财政资金总额", "34.64", "34.64", "100%", "20"],
    ["年度总体目标", "走访慰问重点优抚对象，落实各项优抚政策", "", "", ""],
    ["总分", "100", "", "", ""],
]


@pytest.fixture(scope="module")
def form_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    document = docx.Document()
    document.add_paragraph("某市2022年度春节走访慰问经费项目绩效自评表")
    table = document.add_table(rows=len(ROWS), cols=5)
    table.style = "Table Grid"  # printed forms rule every cell; a PDF reader finds the table by them
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 4))  # the project name spans the row, as on the paper form
    path = tmp_path_factory.mktemp("forms") / "form.docx"
    document.save(str(path))
    return path


def _check(path: Path) -> None:
    report = extract_file(path)
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        Decimal("34.64"),
        Decimal("34.64"),
        Decimal("100"),
    )
    assert report.unit == "某市退役军人事务局"
    assert report.project == "春节走访慰问经费"
    assert (report.kind, report.year) == ("项目支出", 2022)


def test_word_form_reads_every_figure_in_its_column(form_docx: Path) -> None:
    _check(form_docx)


def test_pdf_of_the_form_reads_the_same(form_docx: Path, tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office, "LibreOffice is installed by scripts/install"
    subprocess.run(
        [office, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(form_docx)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    _check(tmp_path / "form.pdf")
