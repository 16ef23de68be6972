"""Page shapes the thirty-second round of written pages showed (hand-written in their shapes): a funds header
wrapped at its lines' ends, a sub-row that lost a blank cell, money arrived in total, the year's payments out of a
fund, a form's project named by a class of schools or with its place in brackets, a street office by its street, a
page's time-and-source line, a grade "划分为" its band, run-together form rows and a total with a bracketed standard."""

from __future__ import annotations

from decimal import Decimal

from jixiao.decimals import fmt_money
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document
from tests.pages import codes, figures, read


def findings(text: str) -> list[tuple[str, int | None]]:
    found = review_document(
        Document.from_text("page.txt", "txt", text), load_scheme("national-2020")
    ).findings
    return [(f.code, f.line) for f in found]


HEADER_WRAPPED_AT_LINE_ENDS = """某乡人民政府2023年度部门整体支出绩效自评报告
一、部门基本情况
本乡辖12个行政村。
部门整体支出绩效自评表（单位：元）
年度预算资金（元）|年初预算
数|全年预算
数|全年执行
数|分值|执行
率|得分|年度资金总额|5120000.00|6030000.00|5878000.00|10|97.48%|9.75|其中：当年财政拨款|5120000.00|5900000.00|5750000.00|—|97.46%|—|
二、绩效目标完成情况
"""


def test_a_funds_header_wrapped_at_each_lines_end_is_read_whole() -> None:
    # "…|分值|执行" / "率|得分|…": the rate's header wrapped onto the next line, the row's figures after it
    assert figures(read(HEADER_WRAPPED_AT_LINE_ENDS)) == (
        Decimal("512"),
        Decimal("603"),
        Decimal("587.8"),
        Decimal("97.48"),
    )


SUB_ROW_SHORT_OF_A_BLANK = """某市文化广电旅游局2020年度部门整体支出绩效自评报告
附：2020年度部门整体支出绩效自评表
| 预算单位名称 | 某市文化广电旅游局 |
| 年度预算资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 960.5 | 1230.6 | 1198.2 | 10 | 97.37% | 9.74 |
| 其中：财政拨款 | 960.5 | 1190.6 | 1162.2 | — | 97.61% | — |
| 上年结转 | | | | — | | — |
| 其他资金 | 40 | 36 | — | 90.00% | — |
"""


def test_a_sub_row_that_lost_a_blank_cell_is_placed_where_its_rate_holds() -> None:
    # "其他资金 | 40 | 36 | — | 90.00% | —" under six columns: 全年 40 and 执行 36 (36 / 40 = 90%), 年初 the lost cell;
    # the parts then add up to the whole, and no sum is said to fail
    found = findings(SUB_ROW_SHORT_OF_A_BLANK)
    assert ("JX101", 5) not in found
    assert figures(read(SUB_ROW_SHORT_OF_A_BLANK))[1:] == (
        Decimal("1230.6"),
        Decimal("1198.2"),
        Decimal("97.37"),
    )


ARRIVED_IN_TOTAL = """某街道办事处2022年度“背街小巷整治”项目绩效自评报告
一、项目基本情况
项目计划总投资1560万元，资金来源为：区级财政资金1200万元，街道自筹360万元。
二、资金到位情况
截至2022年12月31日，区级财政资金到位1100万元，街道自筹360万元已全部到位，项目资金合计到位1460万元，到位率93.59%。
"""


ALL_ARRIVED_IN_TOTAL = """某县医疗保障局2022年度医疗救助补助资金绩效自评报告
上级下达医疗救助补助资金632万元，县级安排配套资金100万元，两项资金合计到位732万元。全年医疗救助支出715.3万元，资金执行率97.72%。
"""


def test_money_arrived_in_total_is_no_budget() -> None:
    # "项目资金合计到位1460万元，到位率93.59%": what arrived, summed, short of the planned whole, the budget
    assert read(ARRIVED_IN_TOTAL).budget.adjusted == Decimal("1560")
    # (without a rate of arrival after it, the allocations listed before it all arrived: the budget)
    assert figures(read(ALL_ARRIVED_IN_TOTAL))[1:] == (Decimal("732"), Decimal("715.3"), Decimal("97.72"))


PAID_OUT_OVER_THE_YEAR = """某镇人民政府2021年度衔接资金项目绩效自评报告
一、资金下达情况
2021年，县级下达我镇衔接资金共计2,600,000.00元。
二、资金使用情况
我镇按进度分批拨付资金，截至2021年9月30日累计拨付1,150,000元，拨付进度44.23%；截至2021年12月31日，全年共拨付衔接资金2,470,000.00元，资金执行率95.00%。
"""

PAID_DOWN_TO_THE_COUNTY = """某县农业农村局2021年度衔接资金项目绩效自评报告
一、资金下达情况
省财政全年共拨付我县衔接资金2,600,000.00元。
"""
PAID_THEN_SPENT = """某县农业农村局2021年度衔接资金项目绩效自评报告
本年共拨付项目资金500万元，项目单位实际支出480万元，执行率96%。
"""


def test_the_years_payments_out_of_a_fund_are_its_spending() -> None:
    assert figures(read(PAID_OUT_OVER_THE_YEAR))[1:] == (Decimal("260"), Decimal("247"), Decimal("95.00"))
    # (money a higher level paid down is no spending of the report's)
    assert read(PAID_DOWN_TO_THE_COUNTY).budget.executed is None
    # (nor payments its spending is stated after: the money paid down, spent as stated)
    assert figures(read(PAID_THEN_SPENT))[1:] == (Decimal("500"), Decimal("480"), Decimal("96"))


