"""The layout layer on page shapes seen in real published reports (written here by hand, not copied):
chrome and its publisher, titles, labelled cells, the funds block as a grid, and the headline choice."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.extract import extract_document
from jixiao.extract.normalise import normalise_lines
from jixiao.ingest.document import Document, Line
from jixiao.ingest.read import read_document
from jixiao.layout import lay_out
from jixiao.layout.title import leading_place, read_title
from jixiao.layout.wrap import page_cuts, paragraphs


def layout_of(text: str):  # type: ignore[no-untyped-def]
    return lay_out(normalise_lines(Document.from_text("page.txt", "txt", text).lines))


def title_of(text: str):  # type: ignore[no-untyped-def]
    return read_title([Line(1, text)], frozenset())


PAGE = """当前位置:首页 > 政务公开 > 财政资金 > 绩效评价
索引号 | 11530000/2023-0001 | 发布机构 | 某县民政局 |
发布日期 | 2023-05-06 | 文号 | |
某县民政局2022年度困难群众救助补助资金绩效自评报告
一、基本情况
"""


def test_chrome_lines_are_marked_and_their_publisher_kept() -> None:
    layout = layout_of(PAGE)
    assert layout.chrome == frozenset({1, 2, 3})
    assert [(m.value, m.line) for m in layout.publishers] == [("某县民政局", 2)]
    line = PAGE.split("\n")[1]
    publisher = layout.publishers[0]
    assert line[publisher.start : publisher.end] == "某县民政局"


def test_title_names_unit_year_and_fund() -> None:
    title = layout_of(PAGE).title
    assert title is not None and title.lines == (4,)
    assert title.kind == "项目支出"
    assert title.year is not None and title.year.text == "2022"
    assert title.unit is not None and title.unit.text == "某县民政局"
    assert title.project is not None and title.project.text == "困难群众救助补助资金"


def test_title_shapes() -> None:
    # (title, unit, place, project, kind), each read by hand
    cases = [
        ("保定市满城区民政局2019年度财政专项扶贫资金绩效自评报告", "保定市满城区民政局", None, "财政专项扶贫资金", "项目支出"),
        ("2024年度腾冲市林业和草原局部门整体支出绩效自评报告", "腾冲市林业和草原局", None, None, "部门整体支出"),
        ("鸡飞镇2022年农村危房改造项目自评报告", None, "鸡飞镇", "农村危房改造项目", "项目支出"),
        ("永兴县农业保险保费补贴2020年度绩效自评报告", None, "永兴县", "农业保险保费补贴", "项目支出"),
        ("枞阳县学前教育促进工程项目绩效评价自评报告", None, "枞阳县", "学前教育促进工程项目", "项目支出"),
        ("中央支持地方公共文化服务体系建设补助资金2022年度绩效自评报告", None, None, "中央支持地方公共文化服务体系建设补助资金", "项目支出"),
        ("广西城乡居民基本养老保险补助资金转移支付绩效自评报告", None, "广西", "城乡居民基本养老保险补助资金转移支付", "项目支出"),
        ("某市文化和旅游局关于中央支持地方公共文化服务体系建设补助资金支出绩效的自评报告", "某市文化和旅游局", None, "中央支持地方公共文化服务体系建设补助资金", "项目支出"),
        ("财政衔接推进乡村振兴补助资金绩效评价自评情况", None, None, "财政衔接推进乡村振兴补助资金", "项目支出"),
        ("某市财政支出项目绩效自评报告(高新产业园配套路网项目)", None, "某市", "高新产业园配套路网项目", "项目支出"),
        ("西藏自治区文物局中央转移支付2020年度绩效自评报告", "西藏自治区文物局", None, "中央转移支付", "项目支出"),
        ("某某县交通运输局2021年度专项资金绩效自评报告(2021年农村公路养护专项资金)", "某某县交通运输局", None, "农村公路养护专项资金", "项目支出"),
        ("学校项目绩效自评报告(通用5篇)", None, None, None, "项目支出"),
        # a fund's "预算执行情况" and "预算绩效" are the title's words, not the fund's name
        ("2024年某某发展专项资金预算执行情况绩效自评报告", None, None, "某某发展专项资金", "项目支出"),
        ("某某县2023年某某补助资金预算绩效自评报告", None, "某某县", "某某补助资金", "项目支出"),
        # a unit set apart by a space from its project, no year, or from 关于; a space inside a unit's name
        ("某某艺术中心 戏曲进校园演出项目绩效评价自评报告", "某某艺术中心", None, "戏曲进校园演出项目", "项目支出"),
        ("某某局 关于某某补助资金绩效自评报告", "某某局", None, "某某补助资金", "项目支出"),
        ("中共某某县委 宣传部2022年度部门整体支出绩效自评报告", "中共某某县委 宣传部", None, None, "部门整体支出"),
        ("某某县人民政府 办公室2022年度部门整体支出绩效自评报告", "某某县人民政府 办公室", None, None, "部门整体支出"),
        # a programme's name (计划) after the unit, no year between them; a name quoted before the kind of money
        ("某某县教育局营养改善计划绩效自评报告", "某某县教育局", "某某县", "营养改善计划", "项目支出"),
        ("2022年度《某某关爱行动》专项经费绩效自评报告", None, None, "某某关爱行动", "项目支出"),
        ("关于2023年度《某某能力提升工程》项目资金使用绩效的自评报告", None, None, "某某能力提升工程", "项目支出"),
        # a site's tag for the kind of money before the title
        ("(直达资金)某某路工程项目2020年度绩效自评报告", None, None, "某某路工程项目", "项目支出"),
        ("【直达资金】 某某路工程项目2020年度绩效自评报告", None, None, "某某路工程项目", "项目支出"),
        # a place the publisher masked
        ("XX区中央农业生产救灾补助资金转移支付2019年度绩效自评报告", None, "XX区", "中央农业生产救灾补助资金转移支付", "项目支出"),
        ("**河县2023年度中央水利发展资金绩效自评报告", None, "**河县", "中央水利发展资金", "项目支出"),
        # "湖南省级…": the level opens the fund's name
        ("2015年度湖南省级矿产资源勘查开发专项资金绩效评价报告", None, "湖南", "省级矿产资源勘查开发专项资金", "项目支出"),
        # a name in quotes before the title words is the project evaluated
        ("“建成区病媒生物防制工作” 绩效评价自评报告", None, None, "建成区病媒生物防制工作", "项目支出"),
        # a title opening with its year written without 年; a slogan ending in 兴省 is no place
        ("2016质量兴省财政支出项目绩效评价报告", None, None, "质量兴省", "项目支出"),
        # a unit's name followed by the word 单位 or 部门 before the year
        ("某某县图书馆单位2023年度部门整体支出绩效评价报告", "某某县图书馆", None, None, "部门整体支出"),
        # the fund named in the bracket the year opens, a notice's number in brackets no part of it
        ("中央对地方转移支付(2024年中央某某救助资金(某财某〔2024〕579号))项目绩效自评报告", None, None, "中央某某救助资金", "项目支出"),
        ("中央对地方转移支付(2024年中央某某救助资金)项目绩效自评报告", None, None, "中央某某救助资金", "项目支出"),
        # a department's title naming its unit in a bracket after the title words, its place's level written alone
        ("2023年度部门整体支出绩效自评报告(某某县水利局)", "某某县水利局", None, None, "部门整体支出"),
        ("某某市2022年度部门整体支出绩效自评报告（市卫生健康局）", "某某市卫生健康局", "某某市", None, "部门整体支出"),
        # a title opening with 关于 (对): no part of the place; 开展 before the title words, no part of the fund
        ("关于某某县2023年度中央财政衔接推进乡村振兴补助资金绩效自评情况的报告", None, "某某县", "中央财政衔接推进乡村振兴补助资金", "项目支出"),
        ("关于对2023年度就业补助资金开展绩效自评情况的报告", None, None, "就业补助资金", "项目支出"),
        # the fund the money came from in the bracket the year opens, the project named after it; only a batch or
        # a class of projects after it: the fund (review)
        ("某县某局（2023年度中央财政衔接推进乡村振兴补助资金）第一批项目支出绩效自评报告", "某县某局", None, "中央财政衔接推进乡村振兴补助资金", "项目支出"),
        ("某县某局（2023年度中央财政衔接推进乡村振兴补助资金）产业发展类项目绩效自评报告", "某县某局", None, "中央财政衔接推进乡村振兴补助资金", "项目支出"),
        ("(2023年度中央预算内投资资金)某某县第一中学教学楼改扩建项目绩效自评报告", None, None, "某某县第一中学教学楼改扩建项目", "项目支出"),
        # 本级 or 机关 after the unit: its own budget level, no more of a name
        ("某某市住房和城乡建设局本级2017年部门整体支出绩效自评", "某某市住房和城乡建设局", None, None, "部门整体支出"),
        ("某某县民政局机关2019年度部门整体支出绩效自评报告", "某某县民政局", None, None, "部门整体支出"),
        # a site's column in 【】 before the title; a 范文 site's lead-in before the title it quotes
        ("【政策与标准】某市2020年度某某提升工程项目绩效评价报告", None, "某市", "某某提升工程项目", "项目支出"),
        ("【导语】以下是某某网的小编为您整理的《某某照料中心项目绩效自评报告》,欢迎阅读!", None, None, "某某照料中心项目", "项目支出"),
        # a batch in brackets is the fund's, no project's name
        ("2020年中央财政专项资金(第八批)绩效自评报告", None, None, "中央财政专项资金(第八批)", "项目支出"),
        # a kind of money with the project named in its brackets
        ("某县保障站2020年预算项目支出(租赁补贴)绩效评价自评报告", "某县保障站", None, "租赁补贴", "项目支出"),
        # a 范文 collection's title and its piece's name the collection's topic only
        ("2023年某某处理项目绩效自评报告(优质21篇)", None, None, None, "项目支出"),
        ("某县水利局部门整体支出绩效自评报告篇二", None, None, None, "部门整体支出"),
        ("二、项目绩效自评工作开展情况", None, None, None, None),
        ("20xx年度某县网信办部门整体支出绩效自评报告", "某县网信办", None, None, "部门整体支出"),
        # a province's template names both kinds "整体(项目)支出": the unit's overall spending
        ("某某区文化旅游局2023年度整体(项目)支出绩效自评", "某某区文化旅游局", None, None, "部门整体支出"),
        # a budget code before the unit is no part of its name
        ("215001-某某市民族宗教事务局2022年度整体支出绩效自评报告", "某某市民族宗教事务局", None, None, "部门整体支出"),
        # after the year, a place's office then its project; "过程" (an evaluation during the year) is no name's
        ("2011年某市某区教育局校园安全预算项目支出过程绩效自评报告", "某市某区教育局", "某市某区", "校园安全预算项目", "项目支出"),
        # "黔东南州市场…": 市场 is a word, no level of the place's; "古城镇" is a town, "新型城镇化" none
        ("2022年度黔东南州市场监管能力提升项目支出绩效自评报告", None, "黔东南州", "市场监管能力提升项目", "项目支出"),
        ("2022年度古城镇农村人居环境整治项目支出绩效自评报告", None, "古城镇", "农村人居环境整治项目", "项目支出"),
        # a bracket after the title that opens with a count names the fund
        ("某县农业农村局中央转移支付2021年度绩效自评报告(2000亩高标准农田建设项目)", "某县农业农村局", None, "2000亩高标准农田建设项目", "项目支出"),
        # "宿州市": 州 is the name's, 市 its level; "新型城镇化…" names no place
        ("宿州市2020年新型职业农民培训民生工程绩效自评报告", None, "宿州市", "新型职业农民培训民生工程", "项目支出"),
        ("固镇县2020年公共文化服务体系建设补助资金绩效自评报告", None, "固镇县", "公共文化服务体系建设补助资金", "项目支出"),
        # a kind of projects a county lists each year names none of them
        ("某某县文化旅游局2023年重点民生实事项目绩效评价自评报告", "某某县文化旅游局", None, None, "项目支出"),
        ("2017年度新型城镇化建设专项资金绩效评价自评报告", None, None, "新型城镇化建设专项资金", "项目支出"),
        # the name ends before an amount inside it, and 项目 said twice is said once; "财政支出项目" frames a name
        ("南县渔政执法经费4.8万元项目绩效评价报告", None, "南县", "渔政执法经费", "项目支出"),
        ("某某县新能源充电基础设施建设项目项目支出绩效自评报告", None, "某某县", "新能源充电基础设施建设项目", "项目支出"),
        ("某某区2009年农村饮水安全工程财政支出项目绩效评价报告", None, "某某区", "农村饮水安全工程", "项目支出"),
        # ... but a centre built is the project, not its unit
        ("2022年度某县便民服务中心建设项目支出绩效自评报告", None, "某县", "便民服务中心建设项目", "项目支出"),
        # a site's "|" sets the issuing unit apart from the fund; a metadata row's trailing label is no title's
        ("科技部|中央引导地方科技发展资金2021年度绩效自评情况", "科技部", None, "中央引导地方科技发展资金", "项目支出"),
        ("名称: 某某市中央对地方转移支付2023年度绩效自评报告(农业保险保费) 文号:", None, "某某市", "农业保险保费", "项目支出"),
        # a place in brackets before an office is the name's: the bracket it closes stays with it
        ("(某县)水利局2022年度部门整体支出绩效自评报告", "(某县)水利局", None, None, "部门整体支出"),
        ("（某某县）教育局2022年度部门整体支出绩效自评报告", "（某某县）教育局", None, None, "部门整体支出"),
        # a period the year ends: the unit before it; the unit then 支出项目, the kind and no name
        ("某县交通运输局2016-2020年财政专项扶贫资金项目绩效评价报告", "某县交通运输局", None, "财政专项扶贫资金项目", "项目支出"),
        ("2021年某省地质综合勘察院支出项目绩效自评报告", "某省地质综合勘察院", None, None, "项目支出"),
        # an office's name is not cut inside a longer ending, nor before another ending ("委员会" + "办公室")
        ("中国共产党某市某区纪律检查委员会智慧城管项目支出绩效评价报告", "中国共产党某市某区纪律检查委员会", None, "智慧城管项目", "项目支出"),
        # a project's name may open with another organisation's ending (政府, 中心, 图书馆, 校)
        ("某县民政局政府购买养老服务项目绩效自评报告", "某县民政局", "某县", "政府购买养老服务项目", "项目支出"),
        ("某县教育服务中心校车购置项目绩效自评报告", "某县教育服务中心", "某县", "校车购置项目", "项目支出"),
        ("某县城市管理局中心城区市政道路改造项目绩效自评报告", "某县城市管理局", "某县", "中心城区市政道路改造项目", "项目支出"),
        ("某县文化和旅游局图书馆免费开放补助资金绩效自评报告", "某县文化和旅游局", "某县", "图书馆免费开放补助资金", "项目支出"),
        ("某县机构编制委员会办公室智慧城管项目支出绩效评价报告", "某县机构编制委员会办公室", "某县", "智慧城管项目", "项目支出"),
        ("2011年某市房地产服务中心校园安全预算项目支出绩效自评报告", "某市房地产服务中心", "某市", "校园安全预算项目", "项目支出"),
        ("某市民政局社会救助资金绩效自评报告", "某市民政局", "某市", "社会救助资金", "项目支出"),
        # 办 after who runs a thing is no office
        ("某县社会办养老机构运营补贴2022年度绩效自评报告", None, "某县", "社会办养老机构运营补贴", "项目支出"),
        ("某县扶贫办2022年度财政专项扶贫资金绩效自评报告", "某县扶贫办", None, "财政专项扶贫资金", "项目支出"),
        ("某某国家高新区管委会创建省级区域医疗中心建设项目绩效评价报告", "某某国家高新区管委会", None, "创建省级区域医疗中心建设项目", "项目支出"),
        ("某市某区人大常委会办公室创建省级区域医疗中心建设项目绩效评价报告", "某市某区人大常委会办公室", "某市某区", "创建省级区域医疗中心建设项目", "项目支出"),
    ]  # fmt: skip
    for text, unit, place, project, kind in cases:
        title = title_of(text)
        if kind is None:
            assert title is None, text  # a numbered heading is no title
            continue
        assert title is not None, text
        got = (
            title.unit and title.unit.text,
            title.place and title.place.text,
            title.project and title.project.text,
            title.kind,
        )
        assert got == (unit, place, project, kind), text


def test_work_after_a_name_is_the_names_after_the_words_of_evaluating_the_titles() -> None:
    named = title_of("某县国内侨务工作2021年度绩效自评报告")
    assert named is not None and named.project is not None and named.project.text == "国内侨务工作"
    evaluated = title_of("某县农村公路养护资金绩效评价工作报告")
    assert (
        evaluated is not None
        and evaluated.project is not None
        and evaluated.project.text == "农村公路养护资金"
    )


def test_a_title_naming_no_kind_names_its_subject_unless_it_is_the_units_own_business() -> None:
    # (title, project), each read by hand: a name with no fund's ending between the year and the title words
    cases = [
        ("某市统计局2018年度城市老旧小区整治改造绩效自评报告", "城市老旧小区整治改造"),
        ("某县民政局2020年城市低保工作绩效评价自评报告", "城市低保工作"),
        ("2021年学生事务管理绩效自评报告", "学生事务管理"),
        ("某县2020年校园安全绩效评价自评报告", "校园安全"),
        ("某市统计局关于第七次全国人口普查工作2020年度绩效自评报告", "第七次全国人口普查工作"),
        ("某县财政局关于部门预算绩效自评情况的报告", None),
        ("某县民政局2022年度部门预算绩效自评报告", None),
        ("某县民政局2022年度重点工作绩效自评报告", None),
        ("某县民政局2022年度财政资金绩效自评报告", None),
        ("某县民政局2022年度绩效自评报告", None),
    ]
    for text, project in cases:
        title = title_of(text)
        assert title is not None, text
        assert (title.project.text if title.project else None) == project, text


def test_a_widget_closing_a_row_of_metadata_leaves_the_next_line_a_forms_row() -> None:
    layout = layout_of(
        "发表时间:2023-09-28 10:42信息来源:某镇人民政府作者:某镇阅读人次: 字体:[    ] 保护视力色:\n"
        "项目名称 2023年高龄补贴 项目负责人及电话 张某0557-5271001\n"
        "主管部门 县民政局 实施单位 某镇人民政府\n"
    )
    assert 2 not in layout.chrome
    assert [(c.field, c.value) for c in layout.labelled if c.field == "project"] == [("project", "高龄补贴")]


def test_a_governments_name_alone_over_a_breadcrumb_is_the_portals_name() -> None:
    page = "某县人民政府\n首页 > 信息公开 > 部门信息公开 > 某县统计局\n2019年度部门整体支出绩效自评报告\n一、部门基本情况\n"
    assert {1, 2} <= layout_of(page).chrome
    # a town government's own report, its name over the title: no chrome
    assert 1 not in layout_of("某镇人民政府\n2019年度部门整体支出绩效自评报告\n一、部门基本情况\n").chrome


def test_a_validity_label_is_chrome_not_a_piece_of_the_title_under_it() -> None:
    layout = layout_of("- 索引号20240930-111848-563\n- 发布机构\n- 发布日期2023-04-20\n- 有效性有效\n"
                       "某县商务局2022年度项目支出绩效单位自评报告\n一、基本情况\n")  # fmt: skip
    assert 4 in layout.chrome
    assert layout.title is not None and layout.title.unit is not None
    assert layout.title.unit.text == "某县商务局"


def test_a_title_broken_over_lines_is_joined() -> None:
    layout = layout_of("附件4\n\n2023年度\n中共某县委网信办部门整体支出\n绩效自评报告\n一、基本情况\n")
    assert layout.title is not None and layout.title.lines == (3, 4, 5)
    assert layout.title.unit is not None and layout.title.unit.text == "中共某县委网信办"


def test_a_sharing_sites_file_name_gives_way_to_the_documents_own_title() -> None:
    # hand-written: the name the upload was filed under names only the place; the document's own title under it
    # names the place again, and its unit stands on the line under that
    layout = layout_of(
        "某县森林资源管护经费项目绩效评价报告.docx\n某县2022年森林资源管护经费支出绩效评价报告\n某县林业综合行政执法大队\n"
        "(2023年3月2日)\n一、项目基本情况\n"
    )
    assert layout.title is not None and layout.title.lines == (2,)
    assert layout.title.unit is not None and layout.title.unit.text == "某县林业综合行政执法大队"
    # ... or its unit itself, under the site's breadcrumb and the file's details
    layout = layout_of(
        "某区二0一二年度预算项目支出绩效评价.doc\n某文档网 > 行业资料 > 其它\n"
        "某区二0一二年度预算项目支出绩效评价.doc 文档页数:9 上传时间:2019-08-14\n"
        "2013年某市某区绿化和市容管理局公园绿地养护预算项目支出绩效自评报告\n一、项目概述\n"
    )
    assert layout.title is not None and layout.title.lines == (4,)
    assert layout.title.unit is not None and layout.title.unit.text == "某市某区绿化和市容管理局"


def test_the_head_of_a_page_is_counted_in_lines_with_text_not_blank_ones() -> None:
    # a page converted with a blank line between every line: the title is the 25th line with text, the 49th line
    menu = "\n\n".join(f"栏目{number}" for number in range(1, 25))
    page = f"{menu}\n\n某县民政局2022年度困难群众救助补助资金绩效自评报告\n\n一、基本情况\n"
    layout = layout_of(page)
    assert layout.title is not None and layout.title.lines == (49,)
    assert layout.title.unit is not None and layout.title.unit.text == "某县民政局"
    assert layout.acting is not None and layout.acting.text == "某县民政局"


def test_labelled_cells_in_rows_run_together_and_one_per_line() -> None:
    layout = layout_of(
        "项目名称 | 春节走访慰问经费 | 主管部门 | 某市退役军人事务局 |\n"
        "项目实施单位某县乡村振兴局项目负责人张三\n"
        "部门（单位）名称：046001-某县残疾人联合会\n"
        "预算单位整体支出绩效评价基础数据表\n"
    )
    found = [(c.field, c.value, c.line) for c in layout.labelled]
    assert ("project", "春节走访慰问经费", 1) in found
    assert ("department", "某市退役军人事务局", 1) in found
    assert ("unit", "某县乡村振兴局", 2) in found
    assert ("unit", "某县残疾人联合会", 3) in found  # the code prefix is not the name
    # "预算单位名称" is one label, its value in the next cell (a 2022 部门整体支出绩效自评表)
    layout = layout_of(
        "2022年部门整体支出绩效自评表\n预算单位名称 |\n某某区审计局 |\n||||||||\n年度预算资金(万元) |\n"
    )
    assert [(c.field, c.value, c.line) for c in layout.labelled] == [("unit", "某某区审计局", 3)]
    # a note on how to fill the cell in ("(盖章)") leaves the label alone: its value is the next cell
    layout = layout_of("主管部门 | 某县文旅局部门 | 实施单位 (盖章) | 某县文化广播电视和旅游局 |\n")
    assert ("unit", "某县文化广播电视和旅游局", 1) in [(c.field, c.value, c.line) for c in layout.labelled]


def test_a_labelled_name_with_a_number_spaced_apart_and_the_strongest_unit_label() -> None:
    # a PDF's text layer sets a number inside a name apart with spaces (hand-written)
    text = "项目承担单位:某市公路工程管理处预算单位:某市交通运输局填报日期:2015年6月15日\n"
    text += "1、项目名称:国道 110 线某某沟至某某界段路面养护工程\n"
    layout = layout_of(text)
    project = next(c for c in layout.labelled if c.field == "project")
    assert project.value == "国道110线某某沟至某某界段路面养护工程"
    assert text.split("\n")[1][project.start : project.end] == "国道 110 线某某沟至某某界段路面养护工程"
    # the implementing unit's label is stronger than its parent's 预算单位
    assert extract_document(Document.from_text("p.txt", "txt", text)).unit == "某市公路工程管理处"
    # a page number run into the text after a name is no part of it; 报告单位 labels the unit
    layout = layout_of("某某专项资金预算支出绩效评价报告 报告单位:某某省文化厅 2 某某省 财政厅 :\n")
    assert [c.value for c in layout.labelled if c.field == "unit"] == ["某某省文化厅"]
    # a date after a name is no part of it
    layout = layout_of("项目名称:某某维修工程 2023 年度\n")
    assert [c.value for c in layout.labelled if c.field == "project"] == ["某某维修工程"]


FORM_ONE_CELL_PER_LINE = """预算执行情况(万元)
(20分)
|
预算数(A)
|
执行数(B)
|
执行率(B/A)
|
得分
(20分*执行率)
|
年度财政资金总额
|
34.64
|
34.64
|
100%
|
20
|
"""


def test_funds_block_one_cell_per_line() -> None:
    [[total, *_]] = layout_of(FORM_ONE_CELL_PER_LINE).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "adjusted": Decimal("34.64"),
        "executed": Decimal("34.64"),
        "rate": Decimal("100"),
        "score": Decimal("20"),
    }
    assert {cell.key: cell.cell.line for cell in total.cells} == {
        "adjusted": 15,
        "executed": 17,
        "rate": 19,
        "score": 21,
    }


def test_funds_block_keeps_the_sub_rows_the_form_leaves_blank() -> None:
    """A transfer form's 地方财政资金 and 其他资金 rows with no figures are still its sub-rows (the total is then
    all the 中央 row's); a row of another kind after them ends the block."""
    text = (
        "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n"
        "年度资金总额: | 2000 | 1157.97 | 57.89% | ||||\n其中:中央财政资金 | 2000 | 1157.9 | 57.89% | ||||\n"
        "地方财政资金 | |||||||\n其他资金 | |||||||\n资金管理情况 | 情况说明 | ||||\n"
    )
    [[_total, *subrows]] = layout_of(text).funds
    assert [(row.label.text, row.label.line, len(row.cells)) for row in subrows] == [
        ("其中:中央财政资金", 3, 3),
        ("地方财政资金", 4, 0),
        ("其他资金", 5, 0),
    ]


