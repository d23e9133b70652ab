"""An emergency page the owner does not acknowledge goes to the backup number, once."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.jobs.worker import Worker
from tests.channels.conftest import Call, messages, sms_params, twilio_post, voice_tenant
from tests.conftest import Tenant

OWNER = "+19135550199"
BACKUP = "+19135550188"
CUSTOMER = "+19135550142"


async def _emergency(client: httpx.AsyncClient, **settings: object) -> Tenant:
    tenant = await voice_tenant(client, backup_phone=BACKUP, **settings)
    call = Call(client, tenant.phone_number, sid="CA" + uuid.uuid4().hex)
    await call.start()
    await call.say("i smell gas in the kitchen")
    pages = await messages(client, tenant, kind="owner_alert", to=OWNER)
    assert len(pages) == 1 and "EMERGENCY" in pages[0]["body"]
    return tenant


async def _text(client: httpx.AsyncClient, tenant: Tenant, sender: str, body: str) -> None:
    params = sms_params(sender, tenant.phone_number, body)
    assert (await twilio_post(client, "/twilio/sms", params)).status_code == 200


async def _audit(client: httpx.AsyncClient, tenant: Tenant) -> list[str]:
    items = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    return [e["action"] for e in items if e["action"].startswith("alert.")]


@pytest.mark.parametrize("reply", ["1", "OK", "ok!", " Okay. "])
async def test_acknowledged_page_is_not_escalated(
    client: httpx.AsyncClient, clock: FixedClock, worker: Worker, reply: str
) -> None:
    tenant = await _emergency(client)
    clock.advance(timedelta(minutes=2))
    await _text(client, tenant, OWNER, reply)
    clock.advance(timedelta(minutes=10))
    await worker.drain()
    assert await messages(client, tenant, to=BACKUP) == []
    # The owner's "1" is not a customer: no conversation, just a short receipt.
    assert (await client.get("/v1/owner/conversations?channel=sms", headers=tenant.owner)).json()[
        "items"
    ] == []
    receipts = await messages(client, tenant, to=OWNER, kind="reply")
    assert len(receipts) == 1 and "acknowledged" in receipts[0]["body"]
    actions = await _audit(client, tenant)
    assert "alert.acknowledged" in actions and "alert.escalation_cancelled" in actions


async def test_unacknowledged_page_goes_to_the_backup_once_after_n_minutes(
    client: httpx.AsyncClient, clock: FixedClock, worker: Worker
) -> None:
    tenant = await _emergency(client, escalation_minutes=10)
    # Something else from the owner is not an acknowledgement, and starts no conversation.
    await _text(client, tenant, OWNER, "who is this about? ok call them")
    clock.advance(timedelta(minutes=9))
    await worker.drain()
    assert await messages(client, tenant, to=BACKUP) == []
    clock.advance(timedelta(minutes=2))
    await worker.drain()
    clock.advance(timedelta(minutes=30))
    await worker.drain()
    backup = await messages(client, tenant, to=BACKUP)
    assert len(backup) == 1
    assert backup[0]["kind"] == "owner_alert" and backup[0]["status"] == "sent"
    assert "not acknowledged" in backup[0]["body"] and "10 min" in backup[0]["body"]
    actions = await _audit(client, tenant)
    assert actions.count("alert.escalated") == 1 and "alert.escalation_scheduled" in actions
    assert (await client.get("/v1/owner/conversations?channel=sms", headers=tenant.owner)).json()[
        "items"
    ] == []


async def test_an_acknowledgement_before_the_page_does_not_count(
    client: httpx.AsyncClient, clock: FixedClock, worker: Worker
) -> None:
    tenant = await voice_tenant(client, backup_phone=BACKUP)
    await _text(client, tenant, OWNER, "ok")
    clock.advance(timedelta(minutes=1))
    call = Call(client, tenant.phone_number, sid="CA" + uuid.uuid4().hex)
    await call.start()
    await call.say("i smell gas in the kitchen")
    clock.advance(timedelta(minutes=6))
    await worker.drain()
    assert len(await messages(client, tenant, to=BACKUP)) == 1


async def test_a_customer_texting_ok_is_still_a_customer(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await _emergency(client)
    await _text(client, tenant, CUSTOMER, "ok")
    conversations = (
        await client.get("/v1/owner/conversations?channel=sms", headers=tenant.owner)
    ).json()["items"]
    assert len(conversations) == 1
