"""What a rule sees: the extracted report, its numbered lines, and the scheme to judge it by.

Twenty-odd rules look at the same report, so what several of them need (facts by field, amounts,
breakdowns, target pairs) is worked out once per report and kept, not recomputed per rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, wraps
from typing import TypeVar, cast

from jixiao.extract.model import ExtractedReport, Fact
from jixiao.extract.named_project import PageForms, form_title_above, page_forms
from jixiao.extract.normalise import normalise_lines
from jixiao.ingest.document import Document, Line
from jixiao.layout.statement import FUND_HEADING
from jixiao.model.scheme import Scheme

T = TypeVar("T")


@dataclass(frozen=True)
class Context:
    report: ExtractedReport
    document: Document
    scheme: Scheme
    read_lines: tuple[Line, ...] | None = None  # the normalised lines, when extraction has them already
    _kept: dict[Callable[[Context], object], object] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @cached_property
    def _by_field(self) -> dict[str, list[Fact]]:
        """A report has some twenty fields and facts by the hundred, so rules select facts by field name
        rather than scan them all."""
        grouped: dict[str, list[Fact]] = {}
        for fact in self.report.facts:
            grouped.setdefault(fact.field, []).append(fact)
        return grouped

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """The document's lines as extraction read them (half-width digits, simplified characters, one for one):
        a rule reads the figures and words at a fact's columns there, and quotes the lines as written."""
        return self.read_lines if self.read_lines is not None else normalise_lines(self.document.lines)

    @cached_property
    def forms(self) -> PageForms:
        """The page's forms: their titles by line and the kind each names."""
        return page_forms((line.number, line.text) for line in self.lines)

    @cached_property
    def text(self) -> str:
        """The normalised lines joined, one per line break."""
        return "\n".join(line.text for line in self.lines)

    def facts(self, field: str) -> Sequence[Fact]:
        """Every statement of ``field`` (exact name), in the order of the text."""
        return self._by_field.get(field, ())

    def facts_matching(self, pattern: re.Pattern[str]) -> Sequence[Fact]:
        """Every fact whose field name ``pattern`` finds (re.search), in the order of the text."""
        names = {name for name in self._by_field if pattern.search(name)}
        if len(names) == 1:
            return self._by_field[names.pop()]
        return [fact for fact in self.report.facts if fact.field in names]

    def first(self, field: str) -> Fact | None:
        found = self.facts(field)
        return found[0] if found else None

    def number(self, field: str) -> Decimal | None:
        fact = self.first(field)
        return fact.value if fact is not None and isinstance(fact.value, Decimal) else None

    def line_text(self, number: int) -> str:
        if 1 <= number <= len(self.document.lines):
            return self.document.lines[number - 1].text.strip()
        return ""

    def in_other_parts(self, first: Fact, later: Fact) -> bool:
        """Whether two facts stand in two forms a page publishes one after the other (a department's form and its
        project's), under different form titles, one of them in a form of the other kind than the report's, or under
        two funds' own headings of a page told fund by fund ("一、中央财政X资金(Y)" / "二、Z资金(W)"): each part's own
        figures."""
        above_first = form_title_above(self.forms.titles, first.line)
        above_later = form_title_above(self.forms.titles, later.line)
        if above_first is not None and above_later is not None and above_first != above_later:
            return True
        kind = self.report.kind
        if self.forms.of_another_kind(first.line, kind) != self.forms.of_another_kind(later.line, kind):
            return True  # the report's own prose, and a form of the other kind on its page (its project's)
        at = (
            bisect.bisect_right(self._fund_headings, first.line),
            bisect.bisect_right(self._fund_headings, later.line),
        )
        return at[0] > 0 and at[1] > 0 and at[0] != at[1]

    @cached_property
    def _fund_headings(self) -> tuple[int, ...]:
        return tuple(line.number for line in self.lines if FUND_HEADING.match(line.text))

    def quote(self, *facts: Fact | None) -> str:
        """The source lines behind some facts, each once, for a finding's evidence."""
        numbers = sorted({fact.line for fact in facts if fact is not None})
        return "\n".join(f"第{n}行：{self.line_text(n)}" for n in numbers)


def per_report(compute: Callable[[Context], T]) -> Callable[[Context], T]:
    """Run ``compute`` once per report and hand every later caller the kept result; since it is shared,
    it is a tuple or a read-only type, never an iterator."""

    @wraps(compute)
    def kept(context: Context) -> T:
        if compute not in context._kept:
            context._kept[compute] = compute(context)
        return cast(T, context._kept[compute])

    return kept