def test_funds_block_sub_row_whose_blank_cell_holds_its_column() -> None:
    """A carried-over row with no 年初预算数 printed as "| 上年结转资金 | | 42,600.00 | 41,850.00 | — |…": the blank
    cell holds the first column, so its figures are the full year's budget and spending (two figures alone
    could stand under any two of the three amounts). Hand-written; 1,850,000 + 42,600 = 1,892,600."""
    text = (
        "项目资金(元) | | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |\n"
        "| 年度资金总额 | 1,850,000.00 | 1,892,600.00 | 1,861,450.00 | 10 | 98.35% | 9.84 |\n"
        "| 其中:当年财政拨款 | 1,850,000.00 | 1,850,000.00 | 1,819,600.00 | — | — | — |\n"
        "| 上年结转资金 | | 42,600.00 | 41,850.00 | — | — | — |\n"
        "| 其他资金 | | | | — | — | — |\n"
    )
    [[_total, _granted, carried, other]] = layout_of(text).funds
    assert carried.label.text == "上年结转资金"
    assert {cell.key: cell.value for cell in carried.cells} == {
        "adjusted": Decimal("4.26"),
        "executed": Decimal("4.185"),
    }
    assert (other.label.text, other.cells) == ("其他资金", ())
    # a blank cell that leaves the figures' columns in doubt (the row one cell short) places nothing
    short = text.replace("| 41,850.00 | — | — | — |\n", "| 41,850.00 | — | — |\n")
    assert [row.label.text for row in layout_of(short).funds[0]] == ["年度资金总额", "其中:当年财政拨款"]


def test_funds_block_with_a_lost_cell_keeps_only_what_is_certain() -> None:
    """Four columns, three values: 864.2 may be the budget or the spending (both give 100%), so only the
    rate and the score are read."""
    text = "预算数(A) | 执行数(B) | 执行率(B/A) | 得分 |\n部门整体支出总额 | 864.2 | 100% | 20 |\n"
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {"rate": Decimal("100"), "score": Decimal("20")}


def test_funds_table_with_single_spaces_a_spaced_total_and_the_rates_unit_noted_below() -> None:
    """Sources' rows under a header cut over two lines, its last column unknown to the reader ("未支出" / "金额"),
    the total row's label spaced out ("合 计") and the rates printed without "%" (the header notes "(%)"): the
    total row is read as printed, its rate as stated even where it is the report's slip (hand-written:
    5388.28 / 5649.80 = 95.37%, the table says 97.37)."""
    text = (
        "资金来源 全年预算数 全年执行数 执行率 未支出\n (万元) (万元) (%) 金额(万元)\n"
        "中央资金 3268.00 3268.00 100.00 0\n县级资金 2381.80 2120.28 89.02 261.52\n"
        "合 计 5649.80 5388.28 97.37 261.52\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "adjusted": Decimal("5649.80"),
        "executed": Decimal("5388.28"),
        "rate": Decimal("97.37"),
    }
    # without the note, a bare rate the amounts do not give is no rate: nothing is read
    assert not layout_of(text.replace(" (%) ", " ")).funds
    # the note under the last columns of a wider header ("年初预算数 | 年中调整数 | 全年预算数 | …"): the total row's
    # first figures are not those columns' (hand-written: 1652.38 + 218.60 = 1870.98; 1812.47 / 1870.98 = 96.87%)
    wider = "项目\n年初\n预算数\n年中\n调整数\n全年\n预算数\n全年\n支出数\n执行率\n（%）\n合计\n1652.38\n218.60\n1870.98\n1812.47\n96.87\n"
    rates = [
        cell.value
        for block in layout_of(wider).funds
        for row in block
        for cell in row.cells
        if cell.key == "rate"
    ]
    assert Decimal("1870.98") not in rates


_CUT_HEADERS = [
    # the second line's halves under the last columns, the label column's cell blank ("\t（元）")
    "资金来源\t年初预算数\t调整后\t实际支出\t执行率\n\t（元）\t预算数（元）\t数（元）\t（%）\n"
    "市级资金\t800,000.00\t900,000.00\t880,000.00\t97.78\n区级资金\t700,000.00\t920,000.00\t868,300.00\t94.38\n"
    "合计\t1,500,000.00\t1,820,000.00\t1,748,300.00\t96.06\n",
    # under the first columns instead, the rate's half left blank at its end
    "资金情况 | 年初预算 | 调整后 | 实际 | 执行率\n(万元) | 数 | 预算数 | 支出数 |\n"
    "合计 | 150 | 182 | 174.83 | 96.06%\n其中:市级资金 | 80 | 90 | 88 | 97.78%\n",
    # single spaces, the rate's header wrapped ("预算执行" / "率（%）"), the units' line under the last columns though
    # it opens at the margin
    "项目 年初预算 调整后预算 实际支出 预算执行\n（元） （元） （元） 率（%）\n"
    "合计 1500000.00 1820000.00 1748300.00 96.06\n基本支出 700000.00 920000.00 868300.00 94.38\n",
]


@pytest.mark.parametrize("text", _CUT_HEADERS)
def test_funds_header_cut_cell_by_cell_over_two_lines(text: str) -> None:
    """A header row whose second line holds the rest of each column's name under the first's columns: the columns
    join cell by cell, so no figure shifts into the wrong column and no amount is taken for the rate (hand-written:
    1,748,300 / 1,820,000 = 96.06%)."""
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "initial": Decimal("150"),
        "adjusted": Decimal("182"),
        "executed": Decimal("174.83"),
        "rate": Decimal("96.06"),
    }


def test_a_batches_table_under_支出率() -> None:
    # hand-written: two batches of a fund and their total, the rate's header 支出率 (1,748.30 / 1,820.00 = 96.06%)
    text = (
        "分批次情况如下（单位：万元）：\n| 批次 | 下达金额 | 实际支出 | 支出率 |\n| 第一批 | 900.00 | 880.00 | 97.78% |\n"
        "| 第二批 | 920.00 | 868.30 | 94.38% |\n| 合计 | 1820.00 | 1748.30 | 96.06% |\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "adjusted": Decimal("1820.00"),
        "executed": Decimal("1748.30"),
        "rate": Decimal("96.06"),
    }


def test_an_amount_under_the_rates_header_is_no_rate() -> None:
    """Headers read in the wrong order put "1,820,000.00" under 执行率: no execution rate reaches ten times the
    budget, so that placement cannot stand, however the rate's unit is noted."""
    from jixiao.layout.funds import _place

    values = [(Decimal("150"), False), (Decimal("1820000.00"), False), (Decimal("174.83"), False)]
    placed = _place(["executed", "rate", "adjusted"], values, percent_noted=True)
    assert placed is None or placed.get("rate", (Decimal(0),))[0] < 1000


def test_funds_block_in_yuan_is_read_in_wan() -> None:
    text = "单位：元\n全年预算数 | 全年执行数 | 执行率 |\n年度资金总额 | 387664.62 | 387664.62 | 100% |\n"
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells}["adjusted"] == Decimal("38.766462")
    # the note above the form's identity cells states the unit of the whole form (hand-written, as exported)
    form = (
        "项目支出绩效自评表\n（2023年度）\n单位：元\n项目名称|某某整村推进奖补\n主管部门|某县农业农村局|实施单位|某县农业农村局\n"
        "项目资金|年初预算数|全年预算数|全年执行数|分值|执行率|得分\n"
        "年度资金总额|3,200,000.00|3,200,000.00|3,052,800.00|10|95.40%|9.54\n"
    )
    [[total, *_]] = layout_of(form).funds
    assert {cell.key: cell.value for cell in total.cells}["executed"] == Decimal("305.28")
    # another table's figures between the note and the form: the note is that table's
    form = form.replace("（2023年度）\n单位：元\n", "单位：元\n收入合计 | 1,000.00 |\n")
    [[total, *_]] = layout_of(form).funds
    assert {cell.key: cell.value for cell in total.cells}["executed"] == Decimal("3052800.00")


def test_funds_block_with_yuan_in_every_cell() -> None:
    # hand-written: a form filled by accounting software prints 元 in every amount's cell
    text = (
        "| 项目资金（元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "|  | 年度资金总额： | 300000.00元 | 325600.00元 | 318420.56元 | 10 | 97.79% | 9.78 |\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "initial": Decimal(30),
        "adjusted": Decimal("32.56"),
        "executed": Decimal("31.842056"),
        "points": Decimal(10),
        "rate": Decimal("97.79"),
        "score": Decimal("9.78"),
    }


def test_funds_block_with_units_in_its_cells_and_the_forms_own_points() -> None:
    """Cells written "150万" are in 万元 whatever the table's unit; a row whose 分值 and 得分 cells hold the
    form's 100 and its total still gives the amounts and the rate when they agree."""
    text = (
        "单位：元\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 | 150万 | 150万 | 125.25万元 | 100 | 83.5% | 98 |\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "initial": Decimal(150),
        "adjusted": Decimal(150),
        "executed": Decimal("125.25"),
        "rate": Decimal("83.5"),
    }
    # the same row whose rate spending over budget does not give: nothing is read
    assert not layout_of(text.replace("83.5%", "90%")).funds


