"""Reports as portals publish them (RULES.md section 9): wrappers, OCR slips, anonymised years, dates glued
to years, and the 自评表's funds row printed with its cells separated, one per line, or run together."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.decimals import HUNDRED, quantize
from jixiao.extract import ExtractedReport, extract_document
from jixiao.extract.model import Budget
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

from .conftest import D


def read(text: str) -> ExtractedReport:
    return extract_document(Document.from_text("report.txt", "text", text))


def budget_facts(report: ExtractedReport) -> list[tuple[str, Decimal | str | None, int, str]]:
    return [(f.field, f.value, f.line, f.text) for f in report.facts if f.field.startswith("budget.")]


WRAPPED = """《2022年度某某县农业农村局项目支出绩效自评报告.docx》由会员分享，可在线阅读，更多相关内容请在文库搜索。
发布时间：2023-03-02  来源：某某县人民政府
2022年度某某县农业农村局项目支出绩效自评报告
（高标准农田建设补助资金）
一、项目基本情况
本项目全年预算数 89.974万元，全年执行数89.974 万元，预算执行率 IO0%。
二、绩效自评结果
本项目自评得分 95.5分，评价等级为“优”。
"""


def test_wrapper_lines_ocr_rate_and_three_decimals() -> None:
    report = read(WRAPPED)
    assert (report.kind, report.year, report.unit) == ("项目支出", 2022, "某某县农业农村局")
    assert report.project == "高标准农田建设补助资金"
    assert report.budget.model_dump() == {
        "initial": None,
        "adjusted": D("89.974"),
        "executed": D("89.974"),
        "execution_rate": D(100),  # "IO0%" is 100% misread by OCR
    }
    rate = next(f for f in report.facts if f.field == "budget.execution_rate")
    assert (rate.line, rate.text) == (6, "IO0%")
    assert (report.score, report.grade) == (D("95.5"), "优")


def test_a_labelled_grade_ending_its_line_before_any_other_line() -> None:
    """A form's "自评等级：良好" line with a note, a date or a year under it: the grade ends its line, whatever
    the next line opens with (the flow joins lines without a stop)."""
    head = "某县民政局2022年度部门整体支出绩效自评报告\n自评得分：92分\n自评等级：良好\n"
    for below in ("说明：无", "（2022年度）", "填报日期：2023年3月15日", "主要成绩：全年预算执行率93.6%"):
        assert read(head + below + "\n").grade == "良好"
    # a grade word running on into other words on its own line is none
    assert read("某县民政局2022年度部门整体支出绩效自评报告\n评价等级优良率达到95%\n").grade is None


def test_a_forms_grade_after_a_carried_over_funds_row() -> None:
    """A form printed with single spaces between cells runs together in the flow; its 上年结转资金 row is a source of
    this year's money, not last year's, so the total row's grade stays the report's (hand-written)."""
    text = (
        "2022年度项目支出绩效自评表\n项目名称 某某场馆免费开放专项资金\n"
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度资金总额 30 30 29.1 10 97% 9.7\n其中:当年财政拨款 30 30 29.1 — — —\n"
        "上年结转资金 — — — — — —\n其他资金 — — — — — —\n"
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 96% 10 10\n总分 100 99.7 自评等级 优\n"
    )
    assert (read(text).score, read(text).grade) == (D("99.7"), "优")
    # last year's grade, named so, is still another year's
    assert read("某县民政局2022年度部门整体支出绩效自评报告\n上年度自评等级为良。\n").grade is None


def test_a_grade_in_brackets() -> None:
    """Brackets enclose a grade as quotes do; a bracketed remark after a grade word is no grade."""
    text = "2021年度某县民政局项目支出绩效自评报告\n四、评价结论\n评价得分及绩效等级为(良)。\n"
    assert read(text).grade == "良"
    assert read(text.replace("(良)", "（优）")).grade == "优"
    assert read(text.replace("绩效等级为(良)", "等级标准为(中)")).grade is None


def test_a_grade_with_its_score_in_brackets_and_a_score_with_its_grade() -> None:
    head = "某县民政局2023年度部门整体支出绩效自评报告\n四、评价结论\n"
    for sentence, score, grade in (
        ("自评等级为优秀（95分）。", "95", "优秀"),
        ("自评结果为“良”（85.5分）。", "85.5", "良"),
        ("经自评，综合评分为优(92分)。", "92", "优"),
        ("经自评，综合评分为92分（优）。", "92", "优"),
    ):
        report = read(head + sentence)
        assert (report.score, report.grade) == (D(score), grade), sentence
    # a list of bands in the same shape states neither ("得分90分(优秀)、80分(良好)")
    report = read(head + "评分标准：得分90分(优秀)、80分(良好)、60分(合格)。\n经自评得分88分。")
    assert (report.score, report.grade) == (D(88), None)


def test_a_grade_stated_as_the_evaluations_conclusion() -> None:
    text = "2011年某区某局某某预算项目支出绩效自评报告\n因为分数是91.26,自我评估的结论是“优秀”。\n"
    assert read(text).grade == "优秀"
    assert read(text.replace("结论是“优秀”", "结论为良好")).grade == "良好"
    # a cited notice on grading does not make the sentence one that explains the grades
    cited = "根据《关于规范绩效评价结果等级划分的通知》中绩效评价结果划分等级标准,此次绩效评价等级为:良。"
    assert read("2018年度某区某局部门整体支出绩效自评报告\n" + cited + "\n").grade == "良"
    explained = "绩效评价结果等级划分为:90分以上为优。\n"
    assert read("2018年度某区某局部门整体支出绩效自评报告\n" + explained).grade is None
    # a judgement in words that opens with a grade word is none; a grade's 等次/等级/档次 is the grade's
    assert read(text.replace("结论是“优秀”", "结论是中等偏上")).grade is None
    assert read(text.replace("结论是“优秀”", "结论是优秀档次")).grade == "优秀"
    assert read(text.replace("结论是“优秀”", "结论为良好等级")).grade == "良好"
    # a conclusion's heading followed by the project's name, one opening with a grade word, states none; the
    # grade written later in it does, and so does one in a form's cell
    summary = "2022年度某校项目支出绩效自评报告\n自评结论:中等职业教育国家助学金项目自评得分99.36分,自评等级为优。\n"
    assert (read(summary).score, read(summary).grade) == (D("99.36"), "优")
    assert read("2022年度某校项目支出绩效自评报告\n自评结论：良 | 自评得分 | 88\n").grade == "良"
    assert read("2023年度某专项资金绩效自评报告\n对照目标逐项打分,自评结论:良好(86.5分)。\n").grade == "良好"
    # a score's band ("得分90分以上为优") is no score
    band = "2022年度某县某局项目支出绩效自评报告\n得分90分以上为优。\n"
    assert read(band).score is None
    assert read(band.replace("90分以上", "90分(含90分)以上")).score is None
    # "以上年度" compares with last year: the score stands
    assert read(band.replace("得分90分以上为优", "综合得分92.5分以上年度提高3分")).score == D("92.5")
    # a conclusion that is no grade word names none
    assert read(text.replace("结论是“优秀”", "结论是项目达到了预期")).grade is None


def test_a_score_stated_as_the_final_scoring_result() -> None:
    report = read(
        "2023年度某县储备粮补贴项目绩效自评报告\n一、评价结论\n经评价,最终评分结果为90分,绩效评价等级为“优”。\n"
    )
    assert (report.score, report.grade) == (D(90), "优")


def test_a_total_score_in_a_forms_cells_run_together_with_spaces() -> None:
    form = "某市财政预算支出项目绩效目标自评表 填报日期:2020 年 2 月 18 日 自评总分: 69 单位领导审签: 项目名称 某某维护费\n"
    assert read(form).score == D(69)
    row = "17.社会效益 ( 10 分) 10 10 综合得分 85 评价等次 良好 三、评价人员\n"
    assert read("某县财政支出绩效评价报告\n" + row).score == D(85)
    # "总分 100" is as often the full marks of the 分值 column, the score cell left empty
    assert read("某县财政支出绩效评价报告\n服务对象满意度 总分 100 评价等次 三、评价人员\n").score is None


def test_a_numbered_headings_bracketed_score_is_its_sections() -> None:
    # hand-written: each section heading carries its own score, the report states no total
    text = (
        "某省2017年度财政专项扶贫资金绩效评价的自评报告\n一、资金投入情况(自评得分8分)\n我省加大投入。\n"
        "(一)省本级预算安排扶贫资金增幅(自评得分3分)。\n省级投入增长。\n"
    )
    assert read(text).score is None
    # the overall heading's bracket, or a score in the sentence after a heading, is the report's
    assert read("某县报告\n四、综合评价结论(自评得分95分)\n").score == D(95)
    assert read("某县报告\n一、评价结论\n自评得分95分。\n").score == D(95)
    # the headings' paragraphs running on after their scores, the total stated in the opening paragraph
    text = (
        "某省2019年度财政专项扶贫资金绩效评价自评报告\n经自评,我省2019年度财政专项扶贫资金绩效评价自评总得分为96分。\n"
        "一、资金投入情况(自评得分9分)\n(一)省本级预算安排财政专项扶贫资金增幅(自评得分3分)。省级投入86,520万元。\n"
        "(二)省级预算资金分配的合理性(自评得分3分)。省级资金按因素法分配。\n"
    )
    assert read(text).score == D(96)


def test_ocr_letters_for_digits_before_a_unit() -> None:
    report = read(
        "2O23年度某县网信办部门整体支出绩效自评报告\n一、基本情况\n全年预算数23O.85万元，实际支出23O.65万元。\n"
    )
    assert report.year == 2023
    assert (report.budget.adjusted, report.budget.executed) == (D("230.85"), D("230.65"))
    assert next(f.text for f in report.facts if f.field == "budget.adjusted") == "23O.85万元"  # as printed


def test_anonymised_year_and_dates_glued_to_years() -> None:
    report = read(
        "20xx年度某县网信办部门整体支出绩效自评报告\n一、基本情况\n"
        "本部门于202212月完成验收。全年预算数100万元，实际支出90万元，执行率90%。\n"
    )
    # the evaluated year is anonymised; "202212月" is a date, not the budget year
    assert report.year is None and report.unit == "某县网信办"
    dated = read(
        "某县网信办部门整体支出绩效自评报告\n一、基本情况\n2023年度本部门全年预算数100万元。\n20244月\n"
    )
    assert dated.year == 2023


def test_funds_row_with_separated_cells() -> None:
    header = "一、基本情况\n年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
    report = read(
        "2023年度某县网信办项目支出绩效自评报告\n"
        + header
        + "年度资金总额 | 20 | 20 | 18 | 10 | 90.00% | 9\n"
    )
    assert budget_facts(report) == [
        ("budget.initial", D(20), 4, "20"),
        ("budget.adjusted", D(20), 4, "20"),
        ("budget.executed", D(18), 4, "18"),
        ("budget.execution_rate", D(90), 4, "90.00%"),
    ]
    assert (report.weights, report.components) == ({"预算执行率": D(10)}, {"预算执行率": D(9)})


def test_funds_row_one_cell_per_line_without_points() -> None:
    # a provincial form: 年初预算数 | 调整后预算数 | 预算执行数 | 执行率, no points or score columns
    report = read(
        "2023年度某县网信办项目支出绩效自评报告\n一、基本情况\n年度资金总额（万元）\n30\n30\n27\n90.00%\n"
    )
    assert [(field, value, line) for field, value, line, _ in budget_facts(report)] == [
        ("budget.initial", D(30), 4),
        ("budget.adjusted", D(30), 5),
        ("budget.executed", D(27), 6),
        ("budget.execution_rate", D(90), 7),
    ]
    assert report.weights == {} and report.components == {}


def test_funds_row_with_the_unit_in_each_cell() -> None:
    # a transfer form: 全年预算数(A) | 全年执行数(B) | 执行率(B/A), cells one space apart, each "…万元"
    report = read(
        "2021年度某乡项目绩效自评表\n项目资金(万元)\n全年预算数(A)  全年执行数(B)  执行率(B/A)\n"
        "年度资金总额:  372.29万元 350.00万元 94.01%\n"
    )
    budget = report.budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (D("372.29"), D("350.00"), D("94.01"))
    executed = next(f for f in report.facts if f.field == "budget.executed")
    assert (executed.line, executed.text) == (4, "350.00")  # the figure, without the unit written after it


def test_funds_row_run_together_as_rules_section_9_shows_it() -> None:
    report = read("2023年度某县网信办项目支出绩效自评报告\n一、基本情况\n年度资金总额:202010100.00%10\n")
    assert budget_facts(report) == [
        ("budget.adjusted", D(20), 3, "20"),
        ("budget.executed", D(20), 3, "20"),
        ("budget.execution_rate", D(100), 3, "100.00%"),
    ]
    assert report.components == {"预算执行率": D(10)}
    cited = next(f for f in report.facts if f.field == "budget.executed")
    assert (cited.start, cited.end) == (9, 11)  # the second "20" of "年度资金总额:2020…"


def test_funds_row_and_its_header_run_together_without_a_points_column() -> None:
    # hand-written: the form gives the row's points in its header, so the row is budget | spending | rate | score;
    # 33.60 / 35.00 = 96%, and the score 10 is the report's slip (9.6), left for the audit to find
    report = read(
        "2020年度某某补助经费项目支出绩效自评表\n预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)\n"
        "年度财政资金总额35.0033.6096%10\n"
    )
    budget = report.budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (D("35.00"), D("33.60"), D(96))
    assert report.components == {"预算执行率": D(10)}


def test_funds_row_under_an_initial_budget_column_only() -> None:
    # Beijing's 2016 form: 年初预算数(A) | 全年执行数(B); its one budget is both the initial and the full year's
    header = "项目资金（万元） 年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
    report = read("2016年度某街道项目支出绩效自评表\n" + header + "年度资金总额 45 40.5 10 90% 9\n")
    assert budget_facts(report)[:3] == [
        ("budget.initial", D(45), 3, "45"),
        ("budget.adjusted", D(45), 3, "45"),
        ("budget.executed", D("40.5"), 3, "40.5"),
    ]
    assert (report.budget.initial, report.budget.adjusted, report.budget.execution_rate) == (
        D(45),
        D(45),
        D(90),
    )
    # under the national header the two amounts left of the points are the full-year budget and spending
    national = "项目资金（万元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率 得分\n"
    report = read("2016年度某街道项目支出绩效自评表\n" + national + "年度资金总额 45 40.5 10 90% 9\n")
    assert [field for field, *_ in budget_facts(report)][:2] == ["budget.adjusted", "budget.executed"]
    assert report.budget.initial is None


def test_funds_row_with_its_rate_written_without_percent() -> None:
    # the headers run into the row's line, the rate "100" with no "%": every column filled, the rate agreeing
    line = (
        "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 130 130 117 10 90 9\n"
    )
    report = read("某县市场监督管理局某某经费项目支出绩效自评表 (2020 年度) " + line)
    assert (
        report.budget.initial,
        report.budget.adjusted,
        report.budget.executed,
        report.budget.execution_rate,
    ) == (D(130), D(130), D(117), D(90))
    # a bare figure that spending over budget does not give may be another column's: nothing is read
    report = read("某某经费项目支出绩效自评表\n" + line.replace(" 90 9", " 95 9"))
    assert budget_facts(report) == []
    # a cell left blank: which column it was cannot be told without the "%"
    report = read("某某经费项目支出绩效自评表\n" + line.replace(" 130 130 117", " 130 117"))
    assert budget_facts(report) == []


def test_ambiguous_run_together_row_is_left_unread() -> None:
    # 1|11|10|... and 11|1|... cannot both be right; neither is guessed
    report = read("2023年度某县网信办项目支出绩效自评报告\n一、基本情况\n年度资金总额:111110100%10\n")
    assert budget_facts(report) == []


def test_run_together_row_of_one_repeated_amount_is_read_whatever_its_rate() -> None:
    # 35550 printed in all three amount columns, 分值 10, a rate of 82.12% the figures do not give: the
    # figures are read (the audit then recomputes the rate); cut otherwise, no two amounts would agree
    text = "2020年度某项目支出绩效自评表\n(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额3555035550355501082.12%8.5\n"
    report = read(text)
    assert (
        report.budget.initial,
        report.budget.adjusted,
        report.budget.executed,
        report.budget.execution_rate,
    ) == (
        D(35550),
        D(35550),
        D(35550),
        D("82.12"),
    )
    # amounts that differ and a rate they do not give: no cut is trusted
    report = read(text.replace("355503555035550", "355503555035500"))
    assert (report.budget.adjusted, report.budget.executed) == (None, None)


def test_run_together_row_printed_to_the_cent_is_read_by_its_printing_whatever_its_rate() -> None:
    # hand-written: 85.00 | 85.00 | 73.27 | 10 | 96% | 8.6, the rate a slip (73.27 / 85 is 86.20%): the amounts' two
    # places and the whole 分值 leave one cut, read; the audit then finds the slip
    text = (
        "2019年度项目支出绩效自评表\n项目资金 (万元)年初 预算数全年 预算数全年 执行数分值执行率得分"
        "年度资金总额85.0085.0073.271096%8.6其中:当年财政拨款85.0085.0073.27\n"
    )
    report = read(text)
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("85.00"),
        D("73.27"),
        D(96),
    )
    # unscored, or off the figures' own rate by more than a slip: nothing is read
    for row in (
        "年度资金总额85.0085.0073.2796%",
        "年度资金总额85.0085.0023.271096%8.6其中:当年财政拨款85.0085.0023.27",
    ):
        report = read(
            text.replace("年度资金总额85.0085.0073.271096%8.6其中:当年财政拨款85.0085.0073.27", row)
        )
        assert report.budget.executed is None, row


@settings(max_examples=150, deadline=None)
@given(
    budget_cents=st.integers(min_value=100, max_value=10_000_000),
    share=st.integers(min_value=5000, max_value=10000),
    points=st.sampled_from([5, 10, 15, 20]),
    places=st.sampled_from([0, 2]),
    initial=st.booleans(),
)
def test_run_together_rows_read_right_or_not_at_all(
    budget_cents: int, share: int, points: int, places: int, initial: bool
) -> None:
    """Whatever the figures, a run-together funds row is either read exactly or not read: never misread."""
    budget = Decimal(budget_cents).scaleb(-2).quantize(Decimal(1).scaleb(-places))
    executed = quantize(budget * share / 10000, places)
    if budget == 0 or executed == 0:
        return
    rate = quantize(executed / budget * HUNDRED)
    score = quantize(rate / HUNDRED * points)
    cells = [f"{budget:f}"] * (2 if initial else 1) + [
        f"{executed:f}",
        str(points),
        f"{rate:f}%",
        f"{score:f}",
    ]
    report = read(f"2023年度某县网信办项目支出绩效自评报告\n一、基本情况\n年度资金总额:{''.join(cells)}\n")
    found = {field: value for field, value, _, _ in budget_facts(report)}
    if found:
        assert found["budget.adjusted"] == budget
        assert found["budget.executed"] == executed
        assert found["budget.execution_rate"] == rate
        assert found.get("budget.initial", budget) == budget


_PIECES = st.sampled_from(
    [
        "2023年度", "20xx年", "项目支出", "部门整体支出", "绩效自评报告", "一、", "（二）", "1.", "预算", "全年预算数",
        "实际支出", "执行率", "得分", "分", "等级为", "“优”", "优秀", "万元", "元", "%", "余", "超", "不少于", "≥",
        "其中", "：", "，", "。", "；", "|", "\t", "  ", " ", "年度资金总额", "指标值", "实际完成", "满意度", "编制",
        "项目名称", "自评得分", "评价等级", "IO0", "100. 00", "１２３", "三", "十五", "350", "89.974", "0", "人",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=25).map("".join), min_size=1, max_size=30))
def test_any_text_is_read_without_error_and_every_fact_cites_its_text(lines: list[str]) -> None:
    """Report-like noise never raises, and whatever is found still quotes the characters it was read from."""
    report = read("\n".join(lines))
    for fact in report.facts:
        if fact.end_line == fact.line and fact.end > fact.start:
            assert lines[fact.line - 1][fact.start : fact.end] == fact.text


def test_a_budget_the_year_start_budget_approved_named_after_the_figure() -> None:
    # hand-written: the words after the figure say the year-start budget approved it
    report = read("一、项目基本情况\n1.某某大楼维护项目经费35万元经年初预算审核通过后,2018年3月全部到账。\n")
    assert (report.budget.initial, report.budget.adjusted) == (D(35), D(35))
    report = read("一、项目基本情况\n区级财政每年安排60万元,由每年年初预算批复下达至我局。\n")
    assert (report.budget.initial, report.budget.adjusted) == (D(60), D(60))
    # money merely received is no budget
    assert read("一、项目基本情况\n我局收到60万元,已全部使用。\n").budget.initial is None


def test_satisfaction_target_and_result_in_one_sentence_with_half_width_commas() -> None:
    # "X满意度,年初目标值≥95%,实际完成值94.60%": the 95% is the target set for X, the 94.60% what was reached
    report = read(
        "2022年度某学校项目支出绩效自评报告\n"
        "学生对项目实施的满意度,年初目标值≥95%,实际完成值95.08%。\n"
        "家长对项目实施的满意度,年初目标值≥95%,实际完成值94.60%,扣1分。\n"
    )
    assert [(f.line, f.value) for f in report.facts if f.field == "satisfaction"] == [
        (2, D("95.08")),
        (3, D("94.60")),
    ]
    assert [(t.line, t.measure, t.operator, t.value) for t in report.targets] == [
        (2, "学生对项目实施的满意度", "≥", D(95)),
        (3, "家长对项目实施的满意度", "≥", D(95)),
    ]


def test_a_score_of_one_of_the_units_projects_or_funds_summed_up_is_not_the_reports() -> None:
    # hand-written after a hunt: an average, the best of the subordinate units, a list of funds' or directions'
    # scores, each before the report's own total
    department = "某县教育局2023年度部门整体支出绩效自评报告\n"
    for before in (
        "本部门共有项目支出12个，全部开展了绩效自评，项目平均自评得分94.2分。",
        "所属单位自评平均得分92分，其中得分最高的为某县实验小学，自评得分98分。",
        "自评得分最高的是某县人民医院，得分97分；最低的是某镇卫生院，得分86分。",
    ):
        report = read(department + before + "\n我局2023年度部门整体支出绩效自评得分95分，评价等级为优。\n")
        assert (report.score, report.grade) == (Decimal(95), "优"), before
    transfer = "某县农业农村局2023年度中央农业相关转移支付资金绩效自评报告\n"
    for parts in (
        "耕地地力保护补贴：自评得分100分；\n农机购置与应用补贴：自评得分94分。",
        "职业培训补贴方向绩效自评得分95分；公益性岗位补贴方向绩效自评得分99分。",
    ):
        report = read(transfer + parts + "\n按资金额度加权汇总，总体绩效自评得分96.2分，评价等级为优。\n")
        assert report.score == Decimal("96.2"), parts
    # the report's own total stays, with a note of its rank after it
    assert read(department + "2023年度部门整体支出绩效自评得分95分，为近三年最高。\n").score == Decimal(95)


def test_an_earlier_years_or_another_evaluations_score_and_grade_are_not_the_reports() -> None:
    # hand-written after a hunt: last year's result, another evaluation's (a review, a third party, a spot check)
    # before the report's own
    report = "某县某局2023年度部门整体支出绩效自评报告\n"
    own = "\n经综合评价，我局2023年度部门整体支出绩效自评得分93分，评价等级为优。\n"
    for before in (
        "2022年度部门整体支出绩效自评得分85分，评价等级为良。",
        "上年度部门整体支出绩效自评得分为87分，评价等级为良，主要扣分点为预算调整频繁。",
        "2022年度绩效评价中，县财政局组织的复核评价得分为84分，评价等级为“良”。",
        "2022年，该项目经第三方机构评价，得分82.5分，评价等级为“良”。",
        "2022年度该项目纳入省财政厅绩效评价抽查范围，评价结果为良。",
        # the year before named ahead of what its evaluation was of, however long that name
        "上年度人口普查准备阶段经费自评得分为92.6分，本年度按照评分办法开展评价。",
    ):
        extracted = read(report + before + own)
        assert (extracted.score, extracted.grade) == (Decimal(93), "优"), before
    # (beside the form's own result, it is no rival to it)
    form = "上年度人口普查准备阶段经费自评得分为92.6分。\n一级指标\t分值\t得分\n决策\t15\t15\n合计\t100\t93.9\n评价等级\t优\n"
    assert read(report + form).score == Decimal("93.9")
    # the year opening its sentence before a comma, or a section headed as the years before: that year's result alone
    for before in (
        "二、上年度绩效评价结果运用\n2022年度，我局部门整体支出绩效自评得分89分，评价等级为良。\n",
        "二、以前年度绩效评价情况\n上一年度，本项目绩效自评为良，得分86分。\n",
        "二、上年度绩效评价结果运用情况\n我单位部门整体支出绩效自评得分91分，评价等级为优。\n",
    ):
        extracted = read(report + before)
        assert (extracted.score, extracted.grade) == (None, None), before
        extracted = read(report + before + "三、绩效自评结论" + own)
        assert (extracted.score, extracted.grade) == (Decimal(93), "优"), before
    # the self-evaluation done with a third party's help, and a comparison with last year, are the report's
    extracted = read(report + "我局委托第三方机构开展绩效自评，自评得分92分，评价等级为优。\n")
    assert (extracted.score, extracted.grade) == (Decimal(92), "优")
    assert read(report + "本年度自评得分较上年提高3分，自评得分为94分。\n").score == Decimal(94)


def test_a_project_a_departments_sentence_names_owns_its_score_and_grade() -> None:
    # hand-written after a probe: the project in quotes, a 专项, the project in an earlier clause of the sentence
    report = "某县某局2022年度部门整体支出绩效自评报告\n三、项目支出绩效情况\n"
    for sentence in (
        "我局2022年度“营养改善计划”项目开展了绩效自评，自评得分95分，评价等级为优。",
        "其中，动物防疫专项经自评，得分90分，等级为优。其他项目自评工作正在进行。",
        "其中，学生资助项目经自评，得分98分，评价等级为“优秀”。",
    ):
        extracted = read(report + sentence + "\n")
        assert (extracted.score, extracted.grade) == (None, None), sentence
    # an indicator row's words ending in 项目 name no project ("效益指标可持续影响指标项目持续发挥效益")
    row = "效益指标可持续影响指标项目持续发挥效益30.0025.50定性指标，评为“达成年度指标”，自评 25.5 分（该档 24–30 分）"
    assert read(report + row + "\n").projects == []
    # the department's whole and its funds graded together ("…等专项资金…等次均为优秀") is the department's
    text = "我厅2020年度部门整体支出、“甲专项资金”、“乙专项资金”等专项资金绩效自评等次均为优秀。\n"
    assert read("某省某厅2020年度部门整体支出绩效自评报告\n" + text).grade == "优秀"


def test_a_score_written_in_chinese_numerals() -> None:
    report = "某县某局2021年度部门整体支出绩效自评报告\n"
    for sentence, score in (
        ("经自评小组综合评定，该项目自评得分为九十六分，评价等级为优秀。", Decimal(96)),
        ("经自评，我院2021年度部门整体支出绩效自评得分为九十二点五分，自评等级为优。", Decimal("92.5")),
        ("我局2021年度部门整体支出绩效自评得分为：玖拾叁分，评价等级为优。", Decimal(93)),
    ):
        assert read(report + sentence + "\n").score == score, sentence


def test_a_total_without_its_fen_at_a_lines_end_and_more_labels() -> None:
    report = "某县某局2022年度部门整体支出绩效自评报告\n三、部门整体绩效自评情况\n"
    for lines, score in (
        ("绩效自评总分：95\n评价等级：优\n", Decimal(95)),
        ("自评总分：91.5\n", Decimal("91.5")),
        ("自评分数：95.5\n", Decimal("95.5")),
        ("自评总分（分）：96.2\n", Decimal("96.2")),
    ):
        assert read(report + lines).score == score, lines
    # a plain 得分 at a line's end is a form's cell; 总分 100 before an empty grade cell is the scale
    assert read(report + "项目决策 分值20 得分\n18\n").score is None
    assert read(report + "服务对象满意度 总分 100 评价等次\n三、评价人员\n").score is None


def test_an_items_or_a_parts_grade_is_not_the_reports() -> None:
    # hand-written after a probe: a numbered item's own grade, a part's after 其中
    report = "某县某局2020年度部门整体支出绩效自评报告\n二、部门整体支出绩效情况\n"
    for line in (
        "（一）预算编制情况：评价为优。",
        "（三）满意度指标（满分10分），得分9分，其中服务对象满意度评价为“优”。",
        "（二）产出情况：其中，产出指标等级为优。",
        "（一）产出指标：受益学生4.2万人，评价为优。",
    ):
        assert read(report + line + "\n").grade is None, line
    # an item on the grade itself, or the conclusion, is the report's
    assert read(report + "（二）评价等级：良。\n").grade == "良"
    assert read(report + "（四）自评结论：经综合评价，等级为优。\n").grade == "优"


def test_a_parts_points_then_its_score_is_no_total() -> None:
    # hand-written after a probe: a department's first-level parts, each with its points then its score
    report = "某县某局2023年度部门整体支出绩效自评报告\n"
    parts = (
        "预算编制10分，得分10分；预算执行30分，得分27分；职责履行40分，得分37分；履职效益20分，得分18分。\n"
    )
    assert read(report + parts).score is None
    assert read(report + "二、绩效自评结果（满分100分，自评得分92分）\n" + parts).score == Decimal(92)
    assert read(report + "1.预算编制：分值10分，实际得分9分。\n").score is None
    # the whole after its parts, and a bonus before the result, stay the report's
    text = "项目立项6分,绩效目标5分,资金管理9分,服务对象满意度15分,总得分90。\n"
    assert read(report + text).score == Decimal(90)
    text = "本项目基础得分100分，另因产业带动成效显著加2分，自评得分102分，等级为优。\n"
    assert read(report + text).score == Decimal(102)


def test_a_total_the_parts_are_added_up_to_and_a_grade_after_the_bands_it_follows() -> None:
    # hand-written after a hunt
    report = "某县某局2023年度某某项目支出绩效自评报告\n"
    for sentence, total in (
        ("综合得分＝投入19分＋过程18分＋产出38分＋效果19分＝94分，评价等级为优。", "94"),
        ("项目自评总得分为：9.5+48+28+10=95.5分，评价等级为优。", "95.5"),
        (
            "各部分得分情况：产出指标得48分、效益指标得28分、满意度指标得9分、预算执行率得10分，共计95分。",
            "95",
        ),
        ("通过对照评分标准逐项打分，项目综合评分为95分（百分制）。", "95"),
    ):
        assert read(report + sentence + "\n").score == Decimal(total), sentence
    # the items' scores summed before they are converted are no total (audit_mutations' composed report)
    text = "本部门绩效自评得分97.22分（满分100分）。其中2项指标不适用，各项得分合计87.50分，按适用指标折算为百分制。\n"
    assert read(report + text).score == Decimal("97.22")
    text = "自评总分为90分。按照“90分（含）以上为优、80分（含）至90分为良”的等级划分标准，本项目评定为“优”等级。\n"
    assert read(report + text).grade == "优"
    # the bands alone state no grade
    assert read(report + "评价等级划分为：90分以上为优、80-90分为良。\n").grade is None


def test_the_reports_own_score_beside_words_of_ranks_reviews_and_lists_stays() -> None:
    # second review (hand-written): the report's own total in sentences that name a rank, an average, a review or
    # a spot check of its own work, or its one fund's line
    for text in (
        "某县民政局2023年度城乡最低生活保障资金项目支出绩效自评报告\n2023年度城乡最低生活保障资金项目自评得分为96分。\n",
        "某县农业农村局2023年度某某项目支出绩效自评报告\n项目区粮食亩产达到历年最高水平，经综合评定，本项目自评得分96分。\n",
        "某县农业农村局2023年度某某项目支出绩效自评报告\n项目区平均亩产提高50公斤，经综合评定，本项目自评得分96分。\n",
        "某县交通运输局2023年度农村公路养护资金项目支出绩效自评报告\n二、评价结论\n农村公路养护资金：自评得分96分。\n",
        "某县某局2023年度某某项目支出绩效自评报告\n经评价工作组逐项打分并集体复核，本项目综合得分为96分。\n",
        "某县某局2023年度某某项目支出绩效自评报告\n自评小组采取资料核查、实地抽查和问卷调查相结合的方式开展评价，最终得分96分。\n",
    ):
        assert read(text).score == Decimal(96), text


def test_another_reports_end_above_the_title_gives_none_of_its_figures() -> None:
    # hand-written after a layout hunt: a page carrying the tail of one report, signed and dated, then another
    text = (
        "综上，本部门2023年度整体支出绩效自评得分为89.2分，评价等级为良。\n某市委统战部\n2024年3月\n"
        "中共某市委宣传部2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "2023年全年预算数为735.90万元，全年执行数为708.25万元。\n"
        "经自评，我部2023年度部门整体支出绩效评价得分为93.5分，等级为优。\n"
    )
    report = read(text)
    assert (report.score, report.grade) == (Decimal("93.5"), "优")
    # a report whose title opens the page keeps its figures
    assert read(text.split("2024年3月\n", 1)[1]).score == Decimal("93.5")


def test_a_figure_whose_decimal_point_an_ocr_misread_is_not_read() -> None:
    # hand-written after a layout hunt: "91。6分", "93,79分", a funds row's "9786%"
    report = "某县某局2023年度部门整体支出绩效自评报告\n"
    for text in (
        "经自评，本部门自评得分为91。6分，等级为优。\n",
        "经自评，本部门自评得分为93,79分，等级为优。\n",
    ):
        assert read(report + text).score is None, text
    form = "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 32000 34560 33820 10 9786% 979\n"
    assert read(report + form).budget.execution_rate is None


HEADLINE_CASES = [
    # second review of the day's changes (hand-written): each value a rule of the day first lost or misread
    # a project form whose name holds 预算 or 执行 appended to a department's report
    ("某县财政局2023年度部门整体支出绩效自评报告\n2023年部门年初预算1560.00万元，全年预算1820.00万元，全年执行数1766.70万元，"
     "预算执行率97.07%。\n附件：项目支出绩效自评表\n项目名称：预算绩效管理工作经费\n"
     "项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 60.00 80.00 60.40 10 75.50% 7.55\n",
     {"initial": "1560", "adjusted": "1820", "executed": "1766.7", "rate": "97.07"}),
    # a mid-year progress is no execution rate; a rate whose year or month follows its word is one
    ("某县2023年度农村公路养护项目支出绩效自评报告\n该项目全年预算500.00万元，全年执行数486.50万元。截至2023年9月底，支出进度仅为42.50%。\n",
     {"rate": None}),
    ("某县2023年度农村公路养护项目支出绩效自评报告\n该项目全年预算500.00万元，全年执行数486.50万元，预算执行率2023年度为97.30%。\n",
     {"rate": "97.30"}),
    # 人员经费和公用经费 are basic spending's parts, not the whole
    ("某县司法局2023年度部门整体支出绩效自评报告\n2023年部门全年预算1020.00万元，全年执行数968.40万元。"
     "人员经费和公用经费预算执行率均为100%，项目支出预算执行率为87.33%。\n", {"rate": None}),
    # a score without 分 followed by its deductions, "，4分扣分…"
    ("某县2023年度农村公路养护项目支出绩效自评报告\n经自评，该项目自评得分96，4分扣分主要在于部分路段养护不及时，等级为优。\n",
     {"score": "96"}),
    # a form dated above its own report keeps its figures
    ("项目支出绩效自评表\n（2023年度）\n项目名称：农村公路养护项目\n项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
     "年度资金总额 500.00 500.00 486.50 10 97.30% 9.73\n填报单位：某县公路事业发展中心\n2024年3月15日\n"
     "某县2023年度农村公路养护项目支出绩效自评报告\n一、项目基本情况\n", {"adjusted": "500", "executed": "486.5"}),
    # another body's review after the report's own result; funds' scores listed on one line
    ("某县2023年度农村公路养护项目支出绩效自评报告\n经自评，该项目绩效自评得分95分，等级为优。\n"
     "经县财政局组织专家复核，该项目得分88分，等级为良，复核结果已反馈我局。\n", {"score": "95", "grade": "优"}),
    ("某县2023年度农业相关转移支付资金绩效自评报告\n耕地地力保护补贴：自评得分100分；农机购置与应用补贴：自评得分95分。\n"
     "经自评，农业相关转移支付资金绩效自评综合得分96分，等级为优。\n", {"score": "96"}),
    # 已将 and 计划用于 tell no plans: the budget's year stays the year
    ("某县农村公路养护项目支出绩效自评报告\n2023年安排资金500.00万元，县财政局已将资金全部拨付到位，全年执行数486.50万元。\n"
     "2024年，我局将进一步加强农村公路日常养护管理。\n", {"year": 2023}),
    # a department's own money named by its source
    ("某县文化和旅游局2023年度部门整体支出绩效自评报告\n二、部门预算执行情况\n"
     "财政拨款资金：年初预算860.00万元，全年预算925.40万元，全年执行数901.23万元，预算执行率97.39%。\n",
     {"adjusted": "925.4", "executed": "901.23"}),
    # a county government's portal is no unit of a report saying 我局; a site's name above a 大队's title
    ("发布机构：某县人民政府\n发布时间：2024-04-12\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我局内设股室5个。\n",
     {"unit": None}),
    ("某县人民政府\n某县公安局交通管理大队2023年度部门整体支出绩效自评报告\n一、部门基本情况\n我大队内设中队4个。\n",
     {"unit": "某县公安局交通管理大队"}),
    # years summed are no year's budget; a share of the fund's money is of the year's whole budget
    ("某县2023年度农村饮水安全巩固提升项目支出绩效自评报告\n该项目分两年实施，上级于2022年下达资金500.00万元，2023年下达资金"
     "300.00万元，累计下达800.00万元。\n2023年全年执行数285.60万元，预算执行率95.20%。\n", {"adjusted": "300"}),
    # third review: the whole's rate named by both parts in short; a year-end 支出进度; projects named for 人员;
    # money fully spent by a month's end
    ("某县民政局2023年度部门整体支出绩效自评报告\n全年预算2350.6万元，全年实际支出2298.1万元，基本和项目支出预算执行率为97.77%。\n",
     {"rate": "97.77"}),
    ("某县民政局2023年度部门整体支出绩效自评报告\n全年预算2350.6万元，截至2023年12月31日，全年支出2298.1万元，预算支出进度为97.77%。\n",
     {"rate": "97.77"}),
    ("某县民政局2023年度部门整体支出绩效自评报告\n2023年部门全年预算2350.6万元，全年实际支出2298.1万元。\n"
     "城乡低保人员补助资金：年初预算860万元，全年预算912.5万元，全年执行905.2万元。\n",
     {"adjusted": "2350.6", "executed": "2298.1"}),
    ("某县2023年度某某专项债券项目支出绩效自评报告\n2023年下达专项债资金500万元,已于2023年4月底前完成专项债券资金支出500万元,支付率100%。\n",
     {"rate": "100"}),
    # a bracketed office after a title naming the place, beginning with a level's word
    ("某市2023年度部门整体支出绩效自评报告（市场监督管理局）\n一、部门基本情况\n", {"unit": "某市市场监督管理局"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_headline_case(text: str, expected: dict[str, object]) -> None:
    report = read(text)
    got = {
        "initial": report.budget.initial,
        "adjusted": report.budget.adjusted,
        "executed": report.budget.executed,
        "rate": report.budget.execution_rate,
        "score": report.score,
        "grade": report.grade,
        "year": report.year,
        "unit": report.unit,
    }
    for key, value in expected.items():
        want = Decimal(value) if isinstance(value, str) and key not in ("grade", "unit") else value
        assert got[key] == want, (key, got[key])


def test_the_full_marks_of_the_scoring_and_an_amount_under_a_score_header_are_no_score() -> None:
    head = "某县民政局2023年度部门整体支出绩效自评报告\n"
    for sentence in (
        "本次评价采用百分制,评价总分100分,得分90分(含)以上为优秀,80-89分为良好。\n",
        "按照《某县部门整体支出绩效评价指标体系》开展自评,指标体系总分100分,设置投入、过程、产出、效果4个一级指标。\n",
        "(二)评分情况:根据《某县项目支出绩效评价评分表》,项目总分100分。\n",
    ):
        assert read(head + sentence).score is None, sentence
        assert read(head + sentence + "经逐项评分,本项目最终得分为87.5分。\n").score == D("87.5"), sentence
    # a form's header ending in 得分, its values on the next line with a thousands separator
    form = (
        "部门整体支出绩效自评表（2021年度）\n部门名称            某县自然资源和规划局\n"
        "年度资金总额        年初预算数      全年预算数      全年执行数      分值      执行率      得分\n"
        "                    1,245.00        1,388.60        1,360.20        10        97.95%      9.80\n"
    )
    assert read(form).score is None


def test_a_departments_own_result_named_so_beside_a_projects() -> None:
    text = (
        "某县档案馆2023年度部门整体支出绩效自评报告\n四、评价结论\n2023年度我馆的“档案数字化加工”项目自评得分96分。"
        "我馆部门整体支出自评得分为93分,评价等级为优。\n"
    )
    assert read(text).score == D(93)


def test_the_total_after_the_parts_scores_and_a_parts_own_parts() -> None:
    head = "某县某局2021年度项目支出绩效自评报告\n四、评价结论\n"
    report = read(
        head
        + "投入(20分):得19分;过程(20分):得18分;产出(40分):得38分;效益(20分):得18分。合计得分93分,等级优。\n"
    )
    assert report.score == D(93)
    assert all(f.value != D(93) for f in report.facts if f.field == "component")
    report = read(
        head
        + "按照决策（20分）、过程（20分）、产出（40分）、效益（20分）四项一级指标打分。决策指标得19分；过程指标得18分，"
        "其中资金管理（10分）得9分、组织实施（10分）得9分；产出指标得38分；效益指标得19分。自评总分94分，评价等级为优。\n"
    )
    assert report.score == D(94)
    assert sorted(f.value for f in report.facts if f.field == "component") == [D(18), D(19), D(19), D(38)]


def test_the_total_after_a_list_of_weights_and_an_indicators_own_sum() -> None:
    # hand-written: the weights listed in the sentence giving the total are no heading of it; an indicator's parts
    # summed in a sentence that opens with it are that indicator's (4 + 7.56 = 11.56), not the report's total
    head = "某省2021年度农业产业发展专项资金绩效自评报告\n四、自评结论\n"
    report = read(
        head
        + "按照决策（15分）、过程（25分）、产出（35分）、效益（25分）指标体系，本项目自评得分93.56分，等级为“优”。\n"
        "资金管理指标中，省级资金拨付率100%得4分，县级支出率94.5%按8分乘以支出率计得7.56分，合计11.56分。\n"
    )
    assert report.score == D("93.56")
    assert [f.value for f in report.facts if f.field == "component"] == []
    assert [(f.subject, f.value) for f in report.facts if f.field == "weight"] == [
        ("决策指标", D(15)),
        ("过程指标", D(25)),
        ("产出指标", D(35)),
        ("效益指标", D(25)),
    ]


def test_a_page_of_a_departments_form_then_its_projects_forms() -> None:
    # the department's form cut before its total row: the project's total is the project's, not the report's
    text = (
        "部门整体支出绩效自评表（2021年度）\n部门名称          某县文化和旅游局\n"
        "年度资金总额      年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
        "                  612.3         688.5         675.2         10      98.07%    9.81\n"
        "产出指标    数量指标    送戏下乡场次    ≥120场    126场    20    20\n"
        "项目支出绩效自评表（2021年度）\n项目名称          文化惠民工程\n"
        "年度资金总额      年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
        "                  80            80            78            10      97.5%     9.75\n"
        "总分                                                        100     97\n"
    )
    report = read(text)
    assert (report.kind, report.score) == ("部门整体支出", None)
    # a page titled with neither kind: the first form's tells
    text = (
        "某县妇女联合会2022年度绩效自评结果公开\n一、部门整体支出绩效自评表\n部门名称  某县妇女联合会\n"
        "总分  100  95.88  自评等级  优\n二、项目支出绩效自评表\n项目名称  妇女儿童维权服务经费\n总分  100  84.5  自评等级  良\n"
    )
    report = read(text)
    assert (report.kind, report.project, report.score, report.grade) == (
        "部门整体支出",
        None,
        D("95.88"),
        "优",
    )


def test_a_total_score_in_further_phrasings() -> None:
    head = "某县某局2023年度项目支出绩效自评报告\n四、自评结论\n"
    for sentence, score in (
        ("本项目自评表共设指标分值100分,实际得分95.5分,得分率95.5%。", "95.5"),
        ("根据项目绩效评价指标,本项目评分为96分。", "96"),
        ("我院按照评价指标体系进行评分,各项指标合计得分为94.5分。", "94.5"),
        ("本项目满分为100分,自评得分为:91分。", "91"),
        ("自评总分为100分,实际自评得分为95分,评定等级为优。", "95"),
        ("各项指标合计:分值100分,得分97分。", "97"),
    ):
        assert read(head + sentence + "\n").score == D(score), sentence
    # an indicator's score is still none of the report's
    assert read(head + "质量指标：合格率100%，得分15分。\n").score is None


def test_a_conclusion_heading_in_its_usual_wordings_is_the_conclusion() -> None:
    # hand-written headings: 自评结论 and 得分及结论 are the 评价结论 part; 综合评价情况 is no account of the work
    for heading, parts in (
        ("一、自评结论", ["评价结论"]),
        ("三、自评得分及结论", ["评价结论"]),
        ("三、绩效自评结论", ["评价结论"]),
        ("三、综合评价情况及评价结论", ["评价结论"]),
        ("二、绩效自评工作开展情况", ["自评工作开展情况"]),
    ):
        assert read(f"某县某局2023年度部门整体支出绩效自评报告\n{heading}\n正文。\n").sections == parts, (
            heading
        )


def test_a_table_printed_one_cell_per_line_keeps_its_rows_apart() -> None:
    # hand-written: a row's long explanation cell ends without a stop ("…得满分24分") and the next row's name
    # ("补助发放人数", six characters) follows with its figures; the result belongs to that next row
    text = (
        "某县某局2023年度部门整体支出绩效自评报告\n一级指标\n二级指标\n三级指标\n分值\n得分\n评分说明\n"
        "产出指标\n数量指标\n改造面积\n24.00\n24.00\n实际 16491 亩 ≥ 指标 14500 亩，得满分 24 分\n"
        "补助发放人数\n22.00\n22.00\n实际 745 人 ≥ 指标 700 人，得满分 22 分\n"
    )
    found = {(a.measure, a.value, a.unit, a.line) for a in read(text).achievements}
    assert found == {("改造面积", D(16491), "亩", 13), ("补助发放人数", D(745), "人", 17)}
    # a sentence cut across lines still runs on over the cut
    prose = read(
        "某县某局2023年度部门整体支出绩效自评报告\n全年共完成改造面积\n16491亩，补助发放人数745人。\n"
    )
    assert {(a.measure, a.value) for a in prose.achievements} == {
        ("完成改造面积", D(16491)),
        ("补助发放人数", D(745)),
    }


def test_a_listed_item_closed_by_its_note_is_not_the_next_figures_name() -> None:
    # hand-written: a qualitative item with its note in brackets, then the item the figure measures
    text = (
        "某县某局2023年度项目支出绩效自评报告\n效益指标设3项指标。公共服务水平（服务效率和质量有效提升）、"
        "群众知晓率100%（指标值≥90%）等3项指标均按计划完成。\n"
    )
    assert [(a.measure, a.value) for a in read(text).achievements] == [("群众知晓率", D(100))]


def test_indicator_records_with_their_points_and_scores_set_apart_by_semicolons() -> None:
    # hand-written after a hunt: each indicator written as one record "级—级—名：…；分值6；得分5.50", then the total
    text = (
        "某市某局2022年度部门整体支出绩效自评报告\n（二）绩效指标完成情况\n"
        "产出指标—数量指标—监督抽检：年度指标值≥500批次；实际完成值486批次；分值6；得分5.50；偏差原因：样品不足\n"
        "产出指标—时效指标—平台上线时间：年度指标值2022年10月；实际完成值2022年12月；分值6；得分4.00\n"
        "（三）总分：95.50分，等级：优。\n"
    )
    report = read(text)
    assert (report.score, report.grade) == (Decimal("95.50"), "优")
    assert [f.value for f in report.facts if f.field == "score"] == [Decimal("95.50")]
    # the total's own points before it ("总分值100分；自评得分95.5分") are the whole's
    assert read("某局2022年度部门整体支出绩效自评报告\n总分值100分；自评得分95.5分。\n").score == Decimal(
        "95.5"
    )


def test_a_total_row_with_the_full_marks_alone_states_no_score() -> None:
    # hand-written forms: the 总分 row carries the 分值 column's 100 and a blank 得分 cell
    header = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
    row = "产出指标 | 数量指标 | 服务人次 | ≥12万人次 | 12.6万人次 | 20 |\n"
    form = "2023年度项目支出绩效自评表\n项目名称：某某经费\n" + header + row
    assert read(form + "总分 |  |  |  |  | 100 |\n").score is None
    assert read(form + "总分 | 100 | 96.5\n").score == D("96.5")
    # a form with no points column: the one figure on its 总分 row is the score
    plain = "2023年度项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年初目标值 | 实际完成值 | 得分\n"
    assert read(
        plain + "产出指标 | 数量指标 | 服务人次 | 12万人次 | 12.6万人次 | 100\n总分 | 100分\n"
    ).score == D(100)


def test_a_rate_over_several_years_or_a_standard_per_head_is_not_the_years() -> None:
    # hand-written
    cumulative = read(
        "2021年度某县污水处理厂二期工程项目绩效自评报告\n2021年度项目全年预算980万元，实际支出952.4万元，执行率97.18%。"
        "该项目批复总概算4,300万元，截至2021年底累计支出3,655万元，累计执行率85%。\n"
    )
    assert (cumulative.budget.adjusted, cumulative.budget.execution_rate) == (D(980), D("97.18"))
    standard = read(
        "某乡人民政府关于2024年度村级组织运转经费的绩效自评报告\n村级组织运转经费按每村每年12万元标准保障，"
        "2024年共安排96万元，全部拨付到村，实际支出96万元，执行率100%。\n"
    )
    assert standard.budget.adjusted == D(96)
    # a budget granted every year is the year's budget
    yearly = read(
        "某区某局2017年度某某经费项目绩效自评报告\n区级财政每年安排60万元,由每年年初预算批复下达至我局。\n"
    )
    assert yearly.budget.adjusted == D(60)
    # the works' whole cost is not the budget the year's rate is of: no budget rather than a wrong one
    bond = read(
        "2022年新增地方政府专项债券资金绩效自评报告（某县第二人民医院迁建项目）\n某县第二人民医院迁建项目总投资4.2亿元。"
        "\n截至2022年12月31日，债券资金已支出7,640万元，支出进度95.5%。\n"
    )
    assert (bond.budget.adjusted, bond.budget.executed, bond.budget.execution_rate) == (
        None,
        D(7640),
        D("95.5"),
    )


def test_a_funds_row_under_local_headers_or_with_its_points_after_the_rate() -> None:
    # hand-written forms: 调整预算 heads the full year's budget; a form printing 分值 after the rate
    head = "2020年度项目支出绩效自评表\n项目名称：某某专项\n"
    local = read(
        head
        + "资金情况（万元）\t年初预算\t调整预算\t实际支出\t执行率\t分值\t得分\n资金总额\t45\t52\t49.4\t95%\t10\t9.5\n"
    )
    assert (local.budget.initial, local.budget.adjusted, local.budget.executed) == (D(45), D(52), D("49.4"))
    unknown = read(
        head
        + "资金情况（万元）\t期初安排\t中期调整\t实际使用\t执行率\t分值\t得分\n资金总额\t45\t52\t49.4\t95%\t10\t9.5\n"
    )
    assert (unknown.budget.adjusted, unknown.budget.executed, unknown.budget.execution_rate) == (
        D(52),
        D("49.4"),
        D(95),
    )
    # the national order stays the reading when the rate is a slip that neither reading gives
    slip = read(
        head
        + "资金情况（万元）\t期初\t调后\t执行\t分值\t执行率\t得分\n资金总额\t100\t100\t98\t10\t97%\t9.7\n"
    )
    assert (slip.budget.adjusted, slip.budget.executed, slip.budget.execution_rate) == (D(100), D(98), D(97))


def test_figures_a_pdf_spaced_out_digit_by_digit_are_read_whole() -> None:
    # hand-written: a letter-spaced PDF's sentence; its columns still cite the printed digits
    line = "2021年年初预算 1 8 6 . 4 2 万元，全年预算 2 0 4 . 1 5 万元，实际支出 2 0 1 . 3 3 万元，预算执行率 9 8 . 6 2 %。"
    report = read(
        "某县气象局2021年度部门整体支出绩效自评报告\n" + line + "\n自评得分 9 5 . 5 分，等级为优。\n"
    )
    assert report.budget == Budget(
        initial=D("186.42"), adjusted=D("204.15"), executed=D("201.33"), execution_rate=D("98.62")
    )
    assert report.score == D("95.5")
    fact = next(f for f in report.facts if f.field == "budget.initial")
    assert (fact.line, line[fact.start : fact.end]) == (2, "1 8 6 . 4 2 万元")


def test_figures_a_scan_spaced_out_right_after_their_words_are_read_whole() -> None:
    # hand-written: a scan's letter-spaced digits with no space before them, and a rate broken by one space after its
    # first decimal ("99.7 3%" is 99.73%, never 3%); the staff count's two digits ("9 6名") are left as they are
    report = read(
        "某县司法局2020年度部门整体支出绩效自评报告\n2020年年初预算数8 4 2 . 1 6万元,调整后预算数9 0 5 . 3 3万元,"
        '全年支出8 8 7 . 4 0万元,预算执行率99.7 3%。\n经综合评价,自评得分9 2 . 5分,自评等级为"优"。\n'
    )
    assert report.budget == Budget(
        initial=D("842.16"), adjusted=D("905.33"), executed=D("887.40"), execution_rate=D("99.73")
    )
    assert report.score == D("92.5")


def test_a_funds_block_in_yuan_said_below_its_headers_and_its_rate_slip_kept() -> None:
    # hand-written forms: the unit in the merged label cell printed under the total row, in a row's label, or in
    # a note under the form; the header rows say nothing of it
    head = "项目支出绩效自评表\n（2019年度）\n项目名称\t水土保持重点工程\n\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    below = read(
        head + "项目资金\t年度资金总额\t1,850,000.00\t1,920,000.00\t1,904,640.00\t10\t99.20%\t9.92\n"
        "（元）\t其中：当年财政拨款\t1,850,000.00\t1,920,000.00\t1,904,640.00\t—\t—\t—\n"
    )
    assert (below.budget.initial, below.budget.adjusted, below.budget.executed) == (
        D(185),
        D(192),
        D("190.464"),
    )
    labelled = read(head + "\t年度资金总额（元）\t180000\t180000\t176400\t10\t98.00%\t9.8\n")
    assert labelled.budget.adjusted == D(18)
    noted = read(
        head + "\t年度资金总额\t312,000.00\t312,000.00\t296,400.00\t10\t95.00%\t9.5\n注：1.金额单位为元。\n"
    )
    assert noted.budget.executed == D("29.64")
    said = read(
        "项目支出绩效自评表\n（2019年度）\n项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t185\t192\t190.46\t10\t99.20%\t9.92\n注：差旅费报销标准单位为元。\n"
    )
    assert said.budget.adjusted == D(192)  # the header's 万元 stands
    # a row filling every column, its rate a slip (3,210,450 / 3,500,000 = 91.73%): read as printed
    slip = read(
        "2020年度项目支出绩效自评表\n项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t2,000,000.00\t3,500,000.00\t3,210,450.00\t10\t94.62%\t9.46\n"
    )
    assert (slip.budget.adjusted, slip.budget.executed, slip.budget.execution_rate) == (
        D(350),
        D("321.045"),
        D("94.62"),
    )


def test_a_notice_publishing_a_report_names_no_project_or_unit_by_its_verb() -> None:
    # hand-written notices: 公开/公布/转发 between 关于 and what is published
    notice = read(
        "关于公开2022年度绩效自评结果的公告\n现将我局2022年度项目支出绩效自评结果公开如下。\n"
        "某县农业农村局\n2022年度高标准农田建设项目绩效自评报告\n一、项目概况\n"
    )
    assert notice.project == "高标准农田建设项目"
    published = read(
        "鹿城区财政局关于公布区卫生健康局2022年度家庭医生签约服务项目绩效自评报告的通知\n"
        "一、项目资金情况\n全年预算386万元，全年执行372.8万元。\n"
    )
    assert (published.unit, published.project) == ("区卫生健康局", "家庭医生签约服务项目")
    forwarded = read(
        "关于转发县卫生健康局2023年度基本药物制度补助资金绩效自评报告的说明\n全年预算126万元。\n"
    )
    assert (forwarded.unit, forwarded.project) == ("县卫生健康局", "基本药物制度补助资金")


def test_a_compilations_header_and_a_sites_heading_are_page_furniture() -> None:
    # hand-written: a finance bureau's compilation of its units' reports, its header on each page; a site's heading
    # over the reports it publishes
    compiled = read(
        "明溪县财政局绩效评价资料汇编（2021年度）                        第 3 页\n明溪县文化体育和旅游局\n"
        "公共文化场馆免费开放补助资金\n绩效自评报告\n一、项目基本情况\n"
    )
    assert (compiled.unit, compiled.project) == ("明溪县文化体育和旅游局", "公共文化场馆免费开放补助资金")
    dashed = read(
        "淇滨区财政局　2023年度部门预算绩效自评材料汇编　　　— 17 —\n淇滨区城市管理局城区环卫保洁项目绩效自评报告\n"
    )
    assert dashed.unit == "淇滨区城市管理局"
    published = read(
        "沅陵县人民政府　2022年度财政支出绩效自评结果公开\n沅陵县农业农村局耕地地力保护补贴项目绩效自评报告\n"
    )
    assert (published.unit, published.project) == ("沅陵县农业农村局", "耕地地力保护补贴项目")


def test_a_figure_the_page_broke_around_its_running_header() -> None:
    # hand-written: a PDF's text layer, the page's header between the halves of a figure
    named = read(
        "北川县气象局2024年度部门整体支出绩效自评报告\n二、部门整体支出情况\n2024年度年初预算300.00万元，全年预算32\n"
        "北川县气象局                                                    第 2 页\n7.90万元，全年执行318.60万元，执行率97.16%。\n"
    )
    assert (named.budget.adjusted, named.budget.executed) == (D("327.90"), D("318.60"))
    titled = read(
        "丹霞县教育局2020年度营养改善计划项目绩效自评报告\n二、资金安排及使用情况\n2020年度年初预算1,000.00万元，全年预算数调整为1,0\n"
        "- 3 -\n丹霞县教育局2020年度项目支出绩效自评报告\n86.40万元，实际支出1,052.18万元，执行率96.85%。\n"
    )
    assert titled.budget.adjusted == D("1086.40")


def test_a_sites_links_to_other_reports_above_the_body_state_nothing_of_it() -> None:
    # hand-written: a site's list of other units' reports, their scores in the links' notes
    report = read(
        "推荐阅读：\n青峰县财政局2020年度部门整体支出绩效自评报告（自评得分96.5分，等级优）\n"
        "青峰县卫生健康局2020年度部门整体支出绩效自评报告\n正文\n青峰县自然资源局2020年度部门整体支出绩效自评报告\n"
        "一、部门整体支出情况：全年预算2,410.00万元，全年支出2,374.60万元，执行率98.53%。\n"
        "二、自评结论：经综合评价，我局部门整体支出绩效自评得分88分，评价等级为良。\n"
    )
    assert (report.unit, report.score, report.grade) == ("青峰县自然资源局", D(88), "良")
    bulleted = read(
        "猜你喜欢\n· 2022年度全民健身工程绩效自评报告（自评得分100分）\n· 全民健身路径维护项目绩效评价报告\n"
        "某县体育事业发展中心2022年度全民健身工程项目绩效自评报告\n一、项目概况\n三、自评结论：自评得分85分，等级为良。\n"
    )
    assert (bulleted.score, bulleted.grade) == (D(85), "良")


def test_a_gazettes_running_header_is_page_furniture() -> None:
    # hand-written: a gazette reprints the report, its header on every page; a sentence runs on over it
    header = "凤台县人民政府公报　　　　　　　　2020年第4期"
    report = read(
        f"{header}\n凤台县审计局2019年度部门整体支出绩效自评报告\n一、部门整体支出情况\n"
        f"2019年度全年预算数为705.18万元；全年支\n{header}\n出698.27万元，预算执行率99.02%。\n"
    )
    assert (report.unit, report.year) == ("凤台县审计局", 2019)
    assert (report.budget.adjusted, report.budget.executed) == (D("705.18"), D("698.27"))
    assert (
        read(
            "兴化市人民政府公报　　2022年第3期（总第87期）　　— 41 —\n某局2021年度部门整体支出绩效自评报告\n"
        ).year
        == 2021
    )


def test_the_unit_under_a_place_title_or_after_a_submitting_label() -> None:
    # hand-written: a title naming only a place, the unit on its own line under it (masked names too)
    for name in ("宁安市城市管理综合执法局", "**市城市管理综合执法局"):
        place = name[:3]
        report = read(f"{place}2020年度城区环卫保洁经费项目支出绩效自评报告\n{name}\n一、基本情况\n")
        assert report.unit == name
    for label in ("报送单位", "编制单位"):
        report = read(
            f"金寨县2022年度城乡供水一体化项目绩效自评报告\n{label}：金寨县水利局\n一、项目资金情况\n"
        )
        assert report.unit == "金寨县水利局", label
    assert read("某县广播电视台2018年度“村村响”运维经费绩效自评报告\n一、项目资金\n").unit == "某县广播电视台"


def test_a_list_of_attached_files_above_the_report_is_not_its_title() -> None:
    # hand-written page: the attachments' names, then the report's own title
    report = read(
        "附件：1.2021年度部门整体支出绩效自评表.xls\n　　　2.2021年度重点项目绩效自评表.xls\n"
        "灵璧县发展和改革委员会2021年度部门整体支出绩效自评报告\n一、预算执行情况\n"
    )
    assert (report.unit, report.kind) == ("灵璧县发展和改革委员会", "部门整体支出")
    attached = read(
        "相关附件：2021年度部门整体支出绩效自评表.pdf（182KB）\n2021年度农村公益事业财政奖补项目绩效自评报告\n"
    )
    assert (attached.kind, attached.project) == ("项目支出", "农村公益事业财政奖补项目")


def test_a_generic_area_opening_a_funds_name_is_no_place() -> None:
    # hand-written titles: 城镇, 市区, 灾区, 开发区, 民族地区 open national funds' names; they name no place
    for title, project in (
        ("2020年度城镇保障性安居工程补助资金绩效自评报告", "城镇保障性安居工程补助资金"),
        ("市区道路桥梁维修养护项目2024年度绩效自评报告", "市区道路桥梁维修养护项目"),
        ("灾区民房恢复重建补助资金2021年度绩效自评报告", "灾区民房恢复重建补助资金"),
        ("开发区企业上市奖励资金2025年度绩效自评报告", "开发区企业上市奖励资金"),
        ("2020年度民族地区转移支付资金绩效自评报告", "民族地区转移支付资金"),
    ):
        report = read(title + "\n一、基本情况\n")
        assert (report.unit, report.project) == (None, project), title
    # a named development zone's committee still is the unit
    assert (
        read("宁波经济技术开发区管委会2020年度部门整体支出绩效自评报告\n").unit == "宁波经济技术开发区管委会"
    )


def test_a_sub_projects_a_reviews_or_an_assessments_score_is_not_the_reports() -> None:
    # hand-written: the only scores and grades stated are another thing's
    head = "某县农业农村局2022年度动物防疫补助资金绩效自评报告\n"
    for line in (
        "二、子项目情况：其中，病死畜禽无害化处理子项目自评得分88分，等级为良。",
        "经县财政局委托评审，本项目评审得分80.5分，等级为良。",
        "本项目所属的“健康乡村”行动在2023年度省级考核中得分91分，等次为优。",
    ):
        report = read(head + line + "\n")
        assert (report.score, report.grade) == (None, None), line
    # the report's own beside them
    own = read(
        head
        + "1.甲子项目自评得分92分；\n2.乙子项目自评得分88分。\n三、自评结论\n本项目自评得分90分，等级为优。\n"
    )
    assert (own.score, own.grade) == (D(90), "优")


def test_a_year_in_chinese_numerals_is_read_as_typed() -> None:
    # hand-written titles: the year in Chinese numerals, digit for digit
    report = read("永州市冷水滩区教育局\n二〇二二年度学生资助项目绩效自评报告\n一、基本情况\n")
    assert (report.year, report.unit, report.project) == (2022, "永州市冷水滩区教育局", "学生资助项目")
    fact = next(f for f in report.facts if f.field == "year")
    assert (fact.line, fact.text) == (2, "二〇二二")
    assert read("德阳市旌阳区审计局二零二三年度部门整体支出绩效自评报告\n").year == 2023
    # a date in Chinese numerals names no year evaluated
    dated = read("某市财政支出绩效评价自评报告\n项目名称：某某建设\n报告日期:二〇一九年七月十五日\n")
    assert dated.year is None


def test_a_forms_total_row_labelled_heji_or_spaced_out() -> None:
    # hand-written forms' last rows: 合计 with the points' total then the score, a label a wide space cut, a
    # numbered note under the row
    head = "项目支出绩效自评表\n一级指标\t三级指标\t分值\t得分\n产出指标\t补贴人数\t50\t48\n"
    assert read(head + "合计          100          92.4\n").score == D("92.4")
    assert read(head + "合 计\t100\t91.2\n").score == D("91.2")
    assert read(head + "总  分\t100\t92.3\t\n").score == D("92.3")
    assert read(head + "总分\t100\t95.6\t\n1、项目资金执行率96%，结余资金已收回。\n").score == D("95.6")
    # 合计 with one figure is any table's total; 总 分 with the full marks alone under a 分值 column, no score
    assert read(head + "合计\t85\n").score is None
    assert (
        read(
            "| 一级指标 | 三级指标 | 分值 | 得分 |\n| 产出指标 | 人数 | 40 | 40 |\n| 总 分 | | 100 | |\n"
        ).score
        is None
    )


def test_a_labelled_score_without_its_fen_before_the_next_label() -> None:
    # hand-written: "自评得分：" and its figure, then wide spaces and the grade's label, or the line's end
    report = read("某县某局2022年度项目支出绩效自评表\n自评得分：92.6          自评等级：优\n")
    assert (report.score, report.grade) == (D("92.6"), "优")
    assert read("某县某局2022年度项目支出绩效自评报告\n三、自评得分：89.61　　自评等级：良\n").score == D(
        "89.61"
    )
    # an indicator's column header and its first figure are no score
    assert read("某县某局2022年度项目支出绩效自评表\n三级指标 分值 得分\n人数 20 18\n").score is None


def test_a_forms_amounts_as_label_and_figure_pairs_with_the_unit_in_a_label() -> None:
    # hand-written forms: the unit in each label with a colon, in the row's heading cell before label | figure
    # cells, or before pairs of label and figure in one cell
    head = "2024年度项目支出绩效自评表\n项目名称：某某专项经费\n"
    colon = read(
        head + "年初预算(万元)：180.00  全年预算(万元)：180.00  实际执行(万元)：171.25  预算执行率：95.14%\n"
    )
    assert colon.budget == Budget(
        initial=D(180), adjusted=D(180), executed=D("171.25"), execution_rate=D("95.14")
    )
    cells = read(head + "资金总额（万元）    预算数  60          执行数  58.5        执行率  97.5%\n")
    assert (cells.budget.adjusted, cells.budget.executed) == (D(60), D("58.5"))
    pairs = read(
        head
        + "年度预算执行情况（万元）：    年初预算数 2,460.50    全年预算数 2,611.20    全年执行数 2,583.90    "
        "执行率 98.95%\n"
    )
    assert (pairs.budget.initial, pairs.budget.adjusted, pairs.budget.executed) == (
        D("2460.50"),
        D("2611.20"),
        D("2583.90"),
    )
    # pairs without a unit stated anywhere may be counts: not read as money
    assert read(head + "年度任务    培训人次 120    发放户数 58\n").budget.adjusted is None


def test_spending_stated_by_the_bare_verb_or_as_completed_spending() -> None:
    # hand-written
    head = "某市城市管理局2016年度城市环境卫生保洁费项目绩效自评报告\n"
    bare = read(head + "2016年预算批复1,085.6万元，执行1,085.6万元，执行率100%。\n")
    assert (bare.budget.adjusted, bare.budget.executed) == (D("1085.6"), D("1085.6"))
    done = read(head + "全年预算128万元。截至2016年12月31日，已完成支出121.6万元，支出率95%。\n")
    assert done.budget.executed == D("121.6")
    # what is to be carried out is no spending
    assert read(head + "全年预算128万元，计划执行128万元。\n").budget.executed is None


def test_parts_points_adding_up_to_the_total_score_are_the_parts_scores() -> None:
    # hand-written: the parts written without 得 after the total score
    report = read(
        "某县某局2022年度项目支出绩效自评报告\n本项目自评得分94.5分，等级为优。"
        "其中产出指标48分，效益指标28分，满意度指标9分，预算执行率9.5分。\n"
    )
    assert report.weights == {}
    assert report.components == {
        "产出指标": D(48),
        "效益指标": D(28),
        "满意度指标": D(9),
        "预算执行率": D("9.5"),
    }
    # the points of the parts, adding up to 100, stay points
    points = read(
        "某县某局2022年度项目支出绩效自评报告\n自评得分94.5分。产出指标50分，效益指标30分，满意度指标10分，预算执行率10分。\n"
    )
    assert points.weights == {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10), "预算执行率": D(10)}


def test_parts_named_after_what_they_put_in_or_manage_are_no_categories() -> None:
    # hand-written: second-level parts' points ("资金投入", "资金管理") and a cost indicator ("项目资金投入") are
    # not the 投入 and 管理 categories'
    report = read(
        "某县某局2022年度项目支出绩效自评报告\n本项目累计安排资金15万元,其中:项目立项6分,绩效目标5分,资金投入4分,"
        "资金管理9分,组织实施6分,总得分93。完成项目资金投入项目满分10分,得6分。\n"
    )
    assert "投入指标" not in report.weights and "管理指标" not in report.weights
    assert "投入指标" not in report.components


def test_a_budget_as_it_stood_after_its_changes() -> None:
    # hand-written
    head = "某区教育局2022年度部门整体支出绩效自评报告\n"
    after = read(
        head
        + "2022年部门预算经调整后为3,206.48万元。年初预算2,416.00万元，全年执行3,152.30万元，执行率98.31%。\n"
    )
    assert (after.budget.initial, after.budget.adjusted) == (D("2416.00"), D("3206.48"))
    cut = read(head + "年初预算800万元，年中调减60万元，预算调减至740万元，实际支出730万元。\n")
    assert (cut.budget.initial, cut.budget.adjusted) == (D(800), D(740))


def test_figures_a_scan_damaged_are_read_as_typed_or_not_at_all() -> None:
    # hand-written: a figure broken by one space, a middle dot for the decimal point, OCR's l for 1 in a
    # figure with thousands commas
    head = "某乡人民政府2022年度部门整体支出绩效自评报告\n"
    broken = read(head + "年初预算7 2.3万元，全年预算8 0万元，实际支出7 7.5万元，执行率9 6.88%。\n")
    assert broken.budget == Budget(
        initial=D("72.3"), adjusted=D(80), executed=D("77.5"), execution_rate=D("96.88")
    )
    dotted = read(head + "全年预算205·3万元，实际支出201·4万元，执行率98·10%。\n")
    assert (dotted.budget.adjusted, dotted.budget.execution_rate) == (D("205.3"), D("98.10"))
    ocr = read(head + "全年预算l,47l.68万元，实际支出l,402.5万元。\n")
    assert (ocr.budget.adjusted, ocr.budget.executed) == (D("1471.68"), D("1402.5"))
    # thousands set apart by a space right after the words and before the unit, as the publishing standard sets
    # them (GB/T 15835)
    assert read(head + "全年预算资金7 895万元。\n").budget.adjusted == D(7895)


def test_a_funds_sources_named_after_it_are_its_parts_not_its_whole() -> None:
    # hand-written: the fund's total, then its sources by level, the central one named after the fund
    report = read(
        "2021年度农田建设补助资金绩效自评报告\n某县农业农村局\n一、资金情况\n"
        "2021年县财政安排农田建设补助资金合计900万元，其中：中央农田建设补助资金600万元，省级资金200万元，"
        "县级资金100万元；实际支出855万元，执行率95%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D(900), D(855))


def test_thousands_set_apart_by_a_full_width_comma() -> None:
    # hand-written: a traditional-script mirror's full-width figures
    report = read(
        "某县林业局2017年度林业改革发展资金绩效自评报告\n2017年中央財政下达我县林业改革发展资金1，148．5万元，"
        "全年实际支出1，096．2万元，资金执行率95．45％。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("1148.5"), D("1096.2"))
    # a list with full-width commas stays a list
    assert read(
        "某县林业局2017年度部门整体支出绩效自评报告\n三个项目预算分别为95，100，120万元。\n"
    ).budget.adjusted != D(95100120)
    # an amount in 元 with two full-width thousands marks (1,186,600元 = 118.66万元)
    report = read(
        "某县第四中学2024年度营养改善计划项目绩效自评报告\n2024年项目资金合计1，186，600元，其中：中央膳食补助资金"
        "1，029，000元，县级安排食堂运转经费157，600元。\n全年实际支出1，186，600元，预算执行率100%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("118.66"), D("118.66"))


def test_thousands_a_scan_set_apart_by_a_comma_and_a_space() -> None:
    # hand-written: "1, 286.50万元" is 1286.50; a list of decimals keeps its figures apart
    report = read(
        "某县民政局2022年度部门整体支出绩效自评报告\n全年预算数1, 286.50万元，全年执行数1, 200.00万元。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("1286.50"), D("1200.00"))
    assert read(
        "某县民政局2022年度部门整体支出绩效自评报告\n两个项目预算分别为12.5, 286.50万元。\n"
    ).budget.adjusted != D("12286.50")


def test_the_unit_after_a_bare_danwei_label_but_not_the_amounts_unit() -> None:
    # hand-written: a generic title, the unit after 单位：; the amounts' 单位：万元 names none
    report = read("2021年度部门整体支出绩效自评报告\n单位：舟山市普陀区海洋与渔业局\n一、部门整体支出情况\n")
    assert report.unit == "舟山市普陀区海洋与渔业局"
    assert read("2021年度部门整体支出绩效自评报告\n单位：万元\n一、部门整体支出情况\n").unit is None


def test_the_spending_the_budget_and_the_rate_agree_on_is_the_budgets() -> None:
    # hand-written: a hospital's total spending (its own income's too) before the budget's spending and rate
    report = read(
        "某县人民医院2020年度部门整体支出绩效自评报告\n2020年医院全年总收入36,528.45万元，总支出35,987.21万元。\n"
        "2020年财政预算安排我院资金年初预算2,180.00万元，全年预算3,456.72万元，实际支出3,398.50万元，执行率98.32%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("3456.72"),
        D("3398.50"),
        D("98.32"),
    )


def test_a_grade_after_the_conclusions_label() -> None:
    # hand-written
    report = read("某县2021年度农业生产发展资金绩效自评报告\n自评得分92分。\n自评结论：优。\n")
    assert report.grade == "优"
    assert read("某县2021年度农业生产发展资金绩效自评报告\n自评结论：项目总体完成良好。\n").grade is None


def test_scores_and_grades_in_more_of_the_ways_reports_write_them() -> None:
    head = "某县民政局2022年度项目支出绩效自评报告\n"
    # the full marks after a bare score
    assert read(head + "自评得分：95.6（满分100）。\n").score == D("95.6")
    assert read(head + "自评总分：90.5/100\n").score == D("90.5")
    # a grade word alone closing the score's sentence
    assert (read(head + "二、绩效评价：自评得分86分，良好。\n").grade) == "良好"
    assert read(head + "根据评价指标体系，本项目评分结果：96分，优。\n").grade == "优"
    assert read(head + "三、自评得分：本项目满分100分，自评得分100分，评价结果优。\n").grade == "优"
    assert read(head + "自评得分86分，良好的成绩得益于各方配合。\n").grade is None
    # the parts' sum closing their list
    parts = (
        head
        + "三、自评结论\n1.投入得19分；\n2.过程得18分；\n3.产出得36.67分；\n4.效益得18分。\n以上合计91.67分。\n"
    )
    assert read(parts).score == D("91.67")
    # the applicable indicators' sum before it is rescaled is no total
    rescaled = read(
        head
        + "自评得分97.22分（满分100分）。其中2项指标不适用，各项得分合计87.50分，按适用指标折算为百分制。\n"
    )
    assert [f.value for f in rescaled.facts if f.field == "score"] == [D("97.22")]
    # a result row set apart by single spaces; a row of two figures under another label is nobody's total
    form = "某县民政局2022年度项目支出绩效自评表\n一级指标 分值 得分\n产出指标 50 47\n"
    assert read(form + "总分 100 93.2 优\n").score == D("93.2")
    assert read(form + "得分 10 9\n").score is None
    # the whole form run together on one line, its result row among the cells, the form's filler after it
    one_line = "某县民政局2022年度项目支出绩效自评表 一级指标 分值 得分 产出指标 50 47 效益指标 30 28 满意度指标 10 9.2 "
    assert read(one_line + "总分 100 93.2 填表人：张三 联系电话：0871-1234567\n").score == D("93.2")
    assert read(one_line + "总分 100 93.2 95.1\n").score is None
    # a heading stating the conclusion, its score, then its grade alone at the end of the printed line
    concluded = read("某局2020年度X项目绩效自评报告\n三、自评结论：88分，良\n扣分原因：一是设备故障频繁。\n")
    assert (concluded.score, concluded.grade) == (D("88"), "良")
    assert read("某局2020年度X项目绩效自评报告\n总分95分，优良率达到90%。\n").grade is None


def test_a_summary_tables_total_row_after_a_share_column() -> None:
    text = (
        "绩效自评综合评分表\n（2019年度 部门整体）\n单位：某区司法局\n一级指标\t分值\t自评得分\t得分率\n"
        "投入\t20\t19\t95%\n过程\t20\t18\t90%\n产出\t30\t28\t93.33%\n效果\t30\t27\t90%\n合计\t100\t92\t92%\n"
    )
    report = read(text)
    assert report.score == D(92)
    assert report.components == {"投入指标": D(19), "过程指标": D(18), "产出指标": D(28), "效果指标": D(27)}


def test_one_levels_rate_is_not_the_reports() -> None:
    text = (
        "某县2022年度畜牧发展项目支出绩效自评报告\n2022年项目资金168万元，其中中央资金120万元，中央资金执行率100%；"
        "省级资金48万元，省级资金支出率62.5%。\n"
    )
    assert read(text).budget.execution_rate is None
    alone = "某县2022年度农村道路项目支出绩效自评报告\n该项目下达资金540万元，到位率100%，其中县级资金执行率100%，市级资金尚在拨付中。\n"
    assert read(alone).budget.execution_rate is None


def test_a_score_stated_with_other_verbs_and_a_year_in_a_forms_cell() -> None:
    head = "某县民政局2022年度项目支出绩效自评报告\n三、自评结论\n"
    assert read(head + "本项目自评共获得91分，评价结果为优。\n").score == D(91)
    assert read(head + "我局自评93.5分，等次为优。\n").score == D("93.5")
    assert (read(head + "经评价，项目以88.6分的成绩被评定为“良”等次。\n").score) == D("88.6")
    assert read(head + "二、绩效自评结果：88.6分（良）\n").score == D("88.6")
    assert read(head + "全县共获得3个奖项。\n").score is None
    # an indicator's own points explained in its row are no total ("定性指标…，自评 27 分（该档 24–30 分）")
    row = read(
        head
        + "本项目自评得分96.15分。\n| 区域生态环境 | 30.00 | 27.00 | 定性指标，自评 27 分（该档 24–30 分） |\n"
    )
    assert [f.value for f in row.facts if f.field == "score"] == [D("96.15")]
    assert read("部门整体支出绩效自评表\n部门\t某县民政局\n年度\t2021\n").year == 2021
    assert read("部门整体支出绩效自评报告\n所属年度：2022\n").year == 2022


def test_a_decimal_point_a_scan_read_as_a_full_stop() -> None:
    text = (
        "某县2022年度资金绩效自评报告\n2022年度该资金年初预算650。00万元，调整后预算702。50万元，实际支出688。30万元，"
        "预算执行率97。98%。\n"
    )
    report = read(text)
    assert report.budget.model_dump() == {
        "initial": D("650.00"),
        "adjusted": D("702.50"),
        "executed": D("688.30"),
        "execution_rate": D("97.98"),
    }
    # a figure whose digits the scan also set apart stays unread, not read in part
    damaged = read("某县2022年度资金绩效自评报告\n该项目调整后预算 l 3O8。4O 万元。\n")
    assert damaged.budget.adjusted is None


def test_a_funds_row_set_apart_by_single_spaces_with_thousands_marked() -> None:
    text = (
        "某县教育体育局2023年度义务教育补助经费绩效自评报告\n资金情况（万元）　年初预算数　全年预算数　全年执行数　执行率\n"
        "年度资金总额　2,986.4　3,215.8　3,150.2　97.96%\n"
    )
    assert read(text).budget.model_dump() == {
        "initial": D("2986.4"),
        "adjusted": D("3215.8"),
        "executed": D("3150.2"),
        "execution_rate": D("97.96"),
    }


def test_another_years_grade_beside_the_reports() -> None:
    head = "某县2023年度城区排涝项目绩效自评报告\n六、自评结论\n"
    last = read(
        head
        + "经综合评价，本项目自评得分88分，自评等级为良。上年度同类项目（城区积水点整治）自评等级为中。\n"
    )
    assert (last.score, last.grade) == (D(88), "良")
    assert [f.value for f in last.facts if f.field == "grade"] == ["良"]
    dated = read(head + "经自评，该项目2023年度评价得分93分、等级为优，2022年度为86分、等级为良。\n")
    assert [f.value for f in dated.facts if f.field == "grade"] == ["优"]


def test_a_result_rows_grade_under_its_conclusion_or_result_label() -> None:
    # hand-written: the form's grade cell labelled 自评结论 / 评价等次 / 自评结果, after the total row or alone
    for label, grade in (("自评结论", "优秀"), ("评价等次", "优"), ("自评结果", "良")):
        report = read(f"某县2022年度项目支出绩效自评报告\n| 总分 | 100 | 93.5 |\n| {label} | {grade} |\n")
        assert (report.score, report.grade) == (D("93.5"), grade)


def test_the_grade_scale_of_good_and_fairly_good() -> None:
    # hand-written: 好 / 较好 / 一般 / 差, quoted or ending the clause; "较好地完成" is no grade
    assert read("某县2022年度项目支出绩效自评报告\n自评得分91分，评价结果为“好”。\n").grade == "好"
    assert read("某县2022年度项目支出绩效自评报告\n评价结论：较好\n").grade == "较好"
    assert read("某县2022年度项目支出绩效自评报告\n评价结果为较好地完成了年度目标。\n").grade is None


def test_a_total_with_its_decimals_after_zongfen_and_a_performance_self_score() -> None:
    # hand-written: "总分：98.35" (not "总分：100", which may be the 分值 column's); "绩效自评得95分" (not an item's "自评得2分")
    assert read("某局2022年度部门整体支出绩效自评报告\n总分：98.93   评价等级：优\n").score == D("98.93")
    assert read("某局2022年度部门整体支出绩效自评报告\n总分：98.35\n").score == D("98.35")
    assert read("某局2022年度部门整体支出绩效自评报告\n总分：100\n").score is None
    assert read(
        "某局2022年度部门整体支出绩效自评报告\n部门整体支出绩效自评得95分，评价等级为优。\n"
    ).score == D(95)
    assert read("某局2022年度部门整体支出绩效自评报告\n项目依据充分。自评得2分。\n").score is None


def test_result_rows_set_apart_by_single_or_wide_spaces_and_more_total_labels() -> None:
    # hand-written: "合计 100 94", "总分<wide spaces>100 98.6", "综合评分 | 100 | 86.2 | 86.2%" (a 得分率 column after)
    head = "某局2022年度项目支出绩效自评报告\n一级指标 二级指标 分值 得分\n产出指标 数量指标 50 47\n"
    assert read(head + "合计 100 94\n").score == D(94)
    assert read(head + "总分　　　　　　　　100　98.6\n").score == D("98.6")
    assert read(head + "综合评分 | 100 | 86.2 | 86.2%\n").score == D("86.2")
    assert read(head + "综合评价得分 | 87.30\n").score == D("87.30")


def test_a_rules_grade_for_a_case_is_not_the_reports() -> None:
    # hand-written: "发生…的，评价结果直接定为“差”" states the rule; the report's grade comes after it
    text = (
        "某县水利局2023年度项目支出绩效自评报告\n发生垮坝等重大安全事故的，评价结果直接定为“差”。2023年未发生安全事故。\n"
        "经自评，本项目得分96分，评价等级为“优”。\n"
    )
    assert read(text).grade == "优"


def test_a_labelled_score_after_an_indicator_list_and_the_points_sum_after_it() -> None:
    # hand-written: indicator lines without end punctuation above "总分：100  自评得分：88.84", then "分值合计100分"
    text = (
        "某县2023年度衔接资金项目支出绩效自评报告\n一级指标：满意度指标（分值10）\n"
        "  群众满意度：目标≥90%，完成92.8%，分值10，得分10\n总分：100　　自评得分：88.84　　自评等级：良\n"
        "说明：本表依据县财政局统一格式填报，分值合计100分。\n"
    )
    assert read(text).score == D("88.84")


def test_another_projects_score_and_grade_told_beside_the_reports() -> None:
    # hand-written: "我局另一项目“X”自评得分86分，等级为“良”" is not the report's own result
    text = (
        "某县文旅局2024年度旅游厕所建设项目绩效自评报告\n四、自评结论\n经自评，本项目绩效得分95分，等级为“优”。\n"
        "同期，我局另一项目“县级公共文化设施免费开放”自评得分86分，等级为“良”，已另行公开。\n"
    )
    assert (read(text).score, read(text).grade) == (D(95), "优")
    review = review_document(Document.from_text("page.txt", "txt", text), load_scheme("national-2020"))
    assert not [f for f in review.findings if f.code == "JX201"]


def test_a_works_acceptance_score_is_no_self_evaluation_score() -> None:
    # hand-written: the works passed acceptance with its own score, the self-evaluation's stated after it
    text = (
        "某县农村公路安全生命防护工程项目绩效自评报告\n工程已全部完工,并于10月15日通过交工验收,验收综合评分96分,"
        "质量等级为合格。\n二、自评基本结论(满分100分,实得94.5分,评价等级为优)\n"
    )
    assert (read(text).score, read(text).grade) == (D("94.5"), "优")


def test_a_sub_projects_score_evaluated_on_its_own_beside_the_whole_programmes() -> None:
    # hand-written: "X项目单独自评得分79分,评价等级为中" after the programme's total is that sub-project's result
    text = (
        "某市2020年度农产品产地冷藏保鲜设施建设项目绩效自评报告\n经对照绩效目标逐项自评,项目自评总分92.4分,评价等级为优。"
        "某县冷链集配中心建设项目单独自评得分79分,评价等级为中,主要是新增冷藏库容未达到年度目标。\n"
    )
    assert (read(text).score, read(text).grade) == (D("92.4"), "优")
    review = review_document(Document.from_text("page.txt", "txt", text), load_scheme("national-2020"))
    assert not [f for f in review.findings if f.code == "JX201"]


def test_a_total_named_so_after_the_parts_plain_scores_and_the_parts_listed_with_fenbie() -> None:
    # hand-written: the parts' plain 得分, then 自评总得分; the parts' scores listed 分别; a part's points in brackets
    # before 得分 and the total labelled 得分合计 in the next sentence
    for sentence, total in (
        (
            "经评价，项目投入（15分）得分15分，过程得分23分，产出得分33分，效益得分21分，自评总得分92分。",
            "92",
        ),
        (
            "按决策（20分）、过程（20分）、产出（40分）、效益（20分）自评，分别得分17分、15分、35分、16分。\n自评得分：83分",
            "83",
        ),
        (
            "资金监管情况（20分）得分18分；资金使用成效（50分）得分48分。自评得分合计94.6分，自评结果为“优”。",
            "94.6",
        ),
    ):
        report = read(f"某县某局2023年度某某项目绩效自评报告\n一、自评结果\n{sentence}\n")
        assert report.score == Decimal(total), sentence


def test_the_points_summed_in_the_indicators_setting_and_the_grades_of_several_projects_under_their_headings() -> (
    None
):
    # hand-written: "分值设置：…，合计100分" sums the points, no score; a report on several projects states each one's
    # score and grade under its own heading and none of the report's
    report = read(
        "某县水利局2022年度农村供水项目绩效自评报告\n（三）绩效指标分值设置：资金执行（10分）、产出指标（50分）、效益指标（30分）、"
        "满意度指标（10分），合计100分。\n"
    )
    assert report.score is None
    report = read(
        "某区教育局2020年度项目支出绩效自评报告\n一、学前教育发展资金项目\n（四）自评结果：自评得分96.8分，等级为优。\n"
        "二、义务教育薄弱环节改善项目\n（四）自评结果：自评得分93.5分，等级为优。\n三、中小学教师培训经费项目\n"
        "（四）自评结果：自评得分95分，等级为优。\n"
    )
    assert (report.score, report.grade) == (None, None)


def test_a_grade_named_by_评级_and_a_grade_followed_by_the_bands_in_brackets() -> None:
    # hand-written: "评级为优"; a grade with the grading bands in brackets after it; bands alone name no grade
    head = "某县某局2020年度某某项目绩效自评报告\n一、自评结论\n"
    assert read(head + "自评得分91.2分，评级为优。\n").grade == "优"
    assert (
        read(
            head + "该项目综合得分89分，等次为良好（90分以上为优秀，80～89分为良好，60分以下为不合格）。\n"
        ).grade
        == "良好"
    )
    assert read(head + "评价结果分为四个等次：优秀（90分以上）、良好（80-89分）。\n").grade is None


def test_the_results_labels_as_a_header_row_and_their_values_under_them() -> None:
    # hand-written: a small results table, "自评得分 | 自评等级" over "95.2 | 优", one cell per line or in rows
    head = "某区某街道2024年度部门整体支出绩效自评报告\n四、绩效自评情况\n绩效自评结果\n"
    for table in ("自评得分\n自评等级\n95.2\n优\n", "自评得分 | 自评等级\n95.2 | 优\n"):
        report = read(head + table)
        assert (report.score, report.grade) == (Decimal("95.2"), "优"), table


def test_the_total_row_with_its_full_marks_in_the_labels_brackets() -> None:
    # hand-written: "总分(100分)" then the score (and the grade's cells after it)
    head = "某州档案馆2023年度项目支出绩效自评表\n"
    assert read(head + "总分(100分) 99.54 自评等级 优\n").score == Decimal("99.54")
    assert read(head + "总分(100分)：95\n").score == Decimal("95")


def test_a_result_row_whose_grade_stands_under_its_own_label() -> None:
    # hand-written: "总分 100 93 评价等次 优" (points, score, then the grade's label and cell); "总分 89.04 自评等级 良" (the
    # score with decimals, no points); "总分 100 评价等次" alone names no score
    head = "某县某局2022年度项目支出绩效自评表\n一级指标 分值 得分\n产出指标 50 47\n"
    assert (
        read(head + "总分 100 93 评价等次 优\n").score,
        read(head + "总分 100 93 评价等次 优\n").grade,
    ) == (
        Decimal("93"),
        "优",
    )
    assert read(head + "总分 89.04 自评等级 良\n").score == Decimal("89.04")
    assert read(head + "总分 100 评价等次\n").score is None


def test_a_categorys_own_total_is_no_report_score() -> None:
    # hand-written: "产出指标合计得分" totals one category; the report's score is stated later
    report = read(
        "某县某局2019年度项目绩效自评报告\n产出指标合计得分49.8分（满分50分）。\n效益指标得分30分。\n"
        "自评总分99.7分，自评等级为“优”。\n"
    )
    assert report.score == D("99.7")
    # "投入部分合计得分" too, the report's own total cut off the page (hand-written: 3 + 1.5 + 5 + 5 = 14.5)
    cut = read(
        "某县某局2020年度部门整体支出绩效自评报告\n(一)投入(15分)\n(1)绩效目标合理性(3分):自评得3分。\n"
        "(2)绩效指标明确性(2分):自评得1.5分。\n(3)在职人员控制率(5分):自评得5分。\n(4)三公经费变动率(5分):自评得5分。\n"
        "投入部分合计得分14.5分。\n"
    )
    assert cut.score is None


def test_a_sections_own_total_is_no_report_score() -> None:
    # hand-written: "本部分得分20分" totals the 投入 section; the report's score is stated at its end
    report = read(
        "某县2020年农村危房改造民生工程绩效自评报告\n一、投入（20分）\n（一）项目立项（8分）：得8分。\n（二）资金落实（12分）：得12分。\n"
        "本部分得分20分。\n二、过程（30分）\n本部分得分29.93分。\n五、自评结论\n经综合评定，自评总分99.8分，等级为优秀。\n"
    )
    assert (report.score, report.grade) == (D("99.8"), "优秀")


def test_a_result_row_whose_full_marks_and_score_run_together() -> None:
    # hand-written: a form printed with no separators; "总分10096.35" is the full marks 100, then the score
    text = (
        "某某区图书馆2021年度部门整体绩效自评表\n一级指标二级指标三级指标年度指标值实际完成值分值得分\n"
        "产出指标数量指标新增馆藏图书≥20000册21350册2020\n效益指标社会效益指标年接待读者≥30万人次28.9万人次2019.27\n"
        "满意度指标服务对象满意度指标读者满意度≥95%96.8%1010\n总分10096.35\n自评等级：优\n"
    )
    report = read(text)
    assert report.score == Decimal("96.35")
    assert report.grade == "优"
    # a figure after 总分 that no full marks start is no score at all
    assert read(text.replace("总分10096.35", "总分9635")).score is None
    # the whole form run into one line, the grade's label right after the score
    run = text.replace("\n总分10096.35\n自评等级：优\n", "总分10096.35自评等级优\n").replace(
        "2019.27\n", "2019.27"
    )
    assert read(run).score == Decimal("96.35")


def test_the_scale_in_an_aside_after_the_scores_announced_is_no_score() -> None:
    # hand-written after a probe: "（总分100分）" opened right after "自评得分如下" gives the scale; the table's 总分
    # row under it holds the score (9.55 + 48 + 28 + 9 = 94.55)
    text = (
        "某县文化局2023年度公共文化服务体系建设专项资金绩效自评报告\n三、绩效自评结果\n本项目自评得分如下（总分100分）：\n"
        "指标          权重    得分\n预算执行率     10     9.55\n产出指标       50     48\n效益指标       30     28\n"
        "满意度指标     10     9\n总分          100     94.55\n"
    )
    assert read(text).score == D("94.55")
    # a bracket after the grade is no announcement: the 100 there is the report's score
    assert read("某县某局2023年度项目支出绩效自评报告\n经自评，评价等级为优（总分100分）。\n").score == D(
        "100"
    )


def test_money_the_text_says_is_evaluated_apart_is_none_of_the_reports() -> None:
    # hand-written after a probe: the other project's 86.20 spent would contradict the 600.14 of the report's own,
    # which the audit needs to find the rate slip (600.14 / 628.50 = 95.49%, written 98.6%)
    text = (
        "某市文化局2023年度公共文化服务体系建设专项资金绩效自评报告\n一、项目基本情况\n"
        "2023年，公共文化服务体系建设专项资金预算安排628.50万元。同年我局另承担非物质文化遗产保护项目，预算86.20万元，"
        "支出86.20万元，另行评价。\n二、项目资金使用情况\n截至2023年12月31日，项目实际支出600.14万元，预算执行率98.6%。\n"
    )
    report = read(text)
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("628.50"),
        D("600.14"),
        D("98.6"),
    )
    # the evaluation's object named in the figure's own clause is the report's, the others evaluated apart
    # (hand-written after the same probe round: 29874 + 7261 + 1480 = 38615, the central part evaluated here)
    own = read(
        "某县2023年度中央财政衔接推进乡村振兴补助资金绩效自评报告\n"
        "2023年共下达我县衔接资金38615.00万元，其中：中央资金29874.00万元，省级资金7261.00万元，州级资金1480.00万元。"
        "本次自评对象为中央财政衔接推进乡村振兴补助资金29874.00万元，省级和州级资金另行评价。\n"
        "截至2023年12月31日，中央资金实际支出28963.52万元，资金执行率96.95%。\n"
    )
    assert (own.budget.adjusted, own.budget.executed) == (D("29874.00"), D("28963.52"))


def test_a_funds_header_whose_first_halves_stand_over_their_columns_on_the_line_above() -> None:
    # hand-written after a probe: "年初" printed over "预算数" (spaces keep the columns; a Chinese character takes two)
    text = (
        "某县某镇中心卫生院2020年度部门整体支出绩效自评报告\n二、预算安排及执行情况\n"
        "                                                          单位：万元\n"
        "资金来源       年初\n               预算数     全年预算数     全年执行数     执行率\n"
        "合计           941.80     1,024.63       986.21         96.25%\n"
        "中央资金       165.20       186.40       181.92         97.60%\n"
    )
    budget = read(text).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("941.80"),
        D("1024.63"),
        D("986.21"),
        D("96.25"),
    )


def test_a_departments_summary_row_over_its_units_rows_is_the_total() -> None:
    # hand-written after a probe: one cell a line, amounts in 元, the 汇总 row first, each unit's coded row after it
    cells = [
        "预算单位编码", "预算单位名称", "年初预算数", "全年预算数", "全年执行数", "执行率",
        "046", "某县自然资源局（汇总）", "26,418,000.00", "29,035,500.00", "28,473,910.00", "98.07%",
        "046001", "046001-某县自然资源局机关", "14,860,000.00", "16,124,000.00", "15,892,150.00", "98.56%",
    ]  # fmt: skip
    text = (
        "某县自然资源局2022年度部门整体支出绩效自评报告\n二、部门整体支出情况\n单位：元\n"
        + "\n".join(cells)
        + "\n"
    )
    budget = read(text).budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("2641.8"),
        D("2903.55"),
        D("2847.391"),
        D("98.07"),
    )


def test_a_grade_after_a_table_noting_some_projects_is_the_reports() -> None:
    # hand-written after a probe: "部分项目" in a row's note names no project whose grade the line below would be
    text = (
        "某区某街道办事处2019年度部门整体支出绩效自评表\n一级指标        分值      自评得分       扣分原因\n"
        "投入             20        17.5          部分项目预算编制不够细化，年中调整幅度较大\n"
        "过程             30        26.4          项目支出进度前松后紧\n产出             30        27.2          \n"
        "效益             20        17.5          \n合计            100        88.6\n"
        "自评等级：良（90分以上为优，80-89分为良，60-79分为中，60分以下为差）\n"
    )
    report = read(text)
    assert (report.score, report.grade) == (D("88.6"), "良")


def test_a_rate_word_and_a_date_a_scan_broke() -> None:
    # hand-written after a probe: "执 行率" a PDF's space inside the word, "l2月" an OCR's l for 1 in a date
    text = (
        "某县人民医院2018年度医疗服务能力提升补助资金项目支出绩效自评报告\n"
        "（一）资金到位情况。2018年项目预算资金1528.6万元，资金于2018年9月全部到位。\n"
        "（二）资金使用情况。截至2018年l2月31日，项目实际支出1390.4万元，预算执 行率90.96%。\n"
    )
    budget = read(text).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (D("1528.6"), D("1390.4"), D("90.96"))


def test_a_note_under_a_fused_result_row_opens_a_line_of_its_own() -> None:
    # hand-written after a probe: "总分10099.9" (full marks 100, score 99.9 run together) over "说明：…" is no
    # sentence running on into the note, whose bands' 90 is no score either
    text = (
        "某街道2023年度社区服务群众专项经费项目支出绩效自评报告\n"
        "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
        "产出指标数量指标覆盖社区数8个8个1515\n总分10099.9\n说明：自评得分90（含）-100分为优，80（含）-90分为良。自评等级：优\n"
    )
    report = read(text)
    assert (report.score, report.grade) == (D("99.9"), "优")


def test_a_project_cells_code_with_its_year_after_it() -> None:
    # hand-written after a probe: "630223-2022-" is the project's code and year in the system, no part of its name
    text = (
        "项目支出绩效自评表\n（2022年度）\n项目名称\t630223-2022-农村厕所革命整村推进奖补资金\n"
        "主管部门\t某县农业农村局\t实施单位\t某县农业农村局\n"
    )
    assert read(text).project == "农村厕所革命整村推进奖补资金"


def test_the_money_the_report_says_it_evaluates_is_its_budget() -> None:
    # hand-written after a hunt: 41834 allocated, 1260 of it evaluated apart; the 40574 "纳入本次自评" is the budget
    # the rate is on (39906.73 / 40574 = 98.36%)
    text = (
        "某县2025年度衔接推进乡村振兴补助资金绩效自评报告\n一、资金投入情况\n"
        "全县共安排衔接推进乡村振兴补助资金41834万元，其中中央资金27418万元、省级资金9236万元、市级资金680万元、县级资金4500万元。\n"
        "中央资金中以工代赈任务资金1260万元，由县发改委另行开展绩效评价，不纳入本报告。纳入本次自评的衔接资金为40574万元。\n"
        "二、资金使用情况\n截至2025年12月31日，纳入自评的衔接资金已支出39906.73万元，执行率98.36%。\n"
    )
    budget = read(text).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        D("40574"),
        D("39906.73"),
        D("98.36"),
    )
    # the figure after the words: "纳入本次自评范围的386,521万元资金" (371,898.47 / 386,521 = 96.22%)
    after = read(
        "某省2022年度林业草原生态保护恢复资金绩效自评报告\n2022年中央财政下达我省林业草原生态保护恢复资金392,521万元。\n"
        "截至2022年12月31日，纳入本次自评范围的386,521万元资金累计支出371,898.47万元，执行率96.22%。\n"
    )
    assert (after.budget.adjusted, after.budget.execution_rate) == (D("386521"), D("96.22"))


def test_a_grade_in_its_cell_with_the_bands_in_brackets_after_it() -> None:
    # hand-written after a hunt: the grade's cell after a bar, or after 自评结论 and a space, its bands in brackets
    base = "某县某局2020年度项目支出绩效自评报告\n总分 100 99.1\n"
    assert read(base + "自评等级|优（90分(含)以上为优，80分(含)-90分为良，60分以下为差）\n").grade == "优"
    assert read(base + "自评结果：优（得分90分以上为“优”，80-90分为“良”）\n").grade == "优"
    assert read(base + "自评结论 良好（综合得分90分及以上为优秀，80分（含）至90分为良好）\n").grade == "良好"
    # a header of the bands gives none
    assert read(base + "评价等级 | 优 | 良 | 中 | 差\n").grade is None


def test_a_result_row_run_into_the_last_indicator_row_under_the_forms_header() -> None:
    # hand-written after a hunt: rows run together on a few lines, the header two lines above, the deviation cell or
    # the last score ("…采集活动总分 100 87.85", "…5 5总分 100 99.25 自评等级 优") running into 总分
    header = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
    text = (
        "某市林业局2017年度森林防火经费项目绩效自评表\n"
        + header
        + "产出指标 数量指标 专业扑火队伍人数 ≥120人 120人 10 10\n"
        "满意度指标 服务对象满意度指标 林区群众满意度 ≥90% 87% 10 9.67 防火期入山管控影响群众采集活动总分 100 87.85\n"
        "自评结论 良好（综合得分90分及以上为优秀，80分（含）至90分为良好）\n"
    )
    assert (read(text).score, read(text).grade) == (D("87.85"), "良好")
    run = (
        "某县人民医院2019年度公立医院综合改革补助资金项目绩效自评表\n" + header
        + "满意度指标 服务对象满意度指标 门诊患者满意度 ≥90% 93.06% 5 5住院患者满意度 ≥90% 95.4% 5 5总分 100 99.25 自评等级 优\n"
    )  # fmt: skip
    assert read(run).score == D("99.25")
    # with no form's header above, "总分 100 87.85" inside a line is nobody's result row
    assert read(text.replace(header, "")).score is None


def test_a_result_row_whose_label_a_scan_spread_over_its_cell() -> None:
    """ "…17.社会效益 ( 10 分) 10 8 总 分 100 78 评价结论:良好": a form run together on one line, its 总分 spread out as a
    scan prints it; wider gaps set cells apart, read by the layout ("总分   100 100.00" on a page of two projects'
    forms is neither project's total)."""
    text = (
        "某县水利局2019年度项目绩效评价报告\n评价指标 指标分值 评价得分 一级 二级 三级 项目前期工作 1.项目库建设( 1 分) 1 1 "
        "17.社会效益 ( 10 分) 10 8 总 分 100 78 评价结论:良好 三、评价人员\n"
    )
    assert (read(text).score, read(text).grade) == (D("78"), "良好")
    assert read(text.replace("总 分 100", "总分 100")).score == D("78")
    assert read(text.replace("总 分 100", "总分   100")).score is None


def test_a_result_row_run_into_a_line_with_its_graded_cell_labelled_evaluation() -> None:
    """ "…服务对象满意度 10 7 合计 100 87 评价等级 良": a score table flattened into its sentence, the result row's grade
    under 评价等级; last year's score before it is none of the report's."""
    text = (
        "某县农业农村局2021年度农村实用人才培训补助资金绩效自评报告\n上年度本项目评价得分92分,本年度评价得分如下表:评价指标 分值 "
        "得分 项目立项 6 6 绩效目标 5 5 服务对象满意度 10 7 合计 100 87 评价等级 良,(评价等级按90分(含)以上为优)\n"
    )
    assert (read(text).score, read(text).grade) == (D("87"), "良")


def test_a_units_figures_after_a_listings_semicolon_are_that_units() -> None:
    # hand-written after a hunt: "其中局本级…；区退役军人服务中心全年预算186.42万元…" lists the units' own figures
    text = (
        "某区退役军人事务局2022年度部门整体支出绩效自评报告\n二、预算执行情况\n"
        "2022年部门年初预算1454.65万元，全年预算2290.99万元，全年支出2246.28万元，执行率98.05%。其中局本级全年预算2104.57万元、"
        "支出2061.38万元，执行率97.95%；区退役军人服务中心全年预算186.42万元、支出184.90万元，执行率99.18%。\n"
    )
    budget = read(text).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (
        D("2290.99"),
        D("2246.28"),
        D("98.05"),
    )


def test_a_tables_total_row_run_together_under_its_header() -> None:
    # hand-written after a development page: the rows' cells run together with no separator; "合计68006027.9588.65%"
    # cuts one way only into a budget and a spending that give the rate (6027.95 / 6800 = 88.65%)
    text = (
        "某省2021年度体育专项资金转移支付绩效自评报告\n序号 各设区市名称 全年预算数 全年执行数 执行率\n"
        "1南昌市84.784.70100.00%2九江市842.72842.72100.00%\n地市小计5254.155014.7095.44%合计68006027.9588.65%由上表可知\n"
    )
    budget = read(text).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (D("6800"), D("6027.95"), D("88.65"))
    # without the table's header above, the digits are nobody's
    assert read(text.replace("全年预算数 全年执行数 执行率", "")).budget.adjusted is None


def test_run_together_total_rows_that_are_not_the_reports_budget() -> None:
    # hand-written after the same probe round: the listed projects' 合计 is a part's (221.65 of 523.8), and a row whose
    # digits cut into three amounts (年初, 全年, 执行数) is left to the columns' reader, never a crash
    projects = (
        "某市司法局2019年度部门整体支出绩效自评报告\n2019年度调整后全年预算523.80万元。全年实际支出508.74万元，预算执行率97.12%。\n"
        "表1　2019年度项目支出执行及自评情况（单位：万元）\n"
        "项目名称预算数（万元）支出数（万元）执行率得分等级法律援助专项经费82.1579.8597.20%95.7优合计221.65209.6194.57%\n"
    )
    budget = read(projects).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (D("523.80"), D("508.74"), D("97.12"))
    three = (
        "某县某局2021年度部门整体支出绩效自评报告\n支出类别 年初预算数 全年预算数 全年执行数 执行率\n"
        "部门预算合计3418.273902.653776.4096.77%基本支出1862.151904.801900.1299.75%\n"
    )
    assert read(three).budget.adjusted != D("3418.27")


def test_a_publisher_in_square_brackets_names_the_unit_without_its_bracket() -> None:
    report = read(
        "某市某区人民政府\n【索引号】11210211MB0K12478P/2026-00127  【发布机构】某区城市管理局  【发布日期】2026-04-16\n"
        "2025年度部门整体支出绩效自评报告\n一、部门概况\n全年预算13102.75万元，全年执行12877.41万元，预算执行率98.28%。\n"
    )
    assert report.unit == "某区城市管理局"


def test_a_score_closing_a_row_of_cells_above_the_tables_header_row() -> None:
    """Two rows of cells set apart by runs of spaces are no sentence broken at the page's edge: the score ending
    the first is not run into the header cell opening the second."""
    report = read(
        "某街道办事处2021年度部门整体绩效自评表\n"
        "部门（单位）名称：某区人民政府某街道办事处                  自评总分：94.06\n"
        "年度预算情况（万元）      年初预算数      全年预算数      全年执行数      执行率\n"
        "                          5862.31         6410.77         6218.95         97.01%\n"
    )
    assert report.score == D("94.06")
    assert (report.budget.adjusted, report.budget.executed) == (D("6410.77"), D("6218.95"))


def test_the_whole_budget_after_the_carry_over_was_taken_in_and_the_initial_budgets_share_of_it() -> None:
    """ "上年结转纳入后，全年预算数…" states the whole, not the carry-over's money; "年初预算…，占全年预算数的91.75%" is
    how much of the year's budget was set at its start, no execution rate."""
    report = read(
        "某县教育局2019年度部门整体支出绩效自评报告\n"
        "（四）预算安排及执行情况。2019年年初预算42018.56万元，年中追加及上年结转纳入后，全年预算数45798.05万元，"
        "全年执行数44890.17万元，预算执行率98.02%。\n"
        "（一）预算投入情况。年初预算42018.56万元，占全年预算数的91.75%，预算编制较为完整。\n"
    )
    assert report.budget.model_dump() == {
        "initial": D("42018.56"),
        "adjusted": D("45798.05"),
        "executed": D("44890.17"),
        "execution_rate": D("98.02"),
    }
    report = read(
        "某档案馆2019年度部门整体支出绩效自评报告\n"
        "2019年度年初预算3,906.26万元，年中追加及上年结转后全年预算数4,218.66万元（含上年结转312.40万元）。\n"
    )
    assert (report.budget.initial, report.budget.adjusted) == (D("3906.26"), D("4218.66"))


def test_an_item_of_a_list_of_projects_is_a_project_though_its_name_has_no_fund_word() -> None:
    """ "3.某中学新校区设备购置。预算…支出…执行率…" among items its siblings name as funds ("…公用经费", "…生均补助",
    "…培训经费"): that project's figures, never the department's."""
    report = read(
        "某县教育局2019年度部门整体支出绩效自评报告\n"
        "（五）重点项目执行情况。全年共安排项目支出27个，其中重点项目4个：\n"
        "1.义务教育学校公用经费。预算2379.96万元，支出2379.96万元，执行率100%。\n"
        "2.学前教育生均补助。预算388.8万元，支出386.52万元，执行率99.41%。\n"
        "3.某县第二高级中学新校区设备购置。预算1865.37万元，支出1702.19万元，执行率91.25%。\n"
        "4.教师培训经费。预算312.6万元，支出298.47万元，执行率95.48%。\n"
    )
    third = [
        (f.field, f.value)
        for f in report.facts
        if f.line == 5 and f.subject == "某县第二高级中学新校区设备购置"
    ]
    assert ("project.executed", D("1702.19")) in third
    assert (report.budget.executed, report.budget.execution_rate) == (None, None)


def test_a_funds_row_run_together_after_the_budgets_written_unit() -> None:
    """ "年度资金总额80万元76.2495.00%": the budget set apart by its 万元, then the spending and the rate printed to the
    same places (76.24 | 95.00%, not 76.2 | 495.00% nor 76.249 | 5.00%); the rate a point off what the amounts give
    is still the printed rate, a slip the audit reports."""
    text = (
        "2023年某中心绩效项目支出自评表\n专项(项目)名称某系统升级改造\n"
        "项目资金 (万元)全年预算数全年执行数执行率\n年度资金总额80万元76.2495.00%\n其中:中央财政补助80万元76.2495.00%\n"
    )
    report = read(text)
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D(80),
        D("76.24"),
        D("95.00"),
    )
    rate = next(f for f in report.facts if f.field == "budget.execution_rate")
    assert (rate.line, rate.text) == (4, "95.00%")
    found = [
        f
        for f in review_document(
            Document.from_text("r.txt", "text", text), load_scheme("national-2020")
        ).findings
        if f.code == "JX103"
    ]
    assert found and "95.30" in found[0].message


