"""A synthetic corpus: N reports written from random evaluations by the real engine and renderers,
varied in wording and layout, some with mistakes, and a sidecar ``truth.jsonl`` saying what each holds.

Report ``i`` depends only on the seed and ``i`` (its own random stream), so a corpus is the same
however many processes write it, and the first N reports of a larger corpus are the smaller one.
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jixiao.jsonout import dumps
from jixiao.model.loading import load_scheme
from jixiao.model.scheme import Scheme
from jixiao.render.report_docx import report_docx
from jixiao.render.report_text import build_report
from jixiao.scoring import score
from jixiao.synth.errors import Subject, inject
from jixiao.synth.evaluations import SCHEMES, UnitIdentity, choose_scheme, random_evaluation, unit_pool
from jixiao.synth.layout import random_layout, to_text
from jixiao.synth.variation import random_wording, reword

FORMATS = ("txt", "docx")
FORMAT_WEIGHTS = {"txt": 3, "docx": 1}
REPORTS_PER_UNIT = 6
TRUTH_FILE = "truth.jsonl"
CHUNK = 500
PIECE = 25


@dataclass(frozen=True)
class CorpusSpec:
    count: int
    out: Path
    seed: int = 0
    formats: tuple[str, ...] = FORMATS

    @property
    def pool_size(self) -> int:
        return max(10, self.count // REPORTS_PER_UNIT)


@cache
def _schemes() -> dict[str, Scheme]:
    return {name: load_scheme(name) for name in SCHEMES}


@cache
def _units(seed: int, size: int) -> list[UnitIdentity]:
    return unit_pool(seed, size)


def write_report(spec: CorpusSpec, index: int) -> dict[str, Any]:
    """Compose, score, render, vary and write report ``index``; returns its truth record."""
    rng = random.Random(f"{spec.seed}-{index}")
    units = _units(spec.seed, spec.pool_size)
    unit = units[rng.randrange(len(units))]
    scheme = _schemes()[choose_scheme(rng)]
    evaluation = random_evaluation(rng, unit, scheme)
    card = score(evaluation, scheme)
    report, errors = inject(build_report(evaluation, card, scheme), Subject(evaluation, card, scheme), rng)
    wording = random_wording(rng)
    report = reword(report, wording)
    weights = [FORMAT_WEIGHTS[name] for name in spec.formats]
    file_format = rng.choices(spec.formats, weights=weights)[0]
    relative = Path(str(evaluation.year), f"{index:06d}.{file_format}")
    layout = None
    if file_format == "txt":
        layout = random_layout(rng)
        date = evaluation.report_date.isoformat() if evaluation.report_date else str(evaluation.year + 1)
        data = to_text(report, layout, date).encode(layout.encoding)
    else:
        data = report_docx(report)
    target = spec.out / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    totals = evaluation.funds.derived_total()
    return {
        "file": relative.as_posix(),
        "format": file_format,
        "kind": evaluation.kind.value,
        "year": evaluation.year,
        "department": evaluation.department,
        "unit": evaluation.unit,
        "project": evaluation.project,
        "scheme": scheme.name,
        "budget": totals.budget,
        "executed": totals.executed,
        "execution_rate": card.execution.rate,
        "score": card.total,
        "grade": card.grade,
        "errors": [asdict(error) for error in errors],
        "wording": wording.describe(),
        "layout": layout.describe() if layout else None,
    }


def _write_chunk(spec: CorpusSpec, indices: Sequence[int]) -> list[dict[str, Any]]:
    return [write_report(spec, index) for index in indices]


def _chunks(indices: range, size: int) -> Iterator[range]:
    """Consecutive pieces: a few hundred reports in flight at a time, a few dozen per task."""
    for start in range(indices.start, indices.stop, size):
        yield range(start, min(start + size, indices.stop))


def write_corpus(
    spec: CorpusSpec, workers: int = 1, on_report: Callable[[dict[str, Any]], None] | None = None
) -> Path:
    """Write the corpus and its truth file (one JSON object per line, in report order)."""
    spec.out.mkdir(parents=True, exist_ok=True)
    truth = spec.out / TRUTH_FILE
    notify = on_report or (lambda _record: None)
    with truth.open("w", encoding="utf-8") as handle:
        if workers <= 1:
            for index in range(spec.count):
                record = write_report(spec, index)
                handle.write(dumps(record) + "\n")
                notify(record)
            return truth
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for chunk in _chunks(range(spec.count), CHUNK):
                pieces = list(_chunks(chunk, PIECE))
                for records in pool.map(_write_chunk, [spec] * len(pieces), pieces):
                    for record in records:
                        handle.write(dumps(record) + "\n")
                        notify(record)
    return truth