def test_funds_block_rate_without_its_percent_sign_stands_when_the_amounts_confirm_it() -> None:
    text = "年初预算数  全年预算数  全年执行数  分值  执行率  得分  年度资金总额  130  130  117  10  90  9\n"
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells}["rate"] == Decimal(90)
    assert not layout_of(text.replace("  90  ", "  80  ")).funds  # 117 / 130 is 90%, not 80%


def test_funds_block_sub_rows_are_read_under_the_same_columns() -> None:
    text = (
        "年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n(万元)\n年度资金总额\n120\n120\n"
        "101.37\n10\n84.5%\n8.45\n其中:当年财政拨款\n120\n120\n101.37\n10\n84.5%\n8\n上年结转资金\n"
        "其他资金\n二、年度总体目标\n"
    )
    [[total, granted, carried, other]] = layout_of(text).funds
    assert total.label.text == "年度资金总额" and granted.label.text == "其中:当年财政拨款"
    assert (carried.label.text, carried.cells, other.label.text, other.cells) == (
        "上年结转资金",
        (),
        "其他资金",
        (),
    )
    assert {c.key: c.value for c in granted.cells} == {
        "initial": Decimal(120),
        "adjusted": Decimal(120),
        "executed": Decimal("101.37"),
        "points": Decimal(10),
        "rate": Decimal("84.5"),
        "score": Decimal(8),
    }
    score = granted.value("score")
    assert score is not None and score.cell.line == 21


def test_funds_block_sub_row_of_figures_alike_is_read_under_the_columns_of_the_one_above() -> None:
    # hand-written: a form one cell per line; 其他资金 6.5 | 6.5 | 6.5 fits several columns alone, and sits under the
    # budget, the year's budget and the spending like the sub-rows above it (the sub-rows add up to the total)
    text = (
        "资金（万元）\n年初\n预算数\n全年\n预算数\n全年\n执行数\n分值\n执行率\n得分\n年度资金总额\n1433.2\n1752.28\n"
        "1709.52\n10\n97.56%\n9.76\n其中：财政拨款\n1426.7\n1688.42\n1652.9\n上年结转资金\n0\n57.36\n50.12\n"
        "其他资金\n6.5\n6.5\n6.5\n年度总体目标\n"
    )
    [[_, _, _, other]] = layout_of(text).funds
    assert other.label.text == "其他资金"
    assert {c.key: c.value for c in other.cells} == {
        "initial": Decimal("6.5"),
        "adjusted": Decimal("6.5"),
        "executed": Decimal("6.5"),
    }


def test_funds_block_with_last_years_column_reads_this_years_only() -> None:
    # a basic data table, one cell per line between blank lines: last year's 决算数, this year's 预算数, 决算数
    text = (
        "经费控制情况(万元)\n\n2021年决算数\n\n2022年预算数\n\n2022年决算数\n\n支出总额\n\n1274.38\n\n"
        "1342.49\n\n1300.5\n\n基本支出\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: (cell.value, cell.cell.line) for cell in total.cells} == {
        "adjusted": (Decimal("1342.49"), 13),
        "executed": (Decimal("1300.5"), 15),
    }


def test_funds_block_whose_rate_is_written_as_the_ratio_itself() -> None:
    text = "预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |\n年度财政资金总额 | 650 | 94 | 0.1 | 2.9 |\n"
    (total,) = layout_of(text).funds[0][:1]
    # the amounts stand; the ratio "0.1" (94 / 650 = 0.1446) rounds away the rate, which is not kept
    assert {cell.key: cell.value for cell in total.cells} == {
        "adjusted": Decimal(650),
        "executed": Decimal(94),
        "score": Decimal("2.9"),
    }


def test_funds_block_whose_total_row_lost_its_label_printed_with_single_spaces() -> None:
    # hand-written: the headers, then the one row of figures the flattening left without its label cell
    text = "项目资金（万元）\n年初预算数 全年预算数 全年执行数 执行率 分值 得分\n256.30 256.30 250.12 97.59% 10 9.76\n"
    (total,) = layout_of(text).funds[0][:1]
    assert {cell.key: cell.value for cell in total.cells} == {
        "initial": Decimal("256.30"),
        "adjusted": Decimal("256.30"),
        "executed": Decimal("250.12"),
        "points": Decimal(10),
        "rate": Decimal("97.59"),
        "score": Decimal("9.76"),
    }


def test_funds_block_of_a_departments_form_whose_total_row_is_its_budget() -> None:
    # hand-written: the 部门整体 form's total row labelled 部门预算; a table's title holding the words labels no row
    text = "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n部门预算 | 160.00 | 186.40 | 172.42 | 10 | 92.50% | 9.25\n"
    (total,) = layout_of(text).funds[0][:1]
    assert {cell.key: cell.value for cell in total.cells}["adjusted"] == Decimal("186.40")
    text = "表1 部门预算执行情况对比表\n指标 | 年初预算数 | 全年预算数 | 全年执行数\n2021年度 | 5,310.25 | 6,742.18 | 6,415.90\n"
    assert layout_of(text).funds == ()


def test_funds_block_label_printed_after_a_row_of_figures_is_read_for_neither() -> None:
    # hand-written, a PDF's order: each row's figures above its label; whose figures follow a label is unknown
    text = (
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n项目资金（万元）\n— 2450 2398.6 10 97.9% 9.79\n"
        "年度资金总额\n— 1500 1476.2 — — —\n其中：中央衔接资金\n"
    )
    assert layout_of(text).funds == ()


def test_funds_block_whose_rate_disagrees_is_read_only_when_it_fills_every_column() -> None:
    # every column filled in order, the "%" under 执行率: as printed, the rate a slip for the audit to find
    text = "全年预算数 | 全年执行数 | 执行率 |\n年度资金总额 | 100 | 50 | 90% |\n"
    (total,) = layout_of(text).funds[0]
    assert {cell.key: cell.value for cell in total.cells} == {
        "adjusted": Decimal(100),
        "executed": Decimal(50),
        "rate": Decimal(90),
    }
    # a cell missing: which one is not known, and no placement gives the rate
    text = "全年预算数 | 全年执行数 | 分值 | 执行率 |\n年度资金总额 | 100 | 50 | 90% |\n"
    assert layout_of(text).funds == ()


def test_headline_unit_from_a_labelled_cell_beats_the_title_and_the_publisher() -> None:
    report = extract_document(
        Document.from_text(
            "page.txt",
            "txt",
            "来源:某县乡村振兴局\n某县2021年度部门整体支出绩效评价自评报告\n部门(单位)名称:某县新开镇政府\n",
        )
    )
    assert report.unit == "某县新开镇政府"
    unit = next(f for f in report.facts if f.field == "unit")
    assert (unit.line, unit.text) == (3, "某县新开镇政府")
    sources = {c.source for c in report.candidates if c.field == "unit"}
    assert sources == {"标注单元格", "网页发布信息", "标题地名", "正文"}


def test_headline_conflict_gives_no_value_and_keeps_the_candidates() -> None:
    """Two labelled cells name two different units: no unit is chosen, both are kept as candidates."""
    report = extract_document(
        Document.from_text("page.txt", "txt", "单位名称：某县民政局\n一、基本情况\n单位名称：某县财政局\n")
    )
    assert report.unit is None
    assert {str(c.value) for c in report.candidates if c.field == "unit"} == {"某县民政局", "某县财政局"}


def test_metadata_printed_one_label_per_line_is_chrome_with_its_values() -> None:
    layout = layout_of(
        "• 索引号\n  • 09130195/2023-0417015\n  • 发布机构\n  • 某市卫生健康委员会\n  • 公开目录\n  • 绩效评价\n"
        "某市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)\n"
    )
    assert layout.chrome == frozenset({1, 2, 3, 4, 5, 6})
    assert [(m.value, m.line) for m in layout.publishers] == [("某市卫生健康委员会", 4)]
    assert layout.title is not None and layout.title.lines == (7,)  # not the "绩效评价" of line 6


def test_the_title_that_names_the_unit_is_preferred_to_a_generic_one() -> None:
    layout = layout_of(
        "2022年度部门(单位)整体支出 绩效自评报告\n来源:某区妇联\n 2022年度某区妇女联合会部门(单位)整体支出绩效自评报告\n"
    )
    assert layout.title is not None and layout.title.unit is not None
    assert (layout.title.unit.text, layout.title.unit.line) == ("某区妇女联合会", 3)


def test_a_document_sharing_wrapper_gives_the_title() -> None:
    layout = layout_of(
        "《某县第四中学专项资金绩效自评价报告.docx》由会员分享,可在线阅读\n"
        "某县第四中学专项资金绩效自评价报告一、基本情况(一)项目基本概况我校2022年……。\n"
    )
    title = layout.title
    assert title is not None and title.unit is not None
    assert (title.unit.text, title.unit.line, title.unit.start) == ("某县第四中学", 1, 1)


def test_a_short_form_of_a_name_agrees_with_the_full_one() -> None:
    report = extract_document(
        Document.from_text(
            "page.txt", "txt", "单位名称:塘湖镇政府 填报日期:2021.5.18\n单位名称 | 塘湖镇人民政府 |\n"
        )
    )
    assert report.unit == "塘湖镇人民政府"
    # a name without its place's name, the level kept ("市统计局" under "某某市统计局")
    text = "单位名称:市统计局\n单位名称 | 某某市统计局 |\n"
    assert extract_document(Document.from_text("page.txt", "txt", text)).unit == "某某市统计局"


def test_a_title_with_its_year_after_the_title_words() -> None:
    title = title_of("某市房地产管理局部门整体支出绩效评价报告(2018年度)")
    assert title is not None and title.unit is not None and title.year is not None
    assert (title.unit.text, title.year.text, title.kind) == ("某市房地产管理局", "2018", "部门整体支出")
    title = title_of("某市统计局农业普查项目绩效自评报告(2016年度)")
    assert title is not None and title.unit is not None and title.project is not None
    assert (title.unit.text, title.project.text) == ("某市统计局", "农业普查项目")


def test_a_project_named_beside_its_title() -> None:
    # in brackets on the line after the title
    layout = layout_of("某县第一小学2023年度项目支出绩效自评报告\n(教育专项工作经费)\n一、基本情况\n")
    project = layout.title.project if layout.title else None
    assert project is not None and (project.text, project.line) == ("教育专项工作经费", 2)
    # by the report's own title under the site's generic one
    layout = layout_of(
        "某州民政局2020年项目支出绩效评价报告\n发布时间:2021-03-02\n\n"
        "某州民政局2020年边境村民小组党组织补助经费绩效评价自评报告\n一、基本情况\n"
    )
    assert layout.title is not None and layout.title.unit is not None
    assert layout.title.unit.text == "某州民政局"
    project = layout.title.project
    assert project is not None and (project.text, project.line) == ("边境村民小组党组织补助经费", 4)


def test_a_project_cell_loses_the_frame_of_unit_place_and_year() -> None:
    def projects(text: str) -> list[tuple[str, int, int]]:
        return [(c.value, c.line, c.start) for c in layout_of(text).labelled if c.field == "project"]

    # a place with the years the project ran, as a title would frame it
    assert projects("转移支付(项目)名称 | 某某区2019-2020年度供热补贴项目 |\n") == [("供热补贴项目", 1, 27)]
    # the unit its own cell names, and what is left of a year whose digits were lost
    text = "项目名称某某工程学院年学生资助项目主管部门某省教育厅项目实施单位某某工程学院\n"
    assert projects(text)[0][0] == "学生资助项目"
    # a place with no year after it is part of the project's own name
    assert (
        projects("项目名称 | 某某乡滨河家园垃圾转运站提升改造项目 |\n")[0][0]
        == "某某乡滨河家园垃圾转运站提升改造项目"
    )


def test_a_title_under_an_empty_metadata_label_or_behind_spam_is_read() -> None:
    layout = layout_of(
        "索引号 1153/2023-01 发布机构 某县某镇\n文号 浏览量\n主题词\n某镇2022年农村危房改造项目自评报告\n"
    )
    assert layout.chrome == frozenset({1, 2, 3})
    assert layout.title is not None and layout.title.project is not None
    assert layout.title.project.text == "农村危房改造项目"
    layout = layout_of(
        "政府信息公开\n\n澳门某某城_某某网-【某某官网平台】2022年度中央财政林业改革发展资金绩效自评报告\n"
    )
    assert 3 not in layout.chrome
    assert layout.title is not None and layout.title.project is not None
    assert layout.title.project.text == "中央财政林业改革发展资金"


def test_gambling_spam_of_any_wording_inside_a_title_is_no_part_of_the_units_name() -> None:
    # a mirror's spam between the unit and the year, in words no earlier page used (hand-written)
    layout = layout_of(
        "某某市体育局澳门银河官网,bet365体育在线2022年度中央集中彩票公益金支持某某项目绩效自评报告\n"
    )
    assert layout.title is not None and layout.title.unit is not None
    assert layout.title.unit.text == "某某市体育局"
    # one such word alone is the report's own: a 体育局, a 彩票公益金, a 足球 field
    layout = layout_of("某某市体育局2022年度体育彩票公益金校园足球场建设项目绩效自评报告\n")
    assert layout.title is not None and layout.title.unit is not None and layout.title.project is not None
    assert (layout.title.unit.text, layout.title.project.text) == (
        "某某市体育局",
        "体育彩票公益金校园足球场建设项目",
    )


