"""The five real seed reports read field by field: every value checked by hand against the seed text,
with the line it is stated on, and every field the report does not state left empty.

Line numbers are the seed files' own (``cat -n``). Amounts are in 万元, rates in percent.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from jixiao.extract import ExtractedReport, extract_file

from .conftest import SEEDS, D
from .conftest import run_jixiao as run

NAMES = {
    "000": "000_871bbd1d4626e7a9.txt",
    "001": "001_4a647e0d88cf29a2.txt",
    "002": "002_50e8c8de5d4f23be.txt",
    "003": "003_4f47e40a9e3722bd.txt",
    "004": "004_f37ac31af9afc1da.txt",
}


@pytest.fixture(scope="module")
def seeds() -> dict[str, ExtractedReport]:
    return {key: extract_file(SEEDS / name) for key, name in NAMES.items()}


def stated(report: ExtractedReport, field: str, subject: str | None = "*") -> dict[Decimal | str, list[int]]:
    """Each value stated for ``field`` and the lines stating it (``subject`` "*" takes any subject)."""
    found: dict[Decimal | str, list[int]] = {}
    for fact in report.facts:
        if fact.field == field and (subject == "*" or fact.subject == subject) and fact.value is not None:
            found.setdefault(fact.value, []).append(fact.line)
    return found


def achievement(report: ExtractedReport, value: str, unit: str | None, line: int) -> tuple[str, bool]:
    """(measure, approximate) of the one achievement with this value and unit on this line."""
    matches = [a for a in report.achievements if a.value == D(value) and a.unit == unit and a.line == line]
    assert len(matches) == 1, (value, unit, line, report.achievements)
    return matches[0].measure, matches[0].approximate


def target(report: ExtractedReport, value: str, unit: str | None, line: int) -> tuple[str, str | None]:
    matches = [t for t in report.targets if t.value == D(value) and t.unit == unit and t.line == line]
    assert matches, (value, unit, line, report.targets)
    return matches[0].measure, matches[0].operator


def section_lines(report: ExtractedReport) -> dict[str, list[int]]:
    return {str(k): v for k, v in stated(report, "section").items()}


def nothing_scored(report: ExtractedReport) -> None:
    assert report.score is None and not stated(report, "score")
    assert report.weights == {} and report.components == {}


@pytest.mark.parametrize("key", sorted(NAMES))
def test_every_fact_points_at_its_own_text(seeds: dict[str, ExtractedReport], key: str) -> None:
    """Provenance: the cited line and columns hold exactly the text the fact quotes."""
    lines = (SEEDS / NAMES[key]).read_text(encoding="utf-8").split("\n")
    report = seeds[key]
    assert report.facts
    for fact in report.facts:
        if fact.end_line == fact.line and fact.end > fact.start:
            assert lines[fact.line - 1][fact.start : fact.end] == fact.text, fact


def test_seed_000_letting_department_report(seeds: dict[str, ExtractedReport]) -> None:
    report = seeds["000"]
    assert (report.kind, report.year, report.unit) == ("部门整体支出", 2023, "网信办")
    assert stated(report, "year") == {"2023": [3]} and stated(report, "unit") == {"网信办": [3]}
    assert report.project is None and report.report_date is None
    # "申请预算资金230.85万元，实际支出230.65万元，预算执行率99.91%" on lines 9 and 25
    assert report.budget.model_dump() == {
        "initial": None,
        "adjusted": D("230.85"),
        "executed": D("230.65"),
        "execution_rate": D("99.91"),
    }
    assert stated(report, "budget.adjusted") == {D("230.85"): [9, 25]}
    assert stated(report, "budget.executed") == {D("230.65"): [9, 25]}
    assert stated(report, "budget.execution_rate") == {D("99.91"): [9, 25]}
    # "其中：预算项目2个，金额合计83万元，实际支出83万元" is the projects' part, not the department's spending
    assert stated(report, "part.executed") == {D(83): [9, 25]}
    assert [
        (p.name, p.budget, p.executed, p.execution_rate, p.score, p.grade, p.line) for p in report.projects
    ] == [
        ("网络强军工程及网宣经费项目", D(22), D(22), D(100), None, None, 35),
        ("舆情监测服务项目", D(61), D(61), D(100), None, None, 37),
    ]
    assert stated(report, "project.initial") == {D(22): [35], D(61): [37]}
    nothing_scored(report)
    assert report.grade is None and report.grade_scheme is None and report.satisfaction is None
    assert report.income == {} and report.expenditure == {} and report.assets == {}
    assert report.staffing.authorised is None and report.staffing.actual is None
    assert report.team == []
    # "今年以来已发布信息 350 余条", "累计阅读量 2600 余万人次", "转发 6 万", "行政处罚 32 人"
    assert achievement(report, "350", "条", 35) == ("发布信息", True)
    assert achievement(report, "26000000", "人次", 35) == ("阅读量", True)
    assert achievement(report, "60000", None, 35) == ("转发", False)
    assert achievement(report, "10000", "条", 37) == ("监测涉乐敏感信息", True)
    assert achievement(report, "40000", "条", 37) == ("监测搜集上报有害信息", True)
    assert achievement(report, "32", "人", 37) == ("行政处罚", False)
    assert achievement(report, "7", "个", 37) == ("中风险漏洞", False)
    assert section_lines(report) == {
        "基本情况": [7],
        "绩效目标": [11],
        "自评工作开展情况": [21],
        "绩效目标实现情况": [29],
        "存在问题": [39],
        "改进措施": [43],
        "结果应用": [43],
    }
    assert "评价结论" not in report.sections and "评价工作组" not in report.sections


def test_seed_001_luquan_department_report(seeds: dict[str, ExtractedReport]) -> None:
    report = seeds["001"]
    assert (report.kind, report.year, report.unit) == ("部门整体支出", 2024, "鹿泉区委网信办")
    assert stated(report, "unit") == {"鹿泉区委网信办": [3]} and stated(report, "year") == {"2024": [4]}
    assert report.project is None and report.report_date is None
    # line 23: "2024年支出预算为355.53万元"; no spending total and no execution rate are stated
    assert report.budget.model_dump() == {
        "initial": None,
        "adjusted": D("355.53"),
        "executed": None,
        "execution_rate": None,
    }
    assert stated(report, "budget.adjusted") == {D("355.53"): [23]}
    assert report.income == {
        "预算收入": D("355.53"),
        "一般公共预算收入": D("355.53"),
        "基金预算收入": D(0),
        "财政专户核拨收入": D(0),
        "其他来源收入": D(0),
    }
    assert stated(report, "income.一般公共预算收入") == {D("355.53"): [22]}
    # "267.77万元，占总支出的75.31%" has lost its label (基本支出): it stays an unlabelled amount
    assert report.expenditure == {"人员经费": D("229.44"), "公用经费": D("38.32"), "项目支出": D("87.77")}
    assert stated(report, "amount") == {D("267.77"): [23]}
    # the one grade the report gives itself: "专项资金绩效评价自评为优秀" (line 42); "满分100分" is no score
    assert report.grade == "优秀" and stated(report, "grade") == {"优秀": [42]}
    nothing_scored(report)
    assert [(band.name, band.min) for band in report.grade_scheme or []] == [
        ("优秀", D(85)),
        ("良好", D(75)),
        ("一般", D(60)),
        ("较差", D(0)),
    ]
    assert set(stated(report, "grade_scheme")) == {"优秀≥85", "良好≥75", "一般≥60", "较差≥0"}
    assert {line for lines in stated(report, "grade_scheme").values() for line in lines} == {51}
    # six projects from the one-cell-per-line table (lines 52-78), budgets from the listing on line 23;
    # 退役士兵安置项目 (11.46) is listed under another name than the table's 涉军岗位工资项目, so not merged
    assert [
        (p.name, p.budget, p.executed, p.execution_rate, p.score, p.grade, p.line) for p in report.projects
    ] == [
        ("2024年舆情中心运行费项目", D("28.96"), None, None, D(100), "优秀", 56),
        ("2024年区网络文明建设服务项目", D(15), None, None, D(100), "优秀", 60),
        ("2024年网络安全技术支持项目", D("10.74"), None, None, D(100), "优秀", 64),
        ("2024年网络重点平台宣传项目", D("11.72"), None, None, D(100), "优秀", 68),
        ("2024年网络舆情监测直报项目", D("9.88"), None, None, D(100), "优秀", 72),
        ("2024年涉军岗位工资项目", None, None, None, D(100), "优秀", 76),
    ]
    assert stated(report, "project.score") == {D(100): [57, 61, 65, 69, 73, 77]}
    assert stated(report, "project.grade") == {"优秀": [58, 62, 66, 70, 74, 78]}
    # staffing: "6个事业编，8个行政编" are parts; no total establishment and no head count are stated
    assert report.staffing.authorised is None and report.staffing.actual is None
    assert stated(report, "staffing.事业编制") == {D(6): [20]}
    assert stated(report, "staffing.行政编制") == {D(8): [20]}
    # targets with their operator ("舆情推送次数不少于1万条" is ≥ 10000 条)
    assert target(report, "10000", "条", 25) == ("舆情推送次数", "≥")
    assert target(report, "8000", "条", 25) == ("提供省直报数量", "≥")
    assert target(report, "5", "个", 25) == ("投放广告开屏数量", "≥")
    assert achievement(report, "21", "个", 46)[0].endswith("官方网站")
    assert report.satisfaction is None
    assert [(m.name, m.unit, m.post, m.line) for m in report.team] == [
        ("冯战平", "鹿泉区委网信办", "主任", 88),
        ("王凌剑", "鹿泉区委网信办", "副主任", 89),
        ("崔琰玮", "鹿泉区委网信办", "副主任", 90),
    ]
    assert report.sections == [
        "基本情况",
        "绩效目标",
        "自评工作开展情况",
        "绩效目标实现情况",
        "评价结论",
        "存在问题",
        "改进措施",
        "评价工作组",
    ]
    assert section_lines(report)["评价结论"] == [50] and section_lines(report)["评价工作组"] == [87]


def test_seed_002_jingxing_department_report(seeds: dict[str, ExtractedReport]) -> None:
    report = seeds["002"]
    assert (report.kind, report.year, report.unit) == ("部门整体支出", 2025, "井陉县委网信办")
    assert stated(report, "unit") == {"井陉县委网信办": [1]} and stated(report, "year") == {"2025": [2]}
    assert report.project is None and report.report_date is None  # "截至2025年12月31日" is no signing date
    # line 11: "年初预算收入158.5万元，预算支出158.5元": the 元 slip is kept as written for the auditor ...
    slips = [f for f in report.facts if f.original_unit == "元"]
    assert [(f.field, f.value, f.original_value, f.line, f.text) for f in slips] == [
        ("budget.adjusted", D("0.01585"), D("158.5"), 11, "158.5元")
    ]
    # ... but is not the report's budget, and the report states no other budget, spending or rate
    assert report.budget.model_dump() == {
        "initial": None,
        "adjusted": None,
        "executed": None,
        "execution_rate": None,
    }
    assert report.income == {"年初预算收入": D("158.5"), "决算收入": D("154.74"), "上年结转": D(0)}
    assert stated(report, "income.年初预算收入") == {D("158.5"): [11], D("154.74"): [11]}
    assert report.assets == {"资产总额": D("5.73"), "固定资产": D("5.3"), "无形资产": D("0.4")}
    assert stated(report, "assets.资产总额") == {D("5.73"): [9]}
    assert report.expenditure == {}
    # "行政编制8名，事业编制6名" (line 8) are parts; "新增3名事业编制" (line 13) is a change, not staffing
    assert report.staffing.authorised is None and report.staffing.actual is None
    assert stated(report, "staffing.行政编制") == {D(8): [8]}
    assert stated(report, "staffing.事业编制") == {D(6): [8]}
    assert report.weights == {"产出指标": D(40), "效益指标": D(40), "预算执行率": D(10), "满意度指标": D(10)}
    assert {line for lines in stated(report, "weight").values() for line in lines} == {20}
    assert report.components == {}
    assert (report.score, report.grade) == (D(98), "优秀")
    assert stated(report, "score") == {D(98): [31]} and stated(report, "grade") == {"优秀": [31]}
    assert report.grade_scheme is None and report.satisfaction is None
    assert [
        (p.name, p.budget, p.executed, p.execution_rate, p.score, p.grade, p.line) for p in report.projects
    ] == [
        ("2025年网络舆情监测等工作经费", D(25), None, None, None, None, 17),
        ("2025年网络综合治理工作经费", D("6.8"), None, None, None, None, 17),
    ]
    assert achievement(report, "34186", "条", 13) == ("监测负面舆情", False)
    assert achievement(report, "500", "篇", 13)[1] is True
    assert achievement(report, "30000", "条", 13) == ("组织网评员完成任务", True)
    assert achievement(report, "20000", None, 13) == ("参与人次", True)  # "参与人次超2万"
    assert achievement(report, "445", "期", 13)[0].endswith("《舆情预警交办单》")
    # "将网评员队伍从150名扩充至230名": both figures are the team's size
    assert achievement(report, "150", "名", 13)[0].endswith("网评员队伍")
    assert achievement(report, "230", "名", 13)[0].endswith("网评员队伍")
    assert [(m.name, m.unit, m.post, m.line) for m in report.team] == [
        ("陈志军", "井陉县委网信办", "主任", 44),
        ("张国彦", "井陉县委网信办", "三级主任科员", 50),
        ("冀晓伟", "井陉县委网信办", "四级主任科员", 56),
    ]
    assert section_lines(report) == {
        "基本情况": [5, 6],
        "绩效目标": [12],
        "自评工作开展情况": [14, 15],
        "绩效目标实现情况": [22, 23, 28],
        "评价结论": [30],
        "存在问题": [32, 33],
        "改进措施": [32, 35],
        "评价工作组": [37],
    }


def test_seed_003_sanmenxia_project_report(seeds: dict[str, ExtractedReport]) -> None:
    report = seeds["003"]
    assert (report.kind, report.year) == ("项目支出", 2021)
    assert report.unit == "三门峡市互联网舆情研究和应急保障中心"
    assert report.project == "网络宣传管理和文化建设经费项目" and stated(report, "project") == {
        "网络宣传管理和文化建设经费项目": [3]
    }
    assert report.report_date is None
    # line 8: "总体批复项目支出预算130万元，其中，网络宣传管理和文化建设经费110万元，实际支出98.69万元，
    # 执行率为89.72%": the 130 is the centre's total, the project's own budget is 110 (98.69 / 110 = 89.72%)
    assert report.budget.model_dump() == {
        "initial": None,
        "adjusted": D(110),
        "executed": D("98.69"),
        "execution_rate": D("89.72"),
    }
    assert stated(report, "budget.adjusted") == {D(110): [8, 38]}
    assert stated(report, "total.adjusted") == {D(130): [8]}
    assert stated(report, "budget.executed") == {D("98.69"): [8, 38]}
    assert stated(report, "budget.execution_rate") == {D("89.72"): [8, 38]}
    assert (report.score, report.grade) == (D(99), "优")
    assert stated(report, "score") == {D(99): [36, 89]} and stated(report, "grade") == {"优": [36, 89]}
    # the stated weights sum to 90 (a defect the auditor reports); each component on its heading's line
    assert report.weights == {"预算执行率": D(10), "产出指标": D(30), "效益指标": D(40), "满意度指标": D(10)}
    assert report.components == {
        "预算执行率": D(9),
        "产出指标": D(30),
        "效益指标": D(40),
        "满意度指标": D(10),
    }
    assert {str(f.subject): f.line for f in report.facts if f.field == "component"} == {
        "预算执行率": 38,
        "产出指标": 40,
        "效益指标": 42,
        "满意度指标": 44,
    }
    assert report.satisfaction == D(80) and stated(report, "satisfaction") == {D(80): [76]}
    assert report.projects == []  # the report's own project is not listed as another project
    assert report.grade_scheme is None
    assert report.income == {} and report.expenditure == {} and report.assets == {}
    assert report.staffing.authorised is None and report.staffing.actual is None and report.team == []
    assert achievement(report, "3500", "条", 40) == ("完成全年监测指令稿件", False)
    assert achievement(report, "90", "%", 40) == ("网络信息的发现及时性", True)  # "超过90%"
    assert achievement(report, "42389000", "次", 50) == ("网络传播量", True)  # "4238.9万余次"
    assert achievement(report, "83000", "人次", 70)[1] is False  # "8.3万人次"
    assert achievement(report, "48", "个", 74) == ("检测出高危漏洞", False)
    assert report.sections == [
        "基本情况",
        "自评工作开展情况",
        "绩效目标实现情况",
        "评价结论",
        "存在问题",
        "改进措施",
        "其他说明",
    ]
    assert section_lines(report)["自评工作开展情况"] == [10, 20, 27]  # not "五、绩效自评工作建议…" (line 87)


def test_seed_004_chenxi_department_report(seeds: dict[str, ExtractedReport]) -> None:
    report = seeds["004"]
    assert (report.kind, report.year) == ("部门整体支出", 2023)
    assert report.unit == "中共辰溪县委网信办" and stated(report, "unit") == {"中共辰溪县委网信办": [16]}
    assert report.report_date is not None and report.report_date.isoformat() == "2024-03-14"
    assert stated(report, "report_date") == {"2024-03-14": [17]}
    assert report.project is None
    # line 55: "2023年度共发生支出239.67万元"; no budget and no execution rate are stated
    assert report.budget.model_dump() == {
        "initial": None,
        "adjusted": None,
        "executed": D("239.67"),
        "execution_rate": None,
    }
    assert stated(report, "budget.executed") == {D("239.67"): [55]}
    assert report.income == {
        "收入合计": D("239.67"),
        "财政拨款收入": D("239.67"),
        "事业收入": D(0),
        "经营收入": D(0),
        "其他收入": D(0),
    }
    assert report.expenditure == {
        "基本支出": D("239.67"),
        "项目支出": D(0),
        "经营支出": D(0),
        "财政拨款支出": D("239.67"),
        "一般公共服务(类)支出": D("239.67"),
        "工资福利支出": D("76.82"),
        "商品和服务支出": D("108.88"),
        "对个人和家庭的补助支出": D("31.42"),
        "其他资本性支出": D("22.55"),
    }
    assert stated(report, "expenditure.基本支出") == {D("239.67"): [55, 56]}
    assert report.assets == {
        "资产总额": D("52.9"),
        "流动资产": D(0),
        "固定资产净值": D(36),
        "配置固定资产": D("22.55"),
        "自用固定资产": D("52.9"),
        "在用": D("52.9"),
        "处置资产": D(0),
    }
    assert stated(report, "assets.资产总额") == {D("52.9"): [62]}
    # line 40: "核定人员编制11人 … 实际在编6人"
    assert (report.staffing.authorised, report.staffing.actual) == (D(11), D(6))
    assert stated(report, "staffing.authorised") == {D(11): [40]} and stated(report, "staffing.actual") == {
        D(6): [40]
    }
    assert report.grade == "优" and stated(report, "grade") == {"优": [99]}  # 整体自评结果“优”, no number
    nothing_scored(report)
    assert report.grade_scheme is None
    assert report.satisfaction == D(88) and stated(report, "satisfaction") == {D(88): [90]}
    assert report.projects == []  # "项目支出 0 万元" names no project
    # line 73: "“三公经费”变动率≤0；开展网评活动4次数，实际完成5次；网络系统设备3套，实际完成5套"
    assert target(report, "0", None, 73)[1] == "≤"
    assert target(report, "4", "次", 73) == ("开展网评活动数", None)
    assert target(report, "3", "套", 73) == ("网络系统设备", None)
    assert achievement(report, "5", "次", 73) == ("开展网评活动", False)
    assert achievement(report, "5", "套", 73) == ("网络系统设备", False)
    assert achievement(report, "54.55", "%", 73) == ("财政供养人员控制率", False)
    assert report.team == []
    assert section_lines(report) == {
        "基本情况": [37],
        "绩效目标实现情况": [68],
        "存在问题": [91],
        "改进措施": [96],
        "结果应用": [98],
        "其他说明": [100],
    }


def test_extract_json_has_the_keys_the_issue_lists() -> None:
    result = run("extract", "--json", str(SEEDS / NAMES["003"]), str(SEEDS / NAMES["001"]))
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line, parse_float=Decimal) for line in result.stdout.splitlines() if line.strip()]
    assert len(objects) == 2
    project_report, department_report = objects
    for data in objects:
        assert {
            "file", "kind", "year", "unit", "budget", "score", "grade", "weights", "components",
            "projects", "achievements", "sections", "facts",
        } <= set(data)  # fmt: skip
        assert set(data["budget"]) == {"initial", "adjusted", "executed", "execution_rate"}
        for project in data["projects"]:
            assert {"name", "budget", "executed", "execution_rate", "score", "grade"} <= set(project)
        for item in data["achievements"]:
            assert {"measure", "value", "unit", "approximate"} <= set(item)
        for fact in data["facts"]:
            assert {"field", "value", "unit", "line", "start", "end", "text"} <= set(fact)
    assert project_report["file"].endswith(NAMES["003"])
    assert project_report["budget"] == {
        "initial": None,
        "adjusted": D(110),
        "executed": D("98.69"),
        "execution_rate": D("89.72"),
    }
    assert (project_report["year"], project_report["score"], project_report["grade"]) == (2021, D(99), "优")
    assert project_report["weights"]["产出指标"] == D(30) and project_report["components"]["预算执行率"] == D(
        9
    )
    assert department_report["score"] is None and department_report["budget"]["executed"] is None
    assert [p["score"] for p in department_report["projects"]] == [D(100)] * 6
    rate = next(f for f in project_report["facts"] if f["field"] == "budget.execution_rate")
    assert (rate["value"], rate["unit"], rate["line"], rate["text"]) == (D("89.72"), "%", 8, "89.72%")


def _table_rows(printed: str) -> list[list[str]]:
    """The cells of each row Rich printed (rows drawn with │), stripped."""
    return [[cell.strip() for cell in line.split("│")[1:-1]] for line in printed.splitlines() if "│" in line]


def test_extract_prints_the_headline_figures_for_a_reader() -> None:
    """Seed 003 line 8: 110万元 budget, 98.69万元 spent, 89.72%; line 36: 自评得分99分, 优 (checked by hand)."""
    result = run("extract", str(SEEDS / NAMES["003"]))
    assert result.returncode == 0, result.stderr
    rows = {row[0]: row[1] for row in _table_rows(result.stdout) if len(row) == 2 and row[0]}
    assert rows["评价类型"] == "项目支出"
    assert rows["预算年度"] == "2021"
    assert rows["单位"] == "三门峡市互联网舆情研究和应急保障中心"
    assert rows["项目"] == "网络宣传管理和文化建设经费项目"
    assert rows["年初预算"] == "未载明"
    assert rows["调整后（全年）预算"] == "110 万元"
    assert rows["实际支出"] == "98.69 万元"
    assert rows["预算执行率"] == "89.72%"
    assert rows["自评得分"] == "99 分"
    assert rows["等级"] == "优"
    assert rows["一级指标分值"] == "预算执行率 10，产出指标 30，效益指标 40，满意度指标 10"


def test_extract_facts_prints_each_figure_with_its_line_and_columns() -> None:
    """Line 8 of seed 003 holds '98.69万元' at columns 67-74 and '89.72%' at 79-85 (0-based, end
    exclusive: line[67:74] == '98.69万元'); line 36 holds '自评得分99分' at 32-39."""
    result = run("extract", "--facts", str(SEEDS / NAMES["003"]))
    assert result.returncode == 0, result.stderr
    rows = [row for row in _table_rows(result.stdout) if len(row) == 6]
    assert ["budget.executed", "98.69", "万元", "98.69万元", "38", "128-135"] in rows
    funds = "网络宣传管理和文化建设经费"  # line 8 names the funds its figures belong to
    assert [f"budget.execution_rate·{funds}", "89.72", "%", "89.72%", "8", "79-85"] in rows
    assert [f"budget.executed·{funds}", "98.69", "万元", "98.69万元", "8", "67-74"] in rows
    assert ["score", "99", "分", "自评得分99分", "36", "32-39"] in rows
    line = (SEEDS / NAMES["003"]).read_text(encoding="utf-8").split("\n")[7]
    assert line[67:74] == "98.69万元" and line[79:85] == "89.72%"


def test_extract_facts_lists_the_candidates_weighed_for_each_headline_value() -> None:
    """Seed 004 names its unit in the title (line 4) and in a labelled cell (line 16:
    '部门（单位）名称：中共辰溪县委网信办', the name at columns 9-18); the cell is the stronger source."""
    result = run("extract", "--facts", str(SEEDS / NAMES["004"]))
    assert result.returncode == 0, result.stderr
    rows = [row for row in _table_rows(result.stdout) if len(row) == 5]
    assert ["unit", "中共辰溪县委网信办", "标注单元格", "16", "9-18"] in rows
    assert ["unit", "中共辰溪县委网信办", "标题", "4", "0-9"] in rows
    assert ["year", "2023", "标题", "3", "0-4"] in rows
    line = (SEEDS / NAMES["004"]).read_text(encoding="utf-8").split("\n")[15]
    assert line[9:18] == "中共辰溪县委网信办"
