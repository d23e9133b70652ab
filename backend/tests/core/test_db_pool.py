"""The PostgreSQL connection pool keeps what it opens: a burst of more concurrent units of work
than before opens no new backend the next time (with an overflow, every burst past the pool
opened and closed backends, per request, which the scale bench measured as churn)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import event, text

from switchboard.core.db import Database
from tests.conftest import make_settings


async def _burst(db: Database, size: int) -> None:
    """`size` units of work open at the same time, each running a statement."""
    all_open = asyncio.Barrier(size)

    async def one() -> None:
        async with db.unit_of_work(read_only=True) as uow:
            await uow.session.execute(text("SELECT 1"))
            await all_open.wait()

    await asyncio.gather(*(one() for _ in range(size)))


async def test_a_second_burst_reuses_every_connection_the_first_opened(
    database_url: str, is_postgres: bool
) -> None:
    if not is_postgres:
        pytest.skip("SQLite opens a file, not a server backend")
    settings = make_settings(database_url, database_pool_size=15)
    db = Database(settings)
    opened: list[Any] = []
    event.listen(db.engine.sync_engine, "connect", lambda conn, _: opened.append(conn))
    try:
        await _burst(db, 15)
        assert len(opened) == 15
        await _burst(db, 15)
        await _burst(db, 15)
        assert len(opened) == 15  # nothing closed and reopened
    finally:
        await db.dispose()


async def test_more_requests_than_connections_wait_for_one(
    database_url: str, is_postgres: bool
) -> None:
    if not is_postgres:
        pytest.skip("SQLite's pool is configured on its own")
    db = Database(make_settings(database_url, database_pool_size=2))
    opened: list[Any] = []
    event.listen(db.engine.sync_engine, "connect", lambda conn, _: opened.append(conn))
    try:

        async def one() -> int:
            async with db.unit_of_work(read_only=True) as uow:
                return int((await uow.session.execute(text("SELECT 1"))).scalar_one())

        assert await asyncio.gather(*(one() for _ in range(6))) == [1] * 6
        assert len(opened) <= 2
    finally:
        await db.dispose()


def test_the_pool_size_is_bounded() -> None:
    with pytest.raises(ValueError, match="database_pool_size"):
        make_settings("sqlite+aiosqlite:///x.db", database_pool_size=0)
