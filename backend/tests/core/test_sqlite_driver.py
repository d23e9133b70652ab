"""SQLite's statements run on the event loop's thread (`core/db_sqlite.py`); one that finds the
database locked by another process waits for it on aiosqlite's thread, under the busy timeout,
while the loop keeps serving."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from switchboard.core.db import Database
from tests.conftest import make_settings


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'driver.db'}"))
    async with db.unit_of_work() as uow:
        await uow.session.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    yield db
    await db.dispose()


async def test_a_write_waits_for_another_process_and_the_loop_keeps_serving(
    sqlite_db: Database, tmp_path: Path
) -> None:
    other = sqlite3.connect(tmp_path / "driver.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process's writer holds the lock
    other.execute("INSERT INTO notes (body) VALUES ('theirs')")
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def write() -> float:
        began = time.monotonic()
        async with sqlite_db.unit_of_work() as uow:
            await uow.session.execute(text("INSERT INTO notes (body) VALUES ('ours')"))
        return time.monotonic() - began

    ticking = asyncio.create_task(ticker())
    writing = asyncio.create_task(write())
    await asyncio.sleep(0.5)
    assert not writing.done(), "the write should wait for the other writer, not fail"
    assert ticks >= 5, "the loop should keep serving while the write waits"
    other.execute("COMMIT")
    waited = await asyncio.wait_for(writing, timeout=10)
    ticking.cancel()
    other.close()
    assert waited >= 0.5
    async with sqlite_db.unit_of_work(read_only=True) as uow:
        bodies = (await uow.session.execute(text("SELECT body FROM notes ORDER BY id"))).all()
    assert [b for (b,) in bodies] == ["theirs", "ours"]


async def test_statements_inside_a_transaction_never_wait(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """A reader in WAL and a writer holding the lock do not wait on another process, so the
    loop's thread never runs with a busy timeout: the connection's own stays 0."""
    async with sqlite_db.unit_of_work() as uow:
        (timeout,) = (await uow.session.execute(text("PRAGMA busy_timeout"))).one()
        await uow.session.execute(text("INSERT INTO notes (body) VALUES ('a')"))
    assert timeout == 0
    other = sqlite3.connect(tmp_path / "driver.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        async with sqlite_db.unit_of_work(read_only=True) as uow:
            rows = (await uow.session.execute(text("SELECT body FROM notes"))).all()
        assert [b for (b,) in rows] == ["a"]
    finally:
        other.execute("ROLLBACK")
        other.close()


async def test_an_error_inside_a_transaction_rolls_it_back(sqlite_db: Database) -> None:
    with pytest.raises(Exception, match="no such table"):
        async with sqlite_db.unit_of_work() as uow:
            await uow.session.execute(text("INSERT INTO notes (body) VALUES ('lost')"))
            await uow.session.execute(text("SELECT * FROM missing"))
    async with sqlite_db.unit_of_work(read_only=True) as uow:
        count = (await uow.session.execute(text("SELECT count(*) FROM notes"))).scalar_one()
    assert count == 0


async def test_a_core_connection_runs_statements_too(sqlite_db: Database) -> None:
    """SQLAlchemy's AsyncConnection refuses a statement that never awaited; /readyz uses one."""
    async with sqlite_db.engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
        assert (await conn.execute(text("SELECT count(*) FROM notes"))).scalar_one() == 0