FORM_OF_A_SCHOOLS_FUND = """项目支出绩效自评表
（2022年度）
项目名称
初中学校公用经费
主管部门
某县教育局
实施单位
某县第二中学
"""


def test_a_project_named_by_a_class_of_schools_is_a_project() -> None:
    # "初中学校公用经费": the running money of a class of schools, no school's name
    assert read(FORM_OF_A_SCHOOLS_FUND).project == "初中学校公用经费"


FORM_WITH_THE_PLACE_IN_BRACKETS = """项目支出绩效自评表
（2020年度）
项目名称
2020年度农村人居环境整治资金项目（白沙乡）
实施单位
某县白沙乡人民政府
"""


FORM_WITH_A_ROUTE_IN_BRACKETS = """项目支出绩效自评表
（2020年度）
项目名称
农村公路建设项目（城关镇至白沙乡）
实施单位
某县白沙乡人民政府
"""


def test_a_projects_place_in_brackets_is_no_part_of_its_name() -> None:
    # the unit's own place, "白沙乡" of 实施单位 "某县白沙乡人民政府"
    assert read(FORM_WITH_THE_PLACE_IN_BRACKETS).project == "农村人居环境整治资金项目"
    # (a route between places names the road)
    assert read(FORM_WITH_A_ROUTE_IN_BRACKETS).project == "农村公路建设项目(城关镇至白沙乡)"


STREET_NAMED_SHORT_AND_IN_FULL = """红梅街道2022年度部门整体支出绩效自评报告
来源：红梅街道  日期：2023-05-10  【字号 大 中 小】
一、部门基本情况
街道办事处是区人民政府的派出机关，主要职能是：加强党的建设；统筹辖区发展，组织实施辖区内与居民生活密切相关的公共服务事项；组织开展城市管理、市容环境整治、综合执法和安全生产监管等工作；做好社会治理、平安建设和矛盾纠纷化解；指导社区居民委员会工作，推进社区建设；做好民政、社会保障、退役军人服务、卫生健康、文化体育等公共服务工作。
常州市天宁区人民政府红梅街道办事处
2023年5月8日
"""


def test_a_street_named_by_its_street_and_its_office_in_full_is_one_unit() -> None:
    # the page's source "东门街道" and the signature's office name one unit, not two in conflict
    assert read(STREET_NAMED_SHORT_AND_IN_FULL).unit in ("红梅街道", "常州市天宁区人民政府红梅街道办事处")


TIME_THEN_SOURCE = """平川县人民政府
首页>>政务公开>>财政资金
平川县2020年度东西部协作资金项目绩效自评报告
时间：2021-03-18 来源：平川县乡村振兴局 作者： 浏览：
县乡村振兴局组织县财政局、县发改局等项目主管单位，对2020年度东西部协作资金项目实施情况进行了自评，我县共安排项目6个。
"""


def test_a_publishers_source_after_the_pages_time_is_read() -> None:
    # "时间：… 来源：平川县乡村振兴局": the page's metadata, its office the unit over the title's place
    assert read(TIME_THEN_SOURCE).unit == "平川县乡村振兴局"


GRADE_DIVIDED_INTO_A_BAND = """某镇2023年度部门整体支出绩效自评报告
四、自评结论
本年度部门整体支出自评得分93.5分。按照90分（含）以上为优秀、80（含）—90分为良好的标准，自评结果划分为“优秀”等级。
"""
BANDS_DIVIDED = """某镇2023年度部门整体支出绩效自评报告
四、自评结论
本年度部门整体支出自评得分93.5分。评价结果划分为“优秀”“良好”“合格”“差”四个等级。
"""


BAND_RULE_DIVIDED = """某镇2023年度部门整体支出绩效自评报告
四、自评结论
本年度部门整体支出自评得分86分。90分（含）以上划分为“优秀”等级，80（含）-90分划分为“良好”等级。
"""


def test_a_grade_the_result_is_divided_into_is_the_reports() -> None:
    assert read(GRADE_DIVIDED_INTO_A_BAND).grade == "优秀"
    assert read(BANDS_DIVIDED).grade is None  # the bands themselves, no grade given
    assert read(BAND_RULE_DIVIDED).grade is None  # the grading rule, "N分以上划分为X等级"


RUN_TOGETHER_ROWS = """某镇2024年度部门整体支出绩效自评表
绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
产出指标数量指标人居环境整治村数≥18个18个88
质量指标年度重点工作完成率100%95%109.53个村道项目跨年实施
总分10097.5
"""


def test_run_together_rows_whose_cut_is_unsure_are_left_unread() -> None:
    # "…95%109.53个村道…": the deviation's count "3个" may hold the score's last digit (9.5 and "3个", or 9.53): the
    # row is left unread, and no score is said to break the rule
    assert "JX109" not in codes(RUN_TOGETHER_ROWS)


TOTAL_WITH_A_STANDARD_IN_BRACKETS = """某区农业农村局2022年度高标准农田建设项目绩效自评报告
一、项目基本情况
项目计划总投资2400万元（亩均投入1500元），其中：中央财政补助资金1300万元，省级财政补助资金500万元，区级财政配套资金350万元，自筹230万元。
"""


def test_a_standard_in_brackets_after_a_total_leaves_its_parts_summed() -> None:
    # 1300 + 500 + 350 + 230 = 2380, not 2400: the bracketed 亩均 standard is no total of its own
    assert ("JX101", 3) in findings(TOTAL_WITH_A_STANDARD_IN_BRACKETS)


def test_an_amount_from_yuan_prints_without_the_zeros_of_its_conversion() -> None:
    assert fmt_money(Decimal("412.000000")) == "412.00"
    assert fmt_money(Decimal("385.642000")) == "385.642"
