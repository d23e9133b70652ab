"""SQLite's driver adapter: SQLAlchemy's aiosqlite adapter, with a statement's thread hops cut.

aiosqlite runs every call on its own thread, and SQLAlchemy's adapter makes four calls per
statement (open a cursor, execute, fetch, close), each a round trip between the event loop and
that thread: two wake-ups and a hand-over of the GIL, which on a busy machine wait for a CPU
each. A turn runs a dozen statements, so the round trips, not SQLite, were most of its database
time.

Here every statement, the commit and the rollback run at once on the event loop's thread, and
only one that finds the database locked goes to aiosqlite's thread, in one round trip (cursor,
execute, fetch and close together), to wait there for the busy timeout. So the connection's own
busy timeout is 0 and a wait happens only on that thread. Only a transaction's start can find
the database locked: `BEGIN IMMEDIATE` while another process (a separate worker) holds the write
lock. Inside a writing transaction the write lock is held, and a reading one (a deferred
`BEGIN`, read-only units of work) reads a WAL snapshot without a lock, so neither waits. What
is left on the loop is SQLite's own work on a small indexed database, microseconds a
statement, and now and then a commit's checkpoint (every 1000 pages of WAL, with a sync of the
file). The price: a statement slow for its own sake (a scan of a large table) holds the event
loop while it runs.

The connection is opened on aiosqlite's thread and used from the loop's thread too, never from
both at once: SQLAlchemy uses a connection from one task at a time, and every call that goes to
the thread is awaited before the next statement.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, TypeVar

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT
from sqlalchemy.util.concurrency import await_

_T = TypeVar("_T")
_Outcome = tuple[Any, list[Any], int, int | None]


def _locked(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY


def _waiting(connection: sqlite3.Connection, busy_timeout_ms: int, work: Callable[[], _T]) -> _T:
    """`work` with the busy timeout on; run on aiosqlite's thread, never on the loop's."""
    connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    try:
        return work()
    finally:
        connection.execute("PRAGMA busy_timeout=0")


async def _at_once(work: Callable[[], _T]) -> _T:
    # Run by the awaiting task on the loop's thread, with no suspension; passing through
    # `await_` all the same because SQLAlchemy's AsyncConnection.execute refuses a call that
    # never awaited (AwaitRequired), as a sign of a driver that is not async.
    return work()


def _run(connection: sqlite3.Connection, operation: str, parameters: Any, many: bool) -> _Outcome:
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class _Cursor(AsyncAdapt_aiosqlite_cursor):
    """A cursor with nothing open on the driver between statements: each statement opens,
    runs, fetches and closes a driver cursor in one step."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._soft_closed_memoized = EMPTY_DICT
        self._rows: collections.deque[Any] = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> int:
        return self._lastrowid  # type: ignore[return-value]

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _async_soft_close(self) -> None:
        return None

    def close(self) -> None:
        self._rows.clear()

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        self._statement(operation, parameters, many=False)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> Any:
        self._statement(operation, seq_of_parameters, many=True)

    def _statement(self, operation: str, parameters: Any, *, many: bool) -> None:
        adapter: _Connection = self._adapt_connection  # type: ignore[assignment]
        try:
            outcome = adapter.at_once_or_waiting(
                partial(_run, adapter.driver, operation, parameters, many)
            )
        except Exception as error:
            adapter._handle_exception(error)
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows)

    def nextset(self) -> None:
        raise NotImplementedError("SQLite has one result set per statement")

    def setinputsizes(self, *inputsizes: Any) -> None:
        return None

    def fetchmany(self, size: int | None = None) -> Sequence[Any]:
        return super().fetchmany(self._arraysize if size is None else size)


class _Connection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = _Cursor  # type: ignore[assignment]  # a subclass of the declared cursor

    @property
    def driver(self) -> sqlite3.Connection:
        """The sqlite3 connection (aiosqlite's), to be used only as the module's doc says."""
        return self._aiosqlite._conn

    @property
    def _aiosqlite(self) -> aiosqlite.Connection:
        return self._connection  # type: ignore[return-value]

    def at_once_or_waiting(self, work: Callable[[], _T]) -> _T:
        """`work` (a call on `driver`) on this thread; when it finds the database locked (it
        did nothing then), again on aiosqlite's thread under the busy timeout."""
        try:
            return await_(_at_once(work))
        except sqlite3.OperationalError as error:
            if not _locked(error):
                raise
        dbapi: SQLiteDriver = self.dbapi
        waiting = self._aiosqlite._execute(_waiting, self.driver, dbapi.busy_timeout_ms, work)  # type: ignore[no-untyped-call]
        return await_(waiting)  # type: ignore[no-any-return]

    def commit(self) -> None:
        self._end(sqlite3.Connection.commit)

    def rollback(self) -> None:
        self._end(sqlite3.Connection.rollback)

    def _end(self, how: Callable[[sqlite3.Connection], None]) -> None:
        if not self._aiosqlite._connection:
            return  # closed already, as SQLAlchemy's adapter allows
        try:
            self.at_once_or_waiting(partial(how, self.driver))
        except Exception as error:
            self._handle_exception(error)


class SQLiteDriver(AsyncAdapt_aiosqlite_dbapi):
    """The module SQLAlchemy's aiosqlite dialect uses as its DB-API (`create_engine(module=)`),
    handing out connections whose cursors are `_Cursor`s."""

    def __init__(self, busy_timeout_ms: int) -> None:
        super().__init__(aiosqlite, sqlite3)
        self.busy_timeout_ms = busy_timeout_ms

    def connect(self, *arg: Any, **kw: Any) -> _Connection:
        # Used from the event loop's thread as well as aiosqlite's own, and never waiting on the
        # loop's (see the module's doc).
        kw["check_same_thread"] = False
        kw["timeout"] = 0
        connection = self.aiosqlite.connect(*arg, **kw)
        connection._thread.daemon = True
        return _Connection(self, await_(connection))
