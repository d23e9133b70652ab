"""Idempotent webhooks: a delivery retried with the same token has its effect once.

`claim` records the token in the request's own transaction. If the token was already
recorded, the caller gets the stored answer back and must not act again. On PostgreSQL a
concurrent duplicate waits on the unique index until the first transaction ends."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Table, select, update
from sqlalchemy.dialects import postgresql, sqlite

from switchboard.core.db import UnitOfWork
from switchboard.models.webhook_receipt import WebhookReceipt

# Written as a table, not through the ORM: a receipt is never loaded as an object, and the
# ORM's bulk-statement path cost more than the statements on every webhook.
_RECEIPTS: Table = WebhookReceipt.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Claim:
    key: str
    replay: str | None  # the stored answer of an earlier identical delivery

    @property
    def is_replay(self) -> bool:
        return self.replay is not None


async def claim(uow: UnitOfWork, key: str, now: datetime) -> Claim:
    # webhook_receipts is a system table without a tenant column the guard or row-level
    # security would filter on, so no system scope is needed (nor its extra statements).
    insert = postgresql.insert if uow.dialect == "postgresql" else sqlite.insert
    result = await uow.session.execute(
        insert(_RECEIPTS)
        .values(id=uuid.uuid4(), key=key[:200], created_at=now)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    if getattr(result, "rowcount", 1):
        return Claim(key, None)
    stored = (
        await uow.session.execute(
            select(WebhookReceipt.response).where(WebhookReceipt.key == key[:200])
        )
    ).scalar_one_or_none()
    return Claim(key, stored or "")


async def seen(uow: UnitOfWork, key: str) -> bool:
    """Whether a delivery with this key was already taken (a read, for a read-only unit of
    work: skip slow work, such as asking a model, that `claim` would then refuse)."""
    found = await uow.session.execute(
        select(_RECEIPTS.c.id).where(_RECEIPTS.c.key == key[:200]).limit(1)
    )
    return found.first() is not None


async def remember(uow: UnitOfWork, key: str, response: str, business_id: uuid.UUID | None) -> None:
    stored = await uow.session.execute(
        update(_RECEIPTS)
        .where(_RECEIPTS.c.key == key[:200])
        .values(response=response, business_id=business_id)
    )
    if not getattr(stored, "rowcount", 1):
        raise LookupError("remember() without a claim in this transaction")
