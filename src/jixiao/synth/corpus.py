"""A synthetic corpus: N reports written from random evaluations by the real engine and renderers,
varied in wording and layout, some with mistakes, and a sidecar ``truth.jsonl`` saying what each holds.

Report ``i`` depends only on the seed and ``i`` (its own random stream), so a corpus is the same
however many processes write it, and the first N reports of a larger corpus are the smaller one.

The folder holds one corpus and its truth: a corpus written again replaces the earlier one (all of it,
so no report is left that the truth file does not list), a folder holding anything else is refused, and
the truth file gets its name only once every report is written.
"""

from __future__ import annotations

import multiprocessing
import random
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jixiao.errors import InputError
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
PARTIAL_TRUTH_FILE = "truth.jsonl.partial"  # while writing, or left by an interrupted run
_REPORT_FILE = re.compile(r"\d{4}/\d{6}\.(?:txt|docx)")
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


def previous_output(out: Path) -> list[Path]:
    """The files an earlier corpus left in ``out``: its truth file and reports, to be replaced. An
    InputError when ``out`` holds anything else, which is not ours to delete nor to mix into a corpus."""
    if out.exists() and not out.is_dir():
        raise InputError.single(str(out), "这是一个文件，不是文件夹；请另选输出文件夹")
    files = sorted(path for path in out.rglob("*") if not path.is_dir()) if out.exists() else []
    names = {path.relative_to(out).as_posix() for path in files}
    markers = names & {TRUTH_FILE, PARTIAL_TRUTH_FILE}
    foreign = sorted(name for name in names - markers if not _REPORT_FILE.fullmatch(name))
    if foreign:
        raise InputError.single(
            str(out),
            f"文件夹中有不是 jixiao synth 生成的文件（如 {foreign[0]}），"
            "为免删除或混入别的文件，请换一个空文件夹或新文件夹",
        )
    if files and not markers:
        raise InputError.single(
            str(out), f"文件夹不是空的，也没有 {TRUTH_FILE}，不像是上次生成的报告；请换一个空文件夹或新文件夹"
        )
    return files


def _remove(files: list[Path], out: Path) -> None:
    """Delete the files, then the year folders they leave empty."""
    for path in files:
        path.unlink()
    for folder in sorted({path.parent for path in files} - {out}, reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def write_corpus(
    spec: CorpusSpec, workers: int = 1, on_report: Callable[[dict[str, Any]], None] | None = None
) -> Path:
    """Write the corpus and its truth file (one JSON object per line, in report order) in place of an
    earlier corpus in the folder; see ``previous_output`` for what is refused."""
    _remove(previous_output(spec.out), spec.out)
    spec.out.mkdir(parents=True, exist_ok=True)
    partial = spec.out / PARTIAL_TRUTH_FILE
    notify = on_report or (lambda _record: None)
    with partial.open("w", encoding="utf-8") as handle:
        for record in _records(spec, workers):
            handle.write(dumps(record) + "\n")
            notify(record)
    return partial.replace(spec.out / TRUTH_FILE)


def _records(spec: CorpusSpec, workers: int) -> Iterator[dict[str, Any]]:
    """The reports written and their truth records, in report order, by one process or a pool."""
    if workers <= 1:
        for index in range(spec.count):
            yield write_report(spec, index)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for chunk in _chunks(range(spec.count), CHUNK):
            pieces = list(_chunks(chunk, PIECE))
            for records in pool.map(_write_chunk, [spec] * len(pieces), pieces):
                yield from records
