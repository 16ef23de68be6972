"""Page shapes the twenty-eighth round of written pages showed (hand-written in their shapes): a merged label's
unit printed before a form's funds row, a section title in 【】 on its own line, a budget set "年初，", the year's
income total as the budget the rate is on, a summary table's part scored above its points, the year before with
its number in brackets, a numbered section titled as the score, and a listed fund with a note in brackets."""

from __future__ import annotations

from decimal import Decimal

from tests.pages import codes, figures, read

FORM_WITH_UNIT_BEFORE_ITS_ROW = """某区水利局2022年农村饮水工程维修养护项目绩效自评
项目支出绩效自评表
（2022年度）
项目名称 农村饮水工程维修养护
主管部门 某区水利局 实施单位 某区水利局
项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分
（万元） 年度资金总额 300 360 351.84 10 97.73% 9.77
其中：当年财政拨款 300 360 351.84 — — —
上年结转资金 — — — — — —
其他资金 — — — — — —
"""


def test_a_merged_labels_unit_before_the_funds_row_leaves_the_row_read() -> None:
    # "项目资金 / （万元）": the merged cell's second line printed before the row's own label
    report = read(FORM_WITH_UNIT_BEFORE_ITS_ROW)
    assert figures(report) == (Decimal(300), Decimal(360), Decimal("351.84"), Decimal("97.73"))


BRACKETED_SECTIONS = """【某县茶产业发展中心】2024年度生态茶园管护补助项目绩效自评报告
【项目概况】
为巩固茶园绿色生态发展成果，对生态茶园给予管护补助，补助标准为每亩80元。
【资金投入】
项目年初安排560万元，7月经县人民政府常务会议研究，增加120万元，预算调整为680万元。
截至2024年12月31日，实际兑付管护补助663.20万元，预算执行率97.53%。
"""


def test_a_section_title_in_lenticular_brackets_stands_apart_from_the_line_below() -> None:
    # "【资金投入】" is no clause of "项目年初安排560万元…": the line below opens on the project
    report = read(BRACKETED_SECTIONS)
    assert figures(report) == (Decimal(560), Decimal(680), Decimal("663.20"), Decimal("97.53"))


AT_THE_YEARS_START = """某区人力资源和社会保障局2021年度就业补助资金项目绩效自评报告
一、项目概况
2021年初，区财政安排就业补助资金预算1200万元；年中根据上级转移支付下达情况调增150万元，全年预算合计1350万元。
二、项目资金使用情况
2021年就业补助资金共支出1286.50万元，预算执行率107.21%。
"""


def test_a_budget_set_at_the_years_start_is_the_initial_one() -> None:
    report = read(AT_THE_YEARS_START)
    assert figures(report) == (Decimal(1200), Decimal(1350), Decimal("1286.50"), Decimal("107.21"))
    # the rate is on the year's start budget, not the full year's: 1286.50 ÷ 1350 = 95.30%
    assert "JX103" in codes(AT_THE_YEARS_START)


def test_the_years_start_does_not_reach_past_a_change_in_its_sentence() -> None:
    text = AT_THE_YEARS_START.replace(
        "2021年初，区财政安排就业补助资金预算1200万元；年中根据上级转移支付下达情况调增150万元，全年预算合计1350万元。",
        "2021年初，经年中调整，区财政安排就业补助资金预算1350万元。",
    )
    assert read(text).budget.initial is None


INCOME_TOTAL = """某区司法局2016年度部门整体支出绩效自评报告
一、部门预算执行情况
收入方面：年初部门预算412.80万元，年中追加73.93万元，全年收入合计486.73万元，其中区本级财政拨款424.73万元、中央政法转移支付资金62.00万元。
支出方面：全年支出479.25万元，其中基本支出352.60万元、项目支出126.65万元。
年末结转7.48万元。全年预算完成率98.46%。
"""


def test_the_years_income_total_is_the_budget_the_stated_rate_is_on() -> None:
    # 479.25 ÷ 486.73 = 98.46%: the total received is the budget the year ran on
    report = read(INCOME_TOTAL)
    assert figures(report) == (Decimal("412.80"), Decimal("486.73"), Decimal("479.25"), Decimal("98.46"))


def test_the_years_income_total_is_no_budget_the_rate_does_not_fit() -> None:
    report = read(INCOME_TOTAL.replace("98.46%", "96.10%"))
    assert report.budget.adjusted is None


SUMMARY_ABOVE_ITS_POINTS = """某区交通运输局2017年农村公路养护项目绩效自评报告
五、绩效评价得分情况
一级指标    权重    自评得分
投入         20       20
过程         20       19
产出         40       41.5
效益         20       18
合计        100       96.5
经综合评定，该项目自评得分96.5分，绩效等级为“优”。
"""


