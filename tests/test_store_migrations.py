"""The migrations build the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from jixiao.errors import InputError
from jixiao.store.db import ENV_VAR, make_engine, open_database, resolve_url
from jixiao.store.migrate import downgrade, upgrade
from jixiao.store.models import Base

TABLES = {
    "units",
    "users",
    "reports",
    "findings",
    "ingest_failures",
    "evaluations",
    "score_cards",
    "audit_log",
    "login_attempts",
    "sessions",
    "uploads",
    "unit_aliases",
}


def test_upgrade_from_empty_to_head_matches_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert set(inspect(engine).get_table_names()) == set()
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) == TABLES | {"alembic_version"}
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
            assert context.get_current_revision() == "0003"
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        upgrade(engine)
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        engine.dispose()


def test_open_database_migrates_and_is_idempotent(database_url: str) -> None:
    for _ in range(2):
        engine = open_database(database_url)
        assert set(inspect(engine).get_table_names()) >= TABLES
        engine.dispose()


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(InputError) as caught:
        open_database("postgresql://nobody:secret@127.0.0.1:1/none")
    message = str(caught.value)
    assert "无法连接数据库" in message
    assert "secret" not in message


def test_url_precedence_and_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_url() == f"sqlite:///{tmp_path / 'data' / 'jixiao' / 'jixiao.db'}"
    assert (tmp_path / "data" / "jixiao").is_dir()
    monkeypatch.setenv(ENV_VAR, "postgres://u@h/db")
    assert resolve_url() == "postgresql+psycopg://u@h/db"
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u@h:5/d") == "postgresql+psycopg://u@h:5/d"


def test_unreachable_postgres_fails_the_suite_rather_than_skipping(tmp_path: Path) -> None:
    """With JIXIAO_TEST_POSTGRES_URL pointing at no server, a PostgreSQL test must fail."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "JIXIAO_TEST_POSTGRES_URL": "postgresql+psycopg://postgres@127.0.0.1:1/none"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{Path(__file__).name}::test_open_database_migrates_and_is_idempotent",
        ],
        cwd=root / "tests",
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout
    assert "1 passed, 1 error" in result.stdout
    assert "skipped" not in result.stdout


def test_upgrade_0001_to_0002_keeps_the_data_already_stored(database_url: str) -> None:
    """A database at 0001 holding a unit, an evaluation and a report: after 0002 the rows are intact,
    the evaluation is a draft (the new column's default) with no review score, and the report too."""
    from sqlalchemy import text

    engine = make_engine(database_url)
    try:
        upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO units (id, name) VALUES (1, '某县财政局')"))
            connection.execute(
                text(
                    "INSERT INTO evaluations (id, kind, year, unit_id, department, project, data, created_at,"
                    " updated_at) VALUES (1, '项目支出', 2023, 1, '某县财政局', '某项目', '{\"a\": 1}',"
                    " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO reports (id, file_hash, file_name, format, unit_id, year, scheme, score, facts,"
                    " text, ingested_at) VALUES (1, :hash, 'a.txt', 'text', 1, 2023, 'national-2020', 96.50,"
                    " '{}', '报告正文', CURRENT_TIMESTAMP)"
                ),
                {"hash": "0" * 64},
            )
        upgrade(engine)
        with engine.connect() as connection:
            evaluation = connection.execute(
                text("SELECT kind, year, project, status, review_score, submitted_at FROM evaluations")
            ).one()
            report = connection.execute(
                text("SELECT file_name, score, review_score, text FROM reports")
            ).one()
            unit = connection.scalar(text("SELECT name FROM units"))
        assert tuple(evaluation) == ("项目支出", 2023, "某项目", "draft", None, None)
        assert (report.file_name, Decimal(report.score), report.review_score, report.text) == (
            "a.txt",
            Decimal("96.50"),
            None,
            "报告正文",
        )
        assert unit == "某县财政局"
        downgrade(engine, "0001")
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM reports")) == 1
            assert "status" not in {c["name"] for c in inspect(connection).get_columns("evaluations")}
    finally:
        engine.dispose()


def test_upgrade_0002_to_0003_keeps_reports_and_users(database_url: str) -> None:
    """A database at 0002 with a user and a report: after 0003 the report awaits review (待审核) with no
    复核意见, the user is enabled, and a downgrade keeps both rows."""
    from sqlalchemy import text

    engine = make_engine(database_url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO users (id, username, password_hash, role, created_at)"
                    " VALUES (1, 'reviewer', 'x', 'reviewer', CURRENT_TIMESTAMP)"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO reports (id, file_hash, file_name, format, year, scheme, facts, text,"
                    " ingested_at, review_score) VALUES (1, :hash, 'a.txt', 'text', 2023, 'national-2020',"
                    " '{}', '报告正文', CURRENT_TIMESTAMP, 88.5)"
                ),
                {"hash": "0" * 64},
            )
        upgrade(engine)
        with engine.connect() as connection:
            report = connection.execute(
                text("SELECT review_status, review_comment, reviewed_by, review_score FROM reports")
            ).one()
            disabled = connection.scalar(text("SELECT disabled FROM users"))
        assert (report.review_status, report.review_comment, report.reviewed_by) == ("pending", None, None)
        assert Decimal(report.review_score) == Decimal("88.5")
        assert not disabled
        downgrade(engine, "0002")
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM reports")) == 1
            assert connection.scalar(text("SELECT count(*) FROM users")) == 1
            assert "sessions" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
