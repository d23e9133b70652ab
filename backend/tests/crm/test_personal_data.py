"""A person can be given everything held about them, and erased, with what the business must
keep (SMS consent evidence, the appointment and its amount) kept in minimal form."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import select

from switchboard.businesses import service as businesses
from switchboard.conversations import service as conversations
from switchboard.core.clock import FixedClock
from switchboard.core.crypto import keyring_for
from switchboard.core.db import Database
from switchboard.messaging import consent
from switchboard.messaging import service as messaging
from switchboard.models import Base
from switchboard.privacy.pseudonyms import kept_under_old_keys, phone_pseudonym
from switchboard.sms_channel.flow import handle_inbound
from switchboard.tenancy.context import Actor, issue_tenant_context
from tests.conftest import SECRET_KEY, Tenant, make_settings
from tests.crm.conftest import book

PHONE = "+19135550142"
TUESDAY_10 = "2026-03-03T10:00:00-06:00"


async def _seed(client: httpx.AsyncClient, tenant: Tenant, phone: str = PHONE) -> dict[str, Any]:
    """A booked customer with a call transcript, a voicemail callback, a STOP and a text
    waiting to be sent, made the way the channels make them."""
    booked = await book(
        client,
        tenant.owner,
        TUESDAY_10,
        customer={"name": "Dana Reyes", "phone": phone, "email": "dana@example.com"},
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
        convo = await conversations.start_conversation(uow, context, "voice", now, phone=phone)
        await conversations.append_message(
            uow, context, convo.id, "caller", "my basement at 12 Oak St is flooding", now
        )
        callback = await conversations.open_callback(
            uow, context, reason="voicemail", at=now, phone=phone, conversation_id=convo.id
        )
        callback.transcript = "this is Dana, call me back"
        callback.recording_url = "https://api.twilio.com/recordings/RE1"
        stop = await messaging.record_inbound(
            uow,
            context,
            channel="sms",
            from_addr=phone,
            to_addr=tenant.phone_number,
            body="STOP",
            kind="inbound",
            clock=clock,
            provider_id=f"SM{uuid.uuid4().hex}",
        )
        waiting = await messaging.send_sms(
            uow, context, to=phone, body="See you Tuesday, Dana", kind="reply", clock=clock
        )
        await consent.opt_out(uow, context, phone, now, source="sms_keyword", message_id=stop.id)
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
    db = client._transport.app.state.db  # type: ignore[attr-defined]
    pseudonym = phone_pseudonym(
        keyring_for(db.engine.sync_engine.dialect), uuid.UUID(tenant.id), PHONE
    )
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


async def test_an_erased_opt_out_is_still_honoured_and_its_number_is_nowhere_in_clear(
    client: httpx.AsyncClient, tenant: Tenant, database_url: str
) -> None:
    phone = f"+1816555{random.randint(1000, 9999)}"
    seeded = await _seed(client, tenant, phone)
    erased = await client.post(
        f"/v1/owner/customers/{seeded['customer_id']}/erase", headers=tenant.owner
    )
    assert erased.status_code == 200, erased.text

    # Every table, read as the database owner (no tenant filter, no row-level security):
    # the number is in no row, in any format.
    digits = phone[2:]
    raw = Database(make_settings(database_url, database_app_role=""))
    try:
        async with raw.engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                rows = (await conn.execute(select(table))).all()
                assert not [r for r in rows if digits in repr(tuple(r))], table.name
    finally:
        await raw.dispose()

    # The number texts again: still opted out (logged for the owner, not answered), and a STOP
    # gets no second confirmation.
    db = client._transport.app.state.db  # type: ignore[attr-defined]
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    clock = FixedClock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))

    async def text(body: str) -> str:
        async with db.unit_of_work() as uow:
            await uow.bind(context)
            business = await businesses.get_own_business(uow, context)
            return await handle_inbound(
                uow,
                context,
                business,
                clock,
                None,
                sender=phone,
                body=body,
                message_sid=f"SM{uuid.uuid4().hex}",
            )

    assert await text("hello, is anyone there?") == "logged"
    assert await text("STOP") == "silent"
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        assert await consent.is_opted_out(uow, context, phone)
    # START is a new decision: the number is held again, opted in.
    assert await text("START") == "opt_in"
    async with db.unit_of_work() as uow:
        await uow.bind(context)
        record = await consent.current(uow, context, phone)
        assert record is not None and (record.phone, record.opted_out) == (phone, False)


async def test_an_erased_opt_out_survives_a_key_rotation_while_the_old_key_is_listed(
    client: httpx.AsyncClient, tenant: Tenant, database_url: str
) -> None:
    phone = f"+1816556{random.randint(1000, 9999)}"
    seeded = await _seed(client, tenant, phone)
    erased = await client.post(
        f"/v1/owner/customers/{seeded['customer_id']}/erase", headers=tenant.owner
    )
    assert erased.status_code == 200, erased.text
    context = issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test"))
    new_key = "a-new-secret-key-after-rotation-0123456789"

    async def honoured(**keys: str) -> tuple[bool, int]:
        db = Database(make_settings(database_url, **keys))
        try:
            async with db.unit_of_work() as uow:
                await uow.bind(context)
                out = await consent.is_opted_out(uow, context, phone)
            return out, await kept_under_old_keys(db)
        finally:
            await db.dispose()

    before, under_old = await honoured()
    rotated, now_under_old = await honoured(secret_key=new_key, secret_key_previous=SECRET_KEY)
    assert before and rotated
    # `rotate-secrets` reports it: this pseudonym needs the old key to stay listed.
    assert now_under_old >= under_old + 1
    # Dropping the old key forgets it: why the count is reported.
    assert await honoured(secret_key=new_key) == (False, now_under_old)
