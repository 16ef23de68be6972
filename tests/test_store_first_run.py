"""Several commands opening a new, empty database at the same moment: the migrations run once, under a
lock, and every command goes on (on PostgreSQL the second used to fail creating alembic_version)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text

from jixiao.store.db import make_engine

OPEN = (
    "import sys\nfrom jixiao.store.db import open_database\nopen_database(sys.argv[1]).dispose()\nprint('ok')"
)


@pytest.mark.parametrize("attempt", range(3))
def test_concurrent_first_runs_on_a_new_database_all_succeed(database_url: str, attempt: int) -> None:
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, database_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0, 0], [err[-600:] for _out, err in outputs]
    engine = make_engine(database_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert len(versions) == 1