def test_a_run_together_row_whose_rate_no_cut_brings_near_its_amounts_is_not_read() -> None:
    report = read("项目资金 (万元)全年预算数全年执行数执行率\n年度资金总额80万元56.2495.00%\n")
    assert (report.budget.executed, report.budget.execution_rate) == (None, None)


def test_the_parts_an_adjusted_budget_is_said_to_hold_are_not_that_budget() -> None:
    report = read(
        "某县人民医院部门整体支出绩效自评报告（2018年度）\n二、部门整体支出情况\n"
        "调整后预算中：财政补助收入2214.6万元，医疗收入5198.36万元。\n"
    )
    assert report.budget.adjusted is None


def test_a_run_together_total_row_under_a_header_naming_the_initial_budgets_column_too() -> None:
    """ "项目年初预算调整后预算实际支出执行率" over "合计1874.232105.62046.8897.21%…": the one cut into three amounts whose
    spending over the full year's budget is the printed rate (1874.23 | 2105.6 | 2046.88 | 97.21%)."""
    report = read(
        "某镇人民政府2023年度部门整体支出绩效自评报告\n二、部门预算执行情况\n单位：万元\n项目年初预算调整后预算实际支出执行率\n"
        "合计1874.232105.62046.8897.21%基本支出1126.451138.91138.9100%项目支出747.78966.7907.9893.93%\n"
    )
    assert report.budget.model_dump() == {
        "initial": D("1874.23"),
        "adjusted": D("2105.6"),
        "executed": D("2046.88"),
        "execution_rate": D("97.21"),
    }


