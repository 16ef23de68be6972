"""The 自评报告: its outline and prose from the data, the docx set as an official document, the HTML."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
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
    """财预〔2020〕10号 附件3's outline, with 结果应用 and the team added (RULES.md 5.1)."""
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    assert report.title == "三门峡市互联网舆情研究和应急保障中心2021年度项目支出绩效自评报告"
    assert report.title_lines == ("三门峡市互联网舆情研究和应急保障中心", "2021年度项目支出绩效自评报告")
    assert report.subtitle == "（网络宣传管理和文化建设经费项目）"
    assert headings(report, 1) == [
        "一、基本情况",
        "二、绩效自评工作开展情况",
        "三、综合评价情况及评价结论",
        "四、绩效指标分析",
        "五、主要经验及做法、存在的问题及原因分析",
        "六、有关建议",
        "七、自评结果应用及公开情况",
        "八、其他需要说明的问题",
        "九、评价工作组",
    ]
    assert headings(report, 2)[2:5] == [
        "（一）自评目的、对象和范围",
        "（二）自评依据、指标体系和评分方法",
        "（三）自评工作过程",
    ]
    assert report.signature == ("三门峡市互联网舆情研究和应急保障中心", "2022年3月15日")


def test_department_outline() -> None:
    """RULES.md 5.3: 概况 (functions, goals, performance management, budget), 绩效实现, then the rest."""
    _, _, report = report_for("004-department-chenxi-2023.yaml")
    assert report.title == "中共辰溪县委网络安全和信息化委员会办公室2023年度部门整体支出绩效自评报告"
    assert report.subtitle is None
    assert headings(report, 1) == [
        "一、部门（单位）概况",
        "二、绩效实现情况",
        "三、自评得分及结论",
        "四、主要经验做法",
        "五、存在的问题及原因分析",
        "六、下一步改进措施",
        "七、自评结果应用及公开情况",
        "八、其他需要说明的问题",
        "九、评价工作组",
    ]
    assert headings(report, 2)[:7] == [
        "（一）主要职能及基本情况",
        "（二）年度整体支出绩效目标",
        "（三）预算绩效管理及自评开展情况",
        "（四）年度预算及执行情况",
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
    assert "资金全部来源于本年财政拨款，全年执行98.69万元。" in text
    assert any(p.startswith("执行偏差原因：年初预算申请与项目执行时") for p in text)
    assert next(p for p in text if p.startswith("经逐项打分")) == (
        "经逐项打分，本项目2021年度绩效自评得分98.47分（满分100分），"
        "按绩效自评等级标准（优≥90分，良≥80分，中≥60分，差<60分），自评等级为“优”。"
    )


def test_basis_is_named_for_the_kind() -> None:
    """A project cites 财预〔2020〕10号; a department's whole spending does not (that办法 is for projects)."""
    _, _, project = report_for("003-project-sanmenxia-2021.yaml")
    _, _, department = report_for("004-department-chenxi-2023.yaml")
    assert any("《项目支出绩效评价管理办法》（财预〔2020〕10号）" in p for p in paragraphs(project))
    assert not any("项目支出绩效评价管理办法" in p for p in paragraphs(department))
    assert any(
        p.startswith("自评依据《中共中央 国务院关于全面实施预算绩效管理的意见》")
        for p in paragraphs(department)
    )


def test_renormalised_conclusion() -> None:
    _, _, report = report_for("004-department-chenxi-2023.yaml")
    conclusion = next(p for p in paragraphs(report) if p.startswith("经逐项打分"))
    assert conclusion.endswith("其中2项指标不适用，各项得分合计87.50分，按适用指标折算为百分制。")
    assert any(p.endswith("经济效益、生态效益2项指标本年度不适用，不计分。") for p in paragraphs(report))


def test_indicator_analysis_met_not_met_far_exceeded() -> None:
    national = load_scheme("national-2020")
    cases = [
        (
            indicator(name="a", target="10", actual="10", weight="10"),
            "a10个（指标值≥10个），达到年度指标值。",
        ),
        (
            indicator(name="b", target="200", actual="190", weight="10", deviation="人员调离。"),
            "b190个（指标值≥200个），未达到年度指标值（完成95.00%），人员调离。",
        ),
        (
            indicator(name="c", target="3", actual="5", weight="8", deviation="年中增配"),
            "c5个（指标值≥3个），达到指标值的166.67%，超出较多，年中增配。",
        ),
        (
            indicator(name="d", operator="≤", target="2", actual="2.5", unit="小时", weight="15"),
            "d2.5小时（指标值≤2小时），未达到年度指标值。",
        ),
        (
            indicator(
                name="e", operator="定性", target_text="效果明显", tier="部分达成", score="7", weight="10"
            ),
            "e评为“部分达成年度指标并具有一定效果”。",
        ),
    ]
    for item, expected in cases:
        card = score(evaluation([item]), national)
        assert indicator_analysis(item, card.indicators[0], national) == expected


def test_met_indicators_are_grouped_not_one_sentence_each() -> None:
    """Sanmenxia's 产出: four met in one sentence, the one not met with the unit's reason."""
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    output = next(p for p in paragraphs(report) if p.startswith("产出指标共5项"))
    assert output == (
        "产出指标共5项，分值50分，得49.50分。监测指令稿件3500条（指标值≥3000条）、网络安全检查单位8家（指标值≥8家）、"
        "网上宣传稿件到达率100%（指标值≥100%）、网络信息发现及时率92%（指标值≥90%）等4项指标均达到年度指标值。"
        "网评工作190个（指标值≥200个），未达到年度指标值（完成95.00%），下半年两名网评员调离，网评任务量减少；"
        "明年补充网评队伍并按月调度。"
    )


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_prose_has_no_formulas_zero_rows_or_internal_ids(example: str) -> None:
    """Formulas belong in the score table; the validation checklist of a draft quotes the checks as they are."""
    _, _, report = report_for(example)
    chapter = ""
    for block in report.blocks:
        if isinstance(block, Heading) and block.level == 1:
            chapter = block.text
        if not isinstance(block, Paragraph):
            continue
        text = block.text
        assert "national-2020" not in text and "（默认）" not in text, text
        if chapter.endswith("其他需要说明的问题"):
            continue
        assert not re.search(r"[×÷]|\d\s*[/=]\s*\d", text), text
        assert not re.search(r"(?<![\d.])0\.00万元", text), text


@pytest.mark.parametrize("example", ALL_EXAMPLES)
def test_docx_contains_every_number_of_the_score_card(example: str) -> None:
    _, card, report = report_for(example)
    document = Document(io.BytesIO(report_docx(report)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    for figure in card_figures(card):
        assert figure in text + cells, figure
    assert not any(p.text == "无。" for p in document.paragraphs) or not card.problems
    score_table = document.tables[0]
    assert [c.text for c in score_table.rows[0].cells] == [
        "一级指标",
        "二级指标",
        "三级指标",
        "分值",
        "得分",
        "评分说明",
    ]
    total = [c.text for c in score_table.rows[-2].cells][2:5]
    assert total[1:] == ["100.00" if "invalid" not in example else "90.00", fmt(card.total, 2)]
    assert score_table.rows[-1].cells[4].text == card.grade


def test_invalid_example_report_lists_what_to_check() -> None:
    _, card, report = report_for("003-as-published-invalid.yaml")
    assert "八、其他需要说明的问题" in headings(report, 1)
    text = paragraphs(report)
    for problem in card.problems:
        message = problem.message.replace("评分方案 national-2020 ", "评分标准")
        assert any(message in p for p in text), message


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
    assert document.paragraphs[0].text == "\n".join(report.title_lines)
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
    assert f"<h1>{'<br>'.join(report.title_lines)}</h1>" in page
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
    9.50 of 10; 产出 10 + 10 + 9.5 + 10 + 10 = 49.50; total 8.97 + 49.50 + 30 + 10 = 98.47, 优.
    一级 and 二级指标 cells are merged over their rows (python-docx gives a merged cell's text in each)."""
    _, _, report = report_for("003-project-sanmenxia-2021.yaml")
    table = Document(io.BytesIO(report_docx(report))).tables[0]
    rows = [[cell.text for cell in row.cells][:5] for row in table.rows]
    assert rows[1] == ["预算执行率", "预算执行率", "预算执行率", "10.00", "8.97"]
    assert rows[2] == ["产出指标", "数量指标", "监测指令稿件", "10.00", "10.00"]
    assert rows[4] == ["产出指标", "数量指标", "网评工作", "10.00", "9.50"]
    assert rows[7] == ["效益指标", "社会效益指标", "网络舆论氛围", "15.00", "15.00"]
    assert rows[9] == ["满意度指标", "服务对象满意度指标", "网民满意度", "10.00", "10.00"]
    assert rows[10:14] == [
        ["产出指标小计"] * 3 + ["50.00", "49.50"],
        ["效益指标小计"] * 3 + ["30.00", "30.00"],
        ["满意度指标小计"] * 3 + ["10.00", "10.00"],
        ["总分"] * 3 + ["100.00", "98.47"],
    ]
    assert rows[14][4] == "优"
    assert table.rows[4].cells[5].text == "实际 190 个 未达指标 200 个，按完成比例 190/200 × 10 = 9.5 分"
    first_cells = [tr.tc_lst[0] for tr in table._tbl.tr_lst]
    assert first_cells[2].vMerge == "restart" and first_cells[6].vMerge == "continue"
    assert first_cells[7].vMerge == "restart" and first_cells[8].vMerge == "continue"
    for row in table.rows[1:]:
        for column in (3, 4):
            assert row.cells[column].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT


def test_score_table_of_a_form_with_errors_shows_its_real_points() -> None:
    """examples/003-as-published-invalid: 产出 rows carry 10 + 10 + 10 = 30 (the scheme wants 50), 效益 20 + 20 = 40,
    满意度 10; with 执行率 10 the form is worth 90, not 100. The draft says its score must be recomputed."""
    _, card, report = report_for("003-as-published-invalid.yaml")
    table = next(b for b in report.blocks if isinstance(b, Table))
    totals = {row[0]: (row[3], row[4]) for row in table.rows if row[0].endswith("小计") or row[0] == "总分"}
    assert totals["产出指标小计"] == ("30.00", fmt(card.categories[0].score, 2))
    assert totals["效益指标小计"][0] == "40.00"
    assert totals["满意度指标小计"][0] == "10.00"
    assert totals["总分"] == ("90.00", "83.35")
    assert report.draft
    assert any("以上得分按现有填报计算，更正后须重新计分" in p for p in paragraphs(report))
