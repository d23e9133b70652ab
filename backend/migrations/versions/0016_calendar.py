"""calendar: the offline calendar's entries, and each business's Google Calendar connection

`offline_calendar_entries` keeps what the built-in calendar holds (it was in memory and lost on
restart). `calendar_connections` holds one Google grant per business, its refresh token
encrypted under SECRET_KEY.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import enable_tenant_rls, is_postgres

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TZ = sa.DateTime(timezone=True)


def _tenant_columns(table: str) -> list[Any]:
    return [
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f(f"fk_{table}_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "offline_calendar_entries",
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("key", sa.String(64), nullable=True),
        sa.Column("start_at", _TZ, nullable=False),
        sa.Column("end_at", _TZ, nullable=False),
        sa.Column("technician_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("location", sa.String(400), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        *_tenant_columns("offline_calendar_entries"),
        sa.UniqueConstraint(
            "business_id", "key", name=op.f("uq_offline_calendar_entries_business_id_key")
        ),
    )
    op.create_index(
        op.f("ix_offline_calendar_entries_business_id"),
        "offline_calendar_entries",
        ["business_id"],
    )
    op.create_table(
        "calendar_connections",
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("status_detail", sa.String(200), nullable=True),
        sa.Column("scopes", sa.Text(), nullable=False),
        sa.Column("refresh_token", sa.Text(), nullable=False),
        sa.Column("calendar_ids", sa.JSON(), nullable=False),
        sa.Column("write_calendar_id", sa.String(200), nullable=False),
        sa.Column("technician_calendars", sa.JSON(), nullable=False),
        sa.Column("connected_by", sa.String(80), nullable=False),
        sa.Column("revoked_at", _TZ, nullable=True),
        sa.Column("tell_customers", sa.Boolean(), nullable=False),
        sa.Column("sync_token", sa.Text(), nullable=True),
        sa.Column("synced_at", _TZ, nullable=True),
        sa.Column("channel_id", sa.String(64), nullable=True),
        sa.Column("channel_token_hash", sa.String(64), nullable=True),
        sa.Column("channel_resource_id", sa.String(200), nullable=True),
        sa.Column("channel_expires_at", _TZ, nullable=True),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
        *_tenant_columns("calendar_connections"),
        sa.UniqueConstraint("business_id", name=op.f("uq_calendar_connections_business_id")),
    )
    op.create_index(
        op.f("ix_calendar_connections_business_id"), "calendar_connections", ["business_id"]
    )
    op.create_index(
        op.f("ix_calendar_connections_channel_id"), "calendar_connections", ["channel_id"]
    )
    if is_postgres():
        enable_tenant_rls("offline_calendar_entries", force=True)
        enable_tenant_rls("calendar_connections", force=True)


def downgrade() -> None:
    op.drop_table("calendar_connections")
    op.drop_table("offline_calendar_entries")
