"""Request-scoped dependencies: settings, clock, database and the unit of work.

Every dependency here is `async def`, even those that await nothing: FastAPI runs a plain
`def` dependency in its thread pool, a thread hand-off per dependency per request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

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


async def get_uow(db: Annotated[Database, Depends(get_database)]) -> AsyncIterator[UnitOfWork]:
    # scope="function" below: the commit happens before the response is sent, so a failed
    # commit becomes an error answer instead of a success that was never stored.
    async with db.unit_of_work() as uow:
        yield uow


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
ClockDep = Annotated[Clock, Depends(get_clock)]
UowDep = Annotated[UnitOfWork, Depends(get_uow, scope="function")]
