"""Texting the business: carrier keywords, memory across messages, YES to confirm."""

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


_CLOCK: list[FixedClock] = []


@pytest.fixture(autouse=True)
def _moving_clock(clock: FixedClock) -> None:
    _CLOCK[:] = [clock]


async def text(
    client: httpx.AsyncClient,
    tenant: Tenant,
    body: str,
    sid: str | None = None,
    sender: str = CUSTOMER,
) -> httpx.Response:
    # A text is a little later than the one before, so the log reads in order.
    _CLOCK[0].advance(timedelta(seconds=30))
    params = sms_params(sender, tenant.phone_number, body, sid)
    response = await twilio_post(client, "/twilio/sms", params)
    assert response.status_code == 200, response.text
    assert "<Response" in response.text
    return response


async def replies(client: httpx.AsyncClient, tenant: Tenant) -> list[dict[str, object]]:
    out = await messages(client, tenant, to=CUSTOMER, channel="sms")
    return sorted(
        (m for m in out if m["direction"] == "outbound"), key=lambda m: str(m["created_at"])
    )


@pytest.mark.parametrize(
    "word",
    [
        "STOP",
        "stop",
        "Stop.",
        " STOP! ",
        "stopall",
        "UNSUBSCRIBE",
        "end",
        "Quit",
        "cancel",
        "REVOKE",
        "optout",
        "opt-out",
    ],
)
async def test_every_opt_out_keyword_opts_out_with_one_confirmation(
    client: httpx.AsyncClient, word: str
) -> None:
    tenant = await voice_tenant(client)
    made = await client.post(
        "/v1/owner/customers", json={"name": "Dana", "phone": CUSTOMER}, headers=tenant.owner
    )
    assert made.status_code == 201, made.text
    await text(client, tenant, word)
    sent = await replies(client, tenant)
    assert [m["kind"] for m in sent] == ["opt_out"]
    customer = (
        await client.get(f"/v1/owner/customers/{made.json()['id']}", headers=tenant.owner)
    ).json()
    assert customer["sms_opt_out"] is True
    # Nothing else reaches the number, not even an answer to a question.
    await text(client, tenant, "what are your hours")
    await text(client, tenant, word)
    after = await replies(client, tenant)
    assert [m["kind"] for m in after if m["status"] != "blocked"] == ["opt_out"]


async def test_start_opts_back_in_and_help_answers(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    await text(client, tenant, "STOP")
    await text(client, tenant, "start")
    await text(client, tenant, "HELP")
    kinds = [m["kind"] for m in await replies(client, tenant) if m["status"] != "blocked"]
    assert kinds == ["opt_out", "reply", "help"]
    help_text = (await replies(client, tenant))[-1]["body"]
    assert "Bristol Plumbing" in str(help_text) and "STOP" in str(help_text)


async def test_a_sentence_with_stop_in_it_is_not_an_opt_out(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    await text(client, tenant, "please stop by tomorrow to look at my drain")
    kinds = [m["kind"] for m in await replies(client, tenant)]
    assert "opt_out" not in kinds and kinds == ["reply"]


async def test_booking_entirely_by_text_remembers_the_thread(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await voice_tenant(client)
    await text(client, tenant, "hi my kitchen drain is clogged")
    await text(client, tenant, "tomorrow afternoon works")
    await text(client, tenant, "the first one")
    await text(client, tenant, "Dana Smith")
    await text(client, tenant, "4410 West 75th Street, Prairie Village KS")
    await text(client, tenant, "yes")
    bodies = [str(m["body"]) for m in await replies(client, tenant)]
    assert "when" in bodies[0].lower()
    assert "Tuesday" in bodies[1]
    assert "name" in bodies[2].lower()
    assert "address" in bodies[3].lower()
    # The address, the last detail, books the time taken; the "yes" after it only closes.
    assert "You're booked" in bodies[4] and "just reply here" in bodies[4]
    assert "all set" not in bodies[5]
    appointments = (await client.get("/v1/owner/appointments", headers=tenant.owner)).json()
    assert len(appointments["items"]) == 1
    assert appointments["items"][0]["start"].startswith("2026-03-03T1")


async def test_yes_confirms_the_next_appointment(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    booked = await client.post(
        "/v1/owner/appointments",
        headers=tenant.owner,
        json={
            "customer": {"name": "Dana", "phone": CUSTOMER},
            "start": "2026-03-04T10:00:00-06:00",
            "duration_minutes": 60,
            "address": "12 Oak St",
        },
    )
    assert booked.status_code == 201, booked.text
    await text(client, tenant, "YES")
    appointment = (
        await client.get(f"/v1/owner/appointments/{booked.json()['id']}", headers=tenant.owner)
    ).json()
    assert appointment["status"] == "confirmed"
    assert "confirmed" in str((await replies(client, tenant))[-1]["body"])


async def test_repeated_delivery_is_handled_once(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    sid = "SM" + uuid.uuid4().hex
    await text(client, tenant, "my water heater is leaking", sid=sid)
    await text(client, tenant, "my water heater is leaking", sid=sid)
    inbound = [
        m for m in await messages(client, tenant, channel="sms") if m["direction"] == "inbound"
    ]
    assert len(inbound) == 1
    assert len(await replies(client, tenant)) == 1


async def test_lockdown_sends_no_automated_reply(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    await text(client, tenant, "hello is anyone there")
    assert [m for m in await replies(client, tenant) if m["status"] != "blocked"] == []
    inbound = [m for m in await messages(client, tenant) if m["direction"] == "inbound"]
    assert len(inbound) == 1  # still logged for the owner


async def test_unsigned_sms_is_refused(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    response = await client.post(
        "/twilio/sms",
        data=sms_params(CUSTOMER, tenant.phone_number, "hi", "SM1"),
    )
    assert response.status_code == 403
    assert await messages(client, tenant) == []
