"""Changes since a cursor, as events: `conversation` (a new call, text thread or chat),
`message` (a customer wrote or spoke in one), `booking`, `callback`, and `emergency` (a
conversation the assistant judged one, or an emergency booking), each once per stream."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from switchboard.core.db import UnitOfWork
from switchboard.live.repository import LiveRepository
from switchboard.tenancy.context import TenantContext


@dataclass(frozen=True)
class LiveEvent:
    kind: str
    id: str
    at: datetime
    channel: str | None = None
    detail: str | None = None  # a callback's reason


async def changes_since(uow: UnitOfWork, tenant: TenantContext, since: datetime) -> list[LiveEvent]:
    repo = LiveRepository(uow, tenant)
    events: list[LiveEvent] = []
    for c in await repo.conversations(since):
        events.append(LiveEvent("conversation", str(c.id), c.started_at, channel=c.channel))
    touched: dict[str, datetime] = {e.id: e.at for e in events}
    for m in await repo.customer_messages(since):
        events.append(
            LiveEvent("message", str(m.conversation_id), m.at, channel=m.channel, detail=str(m.id))
        )
        touched[str(m.conversation_id)] = max(touched.get(str(m.conversation_id), m.at), m.at)
    # A conversation becomes an emergency mid-way: looked at again whenever the customer speaks.
    for conversation_id in await repo.emergencies_among(set(touched)):
        events.append(
            LiveEvent("emergency", conversation_id, touched[conversation_id], detail="conversation")
        )
    for b in await repo.bookings(since):
        events.append(LiveEvent("booking", str(b.id), b.created_at))
        if b.is_emergency:
            events.append(LiveEvent("emergency", str(b.id), b.created_at, detail="booking"))
    for cb in await repo.callbacks(since):
        events.append(LiveEvent("callback", str(cb.id), cb.created_at, detail=cb.reason))
    events.sort(key=lambda e: e.at)
    return events
