"""``jixiao score`` on real files: in-process through Click's runner, the entry point once as a subprocess."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from .conftest import EXAMPLES, run_jixiao_process
from .conftest import run_jixiao as run


def test_score_table() -> None:
    result = run("score", str(EXAMPLES / "003-project-sanmenxia-2021.yaml"))
    assert result.returncode == 0, result.stderr
    assert "98.47" in result.stdout
    assert "实际 3500 条 ≥ 指标 3000 条，得满分 10 分" in result.stdout
    assert "执行率 98.69/110 = 89.72%，得 89.72% × 10 = 8.97 分" in result.stdout
    assert "校验通过" in result.stdout


def test_score_json() -> None:
    result = run("score", "--json", str(EXAMPLES / "003-as-published-invalid.yaml"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    assert data["total"] == Decimal("83.35")  # the 部分达成 given 20 of 20 counts as 15.99, its band's edge
    assert data["grade"] == "良"
    assert data["execution"]["score"] == Decimal("8.97")
    assert data["execution"]["rate"] == Decimal("89.72")
    assert [i["name"] for i in data["indicators"]][:2] == ["监测指令稿件", "网评工作"]
    assert data["indicators"][1]["explanation"] == "实际 190 未达指标 200，按完成比例 190/200 × 10 = 9.5 分"
    assert {p["code"] for p in data["problems"]} >= {"weights.total", "indicator.qualitative_band"}


def test_scheme_option_changes_the_grade() -> None:
    file = str(EXAMPLES / "003-as-published-invalid.yaml")
    result = run("score", "--json", "--scheme", "provincial-80", file)
    assert json.loads(result.stdout)["grade"] == "优"  # 83.35 >= 80 under the provincial variant


def test_strict_exits_one_on_errors() -> None:
    assert run("score", "--strict", str(EXAMPLES / "003-as-published-invalid.yaml")).returncode == 1
    assert run("score", "--strict", str(EXAMPLES / "004-department-chenxi-2023.yaml")).returncode == 0


def test_bad_file_exits_two_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: 项目支出\nyear: 1899\n", encoding="utf-8")
    good = EXAMPLES / "004-department-chenxi-2023.yaml"
    result = run("score", "--json", str(bad), str(good))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{bad}: year" in result.stderr
    assert "第 2 行" in result.stderr
    # the good file of the same call still goes through
    assert json.loads(result.stdout)["total"] == 97.22


def test_missing_file_exits_two_through_the_real_entry_point() -> None:
    result = run_jixiao_process("score", "/nonexistent.yaml")
    assert result.returncode == 2
    assert "文件不存在" in result.stderr
    assert "Traceback" not in result.stderr


def test_schemes_listing() -> None:
    result = run("schemes")
    assert result.returncode == 0
    assert "national-2020" in result.stdout and "luquan-2024" in result.stdout
    detail = run("schemes", "luquan-2024")
    assert "优秀 ≥ 85" in detail.stdout


def test_a_report_with_several_forms_is_scored_on_its_first_and_says_so(tmp_path: Path) -> None:
    # two project forms, each under its own title (hand-written): the first scored, the user told of the second
    form = (
        "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "年度资金总额\t{budget}\t{budget}\t{budget}\t10\t100%\t10\n"
        "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t{item}\t≥{target}次\t{target}次\t50\t50\n效益指标\t覆盖人数\t≥100人\t100人\t30\t30\n"
        "满意度指标\t群众满意度\t≥90%\t92%\t10\t10\n总分\t\t\t\t100\t100\n"
    )
    text = (
        "某局2023年度项目支出绩效自评报告\n项目支出绩效自评表\n项目名称：普法宣传\n"
        + form.format(budget="20.00", item="宣传活动", target=12)
        + "项目支出绩效自评表\n项目名称：人民调解培训\n"
        + form.format(budget="8.00", item="培训场次", target=6)
    )
    report = tmp_path / "两张表.txt"
    report.write_text(text, encoding="utf-8")
    result = run("score", "--json", str(report))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    assert [i["name"] for i in data["indicators"]] == ["宣传活动", "覆盖人数", "群众满意度"]
    assert "报告中有 2 张自评表，此处按第一张计分；其余各表（指标行自第16行起）" in result.stderr
