"""Record tables and special bonds' evaluations, in the shapes real pages publish them (written here by
hand, not copied): a header row, then one row of values, flattened one cell per line or with "|"."""

from __future__ import annotations

from decimal import Decimal

from jixiao.extract import extract_document
from jixiao.extract.model import ExtractedReport
from jixiao.extract.normalise import normalise_lines
from jixiao.ingest.document import Document
from jixiao.layout import lay_out

LEAD = "根据某某通知要求,现将甲县某镇人民政府2023年度专项债券项目资金绩效评价情况公示如下:\n"
HEADERS = ["序号", "主管部门", "项目单位", "项目名称", "发行金额(亿元)", "评价结果", "备注"]
ROW = ["1", "甲县某镇人民政府", "甲县某镇建设投资有限公司", "甲县某镇样板区建设项目", "0.05", "优", "自评"]


def read(text: str) -> ExtractedReport:
    return extract_document(Document.from_text("page.txt", "txt", text))


def test_a_one_row_record_table_one_cell_per_line() -> None:
    report = read(LEAD + "\n".join(HEADERS + ROW) + "\n")
    assert report.unit == "甲县某镇建设投资有限公司"  # the 项目单位, over its 主管部门
    assert report.project == "甲县某镇样板区建设项目"
    assert report.budget.adjusted == Decimal("500")  # 0.05 亿元 in 万元
    assert report.grade == "优"


def test_empty_cells_lost_in_flattening_are_skipped_by_what_each_column_holds() -> None:
    # no row number, an empty grade; the table's title gives the unit of the amounts
    lines = ["某某评价表(单位:亿元)", "序号", "项目名称", "债券性质", "债券规模", "自评分数", "自评等级"]
    lines += ["某社区安置房三期、四期项目", "棚改专项债券", "2.62", "97", "总计", "2.62"]
    report = read("我单位对2024年新增专项债券项目进行绩效自评。\n" + "\n".join(lines) + "\n")
    assert report.project == "某社区安置房三期、四期项目"
    assert report.budget.adjusted == Decimal("26200")
    assert report.score == Decimal("97")
    assert report.grade is None
    # an amount whose unit neither its header nor the table's title states is not read
    report = read(LEAD + "\n".join(lines[1:]) + "\n")
    assert report.budget.adjusted is None


def test_a_result_cell_holding_the_score_with_its_grade_in_brackets() -> None:
    lines = ["某某自评情况表(单位:亿元)", "序号", "项目名称", "债券类型", "发行额度", "自评结果"]
    lines += [
        "1",
        "某开发区智能装备产业园基础设施配套项目",
        "产业园区基础设施专项债券",
        "1.35",
        "91.5分(优秀)",
    ]
    report = read("我单位对2022年度新增专项债券项目进行了绩效自评。\n" + "\n".join(lines) + "\n")
    assert report.project == "某开发区智能装备产业园基础设施配套项目"
    assert report.budget.adjusted == Decimal("13500")
    assert (report.score, report.grade) == (Decimal("91.5"), "优秀")
    # a bracket holding no grade word is no result
    lines[-1] = "91.5分(自评)"
    assert read("我单位对2022年度新增专项债券项目进行了绩效自评。\n" + "\n".join(lines) + "\n").grade is None


def test_a_table_of_several_rows_names_no_one_project() -> None:
    second = ["2", "甲县某镇人民政府", "甲县某某有限公司", "甲县某产业园工程", "0.1", "良", "自评"]
    report = read(LEAD + " | ".join(HEADERS) + "\n" + " | ".join(ROW) + "\n" + " | ".join(second) + "\n")
    assert report.project is None
    assert report.budget.adjusted is None
    assert report.grade is None
    # the row under the header is not the first: the table was cut above it
    report = read(LEAD + "\n".join(HEADERS + second) + "\n")
    assert report.project is None


def test_a_bonds_title_names_its_project_without_the_bonds() -> None:
    title = "甲县某街道中心幼儿园新建工程专项债券项目资金绩效部门评价报告\n一、基本情况\n"
    assert read(title).project == "中心幼儿园新建工程"
    # the government issuing the bonds is no unit; the project stands in brackets after the title words
    title = "甲乙省政府专项债券项目绩效自评价报告(某新城水质净化中心)\n一、项目情况\n"
    report = read(title)
    assert report.unit != "甲乙省政府"
    assert report.project == "某新城水质净化中心"
    # the kinds of money alone name no project
    assert read("某县某镇人民政府2022年度地方政府专项债券项目资金绩效评价结果公示\n").project is None


