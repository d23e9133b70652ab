"""`GET /v1/owner/messages` and `GET /v1/owner/messages/{id}`."""

from __future__ import annotations

import uuid

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.jobs.worker import Worker
from switchboard.messaging import service
from tests.conftest import Tenant
from tests.messaging.test_sending import queue_sms
from tests.support import as_tenant


async def test_filters_by_recipient_channel_and_kind(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, clock: FixedClock, worker: Worker
) -> None:
    await queue_sms(db, tenant, clock, to="+19135550142", kind="confirmation")
    await queue_sms(db, tenant, clock, to="+19135550143", kind="reminder")
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await service.send_email(
            uow,
            ctx,
            to="Dana@Example.com",
            subject="Booked",
            body="See you Tuesday.",
            kind="confirmation",
            clock=clock,
            from_addr="no-reply@switchboard.example",
        )
        await service.record_inbound(
            uow,
            ctx,
            channel="sms",
            from_addr="+19135550142",
            to_addr=tenant.phone_number,
            body="Thanks!",
            kind="reply",
            clock=clock,
            provider_id="SMinbound1",
        )
    await worker.drain()

    async def items(**params: str) -> list[dict]:
        response = await client.get("/v1/owner/messages", params=params, headers=tenant.owner)
        assert response.status_code == 200, response.text
        return response.json()["items"]

    assert len(await items()) == 4
    by_phone = await items(to="(913) 555-0142")
    assert [(m["kind"], m["direction"]) for m in by_phone] == [("confirmation", "outbound")]
    assert [m["to"] for m in await items(to="dana@example.com")] == ["dana@example.com"]
    emails = await items(channel="email")
    assert [(m["status"], m["subject"]) for m in emails] == [("sent", "Booked")]
    assert {m["kind"] for m in await items(kind="reminder")} == {"reminder"}
    inbound = [m for m in await items(kind="reply")]
    assert [(m["direction"], m["status"], m["from"]) for m in inbound] == [
        ("inbound", "received", "+19135550142")
    ]
    assert await items(to="nobody") == []


async def test_another_tenants_message_is_not_found(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    other_tenant: Tenant,
    clock: FixedClock,
) -> None:
    message_id = await queue_sms(db, tenant, clock)
    mine = await client.get(f"/v1/owner/messages/{message_id}", headers=tenant.owner)
    assert mine.status_code == 200
    theirs = await client.get(f"/v1/owner/messages/{message_id}", headers=other_tenant.owner)
    assert theirs.status_code == 404
    assert theirs.headers["content-type"].startswith("application/problem+json")
    missing = await client.get(f"/v1/owner/messages/{uuid.uuid4()}", headers=tenant.owner)
    assert missing.status_code == 404
    listing = await client.get("/v1/owner/messages", headers=other_tenant.owner)
    assert listing.json()["items"] == []


async def test_bad_input_is_4xx(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for path, params in (
        ("/v1/owner/messages", {"channel": "fax"}),
        ("/v1/owner/messages", {"limit": "0"}),
        ("/v1/owner/messages", {"to": "x" * 400}),
        ("/v1/owner/messages/not-a-uuid", {}),
    ):
        response = await client.get(path, params=params, headers=tenant.owner)
        assert response.status_code == 422, (path, params, response.status_code)
    assert (await client.get("/v1/owner/messages")).status_code == 401
