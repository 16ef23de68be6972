"""What a rule sees: the extracted report, its numbered lines, and the scheme to judge it by."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.extract.model import ExtractedReport, Fact
from jixiao.ingest.document import Document
from jixiao.model.scheme import Scheme


@dataclass(frozen=True)
class Context:
    report: ExtractedReport
    document: Document
    scheme: Scheme

    def facts(self, field: str) -> list[Fact]:
        """Every statement of ``field`` (exact name), in the order of the text."""
        return [fact for fact in self.report.facts if fact.field == field]

    def facts_under(self, prefix: str) -> Iterator[Fact]:
        return (fact for fact in self.report.facts if fact.field.startswith(prefix))

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

    def quote(self, *facts: Fact | None) -> str:
        """The source lines behind some facts, each once, for a finding's evidence."""
        numbers = sorted({fact.line for fact in facts if fact is not None})
        return "\n".join(f"第{n}行：{self.line_text(n)}" for n in numbers)
