from __future__ import annotations

import uuid

import httpx

from switchboard.catalogue import service as catalogue
from switchboard.core.db import Database
from switchboard.models.business import Business
from tests.conftest import Tenant


async def test_owner_edits_the_catalogue(client: httpx.AsyncClient, tenant: Tenant) -> None:
    created = await client.post(
        "/v1/owner/services",
        json={
            "name": "Sump pump install",
            "duration_minutes": 150,
            "price_min_cents": 45_000,
            "price_max_cents": 90_000,
            "keywords": ["sump"],
            "emergency_eligible": False,
        },
        headers=tenant.owner,
    )
    assert created.status_code == 201, created.text
    assert created.json()["price_max_cents"] == 90_000
    again = await client.post(
        "/v1/owner/services", json={"name": "Sump pump install"}, headers=tenant.owner
    )
    assert again.status_code == 409
    inverted = await client.post(
        "/v1/owner/services",
        json={"name": "Odd", "price_min_cents": 500, "price_max_cents": 100},
        headers=tenant.owner,
    )
    assert inverted.status_code == 422
    retired = await client.patch(
        f"/v1/owner/services/{created.json()['id']}", json={"active": False}, headers=tenant.owner
    )
    assert retired.json()["active"] is False
    names = [
        s["name"]
        for s in (await client.get("/v1/owner/services", headers=tenant.owner)).json()["items"]
    ]
    assert "Sump pump install" not in names
    slots = await client.get(
        "/v1/owner/slots", params={"service_id": created.json()["id"]}, headers=tenant.owner
    )
    assert slots.json()["duration_minutes"] == 150


async def test_provisioning_can_seed_the_catalogue(db: Database) -> None:
    business_id = uuid.uuid4()
    async with db.unit_of_work() as uow, uow.system_scope("test provisions a tenant"):
        uow.session.add(
            Business(
                id=business_id,
                name="Seeded HVAC",
                vertical="hvac",
                timezone="America/Denver",
                phone_number="+19705550123",
                language="en",
                business_hours={},
                settings={},
            )
        )
        await uow.session.flush()
        assert catalogue.seed_for_new_business(uow, business_id, "hvac") == 5
