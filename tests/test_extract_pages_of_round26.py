"""Page shapes the twenty-sixth round of written pages showed (hand-written in their shapes): a second report
on the same page, the headers of spending and arrival tables in other words, a form's one row of appropriation,
space-aligned rows of parts' scores, a prose item's score at its sentence's end, and names and dates read too
widely."""

from __future__ import annotations

from decimal import Decimal

from jixiao.extract import ExtractedReport, extract_document
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document


def read(text: str) -> ExtractedReport:
    return extract_document(Document.from_text("page.txt", "txt", text))


def codes(text: str) -> list[str]:
    findings = review_document(
        Document.from_text("page.txt", "txt", text), load_scheme("national-2020")
    ).findings
    return [f.code for f in findings]


def figures(report: ExtractedReport) -> tuple[Decimal | None, ...]:
    budget = report.budget
    return budget.initial, budget.adjusted, budget.executed, budget.execution_rate


TWO_REPORTS = """某区卫生健康局2019年度项目支出绩效自评报告
发布日期：2020-06-09　来源：某区卫生健康局
2019年度基本公共卫生服务项目绩效自评报告
一、项目基本情况
项目资金总额2,135.68万元，全年实际支出2,087.40万元，预算执行率97.74%。
二、自评结论
经自评，本项目绩效自评得分为93分，评价等级为“优”。

2019年度家庭医生签约服务经费绩效自评报告
2019年区财政安排家庭医生签约服务经费240万元，全年实际支出221.86万元，经自评得分88分，等级为“良”。

某区卫生健康局
2020年6月5日
相关阅读
某区卫生健康局2018年度项目支出绩效自评报告
某区卫生健康局2020年度部门整体支出绩效自评报告
"""


def test_a_second_report_below_the_first_is_none_of_its_figures() -> None:
    report = read(TWO_REPORTS)
    assert figures(report) == (None, Decimal("2135.68"), Decimal("2087.40"), Decimal("97.74"))
    assert (report.score, report.grade) == (Decimal(93), "优")
    # the second report's score and grade are no second statement of the first's
    assert "JX201" not in codes(TWO_REPORTS)


def test_a_cover_letters_report_below_it_is_read() -> None:
    # a letter, no numbered sections above the report's title: the report is the page's, not a second one
    text = """关于报送2021年度部门整体支出绩效自评报告的函
区财政局：现将我局2021年度部门整体支出绩效自评报告报送如下。
某区水利局2021年度部门整体支出绩效自评报告
一、基本情况
2021年我局全年预算1,200.00万元，实际支出1,150.00万元，预算执行率95.83%。
"""
    assert figures(read(text)) == (None, Decimal("1200.00"), Decimal("1150.00"), Decimal("95.83"))


def test_a_title_printed_again_as_a_running_header_is_no_second_report() -> None:
    text = """某县交通运输局2016年农村公路养护专项资金绩效自评报告
一、项目基本情况
全县列养农村公路1,062公里，其中县道186公里。
2016年项目预算348.6万元，实际支出341.27万元，预算执行率97.90%。资金按照分级负责的原则，县道养护经费由县公路养护
某县2016年度财政支出项目绩效自评报告
站包干使用，乡道、村道养护经费根据乡镇养护考核结果按季度拨付，自评得分为92分，等级为优。
第 2 页 共 7 页
某县交通运输局2016年农村公路养护专项资金绩效自评报告
二、项目实施情况，我局制定了考核办法，与13个乡镇签订养护目标责任书，实行按季考核。
"""
    report = read(text)
    assert figures(report)[1:] == (Decimal("348.6"), Decimal("341.27"), Decimal("97.90"))
    assert report.score == Decimal(92)


def test_the_spending_and_arrival_columns_in_other_words() -> None:
    settled = """某镇2022年度部门整体支出绩效自评报告
一、部门整体预算执行情况
项目\t年初预算\t调整后预算\t决算支出\t执行率
基本支出\t812.37\t826.15\t826.15\t100.00%
项目支出\t474.08\t908.77\t876.21\t96.42%
合计\t1286.45\t1734.92\t1702.36\t98.12%
"""
    assert figures(read(settled)) == (
        Decimal("1286.45"),
        Decimal("1734.92"),
        Decimal("1702.36"),
        Decimal("98.12"),
    )
    paid = """某县2020年度基本公共卫生服务项目绩效自评报告
一、资金安排
资金来源\t预算数（元）\t到位数（元）\t已支付数（元）\t结余（元）
中央财政\t8671320.00\t8671320.00\t8383024.51\t288295.49
县级财政\t1238760.00\t1238760.00\t1193418.40\t45341.60
合计\t9910080.00\t9910080.00\t9576442.91\t333637.09
"""
    assert figures(read(paid))[1:3] == (Decimal("991.008"), Decimal("957.644291"))
    arrived = """某县2021年度免费开放项目绩效自评报告
一、资金
资金来源 | 下达金额（万元） | 拨付到位（万元） | 实际支出（万元） | 结余（万元）
中央补助资金 | 186 | 186 | 180.66 | 5.34
县级配套资金 | 23 | 23 | 20.8 | 2.2
合计 | 209 | 209 | 201.46 | 7.54
"""
    assert figures(read(arrived))[1:3] == (Decimal(209), Decimal("201.46"))


