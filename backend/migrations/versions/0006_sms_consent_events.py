"""sms consent history: one row per decision, kept through customer merges

Revision ID: 0006
Revises: 0005
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import enable_tenant_rls, is_postgres

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_events = sa.table(
    "sms_consent_events",
    sa.column("id", sa.Uuid()),
    sa.column("business_id", sa.Uuid()),
    sa.column("phone", sa.String()),
    sa.column("customer_id", sa.Uuid()),
    sa.column("opted_out", sa.Boolean()),
    sa.column("source", sa.String()),
    sa.column("message_id", sa.Uuid()),
    sa.column("actor", sa.String()),
    sa.column("note", sa.Text()),
    sa.column("at", sa.DateTime(timezone=True)),
)
_consents = sa.table(
    "sms_consents",
    sa.column("business_id", sa.Uuid()),
    sa.column("phone", sa.String()),
    sa.column("opted_out", sa.Boolean()),
    sa.column("evidence", sa.JSON()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
_customers = sa.table(
    "customers",
    sa.column("id", sa.Uuid()),
    sa.column("business_id", sa.Uuid()),
    sa.column("phone", sa.String()),
    sa.column("sms_consent", sa.String()),
    sa.column("sms_consent_at", sa.DateTime(timezone=True)),
    sa.column("sms_consent_method", sa.String()),
    sa.column("sms_consent_evidence", sa.Text()),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def upgrade() -> None:
    op.create_table(
        "sms_consent_events",
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("message_id", sa.Uuid(), nullable=True),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_sms_consent_events_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_consent_events")),
    )
    op.create_index(
        op.f("ix_sms_consent_events_business_id"), "sms_consent_events", ["business_id"]
    )
    op.create_index(
        "ix_sms_consent_events_business_id_customer_id",
        "sms_consent_events",
        ["business_id", "customer_id"],
    )
    op.create_index(
        "ix_sms_consent_events_business_id_phone", "sms_consent_events", ["business_id", "phone"]
    )
    if is_postgres():
        enable_tenant_rls("sms_consent_events")
    _backfill()


def _backfill() -> None:
    """Until now only the latest decision was kept (per number, and on the customer): each
    becomes the first row of its history, so nothing known today is missing from it."""
    bind = op.get_bind()
    owners = {
        (row.business_id, row.phone): row.id
        for row in bind.execute(
            sa.select(_customers.c.id, _customers.c.business_id, _customers.c.phone).where(
                _customers.c.phone.is_not(None)
            )
        )
    }
    rows: list[dict[str, object]] = []
    recorded: set[tuple[object, object]] = set()
    for consent in bind.execute(sa.select(_consents)):
        evidence = consent.evidence if isinstance(consent.evidence, dict) else {}
        message_id = evidence.get("message_id")
        recorded.add((consent.business_id, consent.phone))
        rows.append(
            {
                "id": uuid.uuid4(),
                "business_id": consent.business_id,
                "phone": consent.phone,
                "customer_id": owners.get((consent.business_id, consent.phone)),
                "opted_out": bool(consent.opted_out),
                "source": str(evidence.get("source") or "unknown")[:40],
                "message_id": uuid.UUID(str(message_id)) if message_id else None,
                "actor": str(evidence.get("actor") or "")[:120],
                "note": evidence.get("note"),
                "at": consent.updated_at,
            }
        )
    # Decisions shown only on a customer (recorded while the customer had no number).
    for customer in bind.execute(
        sa.select(_customers).where(_customers.c.sms_consent.in_(("granted", "revoked")))
    ):
        if (customer.business_id, customer.phone) in recorded:
            continue
        rows.append(
            {
                "id": uuid.uuid4(),
                "business_id": customer.business_id,
                "phone": customer.phone,
                "customer_id": customer.id,
                "opted_out": customer.sms_consent == "revoked",
                "source": str(customer.sms_consent_method or "unknown")[:40],
                "message_id": None,
                "actor": "",
                "note": customer.sms_consent_evidence,
                "at": customer.sms_consent_at or customer.updated_at,
            }
        )
    if rows:
        op.bulk_insert(_events, rows)


def downgrade() -> None:
    if is_postgres():
        op.execute("DROP POLICY IF EXISTS tenant_isolation ON sms_consent_events")
    op.drop_index("ix_sms_consent_events_business_id_phone", table_name="sms_consent_events")
    op.drop_index("ix_sms_consent_events_business_id_customer_id", table_name="sms_consent_events")
    op.drop_index(op.f("ix_sms_consent_events_business_id"), table_name="sms_consent_events")
    op.drop_table("sms_consent_events")
