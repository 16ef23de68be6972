"""The 自评表 workbook: its layout, its formulas (recomputed by a real LibreOffice), and
export -> import over every bundled example."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest

from jixiao.model.evaluation import Evaluation
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.render.form import FUND_HEADERS, INDICATOR_HEADERS
from jixiao.render.office import convert
from jixiao.render.xlsx_form import form_xlsx
from jixiao.render.xlsx_import import read_form
from jixiao.scoring import ScoreCard, score

from .conftest import EXAMPLES

D = Decimal
ALL_EXAMPLES = sorted(EXAMPLES.glob("*.yaml"))


def export(example: str | Path, folder: Path) -> tuple[Evaluation, ScoreCard, Path]:
    evaluation = load_evaluation(EXAMPLES / example)
    scheme = load_scheme(evaluation.scheme or "national-2020")
    card = score(evaluation, scheme)
    path = folder / f"{Path(example).stem}.xlsx"
    path.write_bytes(form_xlsx(evaluation, card, scheme))
    return evaluation, card, path


def sheets(path: Path) -> tuple[Any, Any]:
    """The form sheet with formulas, and with the values a spreadsheet program computed."""
    return openpyxl.load_workbook(path).worksheets[0], openpyxl.load_workbook(
        path, data_only=True
    ).worksheets[0]


def recalculated(path: Path, folder: Path) -> Path:
    """The workbook as LibreOffice computes it: cached values dropped, file opened and saved by soffice."""
    book = openpyxl.load_workbook(path)
    stripped = folder / "stripped" / path.name
    stripped.parent.mkdir(exist_ok=True)
    book.save(stripped)
    out = folder / "libreoffice"
    out.mkdir(exist_ok=True)
    return convert(stripped, "xlsx", out)


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_round_trip_is_lossless(example: Path, tmp_path: Path) -> None:
    evaluation, _, path = export(example.name, tmp_path)
    result = read_form(path)
    assert result.evaluation == evaluation
    assert result.notes == []


def test_project_form_layout(tmp_path: Path) -> None:
    evaluation, _, path = export("003-project-sanmenxia-2021.yaml", tmp_path)
    form, values = sheets(path)
    assert form.title == "项目支出绩效自评表"
    assert [form["A1"].value, form["A2"].value] == ["项目支出绩效自评表", "（2021年度）"]
    assert [form["A3"].value, form["B3"].value] == ["项目名称", "网络宣传管理和文化建设经费项目"]
    assert [form["A4"].value, form["E4"].value, form["F4"].value] == [
        "主管部门",
        "实施单位",
        "三门峡市互联网舆情研究和应急保障中心",
    ]
    assert tuple(form.cell(5, c).value for c in range(4, 10)) == FUND_HEADERS
    assert tuple(form.cell(12, c).value for c in range(2, 10)) == INDICATOR_HEADERS
    merged = {str(r) for r in form.merged_cells.ranges}
    # 项目资金 label over its five rows; 产出指标 over five indicators, 数量指标 over three
    assert {"A5:A9", "A12:A20", "B13:B17", "C13:C15", "B18:B19"} <= merged
    # the funds block: amounts with two decimals, totals as formulas with cached values
    assert form["D6"].value == "=SUM(D7:D9)"
    assert values["D6"].value == 110
    assert form["D6"].number_format == "0.00"
    assert form["H6"].value == '=IF(N(SUM(E7:E9))=0,"",SUM(F7:F9)/SUM(E7:E9))'
    assert values["H6"].value == pytest.approx(0.8972)
    assert form["H6"].number_format == "0.00%"
    assert values["I6"].value == pytest.approx(8.97)
    assert [values["G7"].value, values["I7"].value] == ["—", "—"]
    # indicators as the paper form writes them: numbers shown with operator and unit by their format, so
    # that the score is a formula of the row's own cells
    assert [values[c].value for c in ("D13", "E13", "F13", "G13", "H13")] == [
        "监测指令稿件",
        3000,
        3500,
        10,
        10,
    ]
    assert [form["E13"].number_format, form["F13"].number_format] == ['"≥"General"条"', 'General"条"']
    done = 'MAX(IF(ISNUMBER(F13),F13,IFERROR(VALUE(SUBSTITUTE(F13,"条","")),0)),0)'
    assert form["H13"].value == f"=ROUND(IF({done}>=E13,G13,IF(E13<=0,0,{done}/E13*G13)),2)"
    assert values["H15"].value == 9.5
    assert values["I15"].value.startswith("下半年两名网评员调离")
    assert [values["E18"].value, values["F18"].value] == [
        "营造清朗和谐、正气充盈的网络舆论氛围",
        "达成年度指标",
    ]
    assert [form["A21"].value, form["H21"].value, values["H21"].value] == ["总分", "=I6+SUM(H13:H20)", 98.47]
    assert values["G21"].value == 100
    assert form["G22"].value == '=IF(H21>=90,"优",IF(H21>=80,"良",IF(H21>=60,"中","差")))'
    assert values["G22"].value == "优"
    # prints like the paper form
    assert form.page_setup.orientation == "landscape"
    assert int(form.page_setup.paperSize) == 9
    assert form.print_title_rows == "$12:$12"
    assert form.sheet_properties.pageSetUpPr.fitToPage  # one page wide (width 1 is the default),
    assert form.page_setup.fitToHeight == 0  # as many pages long as needed
    assert evaluation.project == form["B3"].value


def test_department_form_has_no_project_row(tmp_path: Path) -> None:
    _, _, path = export("004-department-chenxi-2023.yaml", tmp_path)
    form, values = sheets(path)
    assert form["A1"].value == "部门整体支出绩效自评表"
    assert [form["A3"].value, form["E3"].value] == ["主管部门", "单位名称"]
    assert form["A4"].value == "部门预算资金（万元）"
    scores = {values.cell(r, 4).value: values.cell(r, 8).value for r in range(12, 24)}
    assert scores["经济效益"] == "不适用"
    assert scores["构建安全健康的网络空间"] == 8.5


def test_formulas_compute_the_score_card_in_libreoffice(tmp_path: Path) -> None:
    """With the cached values removed, LibreOffice recomputes every formula to the card's figures:
    the SUM totals, execution rate and points, the renormalised total (004) and the grade."""
    for example, total_cell, grade_cell in (
        ("003-project-sanmenxia-2021.yaml", "H21", "G22"),
        ("004-department-chenxi-2023.yaml", "H24", "G25"),
    ):
        _, card, path = export(example, tmp_path)
        form, _ = sheets(path)
        assert form[total_cell].value.startswith("=")
        computed = openpyxl.load_workbook(recalculated(path, tmp_path), data_only=True).worksheets[0]
        execution_row = 6 if card.project else 5
        assert D(str(computed[f"I{execution_row}"].value)) == card.execution.score
        assert round(D(str(computed[f"H{execution_row}"].value)) * 100, 2) == card.execution.rate
        assert D(str(computed[total_cell].value)) == card.total
        assert computed[grade_cell].value == card.grade
    assert card.total == D("97.22")  # 87.5 of 90 applicable points, renormalised


def test_edits_in_a_spreadsheet_update_totals_and_win_on_import(tmp_path: Path) -> None:
    """A user raises 全年执行数, lowers a qualitative score and corrects an actual value."""
    original, _, path = export("003-project-sanmenxia-2021.yaml", tmp_path)
    book = openpyxl.load_workbook(path)
    form = book.worksheets[0]
    form["F7"] = 110  # 本年财政拨款 全年执行数: 98.69 -> 110
    form["H18"] = 13  # 网络舆论氛围 (定性): 15 -> 13
    form["F15"] = "200个"  # 网评工作: 190 -> 200
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    out = tmp_path / "out"
    out.mkdir()
    saved = convert(edited, "xlsx", out)
    computed = openpyxl.load_workbook(saved, data_only=True).worksheets[0]
    assert computed["F6"].value == 110  # 年度资金总额 = SUM of the sub-rows
    assert computed["H6"].value == 1  # 100%
    assert computed["I6"].value == 10
    # 98.47 - 8.97 + 10 (execution) - 15 + 13 (qualitative) - 9.5 + 10 (网评工作 200 of ≥200, typed with
    # its unit, rescored by its formula): what jixiao computes on import below
    assert D(str(computed["H21"].value)) == D("98")

    evaluation = read_form(saved).evaluation
    assert evaluation.funds.total.executed == 110
    assert evaluation.funds.appropriation is not None and evaluation.funds.appropriation.executed == 110
    quality, review = evaluation.indicators[5], evaluation.indicators[2]
    assert (quality.name, quality.score, quality.tier) == ("网络舆论氛围", 13, original.indicators[5].tier)
    assert quality.actual_text == original.indicators[5].actual_text
    assert (review.name, review.actual, review.score) == ("网评工作", 200, 10)  # the formula's result
    card = score(evaluation, load_scheme("national-2020"))
    # 10 + 5 x 10 + 13 + 15 + 10
    assert card.total == D("98.00")


def test_form_alone_scores_the_same(tmp_path: Path) -> None:
    """Without the 补充信息 sheet (a form retyped elsewhere) the sheet still yields the same points."""
    for example in ("002-department-jingxing-2025.yaml", "004-department-chenxi-2023.yaml"):
        evaluation, card, path = export(example, tmp_path)
        book = openpyxl.load_workbook(path)
        del book["补充信息"]
        book.save(path)
        read = read_form(recalculated(path, tmp_path)).evaluation
        again = score(read, load_scheme("national-2020"))
        assert [line.score for line in again.indicators] == [line.score for line in card.indicators]
        assert again.total == card.total
        assert [i.tier for i in read.indicators] == [i.tier for i in evaluation.indicators]
        assert [i.not_applicable for i in read.indicators] == [
            i.not_applicable for i in evaluation.indicators
        ]
        assert read.funds == evaluation.funds
        assert read.goal == evaluation.goal
        assert read.scheme is None and read.team == []


def test_the_form_prints_alone_on_one_page_with_its_signature_line(tmp_path: Path) -> None:
    """补充信息 is hidden and outside any print area; the form ends with the paper form's last line. Printed by
    LibreOffice, the workbook is one page and says nothing of the supplement."""
    _, _, path = export("003-project-sanmenxia-2021.yaml", tmp_path)
    book = openpyxl.load_workbook(path)
    form, extra = book.worksheets
    assert extra.title == "补充信息" and extra.sheet_state == "hidden"
    assert form.print_area == f"'{form.title}'!$A$1:$I${form.max_row}"
    last = [str(cell.value) for cell in form[form.max_row] if cell.value]
    assert last == [
        "填报单位（盖章）：三门峡市互联网舆情研究和应急保障中心",
        "单位负责人：",
        "填表人：",
        "填报日期：2022年3月15日",
    ]
    notes = " ".join(str(c.value) for row in form.iter_rows() for c in row if c.value)
    assert "2. 评分依据：《中共中央 国务院关于全面实施预算绩效管理的意见》" in notes
    pdf = convert(path, "pdf", tmp_path / "printed")
    with pdfplumber.open(pdf) as printed:
        assert len(printed.pages) == 1
        text = printed.pages[0].extract_text() or ""
    assert "补充信息" not in text and "填表人" in text


def test_an_undated_form_leaves_the_date_to_fill_in(tmp_path: Path) -> None:
    _, _, path = export("002-department-jingxing-2025.yaml", tmp_path)
    form = openpyxl.load_workbook(path).worksheets[0]
    assert form.cell(form.max_row, 9).value == "填报日期：    年    月    日"
