"""Request-scoped dependencies: settings, clock, database and the unit of work.

Every dependency here is `async def`, even those that await nothing: FastAPI runs a plain
`def` dependency in its thread pool, a thread hand-off per dependency per request.

A GET or HEAD request's unit of work is read-only (no SQLite writer lock; a write raises). A
route that writes in a unit of work of its own, after waiting on something slow with no
transaction open (a model), marks itself `@request_reads_only`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request

from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork


async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_clock(request: Request) -> Clock:
    clock: Clock = request.app.state.clock
    return clock


async def get_database(request: Request) -> Database:
    database: Database = request.app.state.db
    return database


_READ_METHODS = {"GET", "HEAD"}
_READS_ONLY = "__switchboard_request_reads_only__"
_Endpoint = TypeVar("_Endpoint", bound=Callable[..., Any])


def request_reads_only(endpoint: _Endpoint) -> _Endpoint:
    """The request's own unit of work (authentication included) only reads, whatever the
    method: the route does its writing in a unit of work it opens itself."""
    setattr(endpoint, _READS_ONLY, True)
    return endpoint


def reads_only(request: Request) -> bool:
    endpoint = request.scope.get("endpoint")
    return request.method in _READ_METHODS or bool(getattr(endpoint, _READS_ONLY, False))


async def get_uow(
    request: Request, db: Annotated[Database, Depends(get_database)]
) -> AsyncIterator[UnitOfWork]:
    # scope="function" below: the commit happens before the response is sent, so a failed
    # commit becomes an error answer instead of a success that was never stored.
    async with db.unit_of_work(read_only=reads_only(request)) as uow:
        yield uow


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ClockDep = Annotated[Clock, Depends(get_clock)]
UowDep = Annotated[UnitOfWork, Depends(get_uow, scope="function")]
DatabaseDep = Annotated[Database, Depends(get_database)]
