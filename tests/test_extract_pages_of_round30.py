"""Page shapes the thirtieth round of written pages showed (hand-written in their shapes): a first-level indicator
stating its own points over rows that add to other points, a form's result lines under its indicator rows, a
two-level score table, an item scored above its points in prose, a two-column table whose 合计 row is not its
rows' sum, money paid out ("兑付资金"), another project's figure, what arrived summed, a department's payouts and a
project's name wrapped in its form cell."""

from __future__ import annotations

from decimal import Decimal

from tests.pages import codes, figures, read

FORM_HEAD = """某县卫生健康局2022年度重大公共卫生服务项目绩效自评报告
项目支出绩效自评表
项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 200.00 240.00 228.00 10 95.00% 9.50
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""
CATEGORY_SHORT_OF_ITS_POINTS = (
    FORM_HEAD
    + """产出指标(50分) 数量指标 免费筛查人数 ≥5000人 5210人 15 15
数量指标 随访管理人数 ≥1200人 1260人 15 15
质量指标 筛查规范率 ≥95% 97% 10 10
时效指标 按期完成率 100% 100% 5 5
效益指标(30分) 社会效益指标 早诊早治率 ≥80% 83% 15 15
可持续影响指标 服务机制 持续完善 持续完善 15 15
满意度指标(10分) 服务对象满意度指标 群众满意度 ≥90% 93% 10 10
总分 100 94.50
"""
)


def test_a_first_level_indicator_whose_rows_fall_short_of_its_own_points_is_found() -> None:
    # 产出指标(50分): 15 + 15 + 10 + 5 = 45 points under it
    assert "JX113" in codes(CATEGORY_SHORT_OF_ITS_POINTS)
    whole = CATEGORY_SHORT_OF_ITS_POINTS.replace(
        "按期完成率 100% 100% 5 5", "按期完成率 100% 100% 10 10"
    ).replace("总分 100 94.50", "总分 100 99.50")
    assert "JX113" not in codes(whole)


def test_a_line_of_the_block_left_unread_keeps_the_points_unjudged() -> None:
    # a page mark among the rows: a row may have been lost there, and it would hold the 5 points
    broken = CATEGORY_SHORT_OF_ITS_POINTS.replace(
        "质量指标 筛查规范率", "第 2 页 / 共 4 页\n质量指标 筛查规范率"
    )
    assert "JX113" not in codes(broken)


PARTS_SCORED_UNDER_THE_ROWS = (
    FORM_HEAD
    + """产出指标（50分） 数量指标 免费筛查人数 ≥5000人 5210人 20 20
质量指标 筛查规范率 ≥95% 97% 15 15
时效指标 按期完成率 100% 100% 15 15
效益指标（30分） 社会效益指标 早诊早治率 ≥80% 72% 30 27
满意度指标（10分） 服务对象满意度指标 群众满意度 ≥90% 93% 10 10
预算执行（10分） 9.50
产出指标得分 50
效益指标得分 27
满意度得分 10
总分 100 97.50
"""
)


def test_a_forms_result_lines_under_its_rows_are_no_rows() -> None:
    # the rows' scores 9.50 + 50 + 27 + 10 = 96.50, not the 97.50 the total states; the part lines read as rows would
    # have made the 满意度 category 106.50 points
    found = codes(PARTS_SCORED_UNDER_THE_ROWS)
    assert "JX111" in found
    assert "JX113" not in found


TWO_LEVEL_TABLE = """某市水利局2021年度部门整体支出绩效自评报告
四、自评得分情况
一级指标|分值|二级指标|分值|得分|一级指标得分
决策|20|目标设定|8|8|19
 | |预算配置|12|11|
过程|20|预算执行|12|11.5|18.5
 | |预算管理|8|7|
产出|40|产出数量|20|19|38
 | |产出质量|20|19|
效益|20|社会效益|12|11|18
 | |满意度|8|7|
