"""Page shapes the thirty-fourth to thirty-eighth rounds of written pages showed, one the thirty-third left, and the
edges the reviews of their fixes found (each hand-written in its shape, its figures checked by hand)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.pages import review_saved

PARTS_WITH_A_WRAPPED_NAME = "\n".join(
    [
        "2023年度平川县农业农村局项目支出绩效自评报告",
        "一、项目基本情况",
        "项目名称：高标准农田建设项目，全年预算500万元，全年执行480万元，执行率96%。",
        "二、绩效自评情况",
        "预算执行率（10分）得9.6分。",
        "产出指标（50分）得48分。",
        "效益指标（30分）得28分。",
        "满意度指",
        "标（10分）得9分。",
        "自评总分94.6分，等级为优。",
    ]
)


def test_a_parts_name_wrapped_inside_the_word_zhibiao_keeps_its_points(tmp_path: Path) -> None:
    reviewed = review_saved(tmp_path, PARTS_WITH_A_WRAPPED_NAME)
    weights = {f.subject: f.value for f in reviewed.report.facts if f.field == "weight"}
    assert weights == {
        "预算执行率": Decimal(10),
        "产出指标": Decimal(50),
        "效益指标": Decimal(30),
        "满意度指标": Decimal(10),
    }
    # (the four parts' points make 100: no "一级指标分值合计90分")
    assert not [f for f in reviewed.findings if f.code == "JX105"]


PARTS_RATE_ONLY_SO_MUCH = "\n".join(
    [
        "项目支出绩效自评报告",
        "（2021年度）",
        "项目名称：老旧街巷改造项目",
        "填报单位（盖章）：平川区东关街道办事处",
        "项目年初预算300.00万元，调整后预算320.00万元。",
        "截至2021年12月31日，项目实际支出306.40万元，预算执行率95.75%。分项情况如下：",
        "项目内容\t预算数（万元）\t实际支出（万元）\t执行率",
        "路面修补\t200.00\t198.20\t99.10%",
        "管网疏通\t120.00\t108.20\t90.17%",
        "合计\t320.00\t306.40\t95.75%",
        "其中管网疏通子项执行率仅为90.17%，主要是部分工程款未到支付节点。",
    ]
)


def test_a_parts_rate_only_so_much_after_qizhong_is_no_slip_of_the_whole(tmp_path: Path) -> None:
    reviewed = review_saved(tmp_path, PARTS_RATE_ONLY_SO_MUCH)
    assert reviewed.report.budget.execution_rate == Decimal("95.75")
    # (90.17% is the part's: 108.20 / 120.00, not a slip of 306.40 / 320.00)
    assert not [f for f in reviewed.findings if f.code == "JX103"]


SPENDING_AS_A_SHARE_OF_THE_YEARS_MONEY = "\n".join(
    [
        "平川市档案馆",
        "2021年度部门整体支出绩效自评报告",
        "一、部门预算收支情况",
        "2021年年初预算安排6,420,000.00元，年度内追加经费310,500.00元，加上年结转85,000.00元，全年可用资金6,815,500.00元。",
        "2021年本年支出合计6,602,312.40元，占全年可用资金的96.87%。其中：基本支出5,210,400.00元，项目支出1,391,912.40元。",
    ]
)


def test_the_years_spending_as_a_share_of_all_its_money_gives_the_rate(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, SPENDING_AS_A_SHARE_OF_THE_YEARS_MONEY).report.budget
    # (6602312.40 / 6815500.00 = 96.87%)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("681.55"),
        Decimal("660.23124"),
        Decimal("96.87"),
    )


A_LEVELS_SHARE_SPENT_IN_THE_YEAR = "\n".join(
    [
        "平川县2023年度乡村道路建设项目支出绩效自评报告",
        "该项目2023年预算安排资金800万元，其中中央资金500万元，县级配套资金300万元。",
        "中央资金下达500万元，本年支出450万元，占下达资金的90%。",
        "县级配套资金到位300万元，已支出210万元。",
        "项目全年共支出660万元。",
    ]
)


def test_one_levels_money_spent_in_the_year_as_its_share_is_no_rate_of_the_whole(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, A_LEVELS_SHARE_SPENT_IN_THE_YEAR).report.budget
    # (90% is the central money's: 450 / 500; the project spent 660 of 800 and states no rate of its own)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (Decimal(800), Decimal(660), None)


BUDGET_ADDED_TO_AND_CUT = "\n".join(
    [
        "平川市林业局2019年度部门整体支出",
        "绩效自评报告",
        "一、部门预算安排情况",
        "2019年，我局年初批复预算3,206.50万元。年度中追加森林防火等经费412.30万元，调减80.00万元，"
        "追加/调减后预算为3,538.80万元。",
        "2019年全年实际支出3,470.12万元。",
    ]
)


def test_a_budget_labelled_as_added_to_and_cut_is_the_adjusted_one(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, BUDGET_ADDED_TO_AND_CUT).report.budget
    # (3206.50 + 412.30 - 80.00 = 3538.80: no rate stated that would tell it otherwise)
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("3206.50"),
        Decimal("3538.80"),
        Decimal("3470.12"),
    )


SECTIONS_INTRODUCED_AS_REPORTED_BELOW = "\n".join(
    [
        "平川县司法局2024年度部门整体支出绩效自评情况",
        "根据县财政局通知要求，我局对2024年度部门整体支出开展了绩效自评，现将有关情况说明如下：",
        "1.部门基本情况。平川县司法局为县人民政府工作部门，内设办公室等4个股室。",
        "2.预算执行情况。2024年度，本部门年初预算数为812.40万元，年中追加法律援助经费等，全年预算数为896.10万元。"
        "全年支出数880.52万元，部门整体支出预算执行率为98.26%。",
    ]
)


def test_a_reports_numbered_sections_are_no_listing_of_its_money(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, SECTIONS_INTRODUCED_AS_REPORTED_BELOW).report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("812.40"),
        Decimal("896.10"),
        Decimal("880.52"),
        Decimal("98.26"),
    )


UNIT_IN_BRACKETS_WITH_ITS_SHORT_FORM = "\n".join(
    [
        "平川县教育信息网",
        "2019年度部门整体支出绩效自评报告",
        "发布时间：2020年05月12日",
        "我单位（平川县石门镇中心学校，以下简称“中心校”）是平川县教育局所属全额拨款事业单位，"
        "负责石门镇辖区义务教育阶段学校的教育教学管理。",
        "一、部门整体支出基本情况",
        "2019年中心校年初预算986.20万元，调整后全年预算1,042.70万元，实际支出1,030.15万元，预算执行率98.80%。",
    ]
)


def test_the_unit_naming_itself_in_brackets_with_its_short_form_there(tmp_path: Path) -> None:
    report = review_saved(tmp_path, UNIT_IN_BRACKETS_WITH_ITS_SHORT_FORM).report
    assert report.unit == "平川县石门镇中心学校"


PROJECT_CARRIED_OUT_NAMED_IN_SHORT = "\n".join(
    [
        "平川区民政局2020年度项目支出绩效自评报告",
        "根据区财政局要求，我局对2020年度项目支出开展了绩效自评，现将有关情况报告如下：",
        "一、基本情况",
        "（一）项目概况",
        "2020年，我局实施的困难群众临时救助资金项目（以下简称“该项目”）按照规定对遭遇突发困难的家庭给予临时救助。",
        "二、项目资金使用情况",
        "2020年该项目年初预算320.00万元，调整后预算356.00万元。全年实际支出349.88万元，预算执行率98.28%。",
    ]
)


def test_a_project_the_unit_carries_out_named_in_short_after_it(tmp_path: Path) -> None:
    report = review_saved(tmp_path, PROJECT_CARRIED_OUT_NAMED_IN_SHORT).report
    assert report.project == "困难群众临时救助资金项目"


FIGURE_CUT_BY_A_RUNNING_HEADER = "\n".join(
    [
        "平川区市场监督管理局2020年度部门整体支出绩效自评报告",
        "二、预算执行情况",
        "2020 年度年初预算 2,185.30 万元，年度中追加食品安全抽检等项目经费，调整后全年预算 2,634.56 万元。",
        "2020 年度全年实际支出 2,5",
        "平川区市场监督管理局 2020 年度部门整体支出绩效自评报告      第 2 页 共 5 页",
        "71.18 万元，预算执行率 97.59%，年末结余 63.38 万元。",
    ]
)


def test_a_reports_name_and_page_number_over_a_page_break_is_no_text(tmp_path: Path) -> None:
    reviewed = review_saved(tmp_path, FIGURE_CUT_BY_A_RUNNING_HEADER)
    # ("2,5" / header / "71.18万元" is 2,571.18: 2571.18 / 2634.56 = 97.59%)
    assert reviewed.report.budget.executed == Decimal("2571.18")
    assert not [f for f in reviewed.findings if f.code == "JX103"]


SPENDING_ABOVE_ITS_BUDGET_BY_A_GAP = "\n".join(
    [
        "平川县水利局",
        "2021年度部门整体支出绩效自评报告",
        "（二）支出情况。本年支出合计6,018.77万元，为调整预算的102.67%。支出决算数大于调整预算数156.46万元，"
        "系使用上年结转的中小河流治理项目资金所致。其中：基本支出1,243.62万元，项目支出4,775.15万元。",
    ]
)


def test_the_gap_between_spending_and_budget_is_neither_budget_nor_whole(tmp_path: Path) -> None:
    reviewed = review_saved(tmp_path, SPENDING_ABOVE_ITS_BUDGET_BY_A_GAP)
    assert reviewed.report.budget.adjusted is None  # (156.46 is how much the spending exceeds it)
    # (the parts make the spending, 1243.62 + 4775.15 = 6018.77, not the gap)
    assert not [f for f in reviewed.findings if f.code == "JX101"]


def test_what_the_unit_belongs_to_in_its_brackets_names_no_unit(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "2021年度部门整体支出绩效自评报告",
            "我中心（隶属平川县卫生健康局，以下简称“中心”）2021年完成疫苗接种5万剂次。",
            "全年预算120万元，实际支出116万元。",
        ]
    )
    assert review_saved(tmp_path, page).report.unit != "隶属平川县卫生健康局"


def test_a_title_with_the_first_pages_number_after_it_is_the_title(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "平川县民政局 2021 年度部门整体支出绩效自评报告      第 1 页 共 4 页",
            "一、基本情况",
            "我局内设股室5个，编制25人。",
            "二、预算执行情况",
            "全年预算1,200万元，全年支出1,150万元，执行率95.83%。",
        ]
    )
    report = review_saved(tmp_path, page).report
    assert (report.kind, report.unit) == ("部门整体支出", "平川县民政局")


ONE_PROJECT_OF_THE_UNITS_SIX = "\n".join(
    [
        "平川区教育局2024年度项目支出绩效自评报告",
        "一、部门基本情况",
        "2024年度，我局纳入项目支出绩效自评范围的项目共6个，年初预算合计3,862.50万元，调整后预算4,105.32万元，"
        "全年执行3,990.17万元，总体执行率97.20%。现将学前教育幼儿资助项目自评情况报告如下。",
        "二、项目基本情况",
        "（一）项目内容。学前教育幼儿资助（以下简称“学前资助”）面向家庭经济困难幼儿，按每生每年1,500元标准减免保育教育费。",
        "（二）资金安排。学前资助年初预算186.00万元，追加26.40万元，调整后预算212.40万元。",
        "三、项目资金使用情况",
        "学前资助全年执行212.40万元，执行率100%。",
    ]
)


def test_the_units_projects_together_are_not_the_one_project_reported(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, ONE_PROJECT_OF_THE_UNITS_SIX).report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("186.00"),
        Decimal("212.40"),
        Decimal("212.40"),
        Decimal(100),
    )


def _projects_section(*parts: str) -> str:
    return "\n".join(
        [
            "2021年度项目支出绩效自评报告",
            "平川区民政局",
            "我局对2021年度项目支出开展了绩效自评，现将有关情况报告如下：",
            "一、部门基本情况",
            "平川区民政局主要负责全区社会救助、养老服务等工作。",
            "我局2021年度共有项目支出14个，年初预算合计5,302.16万元。",
            "二、项目自评情况",
            *parts,
        ]
    )


def test_the_one_project_the_section_of_projects_heads_is_the_reports(tmp_path: Path) -> None:
    report = review_saved(
        tmp_path,
        _projects_section(
            "（一）困难群众救助补助资金",
            "1.资金安排及使用情况",
            "2021年该项资金全年预算2,486.30万元，全年实际支出2,431.72万元，预算执行率97.80%。",
        ),
    ).report
    assert report.project == "困难群众救助补助资金"
    # (5,302.16 is the fourteen projects' together)
    assert (report.budget.initial, report.budget.adjusted) == (None, Decimal("2486.30"))


def test_two_projects_headed_in_the_section_name_none(tmp_path: Path) -> None:
    report = review_saved(
        tmp_path,
        _projects_section(
            "（一）困难群众救助补助资金",
            "全年预算2,486.30万元，全年实际支出2,431.72万元。",
            "（二）养老服务体系建设经费",
            "全年预算312.00万元，全年实际支出300.15万元。",
        ),
    ).report
    assert report.project is None


def _final_accounts_table(header: str, separator: str) -> str:
    rows = [
        ["项目", "年初预算数", "调整预算数", "决算数", header],
        ["一、本年收入合计", "5,412.60", "5,862.31", "5,862.31", "100.00"],
        ["  财政拨款收入", "5,380.60", "5,790.11", "5,790.11", ""],
        ["二、上年结转结余", "—", "—", "418.52", ""],
        ["三、本年支出合计", "5,412.60", "5,862.31", "6,018.77", "102.67"],
        ["  基本支出", "1,206.45", "1,248.90", "1,243.62", ""],
        ["  项目支出", "4,206.15", "4,613.41", "4,775.15", ""],
        ["四、年末结转结余", "—", "—", "262.06", ""],
    ]
    return "\n".join(
        [
            "平川县水利局",
            "2021年度部门整体支出绩效自评报告",
            "二、部门预决算收支情况",
            "2021年度部门收入总计、支出总计均为6,280.83万元。具体如下：",
            "单位：万元",
            *(separator.join(cell for cell in row if cell) for row in rows),
        ]
    )


def test_a_final_accounts_tables_numbered_spending_total_row_is_the_budgets(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, _final_accounts_table("执行率%", " | ")).report.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("5412.60"),
        Decimal("5862.31"),
        Decimal("6018.77"),
    )


def test_the_spendings_share_of_the_budget_heads_the_rate_column(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, _final_accounts_table("决算数占调整预算%", "    ")).report.budget
    # (6018.77 / 5862.31 = 102.67%: the year spent carried-over money too)
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("5862.31"),
        Decimal("6018.77"),
        Decimal("102.67"),
    )


def test_a_reference_to_an_attached_form_is_no_title_of_the_page(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "平川县民政局2024年度部门决算",
            "（四）预算绩效管理情况",
            "1.部门整体支出绩效自评情况",
            "本部门2024年度年初预算5,840.00万元，年中追加调整后全年预算6,301.50万元，全年支出6,208.14万元，预算执行率98.52%。",
            "2.项目支出绩效自评情况",
            "（详见附件《平川县民政局2024年度项目支出绩效自评表》）",
        ]
    )
    report = review_saved(tmp_path, page).report
    # (the attached form is the projects'; the page is the department's 决算 and its own evaluation)
    assert report.kind != "项目支出"
    assert report.unit == "平川县民政局"


def _columns_printed_one_after_another(spent: str, rate: str) -> str:
    return "\n".join(
        [
            "平川镇人民政府2023年度部门整体支出绩效自评报告",
            "二、部门整体支出预算执行情况",
            "（一）收支情况表（单位：万元）",
            "项目",
            "基本支出",
            "项目支出",
            "合计",
            "年初预算数",
            "1,128.46",
            "582.30",
            "1,710.76",
            "全年预算数",
            "1,140.20",
            "706.00",
            "1,846.20",
            "全年执行数",
            "1,140.20",
            "690.12",
            spent,
            "执行率",
            "100%",
            "97.75%",
            rate,
        ]
    )


def test_a_table_printed_column_by_column_with_its_total_row_last(tmp_path: Path) -> None:
    budget = review_saved(tmp_path, _columns_printed_one_after_another("1,830.32", "99.14%")).report.budget
    # (each column's last figure is the 合计 row's: 1830.32 / 1846.20 = 99.14%)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("1710.76"),
        Decimal("1846.20"),
        Decimal("1830.32"),
        Decimal("99.14"),
    )


def test_a_column_by_column_tables_first_row_is_not_taken_for_its_total(tmp_path: Path) -> None:
    # (the total row's figures disagree, 1872.64 / 1846.20 = 101.43% printed 100%; the 基本支出 row's agree with
    # each other, 1140.20 / 1140.20 = 100%, and are no total)
    budget = review_saved(tmp_path, _columns_printed_one_after_another("1,872.64", "100%")).report.budget
    assert Decimal("1140.20") not in (budget.adjusted, budget.executed)


MONEY_HANDED_ON_IN_FULL_THEN_SPENT = "\n".join(
    [
        "平川县2023年度衔接推进乡村振兴补助资金绩效自评报告",
        "2023年全县衔接资金分三批下达：提前下达6218万元，第一批2345.6万元，第二批1120.4万元。"
        "以上合计9684万元，其中年初预算数6218万元，全年预算数9684万元。",
        "衔接资金9684万元已全部拨付至项目实施单位，拨付率100%。截至2023年12月31日，实际支付9302.57万元，"
        "支付率96.06%，预算执行率96.06%。",
    ]
)


def test_a_rate_of_money_handed_on_in_full_and_a_budget_at_two_stages_are_no_slips(tmp_path: Path) -> None:
    reviewed = review_saved(tmp_path, MONEY_HANDED_ON_IN_FULL_THEN_SPENT)
    # (拨付率100% is of the money handed on, 9684 of 9684; 6218 and 9684 after 其中 are the budget at the year's start
    # and as adjusted, not parts of 9684)
    assert reviewed.report.budget.execution_rate == Decimal("96.06")
    assert not [f for f in reviewed.findings if f.code in ("JX101", "JX103")]


def test_a_share_of_the_initial_budget_named_so_is_no_slip_of_the_rate(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "平川县人力资源和社会保障局2019年度部门决算",
            "（三）支出决算情况",
            "本年支出合计21702531.26元，其中：基本支出6854210.38元，项目支出14848320.88元。",
            "四、部门预算绩效情况说明",
            "2019年度部门整体支出年初预算为18326500.00元，调整预算为22304718.00元，决算数为21702531.26元，"
            "完成年初预算的118.42%，完成调整预算的97.30%。",
        ]
    )
    reviewed = review_saved(tmp_path, page)
    # (21702531.26 / 18326500.00 = 118.42%, 21702531.26 / 22304718.00 = 97.30%: both right)
    assert not [f for f in reviewed.findings if f.code == "JX103"]


BLANK_TOTAL_SPENDING_IN_A_FORM_BY_COLUMNS = "\n".join(
    [
        "平川市市场监督管理局2024年度",
        "食品安全监督抽检经费项目支出绩效自评报告",
        "三、项目支出绩效自评表",
        "项目资金（万元）",
        "年度资金总额",
        "其中：当年财政拨款",
        "上年结转资金",
        "其他资金",
        "年初预算数",
        "150",
        "150",
        "全年预算数",
        "182.4",
        "150",
        "32.4",
        "全年执行数",
        "150",
        "28.76",
        "—第3页—",
        "分值",
        "10",
        "执行率",
        "98.00%",
        "得分",
        "9.8",
    ]
)


def test_a_column_short_of_a_figure_gives_no_total_of_its_own(tmp_path: Path) -> None:
    reviewed = review_saved(tmp_path, BLANK_TOTAL_SPENDING_IN_A_FORM_BY_COLUMNS)
    budget = reviewed.report.budget
    # (全年执行数 lists the sources' 150 and 28.76, its total's cell blank: 150 is 财政拨款's, not the total's; the
    # other columns' totals add up their rows, 182.4 = 150 + 32.4, and the page's number between columns is no cell)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(150),
        Decimal("182.4"),
        None,
        Decimal("98.00"),
    )
    assert not [f for f in reviewed.findings if f.code == "JX103"]


def _rows_listed_before_their_figures(total: list[str]) -> str:
    return "\n".join(
        [
            "平川区统计局",
            "2021年度部门整体支出绩效自评报告",
            "部门整体支出绩效自评表",
            "部门名称：平川区统计局                单位：万元",
            "预算执行情况",
            "项目",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "执行率",
            "基本支出",
            "项目支出",
            "合计",
            "352.40",
            "368.15",
            "366.02",
            "99.42%",
            "86.00",
            "112.60",
            "104.37",
            "92.69%",
            "— 5 —",
            *total,
        ]
    )


def test_rows_labels_listed_before_their_figures_give_the_last_row_to_the_total(tmp_path: Path) -> None:
    page = _rows_listed_before_their_figures(["438.40", "480.75", "470.39", "97.84%"])
    budget = review_saved(tmp_path, page).report.budget
    # (the third row's figures are 合计's: 352.40 + 86.00 = 438.40, 366.02 + 104.37 = 470.39, 470.39 / 480.75 = 97.84%)
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("438.40"),
        Decimal("480.75"),
        Decimal("470.39"),
        Decimal("97.84"),
    )


def test_rows_listed_before_too_few_figures_give_no_total(tmp_path: Path) -> None:
    page = _rows_listed_before_their_figures(["438.40", "480.75", "470.39"])
    budget = review_saved(tmp_path, page).report.budget
    assert Decimal("352.40") not in (budget.initial, budget.adjusted)


def _generic_title_then(*body: str) -> str:
    return "\n".join(
        [
            "2023年度项目支出绩效自评报告",
            "平川县自然资源局",
            "一、单位基本情况",
            "平川县自然资源局为县政府工作部门。",
            *body,
        ]
    )


def test_a_project_named_in_a_heading_of_its_own_evaluation(tmp_path: Path) -> None:
    page = _generic_title_then(
        "二、国土变更调查项目绩效自评情况",
        "（一）项目概况",
        "（二）资金投入和使用情况",
        "全年预算86.00万元，实际支出84.30万元，执行率98.02%。",
    )
    assert review_saved(tmp_path, page).report.project == "国土变更调查项目"


def test_a_project_named_in_the_heading_of_its_outline(tmp_path: Path) -> None:
    page = _generic_title_then(
        "（二）项目总体情况",
        "（三）农村公路养护项目概况",
        "全年预算905.50万元，实际支出889.30万元，执行率98.21%。",
    )
    assert review_saved(tmp_path, page).report.project == "农村公路养护项目"


def test_a_departments_headed_project_is_no_project_of_its_report(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "平川县水利局2022年度部门整体支出绩效自评报告",
            "一、部门整体支出情况",
            "全年预算1,200万元，全年支出1,150万元，执行率95.83%。",
            "二、重点项目情况",
            "（一）中小河流治理项目",
            "完成河道治理12公里。",
        ]
    )
    report = review_saved(tmp_path, page).report
    assert (report.kind, report.project) == ("部门整体支出", None)


def test_the_score_scaled_to_a_hundred_is_the_reports(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "平川县市场监督管理局2020年度部门整体支出绩效自评报告",
            "本次评价设投入、过程、产出、效益4个一级指标，满分120分，评价结果按百分制折算后确定等级。",
            "经评价，我局投入指标得分19分、过程指标得分27分、产出指标得分37分、效益指标得分27分，合计得分110分，"
            "折算百分制得分91.67分，评价等级为“优”。",
        ]
    )
    reviewed = review_saved(tmp_path, page)
    # (110 / 120 × 100 = 91.67: the parts make 110 of the scale's own 120)
    assert (reviewed.report.score, reviewed.report.grade) == (Decimal("91.67"), "优")
    assert not [f for f in reviewed.findings if f.code == "JX104"]


def _codes(folder: Path, *lines: str) -> set[str]:
    return {
        f.code for f in review_saved(folder, "\n".join(lines)).findings if f.severity in ("error", "warning")
    }


def test_an_increase_to_the_budget_listed_after_qizhong_is_a_part(tmp_path: Path) -> None:
    codes = _codes(
        tmp_path,
        "平川县非遗保护项目2022年度绩效自评报告",
        "非遗保护项目资金共计100万元，其中年初预算安排60万元，年中调整预算增加30万元。",
    )
    assert "JX101" in codes  # (60 + 30 = 90, not 100)


def test_a_wrong_share_of_the_initial_budget_is_found_on_the_initial_budget(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川县水利局2022年度部门整体支出绩效自评报告\n"
        "年初预算2000万元，调整预算2434.1万元，全年决算数为2368.4万元，完成年初预算的128.42%，预算执行率97.30%。",
    )
    found = [f for f in reviewed.findings if f.code == "JX103"]
    # (2368.4 / 2000 = 118.42%, not 128.42%; 2368.4 / 2434.1 = 97.30% is right)
    assert [f.message for f in found] == ["执行率写作128.42%，按所列数字计算应为118.42%"]


def test_an_indicators_score_converted_by_its_weight_is_no_total(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川县民政局2022年度项目支出绩效自评报告\n"
        "本项目自评得分95分，等级为优。\n"
        "满意度指标：群众满意度调查结果为90%，折算得分9分。",
    )
    assert reviewed.report.score == Decimal(95)
    assert not [f for f in reviewed.findings if f.code == "JX201"]


def test_a_score_scaled_to_a_hundred_after_the_words_for_it(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川县2022年度部门整体支出绩效自评报告\n"
        "指标体系满分120分。项目决策得分18分，项目过程得分22分，项目产出得分45分，项目效益得分25分，合计110分，"
        "按百分制折算后得分为91.67分，等级为优。",
    )
    assert reviewed.report.score == Decimal("91.67")
    assert not [f for f in reviewed.findings if f.code == "JX104"]


def test_a_sum_added_into_a_later_sum_is_a_part_of_the_total(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川县水利局2022年度小型水库维修养护项目绩效自评报告\n"
        "预算执行率得分：94.20%×10=9.42分；\n"
        "绩效指标得分：46.6+29+9=84.6分（满分90分），指标完成度为94.00%；\n"
        "自评总分：9.42+84.6=94.02分，评价等级为“优”。",
    )
    assert (reviewed.report.score, reviewed.report.grade) == (Decimal("94.02"), "优")
    assert not [f for f in reviewed.findings if f.code == "JX203"]


def test_a_spending_more_than_the_initial_budget_by_so_much_is_no_budget(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "平川县林业局2023年度部门整体支出绩效自评报告\n"
        "2023年部门年初预算2350.60万元。年度执行中追加资金435.54万元，调整后预算为2786.14万元。\n"
        "2023年全年实际支出2701.33万元，预算执行率为96.96%。全年支出较年初预算多350.73万元，系年中追加资金形成。",
    ).report.budget
    assert (budget.initial, budget.adjusted) == (Decimal("2350.60"), Decimal("2786.14"))


def test_a_rate_of_payment_after_the_money_paid_is_no_rate_of_spending(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川省文化和旅游厅2023年度公共文化服务体系建设资金绩效自评报告\n"
        "2023年中央下达资金31,748万元。省财政厅按因素法将资金分配至各市县，拨付资金31,748万元，拨付率100%。\n"
        "截至2023年12月31日，全省实际支出29,866.21万元，执行率94.07%。",
    )
    # (100% is 31,748 of 31,748 handed on; 29,866.21 / 31,748 = 94.07% is the rate of spending, right)
    assert not [f for f in reviewed.findings if f.code == "JX103"]


def test_a_part_named_with_its_year_after_qizhong_is_summed(tmp_path: Path) -> None:
    codes = _codes(
        tmp_path,
        "平川县2021年度耕地地力保护补贴项目支出绩效自评报告",
        "2021年我县耕地地力保护补贴资金共计4,267.35万元，其中：2021年中央财政资金4,105.20万元，上年结转资金152.15万元。",
    )
    assert "JX101" in codes  # (4105.20 + 152.15 = 4257.35, not 4267.35)


def test_a_project_counted_by_its_own_parts_keeps_its_figures(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "平川县农业农村局2023年度农村公路建设项目支出绩效自评报告\n"
        "全县农村公路建设项目共计15个，年初预算合计2400万元，全年预算数2600万元，全年执行数2550万元，执行率98.08%。",
    ).report.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(2400), Decimal(2600), Decimal(2550))


def test_places_counted_in_a_projects_sentence_are_no_projects(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "平川县乡村振兴局2023年度衔接资金项目支出绩效自评报告\n"
        "该项目覆盖全县共12个项目村，全年预算数1800万元，全年执行数1760万元，执行率97.78%。",
    ).report.budget
    assert (budget.adjusted, budget.executed) == (Decimal(1800), Decimal(1760))


def test_an_accounts_total_row_does_not_outweigh_the_budget_the_report_evaluated(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "平川县水利局",
            "2021年度部门整体支出绩效自评报告",
            "单位：万元",
            "项目 | 年初预算数 | 调整预算数 | 决算数 | 执行率%",
            "一、本年收入合计 | 5,412.60 | 5,862.31 | 5,862.31 | 100.00",
            "二、上年结转结余 | — | — | 418.52",
            "三、本年支出合计 | 5,412.60 | 5,862.31 | 6,018.77 | 102.67",
            "四、年末结转结余 | — | — | 262.06",
            "2021年度部门整体支出预算6,280.83万元（含上年结转418.52万元），实际支出6,018.77万元，预算执行率95.83%。",
        ]
    )
    reviewed = review_saved(tmp_path, page)
    # (6018.77 / 6280.83 = 95.83%: the report evaluates the budget with the money carried over; the accounts' 102.67%
    # leaves it out, and no spending above the budget is to be told)
    assert reviewed.report.budget.execution_rate != Decimal("102.67")
    assert not [f for f in reviewed.findings if f.code == "JX108"]


def test_the_figure_a_parts_change_is_measured_from_is_no_budget(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "平川区林业局2021年度部门整体支出绩效自评报告\n"
        "2021年度部门整体支出年初预算为1,919.40万元，调整预算为2,568.13万元，决算数为2,526.12万元，完成调整预算的98.36%。\n"
        "2021年度机关运行经费支出46.82万元，比年初预算数48.00万元减少1.18万元，主要原因是压减日常公用经费。",
    ).report.budget
    assert (budget.initial, budget.adjusted) == (Decimal("1919.40"), Decimal("2568.13"))


def test_both_sides_total_of_the_accounts_is_no_spending(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "平川镇人民政府2022年度部门决算\n"
        "2022年度收入、支出决算总计2,523.64万元。本年收入合计2,381.58万元，本年支出合计2,452.50万元，年末结转和结余71.14万元。\n"
        "我镇2022年年初预算1,986.00万元，全年预算2,498.20万元，实际支出2,452.50万元，预算执行率98.17%。",
    ).report.budget
    # (2,523.64 is what came in and went out with the carry-overs: 2452.50 / 2498.20 = 98.17%)
    assert (budget.executed, budget.execution_rate) == (Decimal("2452.50"), Decimal("98.17"))


def test_the_budget_a_change_is_measured_from_is_the_initial_where_none_other_is_stated(
    tmp_path: Path,
) -> None:
    budget = review_saved(
        tmp_path,
        "平川县文旅局2023年度部门整体支出绩效自评报告\n"
        "2023年全年预算数1,250.00万元，较年初预算数1,100.00万元增加150.00万元，全年支出1,230.00万元，执行率98.4%。",
    ).report.budget
    assert (budget.initial, budget.adjusted) == (Decimal("1100.00"), Decimal("1250.00"))


def test_a_full_rate_of_payment_of_less_than_the_budget_is_a_slip(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川县2023年度项目支出绩效自评报告\n"
        "全年预算数3000万元，实际支出2800万元，执行率93.33%。\n"
        "上级下达资金3000万元，拨付资金2800万元，拨付率100%。",
    )
    assert [f.code for f in reviewed.findings if f.code == "JX103"] == ["JX103"]  # (2800 / 3000 = 93.33%)


def test_a_total_of_points_written_out_is_no_score(tmp_path: Path) -> None:
    reviewed = review_saved(
        tmp_path,
        "平川县2023年度项目支出绩效自评报告\n"
        "全年预算数60万元，执行数60万元，执行率100%。\n"
        "本项目设置一级指标4个，分值分别为投入20分、过程20分、产出40分、效益20分，总分：20+20+40+20=100分。\n"
        "经评价，本项目自评得分93.5分，评价等级为优。",
    )
    assert reviewed.report.score == Decimal("93.5")
    assert not [f for f in reviewed.findings if f.code == "JX201"]


def test_a_listing_by_year_of_money_over_several_years_is_no_sum_of_the_total(tmp_path: Path) -> None:
    codes = _codes(
        tmp_path,
        "平川县2023年度供水工程项目支出绩效自评报告",
        "项目累计投入资金12,000万元，其中：2021年投入3,000万元，2022年投入4,000万元。2023年全年预算5,000万元，实际支出4,900万元。",
    )
    assert "JX101" not in codes


def test_a_part_tables_heading_two_lines_over_its_headers_names_it(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "\n".join(
            [
                "平川镇人民政府2022年度部门决算",
                "财政拨款“三公”经费支出决算表",
                "公开09表 | 单位：万元",
                "| 项目 | 预算数 | 决算数 |",
                "| 合计 | 10.00 | 8.54 |",
                "| 1.因公出国（境）费 | 0.00 | 0.00 |",
                "| 2.公务用车购置及运行费 | 7.00 | 6.18 |",
                "| 3.公务接待费 | 3.00 | 2.36 |",
                "我镇2022年年初预算1,986.00万元，全年预算2,498.20万元，实际支出2,452.50万元，预算执行率98.17%。",
            ]
        ),
    ).report.budget
    # (10.00 and 8.54 are the 三公 costs', a part of the spending)
    assert (budget.adjusted, budget.executed) == (Decimal("2498.20"), Decimal("2452.50"))


def test_a_form_exported_as_comma_separated_values_is_read_as_its_cells(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "2024年度平川县统计局部门整体支出绩效自评表.csv",
            '"部门整体支出绩效自评表",,,,,,,',
            '"部门名称","平川县统计局",,,,,,',
            '"金额单位：万元",,,,,,,',
            '"项目","年初预算数","全年预算数","全年执行数","分值","执行率","得分",',
            '"年度资金总额","486.30","532.74","521.06","10","97.81%","9.78",',
            '"总分",,,,,"100","95.60",',
            '"自评等级",,,,,,"优",',
        ]
    )
    report = review_saved(tmp_path, page).report
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal("486.30"),
        Decimal("532.74"),
        Decimal("521.06"),
        Decimal("97.81"),
    )
    assert (report.score, report.grade) == (Decimal("95.60"), "优")


def test_a_field_of_projects_counted_before_the_one_project_is_no_headline(tmp_path: Path) -> None:
    budget = review_saved(
        tmp_path,
        "2023年度森林防火项目绩效自评报告\n"
        "2023年森林防火等领域共实施8个项目，预算总额6,500.00万元。本项目年初预算300.00万元，执行290.00万元，执行率96.67%。",
    ).report.budget
    assert (budget.initial, budget.executed) == (Decimal("300.00"), Decimal("290.00"))
    assert budget.adjusted != Decimal("6500.00")


def test_the_wholes_table_noted_as_holding_a_part_is_the_funds_block(tmp_path: Path) -> None:
    codes = _codes(
        tmp_path,
        "平川县交通运输局2023年度部门整体支出绩效自评报告",
        "部门整体支出执行情况表（含“三公”经费）",
        "填报单位：平川县交通运输局 | 单位：万元 | 填报日期：2024年3月",
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |",
        "| 年度资金总额 | 2,300.00 | 2,450.00 | 2,380.50 | 98.16% |",
        "| 其中：财政拨款 | 2,100.00 | 2,250.00 | 2,190.00 | 97.33% |",
        "| 其他资金 | 200.00 | 220.00 | 190.50 | 95.25% |",
    )
    assert "JX101" in codes  # (2250 + 220 = 2470, not 2450)
