"""Units as a registry: a unit has one name and any number of aliases (its short name, former names,
the names of units merged into it). A name read from a report or typed in an evaluation finds its unit by
the name, an alias, or the same name once short forms are written out (unit_names.yaml); only a name
matching none of them makes a new unit.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources

import yaml
from sqlalchemy import Connection, select, union_all
from sqlalchemy.dialects import postgresql, sqlite

from jixiao.store.models import Unit, UnitAlias

_IGNORED = re.compile(r"[\s()（）【】\[\]“”\"'·・]")


@cache
def _expansions() -> list[tuple[str, str]]:
    text = (resources.files("jixiao.store") / "unit_names.yaml").read_text("utf-8")
    pairs = yaml.safe_load(text)["expansions"].items()
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


def name_key(name: str) -> str:
    """The name with every short form written out, full-width forms folded, spaces and brackets gone."""
    text = _IGNORED.sub("", unicodedata.normalize("NFKC", name))
    for short, full in _expansions():
        text = text.replace(short, full)
    return text


def find_unit(connection: Connection, name: str) -> int | None:
    """The unit a name stands for, or None. A match by the written-out form is kept as an alias, so the
    next lookup of that name is a plain index hit."""
    found = connection.scalar(select(Unit.id).where(Unit.name == name))
    if found is None:
        found = connection.scalar(select(UnitAlias.unit_id).where(UnitAlias.name == name))
    if found is not None:
        return int(found)
    key = name_key(name)
    names = union_all(select(Unit.id.label("unit_id"), Unit.name), select(UnitAlias.unit_id, UnitAlias.name))
    for unit_id, other in connection.execute(select(names.subquery())):
        if name_key(other) == key:
            add_alias(connection, unit_id, name)
            return int(unit_id)
    return None


def add_alias(connection: Connection, unit_id: int, name: str) -> None:
    """Another name for the unit; a name already taken (by a unit or an alias) is left as it is."""
    if connection.scalar(select(Unit.id).where(Unit.name == name)) is not None:
        return
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    connection.execute(
        insert(UnitAlias).values(unit_id=unit_id, name=name).on_conflict_do_nothing(index_elements=["name"])
    )
