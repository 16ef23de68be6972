"""Which score card of an evaluation counts: its latest (the earlier ones are its history). A module of
its own, light to import, for the statistics and the pages that list evaluations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import aliased

from jixiao.store.models import StoredEvaluation, StoredScoreCard


def latest_card_id(evaluation_id: Any, outer: Any = StoredEvaluation) -> ScalarSelect[int]:
    """The id of an evaluation's latest score card (earlier ones are its history), as a subquery on the
    ``evaluation_id`` column of ``outer``, the table of the enclosing query."""
    newer = aliased(StoredScoreCard)
    return (
        select(func.max(newer.id))
        .where(newer.evaluation_id == evaluation_id)
        .correlate(outer)
        .scalar_subquery()
    )
