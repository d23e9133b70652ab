"""messaging: the message log and SMS consent

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import enable_tenant_rls, is_postgres

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "messages",
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("to_addr", sa.String(length=320), nullable=False),
        sa.Column("from_addr", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("conversation_id", sa.Uuid(), nullable=True),
        sa.Column("provider", sa.String(length=20), nullable=True),
        sa.Column("provider_id", sa.String(length=80), nullable=True),
        sa.Column("dedup_key", sa.String(length=200), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("send_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_messages_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint(
            "business_id", "dedup_key", name=op.f("uq_messages_business_id_dedup_key")
        ),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_business_id"), ["business_id"], unique=False)
        batch_op.create_index(
            "ix_messages_business_id_created_at", ["business_id", "created_at"], unique=False
        )
        batch_op.create_index(
            "ix_messages_business_id_to_addr", ["business_id", "to_addr"], unique=False
        )
        batch_op.create_index("ix_messages_provider_id", ["provider_id"], unique=False)

    op.create_table(
        "sms_consents",
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["business_id"],
            ["businesses.id"],
            name=op.f("fk_sms_consents_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_consents")),
        sa.UniqueConstraint("business_id", "phone", name=op.f("uq_sms_consents_business_id_phone")),
    )
    with op.batch_alter_table("sms_consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sms_consents_business_id"), ["business_id"], unique=False
        )

    if is_postgres():
        enable_tenant_rls("messages")
        enable_tenant_rls("sms_consents")


def downgrade() -> None:
    if is_postgres():
        for table in ("messages", "sms_consents"):
            op.execute(f"DROP POLICY IF EXISTS tenant_isolation ON {table}")
    with op.batch_alter_table("sms_consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sms_consents_business_id"))
    op.drop_table("sms_consents")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_provider_id")
        batch_op.drop_index("ix_messages_business_id_to_addr")
        batch_op.drop_index("ix_messages_business_id_created_at")
        batch_op.drop_index(batch_op.f("ix_messages_business_id"))
    op.drop_table("messages")
