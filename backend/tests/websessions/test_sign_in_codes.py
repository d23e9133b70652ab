"""Signing in to the dashboard with a one-time code texted or emailed to the owner."""

from __future__ import annotations

import random
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.main import create_app
from tests.conftest import (
    Tenant,
    app_client,
    make_settings,
    own_address,
    provision,
    random_phone,
)


async def owner(client: httpx.AsyncClient) -> tuple[Tenant, str, str]:
    phone = random_phone()
    email = f"owner{random.randint(0, 10**9)}@example.com"
    tenant = await provision(client, owner_phone=phone, owner_email=email)
    return tenant, phone, email


async def sent_codes(client: httpx.AsyncClient, tenant: Tenant, to: str) -> list[str]:
    response = await client.get("/v1/owner/messages", params={"to": to}, headers=tenant.owner)
    items = [m for m in response.json()["items"] if m["kind"] == "sign_in_code"]
    return [re.search(r"\b(\d{6})\b", m["body"]).group(1) for m in items]  # type: ignore[union-attr]


async def test_owner_signs_in_with_a_code_texted_to_their_phone(
    client: httpx.AsyncClient,
) -> None:
    tenant, phone, _ = await owner(client)
    asked = await client.post("/v1/auth/owner/code", json={"contact": phone[2:]})  # any format
    assert asked.status_code == 202 and asked.json() == {"sent": True}
    [code] = await sent_codes(client, tenant, phone)
    wrong_contact = await client.post(
        "/v1/auth/owner/code/verify", json={"contact": random_phone(), "code": code}
    )
    assert wrong_contact.status_code == 401
    response = await client.post(
        "/v1/auth/owner/code/verify", json={"contact": phone, "code": code}
    )
    assert response.status_code == 200, response.text
    assert response.json()["business_id"] == tenant.id
    assert "HttpOnly" in response.headers["set-cookie"]
    assert (await client.get("/v1/owner/business")).json()["id"] == tenant.id
    client.cookies.clear()
    again = await client.post("/v1/auth/owner/code/verify", json={"contact": phone, "code": code})
    assert again.status_code == 401  # a code works once


async def test_a_code_by_email_and_the_same_answer_for_a_stranger(
    client: httpx.AsyncClient,
) -> None:
    tenant, _, email = await owner(client)
    asked = await client.post("/v1/auth/owner/code", json={"contact": email.upper()})
    stranger = await client.post("/v1/auth/owner/code", json={"contact": "nobody@example.com"})
    assert asked.status_code == stranger.status_code == 202
    assert asked.json() == stranger.json()
    [code] = await sent_codes(client, tenant, email)
    response = await client.post(
        "/v1/auth/owner/code/verify", json={"contact": email, "code": code}
    )
    assert response.status_code == 200 and response.json()["business_id"] == tenant.id


async def test_bad_input_is_422(client: httpx.AsyncClient) -> None:
    for body in ({"contact": "not a phone"}, {"contact": "a@b"}, {}, {"contact": "x" * 400}):
        assert (await client.post("/v1/auth/owner/code", json=body)).status_code == 422, body
    for code in ("12345", "abcdef", "1234567"):
        response = await client.post(
            "/v1/auth/owner/code/verify", json={"contact": "+19135550100", "code": code}
        )
        assert response.status_code == 422


async def test_five_wrong_tries_end_a_code_and_codes_are_rationed(
    client: httpx.AsyncClient,
) -> None:
    tenant, phone, _ = await owner(client)
    await client.post("/v1/auth/owner/code", json={"contact": phone})
    [code] = await sent_codes(client, tenant, phone)
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(5):
        response = await client.post(
            "/v1/auth/owner/code/verify", json={"contact": phone, "code": wrong}
        )
        assert response.status_code == 401
    late = await client.post("/v1/auth/owner/code/verify", json={"contact": phone, "code": code})
    assert late.status_code == 401
    for _ in range(3):
        assert (
            await client.post("/v1/auth/owner/code", json={"contact": phone})
        ).status_code == 202
    assert len(await sent_codes(client, tenant, phone)) == 3  # 3 per 15 minutes


async def test_another_owners_code_never_opens_this_business(
    client: httpx.AsyncClient,
) -> None:
    mine, phone, _ = await owner(client)
    theirs, their_phone, _ = await owner(client)
    await client.post("/v1/auth/owner/code", json={"contact": their_phone})
    [their_code] = await sent_codes(client, theirs, their_phone)
    response = await client.post(
        "/v1/auth/owner/code/verify", json={"contact": phone, "code": their_code}
    )
    assert response.status_code == 401
    assert mine.id != theirs.id


@pytest.fixture
async def timed(
    settings: Settings, db: Database
) -> AsyncIterator[tuple[httpx.AsyncClient, FixedClock]]:
    clock = FixedClock(datetime.now(UTC))
    async with app_client(settings, db, clock=clock) as c:
        yield c, clock


async def test_a_code_expires_after_ten_minutes(
    timed: tuple[httpx.AsyncClient, FixedClock],
) -> None:
    client, clock = timed
    tenant, phone, _ = await owner(client)
    await client.post("/v1/auth/owner/code", json={"contact": phone})
    [code] = await sent_codes(client, tenant, phone)
    clock.advance(timedelta(minutes=10, seconds=1))
    response = await client.post(
        "/v1/auth/owner/code/verify", json={"contact": phone, "code": code}
    )
    assert response.status_code == 401


async def test_code_requests_from_one_address_are_limited(database_url: str) -> None:
    settings = make_settings(database_url, login_failure_limit=2)
    db = Database(settings)
    app = create_app(settings, database=db, run_worker=False)
    address = own_address()  # its own counter
    transport = httpx.ASGITransport(app=app, client=(address, 4000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for _ in range(2):
                ok = await c.post("/v1/auth/owner/code", json={"contact": random_phone()})
                assert ok.status_code == 202
            refused = await c.post("/v1/auth/owner/code", json={"contact": random_phone()})
            assert refused.status_code == 429
    finally:
        await db.dispose()
