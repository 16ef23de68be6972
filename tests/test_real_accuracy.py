"""The reader and auditor on the development split of the real corpus (corpus/real/) must not fall below
the figures they reach now; benchmarks/real_accuracy.py prints them, with the sealed split beside."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_accuracy import Tally, measure  # noqa: E402


def test_development_split_does_not_regress() -> None:
    tallies, audit, pages, _seconds = measure("development", show=False)
    assert pages >= 199  # 93 pages, then 18, 25, 25, 21 and 17 more found later (corpus/real/LABELLING.md)
    total = Tally()
    for tally in tallies.values():
        for attribute in ("right", "wrong", "missed", "invented", "nulls"):
            setattr(total, attribute, getattr(total, attribute) + getattr(tally, attribute))
    assert total.precision >= 0.95, total
    assert total.recall >= 0.885, total
    assert total.invented_share <= 0.025, total
    assert tallies["year"].precision >= 0.97 and tallies["year"].recall >= 0.99
    assert tallies["kind"].precision >= 0.97 and tallies["kind"].recall >= 0.985
    assert tallies["unit"].precision >= 0.955 and tallies["unit"].recall >= 0.855
    assert tallies["budget.executed"].recall >= 0.80
    assert tallies["project"].precision >= 0.88 and tallies["project"].recall >= 0.725
    assert tallies["score"].precision == 1.0 and tallies["grade"].precision == 1.0
    # the audit: no error-severity finding that matches no labelled error, and the errors found so far
    assert audit.false_alarms == []
    assert audit.found >= 16
