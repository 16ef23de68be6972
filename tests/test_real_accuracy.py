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
    # 93 pages, then 18, 25, 25, 21, 17, 20, 11, 10, 27, 15 and 15 more found later (corpus/real/LABELLING.md)
    assert pages >= 300
    assert audit.refused == []  # every development page is read as the report it is
    total = Tally()
    for tally in tallies.values():
        for attribute in ("right", "wrong", "missed", "invented", "nulls"):
            setattr(total, attribute, getattr(total, attribute) + getattr(tally, attribute))
    # the twelfth to fourteenth rounds' 57 pages read P 0.81-0.97 / R 0.68-0.82 before any change for them and
    # lower the whole (the code before those rounds reads 0.944 / 0.875 on the 307 pages): today's figures
    assert total.precision >= 0.955, total
    assert total.recall >= 0.895, total
    assert total.invented_share <= 0.02, total
    assert tallies["year"].precision >= 0.965 and tallies["year"].recall >= 0.98
    assert tallies["kind"].precision >= 0.98 and tallies["kind"].recall >= 0.98
    # the tenth round's pages brought units the reader misses or misreads (a 系统 for a unit, a finance
    # bureau publishing another unit's report), and later rounds more (a place against the office publishing
    # for it, which the labels settle either way): the floors are today's figures on 307 pages
    assert tallies["unit"].precision >= 0.925 and tallies["unit"].recall >= 0.85
    assert tallies["budget.executed"].recall >= 0.83
    assert tallies["project"].precision >= 0.89 and tallies["project"].recall >= 0.76
    assert tallies["score"].precision == 1.0 and tallies["grade"].precision == 1.0
    # the audit: no error-severity finding that matches no labelled error, and the errors found so far by
    # an arithmetic or consistency rule
    assert audit.false_alarms == []
    assert audit.found >= 22
