"""The total score and the grade in more of the words real reports state them with (sentences written here by hand,
not copied): a part's points in brackets before its score, totals named as sums or as a 成绩, a form's full marks
beside a labelled score cell, grades given as 档次, 级别 or reached as a level, a remark or a score in brackets after
the grade, and an aside on last year's score before it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.extract import ExtractedReport, extract_document
from jixiao.ingest.document import Document

TITLE = "某县文化馆2023年度免费开放补助资金项目支出绩效自评报告\n"


def read(body: str) -> ExtractedReport:
    return extract_document(Document.from_text("page.txt", "txt", TITLE + body + "\n"))


@pytest.mark.parametrize(
    ("body", "score", "grade"),
    [
        # each part's points in brackets before its 自评得分: the parts', then the whole's
        (
            "经评价,产出指标(50分)自评得分47分;效益指标(30分)自评得分29分;满意度指标(10分)自评得分9分;"
            "预算执行率(10分)自评得分9.5分,综合得分94.5分,评价等级为“优”。",
            "94.5",
            "优",
        ),
        (
            "对照指标逐项打分,业务管理分数合计36分,履职效果分数合计48分,自评总分数合计84分,自评等级为“良”。",
            "84",
            "良",
        ),
        ("经逐项打分,本次自评的总成绩为91.5分,自评等级为优。", "91.5", "优"),
        ("经评价,评价结果为93.5分,等级为优。", "93.5", "优"),
        ("我馆2023年度绩效自评分数87分,评定档次为“良好”。", "87", "良好"),
        ("经综合评价,绩效评价得分为96分,绩效评定级别为“优”。", "96", "优"),
        ("经认真考核,自评得分92.3分,整体工作达到“优秀”等级。", "92.3", "优秀"),
        ("经自评,项目等级为优(自评得分98分,得分率98%)。", "98", "优"),
        ("综合评分90.5分(上年度同类项目自评得分84分),评定等级为优。", "90.5", "优"),
    ],
)
def test_a_total_and_a_grade_in_words_reports_use(body: str, score: str, grade: str) -> None:
    report = read(body)
    assert (report.score, report.grade) == (Decimal(score), grade)


def test_a_forms_full_marks_beside_the_labelled_score_cell() -> None:
    """ "总分 | 100分 | 自评得分 | 96.4": the 100 is the full marks, the score stands under its own label after it."""
    report = read("总分 | 100分 | 自评得分 | 96.4 | 自评等级 | 优 | ||||")
    assert (report.score, report.grade) == (Decimal("96.4"), "优")
    report = read("总分 | 100分 | 单位自评得分 | 83.5 | 主管部门复评得分 | | 评定级别 | 良 | ||")
    assert (report.score, report.grade) == (Decimal("83.5"), "良")
    # a remark in brackets after the grade in its cell
    assert read("总分 | 100分 | 97.2 | 自评等次 | “优秀”(连续两年) | ||").grade == "优秀"


def test_a_parts_points_in_brackets_make_no_total() -> None:
    """A part scored with its points in brackets and no total after it is no report's score."""
    assert read("依据评价指标体系,产出指标(50分)自评得分47分。").score is None
    assert (
        read(
            "经评价,产出指标(50分)自评得分47分,其中“建设完工率”(10分)扣1分;满意度指标(10分)自评得分9分。"
        ).score
        is None
    )


def test_a_sentences_object_is_no_project_that_owns_the_score() -> None:
    """ "本单位按要求对项目实施情况开展自评": 项目 there is what was evaluated, not a project named before the score."""
    report = read("本单位按要求对项目实施情况开展自评,满分100分,自评得分为95.5分,自评等级为“优秀”。")
    assert (report.score, report.grade) == (Decimal("95.5"), "优秀")


def test_a_level_aimed_at_set_as_a_band_or_reached_by_others_is_no_grade() -> None:
    """ "达到“X”等级" is the report's grade only after its own score or self-evaluation: not an aim ("预计…可达到"), not a
    band ("90分以上达到“优秀”等级"), not other units' level ("…村级组织达到“良好”等次")."""
    assert read("预计项目整体绩效自评可达到“良好”等级。").grade is None
    assert read("经考核,全县90%以上的村级组织达到“良好”等次。项目自评得分95分。").grade is None
    report = read(
        "按照评分标准,自评得分90分以上达到“优秀”等级,80-89分为良好。经自评,本项目得分86分,等级为良好。"
    )
    assert report.grade == "良好"


