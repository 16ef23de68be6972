"""What the storage benchmarks share: a synthetic corpus on disk, a PostgreSQL server, a fresh database
per measurement, and the memory and load figures read from /proc."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_ENV = "JIXIAO_BENCH_POSTGRES_URL"
DEFAULT_PG_PORT = 54350


def txt_corpus(folder: Path, count: int, seed: int = 1) -> Path:
    """At least ``count`` synthetic .txt reports under ``folder`` (``jixiao synth``), written once and reused."""
    from jixiao.synth.corpus import CorpusSpec, write_corpus

    if sum(1 for _ in folder.rglob("*.txt")) < count:
        print(f"writing {count} synthetic reports to {folder} ...", file=sys.stderr, flush=True)
        write_corpus(
            CorpusSpec(count=count, out=folder, seed=seed, formats=("txt",)), workers=os.cpu_count() or 1
        )
    return folder


@contextmanager
def postgres_server() -> Iterator[str]:
    """The URL of a running server: ``JIXIAO_BENCH_POSTGRES_URL``, else one started with scripts/postgres
    (durable settings, unlike the tests' fsync=off) on ``JIXIAO_PG_PORT`` or 54350, stopped afterwards."""
    given = os.environ.get(POSTGRES_ENV)
    if given:
        yield given
        return
    port = os.environ.get("JIXIAO_PG_PORT") or str(DEFAULT_PG_PORT)
    env = {**os.environ, "JIXIAO_PG_PORT": port, "JIXIAO_PG_SETTINGS": ""}
    script = str(ROOT / "scripts" / "postgres")
    started = subprocess.run([script, "start"], env=env, capture_output=True, text=True, check=True)
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True, check=False)


@contextmanager
def fresh_database(backend: str, server: str | None) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new database on the PostgreSQL server."""
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="jixiao-bench-") as folder:
            yield f"sqlite:///{folder}/jixiao.db"
        return
    if server is None:
        raise ValueError("PostgreSQL needs a server URL")
    # imported here: the ingest benchmark's workers are spawned and import this module again (as part of
    # the benchmark's __main__), and SQLAlchemy there would count in the worker CPU that jixiao's own
    # workers, which never import it, do not spend
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"jixiao_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def memory_mb(pid: int | str = "self") -> tuple[float, float]:
    """Resident memory now and its peak (VmRSS, VmHWM) in MB."""
    fields: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def load_average() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())
