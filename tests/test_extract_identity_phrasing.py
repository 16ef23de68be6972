"""Identity in the phrasings real reports use (written here by hand, not copied): which year a page
evaluates when the notices it cites name other years."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jixiao.extract.extract import extract_document
from jixiao.extract.headline import choose
from jixiao.extract.model import Candidate, ExtractedReport
from jixiao.ingest.document import Document


def year_of(text: str) -> int | None:
    return extract_document(Document.from_text("page.txt", "txt", text)).year


def test_the_year_a_cited_notice_asks_the_evaluation_of_and_no_other_cited_year() -> None:
    # the notice names two years; the one it asks the self-evaluation of is the report's
    assert (
        year_of("根据《关于报送2020年预算绩效目标和2019年度部门预算绩效自评报告的通知》要求，我院开展自评。")
        == 2019
    )
    # the notice's evaluation year beats a date in the body ("2023年3月" is when the work was done)
    text = "根据《关于开展2022年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求，2023年3月我局开展了自评。"
    assert year_of(text) == 2022
    # a cited regulation's year is that regulation's; the body names the evaluated year
    assert (
        year_of("根据《某某资金管理办法（2018年修订）》，现将2021年度项目支出绩效自评情况报告如下。") == 2021
    )


def identity_of(text: str) -> tuple[str | None, str | None]:
    report = extract_document(Document.from_text("page.txt", "txt", text))
    return report.unit, report.project


def test_an_issuer_before_guanyu_is_the_unit_whatever_follows() -> None:
    # the issuer stands before 关于 even when a year and a fund follow it (hand-written, not copied)
    assert identity_of("某市某区某街道办事处关于2024年部门整体支出绩效自评的报告\n一、部门概况\n")[0] == (
        "某市某区某街道办事处"
    )
    unit, project = identity_of(
        "某县农业农村委员会\n关于某县转移支付2022年度某某救灾资金(第二批)绩效自评报告\n"
    )
    assert unit == "某县农业农村委员会"
    assert project == "某某救灾资金(第二批)"  # the bracket the name opened stays the name's


def test_a_welcome_banner_and_metadata_rows_are_page_chrome() -> None:
    text = (
        "欢迎进入某市生态环境局网站!\n某市某某转移支付资金2023年度绩效自评报告\n"
        "关键词 发布机构 某市生态环境局\n公开形式 主动公开\n为加强资金管理，我局开展了绩效自评。\n"
    )
    unit, project = identity_of(text)
    assert project == "某某转移支付资金"
    # the title names only the place; the place's own office publishes it and speaks as "我局"
    assert unit == "某市生态环境局"


def test_a_finance_bureau_publishing_a_report_is_its_author_only_when_it_says_it_evaluated() -> None:
    # a finance bureau's column posts every unit's and every fund's self-evaluation (hand-written)
    page = (
        "索引号 001/2018-1\n发布机构 某区财政局\n某区2017年度中央财政水利发展资金绩效自评报告\n一、基本情况\n"
    )
    assert identity_of(page + "我区水利发展资金全部到位。\n")[0] == "某区"
    evaluated = page + "我区财政局对某某保费补贴转移支付进行了绩效自评。\n"
    assert identity_of(evaluated)[0] == "某区财政局"


def test_of_two_offices_in_a_pages_metadata_the_one_the_report_speaks_of() -> None:
    page = (
        "关键词 | 发布机构 | 某县文体广电和旅游局 | |\n公开形式 | 主动公开 | 责任部门 | 某县博物馆 |\n"
        "一、单位基本情况\n(一)部门职能\n1.做好馆藏文物的收藏工作。\n"
    )
    assert identity_of(page)[0] is None  # two offices, neither named again: no unit
    assert identity_of(page + "(二)机构情况\n某县博物馆为副科级建制事业单位。\n")[0] == "某县博物馆"


def test_metadata_labels_cut_at_their_first_character_and_an_office_of_the_inner_place() -> None:
    # the page's labels lost their first character ("名 称:" -> "称:"); the publisher names the city before the
    # district the title names, and the report speaks as an organisation
    page = (
        "发布机构: 某某市某桥区文化和旅游局\n号: 无文号\n称: 某桥区2021年省级旅游发展资金绩效自评报告\n"
        "一、基本情况\n我局认真开展了自评。\n"
    )
    assert identity_of(page) == ("某某市某桥区文化和旅游局", "省级旅游发展资金")
    assert (
        identity_of("称: 某某区生态环境分局2021年部门绩效自评情况总结\n号: 词:\n")[0] == "某某区生态环境分局"
    )


def test_a_cover_prints_the_year_before_the_units_name() -> None:
    text = "2022年度部门整体支出绩效自评报告\n单位名称(盖章):\n\n2022年度某某区档案馆\n一、部门概况\n"
    assert read(text).unit == "某某区档案馆"


def test_a_unit_named_twice_keeps_its_second_name_in_brackets() -> None:
    # a party school that is also the administration college: one unit, both names (hand-written)
    text = "中共某某省委党校(某某行政学院)\n2021年度部门整体支出绩效自评报告\n按照通知要求，我校开展自评。\n"
    assert identity_of(text)[0] == "中共某某省委党校(某某行政学院)"


def read(text: str) -> ExtractedReport:
    return extract_document(Document.from_text("page.txt", "txt", text))


def project_of(text: str) -> str | None:
    return read("项目支出绩效自评报告\n" + text).project


def test_the_fund_a_report_says_it_evaluated_in_the_phrasings_reports_use() -> None:
    assert project_of("现将我办某某工作经费绩效自评情况报告如下:\n") == "某某工作经费"
    assert (
        project_of("甲局认真组织开展了2024年度中央财政某某补助资金绩效自评工作。\n") == "中央财政某某补助资金"
    )
    assert project_of("某区民政局关于“2021年中央财政某某救助资金”管理使用情况\n") == "中央财政某某救助资金"
    # a cited notice asks for the evaluation; its fund is no statement of what the page evaluated
    assert project_of("根据《关于开展2021年度某某补助资金绩效评价工作的通知》要求，我局开展自评。\n") is None


def test_a_fund_named_past_an_ending_it_holds_inside() -> None:
    # the name goes on after 工程 it holds
    statement = "我局在审核基础上，对2022年度某某{}进行了绩效自评。现将有关情况报告如下:\n"
    assert project_of(statement.format("保护工程建设专项资金项目")) == "某某保护工程建设专项资金"
    assert project_of(statement.format("博物馆免费开放资金")) == "某某博物馆免费开放资金"
    # what follows the fund's name is none of it
    assert project_of(statement.format("高标准农田建设项目的资金")) == "某某高标准农田建设项目"
    assert (
        project_of(statement.format("衔接推进乡村振兴补助资金支持的项目")) == "某某衔接推进乡村振兴补助资金"
    )
    assert project_of(statement.format("就业补助资金中职业技能培训费")) == "某某就业补助资金"
    assert project_of(statement.format("就业补助资金中职业培训补贴")) == "某某就业补助资金"
    assert project_of(statement.format("优抚对象抚恤补助资金发放项目")) == "某某优抚对象抚恤补助资金"
    # a name holding an ending inside runs on to its own
    assert (
        project_of(statement.format("高标准农田建设工程质量监督经费")) == "某某高标准农田建设工程质量监督经费"
    )
    assert (
        project_of(statement.format("天然林保护工程社会保险补助资金")) == "某某天然林保护工程社会保险补助资金"
    )


def test_a_class_of_institutions_opening_a_title_is_no_unit() -> None:
    # "中小学校", "义务教育薄弱学校" end as a school's name does, but name the project's beneficiaries
    report = extract_document(
        Document.from_text("p.txt", "txt", "某市中小学校安改薄工程2022年度绩效自评报告\n")
    )
    assert (report.unit, report.project) == (
        "某市",
        "中小学校安改薄工程",
    )  # the place, as the title names no unit
    title = "某县全面改善义务教育薄弱学校基本办学条件项目专项资金绩效评价报告\n"
    report = extract_document(Document.from_text("p.txt", "txt", title))
    assert (report.unit, report.project) == ("某县", "全面改善义务教育薄弱学校基本办学条件项目专项资金")


def test_a_place_reporting_on_its_fund_is_the_unit() -> None:
    report = read("现将甲乙市2023年度某某衔接资金绩效自评情况报告如下:\n一、概况\n")
    assert (report.unit, report.project) == ("甲乙市", "某某衔接资金")


def test_a_unit_reporting_on_its_whole_spending_after_a_statement_that_names_nothing() -> None:
    # hand-written: the first statement names only kinds; the second, on the same line, the unit
    line = "我单位及时对2023年部门整体和项目支出绩效情况进行自查自评,现将某某市红十字会2023年度部门整体和项目支出情况报告如下:\n"
    report = read(line + "一、单位基本情况\n")
    assert (report.unit, report.project) == ("某某市红十字会", None)
    assert read("现将某某县统计局2022年度部门整体支出绩效自评情况报告如下:\n").unit == "某某县统计局"
    # 经 opens a sentence as 经过/经研究, not as the 经 of a unit's name ("经济技术开发区…", "经信局…")
    for unit in ("经济技术开发区财政局", "经信局"):
        assert read(unit + "2022年度部门整体支出绩效自评报告\n一、部门概况\n").unit == unit
    # a statement with neither still ends the search: a later line's statement is not taken
    first = "我单位对2023年部门整体和项目支出绩效情况进行自查自评。\n"
    assert read(first + "现将某某县统计局2022年度部门整体支出情况报告如下:\n").unit is None


def test_the_unit_introducing_itself_under_a_short_account_heading() -> None:
    text = "(一)项目用款单位简要情况。\n省甲乙研究中心是省人民政府直属研究机构。\n"
    assert read(text).unit == "省甲乙研究中心"


def test_title_shapes_of_transfer_reports() -> None:
    # the unit, then its fund in brackets, then 转移支付
    title = "宣城市某区应急管理局(中央自然灾害救灾资金—干旱灾害救灾补助)转移支付 2022年度绩效自评报告\n"
    report = read(title)
    assert (report.unit, report.project) == ("宣城市某区应急管理局", "中央自然灾害救灾资金—干旱灾害救灾补助")
    # a region's evaluation (区域绩效自评) of a transfer names the transfer
    region = read("江门市2021年涉农统筹整合转移支付区域绩效自评报告\n")
    assert region.project == "涉农统筹整合转移支付"
    # a page's metadata labels before the title ("• 标 题:", "附件:1.") are no part of it
    meta = "  • 标       题: 某市统计局2020年人口普查经费项目绩效自评报告\n"
    assert read(meta).unit == "某市统计局"
    cover = "附 件:1.某省科学技术厅2020年度部门整体支出绩效自评报告\n"
    assert read(cover).unit == "某省科学技术厅"
    # a reform the fund pays for, in brackets, is the fund's name (a unit's note on its 机构改革 is not)
    reform = read("2022年度医疗服务与保障能力提升（公立医院综合改革）补助资金绩效自评报告\n一、项目概况\n")
    assert reform.project == "医疗服务与保障能力提升(公立医院综合改革)补助资金"
    # a period in brackets inside the name is the name's, not the year evaluated
    period = read("城区防洪治理工程（2022—2024年）2023年度绩效自评报告\n一、项目概况\n")
    assert (period.year, period.project) == (2023, "城区防洪治理工程(2022—2024年)")
    # a project's self-evaluation published as its result ("X项目自评结果")
    result = read("2022年度校园维修改造与设备购置项目自评结果\n项目单位(盖章): ****\n")
    assert (result.year, result.project) == (2022, "校园维修改造与设备购置项目")


def test_an_opening_sentence_is_no_title_and_names_the_fund_without_its_place() -> None:
    text = "为做好2023年某区中央农业防灾减灾资金发放工作,我局对2023年某区中央农业防灾减灾资金开展了绩效自评,现将评价情况报告如下:\n"
    report = read(text)
    assert (report.kind, report.project) == ("项目支出", "中央农业防灾减灾资金")


def test_the_project_named_as_what_was_evaluated() -> None:
    head = "某县农业农村局2022年度项目支出绩效自评报告\n一、基本情况\n"
    named = read(head + "我局对2022年度项目支出开展了绩效自评，自评项目为耕地地力保护补贴资金。\n")
    assert (named.unit, named.project) == ("某县农业农村局", "耕地地力保护补贴资金")
    quoted = read(head + "按照县财政局要求，本次评价对象为“农村饮水安全维修养护”项目，现将情况报告如下。\n")
    assert quoted.project == "农村饮水安全维修养护"
    # two projects evaluated: neither is the report's
    assert (
        read(head + "我局开展了绩效自评，自评项目为农村饮水安全维修养护项目、乡村道路养护项目。\n").project
        is None
    )


def test_a_transfer_named_by_its_opening_heading_and_a_fund_title_without_a_year() -> None:
    assert project_of("一、绩效目标分解下达情况\n(一)下达某某设施建设项目转移支付预算和绩效目标情况。\n") == (
        "某某设施建设项目"
    )
    assert read("农机购置补贴支出绩效自评报告\n").project == "农机购置补贴"
    assert read("财政资金项目支出绩效自评报告\n").project is None  # no fund is named


def test_a_year_in_a_labelled_cell_and_a_grade_shared_by_all_evaluations() -> None:
    assert (
        read(
            "项目支出绩效自评报告\n项目名称:某某水库除险加固工程\n评价年度:2022\n填报日期:2023年4月25日\n"
        ).year
        == 2022
    )
    assert read("2020年度部门整体支出和某某专项资金绩效自评等次均为优秀。\n").grade == "优秀"


def test_an_office_opening_a_fund_title_without_a_year() -> None:
    report = read("市某某保护局环境治理财政专项资金绩效自评报告\n")
    assert (report.unit, report.project) == ("市某某保护局", "环境治理财政专项资金")
    # a project's name that holds an organisation's word is not split
    assert read("健全现代医院管理制度项目绩效自评报告\n").project == "健全现代医院管理制度项目"


def test_an_indicators_score_after_its_points_is_no_total() -> None:
    report = read(
        "2023年度某某专项补助经费项目支出绩效自评报告\n"
        "本项目绩效自评得分98分,等级为优。\n"
        "1)获得补助企业补助金额(万元),目标值200,完成值200,分值10,得分10。\n"
        "2)补助企业数量,目标值24,完成值20,分值10,得分8。\n"
    )
    assert (report.score, report.grade) == (Decimal(98), "优")
    assert [f.value for f in report.facts if f.field == "score"] == [Decimal(98)]
    # points of 100 before the score are the whole's: the score after them is the total
    assert read("某局2019年度项目绩效自评报告\n经自评，总分值为100分,自评分为96分。\n").score == Decimal(96)


def test_a_kind_of_money_is_no_project_name() -> None:
    # the title names only what kind of money it is; no fund is named, so none is guessed
    report = read("某县融媒体中心中央对地方专项转移支付2019年度绩效自评报告\n一、基本情况\n")
    assert (report.unit, report.project) == ("某县融媒体中心", None)
    # a bracket after the generic title names the fund
    report = read("2024年度市级预算项目绩效自评报告(标准化工作专项补助经费)\n一、基本情况\n")
    assert report.project == "标准化工作专项补助经费"


def test_a_back_link_above_the_title_is_page_chrome() -> None:
    report = read("返回列表\n\n某某质量提升计划资金2022年度绩效自评报告\n\n来源:某部\n")
    assert report.project == "某某质量提升计划资金"


def test_a_project_named_after_the_facility_it_builds() -> None:
    # "X中心项目" with no 支出 after it names the building project, not the centre (hand-written)
    report = read("某某村老年人活动中心项目\n绩效自评报告\n一、项目概况\n")
    assert (report.unit, report.project) == (None, "某某村老年人活动中心项目")
    assert read("2023年度甲县乡镇卫生院项目绩效自评报告\n").project == "乡镇卫生院项目"
    # a centre's own spending on its projects is the centre's report
    assert read("甲县融媒体中心项目支出绩效自评报告\n").unit == "甲县融媒体中心"


def test_a_fund_titled_or_announced_with_how_it_was_used_or_spent() -> None:
    title = "甲市乙区2022年度某某农产品保护工程建设专项资金使用情况绩效自评报告\n"
    assert read(title).project == "某某农产品保护工程建设专项资金"
    # "现将…项目支出绩效报告公告如下", "现将…项目支出绩效自评工作报告如下"
    announced = "现将我厅2020年彩票公益金支持某某设施建设项目支出绩效报告公告如下。\n"
    assert project_of(announced) == "彩票公益金支持某某设施建设项目"
    assert project_of("现将甲市2020年某某特别国债项目支出绩效自评工作报告如下:\n") == "某某特别国债项目"


def test_the_fund_whose_money_the_top_of_an_untitled_page_states() -> None:
    # hand-written: no title, no evaluation statement; the funding sentences name one fund
    one = (
        "一、绩效目标分解下达情况\n2019年中央补助地方某某服务体系建设专项资金共计1586万元,其中:甲43.8万元。\n"
    )
    assert project_of(one) == "中央补助地方某某服务体系建设专项资金"
    paid = "一、基本情况\n自治州下达甲乙市某某特别国债资金4.54亿元,涉及4个部门单位。\n"
    assert project_of(paid) == "某某特别国债资金"  # without the place it was paid to
    # two funds, or a page told fund by fund: no single fund is the page's
    two = "中央下达我市甲类防治资金共1737万元。\n中央下达我市乙类防治资金共500万元。\n"
    assert project_of(two) is None
    by_fund = "一、中央某某救灾资金(第一批)\n下达第一批某某救灾补助1400万元。\n"
    assert project_of(by_fund) is None
    # an item's heading, then the sentence: the fund with its bracketed part
    item = "1.资金下达情况。甲省收到通知,下达中央某某发展资金(县域商业建设行动)14680万元。\n"
    assert project_of(item) == "中央某某发展资金(县域商业建设行动)"


def test_a_unit_titled_with_a_kind_of_money_names_no_fund() -> None:
    text = (
        "甲县乙乡人民政府转移支付2022年度绩效自评报告\n"
        "现将2022年度某某综合改革转移支付绩效自评情况报告如下:\n"
    )
    report = read(text)
    assert (report.unit, report.project) == ("甲县乙乡人民政府", "某某综合改革转移支付")


def test_a_date_heading_the_source_line_and_a_division_of_an_unnamed_office() -> None:
    # hand-written: the title names a field ("应急管理领域"), the source line after the date the unit
    title = "甲省应急管理领域2023年度中央转移支付资金绩效自评报告\n"
    dated = title + "2024-04-03 09:22:00     来源:甲省应急管理厅\n一、基本情况\n"
    assert read(dated).unit == "甲省应急管理厅"
    # "厅公共服务处": a division whose office is left unnamed is no unit
    division = "某某补助资金2022年度绩效自评报告\n2023-12-15 17:18     来源:厅公共服务处     作者:\n"
    assert read(division).unit is None


def test_all_the_projects_evaluated_name_no_project() -> None:
    assert project_of("对2022年度所有已建立项目库的项目进行绩效监控及评价。\n") is None


def test_kinds_of_money_name_no_project() -> None:
    assert project_of("一、项目概况\n2020年下达县级补助资金5万元。\n") is None
    assert project_of("一、项目概况\n现将本级项目绩效自评情况报告如下:\n") is None
    assert project_of("2019年一般公共预算项目绩效自评报告\n") is None


def test_a_run_together_transfer_form_row_stops_the_name_at_its_level_label() -> None:
    row = "某某资金转移支付绩效目标自评表(2021年度)转移支付(项目)名称某某保护资金中央主管部门甲部地方主管部门乙厅\n"
    assert read(row).project == "某某保护资金"


def test_the_unit_the_top_sentences_open_with_when_the_title_is_cut_off() -> None:
    # hand-written: the page starts below its title
    text = "(一)项目概况\n红河州甲乙储备局2024年年初预算项目共14个,项目支出预算资金为2836.14万元。\n"
    assert read(text).unit == "红河州甲乙储备局"
    # two organisations opening sentences: neither is taken
    two = text + "乙县林业局2024年完成造林100亩。\n"
    assert read(two).unit is None
    # ... but a finance office paying the money out acts on the unit, not as it
    assert read(text + "乙县财政局2024年下达资金100万元。\n").unit == "红河州甲乙储备局"
    # a name without its place ("住建局") is too weak to be the unit
    assert read("(一)项目概况\n住建局2024年年初预算项目共4个。\n").unit is None
    # the sentence may open a list item run together with its heading (a 项目支出绩效自评总报告)
    listed = "现将情况报告如下:一、本部门项目绩效目标情况(一)甲市烈士陵园管理处2022年度共有5个项目。\n"
    assert read(listed).unit == "甲市烈士陵园管理处"


def test_a_fund_named_with_its_place_and_total_budget_without_a_year() -> None:
    text = "一、自评结论\n甲乙市孤儿补助资金项目总预算458.96万元,2022年决算财政资金支出458.96万元。\n"
    assert project_of(text) == "孤儿补助资金项目"
    # spending called 实际执行资金 names no fund
    assert project_of("一、概况\n,实际执行资金合计100万元。\n") is None


def test_transfer_form_titles_and_words_that_end_like_places() -> None:
    # "转移支付区域(项目)绩效目标自评表" with the year in brackets on the next line (hand-written)
    form = "甲县卫生健康局某某制度补助资金转移支付区域(项目)绩效目标自评表\n(2021年度)\n"
    report = read(form)
    assert (report.unit, report.project) == ("甲县卫生健康局", "某某制度补助资金转移支付")
    # a slogan ("体育强省") and a level ("省级城市") are no places
    assert read("名称: 体育强省转移支付2023年度绩效自评报告\n").project == "体育强省转移支付"
    assert read("省级城市建设专项资金2021年度绩效自评报告\n").project == "省级城市建设专项资金"


def test_a_place_describing_where_it_lies_in_a_report_that_speaks_as_the_place() -> None:
    text = "一、项目概况\n该项目主要用于村级工作运转。某某塘镇地处某县偏远乡镇,辖14个行政村。\n"
    assert read(text + "我镇严格管理资金。\n").unit == "某某塘镇"
    assert read(text + "我局严格管理资金。\n").unit is None  # a bureau's report: the place is not its unit
    # the township's government described by its full name too: one unit, named both ways
    described = (
        "一、部门概况\n(一)部门基本情况\n琅塘镇人民政府是某县辖下的一级地方政权机关,内设7个办公室。琅塘镇地处某县东北部,辖25个"
        "行政村。\n我镇资金全部拨付到村。\n"
    )
    assert read(described).unit == "琅塘镇人民政府"


def test_the_unit_that_says_it_carried_out_the_self_evaluation() -> None:
    text = (
        "2020年某某苗木费项目绩效评价自评报告\n根据某某通知要求,某某县林业和草原局组织开展了绩效自评检查。\n"
    )
    assert read(text).unit == "某某县林业和草原局"
    # a line where the report only says it values the work names no one; the fund stated below still counts
    lines = "一、概况\n我省高度重视,认真开展绩效自评工作。\n现将2022年某某风险补助资金绩效自评情况报告如下:\n"
    assert read(lines).project == "某某风险补助资金"


def test_blank_lines_under_the_background_heading_do_not_count() -> None:
    text = (
        "一、项目概况\n\n项目基本性质、用途和主要内容\n\n海南省某某检验所是经省政府批准依法设立的事业单位。\n"
    )
    assert read(text).unit == "海南省某某检验所"


def test_a_unit_naming_itself_as_we_in_the_text() -> None:
    text = "一、基本情况\n根据有关文件精神,某某省地方金融监督管理局(以下简称“我局”)成立了评价工作小组。\n"
    assert read(text).unit == "某某省地方金融监督管理局"
    # a group of units called 我单位 together names none of them
    assert read("一、基本情况\n局属各单位(以下简称“本单位”)开展自评。\n").unit is None


def test_a_unit_describing_its_inner_offices_under_its_background_heading() -> None:
    text = (
        "一、单位概况\n甲县乙乡人民政府内设党政综合办事机构和直属事业机构,办事机构内设以下部门:综合办公室。\n"
    )
    assert read(text).unit == "甲县乙乡人民政府"


def test_a_system_is_no_self_description() -> None:
    # "…协调全市政府系统…": 系 of 系统 does not describe the unit before it
    text = "一、项目基本情况\n市政府办公室信息科主要负责指导协调全市政府系统政务信息工作。\n"
    assert read(text).unit is None


def test_a_collection_title_names_no_year_or_project_of_the_report_under_it() -> None:
    # a 范文 site's collection on one topic; the first piece is another project's report (hand-written)
    text = (
        "2023年某某处理项目绩效自评报告(优秀12篇)\n"
        "某某处理项目绩效自评报告篇一\n"
        "(一)项目概况。项目实施主体:甲县卫生健康局;覆盖地区:甲县。\n"
    )
    report = read(text)
    assert (report.kind, report.year, report.project) == ("项目支出", None, None)


def test_a_sharing_sites_title_above_a_collection_names_nothing_of_the_piece_under_it() -> None:
    # hand-written after a document-sharing page: the uploaded file's title, then the collection it sits in,
    # whose first piece is another unit's report on another fund
    text = (
        "2019年度某某病虫害防治专项项目绩效评价报告\n"
        "2019年项目支出绩效评价自评报告(9则)\n"
        "2019年项目支出绩效评价自评报告(9则)(篇一)\n"
        "一、项目概况\n"
        "我单位为某某市某某委员会，2019年度办案专项经费200万元已全部到位。\n"
    )
    report = read(text)
    assert report.kind == "项目支出"
    assert (report.unit, report.project) == (None, None)  # not the file title's project
    # with no collection under it, the same title is the report's own
    titled = read("2019年度某某病虫害防治专项项目绩效评价报告\n一、项目概况\n")
    assert (titled.year, titled.project) == (2019, "某某病虫害防治专项项目")


def test_the_unit_and_project_an_evaluation_statement_names_after_dui() -> None:
    # the unit evaluated between 对 and the year, then the project (hand-written)
    text = "根据通知要求,我单位对某某监测站2021年度某某大气监测专项项目使用管理情况认真开展了自评。\n一、基本情况\n"
    report = read(text)
    assert (report.unit, report.project) == ("某某监测站", "某某大气监测专项项目")
    # a scope between 对 and the year ("全局", "各科室", "县直部门") makes the rest a class of the unit's funds,
    # and the unit before 对 the evaluator, not the evaluated (hand-written)
    for scoped in (
        "我中心对中心2022年度运转类项目开展了自评。",
        "我局对全局2022年度专项业务经费开展了绩效自评。",
        "我局对各科室2022年度专项工作经费开展了绩效自评。",
        "县财政局对县直部门2021年度财政专项资金开展了绩效评价。",
        "我局对下属学校2022年度营养改善计划资金开展了绩效自评。",
        "我局对各乡镇卫生院2022年度基本公共卫生服务资金开展了绩效自评。",
    ):
        report = read("一、基本情况\n" + scoped + "\n二、绩效目标\n")
        assert (report.unit, report.project) == (None, None), scoped
    # the unit evaluated stands between 对 and the year; the one before 对 evaluates
    evaluated = read("一、基本情况\n县财政局对县教育局2022年度营养改善计划资金开展了绩效评价。\n")
    assert (evaluated.unit, evaluated.project) == ("县教育局", "营养改善计划资金")


def test_a_form_naming_only_its_department_is_that_departments_report() -> None:
    # hand-written: a project form's head row with 主管部门 and no unit of its own
    head = "项目支出绩效自评表\n项目支出名称 | 某某产业发展专项资金 | 主管部门 | 某某省发展和改革委员会 |\n"
    report = read(head + "实施单位 | 相关项目建设单位 |\n")
    assert (report.unit, report.project) == ("某某省发展和改革委员会", "某某产业发展专项资金")
    # a unit the form names itself is the report's, however it is spelled
    assert read(head + "实施单位 | 农业工作科 |\n").unit is None  # 科 ends no unit's name jixiao reads
    # the title's unit beats the department
    titled = "某某县城市管理局2022年度项目支出绩效自评报告\n" + head
    assert read(titled).unit == "某某县城市管理局"


def test_a_collections_title_does_not_settle_the_kind_of_the_piece_under_it() -> None:
    # hand-written: a 范文 site files a unit's whole-spending report under "项目绩效自评报告"
    piece = "一、单位概况\n某某乡人民政府内设机构三个。\n(一)机构职能\n1.主要职能。负责乡镇日常运转。\n"
    text = "乡镇项目绩效自评报告(精选4篇)\n乡镇项目绩效自评报告 篇1\n" + piece
    assert read(text).kind is None  # the body shows the other kind: neither is taken
    # the same piece under its own title
    assert read("某某乡人民政府2022年度部门整体支出绩效自评报告\n" + piece).kind == "部门整体支出"
    # a collection title whose pieces' bodies agree with it keeps its kind
    project = "一、项目基本情况\n某某项目于2022年实施。\n二、项目资金使用情况\n"
    assert read("乡镇项目绩效自评报告(精选4篇)\n乡镇项目绩效自评报告 篇1\n" + project).kind == "项目支出"


def test_a_fund_announced_for_public_notice_with_its_year_written_without_nian() -> None:
    # hand-written: "公示如下", the year run into the fund's name, "使用和管理" before the title words
    text = "现将某州体育场2020免费低收费开放补助资金使用和管理自评报告公示如下。\n一、项目基本情况\n"
    assert project_of(text) == "免费低收费开放补助资金"
    # "2021年度项目支出…": 年 after the year is the year's, never the start of a name
    assert project_of("现将2021年度项目支出绩效自评情况报告如下:\n") is None


def test_the_years_budget_money_names_no_fund() -> None:
    # hand-written: "财政年度预算资金" is the year's budget money, a kind of money, not a fund's name
    text = "项目支出绩效自评报告\n财政年度预算资金总额120000元,2021年实际到位60000元,实际支付60000元。\n"
    assert project_of(text) is None
    assert project_of("项目支出绩效自评报告\n下达某某文化惠民补助资金12万元。\n") == "某某文化惠民补助资金"


def test_a_transfer_forms_project_cell_and_its_generic_title() -> None:
    # hand-written: the form's title names only kinds of money, listed with 、; its 专项(项目)名称 cell the project
    form = "中央、市级专项转移支付绩效目标自评表\n(2021年度)\n专项(项目)名称  某某村农村移民安置区精准帮扶项目 负责人及电话  张三\n"
    assert project_of(form) == "某某村农村移民安置区精准帮扶项目"
    assert project_of("中央、市级专项转移支付绩效目标自评表\n(2021年度)\n") is None


def test_statements_that_name_two_units_or_a_quarter_of_the_year() -> None:
    # hand-written: two units name no one unit; "住房和城乡建设局" is one name with 和 inside
    two = "现将某某县教育局和某某县卫健委2022年度部门整体支出自评情况报告如下:\n"
    assert read(two).unit is None
    one = "现将某某县住房和城乡建设局2022年度部门整体支出自评情况报告如下:\n"
    assert read(one).unit == "某某县住房和城乡建设局"
    # "2021第四季度…", "2021第四批…": a quarter or a batch of the year, no part of the fund's name
    assert project_of("我局对2021第四季度农机购置补贴资金开展了绩效自评。\n") == "农机购置补贴资金"
    assert project_of("我局对2021年度第二批农机购置补贴资金开展了绩效自评。\n") == "农机购置补贴资金"
    # a place's government and social capital's centre is one unit
    ppp = "现将某市政府和社会资本合作中心2022年度部门整体支出自评情况报告如下:\n"
    assert read(ppp).unit == "某市政府和社会资本合作中心"
    # a year's batch in brackets under a title names no project
    assert project_of("某某项目支出绩效自评报告\n(2021年度第二批)\n") is None


def test_the_year_something_was_built_or_set_up_is_not_the_year_evaluated() -> None:
    # hand-written: the body's first year tells the stadium's history
    text = "一、项目基本情况\n某县体育场于2013年建成,投资总额1631万元。\n2020年由于疫情因素,体育场于4月20日开始开放。\n"
    assert year_of(text) == 2020
    assert year_of("一、单位基本情况\n某县某中心2008年成立。\n2021年度共完成检测1200份。\n") == 2021
    assert year_of("一、单位基本情况\n该中心成立于2015年。\n2021年度共完成检测1200份。\n") == 2021
    # the year a work has gone on since
    assert (
        year_of("一、活动概况\n自2017年我县全面启动创卫工作以来,病媒防制坚持政府组织。\n2021年度通过验收。\n")
        == 2021
    )
    # a fund set up or a project finished in a year may well be the year evaluated
    assert year_of("一、项目基本情况\n2021年设立乡村振兴衔接资金500万元。\n该中心成立于2015年。\n") == 2021
    assert year_of("一、项目基本情况\n2021年项目竣工并投入使用。\n2023年将继续加强管理。\n") == 2021


def test_the_organisation_that_signs_the_report_beats_the_place_its_title_opens_with() -> None:
    # a cover run together: title, signer, date (hand-written); the title names only the province
    cover = "1、2023年度甲乙省某某专项资金绩效评价报告甲乙省国土资源厅2023年6月为加强资金管理,\n"
    assert read(cover).unit == "甲乙省国土资源厅"
    assert read("甲乙省某某专项转移支付2021年度绩效自评报告\n" + cover.replace("报告", "报", 1)).unit == (
        "甲乙省国土资源厅"
    )
    # the signature on lines of its own, above the date
    body = "甲乙县某某资金绩效自评报告\n一、基本情况\n资金用于某某。\n"
    assert read(body + "甲乙县某某事务局\n\n2023年3月15日\n").unit == "甲乙县某某事务局"
    # two reports on one page signed by two offices: neither is taken
    two = body + "甲乙县某某事务局\n2023年3月15日\n" + body + "甲乙县某某服务中心\n2023年3月16日\n"
    assert read(two).unit != "甲乙县某某事务局"
    # a date after a name that is no organisation's signs nothing
    assert read(body + "甲乙县某某资金\n2023年3月15日\n").unit != "甲乙县某某资金"


def test_a_road_maintenance_section_is_an_organisation() -> None:
    title = "甲乙县地方公路管理段2020年农村公路安全生命防护工程项目支出绩效自评报告\n"
    assert read(title).unit == "甲乙县地方公路管理段"


def test_the_project_a_sentence_under_the_background_heading_describes() -> None:
    # a page cut above its title (hand-written): the project opens a sentence saying what it is
    text = "一、项目基本情况\n某某大楼建于1990年。\n某某大楼维护项目是办公室的持续性项目,每年都在开展。\n"
    assert read(text).project == "某某大楼维护项目"
    assert read("一、项目概况\n(一)项目单位基本情况\n村级某某办公费即村管费,用于村级运转。\n").project == (
        "村级某某办公费"
    )
    # a road or a building told by where it lies
    road = "一、项目基本情况\n甲乙高速丙至丁段改线工程起于某某镇某某村北侧,起点顺接G56高速。\n二、项目绩效自评工作开展情况\n"
    assert read(road).project == "甲乙高速丙至丁段改线工程"
    hospital = "一、项目概况\n某某县人民医院门急诊综合楼项目位于县城东区,总建筑面积3.2万平方米。\n"
    assert read(hospital).project == "某某县人民医院门急诊综合楼项目"
    # "为了" is a purpose, not a description; a fund word alone names no project
    assert read("一、项目基本情况\n某某经费为了保障运转。\n").project is None
    assert read("一、基本情况\n项目经费是保障运转的基础。\n").project is None
    # far below the heading a sentence about a project describes one of many
    far = "一、项目基本情况\n甲。\n乙。\n丙。\n丁。\n某某维护项目是持续性项目。\n"
    assert read(far).project is None


def test_the_year_the_body_names_most_often_and_none_when_two_tie() -> None:
    # hand-written: no title; the school's history names 2002 once, the report's year twice
    body = "一、基本情况\n我校2002年通过评估。2021年度我校预算收入100万元,2021年度支出90万元。\n"
    assert year_of(body) == 2021
    # a page naming two years equally often (last year's carry-over, this year's items) names neither
    assert year_of("一、基本情况\n结转2023年项目3个;2024年新增项目4个。\n") is None
    # a single body year is the report's
    assert year_of("一、基本情况\n2019年我局预算收入100万元。\n") == 2019


def test_the_unit_describing_itself_under_a_heading_run_into_a_long_line() -> None:
    # a document-sharing page runs the whole report into one line (hand-written)
    line = (
        "1、2016年度某某学校基本办学条件项目专项资金绩效自评报告根据省财政厅通知要求,我厅选取项目开展自评。"
        "一、项目概况(一)项目单位基本情况本次评价工作由省某某厅直接负责实施。省某某厅是负责全省某某管理的省政府组成部门。\n"
    )
    assert read(line).unit == "省某某厅"
    # "基本情况" inside a sentence is no heading: nothing after it describes the unit
    prose = "1、某某资金绩效自评报告根据通知要求,我们了解了各校的基本情况以后,省某某厅是牵头部门。\n"
    assert read(prose).unit is None


def test_a_unit_whose_place_the_publisher_masked_describes_itself() -> None:
    # hand-written: a sharing site's copy masks the county as XX
    text = "1、20xx年度某某专项资金绩效自评报告根据通知要求,我单位进行了自评。一、部门概况1、机构情况。XX县司法局内设有办公室。\n"
    assert read(text).unit == "XX县司法局"


def test_the_unit_acting_right_after_the_clause_citing_its_instructions() -> None:
    # hand-written: no title; the unit opens the clause after "…文件精神,"
    text = "一、基本情况\n(一)转移支付概况。\n按照<某市人民政府办公室关于印发某某方案的通知>(某政办字[2020]111号)文件精神,甲区医疗保障局贯彻落实医疗救助制度。\n"
    assert read(text).unit == "甲区医疗保障局"


def test_the_unit_opening_its_account_under_its_superiors_leadership() -> None:
    # hand-written after a 范文 piece: no unit in the title; the township opens its account of the year
    text = (
        "乡镇部门绩效自评报告 篇1\n一、部门基本情况\n(一)部门整体概况\n"
        "甲县乙镇人民政府在县委、县政府的坚强领导下,团结带领全镇干部群众,稳步推进各项工作。\n"
    )
    assert read(text).unit == "甲县乙镇人民政府"
    # the party committee's leadership the unit works under names no unit of its own
    text = "乡镇部门绩效自评报告 篇1\n一、部门基本情况\n在县委、县政府的坚强领导下,全镇稳步推进各项工作。\n"
    assert read(text).unit is None


def test_the_unit_whose_fund_was_evaluated_after_a_date_and_implemented() -> None:
    # hand-written: a working group evaluated, between two dates, the fund a bureau is in charge of
    text = (
        "2017年度某某建设专项资金绩效评价自评报告\n成立绩效评价工作小组,并于2018年3月13日至2018年4月18日"
        "对甲省住房和城乡建设厅主管的2017年度某某建设专项资金实施了绩效自评。\n"
    )
    assert read(text).unit == "甲省住房和城乡建设厅"


def test_the_unit_whose_duties_the_page_sets_out() -> None:
    # hand-written: no unit in the title; the duties sentence names it after the instructions clause
    text = (
        "1、2017年某某业务经费绩效自评报告某市财政局:现将自评情况汇报如下:一、项目概况(一)单位基本情况"
        "1.单位主要职责:根据某某通知精神,甲市外事侨务办公室主要职责是:贯彻执行有关方针政策。\n"
    )
    assert read(text).unit == "甲市外事侨务办公室"
    # "围绕X局主要职责,提升…" works around the duties, it does not set them out
    assert read("一、项目背景\n围绕甲县医疗保障局主要职责,提升综合监管水平。\n").unit is None


def test_tied_body_years_do_not_fall_back_to_the_years_a_cited_document_names() -> None:
    # hand-written: the body names 2023 and 2024 once each; the cited regulation's 2024 settles nothing
    text = "一、基本情况\n根据《2024年某某办法(2024年修订)》,结转2023年项目3个;2024年新增项目4个。\n"
    assert year_of(text) is None


def test_a_total_scored_in_its_headings_bracket_as_what_was_obtained() -> None:
    # "(满分100分,实得98分)": the overall heading's bracket; each section's heading gives its own
    report = read(
        "某县20xx年城市道路改造项目绩效自评报告\n二、自评基本结论(满分100分,实得98分)\n"
        "(一)投入(满分15分,实得15分)\n1.项目申报(满分5分,实得5分)\n"
    )
    assert report.score == Decimal(98)


def test_a_fund_named_after_a_dash_behind_its_allocation_notice() -> None:
    report = read(
        "2022年度项目支出绩效单位自评报告——(某财农指〔2022〕26号某某市2022年重点生态区矿山生态修复治理项目经费)\n"
        "一、基本情况\n"
    )
    assert report.project == "重点生态区矿山生态修复治理项目经费"


def test_a_report_listing_several_named_projects_names_no_one_of_them() -> None:
    text = (
        "某市民族宗教事务局2023年度项目支出绩效单位自评报告\n一、基本情况\n"
        "1、项目名称:2023年民族宗教专项资金,金额为12万元。\n2、项目名称:第二批民族宗教专项资金,金额为19.5万元。\n"
    )
    assert read(text).project is None
    # one item left: its 项目名称 label names the project, read as every labelled name is, without its year
    assert read(text.replace("2、项目名称:第二批民族宗教专项资金,", "")).project == "民族宗教专项资金"


def test_a_sharing_sites_name_alone_above_the_title_is_page_chrome() -> None:
    report = read(
        "某文网\n\n学校薄改工程项目绩效自评报告\n\n时间:2023-08-13 文/某老师\n学校薄改工程项目绩效自评报告1\n"
    )
    assert report.project == "学校薄改工程项目"


def test_a_labelled_name_wrapped_onto_the_next_line_is_read_whole() -> None:
    text = (
        "某镇某社区活动场所建设项目绩效自评报告\n一、项目概况\n"
        "项目名称:某县某镇菠萝社区柿子园自然\n村综合性活动场所建设项目\n实施单位:某县某镇人民政府\n"
    )
    assert read(text).project == "某县某镇菠萝社区柿子园自然村综合性活动场所建设项目"
    # a value that already ends as a name does not take the next line in
    text = "项目名称:某县某镇活动场所建设项目\n村级组织活动场所\n实施单位:某县某镇人民政府\n"
    assert read(text).project == "某县某镇活动场所建设项目"


def test_a_name_wrapped_in_its_form_cell_is_read_whole() -> None:
    """A form's 项目名称 cell wrapped onto the next line, that line's other cells after the rest of the name: joined
    when the rest opens the line (before a label, or before a bracket the name opened), and only then."""
    form = "项目支出绩效自评表\n{}\n主管部门 | 某县商务局 | 实施单位 | 某县商务局\n"
    # the rest, then the row's next label after a space
    text = "项目名称  某村移民安置区后期扶持产业路及人居环境整\n治提升项目 负责人及电话  张某\n实施单位  某县某乡人民政府\n"
    assert read("项目支出绩效自评表\n" + text).project == "某村移民安置区后期扶持产业路及人居环境整治提升项目"
    # a bracket the name opened, closed on the next line
    wrapped = "项目名称 | 县域商业体系建设(乡镇商贸中心改造及农村物流共同配送网\n络建设)项目 | 联系人 | 程某"
    assert (
        read(form.format(wrapped)).project
        == "县域商业体系建设(乡镇商贸中心改造及农村物流共同配送网络建设)项目"
    )
    spaced = "项目名称 森林防火专项经费(扑火物资购置及专业扑\n火队伍保障) 主管部门 某县林业局"
    assert read(form.format(spaced)).project == "森林防火专项经费(扑火物资购置及专业扑火队伍保障)"
    # a line opening with no label after its first run is no rest of the name (alone on its line it is); nor is a
    # bracket left open
    assert read(form.format("项目名称  某县河道整\n治工程")).project == "某县河道整治工程"
    assert read(form.format("项目名称  某县河道整\n治工程 某县水利局")).project != "某县河道整治工程"
    assert (
        read(form.format("项目名称 | 农村公路养护经费(县道\n乡道 | 联系人 | 程某")).project
        == "农村公路养护经费"
    )
    # a seal's note the line broke is no part of the name
    sealed = "项目支出绩效自评表\n实施单位 某县疾病预防控制中心（盖\n章） 主管部门 某县卫健委\n"
    assert read(sealed).unit == "某县疾病预防控制中心"


def test_a_forms_cells_filled_on_blank_lines_and_a_fund_named_after_several_works() -> None:
    # "项目名称 _X_项目单位 _Y_": underscores are the form's blank lines; "、" may join the works a fund pays for
    report = read(
        "某市财政支出项目绩效评价报告\n项目名称 _敬老院建设、维修及增添设施补助经费_项目单位 _某市养老服务指导中心_ "
        "主管部门 _某市民政局_ 评价方式:部门(单位)绩效自评\n"
    )
    assert (report.project, report.unit) == ("敬老院建设、维修及增添设施补助经费", "某市养老服务指导中心")
    # the levels of government paying into a fund are no name
    assert (
        read("某市某项目绩效自评报告\n项目名称:中央、省、市(州)、县级财政资金\n").project
        != "中央、省、市(州)、县级财政资金"
    )


def test_a_title_opening_with_the_period_a_facility_is_improved_over() -> None:
    # "2022-2025…": a period, no year evaluated; the kindergarten improved is the project, not the unit;
    # "地方债券项目资金" is the kind of money, not part of the name
    report = read("2022-2025某县农村幼儿园提升改造项目地方债券项目资金绩效评价报告\n一、基本情况\n")
    assert (report.project, report.year) == ("农村幼儿园提升改造项目", None)


def test_a_township_named_under_its_county_government() -> None:
    report = read("某某彝族自治县人民政府某甸镇2023年部门整体支出绩效自评报告\n一、部门概况\n")
    assert (report.unit, report.year) == ("某某彝族自治县人民政府某甸镇", 2023)


def test_an_office_of_the_titles_place_signing_after_the_title_is_the_unit() -> None:
    # "…报告 某县某执法大队 (2022 年 2 月 23 日)": the signature, set apart by spaces, the date in brackets
    report = read(
        "某县渔政执法经费项目绩效评价报告.docx\n"
        "某县 2021 年渔政执法经费 支出绩效评价报告 某县农业综合行政执法大队 (2022 年 2 月 23 日) 为进一步确保我县渔业"
        "渔政执法健康有序发展,开展绩效评价。\n"
    )
    assert report.unit == "某县农业综合行政执法大队"


def test_a_labelled_projects_bracket_naming_the_years_fund_is_no_part_of_its_name() -> None:
    text = (
        "某区民族宗教事务局项目支出绩效自评表\n项目名称 | 某区边销茶推广项目(2022年少数民族发展资金项目) |\n"
    )
    assert read(text).project == "某区边销茶推广项目"


def test_a_cell_ending_in_wang_is_a_site_name_only_on_the_first_line() -> None:
    assert read("项目名称\n城区供水管网\n主管部门\n某县住房和城乡建设局\n").project == "城区供水管网"


def test_a_sites_name_before_the_title_and_a_publisher_under_laiyuan_danwei() -> None:
    # "某县人民政府-某县某局 2018年…": the site's name before the page's title is no part of the unit
    page = "某县人民政府-某县文化旅游局 2018年整体支出绩效自评报告\n\n某县文化旅游局 2018年整体支出绩效自评报告\n"
    assert read(page).unit == "某县文化旅游局"
    # the title names the place; the office that published the page and speaks as 我局 wrote it
    page = (
        "某区2020年生活无着人员救助民生工程绩效自评报告\n来源单位:某区民政局 发布时间:2021-01-08\n"
        "我局联合区财政局下发了实施办法。\n"
    )
    assert read(page).unit == "某区民政局"


def test_a_covers_full_name_wrapped_before_the_seal_and_the_titles_own_organisation() -> None:
    cover = (
        "评价类型: 项目实施过程评价\n部门(单位)全称:某某自治县\n人民法院(公章)\n填报日期 2024 年 2月27日\n"
    )
    assert read(cover).unit == "某某自治县人民法院"
    # the title names an organisation of the place: the place is no rival for the unit, even when it speaks as 我区
    title = "某市某区图书馆图书、报刊购置项目绩效自评报告\n一、项目概况\n我区图书馆藏书丰富。\n"
    assert read(title).unit == "某市某区图书馆"


def test_several_funds_or_what_is_done_with_money_name_no_project() -> None:
    # two funds evaluated together
    text = "按照通知要求,对县某局小额信贷贴息项目及巩固脱贫攻坚工作经费进行自评,现将有关情况报告如下:\n"
    assert read("某县某局2021年度项目支出绩效自评报告\n" + text).project is None
    # several funds listed with their money
    listed = "由州财政每年安排州某基层建设经费200万元、委员学习培训经费60万元、宣传经费30万元。\n"
    assert read("一、基本情况\n" + listed).project is None
    # money put in place, no fund's name
    assert read("一、项目概况\n(一)项目资金安排落实财政资金40万元,已及时投入。\n").project is None
    # an organisation's project money as a whole
    whole = "一、基本情况\n政协某州委员会项目经费是保障机关履行职能的重要保障。项目经费属财政全额拨款。\n"
    assert read(whole).project is None


def test_a_project_described_with_its_phase() -> None:
    text = "一、基本情况\n(一)项目概况\n某区排水管网工程(二期)是为进一步提高污水收集率而建设的项目。\n"
    assert read(text).project == "某区排水管网工程(二期)"


def test_a_forms_whole_year_project_period_and_a_cited_documents_own_year() -> None:
    form = "某区财政支出项目绩效评价自评报告\n项目名称 | 某某监管资金专项支出 |\n项目起止时间 |\n2016年1月1日-2016年12月31日 |\n"
    assert year_of(form) == 2016
    # a standing rule's year written before the minute it cites names no year evaluated
    rule = (
        "一、项目概况\n根据2007年《中共某市委专题会议纪要》07号决定,市财政每年安排15万元经费开展某项工作。\n"
    )
    assert year_of(rule) is None
    # a cited plan for a budget year names the year it funds, when the page's own words name none
    plan = "一、绩效目标\n根据《某市人民政府关于某市2022年度涉农资金统筹整合使用计划的批复》,下达预算资金201.48万元。\n"
    assert year_of(plan) == 2022


def test_a_name_cut_short_or_run_into_the_text_is_no_project() -> None:
    # the title's name lost its first characters: nothing else names the project
    assert read("与新型某某补助资金转移支付绩效自评报告\n一、基本情况\n").project is None
    # the title's name lost its last character; the body names the fund whole
    page = (
        "某某质量提升计划资2022年度绩效自评报告\n一、基本情况\n"
        "(一)项目概况\n某某质量提升计划资金项目是支持职业院校改善办学条件的专项资金。\n"
    )
    assert read(page).project == "某某质量提升计划资金项目"
    # a bracket left open, the site's text run into the name
    assert read("某县某某救灾资金(第八批绩效自评报告\n一、基本情况\n").project is None
    assert read("欢迎访问某局网站!某县某某防治转移支付资金绩效自评报告\n一、基本情况\n").project is None
    # the place cut to its level before 中央
    assert read("一、基本情况\n省厅下达县中央支持地方某某补助资金(其他)共54.6万元。\n").project is None


def test_a_places_or_an_organisations_kind_of_money_is_no_project() -> None:
    assert read("某城市转移支付绩效自评报告\n一、基本情况\n").project is None
    assert read("某县残联中央转移支付绩效自评报告\n一、基本情况\n").project is None
    assert read("二〇二一年度预算项目绩效自评报告\n一、基本情况\n").project is None
    # the money of a level, of a budget or of 民生, spending as such, and a list cut short with 等 name no project
    for title in (
        "上级专项资金项目",
        "民生项目",
        "市本级预算项目",
        "政府性基金预算项目",
        "就业补助资金等项目",
        "城区环卫保洁服务项目等",
    ):
        assert read(f"某县人力资源和社会保障局2022年度{title}绩效自评报告\n一、基本情况\n").project is None, (
            title
        )
    assert read("项目支出绩效自评表\n项目名称 项目支出\n实施单位 某县水利局\n").project is None
    # a template's blank, and a batch alone where the year in its bracket split the title
    assert read("某县某局2022年度XX项目绩效自评报告（模板）\n一、项目基本情况\n").project is None
    assert read("项目支出绩效自评表\n项目名称：________________\n填报单位：某市司法局\n").project is None
    report = read(
        "中央财政小型农田水利设施建设补助资金（2021年第二批）绩效自评报告\n某县水利局\n一、资金基本情况\n"
    )
    assert report.project != "第二批"
    # a form's 项目名称 filled with the unit's money of the year
    text = "项目支出绩效自评表\n（2022年度）\n项目名称：某某市某区卫生健康委员会2022年度项目支出\n主管部门：某某市某区卫生健康委员会\n"
    assert read(text).project is None
    # two funds joined are the one subject the title evaluates
    title = "某市2020年度园林绿化养护经费及城区行道树养护经费绩效评价报告"
    assert read(title + "\n三、自评的目的\n").project == "园林绿化养护经费及城区行道树养护经费"
    # a unit's running expenses are a kind of money, no project ("公用经费是根据幼儿人数安排的")
    assert read("一、基本情况\n公用经费是根据幼儿人数安排的，确保学校日常办公及运行开支。\n").project is None
    # a facility is a construction project's name, and a sports programme named 体育强省 is no place
    assert (
        read("某县老年人日间照料中心项目绩效自评报告\n一、基本情况\n").project == "某县老年人日间照料中心项目"
    )
    assert read("某县体育强省专项资金绩效自评报告\n一、基本情况\n").project == "体育强省专项资金"


def test_what_a_page_puts_before_a_units_name_is_no_part_of_it() -> None:
    # a posting date, a budget code set apart by a space, the site's place before the unit's own name
    for title in (
        "2022-04-15  某某县林业局2021年度部门整体支出绩效自评报告",
        "301001 某某县林业局 2021年度部门整体支出绩效自评表",
        "某某县/某某县林业局2021年度部门整体支出绩效自评报告",
        "某某县  某某县林业局  2021年度部门整体支出绩效自评报告",
    ):
        assert read(title + "\n一、部门基本情况\n").unit == "某某县林业局", title
    assert (
        read("某某县 - 某某县林业局\n2021年度部门整体支出绩效自评报告\n一、部门概况\n").unit == "某某县林业局"
    )
    # a label spaced out and a colon, an attachment's list number, a budget code, a year before the name
    assert read("标    题: 某某市统计局\n\n某某市统计局部门整体支出绩效自评报告\n").unit == "某某市统计局"
    assert read("附 件:1.某某省科学技术厅\n2022年度部门整体支出绩效自评报告\n").unit == "某某省科学技术厅"
    assert (
        read("215001-某某市民族宗教事务局2021年度部门整体支出绩效自评报告\n").unit == "某某市民族宗教事务局"
    )


def test_a_unit_in_brackets_under_a_title_naming_none() -> None:
    page = "2019年度部门整体支出绩效自评报告\n(某某区林业局)\n一、部门概况\n我局为正科级行政单位。\n"
    assert read(page).unit == "某某区林业局"
    # with the report's date in the bracket
    page = "项目支出绩效自评报告\n(某某市文化馆2021年3月8日)\n一、项目概况\n"
    assert read(page).unit == "某某市文化馆"
    # past the title said twice (a site's heading above the document's own)
    page = "部门整体支出绩效自评报告\n\n 部门整体支出绩效自评报告\n\n (某某区林业局)\n一、部门概况\n"
    assert read(page).unit == "某某区林业局"


def test_a_note_on_the_units_history_in_the_title_names_no_year() -> None:
    for note in (
        "（2019年由原市农业局、市畜牧水产局整合组建）",
        "（2021年由原市扶贫开发办公室更名）",
        "（含下属2个二级单位，2019年纳入合并决算）",
    ):
        report = read(f"某某市农业农村局{note}2020年度部门整体支出绩效自评报告\n一、部门概况\n")
        assert (report.year, report.unit) == (2020, "某某市农业农村局"), note


def test_a_unit_under_a_sharing_sites_file_name_and_its_upload_record() -> None:
    page = (
        "2021年度某某县城区污水管网改造工程项目绩效自评报告.docx\n文档分享 > 行业资料 > 政府/行政管理\n"
        "上传者：jx**    页数：6页    大小：38KB\n2021年度某某县城区污水管网改造工程项目绩效自评报告\n某某县住房和城乡建设局\n"
        "一、项目概况\n"
    )
    assert read(page).unit == "某某县住房和城乡建设局"


def test_a_unit_in_brackets_under_a_title_beats_the_organisation_above_it() -> None:
    # the fund's ministry or the unit's superior alone on the line above the title
    for above in ("国家卫生健康委员会", "某某市教育局", "财政部  农业农村部"):
        page = f"{above}\n2021年度某某补助资金项目绩效自评报告\n（某某县疾病预防控制中心）\n一、项目概况\n"
        assert read(page).unit == "某某县疾病预防控制中心", above
    # without the bracket under it, the organisation above stays the unit
    assert read("某某市教育局\n2022年度部门整体支出绩效自评报告\n一、部门概况\n").unit == "某某市教育局"


def test_a_project_in_brackets_under_a_title_said_twice() -> None:
    page = "财政支出项目绩效评价自评报告\n\n 财政支出项目绩效评价自评报告\n\n (某某办工作经费)\n 一、项目总体情况\n"
    assert read(page).project == "某某办工作经费"
    # another title under it is no name in brackets
    page = "项目支出绩效自评报告\n某某局2021年度项目支出绩效自评报告\n一、项目概况\n"
    assert read(page).project is None


def test_a_title_naming_a_place_then_a_work_without_year_or_kind() -> None:
    report = read("某某县合水油茶产业建设绩效自评报告\n一、绩效目标分解下达情况\n")
    assert (report.kind, report.project) == ("项目支出", "合水油茶产业建设")
    report = read("某某县农村饮水安全工程绩效自评报告\n一、基本情况\n")
    assert (report.kind, report.project) == ("项目支出", "农村饮水安全工程")
    # a place and an office is a unit, no work
    report = read("某某县水利局绩效自评报告\n一、基本情况\n")
    assert (report.unit, report.project) == ("某某县水利局", None)


def test_a_title_naming_the_unit_then_the_work_it_did() -> None:
    report = read("2016年某某县红十字会开展应急救护培训项目绩效评价自评报告\n一、项目概况\n")
    assert (report.unit, report.project) == ("某某县红十字会", "应急救护培训项目")


def test_a_form_whose_title_names_no_kind_filled_in_for_a_named_project() -> None:
    form = "某市财政支出绩效评价自评报告\n项目名称: 某某学院实训楼建设\n项目单位: 某某职业学院\n一、项目基本概况\n"
    report = read(form)
    assert (report.kind, report.project) == ("项目支出", "某某学院实训楼建设")


def test_a_projects_name_without_its_unit_before_it_or_the_kind_of_money_after_it() -> None:
    def cells(name: str, unit: str) -> str:
        return f"项目支出绩效自评表\n项目名称 | {name} |\n实施单位 | {unit} |\n"

    # the report's own unit before its project
    assert read(cells("人民医院灾后重建项目", "某某县人民医院")).project == "灾后重建项目"
    # the unit in short, its place's level before its own name ("市乡村振兴局" of 某某市乡村振兴局)
    assert (
        read(cells("市乡村振兴局脱贫成果巩固工作补助经费", "某某市乡村振兴局")).project
        == "脱贫成果巩固工作补助经费"
    )
    assert read(cells("市民综合帮扶项目", "某某市民政局")).project == "市民综合帮扶项目"
    # a two-character kind of organisation opens words too: "中心城区" is no 服务中心's name
    assert read(cells("中心城区道路清扫保洁", "某市环境卫生服务中心")).project == "中心城区道路清扫保洁"
    # bonds financing a works, a fund's budget, a works' spending item
    assert read(cells("中心幼儿园新建工程专项债券项目资金", "某某县教育局")).project == "中心幼儿园新建工程"
    # bonds named by their issuer ("地方债券", "地方政府专项债券")
    assert (
        read(cells("甲县农村幼儿园提升改造项目地方债券项目资金", "甲县教育局")).project
        == "甲县农村幼儿园提升改造项目"
    )
    assert read(cells("供水管网改造工程地方政府专项债券资金", "某某县水利局")).project == "供水管网改造工程"
    assert read(cells("普惠金融发展专项资金预算", "某某县人社局")).project == "普惠金融发展专项资金"
    prose = "某县民政局2022年度项目支出绩效自评报告\n一、项目概况\n(一)项目基本情况\n城区老旧小区改造工程财政支出项目是我县重点民生项目。\n"
    assert read(prose).project == "城区老旧小区改造工程"
    # a fund's own words after its name stay ("…补助资金")
    assert read(cells("特殊教育公用经费补助资金", "某某县教育局")).project == "特殊教育公用经费补助资金"


def test_a_word_page_fields_residue_before_the_title_is_no_part_of_the_unit() -> None:
    page = (
        "PAGE PAGE 3 某某区教育局关于建设足球特色学校 财政支出绩效评价报告 按照某某区财政局工作部署,依据"
        "《关于全面推进预算绩效管理意见的通知》文件精神,参照参考提纲,对项目开展绩效评价。\n"
    )
    assert read(page).unit == "某某区教育局"
    # (the line the field broke before the kind's words, a space now, cuts the project's name there)
    assert read(page).project == "建设足球特色学校"
    # the residue run together with the page's number between two of them (hand-written, as sharing sites print it)
    for residue in ("PAGE-7-PAGE", "PAGE10PAGE"):
        page = (
            f"文档简介\n{residue}某某县疾病预防控制中心2019年度整体支出绩效自评报告一、基本情况(一)简要概述部门支出情况"
            "以及县委县政府当年下达的重点工作。1、部门支出情况:2019年本单位年初预算数为1,380.25万元,全年预算数为1,512.60万元。\n"
        )
        assert read(page).unit == "某某县疾病预防控制中心"


def test_a_village_schools_name_ending_in_wanxiao_is_a_unit() -> None:
    # hand-written: a township's 中心完小 (a complete primary school) reports on the fund it names in brackets
    report = read(
        "勐板县中和镇中心完小2022年度项目支出绩效自评报告(义务教育学校公用经费保障机制资金)\n一、自评结论\n"
        "经自评,我校2022年义务教育学校公用经费保障机制资金项目自评得分95.5分,自评等级为优。\n"
    )
    assert (report.unit, report.project) == ("勐板县中和镇中心完小", "义务教育学校公用经费保障机制资金")


def test_a_title_whose_year_is_masked_names_its_unit_and_project() -> None:
    # hand-written: a page that masked its year (and figures) with asterisks, as some mirrors publish them
    report = read(
        "某县民政局****年度困境儿童关爱服务项目绩效自评报告\n按照《某县财政局关于开展****年度财政项目支出绩效自评工作的通知》要求,"
        "我局对****年度困境儿童关爱服务项目开展了绩效自评。\n一、项目基本情况\n"
    )
    assert (report.unit, report.project, report.year) == ("某县民政局", "困境儿童关爱服务项目", None)


def test_the_guards_leave_real_names_and_units_alone() -> None:
    # funds named for a programme's area, names opening with 等/及, a verb between the unit and its project
    assert (
        read("芦山县财政局2023年度革命老区转移支付资金绩效自评报告\n一、项目基本情况\n").project
        == "革命老区转移支付资金"
    )
    assert (
        read("芦山县2023年度边境地区转移支付绩效自评报告\n一、项目基本情况\n").project == "边境地区转移支付"
    )
    assert (
        read("芦山县交通运输局2023年度等级公路改造项目绩效自评报告\n一、项目基本情况\n").project
        == "等级公路改造项目"
    )
    assert read("某县农业农村局2023年度及时雨农业保险补贴项目绩效自评报告\n一、项目基本情况\n").project == (
        "及时雨农业保险补贴项目"
    )
    assert (
        read("芦山县科技局实施科技特派员专项资金绩效自评报告\n一、项目基本情况\n").project
        == "科技特派员专项资金"
    )
    # where the report goes, in brackets under the title, is no unit
    assert read("2023年度部门整体支出绩效自评报告\n（上报财政局）\n一、部门基本情况\n").unit is None
    # who wrote it, on the line under a title naming no unit, in brackets or not
    assert read("2023年度部门整体支出绩效自评报告\n（某县水利局）\n一、部门基本情况\n").unit == "某县水利局"
    assert (
        read("2023年度某某小学教学楼改扩建项目绩效自评报告\n某县教育局\n一、项目基本情况\n").unit
        == "某县教育局"
    )
    assert read("2023年度部门整体支出绩效自评报告\n上报财政局\n一、部门基本情况\n").unit is None


def test_a_unit_labelled_in_a_sentence_ends_with_its_clause_and_yields_to_the_title() -> None:
    def unit_of(text: str) -> str | None:
        return extract_document(Document.from_text("page.txt", "txt", text)).unit

    # hand-written: the only unit the page names is said in a sentence
    assert unit_of(
        "农村道路硬化绩效考评报告\n市级农村公路建设项目实施单位是某市农村公路管理所,为经常性项目。\n"
    ) == ("某市农村公路管理所")
    # the company carrying out the work is no reporter where the title names the unit
    text = (
        "某县交通运输局2018年度路灯维护费专项资金绩效评价报告\n"
        "路灯维护费专项资金的实施单位是某某投资建设发展(集团)有限公司,由该公司与施工方签订合同。\n"
    )
    assert unit_of(text) == "某县交通运输局"
    # nor where a form's cell names the unit; a unit said so is weaker than the unit signing (second review)
    text = "某县交通运输局项目绩效自评表\n预算单位:某县交通运输局\n该项目实施单位是某县路桥建设有限公司,合同金额80万元。\n"
    assert unit_of(text) == "某县交通运输局"
    text = (
        "2022年度农村公路养护项目绩效自评报告\n项目实施单位为某县公路养护中心,项目预算50万元,实际支出48万元。\n"
        "某县交通运输局\n2023年3月10日\n"
    )
    assert unit_of(text) == "某县交通运输局"


def test_a_score_or_grade_stated_of_another_year_is_not_the_reports() -> None:
    # hand-written: a report on 2023 quoting the year before's result, then its own
    report = read(
        "某县某局2023年度部门整体支出绩效自评报告\n2022年度自评得分85分。2023年度自评得分90分,等级为优。\n"
    )
    assert (report.score, report.grade) == (Decimal(90), "优")
    report = read("某县某局2023年度部门整体支出绩效自评报告\n2022年度自评得分85分,评价等级为良。\n")
    assert (report.score, report.grade) == (None, None)
    # a date is no year of a result, nor a cited document's year, nor a year in an earlier clause
    report = read("某县某局2023年度部门整体支出绩效自评报告\n2024年3月,经评价,自评得分92分,评价等级为优。\n")
    assert (report.score, report.grade) == (Decimal(92), "优")
    report = read(
        "某县某局2023年度项目支出绩效自评报告\n根据《某县2022年度绩效管理办法》自评得分92分,评价等级为优。\n"
    )
    assert (report.score, report.grade) == (Decimal(92), "优")
    report = read(
        "某县某局2023年度项目支出绩效自评报告\n项目自2021年实施以来运行良好,经综合评价,自评得分72分,评价等级为中。\n"
    )
    assert (report.score, report.grade) == (Decimal(72), "中")


def test_a_notice_number_in_a_titles_project_and_a_name_after_a_bracketed_fund() -> None:
    # review (hand-written): the notice's number is no part of the project's name
    report = read(
        "某县农业农村局2023年度耕地地力保护补贴（某财农〔2023〕12号）项目绩效自评报告\n一、项目基本情况\n"
    )
    assert (report.unit, report.project) == ("某县农业农村局", "耕地地力保护补贴项目")
    # a project named after the bracketed fund it is paid from is not that fund
    report = read("某县教育局（2023年度学前教育发展资金）幼儿园改扩建项目绩效自评报告\n一、项目基本情况\n")
    assert report.project != "学前教育发展资金"


def test_what_the_evaluation_statement_names_outweighs_a_heading_for_the_kind() -> None:
    # hand-written after a 范文 piece: the statement names a project; the outline's first heading is 部门概况
    text = (
        "事前评估绩效报告1\n某县民政局绩效评价工作组于20xx年1月1日至20xx年12月31日对某县民政局20xx年度敬老院运转经费"
        "项目进行绩效评价。\n一、部门概况\n全县共有24所乡镇敬老院。\n"
    )
    assert read(text).kind == "项目支出"


def test_second_review_a_funds_or_rules_year_and_a_unit_said_in_a_sentence() -> None:
    # a year naming the fund or the rule, not the score, leaves the score the report's (hand-written)
    report = read(
        "某县农业农村局2023年度项目支出绩效自评报告\n经评价，2022年提前下达的中央财政衔接资金自评得分92分，等级为优。\n"
    )
    assert (report.score, report.grade) == (Decimal(92), "优")
    report = read(
        "某县农业农村局2023年度项目支出绩效自评报告\n按照2021年修订的评分办法综合评定自评得分88分，评价等级为良。\n"
    )
    assert (report.score, report.grade) == (Decimal(88), "良")
    # the body's implementing town is weaker than the title's unit
    report = read(
        "某县农业农村局2023年度高标准农田建设项目绩效自评报告\n项目实施单位为某镇人民政府，负责项目建设。\n"
    )
    assert report.unit == "某县农业农村局"


def test_a_projects_own_report_keeps_its_figures_beside_its_name() -> None:
    # second review (hand-written): a project's row or its fund sources are no other projects' in its own report
    report = read(
        "某县农业农村局2023年度项目支出绩效自评报告\n高标准农田建设项目 预算资金100万元，实际支出80万元，执行率95%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (Decimal(100), Decimal(80))
    text = (
        "某县农业农村局2023年度耕地保护项目绩效自评报告\n1.中央财政补助资金：预算80万元，实际支出80万元。"
        "2.县级配套资金：预算20万元，实际支出0万元。项目总预算100万元，实际支出80万元，执行率90%。\n"
    )
    assert read(text).budget.adjusted == Decimal(100)


def test_a_fund_evaluated_in_passing_in_a_departments_report_is_no_project_report() -> None:
    # second review (hand-written): the headings of a unit's whole spending come first, then a fund named in
    # passing, or a list of projects evaluated together
    head = "某县农业农村局2023年度绩效自评报告\n一、部门概况\n我局内设股室8个。\n二、部门整体支出情况\n2023年部门预算1000万元。\n"
    for tail in ("三、自评工作开展情况\n根据要求，对我局2023年度农机购置补贴资金进行了绩效评价。\n",
                 "三、自评工作开展情况\n我局组织对2023年度农机购置补贴资金等12个项目进行了绩效自评。\n"):  # fmt: skip
        report = read(head + tail)
        assert (report.kind, report.project) == ("部门整体支出", None), tail


def test_a_notice_number_is_no_projects_name_nor_is_a_kind_of_project() -> None:
    # hand-written after a hunt: the notice that allocated the fund in the 项目名称 cell, alone or before the name
    form = "项目支出绩效自评表\n（2023年度）\n项目名称 | {} | | |\n主管部门 | 某县财政局 | 实施单位 | 某县财政局 |\n"
    assert read(form.format("某财农指〔2023〕45号 2023年农业保险保费补贴")).project == "农业保险保费补贴"
    assert read(form.format("某财教指〔2023〕12号")).project is None
    assert read(
        "某县某局2023年度项目支出绩效自评报告\n项目名称：某财建〔2022〕18号城市管网改造补助\n"
    ).project == ("城市管网改造补助")
    # a title naming only a kind of project: the department's budget projects, its key projects
    for kind in ("部门预算项目", "重点项目", "一般性转移支付项目"):
        assert read(f"某县某局2023年度{kind}绩效自评报告\n一、项目基本情况\n").project is None, kind


def test_a_title_without_a_year_takes_the_year_its_budget_is_stated_for() -> None:
    # hand-written after a hunt: last year's figures and next year's plans named more often than the year itself
    text = (
        "某市档案馆部门整体支出绩效自评报告\n二、部门整体支出情况\n"
        "2023年全年预算数236.52万元，较2022年增加18.6万元；实际支出232.10万元。2022年实际支出为213.45万元，"
        "2022年接收进馆档案3120卷。\n"
    )
    assert read(text).year == 2023
    text = (
        "某县某局部门整体支出绩效自评报告\n2023年全年预算数212.36万元。\n下一步，按照2024年预算绩效管理要求，"
        "做好2024年部门预算和2024年绩效目标编制。\n"
    )
    assert read(text).year == 2023
    # a year only compared with is not counted
    assert read("某县某局部门整体支出绩效自评报告\n支出较2022年增加18万元，较2022年增长5%。\n").year is None


def test_a_publisher_is_no_unit_where_the_report_speaks_as_another_kind_of_body() -> None:
    # hand-written after a hunt: a 局 posts the report of a library, a centre, a hospital that calls itself 我馆…
    for self_name in ("我馆全年免费开放", "项目由我中心负责实施", "下达我院补助资金50万元"):
        text = (
            f"2022年度免费开放项目绩效自评报告\n来源：某某市文化旅游广电体育局 发布时间：2023-06-15\n"
            f"一、项目基本情况\n{self_name}。\n"
        )
        assert read(text).unit is None, self_name
    # the 局 speaking as 我局 is the unit its page names
    text = "2022年度部门整体支出绩效自评报告\n来源：某某县自然资源局 发布时间：2023-06-15\n一、部门概况\n我局内设7个股室。\n"
    assert read(text).unit == "某某县自然资源局"


def test_a_units_name_with_its_seals_note_its_budget_code_or_its_budget_level() -> None:
    # hand-written after a hunt: a signature or a labelled cell printed with where the seal goes, a code set apart
    # by a space, the unit's own budget level
    body = "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我局内设7个股室。\n"
    assert (
        read(body + "某某市城市管理和综合执法局（盖章）\n2024年3月25日\n").unit
        == "某某市城市管理和综合执法局"
    )
    assert (
        read("项目支出绩效自评报告\n项目单位：某某市农业技术推广中心（盖章）\n").unit
        == "某某市农业技术推广中心"
    )
    assert (
        read("部门整体支出绩效自评报告\n预算单位：301001 某某市市场监督管理局本级\n").unit
        == "某某市市场监督管理局"
    )


def test_review_a_plans_year_is_not_the_year_the_budget_is_stated_for() -> None:
    # second review (hand-written): next year's money in the plans after the report's own figures
    text = (
        "某县水利局部门整体支出绩效自评报告\n2023年，我局部门全年预算数1350.00万元，全年执行数1300.00万元。\n"
        "三、下一步工作计划\n2024年预算数为1420万元，我局将进一步加强预算管理。\n"
    )
    report = read(text)
    assert (report.year, report.budget.adjusted) == (2023, Decimal(1350))
    assert read(text.replace("2024年预算数为1420万元，我局将", "2024年安排资金900万元，将")).year == 2023


def test_review_a_publisher_that_is_itself_the_body_the_report_speaks_as() -> None:
    # second review (hand-written): a school or a centre posting its own report, calling itself 我校, 我院
    for publisher, self_name in (("某县职业教育中心", "我校"), ("某县妇幼保健计划生育服务中心", "我院")):
        text = (
            f"2023年度部门整体支出绩效自评报告\n来源：{publisher} 发布时间：2024-03-15\n"
            f"一、部门基本情况\n{self_name}内设科室8个。\n"
        )
        assert read(text).unit == publisher, publisher


def test_a_unit_opening_an_indented_sentence_at_the_top() -> None:
    # paragraphs indented with ideographic spaces, as Word documents are
    text = "\u3000\u3000（一）项目概况\n\u3000\u3000某州粮食和物资储备局2024年年初预算项目共14个，项目支出预算资金为2836.14万元。\n"
    report = extract_document(Document.from_text("p.txt", "txt", text))
    assert report.unit == "某州粮食和物资储备局"


def test_the_year_under_a_title_below_many_lines_of_page_chrome() -> None:
    chrome = (
        "首页 > 政务公开 > 财政信息 > 预决算公开\n索引号：000014349/2023-00412\n信息分类：财政资金\n"
        "发布日期：2023-06-15 09:30\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n"
        "简体版| 繁体版\n微信\n支持IPv6\n当前位置:首页 > 信息公开 > 审计信息公开\n"
        "2021-01-05 17:00     来源:某市审计局\n分享 微信\n微博 空间 qq\n【字体: 打印\n"
    )
    title = (
        "附件1:\n\n某市部门整体支出绩效评价自评报告\n\n2019年度)\n\n\n部门(单位)名称    某市审计局\n\n"
        "评价方式:部门(单位)绩效评价自评\n\n某市财政局制·2020年版\n\n一、收支概况\n计划安排资金(万元)\n715.18\n"
    )
    assert year_of(title) == 2019
    assert year_of(chrome + title) == 2019


def test_a_finance_bureau_as_the_articles_source_is_no_unit_of_a_report_it_posts() -> None:
    text = (
        "首页 > 政务公开 > 财政信息\n发布时间：2024-03-20 浏览次数：120\n文章来源：某县财政局\n"
        "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我局为县政府工作部门。\n"
    )
    assert extract_document(Document.from_text("p.txt", "txt", text)).unit is None


def test_a_governments_office_posting_a_units_report_is_no_author() -> None:
    # a portal run by the government's office posts every unit's report, as a finance bureau's column does
    text = (
        "索引号\n\n11530524MB0X12345K/2024-00056\n\n发布机构\n\n某某县人民政府办公室\n\n成文日期\n\n2024-04-18\n\n"
        "2023年度农村公路养护项目支出绩效自评报告\n\n"
        "　　某某县交通运输局2023年度认真组织开展农村公路养护项目绩效自评工作。\n"
    )
    assert extract_document(Document.from_text("p.txt", "txt", text)).unit == "某某县交通运输局"


def test_the_year_of_the_plan_for_the_next_year_is_not_the_years_evaluated() -> None:
    text = (
        "某某县水利局农村饮水安全工程维修养护项目绩效自评报告\n二、项目资金情况\n"
        "2023年项目年初预算120.00万元，全年预算120.00万元。\n实际支出116.40万元，预算执行率97.00%。\n"
        "八、下一年度工作计划\n项目实施期限：2024年1月1日至2024年12月31日。\n2024年计划安排维修养护资金130万元。\n"
    )
    assert year_of(text) == 2023


def test_an_organisation_acting_on_the_reports_unit_is_not_its_unit() -> None:
    text = (
        "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "　　某某县财政局2023年共下达我局部门预算资金1586.20万元。\n"
        "　　我局是县人民政府主管全县民政工作的工作部门。\n"
    )
    assert extract_document(Document.from_text("p.txt", "txt", text)).unit is None


def test_an_overseer_acting_on_the_project_is_no_unit_and_the_unit_acting_on_it_is() -> None:
    opening = "2023年度农村饮水安全工程维修养护项目绩效自评报告\n一、项目基本情况\n　　{}\n"
    audited = opening.format("某某县审计局2023年对该项目资金使用情况进行了专项审计，未发现违规问题。")
    assert extract_document(Document.from_text("p.txt", "txt", audited)).unit is None
    own = opening.format("某某县水利局2023年对该项目高度重视，成立了项目领导小组。")
    assert extract_document(Document.from_text("p.txt", "txt", own)).unit == "某某县水利局"


def test_a_governments_office_speaking_as_itself_on_its_own_portal_is_the_unit() -> None:
    text = (
        "发布机构：某县人民政府办公室\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "我办是县人民政府的综合办事机构，内设股室5个。\n"
    )
    assert extract_document(Document.from_text("p.txt", "txt", text)).unit == "某县人民政府办公室"


def test_a_contents_list_naming_the_next_years_plan_cuts_off_no_year() -> None:
    text = (
        "某某县水利局部门整体支出绩效自评报告\n目录\n一、部门基本情况\n二、绩效自评结论\n三、下一年度工作计划\n"
        "一、部门基本情况\n项目实施期限：2023年1月1日至2023年12月31日。\n全年预算1265.80万元。\n"
        "三、下一年度工作计划\n项目实施期限：2024年1月1日至2024年12月31日。\n"
    )
    assert year_of(text) == 2023


def test_a_workers_or_childrens_palace_is_an_organisation() -> None:
    # hand-written after a trade union's site: 文化宫 and 少年宫 end a unit's name as 馆 and 中心 do
    text = "附件7:\n某某市工人文化宫整体支出绩效自评报告\n(2021年度)\n部门(单位):某某市工人文化宫(盖章)\n一、部门概况\n"
    report = read(text)
    assert (report.kind, report.year, report.unit) == ("部门整体支出", 2021, "某某市工人文化宫")
    assert read("某某县少年宫2022年度部门整体支出绩效自评报告\n一、部门概况\n").unit == "某某县少年宫"


def test_a_project_name_opening_with_quoted_words_keeps_its_quote() -> None:
    # hand-written pages: the title's or the sentence's trimming took the opening quote off the name
    for page, name in (
        ("关于报送2023年度“四好农村路”养护资金绩效自评报告的函\n一、项目基本情况\n", "“四好农村路”养护资金"),
        ("甲县民政局“博爱家园”建设项目2022年度绩效自评报告\n一、项目概况\n", "“博爱家园”建设项目"),
        (
            "2023年度\n“一村一辅警”工作经费\n项目支出绩效自评报告\n单位：甲县公安局\n一、项目概况\n",
            "“一村一辅警”工作经费项目",
        ),
        (
            "一、项目基本情况\n“雨露计划”职业教育补助是对脱贫家庭子女接受职业教育给予的补助。\n",
            "“雨露计划”职业教育补助",
        ),
    ):
        assert read(page).project == name, page


def test_a_sites_name_above_its_chrome_is_no_piece_of_the_title_below() -> None:
    # hand-written pages: the site's name, its breadcrumb or metadata, then a title naming its unit short
    page = "甲县人民政府\n当前位置：首页>政务公开>部门预决算\n2023年度县气象局部门整体支出绩效自评报告\n一、部门基本情况\n"
    assert read(page).unit == "县气象局"
    page = (
        "甲市乙区人民政府\n来源：乙区住房和城乡建设局    发布时间：2023-06-21\n2022年度部门整体支出绩效自评报告\n"
        "一、部门基本情况\n我局内设股室9个。\n"
    )
    assert read(page).unit == "乙区住房和城乡建设局"
    # without the chrome the name above is the title's first line ("某局" / "2023年度部门整体…")
    assert read("甲县水利局\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n").unit == "甲县水利局"


def test_several_projects_results_are_no_report_score() -> None:
    # hand-written pages listing projects' results: no score or grade is the report's own
    for page in (
        "某县农业农村局2022年度项目支出绩效自评报告\n一、自评项目情况\n我局对4个项目开展了绩效自评：\n"
        "（一）高标准农田建设项目，自评得分93分，等级优；\n（二）动物防疫项目，自评得分88分，等级良。\n",
        "某县财政局2023年度项目支出绩效自评情况\n项目一：财政票据管理经费\n全年预算数28万元，自评得分92分，等级优。\n"
        "项目二：预算绩效管理工作经费\n全年预算数60万元，自评得分85分，等级良。\n",
        "某县教育体育局2022年度项目支出绩效自评报告\n本次纳入自评的项目共2个：学前教育发展资金（执行率97.5%，自评得分94分，"
        "等级优）；中小学教师培训经费（执行率86.46%，自评得分83分，等级良）。\n",
        "某县审计局2022年度部门整体支出绩效自评报告\n二、项目支出自评情况\n"
        "我局2022年共有2个项目：审计业务经费项目自评得分96分，等级优；审计信息化项目自评得分88分，等级良。\n",
        # a finance bureau's summary of its units' results, as a list and as a table one cell per line
        "甲市2023年度市直部门整体支出绩效自评情况汇总\n1.甲市发展和改革委员会，自评得分95分，等级优；\n"
        "2.甲市住房和城乡建设局，自评得分88分，等级良。\n",
        "甲市2022年度部门整体支出绩效自评结果汇总表\n序号\n部门名称\n全年预算数（万元）\n全年执行数（万元）\n执行率\n自评得分\n"
        "1\n甲市教育局\n32560.2\n32410.8\n99.54%\n96\n",
        # projects' results run together in one paragraph
        "某县农业农村局2023年度项目支出绩效自评报告\n（一）农机购置补贴项目，执行612万元，自评得分97分；（二）动物防疫补助项目，"
        "执行82.5万元，自评得分92分。\n",
    ):
        report = read(page)
        assert (report.score, report.grade) == (None, None), page
    # the department's own result among its projects' is the report's
    page = (
        "某县审计局2023年度部门整体支出绩效自评报告\n三、重点项目自评情况\n项目名称：审计业务经费\n全年预算50万元，自评得分90分，等级优。\n"
        "项目名称：投资审计外聘专家经费\n全年预算30万元，自评得分94分，等级优。\n四、结论\n经自评，部门整体支出绩效得分95分，等级为优。\n"
    )
    assert read(page).score == Decimal(95)
    page = (
        "某县自然资源局2023年度部门整体支出绩效自评报告\n三、项目自评情况\n国土空间规划编制项目自评得分88分，等级良；"
        "不动产登记工作经费自评得分92分，等级优；耕地保护经费自评得分90分，等级优。\n四、结论\n"
        "综合上述情况，我局2023年度部门整体支出绩效自评得分93.6分，等级为优。\n"
    )
    assert read(page).score == Decimal("93.6")


def test_a_sites_list_of_other_reports_above_the_title_is_chrome() -> None:
    # hand-written pages: a portal's or a sharing site's list of links, then the report
    page = (
        "某县人民政府\n最新文章\n某县交通运输局2023年度农村公路养护项目绩效自评报告 2024-05-12\n"
        "某县水利局2023年度山洪灾害防治项目绩效自评报告 2024-05-11\n某县教育局2023年度学生营养改善计划项目绩效自评报告\n"
        "发布日期：2024-05-13 来源：某县教育局\n一、项目概况\n"
    )
    report = read(page)
    assert (report.unit, report.project) == ("某县教育局", "学生营养改善计划项目")
    page = (
        "网站首页 | 政务公开\n热点信息\n· 2023年度城乡居民医保参保缴费工作启动\n· 甲市2022年度农村公路建设项目绩效自评报告\n"
        "· 甲市2022年度部门整体支出绩效自评报告汇总\n您现在的位置：首页 > 政务公开\n甲市林业局2022年度国土绿化项目绩效自评报告\n"
        "一、项目基本情况\n"
    )
    report = read(page)
    assert (report.kind, report.unit, report.project) == ("项目支出", "甲市林业局", "国土绿化项目")
    page = (
        "百度文库\n猜你喜欢\n甲县民政局2022年度部门整体支出绩效自评报告\n甲县教育局2022年度部门整体支出绩效自评报告\n"
        "甲县交通运输局2023年度农村公路养护项目绩效自评报告\n一、项目概况\n"
    )
    report = read(page)
    assert (report.kind, report.year, report.unit) == ("项目支出", 2023, "甲县交通运输局")


def test_a_units_budget_code_in_brackets_or_run_into_it_is_no_part_of_its_name() -> None:
    # hand-written cells and titles as budget systems export them
    for page in (
        "部门整体支出绩效自评表\n预算单位：[301001]甲市乙区教育局\n",
        "部门整体支出绩效自评表\n单位名称：【046001】甲市乙区卫生健康局\n",
        "部门整体支出绩效自评表\n单位名称：[ 216001 ] 甲市乙区教育局\n",
        "319001甲市乙区教育局2023年度部门整体支出绩效自评报告\n一、部门概况\n",
    ):
        assert read(page).unit in ("甲市乙区教育局", "甲市乙区卫生健康局"), page


def test_a_unit_spread_out_with_spaces_is_read_without_them() -> None:
    # hand-written titles and cells: a name spread out to the width of its line or cell
    assert (
        read("甲 县 民 族 宗 教 事 务 局\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n").unit
        == "甲县民族宗教事务局"
    )
    assert (
        read("甲　县　审　计　局\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n").unit == "甲县审计局"
    )
    assert (
        read("甲县 农业农村局 2023年度部门整体支出绩效自评报告\n一、部门基本情况\n").unit == "甲县农业农村局"
    )
    page = (
        "项目支出绩效自评表\n项目名称：特困人员救助供养\n主管部门：甲 县 民 政 局\n实施单位：甲 县 民 政 局\n"
    )
    assert read(page).unit == "甲县民政局"


def test_more_phrasings_of_the_reports_score_and_grade() -> None:
    # hand-written conclusions of project reports
    def result(sentence: str) -> tuple[Decimal | None, str | None]:
        report = read(f"某县某局2023年度某某项目绩效自评报告\n一、自评结论\n{sentence}\n")
        return report.score, report.grade

    assert result("经综合评价，本项目得分93分，等级为优。") == (Decimal(93), "优")
    assert result("该项目得分90分。") == (Decimal(90), None)
    assert result("项目自评得分为满分100分。") == (Decimal(100), None)
    assert result("评价结果：优。") == (None, "优")
    assert result("自评结果属“良”等级。") == (None, "良")
    assert result("评价结果为“合格”。") == (None, "合格")
    # an item's points, a check's result: no report's score or grade
    assert result("产出指标（30分）：本项得分30分。") == (None, None)
    assert result("经第三方检测，水质检测结果为合格。") == (None, None)


def test_a_signature_with_a_second_name_or_a_label() -> None:
    # hand-written pages: no unit in the title; the report signed above its date
    body = (
        "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我局内设股室6个。\n经自评，得分95分，等级优。\n"
    )
    for signature, unit in (
        ("甲县市场监督管理局（县知识产权局）", "甲县市场监督管理局"),
        ("单位（盖章）：甲县文化馆", "甲县文化馆"),
        ("甲县人民医院（盖章）", "甲县人民医院"),
    ):
        assert read(f"{body}{signature}\n2024年5月8日\n").unit == unit, signature


def test_a_sites_list_of_links_without_bullets() -> None:
    # hand-written pages: links to other pages (not all reports, numbered, files) under a breadcrumb or a heading
    page = (
        "首页 > 政务公开 > 预决算公开\n猜你喜欢\n甲县教育局2022年度部门整体支出绩效自评报告\n甲县财政局2023年度部门预算公开\n"
        "甲县自然资源局2023年度部门整体支出绩效自评报告\n发布时间：2024-05-17 来源：甲县自然资源局\n一、部门基本情况\n"
    )
    assert (read(page).year, read(page).unit) == (2023, "甲县自然资源局")
    page = (
        "热点信息\n1 关于2024年城乡居民医保集中参保缴费的通告\n2 2022年度甲县住房和城乡建设局部门整体支出绩效自评报告\n"
        "甲县住房和城乡建设局2023年度农村危房改造项目支出绩效自评报告\n发布时间：2024-04-30 浏览次数：77\n一、项目基本情况\n"
    )
    report = read(page)
    assert (report.kind, report.year, report.project) == ("项目支出", 2023, "农村危房改造项目")
    page = "相关文档\n甲县文旅局2022年部门整体支出绩效自评报告.doc\n甲县文旅局2023年部门预算.pdf\n甲县文旅局2023年部门整体支出绩效自评报告\n一、部门概况\n"
    assert read(page).year == 2023


def test_a_departments_form_then_its_projects_form() -> None:
    # hand-written page: the department's form, then one project's; the report's score is its own form's
    page = (
        "甲局2023年度部门整体支出绩效自评表\n部门名称 | 甲局\n年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
        "年度资金总额 | 168.2 | 190.5 | 186.34 | 10 | 97.82% | 9.78\n总分 | 100 | 94.78\n附件2\n项目支出绩效自评表\n"
        "项目名称 | 科技创新券补助\n项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
        "年度资金总额 | 30 | 30 | 26.5 | 10 | 88.33% | 8.83\n总分 | 100 | 88.83\n"
    )
    report = read(page)
    assert (report.kind, report.budget.adjusted, report.score) == (
        "部门整体支出",
        Decimal("190.5"),
        Decimal("94.78"),
    )


def test_offices_named_for_what_they_compile() -> None:
    # hand-written forms: a county's 地方志编纂室 and 古籍编译室 are units
    for unit in ("甲县地方志编纂室", "甲县民族古籍编译室"):
        page = f"2023年度部门整体支出绩效自评表\n部门名称  {unit}\n年度预算申请（万元）  年初预算数  全年预算数\n"
        assert read(page).unit == unit


def test_a_tables_rows_are_no_piece_of_the_next_forms_title() -> None:
    # hand-written page: a department's form, its rows in cells, then a project's form, no page title
    page = (
        "| 2022年度部门整体支出绩效自评表 |\n| 部门名称 | 甲县林业局 |\n"
        "| 年度预算申请（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "| 年度资金总额 | 1620.3 | 1786.4 | 1750.2 | 10 | 97.97% | 9.8 |\n| 总分 | 100 | 93.8 |\n| 自评等级 | 优 |\n"
        "| 2022年度项目支出绩效自评表 |\n| 项目名称 | 林业有害生物防治 |\n"
    )
    report = read(page)
    assert (report.kind, report.project, report.score) == ("部门整体支出", None, Decimal("93.8"))


def test_a_count_of_projects_is_no_projects_name() -> None:
    # hand-written: the sentence under the title counts the projects evaluated
    page = "某市农业农村局2022年度项目支出绩效自评报告\n一、自评项目情况\n2022年，我局对4个项目开展了绩效自评：\n"
    assert read(page).project is None


def test_a_projects_name_opening_with_a_code_a_figure_or_a_works_title_after_its_unit() -> None:
    # a road's or a line's code, a voltage, a work's title in 《》 right after the unit's name: the unit whole
    for title, unit, project in (
        (
            "某市交通运输局G107线城区过境段改线工程2020年度项目绩效自评报告",
            "某市交通运输局",
            "G107线城区过境段改线工程",
        ),
        (
            "某县发展和改革局\n10kV及以下农村电网改造升级工程县级配套资金2019年度绩效自评报告",
            "某县发展和改革局",
            "10kV及以下农村电网改造升级工程县级配套资金",
        ),
        (
            "某县融媒体中心《某县新闻》栏目制作播出经费2022年度绩效自评报告",
            "某县融媒体中心",
            "《某县新闻》栏目制作播出经费",
        ),
        (
            "某县供销合作社农村综合服务社建设项目2021年度绩效自评报告",
            "某县供销合作社",
            "农村综合服务社建设项目",
        ),
        (
            "某州书法家协会书法进万家公益活动经费2021年度绩效自评报告",
            "某州书法家协会",
            "书法进万家公益活动经费",
        ),
        ("2022年度某县供销合作社联合社农资储备项目绩效自评报告", "某县供销合作社联合社", "农资储备项目"),
    ):
        assert identity_of(title + "\n一、项目基本情况\n") == (unit, project), title
    # a work's title opening the name: no place is cut inside it
    text = "《某县县志（1978-2010）》编纂出版经费2021年度绩效自评报告\n某县地方志编纂中心\n一、项目概况\n"
    assert identity_of(text) == ("某县地方志编纂中心", "《某县县志(1978-2010)》编纂出版经费")


def test_lists_of_links_under_further_headings_and_a_title_printed_over_lines_below() -> None:
    text = (
        "相关阅读：\n某县林业局2021年度天然林保护修复资金绩效自评报告\n某县林业局2021年度部门整体支出绩效自评报告\n"
        "某县林业局\n2021年度森林防火能力提升项目\n绩效自评报告\n一、项目概况\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.kind, report.unit, report.project) == ("项目支出", "某县林业局", "森林防火能力提升项目")
    text = (
        "热门文章\n· 某县2022年度农机购置补贴资金绩效自评报告\n· 某县2022年度部门整体支出绩效自评报告汇总\n"
        "某县畜牧水产事务中心2022年度动物疫病强制免疫补助经费绩效自评报告\n一、项目概况\n"
    )
    assert identity_of(text) == ("某县畜牧水产事务中心", "动物疫病强制免疫补助经费")


def unit_of(text: str) -> str | None:
    return extract_document(Document.from_text("page.txt", "txt", text)).unit


def test_a_labelled_unit_padded_with_spaces_after_its_place_or_with_the_part_of_it_a_form_covers() -> None:
    head = "2022年度部门整体支出绩效自评表\n"
    for cell, unit in (
        ("单位名称：韶山市 银田镇人民政府", "韶山市银田镇人民政府"),
        ("实施单位：湘阴县  文星街道办事处", "湘阴县文星街道办事处"),
        ("单位名称：\n  新邵县   人民医院", "新邵县人民医院"),
        ("填报单位：  湘潭县    花石镇人民政府        填报日期：2022年3月1日", "湘潭县花石镇人民政府"),
        ("单位名称：046001-沅陵县教育局（本级）", "沅陵县教育局"),
        ("单位名称 | 炎陵县司法局(本级) | 填报日期 | 2021-04-15", "炎陵县司法局"),
        ("单位名称：临澧县烽火乡人民政府（汇总）", "临澧县烽火乡人民政府"),
        ("自评单位：桑植县气象局", "桑植县气象局"),
        ("申报单位：资兴市东江街道办事处", "资兴市东江街道办事处"),
    ):
        assert unit_of(head + cell + "\n一、部门基本情况\n") == unit, cell
    # a county's township under its government is one name
    assert unit_of("安宁市人民政府禄脿街道办事处2022年度部门整体支出绩效自评报告\n一、部门概况\n") == (
        "安宁市人民政府禄脿街道办事处"
    )


def test_a_sites_name_run_into_the_title_and_a_superior_named_on_a_units_own_report() -> None:
    for title in (
        "石门县人民政府门户网站石门县民政局2021年度部门整体支出绩效自评报告",
        "石门县人民政府网 石门县民政局2021年度部门整体支出绩效自评报告",
        "石门县人民政府石门县民政局2021年度部门整体支出绩效自评报告",
    ):
        assert unit_of(title + "\n发布日期：2022-05-10\n一、部门基本情况\n") == "石门县民政局", title
    # a mirror's repeat of the name's end, or the report's kind in brackets before the name, is no part of it
    assert (
        unit_of("南平市建阳区文化馆建阳区文化馆2019年度部门整体支出绩效自评报告\n一、部门概况\n")
        == "南平市建阳区文化馆"
    )
    assert (
        unit_of("(整体支出)天津市津南区档案馆2021年度部门整体支出绩效自评报告\n一、部门概况\n")
        == "天津市津南区档案馆"
    )
    # a school's own report naming only its 主管部门: the superior is not the unit
    text = "2022年度部门整体支出绩效自评报告\n主管部门：某县教育局\n一、学校基本情况\n我校共有教学班24个。\n"
    assert unit_of(text) is None


def test_a_title_opening_with_the_year_it_was_posted_then_the_unit_and_the_year_evaluated() -> None:
    for title, year, unit, project in (
        (
            "2023年长沙县财政局关于2022年度政府采购监管经费项目绩效自评报告",
            2022,
            "长沙县财政局",
            "政府采购监管经费项目",
        ),
        (
            "2022年茶陵县人力资源和社会保障局2021年度就业补助资金绩效自评报告",
            2021,
            "茶陵县人力资源和社会保障局",
            "就业补助资金",
        ),
        (
            "2023年城步苗族自治县林业局2022年国土绿化试点示范项目绩效自评报告",
            2022,
            "城步苗族自治县林业局",
            "国土绿化试点示范项目",
        ),
    ):
        report = extract_document(Document.from_text("page.txt", "txt", title + "\n一、项目概况\n"))
        assert (report.year, report.unit, report.project) == (year, unit, project), title


def test_a_report_on_all_or_several_of_a_units_projects_names_none_and_states_no_headline() -> None:
    text = (
        "某区教育局2022年度项目支出绩效自评报告\n根据区财政局统一部署，我局对2022年度实施的三个项目开展了绩效自评，分别为：学生资助资金、"
        "教师培训经费和校园安保购买服务项目。\n一、学生资助资金\n预算1860万元，实际支出1842.5万元，自评得分95分。\n二、教师培训经费\n"
        "预算220万元，实际支出214万元，自评得分92分。\n三、校园安保购买服务项目\n预算680万元，实际支出680万元，自评得分93分。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.project, report.budget.executed, report.score) == (None, None, None)
    text = "某县某局2019年度项目支出绩效自评报告\n3个项目的自评得分均在90分以上，自评等级均为“优秀”。\n"
    assert extract_document(Document.from_text("page.txt", "txt", text)).grade is None


def test_a_superiors_notice_of_its_units_results_states_no_result_of_its_own() -> None:
    text = (
        "某市教育局关于市直学校2021年度部门整体支出绩效自评结果的公告\n根据市财政局要求，现将市直学校2021年度部门整体支出绩效自评结果"
        "公告如下：\n某市第一中学，自评得分95分，等级优；\n某市第八中学，自评得分93分，等级优；\n某市实验中学，自评得分92分，等级优。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.unit, report.score, report.grade) == ("某市教育局", None, None)


def test_a_labelled_name_wrapped_in_its_own_cell_onto_the_next_line() -> None:
    head = "项目支出绩效自评表\n（2022年度）\n"
    for cells, project in (
        ("项目名称 | 中小学校舍安全保障长效 | \n | 机制资金 |", "中小学校舍安全保障长效机制资金"),
        ("项目名称\n城乡居民基本养老保险\n政府缴费补贴资金", "城乡居民基本养老保险政府缴费补贴资金"),
        ("项目名称 | 2022年农村公路窄路面拓宽改造\n工程（第二批） |||", "农村公路窄路面拓宽改造工程(第二批)"),
    ):
        assert identity_of(head + cells + "\n主管部门 | 某县教育局\n一、项目基本情况\n")[1] == project, cells


def test_a_cover_signed_with_a_seal_and_its_next_label_under_a_label() -> None:
    # a province's cover form run into lines: "项目名称" over "项目编码" is a label over a label, no value; the
    # unit signs with its seal's note, no date beside it; the title names only the province's form
    page = (
        "某某省财政支出项目绩效评价自评报告书\n评价类型\n评价项目名称\n评价项目编码 项目实施过程评价√ 某某专项资金\n"
        "某某省劳动和社会保障厅\n某某省劳动和社会保障厅 (公章) (公章) 项目(用款)单位法人代码\n一、基本情况\n"
    )
    report = read(page)
    assert (report.unit, report.project) == ("某某省劳动和社会保障厅", None)
    # a form's label with its seal's note is no signature
    assert (
        read("某某省财政支出项目绩效评价自评报告书\n项目单位(公章) 某某\n一、基本情况\n").unit != "项目单位"
    )


def test_unit_labels_forms_print_and_what_follows_the_name() -> None:
    head = "2022年度部门整体支出绩效自评报告\n"
    tail = "一、基本情况\n"
    cases = {
        "编报单位：桃源县档案馆\n": "桃源县档案馆",
        "编报部门：某县统计局\n": "某县统计局",
        "部门：双峰县政协办公室\n": "双峰县政协办公室",
        "部门\t新邵县民政局\t填报日期\t2023年3月\n": "新邵县民政局",
        "单位（盖章）：阿荣旗统计局\n": "阿荣旗统计局",
        "单位编码及名称：416001_祁东县教育局\n": "祁东县教育局",
        # labels spread out to fill their cells
        "单 位 名 称：隆回县人民法院\n": "隆回县人民法院",
        "部 门 名 称\t安仁县人民政府办公室\n": "安仁县人民政府办公室",
        # a budget code or the unit's former name after it
        "单位名称(编码)：沅陵县司法局(127001)\n": "沅陵县司法局",
        "单位：茶陵县科学技术协会【315001】\n": "茶陵县科学技术协会",
        "预算单位\t新邵县教育局（401）\n": "新邵县教育局",
        "单位名称：新田县市场监督管理局（原新田县工商行政管理局）\n": "新田县市场监督管理局",
    }
    for cell, unit in cases.items():
        assert read(head + cell + tail).unit == unit, cell
    titled = "安化县农业农村局（原安化县农业局）2019年度部门整体支出绩效自评报告\n一、基本情况\n"
    assert read(titled).unit == "安化县农业农村局"
    # 部门 heading a table's column is no label of the unit
    table = head + "部门\t项目名称\t金额\n某县教育局\t校舍维修\t120\n"
    assert read(table).unit != "项目名称"


def test_a_unit_introducing_itself_with_its_short_name() -> None:
    head = "2022年度部门整体支出绩效自评报告\n一、部门基本情况\n"
    assert (
        read(head + "永宁县妇女联合会（以下简称“县妇联”）是在县委领导下的群团组织。\n").unit
        == "永宁县妇女联合会"
    )
    assert read(head + "醴陵市城市管理和综合执法局（简称市城管局）负责全市城市管理工作。\n").unit == (
        "醴陵市城市管理和综合执法局"
    )
    opening = "部门整体支出绩效自评报告\n根据县财政局要求，麻阳苗族自治县水运事务中心（以下简称“中心”）对本单位开展了绩效自评。\n"
    assert read(opening).unit == "麻阳苗族自治县水运事务中心"
    project = "2022年度残疾人两项补贴项目支出绩效自评报告\n一、基本情况\n残疾人两项补贴项目由凤凰县残疾人联合会（以下简称“县残联”）组织实施。\n"
    assert read(project).unit == "凤凰县残疾人联合会"
    # an office cited on the way is not the unit
    assert read(head + "根据县财政局（以下简称“财政局”）要求，我局开展了自评。\n").unit is None
    # a township's government, named in short, drawing on its own conditions; one that governs its villages
    township = "农村人居环境整治项目绩效自评报告\n为贯彻上级部署,桃江县灰山港镇人民政府(以下简称镇政府)结合本镇实际,统筹实施整治项目。\n"
    assert read(township).unit == "桃江县灰山港镇人民政府"
    # (not an office cited or drawing on another's conditions, nor the unit speaking of itself as 我镇)
    for cited in (
        "根据桃江县人民政府（以下简称县政府）统筹安排，我局实施项目。\n",
        "湖南省财政厅（以下简称省财政厅）结合全省实际，下达资金。\n",
        "我镇人民政府（以下简称镇政府）结合本镇实际开展工作。\n",
    ):
        assert read("部门整体支出绩效自评报告\n" + cited).unit is None, cited


def test_a_projects_unit_in_brackets_after_the_title_or_under_it_after_a_dash() -> None:
    bracket = read("2022年度乡村公益性岗位补贴项目绩效自评报告（某县人力资源和社会保障局）\n一、项目概况\n")
    assert (bracket.unit, bracket.project) == ("某县人力资源和社会保障局", "乡村公益性岗位补贴项目")
    fund = read("2020年农业生产发展资金(动物防疫补助)绩效自评报告(某县农业农村局)\n一、项目概况\n")
    assert (fund.unit, fund.project) == ("某县农业农村局", "农业生产发展资金(动物防疫补助)")
    # the bracket naming the project (a facility's name) is not its unit
    facility = read("江苏省政府专项债券项目绩效自评价报告(西部智动新城水质净化中心)\n一、项目概况\n")
    assert facility.unit != "西部智动新城水质净化中心"
    dashed = read("溆浦县2022年度部门整体支出绩效自评报告\n——溆浦县审计局\n一、部门概况\n")
    assert dashed.unit == "溆浦县审计局"


def test_who_is_not_the_unit_among_labelled_cells() -> None:
    # the unit's other name in brackets after it
    alias = read("2022年度项目支出绩效自评报告\n实施单位：沂水县人民医院（沂水县医疗集团）\n")
    assert alias.unit == "沂水县人民医院"
    # a firm evaluating for the unit, which commissioned it
    firm = read(
        "新宁县2022年度农村公路养护项目绩效评价报告\n委托单位：新宁县交通运输局\n"
        "评价单位：湖南某某会计师事务所有限公司\n一、项目概况\n"
    )
    assert firm.unit == "新宁县交通运输局"
    # a group of units carrying the work out: the department managing the money reports
    groups = read(
        "2022年度项目支出绩效自评表\n项目名称：学生资助\n资金管理单位：衡南县教育局\n资金使用单位：衡南县各中小学校\n"
    )
    assert groups.unit == "衡南县教育局"
    towns = read(
        "2022年度项目支出绩效自评表\n项目名称\t耕地地力保护补贴\n主管部门\t某县农业农村局\n实施单位\t各乡镇人民政府\n"
    )
    assert towns.unit == "某县农业农村局"


def test_a_facility_moved_or_rebuilt_names_the_project_not_the_unit() -> None:
    moved = read("2021年县中医医院整体搬迁建设项目（专项债券）绩效自评报告\n一、项目概况\n")
    assert (moved.unit, moved.project) == (None, "县中医医院整体搬迁建设项目(专项债券)")
    assert (
        read("2021年县妇幼保健院整体搬迁项目绩效自评报告\n一、项目概况\n").project
        == "县妇幼保健院整体搬迁项目"
    )


def test_a_transfer_forms_local_department_beside_the_higher_one() -> None:
    head = "2024年度省级财政专项资金（转移支付）区域绩效自评表\n专项名称：  省级乡村振兴专项资金（农村人居环境整治）\n"
    assert (
        read(head + "省级主管部门：  浙江省农业农村厅          市县主管部门：  丽水市农业农村局\n").unit
        == "丽水市农业农村局"
    )
    assert (
        read(head + "中央主管部门：农业农村部   地方主管部门：梨树县农业农村局\n").unit == "梨树县农业农村局"
    )
    assert (
        read(head + "| 省级主管部门 | 河南省乡村振兴局 | 县级主管部门 | 卢氏县乡村振兴局 |\n").unit
        == "卢氏县乡村振兴局"
    )
    assert read(head + "县（市、区）主管部门：紫阳县农业农村局\n").unit == "紫阳县农业农村局"


def test_a_page_of_one_form_per_project_names_no_project_budget_or_score() -> None:
    form = (
        "项目名称          {name}\n主管部门          某区水务局          实施单位          某区{unit}\n"
        "项目资金（万元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
        "年度资金总额        1,520.00      1,520.00      1,486.20      10      97.78%    9.78\n"
    )
    page = (
        "某区水务局2024年度项目支出绩效自评表（共2个项目）\n"
        + form.format(name="排水管网疏浚", unit="排水管理所")
        + "总分                100           94.78\n自评等级            优\n\n"
        + form.format(name="小型水库安全运行管护", unit="水库管理站")
    )
    report = read(page)
    assert (report.project, report.budget.adjusted, report.score) == (None, None, None)
    # one project's name written shorter in a second cell is the same project
    again = read(
        "2023年度项目支出绩效自评表\n项目名称：五指山体育训练基地建设费\n实施单位：某省体育运动学校\n"
        "一、项目概况\n项目名称：五指山训练基地建设费\n"
    )
    assert again.project == "五指山体育训练基地建设费"


def test_a_finance_bureau_publishing_a_masked_units_report() -> None:
    notice = read("**县财政局关于**县交通运输局2022年度部门整体支出绩效自评情况的公示\n来源：县财政局\n")
    assert notice.unit == "**县交通运输局"
    published = read("**区财政局关于**区人民医院2023年度医疗设备购置项目绩效自评报告的公示\n")
    assert (published.unit, published.project) == ("**区人民医院", "医疗设备购置项目")
    # a bulletin on many units' results is no unit's report, nor the bureau's
    bulletin = read("某县财政局关于2022年度县级部门整体支出绩效自评结果的通报\n各县直预算部门：\n")
    assert bulletin.unit is None


def test_a_project_after_guanyu_before_the_year_under_the_units_line() -> None:
    # hand-written: "X局" / "关于Y项目2020年度绩效自评情况的报告"; a project of performance management is a project
    for name in ("农村公路养护项目", "预算绩效管理第三方服务项目"):
        report = read(f"某市财政局\n关于{name}2020年度绩效自评情况的报告\n一、项目基本情况\n")
        assert (report.unit, report.project, report.year) == ("某市财政局", name, 2020)


def test_a_list_item_running_into_a_clause_is_no_title() -> None:
    # hand-written: "2.完成重点项目绩效评价22个、部门整体支出绩效评价8个，…" holds title words but is an item of a list:
    # neither its project nor its kind is the report's
    text = (
        "关于2020年度项目绩效自评情况的报告\n一、项目基本情况\n为推进工作，我局通过政府采购方式选定机构。\n"
        "二、绩效目标完成情况\n2.完成重点项目绩效评价22个、部门整体支出绩效评价8个，完成年度计划；\n"
    )
    assert (read(text).kind, read(text).project) == ("项目支出", None)


def test_what_an_evaluation_statement_says_before_de_describes_the_project() -> None:
    # hand-written: the name follows 的; a class of projects ("主要项目", "纳入自评范围的项目") is no name
    named = "根据区财政局部署，我中心对2024年度实施的网格化城市管理运行保障项目开展了自评，具体情况如下。\n"
    assert read(named).project == "网格化城市管理运行保障项目"
    for scope in (
        "实施的主要项目",
        "纳入自评范围的项目",
        "主要民生项目支出",
        "市本级预算安排的农业农村领域项目",
    ):
        assert (
            read(
                f"根据市财政局统一部署，我局对2021年度{scope}开展了绩效自评，现将有关情况报告如下：\n"
            ).project
            is None
        )


def test_the_unit_under_the_title_said_again_beats_the_titles_place() -> None:
    # hand-written: a sharing site's heading, its chrome, then the title again with its unit under or above it
    below = (
        "梧州市2019年学前教育发展专项资金项目支出绩效自评报告 - 某文库\n某文库\n首页 | 文档\n预览 9 页 / 共 9 页\n"
        "梧州市2019年学前教育发展专项资金项目支出绩效自评报告\n梧州市教育局\n一、项目基本情况\n"
    )
    assert read(below).unit == "梧州市教育局"
    above = (
        "2019年莲池区基本公共卫生服务项目支出绩效自评报告\n时间：2020-06-12 来源：网友投稿\n"
        "保定市莲池区卫生健康局\n2019年基本公共卫生服务项目支出绩效自评报告\n一、项目基本情况\n"
    )
    assert read(above).unit == "保定市莲池区卫生健康局"


def test_the_superior_a_report_is_submitted_to_is_no_unit() -> None:
    # hand-written: "关于上报…的报告" is followed by the office it is sent to
    text = "关于上报2023年残疾军人护理费项目支出绩效自评的报告\n某州退役军人事务局\n根据通知要求，现将自评情况报告如下。\n"
    assert read(text).unit != "某州退役军人事务局"


def test_a_division_posting_the_report_is_no_unit() -> None:
    # hand-written: "来源：财务处" names the office inside the department that posted the page
    text = "某省教育厅\n首页 > 政务公开 > 绩效评价\n2021年度城乡义务教育补助经费绩效自评报告\n发布时间：2022-05-26　来源：财务处\n"
    assert read(text).unit != "财务处"


def test_the_by_line_under_the_title_with_its_date_beats_the_sites_publisher() -> None:
    # hand-written: the unit under a title naming only its place, with a month or a publishing date after it
    for by_line in ("某某自治县乡村振兴局　2023年3月", "某某自治县乡村振兴局　发布日期：2023-05-09"):
        text = f"某某自治县人民政府\n某某自治县2022年度财政衔接推进乡村振兴补助资金绩效自评报告\n{by_line}\n一、资金投入情况\n"
        assert read(text).unit == "某某自治县乡村振兴局"
    published = (
        "岚县人民政府\n发布机构：岚县人民政府　　生成日期：2023年\n岚县2022年度衔接资金绩效自评报告\n岚县乡村振兴局\n"
        "一、资金总体情况\n我县共下达衔接资金。\n"
    )
    assert read(published).unit == "岚县乡村振兴局"


def test_a_portals_name_and_its_information_name_label_are_no_part_of_the_title() -> None:
    # hand-written: "X县人民政府信息公开网" over "信息名称：Y项目2019年度绩效自评报告"
    text = (
        "某某县人民政府信息公开网\n信息名称：“厕所革命”整村推进项目2019年度绩效自评报告\n发布机构：某某县农业农村局\n"
        "“厕所革命”整村推进项目2019年度绩效自评报告\n一、项目概况\n"
    )
    assert read(text).project == "“厕所革命”整村推进项目"


def test_running_money_of_a_class_of_organisations_names_a_project() -> None:
    # hand-written: "义务教育学校公用经费" is a programme's money; one school's 公用经费 is a kind of its money
    text = "某市某区教育局2024年义务教育学校公用经费项目支出绩效自评报告\n一、项目概况\n"
    assert read(text).project == "义务教育学校公用经费项目"


def test_a_title_line_naming_only_the_unit_above_the_projects_line() -> None:
    # hand-written: the title over three lines: the unit, the project, the year and title words
    text = "某市妇幼保健院\n农村妇女“两癌”免费检查项目\n2019年度绩效自评报告\n一、项目概况\n"
    assert (read(text).unit, read(text).project) == ("某市妇幼保健院", "农村妇女“两癌”免费检查项目")


def test_full_marks_labelled_总分_before_the_score_labelled_right_after_them() -> None:
    # hand-written: a simple form's last row gives the full marks, then the score
    report = read(
        "某镇中心幼儿园2023年学前教育幼儿资助资金绩效自评表\n绩效指标：\n总分：100；自评得分：98\n自评等级：优\n"
    )
    assert (report.score, report.grade) == (Decimal(98), "优")


def test_the_signature_the_sentence_names_too_beats_the_sites_publisher() -> None:
    # hand-written: the site's publisher is the parent bureau; the report's sentence and signature name the station
    report = read(
        "发布时间：2022-05-10 发布机构：某县水利局\n2021年度农村饮水安全工程维修养护项目绩效自评报告\n一、项目基本情况\n"
        "项目主管部门为某县水利局，项目实施单位为某县农村供水管理站。县农村供水管理站负责全县农村供水工程运行管理。\n"
        "二、项目资金情况\n全年预算120万元，实际支出118万元。\n某县农村供水管理站\n2022年5月6日\n"
    )
    assert report.unit == "某县农村供水管理站"


def test_a_score_cell_labelled_with_its_unit_in_brackets() -> None:
    # hand-written: a form flattened one cell per line, its last row "自评得分（分）" then the score
    for label in ("自评得分（分）", "自评得分(分)"):
        report = read(f"某县某局2023年度某某项目绩效自评表\n一级指标\n产出指标\n{label}\n96.48\n")
        assert report.score == Decimal("96.48"), label


def test_a_places_title_with_the_places_office_named_as_the_forms_department() -> None:
    # hand-written: a city's transfer evaluation, its form naming the city's bureau as 地方主管部门 and a group of
    # units as 资金使用单位; the report speaks as 我市
    report = read(
        "某市2022年度就业补助资金绩效自评报告\n一、绩效目标分解下达情况\n我市全年就业补助资金到位2,315万元，我市各县区均按时拨付。\n"
        "| 地方主管部门 | 某市人力资源和社会保障局 | 资金使用单位 | 各县市区人社部门 |\n"
    )
    assert report.unit == "某市人力资源和社会保障局"


def test_a_unit_naming_itself_in_brackets_under_the_bureau_that_posts_its_report() -> None:
    # hand-written: the bureau posts the report of a hospital under it, which names itself after 我单位
    report = read(
        "发布时间：2024-03-20 来源：某县卫生健康局\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "我单位（某县中心医院）系某县卫生健康局下属的二级甲等综合医院，编制床位520张。\n"
    )
    assert report.unit == "某县中心医院"


def test_a_county_governments_portal_posting_a_report_that_speaks_as_wo_danwei() -> None:
    # hand-written: the title names no unit, the portal's government is the publisher, and the report speaks as
    # 我单位 (a unit under the government): the government is not the unit
    page = (
        "甲县人民政府\n首页 > 信息公开 > 财政预决算\n2021年度部门整体支出绩效自评报告\n"
        "发布机构：甲县人民政府　　发布日期：2022-08-31\n"
        "我单位为县政府直属事业单位，现将2021年度部门整体支出绩效自评情况报告如下。\n"
    )
    assert read(page).unit is None
    # a township's government speaking as 我镇 is its own report's unit
    page = page.replace("甲县人民政府", "甲县乙镇人民政府").replace(
        "我单位为县政府直属事业单位", "我镇共有行政村12个"
    )
    assert read(page).unit == "甲县乙镇人民政府"


def test_a_sharing_sites_list_of_other_reports_after_the_report_with_their_page_counts() -> None:
    # hand-written: under 猜你喜欢 after the report, other reports' titles with their scores and page counts, the
    # last of them a document that is no report, then the site's notes
    page = (
        "甲县林业局2018年天然林保护项目绩效自评报告\n按照项目支出绩效评价指标体系逐项打分，该项目2018年度自评得分96分，评价等级为“优”。\n"
        "猜你喜欢\n甲县林业局2017年天然林保护工程绩效自评报告  得分94  3页\n乙县林业局2018年度退耕还林项目绩效自评报告  5页\n"
        "丙市2018年林业改革发展资金绩效自评报告（自评得分92.5分）  11页\n天然林保护工程二期实施情况总结  8页\n"
        "当前文档最多预览五页，下载文档查看全文\n此文档下载收益归作者所有\n"
    )
    report = read(page)
    assert (report.score, report.grade) == (Decimal("96"), "优")


def test_a_unit_evaluating_together_with_another_and_a_document_number_over_the_issuer() -> None:
    # hand-written: the 厅 that leads the evaluation "会同" the finance 厅; a 文号 alone on the line over the issuer
    page = (
        "2022年度中央补助地方公共文化服务体系建设专项资金绩效自评报告\n"
        "按照财政部要求，甲省文化厅会同甲省财政厅对2022年度中央补助地方公共文化服务体系建设专项资金开展了绩效自评。\n"
    )
    assert read(page).unit == "甲省文化厅"
    page = (
        "甲道教发〔2018〕26号\n甲市乙区教育局\n关于报送2017年度部门整体支出绩效自评报告的报告\n区财政局：\n"
    )
    assert read(page).unit == "甲市乙区教育局"


def test_a_labelled_score_ending_the_report_right_above_a_sharing_sites_related_documents() -> None:
    # hand-written: the form's last line "总分：100  自评得分：96.71", then the site's 相关文档 heading and links
    page = (
        "甲县水产站2021年度渔业增殖放流项目支出绩效自评表\n满意度指标-服务对象满意度指标-渔民群众满意度：指标值≥90%，完成值95%，"
        "分值10，得分10\n总分：100    自评得分：96.71\n相关文档\n甲县水产站2020年度渔业增殖放流项目绩效自评表\n"
        "乙市渔业技术推广站2021年度项目支出绩效自评表（96.2分）\n"
    )
    assert read(page).score == Decimal("96.71")


def test_a_places_fund_report_written_by_the_places_office_that_evaluated_it() -> None:
    # hand-written: the title names only the county; the office that evaluated the county's fund (in the first
    # sentence) or that published the page, named short ("融水县" for "融水苗族自治县"), wrote the report
    page = (
        "甲县2021年度财政衔接推进乡村振兴补助资金绩效自评报告\n"
        "根据省财政厅要求，甲县乡村振兴局会同县财政局对2021年度全县衔接资金开展了绩效自评，我县共投入衔接资金8,000万元。\n"
    )
    assert read(page).unit == "甲县乡村振兴局"
    page = (
        "融水苗族自治县2023年度财政衔接推进乡村振兴补助资金绩效自评报告\n来源：融水县乡村振兴局　　发布时间：2024-03-08\n"
        "一、衔接资金基本情况\n2023年我县共整合投入衔接资金38,652.47万元。\n"
    )
    assert read(page).unit == "融水县乡村振兴局"


def test_the_unit_named_only_as_the_issuer_of_its_own_evaluation_documents() -> None:
    # hand-written: no title; the unit issued its own plan and notice for the evaluation; the finance bureau's notice
    # it followed (按照《…财政局…》) is another's
    page = (
        "一、项目概况\n电子交易平台升级改造项目是推进公共资源交易全流程电子化的重要基础工作。\n二、自评工作开展情况\n"
        "(一)前期准备。按照《甲市财政局关于做好2022年度市级预算绩效自评工作的通知》要求,制定《甲市公共资源交易中心2022年度项目"
        "支出绩效自评工作方案》,成立自评工作小组。\n"
    )
    assert read(page).unit == "甲市公共资源交易中心"
    page = page.replace(
        "制定《甲市公共资源交易中心2022年度项目支出绩效自评工作方案》",
        "转发《乙市交通运输局关于做好绩效自评的通知》",
    )
    assert read(page).unit is None


def test_the_unit_whose_own_project_an_untitled_page_says_it_is() -> None:
    # hand-written: an empty title line; the project is "X厅本级" or "X局本级" the unit's own project
    page = (
        "标题:\n一、项目概括\n(一)项目基本情况\n数据治理项目为省甲乙丙厅本级的经常性项目,项目资金用途为保障我厅各处室履行职能。\n"
        "(二)项目资金到位情况\n年初预算120万元。\n"
    )
    assert read(page).unit == "省甲乙丙厅"
    assert read(page.replace("为省甲乙丙厅本级的经常性项目", "为甲市丁戊局本级项目")).unit == "甲市丁戊局"
    # a place's own level ("市本级") names no organisation
    assert read(page.replace("为省甲乙丙厅本级的经常性项目", "为市本级项目")).unit is None


def test_the_unit_opening_a_sentence_after_its_year_and_asking_for_money() -> None:
    # hand-written: no title; "2020年X馆向县级财政争取资金…" says whose report it is
    page = (
        "一、项目基本情况\n2020年甲县殡仪馆向县级财政争取资金86.42万元。其中:殡葬改革专项经费14.6万元。\n"
        "二、项目绩效自评工作开展情况\n我馆成立绩效自评工作小组。\n"
    )
    assert read(page).unit == "甲县殡仪馆"
    # the finance office that paid the money out is no unit acting for itself
    paid = page.replace("2020年甲县殡仪馆向县级财政争取资金", "2020年甲县财政局下达我馆资金")
    assert read(paid).unit is None


def test_a_list_of_attached_forms_names_no_project_of_the_report() -> None:
    # hand-written: a unit's report on four projects, their forms attached one per project below the first part
    page = (
        "甲省乙协会2021年度项目支出绩效自评情况\n一、绩效自评工作总体情况\n"
        "本单位对纳入预算管理的项目支出开展了绩效自评。本次自评覆盖项目4个,涉及资金1863.42万元。\n"
        "二、部分项目自评结果\n(一)科普事业发展经费。开展科普活动126场。\n"
        "附件:1.科普事业发展经费绩效自评表.pdf\n      2.学会能力提升经费绩效自评表.pdf\n"
    )
    assert read(page).project is None
    # ... while one form attached below a report on one fund names it
    single = (
        "甲省乙协会2021年度项目支出绩效自评情况\n一、绩效自评工作总体情况\n本单位对科普事业发展经费开展了绩效自评。\n"
        "附件:科普事业发展经费绩效自评表.pdf\n"
    )
    assert read(single).project == "科普事业发展经费"


def test_a_title_spanning_years_names_the_fund_after_them() -> None:
    for years in ("2016-2020年", "2018年至2020年", "2018年-2019年度"):
        title = f"甲县果品产业发展中心{years}财政专项扶贫资金项目绩效评价工作总结\n"
        assert read(title).project == "财政专项扶贫资金项目", years


def test_the_fund_named_after_a_kind_of_money_evaluated_in_general() -> None:
    # hand-written: the unit evaluated its budget's projects in general, then names the one project
    page = (
        "(1)绩效管理工作开展情况:我部门组织对2016年度一般公共预算项目支出全面开展绩效自评;自评项目为运动员伙食费。\n"
        "(2)项目资金情况:运动员伙食费预算120万元。\n"
    )
    assert project_of(page) == "运动员伙食费"


def test_money_said_of_the_project_is_no_name_of_it() -> None:
    # hand-written: "市财政分两次拨付该项目资金共计150万元": who paid and how, "该项目" the project referred to
    page = "一、项目概况\n(一)项目资金到位情况\n根据年度工作安排,市财政分两次拨付该项目资金共计150万元,已全部到位。\n"
    assert project_of(page) is None


def test_an_item_of_the_budget_is_the_project_it_names() -> None:
    # hand-written: "X预算项目" is X as one item of the budget
    assert project_of("2011年甲市乙区教育局校园安全预算项目支出过程绩效自评报告\n") == "校园安全"
    assert project_of("甲县教育局2022年学生午餐补贴预算项目绩效自评报告\n") == "学生午餐补贴"
    # ... a kind of budget item alone names none
    assert project_of("甲县教育局2022年部门预算项目绩效自评报告\n") is None


def test_part_of_some_money_is_no_project_name() -> None:
    # hand-written after a probe variant: "将原拨付至专户的部分资金226.74万元…计入" names no project
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    text = (
        "二、项目支出绩效自评结果\n一是2024年部门年初预算1310万元,年中调整预算为1547.3万元。主要原因是:"
        "市财政将原拨付至专户的部分资金126.74万元统一计入我局财政拨款收入,未列入年初预算。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.project is None


def test_a_place_that_opens_the_projects_name_in_the_title_is_where_the_work_is() -> None:
    # hand-written: the title names the works by their village; the bureau that carries them out is the unit, and
    # the district and town in the title are no stronger a sign of whose report it is
    text = (
        "北辰区青光镇韩家墅村污水管网建设工程2020年度项目绩效自评报告\n一、绩效目标分解下达情况\n"
        "北辰区青光镇韩家墅村污水管网建设工程由北辰区水务局组织实施，项目概算总投资860.35万元。\n"
    )
    assert identity_of(text)[0] != "北辰区青光镇"
    # a title with the place and then its year is the place's own report
    own = "北辰区2020年度农村污水治理资金绩效自评报告\n一、基本情况\n我区2020年下达资金520万元。\n"
    assert identity_of(own)[0] == "北辰区"


def test_who_carries_the_project_out_is_named_without_the_works() -> None:
    # hand-written: "X由Y局组织实施" opens the sentence with the works, then the unit
    text = "2022年度项目支出绩效自评报告\n一、项目基本情况\n本项目由祁阳县交通运输局组织实施，主要用于农村公路养护。\n"
    assert identity_of(text)[0] == "祁阳县交通运输局"


def test_a_title_joining_a_second_document_after_the_reports_year() -> None:
    # hand-written: "…自评报告2016及2017年财政支出项目绩效目标表" posts the 2016 self-evaluation with the next
    # year's targets; the report's year is the one after its own words
    text = "某市统计局农业普查项目绩效自评报告2016及2017年财政支出项目绩效目标表\n来源:市统计局 时间:2017-10-31 08:32\n"
    assert year_of(text) == 2016
    assert identity_of(text) == ("某市统计局", "农业普查项目")


def test_an_untitled_transfer_reports_fund_is_the_one_its_cited_notice_hands_down() -> None:
    # hand-written: no title; the notice's fund is handed to the report's city, the sentence lists its items
    text = (
        "一、基本情况\n(一)转移支付概况\n2021年,《某省财政厅某省文化和旅游厅关于下达2021年国家非物质文化遗产保护资金预算的通知》"
        "(某财教〔2021〕22号)下达我市某县文化馆薅草锣鼓保护补助40万元,下达我市某县国家级非遗代表性传承人补助-竹编2万元。\n"
    )
    assert identity_of(text)[1] == "国家非物质文化遗产保护资金"
    # the sentence naming the fund by a fuller name after the notice: that name
    fuller = (
        "1.中央资金下达情况。2023年5月26日,我省收到《财政部关于下达2023年服务业发展资金预算的通知》(财建〔2023〕112号),"
        "下达我省中央服务业发展资金(县域商业建设行动)16920万元,全部用于支持县域商业体系建设。\n"
    )
    assert identity_of(fuller)[1] == "中央服务业发展资金(县域商业建设行动)"


def test_a_part_of_a_units_yearly_publication_titled_as_a_report() -> None:
    # hand-written: "第四部分" opens the part of a 部门决算 publication that is the project's evaluation
    text = (
        "第四部分2022年度动物检疫监督项目绩效评价情况\n一、动物检疫监督项目支出绩效评价报告\n(一)基本情况\n1.项目概况\n"
        "2019年,农业农村部印发《动物检疫管理办法》修订稿后,某区动物卫生监督所高度重视,立即召开专题会议。\n"
    )
    assert year_of(text) == 2022
    assert identity_of(text) == ("某区动物卫生监督所", "动物检疫监督项目")


def test_the_unit_opening_the_clause_after_a_purpose_or_an_event() -> None:
    # hand-written: the report's first sentence says what the unit did, after why or after what happened
    for opening in (
        "为做好重大动物疫病强制免疫工作,某区动物疫病预防控制中心按照区农业农村局工作部署,组织实施全区春秋两季集中免疫。",
        "2018年8月,某省发生非洲猪瘟疫情后,某区动物疫病预防控制中心领导高度重视,立即开展防控。",
    ):
        text = f"2023年度重大动物疫病强制免疫项目绩效自评报告\n一、基本情况\n{opening}\n"
        assert identity_of(text)[0] == "某区动物疫病预防控制中心"


def test_where_the_strongest_sources_disagree_the_unit_is_the_kind_the_report_speaks_as() -> None:
    # hand-written: the site's publisher and a sentence's 项目承担单位 are as strong; the report says 我局
    text = (
        "鲁南高铁项目资金2020年度绩效自评报告\n来源:某市交通运输局 发布时间:2021-06-08\n一、专项资金基本情况\n"
        "1.预算批复:2020年市财政局分两次下达我局鲁南高铁项目资金支出预算125000万元。\n"
        "2.项目安排:安排项目1个,项目承担单位为某省铁路投资控股集团有限公司,资金全部按协议拨付。\n"
    )
    assert identity_of(text)[0] == "某市交通运输局"
    # a report speaking as no kind of organisation settles nothing
    assert identity_of(text.replace("下达我局", "下达"))[0] is None


def test_a_header_rows_next_column_is_no_project_name() -> None:
    # hand-written: a results table's header row, 项目名称 beside the column of the bonds' money
    text = (
        "某镇人民政府2023年度地方政府专项债券项目资金绩效自评结果公示\n某镇人民政府2023年度专项债券项目资金绩效自评情况表\n"
        "| 序号 | 主管部门 | 项目单位 | 项目名称 | 债券资金(万元) | 已支出(万元) | 支出进度 | 自评得分 |\n"
        "| 1 | 某镇人民政府 | 某镇人民政府 | 某镇纽扣小微园配套道路及管网工程 | 3000 | 2864.5 | 95.48% | 91 |\n"
    )
    assert identity_of(text)[1] != "债券"


def test_a_sentence_leading_in_to_the_report_is_no_title_and_a_kind_of_money_no_project() -> None:
    # hand-written: the office's sentence ending "报告如下:" names the fund after 开展了; "纳入项目库的" projects and a
    # results table's "债券资金" column name none
    text = "一、基本情况\n我厅组织开展了国家非物质文化遗产保护资金的绩效自评工作,现将自评情况报告如下:\n"
    assert identity_of(text)[1] == "国家非物质文化遗产保护资金"
    pooled = "某乡2022年度项目支出绩效自评报告\n为掌握项目实施情况,对我乡2022年度纳入项目库的全部项目共17个进行绩效监控及自评。\n"
    assert identity_of(pooled)[1] is None
    bonds = (
        "某县水利局2023年度专项债券项目资金绩效自评结果公示\n序号 | 主管部门 | 项目单位 | 项目名称 | 债券资金 | 实际支出 | 支出进度 |\n"
        "1 | 某县水利局 | 某县水利局 | 某溪综合治理提升工程 | 6000 | 5846.3 | 97.44% |\n"
    )
    assert identity_of(bonds)[1] != "债券资金"


def test_a_sharing_sites_caption_is_no_part_of_a_name_and_a_budgets_stage_no_project() -> None:
    # hand-written: "资源描述" over the document's unit and title on a sharing site; "调整后项目资金" is the budget's
    # stage, no project's name
    text = "资源描述\n某市人民政府外事办公室\n2016 年度“因公出国(境)管理”项目绩效评价报告\n一、基本情况\n"
    assert not (identity_of(text)[0] or "").startswith("资源描述")
    staged = (
        "某县生态环境局2021年度项目支出绩效自评报告\n2021年年初,县财政批复我局项目资金153.60万元。年中追加后,"
        "调整后项目资金共计186.20万元。\n"
    )
    assert identity_of(staged)[1] is None


def test_a_header_cell_one_a_line_is_no_value_of_the_header_above_it() -> None:
    # hand-written: a table's header cells one a line (项目名称 / 资金来源 / …), then its row
    text = (
        "某县市场监督管理局2022年度项目支出绩效自评报告\n(二)资金计划、到位及使用情况\n1.资金到位\n项目名称\n资金来源\n"
        "资金计划(元)\n资金到位(元)\n到位率\n消费维权宣传专项经费项目\n县级财政资金\n80000\n"
    )
    assert identity_of(text)[1] != "资金来源"


def test_a_tables_number_before_its_caption_names_no_project() -> None:
    # hand-written: a report on three projects, its summary table captioned "表1 …自评情况表"
    text = (
        "某县交通运输局2022年度项目支出绩效自评报告\n一、基本情况\n我局2022年度实施农村公路养护、渡口安全和客运站运营补助"
        "三个项目。\n表1 2022年度项目支出绩效自评情况表（单位：万元）\n项目名称 | 全年预算数 | 全年执行数 | 执行率\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.project is None


def test_a_disclosure_titled_with_its_posting_year_is_of_the_year_before_its_body_names() -> None:
    # hand-written: posted in 2021, the body and the form both name the 2020 evaluation
    page = (
        "某镇2021年预算绩效评价结果公开\n发布时间:2021-09-23\n"
        "根据《某区财政局关于做好2020年度预算项目绩效自评工作的通知》要求,现将我镇2020年度项目支出绩效自评结果公开如下。\n"
        "财政项目支出绩效自评表\n2020年度\n项目名称 某某设施运维\n"
    )
    assert year_of(page) == 2020
    # a body naming the title's own year, or no 年度 at all, leaves the title's year
    assert year_of(page.replace("2020年度", "2021年度")) == 2021
    assert year_of("某镇2023年项目绩效自评表公开\n创建时间:2024-07-10\n项目名称 某某项目\n") == 2023
    # the body naming other years too is no clear evaluation of the year before
    assert year_of(page.replace("财政项目支出", "2019年度财政项目支出")) == 2021


def test_a_sharing_sites_lists_of_other_documents_name_nothing_of_the_report() -> None:
    # hand-written: a document site's preview, then its lists of other documents under "相关文档" and "最近更新"
    text = (
        "某县水利局2023年度小型水库维修养护项目绩效自评报告.doc_第1页\n已阅读3页，还剩4页未读 继续免费阅读\n\n文档简介\n\n"
        "某县水利局2023年度小型水库维修养护项目绩效自评报告 一、项目基本情况 全县现有小型水库63座。\n\n相关文档\n"
        "小型水库维修养护项目实施方案.doc\n2023年度水利发展资金绩效自评报告.docx\n\n最近更新\n"
        "2024年某县乡村振兴局部门整体支出绩效自评报告.docx\n2023年水利局工作总结及2024年工作计划.docx\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.kind, report.year) == ("项目支出", 2023)


def test_grade_bands_each_named_first_with_its_bounds() -> None:
    # hand-written: the grade first, its bounds in brackets after it, or right after it
    def bands(text: str) -> list[tuple[str, Decimal]]:
        stated = extract_document(Document.from_text("page.txt", "txt", text)).grade_scheme
        return [(band.name, band.min) for band in stated or []]

    four = [("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", Decimal(0))]
    assert (
        bands("评价结果分为四个等级：优（90分及以上）、良（80-89分）、中（60-79分）、差（60分以下）。\n")
        == four
    )
    assert (
        bands("评价结果分为优(90分及以上)、良(80分至89分)、中(60分至79分)、差(60分以下)四个等级。\n") == four
    )
    assert bands("等级标准：优90分及以上、良80-89.99分、中60-79.99分、差60分以下。\n") == four
    assert bands(
        "评价结果分为优秀(90分以上,含90分)、良好(80-90分,含80分)、合格(60-80分,含60分)、不合格(60分以下)四个等级。\n"
    ) == [("优秀", Decimal(90)), ("良好", Decimal(80)), ("合格", Decimal(60)), ("不合格", Decimal(0))]
    # a grade with a score after it is no band ("评价等级为优，90分以上的指标12个" names no bounds of 优)
    assert bands("自评得分92分，评价等级为优。\n") == []


def test_parts_scored_in_brackets_with_their_full_marks_are_parts() -> None:
    # hand-written: "(满分20分,实得19分)" after each part's heading, items under them named with a category's word
    text = (
        "某县水利局2022年度农村饮水安全工程维修养护资金绩效自评报告\n一、自评结论(自评得分93分)\n"
        "经自评，自评得分93分，等级为“优”。\n三、绩效评价情况\n(一)投入(满分20分,实得19分)\n"
        "1.项目立项规范性(满分10分,实得10分)。\n2.项目管理制度健全性(满分10分,实得9分)。\n"
        "(二)过程(满分20分,实得18分)\n(三)产出(满分40分,实得37分)\n(四)效益(满分20分,实得19分)\n"
        "1.受益群众满意度(满分5分,实得5分)。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.score == Decimal(93)
    assert report.components == {
        "投入指标": Decimal(19),
        "过程指标": Decimal(18),
        "产出指标": Decimal(37),
        "效益指标": Decimal(19),
    }


def test_a_total_labelled_comprehensive_self_evaluation_score_after_the_parts_points() -> None:
    # hand-written: "综合自评得分" after the parts' scores and their full marks is the total
    text = (
        "某县档案馆2023年度部门整体支出绩效自评报告\n其中投入指标得分18分(满分20分),过程指标得分19分(满分20分),"
        "产出指标得分38分(满分40分),效益指标得分19分(满分20分),综合自评得分94分,自评等级为“优”。\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).score == Decimal(94)


def test_a_project_named_in_brackets_under_the_title_with_its_cells_label() -> None:
    # hand-written: "（项目名称：X）" on the line under a 项目支出 title names X; the label is no part of the name
    unit, project = identity_of(
        "某县中医医院2022年度项目支出绩效自评报告\n（项目名称：中医药服务能力提升建设项目）\n一、项目概况\n"
    )
    assert (unit, project) == ("某县中医医院", "中医药服务能力提升建设项目")


def test_a_report_a_bureau_passes_on_is_its_subordinates() -> None:
    # hand-written: "X局转发Y所…报告": Y wrote the report, X passes it on
    unit, project = identity_of(
        "某区水利局转发区河道管理所2025年度河道长效管护经费项目支出绩效自评报告\n一、项目概况\n"
    )
    assert (unit, project) == ("区河道管理所", "河道长效管护经费项目")


def test_a_forms_department_is_its_unit_when_the_implementing_units_cell_is_blank() -> None:
    unit, project = identity_of(
        "项目支出绩效自评表 |\n（2018年度） |\n项目名称 |\n特困人员救助供养经费 |\n主管部门 |\n221001-某市某区民政局 |\n"
        "实施单位 |\n |\n项目资金 |\n（万元） |\n"
    )
    assert (unit, project) == ("某市某区民政局", "特困人员救助供养经费")


def test_an_offices_site_name_over_its_breadcrumb_is_the_unit_its_report_speaks_as() -> None:
    # hand-written: a provincial department's own site; the title names only the fund, the text says 我厅
    text = (
        "某某省林业和草原厅\n首页 > 政务公开 > 财政资金\n2023年度林业改革发展资金绩效自评报告\n"
        "根据财政部要求，我厅组织各市县对2023年度林业改革发展资金开展了绩效自评，现将情况报告如下：\n"
        "一、基本情况\n2023年中央财政下达我省林业改革发展资金3.20亿元。\n"
    )
    assert read(text).unit == "某某省林业和草原厅"


def test_a_table_header_after_the_project_name_label_is_no_name() -> None:
    # hand-written: "项目名称" heads a column of a table of works, the next header beside it is no project's name
    text = (
        "某某镇2021年度农村人居环境整治项目支出绩效自评报告\n一、项目基本情况\n"
        "2021年县财政下达我镇农村人居环境整治资金80.00万元。\n"
        "序号    项目名称    建设内容    预算金额    实际支出    执行率\n"
        "1    甲村改厕    改厕120户    36.00    35.20    97.78%\n"
    )
    assert read(text).project == "农村人居环境整治项目"


def test_a_pages_read_count_is_no_achievement() -> None:
    # hand-written: "阅读：1875次" in the page's metadata line is the site's, not what the project did
    text = (
        "某某县2022年度农村公路养护项目绩效自评报告\n当前位置：首页 >> 新闻中心\n"
        "发布时间：2023-04-11 来源：某某县交通运输局 作者：admin 阅读：1875次\n"
        "某某县2022年度农村公路养护项目绩效自评报告\n"
        "根据《关于开展绩效评价工作的通知》要求，我局对2022年度农村公路养护项目开展了绩效自评，现将有关情况报告如下：\n"
        "一、项目完成情况\n全年完成农村公路养护里程320公里。\n"
    )
    measures = [(a.measure, a.value) for a in read(text).achievements]
    assert all(value != 1875 for _, value in measures)
    assert any(value == 320 for _, value in measures)


def test_a_units_name_with_and_without_its_citys_name_is_one_name() -> None:
    # hand-written: two sources as strong, the page's source giving the city's name before the district's, the
    # evaluator's sentence leaving it out: one name, not a conflict
    def unit(value: str, line: int) -> Candidate:
        return Candidate(
            field="unit", value=value, strength=3, source="标题", line=line, start=0, end=len(value)
        )

    chosen = choose([unit("江北区教育局", 5), unit("丰林市江北区教育局", 3)])
    assert chosen.value == "丰林市江北区教育局"
    # a bureau of another place is another unit
    assert choose([unit("江北区教育局", 5), unit("丰林市江南区教育局", 3)]).value is None


def test_a_label_split_over_two_lines_keeps_its_own_field() -> None:
    # hand-written: "中央主管" / "部门" / "财政部" one cell a line: the ministry over the fund, never the unit
    text = (
        "某某县2022年度重点生态功能区转移支付区域绩效自评表\n发布时间：2023-06-30 来源：某某县财政局\n"
        "转移支付\n（项目）\n名称\n重点生态功能区转移支付\n中央主管\n部门\n财政部\n地方主管\n部门\n某某县财政局\n"
    )
    assert read(text).unit == "某某县财政局"


def test_a_provinces_name_opening_a_funds_title_is_not_the_city_that_speaks() -> None:
    # hand-written: the province names the fund; the report says 我市 and 我局, a city's bureau publishes it
    text = (
        "2024年某某省热带特色农业发展专项资金\n椰子病虫害防控项目绩效自评报告\n"
        "按照市财政局要求，我局对2024年某某省热带特色农业发展专项资金椰子病虫害防控项目开展了绩效自评。\n"
        "一、项目基本情况\n椰子是我市主要热带作物。2024年省级下达我市防控资金200万元，我市按计划实施。\n"
        "发布机构：丰林市农业农村局\n"
    )
    assert read(text).unit != "某某省"


def test_a_school_speaking_as_itself_under_a_title_naming_only_its_city() -> None:
    # hand-written: the title names the city only, the school names itself in its overview and says 我校
    text = (
        "丰林市2021年度部门整体支出绩效自评报告\n（学校类）\n"
        "根据丰林市财政局要求，我校对照年初绩效目标，对2021年度部门整体支出进行了自评。\n一、单位概况\n"
        "丰林市实验小学始建于1956年，隶属丰林市教育局，为全额拨款事业单位。我校现有教学班30个。\n"
    )
    assert read(text).unit == "丰林市实验小学"
    # the bureau over it publishing the page is not who speaks either
    published = text + "发布机构：丰林市教育局\n"
    assert read(published).unit == "丰林市实验小学"


def test_a_titles_bare_place_read_as_the_one_office_of_it_that_carries_the_work_out() -> None:
    # hand-written: the title names the county only, a sentence names the county's office implementing the project;
    # the report never speaks as the county
    text = (
        "丰林县2023年度城北片区管网改造工程 项目绩效自评报告\n一、基本情况\n"
        "城北片区管网改造工程实施单位为丰林县住房和城乡建设局，项目总投资800万元。\n"
    )
    assert read(text).unit == "丰林县住房和城乡建设局"
    # where the report speaks as the county, the county is whose report it is
    spoken = text + "我县高度重视管网改造，全县按计划推进。我县于年底完成全部工程。\n"
    assert read(spoken).unit != "丰林县住房和城乡建设局"


def test_a_titles_name_without_its_place_read_as_its_full_name_in_the_text() -> None:
    # hand-written: the title names the association without its place, the overview with it
    text = (
        "科学技术协会2021年度部门整体支出绩效自评报告\n一、部门概况\n"
        "丰林市东城区科学技术协会是区委领导下的人民团体，主要负责全区科普工作。\n"
    )
    assert read(text).unit == "丰林市东城区科学技术协会"


def test_the_unit_a_sentence_says_carries_the_project_out() -> None:
    # hand-written: no title naming a unit; the project's implementer named in prose, in the ways reports say it
    head = "项目支出绩效自评报告\n一、项目基本情况\n"
    for said in (
        "城北水厂管网延伸工程由丰林县水务局组织实施，总投资300万元。",
        "2022年丰林县水务局作为项目实施单位，共收到资金300万元。",
        "该工程实施主体为丰林县水务局，总投资300万元。",
    ):
        assert read(head + said + "\n").unit == "丰林县水务局", said
    # a province speaking of its own office, or one office joined by another, is no one implementer
    assert read(head + "灌区改造资金由我省水利厅会同农业农村厅组织实施。\n").unit is None
    # two implementers named: none of them is the unit
    two = head + "项目分两部分，其中供水工程由丰林县水务局组织实施，道路工程由丰林县交通运输局组织实施。\n"
    assert read(two).unit is None


def test_a_unit_naming_itself_our_centre_and_one_evaluating_before_its_score() -> None:
    # hand-written: "(以下简称“我中心”)", "经X自评，…得分", "现将X…情况公示如下"
    assert (
        read(
            "根据省财政厅通知等文件精神，丰林市知识产权保护中心（以下简称“我中心”）于2023年3月成立项目绩效自评工作小组，"
            "对我单位实施的2022年度专利预审服务项目进行绩效自评。\n"
        ).unit
        == "丰林市知识产权保护中心"
    )
    assert (
        read(
            "项目绩效自评报告\n一、基本情况\n经丰林市卫生健康委员会自评，项目自评得分96分，等级为优。\n"
        ).unit
        == "丰林市卫生健康委员会"
    )
    assert (
        read(
            "根据省财政厅要求，现将丰林县旅游发展服务中心2023年度专项债券项目资金绩效评价情况公示如下：\n"
        ).unit
        == "丰林县旅游发展服务中心"
    )


def test_a_quoted_title_naming_the_kind_of_centre_a_project_builds() -> None:
    # hand-written: a sharing site's lead quotes the title; "村级…中心" is the kind of centre built, no unit
    text = (
        "【#第一范文网# 导语】以下是®第一范文网的小编为您整理的《村级便民服务中心建设项目绩效自评报告》,欢迎阅读!\n"
        "村级便民服务中心建设项目\n绩效自评报告\n一、项目概况 (一)项目基本情况。\n"
    )
    assert identity_of(text) == (None, "村级便民服务中心建设项目")


def test_an_offices_ending_that_opens_a_word_of_the_funds_name() -> None:
    # hand-written: "法律援助办案补贴经费" is the fund's name; 办 opens 办案, no 法律援助办 before it
    text = (
        "丰林县法律援助办案补贴经费12.5万元项目绩效评价报告.docx\n丰林县 2023 年法律援助办案补贴经费 支出绩效评价报告 "
        "丰林县法律援助中心 (2024 年 3 月 6 日) 为保障经济困难群众获得法律援助,现将评价情况报告如下。\n"
    )
    assert identity_of(text) == ("丰林县法律援助中心", "法律援助办案补贴经费")


def test_a_fund_opening_its_pages_money_after_a_place_and_the_organisation_it_is_for() -> None:
    # the organisation after the place is whose money it is, the fund its project (hand-written, not copied)
    text = "一、项目基本情况\n2022年某某县畜牧兽医服务中心动物疫病防控补助资金共计52.30万元。其中:中央资金40万元,县级资金12.30万元。\n"
    assert identity_of(text)[1] == "动物疫病防控补助资金"
    # a sentence opening with the year and the fund's budget, the year masked (hand-written, not copied)
    text = "一、项目基本情况\n(一)资金下达情况\n20__年某某市文化馆中央补助地方美术馆公共文化场馆免费开放专项资金预算12.40万元,实际下达12.40万元。\n"
    assert identity_of(text)[1] == "中央补助地方美术馆公共文化场馆免费开放专项资金"
    # a centre built is the work, not the organisation whose money it is; 委员 opens a word, no 委 ends there
    text = "一、项目基本情况\n2021年某某县残疾人康复中心建设项目资金共计300万元。\n"
    assert identity_of(text)[1] == "残疾人康复中心建设项目资金"
    text = "一、项目基本情况\n2023年某某县政协委员履职专项经费共计18.60万元。\n"
    assert identity_of(text)[1] == "政协委员履职专项经费"


def test_a_peoples_organisation_by_its_short_name_after_its_places_level() -> None:
    # "区科协", "县残联": the short name needs only the level of its place before it (hand-written, not copied)
    assert identity_of("2019年区科协开展科普大篷车进校园项目绩效评价自评报告\n一、项目概况\n") == (
        "区科协",
        "科普大篷车进校园项目",
    )
    assert identity_of("县残联2022年度部门整体支出绩效自评报告\n一、部门概况\n")[0] == "县残联"


def test_a_unit_evaluating_its_whole_spending_after_a_clause_of_its_own() -> None:
    # no title: the unit named only where it says it evaluated its whole spending (hand-written, not copied)
    text = (
        "为进一步规范财政资金管理,根据《某省财政厅关于开展2023年度省级预算部门绩效自评工作的通知》要求,"
        "某省水产技术推广总站结合实际情况,对2023年度部门整体支出进行了绩效自评,形成本报告。\n一、基本情况\n"
    )
    assert identity_of(text)[0] == "某省水产技术推广总站"


def test_a_governments_special_bonds_after_the_project_are_its_money_not_an_office() -> None:
    # "…项目地方政府专项债券资金": the government issues the bonds; it is no office whose fund follows (hand-written)
    text = "2023年某某县城区雨污分流改造项目地方政府专项债券资金绩效评价报告\n一、项目概况\n"
    assert identity_of(text) == ("某某县", "城区雨污分流改造项目")


def test_a_pronoun_for_the_money_names_no_fund() -> None:
    # "下达我省该项资金…": "该项资金" points back at a fund named elsewhere; it is no name (hand-written)
    for pronoun in ("该项资金", "该项补助资金", "此笔经费"):
        text = (
            "某某省某某局2022年度中央转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
            f"财政部以某财〔2022〕12号文下达我省{pronoun}3650万元,专项用于某某保护修复支出。\n"
        )
        assert identity_of(text)[1] is None


def test_a_fund_in_brackets_under_a_title_that_names_only_a_kind_of_money() -> None:
    # a web copy: the page's title line, the title again, then the fund in brackets under it; the title says
    # 资金 but no 项目支出, so the kind is settled later (hand-written)
    text = (
        "某某省某某局2022年度中央转移支付资金绩效自评报告某某省某某局-某某网\n\n"
        "某某省某某局2022年度中央转移支付资金绩效自评报告\n(某某草原生态保护恢复资金)\n"
        "2023-04-12 10:05:00     来源:某某省某某局\n\n一、绩效目标分解下达情况\n\n"
        "财政部以某财〔2022〕12号文下达我省该项补助资金3650万元,专项用于某某保护修复支出。\n"
    )
    assert identity_of(text) == ("某某省某某局", "某某草原生态保护恢复资金")


def test_a_project_forms_implementing_unit_on_a_departments_page_is_the_projects() -> None:
    # the department's form names the department; the project form printed after it names the project's own
    # implementing unit, which a department's report is not about (hand-written)
    text = (
        "2023年度部门整体支出绩效自评报告\n一、基本情况\n某某县残疾人联合会成立于1989年,共有编制12人。\n"
        "部门整体支出绩效自评表\n部门名称  某某县残疾人联合会\n"
        "年度资金总额  312.46  374.20  366.57  10  97.96%  9.80\n"
        "项目支出绩效自评表\n项目名称  某某康复救助项目\n"
        "主管部门  某某县残疾人联合会  实施单位  某某县残疾人康复服务中心\n"
        "年度资金总额  80.00  80.00  79.20  10  99.00%  9.90\n"
        "三、自评结论\n"
    )
    assert identity_of(text) == ("某某县残疾人联合会", None)


def test_a_project_named_after_the_title_words_and_a_dash() -> None:
    # "…本级2020年绩效自评报告—X": the title names no kind; the words after the dash are the project (hand-written)
    text = "某省某局本级2020年绩效自评报告—某某业务抽检\n<发布日期: 2021-07-26 >\n一、基本情况\n本项目由我局实施。\n"
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.kind, report.project) == ("项目支出", "某某业务抽检")


def test_the_fund_evaluated_after_a_clause_that_runs_into_dui_and_the_year() -> None:
    # "…等方面对2020年度X资金进行了综合评价": no comma before 对, the year right after it (hand-written)
    text = (
        "项目支出绩效自评报告\n某某局实施了资料审阅、现场查勘等程序,并结合项目预算执行率、项目产出、项目效益等方面"
        "对2020年度省级某某发展专项资金进行了综合评价。现将评价情况报告如下。\n"
    )
    assert identity_of(text)[1] == "省级某某发展专项资金"
    # "针对2020年度…" is no evaluation's statement
    text = "项目支出绩效自评报告\n针对2020年度某某发展专项资金绩效评价中发现的问题,我局进行了整改。\n"
    assert identity_of(text)[1] is None


def test_a_title_naming_only_the_units_budget_money_leaves_the_kind_to_its_form() -> None:
    # "…2021年度预算资金绩效自评公开": the unit's budget money in general; the form under it is the department's
    # (hand-written)
    text = (
        "某某市某某区商务委员会2021年度预算资金绩效自评公开\n表1:\n2021年部门整体绩效目标自评表\n"
        "单位名称 某某区商务委员会 单位负责人及电话 某某 13900000000\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.kind, report.project) == ("部门整体支出", None)


def test_the_fund_a_regions_self_evaluation_reports_on() -> None:
    # "现将我市2022年度X专项资金区域绩效自评情况报告如下" (a transfer's 区域 self-evaluation; hand-written)
    text = (
        "填报单位名称:某某市农业农村局\n填报日期:2023年4月26日\n根据《某某省财政厅关于开展2022年度省级财政专项资金"
        "绩效自评工作的通知》要求,现将我市2022年度省级某某整治专项资金区域绩效自评情况报告如下:\n"
    )
    assert identity_of(text)[1] == "省级某某整治专项资金"


def test_the_fund_handed_down_to_the_unit_itself() -> None:
    # "下达我局X项目经费168.00万元": the money of the project the page is on (hand-written)
    text = (
        "一、项目基本情况\n二、项目绩效自评工作开展情况\n根据《某市财政局关于2020年部门预算的批复》,市财政于2020年1月13日,"
        "下达我局某某信息化服务平台一期建设项目经费168.00万元。\n"
    )
    assert identity_of(text)[1] == "某某信息化服务平台一期建设项目经费"
    # a kind of projects' money handed down names no project
    text = "一、项目基本情况\n二、项目绩效自评工作开展情况\n市财政下达我局项目前期工作经费180万元。\n"
    assert identity_of(text)[1] is None


def test_a_department_form_and_a_project_form_of_the_same_unit_name_it() -> None:
    # the project form's 实施单位 is set aside on a department's page; the department form's own 部门名称 names
    # the unit still (hand-written)
    text = (
        "2022年部门整体支出绩效评价报告\n一、部门基本情况\n部门整体支出绩效自评表 | | |\n(2022年度) | | |\n"
        "部门名称 | 某某县卫生健康局 | |\n年度资金总额 | 2856.3 | 3124.68 | 3050.42 | 10 | 97.62% | 9.76 |\n"
        "项目支出绩效自评表 | | |\n项目名称 | 某某签约服务经费 | 实施单位 | 某某县卫生健康局 |\n"
        "年度资金总额 | 80 | 80 | 78 | 10 | 97.5% | 9.75 |\n三、自评结论\n"
    )
    assert identity_of(text) == ("某某县卫生健康局", None)


def test_the_places_office_a_sentence_says_carries_out_a_fund_the_title_sites_in_the_place() -> None:
    # "X县(Y资金)转移支付…自评报告" with "项目实施主体为X县农业农村局": the office reports, not the place where the
    # money went (hand-written)
    text = (
        "滨江县(中央农业生产防灾减灾资金—水稻病虫害防控补助)转移支付 2023年度绩效自评报告\n"
        "一、绩效目标分解下达情况\n根据省财政厅文件规定补助金额为30万元,项目实施主体为滨江县农业农村局。\n"
        "二、绩效情况分析\n(一)资金投入情况分析。此专项经费预算数30万元,全年执行数30万元,执行率100%。资金按时拨付。\n"
    )
    assert identity_of(text) == ("滨江县农业农村局", "中央农业生产防灾减灾资金—水稻病虫害防控补助")
    # an office of another place carrying it out leaves the place and the office to conflict: no unit
    other = text.replace("项目实施主体为滨江县农业农村局", "项目实施主体为青山县农业农村局")
    assert identity_of(other)[0] is None


def test_a_unit_that_set_up_its_group_and_then_evaluated_its_whole_spending() -> None:
    # hand-written: no title; the opening sentence names the unit, its evaluation group, then what it evaluated
    text = (
        "根据《某省财政厅关于开展2020年度省直部门整体支出绩效自评工作的通知》有关要求,某省地方志编纂院成立绩效评价"
        "工作小组,自2021年3月8日起对部门整体支出情况实施了绩效自评,现将自评情况报告如下:\n一、基本情况\n(一)职责职能\n"
    )
    assert identity_of(text)[0] == "某省地方志编纂院"


def test_a_quoted_construction_programme_evaluated_as_its_implementation() -> None:
    # hand-written: "对…“X”建设实施情况进行了绩效自评" names the programme "“X”建设", its quoted head and 建设 alone
    text = (
        "乡村道路绩效评价报告\n根据市民生办工作安排,临江市交通运输局对2022年度“美丽乡村路”建设实施情况进行了绩效"
        "自评,现将自评情况汇报如下:\n一、基本情况\n"
    )
    assert identity_of(text) == ("临江市交通运输局", "“美丽乡村路”建设")
    # and as the programme's 情况 alone
    assert identity_of(text.replace("建设实施情况", "建设情况"))[1] == "“美丽乡村路”建设"
    # a name that only opens with 建设 is no programme's: "建设实施" runs on
    assert identity_of(text.replace("“美丽乡村路”建设实施情况", "道路建设实施方案执行情况"))[1] is None


def test_the_province_that_issued_a_projects_bonds_is_not_its_unit() -> None:
    # hand-written: "X省政府专项债券项目绩效自评价报告(Y)": the province borrowed; Y in brackets is the project
    text = (
        "浙江省政府专项债券项目绩效自评价报告(东港污水处理厂扩建工程)\n一、项目情况\n(一)项目概况。\n"
        "本项目总投资3.2亿元,其中专项债券资金1.5亿元。\n"
    )
    assert identity_of(text) == (None, "东港污水处理厂扩建工程")
    # a place's own office before its fund stays the unit
    office = "宁海县水利局2023年水利发展资金绩效自评报告\n一、项目情况\n"
    assert identity_of(office)[0] == "宁海县水利局"


def test_what_the_unit_carried_out_named_after_its_verb() -> None:
    # hand-written: "现将我站2019年度实施X项目资金绩效评价报告如下": 实施 is the station's doing, not the name's
    text = (
        "为落实上级部署,结合本站实际,现将我站2019年度实施基层动物防疫补助项目资金绩效评价报告如下:\n"
        "一、项目基本情况\n"
    )
    assert identity_of(text)[1] == "基层动物防疫补助项目资金"
    assert identity_of(text.replace("实施基层", "组织实施的基层"))[1] == "基层动物防疫补助项目资金"


def test_a_quoted_fund_called_a_project_after_its_quote_in_a_notice_title() -> None:
    # hand-written: "X委关于“2023年Y资金”项目管理使用情况": the quoted fund, named with its year, is the project
    text = (
        "首页 > 区级部门 > 区民政局 > 通知公告\n"
        "某市某区民政局关于“2023年中央财政困难群众救助补助资金”项目管理使用情况\n"
        "根据相关文件规定,现将上级转移支付资金使用情况报告如下:\n一、资金基本情况\n"
    )
    assert identity_of(text)[1] == "中央财政困难群众救助补助资金"


def test_a_funds_name_running_on_past_an_ending_it_holds_through_a_public_service() -> None:
    # hand-written: "中央补助" ends a name's words inside "中央补助地方公共文化服务体系建设专项资金"; 公共 is no 共计
    text = (
        "根据财政部通知要求,在对各地报送的年度绩效自评材料进行审核评价基础上,对2023年度中央补助地方公共文化服务体系"
        "建设专项资金进行了绩效自评。现将有关情况报告如下:\n一、基本情况\n"
    )
    assert identity_of(text)[1] == "中央补助地方公共文化服务体系建设专项资金"


def test_a_title_run_into_its_report_with_the_project_in_brackets_after_it() -> None:
    # hand-written: a document-sharing page's one line, the title's project in brackets before the body runs on
    text = (
        "某县环境卫生管理处项目支出绩效评价报告(城区公厕运维保洁项目)根据某市财政局关于2021年度项目支出绩效评价报告"
        "编写和报送工作的通知的要求,我处对2021年度财政专项资金进行了绩效评价,现将绩效评价内容报告如下:一、部门概况"
        "(一)部门职能。某县环境卫生管理处负责城区环境卫生管理工作。\n"
    )
    assert identity_of(text) == ("某县环境卫生管理处", "城区公厕运维保洁项目")


def test_a_news_items_title_names_the_unit_publishing_its_report() -> None:
    # hand-written: a news site's reprint; the title says who published its report, the page's 来源 is the newsroom
    text = (
        "您所在的位置: 首页 > 新闻中心 > 教育动态 > 正文\n"
        "城南镇中心小学公开2024年度预算执行情况绩效自评报告\n"
        "发布时间:2025-09-12 16:20:41 来源:某县融媒体中心 作者: 点击:\n"
        "近日，某县城南镇中心小学在县教育局网站公开了《2024年度城南镇中心小学预算执行情况绩效自评报告》。报告全文如下：\n"
        "一、部门基本情况\n"
    )
    assert identity_of(text)[0] == "城南镇中心小学"


def test_the_unit_a_sentence_says_oversees_a_project_others_carry_out() -> None:
    # hand-written after a twin of a real district's report: social organisations carry the aid out, and the only
    # unit named is the one overseeing it
    text = (
        "困难群众综合帮扶绩效自评价报告\n"
        "摘要概述某区困难群众综合帮扶,采取政府购买服务、委托社会组织操作的方式开展帮扶。2021年某区帮扶工作,"
        "在业务主管单位温江区民政局的指导下,对困难群体开展帮扶。\n"
    )
    assert read(text).unit == "温江区民政局"
    assert (
        read(text.replace("在业务主管单位温江区民政局的指导下", "项目主管部门为温江区民政局")).unit
        == "温江区民政局"
    )
    # who carries the project out is its unit, not who oversees it
    both = text.replace("对困难群体开展帮扶。", "项目由温江区社会救助服务中心组织实施。")
    assert read(both).unit == "温江区社会救助服务中心"
    # a finance bureau overseeing the money is no unit of the project
    assert read(text.replace("温江区民政局", "温江区财政局")).unit is None


def test_a_title_above_a_collections_title_is_another_documents() -> None:
    # hand-written after a 范文 site's page: its first line names another document (another year), then the
    # collection's title; the piece under them states its own year
    text = (
        "2017年度耕地质量提升计划资金绩效评价报告\n\n合集下载\n\n动物防疫补助资金绩效自评报告(通用6篇)\n\n"
        "动物防疫补助资金绩效自评报告1根据《关于做好2021年度中央财政动物防疫等补助经费绩效自评工作的通知》要求,"
        "我厅组织各市县开展自评。\n\n现将自评情况报告如下:一、绩效目标设定及下达情况2021年度全省共下达动物防疫补助资金"
        "38652万元,其中:中央财政资金27430万元,省级财政资金11222万元。\n"
    )
    report = read(text)
    assert (report.year, report.budget.adjusted) == (2021, Decimal(38652))
    # with its year masked, the piece states none
    masked = read(text.replace("2021年度", "20xx年度"))
    assert masked.year is None


def test_a_unit_running_on_into_its_sentence_or_speaking_of_itself_is_no_name() -> None:
    # hand-written after twins of real reports: a first line that is a sentence ("X局根据Y局…要求,对…进行了自评"),
    # and a province's office speaking of itself ("我厅组织各市州对…开展了绩效自评")
    opening = (
        "柳城县住房和城乡建设局根据柳州市住建局2023年度城镇老旧小区改造项目绩效评价要求,对我县2023年城镇老旧小区改造项目"
        "绩效评价进行了自评,现将有关情况报告如下:\n一、项目基本情况\n"
    )
    assert read(opening).unit == "柳城县住房和城乡建设局"
    itself = (
        "水利发展资金绩效自评报告\n按照《关于开展2020年度水利发展资金绩效自评工作的通知》要求,我厅组织各市州对2020年度"
        "水利发展资金开展了绩效自评,现将有关情况报告如下:\n"
    )
    report = read(itself)
    assert (report.unit, report.project) == (None, "水利发展资金")


def test_the_fund_evaluated_named_with_its_short_name_after_it() -> None:
    # hand-written after twins of a real 范文 page: "(以下简称:专项资金)" between the fund and "的绩效自评工作"
    text = (
        "非物质文化遗产保护资金绩效自评报告(通用5篇)\n\n非物质文化遗产保护资金绩效自评报告1\n为加强资金管理,根据《关于开展绩效自评工作的通知》精神,我厅组织开展了"
        "国家非物质文化遗产保护资金(以下简称:专项资金)的绩效自评工作,现将自评情况报告如下:\n"
    )
    assert project_of(text) == "国家非物质文化遗产保护资金"


def test_the_one_project_a_school_says_it_has() -> None:
    # hand-written after a real school's report: "我校2022年项目为一个:X项目(二)…", the sub-heading run on
    text = (
        "耒阳市第四中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年项目为一个:生均公用经费项目"
        "(二)资金及项目绩效目标我校2022年按生均1000元安排,共计239万元\n"
    )
    assert project_of(text) == "生均公用经费项目"
    assert project_of(text.replace("项目为一个:", "实施项目一个:")) == "生均公用经费项目"
    # a count of several projects names none of them
    assert (
        project_of(text.replace("项目为一个:生均公用经费项目", "项目为两个:生均公用经费项目、营养改善计划"))
        is None
    )


def test_a_kind_of_unit_or_a_division_alone_names_no_unit() -> None:
    # hand-written after twins of real pages: a title naming only the kind of unit ("国有林场…报告"), and the line
    # under a title naming the division that wrote it ("计划财务处")
    forest = read(
        "国有林场财政项目支出绩效评价报告\n\n时间:2021-04-19 10:32:15\n一、项目基本情况\n林场始建于1957年。\n"
    )
    assert forest.unit is None
    division = read(
        "某某师范学院图书馆项目2020年度政府专项债券资金绩效自评报告\n计划财务处\n2021年5月14日\n一、项目情况\n"
    )
    assert division.unit is None
    # a unit on that line is still read
    office = read("2020年度图书馆项目绩效自评报告\n某市文化和旅游局\n2021年5月14日\n一、项目情况\n")
    assert office.unit == "某市文化和旅游局"


def test_a_unit_describing_its_founding_after_a_comma_and_one_published_under_发布单位() -> None:
    # hand-written after twins of real pages: a title naming only the kind of unit, the unit itself opening the
    # background ("X,始建于…"), or the page's metadata naming it as the publisher (the body speaks as "我场")
    founded = read(
        "国有林场财政项目支出绩效评价报告\n\n时间:2021-04-19 10:32:15\n一、项目概况\n(一)项目单位基本情况;\n"
        "丰林县石门岭国有林场,始建于1957年10月,场部设在石门岭南麓。\n"
    )
    assert founded.unit == "丰林县石门岭国有林场"
    published = read(
        "2023年度珍稀用材树种基地建设项目绩效自评报告\n发布单位:丰林县白马山国有林场 时间:2024-03-22 08:47:19 浏览量:\n"
        "一、项目概况\n我场始建于1958年8月。\n"
    )
    assert published.unit == "丰林县白马山国有林场"


def test_a_unit_naming_itself_after_a_preposition() -> None:
    # hand-written after a twin of a real report: "经X局(以下简称我局)向州政府申请"
    text = (
        "2024年工程支出绩效评价自评报告\n一、工程概况\n为加强文化和旅游业开展,经延边州文化广播电视和旅游局(以下简称我局)"
        "向州政府申请资金共计1200万元。\n"
    )
    assert read(text).unit == "延边州文化广播电视和旅游局"


def test_an_attached_files_name_is_no_title_of_a_page_with_its_own() -> None:
    # hand-written after a twin of a real page: the page's own title names no project, it reports on two, and its
    # attached forms' file names are the whole department's and one of the two projects'
    text = (
        "扫码登录\n您当前的位置:网站首页 > 信息公开 > 财务公开\n\n2020年度项目支出绩效自评情况\n\n  • 2021-09-08 00:00\n"
        "  • 来源:某省红十字会\n  • 阅读:87次\n\n"
        "一、预算绩效管理工作开展情况\n我会组织对2020年度项目支出开展绩效自评,共涉及项目2个。\n"
        "附件1:《2020年度部门整体绩效自评表》.docx\n"
        "(一)红十字事业发展工作经费绩效自评综述:项目全年预算数1136.50万元。\n\n"
        "主要产出和效益:较好地完成了应急救护培训。\n\n发现的问题及原因:部分指标未细化量化。\n\n"
        "下一步改进措施:进一步加强绩效目标管理。\n\n"
        "附件2:《2020年度“红十字事业发展工作经费”项目绩效自评表》.docx\n"
        "(二)红十字人道救助经费绩效自评综述:项目年预算批复金额为900万元。\n"
    )
    assert read(text).project is None


def test_the_unit_whose_evaluation_group_gave_the_result() -> None:
    # hand-written after a twin of a real report
    text = (
        "燃油税转移支付资金项目绩效自评报告\n全年支出261.8万元,执行率98.79%。\n"
        "经会宁县交通运输局绩效自评工作小组综合评价,该项目自评得分86分。\n"
    )
    assert read(text).unit == "会宁县交通运输局"


def test_a_mirror_printing_everything_twice_told_by_its_item_numbers() -> None:
    # hand-written after twins of a real mirror's page: every figure twice over, no figure with decimals, the item
    # numbers twice over too ("(1)(1)"); its excerpt's number run into the unit's name ("1、1某县科学技术协会…")
    text = (
        "文档简介\n1、1临湘市科学技术协会2021年度青少年科技创新活动经费项目绩效评价自评报告一、项目总体情况本项目年初预算 "
        "3030 万元,年中追加 8 8 万元,调整后预算 3838 万元,全年实际支出 34.234.2 万元。\n"
        "2、目实施过程中存在的问题和改进建议1 1、存在问题(1)(1) 活动覆盖面不够广。(2)(2) 科技辅导员队伍力量薄弱。\n"
    )
    report = read(text)
    assert report.unit == "临湘市科学技术协会"
    assert (report.budget.initial, report.budget.adjusted, report.budget.executed) == (
        Decimal(30),
        Decimal(38),
        Decimal("34.2"),
    )
    # a form's two cells run together ("100%100%") are no sign of it
    form = read(
        "某局2020年度项目支出绩效自评表\n项目资金(万元) 年初预算数 全年预算数 全年执行数\n年度资金总额 3030 3030 3030\n"
        "指标 年度指标值 实际完成值\n完成率 100%100%\n及时率 100%100%\n"
    )
    assert form.budget.adjusted == Decimal(3030)


def test_a_places_office_speaking_as_its_office_named_acting() -> None:
    # hand-written after a real city's transfer report: the title names the city, the text speaks as 我局 (and of its
    # city as 我市), the finance bureau pays the office, and the office pays the guarantors
    text = (
        "九江市2021年度国家小微企业融资担保业务降费奖补转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
        "省厅下达我市8家担保机构降费奖补1200万元。\n二、绩效目标完成情况分析\n1、项目资金到位情况分析\n"
        "九江市财政局于2021年7月中旬将奖补资金1200万元拨付给我局账户。\n2、项目资金执行情况分析。\n"
        "九江市工信局于2021年8月3日将1200万元一次性拨付到各担保机构。\n"
    )
    assert read(text).unit == "九江市工信局"
    # never named, the office still stands for its city
    assert read(text.replace("九江市工信局于2021年8月3日", "我局于2021年8月3日")).unit == "九江市"


def test_a_venues_fund_named_after_the_kind_of_venue_the_unit_is() -> None:
    # hand-written after a twin of a real report: the 科技馆's own report on the 科技馆免费开放 fund
    text = "南漳县科技馆2023年度科技馆免费开放补助资金项目绩效评价自评报告\n一、项目总体情况\n"
    assert (read(text).unit, read(text).project) == ("南漳县科技馆", "科技馆免费开放补助资金项目")


def test_money_words_and_a_cut_places_last_character_name_no_project() -> None:
    # hand-written after twins of real reports: "年度到位资金总额…元", "我县共争取上级A资金及县级配套资金共计…" name no
    # project; a title the page cut inside its place ("区百花溪…") keeps the project without the place's last character
    arrived = (
        "2023年度项目支出绩效自评报告\n一、项目概况\n年度到位资金总额36518460.00元,已使用34125000.00元。\n"
    )
    assert project_of(arrived) is None
    sought = "2024年度少数民族发展资金绩效自评报告\n(一)项目资金安排情况。2024年我县共争取上级少数民族发展资金及县级配套资金共计1286万元。\n"
    assert project_of(sought) == "少数民族发展资金"  # the title's
    cut = "区百花溪小流域综合治理提质增效项目支出绩效评价报告\n一、项目概况\n(一)项目基本情况\n"
    assert read(cut).project == "百花溪小流域综合治理提质增效项目"
    # a name opening with a word of the level ("市镇公路…"), or such a title under another line of text, keeps it
    town = read(cut.replace("区百花溪小流域综合治理提质增效", "市镇公路路政管理专项资金"))
    assert town.project == "市镇公路路政管理专项资金项目"
    under = read("2023年度项目支出绩效评价报告\n" + cut.replace("区百花溪", "县百花溪"))
    assert under.project == "县百花溪小流域综合治理提质增效项目"


def test_a_disclosure_columns_name_over_the_title_is_no_unit() -> None:
    # hand-written after a twin of a real court's page: "决算公开" alone over "省高院本级2024年绩效自评报告—司法救助"
    text = "决算公开\n\n省高院本级2024年绩效自评报告—司法救助\n\n<发布日期: 2025-07-18 > <来源:福建高院 >\n一、项目概况\n"
    assert (read(text).unit, read(text).project) == ("省高院", "司法救助")


def test_a_kind_of_works_alone_names_no_project() -> None:
    # hand-written after a twin of a real report: its title's name was cut to "建设项目" after the unit's centre
    text = "2020年度培训项目绩效自评报告\n一、项目概况\n"
    assert read(text).project is None
    assert read(text.replace("培训项目", "青少年公益培训项目")).project == "青少年公益培训项目"


def test_the_office_whose_duties_a_place_titled_report_sets_out() -> None:
    # hand-written: the title names the county only; the report speaks as 我局 and sets out the duties of the county's
    # water bureau, which wrote it
    text = (
        "我局整体绩效自评分92分，评定等级为优。\n附件2\n某某县2021年度大中型水库移民后期扶持资金项目绩效评价报告\n"
        "一、项目概况\n(一)项目基本情况。\n1.职能职责。县水务局代县政府执行国家移民后扶相关政策，对各乡镇移民后扶项目进行监督。\n"
    )
    assert identity_of(text)[0] == "县水务局"


def test_the_overseeing_department_of_a_hospitals_own_works_is_not_the_unit() -> None:
    # hand-written: the hospital builds the works and speaks as 我院; the health bureau only oversees them, and the
    # page never names the hospital as such: no unit rather than the wrong one
    text = (
        "一、基本情况\n(一)项目概况\n某县人民医院住院楼工程为县发展和改革局立项批复项目。本工程建设单位为我院，"
        "主管部门为某县卫生健康局。2020年下达专项债券资金2000万元。\n"
    )
    assert identity_of(text) == (None, "某县人民医院住院楼工程")


def test_a_page_opening_with_the_departments_basic_data_table_is_its_whole_spending() -> None:
    # hand-written: no title, the department's basic data table flattened one cell per line (staff, then the cost
    # controls of its 三公经费 and its projects)
    text = (
        "财政供养人员情况(人) |\n编制数 |\n2022年实际在职人数 |\n控制率 |\n20 |\n19 |\n95% |\n"
        "经费控制情况(万元) |\n2021年决算数 |\n2022年预算数 |\n2022年决算数 |\n三公经费 |\n2 |\n1.8 |\n1.6 |\n"
        "项目支出: |\n320 |\n350 |\n341.2 |\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).kind == "部门整体支出"


def test_a_vouchers_number_is_no_signing_date_and_a_spaced_date_under_its_label_is_one() -> None:
    # hand-written: a form's voucher column ("2018年6月102号": voucher 102 of June) holds no date
    form = "某县2018年度公交运营补贴项目绩效自评表\n会计凭证号\n2018年2月0077号\n2018年6月102号\n"
    assert extract_document(Document.from_text("page.txt", "txt", form)).report_date is None
    # the form's date printed with spaces in its blanks, under its label
    signed = form + "报告日期: 2019   1   08\n"
    assert extract_document(Document.from_text("page.txt", "txt", signed)).report_date == dt.date(2019, 1, 8)


def test_a_province_written_without_its_suffix_opens_no_fund_name() -> None:
    # hand-written: a provincial department's page whose title gives the province bare before the central fund
    _, project = identity_of(
        "陕西中央服务业发展资金(县域商业建设行动)绩效自评报告\n一、绩效目标分解下达情况\n"
    )
    assert project == "中央服务业发展资金(县域商业建设行动)"
    # a suffix after the bare name makes it another place's: the city, not the province
    assert identity_of("吉林市某某局2021年度部门整体支出绩效自评报告\n一、部门概况\n")[0] == "吉林市某某局"


def test_a_letter_spaced_titles_last_word_ends_it_where_the_text_runs_on() -> None:
    # hand-written after a sharing site's copy: the title typeset letter-spaced, its last word broken by the space,
    # the report's first sentence run on after it on the same line
    text = (
        "某镇中心小学2019年度农村义务教育学生营养改善计划补助资金绩效自评报 告农村义务教育学生营养改善计划是一项"
        "民心工程,为切实改善农村学生营养状况,我校高度重视学生营养改善计划实施工作,现将我校2019年度实施学生营养"
        "改善计划补助资金项目绩效自评情况报告如下:一、项目基本情况\n"
    )
    assert identity_of(text) == ("某镇中心小学", "农村义务教育学生营养改善计划补助资金")


def test_the_unit_named_under_a_title_is_not_also_the_project() -> None:
    # hand-written: a generic title with the unit in brackets under it; the fund is named only in quotes
    text = (
        "2020年度中央转移支付资金绩效自评报告\n(某区残疾人联合会)\n一、绩效目标分解下达情况\n"
        "2020年中央财政下达我会“残疾人事业发展补助资金”,用于残疾人基本康复。\n"
    )
    assert identity_of(text)[0] == "某区残疾人联合会"
    assert identity_of(text)[1] != "某区残疾人联合会"


def test_a_project_opening_its_description_with_a_comma_before_是() -> None:
    # hand-written: an untitled page whose background section opens with the project, then ",是…"
    text = (
        "一、项目基本情况\n治超非现场执法检测站点建设项目,是落实公路货车超限超载治理工作、推进科技治超的重要举措。"
        "项目在国道沿线建设4处不停车称重检测站点。\n二、项目绩效自评工作开展情况\n"
    )
    assert identity_of(text)[1] == "治超非现场执法检测站点建设项目"


def test_the_reports_own_score_label_then_its_figure_then_the_grades_label() -> None:
    # hand-written result cells run together with single spaces: the own score's label, its figure, the grade's label
    def result(row: str) -> tuple[Decimal | None, str | None]:
        report = read(f"某县2019年高标准农田建设项目绩效自评表\n{row}\n")
        return report.score, report.grade

    assert result("执行率 100% 自评得分 94 评价等级 优") == (Decimal(94), "优")
    assert result("自评得分(100分) 99.65 自评等级 优") == (Decimal("99.65"), "优")
    # an indicator table's header cell followed by a row's figures is no such pair
    assert result("指标 分值 自评得分 10 9 备注")[0] is None


def test_the_fund_a_sentence_gives_its_years_budget_names_an_untitled_page() -> None:
    # hand-written: no title; the fund stated with its 调整后预算, 全年预算数, 预算安排 or 到位资金
    body = "一、自评结论\n本项目综合评分96分,评价等级为优。\n二、项目基本情况\n全县共有孤儿56人,事实无人抚养儿童180人。"
    for stated in (
        "调整后预算301.20万元",
        "全年预算数312.48万元",
        "预算安排394.72万元",
        "到位资金527.36万元",
    ):
        text = f"{body}某县孤儿基本生活费补助项目{stated},当年已拨付300万元。\n"
        assert identity_of(text)[1] == "孤儿基本生活费补助项目", stated
    # a bare 预算 after an office's approval names no fund ("县财政局批复项目预算265万元")
    assert identity_of(f"{body}县财政局批复项目预算265万元,全年支出261.8万元。\n")[1] is None


def test_a_breadcrumb_saying_where_the_reader_is_is_chrome_whatever_its_last_crumb() -> None:
    # hand-written: "您当前的位置:首页 > X局 > … > 绩效自评" above the report's own title
    text = (
        "您当前的位置:首页 > 某市教育局 > 财政资金 > 项目绩效评价 > 绩效自评\n某市某镇中心学校2024年度项目绩效自评报告\n"
        "一、基本情况\n2024年度收到项目预算资金合计37.94万元,实际支付项目预算资金37.12万元。\n"
    )
    unit, project = identity_of(text)
    assert unit == "某市某镇中心学校"
    assert project is None  # "收到项目预算资金" is money received, no project's name


def test_an_organisation_carrying_out_its_project_after_the_instructions_it_follows_is_the_unit() -> None:
    # hand-written: a sharing site's generic title; the body names who carried the project out where
    text = (
        "项目实施绩效自评报告 篇9\n一、项目基本情况\n为了改善农业生产条件,根据省水利主管部门《关于下达2021年小型农田水利"
        "设施维修养护资金的通知》文件的要求,某县水利和湖泊局在甲镇、乙镇等5个乡镇实施某县2021年小型农田水利设施维修养护"
        "项目,共整修山塘42口。\n"
    )
    assert identity_of(text)[0] == "某县水利和湖泊局"


def test_a_projects_name_without_the_short_name_it_gives_the_months_it_covers_or_the_units_scope() -> None:
    # hand-written after twins of real pages: "(以下简称“安居工程”)" and "1月至12月" are no part of the name; "(本级)"
    # after the unit, then its fund
    assert (
        identity_of(
            "某县住房和城乡建设局2024年度项目支出绩效自评报告\n项目名称:某县2024年度城镇保障性安居工程(以下简称“安居工程”)\n"
        )[1]
        == "城镇保障性安居工程"
    )
    assert (
        identity_of(
            "2020年度项目支出绩效自评报告(2020年1月至12月城乡义务教育阶段公用经费补助资金)\n一、基本情况\n我校高度重视。\n"
        )[1]
        == "城乡义务教育阶段公用经费补助资金"
    )
    assert identity_of(
        "城固县卫生健康局(本级)基本药物制度补助资金转移支付区域(项目)绩效目标自评表\n一、基本情况\n我局高度重视。\n"
    ) == ("城固县卫生健康局", "基本药物制度补助资金转移支付")
    # nor the years it covers in brackets, its year run in without 年, or its notice behind "原发文文号:"; a count of 亩
    # opening a works' name stays
    assert (
        identity_of(
            "某县民族宗教事务局2023年度项目支出绩效自评报告\n项目名称 少数民族特色村寨保护与发展专项资金(2022-2023年度)\n"
        )[1]
        == "少数民族特色村寨保护与发展专项资金"
    )
    assert (
        identity_of(
            "某县民政局2021年度项目支出绩效自评报告\n项目名称: 2021居家社区养老服务照料中心建设补助资金(原发文文号:洛民〔2021〕26号)\n"
        )[1]
        == "居家社区养老服务照料中心建设补助资金"
    )
    assert (
        identity_of("某县农业农村局2022年度2000亩高标准农田建设项目绩效自评报告\n")[1]
        == "2000亩高标准农田建设项目"
    )


def test_a_titles_tail_after_a_comma_is_still_a_title() -> None:
    # hand-written (a review's probe): "，附自评表" after the title words is the title's tail, not a sentence going on
    assert identity_of(
        "某县农业农村局2022年度耕地地力保护补贴项目绩效自评报告，附自评表\n一、基本情况\n我局高度重视。\n"
    ) == (
        "某县农业农村局",
        "耕地地力保护补贴项目",
    )


def test_the_office_a_pages_disclosure_block_names_as_responsible_is_its_publisher() -> None:
    """ "公开责任部门 | X局 | 公开形式: | 主动公开 |" is a disclosure block's line, as "发布机构" is: its office is the page's
    publisher, the unit where the report names no other (hand-written)."""
    text = (
        "索引号 | 011102233/2023-00042 | 公开目录: | 绩效评价 |\n"
        "公开责任部门 | 遂宁市水利局 | 公开形式: | 主动公开 |\n"
        "一、项目基本情况\n某灌区续建配套工程位于船山区,2022年安排资金860万元,实际支出812万元。\n"
    )
    assert identity_of(text)[0] == "遂宁市水利局"


def test_a_government_office_posting_its_own_report_is_its_unit() -> None:
    """The government office that runs the portal posts other units' reports; where the text names that office at
    work in the short form a report uses of itself ("市政府办公室督查科对…进行了梳理"), the report is its own."""
    text = (
        "日期:2023-05-10 09:30    来源:遂宁市人民政府办公室\n2022年度项目绩效自评报告\n(政务督查工作经费)\n"
        "市政府办公室督查科对2022年度工作经费的预算、执行和支付情况进行了全面梳理,全年预算12万元,实际支出11.6万元。\n"
    )
    assert identity_of(text)[0] == "遂宁市人民政府办公室"
    # a report that names no such office of its own is another unit's, the office only posting it
    assert identity_of(text.replace("市政府办公室督查科", "我单位"))[0] is None


def test_a_government_offices_notice_cited_makes_it_no_unit() -> None:
    """ "根据市政府办公室《…》要求，市交通运输局对…" cites the office's notice: the office posts another's report."""
    text = (
        "日期:2023-05-10 09:30    来源:南平市人民政府办公室\n2022年度市级专项资金项目绩效自评报告\n(农村公路养护资金)\n"
        "根据市政府办公室《关于开展2022年度项目支出绩效自评工作的通知》要求,市交通运输局对农村公路养护资金的预算、执行情况"
        "进行了全面梳理,全年预算120万元,实际支出116万元。\n"
    )
    assert identity_of(text)[0] != "南平市人民政府办公室"


def test_a_sites_own_page_title_and_a_slogan_above_the_title_are_no_part_of_it() -> None:
    page = (
        "政搜网--中国政务信息搜索网\n2019年度项目绩效自评报告(电子商务进农村示范项目资金)\n一、项目基本情况\n"
    )
    assert read(page).project == "电子商务进农村示范项目资金"
    page = "影视在线观看_最新电视剧免费看_欢迎您\n2019年度项目绩效自评报告(电子商务进农村示范项目资金)\n"
    assert read(page).project == "电子商务进农村示范项目资金"
    page = "无障碍\n宋江故里 好汉之乡\n郓城县市场监督管理局2020年度项目资金绩效自评报告\n一、项目概况\n"
    assert read(page).unit == "郓城县市场监督管理局"


def test_the_title_a_sharing_site_filed_a_collection_under_names_another_report() -> None:
    page = (
        "临澧县农村饮水工程维修养护项目绩效自评报告\n合集下载\n"
        "光山县2023年农村饮水安全巩固提升工程财政支出项目绩效评价报告\n一、项目概况\n"
    )
    assert (read(page).unit, read(page).year) == ("光山县", 2023)
    page = (
        "湘潭市小微企业融资担保降费奖补资金绩效自评报告范例【6篇】\n小微企业融资担保降费奖补资金绩效自评报告1\n"
        "赣州市2021年度国家小微企业融资担保业务降费奖补转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
    )
    assert read(page).unit != "湘潭市"


def test_what_kind_of_body_a_unit_is_is_no_part_of_its_name() -> None:
    page = (
        "常河村供水管网延伸工程项目绩效自评报告\n"
        "领导小组批复衔接资金150万元,用于常河村供水管网延伸工程,项目实施单位为县属国有企业通渭县城乡供水有限责任公司。\n"
    )
    assert read(page).unit == "通渭县城乡供水有限责任公司"


def test_edges_of_the_site_title_and_collection_mark_rules() -> None:
    # a title broken after its unit with an underscore is one title, no site's page title
    page = "郓城县水利局_2023年度农村饮水安全项目\n支出绩效自评报告\n一、项目概况\n"
    assert read(page).unit == "郓城县水利局"
    # a collection mark far below the title, in a list of related documents, leaves the title its identity
    page = (
        "某县水利局2023年度农村饮水安全项目支出绩效自评报告\n一、项目概况\n项目资金100万元,已全部支出。\n"
        "二、绩效目标完成情况\n目标全部完成。\n相关文档\n合集下载\n"
    )
    assert read(page).project == "农村饮水安全项目"
    # a kind of body only where a place-led name follows it
    page = "企业集聚区管理委员会2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
    assert read(page).unit == "企业集聚区管理委员会"


def test_a_publisher_the_report_calls_its_superior_in_short_is_no_unit() -> None:
    text = (
        "发布机构:某县林业和草原委员会\n2023年度项目绩效自评报告\n"
        "某县森林防火巡护大队(以下简称“巡护大队”)是县林草委管理的事业单位。2023年度下达巡护大队资金86.5万元。\n"
    )
    assert identity_of(text)[0] == "某县森林防火巡护大队"
    # a superior named in full still reads so; and a publisher the report never calls its superior stays its unit
    assert (
        identity_of(text.replace("县林草委管理的", "某县林业和草原委员会所属的"))[0] == "某县森林防火巡护大队"
    )
    assert (
        identity_of(text.replace("是县林草委管理的事业单位", "负责全县林区巡护"))[0] == "某县林业和草原委员会"
    )
    # a publisher that is a place alone is no unit's superior by name ("为改进项目管理的": no superior named at all)
    town = "发布机构 某县某某镇\n某县某某镇2023年农村危房改造项目自评报告\n我镇将把自评结果作为改进项目管理的重要依据。\n"
    assert identity_of(town)[0] == "某县某某镇"


def test_a_towns_page_posting_a_report_that_speaks_as_its_city_is_no_unit() -> None:
    text = (
        "发布机构: 某市某某镇\n农村危房改造补助资金2020年度绩效自评报告\n"
        "2020年我市农村危房改造任务数为120户,全市实际完成126户,下达补助资金189万元。\n"
    )
    assert identity_of(text)[0] is None
    # the same town speaking as itself is its own unit
    assert identity_of(text.replace("我市", "我镇").replace("全市", "全镇"))[0] == "某市某某镇"


def test_a_province_speaking_as_wo_sheng_names_no_place_wo_sheng() -> None:
    text = (
        "某某省电子商务进农村示范项目中央专项转移支付2020年度绩效自评报告\n"
        "根据《财政部关于开展2020年度中央对地方转移支付预算执行情况绩效自评工作的通知》安排,"
        "现将我省2020年度电子商务进农村示范项目绩效自评情况报告如下\n"
    )
    assert identity_of(text)[0] == "某某省"


def kind_of(text: str) -> str | None:
    return extract_document(Document.from_text("page.txt", "txt", text)).kind


def test_a_heading_of_the_departments_whole_budget_tells_the_kind() -> None:
    text = (
        "一、部门整体预算和绩效目标批复情况\n2022年批复我厅部门预算5800万元。\n"
        "二、绩效目标分解下达情况\n三、部门整体绩效目标完成情况\n"
    )
    assert kind_of(text) == "部门整体支出"


def test_a_red_headed_documents_letterhead_names_the_unit() -> None:
    text = (
        "发布机构: 某县人民政府\n某县人力资源和社会保障局文件\n\n某人社发〔2024〕36号\n\n"
        "2023年度部门整体支出绩效自评报告\n一、部门概况\n我局内设股室8个。\n"
    )
    assert identity_of(text)[0] == "某县人力资源和社会保障局"
    # run into the title's line on a sharing site's copy
    run_in = "查看更多\nPAGE PAGE 2 某县某某区农林水局文件 某农林水〔2018〕19号 2017年度项目支出绩效自评报告\n我局对本项目开展了自评。\n"
    assert identity_of(run_in) == ("某县某某区农林水局", None)
    # a line ending in 文件 with no document's number under it is no letterhead
    assert identity_of(text.replace("某人社发〔2024〕36号", "现将有关情况报告如下"))[0] is None


def test_an_organisation_known_by_its_short_name_publishes_as_itself() -> None:
    text = (
        "某某市2023年残疾人两项补贴民生工程绩效评价自评报告\n浏览次数:信息来源: 市残联发布时间:2024-01-09\n"
        "现将2023年度我市残疾人两项补贴民生工程自评情况报告如下:我会认真贯彻落实有关文件精神。\n"
    )
    assert identity_of(text)[0] == "市残联"


def test_a_letterhead_yields_to_the_signature_and_to_a_title_naming_its_own_unit() -> None:
    signed = (
        "某县人民政府办公室文件\n某政办发〔2024〕6号\n2023年度衔接资金项目绩效自评报告\n我县下达衔接资金500万元。\n"
        "某县人民政府\n2024年3月1日\n"
    )
    assert identity_of(signed)[0] == "某县人民政府"
    titled = (
        "某县人民政府办公室文件 某政办发〔2023〕22号 某县人民政府关于2022年度衔接资金项目绩效自评情况的报告\n"
    )
    assert identity_of(titled)[0] == "某县人民政府"
    # a sentence citing a document is no letterhead
    cited = "某县文化馆关于落实县财政局文件某财绩〔2023〕5号2022年度免费开放项目绩效自评报告\n"
    assert identity_of(cited)[0] == "某县文化馆"


def test_a_word_opening_with_a_county_town_is_no_city() -> None:
    assert identity_of("2022年度县城市政道路维修项目绩效自评报告\n")[1] == "县城市政道路维修项目"
    # a city whose name ends as 城市 does opens the unit's name
    assert identity_of("桐城市人民医院感染病区楼建设项目2020年度绩效自评报告\n") == (
        "桐城市人民医院",
        "感染病区楼建设项目",
    )


def test_a_report_of_the_whole_city_on_a_towns_page_is_not_the_towns() -> None:
    text = "发布机构: 某某区\n2020年度衔接资金绩效自评报告\n全市共安排衔接资金8000万元,覆盖全市15个乡镇。\n"
    assert identity_of(text)[0] is None
    # the town named on its own, ranking in the city, is its own unit
    town = "发布机构: 桐城市孔城镇\n农村危房改造2020年度绩效自评报告\n孔城镇在全市率先完成改造任务,下达补助资金189万元。\n"
    assert identity_of(town)[0] == "桐城市孔城镇"


def test_a_unit_named_by_its_level_or_its_kind_alone_is_taken_in_full_where_the_page_names_it_so() -> None:
    level = (
        "某县人民政府网站\n发布机构：青山县水利局  生成日期：2020-04-27\n青山县水利局2019年度项目支出绩效自评报告\n"
        "部门：县水利局\n项目名称：农村饮水工程维修养护\n项目单位（盖章）：青山县水利局\n"
    )
    assert identity_of(level)[0] == "青山县水利局"
    kind = (
        "豆丁网\n街道办事处部门整体支出绩效自评报告\n一、部门基本情况\n"
        "太原市小店区东风街道办事处是小店区人民政府的派出机关，负责辖区内社区建设等工作。\n"
    )
    assert identity_of(kind)[0] == "太原市小店区东风街道办事处"


def test_a_fund_named_as_a_title_or_by_its_whole_name() -> None:
    titled = (
        "某县人民政府门户网站\n绩效自评报告\n来源：县农业农村局\n按照县财政局《关于开展2020年度县级财政项目支出绩效自评工作的通知》"
        "要求，我局对《村庄清洁行动奖补资金》（以下简称“奖补资金”）开展了绩效自评。\n"
    )
    assert identity_of(titled)[1] == "村庄清洁行动奖补资金"
    # (a notice cited is no project: "对《关于…的通知》精神…")
    cited = "某县农业农村局绩效自评报告\n我局对《关于下达2020年村庄清洁行动奖补资金的通知》开展了学习。\n"
    assert identity_of(cited)[1] is None
    whole = (
        "某县教育局\n关于2024年度项目支出绩效自评情况的报告\n我局对本年度实施的重点项目开展了绩效自评。\n"
        "本项目全称为“义务教育经费保障机制补助资金（公用经费部分）”，主要用于保障学校正常运转。\n"
    )
    assert identity_of(whole)[1] == "义务教育经费保障机制补助资金(公用经费部分)"


def test_a_document_sites_preview_note_is_no_part_of_the_unit() -> None:
    text = (
        "原创力文档\n首页 > 行业资料 > 医药卫生 > 卫生院2019年基本公共卫生服务项目绩效自评报告.docx\n"
        "卫生院2019年基本公共卫生服务项目绩效自评报告.docx\n6页\n内容提供方：abc2019\n大小：38.6 KB\n"
        "免费在线预览全文\n东石镇卫生院 2019 年基本公共卫生服务项目\n绩效自评报告\n一、项目基本情况\n"
    )
    assert identity_of(text)[0] == "东石镇卫生院"


def test_a_tables_header_cell_is_no_project_and_a_one_character_countys_unit_opens_no_project() -> None:
    header = (
        "某县重点工程建设管理处2017年度城区道路建设项目绩效自评报告\n城区道路建设项目投资完成及拨付情况表（单位：万元）\n"
        "项目名称\t批复总投资\t开工时间\t累计完成投资\n甲路北延工程\t8650\t2015.10\t8420.30\n"
    )
    assert identity_of(header)[1] == "城区道路建设项目"
    county = "嵩县中医院住院病房楼建设项目2022年度绩效自评报告\n项目名称：嵩县中医院住院病房楼建设项目\n项目实施单位：嵩县中医院\n"
    assert identity_of(county) == ("嵩县中医院", "住院病房楼建设项目")
    # (a unit's own name that opens a word of the project's stays: "中学" of "中学生…")
    school = "城关镇中学2022年度中学生营养改善计划项目绩效自评报告\n项目名称：中学生营养改善计划\n项目实施单位：城关镇中学\n"
    assert identity_of(school)[1] == "中学生营养改善计划"


def test_a_towns_name_and_a_units_short_form_by_its_level_are_the_publishers_and_signatures_name() -> None:
    # the page's publisher and its signature name one town, in full and by the town's name alone
    town = (
        "营山县人民政府\n首页 | 政务公开 | 乡镇信息公开 | 双林镇 | 预决算公开\n发布时间：2020-06-15　信息来源：双林镇\n"
        "2019年度部门整体支出绩效自评报告\n一、部门基本情况\n全镇辖12个村，现有干部职工68人。\n二、自评结论\n经自评，得分92.5分。\n"
        "营山县双林镇人民政府\n2020年6月10日\n"
    )
    assert identity_of(town)[0] == "营山县双林镇人民政府"
    # a bureau's short form by its level: "县住建局" of "龙游县住房和城乡建设局"
    bureau = (
        "首页 > 部门信息公开 > 县住建局 > 财政预决算\n城区公共停车场建设项目2023年度绩效目标自评报告\n"
        "信息来源：县住建局\n一、项目基本情况\n城区公共停车场建设项目是县委县政府确定的民生实事。\n龙游县住房和城乡建设局\n2024年4月10日\n"
    )
    assert identity_of(bureau)[0] == "龙游县住房和城乡建设局"
    # a district's own body by its short form ("梅管委" of "区梅湖旅游度假区管委会"), a bureau by its own place and short form
    zone = (
        "2023年度新增地方政府专项债券项目绩效自评结果\n发布日期:2024-06-19 信息来源:区梅湖旅游度假区管委会\n"
        "索 引 号 H117/2024-58213\n发布机构 梅管委 主题分类 政务公开\n我单位2023年新增地方政府专项债券项目1个。\n"
    )
    assert identity_of(zone)[0] == "区梅湖旅游度假区管委会"
    signed = (
        "首页 > 部门信息公开 > 金台区人社局\n2023年度项目支出绩效自评报告\n来源：金台区人社局\n一、项目概况\n"
        "全区就业补助资金共1286万元。\n宝鸡市金台区人力资源和社会保障局\n2024年5月28日\n"
    )
    assert identity_of(signed)[0] == "宝鸡市金台区人力资源和社会保障局"
    assert identity_of(signed.replace("金台区人社局", "渭滨区人社局"))[0] is None
    # (a bureau's internal office signing, a town with another's name inside: no one unit)
    office = bureau.replace("龙游县住房和城乡建设局\n2024", "龙游县住房和城乡建设局综合办公室\n2024")
    assert identity_of(office)[0] != "龙游县住房和城乡建设局综合办公室"
    towns = town.replace("营山县双林镇人民政府\n", "营山县小双林镇人民政府\n")
    assert identity_of(towns)[0] is None
    # (two different bureaus stay apart: no unit)
    other = bureau.replace("信息来源：县住建局", "信息来源：县财政局").replace("> 县住建局 >", "> 县财政局 >")
    assert identity_of(other)[0] != "县财政局"


def test_the_bodies_a_unit_names_after_itself_and_a_header_row_after_the_project_label() -> None:
    cell = "项目支出绩效自评表\n项目名称：学校校舍改造项目\n主管部门：某县教育局\n实施单位：某县教育局及10所项目学校\n"
    assert identity_of(cell)[0] == "某县教育局"
    header = (
        "某县交通运输局2019年度农村公路建设资金项目支出绩效自评报告\n一、项目基本情况\n"
        "序号 项目名称 项目类别 下达资金 实际支出 支出率\n1 甲乡通村公路 新建 120 118 98.3%\n"
    )
    assert identity_of(header)[1] == "农村公路建设资金项目"
    # (a name printed with a space after a word ending as a header does: the name, whole)
    spaced = "项目支出绩效自评表\n项目名称：农业适度规模 经营补贴项目\n实施单位：某县农业农村局\n"
    assert identity_of(spaced)[1] == "农业适度规模经营补贴项目"


def test_a_name_holding_markup_is_no_projects_and_this_project_said_to_be_recurring() -> None:
    # a page's markup left in the title is no part of a name
    assert (
        identity_of(
            '某县水务局2024年度<span id="x1">农村供水工程维修养护项目绩效自评报告\n一、项目基本情况\n'
        )[1]
        is None
    )
    assert (
        identity_of("某县交通运输局2024年度<ETC>推广补贴项目绩效自评报告\n一、项目基本情况\n")[1]
        == "<ETC>推广补贴项目"
    )
    text = (
        "某旗草原工作站2024年度草原监测项目支出绩效自评报告\n一、项目资金情况\n本项目为旗本级财政安排的经常性项目。"
        "2024年年初预算安排126万元，年内未作调整。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert (report.project, report.budget.initial) == ("草原监测项目", Decimal(126))


def test_a_unit_setting_up_its_own_evaluation() -> None:
    # a department's report naming its unit once, as the one that set up the evaluation
    department = (
        "2022年度部门整体支出绩效自评报告\n一、部门基本情况\n本部门是市政府工作部门，承担法律援助等职责。\n"
        "二、自评工作开展情况\n按照《某市财政局关于开展2022年度市级预算绩效自评工作的通知》要求，某市司法局成立了以党组书记、"
        "局长为组长的绩效自评工作领导小组，逐项打分并集体审定。\n"
    )
    assert identity_of(department)[0] == "某市司法局"
    # (not a body setting up a group of another work)
    other = department.replace("绩效自评工作领导小组，逐项打分并集体审定", "项目建设领导小组")
    assert identity_of(other)[0] is None


def test_a_title_listing_what_its_fund_pays_for_and_a_named_row_opening_with_guanyu() -> None:
    # "、" lists the facilities the money is for: no unit's name among them
    page = (
        "首页 > 信息公开 > 部门信息公开 > 县文化和旅游局\n关于2024年度美术馆、公共图书馆、文化馆（站）免费开放补助资金的绩效自评报告\n"
        "发布日期：2025-04-21　　来源：某县文化和旅游局\n县财政局：\n我局对2024年度免费开放补助资金开展了绩效自评。\n"
    )
    assert identity_of(page)[1] == "美术馆、公共图书馆、文化馆(站)免费开放补助资金"
    named = (
        "某县人民政府 政府信息公开\n发布机构：\t某县教育科技和体育局\t生成日期：\t2022-05-20\n"
        "名　　称：\t关于学前教育发展资金的绩效自评报告\n一、基本情况\n我局2021年学前教育发展资金到位300万元。\n"
    )
    assert identity_of(named)[1] == "学前教育发展资金"


def test_a_project_name_wrapped_in_its_cell_with_a_listing_in_brackets() -> None:
    form = (
        "某县卫生健康委员会2023年度项目支出绩效自评结果公开\n附件\n|项目名称|重大传染病防控（艾滋病、结核病）及免疫规划\n"
        "补助资金|\n|主管部门|某县卫生健康委员会|实施单位|某县疾病预防控制中心|\n"
    )
    assert identity_of(form)[1] == "重大传染病防控(艾滋病、结核病)及免疫规划补助资金"
    # (the label's own note in brackets is no name: "项目名称（全称、与预算批复一致）")
    note = "某县农业农村局2022年度项目支出绩效自评表\n| 项目名称（全称、与预算批复一致） | 农村公路养护 |\n"
    assert "全称" not in (identity_of(note)[1] or "")


def test_units_reporting_jointly_keep_their_names() -> None:
    title = "某县财政局、某县农业农村局2022年度衔接推进乡村振兴补助资金绩效自评报告\n一、基本情况\n"
    assert identity_of(title) == ("某县财政局、某县农业农村局", "衔接推进乡村振兴补助资金")


def test_a_project_described_after_its_place_and_year() -> None:
    # a generic title; the background's first sentence names the project after its town and year
    text = (
        "一、项目概况\n（一）项目基本情况\n西岸镇2023年农村人居环境整治提升项目（以下简称“该项目”）是镇级重点民生项目，"
        "由镇农业农村办公室牵头实施。\n"
    )
    assert project_of(text) == "农村人居环境整治提升项目"
    assert project_of("一、项目概况\n凌云县2022年农村供水工程维修养护项目是根据上级通知实施的项目。\n") == (
        "农村供水工程维修养护项目"
    )
