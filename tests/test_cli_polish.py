"""``jixiao rules`` and ``jixiao stats`` in an 80-column terminal, run as a user runs them: every rule's
description and every unit's name is there whole, not cut off with "…" nor broken inside a word."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from rich.cells import cell_len

from jixiao.audit import rules as _rules  # noqa: F401 - importing registers the rules
from jixiao.audit.registry import RULES
from jixiao.audit.severity import SEVERITY_LABEL

from .conftest import EXAMPLES, SEEDS, run_jixiao_process

COLUMNS = 80
_CLOSING = tuple("，。、；：？！）》」”")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_jixiao_process(*args, env={"COLUMNS": str(COLUMNS)})


def _solid(text: str) -> str:
    return "".join(text.split())


def test_rules_show_each_description_whole_at_80_columns() -> None:
    listing = run("rules")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert all(cell_len(line) <= COLUMNS for line in lines)
    blocks: dict[str, list[str]] = {}
    for line in lines[1:]:
        if line.startswith(" "):
            blocks[next(reversed(blocks))].append(line.strip())
        else:
            blocks[line.split()[0]] = [line]
    assert sorted(blocks) == sorted(RULES)
    for code, (head, *description) in blocks.items():
        rule = RULES[code]
        assert head.split() == [code, SEVERITY_LABEL[rule.severity], rule.name]
        assert _solid("".join(description)) == _solid(rule.summary)
        assert not any(line.startswith(_CLOSING) for line in description), description


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five bundled sample reports stored with ``jixiao ingest``; one unit is named with 18
    characters (三门峡市互联网舆情研究和应急保障中心)."""
    path = tmp_path_factory.mktemp("stats") / "jixiao.db"
    stored = run("ingest", str(SEEDS), "--db", str(path))
    assert stored.returncode == 0, stored.stderr
    return path


def _unit_column(stdout: str) -> list[str]:
    """The unit names as the 按单位 table shows them: a row's first cell, and the lines under it that
    carry only the rest of a folded name."""
    lines = stdout.splitlines()
    title = next(index for index, line in enumerate(lines) if line.startswith("按单位"))
    rule = next(index for index in range(title, len(lines)) if lines[index].startswith(("─", "┡")))
    names: list[str] = []
    for line in lines[rule + 1 :]:
        cells = line.replace("│", " ").split()
        if not cells or cells[0].startswith(("└", "已写出")):
            break
        if len(cells) == 1:
            names[-1] += cells[0]
        else:
            names.append(cells[0])
    return names


def test_stats_show_unit_names_whole_at_80_columns(database: Path, tmp_path: Path) -> None:
    table = tmp_path / "by-unit.csv"
    result = run("stats", "--db", str(database), "--csv", str(table))
    assert result.returncode == 0, result.stderr
    assert "…" not in result.stdout
    assert all(cell_len(line) <= COLUMNS for line in result.stdout.splitlines())
    with table.open(encoding="utf-8-sig", newline="") as handle:
        stored = [row["单位"] for row in csv.DictReader(handle)]
    assert "三门峡市互联网舆情研究和应急保障中心" in stored
    assert _unit_column(result.stdout) == stored
    # figures are never folded: each is whole on its row
    assert "89.72%" in result.stdout
    assert "99.91%" in result.stdout


def test_stats_by_year_keeps_every_column_at_80_columns(database: Path) -> None:
    result = run("stats", "--db", str(database), "--by", "year")
    assert result.returncode == 0, result.stderr
    assert "…" not in result.stdout
    header = next(line for line in result.stdout.splitlines() if line.startswith("年度"))
    assert header.split() == [
        "年度",
        "报告数",
        "有得分",
        "平均分",
        "满分数",
        "满分占比",
        "平均执行率",
        "意见数",
        "错误数",
        "平均分较上年",
    ]


def test_score_card_folds_indicator_names_at_80_columns() -> None:
    result = run("score", str(EXAMPLES / "003-project-sanmenxia-2021.yaml"))
    assert result.returncode == 0, result.stderr
    assert "…" not in result.stdout
    # the third-level column of each row, joined over its folded lines
    names = "".join(line.split("│")[3].strip() for line in result.stdout.splitlines() if line.count("│") >= 7)
    assert "网络安全检查单位" in names and "网上宣传稿件到达率" in names
