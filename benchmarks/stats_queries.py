"""The time of each ``jixiao stats`` query at 10,000 and 100,000 stored reports, on SQLite and PostgreSQL,
so that growth with the number of reports is visible.

The database is filled through the real store model (its tables, exact-decimal and JSON column types)
from K template reports that were really read, extracted and audited (synthetic .txt reports): report i
is template i mod K with its own content hash, one of N/6 units (about six reports per unit, as in the
synthetic corpus) and its year shifted over 2019-2025; facts, text and findings are the template's,
whole, so rows are as wide as ingested ones. Bulk insertion (1,000 reports per transaction) stands in
for ``jixiao ingest`` only to save time. After loading, ANALYZE (as autovacuum or a DBA would).

Each query runs once to warm the cache, then the median of 3 runs is printed in milliseconds.

Run:  .venv/bin/python benchmarks/stats_queries.py [--sizes 10000 100000] [--databases sqlite postgresql]
      [--templates 300] [--corpus DIR]
PostgreSQL: JIXIAO_BENCH_POSTGRES_URL names a server, else one is started with scripts/postgres on
JIXIAO_PG_PORT (default 54350) and stopped afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, text

from bench_support import fresh_database, load_average, postgres_server, txt_corpus
from jixiao.analysis.grouping import Grouping
from jixiao.analysis.stats import (
    execution_distribution,
    find_unit,
    findings_by_rule,
    grade_distribution,
    grouped,
    overview,
    report_count,
    score_distribution,
)
from jixiao.batch.walk import content_hash
from jixiao.batch.worker import review_as_data
from jixiao.model.loading import load_scheme
from jixiao.store.db import make_engine
from jixiao.store.migrate import upgrade
from jixiao.store.models import Finding, Report, Unit, utcnow
from jixiao.store.rows import ReviewedFile, prepare

BATCH = 1000
REPORTS_PER_UNIT = 6
YEARS = range(2019, 2026)
UNIT = "合成单位{:06d}"


def templates(corpus: Path, count: int) -> list[ReviewedFile]:
    scheme = load_scheme("national-2020")
    reviewed = []
    for path in sorted(corpus.rglob("*.txt"))[:count]:
        result = review_as_data(path, content_hash(path), scheme, "national-2020", str(path))
        if isinstance(result, ReviewedFile):
            reviewed.append(result)
    return reviewed


def fill(engine: Engine, size: int, models: list[ReviewedFile]) -> float:
    """Store ``size`` reports made from the templates; returns the seconds it took."""
    start = time.perf_counter()
    units = max(1, size // REPORTS_PER_UNIT)
    with engine.begin() as connection:
        connection.execute(insert(Unit), [{"id": n + 1, "name": UNIT.format(n)} for n in range(units)])
    rows = [prepare(model) for model in models]  # the rows ingest stores, as templates
    finding_id = 0
    for first in range(0, size, BATCH):
        reports, findings = [], []
        for index in range(first, min(first + BATCH, size)):
            model = rows[index % len(rows)]
            reports.append(
                {
                    **model.report,
                    "id": index + 1,
                    "file_hash": hashlib.sha256(str(index).encode()).hexdigest(),
                    "file_name": f"/bench/{index:06d}.txt",
                    "year": YEARS[index % len(YEARS)],
                    "unit_id": index % units + 1,
                    "ingested_at": utcnow(),
                }
            )
            for row in model.findings:
                finding_id += 1
                findings.append({**row, "id": finding_id, "report_id": index + 1})
        with engine.begin() as connection:
            connection.execute(insert(Report), reports)
            if findings:
                connection.execute(insert(Finding), findings)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - start


def queries(connection: Connection) -> dict[str, Callable[[], Any]]:
    """What ``jixiao stats`` runs, and the history of one unit (``--unit``)."""
    unit_id = find_unit(connection, UNIT.format(0))
    return {
        "report count": lambda: report_count(connection),
        "overview": lambda: overview(connection),
        "score distribution": lambda: score_distribution(connection),
        "grade distribution": lambda: grade_distribution(connection),
        "execution distribution": lambda: execution_distribution(connection),
        "top 10 findings": lambda: findings_by_rule(connection, limit=10),
        "--by unit": lambda: grouped(connection, Grouping.UNIT),
        "--by year": lambda: grouped(connection, Grouping.YEAR),
        "--by grade": lambda: grouped(connection, Grouping.GRADE),
        "--by rule": lambda: grouped(connection, Grouping.RULE),
        "--unit U (history by year)": lambda: grouped(connection, Grouping.YEAR, unit_id),
        "--unit U overview": lambda: overview(connection, unit_id),
    }


def time_queries(engine: Engine) -> dict[str, float]:
    timings: dict[str, float] = {}
    with engine.connect() as connection:
        for name, query in queries(connection).items():
            query()
            runs = []
            for _ in range(3):
                start = time.perf_counter()
                query()
                runs.append(time.perf_counter() - start)
            timings[name] = 1000 * statistics.median(runs)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--databases", nargs="+", choices=["sqlite", "postgresql"], default=["sqlite", "postgresql"]
    )
    parser.add_argument("--templates", type=int, default=300)
    parser.add_argument("--corpus", type=Path, help="folder of synthetic reports (written if missing)")
    args = parser.parse_args()
    corpus = txt_corpus(args.corpus or Path(tempfile.gettempdir()) / "jixiao-corpus-300", args.templates)
    models = templates(corpus, args.templates)
    print(f"stats queries: {len(models)} template reports, on a 2-core machine shared with other work")
    columns: dict[str, dict[str, float]] = {}
    with ExitStack() as stack:
        server = stack.enter_context(postgres_server()) if "postgresql" in args.databases else None
        for backend in args.databases:
            for size in args.sizes:
                with fresh_database(backend, server) as url:
                    engine = make_engine(url)
                    upgrade(engine)
                    seconds = fill(engine, size, models)
                    print(
                        f"{backend} {size}: loaded in {seconds:.0f} s; load average {load_average()}",
                        flush=True,
                    )
                    columns[f"{backend} {size}"] = time_queries(engine)
                    engine.dispose()
    names = list(next(iter(columns.values())))
    print(f"\n{'query (median of 3, ms)':<28}" + "".join(f"{label:>18}" for label in columns))
    for name in names:
        print(f"{name:<28}" + "".join(f"{column[name]:>18.1f}" for column in columns.values()))


if __name__ == "__main__":
    main()
