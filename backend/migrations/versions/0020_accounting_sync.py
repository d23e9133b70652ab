"""accounting sync: completed jobs with their amount and lines, their invoice, payment back;
the offline books' customers and invoices

`appointments` gains the completion (amount, line items, notes, when) and the invoice the
books made for it (id, number, status, total, balance, the export's state and error) and the
payment read back (paid_at, paid_cents). `offline_accounting_customers` and
`offline_accounting_invoices` keep what the built-in books hold (they were in memory).

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import enable_tenant_rls, is_postgres

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TZ = sa.DateTime(timezone=True)

_APPOINTMENT_COLUMNS = (
    ("completed_at", _TZ),
    ("amount_cents", sa.Integer()),
    ("line_items", sa.JSON()),
    ("completion_notes", sa.Text()),
    ("invoice_state", sa.String(10)),
    ("invoice_id", sa.String(64)),
    ("invoice_number", sa.String(40)),
    ("invoice_status", sa.String(10)),
    ("invoice_total_cents", sa.Integer()),
    ("invoice_balance_cents", sa.Integer()),
    ("invoice_error", sa.String(300)),
    ("invoice_job_id", sa.Uuid()),
    ("paid_at", _TZ),
    ("paid_cents", sa.Integer()),
)


def _tenant_columns(table: str) -> list[Any]:
    return [
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f(f"fk_{table}_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint(
            "business_id", "external_id", name=op.f(f"uq_{table}_business_id_external_id")
        ),
        sa.UniqueConstraint(
            "business_id", "reference", name=op.f(f"uq_{table}_business_id_reference")
        ),
    ]


def upgrade() -> None:
    with op.batch_alter_table("appointments") as batch:
        for name, type_ in _APPOINTMENT_COLUMNS:
            batch.add_column(sa.Column(name, type_, nullable=True))
    op.create_table(
        "offline_accounting_customers",
        sa.Column("external_id", sa.String(40), nullable=False),
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
        *_tenant_columns("offline_accounting_customers"),
    )
    op.create_table(
        "offline_accounting_invoices",
        sa.Column("external_id", sa.String(40), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(64), nullable=False),
        sa.Column("customer_external_id", sa.String(40), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("balance_cents", sa.Integer(), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("emailed_to", sa.String(254), nullable=True),
        sa.Column("changed_at", _TZ, nullable=False),
        *_tenant_columns("offline_accounting_invoices"),
        sa.UniqueConstraint(
            "business_id",
            "number",
            name=op.f("uq_offline_accounting_invoices_business_id_number"),
        ),
    )
    for table in ("offline_accounting_customers", "offline_accounting_invoices"):
        op.create_index(op.f(f"ix_{table}_business_id"), table, ["business_id"])
        if is_postgres():
            enable_tenant_rls(table, force=True)


def downgrade() -> None:
    op.drop_table("offline_accounting_invoices")
    op.drop_table("offline_accounting_customers")
    with op.batch_alter_table("appointments") as batch:
        for name, _ in reversed(_APPOINTMENT_COLUMNS):
            batch.drop_column(name)
