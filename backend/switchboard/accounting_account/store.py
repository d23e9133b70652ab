"""The grant store the QuickBooks adapter reads and writes (`integrations.accounting.
quickbooks.GrantStore`), over `accounting_connections`.

The adapter is keyed by business, like the port, and is called outside any transaction (a
job's perform step): each read and write is a short unit of work of its own under an
explicit system scope filtered by the business asked about. Only named columns are read.
Intuit rotates the refresh token on every refresh: the newest is written at once, and only
over the token it replaced (a reconnection meanwhile is never overwritten)."""

from __future__ import annotations

import uuid

import structlog
from sqlalchemy import select

from switchboard.core.clock import Clock, SystemClock
from switchboard.core.db import Database, UnitOfWork
from switchboard.integrations.accounting.intuit_oauth import IntuitTokens
from switchboard.integrations.accounting.quickbooks import QuickBooksGrant
from switchboard.models.accounting import AccountingConnection

log = structlog.get_logger(__name__)
_SCOPE = "accounting grant"


class DatabaseGrantStore:
    def __init__(self, database: Database, clock: Clock | None = None) -> None:
        self._db = database
        self._clock = clock or SystemClock()

    async def grant(self, business_id: uuid.UUID) -> QuickBooksGrant | None:
        c = AccountingConnection
        async with self._db.unit_of_work(read_only=True) as uow, uow.system_scope(_SCOPE):
            row = (
                await uow.session.execute(
                    select(
                        c.realm_id, c.status, c.refresh_token, c.access_token, c.access_expires_at
                    ).where(c.business_id == business_id, c.provider == "quickbooks")
                )
            ).first()
        if row is None:
            return None
        return QuickBooksGrant(business_id, row[0], row[1], row[2], row[3], row[4])

    @staticmethod
    async def _row(uow: UnitOfWork, business_id: uuid.UUID) -> AccountingConnection | None:
        return await uow.session.scalar(
            select(AccountingConnection).where(AccountingConnection.business_id == business_id)
        )

    async def save_tokens(
        self, business_id: uuid.UUID, previous_refresh: str, tokens: IntuitTokens
    ) -> None:
        async with self._db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await self._row(uow, business_id)
            if row is None or row.refresh_token != previous_refresh:
                return  # disconnected or connected again meanwhile: that grant stands
            row.refresh_token = tokens.refresh_token
            row.access_token = tokens.access_token
            row.access_expires_at = tokens.access_expires_at
            row.refresh_expires_at = tokens.refresh_expires_at

    async def mark_expired(self, business_id: uuid.UUID, refresh_token: str, detail: str) -> None:
        from switchboard.accounting_account import upkeep

        now = self._clock.now()
        async with self._db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await self._row(uow, business_id)
            if row is None or row.refresh_token != refresh_token or row.status != "connected":
                return
            row.status, row.status_detail = "expired", detail[:200]
            row.access_token, row.access_expires_at = None, None
            row.last_error, row.last_error_at = detail[:300], now
            await upkeep.tell_owner(uow, business_id, row, now)
        log.warning("accounting_grant_expired", business_id=str(business_id))

    async def record_error(self, business_id: uuid.UUID, detail: str) -> None:
        if self._db.writer_busy:
            return  # a caller holds this process's (SQLite) writer; the error is raised anyway
        async with self._db.unit_of_work() as uow, uow.system_scope(_SCOPE):
            row = await self._row(uow, business_id)
            if row is not None:
                row.last_error, row.last_error_at = detail[:300], self._clock.now()
