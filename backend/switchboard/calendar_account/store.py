"""The grant store the Google calendar adapter reads (`integrations.calendar.port.GrantStore`).

The adapter is keyed by business, like the calendar port, and runs where no tenant is bound
(slot search's calendar read, a job's perform step), so the store opens short units of work of
its own under an explicit system scope, filtered by the business it is asked about. Reading
takes no writer lock; marking a grant revoked is a small write of its own, skipped when this
process's (SQLite) writer is busy, since a caller may hold it: the adapter refuses the grant
anyway, and the next call made outside a write records it."""

from __future__ import annotations

import uuid

import structlog
from sqlalchemy import select

from switchboard.core.clock import Clock, SystemClock
from switchboard.core.db import Database
from switchboard.integrations.calendar.port import CalendarGrant
from switchboard.models.calendar import CalendarConnection

log = structlog.get_logger(__name__)
_SCOPE = "calendar grant"


class DatabaseGrantStore:
    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self._db = database
        self._clock = clock or SystemClock()
        # Business -> the refresh token Google refused, until the refusal is written down
        # (a token stored later by a reconnection is not affected).
        self._revoked: dict[uuid.UUID, str] = {}

    async def grant(self, business_id: uuid.UUID) -> CalendarGrant | None:
        async with self._db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            row = await uow.session.scalar(
                select(CalendarConnection).where(CalendarConnection.business_id == business_id)
            )
            if row is None:
                self._revoked.pop(business_id, None)
                return None
            revoked = row.status == "revoked"
            refused = self._revoked.get(business_id)
            if not revoked and refused is not None and refused == row.refresh_token:
                revoked = True
                if not self._db.writer_busy:
                    await uow.release()
                    await self._write_revoked(business_id, "Google refused the refresh token")
            return CalendarGrant(
                business_id=business_id,
                refresh_token=row.refresh_token,
                calendar_ids=tuple(row.calendar_ids or ["primary"]),
                write_calendar_id=row.write_calendar_id,
                technician_calendars={str(k): str(v) for k, v in row.technician_calendars.items()},
                revoked=revoked,
                scopes=tuple(row.scopes.split()),
            )

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