def test_a_forms_one_row_of_appropriation_is_its_whole() -> None:
    text = """某市市场监督管理局2022年度部门整体支出绩效自评报告
部门整体支出绩效自评表
部门（单位）名称\t某市市场监督管理局
年度预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
财政拨款资金\t7315.62\t8524.95\t8236.18\t10\t96.61%\t9.66
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t抽检批次\t≥5000批次\t5326批次\t50\t50
"""
    assert figures(read(text)) == (
        Decimal("7315.62"),
        Decimal("8524.95"),
        Decimal("8236.18"),
        Decimal("96.61"),
    )
    # under a whole's row, 财政拨款 stays that source's
    parts = """某县2022年度部门整体支出绩效自评报告
年度预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
年度资金总额\t900\t1000\t950\t10\t95%\t9.5
财政拨款资金\t800\t850\t820\t—\t96.47%\t—
其他资金\t100\t150\t130\t—\t86.67%\t—
"""
    assert figures(read(parts)) == (Decimal(900), Decimal(1000), Decimal(950), Decimal(95))


def test_rows_of_parts_scores_are_not_joined_into_the_total() -> None:
    spaced = """某街道办事处2021年度部门整体支出绩效自评报告
四、自评结果
从投入、过程、产出、效益四个维度逐项打分：
　　投入（20分）　　　　　　　　得分18.5
　　过程（30分）　　　　　　　　得分28.3
　　产出（30分）　　　　　　　　得分28.8
　　效益（20分）　　　　　　　　得分18.0
综合评定，本办2021年度部门整体支出绩效自评得分93.6分，自评等级为“优”。
"""
    assert read(spaced).score == Decimal("93.6")
    assert "JX106" not in codes(spaced)
    listed = """某局2016年度部门整体支出绩效自评报告
四、绩效自评结果
从投入、过程、产出、效果四个方面进行评分：
投入（15分）：得14分
过程（35分）：得31分
产出（30分）：得28分
效果（20分）：得18分
合计得分91分。按照评分标准，自评结果为“优”。
"""
    assert read(listed).score == Decimal(91)


def test_a_prose_items_score_above_its_points() -> None:
    def text(score: str) -> str:
        return f"""某县2017年度农村饮水项目绩效自评报告
二、绩效评价
9.项目效益（30分），得28分。
（4）服务对象满意度（5分）：向受益群众发放调查问卷300份，收回291份，满意度96.5%，得{score}分。
"""

    above = [(f.field, f.value) for f in read(text("6")).facts if f.subject == "满意度指标"]
    assert above == [("weight", 5), ("component", 6)]
    assert "JX106" in codes(text("6"))
    assert "JX106" not in codes(text("5"))
    # a sentence listing parts with points of their own: their scores are theirs, none the heading's
    parts = """某县2017年度农村饮水项目绩效自评报告
（一）项目决策（20分）：项目立项（5分）规范，得5分。
"""
    assert [f for f in read(parts).facts if f.field == "component" and f.value == 5] == []


def test_a_rate_after_what_was_done_to_the_projects_is_the_years() -> None:
    text = """某镇2022年度部门整体支出绩效自评报告
二、预算执行
（二）支出情况。第四季度加快项目验收和资金支付，2022年度全年共支出23906158.37元，预算执行率为98.30%。
"""
    assert read(text).budget.execution_rate == Decimal("98.30")


def test_an_autonomous_countys_unit_is_no_group_of_units() -> None:
    text = """某县人民政府门户网站
隆林各族自治县教育局2020年度项目支出绩效自评表公开
项目支出绩效自评表
项目名称
农村义务教育学生营养改善计划补助经费
主管部门
隆林各族自治县教育局
实施单位
隆林各族自治县学生资助管理中心
"""
    assert read(text).unit == "隆林各族自治县学生资助管理中心"


def test_a_period_is_no_signing_date() -> None:
    text = """某县2020年度基本公共卫生服务项目绩效自评报告
项目期限\t2020年1月1日至2020年12月31日
一、基本情况
2020年项目预算100万元，实际支出96万元。
"""
    assert read(text).report_date is None


def test_parts_spending_and_budget_in_other_words() -> None:
    # a part's spending in a department's pairs ("项目支出执行数"), the adjusted total named after the adjustment
    pairs = """某区退役军人事务局2020年度部门整体支出绩效自评报告
填报单位（盖章）：某区退役军人事务局    单位：万元
| 年度预算数 | 6842.15 | 年度执行数 | 6713.08 | 执行率 | 98.11% |
| 其中：基本支出 | 612.40 | 基本支出执行数 | 598.76 | | |
| 项目支出 | 6229.75 | 项目支出执行数 | 6114.32 | | |
"""
    assert figures(read(pairs))[1:] == (Decimal("6842.15"), Decimal("6713.08"), Decimal("98.11"))
    adjusted = """某医院2021年度部门整体支出绩效自评报告
一、预算安排
2021年我院年初预算45,100.00万元。年度执行中，经预算调整，预算调整后总额为48,652.30万元。全年资金支出比例96.64%。
"""
    assert figures(read(adjusted)) == (
        Decimal("45100.00"),
        Decimal("48652.30"),
        None,
        Decimal("96.64"),
    )


def test_a_units_budget_execution_row_is_the_forms_own_rate_row() -> None:
    # the form scores the money in its own indicator row: the scheme's 10 points for it are not added on top
    text = """某区退役军人事务局2020年度部门整体支出绩效自评报告
| 一级指标 | 二级指标 | 三级指标 | 指标权重 | 目标值 | 实际值 | 指标得分 |
| 产出指标 | 数量指标 | 优抚对象抚恤补助发放人数 | 45 | ≥4200人 | 4236人 | 45 |
| | 成本指标 | 部门预算执行率 | 10 | 100% | 98.11% | 9.81 |
| 效益指标 | 社会效益指标 | 涉军信访案件办结率 | 35 | ≥95% | 96% | 35 |
| 满意度指标 | 服务对象满意度指标 | 退役军人满意度 | 10 | ≥90% | 92% | 10 |
| 合计 | | | 100 | | | 99.81 |
"""
    assert "JX113" not in codes(text)
