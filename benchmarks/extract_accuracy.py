"""Field-level precision and recall of ``jixiao extract`` on labelled reports, and files per second.

Two labelled sets, reported separately and together:
- seeds: the five real reports, hand-labelled in benchmarks/labels/ (a label file's "report" names the
  report file, relative to the label file; more pairs can be dropped in, or another folder given);
- generated: N reports written by ``jixiao synth`` (varied wording and layout, .txt in several encodings
  and table styles, and .docx, some with deliberate mistakes), labelled from the evaluation and score card
  that generated them (benchmarks/generated_labels.py), never from the extractor.

Label format (values in 万元, percent, points; null where the report states nothing; a key left out is
not scored):
  fields       {"kind", "year", "unit" (a list of accepted names), "project", "report_date",
                "budget.initial|adjusted|executed|execution_rate", "score", "grade", "satisfaction",
                "staffing.authorised|actual"}; a value may be {"value": v, "lines": [..]}, and then every listed
                line must hold a fact of that field with that value (repeated statements are all found)
  weights, components, income, expenditure, assets   {name: number}
  grade_scheme [[name, min], ...] or null
  projects     [{"name", "budget", "executed", "execution_rate", "score", "grade"}]
  sections     [canonical section names]
  team         [member names]
  achievements [[measure, value, unit, approximate, line], ...]; an extracted achievement matches when value,
               unit, approximate and line (unless null) agree and the measures share two characters in a row

Run:  .venv/bin/python benchmarks/extract_accuracy.py [LABEL_DIR_OR_FILE...] [--generated N] [--repeat N]
      [--show-errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from generated_labels import generate
from jixiao.extract import ExtractedReport, extract_file
from jixiao.extract.projects import same_project

LABELS = Path(__file__).resolve().parent / "labels"
FACT_FIELDS = {
    "unit": "unit",
    "budget.initial": "budget.initial",
    "budget.adjusted": "budget.adjusted",
    "budget.executed": "budget.executed",
    "budget.execution_rate": "budget.execution_rate",
    "score": "score",
    "grade": "grade",
    "satisfaction": "satisfaction",
}
PROJECT_ATTRIBUTES = ("budget", "executed", "execution_rate", "score", "grade")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[str] = field(default_factory=list)

    def overall(self) -> Tally:
        total = Tally()
        for tally in self.tallies.values():
            total.add(tally)
        return total


def load_label(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)  # type: ignore[no-any-return]


def label_files(targets: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for target in targets:
        files.extend(sorted(target.rglob("*.json")) if target.is_dir() else [target])
    return files


def report_path(label_file: Path, label: dict[str, Any]) -> Path:
    return (label_file.parent / str(label["report"])).resolve()


def _same(expected: Any, actual: Any) -> bool:
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(expected, int | Decimal) and not isinstance(expected, bool):
        return isinstance(actual, int | Decimal) and Decimal(expected) == Decimal(actual)
    return str(expected) == str(actual)


def _count(result: Result, name: str, expected: Any, actual: Any, where: str) -> None:
    tally = result.tallies[name]
    if expected is None and actual is None:
        return
    if _same(expected, actual):
        tally.tp += 1
        return
    if actual is not None:
        tally.fp += 1
    if expected is not None:
        tally.fn += 1
    result.errors.append(f"{where}: {name} expected {expected!r}, got {actual!r}")


def _top_value(report: ExtractedReport, name: str) -> Any:
    value: Any = report
    for part in name.split("."):
        value = getattr(value, part)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _score_fields(report: ExtractedReport, label: dict[str, Any], result: Result, where: str) -> None:
    for name, expected in label["fields"].items():
        actual = _top_value(report, name)
        lines: list[int] = []
        if isinstance(expected, dict):
            lines = expected.get("lines", [])
            expected = expected["value"]
        if isinstance(expected, list):
            expected = actual if actual in expected else expected[0]
        _count(result, name, expected, actual, where)
        if lines and _same(expected, actual):
            fact_field = FACT_FIELDS[name]
            found = {f.line for f in report.facts if f.field == fact_field and _same(expected, f.value)}
            missing = [line for line in lines if line not in found]
            tally = result.tallies[f"{name}@lines"]
            tally.tp += len(lines) - len(missing)
            tally.fn += len(missing)
            if missing:
                result.errors.append(f"{where}: {name} not found on lines {missing} (found {sorted(found)})")


def _score_mapping(
    name: str, expected: dict[str, Any], actual: dict[str, Any], result: Result, where: str
) -> None:
    for key in sorted(set(expected) | set(actual)):
        _count(result, f"{name}", expected.get(key), actual.get(key), f"{where} [{key}]")


def _score_projects(report: ExtractedReport, label: dict[str, Any], result: Result, where: str) -> None:
    remaining = list(report.projects)
    for expected in label["projects"]:
        match = next((p for p in remaining if same_project(p.name, expected["name"])), None)
        if match is None:
            result.tallies["projects"].fn += 1
            result.errors.append(f"{where}: project {expected['name']} not found")
            continue
        remaining.remove(match)
        result.tallies["projects"].tp += 1
        for attribute in PROJECT_ATTRIBUTES:
            _count(result, f"project.{attribute}", expected[attribute], getattr(match, attribute), where)
    for extra in remaining:
        result.tallies["projects"].fp += 1
        result.errors.append(f"{where}: unexpected project {extra.name}")


def _overlap(a: str, b: str) -> bool:
    if len(a) < 2 or len(b) < 2:
        return a in b or b in a
    return any(a[i : i + 2] in b for i in range(len(a) - 1))


def _score_achievements(report: ExtractedReport, label: dict[str, Any], result: Result, where: str) -> None:
    remaining = list(report.achievements)
    tally = result.tallies["achievements"]
    for measure, value, unit, approximate, line in label["achievements"]:
        match = next(
            (
                a
                for a in remaining
                if a.value == Decimal(value)
                and a.unit == unit
                and a.approximate == approximate
                and (line is None or a.line == line)
                and _overlap(measure, a.measure)
            ),
            None,
        )
        if match is None:
            tally.fn += 1
            result.errors.append(
                f"{where}: achievement {measure} {value}{unit or ''} (line {line}) not found"
            )
            continue
        remaining.remove(match)
        tally.tp += 1
    for extra in remaining:
        tally.fp += 1
        result.errors.append(
            f"{where}: unexpected achievement {extra.measure} {extra.value}{extra.unit or ''}"
        )


def _score_sets(
    name: str, expected: Iterable[Any], actual: Iterable[Any], result: Result, where: str
) -> None:
    wanted, got = set(expected), set(actual)
    tally = result.tallies[name]
    tally.tp += len(wanted & got)
    tally.fp += len(got - wanted)
    tally.fn += len(wanted - got)
    if wanted != got:
        result.errors.append(
            f"{where}: {name} missing {sorted(wanted - got)}, unexpected {sorted(got - wanted)}"
        )


def score_report(report: ExtractedReport, label: dict[str, Any], result: Result, where: str) -> None:
    _score_fields(report, label, result, where)
    for name in ("weights", "components", "income", "expenditure", "assets"):
        if name in label:
            _score_mapping(name, label[name], getattr(report, name), result, where)
    if "grade_scheme" in label:
        _score_sets(
            "grade_scheme",
            ((n, Decimal(m)) for n, m in label["grade_scheme"] or []),
            ((b.name, b.min) for b in report.grade_scheme or []),
            result,
            where,
        )
    if "projects" in label:
        _score_projects(report, label, result, where)
    if "achievements" in label:
        _score_achievements(report, label, result, where)
    for name, actual in (("sections", report.sections), ("team", [m.name for m in report.team])):
        if name in label:
            _score_sets(name, label[name], actual, result, where)


Pair = tuple[Path, dict[str, Any]]


def hand_labelled(targets: Iterable[Path]) -> list[Pair]:
    pairs: list[Pair] = []
    for label_file in label_files(targets):
        label = load_label(label_file)
        pairs.append((report_path(label_file, label), label))
    return pairs


def evaluate(pairs: list[Pair]) -> Result:
    result = Result()
    for path, label in pairs:
        score_report(extract_file(path), label, result, path.name)
    return result


def speed(paths: list[Path], repeat: int) -> tuple[float, float]:
    """Files per second reading and extracting each file end to end: by the wall clock, and per second of
    this process's CPU time (the figure that holds on a shared, loaded machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for path in paths:
            extract_file(path)
    count = len(paths) * repeat
    return count / (time.perf_counter() - wall), count / (time.process_time() - cpu)


