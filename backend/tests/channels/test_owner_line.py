"""The owner calling their own business number: the briefing, and "press 1 to have it texted"."""

from __future__ import annotations

import httpx

from switchboard.jobs.worker import Worker
from tests.channels.conftest import Call, messages, voice_tenant

OWNER = "+19135550199"


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
    tenant = await voice_tenant(client)
    await _book_tomorrow_morning(client, tenant.phone_number)
    owner = Call(client, tenant.phone_number, caller=OWNER)
    briefing = await owner.start()
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
    tenant = await voice_tenant(client)
    owner = Call(client, tenant.phone_number, caller=OWNER)
    await owner.start()
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
