"""Database fixtures: every storage test runs on a SQLite file and on a real PostgreSQL server.

scripts/test starts the server and sets JIXIAO_TEST_POSTGRES_URL; if that server cannot be reached the
tests fail (they never skip). Without the variable, as when pytest is run by hand, a private server is
started from Debian's packages for the session and stopped afterwards.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from jixiao.store.db import make_engine
from jixiao.store.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_ENV = "JIXIAO_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _reachable(url: str) -> str | None:
    """None when the server answers, else the reason."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        return str(error).splitlines()[0]
    finally:
        engine.dispose()
    return None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a database on a running PostgreSQL server, from which test databases are created."""
    given = os.environ.get(POSTGRES_ENV)
    if given:
        problem = _reachable(given)
        if problem:
            pytest.fail(f"{POSTGRES_ENV}={given} is set but the server cannot be reached: {problem}")
        yield given
        return
    port = _free_port()
    env = {
        **os.environ,
        "JIXIAO_PG_PORT": str(port),
        # Not under pytest's own temporary folder: as root the server runs as the postgres user,
        # who cannot enter root's private folders.
        "JIXIAO_PG_DIR": str(Path(tempfile.gettempdir()) / f"jixiao-pg-{port}"),
        "JIXIAO_PG_SETTINGS": "-c fsync=off",
    }
    script = str(ROOT / "scripts" / "postgres")
    started = subprocess.run([script, "start"], env=env, capture_output=True, text=True, check=False)
    if started.returncode != 0:
        pytest.fail(f"could not start PostgreSQL with scripts/postgres: {started.stderr.strip()}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([script, "stop"], env=env, capture_output=True, check=False)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a new SQLite file, or a new database on the PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'jixiao.db'}"
        return
    server = make_url(request.getfixturevalue("postgres_server"))
    name = f"jixiao_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """A migrated database."""
    engine = make_engine(database_url)
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()
