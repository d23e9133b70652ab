"""metered usage: how far a business's usage has been reported to the payments provider

`billing_accounts.usage_reported_until` is the end of the last hour whose calls, minutes and
texts were sent to the plan's meters (metered plans only; null before the first report).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("billing_accounts") as batch:
        batch.add_column(
            sa.Column("usage_reported_until", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("billing_accounts") as batch:
        batch.drop_column("usage_reported_until")
