"""Page shapes the thirty-first round of written pages showed (hand-written in their shapes): a form's funds row
one cell a line whose 年初 and 全年 figures are alike, items paid and their 共计, parts' rates named by a qualified
name or in a table's row, a part's money before its own spending, a budget adjusted in the next sentence, scores and rates in other words, a form's execution score above its points and a page's button
above a title printed over three lines."""

from __future__ import annotations

from decimal import Decimal

from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document
from tests.pages import codes, figures, read


def findings(text: str) -> list[tuple[str, int | None]]:
    found = review_document(
        Document.from_text("page.txt", "txt", text), load_scheme("national-2020")
    ).findings
    return [(f.code, f.line) for f in found]


ONE_CELL_A_LINE = """某县农业农村局2022年度高标准农田建设项目绩效自评报告
项目支出绩效自评表
项目资金
（万元）
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
2400
2400
2312.6
10
96.36%
9.64
其中：当年财政拨款
2400
2180
2052.6
—
—
—
上年结转资金
0
260
260
—
—
—
其他资金
0
0
0
—
—
—
"""


def test_a_funds_rows_slip_is_told_on_the_cell_of_its_column() -> None:
    # 2180 + 260 + 0 = 2440, not the 全年预算数 2400 on line 13 (line 12 prints the 年初预算数, also 2400)
    assert ("JX101", 13) in findings(ONE_CELL_A_LINE)
    assert ("JX101", 12) not in findings(ONE_CELL_A_LINE)


SPACED_FORM = """某区水务局2017年度农村饮水安全工程维修养护项目绩效自评报告
项目支出绩效自评表
项目名称  农村饮水安全工程维修养护资金
主管部门  某区水务局    实施单位  某区水务局
项目资金    年初预算数  全年预算数  全年执行数  分值  执行率  得分
年度资金总额  120.00  176.00  170.69  10  96.98%  9.70
其中：当年财政拨款  120.00  176.00  170.69  —  —  —
"""


def test_a_forms_labelled_cells_are_no_header_of_a_projects_table() -> None:
    # "项目名称  X" over "主管部门  Y" over the funds headers: labelled cells, no column of projects' names
    report = read(SPACED_FORM)
    assert report.projects == []
    assert figures(report) == (Decimal("120.00"), Decimal("176.00"), Decimal("170.69"), Decimal("96.98"))


PAID_ITEMS = "某县水务局2017年度维修养护项目绩效自评报告\n全年预算176万元。截至12月31日，累计支付维修材料款826,400元、工程款742,500元、水质检测费138,000元，共计1,706,900元，预算执行率96.98%。\n"


def test_the_total_that_closes_the_items_paid_is_the_spending() -> None:
    assert figures(read(PAID_ITEMS))[2:] == (Decimal("170.69"), Decimal("96.98"))
    # the first item alone is no spending, and a 共计 the items do not add up to closes no listing of theirs
    assert figures(read(PAID_ITEMS.replace("，共计1,706,900元", "")))[2] is None
    assert figures(read(PAID_ITEMS.replace("1,706,900", "1,806,900")))[2] is None


def test_an_accumulated_spending_past_the_years_items_is_not_the_years() -> None:
    text = "某县图书馆2021年度图书购置项目绩效自评报告\n项目全年预算5.2万元。2021年支付图书采购款3.6万元、期刊订阅费1.2万元,截至2021年底项目累计支出15.6万元。\n"
    assert read(text).budget.executed is None


QUALIFIED_PARTS = """某省交通运输厅2023年度车辆购置税收入补助地方资金绩效自评报告
　　2023年，财政部、交通运输部共下达我省车购税资金568940万元
，其中：普通国省干线公路建设312600万元，农村公路建设198340万
元，综合交通枢纽（客货运站场）38000万元，内河水运建设20000万
元。
（三）资金执行情况
　　截至2023年12月31日，全省车购税资金累计完成支出548088.70
万元，执行率为96.34%。各类资金执行情况如下：普
通国省干线公路建设支出305874.18万元，执行率97.85%；农村公路
建设支出192066.52万元，执行率96.84%；综合交通枢纽支出31215.6
0万元，执行率82.15%；内河水运建设支出18932.40万元，执行率94.
66%。
"""


def test_a_parts_rate_named_without_its_bracketed_qualifier_is_the_parts() -> None:
    assert figures(read(QUALIFIED_PARTS))[3] == Decimal("96.34")
    assert "JX103" not in codes(QUALIFIED_PARTS)


def test_a_rate_its_sentence_gives_for_the_part_after_its_whole_is_no_slip() -> None:
    # 600 of the 600 budgeted, the fiscal part after 其中: 100%; the whole's 652 is no spending of the 600
    text = (
        "2020年度某省红十字会绩效评价工作开展情况\n二、部门决算中项目绩效自评结果\n"
        "(一)红十字事业发展工作经费绩效自评综述:项目全年预算数1026.00万元,执行数为958.37万元,执行率为93.41%。\n"
        "(二)红十字人道救助经费绩效自评综述:项目年预算批复金额为600万元,实际执行资金总额652万元,其中财政资金执行"
        "600万元,资金执行率为100%,另52万元为社会募集款专项资金。\n"
    )
    assert "JX103" not in codes(text)


