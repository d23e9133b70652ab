"""The grant store the Google calendar adapter reads (`integrations.calendar.port.GrantStore`).

The adapter is keyed by business, like the calendar port. Slot search hands over its own open
transaction (`uow`), read under an explicit system scope filtered by the business asked about,
so a request never needs a second database connection; where there is none (a job's perform
step, Gmail), the store opens a short read-only unit of work. Only named columns are read.
Marking a grant revoked is a small write of its own, skipped when this process's (SQLite)
writer is busy, since a caller may hold it: the adapter refuses the grant anyway (remembered
here), and the next read made outside a request records it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import structlog
from sqlalchemy import select

from switchboard.core.clock import Clock, SystemClock
from switchboard.core.db import Database, UnitOfWork
from switchboard.integrations.calendar.port import CalendarGrant
from switchboard.models.calendar import CalendarConnection

log = structlog.get_logger(__name__)
_SCOPE = "calendar grant"


@dataclass(frozen=True)
class _Row:
    status: str
    refresh_token: str
    calendar_ids: list[str]
    write_calendar_id: str
    technician_calendars: dict[str, str]
    scopes: str

    def grant(self, business_id: uuid.UUID, revoked: bool) -> CalendarGrant:
        return CalendarGrant(
            business_id=business_id,
            refresh_token=self.refresh_token,
            calendar_ids=tuple(self.calendar_ids or ["primary"]),
            write_calendar_id=self.write_calendar_id,
            technician_calendars={str(k): str(v) for k, v in self.technician_calendars.items()},
            revoked=revoked,
            scopes=tuple(self.scopes.split()),
        )


class DatabaseGrantStore:
    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self._db = database
        self._clock = clock or SystemClock()
        # Business -> the refresh token Google refused, until the refusal is written down
        # (a token stored later by a reconnection is not affected).
        self._revoked: dict[uuid.UUID, str] = {}

    async def grant(
        self, business_id: uuid.UUID, *, uow: UnitOfWork | None = None
    ) -> CalendarGrant | None:
        if uow is not None:
            async with uow.system_scope(_SCOPE):
                row = await self._row(uow, business_id)
        else:
            async with self._db.unit_of_work(read_only=True) as own, own.system_scope(_SCOPE):
                row = await self._row(own, business_id)
        if row is None:
            self._revoked.pop(business_id, None)
            return None
        revoked = row.status == "revoked"
        refused = self._revoked.get(business_id)
        if not revoked and refused is not None and refused == row.refresh_token:
            revoked = True
            if uow is None and not self._db.writer_busy:
                await self._write_revoked(business_id, "Google refused the refresh token")
        return row.grant(business_id, revoked)

    @staticmethod
    async def _row(uow: UnitOfWork, business_id: uuid.UUID) -> _Row | None:
        c = CalendarConnection
        found = (
            await uow.session.execute(
                select(
                    c.status,
                    c.refresh_token,
                    c.calendar_ids,
                    c.write_calendar_id,
                    c.technician_calendars,
                    c.scopes,
                ).where(c.business_id == business_id)
            )
        ).first()
        return None if found is None else _Row(*found)

    async def mark_revoked(self, business_id: uuid.UUID, refresh_token: str, detail: str) -> None:
        self._revoked[business_id] = refresh_token
        if not self._db.writer_busy:
            await self._write_revoked(business_id, detail)

    async def _write_revoked(self, business_id: uuid.UUID, detail: str) -> None:
        async with self._db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await uow.session.scalar(
                select(CalendarConnection).where(CalendarConnection.business_id == business_id)
            )
            if row is not None and row.status != "revoked":
                row.status, row.status_detail = "revoked", detail[:200]
                row.revoked_at = self._clock.now()
                log.warning("calendar_grant_revoked", business_id=str(business_id))
        self._revoked.pop(business_id, None)
