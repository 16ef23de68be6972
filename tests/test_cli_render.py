"""``jixiao render`` as a user runs it: a real subprocess, real files in and out."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from docx import Document

from jixiao.model.loading import load_evaluation
from jixiao.render.xlsx_import import read_form

from .conftest import EXAMPLES
from .conftest import run_jixiao as run
from .fixtures.variant_sheets import chizhou_style


def test_yaml_to_xlsx_and_back_to_docx_and_html(tmp_path: Path) -> None:
    source = EXAMPLES / "003-project-sanmenxia-2021.yaml"
    form = tmp_path / "form.xlsx"
    result = run("render", str(source), "--to", "xlsx", "-o", str(form))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"已生成 {form}（得分 98.47，等级 优）"
    assert read_form(form).evaluation == load_evaluation(source)

    report = tmp_path / "report.docx"
    assert run("render", str(form), "-o", str(report)).returncode == 0  # --to from the suffix
    text = "\n".join(p.text for p in Document(io.BytesIO(report.read_bytes())).paragraphs)
    assert "自评得分98.47分" in text

    page = tmp_path / "report.html"
    assert run("render", str(form), "--to", "html", "-o", str(page)).returncode == 0
    assert "98.47" in page.read_text(encoding="utf-8")


def test_default_output_name_in_the_current_folder(tmp_path: Path) -> None:
    result = run("render", str(EXAMPLES / "004-department-chenxi-2023.yaml"), "--to", "xlsx", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(tmp_path / "004-department-chenxi-2023.xlsx")
    assert book.sheetnames == ["部门整体支出绩效自评表", "补充信息"]


def test_scheme_option_changes_the_grade(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run(
        "render", str(EXAMPLES / "003-as-published-invalid.yaml"), "--scheme", "provincial-80", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "（得分 83.35，等级 优；评价表有" in result.stdout  # 83.35 >= 80 under the provincial variant
    assert "自评等级为“优”" in out.read_text(encoding="utf-8")


def test_import_notes_are_printed(tmp_path: Path) -> None:
    sheet = chizhou_style(tmp_path / "county.xlsx")
    result = run("render", str(sheet), "-o", str(tmp_path / "county.docx"))
    assert result.returncode == 0, result.stderr
    assert "提示" in result.stderr
    assert "年度资金总额的全年预算数(A)填报 0 万元，分项合计 89.974 万元" in result.stderr


def test_bad_workbook_exits_two_without_traceback(tmp_path: Path) -> None:
    sheet = chizhou_style(tmp_path / "county.xlsx")
    book = openpyxl.load_workbook(sheet)
    book.active["G13"] = "八分"
    book.save(sheet)
    result = run("render", str(sheet), "-o", str(tmp_path / "x.docx"))
    assert result.returncode == 2
    assert "工作表“项目支出绩效自评表”单元格 G13" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_unknown_format_without_to(tmp_path: Path) -> None:
    result = run("render", str(EXAMPLES / "004-department-chenxi-2023.yaml"), "-o", str(tmp_path / "x.txt"))
    assert result.returncode == 2
    assert "请用 --to 指定输出格式" in result.stderr


def test_render_into_a_missing_folder_says_so_and_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.docx"
    result = run("render", str(EXAMPLES / "004-department-chenxi-2023.yaml"), "-o", str(target))
    assert result.returncode == 2
    assert f"输出文件夹 {tmp_path / 'missing'} 不存在" in result.stderr
    assert not (tmp_path / "missing").exists()
