"""Mistakes put into a rendered report on purpose, each recorded with the audit rule that should catch it.

They are the mistakes reviewers find in published reports: a rate that does not follow from its
amounts, a total that is not the sum of its parts, a grade that does not match the score, the same
figure stated twice differently, an amount in 元 inside a 万元 report. Each works on the renderer's
own sentences, so it only applies where the renderer wrote the figure it changes.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from jixiao.decimals import HUNDRED, fmt, quantize
from jixiao.model.evaluation import Evaluation
from jixiao.model.scheme import Scheme
from jixiao.render.report_text import Block, Paragraph, Report, Table
from jixiao.scoring.card import ScoreCard

ERROR_SHARE = 0.3
SECOND_ERROR_SHARE = 0.2


@dataclass(frozen=True)
class InjectedError:
    kind: str
    rule: str  # the audit rule expected to report it
    stated: str
    correct: str


@dataclass(frozen=True)
class Subject:
    evaluation: Evaluation
    card: ScoreCard
    scheme: Scheme


def _edit_paragraphs(
    report: Report, pattern: re.Pattern[str], edit: Callable[[re.Match[str]], str]
) -> Report:
    blocks: list[Block] = []
    for block in report.blocks:
        if isinstance(block, Paragraph) and pattern.search(block.text):
            block = Paragraph(pattern.sub(edit, block.text))
        blocks.append(block)
    return replace(report, blocks=tuple(blocks))


def _edit_table_rows(report: Report, first_cell: str, column: int, value: str) -> Report:
    blocks: list[Block] = []
    for block in report.blocks:
        if isinstance(block, Table):
            rows = tuple(
                (*row[:column], value, *row[column + 1 :]) if row and row[0] == first_cell else row
                for row in block.rows
            )
            block = replace(block, rows=rows)
        blocks.append(block)
    return replace(report, blocks=tuple(blocks))


def _mentions(report: Report, pattern: re.Pattern[str]) -> bool:
    return any(isinstance(b, Paragraph) and pattern.search(b.text) for b in report.blocks)


_RATE = re.compile(r"(预算执行率为)(\d+(?:\.\d+)?)%")
_TOTAL = re.compile(r"(自评得分)(\d+(?:\.\d+)?)(分)")
_GRADE = re.compile(r"(自评等级为“)([^”]+)(”)")
_EXECUTED = re.compile(r"(全年执行数)(\d+(?:\.\d+)?)(万元)")
_BUDGET = re.compile(r"(全年预算数)(\d+(?:\.\d+)?)(万元)")


def _wrong_rate(report: Report, subject: Subject, rng: random.Random) -> tuple[Report, InjectedError] | None:
    rate = subject.card.execution.rate
    if rate is None or not _mentions(report, _RATE):
        return None
    shift = Decimal(rng.randint(100, 999)).scaleb(-2)
    wrong = rate - shift if rate - shift >= 0 else rate + shift
    text = f"{fmt(wrong, 2)}"
    edited = _edit_paragraphs(report, _RATE, lambda m: f"{m[1]}{text}%")
    return edited, InjectedError("rate_mismatch", "JX103", text, fmt(rate, 2))


def _wrong_total(report: Report, subject: Subject, rng: random.Random) -> tuple[Report, InjectedError] | None:
    if not _mentions(report, _TOTAL):
        return None
    total = subject.card.total
    shift = Decimal(rng.randint(50, 300)).scaleb(-2)
    wrong = total - shift
    text = fmt(wrong, 2)
    edited = _edit_paragraphs(report, _TOTAL, lambda m: f"{m[1]}{text}{m[3]}")
    edited = _edit_table_rows(edited, "总分", 4, text)
    return edited, InjectedError("total_mismatch", "JX104", text, fmt(total, 2))


def _wrong_grade(report: Report, subject: Subject, rng: random.Random) -> tuple[Report, InjectedError] | None:
    others = [grade.name for grade in subject.scheme.grades if grade.name != subject.card.grade]
    if not _mentions(report, _GRADE) or not others:
        return None
    wrong = rng.choice(others)
    edited = _edit_paragraphs(report, _GRADE, lambda m: f"{m[1]}{wrong}{m[3]}")
    edited = _edit_table_rows(edited, "自评等级", 4, wrong)
    return edited, InjectedError("grade_mismatch", "JX203", wrong, subject.card.grade)


def _conflicting_budget(
    report: Report, subject: Subject, rng: random.Random
) -> tuple[Report, InjectedError] | None:
    budget = subject.evaluation.funds.derived_total().budget
    if budget is None or not _mentions(report, _BUDGET):
        return None
    wrong = quantize(budget * (HUNDRED + rng.randint(5, 30)) / HUNDRED)
    sentence = Paragraph(f"{subject.evaluation.year}年度全年预算数{fmt(wrong, 2)}万元。")
    blocks = list(report.blocks)
    first_paragraph = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph))
    blocks.insert(first_paragraph + 1, sentence)
    return replace(report, blocks=tuple(blocks)), InjectedError(
        "conflicting_budget", "JX201", fmt(wrong, 2), fmt(budget, 2)
    )


def _yuan_slip(report: Report, subject: Subject, rng: random.Random) -> tuple[Report, InjectedError] | None:
    executed = subject.evaluation.funds.derived_total().executed
    if executed is None or executed >= 10000 or not _mentions(report, _EXECUTED):
        return None
    done = False

    def slip(match: re.Match[str]) -> str:
        nonlocal done
        if done:
            return match[0]
        done = True
        return f"{match[1]}{match[2]}元"

    edited = _edit_paragraphs(report, _EXECUTED, slip)
    return edited, InjectedError("unit_slip", "JX202", f"{fmt(executed, 2)}元", f"{fmt(executed, 2)}万元")


INJECTORS: dict[str, Callable[[Report, Subject, random.Random], tuple[Report, InjectedError] | None]] = {
    "rate_mismatch": _wrong_rate,
    "total_mismatch": _wrong_total,
    "grade_mismatch": _wrong_grade,
    "conflicting_budget": _conflicting_budget,
    "unit_slip": _yuan_slip,
}


def inject(report: Report, subject: Subject, rng: random.Random) -> tuple[Report, list[InjectedError]]:
    """Most reports stay as rendered; some get one mistake, a few two of different kinds."""
    if rng.random() >= ERROR_SHARE:
        return report, []
    count = 2 if rng.random() < SECOND_ERROR_SHARE else 1
    injected: list[InjectedError] = []
    for kind in rng.sample(sorted(INJECTORS), len(INJECTORS)):
        if len(injected) == count:
            break
        result = INJECTORS[kind](report, subject, rng)
        if result is not None:
            report, error = result
            injected.append(error)
    return report, injected
