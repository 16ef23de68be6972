"""How ``jixiao stats`` groups the stored reports; apart from the queries, so that the command line can
offer the choice without importing the database layer."""

from __future__ import annotations

from enum import StrEnum


class Grouping(StrEnum):
    UNIT = "unit"
    YEAR = "year"
    RULE = "rule"
    GRADE = "grade"
