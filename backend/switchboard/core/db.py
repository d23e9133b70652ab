"""Engine, sessions and the unit of work.

SQLite: WAL, a busy timeout, and one writer at a time. Every writing transaction starts with
`BEGIN IMMEDIATE` and, inside one process, waits its turn on an asyncio lock, so concurrent
writes queue instead of failing with "database is locked" (and across processes, e.g. a
separate `switchboard worker`, the busy timeout makes them wait). A read-only unit of work
(GET requests, `unit_of_work(read_only=True)`) takes neither: WAL readers never wait for the
writer, so a slow write never stalls a read. It refuses any write, on both databases alike.

PostgreSQL: asyncpg; each connection switches to the unprivileged app role so row-level
security applies, and each transaction carries the bound tenant (see `tenancy.guard`).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import ORMExecuteState, Session

from switchboard.core.config import Settings
from switchboard.core.crypto import Keyring, bind_keyring, keyring_for
from switchboard.core.db_sqlite import SQLiteDriver
from switchboard.tenancy.context import TenantContext
from switchboard.tenancy.guard import SET_RLS, bind_tenant, install_guard, rls_params


class GuardedSession(Session):
    """The sync session behind every AsyncSession; the tenant guard listens on this class."""


install_guard(GuardedSession)

READ_ONLY_OPTION = "switchboard_read_only"


class ReadOnlyTransaction(RuntimeError):
    """A write inside a read-only unit of work: a programming error, never a client's."""


@event.listens_for(GuardedSession, "do_orm_execute")
def _refuse_statement_writes(state: ORMExecuteState) -> None:
    if state.session.info.get("read_only") and (
        state.is_insert or state.is_update or state.is_delete
    ):
        raise ReadOnlyTransaction("a read-only unit of work cannot write")


