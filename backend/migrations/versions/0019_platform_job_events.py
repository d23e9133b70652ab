"""platform job events: failed runs of platform jobs (no tenant) and the operator's retries
and discards of them, with who, what and when (a system table)

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import grant_table, is_postgres

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "platform_job_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(80), nullable=False),
        sa.Column("event", sa.String(12), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("actor_kind", sa.String(20), nullable=False),
        sa.Column("actor_id", sa.String(80), nullable=False),
        sa.Column("detail", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_job_events")),
    )
    op.create_index("ix_platform_job_events_at", "platform_job_events", ["at"])
    op.create_index(op.f("ix_platform_job_events_job_id"), "platform_job_events", ["job_id"])
    if is_postgres():
        grant_table("platform_job_events")


def downgrade() -> None:
    op.drop_table("platform_job_events")
