"""Engine, sessions and the unit of work.

SQLite: WAL, a busy timeout, and one writer at a time. Every transaction starts with
`BEGIN IMMEDIATE` and, inside one process, waits its turn on an asyncio lock, so concurrent
writes queue instead of failing with "database is locked" (and across processes, e.g. a
separate `switchboard worker`, the busy timeout makes them wait).

PostgreSQL: asyncpg; each connection switches to the unprivileged app role so row-level
security applies, and each transaction carries the bound tenant (see `tenancy.guard`).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session

from switchboard.core.config import Settings
from switchboard.tenancy.context import TenantContext
from switchboard.tenancy.guard import SET_RLS, bind_tenant, install_guard, rls_params


class GuardedSession(Session):
    """The sync session behind every AsyncSession; the tenant guard listens on this class."""


install_guard(GuardedSession)


def normalise_url(url: str) -> str:
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.split(":///", 1)[1]
    return url


def _ensure_sqlite_dir(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def create_engine_for(settings: Settings, url: str | None = None) -> AsyncEngine:
    url = normalise_url(url or settings.database_url)
    if url.startswith("sqlite"):
        _ensure_sqlite_dir(url)
        engine = create_async_engine(url, pool_size=8, max_overflow=0, pool_timeout=60)
        busy = settings.sqlite_busy_timeout_ms

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_connect(dbapi_conn: Any, _: Any) -> None:
            # Take transaction control from the driver so BEGIN IMMEDIATE and SAVEPOINT work.
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={int(busy)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine

    engine = create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)
    role = settings.database_app_role
    if role:

        @event.listens_for(engine.sync_engine, "connect")
        def _pg_connect(dbapi_conn: Any, _: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute(f'SET ROLE "{role}"')
            cursor.close()

    return engine


class Database:
    """Owns the engine and hands out units of work."""

    def __init__(self, settings: Settings, url: str | None = None) -> None:
        self.settings = settings
        self.engine = create_engine_for(settings, url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._sessions = async_sessionmaker(
            self.engine, expire_on_commit=False, autoflush=True, sync_session_class=GuardedSession
        )
        self._write_lock = asyncio.Lock() if self.is_sqlite else None
        # Called after a commit that enqueued jobs, so an in-process worker starts at once
        # instead of at its next poll.
        self.job_listeners: list[Callable[[], None]] = []

    def session(self) -> AsyncSession:
        session = self._sessions()
        session.sync_session.info["postgres"] = not self.is_sqlite
        return session

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator[UnitOfWork]:
        """One transaction: commits when the block ends normally, rolls back on any error."""
        if self._write_lock is not None:
            await self._write_lock.acquire()
        try:
            async with self.session() as session:
                uow = UnitOfWork(session, self.job_listeners)
                try:
                    yield uow
                    await session.commit()
                    uow._committed()
                except BaseException:
                    await session.rollback()
                    raise
        finally:
            if self._write_lock is not None:
                self._write_lock.release()

    async def dispose(self) -> None:
        await self.engine.dispose()


class UnitOfWork:
    """The one transaction of a request or a job. Repositories use `session`; nobody commits
    but the `Database.unit_of_work` block that made this object."""

    def __init__(
        self, session: AsyncSession, job_listeners: list[Callable[[], None]] | None = None
    ) -> None:
        self.session = session
        self._job_listeners = job_listeners or []
        self._after_commit: list[Callable[[], None]] = []
        # What this transaction already read or took and need not again: the catalogue list,
        # the routed business, a row lock held until the end (e.g. the schedule lock).
        self.memo: dict[str, object] = {}

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once this unit of work has committed (e.g. wake the job worker)."""
        self._after_commit.append(callback)

    def wake_jobs(self) -> None:
        for listener in self._job_listeners:
            listener()

    def _committed(self) -> None:
        callbacks, self._after_commit = self._after_commit, []
        for callback in dict.fromkeys(callbacks):
            callback()

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    async def bind(self, tenant: TenantContext) -> None:
        bind_tenant(self.session.sync_session, tenant)
        await self._sync_rls()

    @property
    def tenant(self) -> TenantContext | None:
        value = self.session.sync_session.info.get("tenant")
        return value if isinstance(value, TenantContext) else None

    @asynccontextmanager
    async def system_scope(self, reason: str) -> AsyncIterator[None]:
        """Cross-tenant work on purpose (admin, credential lookup, the job queue)."""
        sync = self.session.sync_session
        previous = sync.info.get("system_scope")
        sync.info["system_scope"] = reason
        await self._sync_rls()
        try:
            yield
            # Writes made under the system scope are flushed while it still applies.
            await self.session.flush()
        finally:
            # Whatever happened inside (an error the caller catches and carries on from, a
            # failed flush), the rest of the transaction is back to the tenant alone, in the
            # session guard and in PostgreSQL's `app.system` alike.
            sync.info["system_scope"] = previous
            if self.session.sync_session.is_active:
                await self._sync_rls()

    async def _sync_rls(self) -> None:
        # A transaction already open carries the old values; refresh them. A transaction not yet
        # begun picks them up in the guard's after_begin hook.
        sync = self.session.sync_session
        if sync.info.get("postgres") and sync.in_transaction():
            await self.session.execute(SET_RLS, rls_params(sync))
