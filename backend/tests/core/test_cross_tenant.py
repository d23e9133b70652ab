"""Walks every tenant route that takes an id and asks for tenant A's object as tenant B."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests import tenancy_walk
from tests.conftest import Tenant

_PARAM = re.compile(r"{([^}:]+)(?::[^}]+)?}")


_TENANT_HEADERS = {"x-owner-token", "x-widget-token"}


def tenant_routes_with_ids(app: Any) -> list[tuple[str, str, list[str]]]:
    """Tenant routes are the ones whose OpenAPI operation takes a tenant credential header
    (declared by `require_owner` / `require_widget`)."""
    found = []
    for path, operations in app.openapi()["paths"].items():
        params = _PARAM.findall(path)
        for method, operation in operations.items():
            headers = {
                p["name"].lower() for p in operation.get("parameters", []) if p["in"] == "header"
            }
            if params and headers & _TENANT_HEADERS:
                found.append((method.upper(), path, params))
    return sorted(found)


def _headers(tenant: Tenant, path: str, ids: dict[str, str]) -> dict[str, str]:
    if path.startswith("/v1/widget"):
        headers = {"X-Widget-Token": tenant.widget_token}
        # The chat's own visitor token: the other tenant must get 404 even holding it.
        visitor = tenancy_walk.VISITOR_TOKENS.get(ids.get("chat_id", ""))
        if visitor:
            headers["X-Visitor-Token"] = visitor
        return headers
    return tenant.owner


async def test_every_tenant_route_hides_other_tenants_objects(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    routes = tenant_routes_with_ids(app)
    assert routes, "the walk found no tenant route with a path id"
    missing = sorted(
        {p for _, _, params in routes for p in params} - set(tenancy_walk.ID_FACTORIES)
    )
    assert not missing, f"register an id factory in tests/tenancy_walk.py for: {missing}"

    for method, path, params in routes:
        ids: dict[str, str] = {}
        for param in reversed(params):  # the innermost id knows its parents
            if param not in ids:
                made = await tenancy_walk.ID_FACTORIES[param](client, tenant)
                ids.update(made if isinstance(made, dict) else {param: made})
        url = path.format(**ids)
        body = tenancy_walk.VALID_BODIES.get((method, path), {})
        if callable(body):
            body = body()
        if (method, path) in tenancy_walk.BODY_FACTORIES:
            other_id = await tenancy_walk.BODY_FACTORIES[(method, path)](client, tenant)
            body = {"duplicate_id": other_id}
        kwargs: dict[str, Any] = {} if method in {"GET", "DELETE"} else {"json": body}

        as_other = await client.request(
            method, url, headers=_headers(other_tenant, path, ids), **kwargs
        )
        assert as_other.status_code == 404, f"{method} {path} as another tenant: {as_other.text}"
        assert as_other.headers["content-type"].startswith("application/problem+json")

        as_owner = await client.request(method, url, headers=_headers(tenant, path, ids), **kwargs)
        assert as_owner.status_code not in {404, 422}, f"{method} {path} as owner: {as_owner.text}"


async def test_missing_id_answers_exactly_like_other_tenants(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    real = await tenancy_walk.ID_FACTORIES["event_id"](client, tenant)
    theirs = await client.get(f"/v1/owner/audit/{real}", headers=other_tenant.owner)
    missing = await client.get(
        "/v1/owner/audit/00000000-0000-4000-8000-000000000000", headers=other_tenant.owner
    )
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()
