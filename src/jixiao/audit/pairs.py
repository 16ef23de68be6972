"""Targets matched with what the report says was achieved for the same measure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from jixiao.audit.context import Context, per_report
from jixiao.extract.achievements import SATISFACTION_MEASURE
from jixiao.extract.model import Achievement, Fact, Target

_ANALYSIS = re.compile(r"原因|偏差|差距|未完成|未达|不足|由于|因为|导致|受[^，。]{0,12}影响|改进|整改|下一步")
# what a measure's key leaves out: spaces, figures and punctuation, and the words it may open with
_NOISE = re.compile(r"[\s\d、，,。：:（）()“”\"]")
_NOISE_OPENING = re.compile(r"(?:开展|完成|组织|实际|全年|年度)+")


@dataclass(frozen=True)
class Pair:
    target: Target
    achievement: Achievement

    @property
    def missed(self) -> bool:
        """Whether the achievement falls short of a "≥" target or beyond a "≤" ceiling."""
        target, achieved = self.target.value, self.achievement.value
        if target is None:
            return False
        if self.target.operator in ("≥", ">", "="):
            return achieved < target
        return self.target.operator in ("≤", "<") and achieved > target

    def facts(self, context: Context) -> list[Fact | None]:
        return [
            _fact_at(context, "target", self.target.line),
            _fact_at(context, "achievement", self.achievement.line),
        ]


def _fact_at(context: Context, field: str, line: int) -> Fact | None:
    return next((f for f in context.facts(field) if f.line == line), None)


def _key(measure: str) -> str:
    """The measure without its noise: its opening words (unless it opens with noise), then every noise character;
    one pattern for both would be tried at every position for the opening only the first can hold."""
    opening = None if _NOISE.match(measure) else _NOISE_OPENING.match(measure)
    return _NOISE.sub("", measure[opening.end() :] if opening else measure)


def _same_measure(ka: str, kb: str) -> bool:
    """Whether two measures' keys (see ``_key``) name the same thing."""
    if len(ka) < 2 or len(kb) < 2:
        return False
    return ka == kb or ka in kb or kb in ka


@per_report
def target_pairs(context: Context) -> tuple[Pair, ...]:
    """Each numeric target with the first later achievement of the same measure and unit."""
    by_unit: dict[str | None, list[tuple[int, Decimal, str, Achievement]]] = {}
    for achievement in context.report.achievements:
        by_unit.setdefault(achievement.unit, []).append(
            (achievement.line, achievement.value, _key(achievement.measure), achievement)
        )
    found: list[Pair] = []
    for target in context.report.targets:
        candidates = by_unit.get(target.unit)
        if target.value is None or not candidates:
            continue
        key, line, value = _key(target.measure), target.line, target.value
        for at, achieved, other, achievement in candidates:
            if at < line or (at == line and achieved == value):
                continue  # earlier than the target, or the target restated
            if _same_measure(key, other):
                found.append(Pair(target, achievement))
                break
    return tuple(found)


def analysis_near(context: Context, line: int, reach: int = 2) -> bool:
    lines = context.lines
    return any(
        _ANALYSIS.search(lines[n - 1].text)
        for n in range(max(1, line - reach), min(len(lines), line + reach) + 1)
    )


_ITEM_START = re.compile(
    r"^\s*(?:\d{1,2}\s*[.、．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*、)"
)
_PARAGRAPH_LINES = 6


def analysis_in_statement(context: Context, line: int) -> bool:
    """Whether the indicator's statement explains itself: an analysis on the line before it, on its line,
    or on the lines its paragraph wraps onto ("…超额完成较多，得11.00分（" / "分值11分）。偏差原因分析…"),
    up to the next item or blank line."""
    lines = context.lines
    if line > 1 and _ANALYSIS.search(lines[line - 2].text):
        return True
    for number in range(line, min(len(lines), line + _PARAGRAPH_LINES) + 1):
        text = lines[number - 1].text
        if number > line and (not text.strip() or _ITEM_START.match(text)):
            return False
        if _ANALYSIS.search(text):
            return True
    return False


@dataclass(frozen=True)
class SatisfactionPair:
    """A satisfaction target ("满意度,年初目标值≥95%") and the satisfaction reached stated after it on its line."""

    target: Fact
    reached: Fact


@per_report
def satisfaction_pairs(context: Context) -> tuple[SatisfactionPair, ...]:
    found: list[SatisfactionPair] = []
    reached = context.facts("satisfaction")
    for target in context.facts("target"):
        if target.operator not in ("≥", ">") or not SATISFACTION_MEASURE.search(target.subject or ""):
            continue
        after = [f for f in reached if f.line == target.line and f.start > target.end]
        if after and isinstance(after[0].value, Decimal):
            found.append(SatisfactionPair(target, after[0]))
    return tuple(found)
