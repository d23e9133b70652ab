"""conversation messages: one message per (conversation, seq); conversations.next_seq

Two turns on one conversation at once (two texts a second apart) could both number their
messages from the same max(seq). Turns now lock their conversation on PostgreSQL and count
on from `conversations.next_seq`, which lives on that row; the unique constraint makes the
numbering a database guarantee. Conversations that already hold duplicates are renumbered
first, in their stored order (seq, time, id); then each conversation's next_seq is set.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "uq_conversation_messages_business_id_conversation_id_seq"


def upgrade() -> None:
    conn = op.get_bind()
    doubled = conn.execute(
        sa.text(
            "SELECT DISTINCT conversation_id FROM conversation_messages "
            "GROUP BY conversation_id, seq HAVING COUNT(*) > 1"
        )
    ).scalars()
    for conversation_id in list(doubled):
        ids = conn.execute(
            sa.text(
                "SELECT id FROM conversation_messages WHERE conversation_id = :c "
                "ORDER BY seq, at, id"
            ),
            {"c": conversation_id},
        ).scalars()
        for seq, message_id in enumerate(list(ids)):
            conn.execute(
                sa.text("UPDATE conversation_messages SET seq = :s WHERE id = :i"),
                {"s": seq, "i": message_id},
            )
    with op.batch_alter_table("conversation_messages") as batch:
        batch.create_unique_constraint(NAME, ["business_id", "conversation_id", "seq"])
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("next_seq", sa.Integer(), nullable=False, server_default="0"))
    conn.execute(
        sa.text(
            "UPDATE conversations SET next_seq = COALESCE((SELECT MAX(m.seq) + 1 "
            "FROM conversation_messages m WHERE m.conversation_id = conversations.id), 0)"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("next_seq")
    with op.batch_alter_table("conversation_messages") as batch:
        batch.drop_constraint(NAME, type_="unique")
