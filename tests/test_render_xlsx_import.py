"""Importing 自评表 workbooks that jixiao did not write: real layouts, and sheets it cannot read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from jixiao.errors import InputError
from jixiao.model.evaluation import FundRow, Kind, Operator, Tier
from jixiao.model.loading import load_scheme
from jixiao.render.xlsx_import import read_form
from jixiao.scoring import score

from .fixtures.variant_sheets import chizhou_style, sichuan_style

D = Decimal


def test_county_layout_with_text_targets_and_a_zero_total(tmp_path: Path) -> None:
    result = read_form(chizhou_style(tmp_path / "chizhou.xlsx"))
    evaluation = result.evaluation
    assert (evaluation.kind, evaluation.year) == (Kind.PROJECT, 2022)
    assert evaluation.project == "网络安全宣传周活动经费"
    assert (evaluation.department, evaluation.unit) == ("某县委网信办", "某县网络安全中心")
    # the stated 0 is kept as stated, the blank sub-rows are absent, and the reader says so
    assert evaluation.funds.total == FundRow(initial=D(0), budget=D(0), executed=D(0))
    assert evaluation.funds.appropriation == FundRow(initial=D(90), budget=D("89.974"), executed=D("89.974"))
    assert evaluation.funds.carryover is None and evaluation.funds.other is None
    assert result.notes == [
        "D5 年度资金总额的年初预算数填报 0 万元，分项合计 90 万元；计分按分项合计 90 万元",
        "E5 年度资金总额的全年预算数(A)填报 0 万元，分项合计 89.974 万元；计分按分项合计 89.974 万元",
        "F5 年度资金总额的全年执行数(B)填报 0 万元，分项合计 89.974 万元；计分按分项合计 89.974 万元",
    ]
    assert evaluation.goal.actual == "完成宣传活动52场，群众知晓度明显提高。"
    rows = [
        (i.level1, i.level2, i.name, i.operator, i.target, i.unit, i.actual, i.tier, i.weight, i.score)
        for i in evaluation.indicators
    ]
    produce, benefit, satisfaction = "产出指标(50分)", "效益指标(30分)", "满意度指标(10分)"
    assert rows == [
        (produce, "数量指标", "宣传活动场次", Operator.GE, 50, "个", 52, None, 8, 8),
        (produce, "数量指标", "印发宣传资料", Operator.GE, 2000, "份", 1800, None, 8, D("7.2")),
        (produce, "质量指标", "活动验收合格率", Operator.GE, 100, "%", 100, None, 8, 8),
        # 0.98 in a cell formatted as a percentage is 98 %
        (produce, "时效指标", "活动按时完成率", Operator.GE, 95, "%", 98, None, 8, 8),
        (produce, "成本指标", "活动总成本", Operator.LE, 90, "万元", D("89.974"), None, 8, 8),
        (produce, "成本指标", "资金管理", Operator.QUALITATIVE, None, None, None, Tier.MET, 10, 10),
        # 经济效益指标 and 生态效益指标 have no indicator: their rows are skipped, not errors
        (
            benefit,
            "社会效益指标",
            "群众网络安全知晓度",
            Operator.QUALITATIVE,
            None,
            None,
            None,
            Tier.MET,
            10,
            9,
        ),
        (
            benefit,
            "可持续影响指标",
            "长效宣传机制",
            Operator.QUALITATIVE,
            None,
            None,
            None,
            Tier.PARTIAL,
            10,
            7,
        ),
        (benefit, "可持续影响指标", "带动志愿者参与", Operator.GE, 10, "人", 12, None, 10, 10),
        (satisfaction, "服务对象满意度指标", "群众满意度", Operator.GE, 90, "%", 95, None, 10, 10),
    ]
    assert evaluation.indicators[5].target_text == "严格执行相关制度规定"
    assert evaluation.indicators[1].deviation == "部分资料改为电子版发放"

    card = score(evaluation, load_scheme("national-2020"))
    # A = B = 89.974 from the sub-row: 10; 8 + 7.2 + 8 + 8 + 8 + 10 + 9 + 7 + 10 + 10 = 85.2
    assert card.execution.score == 10
    assert card.total == D("95.20")
    assert card.grade == "优"
    assert {(p.code, p.path) for p in card.problems} == {
        ("funds.total_mismatch", "funds.total.initial"),
        ("funds.total_mismatch", "funds.total.budget"),
        ("funds.total_mismatch", "funds.total.executed"),
    }


def test_sichuan_layout(tmp_path: Path) -> None:
    result = read_form(sichuan_style(tmp_path / "sichuan.xlsx"))
    evaluation = result.evaluation
    assert (evaluation.kind, evaluation.year, evaluation.project) == (
        Kind.PROJECT,
        2023,
        "网络舆情监测平台运维",
    )
    funds = evaluation.funds
    assert funds.total == FundRow(initial=D(100), budget=D(120), executed=D(102))
    assert funds.appropriation == FundRow(initial=D(100), budget=D(110), executed=D(95))
    assert funds.other == FundRow(initial=D(0), budget=D(10), executed=D(7))  # 单位资金
    assert funds.low_execution_reason == "部分采购项目延至次年支付"
    assert result.notes == ["“单位资金”计入其他资金"]
    assert evaluation.goal.expected == "保障舆情监测平台全年稳定运行，及时发现和处置网络舆情。"
    rows = [
        (i.name, i.operator, i.target, i.target_text, i.unit, i.actual, i.weight)
        for i in evaluation.indicators
    ]
    assert rows == [
        ("开展培训场次", Operator.GE, 4, None, "次", 4, 20),
        ("设备完好率", Operator.EQ, 100, None, "%", 98, 15),
        ("舆情响应时间", Operator.LE, 2, None, "小时", D("2.5"), 15),
        ("网络环境", Operator.QUALITATIVE, None, "持续向好", None, None, 30),
        ("用户满意度", Operator.GE, 90, None, "%", 92, 10),
    ]
    assert evaluation.indicators[3].tier is Tier.MET
    assert evaluation.indicators[2].deviation == "夜间值守人员不足"
    assert evaluation.conclusion == "项目总体完成较好，平台运行稳定。"
    assert evaluation.existing_problems == ["部分设备老化，夜间值守力量不足。"]
    assert evaluation.measures == ["加快设备更新，完善值班轮换制度。"]

    card = score(evaluation, load_scheme("national-2020"))
    # 102/120 = 85% -> 8.5; 20 + 98/100 x 15 = 14.7 + (1 - 0.5/2) x 15 = 11.25 + 28 + 10
    assert card.execution.score == D("8.50")
    assert [line.score for line in card.indicators] == [20, D("14.70"), D("11.25"), 28, 10]
    assert card.total == D("92.45")
    assert card.problems == []


def _broken(tmp_path: Path, edit: str) -> Path:
    path = chizhou_style(tmp_path / f"{edit}.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    if edit == "weight":
        sheet["G13"] = "八分"
        sheet["H14"] = "很好"
    elif edit == "year":
        sheet["A1"] = "项目支出绩效自评表"
    elif edit == "formula":
        sheet["F13"] = "=100*1"  # an actual value no program has computed: not a blank, not 0
    elif edit == "error":
        sheet["F14"] = "#DIV/0!"
    elif edit == "header":
        sheet["D11"] = "指标名称"
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("edit", "messages"),
    [
        (
            "weight",
            [
                "工作表“项目支出绩效自评表”单元格 G13: 三级指标“印发宣传资料”的分值“八分”不是数字",
                "工作表“项目支出绩效自评表”单元格 H14: 三级指标“活动验收合格率”的得分“很好”不是数字",
            ],
        ),
        ("year", ["工作表“项目支出绩效自评表”单元格 A1: 未找到预算年度（例如“（2023年度）”）"]),
        (
            "formula",
            [
                "工作表“项目支出绩效自评表”单元格 F13: 是公式但没有保存计算结果；请用 Excel 或 WPS 打开该文件并保存后再导入"
            ],
        ),
        (
            "error",
            [
                "工作表“项目支出绩效自评表”单元格 F14: 实际完成值是公式错误值 #DIV/0!；请在 Excel 或 WPS 中改正公式后再导入"
            ],
        ),
        ("header", ["工作表 “项目支出绩效自评表”: 未找到绩效自评表：没有一张工作表含有“三级指标”表头"]),
    ],
)
def test_unreadable_sheets_name_the_sheet_and_cell(tmp_path: Path, edit: str, messages: list[str]) -> None:
    path = _broken(tmp_path, edit)
    with pytest.raises(InputError) as info:
        read_form(path)
    assert str(info.value).splitlines() == [f"{path}: {m}" for m in messages]


def test_model_errors_point_at_the_cell(tmp_path: Path) -> None:
    path = chizhou_style(tmp_path / "negative.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["G14"] = -8  # a negative 分值
    book.save(path)
    with pytest.raises(InputError) as info:
        read_form(path)
    assert str(info.value).startswith(f"{path}: 工作表“项目支出绩效自评表”单元格 G14: ")


def test_files_that_are_not_workbooks(tmp_path: Path) -> None:
    text = tmp_path / "form.xlsx"
    text.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(InputError, match="不是有效的 xlsx 文件"):
        read_form(text)
    with pytest.raises(InputError, match=r"另存为 \.xlsx"):
        read_form(tmp_path / "old.xls")
    with pytest.raises(InputError, match="文件不存在"):
        read_form(tmp_path / "missing.xlsx")


def test_a_sheet_headed_with_the_words_published_pages_use_reads_as_the_page_does(tmp_path: Path) -> None:
    """The sheet's indicator header words are the text reader's (form.yaml): a 绩效目标值 column and a
    未完成原因和改进措施 column, seen on published forms, are the target and the deviation here too."""
    path = sichuan_style(tmp_path / "sichuan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert (sheet["E12"].value, sheet["J12"].value) == ("指标值", "未完成原因分析")
    sheet["E12"], sheet["J12"] = "绩效目标值", "未完成原因和改进措施"
    book.save(path)
    evaluation = read_form(path).evaluation
    assert [(i.name, i.target, i.deviation) for i in evaluation.indicators][:3] == [
        ("开展培训场次", 4, None),
        ("设备完好率", 100, "两台设备送修"),
        ("舆情响应时间", 2, "夜间值守人员不足"),
    ]


def test_a_sheets_funds_columns_are_headed_with_the_words_pages_use(tmp_path: Path) -> None:
    """The funds block's header words are the text reader's too (labels.yaml funds_columns): 年初数, 全年计划数
    and 决算数 head the columns they head on published pages."""
    path = sichuan_style(tmp_path / "sichuan.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert (sheet["C5"].value, sheet["D5"].value, sheet["E5"].value) == (
        "年初预算",
        "调整后预算数",
        "预算执行数",
    )
    sheet["C5"], sheet["D5"], sheet["E5"] = "年初数", "全年计划数", "决算数"
    book.save(path)
    funds = read_form(path).evaluation.funds
    assert funds.total == FundRow(initial=D(100), budget=D(120), executed=D(102))
