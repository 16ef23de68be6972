"""The synthetic corpus: reproducible, varied, and its truth file agrees with what the files say."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.audit import rules as _rules  # noqa: F401 - importing registers the rules
from jixiao.audit.registry import RULES
from jixiao.ingest import read_document
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.render.report_text import Heading, Paragraph, Report, Table, build_report
from jixiao.scoring import score
from jixiao.synth.corpus import PARTIAL_TRUTH_FILE, TRUTH_FILE, CorpusSpec, write_corpus
from jixiao.synth.errors import INJECTORS, Subject
from jixiao.synth.layout import Layout, to_text
from jixiao.synth.variation import Wording, reword_text
from tests.conftest import EXAMPLES


def truth(folder: Path) -> list[dict[str, object]]:
    lines = (folder / TRUTH_FILE).read_text(encoding="utf-8").splitlines()
    return [json.loads(line, parse_float=Decimal) for line in lines]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(CorpusSpec(count=40, out=folder, seed=7))
    return folder


def test_corpus_is_varied_and_complete(corpus: Path) -> None:
    records = truth(corpus)
    assert len(records) == 40
    assert {r["kind"] for r in records} == {"项目支出", "部门整体支出"}
    assert {r["format"] for r in records} == {"txt", "docx"}
    assert len({r["unit"] for r in records}) > 5
    assert len({r["year"] for r in records}) > 3
    assert any(r["errors"] for r in records)
    assert any(not r["errors"] for r in records)
    assert len({json.dumps(r["layout"]) for r in records if r["layout"]}) > 5
    for record in records:
        document = read_document(corpus / str(record["file"]))
        assert str(record["unit"]) in document.text
        assert f"{record['year']}年度" in document.text
        for error in record["errors"]:  # type: ignore[attr-defined]
            assert error["rule"] in RULES


def test_same_seed_same_corpus_in_one_or_two_processes(corpus: Path, tmp_path: Path) -> None:
    write_corpus(CorpusSpec(count=40, out=tmp_path, seed=7), workers=2)
    assert (tmp_path / TRUTH_FILE).read_bytes() == (corpus / TRUTH_FILE).read_bytes()
    for record in truth(corpus):
        name = str(record["file"])
        if name.endswith(".txt"):
            assert (tmp_path / name).read_bytes() == (corpus / name).read_bytes()
        else:
            assert read_document(tmp_path / name).text == read_document(corpus / name).text


def test_another_seed_another_corpus(corpus: Path, tmp_path: Path) -> None:
    write_corpus(CorpusSpec(count=5, out=tmp_path, seed=8, formats=("txt",)))
    assert {r["unit"] for r in truth(tmp_path)} != {r["unit"] for r in truth(corpus)[:5]}
    assert {r["format"] for r in truth(tmp_path)} == {"txt"}


@pytest.fixture(scope="module")
def example() -> tuple[Report, Subject]:
    evaluation = load_evaluation(EXAMPLES / "003-project-sanmenxia-2021.yaml")
    scheme = load_scheme("national-2020")
    card = score(evaluation, scheme)
    return build_report(evaluation, card, scheme), Subject(evaluation, card, scheme)


def _text(report: Report) -> str:
    parts: list[str] = []
    for block in report.blocks:
        if isinstance(block, Heading | Paragraph):
            parts.append(block.text)
        else:
            parts += ["|".join(row) for row in block.rows]
    return "\n".join(parts)


def test_each_mistake_changes_exactly_what_it_says(example: tuple[Report, Subject]) -> None:
    report, subject = example  # 全年预算数110万元, 执行数98.69万元, 执行率89.72%, 98.47分, 优
    original = _text(report)
    for kind, injector in INJECTORS.items():
        result = injector(report, subject, random.Random(1))
        assert result is not None, kind
        edited, error = result
        text = _text(edited)
        assert error.kind == kind
        if kind == "rate_mismatch":
            assert (error.correct, error.rule) == ("89.72", "JX103")
            assert f"预算执行率为{error.stated}%" in text and "预算执行率为89.72%" not in text
        elif kind == "total_mismatch":
            assert (error.correct, error.rule) == ("98.47", "JX104")
            assert text.count(f"自评得分{error.stated}分") == 1 and "自评得分98.47分" not in text
            assert f"总分|||100.00|{error.stated}|" in text and "总分|||100.00|98.47|" in original
        elif kind == "grade_mismatch":
            assert (error.correct, error.rule) == ("优", "JX203")
            assert f"自评等级为“{error.stated}”" in text and f"自评等级||||{error.stated}|" in text
        elif kind == "conflicting_budget":
            assert (error.correct, error.rule) == ("110.00", "JX201")
            assert Decimal("115.5") <= Decimal(error.stated) <= Decimal("143")
            assert f"2021年度全年预算数{error.stated}万元。" in text
        else:
            assert (error.stated, error.correct, error.rule) == ("98.69元", "98.69万元", "JX202")
            assert "全年执行数98.69元" in text and original.count("98.69万元") == text.count("98.69万元") + 1


def test_wording_changes_phrases_and_figures_not_values() -> None:
    wording = Wording(
        phrases={"全年执行数": "全年实际支出", "预算执行率为": "执行率为"},
        drop_zeros=True,
        space_before_unit=True,
        ascii_colon=True,
    )
    sentence = "其中：全年执行数98.690万元，预算执行率为89.72%，得10.00分。"
    assert reword_text(wording, sentence) == "其中:全年实际支出98.69 万元，执行率为89.72%，得10 分。"
    assert wording.describe() == [
        "全年执行数→全年实际支出",
        "预算执行率为→执行率为",
        "去掉末尾的0",
        "数字与单位间加空格",
        "半角冒号",
    ]


def test_layouts() -> None:
    report = Report(
        title="2024年度某单位部门整体支出绩效自评报告",
        subtitle=None,
        blocks=(
            Heading(1, "一、预算执行情况"),
            Paragraph("本部门全年预算数1234.56万元，全年执行数1200.00万元。"),
            Table(
                header=("一级指标", "分值", "得分"), rows=(("预算执行率", "10", "9.72"),), widths=(3, 2, 2)
            ),
        ),
        signature=("某单位",),
    )
    base = Layout(
        "pipe", indent=False, blank_between=False, wrap=None, banner=False, crlf=False, encoding="utf-8"
    )
    assert to_text(report, base, "2025-03-01").splitlines() == [
        "2024年度某单位部门整体支出绩效自评报告",
        "",
        "一、预算执行情况",
        "本部门全年预算数1234.56万元，全年执行数1200.00万元。",
        "| 一级指标 | 分值 | 得分 |",
        "| 预算执行率 | 10 | 9.72 |",
        "",
        "某单位",
    ]
    cells = Layout("cell-per-line", True, False, 12, True, True, "utf-8")
    text = to_text(report, cells, "2025-03-01")
    lines = text.split("\r\n")
    assert lines[:2] == [
        "《2024年度某单位部门整体支出绩效自评报告.docx》由会员分享，可在线阅读",
        "发布时间：2025-03-01  来源：本站整理",
    ]
    # wrapped at 12 characters, but never inside 1234.56 or 1200.00
    assert lines[6:10] == ["\u3000\u3000本部门全年预算数", "1234.56万元，全年", "执行数1200.00万元", "。"]
    assert lines[10:] == ["一级指标", "分值", "得分", "预算执行率", "10", "9.72", "", "某单位", ""]


def test_cli(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "jixiao", "synth", "12", "-o", str(tmp_path), "--seed", "1"]
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(
        [*command, "--formats", "txt", "--workers", "1"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "已生成 12 份报告" in done.stdout
    assert len(list(tmp_path.rglob("*.txt"))) == 12
    assert len(truth(tmp_path)) == 12
    bad = subprocess.run([*command, "--formats", "pdf"], env=env, capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert "不支持的格式：pdf" in bad.stderr
    assert "Traceback" not in bad.stderr


def _files(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file())


def test_cli_replaces_an_earlier_corpus_whole(tmp_path: Path) -> None:
    """3 reports written where 20 were: the folder then holds the 3 and a truth file of 3, nothing else."""
    folder = tmp_path / "corpus"
    command = [
        sys.executable,
        "-m",
        "jixiao",
        "synth",
        "-o",
        str(folder),
        "--formats",
        "txt,docx",
        "--workers",
        "1",
    ]
    env = {**os.environ, "COLUMNS": "200"}
    first = subprocess.run([*command, "20"], env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(
        [*command, "3", "--seed", "5"], env=env, capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stderr
    assert "已生成 3 份报告" in again.stdout
    assert "替换了上次生成的 20 份" in again.stdout
    records = truth(folder)
    assert len(records) == 3
    assert _files(folder) == sorted([TRUTH_FILE, *(str(record["file"]) for record in records)])
    assert all(any(year.iterdir()) for year in folder.iterdir() if year.is_dir())  # no empty year folders


def test_cli_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(CorpusSpec(count=3, out=folder, seed=1, formats=("txt",)))
    (folder / "说明.docx").write_bytes(b"not ours")
    before = _files(folder)
    env = {**os.environ, "COLUMNS": "200"}
    command = [sys.executable, "-m", "jixiao", "synth", "5", "-o", str(folder), "--workers", "1"]
    refused = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert refused.returncode == 2
    assert "文件夹中有不是 jixiao synth 生成的文件（如 说明.docx）" in refused.stderr
    assert "请换一个空文件夹或新文件夹" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _files(folder) == before
    assert len(truth(folder)) == 3
    (folder / "说明.docx").unlink()
    (folder / TRUTH_FILE).unlink()  # reports without their truth file are not taken for a corpus either
    unmarked = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert unmarked.returncode == 2
    assert f"也没有 {TRUTH_FILE}" in unmarked.stderr


def test_an_interrupted_corpus_is_replaced(tmp_path: Path) -> None:
    """A run stopped midway leaves reports and a partial truth file, never a truth file that lists fewer."""
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "000007.txt").write_text("半截", encoding="utf-8")
    (tmp_path / PARTIAL_TRUTH_FILE).write_text("", encoding="utf-8")
    write_corpus(CorpusSpec(count=2, out=tmp_path, seed=3, formats=("txt",)))
    assert _files(tmp_path) == sorted([TRUTH_FILE, *(str(record["file"]) for record in truth(tmp_path))])
