"""The event inbox: every provider event is stored once, by its id, then processed by a job.

The webhook only verifies, stores and enqueues (so Stripe gets its answer at once); the
offline provider's simulated events enter here too (`collect`), so both go one way. A repeat
of an event id is counted and changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import structlog

from switchboard.billing import repository
from switchboard.core.clock import Clock
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.errors import InvalidInput
from switchboard.integrations.errors import ProviderError
from switchboard.integrations.payments.port import PaymentsPort
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, RetryLater, Steps, registry

PROCESS_JOB = "billing.event"
COLLECT_JOB = "billing.collect"

log = structlog.get_logger("switchboard.billing")


async def receive(uow: UnitOfWork, event: dict[str, Any], now: datetime) -> bool:
    """Store a verified event and enqueue its processing. True when the id is new."""
    event_ref = event.get("id")
    event_type = event.get("type")
    if not isinstance(event_ref, str) or not isinstance(event_type, str) or not event_ref:
        raise InvalidInput("An event needs an id and a type.")
    obj = (event.get("data") or {}).get("object") if isinstance(event.get("data"), dict) else None
    object_ref = obj.get("id") if isinstance(obj, dict) else None
    async with uow.system_scope("billing inbox"):
        new = await repository.store_event(
            uow,
            event_ref[:120],
            {
                "type": event_type[:80],
                "object_ref": str(object_ref)[:120] if object_ref else None,
                "status": "received",
                "payload": event,
            },
            now,
        )
        if new:
            await queue.enqueue(
                uow,
                PROCESS_JOB,
                {"event_ref": event_ref[:120]},
                idempotency_key=f"{PROCESS_JOB}:{event_ref[:120]}",
                now=now,
            )
    return new


async def collect(database: Database, payments: PaymentsPort, clock: Clock) -> int:
    """Bring the provider's undelivered events (the offline provider's simulated webhooks)
    into the inbox. Returns how many were new."""
    events = await payments.undelivered_events()
    if not events:
        return 0
    new = 0
    async with database.unit_of_work() as uow:
        for event in events:
            new += await receive(uow, event, clock.now())
    await payments.mark_delivered([str(e["id"]) for e in events])
    return new


async def _collect_prepare(ctx: JobContext) -> dict[str, Any]:
    return {}


async def _collect_perform(_: dict[str, Any], services: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        events: list[dict[str, Any]] = await services["providers"].payments.undelivered_events()
    except ProviderError as exc:
        raise RetryLater(str(exc)) from exc
    return events


async def _collect_record(ctx: JobContext, _: Any, events: list[dict[str, Any]]) -> None:
    for event in events:
        await receive(ctx.uow, event, ctx.clock.now())
    payments = ctx.services["providers"].payments
    refs = [str(e["id"]) for e in events]

    async def delivered() -> None:
        await payments.mark_delivered(refs)

    if refs:
        ctx.uow.after_close(delivered)


registry.in_steps(COLLECT_JOB, Steps(_collect_prepare, _collect_perform, _collect_record))
registry.every(COLLECT_JOB, timedelta(minutes=1))
