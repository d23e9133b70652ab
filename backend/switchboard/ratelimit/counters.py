"""Fixed-window counters in the application database, so every replica sees the same count
and a restart forgets nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from switchboard.core.db import UnitOfWork
from switchboard.models.rate_limit import RateLimitCounter


def window_of(now: datetime, window: timedelta) -> datetime:
    seconds = int(window.total_seconds())
    return datetime.fromtimestamp(int(now.timestamp()) // seconds * seconds, tz=now.tzinfo)


async def increment(uow: UnitOfWork, key: str, now: datetime, window: timedelta) -> int:
    """Add one to `key` in the current window; returns the new count."""
    start = window_of(now, window)
    insert = postgresql.insert if uow.dialect == "postgresql" else sqlite.insert
    upsert = (
        insert(RateLimitCounter)
        .values(key=key[:200], window_start=start, count=1)
        .on_conflict_do_update(
            index_elements=["key", "window_start"],
            set_={"count": RateLimitCounter.count + 1},
        )
        .returning(RateLimitCounter.count)
    )
    async with uow.system_scope("rate limit counter"):
        return int((await uow.session.execute(upsert)).scalar_one())


async def current(uow: UnitOfWork, key: str, now: datetime, window: timedelta) -> int:
    start = window_of(now, window)
    async with uow.system_scope("rate limit counter"):
        value = (
            await uow.session.execute(
                select(RateLimitCounter.count).where(
                    RateLimitCounter.key == key[:200], RateLimitCounter.window_start == start
                )
            )
        ).scalar_one_or_none()
    return int(value or 0)


async def purge(uow: UnitOfWork, before: datetime) -> None:
    async with uow.system_scope("rate limit purge"):
        await uow.session.execute(
            delete(RateLimitCounter).where(RateLimitCounter.window_start < before)
        )