合计|100| |100| |94.5
经评价，我局2021年度部门整体支出自评总分94.5分。
"""


def test_a_two_level_tables_first_level_scores_are_the_parts() -> None:
    report = read(TWO_LEVEL_TABLE)
    assert report.score == Decimal("94.5")
    parts = {f.subject: f.value for f in report.facts if f.field == "component"}
    assert parts == {
        "决策指标": Decimal(19),
        "过程指标": Decimal("18.5"),
        "产出指标": Decimal(38),
        "效益指标": Decimal(18),
    }
    # 19 + 18.5 + 38 + 18 = 93.5, not 94.5
    assert "JX104" in codes(TWO_LEVEL_TABLE)
    assert "JX104" not in codes(TWO_LEVEL_TABLE.replace("94.5", "93.5"))


def scored_in_prose(sentence: str) -> str:
    return f"某县林业局2020年度森林防火项目绩效自评报告\n三、评价得分\n{sentence}\n综合评价得分88分，评价等级为良。\n"


def test_an_item_scored_above_its_points_right_after_them_is_found() -> None:
    assert "JX106" in codes(
        scored_in_prose("项目管理（20分）得18分，其中资金到位率（4分）得4分、资金使用合规性（6分）得7分。")
    )
    assert "JX106" not in codes(
        scored_in_prose("项目管理（20分）得18分，其中资金到位率（4分）得4分、资金使用合规性（6分）得6分。")
    )


def test_an_item_scored_above_its_points_at_its_clauses_close_is_found() -> None:
    assert "JX106" in codes(
        scored_in_prose("管理制度健全性（6分）：制定了养护管理办法和考核细则，制度健全，得7分；")
    )


def test_an_items_clause_wrapped_over_a_line_is_read_to_its_close() -> None:
    assert "JX106" in codes(
        scored_in_prose("1.预算编制准确性（6分）：年中追加经费占年初预算的\n16.04%，准确性有待提高，得7分。")
    )
    # the next numbered item is another's clause
    assert "JX106" not in codes(
        scored_in_prose("1.预算编制准确性（6分）：年中追加经费较多，\n2.资金管理（8分）：得7分。")
    )


def test_a_score_on_a_scale_of_its_own_is_no_slip() -> None:
    # a survey's score out of 100 after a part's 10 points
    assert "JX106" not in codes(scored_in_prose("群众满意度（10分）：问卷调查综合得分95分；"))


INCOME_TABLE = """某县民政局2023年度部门整体支出绩效自评报告
（二）收入情况
表1 收入决算情况 单位：万元
收入项目          金额
一般公共预算财政拨款收入          5280.40
政府性基金预算财政拨款收入          620.00
上年结转          212.36
其他收入          8.50
收入合计          6112.26
"""


def test_a_two_column_tables_total_row_is_its_rows_sum() -> None:
    # 5280.40 + 620.00 + 212.36 + 8.50 = 6121.26
    assert "JX101" in codes(INCOME_TABLE)
    assert "JX101" not in codes(
        INCOME_TABLE.replace("收入合计          6112.26", "收入合计          6121.26")
    )


def test_a_two_column_table_printed_one_cell_a_line_is_summed_too() -> None:
    one_a_line = """某县林业局2016年度部门整体支出绩效自评报告
