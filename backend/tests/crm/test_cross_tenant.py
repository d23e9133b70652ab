"""Every owner route with an id, called by another tenant, answers 404 like a missing one."""

from __future__ import annotations

import re

import httpx

from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.main import create_app
from switchboard.models import Base
from switchboard.models.base import TenantScoped
from tests.conftest import Tenant
from tests.crm.conftest import book
from tests.crm.test_conversations import seed_call

BODIES = {
    ("PATCH", "/v1/owner/customers/{customer_id}"): {"notes": "x"},
    ("POST", "/v1/owner/customers/{customer_id}/addresses"): {"line": "1 Main St"},
    ("PUT", "/v1/owner/customers/{customer_id}/sms-consent"): {
        "granted": True,
        "method": "owner",
        "evidence": "asked",
    },
    ("POST", "/v1/owner/customers/{customer_id}/merge"): {"duplicate_id": "{customer_id}"},
    ("PATCH", "/v1/owner/appointments/{appointment_id}"): {"notes": "x"},
    ("POST", "/v1/owner/appointments/{appointment_id}/cancel"): {},
    ("POST", "/v1/owner/appointments/{appointment_id}/reschedule"): {
        "start": "2026-03-05T10:00:00-06:00"
    },
    ("PATCH", "/v1/owner/services/{service_id}"): {"duration_minutes": 30},
    ("PATCH", "/v1/owner/technicians/{technician_id}"): {"name": "x"},
    ("POST", "/v1/owner/conversations/{conversation_id}/messages"): {"text": "x"},
    ("POST", "/v1/owner/callbacks/{callback_id}/resolve"): {"resolution": "x"},
    ("POST", "/v1/owner/callbacks/{callback_id}/assign"): {"assignee": "x"},
}
CRM_PREFIXES = (
    "/v1/owner/customers",
    "/v1/owner/appointments",
    "/v1/owner/services",
    "/v1/owner/technicians",
    "/v1/owner/closures",
    "/v1/owner/conversations",
    "/v1/owner/callbacks",
)


async def test_every_crm_route_with_an_id_is_404_for_another_tenant(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    db: Database,
    settings: Settings,
) -> None:
    appointment = (await book(client, tenant.owner, "2026-03-03T10:00:00-06:00")).json()
    customer_id = appointment["customer"]["id"]
    other_customer = (
        await client.post("/v1/owner/customers", json={"name": "Mine"}, headers=other_tenant.owner)
    ).json()
    service_id = (await client.get("/v1/owner/services", headers=tenant.owner)).json()["items"][0][
        "id"
    ]
    technician = await client.post(
        "/v1/owner/technicians", json={"name": "Ray"}, headers=tenant.owner
    )
    closure = await client.post(
        "/v1/owner/closures",
        json={"start_date": "2026-12-25", "end_date": "2026-12-25"},
        headers=tenant.owner,
    )
    conversation_id = await seed_call(db, tenant, "+19135550142")
    callbacks = (await client.get("/v1/owner/callbacks", headers=tenant.owner)).json()["items"]
    address_id = (
        await client.get(f"/v1/owner/customers/{customer_id}", headers=tenant.owner)
    ).json()["addresses"][0]["id"]
    ids = {
        "customer_id": customer_id,
        "appointment_id": appointment["id"],
        "service_id": service_id,
        "technician_id": technician.json()["id"],
        "closure_id": closure.json()["id"],
        "conversation_id": conversation_id,
        "callback_id": callbacks[0]["id"],
        "address_id": address_id,
    }

    paths = create_app(settings, database=db).openapi()["paths"]
    checked = 0
    for template, operations in paths.items():
        if not template.startswith(CRM_PREFIXES):
            continue
        names = re.findall(r"{(\w+)}", template)
        if not names:
            continue
        for method in (m.upper() for m in operations):
            path = template.format(**{n: ids[n] for n in names})
            body = BODIES.get((method, template))
            if body is not None:
                body = {
                    k: (v.format(**ids) if isinstance(v, str) and "{" in v else v)
                    for k, v in body.items()
                }
            if template.endswith("/merge"):
                # The other tenant merges our customer into theirs, and theirs into ours.
                response = await client.post(
                    f"/v1/owner/customers/{other_customer['id']}/merge",
                    json={"duplicate_id": customer_id},
                    headers=other_tenant.owner,
                )
                assert response.status_code == 404, response.text
            response = await client.request(method, path, json=body, headers=other_tenant.owner)
            assert response.status_code == 404, (method, template, response.text)
            checked += 1
    assert checked >= 20
    # And nothing was changed for the owner.
    mine = await client.get(f"/v1/owner/appointments/{appointment['id']}", headers=tenant.owner)
    assert mine.json()["status"] == "scheduled"
    assert (await client.get("/v1/owner/closures", headers=tenant.owner)).json()["items"]


def test_crm_unique_constraints_include_business_id() -> None:
    for table in Base.metadata.sorted_tables:
        mapper_cls = next((m.class_ for m in Base.registry.mappers if m.local_table is table), None)
        if mapper_cls is None or not issubclass(mapper_cls, TenantScoped):
            continue
        assert table.c.business_id.index or any(
            idx.columns.keys()[0] == "business_id" for idx in table.indexes
        ), table.name
        for constraint in table.constraints:
            if constraint.__class__.__name__ == "UniqueConstraint":
                assert "business_id" in constraint.columns.keys(), table.name  # noqa: SIM118
