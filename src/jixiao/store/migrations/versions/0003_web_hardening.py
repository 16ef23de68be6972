"""Web interface, hardened: server-side sessions, disabled accounts, a report's review (status, 复核意见,
who finished it), uploads reviewed off the request path, sign-in attempts counted by address, units'
other names (aliases), and a report's earlier version.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_when = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _when, nullable=False),
        sa.Column("expires_at", _when, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sessions_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sessions_token_hash")),
    )
    op.create_index(op.f("ix_sessions_expires_at"), "sessions", ["expires_at"])
    op.create_index(op.f("ix_sessions_user_id"), "sessions", ["user_id"])
    op.create_table(
        "uploads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=True),
        sa.Column("scheme", sa.String(length=64), nullable=False),
        sa.Column("spool", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("evaluation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _when, nullable=False),
        sa.Column("finished_at", _when, nullable=True),
        sa.CheckConstraint("state IN ('queued', 'running', 'finished')", name=op.f("ck_uploads_state")),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["evaluations.id"],
            name=op.f("fk_uploads_evaluation_id_evaluations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_uploads_report_id_reports"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_uploads_user_id_users"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_uploads")),
    )
    op.create_index(op.f("ix_uploads_batch"), "uploads", ["batch"])
    op.create_index(op.f("ix_uploads_state"), "uploads", ["state"])
    op.create_index(op.f("ix_login_attempts_address"), "login_attempts", ["address"])
    op.create_table(
        "unit_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_unit_aliases_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_aliases")),
        sa.UniqueConstraint("name", name=op.f("uq_unit_aliases_name")),
    )
    op.create_index(op.f("ix_unit_aliases_unit_id"), "unit_aliases", ["unit_id"])
    with op.batch_alter_table("reports") as batch:
        batch.add_column(
            sa.Column("review_status", sa.String(length=16), server_default="pending", nullable=False)
        )
        batch.add_column(sa.Column("review_comment", sa.Text(), nullable=True))
        batch.add_column(sa.Column("reviewed_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reviewed_at", _when, nullable=True))
        batch.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch.create_index(op.f("ix_reports_previous_id"), ["previous_id"])
        batch.create_foreign_key(
            op.f("fk_reports_previous_id_reports"), "reports", ["previous_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_foreign_key(
            op.f("fk_reports_reviewed_by_users"), "users", ["reviewed_by"], ["id"], ondelete="SET NULL"
        )
        batch.create_check_constraint(
            op.f("ck_reports_review_status"),
            "review_status IN ('pending', 'in_review', 'done', 'returned')",
        )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("disabled", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("disabled")
    with op.batch_alter_table("reports") as batch:
        batch.drop_constraint(op.f("ck_reports_review_status"), type_="check")
        batch.drop_constraint(op.f("fk_reports_reviewed_by_users"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_reports_previous_id_reports"), type_="foreignkey")
        batch.drop_index(op.f("ix_reports_previous_id"))
        for column in ("previous_id", "reviewed_at", "reviewed_by", "review_comment", "review_status"):
            batch.drop_column(column)
    op.drop_index(op.f("ix_unit_aliases_unit_id"), table_name="unit_aliases")
    op.drop_table("unit_aliases")
    op.drop_index(op.f("ix_login_attempts_address"), table_name="login_attempts")
    op.drop_index(op.f("ix_uploads_state"), table_name="uploads")
    op.drop_index(op.f("ix_uploads_batch"), table_name="uploads")
    op.drop_table("uploads")
    op.drop_index(op.f("ix_sessions_user_id"), table_name="sessions")
    op.drop_index(op.f("ix_sessions_expires_at"), table_name="sessions")
    op.drop_table("sessions")