def test_a_summary_tables_part_scored_above_its_points_is_read_and_found() -> None:
    report = read(SUMMARY_ABOVE_ITS_POINTS)
    assert report.components["产出指标"] == Decimal("41.5")
    found = codes(SUMMARY_ABOVE_ITS_POINTS)
    assert "JX106" in found  # 41.5 of 40 points
    assert "JX104" in found  # 20 + 19 + 41.5 + 18 = 98.5, not 96.5


LAST_YEARS_SCORE = """某区卫生健康局2023年度基本公共卫生服务补助资金项目支出绩效自评表
说明：本页公开基本公共卫生服务补助资金项目自评表。上年度（2022年）同一项目全年执行数3178.45万元，自评得分98.72分。
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
产出指标\t数量指标\t居民健康档案覆盖率\t≥62%\t68.3%\t50\t50
效益指标\t社会效益指标\t居民健康素养水平\t≥25%\t24.1%\t40\t39.46
满意度指标\t服务对象满意度指标\t服务对象满意度\t≥85%\t90.6%\t10\t10
总分\t\t\t\t\t100\t99.46\t
"""


def test_the_year_before_with_its_number_in_brackets_is_another_years_score() -> None:
    assert read(LAST_YEARS_SCORE).score == Decimal("99.46")


NUMBERED_SCORE_SECTION = """某市卫生健康委员会2020年度部门整体支出绩效自评表
满意度指标
服务对象满意度指标
群众对卫生健康服务满意度
≥85%
88.6%
10
10
五、部门自评得分
98.18
六、自评等级
优
七、其他需要说明的事项
无
"""


def test_a_numbered_section_titled_as_the_score_labels_the_figure_below() -> None:
    report = read(NUMBERED_SCORE_SECTION)
    assert (report.score, report.grade) == (Decimal("98.18"), "优")


def test_a_numbered_sections_title_naming_more_labels_no_figure() -> None:
    text = NUMBERED_SCORE_SECTION.replace(
        "五、部门自评得分\n98.18", "五、部门自评得分情况\n98.18%的指标已完成。"
    )
    assert read(text).score is None


LISTED_FUNDS = """某县市场监督管理局2018年度部门整体支出绩效自评报告
一、部门预算及执行情况
2018年年初预算1,023.60万元。全年实际支出1,207.93万元。
主要项目支出情况：
1.食品安全抽检经费：预算48.00万元，支出46.50万元，执行率96.88%。
2.“双随机一公开”监管经费（含跨部门联合抽查）：预算32.00万元，支出31.20万元，执行率97.50%。
3.特种设备安全隐患排查经费：预算26.50万元，支出26.50万元，执行率100%。
"""


def test_a_listed_funds_rate_with_a_note_after_its_name_is_the_funds() -> None:
    report = read(LISTED_FUNDS)
    assert report.budget.execution_rate is None
    assert report.budget.executed == Decimal("1207.93")


ITEMS_IN_BRACKETED_TITLES = """某县市场监督管理局2020年度项目绩效自评报告
一、自评工作开展情况
本次自评共涉及3个项目，由局办公室牵头。
二、各项目资金使用及目标完成情况
【食品安全抽检监测】
预算金额：45.00万元
实际支出：42.18万元
预算执行率：93.73%
【特种设备安全监管】
预算金额：18.00万元
实际支出：18.00万元
预算执行率：100%
【计量检定设备购置】
预算金额：36.50万元
实际支出：33.20万元
预算执行率：90.96%
"""


def test_items_under_titles_in_brackets_are_no_statements_of_one_figure() -> None:
    # each 【】 section lists its own item's money: 45 and 18 are two items' budgets, not one budget stated twice
    report = read(ITEMS_IN_BRACKETED_TITLES)
    assert figures(report) == (None, None, None, None)
    assert "JX201" not in codes(ITEMS_IN_BRACKETED_TITLES)


def test_the_first_of_a_listing_of_funds_is_no_department_budget() -> None:
    text = """某县卫生健康委员会2023年度部门整体支出绩效自评报告
一、预算情况
2023年度，县财政年初为我委安排部门预算12166.40万元。年度中间追加下达，调整后全年预算12480.55万元。
二、支出情况
本年累计支出11906.32万元。全年预算执行率为97.86%。
（二）专项资金管理。全年下达基本公共卫生服务补助资金2986.00万元、基本药物制度补助资金624.50万元，均及时分配。
"""
    report = read(text)
    # 2986.00 is one fund of two listed; the rate is on the initial budget: 11906.32 ÷ 12480.55 = 95.40%
    assert figures(report) == (
        Decimal("12166.40"),
        Decimal("12480.55"),
        Decimal("11906.32"),
        Decimal("97.86"),
    )
    assert "JX103" in codes(text)


