"""The dashboard's inbox: conversations filtered to what needs the owner (emergencies, not
booked, waiting for a reply), and the owner's reply by text as the business."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx

from switchboard.conversations import service as conversations
from switchboard.core.db import Database
from switchboard.tenancy.context import Actor, issue_tenant_context
from tests.conftest import Tenant

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


async def seed(
    db: Database,
    tenant: Tenant,
    channel: str,
    roles: list[str],
    *,
    phone: str | None = "+19135550142",
    state: dict[str, object] | None = None,
) -> str:
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        convo = await conversations.start_conversation(uow, context, channel, T0, phone=phone)
        convo.state = state or {}
        for i, role in enumerate(roles):
            await conversations.append_message(
                uow, context, convo.id, role, f"{role} {i}", T0 + timedelta(seconds=i)
            )
        return str(convo.id)


async def ids(client: httpx.AsyncClient, tenant: Tenant, **params: str) -> set[str]:
    response = await client.get("/v1/owner/conversations", params=params, headers=tenant.owner)
    assert response.status_code == 200, response.text
    return {c["id"] for c in response.json()["items"]}


async def test_filters_find_emergencies_bookings_and_waiting_customers(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    flood = await seed(
        db,
        tenant,
        "voice",
        ["caller", "assistant"],
        state={"emergency": True, "outcome": "booked", "appointment_id": str(uuid.uuid4())},
    )
    waiting = await seed(db, tenant, "sms", ["caller", "assistant", "caller"])
    answered = await seed(
        db, tenant, "sms", ["caller", "assistant"], state={"outcome": "message_taken"}
    )
    chat = await seed(db, tenant, "web", ["caller"], phone=None)
    theirs = await seed(db, other_tenant, "sms", ["caller"], state={"emergency": True})

    assert await ids(client, tenant, emergency="true") == {flood}
    assert await ids(client, tenant, emergency="false") == {waiting, answered, chat}
    assert await ids(client, tenant, booked="true") == {flood}
    assert await ids(client, tenant, booked="false") == {waiting, answered, chat}
    assert await ids(client, tenant, needs_reply="true") == {waiting, chat}
    assert await ids(client, tenant, needs_reply="true", channel="sms") == {waiting}
    assert theirs not in await ids(client, tenant)
    items = {
        c["id"]: c
        for c in (await client.get("/v1/owner/conversations", headers=tenant.owner)).json()["items"]
    }
    assert items[flood]["emergency"] and items[flood]["booked"]
    assert items[flood]["outcome"] == "booked"
    assert items[waiting]["needs_reply"] and not items[answered]["needs_reply"]
    bad = await client.get(
        "/v1/owner/conversations", params={"needs_reply": "maybe"}, headers=tenant.owner
    )
    assert bad.status_code == 422


async def test_owner_replies_by_text_as_the_business(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    waiting = await seed(db, tenant, "sms", ["caller"], phone="+19135550143")
    response = await client.post(
        f"/v1/owner/conversations/{waiting}/sms",
        json={"text": "We can come at 3 today."},
        headers=tenant.owner,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    last = body["messages"][-1]
    assert last["role"] == "owner" and last["text"] == "We can come at 3 today."
    assert last["meta"]["sent_as"] == "sms" and last["meta"]["status"] in ("queued", "sent")
    assert body["needs_reply"] is False
    sent = await client.get(
        "/v1/owner/messages", params={"to": "+19135550143"}, headers=tenant.owner
    )
    texts = [m for m in sent.json()["items"] if m["kind"] == "reply"]
    assert texts and texts[0]["body"] == "We can come at 3 today."
    audit = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    assert audit[0]["action"] == "conversation.sms"

    # Bad input, a chat with no number, and the other tenant.
    empty = await client.post(
        f"/v1/owner/conversations/{waiting}/sms", json={"text": ""}, headers=tenant.owner
    )
    assert empty.status_code == 422
    chat = await seed(db, tenant, "web", ["caller"], phone=None)
    no_number = await client.post(
        f"/v1/owner/conversations/{chat}/sms", json={"text": "hi"}, headers=tenant.owner
    )
    assert no_number.status_code == 409
    assert no_number.json()["type"].endswith("no-number-to-text")
    other = await client.post(
        f"/v1/owner/conversations/{waiting}/sms", json={"text": "hi"}, headers=other_tenant.owner
    )
    assert other.status_code == 404


async def test_a_reply_to_an_opted_out_number_is_not_sent(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    phone = "+19135550144"
    created = await client.post(
        "/v1/owner/customers", json={"name": "Stop Me", "phone": phone}, headers=tenant.owner
    )
    customer = created.json()["id"]
    consent = await client.put(
        f"/v1/owner/customers/{customer}/sms-consent",
        json={"granted": False, "method": "owner", "evidence": "asked us not to text"},
        headers=tenant.owner,
    )
    assert consent.status_code == 200, consent.text
    convo = await seed(db, tenant, "voice", ["caller"], phone=phone)
    response = await client.post(
        f"/v1/owner/conversations/{convo}/sms", json={"text": "hello"}, headers=tenant.owner
    )
    assert response.status_code == 201
    assert response.json()["messages"][-1]["meta"]["status"] == "blocked"
