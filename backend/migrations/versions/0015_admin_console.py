"""admin console: security events, integration health, error counts per tenant

`security_events`: refused credentials and signatures, lockouts, failed sign-ins (a system
table; the client kept only as a keyed pseudonym). `integration_health`: the latest result of
each integration check, platform-wide or per tenant, written by the `admin.health.check` job.
`tenant_error_counts`: 4xx and 5xx answers per authenticated tenant and hour.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import grant_table, is_postgres

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "security_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("surface", sa.String(20), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("client_ref", sa.String(24), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_events")),
    )
    op.create_index("ix_security_events_at", "security_events", ["at"])
    op.create_index("ix_security_events_business_id_at", "security_events", ["business_id", "at"])
    op.create_table(
        "integration_health",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=True),
        sa.Column("capability", sa.String(20), nullable=False),
        sa.Column("provider", sa.String(40), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("detail", sa.String(300), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", _TZ, nullable=True),
        sa.Column("last_ok_at", _TZ, nullable=True),
        sa.Column("checked_at", _TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integration_health")),
    )
    op.create_index(
        "ix_integration_health_scope", "integration_health", ["scope", "capability"], unique=True
    )
    op.create_index(
        op.f("ix_integration_health_business_id"), "integration_health", ["business_id"]
    )
    op.create_table(
        "tenant_error_counts",
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("hour", _TZ, nullable=False),
        sa.Column("status_class", sa.String(3), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "business_id", "hour", "status_class", name=op.f("pk_tenant_error_counts")
        ),
    )
    if is_postgres():
        grant_table("security_events")
        grant_table("integration_health")
        grant_table("tenant_error_counts")


def downgrade() -> None:
    op.drop_table("tenant_error_counts")
    op.drop_table("integration_health")
    op.drop_table("security_events")