def test_a_forms_project_name_ending_in_a_bracket_does_not_run_into_the_next_rows_label() -> None:
    # the name ends with its bracket; the next row opens with the funds block's label (hand-written)
    text = (
        "中央对地方转移支付区域绩效自评表\n转移支付(项目)名称|某某改革转移支付资金(某某乡村建设)\n"
        "年度资金(万元)|年初预算数|全年预算数|全年执行数|分值|执行率|得分\n"
    )
    assert (
        extract_document(Document.from_text("page.txt", "txt", text)).project
        == "某某改革转移支付资金(某某乡村建设)"
    )
    text = (
        "项目支出绩效自评表\n项目名称|某某建设项目(二期)\n年度资金(万元)|年初预算数|全年预算数|全年执行数\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).project == "某某建设项目(二期)"


def test_a_forms_result_row_gives_the_score_and_the_grade() -> None:
    # one cell per line: the 分值 100, then the score, then the grade
    report = extract_document(Document.from_text("page.txt", "txt", "总分\n100\n93.5\n良\n"))
    assert (report.score, report.grade) == (Decimal("93.5"), "良")
    score = next(f for f in report.facts if f.field == "score")
    assert (score.line, score.text) == (3, "93.5")
    # the points in the label's bracket, the score alone; the grade in its own labelled cell
    report = extract_document(Document.from_text("page.txt", "txt", "总分(100分) | 100 | 自评等级 | 优 |\n"))
    assert (report.score, report.grade) == (Decimal(100), "优")
    # a header row names the columns and states nothing
    report = extract_document(Document.from_text("page.txt", "txt", "总分 | 自评得分 | 等级 |\n"))
    assert (report.score, report.grade) == (None, None)
    # a PDF broke the score apart ("97.2 2"): the 分值 before it is not taken for the score
    report = extract_document(Document.from_text("page.txt", "txt", "总分\t\t\t100\t97.2 2\t\n"))
    assert report.score is None


def test_a_form_and_prose_that_disagree_on_the_score_give_none() -> None:
    text = "项目自评得分为95分。\n总分 | 100 | 90 | 优 |\n"
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.score is None
    assert {(c.value, c.source) for c in report.candidates if c.field == "score"} == {
        (Decimal(90), "标注单元格"),
        (Decimal(95), "正文"),
    }


def test_payment_and_reimbursement_rates_are_the_execution_rate() -> None:
    for text in ("项目资金为14.97万元，实际已支付14.97万元，支付率为100%。", "资金报账率为96.35%。"):
        report = extract_document(Document.from_text("page.txt", "txt", text))
        assert report.budget.execution_rate == Decimal(text[text.index("率为") + 2 : text.index("%")]), text


def test_kind_from_headings_when_the_title_tells_none() -> None:
    # a transfer payment's report without a title
    layout = layout_of("一、基本情况\n(一)转移支付概况\n2021年下达我市某资金42万元。\n")
    assert layout.kind_hint is not None and layout.kind_hint.text == "项目支出"
    # the central transfer payments' outline, the page cut before any title (hand-written)
    layout = layout_of(
        "一、绩效目标完成情况分析\n(一)资金投入情况分析。\n本项目2020年下达直达资金2300万元。\n"
    )
    assert layout.kind_hint is not None and layout.kind_hint.text == "项目支出"
    # a cited notice naming both kinds is no evidence; the project headings decide
    layout = layout_of(
        "一、项目基本情况\n按照《某市财政局关于部门整体支出和项目支出绩效自评的通知》,开展自评。\n"
        "(一)项目资金情况\n"
    )
    assert layout.kind_hint is not None and layout.kind_hint.text == "项目支出"
    # the unit's functions and its projects about as often: neither
    layout = layout_of("(一)部门主要职能\n(二)项目基本情况\n")
    assert layout.kind_hint is None
    # a township evaluating "部门预算整体支出" (the budget named between the two words)
    layout = layout_of("我镇对本镇2023年度部门预算整体支出开展了绩效自评。\n一、部门预算基本情况\n")
    assert layout.kind_hint is not None and layout.kind_hint.text == "部门整体支出"
    # the headings of the 2021 outline of a unit's whole-spending report
    layout = layout_of("某某管委会2022年绩效自评工作情况总结\n一、自评工作开展情况\n)当年部门履职总体情况\n"
                       ")当年部门年度整体支出绩效目标\n")  # fmt: skip
    assert layout.kind_hint is not None and layout.kind_hint.text == "部门整体支出"


@pytest.mark.parametrize(
    ("text", "unit", "year"),
    [
        # the first heading follows the title words
        (
            "某县某乡中心学校2022年项目支出绩效自评报告一、部门基本情况1.部门概况某县某乡中心学校位于",
            "某县某乡中心学校",
            "2022",
        ),
        # the report's opening words follow them
        (
            "某市园林管理处专项资金绩效评价报告根据某市财政局关于2018年度专项资金绩效评价的通知要求,",
            "某市园林管理处",
            None,
        ),
    ],
)
def test_a_title_run_into_its_report_is_read_up_to_its_title_words(
    text: str, unit: str, year: str | None
) -> None:
    title = layout_of(text + "某" * 80).title
    assert title is not None and title.kind == "项目支出"
    assert title.unit is not None and title.unit.text == unit
    assert (title.year.text if title.year else None) == year


def test_a_title_run_into_the_office_it_is_sent_to() -> None:
    text = "1、2017年某某业务经费绩效自评报告某某市财政局:按照关于编制市级部门2018年部门预算的通知要求,"
    title = layout_of(text + "某" * 80).title
    assert title is not None and title.project is not None and title.year is not None
    assert (title.kind, title.year.text, title.project.text) == ("项目支出", "2017", "某某业务经费")
    # a sharing site's chunk number before it, the report's date after it
    title = layout_of(
        "1、海南省某某勘察院财政支出项目绩效自评报告二0一四年五月二十五日目 录" + "某" * 80
    ).title
    assert title is not None and title.unit is not None and title.unit.text == "海南省某某勘察院"


def test_a_list_item_mentioning_a_report_is_no_title() -> None:
    text = "5.及时公开单位预算、决算、整体支出绩效自评报告及其他绩效信息;按要求向财政部门报送自评报告。\n"
    assert layout_of(text.replace("。", "")).title is None


def test_a_sentence_mentioning_a_report_is_no_run_in_title() -> None:
    assert layout_of("现将某市园林管理处专项资金绩效评价报告根据要求报送如下," + "某" * 80).title is None


def test_titles_of_a_research_office_and_of_a_departments_own_evaluation() -> None:
    title = title_of("某县史志研究室2023年专项资金绩效自评报告")
    assert title is not None and title.unit is not None and title.unit.text == "某县史志研究室"
    title = title_of("政协某市委员会办公室2024年度预算绩效部门评价报告")
    assert title is not None and title.unit is not None and title.unit.text == "政协某市委员会办公室"


def test_an_issuing_office_is_a_publisher() -> None:
    text = "索 引 号: | 0112/2022-01866 | 发文字号: | 无 |\n发文单位: | 某市行政审批局 | 发布日期: | 2022年11月04日 |\n"
    layout = layout_of(text + "项目支出绩效自评表\n")
    assert [m.value for m in layout.publishers] == ["某市行政审批局"]


def test_a_publisher_spread_out_to_its_cells_width() -> None:
    text = "发布日期: 2020.06.26 索引号: 0006-2011-1013\n发布机构: 水 利 局 文号:\n"
    layout = layout_of(text + "2019年度某某工程项目支出绩效评价报告\n")
    assert [(m.value, m.line, m.start, m.end) for m in layout.publishers] == [("水利局", 2, 6, 11)]
    # a spread-out label after it ends the name, not its place
    text = "发布机构: 水 利 局 发 布 日 期: 2020\n"
    layout = layout_of(text + "2019年度某某工程项目支出绩效评价报告\n")
    assert [(m.value, m.start, m.end) for m in layout.publishers] == [("水利局", 6, 11)]


def test_a_title_naming_a_place_published_by_its_office_is_the_offices_report() -> None:
    head = "发布机构:某县乡村振兴局\n某县2020年度财政专项扶贫资金绩效评价自评报告\n"
    # speaking as the place ("我县") or as an office ("我局"), the office wrote it; the place stays a weaker reading
    as_place = extract_document(
        Document.from_text("page.txt", "txt", head + "我县对2020年资金开展自评。全县共投入资金955万元。\n")
    )
    assert as_place.unit == "某县乡村振兴局"
    weighed = {(c.value, c.source) for c in as_place.candidates if c.field == "unit"}
    assert weighed == {("某县", "标题地名"), ("某县乡村振兴局", "标题")}
    # "市民政局" under "六安市": the office named by its level alone
    short = (
        "某市2021年农村最低生活保障民生工程绩效评价自评报告\n信息来源: 市民政局\n我市对2021年资金开展自评。\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", short)).unit == "市民政局"
    # published by a town of the county, not an office of it: the county
    by_town = extract_document(
        Document.from_text(
            "page.txt", "txt", head.replace("某县乡村振兴局", "某县某镇") + "我县对2020年资金开展自评。\n"
        )
    )
    assert by_town.unit == "某县"
    as_office = extract_document(Document.from_text("page.txt", "txt", head + "我局对2020年资金开展自评。\n"))
    assert as_office.unit == "某县乡村振兴局"


def test_the_unit_using_a_transfer_payment_is_the_unit() -> None:
    text = "地方主管部门 | 某区人民政府 | 资金使用单位 | 某区体育发展中心 | ||||\n"
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.unit == "某区体育发展中心"


def test_figures_listed_one_per_line_under_their_total() -> None:
    from jixiao.layout.listing import listed_sums

    lines = normalise_lines(
        Document.from_text(
            "page.txt",
            "txt",
            "某资金合计(万元) 年度预算资金总额): 1084.25\n其中:中央补助 668.00\n\n市级资金 343.00\n"
            "本级资金(包括结转结余) 73.25\n其中:\n某补助资金(元)\n总额: 7630\n其中:中央补助 5020\n",
        ).lines
    )
    [first] = listed_sums(lines)
    assert (first.total.label, first.total.value, first.total.unit, first.total.line) == (
        "某资金合计(万元) 年度预算资金总额)",
        Decimal("1084.25"),
        "万元",
        1,
    )
    assert [(p.label, p.value, p.line) for p in first.parts] == [
        ("中央补助", Decimal("668.00"), 2),
        ("市级资金", Decimal("343.00"), 4),
        ("本级资金(包括结转结余)", Decimal("73.25"), 5),
    ]
    assert lines[1].text[first.parts[0].start : first.parts[0].end] == "668.00"


def test_the_evaluation_statement_names_the_fund_and_the_unit() -> None:
    layout = layout_of(
        "为加强预算绩效管理,某市人社局对2022年度城乡居保市级补贴使用情况开展了财政绩效评价工作。\n"
    )
    evaluated = layout.evaluated
    assert evaluated.project is not None and evaluated.project.text == "城乡居保市级补贴"
    assert evaluated.unit is not None and evaluated.unit.text == "某市人社局"
    text = "对照评分表,对我县2021年财政衔接推进乡村振兴补助资金投入、拨付、项目管理等情况进行了自评。\n"
    report = extract_document(Document.from_text("page.txt", "txt", "一、基本情况\n" + text))
    assert (report.project, report.unit) == ("财政衔接推进乡村振兴补助资金", None)
    # a 范文 piece's years masked ("20xx年度", "20__年度"), the unit between 对 and the year (hand-written)
    for year in ("20xx", "20__"):
        text = f"某县民政局评价工作组于{year}年1月1日至{year}年12月31日对某县民政局{year}年度敬老院运转经费项目进行绩效评价。\n"
        evaluated = layout_of(text).evaluated
        assert evaluated.unit is not None and evaluated.unit.text == "某县民政局", year
        assert evaluated.project is not None and evaluated.project.text == "敬老院运转经费项目", year
    # the whole area's funds or both kinds name no project
    for text in (
        "对全市衔接资金使用情况开展了绩效自评。",
        "对部门整体和项目支出开展绩效自评。",
        "对2022年度部门整体支出及项目支出开展了绩效自评。",
        "对专项资金与项目开展了绩效自评。",
        "协调各科室组成评价组,对涉及项目进行分类评价。",
    ):
        assert layout_of(text).evaluated.project is None, text
    # one fund's name may join two things it pays for (hand-written)
    for name in (
        "节能与新能源公交车营运补助资金",
        "校园维修改造及设备购置项目",
        "基层政权和社区建设奖补经费",
    ):
        evaluated = layout_of(f"我局对2023年度{name}开展了绩效自评。\n").evaluated
        assert evaluated.project is not None and evaluated.project.text == name
    # "现对X…" opens the statement, no part of the unit's name; a name quoted before its kind is the quoted words
    text = "根据通知要求,现对某省旅游学校20xx年度预算项目“学生事务管理”项目执行情况开展项目绩效评价。\n"
    evaluated = layout_of(text).evaluated
    assert evaluated.unit is not None and evaluated.unit.text == "某省旅游学校"
    assert evaluated.project is not None and evaluated.project.text == "学生事务管理"
    assert layout_of(text).acting is None
    evaluated = layout_of("我局对“农村公路养护”项目开展了绩效自评。\n").evaluated
    assert evaluated.project is not None and evaluated.project.text == "农村公路养护"
    # the kind of money, unquoted, is no project
    assert layout_of("我单位对2024年度项目支出资金使用情况进行了绩效自评。\n").evaluated.project is None


def test_amounts_in_the_cell_after_their_label() -> None:
    text = (
        "项目起止时间\n2016年1月1日\n计划安排资金\n(万元)\n48\n实际到位资金\n(万元)\n48\n实际支出\n(万元)\n46.5\n"
        "结余(万元)\n1.5\n完成数量\n12\n"
    )
    layout = layout_of(text)
    assert [(f.label, f.value, f.cell.line) for f in layout.figures] == [
        ("计划安排资金", Decimal(48), 5),
        ("实际到位资金", Decimal(48), 8),
        ("实际支出", Decimal("46.5"), 11),
        ("结余", Decimal("1.5"), 13),
    ]  # "完成数量 | 12" states no unit: it is not read
    budget = extract_document(Document.from_text("page.txt", "txt", text)).budget
    assert (budget.adjusted, budget.executed) == (Decimal(48), Decimal("46.5"))
    # in 元, read in 万元; a cell that disagrees with prose leaves the figure unsettled
    budget = extract_document(Document.from_text("page.txt", "txt", "实际支出(元) | 387664.62 |\n")).budget
    assert budget.executed == Decimal("38.766462")
    text = "全年实际支出20万元。\n实际支出(万元) | 18 |\n"
    assert extract_document(Document.from_text("page.txt", "txt", text)).budget.executed is None


def test_amounts_under_the_forms_unit_line() -> None:
    # a 部门整体支出绩效自评表 flattened one cell per line: "单位:万元" above the rows states the unit
    text = (
        "部门整体支出绩效自评表 | |||\n填报单位: |\n某某县某某局 |\n|\n单位:万元 | |||\n一、预算执行情况 |\n"
        "预算安排情况(调整后) |\n资金执行情况 |\n预算执行率 | ||||\n预算数: |\n95 |\n执行数: |\n82.65 |\n87% | |||\n"
        "其中:财政资金 |\n95 |\n"
    )
    layout = layout_of(text)
    assert [(f.label, f.value, f.cell.line, f.rate) for f in layout.figures] == [
        ("预算数", Decimal(95), 11, None),
        ("执行数", Decimal("82.65"), 13, Decimal(87)),  # the percent after it, under the rate column
    ]  # "其中:财政资金" labels a part
    budget = extract_document(Document.from_text("page.txt", "txt", text)).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        Decimal(95),
        Decimal("82.65"),
        Decimal(87),
    )
    # without a rate column, a percent after the spending is no rate of this form's
    plain = text.replace("预算执行率 | ||||\n", "")
    assert extract_document(Document.from_text("page.txt", "txt", plain)).budget.execution_rate is None
    # a percent after a figure that is no spending is no execution rate; nor is a score row's 分值 or 得分
    other = "单位:万元\n预算执行率\n预算数:\n100\n执行数:\n95\n结转结余率\n结转结余总额:\n5\n5%\n"
    assert extract_document(Document.from_text("page.txt", "txt", other)).budget.execution_rate is None
    counted = "单位:万元\n预算执行率\n预算数:\n100\n执行数:\n100\n培训人数:\n500\n96%\n"
    assert extract_document(Document.from_text("page.txt", "txt", counted)).budget.execution_rate is None
    points = "单位:万元\n一级指标\n分值\n得分\n预算执行\n预算执行率\n10\n9.5\n"
    assert extract_document(Document.from_text("page.txt", "txt", points)).budget.execution_rate is None
    # in 元 the figures read in 万元; far below the unit line (another table) a figure's unit is not known
    assert layout_of("单位：元\n预算数\n950000\n").figures[0].value == Decimal(95)
    assert layout_of("单位:万元\n" + "说明\n" * 40 + "预算数\n95\n").figures == ()


def test_a_unit_that_describes_itself_under_its_background_heading() -> None:
    text = (
        "为加强预算绩效管理，根据有关要求，现将2022年度部门整体支出绩效自评情况报告如下：\n"
        "一、基本情况\n"
        "（一）单位基本情况。某某县农业农村局是县人民政府工作部门，为正科级行政单位。\n"
        "二、绩效目标完成情况\n"
    )
    layout = layout_of(text)
    assert layout.described is not None
    assert (layout.described.text, layout.described.line) == ("某某县农业农村局", 3)
    assert extract_document(Document.from_text("p.txt", "text", text)).unit == "某某县农业农村局"
    # in traditional characters, as a mirror prints it: read, like every name, in simplified characters
    traditional = "一、基本情況\n某某縣農業農村局成立於1983年，為縣政府工作部門。\n"
    described = layout_of(traditional).described
    assert described is not None and described.text == "某某县农业农村局"
    # far from a background heading, or describing no organisation, a sentence names no unit
    elsewhere = "二、绩效目标完成情况\n（一）产出情况。某某县农业农村局是本项目的实施单位。\n"
    assert layout_of(elsewhere).described is None
    plain = "一、基本情况\n全县耕地面积为35万亩，是农业大县。\n"
    assert layout_of(plain).described is None


def test_titles_framing_their_project_with_a_place_关于_or_an_evaluation_word() -> None:
    def parts(text: str) -> tuple[str | None, str | None, str | None]:
        title = title_of(text)
        unit, place, project = (
            part.text if part else None for part in (title.unit, title.place, title.project)
        )
        return unit, place, project

    # an abbreviated association is a unit; a bare "中央转移支付" gives way to the fund in brackets
    assert parts("某某区残联中央转移支付2023年度绩效自评报告(残疾人事业发展补助资金)") == (
        "某某区残联",
        None,
        "残疾人事业发展补助资金",
    )
    assert parts("某某镇关于农村厕所革命建设项目的绩效自评报告") == (None, "某某镇", "农村厕所革命建设项目")
    assert parts("2022年度某某区计划生育服务项目绩效自评报告") == (None, "某某区", "计划生育服务项目")
    assert parts("2023年高龄补贴事后绩效评价报告") == (None, None, "高龄补贴")
    # "地方政府" names a kind of bond, not a unit, and stays in the project's name
    assert parts("2024年度新增地方政府专项债券项目绩效自评报告") == (None, None, "新增地方政府专项债券项目")
    # a bracket giving the report's score is no fund
    assert parts("某某县林业局2020年度专项支出绩效自评报告(自评得分99分)") == ("某某县林业局", None, None)
    assert parts("某某县林业局2020年度专项支出绩效自评报告(综合评分 92.5 分)") == ("某某县林业局", None, None)


def test_a_form_row_run_together_without_spaces_gives_each_label_its_own_value() -> None:
    """A document-sharing site's copy drops the cells' spaces: "项目主管单位" is one label, its 项目 no end of the
    unit's name before it."""
    row = "1、某某市财政预算支出项目绩效目标自评表项目名称2021年传染病防控经费项目实施单位某某市疾病预防控制中心项目主管单位某某市卫生健康委员会项目负责人王某项目属性\n"
    found = {cell.field: cell.value for cell in layout_of(row).labelled}
    assert found["unit"] == "某某市疾病预防控制中心"
    assert found["department"] == "某某市卫生健康委员会"
    assert found["project"] == "传染病防控经费"


def test_a_column_header_after_a_label_is_not_its_value() -> None:
    layout = layout_of("序号\n项目名称\n债券性质\n债券规模\n自评分数\n")
    assert [cell for cell in layout.labelled if cell.field == "project"] == []
    layout = layout_of("项目名称 | 发行金额(亿元) | 自评分 |\n某某样板区建设项目 | 0.05 | 95 |\n")
    assert [cell for cell in layout.labelled if cell.field == "project"] == []


def test_a_sharing_sites_page_thumbnails_are_chrome() -> None:
    # each thumbnail is captioned with the uploaded file's name; the document's own title comes later
    text = "某区二00九年度预算项目支出绩效评价_第1页\n某区二00九年度预算项目支出绩效评价_第2页\n文档简介\n"
    layout = layout_of(text + "2011年某市某区教育局校园安全预算项目支出绩效自评报告\n一、项目概况\n")
    assert layout.chrome >= {1, 2}
    assert layout.title is not None and layout.title.lines == (4,)