按支出经济分类，全年支出情况如下（单位：万元）：
支出经济分类
金额
工资福利支出
612.35
商品和服务支出
148.72
资本性支出
215.40
合计
986.47
"""
    # 612.35 + 148.72 + 215.40 = 976.47
    assert "JX101" in codes(one_a_line)
    assert "JX101" not in codes(one_a_line.replace("986.47", "976.47"))


def test_a_two_column_table_with_a_class_and_its_items_is_not_summed() -> None:
    # "财政拨款收入" is the sum of the two rows under it: the rows are not all the total's own
    nested = INCOME_TABLE.replace(
        "一般公共预算财政拨款收入          5280.40\n政府性基金预算财政拨款收入          620.00",
        "财政拨款收入          5900.40\n一般公共预算          5280.40\n政府性基金预算          620.00",
    )
    assert "JX101" not in codes(nested)


def test_a_two_column_table_without_its_header_is_not_summed() -> None:
    # a label wrapped over a line breaks the rows: the header is not right above them
    wrapped = INCOME_TABLE.replace("收入项目          金额\n", "收入项目          金额\n（按来源）\n")
    assert "JX101" not in codes(wrapped)


PAID_OUT_AND_ANOTHER_PROJECT = """某区科学技术局2020年度科技创新券补助项目绩效自评报告
一、项目资金情况
2020年我局部门预算安排项目支出8项，主要包括：高新技术企业培育奖励1500万元、科技创新券补助600万元、孵化器补助420万元。
年初安排科技创新券补助资金600万元，年中调剂30万元用于复工复产科技服务，项目调整后预算为570万元。
全年经审核兑付1520张，兑付创新券补助资金553.26万元，预算执行率97.06%。
二、其他说明
从我局其他项目看，高新技术企业培育奖励全年兑现1466.2万元，详见部门整体支出绩效自评报告。
"""


def test_money_paid_out_is_the_spending_and_another_projects_figure_is_not() -> None:
    report = read(PAID_OUT_AND_ANOTHER_PROJECT)
    # 553.26 ÷ 570 = 97.06%
    assert figures(report)[1:] == (Decimal(570), Decimal("553.26"), Decimal("97.06"))


ARRIVED_SUMMED = """某县教育体育局2018年度薄弱学校改造项目绩效自评报告
一、资金情况
2018年项目预算安排合计900万元，其中中央资金600万元、省级资金200万元、县级配套100万元。
中央和省级资金已全部到位；县级配套资金当年到位40万元，全年到位资金合计840万元，资金到位率93.33%。
截至2018年12月31日，项目资金已支付798.00万元；到位资金支付率95.00%。
"""


def test_what_arrived_summed_is_no_budget() -> None:
    report = read(ARRIVED_SUMMED)
    # the rate is on what arrived (798 ÷ 840 = 95.00%); the budget stays the 900 set aside
    assert figures(report)[1:] == (Decimal(900), Decimal("798.00"), Decimal("95.00"))


DEPARTMENT_PAYOUTS = """某镇人民政府2019年度部门整体支出绩效自评报告
一、预算情况
年初预算收入1650.00万元，年度执行中上级追加资金，调整后全年预算收入为1820.00万元。
二、支出情况
2019年全年支出合计1765.40万元，预算执行率97.00%。
三、绩效情况
全镇城乡低保应保尽保；发放各类救助资金286.5万元，惠及困难群众1200余人。
"""


def test_a_departments_payout_is_one_use_of_its_spending() -> None:
    report = read(DEPARTMENT_PAYOUTS)
    # 1765.40 ÷ 1820.00 = 97.00%
    assert figures(report)[1:] == (Decimal("1820.00"), Decimal("1765.40"), Decimal("97.00"))


def test_a_project_name_wrapped_in_its_cell_ending_as_a_purchase_is_joined() -> None:
    page = """某县教育局2018年度项目支出绩效自评表
项目名称
农村学校营养餐厨房改造及食堂设备
购置
主管部门
某县教育局
"""
    assert read(page).project == "农村学校营养餐厨房改造及食堂设备购置"


SCORE_TABLE_WITH_SUBTOTALS = """某区农业农村局2021年度动物防疫补助项目绩效自评报告
四、评分情况
一级指标\t分值\t二级指标\t分值\t得分\t评分依据
项目决策\t20\t项目立项\t10\t10\t依据充分
\t\t绩效目标\t10\t9\t目标细化不足
\t小计\t\t20\t19\t
项目产出\t50\t产出数量\t25\t25\t全部完成
\t\t产出质量\t25\t24\t抽检合格率略低
\t小计\t\t50\t50\t
项目效益\t30\t社会效益\t20\t19\t未发生疫情
\t\t满意度\t10\t9\t满意度93%
\t小计\t\t30\t28\t
合计\t100\t\t\t97\t
"""


def test_a_score_tables_subtotal_is_its_items_sum() -> None:
    # 产出: 25 + 24 = 49, the 小计 says 50; the 合计 97 is the subtotals' 19 + 50 + 28
    found = codes(SCORE_TABLE_WITH_SUBTOTALS)
    assert "JX119" in found
    assert "JX104" not in found
    right = SCORE_TABLE_WITH_SUBTOTALS.replace("\t小计\t\t50\t50\t", "\t小计\t\t50\t49\t").replace(
        "合计\t100\t\t\t97\t", "合计\t100\t\t\t96\t"
    )
    assert "JX119" not in codes(right)
    assert "JX104" not in codes(right)


def test_a_score_tables_total_is_its_parts_scores() -> None:
    # without subtotals: 19 + 49 + 28 = 96, the 合计 says 97
    bare = "\n".join(line for line in SCORE_TABLE_WITH_SUBTOTALS.splitlines() if "小计" not in line) + "\n"
    assert "JX104" in codes(bare)
    assert "JX104" not in codes(bare.replace("合计\t100\t\t\t97\t", "合计\t100\t\t\t96\t"))


def test_a_score_tables_item_scored_above_its_points_is_found() -> None:
    spaced = """某县文化广电和旅游局2023年度农村公益电影放映项目绩效自评报告
