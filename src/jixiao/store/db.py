"""Which database, and an engine for it: ``--db`` beats ``JIXIAO_DATABASE_URL`` beats a SQLite file.

The default file lives in the user's data folder (``$XDG_DATA_HOME/jixiao/jixiao.db``) so that every
command finds the same reports wherever it is run from. A plain path given as ``--db`` is a SQLite
file; ``postgresql://`` URLs use the psycopg 3 driver.
"""

from __future__ import annotations

import json
import os
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jixiao.errors import InputError
from jixiao.store.rows import to_json

ENV_VAR = "JIXIAO_DATABASE_URL"


def default_path() -> Path:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "jixiao" / "jixiao.db"


def resolve_url(option: str | None = None) -> str:
    """The database URL for a command: its ``--db`` value, else the environment, else the default file."""
    text = option or os.environ.get(ENV_VAR) or str(default_path())
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text.removeprefix(prefix)
    return text


def _loads(text: str | bytes) -> Any:
    return json.loads(text, parse_float=Decimal)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on (SQLite leaves them off), WAL so readers never block the writer, and a wait
    instead of an immediate "database is locked" when two processes write at once."""
    cursor = dbapi_connection.cursor()
    # the wait first: switching a new file to WAL needs its lock, which a first run migrating holds
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine whose JSON keeps decimals exact; a malformed URL is the user's error."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed, json_serializer=to_json, json_deserializer=_loads)
    except (ArgumentError, ValueError) as error:
        raise InputError.single(url, f"数据库地址无法识别：{error}") from None
    except ModuleNotFoundError as error:
        raise InputError.single(url, f"缺少数据库驱动：{error.name}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_database(option: str | None = None) -> Engine:
    """Connect and migrate to the current schema; an unreachable server is reported, not raised."""
    from jixiao.store.migrate import upgrade

    url = resolve_url(option)
    engine = make_engine(url)
    attempt = 0
    while True:
        started = time.monotonic()
        try:
            upgrade(engine)
            return engine
        except OperationalError as error:
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            at_once = time.monotonic() - started < _LOCKED_PAUSE
            if (
                engine.dialect.name == "sqlite"
                and "locked" in reason
                and at_once
                and attempt < _LOCKED_RETRIES
            ):
                # a new SQLite file several commands open at once: while one switches it to WAL and migrates,
                # another may be told "locked" at once, past its busy timeout's reach; it tries again (a lock
                # held past the busy timeout is reported)
                attempt += 1
                time.sleep(_LOCKED_PAUSE * attempt)
                continue
            engine.dispose()
            raise InputError.single(safe_url(url), f"无法连接数据库：{reason}") from None


_LOCKED_RETRIES = 3
_LOCKED_PAUSE = 0.5  # seconds, more at each retry


def open_existing_database(option: str | None = None) -> Engine:
    """Like ``open_database``, for commands that only read: a SQLite file that does not exist is an error
    (a mistyped --db), never a new empty database."""
    url = resolve_url(option)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
        raise InputError.single(
            parsed.database, "数据库文件不存在（检查 --db，或先用 jixiao ingest 入库报告）"
        )
    return open_database(url)


def safe_url(url: str) -> str:
    """The URL with its password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
