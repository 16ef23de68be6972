"""A real application on a real database, with one account per role and two units.

``site`` runs on a SQLite file; ``any_site`` on SQLite and on PostgreSQL (tests/database.py), for the
tests where the database matters (authorisation queries, the audit log, the rate limit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from jixiao.store.db import make_engine
from jixiao.store.migrate import upgrade
from jixiao.store.models import Unit
from jixiao.web.accounts import create_user
from jixiao.web.app import Settings, create_app

HOME_UNIT = "某市网信办"
OTHER_UNIT = "另一县网信办"
PASSWORD = "correct-horse-1"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Browser(TestClient):
    """A test client that remembers the CSRF token of its session, as a page in a browser would."""

    csrf: str = ""

    def refresh_token(self) -> str:
        page = self.get("/login")
        found = _TOKEN.search(page.text)
        assert found, page.text
        self.csrf = found.group(1)
        return self.csrf

    def submit(self, url: str, data: dict[str, str] | None = None, **kwargs: Any) -> Any:
        """POST a form with the session's token, as the page's form would."""
        return self.post(url, data={"csrf_token": self.csrf, **(data or {})}, **kwargs)


@dataclass
class Site:
    engine: Engine
    units: dict[str, int] = field(default_factory=dict)
    users: dict[str, int] = field(default_factory=dict)
    settings: Settings = field(default_factory=lambda: Settings(secret_key="test-secret"))

    def browser(
        self, username: str | None = None, password: str = PASSWORD, address: str = "testclient"
    ) -> Browser:
        """A client from ``address`` (as the server sees the peer), signed in as ``username``."""
        client = Browser(
            create_app(self.engine, self.settings), follow_redirects=False, client=(address, 50000)
        )
        client.refresh_token()
        if username is not None:
            answer = client.submit("/login", {"username": username, "password": password})
            assert answer.status_code == 303, answer.text
            client.refresh_token()
        return client


def build_site(engine: Engine) -> Site:
    site = Site(engine)
    with engine.begin() as connection:
        for name in (HOME_UNIT, OTHER_UNIT):
            site.units[name] = connection.execute(
                insert(Unit).values(name=name).returning(Unit.id)
            ).scalar_one()
        site.users["admin"] = create_user(connection, "admin", PASSWORD, "administrator")
        site.users["reviewer"] = create_user(connection, "reviewer", PASSWORD, "reviewer")
        site.users["home"] = create_user(connection, "home", PASSWORD, "unit", site.units[HOME_UNIT])
        site.users["other"] = create_user(connection, "other", PASSWORD, "unit", site.units[OTHER_UNIT])
    return site


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    engine = make_engine(f"sqlite:///{tmp_path / 'web.db'}")
    upgrade(engine)
    try:
        yield build_site(engine)
    finally:
        engine.dispose()


@pytest.fixture
def any_site(engine: Engine) -> Site:
    return build_site(engine)
