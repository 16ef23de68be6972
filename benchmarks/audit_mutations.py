"""Mutation harness for the auditor: how often one planted slip is caught at its line, and how quiet
the auditor stays on clean reports.

Clean reports are (1) reports the project composes itself, through the real model, scoring engine,
report writer and the synthetic corpus's wording and layout variation, and (2) the five published
seeds with every line an error-severity finding points at removed. Each mutation changes one thing
at one place found by its own pattern in the text (not by the extractor, so the harness does not
only test what the reader already sees): a stated rate, a total score, a grade, a unit (万元 -> 元),
a first-level weight, a component score, an amount inside a breakdown, the evaluated year. A
mutation counts as caught when a finding that the unmutated text did not have, of a rule that
answers that kind of slip, names the mutated line.

Those kinds were each written beside the rule that answers them, so their recall says little about
slips nobody planned for. A second group of kinds was designed around no rule: an indicator's actual
value, an indicator's stated score, a measure's unit, a date, the unit's name. One of them counts as
caught when any new finding names the mutated line; they are reported apart.

Every finding on a clean report is counted, warnings and notes included, by rule and severity: an
error there is a false alarm; a warning is either a false alarm or a true remark on a report that has
no planted slip (a seed really lacks a section), so a sample of each rule's warnings is printed to read.

Run: .venv/bin/python benchmarks/audit_mutations.py [--generated N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jixiao.audit.findings import Finding
from jixiao.ingest.document import Document
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.model.scheme import Scheme
from jixiao.render.report_text import build_report
from jixiao.review import review_document
from jixiao.scoring import score
from jixiao.synth.evaluations import choose_scheme, random_evaluation, unit_pool
from jixiao.synth.layout import random_layout, to_text
from jixiao.synth.variation import random_wording, reword

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "src" / "jixiao" / "samples" / "reports"
NATIONAL = load_scheme("national-2020")

NUMBER = r"(\d+(?:\.\d+)?)"
GRADES = ("优秀", "良好", "一般", "较差", "优", "良", "中", "差")
LOWER_GRADE = {
    "优秀": "较差",
    "良好": "较差",
    "一般": "优秀",
    "较差": "优秀",
    "优": "差",
    "良": "差",
    "中": "优",
    "差": "优",
}


@dataclass(frozen=True)
class Clean:
    name: str
    text: str
    scheme: Scheme


@dataclass(frozen=True)
class Mutation:
    kind: str
    line: int  # 1-based
    text: str  # the whole mutated report
    expected: frozenset[str]
    change: str


@dataclass(frozen=True)
class Site:
    """A pattern that finds places for one kind of slip, how to change the number, and the rules that
    answer it (empty for the kinds designed around no rule: any new finding on the line counts)."""

    kind: str
    pattern: re.Pattern[str]
    expected: frozenset[str]
    replace: Callable[[re.Match[str], random.Random], str | None]

    @property
    def designed(self) -> bool:
        return bool(self.expected)


def _bump(value: str, rng: random.Random) -> str:
    """A change no rounding can explain, same decimal places: up for amounts, down for scores near the top."""
    places = len(value.split(".")[1]) if "." in value else 0
    step = Decimal(rng.randint(3, 9))
    old = Decimal(value)
    new = old - step if 90 <= old <= 100 else old + step
    return f"{new:.{places}f}"


def _number_group(match: re.Match[str], rng: random.Random, group: int = 1) -> str:
    text = match.group(0)
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    return text[:start] + _bump(match.group(group), rng) + text[end:]


def _to_yuan(match: re.Match[str], _rng: random.Random) -> str | None:
    """0万元 and 0元 are the same amount: no slip to plant there."""
    return None if Decimal(match.group(1)) == 0 else match.group(0).replace("万元", "元")


def _grade(match: re.Match[str], _rng: random.Random) -> str | None:
    word = match.group("grade")
    text = match.group(0)
    start, end = match.start("grade") - match.start(), match.end("grade") - match.start()
    return text[:start] + LOWER_GRADE[word] + text[end:]


def _year(match: re.Match[str], _rng: random.Random) -> str | None:
    return str(int(match.group(1)) - 2) + match.group(0)[4:]


def _shift(match: re.Match[str], rng: random.Random) -> str | None:
    """A number moved by a fifth or more either way, same decimal places: an actual value misreported."""
    value = match.group(1)
    places = len(value.split(".")[1]) if "." in value else 0
    old = Decimal(value)
    if old == 0:
        return None
    factor = Decimal(rng.choice(("0.5", "0.7", "0.8", "1.25", "1.5", "2")))
    return _replace_group(match, 1, f"{old * factor:.{places}f}")


def _replace_group(match: re.Match[str], group: int | str, new: str) -> str:
    text = match.group(0)
    start, end = match.start(group) - match.start(), match.end(group) - match.start()
    return text[:start] + new + text[end:]


MEASURE_SWAP = {
    "条": "个",
    "个": "次",
    "次": "人",
    "人": "条",
    "篇": "场",
    "场": "篇",
    "家": "套",
    "套": "家",
}


def _measure(match: re.Match[str], _rng: random.Random) -> str | None:
    return _replace_group(match, "measure", MEASURE_SWAP[match.group("measure")])


def _date_back(match: re.Match[str], _rng: random.Random) -> str | None:
    return _replace_group(match, 1, str(int(match.group(1)) - 1))


def _rename(match: re.Match[str], _rng: random.Random) -> str | None:
    """The unit called by another unit's name in one place."""
    name = match.group("name")
    other = "某某县档案局" if "档案" not in name else "某某县统计局"
    return _replace_group(match, "name", other)


