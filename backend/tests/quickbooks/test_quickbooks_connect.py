"""Connecting QuickBooks Online: Intuit's consent URL with a sealed state bound to the owner,
the callback storing the company (realmId) and the tokens encrypted, a company linked to
another business refused, status, disconnection revoking at Intuit; another tenant sees and
disconnects nothing."""

from __future__ import annotations

import base64
import uuid
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
from sqlalchemy import Text, select, type_coerce

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.models.accounting import AccountingConnection
from tests.conftest import ADMIN, Tenant, app_client, make_settings
from tests.quickbooks.conftest import CALLBACK, CLIENT_ID, CONNECT, STATUS, connect, state_of
from tests.quickbooks.recorded import (
    ACCESS_TOKEN,
    INVALID_GRANT,
    REFRESH_TOKEN,
    TOKEN_EXCHANGE,
    RecordedIntuit,
)

TOKEN_PATH = "/oauth2/v1/tokens/bearer"


async def _stored(db: Database, tenant: Tenant) -> list[dict[str, object]]:
    """The tenant's connection rows: raw token columns as stored, and as decrypted."""
    c = AccountingConnection
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        rows = (
            await uow.session.execute(
                select(
                    c.status,
                    c.realm_id,
                    type_coerce(c.refresh_token, Text),
                    type_coerce(c.access_token, Text),
                    c.refresh_token,
                    c.access_token,
                    c.access_expires_at,
                    c.refresh_expires_at,
                ).where(c.business_id == uuid.UUID(tenant.id))
            )
        ).all()
    keys = ("status", "realm", "raw_refresh", "raw_access", "refresh", "access", "ax", "rx")
    return [dict(zip(keys, r, strict=True)) for r in rows]


