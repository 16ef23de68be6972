"""A published 自评表 as an .xlsx workbook, read by ``extract``, ``audit`` and ``ingest`` like any report."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, select

from jixiao.batch.run import ingest
from jixiao.ingest import read_document
from jixiao.store.models import Report
from tests.conftest import run_jixiao_process

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hostile_inputs import docx_bomb

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "002-department-jingxing-2025.yaml"


def test_cells_read_as_the_sheet_shows_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "自评表"
    sheet.append(["项目名称", "舆情监测服务"])
    sheet.append(["全年预算数（万元）", 154.74, None, "执行率", 0.98462])
    sheet["E2"].number_format = "0.00%"
    sheet.append([])
    sheet.append(["得分", 98.0, "=B4*1"])
    sheet["B4"].number_format = "0.00"
    book.create_sheet("补充").append(["备注", "  两行\n文字  "])
    path = tmp_path / "form.xlsx"
    book.save(path)
    document = read_document(path)
    assert document.format == "xlsx"
    # the formula nobody computed has no cached value: it reads as an empty cell, never as its formula
    assert [line.text for line in document.lines] == [
        "项目名称\t舆情监测服务",
        "全年预算数（万元）\t154.74\t\t执行率\t98.46%",
        "得分\t98.00",
        "备注\t两行 文字",
    ]


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "井陉自评表.xlsx"
    ran = run_jixiao_process("render", str(EXAMPLE), "--to", "xlsx", "-o", str(path))
    assert ran.returncode == 0, ran.stderr
    return path


def test_extract_reads_the_headline_of_a_form(form: Path) -> None:
    ran = run_jixiao_process("extract", "--json", str(form))
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout, parse_float=Decimal)
    assert (report["format"], report["kind"], report["year"]) == ("xlsx", "部门整体支出", 2025)
    assert report["unit"] == "中共井陉县委网络安全和信息化委员会办公室"
    budget = report["budget"]
    # examples/002: funds.total 158.5 / 154.74 / 152.36; 152.36 / 154.74 = 98.46%
    assert (budget["initial"], budget["adjusted"], budget["executed"]) == (
        Decimal("158.5"),
        Decimal("154.74"),
        Decimal("152.36"),
    )
    assert budget["execution_rate"] == Decimal("98.46")
    assert (report["score"], report["grade"]) == (Decimal("98.85"), "优")


def test_audit_and_ingest_take_a_form(form: Path, engine: Engine) -> None:
    ran = run_jixiao_process("audit", str(form))
    assert ran.returncode in (0, 1), ran.stderr
    assert "不是 Word" not in ran.stderr and "错误" not in ran.stderr
    summary = ingest([form], engine, workers=1, scheme_name="national-2020")
    assert (summary.stored, summary.failed) == (1, 0)
    with engine.connect() as connection:
        stored = connection.execute(select(Report.format, Report.year, Report.executed)).one()
    assert tuple(stored) == ("xlsx", 2025, Decimal("152.36"))


def test_score_takes_a_form_and_a_bomb_named_xlsx_is_refused(form: Path, tmp_path: Path) -> None:
    ran = run_jixiao_process("score", "--json", str(form))
    assert ran.returncode == 0, ran.stderr
    card = json.loads(ran.stdout, parse_float=Decimal)
    assert (card["total"], card["grade"]) == (Decimal("98.85"), "优")  # as rendered from examples/002
    bomb = docx_bomb(tmp_path / "bomb.xlsx", 300 * 1024 * 1024)
    for command in (["score"], ["render", "--to", "html", "-o", str(tmp_path / "x.html")]):
        ran = run_jixiao_process(*command, str(bomb))
        assert ran.returncode == 2
        assert "文件解压后达 300 MB，超过 256 MB 的上限（JIXIAO_MAX_UNPACKED_MB）" in ran.stderr
    assert not (tmp_path / "x.html").exists()