SITES = (
    Site(
        "rate",
        re.compile(r"执行率(?:为|是|达到?)?\s*" + NUMBER + r"\s*%(?!\s*[，,]?\s*得)"),
        frozenset({"JX103"}),
        _number_group,
    ),
    Site(
        "total-score",
        re.compile(r"(?:自评|综合|总)得分(?:为)?\s*" + NUMBER + r"\s*分"),
        frozenset({"JX104", "JX201", "JX203"}),
        _number_group,
    ),
    Site(
        "grade",
        re.compile(r"(?:评价等级|等级)(?:为|是|评定为)\s*[“\"]?(?P<grade>" + "|".join(GRADES) + r")[”\"]?"),
        frozenset({"JX203", "JX201"}),
        _grade,
    ),
    Site(
        "unit",
        re.compile(
            r"(?:全年预算数?|年初预算数?|预算资金|实际支出|执行数|预算收入)(?:为)?\s*" + NUMBER + r"\s*万元"
        ),
        frozenset({"JX202"}),
        _to_yuan,
    ),
    Site(
        "weight",
        re.compile(r"(?:其中|包括|分值为)[:：]?\s*预算执行率\s*" + NUMBER + r"\s*分"),
        frozenset({"JX105"}),
        _number_group,
    ),
    Site(
        "part",
        re.compile(r"(?:其中[:：]|按资金来源分[，,])\s*[^，。；\d]{2,20}?" + NUMBER + r"\s*万元"),
        frozenset({"JX101", "JX201"}),
        _number_group,
    ),
    Site(
        "year",
        re.compile(
            r"(20\d\d)年度?[，,]?\s*(?:本单位|本部门|我单位|我部门)?\s*(?:年初预算|全年预算|申请预算|预算资金)"
        ),
        frozenset({"JX204"}),
        _year,
    ),
    # designed around no rule: any new finding on the mutated line counts
    Site("actual", re.compile(r"实际(?:完成(?:值|了|数)?(?:为)?)?\s*" + NUMBER), frozenset(), _shift),
    Site(
        "indicator-score",
        re.compile(r"(?<![自评综合总])得分(?:为)?\s*" + NUMBER + r"\s*分"),
        frozenset(),
        _shift,
    ),
    Site(
        "measure",
        re.compile(r"\d(?P<measure>[条个次人篇场家套])(?![^，。；\n]{0,2}[率%])"),
        frozenset(),
        _measure,
    ),
    Site("date", re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日"), frozenset(), _date_back),
    Site(
        "name",
        re.compile(
            r"(?P<name>[\u4e00-\u9fa5]{2,12}?(?:局|办公室|委员会|中心|办))(?=[\u4e00-\u9fa5]{0,4}(?:20\d\d|部门|整体|项目))"
        ),
        frozenset(),
        _rename,
    ),
)


def mutations(clean: Clean, rng: random.Random) -> Iterator[Mutation]:
    lines = clean.text.split("\n")
    for site in SITES:
        for number, line in enumerate(lines, start=1):
            for match in site.pattern.finditer(line):
                replaced = site.replace(match, rng)
                if replaced is None or replaced == match.group(0):
                    continue
                changed = line[: match.start()] + replaced + line[match.end() :]
                mutated = [*lines[: number - 1], changed, *lines[number:]]
                yield Mutation(
                    site.kind, number, "\n".join(mutated), site.expected, f"{match.group(0)} → {replaced}"
                )


def findings(name: str, text: str, scheme: Scheme) -> list[Finding]:
    return review_document(Document.from_text(name, "txt", text), scheme).findings


def generated(count: int) -> Iterator[Clean]:
    units = unit_pool(7, 12)
    for index in range(count):
        rng = random.Random(f"mutations-{index}")
        scheme = load_scheme(choose_scheme(rng))
        evaluation = random_evaluation(rng, units[rng.randrange(len(units))], scheme)
        report = reword(build_report(evaluation, score(evaluation, scheme), scheme), random_wording(rng))
        text = to_text(report, random_layout(rng), f"{evaluation.year + 1}-03-01")
        yield Clean(f"generated-{index:03d}", text, scheme)
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        if "invalid" in path.name:
            continue
        evaluation = load_evaluation(path)
        scheme = load_scheme(evaluation.scheme or "national-2020")
        report = build_report(evaluation, score(evaluation, scheme), scheme)
        text = to_text(report, random_layout(random.Random(path.stem)), f"{evaluation.year + 1}-03-01")
        yield Clean(f"example-{path.stem}", text, scheme)


def seed_parts() -> Iterator[Clean]:
    """The seeds without the lines their real errors stand on."""
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        flagged = {n for f in findings(path.name, text, NATIONAL) if f.severity == "error" for n in f.lines}
        kept = [
            line if number not in flagged else "" for number, line in enumerate(text.split("\n"), start=1)
        ]
        yield Clean(f"seed-{path.stem[:3]}", "\n".join(kept), NATIONAL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--generated", type=int, default=60, help="how many composed reports (default 60)")
    parser.add_argument("--show-misses", type=int, default=10, help="how many missed mutations to print")
    args = parser.parse_args()

    started = time.perf_counter()
    rng = random.Random(2026)
    cleans = [*generated(args.generated), *(seed_parts() if SEEDS.is_dir() else [])]
    false_alarms: Counter[str] = Counter()
    alarms_by_rule: Counter[tuple[str, str]] = Counter()
    samples: dict[str, str] = {}
    caught: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    misses: list[str] = []
    audits = 0
    for clean in cleans:
        baseline = findings(clean.name, clean.text, clean.scheme)
        audits += 1
        for finding in baseline:
            alarms_by_rule[finding.code, finding.severity] += 1
            samples.setdefault(finding.code, f"{clean.name}:{finding.line} {finding.message}"[:120])
            if finding.severity == "error":
                false_alarms[f"{finding.code} {clean.name}:{finding.line} {finding.message}"] += 1
        before = {(f.code, f.line, f.message) for f in baseline}
        for mutation in mutations(clean, rng):
            tried[mutation.kind] += 1
            after = findings(clean.name, mutation.text, clean.scheme)
            audits += 1
            new = [f for f in after if (f.code, f.line, f.message) not in before]
            answers = mutation.expected or {f.code for f in new}
            if any(f.code in answers and mutation.line in f.lines for f in new):
                caught[mutation.kind] += 1
            else:
                got = ", ".join(f"{f.code}@{f.line}" for f in new) or "nothing new"
                misses.append(f"{clean.name}:{mutation.line} [{mutation.kind}] {mutation.change}: {got}")
    elapsed = time.perf_counter() - started

    print(f"clean reports: {len(cleans)} ({sum(c.name.startswith('seed') for c in cleans)} seed parts)")
    recall = 0.0
    for designed, title in (
        (True, "kinds each paired with the rule written for it"),
        (False, "kinds designed around no rule (any new finding on the line)"),
    ):
        kinds = [site.kind for site in SITES if site.designed == designed]
        print(f"{title}:")
        print(f"  {'mutation':<16}{'tried':>7}{'caught':>8}{'recall':>9}")
        for kind in kinds:
            if tried[kind]:
                print(f"  {kind:<16}{tried[kind]:>7}{caught[kind]:>8}{caught[kind] / tried[kind]:>9.3f}")
        group_tried, group_caught = sum(tried[k] for k in kinds), sum(caught[k] for k in kinds)
        share = group_caught / group_tried if group_tried else 0.0
        recall = share if designed else recall
        print(f"  {'ALL':<16}{group_tried:>7}{group_caught:>8}{share:>9.3f}")
    print(f"findings on clean reports (no slip planted): {sum(alarms_by_rule.values())}")
    for (code, severity), count in sorted(alarms_by_rule.items()):
        print(f"  {code} {severity:<8}{count:>5}   e.g. {samples[code]}")
    for alarm in sorted(false_alarms)[:10]:
        print(f"  error-severity false alarm: {alarm}")
    for miss in misses[: args.show_misses]:
        print(f"  missed: {miss}")
    print(f"audits: {audits} in {elapsed:.1f} s ({audits / elapsed:.0f} per second)")
    return 0 if recall >= 0.95 and not false_alarms else 1


if __name__ == "__main__":
    sys.exit(main())
