"""Backups of the whole database, and restoring one into a fresh database.

SQLite: the online backup API (`sqlite3.Connection.backup`), which copies a consistent
snapshot page by page while the app keeps serving; copying the file with `cp` could catch a
half-written WAL. PostgreSQL: `pg_dump -Fc` (one consistent snapshot, compressed, restorable
table by table) and `pg_restore` into an empty database.

Row-level security is forced on the tenant tables, so even the tables' owner sees no row
unless a tenant or the system scope is set. Both tools connect with `app.system=on` (the
policies' explicit system scope) and row security enabled, so a dump made by the owning role
holds every tenant's rows without that role needing BYPASSRLS.

A backup holds every tenant's personal data: the file is created readable by its owner only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from switchboard.core.db import normalise_url
from switchboard.tenancy.rls import APP_ROLE

SQLITE_PAGES_PER_STEP = 1024


class BackupError(RuntimeError):
    """A backup or restore could not be made; the message says why, without secrets."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    engine: str


def _url(database_url: str) -> URL:
    return make_url(normalise_url(database_url))


def _is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(url.database)


def _private_file(path: Path) -> None:
    """Create (or truncate) `path` readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    path.chmod(0o600)


def _libpq(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore: the password goes in the environment,
    never on the command line (where `ps` would show it)."""
    args = ["--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = {**os.environ, "PGOPTIONS": "-c app.system=on"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise BackupError(f"{name} is not installed (PostgreSQL client tools)")
    return found


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()[-2000:]}")


def backup(database_url: str, destination: Path) -> BackupResult:
    """Write a consistent copy of the database at `database_url` to `destination`."""
    url = _url(database_url)
    if _is_sqlite(url):
        source = _sqlite_path(url)
        if not source.exists():
            raise BackupError(f"no SQLite database at {source}")
        _private_file(destination)
        with sqlite3.connect(source) as src, sqlite3.connect(destination) as dst:
            src.backup(dst, pages=SQLITE_PAGES_PER_STEP)
        # The copy is one self-contained file: no -wal to carry around with it.
        with sqlite3.connect(destination) as dst:
            dst.execute("PRAGMA journal_mode=DELETE")
        return BackupResult(destination, destination.stat().st_size, "sqlite")
    args, env = _libpq(url)
    _private_file(destination)
    _run(
        [
            _tool("pg_dump"),
            "--format=custom",
            "--enable-row-security",
            "--file",
            str(destination),
            *args,
        ],
        env,
    )
    return BackupResult(destination, destination.stat().st_size, "postgresql")


def restore(source: Path, database_url: str) -> None:
    """Restore the backup at `source` into the empty database at `database_url`.

    Refuses a database that already has a schema: a restore never merges into or overwrites
    live data. Restore into a new database, check it, then point DATABASE_URL at it."""
    if not source.is_file():
        raise BackupError(f"no backup at {source}")
    url = _url(database_url)
    if _is_sqlite(url):
        target = _sqlite_path(url)
        if target.exists() and target.stat().st_size > 0:
            raise BackupError(f"{target} already exists: restore into a new file")
        with sqlite3.connect(source) as check:
            if check.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise BackupError(f"{source} is not an intact SQLite database")
        _private_file(target)
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst, pages=SQLITE_PAGES_PER_STEP)
        with sqlite3.connect(target) as dst:
            dst.execute("PRAGMA journal_mode=WAL")
        return
    args, env = _libpq(url)
    psql = _tool("psql")
    _run(
        [
            psql,
            "--no-psqlrc",
            "--quiet",
            "--set",
            "ON_ERROR_STOP=1",
            "--command",
            _EMPTY_CHECK,
            *args,
        ],
        env,
    )
    # The grants in the dump name the app role, which lives in the server, not the database.
    _run(
        [
            psql,
            "--no-psqlrc",
            "--quiet",
            "--set",
            "ON_ERROR_STOP=1",
            "--command",
            _APP_ROLE_SQL,
            *args,
        ],
        env,
    )
    _run(
        [
            _tool("pg_restore"),
            "--exit-on-error",
            "--single-transaction",
            "--no-owner",
            "--enable-row-security",
            str(source),
            *args,
        ],
        env,
    )


_EMPTY_CHECK = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'public') THEN
        RAISE EXCEPTION 'the target database already has tables: restore into a new database';
    END IF;
END
$$;
"""

# APP_ROLE is a module constant, not input (the same statement as the first migration's).
_APP_ROLE_SQL = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
        CREATE ROLE {APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
END
$$;
GRANT {APP_ROLE} TO CURRENT_USER;
"""