@event.listens_for(GuardedSession, "before_flush")
def _refuse_flushed_writes(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("read_only") and (
        session.new or session.deleted or any(session.is_modified(o) for o in session.dirty)
    ):
        raise ReadOnlyTransaction("a read-only unit of work cannot write")


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
    engine = _create_engine(settings, normalise_url(url or settings.database_url))
    # Encrypted columns (core/crypto.py) read their keys from the engine's dialect.
    bind_keyring(engine.sync_engine.dialect, Keyring.from_settings(settings))
    return engine


def _create_engine(settings: Settings, url: str) -> AsyncEngine:
    if url.startswith("sqlite"):
        _ensure_sqlite_dir(url)
        engine = create_async_engine(
            url,
            module=SQLiteDriver(busy_timeout_ms=settings.sqlite_busy_timeout_ms),
            pool_size=8,
            max_overflow=0,
            pool_timeout=60,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_connect(dbapi_conn: Any, _: Any) -> None:
            # Take transaction control from the driver so BEGIN IMMEDIATE and SAVEPOINT work.
            dbapi_conn.isolation_level = None
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # A reader's deferred BEGIN takes no lock; a writer takes the write lock up front.
            read_only = conn.get_execution_options().get(READ_ONLY_OPTION)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine

    # Every connection the pool may open is kept: with an overflow (connections opened past
    # pool_size and closed on return), a burst of more concurrent requests than pool_size
    # opened and closed a PostgreSQL backend per request (a fork, authentication, SET ROLE,
    # empty caches), measured as hundreds of backends in 20 s under the scale bench.
    engine = create_async_engine(
        url,
        pool_size=settings.database_pool_size,
        max_overflow=0,
        pool_timeout=60,
        pool_recycle=RECYCLE_S,
    )
    _replace_dead_connections(engine)
    role = settings.database_app_role
    if role:

        @event.listens_for(engine.sync_engine, "connect")
        def _pg_connect(dbapi_conn: Any, _: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute(f'SET ROLE "{role}"')
            cursor.close()

    return engine


# A pooled PostgreSQL connection is checked at checkout without a round trip (pool_pre_ping
# cost one per unit of work, three on asyncpg: BEGIN, a ping, ROLLBACK). asyncpg learns at
# once that the server closed its socket (a restart, pg_terminate_backend, an idle timeout),
# so such a connection is replaced before anyone uses it; one idle for IDLE_PING_S (when a
# silent network drop is likelier than under steady traffic) is pinged first; none is kept
# past RECYCLE_S. A disconnect met by a statement invalidates every older connection of the
# pool (SQLAlchemy's own handling), so one failed unit of work is the most a restart costs.
IDLE_PING_S = 30.0
RECYCLE_S = 1800


def _replace_dead_connections(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "checkin")
    def _idle_from(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _alive(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        driver = dbapi_conn.driver_connection
        if driver is None or driver.is_closed():
            # The pool discards it and checks out another (or opens one), up to three times.
            raise DisconnectionError("the server closed this pooled connection")
        idle_since = record.info.pop("idle_since", None)
        if idle_since is not None and time.monotonic() - idle_since > IDLE_PING_S:
            try:
                engine.dialect.do_ping(dbapi_conn)
            except Exception as exc:
                raise DisconnectionError("an idle pooled connection did not answer") from exc


class Database:
    """Owns the engine and hands out units of work."""

    def __init__(self, settings: Settings, url: str | None = None) -> None:
        self.settings = settings
        self.engine = create_engine_for(settings, url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._sessions = async_sessionmaker(
            self.engine, expire_on_commit=False, autoflush=True, sync_session_class=GuardedSession
        )
        self._read_sessions = async_sessionmaker(
            self.engine.execution_options(**{READ_ONLY_OPTION: True}),
            expire_on_commit=False,
            autoflush=True,
            sync_session_class=GuardedSession,
        )
        self._write_lock = asyncio.Lock() if self.is_sqlite else None
        # Called after a commit that enqueued jobs, so an in-process worker starts at once
        # instead of at its next poll.
        self.job_listeners: list[Callable[[], None]] = []

    def session(self, *, read_only: bool = False) -> AsyncSession:
        session = (self._read_sessions if read_only else self._sessions)()
        session.sync_session.info["postgres"] = not self.is_sqlite
        session.sync_session.info["read_only"] = read_only
        return session

    @asynccontextmanager
    async def unit_of_work(self, *, read_only: bool = False) -> AsyncIterator[UnitOfWork]:
        """One transaction: commits when the block ends normally, rolls back on any error.
        `read_only`: no writer lock on SQLite, and any write raises `ReadOnlyTransaction`."""
        lock = None if read_only else self._write_lock
        if lock is not None:
            await lock.acquire()
        try:
            async with self.session(read_only=read_only) as session:
                uow = UnitOfWork(session, self.job_listeners, read_only=read_only, database=self)
                try:
                    yield uow
                    await session.commit()
                    uow._committed()
                except BaseException:
                    await session.rollback()
                    raise
        finally:
            if lock is not None:
                lock.release()
        for follow_up in uow._after_close:
            await follow_up()

    @property
    def writer_busy(self) -> bool:
        """On SQLite, whether a write is under way in this process (a write now would wait)."""
        return self._write_lock is not None and self._write_lock.locked()

    async def dispose(self) -> None:
        await self.engine.dispose()


class UnitOfWork:
    """The one transaction of a request or a job. Repositories use `session`; nobody commits
    but the `Database.unit_of_work` block that made this object."""

    def __init__(
        self,
        session: AsyncSession,
        job_listeners: list[Callable[[], None]] | None = None,
        *,
        read_only: bool = False,
        database: Database | None = None,
    ) -> None:
        self.session = session
        self.read_only = read_only
        self._database = database
        self._job_listeners = job_listeners or []
        self._after_commit: list[Callable[[], None]] = []
        self._after_close: list[Callable[[], Awaitable[None]]] = []
        # What this transaction already read or took and need not again: the catalogue list,
        # the routed business, a row lock held until the end (e.g. the schedule lock).
        self.memo: dict[str, object] = {}

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once this unit of work has committed (e.g. wake the job worker)."""
        self._after_commit.append(callback)

    def after_close(self, follow_up: Callable[[], Awaitable[None]]) -> None:
        """Await `follow_up` once this unit of work has committed and let go of its
        connection and (on SQLite) the writer lock: e.g. a small write a read-only request
        owes, made in a unit of work of its own."""
        self._after_close.append(follow_up)

    async def release(self) -> None:
        """End a read-only unit of work's transaction now (its connection goes back to the
        pool), so nothing is held while the caller waits on something slow, such as a model;
        a later query begins a new transaction."""
        if not self.read_only:
            raise ReadOnlyTransaction("only a read-only unit of work can be released early")
        await self.session.commit()

    @asynccontextmanager
    async def write_aside(self) -> AsyncIterator[UnitOfWork]:
        """For a read-only unit of work that finds missing what is made on first use (the
        default catalogue, the scheduling policy): a short write unit of work of its own,
        bound to the same tenant. This one's transaction ends first, so no connection is held
        twice and the reads that follow see what was written."""
        if not self.read_only or self._database is None:
            raise ReadOnlyTransaction("write_aside is for a read-only unit of work")
        await self.release()
        async with self._database.unit_of_work() as writer:
            if self.tenant is not None:
                await writer.bind(self.tenant)
            yield writer

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

    @property
    def keyring(self) -> Keyring:
        """SECRET_KEY's keyring (core/crypto.py), e.g. for keyed hashes."""
        return keyring_for(self.session.get_bind().dialect)

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
