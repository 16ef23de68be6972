"""The exported 自评表 recomputes itself: an actual value edited in the workbook, the sheet recalculated by a
real LibreOffice, and the sheet's total and grade equal what ``jixiao score`` computes from the edited file."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app
from jixiao.model.evaluation import Evaluation
from jixiao.render.office import convert

from .test_render_xlsx import ALL_EXAMPLES, export

D = Decimal


def _edited_row(evaluation: Evaluation) -> int:
    """The first quantitative indicator with a numeric actual value: the one a user would correct."""
    return next(
        index
        for index, indicator in enumerate(evaluation.indicators)
        if not indicator.is_qualitative and indicator.actual is not None and not indicator.not_applicable
    )


def _find(sheet: openpyxl.worksheet.worksheet.Worksheet, label: str) -> int:
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == label)


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda p: p.stem)
def test_an_edited_actual_value_rescores_the_sheet_as_jixiao_does(example: Path, tmp_path: Path) -> None:
    evaluation, card, path = export(example.name, tmp_path)
    book = openpyxl.load_workbook(path)
    form = book.worksheets[0]
    index = _edited_row(evaluation)
    indicator = evaluation.indicators[index]
    header = next(row[0].row for row in form.iter_rows() if any(c.value == "三级指标" for c in row))
    row = header + 1 + index
    assert form.cell(row, 4).value == indicator.name
    assert indicator.actual is not None and indicator.target is not None
    # halve the actual value: every target kind moves (a floor is missed, a cap is met or a 0 stays 0)
    edited_value = indicator.actual / 2 if indicator.actual else indicator.target + 1
    cell = form.cell(row, 6)
    cell.value = float(edited_value / 100) if indicator.unit == "%" else float(edited_value)
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    out = tmp_path / "recalculated"
    out.mkdir()
    sheet = openpyxl.load_workbook(convert(edited, "xlsx", out), data_only=True).worksheets[0]
    total_row = _find(sheet, "总分")
    sheet_total = D(str(sheet.cell(total_row, 8).value)).quantize(D("0.01"))
    sheet_grade = sheet.cell(total_row + 1, 7).value

    result = CliRunner().invoke(app, ["score", str(edited), "--json"])
    assert result.exit_code == 0, result.output
    scored = json.loads(result.stdout.splitlines()[-1], parse_float=D)
    assert D(scored["total"]) == sheet_total
    assert scored["grade"] == sheet_grade
    # the edit did change the row, so the sheet did recompute rather than keep its cached figure
    assert D(str(sheet.cell(row, 8).value)) == D(scored["indicators"][index]["score"])
    assert D(scored["indicators"][index]["score"]) != card.indicators[index].score or (
        card.indicators[index].score == indicator.weight and indicator.operator.is_reverse
    )
