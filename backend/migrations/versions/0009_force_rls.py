"""row-level security forced on every table that has it

Row-level security was enabled but not forced: the tables' owner (the user that runs the
migrations, and the app itself when DATABASE_APP_ROLE is empty) bypassed every policy. Forced,
the owner is filtered like the app role; only superusers and BYPASSRLS roles are not. A data
migration from here on that reads across tenants sets `app.system` first:
`SELECT set_config('app.system', 'on', true)`.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from switchboard.tenancy.rls import is_postgres

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables_with_rls() -> list[str]:
    rows = op.get_bind().execute(
        sa.text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relrowsecurity"
            " ORDER BY c.relname"
        )
    )
    return [str(name) for (name,) in rows]


def upgrade() -> None:
    if not is_postgres():
        return
    for table in _tables_with_rls():
        op.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')


def downgrade() -> None:
    if not is_postgres():
        return
    for table in _tables_with_rls():
        op.execute(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
