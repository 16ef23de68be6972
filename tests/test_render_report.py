"""The 自评报告: its outline and prose from the data, the docx set as an official document, the HTML."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from docx import Document
from docx.oxml.ns import qn

from jixiao.decimals import fmt
from jixiao.model.evaluation import Evaluation
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.render.html import report_html
from jixiao.render.report_docx import report_docx
from jixiao.render.report_text import Heading, Paragraph, Report, Table, build_report, indicator_analysis
from jixiao.scoring import ScoreCard, score

from .conftest import EXAMPLES, evaluation, indicator, standard_indicators

ALL_EXAMPLES = sorted(p.name for p in EXAMPLES.glob("*.yaml"))


def report_for(example: str) -> tuple[Evaluation, ScoreCard, Report]:
    loaded = load_evaluation(EXAMPLES / example)
    scheme = load_scheme(loaded.scheme or "national-2020")
    card = score(loaded, scheme)
    return loaded, card, build_report(loaded, card, scheme)


def headings(report: Report, level: int) -> list[str]:
    return [b.text for b in report.blocks if isinstance(b, Heading) and b.level == level]


def paragraphs(report: Report) -> list[str]:
    return [b.text for b in report.blocks if isinstance(b, Paragraph)]


def card_figures(card: ScoreCard) -> list[str]:
    """Every number of the score card as the documents print it."""
    figures = [
        fmt(card.total, 2),
        fmt(card.raw_total, 2),
        fmt(card.total_points),
        card.grade,
        fmt(card.execution.weight),
        fmt(card.execution.score, 2),
    ]
    figures += [f"{fmt(v, 2)}万元" for v in (card.funds.initial, card.funds.budget, card.funds.executed)]
    if card.execution.rate is not None:
        figures.append(f"{fmt(card.execution.rate, 2)}%")
    for line in card.indicators:
        figures += [line.name, fmt(line.weight), fmt(line.score, 2) if line.score is not None else "不适用"]
    for category in card.categories:
        figures += [f"{category.name}小计", fmt(category.weight), fmt(category.score, 2)]
    return figures


def test_project_outline() -> None:
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    assert report.title == "2021年度三门峡市互联网舆情研究和应急保障中心项目支出绩效自评报告"
    assert report.subtitle == "（网络宣传管理和文化建设经费项目）"
    assert headings(report, 1) == [
        "一、基本情况",
        "二、绩效自评工作开展情况",
        "三、预算执行情况",
        "四、绩效指标完成情况分析",
        "五、自评得分情况",
        "六、自评结论",
        "七、存在的问题及改进措施",
        "八、评价工作组",
    ]
    assert report.signature == ("三门峡市互联网舆情研究和应急保障中心", "2022年3月15日")


def test_department_outline() -> None:
    _, _, report = report_for("004-department-chenxi-2023.yaml")
    assert report.title == "中共辰溪县委网络安全和信息化委员会办公室2023年度部门整体支出绩效自评报告"
    assert report.subtitle is None
    assert headings(report, 1)[0] == "一、部门（单位）概况"
    assert headings(report, 1)[3] == "四、绩效实现情况"
    assert headings(report, 2)[2:5] == [
        "（一）履职完成情况（产出指标）",
        "（二）履职效果情况（效益指标）",
        "（三）满意度情况（满意度指标）",
    ]


def test_budget_execution_and_conclusion_prose() -> None:
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    text = paragraphs(report)
    assert (
        "2021年度，本项目年初预算数110.00万元，全年预算数110.00万元，全年执行数98.69万元，预算执行率为89.72%。"
        in text
    )
    assert "预算执行率分值10分，得8.97分（执行率 98.69/110 = 89.72%，得 89.72% × 10 = 8.97 分）。" in text
    assert any(p.startswith("执行偏差原因：年初预算申请与项目执行时") for p in text)
    assert text[text.index(next(p for p in text if p.startswith("综上")))] == (
        "综上，本项目2021年度绩效自评得分98.47分（满分100分），"
        "按财预〔2020〕10号《项目支出绩效评价管理办法》单位自评（默认）的等级标准"
        "（优≥90分，良≥80分，中≥60分，差<60分），自评等级为“优”。"
    )


def test_renormalised_conclusion() -> None:
    _, _, report = report_for("004-department-chenxi-2023.yaml")
    conclusion = next(p for p in paragraphs(report) if p.startswith("综上"))
    assert conclusion.endswith("其中2项指标不适用，各项得分合计87.50分，按适用指标折算为百分制。")
    assert "1.经济效益。该指标不适用，不计分。" in paragraphs(report)


def test_indicator_analysis_met_not_met_far_exceeded() -> None:
    national = load_scheme("national-2020")
    cases = [
        (
            indicator(name="a", target="10", actual="10", weight="10"),
            "年度指标值≥10个，实际完成10个，完成年度指标，得10.00分（分值10分）。",
        ),
        (
            indicator(name="b", target="200", actual="190", weight="10", deviation="人员调离。"),
            "年度指标值≥200个，实际完成190个，完成指标值的95.00%，未完成年度指标，得9.50分（分值10分）。"
            "偏差原因分析及改进措施：人员调离。",
        ),
        (
            indicator(name="c", target="3", actual="5", weight="8"),
            "年度指标值≥3个，实际完成5个，为指标值的166.67%，超额完成较多，得8.00分（分值8分）。"
            "未说明超额完成的原因（是否年初指标值设定偏低）。",
        ),
        (
            indicator(name="d", operator="≤", target="2", actual="2.5", unit="小时", weight="15"),
            "年度指标值≤2小时，实际完成2.5小时，超出指标值，未完成年度指标，得11.25分（分值15分）。"
            "未填写偏差原因分析及改进措施。",
        ),
        (
            indicator(
                name="e", operator="定性", target_text="效果明显", tier="部分达成", score="7", weight="10"
            ),
            "年度指标值为“效果明显”，评为“部分达成年度指标并具有一定效果”，得7.00分（分值10分）。",
        ),
    ]
    for item, expected in cases:
        card = score(evaluation([item]), national)
        assert indicator_analysis(item, card.indicators[0], national) == expected


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_docx_contains_every_number_of_the_score_card(example: str) -> None:
    _, card, report = report_for(example)
    document = Document(io.BytesIO(report_docx(report)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    for figure in card_figures(card):
        assert figure in text + cells, figure
    score_table = document.tables[0]
    assert [c.text for c in score_table.rows[0].cells] == [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "得分",
        "评分说明",
    ]
    assert [c.text for c in score_table.rows[-2].cells][:5] == ["总分", "", "", "100", fmt(card.total, 2)]
    assert score_table.rows[-1].cells[4].text == card.grade


def test_invalid_example_report_lists_what_to_check() -> None:
    _, card, report = report_for("003-as-published-invalid.yaml")
    assert "八、其他需要说明的问题" in headings(report, 1)
    text = paragraphs(report)
    for problem in card.problems:
        assert any(problem.message in p for p in text), problem.message


def _fonts(rpr: object) -> dict[str, str | None]:
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    return {name: fonts.get(qn(f"w:{name}")) for name in ("ascii", "eastAsia", "eastAsiaTheme", "asciiTheme")}


def test_docx_is_set_as_an_official_document() -> None:
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    document = Document(io.BytesIO(report_docx(report)))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert [round(m.cm, 1) for m in (section.top_margin, section.bottom_margin)] == [3.7, 3.5]
    assert [round(m.cm, 1) for m in (section.left_margin, section.right_margin)] == [2.8, 2.6]
    expected = {"Normal": "仿宋", "Heading 1": "黑体", "Heading 2": "楷体", "公文标题": "方正小标宋简体"}
    for style, font in expected.items():
        rpr = document.styles[style].element.rPr
        assert _fonts(rpr) == {"ascii": font, "eastAsia": font, "eastAsiaTheme": None, "asciiTheme": None}
    assert document.styles["Normal"].font.size.pt == 16
    assert document.styles["公文标题"].font.size.pt == 22
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert _fonts(defaults)["eastAsia"] == "仿宋"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert document.paragraphs[0].text == report.title
    assert document.paragraphs[0].style.name == "公文标题"
    assert document.paragraphs[2].style.name == "Heading 1"
    footer = section.footer.paragraphs[0]
    assert re.sub(r"\s+", "", footer.text) == "—1—"
    assert "PAGE" in footer._p.xml
    assert document.settings.odd_and_even_pages_header_footer


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_html_has_the_same_content(example: str) -> None:
    _, card, report = report_for(example)
    page = report_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert f"<h1>{report.title}</h1>" in page
    visible = re.sub(r"<[^>]+>", "", page)
    for figure in card_figures(card):
        assert figure in visible, figure
    for block in report.blocks:
        if isinstance(block, Heading | Paragraph):
            assert block.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in page
    assert sum(isinstance(b, Table) for b in report.blocks) == page.count("<table>")


def test_html_escapes_user_text() -> None:
    unsafe = evaluation(standard_indicators(), overview="<script>alert(1)</script> & 其他")
    scheme = load_scheme("national-2020")
    page = report_html(build_report(unsafe, score(unsafe, scheme), scheme))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他" in page


def test_report_prints_card_scores_not_recomputed() -> None:
    _, card, report = report_for("003-as-published-invalid.yaml")
    table = next(b for b in report.blocks if isinstance(b, Table))
    # 网民满意度: 80 of 90 -> 8.89 by the engine, although the unit wrote 10
    row = next(r for r in table.rows if r[2] == "网民满意度")
    assert row[4] == "8.89" == fmt(card.indicators[5].score, 2)
    assert card.total == Decimal("83.35")


def test_score_table_cells_of_the_sanmenxia_example_by_row_and_column() -> None:
    """Computed by hand from examples/003: 98.69/110 = 89.72% gives 8.97 of 10; 网评工作 190 of 200 gives
    9.50 of 10; 产出 10 + 10 + 9.5 + 10 + 10 = 49.50; total 8.97 + 49.50 + 30 + 10 = 98.47, 优."""
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    table = Document(io.BytesIO(report_docx(report))).tables[0]
    rows = [[cell.text for cell in row.cells][:5] for row in table.rows]
    assert rows[1] == ["预算执行率", "", "", "10", "8.97"]
    assert rows[2] == ["产出指标", "数量指标", "监测指令稿件", "10", "10.00"]
    assert rows[4] == ["产出指标", "数量指标", "网评工作", "10", "9.50"]
    assert rows[7] == ["效益指标", "社会效益指标", "网络舆论氛围", "15", "15.00"]
    assert rows[9] == ["满意度指标", "服务对象满意度指标", "网民满意度", "10", "10.00"]
    assert rows[10:14] == [
        ["产出指标小计", "", "", "50", "49.50"],
        ["效益指标小计", "", "", "30", "30.00"],
        ["满意度指标小计", "", "", "10", "10.00"],
        ["总分", "", "", "100", "98.47"],
    ]
    assert rows[14][4] == "优"
    assert table.rows[4].cells[5].text == "实际 190 个 未达指标 200 个，按完成比例 190/200 × 10 = 9.5 分"
