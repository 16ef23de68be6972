"""Grades counted by rank: the words reports use for one rank (优, 优秀) are one group in every count,
shown in the default scheme's words. The words are data (model/grade_ranks.yaml)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, case

from jixiao.store.models import Report

DEFAULT_SCHEME = "national-2020"


@cache
def rank_words() -> dict[str, str]:
    """Each grade word -> the default scheme's word for its rank."""
    from jixiao.model.loading import load_scheme  # pydantic and the schemes: only once a query is built
    from jixiao.model.scheme import grade_families

    ranks = grade_families()
    grades = sorted(load_scheme(DEFAULT_SCHEME).grades, key=lambda grade: grade.min, reverse=True)
    return {word: grades[rank].name for rank, words in enumerate(ranks) for word in words}


def ranked_grade(column: Any = Report.grade) -> ColumnElement[str | None]:
    """A grade column (a report's by default) in the default scheme's word for its rank; a word outside
    the ranks as it is."""
    words = rank_words()
    renamed = {word: shown for word, shown in words.items() if word != shown}
    return case(renamed, value=column, else_=column)
