"""The business's one accounting connection row."""

from __future__ import annotations

from switchboard.models.accounting import AccountingConnection
from switchboard.tenancy.repository import TenantRepository


class ConnectionRepository(TenantRepository[AccountingConnection]):
    model = AccountingConnection

    async def current(self) -> AccountingConnection | None:
        rows = await self.list(limit=1)
        return rows[0] if rows else None
