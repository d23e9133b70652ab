"""Inbound texts the assessment sent: after STOP, a NUL character, a huge body, a sender with
no usable number. Each is kept and none gets an automated answer it should not."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.jobs.worker import Worker
from tests.channels.conftest import messages, sms_params, twilio_post, voice_tenant
from tests.conftest import Tenant

CUSTOMER = "+19135550142"


async def _text(
    client: httpx.AsyncClient, clock: FixedClock, tenant: Tenant, body: str, sender: str = CUSTOMER
) -> httpx.Response:
    clock.advance(timedelta(seconds=30))
    response = await twilio_post(
        client, "/twilio/sms", sms_params(sender, tenant.phone_number, body)
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/xml")
    return response


async def _thread(client: httpx.AsyncClient, tenant: Tenant) -> list[dict[str, object]]:
    listed = (await client.get("/v1/owner/conversations?channel=sms", headers=tenant.owner)).json()[
        "items"
    ]
    assert len(listed) == 1
    detail = await client.get(f"/v1/owner/conversations/{listed[0]['id']}", headers=tenant.owner)
    return list(detail.json()["messages"])


async def test_after_stop_texts_are_kept_for_the_owner_and_never_answered(
    client: httpx.AsyncClient, clock: FixedClock, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    await _text(client, clock, tenant, "STOP")
    reply = await _text(client, clock, tenant, "my water heater is leaking can someone come")
    assert "<Message" not in reply.text
    await worker.drain()
    out = [m for m in await messages(client, tenant, to=CUSTOMER) if m["direction"] == "outbound"]
    assert [m["kind"] for m in out] == ["opt_out"]  # the one confirmation, nothing after
    inbound = [m for m in await messages(client, tenant) if m["direction"] == "inbound"]
    assert next(m["body"] for m in inbound) == "my water heater is leaking can someone come"
    thread = await _thread(client, tenant)
    assert [(m["role"], m["text"]) for m in thread] == [
        ("caller", "my water heater is leaking can someone come")
    ]
    # START again: the assistant answers the next text.
    await _text(client, clock, tenant, "START")
    await _text(client, clock, tenant, "do you fix water heaters")
    await worker.drain()
    kinds = [
        m["kind"]
        for m in await messages(client, tenant, to=CUSTOMER)
        if m["direction"] == "outbound"
    ]
    assert kinds.count("reply") == 2  # "subscribed again", then the assistant's answer


async def test_a_nul_character_is_dropped_and_the_text_kept_and_answered(
    client: httpx.AsyncClient, clock: FixedClock, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    await _text(client, clock, tenant, "hi\x00 do you do drain cleaning")
    await worker.drain()
    inbound = [m for m in await messages(client, tenant) if m["direction"] == "inbound"]
    assert [m["body"] for m in inbound] == ["hi do you do drain cleaning"]
    replies = [m for m in await messages(client, tenant, to=CUSTOMER) if m["kind"] == "reply"]
    assert len(replies) == 1 and replies[0]["status"] == "sent"


async def test_a_huge_body_is_capped_and_answered_quickly(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    tenant = await voice_tenant(client)
    body = "my sink is clogged " + "a" * 900_000
    await _text(client, clock, tenant, body)
    inbound = [m for m in await messages(client, tenant) if m["direction"] == "inbound"]
    assert len(inbound) == 1 and inbound[0]["body"] == body[:5000]
    thread = await _thread(client, tenant)
    said = [str(m["text"]) for m in thread if m["role"] == "caller"]
    assert said == [body[:1600]]


@pytest.mark.parametrize("sender", ["Anonymous", "Restricted", "+266696687", "", "Unavailable"])
async def test_a_text_without_a_usable_sender_is_answered_with_twiml(
    client: httpx.AsyncClient, clock: FixedClock, sender: str
) -> None:
    tenant = await voice_tenant(client)
    params = sms_params(sender, tenant.phone_number, "hello", "SM" + uuid.uuid4().hex)
    response = await twilio_post(client, "/twilio/sms", params)
    assert response.status_code == 200 and "<Response" in response.text
