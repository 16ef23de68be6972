"""Alembic without alembic.ini: the migration scripts ship inside the package, so any command can
bring a database to the current schema before it touches it.

A developer adds a revision after changing ``models`` with::

    python -c "from jixiao.store.migrate import revision; revision('sqlite:////tmp/dev.db', 'what changed')"

which autogenerates it against a database upgraded to the current head.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

SCRIPT_LOCATION = "jixiao.store:migrations"


def config(connection: Connection) -> Config:
    settings = Config()
    settings.set_main_option("script_location", SCRIPT_LOCATION)
    settings.attributes["connection"] = connection
    return settings


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.downgrade(config(connection), target)


def revision(url: str, message: str) -> None:
    from jixiao.store.db import make_engine

    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        command.revision(config(connection), message=message, autogenerate=True)