def test_a_tally_of_items_by_grade_states_no_grade() -> None:
    # "评价等级为“良”有l个": how many projects got it (the count as a scan read it), not the report's grade
    text = (
        "某县林业局2020年度部门整体支出绩效自评报告\n整体而言,我局2020年支出绩效自评分91分,综合评价等级为“优”,其中:"
        "本级39个项目评价等级为“优”有30个、评价等级为“中”有4个、评价等级为“良”有5个;某林场13个项目评价等级为“优”有11个、"
        "评价等级为“良”有l个、评价等级为“差”有1个。\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert [f.value for f in report.facts if f.field == "grade"] == ["优"]


def test_a_grade_with_room_to_improve_is_still_the_grade() -> None:
    # "有一定提升空间" after the grade is no tally ("有5个")
    assert read("项目自评得分85分，评价等级为“良”有一定提升空间。").grade == "良"


def test_a_grade_with_another_years_result_in_brackets_after_it() -> None:
    report = read("经逐项打分,我馆自评最终得分93分,评价等级为优(2022年度自评得分为88分)。")
    assert (report.score, report.grade) == (Decimal(93), "优")
    assert read("自评得分86分,评价等级为良(上年为中)。").grade == "良"


def test_a_project_forms_result_row_run_into_the_next_label() -> None:
    # "总分 | 得分 | 偏差大或目标未完成原因分析" flattened with no separator: the one figure below full marks is the score
    body = "满意度指标服务对象满意度群众满意度90%93%1010总分97偏差大或目标未完成原因分析无"
    assert read(body).score == Decimal(97)
    # full marks alone there may be the 分值 column's, its 得分 left blank; a part's few points are no total
    assert (
        read("满意度指标服务对象满意度群众满意度90%93%1010总分100偏差大或目标未完成原因分析无").score is None
    )
    assert read("时效指标按时完成率100%100%1010总分10偏差大或目标未完成原因分析无").score is None
    assert read("产出指标50分总分50偏差大或目标未完成原因分析无").score is None


def test_a_projects_own_score_said_as_earned_or_summed_over_its_parts() -> None:
    assert read("评价表满分100分,本项目自评总分得 87.2 分;评价等级:良。").score == Decimal("87.2")
    assert read("本项目满分100分,自评合计得98.8分,对应等级为优。产出指标得49.3分。").score == Decimal("98.8")
    assert read("投入、过程、产出、效果四部分合计88.74分(满分为100分),结论为“良好”。").score == Decimal(
        "88.74"
    )
    # an item's points earned are no total; nor a sum without the full marks beside it
    assert read("(1)立项依据充分性(4分)立项依据充分。自评得4分。").score is None
    assert read("产出、效益两部分合计78分,占比较高。").score is None


def test_an_items_points_earned_by_the_project_are_no_total() -> None:
    body = "(一)项目决策(20分):本项目自评得18分。(二)项目过程(20分):本项目自评得19分。综上,本项目自评总分92分,等级为优。"
    assert read(body).score == Decimal(92)


def test_amounts_summed_with_no_points_are_no_score() -> None:
    body = "安置房一标段工程款0.36，前期及其他费用0.07，合计2.86。经自评，本项目2023年度绩效自评得分88分，评价等级为良。"
    assert read(body).score == Decimal(88)
    # a sum in points is the total
    assert read("各项指标得分：产出48分，效益28分，满意度9分，以上合计85分。").score == Decimal(85)


def test_the_wholes_score_after_its_parts_scores_with_their_full_marks() -> None:
    body = "其中项目决策18分（满分20分），项目管理17分（满分20分），项目效益22分（满分25分），自评得分87分，等级为良好。"
    assert read(body).score == Decimal(87)
    # a part's score within its points is the part's
    assert read("预算编制：分值10分，实际得分9分。").score is None


def test_a_bare_sum_after_the_parts_scores_is_the_total() -> None:
    assert (
        read("项目决策得分18，项目过程得分19，项目产出得分38，项目效益得分17，合计92。评价等级：优。").score
        == 92
    )


def test_a_score_in_a_sentence_opening_with_an_earlier_years_project_is_that_years() -> None:
    text = (
        "某区水务局2022年度农村污水治理设施运维项目绩效自评表\n满意度指标\n村民满意度\n≥90%\n88%\n10\n9.78\n"
        "总分\n100\n98.45\n自评等级：优\n自评说明：\n一、全年预算3,512.40万元，全年执行3,376.85万元。\n"
        "二、2021年度本项目全年执行数3,295.60万元，自评得分97.20分，等级为优；2022年度运维站点数量与上年持平。\n"
        "四、自评结论：本项目绩效目标基本实现，自评总分98.45分，自评等级为“优”。\n"
    )
    assert extract_document(Document.from_text("page.txt", "txt", text)).score == Decimal("98.45")


def test_a_score_after_the_grade_the_result_names() -> None:
    report = read(
        "四、自评结论\n本项目自评结果为“优”，得93分。其中：资金管理20分，得19分；产出指标40分，得39分。"
    )
    assert (report.score, report.grade) == (Decimal(93), "优")
    # (not an indicator's result and its points: "培训考核结果为合格，得5分")
    report = read(
        "（三）产出指标。培训考核结果为合格，得5分。\n四、自评结论\n本项目自评得分为96分，评价等级为优。"
    )
    assert (report.score, report.grade) == (Decimal(96), "优")


def test_a_grade_in_a_tables_cell() -> None:
    report = read("|总分||||||100|98.1||\n|自评等级：优||||||||")
    assert (report.score, report.grade) == (Decimal("98.1"), "优")
    # (not the grades' bands a cell lists: "评价等级：优|良|中|差")
    assert read("评价等级：优|良|中|差\n本项目自评得分83分。").grade is None


def test_a_score_ending_a_row_its_cells_parted_by_single_spaces() -> None:
    form = "某街道2020年度部门整体支出绩效自评表\n单位名称 某市某区古南街道办事处 自评总分 98.84\n年度主要任务 任务名称 主要内容 完成情况\n"
    assert extract_document(Document.from_text("page.txt", "txt", form)).score == Decimal("98.84")
    # (the full marks ending such a row are no score)
    scale = "某街道2020年度部门整体支出绩效自评表\n单位名称 某市某区古南街道办事处 总分 100\n年度主要任务 任务名称 主要内容 完成情况\n"
    assert extract_document(Document.from_text("page.txt", "txt", scale)).score is None
    # (nor a part's or a project's row ending so)
    for row in ("产出指标 分值 50 最终得分 48", "项目名称 农村公路养护资金 自评得分 92.5"):
        part = f"某街道2020年度部门整体支出绩效自评表\n{row}\n年度主要任务 任务名称 主要内容 完成情况\n"
        assert extract_document(Document.from_text("page.txt", "txt", part)).score is None, row


def test_a_grade_cell_merged_over_columns_printed_once_each() -> None:
    table = (
        "某市人社局2018年度部门整体支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 分值 | 得分\n"
        "产出指标 | 数量指标 | 城镇新增就业人数 | 50 | 48\n总分 | 总分 | 总分 | 100 | 89.82 |\n自评等级 | 自评等级 | 良 | 良 | 良\n"
    )
    assert read(table).grade == "良"
    # (a table of the bands, each word once, states no grade)
    bands = "某市人社局2018年度部门整体支出绩效自评表\n评价等级 | 评价等级 | 优 | 良 | 中 | 差\n"
    assert read(bands).grade is None
    # (projects graded alike, each in a column of its own: none of them the report's grade)
    projects = (
        "某市人社局2018年度部门整体支出绩效自评报告\n本部门自评得分89.82分，等级为“良”。\n"
        "项目名称 | 就业补助资金 | 创业担保贷款贴息 | 职业技能提升\n自评得分 | 95 | 92 | 96\n评价等级 | 优 | 优 | 优\n"
    )
    assert read(projects).grade == "良"
    merged_projects = (
        "某市人社局2018年度部门整体支出绩效自评报告\n本部门自评得分89.82分。\n"
        "项目名称 | 项目名称 | 就业补助资金 | 职业技能提升\n自评得分 | 自评得分 | 95 | 96\n评价等级 | 评价等级 | 优 | 优\n"
    )
    assert read(merged_projects).grade is None
