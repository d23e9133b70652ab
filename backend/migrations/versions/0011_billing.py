"""billing: accounts, invoices, the Stripe event inbox, the offline payments provider's records

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import enable_tenant_rls, grant_table, is_postgres

revision: str = "0011"
down_revision: str | None = "0010"
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
        "billing_accounts",
        sa.Column("plan", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("trial_ends_at", _TZ, nullable=True),
        sa.Column("customer_ref", sa.String(120), nullable=True),
        sa.Column("subscription_ref", sa.String(120), nullable=True),
        sa.Column("period_start", _TZ, nullable=True),
        sa.Column("period_end", _TZ, nullable=True),
        sa.Column("cancel_at_period_end", sa.Boolean(), nullable=False),
        sa.Column("past_due_since", _TZ, nullable=True),
        sa.Column("over_limit_since", _TZ, nullable=True),
        sa.Column("comped", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
        *_tenant_columns("billing_accounts"),
        sa.UniqueConstraint("business_id", name=op.f("uq_billing_accounts_business_id")),
    )
    op.create_index(op.f("ix_billing_accounts_business_id"), "billing_accounts", ["business_id"])
    op.create_index(op.f("ix_billing_accounts_customer_ref"), "billing_accounts", ["customer_ref"])

    op.create_table(
        "billing_invoices",
        sa.Column("invoice_ref", sa.String(120), nullable=False),
        sa.Column("number", sa.String(64), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("amount_due_cents", sa.Integer(), nullable=False),
        sa.Column("amount_paid_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("hosted_url", sa.Text(), nullable=True),
        sa.Column("period_start", _TZ, nullable=True),
        sa.Column("period_end", _TZ, nullable=True),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
        *_tenant_columns("billing_invoices"),
        sa.UniqueConstraint(
            "business_id", "invoice_ref", name=op.f("uq_billing_invoices_business_id_invoice_ref")
        ),
    )
    op.create_index(op.f("ix_billing_invoices_business_id"), "billing_invoices", ["business_id"])

    op.create_table(
        "billing_events",
        sa.Column("event_ref", sa.String(120), nullable=False),
        sa.Column("type", sa.String(80), nullable=False),
        sa.Column("object_ref", sa.String(120), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("deliveries", sa.Integer(), nullable=False),
        sa.Column("received_at", _TZ, nullable=False),
        sa.Column("processed_at", _TZ, nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_events")),
        sa.UniqueConstraint("event_ref", name=op.f("uq_billing_events_event_ref")),
    )
    op.create_index(op.f("ix_billing_events_status"), "billing_events", ["status"])
    op.create_index(op.f("ix_billing_events_received_at"), "billing_events", ["received_at"])

    op.create_table(
        "offline_payment_records",
        sa.Column("ref", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("delivered", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.PrimaryKeyConstraint("ref", name=op.f("pk_offline_payment_records")),
    )
    op.create_index(op.f("ix_offline_payment_records_kind"), "offline_payment_records", ["kind"])

    if is_postgres():
        enable_tenant_rls("billing_accounts", force=True)
        enable_tenant_rls("billing_invoices", force=True)
        # System tables: read and written only in an explicit system scope.
        grant_table("billing_events")
        grant_table("offline_payment_records")


def downgrade() -> None:
    op.drop_table("offline_payment_records")
    op.drop_table("billing_events")
    op.drop_table("billing_invoices")
    op.drop_table("billing_accounts")
