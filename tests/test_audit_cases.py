"""More wordings per rule than the documented pair: each case is a snippet, the rule, and where it must fire.

Expected lines and figures are worked out by hand from the snippet; ``None`` means the rule must stay quiet.
"""

from __future__ import annotations

import pytest

from jixiao.audit.findings import Finding
from jixiao.ingest.document import Document
from jixiao.model.loading import load_scheme
from jixiao.review import review_document

NATIONAL = load_scheme("national-2020")


def findings(text: str, code: str) -> list[Finding]:
    document = Document.from_text("snippet.txt", "txt", text)
    return [f for f in review_document(document, NATIONAL).findings if f.code == code]


FIRES = [
    # arithmetic
    ("JX101", "本年收入合计120.50万元，其中：财政拨款收入100.00万元，其他收入30.50万元。", 1, "130.50"),
    ("JX101", "标题\n2024年基本支出80万元，其中人员经费60万元，公用经费30万元。", 2, "90.00"),
    ("JX101", "资产总额12.00万元，流动资产3.00万元，固定资产5.00万元。", 1, "8.00"),
    ("JX102", "支出合计10.01万元，其中：甲项目3.34万元，乙项目3.33万元，丙项目3.33万元。", 1, "10.00"),
    ("JX103", "全年预算200万元，实际支出150万元，预算执行率80%。", 1, "75"),
    ("JX103", "项目年初预算50万元，执行数45万元，执行率为95.00%。", 1, "90"),
    (
        "JX104",
        "自评得分95分。其中预算执行率得10分，产出指标得45分，效益指标得30分，满意度指标得9分。",
        1,
        "94",
    ),
    ("JX105", "一级指标权重：预算执行率10分，产出指标40分，效益指标30分，满意度指标10分。", 1, "90"),
    (
        "JX106",
        "一级指标权重：预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。\n产出指标得分52分。",
        2,
        "52",
    ),
    # consistency
    ("JX201", "全年预算100万元，实际支出90万元。\n经核实，全年预算120万元。", 1, "120"),
    ("JX202", "部门预算收入80万元，项目支出60万元，预算支出45元。", 1, "45元"),
    ("JX203", "经评价，本项目自评得分78分，评价等级为优。", 1, "78"),
    ("JX204", "2023年度项目支出绩效自评报告\n2022年度全年预算100万元，实际支出100万元。", 2, "2022"),
    # completeness
    ("JX305", "标题\n开展培训不少于10次，实际开展培训6次。", 2, "培训"),
    # quality
    ("JX401", "绩效目标：提高群众满意度，加强网络安全保障。", 1, "提高群众满意度"),
    ("JX402", "项目名称\t自评得分\t评价等级\n甲项目\t100\t优\n乙项目\t100\t优\n丙项目\t100\t优", 2, "3"),
    ("JX403", "标题\n计划发布信息不少于100条，实际发布信息300条。", 2, "300"),
    ("JX404", "满意度指标（10分）得10分。\n群众满意度为70%。", 1, "70"),
    ("JX405", "全年预算100万元，实际支出60万元，预算执行率60%。", 1, "60"),
]

PASSES = [
    ("JX101", "本年收入合计130.50万元，其中：财政拨款收入100.00万元，其他收入30.50万元。"),
    ("JX101", "资产总额12.00万元，流动资产3.00万元，固定资产9.00万元。"),
    ("JX101", "资产总额12.00万元，其中固定资产9.00万元。"),
    ("JX101", "支出合计10.01万元，其中：甲项目3.34万元，乙项目3.33万元，丙项目3.33万元。"),
    ("JX102", "支出合计10.00万元，其中：甲项目3.34万元，乙项目3.33万元，丙项目3.33万元。"),
    ("JX103", "全年预算200万元，实际支出150万元，预算执行率75%。"),
    ("JX103", "全年预算110万元，实际支出98.69万元，执行率为89.72%。"),
    ("JX104", "自评得分94分。其中预算执行率得10分，产出指标得45分，效益指标得30分，满意度指标得9分。"),
    ("JX105", "一级指标权重：预算执行率10分，产出指标50分，效益指标30分，满意度指标10分。"),
    ("JX201", "全年预算100万元，实际支出90万元。\n经核实，全年预算100.00万元。"),
    ("JX202", "部门预算收入80万元，项目支出60万元，差旅费报销标准每人每天450元。"),
    ("JX203", "经评价，本项目自评得分92分，评价等级为优。"),
    ("JX204", "2023年度项目支出绩效自评报告\n2023年度全年预算100万元，实际支出100万元。"),
    (
        "JX305",
        "标题\n开展培训不少于10次，实际开展培训6次。主要原因是疫情影响，部分培训改为线上，下一步将加强计划管理。",
    ),
    ("JX401", "绩效目标：开展培训不少于10次，群众满意度不低于90%。"),
    ("JX402", "项目名称\t自评得分\t评价等级\n甲项目\t100\t优\n乙项目\t96\t优\n丙项目\t100\t优"),
    ("JX403", "标题\n计划发布信息不少于100条，实际发布信息120条。"),
    ("JX404", "满意度指标（10分）得10分。\n群众满意度为96%。"),
    ("JX405", "全年预算100万元，实际支出95万元，预算执行率95%。"),
]


@pytest.mark.parametrize(("code", "text", "line", "figure"), FIRES)
def test_fires_at_the_line(code: str, text: str, line: int, figure: str) -> None:
    found = findings(text, code)
    assert found, f"{code} should fire on: {text}"
    assert found[0].line == line
    assert figure in found[0].message + found[0].computation


@pytest.mark.parametrize(("code", "text"), PASSES)
def test_stays_quiet(code: str, text: str) -> None:
    assert findings(text, code) == []
