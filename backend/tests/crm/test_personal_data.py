"""A person can be given everything held about them, and erased, with what the business must
keep (SMS consent evidence, the appointment and its amount) kept in minimal form."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx

from switchboard.conversations import service as conversations
from switchboard.core.clock import FixedClock
from switchboard.messaging import consent
from switchboard.messaging import service as messaging
from switchboard.privacy.service import phone_pseudonym
from switchboard.tenancy.context import Actor, issue_tenant_context
from tests.conftest import Tenant
from tests.crm.conftest import book

PHONE = "+19135550142"
TUESDAY_10 = "2026-03-03T10:00:00-06:00"


async def _seed(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, Any]:
    """A booked customer with a call transcript, a voicemail callback, a STOP and a text
    waiting to be sent, made the way the channels make them."""
    booked = await book(
        client,
        tenant.owner,
        TUESDAY_10,
        customer={"name": "Dana Reyes", "phone": PHONE, "email": "dana@example.com"},
        estimated_value_cents=24_500,
        notes="dog in the yard",
    )
    assert booked.status_code == 201, booked.text
    appointment = booked.json()
    customer_id = appointment["customer"]["id"]
    db = client._transport.app.state.db  # type: ignore[attr-defined]
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    clock = FixedClock(now)
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        convo = await conversations.start_conversation(uow, context, "voice", now, phone=PHONE)
        await conversations.append_message(
            uow, context, convo.id, "caller", "my basement at 12 Oak St is flooding", now
        )
        callback = await conversations.open_callback(
            uow, context, reason="voicemail", at=now, phone=PHONE, conversation_id=convo.id
        )
        callback.transcript = "this is Dana, call me back"
        callback.recording_url = "https://api.twilio.com/recordings/RE1"
        stop = await messaging.record_inbound(
            uow,
            context,
            channel="sms",
            from_addr=PHONE,
            to_addr=tenant.phone_number,
            body="STOP",
            kind="inbound",
            clock=clock,
            provider_id=f"SM{uuid.uuid4().hex}",
        )
        waiting = await messaging.send_sms(
            uow, context, to=PHONE, body="See you Tuesday, Dana", kind="reply", clock=clock
        )
        await consent.opt_out(uow, context, PHONE, now, source="sms_keyword", message_id=stop.id)
    return {
        "customer_id": customer_id,
        "appointment_id": appointment["id"],
        "conversation_id": str(convo.id),
        "callback_id": str(callback.id),
        "stop_id": str(stop.id),
        "waiting_id": str(waiting.id),
    }


async def test_the_export_holds_everything_about_the_person(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    seeded = await _seed(client, tenant)
    response = await client.get(
        f"/v1/owner/customers/{seeded['customer_id']}/personal-data", headers=tenant.owner
    )
    assert response.status_code == 200, response.text
    assert "attachment" in response.headers["content-disposition"]
    doc = response.json()
    assert doc["customer"]["name"] == "Dana Reyes"
    assert doc["customer"]["email"] == "dana@example.com"
    assert [a["id"] for a in doc["appointments"]] == [seeded["appointment_id"]]
    assert doc["appointments"][0]["notes"] == "dog in the yard"
    [convo] = doc["conversations"]
    assert convo["messages"][0]["text"] == "my basement at 12 Oak St is flooding"
    assert doc["callbacks"][0]["transcript"] == "this is Dana, call me back"
    bodies = {m["body"] for m in doc["messages"]}
    assert {"STOP", "See you Tuesday, Dana"} <= bodies
    assert doc["sms_consent"]["opted_out"] is True
    assert any(e["source"] == "sms_keyword" for e in doc["sms_consent_events"])
    assert "business_id" not in json.dumps(doc)


async def test_erasure_removes_the_person_and_keeps_consent_and_the_job_in_minimal_form(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    seeded = await _seed(client, tenant)
    owner = tenant.owner
    erased = await client.post(f"/v1/owner/customers/{seeded['customer_id']}/erase", headers=owner)
    assert erased.status_code == 200, erased.text
    assert erased.json()["appointments_kept"] == 1

    doc = (
        await client.get(
            f"/v1/owner/customers/{seeded['customer_id']}/personal-data", headers=owner
        )
    ).json()
    text = json.dumps(doc)
    for personal in ("Dana", "dana@example.com", PHONE, "Oak St", "dog in the yard", "twilio"):
        assert personal not in text, personal
    pseudonym = phone_pseudonym(uuid.UUID(tenant.id), PHONE)
    assert doc["customer"]["extra"]["phone_pseudonym"] == pseudonym
    # The job and its amount stay (what an invoice is made from).
    [appointment] = doc["appointments"]
    assert appointment["estimated_value_cents"] == 24_500
    assert appointment["start_at"].startswith("2026-03-03T16:00")
    # The consent decision stays as evidence, under the pseudonym, with its STOP text.
    [event] = doc["sms_consent_events"]
    assert (event["opted_out"], event["source"], event["phone"]) == (True, "sms_keyword", pseudonym)
    by_id = {m["id"]: m for m in doc["messages"]}
    assert by_id[seeded["stop_id"]]["body"] == "STOP"
    # The text that had not gone out yet never will.
    assert by_id[seeded["waiting_id"]]["status"] == "blocked"
    assert by_id[seeded["waiting_id"]]["body"] == ""
    assert doc["conversations"][0]["messages"] == []
    assert doc["callbacks"][0]["transcript"] is None
    # The number stays blocked: forgetting the opt-out would let it be texted again. Nothing
    # links it to the erased person any more, so the export no longer shows it.
    assert doc["sms_consent"] is None
    db = client._transport.app.state.db  # type: ignore[attr-defined]
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        assert await consent.is_opted_out(uow, context, PHONE)
    audit = await client.get("/v1/owner/audit", headers=owner)
    assert "customer.erase" in {e["action"] for e in audit.json()["items"]}


async def test_another_tenant_can_neither_export_nor_erase(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    seeded = await _seed(client, tenant)
    path = f"/v1/owner/customers/{seeded['customer_id']}"
    assert (
        await client.get(f"{path}/personal-data", headers=other_tenant.owner)
    ).status_code == 404
    assert (await client.post(f"{path}/erase", headers=other_tenant.owner)).status_code == 404
    still = await client.get(path, headers=tenant.owner)
    assert still.json()["name"] == "Dana Reyes"
