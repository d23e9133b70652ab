"""owner phone verification: when the owner proved the phone on file is theirs

`owner_phone_verified_at` is set when the owner enters the code texted to the owner phone
(dashboard Settings) and cleared whenever the owner phone changes. The code waiting to be
entered is kept as a keyed hash with the number it went to, its expiry and the wrong tries.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("businesses") as batch:
        batch.add_column(
            sa.Column("owner_phone_verified_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch.add_column(sa.Column("owner_phone_code_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("owner_phone_code_to", sa.String(20), nullable=True))
        batch.add_column(
            sa.Column("owner_phone_code_expires_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch.add_column(
            sa.Column("owner_phone_code_attempts", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("businesses") as batch:
        batch.drop_column("owner_phone_code_attempts")
        batch.drop_column("owner_phone_code_expires_at")
        batch.drop_column("owner_phone_code_to")
        batch.drop_column("owner_phone_code_hash")
        batch.drop_column("owner_phone_verified_at")
