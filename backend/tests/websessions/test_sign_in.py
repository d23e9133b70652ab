"""Browser sign-in for the owner dashboard and the admin console: a credential becomes an
HttpOnly session cookie, writes with the cookie need the CSRF token, sessions end by sign-out,
expiry, idleness or rotation of the owner token, and guessing is cut off."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.main import create_app
from tests.conftest import (
    ADMIN,
    ADMIN_KEY,
    Tenant,
    app_client,
    make_settings,
    own_address,
    provision,
)

OWNER_COOKIE = "sb_owner_session"
ADMIN_COOKIE = "sb_admin_session"


async def get_with_cookie(
    client: httpx.AsyncClient, url: str, name: str, value: str
) -> httpx.Response:
    """A GET that presents exactly this cookie (an old, forged or misplaced one)."""
    saved = httpx.Cookies(client.cookies)
    client.cookies.clear()
    client.cookies.set(name, value)
    try:
        return await client.get(url)
    finally:
        client.cookies.clear()
        client.cookies.update(saved)


async def sign_in(client: httpx.AsyncClient, tenant: Tenant) -> str:
    response = await client.post("/v1/auth/owner/login", json={"owner_token": tenant.owner_token})
    assert response.status_code == 200, response.text
    csrf: str = response.json()["csrf_token"]
    return csrf


async def test_owner_signs_in_and_the_cookie_is_httponly_strict(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    response = await client.post("/v1/auth/owner/login", json={"owner_token": tenant.owner_token})
    assert response.status_code == 200
    body = response.json()
    assert body["role"] == "owner" and body["business_id"] == tenant.id and body["csrf_token"]
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{OWNER_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # PUBLIC_BASE_URL is http here
    assert tenant.owner_token not in cookie  # the cookie is a new secret, not the credential
    # The cookie alone now reaches the owner API.
    business = await client.get("/v1/owner/business")
    assert business.status_code == 200 and business.json()["id"] == tenant.id
    session = await client.get("/v1/auth/owner/session")
    assert session.status_code == 200 and session.json()["csrf_token"] == body["csrf_token"]
    # A credential header, when sent, decides: a wrong one is refused despite the cookie.
    wrong = await client.get("/v1/owner/business", headers={"X-Owner-Token": "sb_test_owner_x"})
    assert wrong.status_code == 401


async def test_cookie_is_secure_when_the_public_url_is_https(database_url: str) -> None:
    settings = make_settings(database_url, public_base_url="https://switchboard.example")
    db = Database(settings)
    try:
        async with app_client(settings, db, clock=FixedClock(datetime.now(UTC))) as c:
            tenant = await provision(c)
            response = await c.post(
                "/v1/auth/owner/login", json={"owner_token": tenant.owner_token}
            )
            assert response.status_code == 200
            assert "Secure" in response.headers["set-cookie"]
    finally:
        await db.dispose()


async def test_writes_with_the_cookie_need_the_csrf_token(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    csrf = await sign_in(client, tenant)
    refused = await client.post("/v1/owner/lockdown", json={"enabled": True})
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("csrf-rejected")
    wrong = await client.post(
        "/v1/owner/lockdown", json={"enabled": True}, headers={"X-CSRF-Token": "0" * 64}
    )
    assert wrong.status_code == 403
    assert (await client.get("/v1/owner/lockdown")).json()["enabled"] is False
    done = await client.post(
        "/v1/owner/lockdown", json={"enabled": True}, headers={"X-CSRF-Token": csrf}
    )
    assert done.status_code == 200 and done.json()["enabled"] is True
    audit = (await client.get("/v1/owner/audit")).json()["items"]
    assert audit[0]["actor_kind"] == "owner_session"


async def test_wrong_token_is_401_and_bad_input_is_422(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    wrong = await client.post("/v1/auth/owner/login", json={"owner_token": "sb_test_owner_x"})
    assert wrong.status_code == 401 and "set-cookie" not in wrong.headers
    api_key = await client.post("/v1/auth/owner/login", json={"owner_token": tenant.api_key})
    assert api_key.status_code == 401  # only the owner token signs in to the dashboard
    assert (await client.post("/v1/auth/owner/login", json={})).status_code == 422
    assert (await client.post("/v1/auth/owner/login", content=b"{")).status_code in (400, 422)
    too_long = await client.post("/v1/auth/owner/login", json={"owner_token": "x" * 5000})
    assert too_long.status_code == 422
    forged = await get_with_cookie(client, "/v1/owner/business", OWNER_COOKIE, "forged")
    assert forged.status_code == 401


async def test_sessions_belong_to_their_tenant(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    csrf = await sign_in(client, tenant)
    created = await client.post(
        "/v1/owner/customers",
        json={"name": "Dana Other", "phone": "+19135550177"},
        headers=other_tenant.owner,
    )
    assert created.status_code == 201, created.text
    other_id = created.json()["id"]
    assert (await client.get(f"/v1/owner/customers/{other_id}")).status_code == 404
    patch = await client.patch(
        f"/v1/owner/customers/{other_id}", json={"notes": "x"}, headers={"X-CSRF-Token": csrf}
    )
    assert patch.status_code == 404
    listed = (await client.get("/v1/owner/customers")).json()
    assert other_id not in {c["id"] for c in listed["items"]}


async def test_sign_out_ends_the_session_on_the_server(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    csrf = await sign_in(client, tenant)
    token = client.cookies[OWNER_COOKIE]
    no_csrf = await client.post("/v1/auth/owner/logout")
    assert no_csrf.status_code == 403  # another site cannot sign the owner out
    out = await client.post("/v1/auth/owner/logout", headers={"X-CSRF-Token": csrf})
    assert out.status_code == 204
    assert (
        f'{OWNER_COOKIE}=""' in out.headers["set-cookie"]
        or "Max-Age=0" in out.headers["set-cookie"]
    )
    # The old cookie, replayed, no longer works.
    replay = await get_with_cookie(client, "/v1/owner/business", OWNER_COOKIE, token)
    assert replay.status_code == 401
    again = await client.post("/v1/auth/owner/logout")
    assert again.status_code == 204


async def test_signing_in_again_ends_the_browsers_previous_session(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await sign_in(client, tenant)
    first = client.cookies[OWNER_COOKIE]
    await sign_in(client, tenant)
    assert client.cookies[OWNER_COOKIE] != first
    old = await get_with_cookie(client, "/v1/owner/business", OWNER_COOKIE, first)
    assert old.status_code == 401


async def test_rotating_the_owner_token_ends_its_sessions(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await sign_in(client, tenant)
    rotated = await client.post(
        f"/v1/admin/businesses/{tenant.id}/credentials/owner_token/rotate", headers=ADMIN
    )
    assert rotated.status_code == 200, rotated.text
    assert (await client.get("/v1/owner/business")).status_code == 401


async def test_a_suspended_business_cannot_sign_in_or_use_its_session(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await sign_in(client, tenant)
    suspended = await client.post(f"/v1/admin/businesses/{tenant.id}/suspend", headers=ADMIN)
    assert suspended.status_code == 200, suspended.text
    assert (await client.get("/v1/owner/business")).status_code == 403
    again = await client.post("/v1/auth/owner/login", json={"owner_token": tenant.owner_token})
    assert again.status_code == 403


@pytest.fixture
async def timed(
    settings: Settings, db: Database
) -> AsyncIterator[tuple[httpx.AsyncClient, FixedClock]]:
    clock = FixedClock(datetime.now(UTC))
    async with app_client(settings, db, clock=clock) as c:
        yield c, clock


async def test_sessions_expire_when_idle_and_at_their_lifetime(
    timed: tuple[httpx.AsyncClient, FixedClock], settings: Settings
) -> None:
    client, clock = timed
    tenant = await provision(client)
    await sign_in(client, tenant)
    idle = timedelta(seconds=settings.owner_session_idle_s)
    # Used just within the idle limit, again and again: alive.
    for _ in range(3):
        clock.advance(idle - timedelta(minutes=1))
        assert (await client.get("/v1/owner/business")).status_code == 200
    # Left alone past the idle limit: ended.
    clock.advance(idle + timedelta(seconds=1))
    assert (await client.get("/v1/owner/business")).status_code == 401
    # The absolute lifetime ends a session in use, too.
    await sign_in(client, tenant)
    ttl = timedelta(seconds=settings.owner_session_ttl_s)
    steps = int(ttl / (idle / 2)) + 1
    for _ in range(steps):
        clock.advance(idle / 2)
        status = (await client.get("/v1/owner/business")).status_code
        if status == 401:
            break
    assert status == 401
    assert (await client.get("/v1/auth/owner/session")).status_code == 401


async def test_admin_signs_in_to_the_console_with_the_key(client: httpx.AsyncClient) -> None:
    assert (await client.get("/v1/admin/businesses")).status_code == 401
    wrong = await client.post("/v1/auth/admin/login", json={"admin_key": "nope"})
    assert wrong.status_code == 401
    response = await client.post("/v1/auth/admin/login", json={"admin_key": ADMIN_KEY})
    assert response.status_code == 200
    body = response.json()
    assert body["role"] == "admin" and body["business_id"] is None
    assert response.headers["set-cookie"].startswith(f"{ADMIN_COOKIE}=")
    assert (await client.get("/v1/admin/businesses")).status_code == 200
    from tests.conftest import random_phone

    new = {"name": "Cookie Plumbing", "timezone": "America/Chicago", "phone_number": random_phone()}
    refused = await client.post("/v1/admin/businesses", json=new)
    assert refused.status_code == 403
    made = await client.post(
        "/v1/admin/businesses", json=new, headers={"X-CSRF-Token": body["csrf_token"]}
    )
    assert made.status_code == 201
    # An owner session never reaches the admin API, and the admin session is not an owner.
    owner_token = made.json()["credentials"]["owner_token"]
    assert (await client.get("/v1/owner/business")).status_code == 401
    await client.post("/v1/auth/owner/login", json={"owner_token": owner_token})
    client.cookies.delete(ADMIN_COOKIE)
    assert (await client.get("/v1/admin/businesses")).status_code == 401
    admin_cookie_as_owner = await get_with_cookie(
        client, "/v1/auth/admin/session", ADMIN_COOKIE, client.cookies[OWNER_COOKIE]
    )
    assert admin_cookie_as_owner.status_code == 401


async def test_admin_sign_in_is_refused_when_no_key_is_configured(database_url: str) -> None:
    settings = make_settings(database_url, admin_api_key=None)
    db = Database(settings)
    try:
        async with app_client(settings, db, clock=FixedClock(datetime.now(UTC))) as c:
            response = await c.post("/v1/auth/admin/login", json={"admin_key": "anything"})
            assert response.status_code == 401
    finally:
        await db.dispose()


async def test_repeated_failed_sign_ins_lock_the_address_out(
    database_url: str, tenant: Tenant
) -> None:
    settings = make_settings(database_url, login_failure_limit=3)
    db = Database(settings)
    address = own_address()  # its own counter
    app = create_app(settings, database=db, run_worker=False)
    transport = httpx.ASGITransport(app=app, client=(address, 4000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for _ in range(3):
                bad = await c.post("/v1/auth/owner/login", json={"owner_token": "sb_bad"})
                assert bad.status_code == 401
            locked = await c.post("/v1/auth/owner/login", json={"owner_token": tenant.owner_token})
            assert locked.status_code == 429 and locked.headers["retry-after"] == "900"
            admin = await c.post("/v1/auth/admin/login", json={"admin_key": ADMIN_KEY})
            assert admin.status_code == 429
    finally:
        await db.dispose()


async def test_another_site_cannot_sign_a_browser_in_with_a_form_post(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    # A cross-site HTML form can send text/plain or form bodies, never application/json
    # without the browser asking first: such a sign-in is refused and sets no cookie.
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = await client.post(
            "/v1/auth/owner/login",
            content=f'{{"owner_token": "{tenant.owner_token}"}}',
            headers={"Content-Type": content_type},
        )
        assert response.status_code == 422, content_type
        assert "set-cookie" not in response.headers
