"""`GET /v1/owner/events`: server-sent events for the dashboard (EventSource, same origin,
the session cookie). Each stream polls the database every LIVE_POLL_S and ends after
LIVE_STREAM_S; the browser reconnects by itself with `Last-Event-ID`, so nothing is missed
between streams and no connection is held forever. Polling the shared database (not an
in-process bus) makes every replica see every change."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Header, Request
from fastapi.responses import StreamingResponse

from switchboard.auth.dependencies import OwnerDep
from switchboard.core.bounds import day_in_range
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep
from switchboard.live import service

router = APIRouter(prefix="/v1/owner", tags=["live"])
# Rows are stamped when their transaction starts and seen when it commits: each poll looks this
# far behind its cursor (events already sent in this stream are skipped), so a slow commit
# stamped before a faster one is not missed. A reconnect may repeat these last seconds' events;
# the page ignores ids it has already handled.
LAG = timedelta(seconds=10)


def _cursor(last_event_id: str | None) -> datetime | None:
    if not last_event_id:
        return None
    try:
        value = datetime.fromisoformat(last_event_id)
    except ValueError:
        return None
    if value.tzinfo is None or not day_in_range(value.date()):
        return None
    return value


def _frame(event: service.LiveEvent, cursor: datetime) -> str:
    data = {"id": event.id, "at": event.at.isoformat(), "channel": event.channel}
    if event.detail is not None and event.kind in ("callback", "emergency"):
        data["detail"] = event.detail
    return f"id: {cursor.isoformat()}\nevent: {event.kind}\ndata: {json.dumps(data)}\n\n"


@router.get(
    "/events",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def live_events(
    request: Request,
    tenant: OwnerDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    last_event_id: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    """New conversations, customer messages, bookings, callbacks and emergencies from now on
    (or since `Last-Event-ID`, give or take the last 10 seconds), as `text/event-stream`."""
    resumed = _cursor(last_event_id)
    start = resumed or clock.now()
    # A fresh stream reports what happens from now on: the page has just loaded the rest.
    floor = start - LAG if resumed else start

    async def stream() -> AsyncIterator[str]:
        cursor = start
        seen: set[tuple[str, str, str | None]] = set()
        deadline = time.monotonic() + settings.live_stream_s
        yield f"retry: {int(settings.live_poll_s * 1000)}\n\n"
        while True:
            async with db.unit_of_work(read_only=True) as uow:
                await uow.bind(tenant)
                events = await service.changes_since(uow, tenant, cursor - LAG)
            for event in events:
                key = (event.kind, event.id, event.detail)
                if key in seen or event.at < floor:
                    continue
                seen.add(key)
                cursor = max(cursor, event.at)
                yield _frame(event, cursor)
            if time.monotonic() >= deadline or await request.is_disconnected():
                return
            yield ": waiting\n\n"
            await asyncio.sleep(settings.live_poll_s)

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"cache-control": "no-store", "x-accel-buffering": "no"},
    )
