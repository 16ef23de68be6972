"""The five published reports: the audit finds what a careful reviewer finds in them, and nothing else.

Each expected finding was checked by hand against the report text (line numbers are the .txt lines);
the comments give the figures. Findings a reviewer would not raise must not appear: the exact set is
compared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.model.loading import load_scheme
from jixiao.review import review

from .conftest import SEEDS

EXPECTED: dict[str, set[tuple[str, int | None]]] = {
    "000": {
        ("JX301", None),  # no 评价结论 and no 评价工作组 section
        ("JX302", None),  # no total score anywhere
        ("JX303", None),  # no grade anywhere
        ("JX401", 13),  # "维护互联网意识形态安全" as a goal, no figure
        ("JX401", 15),  # "提高……舆论引导水平" and four more indicators without a figure
    },
    "001": {
        ("JX302", None),  # six project scores, no overall score
        ("JX304", None),  # no execution rate for the department's budget
        ("JX102", 23),  # 9.88 + 28.96 + 10.74 + 15 + 11.72 + 11.46 = 87.76 vs 项目支出 87.77
        # (267.77 / 355.53 = 75.3157%, written 75.31%: no finding, the amounts before they were rounded to the cent
        # give 75.3129% to 75.3185%)
        ("JX401", 25),  # "提高精准度", "保障其合法权益"
        ("JX402", 57),  # all six projects 100 / 优秀
    },
    "002": {
        ("JX304", None),  # no execution rate
        # 资产总额 5.73 vs 固定资产 5.3 + 无形资产 0.4 = 5.70: parts written to one place against a total written to two,
        # rounded to it (5.33 + 0.40), a rounding difference
        ("JX102", 9),
        ("JX201", 11),  # 年初预算收入 158.5 and 154.74 in the same paragraph
        ("JX202", 11),  # "预算支出158.5元" among 万元 figures
        ("JX401", 13),  # "提升保障能力" and six more
    },
    "003": {
        ("JX301", None),  # no 评价工作组
        ("JX104", 36),  # 9 + 30 + 40 + 10 = 89 vs 自评得分 99
        ("JX105", 38),  # weights 10 + 30 + 40 + 10 = 90
        ("JX107", 38),  # 98.69 / 110 = 89.72%, 8.97 points, not the 9 given
        ("JX404", 44),  # satisfaction 80% (line 76) with full 10 points
    },
    "004": {
        ("JX301", None),  # no 自评工作开展情况, 评价结论, 评价工作组
        ("JX302", None),
        ("JX304", None),
        ("JX101", 62),  # 资产总额 52.90 vs 流动资产 0 + 固定资产净值 36.00
        ("JX401", 69),  # "确保全县网络意识形态工作整体平稳可控" and three more
        ("JX403", 73),  # 网络系统设备 3 套 planned, 5 done: 166.67%
    },
}


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    assert found, f"seed {prefix} is missing from {SEEDS}"
    return found[0]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_findings(prefix: str) -> None:
    findings = review(seed(prefix), load_scheme("national-2020")).findings
    assert {(f.code, f.line) for f in findings} == EXPECTED[prefix]


def test_seed_003_score_sum_computation_is_spelled_out() -> None:
    findings = review(seed("003"), load_scheme("national-2020")).findings
    component_sum = next(f for f in findings if f.code == "JX104")
    assert component_sum.severity == "error"
    assert component_sum.computation == "9 + 30 + 40 + 10 = 89，与自评得分 99 不符"
    execution = next(f for f in findings if f.code == "JX107")
    assert execution.message == "预算执行率得9分，按执行率89.72%应得8.97分"


def test_seed_002_unit_slip_names_the_written_text() -> None:
    findings = review(seed("002"), load_scheme("national-2020")).findings
    slip = next(f for f in findings if f.code == "JX202")
    assert slip.message == "“158.5元”以元为单位，在以万元计的报告中只有作158.5万元才讲得通"
    assets = next(f for f in findings if f.code == "JX102")
    assert assets.computation == "5.30 + 0.40 = 5.70，与资产总额 5.73 相差 0.03"
    assert assets.severity == "info"
