""" "Same address as last time" through the session API, so through `receptionist.turns` and
the database-backed world: the address comes from the customer's latest appointment, and
only for a caller who said the name on the record."""

from __future__ import annotations

from typing import Any

import httpx

from tests.channels.conftest import voice_tenant
from tests.conftest import Tenant

PHONE = "+19135550142"


async def _returning_customer(client: httpx.AsyncClient, tenant: Tenant) -> None:
    customer = await client.post(
        "/v1/owner/customers",
        json={
            "name": "Dana Reyes",
            "phone": PHONE,
            "addresses": [{"line": "12 Oak St, Olathe KS"}, {"line": "300 N Main St, Olathe KS"}],
        },
        headers=tenant.owner,
    )
    assert customer.status_code == 201, customer.text
    earlier = await client.post(
        "/v1/owner/appointments",
        json={
            "customer_id": customer.json()["id"],
            "start": "2026-03-03T16:00:00Z",
            "duration_minutes": 60,
            "address": "300 N Main St, Olathe KS",
        },
        headers=tenant.owner,
    )
    assert earlier.status_code == 201, earlier.text


async def _talk(client: httpx.AsyncClient, tenant: Tenant, lines: list[str]) -> list[Any]:
    key = {"X-API-Key": tenant.api_key}
    session = await client.post(
        "/v1/sessions", json={"channel": "voice", "caller_phone": PHONE}, headers=key
    )
    assert session.status_code == 201, session.text
    replies = []
    for line in lines:
        turn = await client.post(
            f"/v1/sessions/{session.json()['id']}/turns", json={"text": line}, headers=key
        )
        assert turn.status_code == 200, turn.text
        replies.append(turn.json())
    return replies


async def _booked_addresses(client: httpx.AsyncClient, tenant: Tenant) -> list[str]:
    listed = await client.get(
        "/v1/owner/appointments",
        params={"start": "2026-03-04", "end": "2026-03-31"},
        headers=tenant.owner,
    )
    return [a["address"] for a in listed.json()["items"]]


async def test_an_identified_caller_is_booked_at_their_last_visits_address(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    await _returning_customer(client, tenant)
    replies = await _talk(
        client,
        tenant,
        [
            "hi this is Dana Reyes, my kitchen drain is clogged",
            "wednesday morning",
            "the first one",
            "same address as last time",
            "yes",
        ],
    )
    assert "300 N Main St" in replies[3]["reply"] and "confirm" in replies[3]["reply"]
    assert replies[4]["outcome"] == "booked"
    assert await _booked_addresses(client, tenant) == ["300 N Main St, Olathe KS"]


async def test_a_caller_who_did_not_say_the_name_on_file_is_asked_for_it(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    await _returning_customer(client, tenant)
    replies = await _talk(
        client,
        tenant,
        [
            "hi this is Mike, my kitchen drain is clogged",
            "wednesday morning",
            "the first one",
            "same address as last time",
        ],
    )
    text = " ".join(r["reply"] for r in replies)
    assert "full street address" in replies[3]["reply"]
    assert "Main" not in text and "Oak" not in text and "Dana" not in text
    assert await _booked_addresses(client, tenant) == []
