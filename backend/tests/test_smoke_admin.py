from __future__ import annotations

import httpx

from tests.conftest import ADMIN, Tenant


async def test_create_business_matches_contract(client: httpx.AsyncClient) -> None:
    body = {
        "name": "Bristol Plumbing",
        "vertical": "plumbing",
        "timezone": "America/Chicago",
        "phone_number": "(913) 555-0100",
        "owner_phone": "913.555.0199",
        "owner_email": "owner@example.com",
        "language": "en",
        "business_hours": {"mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]]},
    }
    response = await client.post("/v1/admin/businesses", json=body, headers=ADMIN)
    assert response.status_code == 201, response.text
    data = response.json()
    business = data["business"]
    assert business["phone_number"] == "+19135550100"
    assert business["owner_phone"] == "+19135550199"
    assert business["business_hours"]["mon"] == [["08:00", "17:00"]]
    assert business["business_hours"]["wed"] == []
    creds = data["credentials"]
    assert creds["api_key"].startswith("sb_test_key_")
    assert creds["owner_token"].startswith("sb_test_owner_")
    assert creds["widget_token"].startswith("sb_test_widget_")
    me = await client.get("/v1/owner/business", headers={"X-Owner-Token": creds["owner_token"]})
    assert me.status_code == 200
    assert me.json()["id"] == business["id"]


async def test_owner_reads_own_business(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.get("/v1/owner/business", headers={"X-API-Key": tenant.api_key})
    assert response.status_code == 200
    assert response.json()["id"] == tenant.id
