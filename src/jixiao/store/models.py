"""The tables: reports read from files with their findings, evaluations composed in jixiao with their
score cards, and the units, users and audit log the web interface works with.

Figures a query aggregates (score, budgets, execution, execution rate) are columns; everything else the
extractor read is kept whole in ``facts`` (JSON with exact decimal numbers), and the report's text in
``text``, so a stored report can be audited again without its file.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    false,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine

from jixiao.store.rows import EXACT_PRECISION, EXACT_SCALE, fits_exact

ROLES = ("administrator", "reviewer", "unit")
SEVERITIES = ("error", "warning", "info")
FINDING_STATUSES = ("open", "accepted", "dismissed")
EVALUATION_STATUSES = ("draft", "submitted", "returned")
# a report's review: 待审核 -> 审核中 (a finding decided or a score entered) -> 已审核 or 已退回
REVIEW_STATUSES = ("pending", "in_review", "done", "returned")
UPLOAD_STATES = ("queued", "running", "finished")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Exact(TypeDecorator[Decimal]):
    """NUMERIC(15, 6), exact on both databases.

    PostgreSQL stores it as ``numeric``. SQLite has no decimal type and stores a double, which holds
    every decimal of at most 15 significant digits exactly, so a value read back and rounded to the 6
    places is the value written; anything wider is refused rather than silently rounded.
    """

    impl = Numeric(EXACT_PRECISION, EXACT_SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Numeric(EXACT_PRECISION, EXACT_SCALE, asdecimal=False))
        return dialect.type_descriptor(Numeric(EXACT_PRECISION, EXACT_SCALE))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        number = Decimal(value)
        if not fits_exact(number):
            raise ValueError(f"{value} does not fit NUMERIC({EXACT_PRECISION}, {EXACT_SCALE})")
        return float(number) if dialect.name == "sqlite" else number

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if isinstance(value, float):
            return Decimal(f"{value:.{EXACT_SCALE}f}")
        return Decimal(value)


# JSON documents; on PostgreSQL as jsonb. Numbers stay exact because the engine's JSON serializer is
# jixiao.jsonout.dumps and its deserializer parses floats as Decimal (see store.db).
Document = JSON().with_variant(JSONB(), "postgresql")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Unit(Base):
    """A budget unit (实施单位 or 部门) as named in reports and evaluations."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class UnitAlias(Base):
    """Another name of a unit (its short name, a former name, the name of a unit merged into it): a report
    or evaluation naming it is filed under the unit."""

    __tablename__ = "unit_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class User(Base):
    """Someone who signs in to the web interface; a ``unit`` user sees only their own unit."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class WebSession(Base):
    """A signed-in browser: the cookie carries a random token, the row its sha256. Deleting the row
    (sign-out, a disabled account, a changed password) ends the session even for a copied cookie."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class Report(Base):
    """A report file read, extracted and audited; one row per distinct content (sha256 of the bytes)."""

    __tablename__ = "reports"
    __table_args__ = (CheckConstraint(_one_of("review_status", REVIEW_STATUSES), name="review_status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_hash: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(16))
    encoding: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"), index=True)
    project: Mapped[str | None] = mapped_column(Text)
    scheme: Mapped[str] = mapped_column(String(64))
    score: Mapped[Decimal | None] = mapped_column(Exact)
    grade: Mapped[str | None] = mapped_column(Text)
    budget_initial: Mapped[Decimal | None] = mapped_column(Exact)
    budget_adjusted: Mapped[Decimal | None] = mapped_column(Exact)
    executed: Mapped[Decimal | None] = mapped_column(Exact)
    execution_rate: Mapped[Decimal | None] = mapped_column(Exact)
    facts: Mapped[dict[str, Any]] = mapped_column(Document)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    review_score: Mapped[Decimal | None] = mapped_column(Exact, doc="财政复核得分 a reviewer entered")
    review_status: Mapped[str] = mapped_column(String(16), default="pending", server_default="pending")
    review_comment: Mapped[str | None] = mapped_column(Text, doc="复核意见")
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # the earlier version of the same report (same unit, year and kind, nearly the same text); a report
    # some other names as its earlier version is superseded and left out of the counts
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"), index=True)

    unit: Mapped[Unit | None] = relationship()
    findings: Mapped[list[Finding]] = relationship(
        back_populates="report", cascade="all, delete-orphan", passive_deletes=True, order_by="Finding.id"
    )


class Finding(Base):
    """One auditor finding on a stored report, and what a reviewer decided about it."""

    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint(_one_of("severity", SEVERITIES), name="severity"),
        CheckConstraint(_one_of("status", FINDING_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16), index=True)
    severity: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    lines: Mapped[list[int]] = mapped_column(Document)
    evidence: Mapped[str] = mapped_column(Text, default="")
    computation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    report: Mapped[Report] = relationship(back_populates="findings")


class IngestFailure(Base):
    """A file that could not be read or audited, with the reason; tried again by the next ingest run.
    Keyed by path, because a file that cannot be opened has no content hash."""

    __tablename__ = "ingest_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text, unique=True)
    file_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(Text)
    failed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StoredEvaluation(Base):
    """An evaluation composed in jixiao (jixiao.model.evaluation.Evaluation, kept whole in ``data``)."""

    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    year: Mapped[int] = mapped_column(Integer, index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    department: Mapped[str] = mapped_column(Text)
    project: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(Document)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # draft -> submitted (to the finance bureau, read-only) -> returned (with a comment, editable again)
    status: Mapped[str] = mapped_column(String(16), default="draft", server_default="draft")
    return_comment: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    review_score: Mapped[Decimal | None] = mapped_column(Exact, doc="财政复核得分 a reviewer entered")

    unit: Mapped[Unit] = relationship()
    score_cards: Mapped[list[StoredScoreCard]] = relationship(
        back_populates="evaluation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="StoredScoreCard.id",
    )


class StoredScoreCard(Base):
    """A score card the engine computed for an evaluation (jixiao.scoring.score), whole in ``data``."""

    __tablename__ = "score_cards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id", ondelete="CASCADE"), index=True)
    scheme: Mapped[str] = mapped_column(String(64))
    total: Mapped[Decimal] = mapped_column(Exact)
    total_points: Mapped[Decimal] = mapped_column(Exact)
    grade: Mapped[str] = mapped_column(Text)
    execution_rate: Mapped[Decimal | None] = mapped_column(Exact)
    data: Mapped[dict[str, Any]] = mapped_column(Document)
    scored_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    evaluation: Mapped[StoredEvaluation] = relationship(back_populates="score_cards")


class AuditLogEntry(Base):
    """Who changed what and when, with the entity before and after, for the web interface's history."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict[str, Any] | None] = mapped_column(Document)
    after: Mapped[dict[str, Any] | None] = mapped_column(Document)


class LoginAttempt(Base):
    """A sign-in attempt, kept so the rate limit on failures holds across restarts and processes."""

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)


class UploadItem(Base):
    """One file of an upload, reviewed off the request path by the upload worker; the page polls these
    rows for progress. ``spool`` is the accepted file waiting on the server's disk (removed once read)."""

    __tablename__ = "uploads"
    __table_args__ = (CheckConstraint(_one_of("state", UPLOAD_STATES), name="state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch: Mapped[str] = mapped_column(String(32), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    file_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    scheme: Mapped[str] = mapped_column(String(64))
    spool: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))  # stored, replaced, skipped, evaluation, failed
    reason: Mapped[str] = mapped_column(Text, default="")
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"))
    evaluation_id: Mapped[int | None] = mapped_column(ForeignKey("evaluations.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
