"""voicemail transcript status, language, and recording deletion

A voicemail's transcript is `pending` until the speech job has run, then `done`,
`not_understood`, or `unavailable_language` (no recogniser for the call's language: the
recording is kept and the owner told). `recording_deleted_at` is set when the recording was
deleted at the provider after transcription, at the tenant's request.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("callbacks") as batch:
        batch.add_column(sa.Column("transcript_status", sa.String(24), nullable=True))
        batch.add_column(sa.Column("transcript_language", sa.String(8), nullable=True))
        batch.add_column(
            sa.Column("recording_deleted_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("callbacks") as batch:
        batch.drop_column("recording_deleted_at")
        batch.drop_column("transcript_language")
        batch.drop_column("transcript_status")
