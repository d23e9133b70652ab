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


async def _backend_pids(db: Database, size: int) -> set[int]:
    """The server process behind each of `size` units of work open at the same time."""
    all_open = asyncio.Barrier(size)

    async def one() -> int:
        async with db.unit_of_work(read_only=True) as uow:
            pid = int((await uow.session.execute(text("SELECT pg_backend_pid()"))).scalar_one())
            await all_open.wait()
            return pid

    return set(await asyncio.gather(*(one() for _ in range(size))))


async def test_connections_the_server_closed_are_replaced_before_use(
    database_url: str, is_postgres: bool
) -> None:
    """As after a server restart: every pooled connection's backend is gone. The next units
    of work get working connections (nothing pings a live one at checkout)."""
    if not is_postgres:
        pytest.skip("SQLite opens a file, not a server backend")
    import asyncpg
    from sqlalchemy.engine import make_url

    db = Database(make_settings(database_url, database_pool_size=3))
    try:
        before = await _backend_pids(db, 3)
        url = make_url(database_url)
        admin = await asyncpg.connect(
            host=url.host, port=url.port or 5432, user=url.username, database=url.database
        )
        try:
            for pid in before:
                await admin.execute("SELECT pg_terminate_backend($1)", pid)
        finally:
            await admin.close()
        await asyncio.sleep(0.3)  # the sockets' close reaches the client
        after = await _backend_pids(db, 3)
        assert len(after) == 3 and not after & before
        assert await _backend_pids(db, 3) == after  # and kept from then on
    finally:
        await db.dispose()