PROJECTS_TABLE = """某县文化广电局2017年度部门整体支出绩效自评报告
全年预算2036.95万元。决算支出中，基本支出1456.78万元；项目支出580.17万元。
我局2017年度共实施项目4个，自评结果汇总如下（单位：万元）：
项目名称　　　　　　　　　预算金额　　实际支出　　执行率　　自评得分　　等级
农村公益电影放映　　　　　182.40　　　182.40　　　100%　　　96　　　　　优
公共文化场馆免费开放　　　130.00　　　126.35　　　97.19%　　94　　　　　优
广播电视村村通户户通维护　265.00　　　238.62　　　90.05%　　88　　　　　良
非物质文化遗产保护　　　　40.00　　　　32.80　　　　82.00%　　82　　　　　良
合计　　　　　　　　　　　617.40　　　580.17　　　93.97%
"""


def test_a_projects_spending_is_checked_against_what_they_spent() -> None:
    # the projects' 实际支出 add up to 项目支出 580.17; their 预算金额 (617.40) are another measure
    assert "JX101" not in codes(PROJECTS_TABLE)
    report = read(PROJECTS_TABLE)
    wide = next(p for p in report.projects if p.name.startswith("广播电视"))
    assert (wide.budget, wide.executed) == (Decimal("265.00"), Decimal("238.62"))


def test_a_parts_money_before_its_own_spending_is_no_part_of_the_spending() -> None:
    text = "某县农业农村局2018年度农业生产发展资金绩效自评报告\n资金执行情况。地方资金执行378.06万元，其中省级资金250万元全部执行，县级资金150万元执行128.06万元。\n"
    assert "JX101" not in codes(text)


def test_a_score_stated_as_the_self_evaluations_value_or_after_its_words() -> None:
    stated = (
        "某县农业农村局2018年度农业生产发展资金绩效自评报告\n3.自评结果。产出（40分）得38分。自评分值：93。\n"
    )
    assert read(stated).score == Decimal(93)
    after = "某镇中心学校2019年度部门整体支出绩效自评报告\n经自评小组逐项打分，本单位2019年度部门整体支出绩效自评91.6分，等级为优。\n"
    assert read(after).score == Decimal("91.6")


def test_a_parts_rate_named_in_a_table_row_with_a_document_number_between() -> None:
    text = """某县农业农村局2023年度中央农业相关转移支付资金绩效自评报告
|序号|资金类别|下达文件|下达金额|实际支出|支出率|
|1|耕地地力保护补贴|川财农〔2023〕12号|5812.37|5812.37|100%|
|2|农机购置与应用补贴|川财农〔2023〕31号|426|398.64|93.58%|
|3|农业产业发展资金|川财农〔2023〕45号|1350|1296.8|96.06%|
|4|动物防疫等补助经费|川财农〔2023〕27号|318.6|305.21|95.80%|
|5|农业经营主体能力提升资金|川财农〔2023〕58号|210|171.5|81.67%|
|合计|||8116.97|7984.52|98.37%|
四、存在的问题
（一）部分资金支出进度不均衡。农业经营主体能力提升资金支出率仅81.67%。
"""
    # the fund named in its row, a document's number between its name and its money: a part's rate, not the report's
    assert figures(read(text))[3] != Decimal("81.67")
    assert "JX103" not in codes(text)


def test_a_budget_adjusted_in_the_next_sentence_leaves_the_first_the_initial() -> None:
    text = "某镇中心学校2019年度部门整体支出绩效自评报告\n2019年县财政批复我校部门预算1946.30万元。年度中，上级陆续下达义务教育经费保障机制资金，全年预算调整为2187.52万元。全年实际支出2163.89万元，占全年预算的98.92%。\n"
    assert figures(read(text)) == (
        Decimal("1946.30"),
        Decimal("2187.52"),
        Decimal("2163.89"),
        Decimal("98.92"),
    )


def test_shares_of_the_departments_budget_or_of_the_money_allocated_are_rates() -> None:
    whole = "某局2020年度部门整体支出绩效自评报告\n全年预算38652.47万元。截至2020年12月31日，全局共支出36,487.92万元，占部门预算资金总额的94.40%。\n"
    assert figures(read(whole))[3] == Decimal("94.40")
    allocated = "某州林业局2016年度森林生态效益补偿资金项目绩效自评报告\n下达补偿资金11486.72万元。截至2016年12月31日，各县（市）共使用补偿资金11,205.33万元，占下达资金的97.55%。\n"
    assert figures(read(allocated))[3] == Decimal("97.55")
    # (a share of all money available, carry-over in it, is no rate on the year's money named first)
    available = allocated.replace("占下达资金的97.55%", "占可用资金的97.55%")
    assert figures(read(available))[3] is None


def test_a_funds_row_scored_above_its_points_is_read_and_found() -> None:
    text = """某县疾病预防控制中心2022年度国家免疫规划项目绩效自评报告
项目支出绩效自评表
| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | 86.40 | 86.40 | 89.16 | 10 | 103.19% | 10.32 |
| | 其中：当年财政拨款 | 86.40 | 86.40 | 86.40 | — | — | — |
"""
    assert "JX106" in codes(text)
    assert "JX106" not in codes(text.replace("| 10.32 |", "| 10 |"))


def test_a_button_above_a_title_printed_over_three_lines_is_no_label_of_its_unit() -> None:
    text = """关闭
某县卫生健康委员会
2019年度基本公共卫生服务项目
绩效自评报告
根据《某省财政厅关于开展2019年度绩效评价工作的通知》要求，我委进行了自评。
"""
    assert read(text).unit == "某县卫生健康委员会"
