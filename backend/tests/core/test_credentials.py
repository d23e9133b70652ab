"""Credentials: wrong, revoked, rotated, another tenant's, the wrong kind, admin without a key."""

from __future__ import annotations

import httpx
import pytest

from switchboard.core.db import Database
from switchboard.main import create_app
from tests.conftest import ADMIN, Tenant, make_settings


async def test_wrong_and_malformed_tokens_are_401(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    forged = tenant.owner_token[:-6] + "AAAAAA"
    for headers in (
        {"X-Owner-Token": forged},
        {"X-Owner-Token": "not-a-token"},
        {"X-API-Key": tenant.owner_token},  # an owner token is not an API key
        {"X-Owner-Token": tenant.widget_token},
        {},
    ):
        response = await client.get("/v1/owner/business", headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_widget_token_never_reaches_the_owner_api(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    response = await client.get(
        "/v1/owner/business", headers={"X-Widget-Token": tenant.widget_token}
    )
    assert response.status_code == 401


@pytest.mark.parametrize("kind", ["api_key", "owner_token", "widget_token"])
async def test_rotation_revokes_the_old_secret_at_once(
    client: httpx.AsyncClient, tenant: Tenant, kind: str
) -> None:
    old = getattr(tenant, kind)
    response = await client.post(
        f"/v1/admin/businesses/{tenant.id}/credentials/{kind}/rotate", headers=ADMIN
    )
    assert response.status_code == 200
    new = response.json()["secret"]
    assert new != old and response.json()[kind] == new
    if kind == "widget_token":
        url = "/v1/widget/conversations"
        assert (await client.post(url, json={}, headers={"X-Widget-Token": old})).status_code == 401
        assert (await client.post(url, json={}, headers={"X-Widget-Token": new})).status_code == 201
        return
    header = "X-API-Key" if kind == "api_key" else "X-Owner-Token"
    assert (await client.get("/v1/owner/business", headers={header: old})).status_code == 401
    assert (await client.get("/v1/owner/business", headers={header: new})).status_code == 200


async def test_credentials_list_shows_hints_never_secrets(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await client.post(f"/v1/admin/businesses/{tenant.id}/credentials/api_key/rotate", headers=ADMIN)
    response = await client.get(f"/v1/admin/businesses/{tenant.id}/credentials", headers=ADMIN)
    assert response.status_code == 200
    rows = response.json()
    assert len(rows) == 4
    assert sum(1 for r in rows if r["revoked_at"] is not None) == 1
    assert tenant.api_key not in response.text and tenant.owner_token not in response.text


async def test_secrets_are_stored_only_as_hashes(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    from sqlalchemy import text

    async with db.engine.connect() as conn:
        rows = (await conn.execute(text("SELECT lookup, secret_hash, hint FROM credentials"))).all()
    dump = repr(rows)
    for secret in (tenant.api_key, tenant.owner_token, tenant.widget_token):
        assert secret not in dump
        assert secret[-20:] not in dump


async def test_other_tenants_token_sees_only_its_own_business(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    mine = await client.get("/v1/owner/business", headers=other_tenant.owner)
    assert mine.json()["id"] == other_tenant.id != tenant.id


async def test_suspended_tenant_is_refused_and_resumes(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    assert (await client.post(f"/v1/admin/businesses/{tenant.id}/suspend", headers=ADMIN)).json()[
        "status"
    ] == "suspended"
    refused = await client.get("/v1/owner/business", headers=tenant.owner)
    assert refused.status_code == 403
    await client.post(f"/v1/admin/businesses/{tenant.id}/resume", headers=ADMIN)
    assert (await client.get("/v1/owner/business", headers=tenant.owner)).status_code == 200


async def test_admin_routes_need_the_admin_key(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for headers in ({}, {"X-Admin-API-Key": "wrong"}, {"X-Owner-Token": tenant.owner_token}):
        assert (await client.get("/v1/admin/businesses", headers=headers)).status_code == 401
    assert (await client.get("/v1/admin/businesses", headers=ADMIN)).status_code == 200


async def test_admin_routes_are_closed_when_no_key_is_configured(database_url: str) -> None:
    settings = make_settings(database_url, admin_api_key=None)
    db = Database(settings)
    app = create_app(settings, database=db, run_worker=False)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for headers in ({}, {"X-Admin-API-Key": ""}, {"X-Admin-API-Key": "None"}):
                response = await c.get("/v1/admin/businesses", headers=headers)
                assert response.status_code == 401
            create = await c.post(
                "/v1/admin/businesses",
                json={"name": "x", "timezone": "UTC", "phone_number": "+19135550111"},
            )
            assert create.status_code == 401
    finally:
        await db.dispose()


async def _business_header_client(
    database_url: str, **overrides: object
) -> tuple[httpx.AsyncClient, Database]:
    settings = make_settings(database_url, **overrides)
    db = Database(settings)
    app = create_app(settings, database=db, run_worker=False)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t"), db


@pytest.mark.parametrize(
    ("environment", "flag", "expected"),
    [("dev", True, 200), ("dev", False, 401), ("test", True, 401)],
)
async def test_business_id_header_only_in_dev_with_the_flag(
    database_url: str, tenant: Tenant, environment: str, flag: bool, expected: int
) -> None:
    c, db = await _business_header_client(
        database_url, environment=environment, allow_business_id_header=flag
    )
    try:
        response = await c.get("/v1/owner/business", headers={"X-Business-ID": tenant.id})
        assert response.status_code == expected
    finally:
        await c.aclose()
        await db.dispose()
