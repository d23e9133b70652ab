"""Business-hours routing: ring the owner or office first, the assistant after no answer or
outside hours."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from tests.channels.conftest import PUBLIC, Call, TwiML, twilio_post, voice_tenant

# The conftest clock: Monday 2 March 2026, 09:00 in Chicago (open 08:00-17:00).
OFFICE = "+19135550155"


async def _ring_first(call: Call) -> TwiML:
    twiml = await call.start()
    dial = twiml.find("Dial")
    assert dial is not None, twiml.text
    return twiml


async def test_during_hours_the_office_rings_first(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, ring_owner_seconds=15, office_number=OFFICE)
    twiml = await _ring_first(Call(client, tenant.phone_number))
    dial = twiml.find("Dial")
    assert dial is not None
    assert dial.attrib["timeout"] == "15"
    assert dial.attrib["action"] == PUBLIC + "/twilio/voice/unanswered"
    assert dial.attrib["callerId"] == tenant.phone_number
    number = dial.find("Number")
    assert number is not None and number.text == OFFICE
    assert twiml.find("Gather") is None  # nobody talks to the assistant yet


async def test_without_an_office_number_the_owner_rings(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, ring_owner_seconds=20)
    twiml = await _ring_first(Call(client, tenant.phone_number))
    number = twiml.find("Dial/Number")
    assert number is not None and number.text == "+19135550199"


@pytest.mark.parametrize("status", ["no-answer", "busy", "failed"])
async def test_no_answer_hands_the_call_to_the_assistant(
    client: httpx.AsyncClient, status: str
) -> None:
    tenant = await voice_tenant(client, ring_owner_seconds=15, office_number=OFFICE)
    call = Call(client, tenant.phone_number)
    twiml = await _ring_first(call)
    response = await twilio_post(client, twiml.action("Dial"), call.dial_params(status))
    greeting = call._remember(TwiML.parse(response))
    assert greeting.said().startswith("Thanks for calling Bristol Plumbing")
    assert call.next_url and "/twilio/voice/turn?c=" in call.next_url
    # And the conversation carries on like any other call.
    assert (await call.say("what are your hours")).find("Gather") is not None


async def test_an_answered_ring_ends_with_empty_twiml(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, ring_owner_seconds=15, office_number=OFFICE)
    call = Call(client, tenant.phone_number)
    twiml = await _ring_first(call)
    response = await twilio_post(client, twiml.action("Dial"), call.dial_params("completed"))
    answered = TwiML.parse(response)
    assert len(answered.root) == 0, answered.text
    conversations = (
        await client.get("/v1/owner/conversations?channel=voice", headers=tenant.owner)
    ).json()["items"]
    assert conversations == []


async def test_outside_hours_the_assistant_answers_directly(
    client: httpx.AsyncClient, clock: FixedClock
) -> None:
    tenant = await voice_tenant(client, ring_owner_seconds=15, office_number=OFFICE)
    clock.advance(timedelta(hours=10))  # 19:00 in Chicago
    twiml = await Call(client, tenant.phone_number).start()
    assert twiml.find("Dial") is None
    assert twiml.find("Gather") is not None
    assert twiml.said().startswith("Thanks for calling Bristol Plumbing")


async def test_ringing_first_is_off_by_default(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    twiml = await Call(client, tenant.phone_number).start()
    assert twiml.find("Dial") is None and twiml.find("Gather") is not None
