"""``jixiao audit`` and ``jixiao rules`` on real report files, run in-process through Click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from jixiao.audit.registry import RULES

from .conftest import run_jixiao

CLEAN = """2024年度某单位项目支出绩效自评报告
一、基本情况
2024年度全年预算100万元，实际支出95万元，预算执行率95%。
二、绩效自评工作开展情况
成立评价工作组，对照指标逐项自评。
三、绩效目标实现情况
计划开展培训不少于10次，实际开展培训12次。
四、评价结论
自评得分96分，评价等级为优。
五、存在的问题和改进措施
宣传形式较单一，下一步将丰富宣传形式。
六、评价工作组
组长：张三，财务科科长。
"""

# line 9 states a score whose components (line 10) add up to 89
WRONG_SUM = CLEAN.replace(
    "自评得分96分，评价等级为优。",
    "自评得分99分，评价等级为优。\n其中预算执行率得9分，产出指标得30分，效益指标得40分，满意度指标得10分。",
)


@pytest.fixture
def reports(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "clean": tmp_path / "clean.txt",
        "wrong": tmp_path / "wrong.txt",
        "gbk": tmp_path / "wrong-gbk.txt",
        "empty": tmp_path / "empty.txt",
    }
    paths["clean"].write_text(CLEAN, encoding="utf-8")
    paths["wrong"].write_text(WRONG_SUM, encoding="utf-8")
    paths["gbk"].write_bytes(WRONG_SUM.encode("gb18030"))
    paths["empty"].write_bytes(b"")
    return paths


def json_lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_clean_report_exits_zero(reports: dict[str, Path]) -> None:
    result = run_jixiao("audit", str(reports["clean"]))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "未发现问题" in result.stdout


def test_error_finding_exits_one_with_computation(reports: dict[str, Path]) -> None:
    result = run_jixiao("audit", str(reports["wrong"]))
    assert result.returncode == 1
    assert "JX104" in result.stdout
    assert "各部分得分合计89分，与自评总分99分不符" in result.stdout
    assert "9 + 30 + 40 + 10 = 89，与自评得分 99 不符" in result.stdout
    assert "第9行" in result.stdout


def test_json_is_one_object_per_file(reports: dict[str, Path]) -> None:
    result = run_jixiao("audit", "--json", str(reports["wrong"]), str(reports["clean"]))
    assert result.returncode == 1
    objects = json_lines(result.stdout)
    assert [o["file"] for o in objects] == [str(reports["wrong"]), str(reports["clean"])]
    finding = next(f for f in objects[0]["findings"] if f["code"] == "JX104")
    assert finding["severity"] == "error"
    assert finding["line"] == 9
    assert finding["evidence"].startswith("第9行：自评得分99分")
    assert set(finding) >= {"code", "severity", "message", "line", "evidence"}
    assert objects[1]["findings"] == []


def test_gb18030_copy_gives_the_same_findings(reports: dict[str, Path]) -> None:
    utf8 = json_lines(run_jixiao("audit", "--json", str(reports["wrong"])).stdout)[0]["findings"]
    gbk = json_lines(run_jixiao("audit", "--json", str(reports["gbk"])).stdout)[0]["findings"]
    assert gbk == utf8


def test_unreadable_file_exits_two_and_the_others_still_go_through(reports: dict[str, Path]) -> None:
    result = run_jixiao("audit", "--json", str(reports["empty"]), str(reports["wrong"]))
    assert result.returncode == 2
    assert str(reports["empty"]) in result.stderr
    assert "Traceback" not in result.stderr
    assert [o["file"] for o in json_lines(result.stdout)] == [str(reports["wrong"])]


def test_select_and_ignore(reports: dict[str, Path]) -> None:
    only_completeness = run_jixiao("audit", "--json", "--select", "JX3", str(reports["wrong"]))
    assert only_completeness.returncode == 0
    assert json_lines(only_completeness.stdout)[0]["findings"] == []
    ignored = run_jixiao("audit", "--json", "--ignore", "JX104", str(reports["wrong"]))
    assert ignored.returncode == 0
    assert all(f["code"] != "JX104" for f in json_lines(ignored.stdout)[0]["findings"])


def test_select_and_ignore_where_findings_exist(tmp_path: Path) -> None:
    """Without line 9 the report states neither a score nor a grade: JX302 and JX303 fire, and only the
    selection decides which are printed."""
    unscored = tmp_path / "unscored.txt"
    unscored.write_text(CLEAN.replace("自评得分96分，评价等级为优。", "各项目标均已完成。"), encoding="utf-8")

    def codes(*options: str) -> list[str]:
        result = run_jixiao("audit", "--json", *options, str(unscored))
        assert result.returncode == 0, result.stderr
        return sorted(f["code"] for f in json_lines(result.stdout)[0]["findings"])

    assert codes() == ["JX302", "JX303"]
    assert codes("--select", "JX3") == ["JX302", "JX303"]
    assert codes("--select", "JX302") == ["JX302"]
    assert codes("--select", "JX1,JX2") == []
    assert codes("--ignore", "JX303") == ["JX302"]
    assert codes("--ignore", "JX3") == []


def test_audit_under_another_scheme(tmp_path: Path) -> None:
    """86 points is 良 under national-2020 (优 from 90) but 优秀 under luquan-2024 (优秀 from 85)."""
    report = tmp_path / "graded.txt"
    report.write_text(
        CLEAN.replace("自评得分96分，评价等级为优", "自评得分86分，评价等级为优秀"), encoding="utf-8"
    )
    national = run_jixiao("audit", "--json", str(report))
    assert national.returncode == 1
    [finding] = [f for f in json_lines(national.stdout)[0]["findings"] if f["code"] == "JX203"]
    assert (finding["line"], finding["message"]) == (9, "自评得分86分应评为“良”，报告写“优秀”")
    luquan = run_jixiao("audit", "--json", "--scheme", "luquan-2024", str(report))
    assert luquan.returncode == 0
    assert json_lines(luquan.stdout)[0]["findings"] == []


def test_unknown_rule_code_is_a_clear_error(reports: dict[str, Path]) -> None:
    result = run_jixiao("audit", "--select", "JX999", str(reports["clean"]))
    assert result.returncode == 2
    assert "JX999" in result.stderr
    assert "Traceback" not in result.stderr


def test_html_report_highlights_the_line_and_escapes_the_text(
    tmp_path: Path, reports: dict[str, Path]
) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        WRONG_SUM.replace("成立评价工作组", "<script>alert(1)</script>成立评价工作组"), encoding="utf-8"
    )
    out = tmp_path / "audit.html"
    result = run_jixiao("audit", "--html", str(out), str(hostile))
    assert result.returncode == 1
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    soup = BeautifulSoup(page, "html.parser")
    line9 = next(tag for tag in soup.select("div.line") if str(tag.get("id", "")).endswith("-L9"))
    assert "hl-error" in line9["class"]
    assert "自评得分99分" in line9.get_text()
    assert "JX104" in line9.find_next_sibling("div", class_="note").get_text()
    highlighted = {
        int(str(tag["id"]).rsplit("-L", 1)[1])
        for tag in soup.select("div.line")
        if any(c.startswith("hl-") for c in tag["class"])
    }
    assert highlighted == {9, 10}  # the stated total and the line of its components


def test_rules_lists_every_rule_and_prints_one() -> None:
    listing = run_jixiao("rules")
    assert listing.returncode == 0
    for code in RULES:
        assert code in listing.stdout
    one = run_jixiao("rules", "jx104")
    assert one.returncode == 0
    assert one.stdout.startswith("JX104 component-sum")
    assert "会触发的写法" in one.stdout
    missing = run_jixiao("rules", "JX999")
    assert missing.returncode == 2
    assert "没有这条规则" in missing.stderr
