"""The built-in calendar: it keeps events and busy blocks in the application database.

It is the default provider (`CALENDAR_PROVIDER=offline`) and the one tests inject. Entries live
in `offline_calendar_entries`, so a restart (or a separate worker process) loses and hides
nothing. The port is keyed by business, so entries are read and written under an explicit
system scope filtered by the business asked about (or, in a transaction already bound to that
business, under its tenant): busy times through the caller's own
transaction when it hands one over (slot search, a booking holding the schedule lock: no
second connection per request, which twenty simultaneous bookings would exhaust the pool
with), otherwise (the `calendar.write` job's perform step, which holds no transaction) in a
short unit of work of its own. `failing` makes every call fail as a real calendar can.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from switchboard.core.db import Database, UnitOfWork
from switchboard.integrations.calendar.port import (
    BusyInterval,
    CalendarEvent,
    CalendarPermanentError,
    CalendarTemporaryError,
)
from switchboard.models.calendar import OfflineCalendarEntry

_SCOPE = "offline calendar"


class OfflineCalendar:
    name = "offline"

    def __init__(self, database: Database | None = None) -> None:
        self._db = database
        # "temporary" or "permanent" makes every call fail that way until cleared.
        self.failing: str | None = None
        self.calls = 0

    def attach(self, database: Database) -> None:
        """The app (or worker) hands over its database; one given already is kept."""
        if self._db is None:
            self._db = database

    @property
    def db(self) -> Database:
        if self._db is None:
            raise CalendarPermanentError("the offline calendar has no database attached")
        return self._db

    def _maybe_fail(self) -> None:
        self.calls += 1
        if self.failing == "temporary":
            raise CalendarTemporaryError("offline calendar told to fail temporarily")
        if self.failing == "permanent":
            raise CalendarPermanentError("offline calendar told to fail permanently")

    async def check(self) -> str:
        """The operator's health check: failing while told to fail, and the database it
        keeps entries in answers."""
        self._maybe_fail()
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            await uow.session.execute(select(OfflineCalendarEntry.id).limit(1))
        return "built-in offline calendar"

    # -- what the owner does in the calendar itself ------------------------------------------
    async def add_busy(self, business_id: uuid.UUID, interval: BusyInterval) -> None:
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            uow.session.add(
                OfflineCalendarEntry(
                    business_id=business_id,
                    kind="busy",
                    start_at=interval.start,
                    end_at=interval.end,
                    technician_id=interval.technician_id,
                    title="Busy",
                )
            )

    async def event(self, business_id: uuid.UUID, key: str) -> CalendarEvent | None:
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            row = await self._entry(uow.session, business_id, key)
            return None if row is None else _event(row)

    async def event_keys(self, business_id: uuid.UUID) -> set[str]:
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            keys = await uow.session.scalars(
                select(OfflineCalendarEntry.key).where(
                    OfflineCalendarEntry.business_id == business_id,
                    OfflineCalendarEntry.kind == "event",
                )
            )
            return {k for k in keys if k}

    # -- the port ----------------------------------------------------------------------------
    async def busy_times(
        self,
        business_id: uuid.UUID,
        start: datetime,
        end: datetime,
        *,
        uow: UnitOfWork | None = None,
    ) -> list[BusyInterval]:
        self._maybe_fail()
        if uow is not None and uow.tenant is not None and uow.tenant.business_id == business_id:
            # The caller's own transaction, bound to this very business: the tenant guard (and
            # row-level security) already admit its rows. Entering and leaving the system scope
            # cost two statements on PostgreSQL, per week of every slot search.
            return await self._busy(uow.session, business_id, start, end)
        if uow is not None:
            async with uow.system_scope(_SCOPE):
                return await self._busy(uow.session, business_id, start, end)
        async with self.db.unit_of_work(read_only=True) as own, own.system_scope(_SCOPE):
            return await self._busy(own.session, business_id, start, end)

    @staticmethod
    async def _busy(
        session: AsyncSession, business_id: uuid.UUID, start: datetime, end: datetime
    ) -> list[BusyInterval]:
        rows = await session.execute(
            select(
                OfflineCalendarEntry.start_at,
                OfflineCalendarEntry.end_at,
                OfflineCalendarEntry.technician_id,
            ).where(
                OfflineCalendarEntry.business_id == business_id,
                OfflineCalendarEntry.kind == "busy",
                OfflineCalendarEntry.start_at < end,
                OfflineCalendarEntry.end_at > start,
            )
        )
        return [BusyInterval(r[0], r[1], r[2]) for r in rows]

    async def upsert_event(self, business_id: uuid.UUID, event: CalendarEvent) -> str:
        self._maybe_fail()
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await self._entry(uow.session, business_id, event.key)
            if row is None:
                row = OfflineCalendarEntry(business_id=business_id, kind="event", key=event.key)
                uow.session.add(row)
            row.start_at, row.end_at = event.start, event.end
            row.technician_id = event.technician_id
            row.title, row.location = event.title, event.location
            row.description, row.cancelled = event.description, event.cancelled
        return f"offline-{event.key}"

    async def delete_event(self, business_id: uuid.UUID, key: str) -> None:
        self._maybe_fail()
        async with self.db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            await uow.session.execute(
                delete(OfflineCalendarEntry).where(
                    OfflineCalendarEntry.business_id == business_id,
                    OfflineCalendarEntry.kind == "event",
                    OfflineCalendarEntry.key == key,
                )
            )

    @staticmethod
    async def _entry(
        session: AsyncSession, business_id: uuid.UUID, key: str
    ) -> OfflineCalendarEntry | None:
        result: OfflineCalendarEntry | None = await session.scalar(
            select(OfflineCalendarEntry).where(
                OfflineCalendarEntry.business_id == business_id,
                OfflineCalendarEntry.kind == "event",
                OfflineCalendarEntry.key == key,
            )
        )
        return result


def _event(row: OfflineCalendarEntry) -> CalendarEvent:
    return CalendarEvent(
        key=row.key or "",
        start=row.start_at,
        end=row.end_at,
        title=row.title,
        location=row.location,
        description=row.description,
        cancelled=row.cancelled,
        technician_id=row.technician_id,
    )
