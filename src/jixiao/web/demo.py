"""The demo database: a fresh SQLite file with the sample reports reviewed, the example evaluations
loaded, and one account per role, so ``scripts/demo`` ends in a working web interface.

The sample reports are the five real published reports bundled with the package (``jixiao.samples``),
so the demo never reads outside the project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, exists, select, update

from jixiao.batch.walk import report_files
from jixiao.model.loading import load_evaluation, load_scheme
from jixiao.samples import REPORTS
from jixiao.scoring import score
from jixiao.store.db import open_database
from jixiao.store.evaluations import save_evaluation
from jixiao.store.models import Report, StoredEvaluation, Unit
from jixiao.store.reports import unit_id
from jixiao.web.accounts import ROLE_LABELS, create_user
from jixiao.web.intake import take_report

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"
DEFAULT_SCHEME = "national-2020"

# (role, user name, password): printed for the person trying the demo; never used outside it.
ACCOUNTS = (
    ("administrator", "admin", "demo-admin-2026"),
    ("reviewer", "reviewer", "demo-review-2026"),
    ("unit", "unit", "demo-unit-2026"),
)

Say = Callable[[str], object]


def build_demo(
    database: Path, say: Say, *, seeds: Path = REPORTS, examples: Path = EXAMPLES
) -> list[tuple[str, str, str]]:
    """Create the demo database afresh at ``database`` and return the demo logins (role, name, password)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    engine = open_database(str(database))
    try:
        evaluations = sorted(examples.glob("*.yaml")) if examples.is_dir() else []
        home_unit = _load_examples(engine, evaluations, say)
        _load_reports(engine, seeds, say)
        with engine.begin() as connection:
            home_id = _unit_with_both(connection) or unit_id(connection, home_unit or "演示单位")
            for role, name, password in ACCOUNTS:
                create_user(connection, name, password, role, home_id if role == "unit" else None)
            unit_name = connection.scalar(select(Unit.name).where(Unit.id == home_id))
    finally:
        engine.dispose()
    say(f"演示单位账号属于：{unit_name}")
    return [(ROLE_LABELS[role], name, password) for role, name, password in ACCOUNTS]


def _unit_with_both(connection: Connection) -> int | None:
    """A unit that has an example evaluation and a sample report, so the demo unit login shows both."""
    return connection.scalar(
        select(Unit.id)
        .where(
            exists().where(StoredEvaluation.unit_id == Unit.id),
            exists().where(Report.unit_id == Unit.id),
        )
        .order_by(Unit.name)
        .limit(1)
    )


def _load_examples(engine: Engine, paths: list[Path], say: Say) -> str | None:
    """Store each example evaluation; the first is submitted to the bureau so a reviewer can return it.
    Returns the unit of the first one, for the demo unit account when no unit has a report too."""
    first_unit = None
    for path in paths:
        evaluation = load_evaluation(path)
        card = score(evaluation, load_scheme(evaluation.scheme or DEFAULT_SCHEME))
        with engine.begin() as connection:
            evaluation_id = save_evaluation(connection, evaluation, card, actor="demo")
            if first_unit is None:
                first_unit = evaluation.unit
                connection.execute(
                    update(StoredEvaluation)
                    .where(StoredEvaluation.id == evaluation_id)
                    .values(status="submitted")
                )
    say(f"已载入示例自评表 {len(paths)} 份")
    return first_unit


def _load_reports(engine: Engine, folder: Path, say: Say) -> None:
    stored = 0
    for path in report_files([folder]):
        result = take_report(engine, path, path.name, DEFAULT_SCHEME)
        if result.outcome == "failed":
            say(f"{path.name}：{result.reason}")
        else:
            stored += 1
    say(f"已审核并入库样例报告 {stored} 份")
