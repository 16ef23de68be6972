"""One hand-made 项目支出绩效自评表 published six ways (xlsx, docx, PDF made from the docx by LibreOffice, an
html table, text one cell per line, text a row per line with single spaces) reads to the same stated form,
and the engine re-scores it to the same hand-computed figures in every format.

The form, computed by hand under national-2020:
- 预算执行率: 108 / 120 = 90%, 90% × 10 = 9 (the unit wrote 10);
- 监测负面舆情 ≥4754条, 4604条: 4604 / 4754 × 20 = 19.369 -> 19.37 (wrote 20);
- 培训次数 26次 (no operator: a count is a floor), 12次: 12 / 26 × 10 = 4.615 -> 4.62 (wrote 10);
- 报送准确率 =100%, 100%: met, 10;
- 人均培训费 ≤5300元, 5830元 (a cost cap): (1 − 530 / 5300) × 10 = 9 (wrote 10);
- 舆情处置效果 (qualitative) 部分达成: band 60%–80% of 30 = 18 to under 24, wrote 30 -> 23.99;
- 服务对象满意度 90% (a rate without operator is a floor), 88%: 88 / 90 × 10 = 9.78 (wrote 10);
- total 9 + 19.37 + 4.62 + 10 + 9 + 23.99 + 9.78 = 85.76 -> 良; the unit wrote 100 and 优.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from jixiao.cli.main import app
from jixiao.form.files import read_stated_form
from jixiao.model.loading import load_scheme
from jixiao.render.form import INDICATOR_HEADERS
from jixiao.render.office import docx_to_pdf
from jixiao.scoring.compare import rescore

D = Decimal
TITLE = "2023年度网络安全宣传项目支出绩效自评表"
IDENTITY = [["项目名称", "网络安全宣传"], ["主管部门", "某县委网信办", "实施单位", "某县委网信办"]]
FUNDS_HEADER = [
    "项目资金（万元）",
    "年初预算数",
    "全年预算数（A）",
    "全年执行数（B）",
    "分值",
    "执行率（B/A）",
    "得分",
]
FUNDS_TOTAL = ["年度资金总额", "100", "120", "108", "10", "90%", "10"]
HEADER = list(INDICATOR_HEADERS)  # 一级指标 … 偏差原因分析及改进措施, as the national form heads them
ROWS = [
    ["产出指标", "数量指标", "监测负面舆情", "≥4754条", "4604条", "20", "20", ""],
    ["", "", "培训次数", "26次", "12次", "10", "10", ""],
    ["", "质量指标", "报送准确率", "=100%", "100%", "10", "10", ""],
    ["", "成本指标", "人均培训费", "≤5300元", "5830元", "10", "10", ""],
    [
        "效益指标",
        "社会效益指标",
        "舆情处置效果",
        "效果明显",
        "部分达成年度指标并具有一定效果",
        "30",
        "30",
        "",
    ],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "90%", "88%", "10", "10", ""],
]
RESULT = [["总分", "100", "100"], ["自评等级", "优"]]
COMPUTED = [D("19.37"), D("4.62"), D(10), D(9), D("23.99"), D("9.78")]
NAMES = ["监测负面舆情", "培训次数", "报送准确率", "人均培训费", "舆情处置效果", "服务对象满意度"]


def _level_spans() -> list[tuple[int, int, int]]:
    """(row, column, rowspan) of the merged 一级/二级指标 cells: 产出指标 over four rows, 数量指标 over two."""
    return [(0, 0, 4), (0, 1, 2), (2, 1, 1), (3, 1, 1), (4, 0, 1), (4, 1, 1), (5, 0, 1), (5, 1, 1)]


def write_xlsx(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "项目支出绩效自评表"
    sheet["A1"], sheet["A2"] = "项目支出绩效自评表", "（2023年度）"
    sheet.append(IDENTITY[0])
    sheet.append([*IDENTITY[1][:2], "", "", IDENTITY[1][2], IDENTITY[1][3]])
    sheet.append([FUNDS_HEADER[0], "", "", *FUNDS_HEADER[1:]])
    sheet.append([FUNDS_TOTAL[0], "", "", 100, 120, 108, 10, 0.9, 10])
    sheet["H6"].number_format = "0%"
    sheet.append(["绩效指标", *HEADER])
    for row in ROWS:
        sheet.append(["", *(int(c) if c.isdigit() else c for c in row)])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text, not a formula (openpyxl's trap)
    sheet.append(["总分", "", "", "", "", "", 100, 100])
    sheet.append(["自评等级", "优"])
    for row, column, span in _level_spans():
        if span > 1:
            sheet.merge_cells(
                start_row=8 + row, start_column=2 + column, end_row=7 + row + span, end_column=2 + column
            )
    book.save(path)


def _table_rows() -> list[list[str]]:
    return [*IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, HEADER, *ROWS, *RESULT]


def write_docx(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    rows = _table_rows()
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    table.style = "Table Grid"
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    first = rows.index(HEADER) + 1
    for row, column, span in _level_spans():
        if span > 1:
            top = table.cell(first + row, column)
            text = top.text
            top.merge(table.cell(first + row + span - 1, column)).text = text
    document.save(str(path))


def write_html(path: Path) -> None:
    cells: list[str] = []
    spans = {(row, column): span for row, column, span in _level_spans()}
    for cells_row in (*IDENTITY, FUNDS_HEADER, FUNDS_TOTAL, HEADER):
        cells.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells_row) + "</tr>")
    for r, row in enumerate(ROWS):
        tds = []
        for c, text in enumerate(row):
            if c < 2 and (r, c) not in spans:
                continue  # covered by a rowspan above
            span = spans.get((r, c), 1)
            tds.append(f'<td rowspan="{span}">{text}</td>' if span > 1 else f"<td>{text}</td>")
        cells.append("<tr>" + "".join(tds) + "</tr>")
    for result in RESULT:
        cells.append("<tr>" + "".join(f"<td>{c}</td>" for c in result) + "</tr>")
    page = f"<html><body><h1>{TITLE}</h1><table>{''.join(cells)}</table></body></html>"
    path.write_text(page, encoding="utf-8")


def write_cells_per_line(path: Path) -> None:
    """A Word table saved as text: one cell per line, the blank cells gone."""
    lines = [TITLE] + [cell for row in _table_rows() for cell in row if cell]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_rows_run_together(path: Path) -> None:
    """A PDF's table copied as text: a row per line, the cells separated by single spaces."""
    lines = [TITLE] + [" ".join(cell for cell in row if cell) for row in _table_rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_tall_cells(path: Path) -> None:
    """A PDF's table copied as text, its tall merged cells printed a character a line ("产", "出", "指", then
    "标 数量指标 …") and a long 二级指标 wrapped in its cell ("标 服务对象满意度", then "指标 服务对象满意度 …")."""
    lines = [TITLE] + [
        " ".join(cell for cell in row if cell) for row in (*IDENTITY, FUNDS_HEADER, FUNDS_TOTAL)
    ]
    lines.append(" ".join(HEADER))
    for level1, level2, *rest in ROWS:
        lines.extend(level1[:-1])
        head = [level1[-1]] if level1 else []
        if len(level2) > 6:
            lines.append(" ".join([*head, level2[:-2]]))
            head, level2 = [], level2[-2:]
        lines.append(" ".join([*head, *(cell for cell in (level2, *rest) if cell)]))
    lines.extend(" ".join(row) for row in RESULT)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_pdf(path: Path) -> None:
    source = path.with_suffix(".docx")
    write_docx(source)
    path.write_bytes(docx_to_pdf(source.read_bytes()))


WRITERS: dict[str, Any] = {
    "xlsx": write_xlsx,
    "docx": write_docx,
    "pdf": write_pdf,
    "html": write_html,
    "cells-per-line.txt": write_cells_per_line,
    "rows-run-together.txt": write_rows_run_together,
    "tall-cells.txt": write_tall_cells,
}


@pytest.mark.parametrize("kind", list(WRITERS))
def test_the_same_form_in_every_format_rescores_to_the_hand_computed_figures(
    kind: str, tmp_path: Path
) -> None:
    path = tmp_path / f"form.{kind.split('.')[-1]}"
    WRITERS[kind](path)
    form = read_stated_form(path)
    indicators = form.evaluation.indicators
    assert [i.name for i in indicators] == NAMES
    assert [i.score for i in indicators] == [20, 10, 10, 10, 30, 10]
    assert [i.operator.value for i in indicators] == ["≥", "≥", "=", "≤", "定性", "≥"]
    assert [i.level1 for i in indicators][:4] == ["产出指标"] * 4
    assert form.evaluation.funds.total.budget == 120 and form.evaluation.funds.total.executed == 108
    assert form.total is not None and form.total.value == 100
    assert form.grade is not None and form.grade.value == "优"

    rescored = rescore(form, load_scheme("national-2020"))
    card = rescored.card
    assert card.execution.score == 9
    assert [line.score for line in card.indicators] == COMPUTED
    assert card.total == D("85.76") and card.grade == "良"
    assert rescored.complete
    kinds = [(d.kind, d.name) for d in rescored.differences]
    assert kinds == [
        ("unmet_full", "监测负面舆情"),
        ("unmet_full", "培训次数"),
        ("unmet_full", "人均培训费"),
        ("qualitative_band", "舆情处置效果"),
        ("unmet_full", "服务对象满意度"),
        ("execution", "预算执行率"),
        ("total", "总分"),
        ("grade", "等级"),
    ]
    satisfaction = rescored.differences[4]
    assert satisfaction.message == (
        "服务对象满意度：实际 88% 未达指标 90%，按完成比例 88/90 × 10 = 9.78 分，表中却填满分 10 分"
    )


def test_score_json_states_the_units_figures_beside_the_computed_ones(tmp_path: Path) -> None:
    path = tmp_path / "form.txt"
    write_cells_per_line(path)
    result = CliRunner().invoke(app, ["score", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.splitlines()[-1], parse_float=D)
    first = data["indicators"][0]
    assert (first["score"], first["stated"]) == (D("19.37"), 20)
    assert first["difference"].endswith("表中却填满分 20 分")
    assert data["indicators"][2]["difference"] is None  # 报送准确率: as stated
    assert data["stated"] == {"execution": 10, "total": 100, "grade": "优"}
    assert data["difference"]["total"] == "总分：按规则重算为 85.76 分，表中填 100 分"
    assert data["difference"]["grade"] == "等级：按重算总分 85.76 分应为“良”，表中填“优”"


def test_a_report_without_a_form_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "prose.txt"
    path.write_text("2023年度部门整体支出绩效自评报告\n一、基本情况\n全年预算数120万元。\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(path)])
    assert result.exit_code == 2
    assert "未找到绩效自评表" in result.output and "prose.txt" in result.output


def test_a_form_partly_read_from_a_report_gives_no_total_and_no_weight_findings(tmp_path: Path) -> None:
    """The page ends after two rows (as stored pages do): the rows are re-scored, their 一级指标 taken from
    the 二级指标 the framework files them under, but no total, grade or weight judgement is made."""
    path = tmp_path / "cut.txt"
    path.write_text(
        "二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
        "数量指标 培训次数 ≥20次 15次 10 10\n社会效益指标 群众知晓率 ≥90% 95% 10 10\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["score", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.splitlines()[-1], parse_float=D)
    assert [i["level1"] for i in data["indicators"]] == ["产出指标", "效益指标"]
    assert data["indicators"][0]["score"] == D("7.5")  # 15 / 20 × 10
    assert data["total"] is None and data["grade"] is None and data["complete"] is False
    assert not [
        p for p in data["problems"] if p["code"].startswith(("weights.", "indicator.unknown_category"))
    ]


def test_a_funds_block_one_cell_per_line_with_blank_cells_printed_as_dashes() -> None:
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    cells = (
        "项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
        "年度资金总额\n50\n60\n57.6\n10\n96%\n9.6\n"
        "其中：当年财政拨款\n50\n50\n48\n—\n—\n—\n"
        "上年结转资金\n{carried}\n10\n9.6\n—\n—\n—\n"
        "其他资金\n0\n0\n0\n—\n—\n—\n"
    )
    for carried in ("0", "—"):  # a zero written or left blank
        report = extract_document(Document.from_text("form.txt", "txt", cells.format(carried=carried)))
        rows = [(row.label, row.adjusted, row.executed) for row in report.funds_rows]
        assert rows[2] == ("上年结转资金", Decimal(10), Decimal("9.6")), rows


def test_a_funds_row_with_a_dash_between_its_figures_keeps_those_before_it() -> None:
    from jixiao.extract.extract import extract_document
    from jixiao.ingest.document import Document

    cells = (
        "项目支出绩效自评表\n项目资金（万元）\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n"
        "年度资金总额\n60\n60\n57.6\n—\n96%\n其中：当年财政拨款\n50\n50\n48\n—\n96%\n"
    )
    report = extract_document(Document.from_text("form.txt", "txt", cells))
    assert (report.budget.adjusted, report.budget.executed) == (Decimal(60), Decimal("57.6"))


def _form_of(text: str) -> Any:
    from jixiao.extract.extract import extract_document
    from jixiao.form.published import form_in_report
    from jixiao.ingest.document import Document

    document = Document.from_text("form.txt", "txt", text)
    return form_in_report(document, extract_document(document))


def test_a_row_per_line_form_with_sign_unit_and_share_columns_reads_past_the_blank_cells() -> None:
    """海南's layout: 指标性质 and 度量单位 left blank in most rows, a 完成率 column between the actual and the
    points, and 服务对象满意度 heading the last row as its 二级指标."""
    form = _form_of(
        "一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 未完成原因分析\n"
        "产出指标 数量指标 资助学生人数 40 30 75.00% 20.00 15 部分学生转学。\n"
        "效益指标 社会效益指标 家庭负担减轻程度 ≥ 90 % 95 100.00% 30.00 30\n"
        "满意度指标 服务对象满意度 受助学生满意度 90 96 100.00% 10.00 10\n"
        "合计 60.00 55\n"
    )
    rows = [(i.name, i.level1, i.target, i.actual, i.weight, i.score) for i in form.evaluation.indicators]
    assert rows == [
        ("资助学生人数", "产出指标", D(40), D(30), D(20), D(15)),
        ("家庭负担减轻程度", "效益指标", D(90), D(95), D(30), D(30)),
        ("受助学生满意度", "满意度指标", D(90), D(96), D(10), D(10)),
    ]
    assert rescore(form, load_scheme("national-2020")).differences == ()  # 30 / 40 × 20 = 15


def test_a_form_one_cell_per_line_skips_the_templates_unfilled_rows_and_numbering() -> None:
    """ "指标2" and "……" left from the template between the rows are no rows; "指标1" is no part of a name."""
    cells = (  # one per line, a blank line between them
        "一级指标 二级指标 三级指标 年度标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
        "产出指标 数量指标 指标1巡查次数 300 320 20 20 指标2 …… 质量指标 指标1整改完成率 100% 90% 10 8 指标2 ……"
    )
    form = _form_of(cells.replace(" ", "\n\n") + "\n")
    rows = [(i.name, i.weight, i.score) for i in form.evaluation.indicators]
    assert rows == [("巡查次数", D(20), D(20)), ("整改完成率", D(10), D(8))]
    differences = rescore(form, load_scheme("national-2020")).differences
    assert [(d.name, d.computed) for d in differences] == [("整改完成率", D(9))]  # 90 / 100 × 10


def test_rows_one_per_line_under_a_header_spread_over_lines_keep_the_next_rows_name() -> None:
    """A row's name opening "指标2:" on the next line is that row, not the deviation of the row above."""
    form = _form_of(
        "一级\n指标\n二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "数量指标 指标1:培训人数 200 210 10 10\n指标2:宣传场次 12 12 10 10\n"
        "时效指标 指标1:完成时限 11月底前 10月 5 5\n"
    )
    assert [(i.name, i.deviation) for i in form.evaluation.indicators] == [
        ("培训人数", None),
        ("宣传场次", None),
        ("完成时限", None),
    ]


def test_a_framework_of_criteria_with_an_explanation_column_is_no_indicator_block() -> None:
    form = _form_of(
        "一级指标 二级指标 三级指标 指标解释 分值 得分\n"
        "投入 目标设定 绩效目标合理性 是否符合规划 4 4\n过程 资金管理 资金到位率 到位资金/计划资金 4 4\n"
    )
    assert form is None


def test_a_funds_sub_row_whose_blank_cell_was_lost_one_cell_per_line_is_no_total_mismatch() -> None:
    """The 上年结转资金 row printed as "148.44 / 127.08" (its blank 年初预算数 gone) cannot be placed; the total
    is then not checked against the one sub-row read (264 + 148.44 = 412.44 holds)."""
    cells = (
        "项目资金(万元) 年初预算数 全年预算数A 全年执行数B 分值 执行率 得分 "
        "年度资金总额 264 412.44 330.48 10 80.13 8 "
        "其中:当年财政拨款 264 264 203.4 上年结转资金 148.44 127.08 其他资金 年度总体目标 绩效指标 "
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 办结案件数 500 544 10 10"
    )  # one per line, with or without blank lines between them
    for blank in ("\n", "\n\n\n\n"):
        form = _form_of(cells.replace(" ", blank) + "\n")
        kinds = [d.kind for d in rescore(form, load_scheme("national-2020")).differences]
        assert "funds_total" not in kinds, kinds
        assert form.execution_score.value == D(8)


def test_rows_printed_with_no_separators_are_read_only_where_one_cut_makes_sense() -> None:
    """A web page that lost every cell border: the header cut by its vocabulary, each row cut where its name
    ends, its two values with their units and its points and score run together (1212 is 12 and 12, 105 is
    10 and 5). The qualitative row (及时/基本及时) has no such cut and is left unread, not guessed."""
    form = _form_of(
        "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
        "产出指标数量指标改造农户数量200户180户1212部分农户外出务工\n"
        "质量指标竣工验收合格率≥95%98%1010\n"
        "时效指标完成及时性及时基本及时55受雨季影响\n"
        "效益指标社会效益指标受益群众人数800人800人105群众参与度不高\n"
    )
    rows = [(i.name, i.target, i.actual, i.weight, i.score, i.deviation) for i in form.evaluation.indicators]
    assert rows == [
        ("改造农户数量", D(200), D(180), D(12), D(12), "部分农户外出务工"),
        ("竣工验收合格率", D(95), D(98), D(10), D(10), None),
        ("受益群众人数", D(800), D(800), D(10), D(5), "群众参与度不高"),
    ]
    differences = rescore(form, load_scheme("national-2020")).differences
    # 180 / 200 × 12 = 10.8 (full marks written); 800 of 800 met: 10 (5 written, stricter than the rules)
    assert [(d.kind, d.name, d.computed) for d in differences] == [
        ("unmet_full", "改造农户数量", D("10.8")),
        ("indicator", "受益群众人数", D(10)),
    ]


def test_the_2021_header_on_two_lines_puts_the_sign_figure_and_unit_under_the_target() -> None:
    """年度指标值 spans 指标性质, 指标值 and 度量单位 on the line below; a subtotal line under the header is no row;
    a level spread over two words ("经济效益 指标") is one cell."""
    form = _form_of(
        "绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施\n"
        "一级 指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位\n"
        "50.00 | 45.00\n"
        "产出指标 | 数量指标 | 执法检查次数 | 004 >= | 40 | 次 | 32 | 25.00 | 20.00 | 人员不足\n"
        "产出指标 | 成本指标 | 检查经费支出 | 005 <= | 30 | 万元 | 28.6 | 25.00 | 25.00 |\n"
        "效益指标 | 社会效益 指标 | 安全事故起数 | 005 <= | 2 | 起 | 0 | 30.00 | 30.00 |\n"
    )
    rows = [
        (i.name, i.operator.value, i.target, i.actual, i.weight, i.score) for i in form.evaluation.indicators
    ]
    assert rows == [
        ("执法检查次数", "≥", D(40), D(32), D(25), D(20)),  # 32 / 40 × 25 = 20
        ("检查经费支出", "≤", D(30), D("28.6"), D(25), D(25)),
        ("安全事故起数", "≤", D(2), D(0), D(30), D(30)),
    ]
    assert [i.level2 for i in form.evaluation.indicators][2] == "社会效益 指标"
    assert rescore(form, load_scheme("national-2020")).differences == ()


def _city_form(name: str, rows: str, total: str) -> str:
    return (
        f"项目支出绩效自评表\n2019年度)\n项目名称 {name}\n主管部门 某市财政局 实施单位 某市财政局\n"
        "项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分\n(万元)\n"
        "  年度资金总额 287 287 171 10 60% 6\n"
        "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施\n指标值 完成值\n"
        f"{rows}总分 {total}\n"
    )


def test_a_header_wrapped_under_its_levels_and_its_note_too() -> None:
    """ "一级 二级 三级指标 年度 实际 分值 得分 偏差原因分析" over "指标 指标 指标值 完成值 及改进措施": the pieces under
    the levels and the note join them as well as the two columns' (hand-written, fixed-width text)."""
    form = _form_of(
        "项目支出绩效自评表\n（2019年度）\n项目名称 农村公路养护\n"
        "一级    二级        三级指标          年度        实际        分值    得分    偏差原因分析\n"
        "指标    指标                          指标值      完成值                      及改进措施\n"
        "产出指标 数量指标 农村公路养护里程 120公里 96公里 20 16 部分路段水毁未能按期养护\n"
        "效益指标 社会效益指标 道路通行条件 明显改善 明显改善 30 30\n"
    )
    stated = [(i.name, i.target, i.actual, i.weight, i.score) for i in form.evaluation.indicators]
    assert stated == [
        ("农村公路养护里程", D(120), D(96), D(20), D(16)),
        ("道路通行条件", None, None, D(30), D(30)),
    ]


def test_a_city_form_with_its_header_wrapped_points_over_the_total_and_a_second_form_after_it() -> None:
    """ "年度 | 实际" over "指标值 | 完成值" are two columns; a 完成率 under 成本指标 is a floor (a cost's rate is a
    cap); the funds row's 10 points and the rows' 100 are every row, 110 in all; the first form's 总分 row is
    read between its block and the second form, whose own figures differ."""
    rows = (
        "  产出指标 数量指标 服务对象人数 100人次 100人次 40 40\n"
        "    成本指标 计划完成率 90% 60% 20 10 部分项目延续至下年\n"
        "    成本指标 成本控制率 100% 95% 20 20\n"
        "  满意度指标 服务对象满意度指标 受益群体满意度 90% 90% 20 20\n"
    )
    second = "  产出指标 质量指标 项目合格率 90% 60% 100 67\n"
    form = _form_of(
        _city_form("购买第三方服务", rows, "100 90") + _city_form("财政政务管理", second, "100 73")
    )
    stated = [
        (i.name, i.operator.value, i.target, i.actual, i.weight, i.score) for i in form.evaluation.indicators
    ]
    assert stated == [
        ("服务对象人数", "≥", D(100), D(100), D(40), D(40)),
        ("计划完成率", "≥", D(90), D(60), D(20), D(10)),
        ("成本控制率", "≤", D(100), D(95), D(20), D(20)),
        ("受益群体满意度", "≥", D(90), D(90), D(20), D(20)),
    ]
    assert form.total is not None and (form.total.value, form.total.line) == (D(90), 14)
    differences = rescore(form, load_scheme("national-2020")).differences
    assert [(d.kind, d.computed) for d in differences] == [
        ("indicator", D("13.33")),  # 60 / 90 × 20
        ("execution", D("5.96")),  # 171 / 287 × 10
        ("weights", ""),  # 10 + 100 = 110
        ("rows_total", D(96)),  # 6 + 40 + 10 + 20 + 20: the total 90 leaves the funds row's 6 out
    ]


FORMS = Path(__file__).resolve().parent / "fixtures" / "forms"


@pytest.mark.parametrize(
    ("name", "rows", "findings"),
    [
        # 指标性质 written 正向指标/反向指标; every target met, total 9.9 + 90 = 99.9
        ("review26_t05", 7, []),
        # units of more than four characters (万立方米/日, 元/立方米) in the 度量单位 column
        ("review26_t07", 8, []),
        # header over two lines, each row's deviation on the line under it: 5 of ≥6 bases, 5 / 6 × 15 = 12.5
        ("review26_t09", 7, []),
        # a 完成率 column with full-width ％: 1520 of ≥1600, 1520 / 1600 × 20 = 19; total 98.4
        ("review26_t19", 6, []),
        # 服务对象满意度 heading a row that also has a deviation: 86% against ≥90% given full marks,
        # 86 / 90 × 10 = 9.56, so the total is 9.8 + 80 + 9.56 = 99.36, not 99.8 (the re-scored total follows
        # from the row's error: a warning, JX111, not a second error)
        ("review26_t26", 6, ["JX110"]),
    ],
)
def test_forms_a_review_wrote_read_every_row_and_find_only_the_slips(
    name: str, rows: int, findings: list[str]
) -> None:
    """Texts a review of the widened form reader wrote (regressions it found, now fixed): each form's rows
    all read, and only its deliberate slip found."""
    result = CliRunner().invoke(app, ["audit", str(FORMS / f"{name}.txt"), "--json"])
    report = json.loads(result.stdout.splitlines()[0])
    errors = sorted({f["code"] for f in report["findings"] if f["severity"] == "error"})
    assert errors == findings, report["findings"]
    scored = CliRunner().invoke(app, ["score", str(FORMS / f"{name}.txt"), "--json"])
    assert len(json.loads(scored.stdout.splitlines()[-1])["indicators"]) == rows


def test_a_form_cut_into_two_long_lines_under_its_header_is_read_at_once() -> None:
    """A sharing site's chunk break after the first row of a form printed on one line: the second line's many cells
    are rows, not the header's cells wrapped under it, and are not paired with the header's cells every way
    (billions of ways, a page that never finished; hand-written after a probe)."""
    rows = " ".join(f"质量指标 监测数据{n}合格率 10 ≥98% 99.2% 10" for n in range(2))
    form = _form_of(
        "项目支出绩效自评表\n（2019年度）\n项目名称 水土保持监测 实施单位 某省水土保持监测中心 项目资金(万元) 年初预算数 "
        "全年预算数 全年执行数 分值 执行率 得分 年度资金总额 312.00 296.50 292.85 10 98.77% 9.88 "
        "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分 产出指标 数量指标 监测站点数量 10 ≥42个 42个 10\n"
        f"{rows}\n"
    )
    stated = [(i.name, i.target, i.actual, i.weight, i.score) for i in form.evaluation.indicators]
    assert stated[0] == ("监测站点数量", D(42), D(42), D(10), D(10))


def test_rows_under_a_repeated_block_cell_and_wrapped_level_names_are_read() -> None:
    """A copy that prints the merged 绩效指标 cell again on every row, and a level's name wrapped in its cell ("产出"
    over "指标", "服务对象" over "满意度") opening the next row: those cells are no indicator's name."""
    repeated = _form_of(
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| 绩效指标 | 产出指标 | 数量指标 | 设备购置 | 3个 | 3个 | 50 | 50 |\n"
        "| 绩效指标 | 效益指标 | 社会效益指标 | 实验开出率 | ≥95% | 97% | 40 | 40 |\n"
        "| 总分 | 100 | 90 |\n"
    )
    assert [i.name for i in repeated.evaluation.indicators] == ["设备购置", "实验开出率"]
    wrapped = _form_of(
        "一级    二级          三级指标                年度        实际        分值     得分\n"
        "指标    指标                                  指标值      完成值\n"
        "产出    数量指标      慰问人次                ≥120人次    132人次      40       40\n"
        "指标    质量指标      慰问对象核实准确率      100%        100%         20       20\n"
        "效益    可持续影响    关心关爱长效机制        健全        逐步健全     30       28\n"
        "满意度  服务对象      慰问对象满意度          ≥90%        96%          10       10\n"
        "指标    满意度\n"
    )
    rows = [(i.name, i.weight, i.score) for i in wrapped.evaluation.indicators]
    assert rows == [
        ("慰问人次", D(40), D(40)),
        ("慰问对象核实准确率", D(20), D(20)),
        ("关心关爱长效机制", D(30), D(28)),
        ("慰问对象满意度", D(10), D(10)),
    ]


def test_a_form_in_traditional_characters_is_read_as_the_reader_reads_the_report() -> None:
    """A mirror's traditional script ("三級指標", "總分") is read on the lines as extraction normalised them."""
    form = _form_of(
        "一級指標\t二級指標\t三級指標\t年度指標值\t實際完成值\t分值\t得分\n"
        "產出指標\t數量指標\t護路員崗位數\t20個\t20個\t50\t50\n"
        "效益指標\t社會效益指標\t帶動就業人數\t20人\t19人\t50\t47.5\n"
        "總分\t100\t97.5\t自評等級\t優\n"
    )
    assert [(i.name, i.score) for i in form.evaluation.indicators] == [
        ("护路员岗位数", D(50)),
        ("带动就业人数", D("47.5")),
    ]
    assert form.total is not None and form.total.value == D("97.5")


def test_a_header_one_cell_per_line_with_its_cells_cut_in_two() -> None:
    """ "年度" / "指标值" and "实际" / "完成值": a header cell cut over two lines, one cell per line."""
    cells = (
        "一级指标 二级指标 三级指标 年度 指标值 实际 完成值 分值 得分 偏差原因分析及改进措施 "
        "产出指标 数量指标 资助参保人数 ≥21000人 21864人 60 60 "
        "效益指标 社会效益指标 自付费用负担 有效减轻 部分减轻 40 36 部分患者负担仍较重 总分 100 96"
    )
    form = _form_of(cells.replace(" ", "\n") + "\n")
    rows = [(i.name, i.weight, i.score) for i in form.evaluation.indicators]
    assert rows == [("资助参保人数", D(60), D(60)), ("自付费用负担", D(40), D(36))]
