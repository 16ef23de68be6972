"""自评表 forms converted from Word or HTML one "label：value" pair a line or one header and its figure a line, and
the tables and statements around them that the twenty-fifth round of written pages showed (hand-written in their
shapes)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.extract import ExtractedReport, extract_document
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

PAIRS = """某区农业农村局2021年度耕地地力保护补贴项目绩效自评表
项目名称：耕地地力保护补贴
项目资金（万元）
年度资金总额
年初预算数：2856.30
全年预算数：2871.52
全年执行数：2871.52
分值：10
执行率：100%
得分：10
其中：当年财政拨款
年初预算数：2856.30
全年预算数：2871.52
全年执行数：2871.52
执行率：100%
上年结转资金
年初预算数：0
全年预算数：0
全年执行数：0
其他资金：—
总分：100
自评得分：95
填报单位（盖章）：某区农业农村局
"""


def read(text: str) -> ExtractedReport:
    return extract_document(Document.from_text("page.txt", "txt", text))


def figures(report: ExtractedReport) -> tuple[Decimal | None, ...]:
    budget = report.budget
    return budget.initial, budget.adjusted, budget.executed, budget.execution_rate


def test_a_sub_rows_pairs_are_that_sources() -> None:
    report = read(PAIRS)
    assert figures(report) == (Decimal("2856.30"), Decimal("2871.52"), Decimal("2871.52"), Decimal(100))
    carried = [(f.field, f.value) for f in report.facts if f.subject == "上年结转资金"]
    assert carried == [("source.initial", 0), ("source.adjusted", 0), ("source.executed", 0)]
    # no figure of the whole is said to be stated differently: 上年结转's 0 is its own
    findings = review_document(
        Document.from_text("page.txt", "txt", PAIRS), load_scheme("national-2020")
    ).findings
    assert [f.code for f in findings if f.code == "JX201"] == []


def test_the_score_before_the_forms_signature_row() -> None:
    assert read(PAIRS).score == Decimal(95)


def test_pairs_set_apart_by_a_space_under_the_blocks_label() -> None:
    text = (
        "某区2020年度农村公路养护资金项目支出绩效自评表\n项目名称 农村公路养护资金\n项目资金（万元）\n"
        "年初预算数 1020\n全年预算数 1156.8\n全年执行数 1098.96\n分值 10\n执行率 95%\n得分 9.5\n"
        "其中：当年财政拨款 年初预算数 1020 全年预算数 1156.8 全年执行数 1098.96\n"
        "上年结转资金 年初预算数 0 全年预算数 0 全年执行数 0\n"
    )
    report = read(text)
    assert figures(report) == (Decimal(1020), Decimal("1156.8"), Decimal("1098.96"), Decimal(95))
    # read as the form's funds block, the strongest evidence, not only from the lines as sentences
    form = {(c.field, c.value) for c in report.candidates if c.source == "自评表资金栏"}
    assert ("budget.executed", Decimal("1098.96")) in form


def test_a_spending_pair_before_the_points_pair() -> None:
    text = (
        "某县2024年度食品安全抽检经费项目支出绩效自评报告\n四、项目资金情况（单位: 万元）\n年初预算数: 160.00\n"
        "全年预算数: 172.50\n全年执行数: 163.24\n分值: 10\n执行率: 94.63%\n得分: 9.46\n"
    )
    assert figures(read(text)) == (Decimal("160.00"), Decimal("172.50"), Decimal("163.24"), Decimal("94.63"))


def test_a_funds_rows_label_in_two_cells() -> None:
    text = (
        "某市文化广电和旅游局2022年度部门整体支出绩效自评表\n部门（单位）名称 | 某市文化广电和旅游局\n"
        "预算执行情况（万元） | 预算数 | 执行数 | 执行率 | 分值 | 得分\n"
        "部门预算 | 总额 | 24815.63 | 23906.18 | 96.34% | 10 | 9.63\n"
        "基本支出 | 11270.45 | 11198.02 | 99.36% | — | —\n"
    )
    assert figures(read(text))[1:] == (Decimal("24815.63"), Decimal("23906.18"), Decimal("96.34"))


def test_a_multi_year_works_table_gives_the_years_money() -> None:
    # 1012.45 ÷ 1060 = 95.51%: the year's budget and spending, not the works' cost nor what earlier years paid
    text = (
        "某县教育局2017年度第三幼儿园建设项目支出绩效自评表\n金额单位：万元\n项目名称 第三幼儿园建设项目\n"
        "资金情况 资金来源 项目总投资 以前年度已拨付 本年度预算数 本年度实际支出 执行率\n"
        "合计 1680 620 1060 1012.45 95.51%\n中央资金 900 300 600 600 100%\n"
    )
    assert figures(read(text))[1:] == (Decimal(1060), Decimal("1012.45"), Decimal("95.51"))


def test_earlier_years_pairs_are_no_candidate() -> None:
    text = (
        "某县水利局2016年度灌区续建配套项目绩效自评报告\n计划总投资（万元）：4980\n"
        "其中：中央财政3600　省财政680　县财政700\n以前年度已下达并拨付（万元）：1204\n"
        "2016年度下达资金（万元）：1850\n其中：中央财政1400　省财政250　县财政200\n"
        "2016年度实际支出（万元）：1761.33\n其中：中央财政1400　省财政250　县财政111.33\n"
    )
    assert figures(read(text))[1:3] == (Decimal(1850), Decimal("1761.33"))


def test_full_marks_run_into_the_signature_row_are_no_score() -> None:
    # "综合得分 100填报…": the column's full marks, no colon labelling it as the report's score
    text = (
        "某县2022年度农村饮水项目绩效自评报告\n经综合评价，本项目自评得分为93.5分，等级为优。\n附表\n指标 分值 自评得分\n"
        "综合得分 100填报单位：某县水利局\n"
    )
    assert read(text).score == Decimal("93.5")
