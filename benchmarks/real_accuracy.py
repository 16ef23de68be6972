"""How well jixiao reads and audits real published reports: the hand-labelled pages of corpus/real/.

For each headline field (kind, year, unit, project, 年初预算, 调整后预算, 实际支出, 执行率, score, grade) and
each split (development, sealed), against labels written by reading the pages (corpus/real/LABELLING.md):
- precision: right values / values given (a value given where the label says the text states none
  counts against it);
- recall: right values / values the text states;
- invented: values given where the text states none / fields the text leaves unstated.
A field labelled unclear is not scored. Audit: recall on the labelled real errors (an error- or
warning-severity finding of an arithmetic or consistency rule, JX1xx or JX2xx, whose lines meet the
error's lines and whose message or computation shares a figure with the error's description or
computation: a quality or completeness warning on the same line, "执行率低于90%未说明原因", does not
find a sum that does not add up, nor does another slip on a page flattened into one line), and the
error-severity findings that match no labelled error that way (false alarms).

Run:  .venv/bin/python benchmarks/real_accuracy.py [--split development|sealed|both] [--show N]
      [--field F] [--corpus DIR]   (--show prints the N first misses of each field for the development split only:
                     the sealed pages are not looked at while tuning)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import opencc

from jixiao.audit.findings import Finding
from jixiao.errors import InputError
from jixiao.extract.model import ExtractedReport
from jixiao.model.loading import load_scheme
from jixiao.review import Reviewed, review

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "real"
FIELDS = (
    "kind",
    "year",
    "unit",
    "project",
    "budget.initial",
    "budget.adjusted",
    "budget.executed",
    "budget.execution_rate",
    "score",
    "grade",
)
NUMERIC = {"budget.initial", "budget.adjusted", "budget.executed", "budget.execution_rate", "score"}
GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")
NOISE = re.compile(r"[\s《》“”\"'「」]")
# every character converted, whatever the line holds (the reader converts only lines it sees as traditional)
_T2S = opencc.OpenCC("t2s")
PROJECT_FRAME = re.compile(
    r"^(?:20\d\d年度?)?(?:中央(?:财政)?)?|(?:项目)?(?:资金|经费)?(?:支出)?(?:(?:中央)?(?:专项)?转移支付)?$"
)
# the place a project's name may open with ("月牙湖乡滨河家园…项目", "山丹县新能源…项目"): the unit's place
PROJECT_PLACE_STEP = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:自治[区州县旗]|省|市|州|县|区|旗|乡|镇|街道)")


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0  # a value given that differs from the stated one
    missed: int = 0  # stated, nothing given
    invented: int = 0  # nothing stated, a value given
    nulls: int = 0  # fields the text leaves unstated
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        given = self.right + self.wrong + self.invented
        return self.right / given if given else 1.0

    @property
    def recall(self) -> float:
        stated = self.right + self.wrong + self.missed
        return self.right / stated if stated else 1.0

    @property
    def invented_share(self) -> float:
        return self.invented / self.nulls if self.nulls else 0.0


# rules that say the report does not state a field, and the labelled field that shows it does
ABSENCE = {"JX302": "score", "JX303": "grade", "JX304": "budget.execution_rate"}
# the rules that check arithmetic and consistency: only their findings find a labelled error
CHECKS = re.compile(r"JX[12]\d\d")


@dataclass
class AuditTally:
    errors: int = 0
    found: int = 0
    absence_claims: int = 0
    false_absence: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # pages the reader took for no report


def text_key(value: str) -> str:
    """Spelling differences that do not change a name: spaces, quotes, pinyin glosses of mirror sites,
    traditional or simplified characters, full-width or half-width brackets (the reader reads "（第二批）" as
    "(第二批)")."""
    return _T2S.convert(NOISE.sub("", GLOSS.sub("", value))).translate(_HALF_WIDTH)


_HALF_WIDTH = str.maketrans("（）", "()")


def project_key(value: str) -> str:
    """A project's name without a leading year or 中央(财政) or a trailing 项目, 资金 or 经费, 支出 or (中央专项)
    转移支付: "2023年X项目支出", "中央X", "X中央专项转移支付", "X经费", "X项目资金" and "X" name one project or fund."""
    key = text_key(value)
    while (framed := PROJECT_FRAME.sub("", key)) != key:
        key = framed
    return key


def same_project(label: str, value: str) -> bool:
    """Whether two names name one project: the same key, or the same once one of them is read without the place
    it opens with ("山丹县X建设项目" and "X建设项目"; what is left must still be a name, four characters or more)."""
    a, b = project_key(label), project_key(value)
    if a == b:
        return True
    return (len(b) >= 4 and b in without_places(a)) or (len(a) >= 4 and a in without_places(b))


def without_places(name: str) -> set[str]:
    """A name read without one, two, … of the places it opens with ("保山市施甸县仁和镇菠萝社区X": also "施甸县仁和镇
    菠萝社区X", "仁和镇菠萝社区X", "菠萝社区X" and "X"; which of them is the name proper the place words cannot tell)."""
    shorter = set()
    while (match := PROJECT_PLACE_STEP.match(name)) and match.end() < len(name):
        name = name[match.end() :]
        shorter.add(name)
    return shorter


def extracted(report: ExtractedReport, name: str) -> Any:
    if name.startswith("budget."):
        return getattr(report.budget, name.split(".", 1)[1])
    return getattr(report, name)


def same(name: str, label: Any, value: Any) -> bool:
    if name in NUMERIC:
        return abs(Decimal(str(label)) - Decimal(str(value))) <= Decimal("0.0001")
    if name == "unit":
        return text_key(str(value)) in {text_key(spelling) for spelling in label}
    if name == "project":
        return same_project(str(label), str(value))
    if name == "grade":
        return text_key(str(value)) == text_key(str(label))
    return bool(label == value)


def label_value(entry: Any) -> tuple[bool, Any]:
    """(scored, stated value or None) of one label entry."""
    if isinstance(entry, dict):
        if entry.get("unclear"):
            return False, None
        return True, entry["value"]
    return True, entry


def pages(corpus: Path, split: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """The labelled pages of one split; a corpus folder without split.json (fresh pages being labelled in a
    scratch folder, laid out like corpus/real/) is all development."""
    if (corpus / "split.json").exists():
        chosen = json.loads((corpus / "split.json").read_text(encoding="utf-8"))[split]
    else:
        chosen = (
            sorted(path.stem for path in (corpus / "labels").glob("*.json")) if split == "development" else []
        )
    for page_id in chosen:
        yield page_id, json.loads((corpus / "labels" / f"{page_id}.json").read_text(encoding="utf-8"))


FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
TRIVIAL = {Decimal(0), Decimal(1), Decimal(100)}
LINE_NUMBER = re.compile(r"第\d+行")


def figures(text: str) -> set[Decimal]:
    """The figures of a text, each also in 元 and in 万元, so 2455.5万元 meets 24555000元 (a finding's own line
    numbers, "第5行写92", are no figures)."""
    found: set[Decimal] = set()
    for digits in FIGURE.findall(LINE_NUMBER.sub("", text)):
        number = Decimal(digits.replace(",", ""))
        if number not in TRIVIAL:
            found |= {number.normalize(), (number / 10000).normalize(), (number * 10000).normalize()}
    return found


def matches(error: dict[str, Any], finding: Finding) -> bool:
    """A finding is about a labelled error when it names one of its lines and one of its figures."""
    if not set(error.get("lines", [])) & set(finding.lines):
        return False
    stated = figures(f"{error.get('description', '')} {error.get('computation', '')}")
    return bool(stated & figures(f"{finding.message} {finding.computation}"))


def measure(corpus: Path, split: str, show: bool) -> tuple[dict[str, Tally], AuditTally, int, float]:
    scheme = load_scheme("national-2020")
    tallies = {name: Tally() for name in FIELDS}
    audit = AuditTally()
    count = 0
    started = time.process_time()
    for page_id, label in pages(corpus, split):
        count += 1
        try:
            result: Reviewed | None = review(corpus / "pages" / f"{page_id}.txt", scheme)
        except InputError:  # refused as no report: every stated value is missed, no finding is made
            result = None
            audit.refused.append(page_id)
        report = result.report if result is not None else None
        all_findings = result.findings if result is not None else []
        for name in FIELDS:
            scored, stated = label_value(label["fields"][name])
            if not scored:
                continue
            value = extracted(report, name) if report is not None else None
            tally = tallies[name]
            if stated is None:
                tally.nulls += 1
                if value is not None:
                    tally.invented += 1
                    tally.misses.append(f"{page_id}: invented {value!r}")
            elif value is None:
                tally.missed += 1
                tally.misses.append(f"{page_id}: missed {stated!r}")
            elif same(name, stated, value):
                tally.right += 1
            else:
                tally.wrong += 1
                tally.misses.append(f"{page_id}: {value!r}, label {stated!r}")
        errors = label.get("errors", [])
        findings = [
            f for f in all_findings if f.severity in ("error", "warning") and CHECKS.fullmatch(f.code)
        ]
        for error in errors:
            audit.errors += 1
            if any(matches(error, f) for f in findings):
                audit.found += 1
            elif show:
                audit.missed.append(f"{page_id} [{error.get('kind')}] {error.get('description', '')[:80]}")
        for finding in all_findings:
            if finding.code in ABSENCE:
                audit.absence_claims += 1
                scored, stated = label_value(label["fields"][ABSENCE[finding.code]])
                if scored and stated is not None:
                    audit.false_absence.append(f"{page_id} {finding.code} {finding.message}")
        for finding in all_findings:
            if finding.severity == "error" and not any(matches(error, finding) for error in errors):
                audit.false_alarms.append(f"{page_id}:{finding.line} {finding.code} {finding.message[:70]}")
    return tallies, audit, count, time.process_time() - started


def report(corpus: Path, split: str, show: int, only: str | None) -> None:
    tallies, audit, count, seconds = measure(corpus, split, show > 0)
    if not count:
        return
    print(f"{split}: {count} pages, {count / max(seconds, 1e-9):.0f} pages per CPU second")
    print(
        f"  {'field':<24}{'right':>6}{'wrong':>6}{'missed':>7}{'invented':>9}{'nulls':>6}{'P':>7}{'R':>7}{'inv.':>7}"
    )
    total = Tally()
    for name, t in tallies.items():
        print(
            f"  {name:<24}{t.right:>6}{t.wrong:>6}{t.missed:>7}{t.invented:>9}{t.nulls:>6}"
            f"{t.precision:>7.3f}{t.recall:>7.3f}{t.invented_share:>7.3f}"
        )
        for attribute in ("right", "wrong", "missed", "invented", "nulls"):
            setattr(total, attribute, getattr(total, attribute) + getattr(t, attribute))
    print(
        f"  {'ALL':<24}{total.right:>6}{total.wrong:>6}{total.missed:>7}{total.invented:>9}{total.nulls:>6}"
        f"{total.precision:>7.3f}{total.recall:>7.3f}{total.invented_share:>7.3f}"
    )
    recall = audit.found / audit.errors if audit.errors else 1.0
    print(
        f"  audit: {audit.found} of {audit.errors} labelled errors found ({recall:.3f}); "
        f"{len(audit.false_alarms)} error-severity findings match no labelled error"
    )
    print(
        f"  'not stated' claims (JX302-JX304): {audit.absence_claims}, "
        f"{len(audit.false_absence)} of them where the text states the value"
    )
    if audit.refused:
        print(f"  refused as no self-evaluation report: {len(audit.refused)} pages (all their values missed)")
    if show and split == "development":
        for name, t in tallies.items():
            if only and name != only:
                continue
            for miss in t.misses[:show]:
                print(f"    {name} {miss}")
        for miss in audit.missed[:show]:
            print(f"    audit missed {miss}")
        for alarm in audit.false_alarms[:show]:
            print(f"    false alarm {alarm}")
        for claim in audit.false_absence[:show]:
            print(f"    false 'not stated' {claim}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", choices=("development", "sealed", "both"), default="both")
    parser.add_argument("--show", type=int, default=0, help="misses to print per field (development only)")
    parser.add_argument("--field", help="print the misses of this field only")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="a folder laid out like corpus/real/ (default: corpus/real/)",
    )
    args = parser.parse_args()
    for split in ("development", "sealed") if args.split == "both" else (args.split,):
        report(args.corpus, split, args.show, args.field)
    return 0


if __name__ == "__main__":
    sys.exit(main())
