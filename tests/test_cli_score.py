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