def test_a_sites_slogan_above_a_title_opening_with_its_place_is_no_part_of_it() -> None:
    title = layout_of(
        "某某圣地 某氏故里\n\n某某县市场监督管理局2019年度项目资金绩效自评报告\n一、项目概况\n"
    ).title
    assert title is not None and title.unit is not None
    assert (title.lines, title.unit.text) == ((3,), "某某县市场监督管理局")
    # a place on its own line above one is the name's beginning
    title = layout_of("某某省\n某某市某某局2021年度部门整体支出绩效自评报告\n").title
    assert title is not None and title.unit is not None and title.unit.text == "某某省某某市某某局"
    # a site's or a superior's name above a title naming its own unit is none of it (hunt, hand-written)
    for above in ("某某县人民政府", "某某县财政局", "某某县水利局"):
        page = f"{above}\n当前位置：首页 > 政务公开\n某某县水利局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        title = layout_of(
            page.replace("当前位置：首页 > 政务公开\n", "") if above.endswith("财政局") else page
        ).title
        assert title is not None and title.unit is not None and title.unit.text == "某某县水利局", above
    # a branch's name goes on from its parent's above it (review)
    for above, title_line, unit in (
        ("某市生态环境局", "某县分局2023年度部门整体支出绩效自评报告", "某市生态环境局某县分局"),
        ("国家税务总局", "某县税务局2023年度部门整体支出绩效自评报告", "国家税务总局某县税务局"),
    ):
        title = layout_of(f"{above}\n{title_line}\n一、部门基本情况\n").title
        assert title is not None and title.unit is not None and title.unit.text == unit, above
    # the unit on its own line above a title opening with 关于 is the title's
    title = layout_of(
        "某某市某某区农业农村委员会\n关于某某区2022年度中央某某资金绩效自评报告\n一、基本情况\n"
    ).title
    assert title is not None and title.unit is not None and title.unit.text == "某某市某某区农业农村委员会"


def test_a_title_piece_printed_twice_ends_what_the_title_takes_from_above() -> None:
    # a sharing site lists the file's keywords one per line, then prints the title's first line twice
    text = (
        "2023\n年中\n某某\n宣传部\n部门\n中共某某县委宣传部(2023年度)部门\n中共某某县委宣传部(2023年度)部门\n"
    )
    title = layout_of(text + "整体支出绩效自评报告\n一、部门基本情况\n").title
    assert title is not None and title.unit is not None
    assert (title.lines, title.unit.text) == ((7, 8), "中共某某县委宣传部")


def test_a_sharing_sites_page_count_and_download_prompt_are_chrome() -> None:
    text = "某某文库\n当前文档共23页 下载后继续阅读\n\n某市交通运输局2021部门整体绩效自评报告\n一、部门概况\n"
    layout = layout_of(text)
    assert 2 in layout.chrome
    assert layout.title is not None and layout.title.lines == (4,)


def test_a_sharing_sites_tagline_and_a_lone_back_link_are_chrome() -> None:
    # hand-written: a site's name with its tagline opens the page; a mobile page's "返回" stands over the unit, no
    # part of its name
    layout = layout_of(
        "某某文阁 - 分享文档赚钱的网站\n首页 | 分类 | 上传文档\n某县农业局2020年度项目支出绩效自评报告\n"
    )
    assert 1 in layout.chrome
    page = "返回\n某市总工会\n2025年送温暖活动资金绩效自评报告\n一、项目基本情况\n某市总工会\n2026年2月10日\n"
    assert 1 in layout_of(page).chrome
    assert extract_document(Document.from_text("page.txt", "txt", page)).unit == "某市总工会"


def test_an_accessibility_switch_alone_on_its_line_is_chrome() -> None:
    layout = layout_of(
        "无障碍    |\n\n某县某局2019年度项目资金绩效自评报告\n一、项目概况\n无障碍设施建设完成3处。\n"
    )
    assert 1 in layout.chrome and 5 not in layout.chrome  # the report's own 无障碍设施 is no chrome


def test_a_publisher_run_into_the_next_metadata_label() -> None:
    # "信息来源: X阅读次数:": the value ends where the next label begins (hand-written)
    layout = layout_of(
        "某某项目支出绩效评价报告\n发布时间:2023-12-05 09:19信息来源: 某市民政局阅读次数:编辑:某某 字体:【\n"
    )
    assert [m.value for m in layout.publishers] == ["某市民政局"]
    layout = layout_of("某某部门决算说明\n来源:某市文化局访问量:-发布时间:2017-09-22\n")
    assert [m.value for m in layout.publishers] == ["某市文化局"]


def test_a_collections_topic_repeated_as_the_page_title_or_a_pieces_heading_names_no_project() -> None:
    # a 范文 page (hand-written): the site's title, the collection's title with its count, a piece's heading
    page = (
        "某某补助资金绩效自评报告\n2022-12-22 报告\n某某补助资金绩效自评报告(通用5篇)\n"
        "某某补助资金绩效自评报告1\n一、基本情况\n"
    )
    title = layout_of(page).title
    assert title is not None and title.kind == "项目支出" and title.project is None
    # without the collection's line the same title names its fund
    title = layout_of("某某补助资金绩效自评报告\n一、基本情况\n").title
    assert title is not None and title.project is not None and title.project.text == "某某补助资金"


def test_a_place_then_an_organisation_then_its_project() -> None:
    # hand-written titles: the place's hospital, then the project it carries out
    title = title_of("甲县人民医院灾后重建项目支出绩效自评报告")
    assert title.unit is not None and title.unit.text == "甲县人民医院"
    assert title.project is not None and title.project.text == "灾后重建项目"
    # the facility built is the project, not its unit, whatever bonds paid for it
    for text, project in (
        ("甲县人民医院建设项目绩效自评报告", "人民医院建设项目"),
        ("甲市乙街道中心幼儿园新建工程专项债券项目资金绩效部门评价报告", "中心幼儿园新建工程"),
        ("甲市乙街道中心幼儿园新建工程项目绩效自评报告", "中心幼儿园新建工程项目"),
    ):
        title = title_of(text)
        assert title.unit is None and title.project is not None and title.project.text == project
    # a fund's name in brackets may hold a bracket of its own
    for text in (
        "甲县教育局(义务教育小规模(教学点)智慧学校建设项目)转移支付2022年度绩效自评报告",
        "甲县教育局2022年预算项目支出(义务教育小规模(教学点)智慧学校建设项目)绩效自评报告",
    ):
        title = title_of(text)
        assert title.unit is not None and title.unit.text == "甲县教育局"
        assert title.project is not None and title.project.text == "义务教育小规模(教学点)智慧学校建设项目"
    # the works on a facility paid for by a transfer: the facility is the project's, not its unit
    title = title_of("甲市乙街道中心幼儿园新建工程专项转移支付2020年度绩效自评报告")
    assert title.project is not None and title.project.text.startswith("中心幼儿园新建工程")
    assert title.unit is None or "幼儿园" not in title.unit.text
    # "X项目建设": 建设 is the name's unless said twice ("X建设项目建设")
    title = title_of("甲县数据资源局信息化项目建设绩效自评报告")
    assert title.project is not None and title.project.text == "信息化项目建设"
    # "X建设项目建设": the word said twice after the project's name
    title = title_of("甲市人民医院住院部大楼(二期)建设项目建设2021年度绩效自评报告")
    assert title.unit is not None and title.unit.text == "甲市人民医院"
    assert title.project is not None and title.project.text == "住院部大楼(二期)建设项目"
    # without a place before it, a hospital's word opens a project's name
    title = title_of("健全现代医院管理制度项目绩效自评报告")
    assert (
        title.unit is None and title.project is not None and title.project.text == "健全现代医院管理制度项目"
    )


def test_a_sites_navigation_bar_is_chrome_and_no_part_of_the_title_below() -> None:
    page = "首 页 领导分工 机构设置 工作动态 通知公告\n某某中心异地新建项目绩效评价报告\n现将某某中心异地新建项目绩效评价报告如下:\n"
    layout = layout_of(page)
    assert 1 in layout.chrome
    assert layout.title is not None and layout.title.lines == (2,)
    # a sentence opening with 首页 is no menu
    layout = layout_of("首页设计方案已完成,网站改版项目完成率100%。\n")
    assert 1 not in layout.chrome


def test_a_breadcrumb_without_home_is_chrome_whatever_its_last_crumb_says() -> None:
    page = "某某县人民政府 > 政务公开 > 财政资金 > 绩效评价\n某某街道办事处2019年度部门整体支出绩效自评报告\n一、部门概况\n"
    layout = layout_of(page)
    assert 1 in layout.chrome
    assert layout.title is not None and layout.title.lines == (2,)
    report = extract_document(Document.from_text("page.txt", "txt", page))
    assert (report.kind, report.unit) == ("部门整体支出", "某某街道办事处")
    for crumbs in ("某某市财政局 › 绩效管理 › 绩效自评", "某某市财政局 >> 预决算公开 >> 部门绩效自评"):
        assert 1 in layout_of(crumbs + "\n某某局2022年度部门整体支出绩效自评报告\n").chrome
    # a comparison in a sentence or a target cell is no breadcrumb
    assert 1 not in layout_of("满意度>90%，及时率>95%，合格率>98%。\n").chrome


def test_a_sites_words_in_a_reports_own_sentence_leave_it_in_the_text() -> None:
    # hand-written: a figure line running on into 适老化改造, a sentence on 政府网站 and 技术支持; the same words
    # on a short line that is no sentence are the site's own menu and footer
    page = (
        "某市某局2015年项目绩效自评报告\n"
        "实际支出(万元)285.58二、项目绩效情况通过对敬老院进行消防改造、适老化改造等改建\n"
        "同时,在政府网站上对“三公”经费情况进行了公示。\n"
        "为企业提供技术支持,完成检验检测服务。\n"
        "无障碍 适老化 简体 繁体\n"
        "某县人民政府门户网站 www.example.gov.cn 发布时间:2019-06-28 16:30\n"
        "主办单位:某县人民政府办公室 技术支持:某某网络公司\n"
    )
    layout = layout_of(page)
    assert not {2, 3, 4} & layout.chrome
    assert {5, 6, 7} <= layout.chrome
    assert [(f.label, f.value) for f in layout.figures] == [("实际支出", Decimal("285.58"))]
    # a title or a form's cell naming such work is no site's menu
    title = "某县民政局2022年度特殊困难老年人家庭适老化改造项目绩效自评报告\n项目名称 政府网站集约化平台运维项目\n"
    layout = layout_of(title)
    assert not layout.chrome
    assert layout.title is not None and layout.title.project is not None
    assert layout.title.project.text == "特殊困难老年人家庭适老化改造项目"


def test_a_labelled_name_broken_by_a_pdfs_line_wrap_is_joined() -> None:
    # hand-written after a PDF's text layer: the space where a line wrapped, a colon after 为
    layout = layout_of(
        "2017年度某项专项资金绩效自评报告 进行绩效自评报告的专项资金名称为:市镇公路路政管 理专项资金。"
        " 项目单位 XX 县国土资源局 主管部门 XX县财政局\n"
    )
    found = [(c.field, c.value) for c in layout.labelled]
    assert ("project", "市镇公路路政管理专项资金") in found
    assert ("unit", "XX县国土资源局") in found
    # two runs that end as no name together stay apart
    layout = layout_of("项目名称 道路维修 负责人 张三\n")
    assert [(c.field, c.value) for c in layout.labelled] == [("project", "道路维修")]


def test_a_packages_title_naming_no_fund_gives_way_to_the_reports_own_under_it() -> None:
    # hand-written: a page titled for a package of reports and tables, then the department-whole report's title
    page = (
        "某市某局2020年度市级财政资金绩效自评报告及报表\n某市某局2020年度整体绩效自评报告\n一、单位基本情况\n"
    )
    title = layout_of(page).title
    assert title is not None and title.kind == "部门整体支出" and title.lines == (2,)
    # a fund the first title names is its project's: the report is on that fund
    page = (
        "某市某局2020年度农村公路养护资金绩效自评报告\n某市某局2020年度整体绩效自评报告\n一、单位基本情况\n"
    )
    title = layout_of(page).title
    assert title is not None and title.kind == "项目支出" and title.lines == (1,)


def test_a_transfer_reports_heading_labels_the_unit_on_the_next_line() -> None:
    # hand-written after a transfer report's outline: "(四)项目实施主体或单位" over the unit's name
    layout = layout_of(
        "(三)州市配套或自筹下达及到位情况\n无。\n(四)项目实施主体或单位\n某市图书馆\n(五)项目实施内容\n"
    )
    assert [(c.field, c.value, c.line) for c in layout.labelled] == [("unit", "某市图书馆", 4)]


def test_implementing_body_alone_labels_no_unit() -> None:
    # 实施主体 alone names who carries the work out, often a village or a cooperative (review)
    assert [c.field for c in layout_of("实施主体:某村股份经济合作社\n").labelled] == []
    # a masked year of four underscores still opens an evaluation statement
    text = "某县民政局评价工作组对某县民政局20____年度敬老院运转经费项目进行绩效评价。\n"
    evaluated = layout_of(text).evaluated
    assert evaluated.project is not None and evaluated.project.text == "敬老院运转经费项目"


def test_only_a_packages_title_gives_way_to_a_whole_title_under_it() -> None:
    # review: a note on an attached whole-spending form, or a title naming no package, keeps its own kind
    for page in (
        "某市农业农村局2022年度专项资金绩效自评报告\n附件：2022年度部门整体支出绩效自评表\n一、项目基本情况\n",
        "某市农业农村局2022年度专项资金绩效自评报告\n（部门整体支出绩效自评报告另行公开）\n一、项目基本情况\n",
        "某市农业农村局2022年度财政资金绩效自评报告\n某市农业农村局2022年度部门整体支出绩效自评报告\n",
    ):
        title = layout_of(page).title
        assert title is not None and title.kind == "项目支出" and title.lines == (1,), page


def test_two_names_set_apart_are_not_joined_as_one_wrapped() -> None:
    # review (hand-written): the second run opens with its place or a level: a name of its own
    found = [(c.field, c.value) for c in layout_of("实施单位 某县实验中学 某县教育局\n").labelled]
    assert ("unit", "某县实验中学某县教育局") not in found
    # a project's name goes on after a level ("项目名称 某县乡村振兴 县级衔接资金项目", second review)
    found = [(c.field, c.value) for c in layout_of("项目名称 某县乡村振兴 县级衔接资金项目\n").labelled]
    assert ("project", "某县乡村振兴县级衔接资金项目") in found


def test_a_sites_lists_of_links_above_the_article_are_chrome() -> None:
    # hand-written after a hunt: a portal's sidebar copied above the article names other units' reports
    page = (
        "最新信息\n· 某某县财政局2024年部门预算公开 2024-02-05\n"
        "· 某某县审计局2023年度部门整体支出绩效自评报告 2024-04-20\n"
        "某某县自然资源局2023年度部门整体支出绩效自评报告\n一、部门概况\n"
    )
    layout = layout_of(page)
    assert {1, 2, 3} <= set(layout.chrome)
    assert layout.title is not None and layout.title.lines == (4,)
    page = "热点文章：某某县财政局2024年部门预算公开 | 某某县审计局2023年度部门整体支出绩效自评报告\n某某县档案馆2022年度部门整体支出绩效自评报告\n"
    assert layout_of(page).title is not None and layout_of(page).title.lines == (2,)  # type: ignore[union-attr]
    # a report's own list item keeps its place
    assert 2 not in layout_of("一、部门概况\n· 完成巡查120次，发现问题15处。\n").chrome


def test_a_title_broken_after_its_unit_under_the_pages_metadata_keeps_its_unit() -> None:
    # hand-written after a hunt: a subordinate unit's report posted by its superior, the title broken after the
    # unit right under the metadata line; a label whose value stands on its own line is still no title's piece
    page = "索引号：123 发布机构：某某县教育局\n某某县第三中学\n2023年度部门整体支出绩效自评报告\n一、学校基本情况\n"
    title = layout_of(page).title
    assert title is not None and title.unit is not None
    assert (title.lines, title.unit.text) == ((2, 3), "某某县第三中学")
    title = layout_of("发布机构：\n某某县民政局\n2023年度部门整体支出绩效自评报告\n一、部门概况\n").title
    assert title is not None and title.lines == (3,)


def test_a_summary_tables_column_headers_are_no_projects_name() -> None:
    # hand-written after a hunt: a table of several projects' results, its 项目名称 header before other headers
    for header in (
        "项目名称 | 自评得分 | 等级 |",
        "序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分",
    ):
        assert [
            c for c in layout_of(header + "\n1 | 河道保洁 | 91 | 优 |\n").labelled if c.field == "project"
        ] == [], header


def test_a_page_with_blank_lines_between_its_lines_keeps_labels_and_values_together() -> None:
    # a metadata label alone on its line, its value two lines down; a unit's name wrapped over a blank line
    layout = layout_of(
        "索引号\n\n11511102008762210W/2022-00020\n\n发布机构\n\n某区民政局\n\n成文日期\n\n2022-08-12\n"
    )
    assert [meta.value for meta in layout.publishers] == ["某区民政局"]
    assert {5, 7} <= layout.chrome
    cells = layout_of("部门(单位)全称:某某满族蒙古族自治县\n\n人民法院(公章)\n\n主管部门审核意见:\n").labelled
    assert [cell.value for cell in cells if cell.field == "unit"] == ["某某满族蒙古族自治县人民法院"]


def test_a_site_title_and_the_reports_own_apart_by_lines_with_text_not_blank_ones() -> None:
    page = "\n\n".join(
        ["某市住房和城乡建设局2023年度项目支出绩效单位自评报告", "文章来源: 某市住房和城乡建设局", "作者:"]
        + [f"栏目{number}" for number in range(1, 7)]
        + ["某市住房和城乡建设局2023年度农村危房改造补助资金支出绩效自评报告", "一、基本情况"]
    )
    layout = layout_of(page)
    assert layout.title is not None and layout.title.project is not None
    assert layout.title.project.text == "农村危房改造补助资金"


