"""The dashboard's live stream: what happened since the cursor arrives as server-sent events,
each once, an emergency flagged, the other tenant's never."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx

from switchboard.conversations import service as conversations
from switchboard.core.db import Database
from tests.conftest import Tenant
from tests.support import as_tenant


def parse(stream: str) -> list[tuple[str, str, dict[str, str]]]:
    """(id, event, data) of each event frame."""
    frames = []
    for block in stream.split("\n\n"):
        fields = dict(
            line.split(": ", 1) for line in block.splitlines() if ": " in line and line[0] != ":"
        )
        if "event" in fields:
            frames.append((fields["id"], fields["event"], json.loads(fields["data"])))
    return frames


async def seed(db: Database, tenant: Tenant, at: datetime, *, emergency: bool) -> str:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        convo = await conversations.start_conversation(uow, ctx, "sms", at, phone="+19135550160")
        convo.state = {"emergency": emergency}
        await conversations.append_message(uow, ctx, convo.id, "caller", "water everywhere", at)
        await conversations.open_callback(
            uow, ctx, reason="handoff", at=at, phone="+19135550160", conversation_id=convo.id
        )
        return str(convo.id)


async def test_changes_since_the_cursor_arrive_once_and_only_the_tenants_own(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    now = datetime.now(UTC)
    before = now - timedelta(minutes=5)
    old = await seed(db, tenant, now - timedelta(hours=1), emergency=False)
    flood = await seed(db, tenant, now - timedelta(minutes=1), emergency=True)
    theirs = await seed(db, other_tenant, now - timedelta(minutes=1), emergency=True)
    response = await client.get(
        "/v1/owner/events", headers={**tenant.owner, "Last-Event-ID": before.isoformat()}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["cache-control"] == "no-store"
    frames = parse(response.text)
    kinds = [(kind, data["id"]) for _, kind, data in frames]
    assert ("conversation", flood) in kinds and ("message", flood) in kinds
    assert ("emergency", flood) in kinds and kinds.count(("emergency", flood)) == 1
    assert any(kind == "callback" for kind, _ in kinds)
    assert all(i not in (old, theirs) for _, i in kinds)
    # Each frame's id is a cursor a reconnect resumes from (give or take 10 seconds).
    last = datetime.fromisoformat(frames[-1][0]) + timedelta(seconds=11)
    again = await client.get(
        "/v1/owner/events", headers={**tenant.owner, "Last-Event-ID": last.isoformat()}
    )
    assert parse(again.text) == []
    # No personal data in the stream: ids, times, channels, reasons.
    assert "water" not in response.text and "+1913" not in response.text


async def test_a_stream_without_a_cursor_starts_now_and_a_bad_cursor_is_ignored(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    await seed(db, tenant, datetime.now(UTC) - timedelta(minutes=1), emergency=True)
    # Seconds before the page opened its stream: already on the page, not "new".
    await seed(db, tenant, datetime.now(UTC) - timedelta(seconds=2), emergency=True)
    fresh = await client.get("/v1/owner/events", headers=tenant.owner)
    assert fresh.status_code == 200 and parse(fresh.text) == []
    for junk in ("yesterday", "0001-01-01T00:00:00+00:00", "2026-01-01T00:00:00"):
        response = await client.get(
            "/v1/owner/events", headers={**tenant.owner, "Last-Event-ID": junk}
        )
        assert response.status_code == 200 and parse(response.text) == []
    assert uuid.UUID(tenant.id)
