"""A 自评表 as the unit stated it: the evaluation model (funds, indicators with the unit's 得分) plus what the
model has no field for (the stated execution points, total and grade), each value with its place.

A place is a line of a text report ("第12行") or a sheet cell (工作表“表1”单元格 G20): a reviewer's
finding must point at the cell to look at, in whatever format the form was published."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, TypeVar

from jixiao.model.evaluation import Evaluation

T = TypeVar("T")


@dataclass(frozen=True)
class Stated(Generic[T]):
    """One value the form states, where it stands (``line`` for a text report, else None)."""

    value: T
    place: str
    line: int | None = None


@dataclass(frozen=True)
class StatedForm:
    """``evaluation`` holds what the model can (identity filled from the report when the form lacks it);
    ``places`` maps model paths ("indicators[2].score", "funds.total.budget") to where they stand."""

    evaluation: Evaluation
    places: dict[str, Stated[str]] = field(default_factory=dict)
    execution_weight: Stated[Decimal] | None = None
    execution_score: Stated[Decimal] | None = None
    total: Stated[Decimal] | None = None
    grade: Stated[str] | None = None
    notes: tuple[str, ...] = ()  # what could not be read, in words for the user
    identity_known: bool = True  # False when kind, year or unit had to be filled for scoring
    from_text: bool = False  # read from a report's lines, where rows may be lost to publishing
    # read from lines, and every line from the first row to the last was read into one
    rows_whole: bool = False

    def place(self, path: str) -> Stated[str] | None:
        return self.places.get(path)

    def lines(self, *paths: str) -> tuple[int, ...]:
        """The text lines behind some model paths, for a finding."""
        found = (self.places.get(p) for p in paths)
        return tuple(sorted({s.line for s in found if s is not None and s.line is not None}))
