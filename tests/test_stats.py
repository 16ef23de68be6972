"""Statistics computed in the database, checked against figures worked out by hand, on both databases."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlalchemy import Engine, insert

from jixiao.analysis.grouping import Grouping
from jixiao.analysis.stats import (
    execution_distribution,
    find_unit,
    findings_by_rule,
    grade_distribution,
    grouped,
    overview,
    score_distribution,
    similar_units,
)
from jixiao.audit.registry import RULES
from jixiao.store.models import Unit
from tests.conftest import insert_report, run_jixiao

D = Decimal

# unit, year, score, grade, execution rate, finding codes and severities
REPORTS: list[tuple[str | None, int | None, str | None, str | None, str | None, list[tuple[str, str]]]] = [
    ("甲单位", 2022, "100", "优", "100", [("JX101", "error"), ("JX201", "warning")]),
    ("甲单位", 2023, "92.5", "优", "99.91", [("JX101", "error")]),
    ("甲单位", 2023, "88.25", "良", "85.5", []),
    ("乙单位", 2023, "100", "优", "120", [("JX101", "error"), ("JX101", "error"), ("JX301", "info")]),
    ("乙单位", 2024, None, None, None, [("JX201", "warning")]),
    (None, None, "59.99", "差", "45", []),
]


@pytest.fixture
def stored(engine: Engine) -> Engine:
    with engine.begin() as connection:
        units = {
            name: connection.execute(insert(Unit).values(name=name).returning(Unit.id)).scalar_one()
            for name in ("甲单位", "乙单位", "丙单位")
        }
        for number, (unit, year, score, grade, rate, findings) in enumerate(REPORTS):
            insert_report(
                connection, number, units[unit] if unit else None, year, score, grade, rate, findings
            )
    return engine


def rows(table: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in table.rows]


def test_overview(stored: Engine) -> None:
    with stored.connect() as connection:
        table = overview(connection)
    # 6 reports, 5 with a score: (100 + 92.5 + 88.25 + 100 + 59.99) / 5 = 88.148; 2 of 5 at full marks;
    # rates (100 + 99.91 + 85.5 + 120 + 45) / 5 = 90.082; 7 findings, 4 of them errors.
    assert rows(table) == [(6, 5, D("88.15"), 2, D("40.00"), D("90.08"), 7, 4)]


def test_distributions(stored: Engine) -> None:
    with stored.connect() as connection:
        scores = score_distribution(connection)
        rates = execution_distribution(connection)
        grades = grade_distribution(connection)
    assert [(band, n) for band, n, _ in scores.rows] == [
        ("100（满分）", 2),
        ("90–100", 1),
        ("80–90", 1),
        ("70–80", 0),
        ("60–70", 0),
        ("60以下", 1),
        ("未注明", 1),
    ]
    assert [share for _, _, share in scores.rows] == [
        D(s) for s in ("33.33", "16.67", "16.67", "0", "0", "16.67", "16.67")
    ]
    assert [(band, n) for band, n, _ in rates.rows] == [
        ("超过100%", 1),
        ("100%", 1),
        ("95%–100%", 1),
        ("90%–95%", 0),
        ("80%–90%", 1),
        ("60%–80%", 0),
        ("60%以下", 1),
        ("未注明", 1),
    ]
    assert rows(grades) == [
        ("优", 3, D("50.00"), D("97.50")),
        ("差", 1, D("16.67"), D("59.99")),
        ("良", 1, D("16.67"), D("88.25")),
        (None, 1, D("16.67"), None),
    ]


def test_by_unit(stored: Engine) -> None:
    with stored.connect() as connection:
        table = grouped(connection, Grouping.UNIT)
    assert rows(table) == [
        # (100 + 92.5 + 88.25) / 3 = 93.583; (100 + 99.91 + 85.5) / 3 = 95.137
        ("甲单位", 3, 3, D("93.58"), 1, D("33.33"), D("95.14"), 3, 2),
        ("乙单位", 2, 1, D("100.00"), 1, D("100.00"), D("120.00"), 4, 2),
        (None, 1, 1, D("59.99"), 0, D("0.00"), D("45.00"), 0, 0),
    ]


def test_by_year_with_change(stored: Engine) -> None:
    with stored.connect() as connection:
        table = grouped(connection, Grouping.YEAR)
    assert rows(table) == [
        (2022, 1, 1, D("100.00"), 1, D("100.00"), D("100.00"), 2, 1, None),
        # (92.5 + 88.25 + 100) / 3 = 93.583; rates (99.91 + 85.5 + 120) / 3 = 101.803
        (2023, 3, 3, D("93.58"), 1, D("33.33"), D("101.80"), 4, 3, D("-6.42")),
        (2024, 1, 0, None, 0, None, None, 1, 0, None),
        (None, 1, 1, D("59.99"), 0, D("0.00"), D("45.00"), 0, 0, None),
    ]


def test_by_grade(stored: Engine) -> None:
    with stored.connect() as connection:
        table = grouped(connection, Grouping.GRADE)
    assert [row[:4] for row in rows(table)] == [
        ("优", 3, 3, D("97.50")),
        ("差", 1, 1, D("59.99")),
        ("良", 1, 1, D("88.25")),
        (None, 1, 0, None),
    ]


def test_by_rule_and_most_frequent(stored: Engine) -> None:
    def name(code: str) -> str:
        return RULES[code].name if code in RULES else ""

    with stored.connect() as connection:
        table = grouped(connection, Grouping.RULE)
        top = findings_by_rule(connection, limit=2)
    assert rows(table) == [
        ("JX101", name("JX101"), 4, 4, 0, 0, 3, D("50.00")),
        ("JX201", name("JX201"), 2, 0, 2, 0, 2, D("33.33")),
        ("JX301", name("JX301"), 1, 0, 0, 1, 1, D("16.67")),
    ]
    assert rows(top) == rows(table)[:2]


def test_one_units_history(stored: Engine) -> None:
    with stored.connect() as connection:
        unit = find_unit(connection, "甲单位")
        history = grouped(connection, Grouping.YEAR, unit)
        summary = overview(connection, unit)
        assert find_unit(connection, "丁单位") is None
        assert similar_units(connection, "甲单") == ["甲单位"]
        assert similar_units(connection, "单位") == ["丙单位", "乙单位", "甲单位"]
    assert rows(history) == [
        (2022, 1, 1, D("100.00"), 1, D("100.00"), D("100.00"), 2, 1, None),
        # (92.5 + 88.25) / 2 = 90.375, half up 90.38; 90.38 - 100 = -9.62
        (2023, 2, 2, D("90.38"), 0, D("0.00"), D("92.71"), 1, 1, D("-9.62")),
    ]
    assert rows(summary) == [(3, 3, D("93.58"), 1, D("33.33"), D("95.14"), 3, 2)]


def test_empty_database(engine: Engine) -> None:
    with engine.connect() as connection:
        assert rows(overview(connection)) == [(0, 0, None, 0, None, None, 0, 0)]
        assert grouped(connection, Grouping.UNIT).rows == []
        assert all(n == 0 for _, n, _ in score_distribution(connection).rows)


def test_one_year_and_one_unit_in_a_year(stored: Engine) -> None:
    with stored.connect() as connection:
        unit = find_unit(connection, "甲单位")
        by_unit_2023 = grouped(connection, Grouping.UNIT, year=2023)
        grades_2023 = grade_distribution(connection, year=2023)
        rules_2023 = findings_by_rule(connection, year=2023)
        scores_2023 = score_distribution(connection, year=2023)
        rates_2023 = execution_distribution(connection, year=2023)
        unit_2023 = overview(connection, unit, year=2023)
        unit_2024 = grouped(connection, Grouping.UNIT, unit, year=2024)
    assert rows(by_unit_2023) == [
        # 甲单位 2023: (92.5 + 88.25) / 2 = 90.375 -> 90.38; rates (99.91 + 85.5) / 2 = 92.705 -> 92.71
        ("甲单位", 2, 2, D("90.38"), 0, D("0.00"), D("92.71"), 1, 1),
        ("乙单位", 1, 1, D("100.00"), 1, D("100.00"), D("120.00"), 3, 2),
    ]
    assert rows(grades_2023) == [
        ("优", 2, D("66.67"), D("96.25")),  # (92.5 + 100) / 2
        ("良", 1, D("33.33"), D("88.25")),
    ]
    # 3 reports in 2023: JX101 in two of them (3 times), JX301 in one
    assert [(code, n, reports, share) for code, _, n, _, _, _, reports, share in rules_2023.rows] == [
        ("JX101", 3, 2, D("66.67")),
        ("JX301", 1, 1, D("33.33")),
    ]
    assert [n for _, n, _ in scores_2023.rows] == [1, 1, 1, 0, 0, 0, 0]
    assert [n for _, n, _ in rates_2023.rows] == [1, 0, 1, 0, 1, 0, 0, 0]
    assert rows(unit_2023) == [(2, 2, D("90.38"), 0, D("0.00"), D("92.71"), 1, 1)]
    assert unit_2024.rows == []


def test_stats_command_by_year_with_csv_and_parquet(
    stored: Engine, database_url: str, tmp_path: Path
) -> None:
    csv_out, parquet_out = tmp_path / "years.csv", tmp_path / "years.parquet"
    result = run_jixiao(
        "stats", "--db", database_url, "--by", "year", "--csv", str(csv_out), "--parquet", str(parquet_out)
    )
    assert result.returncode == 0, result.stderr
    for title in ("总体情况", "得分分布", "等级分布", "预算执行率分布", "最常见的审核意见", "按年度"):
        assert title in result.stdout
    assert "88.15" in result.stdout  # the overview's average score
    assert "-6.42" in result.stdout  # 2023 against 2022
    assert "已写出" in result.stdout
    assert csv_out.read_bytes().startswith("\ufeff".encode())
    assert csv_out.read_text(encoding="utf-8-sig").splitlines() == [
        "年度,报告数,有得分,平均分,满分数,满分占比,平均执行率,意见数,错误数,平均分较上年",
        "2022,1,1,100.00,1,100.00,100.00,2,1,",
        "2023,3,3,93.58,1,33.33,101.80,4,3,-6.42",
        "2024,1,0,,0,,,1,0,",
        ",1,1,59.99,0,0.00,45.00,0,0,",
    ]
    table = pq.read_table(parquet_out)
    assert str(table.schema.field("平均分").type) == "decimal128(18, 2)"
    assert table.column("年度").to_pylist() == [2022, 2023, 2024, None]
    assert table.column("平均分").to_pylist() == [D("100.00"), D("93.58"), None, D("59.99")]
    assert table.column("平均分较上年").to_pylist() == [None, D("-6.42"), None, None]


def test_stats_command_for_one_unit(stored: Engine, database_url: str) -> None:
    result = run_jixiao("stats", "--db", database_url, "--unit", "甲单位", "--by", "rule")
    assert result.returncode == 0, result.stderr
    assert "按规则" in result.stdout
    assert "93.58" in result.stdout  # 甲单位's average over its 3 reports
    history = run_jixiao("stats", "--db", database_url, "--unit", "甲单位")
    assert "按年度" in history.stdout
    assert "-9.62" in history.stdout  # 2023's 90.38 against 2022's 100

    missing = run_jixiao("stats", "--db", database_url, "--unit", "甲单")
    assert missing.returncode == 2
    assert "数据库中没有单位“甲单”（相近的单位：甲单位）" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_stats_command_on_an_empty_database(engine: Engine, database_url: str) -> None:
    result = run_jixiao("stats", "--db", database_url)
    assert result.returncode == 0, result.stderr
    assert "还没有报告，请先运行 jixiao ingest" in result.stdout