async def test_connect_asks_intuit_and_stores_the_company_and_tokens_encrypted(
    client: httpx.AsyncClient,
    tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
    clock: FixedClock,
) -> None:
    start = await client.post(CONNECT, headers=tenant.owner)
    assert start.status_code == 200, start.text
    url = start.json()["authorization_url"]
    assert url.startswith("https://appcenter.intuit.com/connect/oauth2?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["client_id"] == CLIENT_ID
    assert query["response_type"] == "code"
    assert query["scope"] == "com.intuit.quickbooks.accounting"
    assert query["redirect_uri"] == f"https://switchboard.example{CALLBACK}"
    assert tenant.id not in query["state"]  # sealed, not merely signed

    intuit.once("POST", TOKEN_PATH, (200, TOKEN_EXCHANGE))
    back = await client.get(
        CALLBACK, params={"code": "AB11-code", "state": query["state"], "realmId": realm}
    )
    assert back.status_code == 303, back.text
    assert back.headers["location"] == (
        "https://switchboard.example/dashboard/#/settings?quickbooks=connected"
    )
    (exchange,) = intuit.sent("POST", TOKEN_PATH)
    assert RecordedIntuit.form(exchange) == {
        "grant_type": "authorization_code",
        "code": "AB11-code",
        "redirect_uri": query["redirect_uri"],
    }
    basic = base64.b64encode(f"{CLIENT_ID}:RecordedClientSecret".encode()).decode()
    assert exchange.headers["authorization"] == f"Basic {basic}"
    assert exchange.headers["accept"] == "application/json"

    (row,) = await _stored(db, tenant)
    assert row["status"] == "connected" and row["realm"] == realm
    assert row["refresh"] == REFRESH_TOKEN and row["access"] == ACCESS_TOKEN
    # Encrypted at rest: the raw columns hold neither token.
    assert REFRESH_TOKEN not in str(row["raw_refresh"])
    assert ACCESS_TOKEN not in str(row["raw_access"])
    assert row["ax"] == clock.now() + timedelta(hours=1)
    assert row["rx"] == clock.now() + timedelta(seconds=8726400)

    view = (await client.get(STATUS, headers=tenant.owner)).json()
    assert view["status"] == "connected"
    assert view["realm_id"] == realm
    assert view["environment"] == "sandbox"
    assert view["last_error"] is None
    assert "refresh_token" not in view and "access_token" not in view


async def test_a_tampered_expired_or_orphaned_state_is_refused_and_counted(
    client: httpx.AsyncClient,
    tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    clock: FixedClock,
    db: Database,
) -> None:
    state = state_of((await client.post(CONNECT, headers=tenant.owner)).json()["authorization_url"])
    intuit.on("POST", TOKEN_PATH, (200, TOKEN_EXCHANGE))
    tampered = state[:-6] + ("A" if state[-6] != "A" else "B") + state[-5:]
    for bad in (tampered, "", "not-a-state", state + "x"):
        refused = await client.get(CALLBACK, params={"code": "c", "state": bad, "realmId": realm})
        assert refused.status_code in (400, 422), refused.text
        assert refused.headers["content-type"].startswith("application/problem+json")

    clock.advance(timedelta(minutes=11))
    expired = await client.get(CALLBACK, params={"code": "c", "state": state, "realmId": realm})
    assert expired.status_code == 400
    clock.advance(timedelta(minutes=-11))

    # Bound to the owner credential that started it: once rotated, the state is worthless.
    fresh = state_of((await client.post(CONNECT, headers=tenant.owner)).json()["authorization_url"])
    rotated = await client.post(
        f"/v1/admin/businesses/{tenant.id}/credentials/owner_token/rotate", headers=ADMIN
    )
    assert rotated.status_code == 200, rotated.text
    orphaned = await client.get(CALLBACK, params={"code": "c", "state": fresh, "realmId": realm})
    assert orphaned.status_code == 400

    assert not intuit.sent("POST", TOKEN_PATH)  # nothing was exchanged
    assert await _stored(db, tenant) == []


async def test_refused_states_count_towards_the_lockout(
    database_url: str, db: Database, clock: FixedClock, providers: Providers, realm: str
) -> None:
    settings = make_settings(
        database_url,
        public_base_url="https://switchboard.example",
        auth_failure_limit=3,
        trust_forwarded_for=True,
    )
    address = {"X-Forwarded-For": f"203.0.113.{uuid.uuid4().int % 250 + 1}"}
    params = {"code": "c", "state": "bad", "realmId": realm}
    async with app_client(settings, db, clock=clock, providers=providers) as c:  # type: ignore[arg-type]
        codes = [
            (await c.get(CALLBACK, params=params, headers=address)).status_code for _ in "12345"
        ]
    assert codes == [400, 400, 400, 429, 429]


async def test_declining_or_intuit_refusing_the_code_stores_nothing(
    client: httpx.AsyncClient, tenant: Tenant, intuit: RecordedIntuit, db: Database, realm: str
) -> None:
    state = state_of((await client.post(CONNECT, headers=tenant.owner)).json()["authorization_url"])
    declined = await client.get(CALLBACK, params={"error": "access_denied", "state": state})
    assert declined.status_code == 303
    assert declined.headers["location"].endswith("?quickbooks=denied")

    state = state_of((await client.post(CONNECT, headers=tenant.owner)).json()["authorization_url"])
    intuit.once("POST", "/oauth2/v1/tokens/bearer", (400, INVALID_GRANT))
    refused = await client.get(CALLBACK, params={"code": "used", "state": state, "realmId": realm})
    assert refused.status_code == 422, refused.text
    assert "connect again" in refused.json()["detail"]

    state = state_of((await client.post(CONNECT, headers=tenant.owner)).json()["authorization_url"])
    for bad_realm in ("", "12ab", "1" * 40):
        bad = await client.get(CALLBACK, params={"code": "c", "state": state, "realmId": bad_realm})
        assert bad.status_code == 422, (bad_realm, bad.text)
    assert await _stored(db, tenant) == []


async def test_a_company_linked_to_another_business_is_refused(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
) -> None:
    assert (await connect(client, tenant, intuit, realm)).status_code == 303
    taken = await connect(client, other_tenant, intuit, realm)
    assert taken.status_code == 303
    assert taken.headers["location"].endswith("?quickbooks=taken")
    assert await _stored(db, other_tenant) == []
    # Not even exchanged: the other business's grant never reaches us.
    assert len(intuit.sent("POST", "/oauth2/v1/tokens/bearer")) == 1
    # Once the first business disconnects, the company is free to link.
    assert (await client.delete(STATUS, headers=tenant.owner)).status_code == 200
    assert (
        (await connect(client, other_tenant, intuit, realm))
        .headers["location"]
        .endswith("?quickbooks=connected")
    )
    (row,) = await _stored(db, other_tenant)
    assert row["status"] == "connected" and row["realm"] == realm


async def test_disconnect_revokes_at_intuit_and_forgets_the_tokens(
    client: httpx.AsyncClient, tenant: Tenant, intuit: RecordedIntuit, db: Database, realm: str
) -> None:
    await connect(client, tenant, intuit, realm)
    gone = await client.delete(STATUS, headers=tenant.owner)
    assert gone.status_code == 200, gone.text
    assert gone.json() == {"status": "disconnected", "revoked_at_intuit": True}
    (revoke,) = intuit.sent("POST", "/v2/oauth2/tokens/revoke")
    assert RecordedIntuit.body(revoke) == {"token": REFRESH_TOKEN}
    assert revoke.headers["authorization"].startswith("Basic ")
    (row,) = await _stored(db, tenant)
    assert row["status"] == "disconnected"
    assert row["refresh"] is None and row["access"] is None and row["raw_refresh"] is None
    assert (await client.get(STATUS, headers=tenant.owner)).json()["status"] == "disconnected"
    # Nothing left to disconnect.
    assert (await client.delete(STATUS, headers=tenant.owner)).status_code == 404


async def test_disconnect_forgets_the_tokens_even_when_intuit_does_not_answer(
    client: httpx.AsyncClient, tenant: Tenant, intuit: RecordedIntuit, db: Database, realm: str
) -> None:
    await connect(client, tenant, intuit, realm)
    intuit.on("POST", "/v2/oauth2/tokens/revoke", (503, {}))
    gone = await client.delete(STATUS, headers=tenant.owner)
    assert gone.json() == {"status": "disconnected", "revoked_at_intuit": False}
    (row,) = await _stored(db, tenant)
    assert row["status"] == "disconnected" and row["refresh"] is None


async def test_another_tenant_neither_sees_nor_disconnects_the_connection(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
    db: Database,
) -> None:
    await connect(client, tenant, intuit, realm)
    theirs = (await client.get(STATUS, headers=other_tenant.owner)).json()
    assert theirs["status"] == "not_connected" and theirs["realm_id"] is None
    assert (await client.delete(STATUS, headers=other_tenant.owner)).status_code == 404
    assert not intuit.sent("POST", "/v2/oauth2/tokens/revoke")
    (row,) = await _stored(db, tenant)
    assert row["status"] == "connected" and row["refresh"] == REFRESH_TOKEN
    # A state started by the other tenant connects only the other tenant.
    assert (await connect(client, other_tenant, intuit, realm + "9")).status_code
    (mine,) = await _stored(db, tenant)
    assert mine["realm"] == realm
    (theirs_row,) = await _stored(db, other_tenant)
    assert theirs_row["realm"] == realm + "9"


async def test_owner_routes_need_the_owner(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert (await client.post(CONNECT)).status_code == 401
    assert (await client.get(STATUS)).status_code == 401
    assert (await client.delete(STATUS)).status_code == 401
    widget = {"X-Widget-Token": tenant.widget_token}
    assert (await client.post(CONNECT, headers=widget)).status_code in (401, 403)


async def test_not_enabled_on_an_offline_deployment(
    database_url: str, db: Database, clock: FixedClock, tenant: Tenant
) -> None:
    settings = make_settings(database_url, public_base_url="https://switchboard.example")
    async with app_client(settings, db, clock=clock) as c:
        refused = await c.post(CONNECT, headers=tenant.owner)
        assert refused.status_code == 409
        assert refused.json()["type"].endswith("quickbooks-not-enabled")
        assert (await c.get(STATUS, headers=tenant.owner)).json()["status"] == "not_connected"


async def test_the_dashboard_session_connects_and_signing_out_voids_its_state(
    settings: Settings,
    db: Database,
    clock: FixedClock,
    providers: Providers,
    tenant: Tenant,
    intuit: RecordedIntuit,
    realm: str,
) -> None:
    async with app_client(
        settings, db, clock=clock, providers=providers, base_url="https://switchboard.example"
    ) as browser:
        login = await browser.post("/v1/auth/owner/login", json={"owner_token": tenant.owner_token})
        assert login.status_code == 200, login.text
        csrf = {"X-CSRF-Token": login.json()["csrf_token"]}
        # A cookie write needs the CSRF token.
        assert (await browser.post(CONNECT)).status_code == 403
        start = await browser.post(CONNECT, headers=csrf)
        assert start.status_code == 200, start.text
        state = state_of(start.json()["authorization_url"])
        intuit.once("POST", "/oauth2/v1/tokens/bearer", (200, TOKEN_EXCHANGE))
        params = {"code": "c", "state": state, "realmId": realm}
        back = await browser.get(CALLBACK, params=params)
        assert back.headers["location"].endswith("?quickbooks=connected"), back.text
        (row,) = await _stored(db, tenant)
        assert row["status"] == "connected"

        later = state_of((await browser.post(CONNECT, headers=csrf)).json()["authorization_url"])
        assert (await browser.post("/v1/auth/owner/logout", headers=csrf)).status_code == 204
        refused = await browser.get(CALLBACK, params=params | {"state": later})
        assert refused.status_code == 400
