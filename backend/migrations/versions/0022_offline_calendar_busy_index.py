"""offline_calendar_entries: an index on (business_id, kind, end_at) for the busy-time read
every slot search and every booking makes

The busy read asks for one tenant's `busy` blocks that end after the window starts. With only
the business_id index it went through every entry of the tenant, including the `event` row the
calendar keeps for each appointment ever booked, so it grew with the tenant's history.

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_offline_calendar_entries_business_id_kind_end_at"


def upgrade() -> None:
    op.create_index(INDEX, "offline_calendar_entries", ["business_id", "kind", "end_at"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="offline_calendar_entries")