def _wrapped(paragraphs: list[str], at: int = 30) -> str:
    """Paragraphs printed as a PDF's text layer prints them: cut every ``at`` characters."""
    return "\n".join(p[i : i + at] for p in paragraphs for i in range(0, len(p), at))


def test_a_line_the_page_cut_is_no_title_and_a_name_it_cuts_is_read_over_the_cut() -> None:
    body = (
        "为加强预算绩效管理，提高财政资金使用效益，我局按照有关文件要求认真组织开展了绩效自评工作，"
        "(1)前期准备：按照《某市财政局关于2020年市级部门整体支出和项目支出绩效自评及财政绩效评价有关事项的通知》"
        "要求，对2020年项目支出的准确性、真实性进行核实，并对照绩效目标逐项核查，形成自评结论。"
        "项目名称：某某事业费，项目单位：某市卫生和计划生育委员会，主管部门：某市卫生和计划生育委员会。"
    )
    page = _wrapped([body * 2])
    layout = layout_of(page)
    assert (
        layout.title is None
    )  # "局关于2020年市级部门整体支出和项目支出绩效自评及财政绩效" is a cut sentence
    units = [cell for cell in layout.labelled if cell.field == "unit"]
    assert units and all(cell.value == "某市卫生和计划生育委员会" for cell in units)  # not "某市卫生和计划"
    assert any(cell.end_line == cell.line + 1 for cell in units)
    assert extract_document(Document.from_text("p.txt", "txt", page)).unit == "某市卫生和计划生育委员会"


def test_an_empty_label_above_a_titles_first_piece_takes_no_value_and_a_seal_is_no_rest_of_a_name() -> None:
    layout = layout_of("文章来源：\n\n某某县水利局2023年度中央水利发展资金\n\n绩效自评报告\n\n一、基本情况\n")
    assert layout.title is not None and layout.title.unit is not None
    assert (layout.title.unit.text, layout.title.project and layout.title.project.text) == (
        "某某县水利局",
        "中央水利发展资金",
    )
    cells = layout_of("单位名称：某某县城关镇\n\n某某县城关镇人民政府\n\n（盖章）\n").labelled
    assert [cell.value for cell in cells if cell.field == "unit"] == ["某某县城关镇"]
    cells = layout_of(
        "单位名称：某某市某某区\n望月湖街道办事处\n"
    ).labelled  # the rest, though it opens with a place
    assert [cell.value for cell in cells if cell.field == "unit"] == ["某某市某某区望月湖街道办事处"]


def test_a_title_cut_by_the_page_is_read_whole_and_kept() -> None:
    body = "为贯彻落实国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见精神，我局根据统一部署组织实施改造项目。"
    page = _wrapped(
        [
            "某某自治区某某市某某区住房和城乡建设局2021年度城镇老旧小区改造中央补助资金项目支出绩效自评报告",
            body * 3,
        ],
        38,
    )
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert (report.unit, report.project) == (
        "某某自治区某某市某某区住房和城乡建设局",
        "城镇老旧小区改造中央补助资金项目",
    )


def test_across_blank_lines_a_line_above_a_title_is_its_unit_not_an_empty_labels_value() -> None:
    page = "来源：某某县财政局\n\n字号：\n\n某某县卫生健康局\n\n2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n"
    layout = layout_of(page)
    assert 5 not in layout.chrome
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert report.unit == "某某县卫生健康局"


def test_a_sentence_the_page_cut_is_read_whole_and_its_name_cites_both_lines() -> None:
    statement = (
        "根据某某县财政局《关于开展2021年度预算绩效目标完成情况单位自评工作的通知》文件精神，我单位对某某县"
        "环境监测站2021年度某某山大气监测专项项目使用管理情况认真开展了自评。现将项目绩效自评情况报告如下："
    )
    body = "为加强预算绩效管理，提高财政资金使用效益，按照全面实施预算绩效管理的要求，认真组织开展了绩效自评工作，形成自评结论。"
    page = _wrapped([statement, "一、基本情况", body * 4], 34)
    assert page.split("\n")[1].endswith("某某山大气监")  # the page cut the project's name
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert (report.unit, report.project, report.year) == ("某某县环境监测站", "某某山大气监测专项项目", 2021)
    project = next(fact for fact in report.facts if fact.field == "project")
    assert (project.line, project.start, project.end_line, project.end) == (2, 28, 3, 5)
    assert project.text == "某某山大气监测专项项目"


def test_paragraphs_rejoin_only_what_the_page_cut() -> None:
    page = _wrapped(["甲" * 70, "一、基本情况", "乙" * 245], 30)
    whole = paragraphs([Line(n, text) for n, text in enumerate(page.split("\n"), 1)])
    assert [(line.number, len(line.text)) for line in whole.lines] == [(1, 70), (4, 6), (5, 245)]
    assert (
        whole.printed(1, 29) == (1, 29) and whole.printed(1, 30) == (2, 0) and whole.printed(1, 69) == (3, 9)
    )
    assert whole.printed(1, 30, end=True) == (1, 30)  # an end column stays on the line it closes
    assert whole.printed(4, 3) == (4, 3)
    plain = [Line(1, "某某局2023年度部门整体支出绩效自评报告"), Line(2, "一、基本情况")]
    assert paragraphs(plain).lines == tuple(plain) and not paragraphs(plain).pieces


def test_a_line_before_a_heading_or_a_labelled_field_is_not_cut_by_the_page() -> None:
    # a short page whose widest lines are its labelled fields: each ends where its writer ended it
    page = "\n".join(
        [
            "2023年度部门整体支出绩效自评报告",
            "单位名称：某某省某某市某某某某瑶族自治县退役军人事务局",
            "一、部门基本情况",
            "（一）主要职能：负责全县退役军人思想政治和服务管理工作",
            "联系电话：0763-88888888，传真：0763-88888889，邮编：513300",
            "填报说明：本表金额单位为万元，各项数据来源于部门决算报表",
            "二、预算执行情况",
            "（一）年初预算数：356.80万元，全年预算数：412.35万元。",
            "审核意见：经核对，本表数据与部门决算报表数据一致，予以确认",
            "（二）全年实际支出：405.17万元，预算执行率：98.26%。",
            "三、绩效目标完成情况",
        ]
    )
    lines = [Line(n, text) for n, text in enumerate(page.split("\n"), 1)]
    cut, going_on = page_cuts(lines)
    assert 2 not in cut and 3 not in going_on and 5 not in cut and 6 not in going_on
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert report.unit == "某某省某某市某某某某瑶族自治县退役军人事务局"


def test_a_title_ending_at_the_pages_width_is_not_run_into_the_first_sentence() -> None:
    body = "为加强预算绩效管理，提高财政资金使用效益，认真组织开展了绩效自评工作，形成自评结论。"
    page = _wrapped(
        [
            "某某土家族自治州某某县乡村振兴局关于2022年度中央财政衔接推进乡村振兴补助资金绩效自评的报告",
            "按照《某某县财政局关于开展2023年度县级预算部门绩效自评工作的通知》要求，某某县乡村振兴局会同县财政局对"
            "2022年度中央财政衔接推进乡村振兴补助资金开展了绩效自评，现将有关情况报告如下：",
            body * 3,
        ],
        24,
    )
    assert page.split("\n")[1] == "中央财政衔接推进乡村振兴补助资金绩效自评的报告"
    lines = [Line(n, text) for n, text in enumerate(page.split("\n"), 1)]
    assert [line.number for line in paragraphs(lines).lines][:2] == [1, 3]
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert report.unit == "某某土家族自治州某某县乡村振兴局"


_WRAPPED = Path(__file__).parent / "fixtures" / "wrapped"


@pytest.mark.parametrize(
    ("name", "unit", "project"),
    [
        # a whole title as wide as the page, then "2022年，县农业农村局…": not run into the sentence
        ("t07", "某某县农业农村局", "省级农村人居环境整治专项资金"),
        # a field as wide as the page ends with its line before a blank line or a sentence
        ("t23", "某某省某某市某某县人力资源和社会保障局劳动保障监察大队", None),
        ("t46", "某某省某某市某某县人力资源和社会保障局劳动保障监察大队", None),
        # a lead-in rejoined ("X局…，现将2022年度…报告如下：") is no title: its place is not the unit
        ("t57", "某某县交通运输局", "农村公路养护工程专项资金"),
        # a title's first line under a breadcrumb as wide as the page is no rest of the breadcrumb
        ("t40", "某某县农业农村局", "中央财政衔接推进乡村振兴补助资金项目"),
        # a finance bureau's review told far down ("…财政局对2021年度X资金开展了重点绩效评价") names nothing
        ("t33", "某某县交通运输局", "农村公路养护工程专项资金"),
        # "某中心为局属…事业单位" in a report speaking as 我局: no unit of the report's
        ("t36", None, None),
        # a second review: a table of contents' "（共6篇）", a link's "（3则）", attachments' "（共2则）" make no
        # collection of the page; a signature far down a wrapped page, a self-description as far into it as
        # unwrapped, a title as wide as the page ending "（公示）" before a lead-in; a finance bureau's own
        # project; a unit describing itself as another's 所属 institution
        ("r23_c02", "桃源县自然资源局", None),
        ("r23_c03", "攸县交通运输局", "农村公路养护项目"),
        ("r23_c04", "醴陵市人民医院", "公立医院综合改革补助资金"),
        ("r23_e01", "湘阴县水利局", None),
        ("r23_e03", "湘阴县水利局", None),
        ("r23_e08", "湘阴县水利局", "农村饮水安全巩固提升工程项目"),
        ("r23_e12", "湘阴县水利局", "中央农村饮水安全巩固提升工程项目资金"),
        ("r23_d01", "祁东县财政局", "财政信息化建设项目"),
        ("r23_d06", "攸县财政局", "财政投资评审经费项目"),
        ("r23_d02", "祁阳市疾病预防控制中心", None),
        ("r23_d08", "宁乡市第一高级中学", None),
        # a third review: a labelled value at a line's end is not run on into the next line's label, issuer or
        # date; a collection's title followed by a site's words, behind a label or counted in words still makes
        # the uploaded file's title above it no title of the piece; a finance bureau's evaluation of another
        # year in a report's first section names nothing; a palace built or repaired is the project
        ("r24_c06", "湘潭县环境卫生服务中心", "农村人居环境整治项目"),
        ("r24_c07", "湘潭县农村人居环境整治服务中心", "农村人居环境整治项目"),
        ("r24_c13", "湘潭县", "农村人居环境整治提质"),
        ("r24_e01", None, None),
        ("r24_e03", None, None),
        ("r24_e04", None, None),
        ("r24_e05", None, None),
        ("r24_f01", None, "农村公路养护项目"),
        ("r24_f04", None, None),
        ("r24_d02", "安化县", "乡村少年宫建设项目"),
        ("r24_d03", "株洲市", "工人文化宫维修改造工程"),
        # a fourth review: a unit under the one at a line's end ("X局" / "机关服务中心") and a fund word on the next
        # line ("…补助" / "资金") go on over the cut; a title-like line inside a lead-in sentence stays in it; a
        # sidebar's "猜你喜欢：…（精选5篇）" or "附：…（2则）" is no collection; a finance bureau's own project
        # told under 二、 or after a table of contents names it
        ("r25_u01", "宁乡市机关事务管理局机关服务中心", "县直机关办公楼维修改造项目"),
        ("r25_u21", "株洲市生态环境局攸县分局", "攸县大气污染防治专项资金项目"),
        ("r25_u25", "攸县公安局交通警察大队", "道路交通安全管理和秩序整治专项工作经费"),
        # (its sentence "本项目由祁东县住房和城乡建设局组织实施" names who carries the project out: the unit; so does
        # "本项目由新化县教育局负责组织实施")
        ("r25_u04", "祁东县住房和城乡建设局", "农村危房改造补助资金"),
        ("r25_u06", "新化县教育局", "农村义务教育学生营养改善计划"),
        ("r25_u13", None, "农村饮水安全巩固提升工程建设"),
        ("r25_w09", "宁乡市机关事务管理局机关服务中心", "县直机关办公楼维修改造项目"),
        ("r25_w13", "宁乡市人民医院", "医疗设备购置项目资金"),
        ("r25_w17", None, None),
        ("r25_c01", "宁乡市人民医院", "医疗设备购置项目"),
        ("r25_c13", "宁乡市人民医院", "医疗设备购置项目"),
        ("r25_f01", "攸县财政局", "财政投资评审经费项目"),
        ("r25_f02", "攸县财政局", "财政投资评审经费项目"),
    ],
)
def test_wrapped_pages_hand_written_by_a_review_read_as_printed_otherwise(
    name: str, unit: str | None, project: str | None
) -> None:
    text = (_WRAPPED / f"{name}.txt").read_text(encoding="utf-8")
    report = extract_document(Document.from_text(f"{name}.txt", "txt", text))
    assert (report.unit, report.project) == (unit, project)


def test_a_residential_compound_or_a_central_district_is_no_place() -> None:
    assert leading_place("中心城区老旧小区改造配套基础设施建设项目") == 0
    assert leading_place("老旧小区改造中央补助资金") == 0
    assert leading_place("某某县老旧小区改造中央补助资金") == 3
    assert leading_place("满城区老旧小区改造中央补助资金") == 3


def test_a_labelled_name_the_page_cut_is_read_over_the_cut_and_cites_both_lines() -> None:
    # hand-written after a sharing site's run-together form printed at a PDF's width
    form = (
        "1、某某市财政支出项目绩效评价报告项目名称:计划生育事业费项目单位:某某市卫生和计划生育委员会主管部门:"
        "某某市卫生和计划生育委员会评价机构:某某市卫生和计划生育委员会2017年7月目录摘要概述"
    )
    body = "为加强预算绩效管理，提高财政资金使用效益，认真组织开展了绩效自评工作，形成自评结论。"
    page = _wrapped([form, body * 8], 38)
    assert page.split("\n")[1].startswith("生和计划生育委员会")  # the page cut the unit's name
    layout = layout_of(page)
    unit = next(cell for cell in layout.labelled if cell.field == "unit")
    assert (unit.value, unit.line, unit.end_line) == ("某某市卫生和计划生育委员会", 1, 2)
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert (report.unit, report.project) == ("某某市卫生和计划生育委员会", "计划生育事业费")
    fact = next(fact for fact in report.facts if fact.field == "unit")
    assert (fact.line, fact.end_line, fact.text) == (1, 2, "某某市卫生和计划生育委员会")


def test_a_title_under_a_sentence_the_page_cut_is_no_rest_of_the_sentence() -> None:
    # hand-written after a sharing site's notes printed at a PDF's width, the report's title right under them
    notes = "网站将根据用户上传文档的质量评分、类型等，对文档贡献者给予高额补贴和流量扶持。如果你也想贡献文档，请先登录网站并完成实名认证然后上传文档"
    body = "为加强预算绩效管理，提高财政资金使用效益，认真组织开展了绩效自评工作，形成自评结论。"
    lines = [
        *_wrapped([notes], 34).split("\n"),
        "某某县人民医院灾后重建项目支出绩效",
        "自评报告",
        "一、项目基本概况",
    ]
    page = "\n".join([*lines, *_wrapped([body * 6], 34).split("\n")])
    assert lines[1].endswith("上传文档")  # as wide as the page, no sentence's end
    report = extract_document(Document.from_text("p.txt", "txt", page))
    assert (report.unit, report.project) == ("某某县人民医院", "灾后重建项目")


def test_figures_set_apart_by_spaces_in_sentences_are_read_as_typed_and_cited_as_printed() -> None:
    """A PDF's text layer sets figures apart ("环境监测站 2021 年度"); the sentence and title readers read the
    words whole, and each name's columns are still those of the printed line. A row of cells keeps them."""
    printed = (
        "绩效自评报告\n"
        "根据风景区财政局通知要求,我单位对环境监测站 2021 年度百岁宫大气监测专项项目使用管理情况认真开展了自评。\n"
    )
    report = extract_document(Document.from_text("spaced.txt", "txt", printed))
    lines = printed.split("\n")
    unit = next(f for f in report.facts if f.field == "unit")
    assert report.unit == unit.value == "环境监测站"
    assert lines[unit.line - 1][unit.start : unit.end] == "环境监测站"
    assert report.project is not None and report.project.startswith("百岁宫大气监测专项")
    project = next(f for f in report.facts if f.field == "project")
    assert project.line == 2 and lines[1][project.start : project.end] == project.text

    heading = "清远市体育学校 2016 年部门整体支出绩效自评报告"
    title = lay_out(normalise_lines(Document.from_text("t.txt", "txt", heading + "\n").lines)).title
    assert title is not None and title.unit is not None and title.year is not None
    assert (title.unit.text, title.year.text, title.kind) == ("清远市体育学校", "2016", "部门整体支出")
    assert heading[title.year.start : title.year.end] == "2016"

    # a title opening with its year set apart ("2021 乡镇…"): read as typed, the year cited where it is printed
    opening = "2021 乡镇(公社)老放映员省级补助资金绩效自评报告"
    title = lay_out(normalise_lines(Document.from_text("t.txt", "txt", opening + "\n").lines)).title
    assert title is not None and title.year is not None and title.project is not None
    assert (title.year.text, title.project.text) == ("2021", "乡镇(公社)老放映员省级补助资金")
    assert opening[title.project.start : title.project.end] == "乡镇(公社)老放映员省级补助资金"

    row = Document.from_text("row.txt", "txt", "产出指标 数量指标 资助学生人数 52 10 19.23% 20.00 3.85\n")
    assert lay_out(normalise_lines(row.lines)).title is None


