"""Page shapes the twenty-sixth round of written pages showed (hand-written in their shapes): a second report
on the same page, the headers of spending and arrival tables in other words, a form's one row of appropriation,
space-aligned rows of parts' scores, a prose item's score at its sentence's end, and names and dates read too
widely."""

from __future__ import annotations

from decimal import Decimal

from tests.pages import codes, figures, read

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
2021年我院年初预算45,100.00万元。年度执行中，经预算调整，预算调整后总额为48,652.30万元。
"""
    assert figures(read(adjusted)) == (
        Decimal("45100.00"),
        Decimal("48652.30"),
        None,
        None,
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


def test_a_letters_report_and_a_running_header_of_the_same_subject_are_no_second_report() -> None:
    letter = """某县农业农村局关于报送2022年度项目支出绩效自评报告的报告
县财政局：
一、自评组织情况
我局成立了自评工作小组，对照绩效目标开展了自评。特此报告。
某县农业农村局
2023年3月15日
某县农业农村局2022年度高标准农田建设项目绩效自评报告
本项目年初预算500万元，全年预算500万元，实际支出480万元，预算执行率96%，自评得分95分，评价等级为优。
"""
    report = read(letter)
    assert figures(report) == (Decimal(500), Decimal(500), Decimal(480), Decimal(96))
    assert (report.score, report.grade) == (Decimal(95), "优")
    header = """某县农业农村局
2022年度高标准农田建设项目支出绩效自评报告
一、项目概况
本项目年初预算500万元，全年预算500万元，实际支出480万元，预算执行率96%。

2022年度高标准农田建设项目支出绩效自评报告
二、自评结论
经自评，本项目自评得分95分，评价等级为优。
"""
    assert read(header).score == Decimal(95)


def test_a_rules_or_a_measures_score_is_no_headings() -> None:
    text = """某县2022年度项目绩效自评报告
二、评价
（一）预算执行率（10分）：全年执行率达到100%的，得10分。
（四）满意度（10分）：受访群众平均打分，得92分。
（二）产出（40分）：2021年度，得36分。
"""
    assert [f for f in read(text).facts if f.field == "component"] == []


def test_a_funds_row_among_other_sources_is_that_sources() -> None:
    text = """某县2022年度部门整体支出绩效自评报告
年度预算执行情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
财政拨款\t500.00\t520.00\t498.50\t10\t95.87%\t9.59
单位自有资金\t100.00\t100.00\t90.00\t—\t90.00%\t—
"""
    assert figures(read(text))[:3] == (None, None, None)


def test_a_funds_batch_in_brackets_and_a_short_name_after_it() -> None:
    batch = """2021年度项目支出绩效自评报告
根据县财政局通知要求，我局对中央财政农田建设补助资金（第二批）开展了绩效自评。
一、项目概况
"""
    assert read(batch).project == "中央财政农田建设补助资金(第二批)"
    short = """2020年项目支出绩效自评报告
现将我局2020年度城乡义务教育补助经费（以下简称“义教经费”）绩效自评情况报告如下：
一、项目概况
"""
    assert read(short).project == "城乡义务教育补助经费"


def test_a_county_named_with_zhi_keeps_its_signing_date() -> None:
    text = """周至县教育局2022年度部门整体支出绩效自评报告
一、基本情况
全年预算100万元，实际支出96万元。
周至县教育局
2023年3月15日
"""
    assert str(read(text).report_date) == "2023-03-15"


def test_a_framework_rows_own_deductions_are_not_rescored_in_proportion() -> None:
    def form(level: str) -> str:
        return f"""某局2023年度部门整体支出绩效自评报告
一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分
{level}\t预算编制\t预算调整率\t≤10%\t27.37%\t5\t3
"""

    assert "JX109" not in codes(form("过程"))
    assert "JX109" in codes(form("产出"))


def test_the_years_spending_summed_up_and_the_years_together() -> None:
    def spent(sentence: str) -> Decimal | None:
        text = f"某局2022年度部门整体支出绩效自评报告\n一、基本情况\n全年预算3378.15万元。{sentence}\n"
        return read(text).budget.executed

    assert spent("截至2022年12月31日，我局全年累计使用各类资金3215.08万元，预算执行率95.17%。") == Decimal(
        "3215.08"
    )
    assert spent("2022年实际支出3215.08万元。截至2022年12月31日，各年度累计支出8000万元。") == Decimal(
        "3215.08"
    )


def test_a_projects_own_score_and_a_brackets_that_name_no_batch() -> None:
    text = """2020年度项目支出绩效自评报告
我校对智慧校园建设项目开展了绩效自评。
三、自评结论
依据评价指标体系，本项目自评93.5分，等级为优。
"""
    assert read(text).score == Decimal("93.5")
    for bracket in ("（下称专项资金）", "（详见附表）", "（县农业农村局）", "（郑州市）"):
        sentence = (
            f"2021年度项目支出绩效自评报告\n根据要求，我局对农田建设补助资金{bracket}开展了绩效自评。\n"
        )
        assert read(sentence).project == "农田建设补助资金", bracket


def test_a_frameworks_spending_rate_row_is_rescored_in_proportion() -> None:
    text = """某局2023年度部门整体支出绩效自评报告
一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分
过程\t预算执行\t资金支出率\t100%\t80%\t20\t19
"""
    assert "JX109" in codes(text)


def test_a_headings_score_of_one_measure_and_parts_unread_raise_nothing() -> None:
    text = """某县2022年度项目绩效自评报告
二、评价
（一）决策（20分）：项目立项规范，得20分。
（二）过程（20分）：资金到位率100%，得5分。
（三）产出（30分）：各项产出全部完成，得30分。
（四）效益（30分）：社会效益明显，经济效益一般。
（五）满意度（10分）：群众满意，得10分。
"""
    report = read(text)
    assert ("过程指标", Decimal(5)) not in [
        (f.subject, f.value) for f in report.facts if f.field == "component"
    ]
    # 效益 read no score: the parts read all full is no report of all full marks
    assert "JX402" not in codes(text)


def test_a_scale_after_the_projects_own_score_label_is_no_score() -> None:
    text = "2020年度项目支出绩效自评报告\n三、自评结论\n本项目自评100分制，其中产出指标50分。\n"
    assert read(text).score is None


def test_more_brackets_that_name_no_batch() -> None:
    for bracket in ("（附表一）", "（已完成）", "（张家村）", "（某某建设有限公司）", "（试行）"):
        sentence = (
            f"2021年度项目支出绩效自评报告\n根据要求，我局对农田建设补助资金{bracket}开展了绩效自评。\n"
        )
        assert read(sentence).project == "农田建设补助资金", bracket


def test_several_batches_and_a_state_in_brackets_stay_out_of_the_name() -> None:
    for bracket in ("（第二批）、（第三批）", "（暂行）", "（万元）"):
        sentence = (
            f"2021年度项目支出绩效自评报告\n根据要求，我局对农田建设补助资金{bracket}开展了绩效自评。\n"
        )
        assert read(sentence).project == "农田建设补助资金", bracket
