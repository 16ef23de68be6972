"""Alembic without alembic.ini: the migration scripts ship inside the package, so any command can
bring a database to the current schema before it touches it.

A developer adds a revision after changing ``models`` with::

    python -c "from jixiao.store.migrate import revision; revision('sqlite:////tmp/dev.db', 'what changed')"

which autogenerates it against a database upgraded to the current head.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, text

SCRIPT_LOCATION = "jixiao.store:migrations"


def config(connection: Connection) -> Config:
    settings = Config()
    settings.set_main_option("script_location", SCRIPT_LOCATION)
    settings.attributes["connection"] = connection
    return settings


# any fixed number: the key of the PostgreSQL advisory lock that migrations hold
MIGRATION_LOCK = 7_405_117


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the database to ``target``. Commands started at the same moment on a new database take turns:
    the first migrates, the others find the schema current (without the lock, each tried to create the
    tables and all but one failed)."""
    with engine.begin() as connection:
        _lock_for_migration(connection)
        command.upgrade(config(connection), target)


def _lock_for_migration(connection: Connection) -> None:
    """Hold the database's migration lock until the transaction ends."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    elif connection.dialect.name == "sqlite":
        # the write lock first (waiting up to the busy timeout), so that the schema is read after
        # any other migration has committed
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.downgrade(config(connection), target)


def revision(url: str, message: str) -> None:
    from jixiao.store.db import make_engine

    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        command.revision(config(connection), message=message, autogenerate=True)
