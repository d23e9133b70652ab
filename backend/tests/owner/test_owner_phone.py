"""The owner proves the owner phone: a code texted to it, entered in Settings; wrong, expired
and spent codes refused; changing the phone clears it; the admin checklist reads it."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from tests.conftest import ADMIN, Tenant, app_client, provision, random_phone

CODE = "/v1/owner/owner-phone/code"
VERIFY = "/v1/owner/owner-phone/verify"


@pytest.fixture
async def timed(
    settings: Settings, db: Database
) -> AsyncIterator[tuple[httpx.AsyncClient, FixedClock]]:
    clock = FixedClock(datetime.now(UTC))
    async with app_client(settings, db, clock=clock) as c:
        yield c, clock


async def texted_codes(client: httpx.AsyncClient, tenant: Tenant, to: str) -> list[str]:
    response = await client.get("/v1/owner/messages", params={"to": to}, headers=tenant.owner)
    items = [m for m in response.json()["items"] if m["kind"] == "owner_phone_code"]
    items.sort(key=lambda m: m["created_at"])
    return [re.search(r"\b(\d{6})\b", m["body"]).group(1) for m in items]  # type: ignore[union-attr]


async def checklist_item(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, object]:
    url = f"/v1/admin/businesses/{tenant.id}/checklist"
    items = (await client.get(url, headers=ADMIN)).json()["items"]
    return next(i for i in items if i["key"] == "owner_phone")


async def test_owner_verifies_the_phone_and_a_new_phone_clears_it(
    client: httpx.AsyncClient,
) -> None:
    phone = random_phone()
    tenant = await provision(client, owner_phone=phone)
    state = (await client.get("/v1/owner/owner-phone", headers=tenant.owner)).json()
    assert state == {"owner_phone": phone, "verified": False, "verified_at": None}
    assert (await checklist_item(client, tenant))["done"] is False

    sent = await client.post(CODE, headers=tenant.owner)
    assert sent.status_code == 202, sent.text
    assert sent.json()["to"].endswith(phone[-4:]) and phone not in sent.json()["to"]
    [code] = await texted_codes(client, tenant, phone)
    verified = await client.post(VERIFY, json={"code": code}, headers=tenant.owner)
    assert verified.status_code == 200, verified.text
    assert verified.json()["verified"] is True and verified.json()["verified_at"]
    business = (await client.get("/v1/owner/business", headers=tenant.owner)).json()
    assert business["owner_phone_verified_at"] == verified.json()["verified_at"]
    item = await checklist_item(client, tenant)
    assert item["done"] is True and str(item["detail"]).startswith("verified ")
    again = await client.post(VERIFY, json={"code": code}, headers=tenant.owner)
    assert again.status_code == 422  # a code works once

    changed = await client.patch(
        "/v1/owner/business", json={"owner_phone": random_phone()}, headers=tenant.owner
    )
    assert changed.status_code == 200
    assert changed.json()["owner_phone_verified_at"] is None
    assert (await checklist_item(client, tenant))["done"] is False
    audit = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    assert {"owner_phone.code_sent", "owner_phone.verified"} <= {e["action"] for e in audit}
    assert code not in str(audit)


async def test_a_code_sent_to_the_old_phone_does_not_verify_the_new_one(
    client: httpx.AsyncClient,
) -> None:
    phone = random_phone()
    tenant = await provision(client, owner_phone=phone)
    await client.post(CODE, headers=tenant.owner)
    [code] = await texted_codes(client, tenant, phone)
    await client.patch(
        "/v1/owner/business", json={"owner_phone": random_phone()}, headers=tenant.owner
    )
    refused = await client.post(VERIFY, json={"code": code}, headers=tenant.owner)
    assert refused.status_code == 422
    assert (await client.get("/v1/owner/owner-phone", headers=tenant.owner)).json()[
        "verified"
    ] is False


async def test_wrong_codes_are_counted_and_the_fifth_spends_the_code(
    client: httpx.AsyncClient,
) -> None:
    phone = random_phone()
    tenant = await provision(client, owner_phone=phone)
    await client.post(CODE, headers=tenant.owner)
    [code] = await texted_codes(client, tenant, phone)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for n in range(5):
        response = await client.post(VERIFY, json={"code": wrong}, headers=tenant.owner)
        assert response.status_code == 422, n
        assert response.json()["title"] == "Wrong code"
        assert "not right" in response.json()["detail"]
    late = await client.post(VERIFY, json={"code": code}, headers=tenant.owner)
    assert late.status_code == 422  # five wrong tries spent it
    assert (await client.get("/v1/owner/owner-phone", headers=tenant.owner)).json()[
        "verified"
    ] is False


async def test_an_expired_code_is_refused(timed: tuple[httpx.AsyncClient, FixedClock]) -> None:
    client, clock = timed
    phone = random_phone()
    tenant = await provision(client, owner_phone=phone)
    await client.post(CODE, headers=tenant.owner)
    [code] = await texted_codes(client, tenant, phone)
    clock.advance(timedelta(minutes=10, seconds=1))
    expired = await client.post(VERIFY, json={"code": code}, headers=tenant.owner)
    assert expired.status_code == 422 and expired.json()["title"] == "Code expired"
    assert (await client.get("/v1/owner/owner-phone", headers=tenant.owner)).json()[
        "verified"
    ] is False


async def test_three_codes_per_fifteen_minutes(
    timed: tuple[httpx.AsyncClient, FixedClock],
) -> None:
    client, clock = timed
    phone = random_phone()
    tenant = await provision(client, owner_phone=phone)
    for _ in range(3):
        assert (await client.post(CODE, headers=tenant.owner)).status_code == 202
        clock.advance(timedelta(seconds=1))
    limited = await client.post(CODE, headers=tenant.owner)
    assert limited.status_code == 429
    assert len(await texted_codes(client, tenant, phone)) == 3
    clock.advance(timedelta(minutes=15))
    assert (await client.post(CODE, headers=tenant.owner)).status_code == 202
    # Only the last code works.
    codes = await texted_codes(client, tenant, phone)
    assert (
        await client.post(VERIFY, json={"code": codes[-1]}, headers=tenant.owner)
    ).status_code == 200


async def test_bad_input_and_no_phone(client: httpx.AsyncClient) -> None:
    tenant = await provision(client)
    no_phone = await client.post(CODE, headers=tenant.owner)
    assert no_phone.status_code == 409 and "owner phone" in no_phone.json()["detail"]
    for body in ({"code": "12345"}, {"code": "abcdef"}, {}, {"code": 123456}, {"code": "1234567"}):
        response = await client.post(VERIFY, json=body, headers=tenant.owner)
        assert response.status_code == 422, body
    nothing = await client.post(VERIFY, json={"code": "123456"}, headers=tenant.owner)
    assert nothing.status_code == 422 and nothing.json()["title"] == "Code expired"


async def test_lockdown_says_why_no_code_came(client: httpx.AsyncClient) -> None:
    tenant = await provision(client, owner_phone=random_phone())
    await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    refused = await client.post(CODE, headers=tenant.owner)
    assert refused.status_code == 409 and "lockdown" in refused.json()["detail"]


async def test_another_business_code_does_not_verify_this_one(
    client: httpx.AsyncClient,
) -> None:
    phone = random_phone()
    ours = await provision(client, owner_phone=phone)
    theirs = await provision(client, owner_phone=random_phone())
    await client.post(CODE, headers=ours.owner)
    [code] = await texted_codes(client, ours, phone)
    # Their owner cannot spend our code, nor see our phone or our texts.
    other = await client.post(VERIFY, json={"code": code}, headers=theirs.owner)
    assert other.status_code == 422
    assert (await client.get("/v1/owner/owner-phone", headers=theirs.owner)).json()[
        "verified"
    ] is False
    assert await texted_codes(client, theirs, phone) == []
    assert phone not in (await client.get("/v1/owner/owner-phone", headers=theirs.owner)).text
    mine = await client.post(VERIFY, json={"code": code}, headers=ours.owner)
    assert mine.status_code == 200