def test_a_bracket_after_a_works_name_is_the_works_and_after_a_funds_a_part_of_the_money() -> None:
    def evaluated(sentence: str) -> str | None:
        lines = normalise_lines(Document.from_text("e.txt", "txt", f"一、基本情况\n{sentence}\n").lines)
        project = lay_out(lines).evaluated.project
        return project.text if project is not None else None

    # the place before a fund's or a work's name is left out, as for every evaluated name
    assert evaluated("我局对2016年度甘谷县公共安全视频监控建设项目(雪亮工程) 实施了绩效评价。") == (
        "公共安全视频监控建设项目(雪亮工程)"
    )
    assert evaluated("我局对2023年度动物防疫补助经费(疫苗采购费)开展了绩效自评。") == "动物防疫补助经费"


SPACED = Path(__file__).resolve().parent / "fixtures" / "spaced"


@pytest.mark.parametrize(
    ("name", "unit", "project"),
    [
        # the finance bureau pays the money out ("宁乡市财政局 2022 年共下达…"): it does not act as the unit
        ("review27_p32s", "宁乡市林业局", "森林防火专项经费"),
        # the finance bureau's 重点绩效评价 of another fund is told first; the unit's own statement follows
        ("review27_p36s", "宁乡市林业局", "森林草原防灭火能力提升资金"),
        # the same pages typed without the spaces
        ("review27_p32u", "宁乡市林业局", "森林防火专项经费"),
        ("review27_p36u", "宁乡市林业局", "森林草原防灭火能力提升资金"),
    ],
)
def test_a_review_or_a_payment_told_before_the_units_own_statement_names_neither(
    name: str, unit: str, project: str
) -> None:
    """Texts a review of the spaced-figures change wrote (figures set apart as a PDF prints them, and typed):
    each sentence met first names another's act than the report's own evaluation."""
    report = extract_document(read_document(SPACED / f"{name}.txt"))
    assert (report.unit, report.project) == (unit, project)


def test_a_row_of_cells_printed_with_single_spaces_keeps_its_cells_in_the_flow() -> None:
    from jixiao.extract.normalise import build_flow

    row = "时效指标 按月发放 12 月 12 月 15 15"
    sentence = "4.8 万元慰问经费于 2019 年 1 月全部使用完毕,共 110 户。"
    flow = build_flow(normalise_lines([Line(1, row), Line(2, ""), Line(3, ""), Line(4, sentence)]))
    assert flow.text.split("\n") == [row, "4.8 万元慰问经费于2019年1月全部使用完毕,共110户。"]
    assert flow.locate(flow.text.index("110")) == (4, sentence.index("110"))


def test_a_fund_ending_in_jijin_or_fei_makes_a_project_title() -> None:
    # hand-written titles: a fund named 基金 or a fee (…费) right before the evaluation's words
    for text, name in (
        ("2024年粮食风险基金预算执行情况绩效自评报告", "粮食风险基金"),
        ("2024年农业保险保费预算执行情况绩效自评报告", "农业保险保费"),
        ("甲县2020年办公局域网维护费绩效评价自评报告", "办公局域网维护费"),
    ):
        title = title_of(text)
        assert title.kind == "项目支出", text
        assert title.project is not None and title.project.text == name
    # a unit whose name holds 费 is no fund ("收费管理局")
    assert title_of("某市收费管理局2022年度绩效自评报告").kind is None


def test_a_name_in_brackets_after_the_title_may_hold_a_bracket_of_its_own() -> None:
    # hand-written titles: the project named in brackets after the title words, with a bracket inside it
    for text, name in (
        (
            "2024年度市级预算项目绩效自评报告(边境县村(居)民小组党组织及人员补助经费)",
            "边境县村(居)民小组党组织及人员补助经费",
        ),
        (
            "某市财政支出项目绩效自评报告(农村公路安全生命防护工程(第一批))",
            "农村公路安全生命防护工程(第一批)",
        ),
    ):
        title = title_of(text)
        assert title.project is not None and title.project.text == name, text


def test_a_year_then_a_unit_run_into_its_project() -> None:
    # hand-written titles: the year first, then the unit, its project right after it
    for text, unit, project in (
        (
            "2023年度甲县人民医院医疗服务与保障能力提升项目绩效自评报告",
            "甲县人民医院",
            "医疗服务与保障能力提升项目",
        ),
        ("2023年度甲县人民法院诉讼服务中心建设项目绩效自评报告", "甲县人民法院", "诉讼服务中心建设项目"),
        ("2023年度甲市社会福利院孤残儿童养育项目绩效自评报告", "甲市社会福利院", "孤残儿童养育项目"),
        ("2023年度甲县供销合作社联合社农资储备项目绩效自评报告", "甲县供销合作社联合社", "农资储备项目"),
        ("2023年度县农业农村局高标准农田建设项目绩效自评报告", "县农业农村局", "高标准农田建设项目"),
    ):
        title = title_of(text)
        assert title.unit is not None and title.unit.text == unit, text
        assert title.project is not None and title.project.text == project, text
    # a name holding an office's ending is no office ("政府付费", "办公局域网", "村专职委员")
    for name in ("垃圾一体化政府付费项目", "办公局域网维护费", "村专职委员工作补贴"):
        title = title_of(f"2023年度{name}绩效自评报告")
        assert title.unit is None and title.project is not None and title.project.text == name, name


def test_a_project_with_its_unit_in_brackets() -> None:
    # hand-written titles: the project first, its unit in brackets, the year and title words after
    for text, project, unit in (
        ("高标准农田建设项目（甲县农业农村局）2023年度绩效自评报告", "高标准农田建设项目", "甲县农业农村局"),
        ("森林生态效益补偿项目（甲县林业局）绩效自评报告", "森林生态效益补偿项目", "甲县林业局"),
        (
            "农村危房改造补助资金(甲县住房和城乡建设局)2023年度绩效自评报告",
            "农村危房改造补助资金",
            "甲县住房和城乡建设局",
        ),
    ):
        title = title_of(text)
        assert title.project is not None and title.project.text == project, text
        assert title.unit is not None and title.unit.text == unit, text
    # one unit under two names is no project ("党校(行政学院)")
    title = title_of("中共某省委党校(某省行政学院)2022年度部门整体支出绩效自评报告")
    assert (
        title.project is None and title.unit is not None and title.unit.text == "中共某省委党校(某省行政学院)"
    )


def test_the_year_evaluated_beside_the_publications() -> None:
    # hand-written titles: the publication's year, and the year evaluated in brackets after the title words
    for text, unit in (
        (
            "甲县人力资源和社会保障局2024年公开部门整体支出绩效自评报告（2023年度）",
            "甲县人力资源和社会保障局",
        ),
        ("2024年甲县应急管理局部门整体支出绩效自评报告（2023年度）", "甲县应急管理局"),
        ("甲县民政局2024年度部门整体支出绩效自评报告（评价年度：2023年）", "甲县民政局"),
        (
            "甲市医疗保障局2024年预决算公开——2023年度城乡居民基本医疗保险补助项目绩效自评报告",
            "甲市医疗保障局",
        ),
        ("2025年绩效公开：甲县退役军人事务局2023年度部门整体支出绩效自评报告", "甲县退役军人事务局"),
        ("2025年预算绩效信息公开之甲县交通运输局2023年度农村公路养护项目绩效自评报告", "甲县交通运输局"),
    ):
        title = title_of(text)
        assert title.year is not None and title.year.text == "2023", text
        assert title.unit is not None and title.unit.text == unit, text
    # one year only: it is the year evaluated, wherever it stands
    title = title_of("甲县民政局部门整体支出绩效评价报告(2018年度)")
    assert title.year is not None and title.year.text == "2018"


def test_the_unit_after_its_superior_or_publisher() -> None:
    # hand-written titles: the unit evaluated after 关于/对/所属 its superior or the office publishing its result
    for text, unit in (
        ("甲市教育局关于甲市第一中学2022年度单位整体支出绩效自评情况的报告", "甲市第一中学"),
        ("甲市民政局所属甲市社会福利院2022年度单位整体支出绩效自评报告", "甲市社会福利院"),
        ("甲市卫生健康局对甲市人民医院2023年度单位整体支出绩效自评报告", "甲市人民医院"),
        ("甲县财政局关于甲县林业局2022年度部门整体支出绩效自评结果的公示", "甲县林业局"),
    ):
        title = title_of(text)
        assert title.unit is not None and title.unit.text == unit, text
    # a fund after 关于 is the unit's own ("X局关于Y资金支出绩效的自评报告")
    title = title_of("甲县水利局关于水利发展资金支出绩效的自评报告")
    assert title.unit is not None and title.unit.text == "甲县水利局"


def test_a_project_named_before_a_year_and_the_kinds_words() -> None:
    # hand-written titles: the project (and its place or unit) first, then the year, the kind and the title words
    for lines, project in (
        (["甲县农村公路安全生命防护工程", "2023年度项目支出绩效自评报告"], "农村公路安全生命防护工程"),
        (
            ["农村义务教育学校教师特设岗位计划", "2023年度项目绩效自评报告"],
            "农村义务教育学校教师特设岗位计划",
        ),
        (["甲县公安局业务技术用房建设项目2022年度实施情况及绩效自评报告"], "业务技术用房建设项目"),
    ):
        title = read_title([Line(i + 1, text) for i, text in enumerate(lines)], frozenset())
        assert title is not None and title.project is not None and title.project.text == project, lines


def test_a_place_is_never_cut_before_a_word_its_suffix_opens() -> None:
    # hand-written titles: 乡村, 乡镇 open words, no township ends there
    for text, project in (
        ("2024年度甲县和美乡村示范创建项目绩效自评报告", "和美乡村示范创建项目"),
        ("2023年度甲县衔接推进乡村振兴补助资金绩效自评报告", "衔接推进乡村振兴补助资金"),
        ("2022年度甲县乡镇卫生院能力建设项目绩效自评报告", "乡镇卫生院能力建设项目"),
    ):
        title = title_of(text)
        assert title.project is not None and title.project.text == project, text
        assert title.unit is None and title.place is not None and title.place.text == "甲县", text
    # a township's own name still ends at its 乡 ("某乡人民政府…")
    title = title_of("2023年度甲县乙乡人民政府部门整体支出绩效自评报告")
    assert title.unit is not None and title.unit.text == "甲县乙乡人民政府"


def test_市镇_opens_a_funds_name_and_no_town_ends_there() -> None:
    for text in ("市镇公路路政管理专项资金绩效自评报告", "2023年度市镇公路路政管理专项资金绩效自评报告"):
        title = title_of(text)
        assert title.project is not None and title.project.text == "市镇公路路政管理专项资金", text
        assert title.place is None, text
    # a town whose name holds 市 still ends there
    town = title_of("湖州市练市镇2023年度部门整体支出绩效自评报告")
    assert town.place is not None and town.place.text == "湖州市练市镇"


def test_a_unit_on_the_line_above_a_title_naming_the_units_own_place_is_the_titles_unit() -> None:
    # hand-written: the bureau's letterhead, then a title naming only its district; a town government likewise
    title = layout_of(
        "丰林市清河区教育局\n清河区2019年度中小学校舍维修改造项目绩效自评报告\n一、项目基本情况\n"
    ).title
    assert title is not None and title.unit is not None and title.unit.text == "丰林市清河区教育局"
    assert title.project is not None and title.project.text == "中小学校舍维修改造项目"
    # the place's government over the title is often the site's name on every page: not taken as the unit
    title = layout_of(
        "丰林市清河区人民政府\n清河区2019年度农村公路养护项目绩效自评报告\n一、项目基本情况\n"
    ).title
    assert title is not None and title.unit is None
    assert title.place is not None and title.place.text == "丰林市清河区"


def test_a_signature_by_a_units_division_signs_for_the_unit() -> None:
    # hand-written signatures: the unit's 财务科 or 规划财务股 writes for it; a division alone names no unit
    for signature, unit in (
        ("丰林市人力资源和社会保障局财务科", "丰林市人力资源和社会保障局"),
        ("清河县人民医院财务科", "清河县人民医院"),
        ("清河县民政局规划财务股", "清河县民政局"),
        ("财务科", None),
    ):
        layout = layout_of(
            f"2023年度部门整体支出绩效自评报告\n一、基本情况\n我局全年支出100万元。\n{signature}\n2024年3月29日\n"
        )
        assert (layout.signed.text if layout.signed else None) == unit, signature


def test_a_customs_house_or_a_prison_on_the_line_above_a_title_is_its_unit_not_a_project() -> None:
    for unit in ("中华人民共和国某某海关", "某省某某监狱"):
        title = layout_of(f"{unit}\n2020年度项目支出绩效自评情况\n一、项目基本情况\n").title
        assert title is not None and title.project is None, unit
        assert title.unit is not None and title.unit.text == unit


def test_a_years_度_is_no_first_character_of_the_fund_a_sentence_names() -> None:
    # hand-written: a name too short for the sentence's reading keeps no 度 of the year before it
    page = "2023年度项目支出绩效自评报告\n一、项目基本情况\n{}\n"
    short = layout_of(page.format("xx年度生化楼项目总额700万元,主要用于实验楼维修。")).funded
    assert short is None
    whole = layout_of(page.format("xx年度生化楼维修项目总额700万元,主要用于实验楼维修。")).funded
    assert whole is not None and whole.text == "生化楼维修项目"


def test_a_fees_or_a_parts_name_after_a_funds_money_is_no_other_fund() -> None:
    # hand-written funding sentences: what the money pays for, or its part, named after it
    for text, fund in (
        (
            "2023年县财政局下达农村公路养护补助资金200万元，主要支付养护人员工资及机械燃油费。",
            "农村公路养护补助资金",
        ),
        ("2023年县财政安排城乡环卫一体化经费320万元，其中垃圾清运费180万元。", "城乡环卫一体化经费"),
    ):
        funded = layout_of(f"2023年度项目支出绩效自评报告\n一、项目基本情况\n{text}\n").funded
        assert funded is not None and funded.text == fund, text


def test_funds_tables_headed_by_approved_budget_spending_or_completion_words() -> None:
    def total_row(header: str, row: str) -> dict[str, Decimal]:
        (total, *_) = layout_of(f"{header}\n{row}\n").funds[0]
        return {cell.key: cell.value for cell in total.cells}

    # 批复数 beside an adjusted budget's column is the initial budget
    assert total_row(
        "资金类别 | 批复数 | 调整后预算数 | 决算数 | 执行率", "合计 | 690.00 | 742.50 | 739.18 | 99.55%"
    ) == {
        "initial": Decimal("690.00"),
        "adjusted": Decimal("742.50"),
        "executed": Decimal("739.18"),
        "rate": Decimal("99.55"),
    }
    # the approved budget alone is the table's one budget
    assert total_row("项目\t预算批复数\t决算数\t执行率", "合计\t186.00\t179.52\t96.52%") == {
        "adjusted": Decimal("186.00"),
        "executed": Decimal("179.52"),
        "rate": Decimal("96.52"),
    }
    # 全年支出 is the spending, 完成率 beside budget and final accounts the rate
    assert total_row("资金性质\t全年预算\t全年支出\t执行率", "合计\t500.00\t482.50\t96.50%")[
        "executed"
    ] == Decimal("482.50")
    assert total_row("支出功能分类  预算数  决算数  完成率", "合计  3,837.50  3,726.60  97.11%")[
        "rate"
    ] == Decimal("97.11")


def test_a_funds_tables_one_row_without_its_label() -> None:
    text = "预算执行情况（万元）\t年初预算\t全年预算\t全年执行\t执行率\n\t156.30\t168.90\t165.21\t97.82%\n自评得分\t88\n"
    (total, *_) = layout_of(text).funds[0]
    assert {cell.key: (cell.value, cell.cell.line) for cell in total.cells} == {
        "initial": (Decimal("156.30"), 2),
        "adjusted": (Decimal("168.90"), 2),
        "executed": (Decimal("165.21"), 2),
        "rate": (Decimal("97.82"), 2),
    }
    # figures under the headers that no budget column heads are no funds row
    assert not layout_of("执行数\t执行率\t得分\n120\t96%\t9.6\n").funds


def test_a_funds_table_of_this_years_budget_and_spending_beside_last_years() -> None:
    text = (
        "项目\t上年支出\t本年预算\t本年支出\t执行率\n基本支出\t14,862.40\t15,630.20\t15,482.36\t99.05%\n"
        "项目支出\t8,215.66\t9,416.80\t8,975.52\t95.31%\n合计\t23,078.06\t25,047.00\t24,457.88\t97.65%\n"
    )
    (total, *_) = layout_of(text).funds[0]
    assert {cell.key: cell.value for cell in total.cells} == {
        "adjusted": Decimal("25047.00"),
        "executed": Decimal("24457.88"),
        "rate": Decimal("97.65"),
    }


def test_a_result_rows_merged_cells_printed_once_per_column() -> None:
    text = "总分\t总分\t总分\t总分\t100\t95.65\t95.65\n"
    assert [(c.field, c.value) for c in layout_of(text).results] == [("score", "95.65")]
    graded = "总分\t\t100\t93.79\t93.79\t优\n"
    assert [(c.field, c.value) for c in layout_of(graded).results] == [("score", "93.79"), ("grade", "优")]
    # three different figures: which is the score is not sure
    assert layout_of("总分\t100\t93.79\t92.5\n").results == ()