COMPARED_WITH_THE_YEAR_BEFORE = """某市司法局2016年度部门整体支出绩效自评报告
一、部门预算执行情况
年初市财政批复预算1968万元，全年预算调整为2231.70万元。
2016年我局全年实际支出2136.48万元，比2015年1874.05万元增加252.43万元，预算执行率为97.53%。
"""


def test_a_rate_after_a_clause_comparing_with_the_year_before_is_the_years() -> None:
    report = read(COMPARED_WITH_THE_YEAR_BEFORE)
    assert figures(report) == (Decimal(1968), Decimal("2231.70"), Decimal("2136.48"), Decimal("97.53"))
    found = codes(COMPARED_WITH_THE_YEAR_BEFORE)
    assert "JX204" not in found  # the 2015 compared with is no year of the rate
    assert "JX123" in found  # 2136.48 − 1874.05 = 262.43, not 252.43


def test_a_change_from_a_year_other_than_the_one_before_is_not_checked() -> None:
    text = COMPARED_WITH_THE_YEAR_BEFORE.replace("比2015年", "比2014年")
    assert "JX123" not in codes(text)


def test_a_parts_own_items_after_a_semicolon_are_still_its_own() -> None:
    # "基本支出a，其中人员经费b，…；公用经费c，…": 公用经费 is 基本支出's item, no sibling ending its listing
    text = """某县教育局2017年度部门整体支出绩效自评报告
一、支出情况
基本支出46215.60万元，其中人员经费41733.48万元，主要用于教职工基本工资、津贴补贴等；公用经费4842.12万元，主要用于学校办公费、水电费等日常运转支出。
"""
    assert "JX101" in codes(text)  # 41733.48 + 4842.12 = 46575.60
    assert "JX101" not in codes(text.replace("4842.12", "4482.12"))


DEPARTMENT = "某县民政局2022年度部门整体支出绩效自评报告\n一、部门预算情况\n"
PROJECT = "某县2022年度衔接资金项目支出绩效自评报告\n一、基本情况\n"


def test_the_years_start_makes_no_part_or_fund_the_initial_budget() -> None:
    for text in (
        PROJECT
        + "2022年初，县财政下达中央衔接资金400万元、省级衔接资金200万元，实际支出588万元，执行率98%。\n",
        DEPARTMENT + "2022年初，县财政批复我局基本支出预算800万元，项目支出预算400万元。\n",
    ):
        assert read(text).budget.initial is None, text


def test_the_wholes_figure_before_a_carry_over_is_no_listed_fund() -> None:
    report = read(
        DEPARTMENT + "全年预算资金2,345.67万元、上年结转资金120.00万元，全年实际支出2,300.00万元。\n"
    )
    assert report.budget.adjusted == Decimal("2345.67")


def test_a_label_in_lenticular_brackets_still_labels_the_figure_below() -> None:
    report = read(PROJECT + "【年初预算】\n560.00万元\n【实际支出】\n548.00万元\n")
    assert (report.budget.initial, report.budget.executed) == (Decimal(560), Decimal(548))


def test_a_year_joined_with_another_by_yu_is_no_comparison() -> None:
    text = PROJECT + "与2021年度资金合并计算，两年共计预算2,500.00万元，实际支出2,400.00万元，执行率96%。\n"
    assert read(text).budget.adjusted is None


def test_a_kind_of_another_tier_after_a_semicolon_ends_the_listing() -> None:
    text = DEPARTMENT + "公用经费130.3万元，其中三公经费12.5万元；项目支出400万元。\n"
    assert "JX101" not in codes(text)


def test_this_years_score_after_last_years_in_one_sentence_is_read() -> None:
    text = PROJECT + "上年度同类项目自评得分92分，本年度自评得分95分，较上年提高3分。\n"
    assert read(text).score == Decimal(95)


def test_a_score_out_of_100_under_a_weight_is_no_score_above_its_points() -> None:
    text = """某县2022年度衔接资金项目支出绩效自评报告
一级指标    权重    得分
投入         20       92
过程         20       95
产出         40       96
效益         20       90
"""
    assert "JX106" not in codes(text)


def test_a_page_number_under_a_score_section_is_no_score() -> None:
    text = PROJECT + "五、自评得分\n8\n本部门自评得分95分。\n"
    assert read(text).score == Decimal(95)


def test_the_pages_own_figures_after_bracketed_items_are_compared_again() -> None:
    text = (
        DEPARTMENT
        + "2022年度年初预算收入158.5万元。\n【食品安全抽检】\n预算金额：45.00万元\n实际支出：42.18万元\n"
        + "【特种设备监管】\n预算金额：18.00万元\n实际支出：18.00万元\n三、结论\n2022年度年初预算收入154.74万元。\n"
    )
    assert "JX201" in codes(text)
