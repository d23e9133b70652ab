"""A backup is only as good as a restore that boots: provision a tenant through the app, back
the database up with the CLI, restore it into a fresh database, start the app on the copy and
read the tenant's data back through the API. SQLite always; PostgreSQL when TEST_DATABASE_URL
is set (a scratch database per run, as tests/conftest.py makes)."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from switchboard import cli
from switchboard.backups import archive
from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from tests.conftest import (
    _create_pg_database,
    _drop_pg_database,
    app_client,
    make_settings,
    provision,
)


@pytest.fixture
def restored_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """An empty database of the same kind as the test database."""
    if database_url.startswith("postgresql"):
        url = _create_pg_database(os.environ["TEST_DATABASE_URL"])
        yield url
        _drop_pg_database(url)
    else:
        yield f"sqlite+aiosqlite:///{tmp_path / 'restored.db'}"


async def test_a_restored_backup_boots_and_serves_the_same_tenant(
    settings: Settings, db: Database, restored_url: str, tmp_path: Path
) -> None:
    async with app_client(settings, db, clock=SystemClock()) as client:
        tenant = await provision(client, name="Backup Plumbing")
        made = await client.post(
            "/v1/owner/customers",
            json={
                "name": "Dana Reyes",
                "phone": "+19135550142",
                "notes": "gate code 4411",
                "addresses": [{"line": "12 Oak St, Overland Park, KS"}],
            },
            headers=tenant.owner,
        )
        assert made.status_code == 201, made.text
        customer = made.json()

    dump = tmp_path / "switchboard.backup"
    # The CLI runs Alembic, which starts its own event loop: off this test's loop.
    backup = ["backup", str(dump), "--database-url", settings.database_url]
    assert await asyncio.to_thread(cli.main, backup) == 0
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert await asyncio.to_thread(cli.main, ["restore", str(dump), "--into", restored_url]) == 0

    restored_settings = make_settings(restored_url)
    restored_db = Database(restored_settings)
    try:
        async with app_client(restored_settings, restored_db, clock=SystemClock()) as client:
            ready = await client.get("/readyz")
            assert ready.status_code == 200, ready.text
            read = await client.get(f"/v1/owner/customers/{customer['id']}", headers=tenant.owner)
            assert read.status_code == 200, read.text
            assert read.json()["name"] == "Dana Reyes"
            assert read.json()["notes"] == "gate code 4411"
            assert read.json()["addresses"][0]["line"] == "12 Oak St, Overland Park, KS"
            # The restored copy is a working database, not a read-only snapshot.
            more = await client.post(
                "/v1/owner/customers",
                json={"name": "After Restore", "phone": "+19135550143"},
                headers=tenant.owner,
            )
            assert more.status_code == 201, more.text
    finally:
        await restored_db.dispose()


def test_restore_refuses_a_database_that_already_has_data(
    database_url: str, tmp_path: Path
) -> None:
    dump = tmp_path / "switchboard.backup"
    archive.backup(database_url, dump)
    with pytest.raises(archive.BackupError, match="restore into a new"):
        archive.restore(dump, database_url)


def test_a_missing_backup_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(archive.BackupError, match="no backup at"):
        archive.restore(tmp_path / "nope", f"sqlite:///{tmp_path / 'x.db'}")
