from __future__ import annotations

import httpx

from tests.conftest import Tenant
from tests.crm.conftest import book, make_customer


async def test_customer_crud_matches_contract(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await make_customer(
        client,
        tenant.owner,
        phone="(913) 555-0142",
        email="dana@example.com",
        tags=["vip", "VIP", "rental"],
        addresses=[{"line": "12  Oak St", "label": "home"}],
    )
    assert created["phone"] == "+19135550142"
    assert created["sms_opt_out"] is False
    assert created["tags"] == ["vip", "rental"]
    assert created["addresses"][0]["line"] == "12 Oak St"
    for field in ("id", "name", "phone", "email", "sms_opt_out"):
        assert field in created

    patched = await client.patch(
        f"/v1/owner/customers/{created['id']}",
        json={"notes": "gate code 1234"},
        headers=tenant.owner,
    )
    assert patched.status_code == 200
    assert patched.json()["notes"] == "gate code 1234"

    second = await client.post(
        f"/v1/owner/customers/{created['id']}/addresses",
        json={"line": "400 Main St", "label": "rental"},
        headers=tenant.owner,
    )
    assert second.status_code == 201
    got = (await client.get(f"/v1/owner/customers/{created['id']}", headers=tenant.owner)).json()
    assert sorted(a["line"] for a in got["addresses"]) == ["12 Oak St", "400 Main St"]

    gone = await client.delete(f"/v1/owner/customers/{created['id']}", headers=tenant.owner)
    assert gone.status_code == 204
    missing = await client.get(f"/v1/owner/customers/{created['id']}", headers=tenant.owner)
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")


async def test_phone_is_unique_per_tenant_only(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    await make_customer(client, tenant.owner)
    again = await client.post(
        "/v1/owner/customers", json={"name": "Dup", "phone": "913-555-0142"}, headers=tenant.owner
    )
    assert again.status_code == 409
    assert again.json()["existing_customer_id"]
    # Another business may have its own customer with the same number.
    await make_customer(client, other_tenant.owner)


async def test_bad_customer_input_is_422(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for body in ({"name": "X", "phone": "not a phone"}, {"name": ""}, {"name": "X", "email": "x@"}):
        response = await client.post("/v1/owner/customers", json=body, headers=tenant.owner)
        assert response.status_code == 422, body
    bad_id = await client.get("/v1/owner/customers/not-a-uuid", headers=tenant.owner)
    assert bad_id.status_code == 422


async def test_search_by_name_phone_fragment_and_address(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    dana = await make_customer(client, tenant.owner, addresses=[{"line": "12 Oak Street"}])
    await make_customer(client, tenant.owner, name="Sam Okafor", phone="+19135550177")
    await make_customer(client, other_tenant.owner, name="Dana Elsewhere", phone="+19135550999")

    async def ids(q: str) -> list[str]:
        response = await client.get("/v1/owner/customers", params={"q": q}, headers=tenant.owner)
        assert response.status_code == 200
        return [c["id"] for c in response.json()["items"]]

    assert await ids("dana") == [dana["id"]]
    assert await ids("0142") == [dana["id"]]
    assert await ids("(913) 555-0142") == [dana["id"]]
    assert await ids("oak st") == [dana["id"]]
    assert len(await ids("")) == 2
    assert await ids("%") == []


async def test_sms_consent_keeps_evidence(client: httpx.AsyncClient, tenant: Tenant) -> None:
    dana = await make_customer(client, tenant.owner)
    response = await client.put(
        f"/v1/owner/customers/{dana['id']}/sms-consent",
        json={"granted": False, "method": "sms_keyword", "evidence": "inbound SMS 'STOP'"},
        headers=tenant.owner,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["sms_opt_out"] is True
    assert body["sms_consent"]["status"] == "revoked"
    assert body["sms_consent"]["method"] == "sms_keyword"
    assert body["sms_consent"]["evidence"] == "inbound SMS 'STOP'"
    assert body["sms_consent"]["at"].startswith("2026-03-02T15:00")


async def test_merge_moves_history_and_deletes_duplicate(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    keeper = await make_customer(client, tenant.owner, tags=["vip"])
    duplicate = await make_customer(
        client,
        tenant.owner,
        name="D. Reyes",
        phone="+19135550143",
        email="d@example.com",
        tags=["rental"],
        addresses=[{"line": "9 Elm St"}],
    )
    booked = await book(
        client,
        tenant.owner,
        "2026-03-03T10:00:00-06:00",
        customer=None,
        customer_id=duplicate["id"],
    )
    assert booked.status_code == 201, booked.text
    merged = await client.post(
        f"/v1/owner/customers/{keeper['id']}/merge",
        json={"duplicate_id": duplicate["id"]},
        headers=tenant.owner,
    )
    assert merged.status_code == 200, merged.text
    body = merged.json()
    assert body["email"] == "d@example.com"
    assert body["tags"] == ["vip", "rental"]
    assert {a["line"] for a in body["addresses"]} >= {"9 Elm St"}
    gone = await client.get(f"/v1/owner/customers/{duplicate['id']}", headers=tenant.owner)
    assert gone.status_code == 404
    appointment = (
        await client.get(f"/v1/owner/appointments/{booked.json()['id']}", headers=tenant.owner)
    ).json()
    assert appointment["customer"]["id"] == keeper["id"]
    timeline = await client.get(
        f"/v1/owner/customers/{keeper['id']}/timeline", headers=tenant.owner
    )
    assert [e["kind"] for e in timeline.json()["items"]] == ["appointment"]


async def test_customer_with_appointments_cannot_be_deleted(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    booked = await book(client, tenant.owner, "2026-03-03T10:00:00-06:00")
    customer_id = booked.json()["customer"]["id"]
    response = await client.delete(f"/v1/owner/customers/{customer_id}", headers=tenant.owner)
    assert response.status_code == 409