def test_a_funds_name_with_a_bracket_listing_what_it_pays_for_before_its_amount() -> None:
    """ "上级下达我县X补助资金（美术馆、公共图书馆、文化馆（站）免费开放…）172.6万元": the "、" of the bracket's listing ends
    no clause; the amount's label is the fund named before the bracket."""
    report = read(
        "某县文体广旅局2022年度公共文化服务体系建设补助资金绩效自评报告\n"
        "2022年，上级下达我县公共文化服务体系建设补助资金（美术馆、公共图书馆、文化馆（站）免费开放及基层综合性文化服务中心"
        "运行）172.6万元，其中中央资金138.1万元、自治区资金34.5万元。截至年底支出168.35万元，预算执行率97.54%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("172.6"), D("168.35"))


def test_the_years_money_by_its_own_name_spent_and_the_whole_after_the_carry_over_added() -> None:
    """ "2020年全年专账资金支出…" is the year's spending with no budget stated before it; "加上上年结转，全年可用资金即
    调整后预算为…" the whole, not the carry-over's money; a class of spending ("全年公用经费支出") stays a class."""
    report = read(
        "某县人社局\n2020年度职业技能提升行动专账资金项目支出绩效自评报告\n"
        "2020年全年专账资金支出10,584,100.00元（1058.41万元），预算执行率87.79%。\n"
    )
    assert (report.budget.executed, report.budget.execution_rate) == (D("1058.41"), D("87.79"))
    report = read(
        "某县人社局\n2020年度职业技能提升行动专账资金项目支出绩效自评报告\n"
        "2020年年初预算8,256,800.00元。年中下达8,800,000.00元。加上上年结转，全年可用资金即调整后预算为"
        "12,056,800.00元（1205.68万元）。\n"
    )
    assert (report.budget.initial, report.budget.adjusted) == (D("825.68"), D("1205.68"))
    report = read("某局2022年度部门整体支出绩效自评报告\n全年支出500万元，其中全年公用经费支出60万元。\n")
    assert report.budget.executed == D(500)


def test_a_list_of_other_documents_ending_the_stored_page_gives_none_of_their_scores() -> None:
    """Under "相关资源" or "相关文档", titles of other units' documents with their scores: none is the report's,
    the last one too when the stored page ends with it or its note is set apart by a middle dot."""
    body = (
        "某县残联2019年残疾人康复救助项目绩效自评报告\n一、项目基本情况\n全年预算50万元，实际支出48万元。\n\n"
    )
    for tail in (
        "相关资源\n甲县人社局2020年就业补助资金绩效自评报告.doc 自评得分92分\n乙县2019年残疾人康复救助项目绩效自评表（总分94分）\n",
        "相关文档\n丙县残联2019年度部门整体支出绩效自评报告.pdf\n丁县2019年残疾人康复救助项目绩效自评表（总分94分）\n",
        "相关推荐\n戊省2023年度农田建设补助资金绩效自评报告 · 9页\n己市2024年高标准农田建设项目绩效评价报告 · 自评等级：优\n"
        "加载中...\n",
    ):
        report = read(body + tail)
        assert (report.score, report.grade) == (None, None), tail


def test_a_projects_table_one_cell_a_line_names_no_project_with_its_header_cells() -> None:
    """ "项目名称" / "建设内容" / "计划投资（万元）" …: a table's header cells one a line, no project named 建设内容."""
    report = read(
        "某镇2025年度财政衔接推进乡村振兴补助资金项目绩效自评报告\n二、项目资金及完成情况\n序号\n项目名称\n建设内容\n"
        "计划投资（万元）\n实际完成投资（万元）\n完成率\n1\n某村产业路建设项目\n新建水泥路2.6公里\n138\n136.42\n98.86%\n"
    )
    assert report.project != "建设内容"


def test_a_rate_in_the_reports_numbered_account_of_its_money_is_the_reports() -> None:
    """ "（一）资金到位情况：…" then "（二）资金使用情况：…资金使用率96.25%": the report's own account item by item, not
    two things' accounts."""
    report = read(
        "某县人民医院2023年度公立医院综合改革补助资金项目支出绩效自评报告\n二、项目资金使用及管理情况\n"
        "2023年度下达公立医院综合改革补助资金总额386万元。\n（一）资金到位情况：386万元已全部到位，到位率100%。\n"
        "（二）资金使用情况：截至2023年12月31日，实际使用资金371.52万元，资金使用率96.25%。\n"
        "三、项目绩效情况\n3.时效指标：补助资金当年拨付率100%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D(386),
        D("371.52"),
        D("96.25"),
    )


def test_a_three_public_expenses_table_under_a_long_heading_is_a_parts_table() -> None:
    """ "三、“三公”经费、政府采购及资产管理" / "单位：元" / "项目|预算数|实际支出|差额" … "合计|180,000.00|139,960.30|…": that
    part's table, its total never the department's budget."""
    report = read(
        "某区人民政府办公室2023年度部门整体支出绩效自评报告\n二、部门预算执行情况\n"
        "2023年年初预算38,615,240.00元，年中追加后调整预算为52,384,716.58元。\n"
        "全年支出50,926,833.14元，预算执行率97.22%。\n三、“三公”经费、政府采购及资产管理\n单位：元\n项目|预算数|实际支出|差额\n"
        "公务用车运行维护费|120,000.00|98,742.30|21,257.70\n公务接待费|60,000.00|41,218.00|18,782.00\n"
        "合计|180,000.00|139,960.30|40,039.70\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("5238.471658"), D("5092.683314"))


def test_a_sharing_sites_breadcrumb_ending_with_the_reports_title_names_no_unit() -> None:
    """ "某某文库网 > 行业资料 > 政务民生 > 某县残联2024年度…绩效自评报告": a breadcrumb whose last crumb is the page's title,
    longer than a crumb; the unit is the title's, not the crumbs before it."""
    report = read(
        "某某文库网 > 行业资料 > 政务民生 > 某县残联2024年度困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告\n"
        "某县残联2024年度困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告\n"
        "收藏    举报    版权申诉    文档简介\n"
        "某县残联2024年度困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告由会员分享，可在线阅读，更多相关《某县残联2024年度困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告(4页珍藏版)》请在某某文库网上搜索。\n"
        "1、某县残疾人联合会2024年度困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告\n"
        "一、项目基本情况\n"
        "（一）项目概况。困难残疾人生活补贴和重度残疾人护理补贴（以下简称“两项补贴”）由县残联会同县民政局、县财政局组织实施，按月发放。补贴标准：困难残疾人生活补贴每人每月95元；重度残疾人护理补贴一级每人每月120元、二级每人每月80元。\n"
        "（二）资金来源。2024年两项补贴预算1086.4万元，其中省级资金738.4万元（2023年11月提前下达640万元，2024年7月下达第二批98.4万元），县级资金348万元。年初预算988万元。\n"
    )
    assert report.unit == "某县残联"


def test_the_rates_of_some_of_the_places_the_fund_went_to_are_not_its_own() -> None:
    """ "其中伊春市、黑河市执行率100%", "其中郑州、洛阳等9个省辖市支出率达到100%": in a province's fund report, the rate
    of places listed after 其中 is theirs; with no other rate stated, the report's is left unread (11905.30 / 12480
    would give 95.40, but the text states no such rate)."""
    named = read(
        "某省林业和草原局2020年度省级林业改革发展补助资金绩效自评报告\n"
        "2020年该项资金年初预算12480万元，全年无调整，按因素法下达各市。\n"
        "截至2020年12月31日，各地实际支出11905.30万元。其中伊春市、黑河市执行率100%，七台河市执行率低于85%。\n"
    )
    assert (named.budget.adjusted, named.budget.executed, named.budget.execution_rate) == (
        D(12480),
        D("11905.30"),
        None,
    )
    counted = read(
        "某省教育厅2019年度省级学前教育发展专项资金绩效自评报告\n2019年省级学前教育发展专项资金预算45000万元。\n"
        "截至2019年12月31日，各地实际支出42871.5万元。其中郑州、洛阳、许昌等9个省辖市支出率达到100%。\n"
    )
    assert counted.budget.execution_rate is None


def test_the_whole_provinces_rate_is_no_levels_rate() -> None:
    """ "全省资金执行率95.09%": the money of the whole province, not the 省级 money's share of it."""
    report = read(
        "某省文化和旅游厅2019年度省级文化旅游发展专项资金绩效自评报告\n2019年省财政安排专项资金1.86亿元，全部切块下达11个设区市。\n"
        "从使用情况看，全省资金执行率95.09%，阳泉市资金已全部支出。\n"
    )
    assert (report.budget.adjusted, report.budget.execution_rate) == (D(18600), D("95.09"))


def test_a_village_works_whole_investment_is_its_budget_when_the_stated_rate_is_on_it() -> None:
    """ "该项目计划总投资180万元，其中：中央衔接资金150万元、县级衔接资金30万元" and "实际支出176.4万元，预算执行率98%": no
    budget is stated but the works' cost, and 176.4 / 180 = 98.00%; a cost the rate is not on gives none."""
    text = (
        "某县农业农村局2023年度西江镇某村茶叶初制加工厂建设项目绩效自评报告\n（二）项目资金安排。该项目计划总投资180万元，"
        "其中：中央衔接资金150万元、县级衔接资金30万元。截至2023年12月31日，资金全部到位，实际支出176.4万元，预算执行率98%。\n"
    )
    report = read(text)
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D(180),
        D("176.4"),
        D(98),
    )
    # 176.4 / 360 = 49%: the works' cost over years, not the budget the 98% is on
    assert read(text.replace("总投资180万元", "总投资360万元")).budget.adjusted is None


def test_a_portals_name_over_its_breadcrumb_is_no_publisher() -> None:
    """ "岚县人民政府门户网站" / "首页 > 信息公开 > …": the portal's name ends in 站 as a station's does, but names the
    site, not the office that publishes; the township that reports is the unit."""
    report = read(
        "某县人民政府门户网站\n首页 > 信息公开 > 乡镇信息公开 > 东村镇 > 财政资金\n"
        "[ 2022-04-26 ]  来源：东村镇人民政府  阅读次数：[ 143 ]  【 打印 】 【 关闭 】\n"
        "东村镇寨上村2021年人饮安全巩固提升工程项目绩效自评报告\n一、基本情况\n"
        "2021年，东村镇人民政府实施寨上村人饮安全巩固提升工程，新打深井1眼，新建高位蓄水池1座。\n"
    )
    assert report.unit == "东村镇"


def test_a_place_column_of_a_projects_table_names_no_project() -> None:
    """ "序号 | 项目名称 | 实施地点 | 资金规模（万元）…": 实施地点 is a header cell, the fund the title names is the project."""
    report = read(
        "綦江区古南街道办事处2023年度衔接推进乡村振兴补助资金绩效自评报告\n（二）项目安排情况\n"
        "序号 | 项目名称 | 实施地点 | 资金规模（万元） | 已支付（万元） | 完成情况\n"
        "1 | 桥河村3组至5组产业路硬化 | 桥河村 | 65 | 65 | 已完工\n2 | 石佛村柑橘园提质增效 | 石佛村 | 48 | 46.5 | 已完工\n"
    )
    assert report.project == "衔接推进乡村振兴补助资金"


def test_a_zone_governed_as_a_place_is_named_whole() -> None:
    """ "湘潭经济技术开发区管理委员会（以下简称“我委”）": the zone's name is a place's, not cut at the 区 inside it
    ("技术开发区管理委员会")."""
    report = read(
        "关于2025年度产业发展专项资金项目支出绩效自评情况的报告\n区财政局：\n"
        "根据《关于做好2025年度预算绩效自评工作的通知》要求，湘潭经济技术开发区管理委员会（以下简称“我委”）组织相关部门"
        "对2025年度产业发展专项资金开展了绩效自评。\n"
    )
    assert report.unit == "湘潭经济技术开发区管理委员会"


@pytest.mark.parametrize(
    ("note", "total", "spent"),
    [("金额单位：千元", "326,845.0", "319,027.6"), ("单位：元", "326,845,000.00", "319,027,600.00")],
)
def test_a_tables_unit_noted_above_its_first_header_row_covers_its_second(
    note: str, total: str, spent: str
) -> None:
    """ "金额单位：千元" / "收入项目 全年预算 实际收入" … / "支出项目 全年预算 实际支出" … "支出合计 326,845.0 319,027.6": the
    note above the table states the unit of the rows under its second header too (32684.5 万元, not 326845)."""
    report = read(
        "某市妇幼保健院2021年度部门整体支出绩效自评报告\n二、部门整体收支情况\n"
        "2021年我院全年预算32,684.5万元，全年实际支出31,902.76万元，预算执行率97.61%。\n表2　2021年度收支情况表\n"
        f"{note}\n收入项目　　全年预算　　实际收入\n财政拨款收入　　42,365.2　　42,365.2\n"
        "事业收入　　275,624.8　　281,437.9\n支出项目　　全年预算　　实际支出\n"
        f"支出合计　　{total}　　{spent}\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("32684.5"), D("31902.76"))


def test_a_policy_rates_execution_is_no_execution_rate() -> None:
    """ "药品零差率执行率100%": the zero-markup policy carried out, an indicator, not the fund's spending over budget."""
    report = read(
        "某县人民医院2020年度公立医院综合改革补助资金项目绩效自评报告\n2020年度资金预算数240万元，截至2020年12月31日实际支出236.5万元。\n"
        "2.质量指标：药品零差率执行率100%，得10分；医疗质量控制指标达标率≥95%，实际96.8%，得10分。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D(240),
        D("236.5"),
        None,
    )


def test_a_departments_project_money_listed_as_an_item_is_a_part() -> None:
    """ "（一）人员经费…（二）公用经费…（三）项目经费预算158.20万元，支出126.41万元，执行率79.91%": the third item is a
    part of the school's whole spending too, like the two before it."""
    report = read(
        "某区第二小学2020年度部门整体支出绩效自评报告\n二、预算执行情况\n"
        "2020年年初预算2104.92万元，年中追加资金200.24万元，全年预算2305.16万元，全年支出2251.38万元。\n"
        "（一）人员经费预算1918.60万元，支出1912.55万元，执行率99.68%；\n（二）公用经费预算228.36万元，支出212.42万元，执行率93.02%；\n"
        "（三）项目经费预算158.20万元，支出126.41万元，执行率79.91%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("2305.16"),
        D("2251.38"),
        None,
    )


def test_a_rate_in_a_listing_after_the_wholes_rate_is_a_parts() -> None:
    """ "…资金执行率97.60%，其中财政奖补资金支出241.30万元，执行率97.30%": the whole's rate comes first, the one after 其中
    is the listed part's (241.30 / 248.00), not the project's."""
    report = read(
        "某镇2022年度村级公益事业一事一议财政奖补项目绩效自评报告\n项目总投资279.60万元，其中：省级奖补资金186.00万元，县级配套62.00万元，"
        "村民筹资筹劳折资31.60万元。\n截至2022年12月31日，项目累计完成投资272.90万元，资金执行率97.60%，其中财政奖补资金支出241.30万元，"
        "执行率97.30%；村民筹资筹劳31.60万元全部到位使用。\n"
    )
    assert report.budget.execution_rate == D("97.60")


def test_a_sites_tag_before_the_title_is_no_part_of_the_unit() -> None:
    """ "【精品文档】琼中县卫健委2018年度部门整体支出绩效自评报告-范文大全网": the site's tag in brackets is no unit's word."""
    report = read(
        "【精品文档】琼中县卫健委2018年度部门整体支出绩效自评报告-范文大全网\n首页 > 工作报告 > 自查报告 > 正文\n"
        "热门推荐：2024年工作总结范文 | 个人述职报告 | 入党申请书\n琼中黎族苗族自治县卫生健康委员会\n2018年度部门整体支出绩效自评报告\n"
        "一、部门概况\n我委为县政府工作部门，2018年机构改革后由原县卫生和计划生育委员会调整组建。\n"
        "猜你喜欢：\n2018年度部门整体支出绩效自评报告范文（通用5篇）\n卫生健康委员会绩效自评报告模板\n"
    )
    assert report.unit == "琼中县卫健委"


def test_a_key_projects_form_titled_by_its_project_in_a_department_report() -> None:
    """ "附表2	优抚对象抚恤补助项目绩效自评表" over a funds row: the appended form is that project's, its 2136.50 none of
    the department's figures (3512.08, 3489.46, 99.36%)."""
    report = read(
        "某市退役军人事务局2024年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
        "2024年度部门年初预算2846.73万元，年中追加665.35万元，全年预算3512.08万元。全年支出3489.46万元，预算执行率99.36%。\n"
        "五、重点项目绩效自评情况\n附表2\t优抚对象抚恤补助项目绩效自评表\n项目资金（万元）\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t2136.50\t2136.50\t10\t100%\t10\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("3512.08"),
        D("3489.46"),
        D("99.36"),
    )


def test_the_rate_of_money_its_line_listed_as_a_part() -> None:
    """ "全年支出3190.55万元，其中财政补助资金支出3045.1万元，预算执行率97.92%。财政补助资金执行率为98.02%": the second
    rate is of the money listed after 其中 (3045.1 / 3106.72), the whole's is 3190.55 / 3258.4."""
    report = read(
        "某市中级人民法院2024年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
        "全年预算数3258.4万元，其中财政补助资金3106.72万元、其他资金151.68万元。\n"
        "全年支出3190.55万元，其中财政补助资金支出3045.1万元，预算执行率97.92%。财政补助资金执行率为98.02%。\n"
    )
    assert report.budget.execution_rate == D("97.92")


def test_the_years_available_money_stated_as_a_sum() -> None:
    """ "2020年度可用资金共3521.40万元": the year's money to spend with last year's carry-over, the budget the stated
    rate is on (3406.61 / 3521.40 = 96.74%), not the 2855.00 allocated this year."""
    report = read(
        "某县水利局2020年度中央水利发展资金绩效自评报告\n2020年，省财政厅、省水利厅共下达我县中央水利发展资金2855.00万元。\n"
        "2019年我县中央水利发展资金当年支出2406.40万元，结转236.40万元纳入2020年统筹使用。2020年度可用资金共3521.40万元。\n"
        "全年共支出3406.61万元，资金执行率96.74%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("3521.40"),
        D("3406.61"),
        D("96.74"),
    )


def test_a_works_whole_investment_over_its_listed_part_when_the_rate_is_on_it() -> None:
    """ "总投资4200.00万元。其中中央财政以工代赈资金3560.00万元…" and "累计支出4072.86万元，资金执行率96.97%": the central
    part is stated, but the rate is on the whole (4072.86 / 4200 = 96.97%), so the whole is the budget."""
    report = read(
        "某县发展和改革局2023年度以工代赈项目绩效自评报告\n2023年，我县共实施以工代赈项目14个，总投资4200.00万元。"
        "其中中央财政以工代赈资金3560.00万元，省级配套480.00万元，县级配套160.00万元。\n"
        "截至2023年12月31日，项目资金累计支出4072.86万元，资金执行率96.97%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("4200.00"),
        D("4072.86"),
        D("96.97"),
    )


def test_items_with_their_own_arrangement_and_rate_a_line_each() -> None:
    """ "辅助器具适配：安排36.00，支出34.82，执行率96.72%" a line each, no stop between them, then "合计安排507.60万元，…资金
    执行率98.79%": each item's rate is its own, the total's line the report's."""
    report = read(
        "某县残疾人联合会2020年度残疾人事业发展补助资金绩效自评报告\n2020年我县共获得残疾人事业发展补助资金507.60万元。\n"
        "残疾儿童康复救助（42人，每人每年1.8万元）：安排75.60，支出75.60，执行率100.00%\n辅助器具适配：安排36.00，支出34.82，执行率96.72%\n"
        "残疾人职业技能培训：安排28.50，支出28.50，执行率100.00%\n合计安排507.60万元，支出501.47万元，资金执行率98.79%。\n"
    )
    rates = {f.line: f.field for f in report.facts if f.field.endswith("execution_rate")}
    assert rates == {
        3: "part.execution_rate",
        4: "part.execution_rate",
        5: "part.execution_rate",
        6: "budget.execution_rate",
    }
    assert report.budget.execution_rate == D("98.79")


def test_a_forms_unit_noted_beside_who_filled_it_in() -> None:
    """ "填报单位：某中心学校    金额单位：元" over the form, its sections' prose between, then "年初预算数 全年预算数
    全年执行数 执行率" / "21,346,518.00 …": the note is the whole form's, the amounts 元 (2134.6518 万元)."""
    report = read(
        "某县某镇中心学校2023年度部门整体支出绩效自评报告\n部门整体支出绩效自评情况\n"
        "填报单位：某县某镇中心学校                                   金额单位：元\n一、部门基本情况\n"
        "部门名称   某县某镇中心学校\n内容   说明\n部门总体目标   部门职责   负责全镇义务教育阶段教育教学管理，统筹管理镇属完小12所。\n"
        "根据三定方案归纳\n总体绩效目标   保障在校学生1850人以上正常就学，义务教育巩固率保持在99%以上。\n二、部门年度目标\n"
        "财年   目标   实际完成情况\n2023   完成“控辍保学”任务，义务教育巩固率≥99%。   实际巩固率99.6%。\n"
        "三、部门年度收支情况\n年初预算数   全年预算数   全年执行数   执行率\n"
        "21,346,518.00   23,077,402.16   22,983,115.72   99.59%\n"
    )
    assert (report.budget.initial, report.budget.adjusted, report.budget.executed) == (
        D("2134.6518"),
        D("2307.740216"),
        D("2298.311572"),
    )


def test_a_sharing_sites_heading_over_the_documents_split_title() -> None:
    """ "文档简介" (a sharing site's heading over the uploaded text) then "某市农业农村局" / "2023年度…绩效自评报告": the
    line under the heading is the title's unit, not a metadata label's value."""
    report = read(
        "某市农业农村局2023年度高标准农田建设项目绩效自评报告_第1页\n文档简介\n寿光市农业农村局\n"
        "2023年度高标准农田建设项目绩效自评报告\n一、项目概况\n2023年度项目资金11,820万元。\n"
    )
    assert (report.unit, report.project) == ("寿光市农业农村局", "高标准农田建设项目")


def test_what_was_added_to_the_budget_names_no_item() -> None:
    """ "年中追加档案数字化加工经费6.64万元，调整后预算为175.06万元": the addition opens the clause, the adjusted budget is
    the department's (168.42 + 6.64 = 175.06), not an item called "…追加…经费"."""
    report = read(
        "某区档案馆2017年度部门整体支出绩效自评报告\n二、部门整体支出情况\n（一）预算安排情况。2017年年初预算168.42万元，"
        "其中基本支出132.42万元，项目支出36.00万元。年中追加档案数字化加工经费6.64万元，调整后预算为175.06万元。\n"
        "（二）预算执行情况。全年支出171.33万元，预算执行率97.87%。\n"
    )
    assert (report.budget.initial, report.budget.adjusted, report.budget.executed) == (
        D("168.42"),
        D("175.06"),
        D("171.33"),
    )


def test_a_funds_row_over_its_parts_whatever_its_label() -> None:
    """ "项目资金(万元) 36.00 42.50 40.87 96.16%" under the funds block's headers, then "其中：财政拨款 …": the row over
    the 其中 sub-row is the block's total, though 项目资金 is no total row's word."""
    report = read(
        "某县质量技术监督检验所2019年度项目支出绩效自评报告\n二、项目资金使用情况\n"
        "                  年初预算数        调整后预算数        全年执行数        执行率\n"
        "项目资金(万元)       36.00              42.50              40.87          96.16%\n"
        "其中：财政拨款       36.00              42.50              40.87\n"
    )
    assert (
        report.budget.initial,
        report.budget.adjusted,
        report.budget.executed,
        report.budget.execution_rate,
    ) == (
        D("36.00"),
        D("42.50"),
        D("40.87"),
        D("96.16"),
    )


def test_the_money_of_the_level_that_pays_the_whole_fund() -> None:
    """ "全省中央资金实际支出35927.18万元，支出进度93.52%" in the report on a 中央补助地方…专项资金: the central money is the
    fund's whole (35927.18 / 38416 = 93.52%), not one level's part of it."""
    report = read(
        "某省文化和旅游厅2022年度中央补助地方公共文化服务体系建设专项资金绩效自评报告\n"
        "（一）资金下达情况。2022年中央财政下达我省公共文化服务体系建设专项资金38416万元。\n"
        "（二）资金使用情况。截至2022年12月31日，全省中央资金实际支出35927.18万元，支出进度93.52%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("38416"),
        D("35927.18"),
        D("93.52"),
    )
    # a level's money in the report on a fund it does not pay alone is still that level's part
    part = read(
        "某县农业农村局2022年度农业生产发展资金绩效自评报告\n2022年农业生产发展资金预算1000万元，实际支出950万元，执行率95%。"
        "其中县级配套资金支出100万元，执行率80%。\n"
    )
    assert part.budget.execution_rate == D("95")
    assert [f.field for f in part.facts if f.value == D("80")] == ["source.execution_rate"]


def test_a_batchs_rate_and_this_years_moneys_rate_after_the_wholes() -> None:
    """ "分批次看，第一批资金支出2860万元，执行率100%" and, after the whole's rate, "当年资金支出3826.40万元，执行率96.14%；
    结转资金支出253.60万元，执行率93.93%": each is its money's rate, not the report's (98.44%, 96%)."""
    batches = read(
        "某县农业农村局2023年度中央财政衔接推进乡村振兴补助资金绩效自评报告\n2023年我县共收到衔接资金4100万元，分两批下达："
        "第一批2860万元；第二批1240万元。\n截至2023年12月31日，衔接资金累计支出4036.15万元，执行率98.44%。分批次看，"
        "第一批资金支出2860万元，执行率100%；第二批资金支出1176.15万元，执行率94.85%。\n"
    )
    assert batches.budget.execution_rate == D("98.44")
    assert [(f.field, f.subject) for f in batches.facts if f.value in (D("100"), D("94.85"))] == [
        ("part.execution_rate", "第一批"),
        ("part.execution_rate", "第二批"),
    ]
    sources = read(
        "某省应急管理厅2021年度安全生产补助资金绩效自评报告\n2021年该项目全年预算4250万元，其中2020年结转资金270万元。"
        "全年支出4080万元，执行率96%，当年资金支出3826.40万元，执行率96.14%；结转资金支出253.60万元，执行率93.93%。\n"
    )
    assert sources.budget.execution_rate == D("96")
    # alone, this year's money's rate may be the report's own
    alone = read(
        "某县某局2021年度某补助资金绩效自评报告\n2021年预算3980万元，当年资金支出3826.40万元，执行率96.14%。\n"
    )
    assert alone.budget.execution_rate == D("96.14")


def test_two_labels_sharing_one_value() -> None:
    """ "项目主管部门和实施单位均为于都县水利局": the value after 均为 is the unit, 均为 no part of it."""
    report = read(
        "于都县水利局2018年度小型水库除险加固项目支出绩效自评报告\n一、项目概况\n项目主管部门和实施单位均为于都县水利局。\n"
    )
    assert report.unit == "于都县水利局"


def test_a_works_span_of_years_in_the_title_before_the_year_evaluated() -> None:
    """ "某县2021-2023年X项目2022年度绩效自评报告": the years the works spans are the name's, the year before the title
    words the one evaluated."""
    report = read(
        "南部县2021-2023年西河中小河流治理项目2022年度绩效自评报告\n一、项目概况\n本次自评对象为2022年度资金。\n"
    )
    assert (report.year, report.project) == (2022, "西河中小河流治理项目")


def test_the_last_of_listed_funds_all_arrived_is_no_budget() -> None:
    """ "中央补助资金1846万元、市县配套资金469.6万元均已全部到位": the last listed fund is a part, not the budget; the year's
    total (1846 + 469.6 = 2315.6) gives the stated spending's rate (2289.44 / 2315.6 = 98.87%) and is the budget."""
    report = read(
        "南充市文化广电旅游局\n2020年度中央补助地方公共文化服务体系建设专项资金\n区域绩效自评报告\n"
        "（一）资金下达情况。2020年我市公共文化服务体系建设专项资金年度资金总额2315.6万元，其中中央补助1846万元，"
        "市县配套469.6万元。\n1.资金到位情况。中央补助资金1846万元、市县配套资金469.6万元均已全部到位，到位率100%。\n"
        "2.资金执行情况。截至2020年12月31日，全市共执行2289.44万元，执行率98.87%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("2315.6"),
        D("2289.44"),
        D("98.87"),
    )


def test_a_row_headers_second_half_is_no_metadata_label() -> None:
    """ "资金" / "来源" / "预算数" / "执行数" / "执行率", one cell a line: 来源 is the row header's second half, not a
    site's "来源" label whose value is the next line, so the header run is whole."""
    report = read(
        "某区人民医院2022年度公立医院综合改革补助资金项目绩效自评报告\n（二）资金安排及使用情况\n资金\n来源\n预算数\n（万元）\n"
        "执行数\n（万元）\n执行率\n中央资金\n186.00\n186.00\n100.00%\n省级资金\n74.40\n70.12\n94.25%\n合计\n300.40\n287.97\n"
        "95.86%\n资金主要用于：弥补取消药品加成后的合理损失。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("300.40"),
        D("287.97"),
        D("95.86"),
    )


@pytest.mark.parametrize(
    "headers",
    [
        "项目\n年初预算数\n调整数\n调整后预算数\n决算数\n执行率",  # the change between the two budgets
        "单位：万元\n项目\n预算数\n调整数\n调整后\n预算数\n决算数\n执行率",  # the budget set first, then its change
    ],
)
def test_a_budgets_change_column_between_its_two_budgets(headers: str) -> None:
    """ "调整数" between the budget set first and the adjusted one is the change (213.86), not the adjusted budget."""
    report = read(
        f"某区市场监督管理局2020年度部门整体支出绩效自评报告\n二、部门整体支出情况\n{headers}\n合计\n1426.50\n213.86\n"
        "1640.36\n1598.42\n97.44%\n一般公共预算\n1426.50\n188.86\n1615.36\n1573.42\n97.40%\n本年调整主要为追加经费。\n"
    )
    assert (report.budget.initial, report.budget.adjusted, report.budget.executed) == (
        D("1426.50"),
        D("1640.36"),
        D("1598.42"),
    )


def test_two_years_side_by_side_each_year_over_its_columns_word() -> None:
    """ "| 资金方向 | 2023年 | 2024年 | 2024年 | 执行率 |" over "| | 预算数 | 预算数 | 执行数 | |": the year's budget is
    the 2024 one (76753), not the year before's."""
    report = read(
        "某自治区林业局2024年度中央财政林业草原生态保护恢复资金绩效自评报告\n2024年资金安排及执行情况如下（单位：万元）：\n"
        "| 资金方向 | 2023年 | 2024年 | 2024年 | 执行率 |\n| | 预算数 | 预算数 | 执行数 | |\n"
        "| 天然林保护修复 | 21850 | 23120 | 22406.35 | 96.91% |\n| 森林生态效益补偿 | 45380 | 46215 | 45987.20 | 99.51% |\n"
        "| 退耕还林还草补助 | 8962 | 7418 | 6935.48 | 93.50% |\n| 合计 | 76192 | 76753 | 75329.03 | 98.14% |\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("76753"),
        D("75329.03"),
        D("98.14"),
    )


def test_allocated_and_spent_money_and_its_progress_as_a_tables_columns() -> None:
    """ "资金来源 下达资金 支出资金 支出进度" over the sources' rows and "合  计 547.50 532.56 97.27%": the year's
    budget, spending and rate; the years' cumulative 1462.3 above is none of them."""
    report = read(
        "某市某乡人民政府2018年度财政专项扶贫资金绩效自评报告\n一、基本情况\n2016—2018年累计投入各级扶贫资金1462.3万元。\n"
        "2018年各级财政专项扶贫资金下达及支出情况（万元）：\n资金来源      下达资金    支出资金    支出进度\n"
        "中央财政资金   312.60     305.18      97.63%\n省级财政资金   128.40     128.40      100.00%\n"
        "市级财政资金    20.00      18.76       93.80%\n县级财政资金    86.50      80.22       92.74%\n"
        "合  计        547.50     532.56      97.27%\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("547.50"),
        D("532.56"),
        D("97.27"),
    )


@pytest.mark.parametrize(
    ("title", "unit", "project"),
    [
        (
            "宝鸡市文化和旅游局-市图书馆免费开放补助资金2023年度绩效自评",
            "宝鸡市文化和旅游局",
            "市图书馆免费开放补助资金",
        ),
        ("青海省生态环境厅—大气污染防治资金（2020年度）绩效自评报告", "青海省生态环境厅", "大气污染防治资金"),
        (
            "2018年农村饮水安全巩固提升工程（彭阳县水务局）项目绩效自评报告",
            "彭阳县水务局",
            "农村饮水安全巩固提升工程",
        ),
    ],
)
def test_a_titles_unit_beside_its_fund(title: str, unit: str, project: str) -> None:
    """The unit, a dash, then its fund; or the works, its unit in brackets, then 项目: unit and project apart."""
    report = read(f"{title}\n一、项目概况\n本项目按计划实施。\n")
    assert (report.unit, report.project) == (unit, project)


def test_a_sites_name_dashed_before_its_unit_is_still_no_fund() -> None:
    report = read("永顺县人民政府-永顺县旅游和文化广电新闻出版局 2018年整体支出绩效自评报告\n一、部门概况\n")
    assert (report.unit, report.project) == ("永顺县旅游和文化广电新闻出版局", None)


def test_a_categorys_total_after_its_parts_is_no_score_of_the_report() -> None:
    """ "效益指标30分，其中…按完成比例得9.43分，…全部得分，合计29.43分；…自评总分99.27分": 29.43 is the category's."""
    report = read(
        "某乡人民政府2024年度衔接推进乡村振兴补助资金项目绩效自评报告\n三、自评得分情况\n"
        "按照评分细则，资金执行20分，得19.84分；产出指标30分，得30分；效益指标30分，其中带动脱贫户数（10分）按完成比例得9.43分，"
        "户均增收、可持续影响两项各10分全部得分，合计29.43分；满意度指标10分，得10分；项目管理10分，得10分。自评总分99.27分，"
        "等级为“优”。\n"
    )
    assert (report.score, report.grade) == (D("99.27"), "优")


def test_a_rows_label_run_into_its_first_figure() -> None:
    """ "合计86,354,200.00    93,718,642.35    91,206,517.80    97.32%" under "单位：元" and the funds headers: the label
    and the first figure printed as one cell are set apart, the row read whole (8635.42 / 9371.864235 / 9120.65178)."""
    report = read(
        "某街道办事处2024年度部门整体支出绩效自评报告\n二、部门整体支出情况\n  表1  2024年度收支预算执行情况表\n  单位：元\n"
        "  项目    年初预算数    调整后预算数    实际执行数    执行率\n"
        "  合计86,354,200.00    93,718,642.35    91,206,517.80    97.32%\n"
        "  基本支出31,206,800.00    32,415,330.12    32,102,894.57    99.04%\n"
        "  项目支出55,147,400.00    61,303,312.23    59,103,623.23    96.41%\n"
        "  3.民生保障。发放各类救助资金3,862,400元，惠及困难群众2147人次。\n"
    )
    assert (
        report.budget.initial,
        report.budget.adjusted,
        report.budget.executed,
        report.budget.execution_rate,
    ) == (
        D("8635.42"),
        D("9371.864235"),
        D("9120.65178"),
        D("97.32"),
    )


def test_the_one_amount_that_gives_the_rate_stated_to_the_cent() -> None:
    """ "项目使用衔接资金560万元，其中…" names no budget, but "累计支付工程款548.8万元，资金执行率98.00%" is of it alone
    (548.8 / 560 = 98.00%): the base the rate is of."""
    report = read(
        "某县农业农村局2022年度肉牛标准化养殖小区建设项目绩效自评报告\n一、项目资金情况\n"
        "项目使用衔接资金560万元，其中中央财政衔接资金480万元、自治区财政衔接资金80万元。截至2022年12月31日，项目完工并通过验收，"
        "累计支付工程款548.8万元，资金执行率98.00%，剩余11.2万元为质量保证金。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("560"),
        D("548.8"),
        D("98.00"),
    )
    # a rate written to the whole percent tells no base apart: none taken
    rounded = read(
        "某县农业农村局2022年度肉牛标准化养殖小区建设项目绩效自评报告\n一、项目资金情况\n"
        "项目使用衔接资金560万元，其中中央财政衔接资金480万元。累计支付工程款548.8万元，资金执行率98%。\n"
    )
    assert rounded.budget.adjusted is None


@pytest.mark.parametrize(
    ("collection", "piece"),
    [
        ("2023年财政局绩效自评报告3篇", "篇一：2023年财政局绩效自评报告"),  # a count without brackets
        (
            "人民法院部门整体支出绩效自评报告（3篇）",
            "人民法院部门整体支出绩效自评报告（1）",
        ),  # a piece numbered in brackets
        ("财政局绩效自评报告范文", "【第1篇】财政局绩效自评报告范文"),  # a sample and its piece's heading
    ],
)
def test_a_collections_title_and_its_pieces_heading_name_no_unit(collection: str, piece: str) -> None:
    """The collection's title and its piece's heading name the site's topic ("财政局", "人民法院"); the piece's own
    title under them names the unit."""
    report = read(
        f"{collection}\n下面是小编为大家整理的{collection}，供大家参考。\n{piece}\n"
        "贺州市八步区财政局2023年度部门整体支出绩效自评报告\n一、部门概况\n（一）主要职能。贯彻执行国家财政方针政策。\n"
    )
    assert (report.unit, report.year) == ("贺州市八步区财政局", 2023)


def test_a_pieces_heading_alone_above_its_title_is_no_part_of_it() -> None:
    """ "篇一" / "建阳区水利局2020年度…经费" / "项目支出绩效自评报告": the heading stands apart from the title."""
    report = read(
        "水利局项目支出绩效自评报告3篇\n篇一\n建阳区水利局2020年度小型水库安全运行管护经费\n项目支出绩效自评报告\n"
        "一、项目基本情况\n全区现有小型水库54座。\n"
    )
    assert (report.unit, report.year) == ("建阳区水利局", 2020)


def test_a_title_that_masks_its_year_takes_no_year_from_the_pages_other_pieces() -> None:
    """ "龙泉市人民医院20xx年度…绩效自评报告" on a 范文 site: the year is hidden, and "2022年度" in a later piece is
    another report's."""
    report = read(
        "医院项目绩效自评报告（通用8篇）\n医院项目绩效自评报告 篇1\n龙泉市人民医院20xx年度公立医院综合改革补助资金项目绩效自评报告\n"
        "一、项目概况\n根据《关于下达20xx年公立医院综合改革补助资金的通知》，我院获补助资金。\n医院项目绩效自评报告 篇2\n"
        "为加强财政专项资金管理，根据县财政局要求，我院对2022年度县级医院能力提升项目开展了绩效自评。\n"
    )
    assert (report.year, report.unit) == (None, "龙泉市人民医院")


def test_an_offices_notice_publishing_results_is_no_reports_title() -> None:
    """ "X财政局关于公开2023年度…绩效自评结果的通知" above the report it publishes: the report's own title names the unit."""
    report = read(
        "三亚市天涯区人民政府  >  政务公开  >  财政资金信息\n"
        "三亚市天涯区财政局关于公开2023年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金绩效自评结果的通知\n天财〔2024〕58号\n"
        "区各有关单位：\n现将有关单位的绩效自评报告予以公开。\n三亚市天涯区财政局\n2024年4月26日\n"
        "天涯区农业农村局2023年度中央财政衔接推进乡村振兴补助资金项目支出绩效自评报告\n一、项目基本情况\n"
    )
    assert (report.unit, report.year) == ("天涯区农业农村局", 2023)


def test_a_forms_label_value_lines_after_its_parts_lines() -> None:
    """Label and value a line each: "全年预算数（元）：1,350,000.00" is the whole's, the "其中：中央补助资金  全年预算数（元）：
    900,000.00" line and the indented ones under it are the sources'; "全年执行数：" and "执行率：" on their own lines
    after a source's line are the whole's again."""
    form = read(
        "某区卫生健康局2021年度基本公共卫生服务项目绩效自评报告\n项目资金\n年初预算数（元）：1,200,000.00\n"
        "全年预算数（元）：1,350,000.00\n全年执行数（元）：1,291,680.00\n执行率：95.68%\n"
        "其中：中央补助资金  全年预算数（元）：900,000.00  执行数（元）：900,000.00\n"
        "      省级补助资金  全年预算数（元）：300,000.00  执行数（元）：291,680.00\n"
        "      区级配套资金  全年预算数（元）：150,000.00  执行数（元）：100,000.00\n"
    )
    assert (form.budget.adjusted, form.budget.executed, form.budget.execution_rate) == (
        D("135.000000"),
        D("129.168000"),
        D("95.68"),
    )
    after = read(
        "某县教育局2022年度部门整体支出绩效自评报告\n二、部门整体支出预算执行情况\n年初预算数：2,105.37万元\n"
        "全年预算数：2,386.54万元\n其中：财政拨款：2,214.30万元\n      其他资金：172.24万元\n全年执行数：2,301.17万元\n"
        "执行率：96.42%\n"
    )
    assert (after.budget.adjusted, after.budget.executed, after.budget.execution_rate) == (
        D("2386.54"),
        D("2301.17"),
        D("96.42"),
    )


def test_a_related_links_sample_title_names_no_collection_of_the_page() -> None:
    """ "· 县水利局2018年度部门整体支出绩效自评报告范文" in the related links under the report: no collection the report's
    own title stands above, which keeps its project."""
    report = read(
        "奇台县水利局2017年度农村饮水安全巩固提升工程项目支出绩效自评报告\n一、项目基本情况\n2017年我县实施农村饮水安全巩固提升工程。\n"
        "相关文章：\n· 2017年度农村环境整治项目绩效自评报告\n· 县水利局2018年度部门整体支出绩效自评报告范文\n"
    )
    assert (report.unit, report.project) == ("奇台县水利局", "农村饮水安全巩固提升工程项目")


def test_rows_run_together_each_rate_into_the_next_rows_label() -> None:
    """ "项目 年初预算 调整后" over "预算 实际支出 执行率" (the second line's own columns after the half it completes),
    then the rows on one line, each rate run into the next row's label ("99.29%基本支出"): the 合计 row read whole."""
    report = read(
        "利川市团堡镇中心学校2024年度部门整体支出绩效自评报告\n二、部门预算及执行情况\n2024年度部门预算收支执行情况（单位：元）\n"
        "项目      年初预算       调整后\n预算        实际支出       执行率\n"
        "合计    16,375,204.00    17,942,688.52    17,815,330.17    99.29%基本支出    14,206,330.00    15,101,845.36    "
        "15,101,845.36    100.00%项目支出    2,168,874.00    2,840,843.16    2,713,484.81    95.52%\n"
    )
    assert (
        report.budget.initial,
        report.budget.adjusted,
        report.budget.executed,
        report.budget.execution_rate,
    ) == (
        D("1637.5204"),
        D("1794.268852"),
        D("1781.533017"),
        D("99.29"),
    )


def test_a_scans_figure_with_its_thousands_set_apart_and_letters_for_digits_is_not_read_short() -> None:
    """ "年初预算l 865.2O万元" (the scan's l for 1, O for 0, the thousands set apart): not 865.20; neither reading is
    sure, so none is taken (as for "1 286.35万元")."""
    report = read(
        "某县卫生健康局2021年度部门整体支出绩效自评报告\n二、部门整体支出情况\n"
        "2O2l年部门年初预算l 865.2O万元，其中基本支出l 2l5.4O万元、项目支出649.8O万元。\n"
        "截至2O2l年底累计支出3O 852.67万元。\n"
    )
    assert (report.budget.initial, report.budget.executed) == (None, None)


def test_a_sharing_sites_page_count_and_a_scans_stray_mark_are_no_part_of_the_title() -> None:
    counted = read(
        "普兰县2018年兴边富民行动资金自评报告.docx_第1页\n（共 9 页）\n普兰县发展和改革委员会\n关于2018年度兴边富民行动中央补助资金\n"
        "绩效自评情况的报告\n县财政局：\n一、项目基本情况\n"
    )
    assert counted.unit == "普兰县发展和改革委员会"
    marked = read("□ 平果市果化镇人民政府2022年度部门整体支出绩效自评报告（扫描件）\n一、部门基本情况\n")
    assert marked.unit == "平果市果化镇人民政府"


def test_a_header_row_run_together_after_the_project_names_label_is_no_name() -> None:
    """ "项目名称预算数支出数执行率": a table's header cells run together, not a project called 预算数支出数执行率."""
    report = read(
        "平遥县洪善镇卫生院2019年度项目支出绩效自评报告\n二、资金情况\n项目名称预算数支出数执行率\n"
        "基本公共卫生服务补助资金  86.40  85.12  98.52%\n"
    )
    assert not (report.project or "").startswith("预算数")


def test_a_breadcrumb_after_the_sites_name_and_its_home_is_chrome() -> None:
    """ "某县人民政府网  首页 >> 信息公开 >> 财政资金 >> 绩效评价": a breadcrumb, though its last crumb reads like a title."""
    report = read(
        "奇台县人民政府网  首页 >> 信息公开 >> 财政资金 >> 绩效评价\n奇台县畜牧兽医局2018年度动物防疫补助资金绩效自评报告\n"
        "发布时间：2019-06-14 18:02:31  信息来源：县畜牧兽医局  阅读：\n一、项目概况\n"
    )
    assert (report.unit, report.project) == ("奇台县畜牧兽医局", "动物防疫补助资金")


def test_a_kind_of_centre_named_by_its_level_opens_the_project_and_is_no_unit() -> None:
    """ "村级综合文化服务中心运行补助项目…": the subsidy for every village's centre, not a centre's own report."""
    report = read(
        "当前位置:文档之家› 村级党群服务中心运行补助项目绩效评价自查报告\n\n村级党群服务中心运行补助项目绩效评价自查报告\n"
        "一、项目基本情况\n全县纳入补助范围的村级党群服务中心共143个。\n"
    )
    assert (report.unit, report.project) == (None, "村级党群服务中心运行补助项目")


def test_a_fund_with_its_parts_then_all_of_it_arrived_is_the_budget() -> None:
    """ "发展资金860.4万元,其中A…万元,B…万,目前资金已全部落实到位": the fund's figure, its parts listed before the
    sentence says it all arrived."""
    report = read(
        "一、项目投入情况\n本年度我县支持特殊教育发展资金860.4万元,其中校舍改造项目资金712.8万元,"
        "送教上门补助资金147.6万,目前资金已全部落实到位,资金到位率100%。\n"
    )
    assert report.budget.adjusted == D("860.4")


def test_a_funds_figure_put_in_the_evaluation_under_a_notice_of_other_years_is_the_budget() -> None:
    """ "按照关于编制…2019-2021年中期财政规划和2019年部门预算的通知(…)要求,我局X经费35万纳入2018年财政支出绩效评价范围":
    the money evaluated (its 元 left out), the notice's years none of the figure's."""
    report = read(
        "1、2018年口岸联络工作经费绩效自评报告漳州市财政局:按照关于编制市级部门2019-2021年中期财政规划和2019年部门预算的通知"
        "(漳财预201844号)要求,我局口岸联络工作经费35万纳入2018年财政支出绩效评价范围。现将自评情况汇报如下:\n"
    )
    assert report.budget.adjusted == D("35")


def test_a_levels_share_listed_after_qizhong_is_no_budget_of_the_project() -> None:
    """ "其中，每例…补助…；…由中央财政负担，省财政安排430万元用于…": one level's share for one part, the project's budget
    unsaid."""
    report = read(
        "赣州市2020年度孕产妇免费产前筛查项目绩效评价报告\n一、项目概况\n"
        "为孕妇免费提供产前筛查，筛查率达85%。其中，每例产前筛查财政补助120元，由省与市(县)各负担每例60元；"
        "检测试剂费用由中央财政负担，省财政安排430万元用于筛查服务补助。\n"
    )
    assert report.budget.adjusted is None


def test_money_the_treasury_set_aside_through_a_fund_is_the_budget() -> None:
    """ "区财政利用中央直达资金安排860万元": the money set aside for the works, though 安排 ends its label."""
    report = read(
        "(直达资金)某区城北排涝泵站工程项目2021年度绩效自评报告\n一、绩效目标分解下达情况\n"
        "某区城北排涝泵站工程项目概算总投资2304.15万元,2021年区财政利用中央直达资金安排860万元。\n"
        "二、绩效目标完成情况分析\n该项目已支付工程进度款860万元,监理费及剩余工程款尚待申请。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("860"), D("860"))


def test_what_the_level_above_allotted_to_the_reporting_city_is_the_budget() -> None:
    """ "省厅分配我市5家担保机构…奖补资金742.16万元": the transfer's budget, allotted to the city that reports."""
    report = read(
        "某市2021年度国家小微企业融资担保业务降费奖补转移支付资金绩效自评报告\n一、绩效目标分解下达情况\n"
        "省厅分配我市5家担保机构小微企业融资担保降费奖补资金742.16万元。\n"
    )
    assert report.budget.adjusted == D("742.16")


def test_a_fund_of_the_autonomous_region_keeps_its_level_after_the_county() -> None:
    """ "某县自治区级彩票公益金转移支付…": 自治区级 is the fund's level, not the end of the county's name."""
    report = read("西吉县自治区级彩票公益金转移支付2022年度绩效自评报告\n一、基本情况\n")
    assert report.project == "自治区级彩票公益金转移支付"


def test_a_title_opening_with_a_market_names_no_place() -> None:
    """ "零工市场建设示范项目…": 市场 is a word, no place "零工市" before a project "场建设…"."""
    report = read("劳务市场建设示范项目绩效自评报告\n一、项目概况\n")
    assert (report.unit, report.project) == (None, "劳务市场建设示范项目")


def test_the_kind_between_the_unit_and_the_year_leaves_the_unit_named() -> None:
    """ "某区民政局部门整体支出2020年度绩效自评报告": the kind before the year, the unit before the kind."""
    report = read("哈密市伊州区民政局部门整体支出2020年度绩效自评报告\n一、部门概况\n")
    assert (report.unit, report.year, report.kind) == ("哈密市伊州区民政局", 2020, "部门整体支出")


def test_an_item_of_the_fund_opening_its_clause_after_a_semicolon_spends_its_own_money() -> None:
    """ "…专项资金共计26万元,已全部拨付到位;…;某保护补助已支出186240元,支出进度77.6%": one item's spending, not
    the fund's."""
    report = read(
        "2021年度省级非物质文化遗产保护专项资金绩效自评报告\n一、项目资金情况\n"
        "2021年我市省级非物质文化遗产保护专项资金共计26万元,已全部拨付到位,到位率100%;截至目前,省级代表性传承人补助"
        "已足额拨付,支出进度100%;花灯戏保护补助已支出186240元,支出进度77.6%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("26"), None)
    # ... but the whole's own money after a "；" is the whole's, and items listed after 其中 keep that listing's reading
    whole = read(
        "某县水利局2021年度农村供水保障工程项目绩效自评报告\n一、资金情况\n2021年下达项目资金540万元,资金全部到位。\n"
        "截至2021年12月31日,第一批资金已支出300万元,第二批资金已支出142.60万元;全年项目资金累计支出442.60万元,执行率81.96%。\n"
    )
    assert (whole.budget.adjusted, whole.budget.executed) == (D("540"), D("442.60"))


def test_a_record_tables_headers_in_other_words_and_order() -> None:
    """ "项目名称 / 项目单位 / 评价等次 / 债券发行额(亿元)": a special bond's record table in other words."""
    report = read(
        "2023年度新增地方政府专项债券项目资金绩效评价结果表\n序号\n项目名称\n项目单位\n评价等次\n债券发行额(亿元)\n备注\n1\n"
        "龙岩市第二中学新校区建设工程\n龙岩市教育建设发展中心\n优\n1.86\n项目单位自评\n"
    )
    assert (report.unit, report.project, report.grade, report.budget.adjusted) == (
        "龙岩市教育建设发展中心",
        "龙岩市第二中学新校区建设工程",
        "优",
        D("18600"),
    )


def test_a_funds_projects_together_are_its_budget() -> None:
    """ "2022年省级福彩公益金项目共计96万元,具体为:…": the fund's projects together, its budget."""
    report = read(
        "某县民政局2021年度省级彩票公益金转移支付绩效自评报告\n一、绩效目标分解下达情况\n"
        "2021年省级福彩公益金项目共计84万元,具体为:养老机构运营补贴项目36万元、农村老年之家建设项目48万元。\n"
    )
    assert report.budget.adjusted == D("84")


def test_a_units_name_label_over_a_tables_headers_run_together_names_no_unit() -> None:
    """ "…序号单位名称调整后预算数实际支出数支出进度2省X中心…": the header cells run together after 单位名称, then the
    first row, no unit's name."""
    report = read(
        "1、某省体育事业发展专项资金2022年度绩效自评报某省体育局二O二三年四月序号单位名称调整后预算数实际支出数支出进度"
        "2省游泳运动管理 中心248.60172.3169.31%\n"
    )
    assert report.unit != "调整后预算数实际支出数支出进度2省游泳运动管理中心"
    assert not (report.unit or "").startswith("调整后")


def test_a_project_in_quotes_after_the_units_word_for_itself_opens_the_background() -> None:
    """ "我局“X专项经费”项目主要用于…" under a generic title: the project is the quoted name."""
    report = read(
        "某县林业局2024年度项目支出绩效自评工作报告\n一、基本情况\n(一)项目背景、内容。\n"
        "我局“护林员管护补助经费”项目主要用于全县生态护林员的管护补助。\n(二)项目资金情况。\n"
        "全年预算数86万元,全年执行数84.2万元,预算执行率97.91%。\n"
    )
    assert report.project == "护林员管护补助经费"


def test_a_fund_item_listed_after_qizhong_names_no_project() -> None:
    """ "…安排24万元经费开展X工作。其中:1、…;3、安排Y经费5万元": one part of the money, not the page's subject, so
    it does not contradict the project the bracketed heading names."""
    report = read(
        "(全民健身赛事活动工作经费项目)\n一、项目基本情况\n"
        "根据有关会议纪要,市财政每年安排20万元经费开展全民健身赛事活动工作。其中:1、市级赛事补助12万元;"
        "2、宣传活动经费5万元;3、安排赛事组织工作经费3万元。\n"
    )
    assert report.project is not None and report.project.startswith("全民健身赛事活动工作经费")


def test_the_unit_describing_itself_in_the_sentence_under_a_generic_title() -> None:
    """ "2023年度部门整体支出绩效自评报告" / "安乡县水利局是县人民政府主管全县水利工作的政府工作部门。…": the title names
    no unit, the opening sentence right under it does."""
    report = read(
        "2023年度部门整体支出绩效自评报告\n某县林业局是县人民政府主管全县林业工作的政府工作部门。根据县财政局通知要求,现将"
        "自评情况报告如下:\n一、基本情况\n(一)部门组织机构及人员情况\n局机关定行政编制12名。\n"
    )
    assert report.unit == "某县林业局"


def test_what_of_the_money_was_used_is_the_spending() -> None:
    """ "全年可用资金16.2万元,已用15.5万元,剩余0.7万元": 已用 is the spending."""
    report = read(
        "某县人社局2023年度衔接资金项目绩效自评报告\n一、项目资金情况\n"
        "2023年我局管理的衔接资金项目1个,全年可用资金16.2万元,已用15.5万元,剩余0.7万元已按规定收回。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("16.2"), D("15.5"))


def test_the_spending_in_brackets_right_after_its_rate_is_the_headlines() -> None:
    """ "全年项目资金使用率96.5%(实际支出19.3万元)": the bracket gives the rate's own figure, not an item's."""
    report = read(
        "某市民族宗教委2022年度民族团结进步示范创建工作经费项目绩效自评报告\n一、项目资金情况\n"
        "本项目市财政预算安排20万元。全年项目资金使用率96.5%(实际支出19.3万元),未使用的0.7万元已交回市财政。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("20"),
        D("19.3"),
        D("96.5"),
    )


def test_the_full_points_row_of_a_graded_results_table_gives_the_total() -> None:
    """A results table grading every part, its headers lost ("50.00 | 45.62 | 优" … "100.00 | 93.27 | 优"): the row of
    the full 100 points is the total's score and grade; a part's row is no total."""
    report = read(
        "某县林业局\n2019年度部门整体支出绩效评价报告\n评价单位:某县林业局\n绩效评价结果\n绩效等级 | |||\n"
        "20.00 | 19.25 | 优 | |\n50.00 | 45.62 | 优 | |\n产出 | 20.00 | 18.90 | 优 |\n10.00 | 9.50 | 优 | |\n"
        "100.00 | 93.27 | 优 |\n注:优(≥90)\n"
    )
    assert (report.score, report.grade) == (D("93.27"), "优")


def test_a_score_whose_label_mistypes_de_as_deng() -> None:
    """ "…专项资金绩效自评等分85分": 得 mistyped as 等 before the figure, still the report's score."""
    report = read(
        "某县交通运输局路灯维护费专项资金绩效自评报告\n我局对2018-2019年度路灯维护费专项资金绩效进行了全面综合评价。"
        "2018年-2019年度我局路灯维护费专项资金绩效自评等分85分,现将有关情况报告如下:\n"
    )
    assert report.score == D("85")


def test_the_projects_whole_money_and_the_money_it_had_to_spend_are_its_budget() -> None:
    """ "项目总投入12万元,其中补助…", "该项目可使用资金共计1371.6万元,其中:中央资金…": the budget; residents'
    "人均可支配收入" is no money of the project's."""
    invested = read(
        "某市植保站2019年度植保项目绩效自评报告\n一、项目基本情况\n项目总投入12万元,其中补助甲村3万元、乙村3.5万元,"
        "其余5.5万元用于技术培训。\n二、项目资金执行情况\n截至2019年12月31日实际使用资金11.64万元。\n"
    )
    assert (invested.budget.adjusted, invested.budget.executed) == (D("12"), D("11.64"))
    available = read(
        "某县农业农村局2023年度农机购置与应用补贴资金绩效自评报告\n一、资金情况\n2023年该项目可使用资金共计1371.6万元,"
        "其中:中央资金1286.4万元,自治区资金85.2万元。全县农民人均可支配收入1.52万元。\n"
    )
    assert available.budget.adjusted == D("1371.6")


def test_a_form_headed_planned_arrived_used_and_its_rate() -> None:
    """Yunnan's "资金投入情况 | 计划投入资金 | 实际到位资金 | 实际使用资金 | 资金使用率 | 得分": the budget, the money
    arrived (no budget's figure), the spending and its rate."""
    report = read(
        "某县残联2019年度残疾儿童康复救助项目绩效自评表\n资金投入情况(万元)\n(20分)\n|\n|\n计划投入资金\n|\n实际到位资金\n"
        "|\n实际使用资金\n|\n资金使用率\n|\n得分\n(20分×资金使用率)\n|\n||||\n合计\n|\n58.6\n|\n58.6\n|\n55.37\n|\n94.49%\n|\n18.9\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("58.6"),
        D("55.37"),
        D("94.49"),
    )


def test_a_grade_stated_for_the_years_the_evaluation_spans() -> None:
    """ "2020年-2021年度…绩效自评等级为“良”" in a report on 2020: the span holds the report's year."""
    report = read(
        "某县城市管理局2020年-2021年度城区公共厕所保洁服务费专项资金绩效评价报告\n经评价,2020年-2021年度我局城区公共厕所"
        "保洁服务费专项资金绩效自评等级为“良”,现将有关情况报告如下:\n"
    )
    assert report.grade == "良"


def test_a_record_table_with_the_bonds_money_and_what_was_spent_under_year_headed_columns() -> None:
    """ "项目总投资(万元) | 2023年使用债券资金(万元) | 截至2023年底已支出(万元) | 自评结果": the year's bond money is the
    budget, what was spent its spending; the project's whole investment is neither."""
    report = read(
        "2023年度新增地方政府专项债券项目绩效自评情况表\n序号\n项目单位\n项目名称\n项目总投资(万元)\n"
        "2023年使用债券资金(万元)\n截至2023年底已支出(万元)\n自评结果\n备注\n1\n某县水利局\n某河防洪治理工程\n48600\n"
        "12000\n11560\n优\n"
    )
    assert (report.unit, report.project, report.budget.adjusted, report.budget.executed, report.grade) == (
        "某县水利局",
        "某河防洪治理工程",
        D("12000"),
        D("11560"),
        "优",
    )


def test_a_record_tables_bond_money_spending_of_the_year_and_its_progress_columns() -> None:
    """ "债券资金(亿元) | 当年支出(万元) | 支出进度 | 自评得分 | 评价结果": the bond money is the budget, the year's spending
    its spending; the progress column holds a rate, read past (hand-written)."""
    report = read(
        "2022年某镇专项债券项目资金绩效评价公开\n序号\n主管部门\n项目单位\n项目名称\n债券资金(亿元)\n当年支出(万元)\n"
        "支出进度\n自评得分\n评价结果\n备注\n1\n某县某镇人民政府\n某县某镇城乡建设发展有限公司\n某镇老旧小区改造配套基础设施建设项目\n"
        "0.25\n2410.5\n96.42%\n91\n优\n主管部门评价结果\n"
    )
    assert (report.unit, report.project, report.budget.adjusted, report.budget.executed, report.score) == (
        "某县某镇城乡建设发展有限公司",
        "某镇老旧小区改造配套基础设施建设项目",
        D("2500"),
        D("2410.5"),
        D("91"),
    )


def test_the_unit_telling_what_it_has_under_the_background_heading() -> None:
    """ "一、项目基本情况" / "X档案馆现有库房于2003年建成…": the organisation describing what it has, under a title
    naming no unit."""
    report = read(
        "档案库房智能化改造经费项目绩效自评报告\n一、项目基本情况\n某市档案馆现有库房于2003年建成并投入使用,库房温湿度"
        "控制设备老化。\n二、项目绩效自评工作开展情况\n"
    )
    assert report.unit == "某市档案馆"


def test_the_spendings_total_and_the_years_planned_money_under_labels_of_their_own() -> None:
    """ "预算批复总额2437.92万元(含年中追加),支出总额2351.08万元(…)", "该项目年度计划资金186000元": the spending and the
    budget; "项目支出总额" is a part's."""
    report = read(
        "某县市场监督管理局2021年度部门整体支出绩效自评报告\n一、部门预算及支出\n2021年度部门预算及支出:预算批复总额2437.92"
        "万元(含年中追加),支出总额2351.08万元(人员类支出1602.44万元、公用类支出216.9万元、项目类支出531.74万元)。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("2437.92"), D("2351.08"))
    planned = read(
        "某镇2023年度乡村保洁员补助项目绩效自评报告\n一、资金情况\n该项目年度计划资金186000元,截至2023年12月31日县级拨付到镇"
        "139500元。\n"
    )
    assert planned.budget.adjusted == D("18.6")


def test_the_portals_government_publishing_gives_way_to_the_office_the_text_names() -> None:
    """ "发布机构:临湘市人民政府" / "项目实施单位为临湘市自然资源局": the city's portal publishes for its office; a
    township's government publishing on its own is still the unit."""
    report = read(
        "第三次全国国土调查项目支出绩效自评报告(2019年度)\n索 引 号:006184523/2020-145227 发布机构:临湘市人民政府 "
        "发文日期:2020-08-26\n一、项目基本情况\n(一)项目概况\n项目实施单位为临湘市自然资源局,项目主管部门为临湘市人民政府。\n"
    )
    assert report.unit == "临湘市自然资源局"


def test_who_carries_the_project_out_or_leads_the_evaluation_names_the_unit() -> None:
    """ "…工程由湄潭县水务局负责组织实施", "…要求,甘肃省卫生健康委员会(以下简称省卫生健康委)会同省财政厅开展了…自评工作",
    and a unit's cell run on into the first heading ("报告单位:X水库管理局一、项目概况")."""
    carried = read(
        "2020年中央水利发展资金(农村饮水安全巩固提升工程)绩效自评报告\n一、项目概况\n农村饮水安全巩固提升工程由湄潭县水务局"
        "负责组织实施,总投资860万元。\n"
    )
    assert carried.unit == "湄潭县水务局"
    led = read(
        "关于2021年度中央转移支付资金绩效自评情况的报告\n根据财政部要求,甘肃省卫生健康委员会(以下简称省卫生健康委)会同"
        "省财政厅开展了2021年度基本公共卫生服务补助资金绩效自评工作。\n"
    )
    assert led.unit == "甘肃省卫生健康委员会"
    run_on = read(
        "2019年度大坝安全监测系统升级改造项目绩效自评报告 报告单位:曲靖市潇湘水库管理局一、项目概况\n"
    )
    assert run_on.unit == "曲靖市潇湘水库管理局"


def test_the_one_sources_budget_with_its_change_is_the_whole() -> None:
    """ "公共财政拨款年初预算资金…元,年中追加预算资金…元,调整后预算资金…元": the one source named is the whole, and what
    was added to it is a change, no other source beside it."""
    report = read(
        "某县环境卫生管理所2020年度部门整体支出绩效自评报告\n一般公共预算收入:2020年度环卫所公共财政拨款年初预算资金5,873,420.50"
        "元,年中追加预算资金1,246,300.00元,调整后预算资金7,119,720.50元。\n"
    )
    assert (report.budget.initial, report.budget.adjusted) == (D("587.342050"), D("711.972050"))


def test_the_costs_listed_after_the_spending_of_a_project_named_like_them_are_no_budget() -> None:
    """ "2019年实际完成支付12.16万元,其中数字化加工费10.56万元、档案修裱费1.6万元" in the report on "…数字化加工项目": the
    costs the money paid, not the project's share of a larger whole."""
    report = read(
        "某档案馆数字化加工项目绩效自评报告\n年度财政安排项目资金12.8万元。\n"
        "2019年实际完成支付12.16万元,其中数字化加工费10.56万元、档案修裱费1.6万元。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("12.8"), D("12.16"))


def test_the_money_claimed_or_paid_out_with_the_funds_name_after_the_verb_is_the_spending() -> None:
    """ "已报账资金177.8万元", "累计报账支出中央奖补资金1187.36万元", "累计兑付2019年度中央农机购置补贴资金49876.3万元"."""
    for sentence, spent in (
        ("截至2021年12月31日已报账资金177.8万元,剩余8.2万元为工程质保金。", "177.8"),
        (
            "截至2019年12月31日,各项目累计报账支出中央奖补资金1187.36万元,剩余76.64万元为质量保证金。",
            "1187.36",
        ),
        ("截至2019年12月31日,全省累计兑付2019年度中央农机购置补贴资金49876.3万元。", "49876.3"),
    ):
        report = read(f"某县2019年度中央农村综合改革转移支付绩效自评报告\n一、资金情况\n{sentence}\n")
        assert report.budget.executed == D(spent), sentence


def test_the_projects_whole_money_after_its_sources_and_the_spending_settled() -> None:
    """ "省级财政下达…84万元,县级财政配套21万元,项目总资金105万元": the sources' total is the budget;
    "全县累计结算支出营养改善计划资金1098.24万元": the spending."""
    report = read(
        "某县水利局2020年度小型水库维修养护项目绩效自评报告\n一、项目概况\n2020年省级财政下达我县小型水库维修养护补助资金84万元,"
        "县级财政配套21万元,项目总资金105万元,用于全县46座小型水库的维修养护。\n二、资金使用\n截止12月31日,全县累计结算支出"
        "维修养护资金101.6万元。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("105"), D("101.6"))


def test_money_besides_the_subject_and_a_project_cell_naming_its_owner_and_year() -> None:
    """ "此外,省级财政安排配套资金430万元,统筹用于…": money besides the fund evaluated, no budget of it; "项目名称:X民政局
    2021年度“Y资金”": the project is Y."""
    besides = read(
        "甘肃省2022年度美术馆公共图书馆文化馆(站)免费开放补助资金绩效自评报告\n一、资金分配\n其中甘肃省美术馆120万元,"
        "甘肃省图书馆150万元。此外,省级财政安排配套资金430万元,统筹用于基层综合性文化服务中心免费开放运转。\n"
    )
    assert besides.budget.adjusted is None
    owned = read("项目名称:黔南州民政局2021年度“特困人员救助供养州级补助资金”\n一、项目基本情况\n")
    assert owned.project == "特困人员救助供养州级补助资金"


def test_the_projects_money_set_aside_in_all_is_its_budget() -> None:
    """ "2020年项目资金共安排460万元,其中市级财政预算安排300万元、省级补助资金160万元": the budget, its sources after it."""
    report = read(
        "某市卫生健康委员会2020年度基层医疗卫生机构能力提升补助项目绩效自评报告\n一、项目概况\n2020年项目资金共安排460万元,"
        "其中市级财政预算安排300万元、省级补助资金160万元。\n"
    )
    assert report.budget.adjusted == D("460")


def test_the_office_a_review_was_carried_out_by_and_a_kind_of_money_named_by_its_level() -> None:
    """ "…,经上饶市人力资源和社会保障局组织自评,…": the office, without 经; "州级预算项目" is a kind of money, no project."""
    by = read(
        "职业技能提升行动专账资金2020年度绩效自评报告\n一、自评情况\n根据省财政厅要求,经上饶市人力资源和社会保障局组织自评,"
        "职业技能提升行动项目自评得分96分。\n"
    )
    assert by.unit == "上饶市人力资源和社会保障局"
    kind = read(
        "某州生态环境局2023年度项目支出绩效自评报告\n一、基本情况\n纳入本次自评的州级预算项目共7个,预算合计229.56万元。\n"
    )
    assert kind.project != "州级预算项目"


def test_a_unit_evaluating_its_own_project_named_in_the_statement() -> None:
    """ "X局积极组织人员对本局2023年度“Y”项目…进行自评", "X院对本院承担的2021年度“Z”W项目…进行了自评", "X会开展了2022年度
    Y项目绩效自评工作", "2022年X厅(以下简称Y)实施的…": the unit and the project its own statement names."""
    own = read(
        '项目评价报告\n根据县财政局要求,淇县司法局积极组织人员对本局2023年度"法律援助案件补贴"项目(以下简称"该项目")'
        "绩效情况进行自评,现将该项目绩效自评情况报告如下:\n"
    )
    assert (own.unit, own.project) == ("淇县司法局", "法律援助案件补贴")
    borne = read(
        "项目支出绩效自评报告\n根据《株洲市财政局关于开展2021年度预算绩效管理有关工作的通知》文件精神,株洲市社会福利院对本院"
        "承担的2021年度“银龄安康”居家养老上门服务项目绩效指标完成情况进行了自评。\n"
    )
    assert (borne.unit, borne.project) == ("株洲市社会福利院", "“银龄安康”居家养老上门服务项目")
    carried_out = read(
        "2022年度残疾儿童康复救助项目绩效自评报告\n按照省财政厅有关工作要求,贵州省残疾人联合会开展了2022年度残疾儿童康复救助"
        "项目绩效自评工作,现将绩效自评情况报告如下。\n"
    )
    assert carried_out.unit == "贵州省残疾人联合会"
    implemented = read(
        "项目绩效自评报告\n(一)项目资金安排情况。2022年江西省文化和旅游厅(以下简称省文旅厅)实施的“送戏下乡”惠民演出项目共"
        "安排省级资金3000万元。\n"
    )
    assert implemented.unit == "江西省文化和旅游厅"
    # a duty listed, "协助市政府开展…", names no unit
    duty = read(
        "部门整体支出绩效自评报告\n一、部门职责\n(10)协助市政府开展与其职责相关的其他人道主义服务活动。\n"
    )
    assert duty.unit is None


def test_the_project_a_fund_pays_for_named_in_brackets_or_as_the_funds_one() -> None:
    """ "2021年省级体育彩票公益金(农民体育健身工程项目)绩效自评报告": the project in the fund's brackets (not "(一般项目)");
    "对…省级卫生健康专项资金中“住院医师规范化培训”项目…开展绩效自评": the fund's one project."""
    bracketed = read("2021年省级体育彩票公益金(农民体育健身工程项目)绩效自评报告\n一、项目概况\n")
    assert bracketed.project == "农民体育健身工程项目"
    kind = read("2022年中央支持地方公共文化服务体系建设补助资金(一般项目)绩效自评报告\n一、项目概况\n")
    assert kind.project == "中央支持地方公共文化服务体系建设补助资金(一般项目)"
    inner = read(
        "项目支出绩效自评报告\n根据要求,我院对承担的2019年度省级卫生健康专项资金中“住院医师规范化培训”项目执行情况开展绩效"
        "自评(同一专项资金中的“全科医生转岗培训”项目另行自评)。\n"
    )
    assert inner.project == "住院医师规范化培训"
    # "现就X2021年度…汇报如下": 现就 opens no unit's name
    asked = read(
        "2021年省级体育彩票公益金(农民体育健身工程项目)绩效自评报告\n根据省体育局文件要求,现就宜春市体育局2021年度农民体育健身"
        "工程项目绩效自评工作有关事项汇报如下:\n"
    )
    assert asked.unit != "现就宜春市体育局"


def test_two_joined_funds_money_listed_after_their_sum_and_items_of_a_numbered_list() -> None:
    """ "共落实两项资金1185.6万元,其中A资金986.4万元、B资金199.2万元" for the project "A资金及B资金": the sum is the budget;
    "(1)X经费:…120000元" over "(2)Y资金:…530000元": each item's, no budget of the page; "累计支付836918.60元,其中A支付…、
    B支付…、C支付…,资金支付率97.05%": the whole's rate."""
    joined = read(
        "晴隆县水务局2022年度农村饮水安全巩固提升补助资金及小型水库维修养护资金绩效自评报告\n一、资金情况\n2022年上级及县级共"
        "落实两项资金1185.6万元,其中农村饮水安全巩固提升补助资金986.4万元、小型水库维修养护资金199.2万元;全年累计兑付资金"
        "1162.35万元。\n"
    )
    assert (joined.budget.adjusted, joined.budget.executed) == (D("1185.6"), D("1162.35"))
    items = read(
        "某县退役军人事务局2021年度项目支出绩效自评报告\n3.资金投入情况\n\n  (1)退役军人服务站运行经费:根据某财预〔2021〕3号,"
        "年初预算安排县级资金120000元。\n\n  (2)烈士纪念设施维护修缮补助资金:根据某财社〔2021〕47号,年中下达中央和省级补助资金"
        "530000元。\n\n  (3)退役军人教育培训经费:根据某财预调〔2021〕102号,年中追加县级资金212350元。\n\n  4.资金使用情况\n\n"
        "  截至2021年12月31日,3个项目累计支付资金836918.60元,其中服务站运行经费支付118762.00元、烈士纪念设施维护修缮支付"
        "530000.00元、教育培训经费支付188156.60元,资金支付率97.05%。\n"
    )
    assert (items.budget.initial, items.budget.adjusted) == (None, None)
    assert (items.budget.executed, items.budget.execution_rate) == (D("83.69186"), D("97.05"))
    # the items' sum after the last item: the page's rate
    summed = read(
        "某县农业农村局2020年度农业相关转移支付资金绩效自评报告\n一、资金下达\n2020年上级共下达农业相关转移支付资金2146万元。\n"
        "二、资金使用\n\n(1)耕地地力保护补贴:已发放到户,支出1528.6万元。\n\n"
        "(2)农机购置补贴:已兑付补贴机具2317台(套),支出376.85万元。\n\n(3)绿色高质高效行动:示范片物化补助和技术服务已完成,"
        "支出188.2万元。以上三个项目合计支出2093.65万元,资金执行率97.56%。\n"
    )
    assert (summed.budget.executed, summed.budget.execution_rate) == (D("2093.65"), D("97.56"))


def test_scores_stated_after_the_indicators_a_run_together_result_row_and_a_grade_after_last_years_score() -> (
    None
):
    """ "按照…四类指标逐项自查打分,经综合评价,该项目得分95.5分"; "…分值 得分 … 总分100 97.8 评价结论…"; "…20 20合计 100
    96.6 优秀…"; "综合评分87.46分,较2020年度自评得分85.2分提高2.26分,…,评定等次为良好"."""
    after = read(
        "项目绩效自评报告\n按照投入、过程、产出、效果四类指标逐项自查打分,经综合评价,该项目得分95.5分,绩效等级为“优”。\n"
    )
    assert (after.score, after.grade) == (D("95.5"), "优")
    an_indicators = read("项目绩效自评报告\n质量指标：验收合格率100%，得分15分。\n")
    assert an_indicators.score is None
    form = read(
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标数量指标补助对象覆盖率=100% 100% 20 20 满意度指标受益"
        "对象满意度≥90% 93% 10 10 总分100 97.8 评价结论自评等级为优,资金及时、足额发放。\n"
    )
    assert form.score == D("97.8")
    graded = read(
        "2022年度耕地地力保护补贴项目自评表\n一级指标 二级指标 三级指标 年初目标值(A)实际完成值(B)分值得分 数量指标补贴面积 31.2万亩"
        " 31.2万亩 20 20满意度指标受益农户满意度 ≥90% 93% 20 20合计 100 96.6 优秀偏差大或目标未完成原因分析部分村组核实偏慢\n"
    )
    assert (graded.score, graded.grade) == (D("96.6"), "优秀")
    compared = read(
        "部门整体支出绩效自评报告\n麦积区市场监督管理局2021年度部门整体支出综合评分87.46分,较2020年度自评得分85.2分提高2.26分,"
        "根据《关于规范绩效评价结果等级划分的通知》中绩效评价结果划分等级标准,评定等次为良好。\n"
    )
    assert (compared.score, compared.grade) == (D("87.46"), "良好")


def test_a_page_naming_no_kind_but_the_project_it_evaluates() -> None:
    """ "X局关于建设Y学校 财政支出绩效评价报告": a title naming no kind but the project, that project's evaluation."""
    report = read(
        "PAGE PAGE 3 某区教育局关于建设省级足球特色学校 财政支出绩效评价报告 按照某区财政局工作部署,依据《关于全面推进"
    )
    assert (report.kind, report.project) == ("项目支出", "建设省级足球特色学校")


def test_a_parts_score_with_its_points_after_it_and_graded_result_rows() -> None:
    """ "执行率90%,自评分9分(分值10分)": a part's score, the total "良好(87分)" stands; "…指标得满分15分,全项目自评得分:91
    (满分100分)": the whole's; "合计 | 100 | 96.5 | 优" under an indicator table, its headers lines above."""
    part = read(
        "2023年度农村饮水安全工程维修养护项目自评结果\n一、自评结论\n(一)自评结论:良好(87分)\n(二)绩效目标完成情况\n"
        "年初预算185万元,调整后预算172万元,全年执行154.8万元,执行率90%,自评分9分(分值10分)。\n"
    )
    assert (part.score, part.grade) == (D("87"), "良好")
    # a total on a scale short of 100, its full marks after it
    scale = read(
        "项目绩效自评报告\n经逐项打分,本项目2021年度绩效自评得分83.35分(满分90分),自评等级为“良”。\n"
    )
    assert scale.score == D("83.35")
    whole = read(
        "项目支出绩效自评报告\n按照项目支出绩效自评评分标准,“组织集体活动场次”指标得满分15分,全项目自评得分:91(满分100分),"
        "自评等级为“优”。\n"
    )
    assert (whole.score, whole.grade) == (D("91"), "优")
    rows = "".join(f"产出指标 | 数量指标 | 第{n}项指标 | ≥ | 90 | % | 95 | 5 | 5 |\n" for n in range(1, 16))
    cells = read(
        "项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |\n"
        + rows
        + "满意度指标 | 服务对象满意度指标 | 受益对象满意度 | ≥ | 90 | % | 86.4 | 10 | 9.6 |\n合计 | 100 | 96.5 | 优 |\n"
    )
    assert (cells.score, cells.grade) == (D("96.5"), "优")


def test_money_per_quarter_paid_out_for_a_project_and_allocations_each_under_its_notice() -> None:
    """ "每季度支付24.10万元": a quarter's, no year's spending; "全年累计支付示范项目资金4,387.26万元,其中:…(含…),…,企业自筹
    资金952万元,主要用于…": what was paid, its parts after the bracket too; "…〔2021〕90号中医药服务能力提升补助4.06万元;
    …〔2021〕90号老年人健康管理项目经费0.945万元;": allocations each under its notice, no budget."""
    quarterly = read(
        "某县文旅广体局2022年度“村村响”应急广播运行维护费绩效自评报告\n一、项目概况\n根据合同约定,运维服务费按季度结算,"
        "每季度支付24.10万元,于每季度末月25日前支付给运维公司。\n"
    )
    assert quarterly.budget.executed is None
    paid = read(
        "某县2023年县域商业建设行动示范项目绩效自评报告\n二、资金使用\n全年累计支付示范项目资金4,387.26万元,其中:中央财政资金"
        "1,775.26万元(含乡镇商贸中心改造项目质保金89.6万元),省县两级配套资金1,660万元,企业自筹资金952万元,主要用于县级物流"
        "配送中心建设。\n"
    )
    assert (paid.budget.adjusted, paid.budget.executed) == (None, D("4387.26"))
    notices = read(
        "某镇卫生院2021年度部门整体支出绩效自评报告\n年末结余88.03万元,主要包括:某财社〔2021〕35号基本药物制度补助资金6.38万元;"
        "某财社〔2021〕86号基层卫生人才培训经费1.2万元; 某财社〔2021〕90号老年人健康管理项目经费0.945万元; 某财社〔2021〕91号"
        "家庭医生签约服务补助3.04万元。\n"
    )
    assert notices.budget.adjusted is None


def test_a_heading_naming_the_label_with_another_thing_a_former_office_and_a_sectors_system() -> None:
    """ "1、项目名称及年度目标" is a heading, no project named "及年度目标"; "原市食品药品监督管理局2018年实施的…" is a former
    office; "2020年潜江市卫健系统项目支出绩效自评报告" names the sector's projects, no project."""
    heading = read("某县交通运输局2024年度项目支出绩效自评报告\n一、项目基本情况\n1、项目名称及年度目标\n")
    assert heading.project != "及年度目标"
    former = read(
        "项目支出绩效自评报告\n食品安全监督抽检项目是天水市市场监督管理局(以下简称“市市场监管局”)承担的市级重点民生项目。"
        "原市食品药品监督管理局2018年实施的食品快检能力建设项目已于机构改革前完成。\n"
    )
    assert former.unit != "原市食品药品监督管理局"
    system = read("2020年潜江市卫健系统项目支出绩效自评报告.pdf\n一、基本情况\n")
    assert system.project is None


def test_a_budget_the_arithmetic_chose_keeps_the_line_it_is_stated_on() -> None:
    """ "补助11万元,实际使用资金11万元,执行率为100%": the budget is the amount the rate is of, and its source is that
    amount's place in the text, not nowhere."""
    report = read(
        "某县卫生健康局2022年度项目支出绩效自评报告\n计划生育专项,补助11万元,实际使用资金11万元,执行率为100%。\n"
    )
    assert report.budget.adjusted == D("11")
    [fact] = [f for f in report.facts if f.field == "budget.adjusted"]
    assert (fact.line, fact.start) == (2, 9)


def test_a_document_sites_file_title_a_portals_government_over_an_office_and_the_peoples_livelihood_works() -> (
    None
):
    """ "项目评价报告莒南县档案馆2020年…": the site's file title run into the report's; "锦屏县人民政府-2023年度部门整体支出绩效
    自评报告" over a report saying 我局: the portal's government is no unit; "民生工程项目" names a kind of works, no
    project."""
    glued = read(
        "项目评价报告沂水县档案馆2020年档案数字化加工项目绩效自评报告 根据县财政局《关于开展2020年度县级预算项目绩效自评工作的"
        "通知》要求,我馆积极组织人员对档案数字化加工项目绩效情况进行自查,现将自评情况报告如下: 一、项目基本情况 (一)项目概况。"
        "档案数字化加工项目主要用于馆藏文书档案的扫描。\n"
    )
    assert glued.unit == "沂水县档案馆"
    portal = read(
        "锦屏县人民政府-2023年度部门整体支出绩效自评报告\n\n锦屏县林业局是县政府工作部门,为加强我局财政资金管理,强化支出责任,"
        "我局开展了绩效自评。\n一、部门基本情况\n我局内设机构6个。全县森林覆盖率72%。\n"
    )
    assert portal.unit != "锦屏县人民政府"
    works = read("某县2022年度民生工程项目绩效自评报告\n一、项目概况\n")
    assert works.project is None


def test_a_weighted_score_after_the_sub_projects_scores() -> None:
    """ "两个子项目自评得分分别为95分、88分,按资金额度加权平均,综合评分92.53分,评定等次为优秀": the whole's score and grade."""
    report = read(
        "某州2022年中央集中彩票公益金支持体育事业专项资金绩效自评报告\n两个子项目自评得分分别为95分、88分,按资金额度加权平均,"
        "综合评分92.53分,评定等次为优秀。\n"
    )
    assert (report.score, report.grade) == (D("92.53"), "优秀")


def test_the_years_money_as_adjusted_named_调整后资金() -> None:
    """ "…年中…追加安排1350万元,全年调整后资金共计7530万元": the year's budget."""
    report = read(
        "(一)项目资金安排情况。2022年省级财政年初安排非物质文化遗产保护专项资金6000万元,其中4800万元于2021年12月15日提前下达;"
        "年中为支持传统村落非遗工坊建设追加安排1350万元,全年调整后资金共计7350万元。\n"
    )
    assert report.budget.adjusted == D("7350")


def test_a_provinces_counsellors_office_under_its_second_name_in_the_title() -> None:
    """ "X省人民政府参事室(X省文史研究馆挂牌)2018年度…": a 参事室 is a unit, its government no unit of its own."""
    report = read(
        "某某省人民政府参事室(某某省文史研究馆挂牌)2018年度部门整体支出绩效评价报告\n\n日期: 2019-06-20 来源: 某某省人民政府参事室\n"
        "一、部门概况\n某某省人民政府参事室入编2018年部门预算共1个单位,为机关本级。\n"
    )
    assert report.unit == "某某省人民政府参事室(某某省文史研究馆挂牌)"


def test_the_projects_total_before_their_items_on_a_mirror_spacing_its_decimals() -> None:
    """A sharing site's copy sets a space after each decimal point ("312. 9万元"); the figures after the projects'
    count are still theirs together (hand-written: 120 + 142.9 + 50 = 312.9; 309.66 / 312.9 = 98.96%)."""
    report = read(
        "《2021年度项目支出绩效自评总报告.docx》由会员分享,可在线阅读。\n"
        "1、2021年度项目支出绩效自评总报告一、本部门项目绩效目标情况(一)某某活动中心2021年度共有3个项目,年初预算合计286. 4万元,"
        "全年预算调整为312. 9万元,全年实际支付309. 66万元,预算完成率98. 96%。1、公益培训项目:预算120万元,全年实际支付120万元,"
        "使用率100%。\n2、2、场馆维修项目:预算142. 9万元,全年实际支付139. 66万元,使用率97. 73%。3、研学项目:预算50万元,实际支付50万元。\n"
    )
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("286.4"),
        D("312.9"),
        D("309.66"),
        D("98.96"),
    )


def test_a_funds_row_whose_label_and_figures_two_spaces_set_apart_once() -> None:
    """Hainan's 项目支出绩效自评表 printed one row a line, single spaces between cells but two once ("10.00  96.8")."""
    report = read(
        "某某林业科学院2020年项目绩效自评表公开\n项目支出绩效自评表\n项目名称: 36000020T000000001873-林木良种繁育与推广\n"
        "主管部门: 117-省林业局 实施单位: 117012-省林业科学院\n"
        "资金构成(万元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分\n"
        "资金总额: 60.00 75.00 72.60 10.00  96.8 9.68\n其中:财政资金: 60.00 75.00 72.60   96.8\n"
    )
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("60.00"),
        D("75.00"),
        D("72.60"),
        D("96.8"),
    )


def test_a_fund_named_before_the_treasurys_budget_project_frame() -> None:
    """ "X局2023年Y专项经费财政预算项目资金绩效评价自评报告": the project is Y专项经费."""
    report = read(
        "楚雄州某某局2023年动物防疫专项经费财政预算项目资金绩效评价自评报告\n"
        "按照州财政局《关于开展2023年度州本级财政预算项目资金绩效自评工作的通知》要求,现将自评情况报告如下。\n"
    )
    assert report.project == "动物防疫专项经费"


def test_the_total_paid_for_what_a_listing_names() -> None:
    """ "支付A、B及C共计N万元": the total paid, its verb before the 、-listing (hand-written: no budget stated)."""
    report = read(
        "一、项目基本情况\n2024年我局为森林防火视频监控系统运行维护落实资金三项:省级补助资金85万元,州级财政预算安排42.6万元,"
        "县(市)分担配套资金18.4万元。全年通过国库集中支付向运维服务商支付运维服务费、通信链路租赁费及设备维修费共计137.2万元。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (None, D("137.2"))
    # one item of the spending listed after 其中 stays an item (hand-written: 4.8 + 18.36 + 13.34 = 36.5)
    items = read(
        "二、项目资金使用及管理情况\n(一)项目资金安排落实财政资金36.5万元,已及时投入。\n(二)项目资金实际使用36.5万元,其中按每人次80元"
        "标准支出培训费4.8万元;购置试验示范田种子、肥料等物资18.36万元;支付技术资料印刷费、检测设备维修费及下乡差旅费共计13.34万元。\n"
    )
    assert items.budget.executed == D("36.5")
    # nor is one use of several, no whole year's word before it
    uses = read(
        "一、项目概况\n聘用村级管护员45名,按每人每月200元标准发放管护补助,全年10.8万元;支付甲水利工程有限公司、乙建筑劳务有限公司"
        "泵站及渠道维修费用共计10.86万元。\n"
    )
    assert uses.budget.executed != D("10.86")


def test_a_rate_in_a_sentence_breaking_the_whole_down_is_that_parts() -> None:
    """ "分小区看,X社区改造预算182万元,实际支付…,执行率98.71%": one community's rate, not the report's (hand-written: 179.654 /
    182 = 98.71%; the whole's rate is not stated)."""
    report = read(
        "某区住房和城乡建设局2021年度老旧小区改造项目绩效自评报告\n二、资金使用情况\n财政预算实际下拨385万元,实际支付3712486.30元,"
        "结余137513.70元。分小区看,东升社区改造预算182万元,实际支付1796540.00元,执行率98.71%。\n"
    )
    assert report.budget.execution_rate is None


def test_a_duty_to_guide_the_whole_district_names_no_unit() -> None:
    """ "指导全区人民调解委员会组织建设": a duty, "全区" no place that opens a unit's name."""
    report = read(
        " 财政支出项目绩效评价自评报告\n (人民调解工作经费)\n 一、项目总体情况\n"
        " 项目概况:拟订全区人民调解工作发展规划和年度工作实施方案;指导全区人民调解委员会组织建设和调解员队伍建设;负责矛盾纠纷排查化解的"
        "综合协调。\n"
    )
    assert report.unit is None


def test_a_column_wise_funds_block_past_other_tables_units_and_a_three_costs_table() -> None:
    """A Hunan form's budget block printed one cell a line with no unit of its own: a sentence above listing amounts
    in 元 ("项目支出明细(元):A 386,500.00元;…"), a table's title under it ("项目支出明细(元)") and the "三公" table
    before it ("预算数" / "本年支出合计" / …) give it none (hand-written)."""
    three = "“三公”经费(万元) |\n预算数 |\n本年支出合计 |\n公务接待费 |\n上年支出 |\n3.5 |\n2.846 |\n0.946 |\n3.1275 |\n"
    block = (
        "三、部门(单位)预算执行情况 |\n年初预算数 |\n全年预算数 |\n全年执行数 |\n执行率 |\n248.6 |\n286.452318 |\n"
        "271.894506 |\n94.92% |\n"
    )
    below = "项目支出明细(元) |\n档案数字化加工 | 预算 486,000.00 | 支出 462,870.50 | 执行率 95.24% |\n"
    above = "项目支出明细(元):档案数字化加工486,000.00元;档案征集232,300.00元;合计718,300.00元。 |\n"
    title = "某县2022年度部门(单位)整体支出绩效自评报告\n部门(单位)名称: 某县档案馆\n"
    for text in (title + three + block + below, title + above + block):
        budget = read(text).budget
        assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
            D("248.6"),
            D("286.452318"),
            D("271.894506"),
            D("94.92"),
        )


def test_a_change_read_between_the_initial_budget_and_the_one_it_became() -> None:
    """ "年初预算收入30,418.62万元,年中调整预算2,106.45万元,全年预算收入32,525.07万元": the middle figure is the change,
    the initial one plus it the year's budget (hand-written)."""
    report = read(
        "某院2023年度部门整体支出绩效自评报告\n(一)部门预算收入情况\n2023年部门年初预算收入30,418.62万元,年中调整预算2,106.45万元,"
        "全年预算收入32,525.07万元。\n(二)部门预算支出情况\n2023年全年支出31,874.36万元,预算执行率98.00%。\n"
    )
    assert (report.budget.initial, report.budget.adjusted, report.budget.executed) == (
        D("30418.62"),
        D("32525.07"),
        D("31874.36"),
    )
    # the adjusted budget said so ("年中调整预算为…"), with no sum to tell it a change: the budget
    said = read(
        "某局2023年度部门整体支出绩效自评报告\n年初预算1022.89万元,年中调整预算为1781.86万元,全年支出1700.35万元。\n"
    )
    assert said.budget.adjusted == D("1781.86")


def test_money_set_aside_as_an_appropriation_and_the_years_money_secured() -> None:
    """ "安排本项目财政拨款186.40万元", "全年落实资金957.7万元": the project's budget (hand-written)."""
    assert read(
        "某中心2019年度项目支出绩效自评报告\n2019年市级城市维护建设资金安排本项目财政拨款186.40万元,全部到位。\n"
    ).budget.adjusted == D("186.40")
    assert read(
        "某县2021年残疾人两项补贴项目绩效自评报告\n2021年累计兑付两项补贴944.05万元;全年落实资金957.7万元,未兑付的13.65万元结转下年。\n"
    ).budget.adjusted == D("957.7")


def test_a_project_named_after_a_slogan_ending_as_a_township_does() -> None:
    """ "送戏下乡经费项目": 下乡 ends a slogan, no township that opens the name (hand-written)."""
    report = read("项目绩效自评报告\n按照文件精神,我局对2019年度送戏下乡经费项目进行绩效评价。\n")
    assert report.project == "送戏下乡经费项目"


def test_a_categorys_score_after_its_parts_scores_in_brackets() -> None:
    """ "投入指标分值20分(其中预算执行率10分,得9.64分;预算编制完整性10分,得10分),得分19.64分": the category's score,
    not the report's total, which the sentence after states (hand-written)."""
    report = read(
        "某局2020年度部门整体支出绩效自评报告\n三、自评结论\n投入指标分值20分(其中预算执行率10分,得9.64分;预算编制完整性10分,"
        "得10分),得分19.64分;过程指标分值20分,得分18.50分;产出指标分值40分,得分40分;效益指标分值20分,得分19.60分。"
        '自评总分97.74分,等级为"优"。\n'
    )
    assert report.score == D("97.74")
    assert [(f.subject, f.value) for f in report.facts if f.field == "component"] == [
        ("投入指标", D("19.64")),
        ("过程指标", D("18.50")),
        ("产出指标", D("40")),
        ("效益指标", D("19.60")),
    ]


# a department's report printing its form and then a project's form, one cell per line (hand-written)
_DEPARTMENT_THEN_PROJECT_FORM = (
    "某县某中心学校2023年度部门整体和项目支出绩效自评报告\n一、基本情况\n本校为全额拨款事业单位。\n二、绩效自评表\n"
    "2023年度部门整体支出绩效自评表\n"
    + (
        "年度部门整体支出预算(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额 512.30 540.80 531.46 10 98.27% 9.83 其中:财政拨款 512.30 540.80 531.46 — 98.27% — "
        "总分 100 98.83 2023年度项目支出绩效自评表 项目名称 农村学校营养餐补助 主管部门 某县教育局 "
        "实施单位 某县某中心学校 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额 60.00 64.50 62.10 10 96.28% 9.63 其中:财政拨款 60.00 64.50 62.10 — 96.28% — 总分 100 98.63"
    ).replace(" ", "\n")
)


def test_a_department_reports_budget_is_its_own_forms_not_the_project_form_after_it() -> None:
    report = extract_document(Document.from_text("page.txt", "txt", _DEPARTMENT_THEN_PROJECT_FORM))
    assert report.kind == "部门整体支出"
    assert report.budget == Budget(
        initial=D("512.30"), adjusted=D("540.80"), executed=D("531.46"), execution_rate=D("98.27")
    )
    assert report.score == D("98.83")


def test_a_forms_rows_above_the_next_forms_title_are_no_piece_of_a_title() -> None:
    # no title of its own: the department's form, then a project's; the last rows of the first form are no title
    # broken above the second's (hand-written)
    text = (
        "评价年度:2023\n评价单位(公章): 某县林业局\n一、单位基本情况\n"
        "2023年年初预算812.40万元,全年预算数905.60万元;全年执行数884.32万元,预算执行率97.65%。\n"
        "部门整体支出绩效自评表(2023年度)\n"
        "资金情况(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t812.40\t905.60\t884.32\t10\t97.65%\t9.77\n"
        "一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n"
        "产出指标\t数量指标\t森林管护面积\t50\t≥12万亩\t12.3万亩\t50\n"
        "效益指标\t生态效益指标\t森林覆盖率\t30\t≥62%\t62.4%\t30\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t10\t≥90%\t94%\t10\n"
        "总分\t\t\t100\t\t\t99.77\n"
        "项目支出绩效自评表(2023年度)\n"
        "项目名称\t护林员补助\t主管部门\t某县林业局\n"
        "项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t120.00\t120.00\t114.00\t10\t95%\t9.5\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.kind == "部门整体支出"
    assert report.budget == Budget(
        initial=D("812.40"), adjusted=D("905.60"), executed=D("884.32"), execution_rate=D("97.65")
    )


def test_projects_listed_each_under_its_label_in_a_numbered_item_are_several_none_the_pages() -> None:
    # three projects, each a numbered item opening "项目名称:X," and told in the same sentence; the second alone
    # states its spending: no headline budget is taken from one of them (hand-written)
    text = (
        "某县妇联2022年度项目支出绩效单位自评报告\n一、基本情况\n(一)项目概况。\n"
        "1、项目名称:2022年妇女儿童发展专项资金,金额为15万元,资金来源为州财政局下达的专项资金。\n"
        "2、项目名称:三八妇女节活动经费,金额为4.2万元,主要用于表彰大会和宣传活动,该项目实际支出4.05万元,执行率96.43%。\n"
        "3.项目名称:家庭教育指导培训经费,金额为2万元,资金来源于县财政安排。\n"
        "(二)项目绩效目标\n"
    )
    report = extract_document(Document.from_text("page.txt", "txt", text))
    assert report.project is None
    assert report.budget == Budget(initial=None, adjusted=None, executed=None, execution_rate=None)


def test_the_conclusion_after_a_project_form_is_the_reports_own_chapter() -> None:
    # the department's form, its project's form, then "三、自评结论": the grade stated there is the report's, not
    # the project form's (hand-written)
    text = (
        "某县第三小学2023年度部门整体支出绩效自评报告\n一、部门基本情况\n二、绩效自评表\n"
        "2023年度部门整体支出绩效自评表 |\n"
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 | 920.40 | 966.80 | 958.12 | 10 | 99.10% | 9.91 |\n"
        "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "产出指标 | 数量指标 | 在校学生人数 | 50 | ≥1200人 | 1236人 | 50 |\n"
        "效益指标 | 社会效益指标 | 义务教育巩固率 | 30 | ≥99% | 99.6% | 30 |\n"
        "满意度指标 | 服务对象满意度指标 | 家长满意度 | 10 | ≥90% | 95% | 10 |\n"
        "总分 | | | 100 | | | 99.91 |\n"
        "2023年度项目支出绩效自评表(学生营养餐补助资金) |\n"
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
        "年度资金总额 | 96.00 | 98.40 | 98.40 | 10 | 100% | 10 |\n"
        "一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |\n"
        "产出指标 | 数量指标 | 受益学生人数 | 50 | ≥1200人 | 1230人 | 50 |\n"
        "效益指标 | 社会效益指标 | 学生营养状况改善 | 30 | 改善 | 改善 | 30 |\n"
        "满意度指标 | 服务对象满意度指标 | 学生满意度 | 10 | ≥90% | 96% | 10 |\n"
        "总分 | | | 100 | | | 100 |\n"
        "三、自评结论\n经自评,2023年度部门整体支出绩效自评得分99.91分,等级为“优”;学生营养餐补助资金项目自评得分100分,"
        "等级为“优”。\n"
    )
    document = Document.from_text("page.txt", "txt", text)
    report = extract_document(document)
    assert (report.kind, report.score, report.grade) == ("部门整体支出", D("99.91"), "优")
    findings = review_document(document, load_scheme("national-2020")).findings
    assert [f.code for f in findings if f.code in ("JX111", "JX201")] == []


def test_a_result_row_named_总分_run_together_spaced_or_with_its_grades_cell_and_a_total_under_a_row_of_cells() -> (
    None
):
    """Hand-written after twins of real forms: "总分10097.87优" (100 full points, the score, the grade run together),
    "总分 100 99.8 优", "总 分 | 100 | 99.60 | 等 级 | 优 |"; and the prose total on the line under a row of parts'
    cells that ends with a figure ("…满意度指标:分值10 得分9.5" / "经自评,…自评得分97.5分")."""
    head = "2022年度某县文化馆免费开放项目自评表\n一级指标 二级指标 三级指标 分值 得分\n产出指标 数量指标 开放天数 50 50\n"
    for row, score in (
        ("总分10097.87优", "97.87"),
        ("总分 100 99.8 优", "99.8"),
        ("总 分 | 100 | 99.60 | 等 级 | 优 | |", "99.60"),
    ):
        report = read(head + row + "\n")
        assert (report.score, report.grade) == (D(score), "优"), row
    # no 100 of full points before it: no result row; two forms' result rows: two projects' results, neither the page's
    assert read(head + "总分 99.8 优\n").grade is None
    forms = "".join(
        f"项目支出绩效自评表（{n}）\n项目名称：{name}\n一级指标 二级指标 三级指标 分值 得分\n产出指标 数量指标 完成数 50 50\n"
        f"总分 100 {score} 优\n"
        for n, name, score in ((1, "法律援助经费", "99.8"), (2, "人民调解经费", "96.5"))
    )
    assert read("某市司法局2021年度部门决算\n" + forms).score is None
    under = read(
        "某县医疗保障服务中心2019年度部门整体支出绩效自评报告\n产出指标:分值50 得分49;效益指标:分值30 得分29;满意度指标:分值10 得分9.5\n"
        "经自评,我中心2019年度部门整体支出绩效自评得分97.5分,评价等级为优。\n"
    )
    assert (under.score, under.grade) == (D("97.5"), "优")
    # a sentence the page wrapped after a figure ("…实际支出108" / "万元,得分9分"): a part's score, not the total
    wrapped = read(
        "某县2022年度农村公路养护项目支出绩效自评报告\n二、绩效指标完成情况\n1.预算执行情况。该指标分值10分,项目全年预算120万元,"
        "实际支出108\n万元,得分9分。\n2.产出指标。分值50分,全年完成农村公路养护里程126\n公里,完成率100%,得分50分。\n三、评价结论\n"
        "经自评,该项目总得分92分,评价等级为优。\n"
    )
    assert wrapped.score == D(92)


def test_a_sentence_going_on_after_its_words_of_evaluating_is_no_title() -> None:
    # hand-written after a real 决算 page: "所有项目均开展了绩效自评,其中…" is a sentence, not a title naming the kind;
    # the department's own form after it names the kind
    report = read(
        "(二)项目支出绩效自评结果。\n所有项目均开展了绩效自评,其中非敏感涉密项目绩效自评结\n果为:17个项目评为一等。\n"
        "2023年度部门整体支出绩效自评表\n部门名称:某市司法局\n年度资金总额:年初预算数512.36 全年预算数803.92 全年执行数803.92\n"
    )
    assert report.kind == "部门整体支出"


def test_the_evaluator_after_by_or_leading_across_its_place_names_the_unit() -> None:
    """ "…,由县林业局对2020年度X项目全面实施绩效自评": 由 is no part of the name; "X局(以下简称市人社局)牵头对全市2022年Y
    工程…开展了绩效自评": the lead's name, its short form and 牵头 aside, the whole city its own work's scope; "县人社局对…开展自
    查自评" under a title naming only "某县": the county's office named by its level."""
    by = read(
        "2020年度森林抚育项目支出绩效评价报告\n发布机构: 林 业 局\n一、项目概况\n以项目库为依据,由县林业局对2020年度森林抚育项目"
        "全面实施绩效自评。\n"
    )
    assert by.unit == "林业局"  # the publisher's name, which "县林业局" shortens no further
    led = read(
        "宿州市2022年度就业创业民生工程绩效评价报告\n根据省人社厅要求,宿州市人力资源和社会保障局(以下简称市人社局)牵头对全市"
        "2022年就业创业工程实施情况开展了绩效自评,现将自评情况报告如下:\n"
    )
    assert led.unit == "宿州市人力资源和社会保障局"
    level = read(
        "怀宁县2022年养老服务提升工程绩效自评报告\n依据省民政厅评价办法,县民政局对2022年养老服务提升工程逐项开展自查自评。\n"
        "一、项目投入\n怀宁县民政局制定了实施方案。\n"
    )
    assert level.unit == "县民政局"
    # a group of units after 对 is still no one evaluated ("对各科室…"), and a place's office the text never names in
    # full is not made up from the title's place
    unnamed = read(
        "怀宁县2022年养老服务提升工程绩效自评报告\n依据省民政厅评价办法,县民政局对2022年养老服务提升工程逐项开展自查自评。\n"
    )
    assert unnamed.unit == "怀宁县"


@pytest.mark.parametrize(
    ("title", "body", "unit"),
    [
        # 经 opening a name is no preposition ("经济和信息化局", "经开区…")
        (
            "2021年度农村饮水项目绩效自评报告",
            "按照文件要求,经开区经济发展局对2021年度农村饮水项目开展了绩效自评。",
            "经开区经济发展局",
        ),
        # a firm after 由 evaluates for the unit, it is no unit
        (
            "2021年度农村饮水项目绩效自评报告",
            "为做好绩效自评工作,由安徽某某会计师事务所对2021年度农村饮水项目开展了绩效评价。",
            None,
        ),
        # a finance or audit office's evaluation across the county, another level's, or the county's own government's
        (
            "青阳县2021年度农村公路养护项目绩效自评报告",
            "根据要求,县财政局对全县2021年农村公路养护项目开展了绩效评价。",
            "青阳县",
        ),
        (
            "2021年度农村公路养护项目绩效自评报告",
            "青阳县交通运输局承担该项目。市交通运输局对全县2021年农村公路养护项目开展了绩效自评。",
            None,
        ),
        (
            "青阳县2021年度民生工程绩效自评报告",
            "县委县政府对全县2021年民生工程实施情况开展了绩效自评。",
            "青阳县",
        ),
    ],
)
def test_an_evaluator_after_by_or_across_a_place_only_where_it_is_the_places_own_office(
    title: str, body: str, unit: str | None
) -> None:
    report = read(f"{title}\n{body}\n一、项目基本情况\n")
    assert report.unit == unit


def test_one_levels_money_counted_before_other_levels_is_no_total() -> None:
    """ "共收到中央下达X经费486.3万元,自治区下达127.5万元,区本级财政配套311.42万元": 共 counts the central money, one level's
    of three, not the fund's whole; the central money alone, counted so, is the whole."""
    listed = read(
        "某区民政局2021年度困难群众救助资金项目支出绩效自评报告\n2021年我区共收到中央下达困难群众救助资金486.3万元,自治区下达127.5"
        "万元,区本级财政配套311.42万元。\n"
    )
    assert listed.budget.adjusted is None
    alone = read(
        "某区民政局2021年度困难群众救助资金项目支出绩效自评报告\n2021年我区共收到中央下达困难群众救助资金486.3万元,用于城乡低保。\n"
    )
    assert alone.budget.adjusted == D("486.3")


def test_money_a_unit_raises_itself_names_no_project() -> None:
    """ "项目自2019年立项以来,学校自筹资金到位420万元": the school's own money, a source, no project's name."""
    report = read(
        "某职业学院政府专项债券项目绩效自评报告\n一、项目情况\n项目概算总投资1.9亿元。项目自2019年立项以来,学校自筹资金到位420万元,"
        "实际支出135万元。\n"
    )
    assert report.project is None


def test_a_span_of_years_names_neither_end_as_the_year_evaluated() -> None:
    """ "2019-2021年新一轮退耕还林补助资金" and "2019年至2021年" name three years, not 2021; "至2022年底实际使用" is a date, its
    year counted."""
    span = read(
        "某县林业和草原局2019-2021年新一轮退耕还林补助资金项目支出绩效自评报告\n一、项目概况\n2019-2021年共下达补助资金300万元,"
        "2019年至2021年完成退耕还林1.2万亩。\n"
    )
    assert span.year is None
    started = read(
        "某省促进再就业专项资金绩效自评报告\n一、项目概况\n省财政从2003年起三年内,每年安排1.34亿元资金。\n"
    )
    assert started.year is None  # the year a span starts from, counted as 起


def test_a_numbered_item_run_into_the_count_of_items_opens_one_of_several_projects() -> None:
    """ "2020年度共安排项目6个1、公共图书馆免费开放项目:预算50万元,…执行率100%": the first of six projects, run into their
    count, whose figures are that project's, not the report's."""
    report = read(
        "某市图书馆2020年度项目支出绩效自评总报告\n一、本部门项目绩效目标情况(一)某市图书馆为市文旅局所属公益一类事业单位,2020年度"
        "共安排项目6个1、公共图书馆免费开放项目:预算50万元,2020年全年实际支出50万元,执行率100%。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        None,
        None,
        None,
    )


def test_a_parts_evaluation_score_listed_before_the_total_is_the_parts() -> None:
    """ "资金保障得分24.5分、…、工作评价得分6.5分,自评总分88.6分": 工作评价 is one of the four parts, its 评价得分 no rival of the
    total after them; a 绩效评价得分 before a different total still makes them disagree."""
    parts = read(
        "某市2022年度衔接资金项目支出绩效自评报告\n资金保障得分24.5分、项目管理得分27分、使用成效得分30.6分、工作评价得分6.5分,"
        "自评总分88.6分。\n"
    )
    assert parts.score == D("88.6")
    rival = read(
        "某市2022年度衔接资金项目支出绩效自评报告\n投入得分15分、绩效评价得分6.5分,自评总分88.6分。\n"
    )
    assert rival.score is None


def test_label_and_value_cells_one_a_line_with_blank_lines_between() -> None:
    """A funds table copied one cell a line with a blank line after each ("全年预算数" / "" / "1126.48" / "" / …), as a
    word processor's paragraphs come out: each label still labels the figure under it."""
    cells = [
        "年度预算执行情况(万元)",
        "年初预算数",
        "1027.36",
        "全年预算数",
        "1126.48",
        "全年执行数",
        "1043.27",
        "执行率",
        "92.61%",
    ]
    report = read("某县司法局2023年度部门整体支出绩效自评报告\n" + "\n\n".join(cells) + "\n")
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("1027.36"),
        D("1126.48"),
        D("1043.27"),
        D("92.61"),
    )


def test_an_office_building_in_a_projects_name_is_no_office() -> None:
    """ "机关办公楼消防设施及电梯改造经费项目…": 办 opens 办公楼 here, no office "机关办" ending before a project."""
    report = read(
        "机关办公楼消防设施及电梯改造经费项目绩效自评报告\n一、项目基本情况\n市人大常委会机关办公楼于2001年建成。\n"
    )
    assert report.unit is None
    assert report.project == "机关办公楼消防设施及电梯改造经费项目"


def test_the_body_a_bureau_oversees_carries_the_project_out() -> None:
    """ "由某区民政局所属的某区养老服务指导中心统筹组织实施", then "由区养老服务指导中心具体实施" and "在业务主管单位某区民政局的
    指导下": the centre carries it out, named again in short; the bureau only oversees it."""
    report = read(
        "社区老年人助餐服务绩效自评价报告\n摘要概述奉贤区社区老年人助餐服务,主要利用区级财政资金,由奉贤区民政局所属的奉贤区养老服务"
        "指导中心统筹组织实施。助餐点运营由区养老服务指导中心具体实施。在业务主管单位奉贤区民政局的指导下,服务覆盖全区。\n"
    )
    assert report.unit == "奉贤区养老服务指导中心"


def test_a_unit_named_after_the_office_it_stands_under() -> None:
    """ "某县民政局下属某县社会福利院向县级财政申请…", "省科协下属的省科技馆承担…": the body under the office acts; a
    unit named with 直属 in it ("…支队直属二大队") is one name."""
    report = read(
        "社会福利院运转经费项目绩效自评报告\n2020年,某县民政局下属某县社会福利院向县级财政申请“社会福利院运转经费”项目资金96.80"
        "万元,全部用于院内日常运转。\n"
    )
    assert report.unit == "某县社会福利院"
    report = read(
        "关于2020年度项目支出绩效自评情况的报告\n2020年,某市交通警察支队直属二大队向市级财政申请“道路执勤装备购置经费”项目资金"
        "30万元。\n"
    )
    assert report.unit == "某市交通警察支队直属二大队"


def test_the_fund_a_report_says_it_reported_checked_or_finished_evaluating() -> None:
    """ "现就X资金绩效自评工作情况报告如下", "对2023年X资金使用情况进行了认真自查", "我局2020年度X资金绩效自评工作已经
    完成": the fund evaluated; "对本乡实施的A项目及B经费开展了绩效自评": two funds, neither the page's."""
    title = "关于2019年度项目支出绩效自评情况的报告\n"
    for sentence, fund in (
        ("根据要求,现就2019年度中央集中彩票公益金支持地方体育事业专项资金绩效自评工作情况报告如下:", "中央集中彩票公益金支持地方体育事业专项资金"),
        ("根据要求,我单位对2023年国家文物保护资金使用情况进行了认真自查,现将自查情况报告如下。", "国家文物保护资金"),
        ("我局2020年度农村义务教育学生营养改善计划补助资金绩效自评工作已经完成,现将自评表公开如下。", "农村义务教育学生营养改善计划补助资金"),
    ):  # fmt: skip
        assert read(title + sentence + "\n").project == fund, sentence
    two = "根据通知安排,某乡对本乡实施的衔接资金产业发展项目及乡村振兴工作经费开展了绩效自评,现将自评情况报告如下:\n"
    assert read(title + two).project is None


def test_two_works_money_told_in_turn_are_parts() -> None:
    """ "…共下达155万元,…,截至目前,A工程已完工…,资金支付35万元,资金使用率100%;B工程项目资金使用912640元,资金使用率
    76.05%": each work's money and rate, not the fund's (no rate to check against the fund's 155万元)."""
    text = (
        "关于2023年度项目支出绩效自评情况的报告\n2023年我市上述资金共下达155万元,资金到位率100%,截至目前,某文庙安防工程已完工并"
        "通过初验,资金支付35万元,资金使用率100%;某石刻保护修缮工程项目资金使用912640元,资金使用率76.05%。\n"
    )
    budget = read(text).budget
    assert (budget.adjusted, budget.executed, budget.execution_rate) == (D("155"), None, None)


def test_a_rates_points_and_a_projects_kind_in_brackets() -> None:
    """ "资金使用进度为96.52%,得分9.65分": the rate's own points, no total; "X工作经费(项目)绩效自评报告": the name without
    the kind it is in brackets."""
    report = read(
        "某市民政局2021年度项目支出绩效自评报告\n补助25万元,实际使用资金24.13万元,资金使用进度为96.52%,得分9.65分。\n"
    )
    assert report.score is None
    assert read(
        "某委员会2021年度项目支出绩效自评报告\n预算执行率100%,得分10分。经综合评价,自评得分95分。\n"
    ).score == D("95")
    assert (
        read("民族团结进步示范创建工作经费(项目)绩效自评报告\n一、基本情况\n").project
        == "民族团结进步示范创建工作经费"
    )


def test_a_part_opened_by_qizhong_names_no_project() -> None:
    """ "…全年执行数1896.37万元。其中中央财政资金全年预算数900万元…": a part of the money, no project's name."""
    report = read(
        "关于2022年度项目支出绩效自评情况的报告\n年度资金总额全年预算数2146.37万元,全年执行数1896.37万元,预算执行率88.35%。"
        "其中中央财政资金全年预算数900万元,全年执行数650万元。\n"
    )
    assert report.project is None
    assert report.budget.adjusted == D("2146.37")


def test_a_quoted_fund_with_its_year_inside_the_quotes() -> None:
    """ "现将我局承担的“2019年X资金”项目绩效自评情况报告如下", "现将我院2020“综合事务”项目支出绩效自评…": the quoted name,
    its year (inside the quotes or bare before them) no part of it, called a project after the quotes."""
    title = "关于2019年度项目支出绩效自评情况的报告\n"
    report = read(
        title
        + "根据有关要求,现将我局承担的“2019年省级财政困难群众基本生活救助补助资金”项目绩效自评情况报告如下:\n"
    )
    assert report.project == "省级财政困难群众基本生活救助补助资金"
    report = read(title + "根据有关要求,现将我院2020“综合事务”项目支出绩效自评情况报告如下:\n")
    assert report.project == "综合事务"


def test_a_subsidy_actually_paid_out_over_the_year_is_spent() -> None:
    """ "全年实际发放自主就业一次性经济补助259.2万元": the year's payments of the subsidy, its spending."""
    report = read(
        "某县民政局退役士兵自主就业一次性经济补助资金绩效自评报告\n2017年县财政在年度预算中安排退役士兵自主就业一次性经济补助资金264"
        "万元;全年实际发放自主就业一次性经济补助259.2万元,剩余4.8万元结转下年度继续使用。\n"
    )
    assert (report.budget.adjusted, report.budget.executed) == (D("264"), D("259.2"))


def test_a_funds_rows_figures_run_together_each_closed_by_its_unit() -> None:
    """ "年度资金总额:45.60万元45.60万元43.32万元95%" under its columns' headers: the units set the cells apart."""
    report = read(
        "2023年某县示范村创建项目绩效自评表\n项目资金(万元) 年初预算数 全年预算数 全年执行数 执行率\n"
        "年度资金总额:45.60万元45.60万元43.32万元95%\n"
    )
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("45.60"),
        D("45.60"),
        D("43.32"),
        D("95"),
    )


def test_a_sentence_goes_on_over_a_page_break_with_blank_lines_around_its_furniture() -> None:
    """ "2、2021年决算总支出" / "" / "— 1 —" / "" / the title again / "" / "186.52万元,…": a PDF's page break inside the
    sentence, the blank lines around the page's number and running header no paragraph break."""
    report = read(
        "某县图书馆2021年整体支出绩效评价报告\n\n一、基本情况\n2、2021年决算总支出\n\n— 1 —\n\n某县图书馆2021年整体支出绩效评价报告\n\n"
        "186.52万元,较上年增加18.09万元。\n"
    )
    assert report.budget.executed == D("186.52")


def test_a_tables_unit_in_brackets_is_no_project() -> None:
    """ "资金情况 年初预算数 …" / "(万元)": the unit of a form's funds columns on a line of its own, no project's name."""
    report = read(
        "—17—\n资金情况 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元)\n年度资金总额 2316.45 2874.08 2851.34 10 99.21% 9.92\n"
        "(二)项目支出绩效自评结果。\n"
    )
    assert report.project is None


def test_a_department_forms_total_row_named_for_the_years_whole_spending() -> None:
    """Hubei's 部门整体绩效自评表: "年度预算执行情况(万元) 年初预算数 …" over "年度部门整体支出 3268.40 3512.76 3406.83 10 96.98%
    9.70", its total row named for the department's whole spending of the year."""
    report = read(
        "随州市市级部门整体绩效自评表\n(2020年度)\n部门(单位)名称 某市城市管理执法局\n"
        "年度预算执行情况(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        "年度部门整体支出 3268.40 3512.76 3406.83 10 96.98% 9.70\n"
    )
    budget = report.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.execution_rate) == (
        D("3268.40"),
        D("3512.76"),
        D("3406.83"),
        D("96.98"),
    )


def test_a_masked_year_or_place_opening_a_projects_name_is_no_part_of_it() -> None:
    """ "项目名称 | XX县衔接推进乡村振兴补助资金(产业发展)", "20xx年农村义务教育学生营养改善计划补助资金…报告": what a template or the
    host left masked before the name."""
    place = read(
        "衔接资金项目绩效自评表\n项目名称 | XX县衔接推进乡村振兴补助资金(产业发展)\n主管部门 | XX县乡村振兴局\n"
    )
    assert place.project == "衔接推进乡村振兴补助资金(产业发展)"
    year = read(
        "20xx年农村义务教育学生营养改善计划补助资金绩效自评报告\n一、项目概况\n我校学生营养改善计划惠及学生320人。\n"
    )
    assert year.project == "农村义务教育学生营养改善计划补助资金"


@pytest.mark.parametrize(
    ("title", "body", "field", "value"),
    [
        # a project's 评价得分 then the scale is no part's score before a total
        (
            "2022年度某县农村公路养护项目绩效自评报告",
            "四、自评结论\n该项目评价得分78分,总分100分,等级为中。",
            "score",
            None,
        ),
        # another year's score and its parts are not the report's
        (
            "2022年度某县农村公路养护项目绩效自评报告",
            "2021年度自评分为88分,其中项目决策18分、项目过程17分、项目产出35分、项目效益18分。2022年度自评得分92分。",
            "score",
            D("92"),
        ),
        # an empty label cell (a blank line) before the next label and its figure
        (
            "2022年度某县农村公路养护项目绩效自评报告",
            "项目资金(万元)\n年初预算数\n\n全年预算数\n390.00\n全年执行数\n372.10",
            "budget.adjusted",
            D("390.00"),
        ),
        # a level's money set by a standard, no figure of another level's
        (
            "2022年度某县学生营养改善项目绩效自评报告",
            "共收到中央下达补助经费486.30万元,区级配套资金按每生每天1元标准另行安排。",
            "budget.adjusted",
            D("486.30"),
        ),
        # 办 closing an office before 公务用车 (政府办 + 公务用车, not 办公)
        ("某县政府办公务用车运行维护费项目绩效自评报告", "一、项目概况", "unit", "某县政府办"),
        # 由 opening the line the evaluation statement stands on
        (
            "2021年度农村饮水项目绩效自评报告",
            "一、项目概况\n由县水务局对2021年度农村饮水项目全面实施绩效自评。",
            "unit",
            "县水务局",
        ),
    ],
)
def test_the_second_reviews_edges(title: str, body: str, field: str, value: object) -> None:
    report = read(f"{title}\n{body}\n")
    got = (
        getattr(report.budget, field.split(".")[1]) if field.startswith("budget.") else getattr(report, field)
    )
    assert got == value


def test_the_one_sources_money_agreeing_with_spending_and_rate_is_the_budget() -> None:
    """ "我县收到上级补助资金836.45万元…已支出811.30万元,资金支出进度96.99%": the one source's money the report states,
    its spending and rate agreeing with it, is the fund's budget."""
    report = read(
        "某县2024年中央和省级森林生态效益补偿资金绩效自评报告\n根据《某州财政局关于下达2024年中央和省级森林生态效益补偿资金的通知》"
        "(某财资环发〔2024〕19号),2024年5月20日我县收到上级补助资金836.45万元,资金到位率100%,用于全县公益林管护补偿。"
        "截至2024年12月31日,已支出811.30万元,资金支出进度96.99%,未支出25.15万元。\n"
    )
    assert (report.budget.adjusted, report.budget.executed, report.budget.execution_rate) == (
        D("836.45"),
        D("811.30"),
        D("96.99"),
    )


def test_a_labels_own_word_is_no_project() -> None:
    """A cover's "项目名称:2019年度项目支出绩效评价" under a title split over two lines: the label's word 项目名称 names no
    project (and its value names the evaluation, no project either)."""
    report = read(
        "某镇中心幼儿园2019年项目\n支出绩效评价报告\n项目名称:2019年度项目支出绩效评价\n项目单位:某镇中心幼儿园\n2020年7月\n"
    )
    assert report.project is None


def test_the_receiving_place_before_a_higher_levels_fund_is_no_part_of_its_name() -> None:
    """ "项目名称 | 贵州省中央农业生产和水利救灾资金": the province receiving the central fund, no part of its name; "创建省级区域
    医疗中心…" opens with a verb, no place."""
    place = read(
        "区域绩效目标自评表\n项目名称 | 贵州省中央农业生产和水利救灾资金\n主管部门 | 贵州省农业农村厅\n"
    )
    assert place.project == "中央农业生产和水利救灾资金"


def test_a_departments_table_of_named_projects_and_their_total_is_a_part() -> None:
    """A department's whole budget in prose, then "专项资金名称 | 预算数 | 支出数 | 执行率" over its projects and their 合计:
    the projects' total is a part of the department's spending, not its funds block; a 收支 table's "项目 | 年初预算数 |
    …" over 收入合计 and 支出合计 stays the department's own."""
    named = read(
        "某省商务厅2019年度部门整体支出绩效自评报告\n(二)部门预算及执行情况\n2019年年初部门预算18426.30万元,全年预算总额21358.94万元;"
        "全年实际支出20617.52万元,预算执行率96.53%。\n专项资金名称 | 预算数 | 支出数 | 执行率 |\n外经贸发展专项资金 | 5200.00 | 5063.48 | 97.37% |\n"
        "电子商务进农村综合示范资金 | 3600.00 | 3412.75 | 94.80% |\n招商引资工作经费 | 3530.00 | 3448.44 | 97.69% |\n"
        "合计 | 12330.00 | 11924.67 | 96.71% |\n"
    )
    assert (named.budget.adjusted, named.budget.executed) == (D("21358.94"), D("20617.52"))
    own = read(
        "某区司法局2022年度部门整体支出绩效自评表\n项目 | 年初预算数 | 调整预算数(全年预算数) | 决算数(实际支出) | 预算执行率 |\n"
        "收入合计 | 1386.52 | 1430.32 | 1430.32 | — |\n支出合计 | 1386.52 | 1430.32 | 1398.76 | 97.79% |\n"
    )
    assert (own.budget.adjusted, own.budget.executed) == (D("1430.32"), D("1398.76"))