def test_a_labelled_implementing_unit_outranks_a_records_project_unit_column() -> None:
    # hand-written: the page names its 实施单位 in a labelled cell above the record table
    report = read("实施单位:甲县某某服务中心\n" + LEAD + "\n".join(HEADERS + ROW) + "\n")
    assert report.unit == "甲县某某服务中心"
    assert report.project == "甲县某镇样板区建设项目"


def test_the_fund_a_statement_names_over_a_table_of_several_bond_projects_is_no_one_project() -> None:
    lead = "根据某某通知要求,现将我局主管的2021年度交通领域专项债券项目资金绩效自评情况报告如下:\n"
    second = ["2", "甲县交通运输局", "甲县交通建设投资有限公司", "甲县乙段公路改造工程", "0.3", "良", "自评"]
    first = ["1", "甲县交通运输局", "甲县交通建设投资有限公司", "甲县国道改线工程", "0.5", "优", "自评"]
    report = read(lead + "\n".join(HEADERS + first + second) + "\n")
    assert report.project is None
    assert report.budget.adjusted is None
    # one row: the row's project is the page's
    assert read(lead + "\n".join(HEADERS + first) + "\n").project == "甲县国道改线工程"


def test_a_record_tables_spending_and_year_budget_columns_named_otherwise() -> None:
    # hand-written after twins of a real county's bond tables: "已支出金额", "已使用", "调整后预算数" beside a
    # "年初预算数" column the table also keeps
    spent = read(
        "2020年新增地方政府专项债券项目绩效评价表(单位:万元)\n序号\n项目名称\n债券性质\n发行金额\n已支出金额\n支出进度\n"
        "自评分数\n自评等级\n1\n某镇农产品冷链物流园建设项目\n其他领域专项债券\n6800\n6800\n100%\n91\n优\n"
    )
    assert (spent.project, spent.budget.adjusted, spent.budget.executed, spent.score, spent.grade) == (
        "某镇农产品冷链物流园建设项目",
        Decimal(6800),
        Decimal(6800),
        Decimal(91),
        "优",
    )
    year = read(
        "2024年新增地方政府专项债券项目绩效评价表(单位:万元)\n序号\n项目名称\n债券性质\n年初预算数\n调整后预算数\n自评分数\n"
        "自评等级\n1\n某经济开发区智能制造产业园配套道路工程\n其他领域专项债券\n10000\n9500\n86\n良\n"
    )
    assert (year.budget.adjusted, year.score, year.grade) == (Decimal(9500), Decimal(86), "良")


def test_a_project_table_without_a_number_column_lists_several_rows() -> None:
    # hand-written: a department's 项目支出情况表, its rows opening with the projects' names, then its total row
    text = (
        "项目支出情况表(单位:万元)\n项目名称|全年预算数|全年执行数|执行率\n重点优抚对象抚恤和生活补助|4865.30|4865.30|100.00%\n"
        "义务兵家庭优待金|486.00|486.00|100.00%\n项目支出合计|5351.30|5351.30|100.00%\n"
    )
    layout = lay_out(normalise_lines(Document.from_text("p.txt", "txt", text).lines))
    assert (layout.records, layout.several_records) == ((), True)
    # one project's row, then the table's total: one project
    one = text.replace("义务兵家庭优待金|486.00|486.00|100.00%\n", "").replace(
        "5351.30|5351.30", "4865.30|4865.30"
    )
    layout = lay_out(normalise_lines(Document.from_text("p.txt", "txt", one).lines))
    assert layout.several_records is False and layout.records


def test_a_projects_money_sub_rows_are_no_second_project() -> None:
    text = (
        "项目名称|全年预算数|全年执行数|执行率\n重点优抚对象抚恤和生活补助|4865.30|4865.30|100.00%\n"
        "其中：中央资金|4000.00|4000.00|100.00%\n"
    )
    layout = lay_out(normalise_lines(Document.from_text("p.txt", "txt", text).lines))
    assert layout.several_records is False
