from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx

from switchboard.conversations import service as conversations
from switchboard.core.db import Database
from switchboard.tenancy.context import Actor, issue_tenant_context
from tests.conftest import Tenant
from tests.crm.conftest import make_customer

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


async def seed_call(db: Database, tenant: Tenant, phone: str, channel: str = "voice") -> str:
    """What the voice and SMS flows do: start a conversation and append turns."""
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        convo = await conversations.start_conversation(uow, context, channel, T0, phone=phone)
        turns = [
            ("caller", "My basement is flooding"),
            ("assistant", "I can send someone now."),
            ("caller", "Yes please"),
        ]
        for i, (role, text) in enumerate(turns):
            await conversations.append_message(
                uow, context, convo.id, role, text, T0 + timedelta(seconds=i)
            )
        await conversations.open_callback(
            uow,
            context,
            reason="partial_intake",
            at=T0,
            phone=phone,
            conversation_id=convo.id,
            details="hung up before the address",
        )
        return str(convo.id)


async def test_conversations_and_messages_in_order(
    client: httpx.AsyncClient, tenant: Tenant, db: Database
) -> None:
    customer = await make_customer(client, tenant.owner)
    convo_id = await seed_call(db, tenant, "+19135550142")
    await seed_call(db, tenant, "+19135550999", channel="sms")

    voice = await client.get(
        "/v1/owner/conversations", params={"channel": "voice"}, headers=tenant.owner
    )
    items = voice.json()["items"]
    assert [c["id"] for c in items] == [convo_id]
    assert items[0]["customer_id"] == customer["id"]  # matched by phone
    assert items[0]["started_at"].startswith("2026-03-02T14:00")
    bad = await client.get(
        "/v1/owner/conversations", params={"channel": "fax"}, headers=tenant.owner
    )
    assert bad.status_code == 422

    note = await client.post(
        f"/v1/owner/conversations/{convo_id}/messages",
        json={"text": "Called back, booked"},
        headers=tenant.owner,
    )
    assert note.status_code == 201
    full = (await client.get(f"/v1/owner/conversations/{convo_id}", headers=tenant.owner)).json()
    assert full["channel"] == "voice"
    assert [(m["role"], m["text"]) for m in full["messages"]] == [
        ("caller", "My basement is flooding"),
        ("assistant", "I can send someone now."),
        ("caller", "Yes please"),
        ("owner", "Called back, booked"),
    ]
    assert set(full["messages"][0]) >= {"role", "text", "at"}

    timeline = (
        await client.get(f"/v1/owner/customers/{customer['id']}/timeline", headers=tenant.owner)
    ).json()["items"]
    assert {e["kind"] for e in timeline} == {"conversation", "callback"}


async def test_callback_queue_assign_and_resolve(
    client: httpx.AsyncClient, tenant: Tenant, db: Database
) -> None:
    await seed_call(db, tenant, "+19135550142")
    manual = await client.post(
        "/v1/owner/callbacks",
        json={"phone": "913 555 0150", "reason": "quote_request"},
        headers=tenant.owner,
    )
    assert manual.status_code == 201
    assert manual.json()["phone"] == "+19135550150"
    open_items = (
        await client.get("/v1/owner/callbacks", params={"status": "open"}, headers=tenant.owner)
    ).json()["items"]
    assert len(open_items) == 2
    for field in ("id", "phone", "reason", "status", "created_at"):
        assert field in open_items[0]
    target = next(c for c in open_items if c["reason"] == "partial_intake")
    assigned = await client.post(
        f"/v1/owner/callbacks/{target['id']}/assign", json={"assignee": "Ray"}, headers=tenant.owner
    )
    assert assigned.json()["assignee"] == "Ray"
    done = await client.post(
        f"/v1/owner/callbacks/{target['id']}/resolve",
        json={"resolution": "Booked for Tuesday"},
        headers=tenant.owner,
    )
    assert done.json()["status"] == "done"
    assert done.json()["resolution"] == "Booked for Tuesday"
    still_open = (
        await client.get("/v1/owner/callbacks", params={"status": "open"}, headers=tenant.owner)
    ).json()["items"]
    assert [c["id"] for c in still_open] == [manual.json()["id"]]
    empty = await client.post("/v1/owner/callbacks", json={"reason": "other"}, headers=tenant.owner)
    assert empty.status_code == 422
    bad_status = await client.get(
        "/v1/owner/callbacks", params={"status": "closed"}, headers=tenant.owner
    )
    assert bad_status.status_code == 422