def print_result(title: str, result: Result, files_per_second: tuple[float, float], files: int) -> None:
    print(f"\n== {title}: {files} labelled reports")
    print(f"{'field':<28}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>9}")
    for name in sorted(result.tallies):
        t = result.tallies[name]
        print(f"{name:<28}{t.tp:>6}{t.fp:>6}{t.fn:>6}{t.precision:>11.3f}{t.recall:>9.3f}")
    overall = result.overall()
    print(
        f"{'OVERALL':<28}{overall.tp:>6}{overall.fp:>6}{overall.fn:>6}{overall.precision:>11.3f}{overall.recall:>9.3f}"
    )
    wall, cpu = files_per_second
    print(
        f"speed: {wall:.1f} files/s by the wall clock, {cpu:.1f} per CPU second (one process, read + extract)"
    )


def combine(results: Iterable[Result]) -> Result:
    total = Result()
    for result in results:
        for name, tally in result.tallies.items():
            total.tallies[name].add(tally)
        total.errors.extend(result.errors)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("labels", nargs="*", type=Path, default=[LABELS])
    parser.add_argument("--generated", type=int, default=200, help="generated reports to label (0: none)")
    parser.add_argument("--seed", type=int, default=0, help="synth seed of the generated set")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the files for the speed figure")
    parser.add_argument("--show-errors", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    sets: dict[str, list[Pair]] = {"seeds (hand-labelled)": hand_labelled(args.labels)}
    if not sets["seeds (hand-labelled)"]:
        print("no label files found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="jixiao-generated-") as folder:
        if args.generated:
            sets["generated (jixiao synth)"] = generate(args.generated, Path(folder), args.seed)
        results: dict[str, Result] = {}
        speeds: dict[str, tuple[float, float]] = {}
        for title, pairs in sets.items():
            results[title] = evaluate(pairs)
            speeds[title] = speed([path for path, _ in pairs], args.repeat)
            print_result(title, results[title], speeds[title], len(pairs))
        everything = [pair for pairs in sets.values() for pair in pairs]
        combined_speed = (
            len(everything) / sum(len(sets[t]) / speeds[t][0] for t in sets),
            len(everything) / sum(len(sets[t]) / speeds[t][1] for t in sets),
        )
        print_result("combined", combine(results.values()), combined_speed, len(everything))
        if args.show_errors:
            for title, result in results.items():
                for error in result.errors:
                    print(f"  [{title.split()[0]}] {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
