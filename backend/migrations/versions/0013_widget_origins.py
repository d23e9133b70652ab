"""web chat widget: the website origins allowed to embed a business's chat

`businesses.widget_origins` lists `scheme://host[:port]` origins; the chat page's
`frame-ancestors` names them and widget API calls from any other `Origin` get 403. An empty
list (the default) allows any origin.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("businesses") as batch:
        batch.add_column(
            sa.Column("widget_origins", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("businesses") as batch:
        batch.drop_column("widget_origins")