一级指标 分值 二级指标 分值 得分 评分说明
决策 20 项目立项 10 10 依据充分
绩效目标 10 10 目标明确
产出 50 产出数量 30 30 放映完成
产出时效 20 21 按季度结算
回传信息及时
效益 30 社会效益 30 28 观影人次增加
合计 100 99
"""
    assert "JX106" in codes(spaced)
    assert "JX106" not in codes(spaced.replace("产出时效 20 21", "产出时效 20 20"))


def test_a_prose_score_of_another_year_or_of_two_items_together_is_no_items() -> None:
    assert "JX106" not in codes(scored_in_prose("本年度自评得分92分，较上年（88分）提高4分。"))
    assert "JX106" not in codes(scored_in_prose("满意度指标（10分）与效益指标（20分）合计得29分。"))
    assert "JX106" not in codes(
        scored_in_prose("工作创新（5分）：经验做法被省级媒体报道一次，\n按规定加1分，本项得6分。")
    )


def test_a_score_tables_third_level_listed_among_the_second_is_not_summed() -> None:
    # "资金管理 15" is 资金到位率, 预算执行率 and 资金使用合规性 together: the part's items are not its parts
    nested = """某县2022年度衔接资金项目支出绩效评价得分表
一级指标 分值 二级指标 分值 得分
项目决策 15 项目立项 5 5
绩效目标 5 5
资金投入 5 5
项目过程 25 资金管理 15 14
资金到位率 5 5
预算执行率 5 4
资金使用合规性 5 5
组织实施 10 10
项目产出 40 产出数量 20 20
产出质量 20 19
项目效益 20 社会效益 20 19
合计 100 96
"""
    found = codes(nested)
    assert "JX119" not in found
    assert "JX104" not in found


def test_a_two_column_table_going_on_after_its_total_is_not_summed() -> None:
    going_on = INCOME_TABLE + "未到位资金          9.00\n"
    assert "JX101" not in codes(going_on)


def test_a_framework_forms_parts_are_not_judged_on_their_own_points() -> None:
    # 决策(20分) over 项目立项(10分): groups of two levels, which a copy's cells move about
    framework = """某县教育局2022年度学生资助项目绩效自评表
一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分
决策(20分)\t项目立项(10分)\t立项依据充分性\t10\t充分\t充分\t10
\t绩效目标(10分)\t绩效指标明确性\t10\t明确\t明确\t10
产出(50分)\t产出数量(30分)\t资助学生人数\t30\t≥3000人\t3120人\t30
\t产出质量(20分)\t资助对象精准率\t20\t100%\t100%\t20
效益(20分)\t社会效益(10分)\t辍学率\t10\t0\t0\t10
\t满意度(10分)\t受助学生满意度\t10\t≥90%\t96%\t10
总分\t100\t\t\t\t\t100
"""
    assert "JX113" not in codes(framework)


def test_a_payout_named_elsewhere_in_the_sentence_leaves_the_spending() -> None:
    page = DEPARTMENT_PAYOUTS.replace(
        "2019年全年支出合计1765.40万元，预算执行率97.00%。",
        "我镇负责低保金发放工作，全年实际支出1765.40万元。",
    )
    assert figures(read(page))[2] == Decimal("1765.40")


def test_other_projects_named_in_passing_leave_the_projects_figure() -> None:
    page = """某县交通运输局2021年度农村公路建设项目绩效自评报告
项目全年预算400万元。资金实行专款专用，不存在挪用于其他项目的情况，全年实际支出345万元。
"""
    assert figures(read(page))[1:3] == (Decimal(400), Decimal(345))


def test_a_bare_repayment_is_no_spending() -> None:
    page = """某县财政局2021年度地方政府债券还本付息项目绩效自评报告
项目全年预算4800万元，全年实际支出4800万元。债券到期，兑付资金1000万元。
"""
    assert figures(read(page))[1:3] == (Decimal(4800), Decimal(4800))


def test_a_wrapped_name_whose_first_line_ends_as_works_goes_on() -> None:
    page = """某县住房和城乡建设局2021年度项目支出绩效自评表
项目名称
某县老旧小区改造
提升工程
主管部门
某县住房和城乡建设局
"""
    assert read(page).project == "某县老旧小区改造提升工程"
