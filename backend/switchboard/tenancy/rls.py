"""Row-level security helpers shared by migrations (PostgreSQL only).

The app connects and then `SET ROLE switchboard_app`: a role without BYPASSRLS that does not own
the tables, so the policies below apply to every query it makes. Each transaction sets
`app.business_id` (the bound tenant) or `app.system = 'on'` (the explicit system scope); with
neither set, tenant tables show nothing.
"""

from __future__ import annotations

from alembic import op

APP_ROLE = "switchboard_app"

_TENANT = "NULLIF(current_setting('app.business_id', true), '')::uuid"
_SYSTEM = "current_setting('app.system', true) = 'on'"


def is_postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def ensure_app_role() -> None:
    # APP_ROLE is a constant of this module, not input.
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                CREATE ROLE {APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
            END IF;
        END
        $$;
        """
    )
    # The migrating user may switch to the app role (SET ROLE), which is how the app runs.
    op.execute(f"GRANT {APP_ROLE} TO CURRENT_USER")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {APP_ROLE}")


def grant_table(table: str) -> None:
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {APP_ROLE}")


def enable_tenant_rls(table: str, column: str = "business_id", *, force: bool = False) -> None:
    """Migrations after 0009 pass `force=True`: the table's owner is filtered too (0009 forced
    every table made before it; earlier migrations keep their original statements)."""
    grant_table(table)
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    if force:
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY tenant_isolation ON {table} "
        f"USING ({column} = {_TENANT} OR {_SYSTEM}) "
        f"WITH CHECK ({column} = {_TENANT} OR {_SYSTEM})"
    )
