"""A business on the line, through the real services: the owner sees the company with the
booking and with a message, and the customer record carries the person's name."""

from __future__ import annotations

import httpx

from tests.channels.conftest import voice_tenant


async def _session(client: httpx.AsyncClient, key: dict[str, str]) -> str:
    started = await client.post(
        "/v1/sessions", json={"channel": "sms", "caller_phone": "+19135550142"}, headers=key
    )
    assert started.status_code == 201, started.text
    return f"/v1/sessions/{started.json()['id']}/turns"


async def test_the_company_is_in_the_booking_notes(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}
    url = await _session(client, key)
    lines = ["calling from Acme Property Management, a drain is clogged at one of our units",
             "tomorrow afternoon", "the first one", "this is Karen Lopez",
             "1200 W 75th St"]  # fmt: skip
    for line in lines[:-1]:
        assert (await client.post(url, json={"text": line}, headers=key)).status_code == 200
    # By text the address, the last detail, books the time taken.
    done = (await client.post(url, json={"text": lines[-1]}, headers=key)).json()
    assert done["outcome"] == "booked", done
    items = (await client.get("/v1/owner/appointments", headers=tenant.owner)).json()["items"]
    assert len(items) == 1
    assert items[0]["notes"].startswith("Acme Property Management: ")
    assert items[0]["customer"]["name"] == "Karen Lopez"


async def test_the_company_is_in_the_message_for_the_owner(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}
    url = await _session(client, key)
    line = "this is Sparky's Diner, can I talk to the owner"
    assert (await client.post(url, json={"text": line}, headers=key)).status_code == 200
    items = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    assert len(items) == 1 and "Sparky's Diner" in items[0]["details"]
