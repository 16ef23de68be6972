"""The state one extraction shares between fact families: the document, its flow text and the facts so far."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.extract.model import Candidate, Fact
from jixiao.extract.normalise import Flow
from jixiao.extract.numbers import Quantity
from jixiao.extract.spans import Spans
from jixiao.ingest.document import Document

SENTENCE_END = re.compile(r"[。；;！？!?\n]")
CLAUSE_END = re.compile(r"[。；;！？!?\n，,、]")


_MONEY_OR_PERCENT = ("万元", "%")


@dataclass
class Context:
    document: Document
    flow: Flow
    quantities: list[Quantity]
    table_lines: frozenset[int] = frozenset()
    facts: list[Fact] = field(default_factory=list)
    line_text: dict[int, str] = field(default_factory=dict)  # as written: what a fact quotes
    read_text: dict[int, str] = field(default_factory=dict)  # as normalised: what the reader reasons on
    project_scopes: Spans[str] = field(default_factory=lambda: Spans[str](()))
    part_sections: Spans[str] = field(default_factory=lambda: Spans[str](()))
    source_sections: Spans[str] = field(default_factory=lambda: Spans[str](()))
    candidates: list[Candidate] = field(default_factory=list)
    floors: list[int] = field(default_factory=list)
    money_floors: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_text = {line.number: line.text for line in self.document.lines}
        self.read_text = self.read_text or self.line_text
        # each quantity's floor, in one pass: a walk back per figure was quadratic on a page of bare numbers
        end = money_end = 0
        text = self.flow.text
        for quantity in self.quantities:
            self.floors.append(end)
            self.money_floors.append(money_end)
            unit = quantity.unit
            if unit is not None:
                end = quantity.end
                # a count that opens a noun ("下达我市10家担保机构…奖补1639.69万元") is part of a money label
                if unit in _MONEY_OR_PERCENT or not "\u4e00" <= text[end : end + 1] <= "\u9fff":
                    money_end = end

    def floor(self, index: int) -> int:
        """End of the nearest earlier quantity with a unit: a label never reaches back past one."""
        return self.floors[index]

    def money_floor(self, index: int) -> int:
        """The floor of an amount's label: as ``floor``, but past a count that opens the noun the label goes
        on with ("下达我市10家担保机构…奖补"), which names whom the money is for."""
        return self.money_floors[index]

    def project_at(self, offset: int) -> str | None:
        """The project whose paragraph holds ``offset`` ("2、舆情监测服务项目目标完成情况。年初预算为…")."""
        return self.project_scopes.at(offset)

    def part_at_cell(self, line: int, column: int) -> str | None:
        """The part of the spending whose section ("（三）项目支出情况") holds the printed cell at ``line``,
        ``column``, if any; None where the cell is no part of the flow."""
        at = self.flow.offset(line, column)
        return self.part_sections.at(at) if at is not None else None

    def original(self, first: int, column: int, last: int, end_column: int) -> str:
        """The characters of the original lines behind a flow span, given by where its ends stand
        (``Flow.locate`` and ``Flow.locate_end``); joined lines are concatenated."""
        if first == last:
            return self.line_text[first][column:end_column]
        pieces = [self.line_text[first][column:]]
        pieces += [self.line_text[n].strip() for n in range(first + 1, last) if self.line_text[n].strip()]
        pieces.append(self.line_text[last].lstrip()[: end_column - self._lead(last)])
        return "".join(pieces)

    def _lead(self, number: int) -> int:
        text = self.line_text[number]
        return len(text) - len(text.lstrip())

    def add(
        self,
        field_name: str,
        value: Decimal | str | None,
        start: int,
        end: int,
        *,
        unit: str | None = None,
        quantity: Quantity | None = None,
        operator: str | None = None,
        subject: str | None = None,
    ) -> Fact:
        line, column = self.flow.locate(start)
        end_line, end_column = self.flow.locate_end(end)
        fact = Fact(
            field=field_name,
            value=value,
            unit=unit if unit is not None or quantity is None else quantity.unit,
            line=line,
            start=column,
            end=end_column,
            end_line=end_line,
            text=self.original(line, column, end_line, end_column),
            original_value=quantity.written if quantity is not None else None,
            original_unit=quantity.written_unit if quantity is not None else None,
            approximate=quantity.approximate if quantity is not None else False,
            operator=operator,
            subject=subject,
        )
        self.facts.append(fact)
        return fact

    def add_line_fact(
        self,
        field_name: str,
        value: Decimal | str | None,
        line: int,
        start: int,
        end: int,
        *,
        unit: str | None = None,
        subject: str | None = None,
        end_line: int | None = None,
    ) -> Fact:
        """A fact read straight off a line (a table cell), not through the flow text; or off a paragraph the
        page's width cut, when it ends on ``end_line``."""
        last = line if end_line is None else end_line
        fact = Fact(
            field=field_name,
            value=value,
            unit=unit,
            line=line,
            start=start,
            end=end,
            end_line=last,
            text=self.original(line, start, last, end),
            subject=subject,
        )
        self.facts.append(fact)
        return fact

    def first(self, field_name: str, subject: str | None = None) -> Fact | None:
        for fact in self.facts:
            if fact.field == field_name and (subject is None or fact.subject == subject):
                return fact
        return None

    def all(self, field_name: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.field == field_name]


CLAUSE_BREAKS = "。；;！？!?\n，,、"
SENTENCE_BREAKS = "。；;！？!?\n"


@functools.lru_cache(maxsize=8)
def _reversed(text: str) -> str:
    return text[::-1]


@functools.lru_cache(maxsize=16)
def _any_of(breaks: str) -> re.Pattern[str]:
    """A break among ``breaks`` in the reversed text; an ASCII comma between digits is a thousands mark
    ("3,508.90"), no break. One class opens the pattern, the comma's digits looked at after it: the engine
    then skips to the next break in compiled code instead of trying each alternative at every character."""
    if "," not in breaks:
        return re.compile(f"[{re.escape(breaks)}]")
    return re.compile(f"[{re.escape(breaks)}](?<!\\d,(?=\\d))")


# no clause or sentence of a report runs this far: looking further only made a text without punctuation
# (thousands of joined lines) quadratic to read, each figure searching back to the start
REACH = 2000


def clause_start(text: str, position: int, floor: int = 0, breaks: str = CLAUSE_BREAKS) -> int:
    """Where the clause holding ``position`` begins (after the previous ，、。；or line break), looking
    back at most ``REACH`` characters.

    The previous break is the next one in the reversed text, which the regex engine finds in compiled
    code: a report asks this some 150 times, and a walk back character by character cost 0.4 ms."""
    size = len(text)
    floor = max(floor, position - REACH)
    found = _any_of(breaks).search(_reversed(text), size - position, size - floor)
    return size - found.start() if found else floor


def in_brackets(text: str) -> bool:
    """Whether ``text`` leaves a bracket open."""
    depth = 0
    for character in text:
        if character in "(（":
            depth += 1
        elif character in ")）" and depth:
            depth -= 1
    return depth > 0


def sentence_start(text: str, position: int) -> int:
    return clause_start(text, position, 0, SENTENCE_BREAKS)


def sentence_end(text: str, position: int) -> int:
    """Where the sentence holding ``position`` ends, looking ahead at most ``REACH`` characters."""
    limit = min(len(text), position + REACH)
    match = SENTENCE_END.search(text, position, limit)
    return match.start() if match else limit
