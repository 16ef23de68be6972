"""Web interface: evaluation status (draft, submitted, returned) with the return comment, the bureau's
review score (复核) on evaluations and reports, and sign-in attempts for the login rate limit.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_exact = sa.Numeric(precision=15, scale=6)
_when = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column(
        "evaluations", sa.Column("status", sa.String(length=16), server_default="draft", nullable=False)
    )
    op.add_column("evaluations", sa.Column("return_comment", sa.Text(), nullable=True))
    op.add_column("evaluations", sa.Column("submitted_at", _when, nullable=True))
    op.add_column("evaluations", sa.Column("review_score", _exact, nullable=True))
    op.add_column("reports", sa.Column("review_score", _exact, nullable=True))
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("at", _when, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_attempts")),
    )
    op.create_index(op.f("ix_login_attempts_username"), "login_attempts", ["username"])
    op.create_index(op.f("ix_login_attempts_at"), "login_attempts", ["at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_login_attempts_at"), table_name="login_attempts")
    op.drop_index(op.f("ix_login_attempts_username"), table_name="login_attempts")
    op.drop_table("login_attempts")
    op.drop_column("reports", "review_score")
    for column in ("review_score", "submitted_at", "return_comment", "status"):
        op.drop_column("evaluations", column)
