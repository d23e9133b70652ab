"""The operator's tenant lifecycle, exactly as CONTRACT.md "Provisioning a tenant" states."""

from __future__ import annotations

import httpx

from tests.conftest import ADMIN, Tenant, provision


async def test_defaults_when_only_required_fields_are_given(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/admin/businesses",
        json={"name": "Min", "timezone": "America/Denver", "phone_number": "+1 (303) 555 0142"},
        headers=ADMIN,
    )
    assert response.status_code == 201
    business = response.json()["business"]
    assert business["phone_number"] == "+13035550142"
    assert business["language"] == "en"
    assert business["status"] == "active" and business["lockdown"] is False
    hours = business["business_hours"]
    for day in ("mon", "tue", "wed", "thu", "fri"):
        assert hours[day] == [["08:00", "17:00"]]
    assert hours["sat"] == hours["sun"] == []


async def test_patch_changes_the_same_fields(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.patch(
        f"/v1/admin/businesses/{tenant.id}",
        json={
            "name": "Bristol Plumbing & Drain",
            "language": "es",
            "owner_phone": "913-555-0177",
            "business_hours": {"sat": [["09:00", "12:00"]]},
        },
        headers=ADMIN,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["name"] == "Bristol Plumbing & Drain"
    assert body["language"] == "es"
    assert body["owner_phone"] == "+19135550177"
    assert body["business_hours"]["sat"] == [["09:00", "12:00"]]
    fetched = await client.get(f"/v1/admin/businesses/{tenant.id}", headers=ADMIN)
    assert fetched.json() == body


async def test_list_and_filter_by_status(client: httpx.AsyncClient) -> None:
    a = await provision(client, name="Alpha")
    b = await provision(client, name="Beta")
    await client.post(f"/v1/admin/businesses/{b.id}/suspend", headers=ADMIN)
    suspended = await client.get("/v1/admin/businesses?status=suspended&limit=500", headers=ADMIN)
    ids = {item["id"] for item in suspended.json()["items"]}
    assert b.id in ids and a.id not in ids


async def test_owner_can_edit_settings_but_not_routing(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    ok = await client.patch(
        "/v1/owner/business",
        json={"business_hours": {"mon": [["07:00", "15:00"]]}},
        headers=tenant.owner,
    )
    assert ok.status_code == 200 and ok.json()["business_hours"]["mon"] == [["07:00", "15:00"]]
    refused = await client.patch(
        "/v1/owner/business", json={"phone_number": "+19135550999"}, headers=tenant.owner
    )
    assert refused.status_code == 403


async def test_lockdown_toggles_and_is_audited(client: httpx.AsyncClient, tenant: Tenant) -> None:
    on = await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    assert on.status_code == 200 and on.json() == {"enabled": True}
    assert (await client.get("/v1/owner/lockdown", headers=tenant.owner)).json()["enabled"] is True
    assert (
        await client.post("/v1/owner/lockdown", json={"enabled": "maybe"}, headers=tenant.owner)
    ).status_code == 422
    events = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    lockdown = [e for e in events if e["action"] == "business.lockdown"]
    assert lockdown and lockdown[0]["actor_kind"] == "owner_token"
    assert lockdown[0]["details"] == {"enabled": True}


async def test_audit_records_admin_mutations_with_the_actor(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    await client.patch(f"/v1/admin/businesses/{tenant.id}", json={"name": "Renamed"}, headers=ADMIN)
    await client.post(
        f"/v1/admin/businesses/{tenant.id}/credentials/widget_token/rotate", headers=ADMIN
    )
    events = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    actions = [(e["action"], e["actor_kind"]) for e in events]
    assert ("business.create", "admin") in actions
    assert ("business.update", "admin") in actions
    assert ("credential.rotate", "admin") in actions
    update = next(e for e in events if e["action"] == "business.update")
    assert update["details"] == {"fields": ["name"]}
    theirs = (await client.get("/v1/owner/audit", headers=other_tenant.owner)).json()["items"]
    assert all(e["action"] != "business.update" for e in theirs)