def test_crumbs_set_apart_by_dashes_and_a_bracketed_list_of_links_inside_the_text() -> None:
    # hand-written: a township's page whose breadcrumb uses " - ", and a 范文 site's 【相关推荐】 block of bulleted links
    # put between the report's paragraphs
    layout = layout_of(
        "某县人民政府网\n首页 - 政务公开 - 乡镇信息 - 某镇\n某县某镇人民政府2020年美丽乡村项目绩效自评报告\n一、项目基本情况\n"
        "项目预算150万元，实际支出138.6万元。\n【相关推荐】\n· 2022年度部门整体支出绩效自评报告范文（精选8篇）\n"
        "· 林业局项目支出绩效自评报告（得分95.6分）\n二、绩效目标完成情况\n"
    )
    assert {2, 6, 7, 8} <= layout.chrome
    assert not {3, 4, 5, 9} & layout.chrome


def test_a_line_of_the_pages_buttons_is_chrome_not_a_piece_of_the_title_under_it() -> None:
    # hand-written: "【打印】【关闭】" alone, then the unit and the title
    layout = layout_of(
        "发布单位：某乡　　发布日期：2019年04月22日\n【打印】【关闭】\n\n某县某乡人民政府\n"
        "2018年度村级组织运转经费项目支出绩效自评报告\n一、基本情况\n"
    )
    assert 2 in layout.chrome
    assert layout.title is not None and layout.title.unit is not None
    assert layout.title.unit.text == "某县某乡人民政府"


def test_a_blank_labelled_cell_takes_no_value_from_the_next_cells_label() -> None:
    # hand-written: a form one cell a line, its 实施单位 left blank; the next cell "项目资金" is a label, no unit
    layout = layout_of(
        "项目支出绩效自评表 |\n（2018年度） |\n项目名称 |\n特困人员救助供养经费 |\n主管部门 |\n某市某区民政局 |\n"
        "实施单位 |\n |\n项目资金 |\n（万元） |\n"
    )
    assert [(c.field, c.value) for c in layout.labelled if c.field in ("unit", "department")] == [
        ("department", "某市某区民政局")
    ]


def test_no_place_runs_through_an_offices_ending() -> None:
    # hand-written: the bureau's name ends at 局; 城镇 opens the project, no place ends at its 镇
    title = title_of("丰林市住房和城乡建设局城镇燃气管网改造补助项目绩效自评报告")
    assert title.unit is not None and title.unit.text == "丰林市住房和城乡建设局"
    assert title.project is not None and title.project.text == "城镇燃气管网改造补助项目"
    # a town whose name holds 市, longer than two characters, still ends at its 镇; 镇 opening the next place does not
    town = title_of("甲坝市镇2022年度农村公路养护资金项目支出绩效自评报告")
    assert town.place is not None and town.place.text == "甲坝市镇"
    county = title_of("丰林市镇远区2022年度部门整体支出绩效自评报告")
    assert county.place is not None and county.place.text == "丰林市镇远区"


def test_a_title_in_corner_brackets_before_a_sites_name() -> None:
    # hand-written: a mirror prints the title in 【】 and its own name after a dash
    title = title_of(
        "【丰林市卫生健康委员会2021年度基层医疗卫生机构能力建设资金绩效自评报告】-某某娱乐官方网站_首页"
    )
    assert title.unit is not None and title.unit.text == "丰林市卫生健康委员会"
    assert title.project is not None and title.project.text == "基层医疗卫生机构能力建设资金"


def test_a_header_split_over_two_lines_one_cell_a_line_and_a_row_the_page_cut() -> None:
    # hand-written: each header's halves on lines of their own; the stored page ends after the row's second figure
    text = (
        "项目支出绩效自评表\n项目名称\n森林防火补助经费\n项目资金\n（万元）\n年初\n预算数\n全年\n预算数\n（A）\n全年\n"
        "执行数\n（B）\n分值\n执行率\n（B/A）\n得分\n年度资金总额\n42.6\n57.35\n"
    )
    [[total]] = layout_of(text).funds
    assert [(cell.key, cell.value) for cell in total.cells] == [
        ("initial", Decimal("42.6")),
        ("adjusted", Decimal("57.35")),
    ]
    # the same row with its last figures printed is read whole
    [[whole, _granted]] = layout_of(text + "55.12\n10\n96.11%\n9.61\n其中：当年财政拨款\n").funds
    assert whole.value("executed").value == Decimal("55.12")  # type: ignore[union-attr]
    assert whole.value("rate").value == Decimal("96.11")  # type: ignore[union-attr]


def test_a_blank_initial_cell_is_the_one_the_rate_leaves_out() -> None:
    # hand-written: 年初预算数 left blank, five figures under six headers; only the reading where spending over
    # budget gives the rate puts the two amounts under 全年预算数 and 全年执行数
    text = (
        "项目资金\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n418,200.00\n418,200.00\n10\n"
        "100%\n10\n其中：当年财政拨款\n418,200.00\n418,200.00\n—\n100%\n—\n"
    )
    [[total, *_]] = layout_of("单位：元\n" + text).funds
    assert total.value("initial") is None
    assert total.value("adjusted").value == Decimal("41.82")  # type: ignore[union-attr]
    assert total.value("executed").value == Decimal("41.82")  # type: ignore[union-attr]


def test_a_row_whose_first_figure_runs_into_its_label_is_no_row_with_a_blank_cell() -> None:
    # hand-written: "年度资金总额 1,260,000.00" one cell (a single space), then the other five figures: the label's own
    # figure is the 年初预算数, no cell is blank
    text = (
        "项目资金\n（元）      年初预算数     全年预算数     全年执行数    分值   执行率   得分\n"
        "年度资金总额 1,260,000.00  1,260,000.00  1,230,300.00   10   97.64%   9.76\n"
    )
    [[total]] = layout_of(text).funds
    assert total.value("executed") is None or total.value("executed").value != Decimal("126")  # type: ignore[union-attr]
    budget = extract_document(
        Document.from_text("page.txt", "txt", "某县2020年度项目支出绩效自评表\n" + text)
    ).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("126"),
        Decimal("126"),
        Decimal("123.03"),
    )


def test_a_two_column_funds_table_under_a_row_labels_header() -> None:
    # hand-written: sources with their budget and spending in 元, and the total row the report's figures come from
    text = (
        "二、项目资金情况\n单位：元\n资金来源    预算数    实际支出数\n中央资金    1,800,000.00    1,800,000.00\n"
        "县级配套    240,000.00    262,500.00\n合计    2,040,000.00    2,062,500.00\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert [(cell.key, cell.value) for cell in total.cells] == [
        ("adjusted", Decimal("204")),
        ("executed", Decimal("206.25")),
    ]
    # two such columns with no row label's header over them are no funds block
    assert not layout_of("预算数    实际支出数\n合计    2,040,000.00    2,062,500.00\n").funds


def test_a_scans_columns_whose_行_the_ocr_split() -> None:
    # hand-written: "执彳亍率" for 执行率 in a scan's header, three columns and the total row under them
    text = (
        "资金投入情况    全年预算数（A）    全年执彳亍数（B）    执彳亍率（B/A）\n（万元）\n"
        "年度资金总额：    5,120.00    5,046.40    98.56%\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert [(cell.key, cell.value) for cell in total.cells] == [
        ("adjusted", Decimal("5120.00")),
        ("executed", Decimal("5046.40")),
        ("rate", Decimal("98.56")),
    ]


def test_a_projects_table_one_cell_a_line_and_its_caption_are_no_funds_block_and_no_title() -> None:
    # hand-written: "序号" / "项目名称" / … one cell a line: a table of projects, its 合计 cut after its first figure
    # is the projects' part, not the report's funds; the table's caption names no project
    text = (
        "某县残疾人联合会2020年度项目支出绩效自评报告\n一、基本情况\n表1　2020年度项目支出执行及自评情况（单位：万元）\n"
        "序号\n项目名称\n全年预算数\n全年执行数\n执行率\n自评得分\n等级\n1\n残疾人康复项目\n60.00\n58.00\n96.67%\n92\n优\n"
        "合计\n\n60.00\n"
    )
    layout = layout_of(text)
    assert not layout.funds
    assert layout.title is not None and layout.title.project is None


def test_a_funds_header_split_over_two_lines_keeps_the_unit_its_second_line_notes() -> None:
    # hand-written after a twin of a Guangxi form: "(元)" under the row label's header, the columns' halves beside it
    text = (
        "项目资金\t年初\t全年\t全年\t分值\t执行率\t得分\n（元）\t预算数\t预算数\t执行数\n\t\t(A)\t(B)\t\t(B/A)\n"
        "年度资金总额\t384000.00\t384000.00\t375216.40\t10\t97.71%\t9.77\n"
    )
    [[total, *_]] = layout_of(text).funds
    values = {cell.key: cell.value for cell in total.cells}
    assert (values["initial"], values["adjusted"], values["executed"]) == (
        Decimal("38.4"),
        Decimal("38.4"),
        Decimal("37.52164"),
    )


def test_funds_sub_rows_under_the_merged_labels_unit_and_with_their_amounts_only() -> None:
    # hand-written: "(万元)" printed under "项目资金" opens the first sub-row's line; the sub-rows give the amount
    # columns only, their 分值, 执行率 and 得分 blank ("—") or left out
    text = (
        "                年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
        "项目资金        年度资金总额      268.5      268.5      264.9      10     98.66%     9.87\n"
        "(万元)         其中:当年财政拨款     245      245      236.4       —       —         —\n"
        "                上年结转资金      28.5      28.5      28.5       —       —\n"
        "                其他资金      12      12      0\n"
    )
    [[total, *subrows]] = layout_of(text).funds
    assert total.label.text == "年度资金总额"
    assert [(row.label.text, [str(cell.value) for cell in row.cells]) for row in subrows] == [
        ("其中:当年财政拨款", ["245", "245", "236.4"]),
        ("上年结转资金", ["28.5", "28.5", "28.5"]),
        ("其他资金", ["12", "12", "0"]),
    ]


def test_a_breadcrumb_opening_with_where_the_reader_stands_is_chrome() -> None:
    # hand-written after a county portal: "您现在所在的位置" opens the crumbs, the page's own column last
    layout = layout_of(
        "某县人力资源和社会保障局\n您现在所在的位置: 网站首页> 政府信息公开首页 > 县人社局> 财政资金> 绩效自评\n"
        "关于2021年就业补助资金绩效自评情况的报告\n"
    )
    assert 2 in layout.chrome
    assert layout.title is not None and layout.title.project is not None
    assert layout.title.project.text == "就业补助资金"


def test_a_unit_acting_after_the_instructions_it_carries_out() -> None:
    # hand-written: the purpose clause cites the rules it carries out, their titles in 《》, then the unit acts
    layout = layout_of(
        "一、项目基本情况\n为贯彻落实《某某条例》和《某省某某工作方案》,某某市农业农村局组织实施2023年某某利用项目,"
        "开展设施装备配套。\n"
    )
    assert layout.acting is not None and layout.acting.text == "某某市农业农村局"


def test_a_funds_header_with_a_balance_column_and_its_units_on_the_next_line() -> None:
    # hand-written after a Hubei cover form: 结余 between the spending and the rate, the rate's "%" in the header
    text = (
        "\t计划安排资金\t实际到位资金\t实际支出\t结余\t执行率\n\t(万元)\t(万元)\t(万元)\t(万元)\t(%)\n"
        "合计\t1362\t1362\t1326.59\t35.41\t97.4\n其中:中央财政\t1000\t1000\t980.2\t19.8\t\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: str(cell.value) for cell in total.cells} == {
        "adjusted": "1362",
        "executed": "1326.59",
        "rate": "97.4",
    }


def test_a_townships_fund_named_with_its_place_and_year_before_its_budget() -> None:
    # hand-written after a Chongqing township's page: the title names only 转移支付, the first sentence the fund
    layout = layout_of(
        "某县某乡人民政府转移支付2021年度绩效自评报告\n一、绩效目标分解下达情况\n"
        "某乡2021年农村综合改革转移支付预算金额为60.00万元。其中村级集体经济发展试点项目1个,补助资金60.00万元。\n"
    )
    assert layout.funded is not None and layout.funded.text == "农村综合改革转移支付"


def test_an_execution_progress_column_is_the_rate() -> None:
    text = "资金来源\t预算数(元)\t执行数(元)\t执行进度(%)\n年度资金总额\t30486127.93\t30015842.61\t98.46\n"
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: str(cell.value) for cell in total.cells}["rate"] == "98.46"


@pytest.mark.parametrize("separator", [" | ", " "])
def test_funds_block_with_merged_label_cells_printed_once_per_column(separator: str) -> None:
    # a web copy prints a merged cell once for each column it spans: "项目资金 | 项目资金 | 年初预算数 | …"
    rows = [
        [
            "项目资金(万元)",
            "项目资金(万元)",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        ],
        ["年度资金总额", "年度资金总额", "860", "1,240", "1,168.3", "10", "94.22%", "9.42"],
    ]
    text = "某县2021年度水利发展资金项目绩效自评表\n" + "\n".join(separator.join(row) for row in rows) + "\n"
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells} == {
        "initial": Decimal(860),
        "adjusted": Decimal(1240),
        "executed": Decimal("1168.3"),
        "points": Decimal(10),
        "rate": Decimal("94.22"),
        "score": Decimal("9.42"),
    }


def test_a_departments_final_accounts_table_reads_its_spending_total() -> None:
    # the 部门决算's 收支 table with single spaces: 支出总计 (not 收入总计) is the block's total row
    text = (
        "某县民政局2024年度部门整体支出绩效自评报告\n2024年度部门收支决算情况如下(单位:万元):\n"
        "项目 年初预算数 调整预算数 决算数\n收入总计 1520.40 1836.72 1836.72\n财政拨款收入 1520.40 1820.12 1820.12\n"
        "支出总计 1520.40 1836.72 1764.31\n基本支出 402.15 418.60 418.60\n项目支出 1118.25 1418.12 1345.71\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert total.label.text == "支出总计"
    assert {cell.key: cell.value for cell in total.cells} == {
        "initial": Decimal("1520.40"),
        "adjusted": Decimal("1836.72"),
        "executed": Decimal("1764.31"),
    }


def test_a_final_accounts_summary_tables_balanced_total_is_no_spending() -> None:
    # the 收入支出决算总表: 支出总计 is the year's spending and what is carried over, equal to the income
    text = (
        "某局2024年度部门整体支出绩效自评报告\n项目 年初预算数 全年预算数 决算数\n本年收入 1520.40 1836.72 1836.72\n"
        "收入总计 1520.40 1836.72 1836.72\n本年支出 1520.40 1836.72 1764.31\n年末结转和结余 0 0 72.41\n"
        "支出总计 1520.40 1836.72 1836.72\n"
    )
    assert all(row.label.text != "支出总计" for block in layout_of(text).funds for row in block)


def test_a_unit_noted_under_a_departments_form_title_over_its_task_table_holds_for_its_funds_block() -> None:
    # the 部门（单位）整体支出绩效自评表: "单位：元" under its title, then 部门（单位）名称, a table of its tasks, the funds block
    tasks = [
        (
            "人员及日常运转",
            "保障在职人员工资福利、社会保障缴费及机关日常运转",
            "15826400.00",
            "15812356.27",
            "99.91%",
        ),
        ("食品安全抽检监测", "完成食品安全监督抽检及风险监测", "1380000.00", "1297450.00", "94.02%"),
        ("特种设备安全监察", "开展电梯、锅炉等特种设备监督检查", "420000.00", "418600.00", "99.67%"),
        ("综合执法", "开展市场主体随机抽查及综合执法", "650000.00", "602318.40", "92.66%"),
    ]
    text = (
        "部门（单位）整体支出绩效自评表\n（2024年度）\n单位：元\n部门（单位）名称\n某市市场监督管理局\n年度主要任务\n"
        "任务名称\n主要内容\n预算数\n执行数\n执行率\n"
        + "".join("\n".join(task) + "\n" for task in tasks)
        + "金额合计\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n18936400.00\n20399400.00\n"
        "19975400.00\n10\n97.92%\n9.79\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells}["executed"] == Decimal("1997.54")


def test_a_tables_column_headers_then_its_first_rows_number_are_no_labelled_figure() -> None:
    text = (
        "部门整体支出绩效自评表\n年度主要任务\n任务名称\n主要内容\n预算数（万元）\n执行数（万元）\n1\n高标准农田建设\n"
        "新建高标准农田2.8万亩\n2140.00\n2071.36\n"
    )
    assert [(f.label, f.value) for f in layout_of(text).figures] == []
    # a label with its unit and its figure in the next cell is one
    assert [(f.label, f.value) for f in layout_of("执行数（万元）\n2071.36\n").figures] == [
        ("执行数", Decimal("2071.36"))
    ]


def test_a_table_of_the_basic_spending_is_a_part_not_the_funds_block() -> None:
    text = (
        "某馆2024年度部门整体绩效自评报告\n表2 基本支出预算执行情况(单位:万元)\n类别 全年预算 全年执行 执行率\n"
        "人员经费 363.80 360.42 99.07%\n公用经费 46.44 44.94 96.77%\n合计 410.24 405.36 98.81%\n"
    )
    assert layout_of(text).funds == ()


def test_a_heading_naming_the_basic_spending_with_the_project_spending_heads_the_whole() -> None:
    text = (
        "某局2019年度部门整体支出绩效自评报告\n表1 部门预算执行情况（含基本支出、项目支出）\n"
        "项目 年初预算 全年预算 全年执行 执行率\n合计 500 520 512 98.46%\n"
    )
    [[total, *_]] = layout_of(text).funds
    assert {cell.key: cell.value for cell in total.cells}["executed"] == Decimal(512)
