"""The bundled examples, scored end to end with hand-checked totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.scoring import score

from .conftest import EXAMPLES

D = Decimal


@pytest.mark.parametrize(
    ("file", "execution", "total", "grade"),
    [
        # 152.36/154.74 = 0.98462 -> 9.85; indicators 10+8+8+8+8+8 + 14+15 + 10 = 89
        ("002-department-jingxing-2025.yaml", "9.85", "98.85", "优"),
        # 98.69/110 = 0.89718 -> 8.97; 10+10+9.5+10+10 + 15+15 + 10 = 89.5
        ("003-project-sanmenxia-2021.yaml", "8.97", "98.47", "优"),
        # 10 + 50 + 9 + 8.5 + 10 = 87.5 of 90 applicable points -> 97.22
        ("004-department-chenxi-2023.yaml", "10", "97.22", "优"),
    ],
)
def test_valid_examples(file: str, execution: str, total: str, grade: str) -> None:
    evaluation = load_evaluation(EXAMPLES / file)
    card = score(evaluation, load_scheme(evaluation.scheme or "national-2020"))
    assert card.problems == []
    assert card.execution.score == D(execution)
    assert card.total == D(total)
    assert card.grade == grade


def test_invalid_example_shows_its_problems() -> None:
    evaluation = load_evaluation(EXAMPLES / "003-as-published-invalid.yaml")
    card = score(evaluation, load_scheme("national-2020"))
    found = {(p.code, p.path) for p in card.problems}
    assert found == {
        ("execution.reason_missing", "funds.low_execution_reason"),
        ("indicator.no_unit", "indicators[1].unit"),
        ("indicator.score_mismatch", "indicators[1].score"),
        ("indicator.deviation_missing", "indicators[1].deviation"),
        ("indicator.qualitative_band", "indicators[3].score"),
        ("indicator.deviation_missing", "indicators[3].deviation"),
        ("indicator.deviation_over", "indicators[4].deviation"),
        ("indicator.score_mismatch", "indicators[5].score"),
        ("indicator.deviation_missing", "indicators[5].deviation"),
        ("weights.category", "indicators"),
        ("weights.total", "indicators"),
    }
    # 8.97 + 10 + 9.5 + 10 + 15.99 (部分达成 claimed 20 of 20, held below 0.8 x 20) + 20 + 8.89 (80/90 x 10)
    assert card.total == D("83.35")
