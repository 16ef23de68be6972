"""What a user sees when an evaluation is wrong, through the real ``jixiao`` entry point: negative amounts,
repeated keys, out-of-band qualitative scores, operators explained as they are, and Chinese messages."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from .conftest import run_jixiao_process

# 执行率 10 + 产出 25 ("=") + 25 ("<") + 效益 30 (定性) + 满意度 10 = 100 under national-2020
CLEAN = """\
kind: 项目支出
year: 2024
department: 某部门
unit: 某单位
project: 某项目
funds:
  total: {initial: 110, budget: 110, executed: 110}
indicators:
  - {level1: 产出指标, level2: 质量指标, name: 政府采购执行率, operator: "=", target: 100, unit: "%", weight: 25, actual: 100}
  - {level1: 产出指标, level2: 质量指标, name: 投诉件数, operator: "<", target: 3, unit: 件, weight: 25, actual: 1}
  - {level1: 效益指标, level2: 社会效益指标, name: 网络舆论氛围, operator: 定性, tier: 达成, score: 30, weight: 30}
  - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, operator: "≥", target: 90, unit: "%", weight: 10, actual: 95}
"""
FUNDS_LINE = "  total: {initial: 110, budget: 110, executed: 110}\n"  # line 7
QUALITATIVE = "tier: 达成, score: 30, weight: 30}"


def write(tmp_path: Path, text: str, name: str = "e.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_clean_evaluation_passes(tmp_path: Path) -> None:
    result = run_jixiao_process("score", "--strict", "--json", str(write(tmp_path, CLEAN)))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    assert (data["total"], data["grade"], data["problems"]) == (100, "优", [])


def test_negative_budget_is_refused_by_score_and_render(tmp_path: Path) -> None:
    path = write(
        tmp_path, CLEAN.replace(FUNDS_LINE, "  total: {initial: -110, budget: -110, executed: 98.69}\n")
    )
    scored = run_jixiao_process("score", "--strict", str(path))
    assert scored.returncode == 2
    assert scored.stdout == ""  # no card: before, -8.97 execution points, 良 and 校验通过
    assert scored.stderr.splitlines() == [
        f"错误 {path}: funds.total.initial，第 7 行: 不能为负数（填写的是“-110”）",
        f"错误 {path}: funds.total.budget，第 7 行: 不能为负数（填写的是“-110”）",
    ]
    out = tmp_path / "report.html"
    rendered = run_jixiao_process("render", str(path), "--to", "html", "-o", str(out))
    assert rendered.returncode == 2
    assert "Traceback" not in rendered.stderr
    assert "funds.total.budget，第 7 行: 不能为负数" in rendered.stderr
    assert not out.exists()  # no report printing 全年预算数-110.00万元


def test_negative_spending_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN.replace(FUNDS_LINE, "  total: {initial: 110, budget: 110, executed: -5}\n"))
    result = run_jixiao_process("score", str(path))
    assert result.returncode == 2
    assert result.stderr.strip() == f"错误 {path}: funds.total.executed，第 7 行: 不能为负数（填写的是“-5”）"


def test_negative_actual_is_an_error_not_a_silent_zero(tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN.replace("weight: 25, actual: 100}", "weight: 25, actual: -100}"))
    result = run_jixiao_process("score", "--strict", "--json", str(path))
    assert result.returncode == 1
    data = json.loads(result.stdout, parse_float=Decimal)
    line = data["indicators"][0]
    assert line["score"] == 0
    assert line["explanation"] == (
        "实际完成值 -100 为负数，按 0 计；实际 0% 未达指标 100%，按完成比例 0/100 × 25 = 0 分"
    )
    assert {
        "code": "indicator.negative_actual",
        "severity": "error",
        "path": "indicators[0].actual",
        "message": "“政府采购执行率”的实际完成值为 -100，不能为负数（已按 0 计分）",
    } in data["problems"]
    assert data["total"] == 75  # 10 + 0 + 25 + 30 + 10


def test_duplicate_key_is_refused_with_key_path_and_lines(tmp_path: Path) -> None:
    path = write(tmp_path, CLEAN.replace("project: 某项目\n", "project: 某项目\nyear: 2025\n"))
    result = run_jixiao_process("score", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        f"错误 {path}: year，第 6 行: 键“year”重复（第 2 行已写过），同一层级的键只能写一次"
    )


def test_duplicate_json_key_is_refused(tmp_path: Path) -> None:
    text = '{"kind": "项目支出", "year": 2024, "department": "d",\n  "unit": "u", "unit": "v", "funds": {}}'
    path = write(tmp_path, text, "e.json")
    result = run_jixiao_process("score", str(path))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"错误 {path}: unit，第 2 行: 键“unit”重复（第 2 行已写过），同一层级的键只能写一次"
    )


def test_out_of_band_qualitative_score_counts_at_the_band_edge(tmp_path: Path) -> None:
    # 部分达成 of 30 points: 60%-80% = 18 to 24, 24 excluded; 30 given -> 23.99
    text = CLEAN.replace(QUALITATIVE, "tier: 部分达成, score: 30, weight: 30, deviation: 宣传覆盖面不足}")
    path = write(tmp_path, text)
    as_json = run_jixiao_process("score", "--strict", "--json", str(path))
    assert as_json.returncode == 0  # a warning, not an error
    data = json.loads(as_json.stdout, parse_float=Decimal)
    assert data["indicators"][2]["score"] == Decimal("23.99")
    assert data["total"] == Decimal("93.99")  # 10 + 25 + 25 + 23.99 + 10; before: 100
    message = (
        "“网络舆论氛围”评为“部分达成年度指标并具有一定效果”，该档得分应在 18–24 分，不含 24 分，"
        "自评 30 分超出该档，按 23.99 分计"
    )
    assert data["problems"] == [
        {
            "code": "indicator.qualitative_band",
            "severity": "warning",
            "path": "indicators[2].score",
            "message": message,
        }
    ]
    table = run_jixiao_process("score", str(path))
    assert f"提示 indicator.qualitative_band indicators[2].score {message}" in table.stdout
    assert "校验通过" not in table.stdout


def test_operators_are_explained_as_themselves(tmp_path: Path) -> None:
    result = run_jixiao_process("score", "--json", str(write(tmp_path, CLEAN)))
    explanations = [line["explanation"] for line in json.loads(result.stdout)["indicators"]]
    assert explanations[0] == "实际 100% = 指标 100%，得满分 25 分"  # before: "实际 100% ≥ 指标 100%"
    assert explanations[1] == "实际 1 件 < 指标 3 件，得满分 25 分"  # before: "≤"
    assert explanations[3] == "实际 95% ≥ 指标 90%，得满分 10 分"


def test_every_message_is_chinese_with_a_path_and_line(tmp_path: Path) -> None:
    text = (
        CLEAN.replace("year: 2024", "year: 1999")
        .replace("unit: 某单位\n", "")
        .replace("project: 某项目", "project: 某项目\nbudjet: 3")
        .replace("target: 3,", "target: 三,")
        .replace('operator: "≥"', 'operator: "≈"')
    )
    path = write(tmp_path, text)
    result = run_jixiao_process("score", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"错误 {path}: year，第 2 行: 不能小于 2000（填写的是“1999”）",
        f"错误 {path}: unit，第 1 行: 缺少必填项",
        f"错误 {path}: indicators[1].target，第 10 行: 应为数字（填写的是“三”）",
        f"错误 {path}: indicators[3].operator，第 12 行: 应为以下之一：≥、>、=、≤、<、定性（填写的是“≈”）",
        f"错误 {path}: budjet，第 5 行: 不认识的键，请检查拼写",
    ]
    for line in result.stderr.splitlines():
        assert not re.search(r"[A-Za-z]+ [A-Za-z]+", line.removeprefix(f"错误 {path}")), line
