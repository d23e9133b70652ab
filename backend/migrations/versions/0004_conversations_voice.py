"""conversation state and channel keys, turn metadata, voicemail fields, webhook receipts

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import grant_table, is_postgres

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("external_id", sa.String(80), nullable=True))
        batch.add_column(sa.Column("state", sa.JSON(), nullable=False, server_default="{}"))
        batch.create_unique_constraint(
            "uq_conversations_business_id_external_id", ["business_id", "external_id"]
        )
    with op.batch_alter_table("conversation_messages") as batch:
        batch.add_column(sa.Column("meta", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("callbacks") as batch:
        batch.add_column(sa.Column("recording_url", sa.String(500), nullable=True))
        batch.add_column(sa.Column("transcript", sa.Text(), nullable=True))
    op.create_table(
        "webhook_receipts",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=True),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_receipts")),
        sa.UniqueConstraint("key", name=op.f("uq_webhook_receipts_key")),
    )
    op.create_index("ix_webhook_receipts_created_at", "webhook_receipts", ["created_at"])
    if is_postgres():
        # A system table: read before the tenant is known, only under the system scope.
        grant_table("webhook_receipts")


def downgrade() -> None:
    op.drop_index("ix_webhook_receipts_created_at", table_name="webhook_receipts")
    op.drop_table("webhook_receipts")
    with op.batch_alter_table("callbacks") as batch:
        batch.drop_column("transcript")
        batch.drop_column("recording_url")
    with op.batch_alter_table("conversation_messages") as batch:
        batch.drop_column("meta")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_constraint("uq_conversations_business_id_external_id", type_="unique")
        batch.drop_column("state")
        batch.drop_column("external_id")
