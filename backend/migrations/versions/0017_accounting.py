"""accounting: each business's link to its books (QuickBooks Online realm and tokens)

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import enable_tenant_rls, is_postgres

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "accounting_connections",
        sa.Column("provider", sa.String(20), nullable=False),
        sa.Column("realm_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(14), nullable=False),
        sa.Column("status_detail", sa.String(200), nullable=True),
        sa.Column("refresh_token", sa.Text(), nullable=True),
        sa.Column("access_token", sa.Text(), nullable=True),
        sa.Column("access_expires_at", _TZ, nullable=True),
        sa.Column("refresh_expires_at", _TZ, nullable=True),
        sa.Column("connected_by", sa.String(80), nullable=False),
        sa.Column("synced_at", _TZ, nullable=True),
        sa.Column("last_error", sa.String(300), nullable=True),
        sa.Column("last_error_at", _TZ, nullable=True),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_accounting_connections_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounting_connections")),
        sa.UniqueConstraint("business_id", name=op.f("uq_accounting_connections_business_id")),
    )
    op.create_index(
        op.f("ix_accounting_connections_business_id"), "accounting_connections", ["business_id"]
    )
    op.create_index(
        op.f("ix_accounting_connections_realm_id"), "accounting_connections", ["realm_id"]
    )
    if is_postgres():
        enable_tenant_rls("accounting_connections", force=True)


def downgrade() -> None:
    op.drop_table("accounting_connections")
