"""End-to-end ingest throughput and memory: N synthetic .txt reports read, extracted, audited and stored
(``jixiao.batch.run.ingest``, what ``jixiao ingest`` runs), with 1 and 2 workers, on SQLite and PostgreSQL.

Each measurement runs in a fresh process against an empty database, from the start of the run (worker
processes spawned) to the last file committed. Printed per run:
- files/s: wall clock, end to end; on a shared machine this depends on what else runs (load average shown);
- worker CPU ms/file and files per worker CPU-second: what one worker does with a core to itself;
- parent CPU ms/file: hashing, skip look-ups and the per-file database transaction;
- resident memory (MB) of the parent and of each worker after the checkpoint file and after the last,
  and their peaks, so that growth with the number of files would show.

Run:  .venv/bin/python benchmarks/ingest_throughput.py [--count 10000] [--workers 1 2]
      [--databases sqlite postgresql] [--corpus DIR] [--checkpoint 2000]
PostgreSQL: JIXIAO_BENCH_POSTGRES_URL names a server, else one is started with scripts/postgres on
JIXIAO_PG_PORT (default 54350) and stopped afterwards.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from bench_support import fresh_database, load_average, memory_mb, postgres_server, txt_corpus


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure(url: str, workers: int, corpus: Path, checkpoint: int) -> dict[str, Any]:
    """One ingest run in this process; the figures as a dict."""
    from jixiao.batch.run import ingest
    from jixiao.store.db import open_database

    engine = open_database(url)
    done = 0
    samples: dict[int, dict[str, Any]] = {}
    total = sum(1 for _ in corpus.rglob("*.txt"))

    def on_file(_outcome: str) -> None:
        nonlocal done
        done += 1
        if done in (checkpoint, total):
            pool = [memory_mb(child.pid) for child in multiprocessing.active_children()]
            samples[done] = {"parent": memory_mb(), "workers": pool}

    load_before = load_average()
    cpu_parent, cpu_children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    summary = ingest([corpus], engine, workers=workers, scheme_name="national-2020", on_file=on_file)
    elapsed = time.perf_counter() - start
    engine.dispose()
    return {
        "database": url.split(":", 1)[0].split("+")[0],
        "workers": workers,
        "files": summary.processed,
        "stored": summary.stored,
        "failed": summary.failed,
        "findings": sum(summary.severities.values()),
        "seconds": elapsed,
        "parent_cpu": _cpu(resource.RUSAGE_SELF) - cpu_parent,
        "worker_cpu": _cpu(resource.RUSAGE_CHILDREN) - cpu_children,
        "samples": samples,
        "load": f"{load_before} -> {load_average()}",
    }


def run_one(url: str, workers: int, corpus: Path, checkpoint: int) -> dict[str, Any]:
    """``measure`` in a new interpreter, so each run's parent memory starts from nothing."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        command = [
            sys.executable,
            __file__,
            "--one",
            url,
            str(workers),
            str(corpus),
            str(checkpoint),
            out.name,
        ]
        subprocess.run(command, check=True)
        result: dict[str, Any] = json.loads(Path(out.name).read_text())
        return result


def _rss(sample: dict[str, Any] | None, who: str) -> str:
    if sample is None:
        return "—"
    if who == "parent":
        return f"{sample['parent'][0]:.0f}"
    return "/".join(f"{rss:.0f}" for rss, _peak in sample["workers"]) or "—"


def report(result: dict[str, Any], checkpoint: int) -> None:
    files, workers = result["files"], result["workers"]
    samples = {int(k): v for k, v in result["samples"].items()}
    first, last = samples.get(checkpoint), samples.get(files)
    peak_workers = "/".join(f"{peak:.0f}" for _rss, peak in (last or {"workers": []})["workers"]) or "—"
    peak_parent = f"{last['parent'][1]:.0f}" if last else "—"
    print(
        f"{result['database']:<10} {workers:>2} worker(s)  {files} files ({result['stored']} stored, "
        f"{result['failed']} failed, {result['findings']} findings) in {result['seconds']:.1f} s\n"
        f"    {files / result['seconds']:.1f} files/s end to end ({files / result['seconds'] / workers:.1f} per worker); "
        f"worker CPU {1000 * result['worker_cpu'] / files:.1f} ms/file = "
        f"{files / result['worker_cpu']:.1f} files per worker CPU-second; "
        f"parent CPU {1000 * result['parent_cpu'] / files:.1f} ms/file\n"
        f"    RSS MB at file {checkpoint} -> {files}: parent {_rss(first, 'parent')} -> {_rss(last, 'parent')}, "
        f"workers {_rss(first, 'workers')} -> {_rss(last, 'workers')}; peak parent {peak_parent}, "
        f"workers {peak_workers}\n"
        f"    load average (1, 5, 15 min) before -> after: {result['load']}",
        flush=True,
    )


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        url, workers, corpus, checkpoint, out = sys.argv[2:7]
        figures = measure(url, int(workers), Path(corpus), int(checkpoint))
        Path(out).write_text(json.dumps(figures))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--databases", nargs="+", choices=["sqlite", "postgresql"], default=["sqlite", "postgresql"]
    )
    parser.add_argument("--corpus", type=Path, help="folder for the synthetic corpus (kept for reuse)")
    parser.add_argument("--checkpoint", type=int, default=2000)
    args = parser.parse_args()
    corpus = txt_corpus(
        args.corpus or Path(tempfile.gettempdir()) / f"jixiao-corpus-{args.count}", args.count
    )
    print(
        f"ingest throughput: {args.count} synthetic .txt reports from {corpus}, on a 2-core machine shared with other work"
    )
    with ExitStack() as stack:
        server = stack.enter_context(postgres_server()) if "postgresql" in args.databases else None
        for backend in args.databases:
            for workers in args.workers:
                with fresh_database(backend, server) as url:
                    report(run_one(url, workers, corpus, args.checkpoint), args.checkpoint)


if __name__ == "__main__":
    main()
