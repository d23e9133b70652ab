"""The business's one calendar connection row."""

from __future__ import annotations

from switchboard.models.calendar import CalendarConnection
from switchboard.tenancy.repository import TenantRepository


class ConnectionRepository(TenantRepository[CalendarConnection]):
    model = CalendarConnection

    async def current(self) -> CalendarConnection | None:
        rows = await self.list(limit=1)
        return rows[0] if rows else None
