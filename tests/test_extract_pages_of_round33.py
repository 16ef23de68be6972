"""Page shapes the thirty-third round of written pages showed (hand-written in their shapes): a form exported from a
spreadsheet as text, every cell quoted, and a page of two projects' forms each graded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.pages import review_saved

EXPORTED_FORM = "\n".join(
    [
        "某县农业农村局2022年度动物防疫补助经费项目支出绩效自评表",
        '"项目支出绩效自评表"\t"项目支出绩效自评表"\t"项目支出绩效自评表"',
        '"（2022年度）"\t"（2022年度）"\t"（2022年度）"',
        '"项目名称"\t"2022年动物防疫补助经费"\t"2022年动物防疫补助经费"\t"2022年动物防疫补助经费"',
        '"主管部门"\t"平川县农业农村局"\t"实施单位"\t"平川县动物疫病预防控制中心"',
        '"项目资金（万元）"\t\t"年初预算数"\t"全年预算数"\t"全年执行数"\t"分值"\t"执行率"\t"得分"\t',
        '"项目资金（万元）"\t"年度资金总额"\t"64.00"\t"80.00"\t"76.80"\t"10"\t"96.00%"\t"9.60"\t',
        '"项目资金（万元）"\t"其中：当年财政拨款"\t"64.00"\t"80.00"\t"76.80"\t"—"\t\t"—"\t',
        '"总分"\t"总分"\t"总分"\t"总分"\t"总分"\t"100"\t"97.60"\t',
        '"自评等级"\t\t\t\t\t\t"优"\t\t',
    ]
)


def test_a_form_exported_with_every_cell_quoted_is_read_as_its_cells(tmp_path: Path) -> None:
    report = review_saved(tmp_path, EXPORTED_FORM).report
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("64.00"),
        Decimal("80.00"),
        Decimal("76.80"),
        Decimal("96.00"),
    )
    assert (report.score, report.grade, report.project) == (Decimal("97.60"), "优", "动物防疫补助经费")
    # (lines keep their numbers: the total's figure on the row's own line)
    assert any(f.field == "budget.adjusted" and f.line == 7 for f in report.facts)


TWO_PROJECTS_FORMS = "\n".join(
    [
        "平川县卫生健康局2021年度项目支出绩效自评表",
        "项目名称\t基本公共卫生服务补助资金",
        "主管部门\t平川县卫生健康局",
        "总分\t100\t97.5",
        "自评等级\t优",
        "",
        "项目名称\t农村部分计划生育家庭奖励扶助资金",
        "主管部门\t平川县卫生健康局",
        "总分\t100\t99.2",
        "自评等级\t优",
    ]
)


def test_two_projects_forms_give_the_page_no_grade(tmp_path: Path) -> None:
    # each form's grade is its project's, however alike
    report = review_saved(tmp_path, TWO_PROJECTS_FORMS).report
    assert (report.project, report.score, report.grade) == (None, None, None)
