"""A small evaluation as the browser posts it, with its score worked out by hand.

Funds: budget 100, executed 95 -> execution rate 95% -> 0.95 x 10 = 9.50 points.
产出 50 (100 of 100 人次, met), 效益 30 (定性, 达成, unit gives 30), 满意度 10 (95% against >= 90%):
9.50 + 50 + 30 + 10 = 99.50, grade 优 (national-2020: >= 90; provincial-80: >= 80).
"""

from __future__ import annotations

from typing import Any

TOTAL = "99.50"


def indicator_fields(index: int, **fields: str) -> dict[str, str]:
    return {f"indicators[{index}].{name}": value for name, value in fields.items()}


def evaluation_form(scheme: str = "national-2020", **changes: str) -> dict[str, Any]:
    form = {
        "kind": "项目支出",
        "year": "2024",
        "department": "某市委网信办",
        "unit": "会被换成填报人的单位",
        "project": "网络安全培训项目",
        "scheme": scheme,
        "funds.total.initial": "100",
        "funds.total.budget": "100",
        "funds.total.executed": "95",
        "goal.expected": "培训 100 人次",
        "goal.actual": "培训 100 人次",
        **indicator_fields(
            0,
            level1="产出指标",
            level2="数量指标",
            name="培训人次",
            operator="≥",
            target="100",
            unit="人次",
            weight="50",
            actual="100",
        ),
        **indicator_fields(
            1,
            level1="效益指标",
            level2="社会效益指标",
            name="网络安全意识",
            operator="定性",
            target_text="明显提升",
            actual_text="明显提升",
            tier="达成年度指标",
            score="30",
            weight="30",
        ),
        **indicator_fields(
            2,
            level1="满意度指标",
            level2="服务对象满意度指标",
            name="参训人员满意度",
            operator="≥",
            target="90",
            unit="%",
            weight="10",
            actual="95",
        ),
    }
    form.update(changes)
    return form
