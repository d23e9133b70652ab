"""The owner calling their own business number: the PIN (caller ID can be spoofed), the
briefing, and "press 1 to have it texted"."""

from __future__ import annotations

import httpx

from switchboard.jobs.worker import Worker
from tests.channels.conftest import Call, messages, voice_tenant

OWNER = "+19135550199"
PIN = "4821"


async def _book_tomorrow_morning(client: httpx.AsyncClient, to: str) -> None:
    call = Call(client, to)
    await call.start()
    await call.say(
        "hi my water heater is leaking this is dana at 12 oak street olathe "
        "can someone come tomorrow morning"
    )
    await call.say("the first one")
    done = await call.say("yes please")
    assert "all set" in done.said(), done.said()


async def test_owner_hears_the_schedule_and_gets_it_texted(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    tenant = await voice_tenant(client, owner_pin=PIN)
    await _book_tomorrow_morning(client, tenant.phone_number)
    owner = Call(client, tenant.phone_number, caller=OWNER)
    asked = await owner.start()
    assert "PIN" in asked.said() and "Tomorrow" not in asked.said()
    pin = asked.find("Gather")
    assert pin is not None and pin.attrib["finishOnKey"] == "#" and "numDigits" not in pin.attrib
    briefing = await owner.say(digits=PIN)
    said = briefing.said()
    assert "Today: no jobs." in said and "Tomorrow: 1 job. 8" in said, said
    assert "0 open callbacks" in said and "Press 1" in said
    gather = briefing.find("Gather")
    assert gather is not None and gather.attrib["input"] == "dtmf"
    assert owner.next_url and owner.next_url.endswith("/twilio/voice/owner")

    bye = await owner.say(digits="1")
    assert bye.find("Hangup") is not None and "Texted" in bye.said()
    await worker.drain()
    texted = await messages(client, tenant, kind="owner_briefing")
    assert len(texted) == 1 and texted[0]["to"] == OWNER and texted[0]["status"] == "sent"
    assert "Tomorrow: 1 job." in texted[0]["body"]
    # The owner's own call is not a missed call or a customer conversation.
    assert (await owner.end()).status_code == 200
    assert (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"] == []


async def test_owner_line_without_a_key_just_says_goodbye(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, owner_pin=PIN)
    owner = Call(client, tenant.phone_number, caller=OWNER)
    await owner.start()
    await owner.say(digits=PIN)
    bye = await owner.say()  # silence: actionOnEmptyResult posts with no Digits
    assert bye.find("Hangup") is not None and "Texted" not in bye.said()
    assert await messages(client, tenant, kind="owner_briefing") == []


async def test_only_the_owner_can_ask_for_the_briefing(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    stranger = Call(client, tenant.phone_number)
    stranger.next_url = "/twilio/voice/owner"
    answer = await stranger.say(digits="1")
    assert answer.find("Say") is None
    assert await messages(client, tenant, kind="owner_briefing") == []


async def test_without_a_pin_no_job_is_read_and_the_owner_hears_how_to_set_one(
    client: httpx.AsyncClient, worker: Worker
) -> None:
    """Anyone can make a call show the owner's number: with no PIN set the line reads nothing
    out; it offers only the text, which goes to the owner's own phone."""
    tenant = await voice_tenant(client)
    await _book_tomorrow_morning(client, tenant.phone_number)
    spoofed = Call(client, tenant.phone_number, caller=OWNER)
    said = (await spoofed.start()).said()
    assert "Today" not in said and "Tomorrow" not in said and "callback" not in said
    assert "set an owner PIN in your business settings" in said
    texted = await spoofed.say(digits="1")
    assert "Texted" in texted.said()
    await worker.drain()
    sent = await messages(client, tenant, kind="owner_briefing")
    assert [m["to"] for m in sent] == [OWNER]


async def test_wrong_pins_are_limited_per_call_and_per_business(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, owner_pin=PIN)
    first = Call(client, tenant.phone_number, caller=OWNER)
    await first.start()
    for _ in range(2):
        again = await first.say(digits="0000")
        assert "not right" in again.said() and "Tomorrow" not in again.said()
    bye = await first.say(digits="1111")
    assert bye.find("Hangup") is not None and bye.find("Gather") is None
    second = Call(client, tenant.phone_number, caller=OWNER)
    await second.start()
    await second.say(digits="2222")
    locked = await second.say(digits="3333")  # the fifth wrong PIN for this business
    assert "Too many wrong PINs" in locked.said() and locked.find("Gather") is None
    # Locked for the window: even the right PIN reads nothing now.
    third = Call(client, tenant.phone_number, caller=OWNER)
    await third.start()
    refused = await third.say(digits=PIN)
    assert "Too many wrong PINs" in refused.said() and "Today" not in refused.said()


async def test_the_pin_is_stored_hashed_and_never_shown(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, owner_pin=PIN)
    shown = (await client.get("/v1/owner/business/settings", headers=tenant.owner)).json()
    assert shown["owner_pin_set"] is True and "owner_pin" not in shown
    assert PIN not in str(shown)
    for bad in ("12", "12345678901", "12ab"):
        response = await client.patch(
            "/v1/owner/business/settings", json={"owner_pin": bad}, headers=tenant.owner
        )
        assert response.status_code == 422
    cleared = await client.patch(
        "/v1/owner/business/settings", json={"owner_pin": None}, headers=tenant.owner
    )
    assert cleared.status_code == 200 and cleared.json()["owner_pin_set"] is False
