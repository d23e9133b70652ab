"""Connecting a Google account: PKCE, a sealed state bound to the owner, the code exchange,
the refresh token encrypted at rest, disconnection revoking the grant."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy import Text, select, type_coerce

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.models.calendar import CalendarConnection
from tests.calendar.conftest import connect, state_of
from tests.calendar.recorded import (
    CODE_REUSED,
    GMAIL_SCOPE,
    REFRESH_TOKEN,
    TOKEN_EXCHANGE,
    RecordedGoogle,
)
from tests.conftest import ADMIN, Tenant, app_client, make_settings, own_address

CALLBACK = "/v1/integrations/google/callback"
CONNECT = "/v1/owner/integrations/google/connect"
STATUS = "/v1/owner/integrations/google"


async def _stored(db: Database, tenant: Tenant) -> list[tuple[str, str, str]]:
    """(status, raw column text, decrypted token) of the tenant's stored connection."""
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("test reads"):
        rows = (
            await uow.session.execute(
                select(
                    CalendarConnection.status,
                    type_coerce(CalendarConnection.refresh_token, Text),
                    CalendarConnection.refresh_token,
                ).where(CalendarConnection.business_id == uuid.UUID(tenant.id))
            )
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]


async def test_connect_sends_pkce_and_stores_the_token_encrypted(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle, db: Database
) -> None:
    start = await client.post(CONNECT, json={}, headers=tenant.owner)
    assert start.status_code == 200
    url = start.json()["authorization_url"]
    assert url.startswith("https://accounts.google.com/o/oauth2/v2/auth?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["client_id"] == "1234-test.apps.googleusercontent.com"
    assert query["redirect_uri"] == f"https://switchboard.example{CALLBACK}"
    assert query["response_type"] == "code"
    assert query["scope"] == "https://www.googleapis.com/auth/calendar.events"
    assert query["code_challenge_method"] == "S256"
    assert query["access_type"] == "offline"
    assert tenant.id not in query["state"]  # sealed, not merely signed

    google.once("POST", "/token", (200, TOKEN_EXCHANGE))
    back = await client.get(CALLBACK, params={"code": "4/0AeaYSH-code", "state": query["state"]})
    assert back.status_code == 303
    assert back.headers["location"].endswith("/dashboard/#/settings?google=connected")

    (exchange,) = google.sent("POST", "/token")
    form = RecordedGoogle.form(exchange)
    assert form["grant_type"] == "authorization_code"
    assert form["code"] == "4/0AeaYSH-code"
    assert form["redirect_uri"] == query["redirect_uri"]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(form["code_verifier"].encode()).digest())
    assert challenge.decode().rstrip("=") == query["code_challenge"]

    ((status, raw, clear),) = await _stored(db, tenant)
    assert status == "connected"
    assert clear == REFRESH_TOKEN
    assert REFRESH_TOKEN not in raw  # encrypted at rest
    view = (await client.get(STATUS, headers=tenant.owner)).json()
    assert view["status"] == "connected"
    assert view["calendar_ids"] == ["primary"]
    assert view["gmail"] is False


async def test_gmail_is_asked_for_only_when_the_owner_wants_it(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle
) -> None:
    start = await client.post(CONNECT, json={"gmail": True}, headers=tenant.owner)
    scope = parse_qs(urlsplit(start.json()["authorization_url"]).query)["scope"][0]
    assert scope.split() == ["https://www.googleapis.com/auth/calendar.events", GMAIL_SCOPE]
    google.once(
        "POST",
        "/token",
        (200, TOKEN_EXCHANGE | {"scope": f"{TOKEN_EXCHANGE['scope']} {GMAIL_SCOPE}"}),
    )
    state = state_of(start.json()["authorization_url"])
    assert (await client.get(CALLBACK, params={"code": "c", "state": state})).status_code == 303
    assert (await client.get(STATUS, headers=tenant.owner)).json()["gmail"] is True


async def test_a_tampered_expired_or_orphaned_state_is_refused(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    google: RecordedGoogle,
    clock: FixedClock,
    db: Database,
) -> None:
    start = await client.post(CONNECT, json={}, headers=tenant.owner)
    state = state_of(start.json()["authorization_url"])
    google.on("POST", "/token", (200, TOKEN_EXCHANGE))

    tampered = state[:-6] + ("A" if state[-6] != "A" else "B") + state[-5:]
    for bad in (tampered, "", "not-a-state", state + "x"):
        refused = await client.get(CALLBACK, params={"code": "c", "state": bad})
        assert refused.status_code in (400, 422), refused.text
        assert refused.headers["content-type"].startswith("application/problem+json")

    clock.advance(timedelta(minutes=11))
    expired = await client.get(CALLBACK, params={"code": "c", "state": state})
    assert expired.status_code == 400
    clock.advance(timedelta(minutes=-11))

    # Bound to the owner credential that started it: once revoked, the state is worthless.
    fresh = state_of(
        (await client.post(CONNECT, json={}, headers=tenant.owner)).json()["authorization_url"]
    )
    rotated = await client.post(
        f"/v1/admin/businesses/{tenant.id}/credentials/owner_token/rotate", headers=ADMIN
    )
    assert rotated.status_code == 200, rotated.text
    orphaned = await client.get(CALLBACK, params={"code": "c", "state": fresh})
    assert orphaned.status_code == 400

    assert not google.sent("POST", "/token")  # nothing was exchanged
    assert await _stored(db, tenant) == []
    assert await _stored(db, other_tenant) == []


async def test_google_refusing_the_code_or_the_owner_declining_stores_nothing(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle, db: Database
) -> None:
    state = state_of(
        (await client.post(CONNECT, json={}, headers=tenant.owner)).json()["authorization_url"]
    )
    google.once("POST", "/token", (400, CODE_REUSED))
    refused = await client.get(CALLBACK, params={"code": "used", "state": state})
    assert refused.status_code == 422
    declined = await client.get(CALLBACK, params={"error": "access_denied", "state": state})
    assert declined.status_code == 303
    assert declined.headers["location"].endswith("google=denied")
    no_calendar = TOKEN_EXCHANGE | {"scope": "openid"}
    google.once("POST", "/token", (200, no_calendar))
    partial = await client.get(CALLBACK, params={"code": "c", "state": state})
    assert partial.status_code == 422
    assert await _stored(db, tenant) == []


async def test_disconnect_revokes_at_google_and_forgets_the_grant(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    google: RecordedGoogle,
    db: Database,
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    assert (await connect(client, other_tenant, google)).status_code == 303
    gone = await client.delete(STATUS, headers=tenant.owner)
    assert gone.status_code == 200
    assert gone.json() == {"status": "not_connected", "revoked_at_google": True}
    (revoke,) = google.sent("POST", "/revoke")
    assert RecordedGoogle.form(revoke) == {"token": REFRESH_TOKEN}
    assert await _stored(db, tenant) == []
    assert (await client.get(STATUS, headers=tenant.owner)).json()["status"] == "not_connected"
    assert (await client.delete(STATUS, headers=tenant.owner)).status_code == 404
    # The other business keeps its own connection.
    assert [s[0] for s in await _stored(db, other_tenant)] == ["connected"]


async def test_choosing_calendars_checks_the_technician_belongs_to_the_business(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant, google: RecordedGoogle
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    theirs = await client.post(
        "/v1/owner/technicians", json={"name": "Lee"}, headers=other_tenant.owner
    )
    body = {
        "calendar_ids": ["primary", "team@group.calendar.google.com"],
        "technician_calendars": {theirs.json()["id"]: "lee@example.com"},
    }
    path = f"{STATUS}/calendars"
    assert (await client.put(path, json=body, headers=tenant.owner)).status_code == 404
    ours = await client.post("/v1/owner/technicians", json={"name": "Ray"}, headers=tenant.owner)
    body["technician_calendars"] = {ours.json()["id"]: "ray@example.com"}
    chosen = await client.put(path, json=body, headers=tenant.owner)
    assert chosen.status_code == 200, chosen.text
    assert chosen.json()["technician_calendars"] == {ours.json()["id"]: "ray@example.com"}
    assert (
        await client.put(path, json={"calendar_ids": []}, headers=tenant.owner)
    ).status_code == 422
    # Not connected: nothing to choose for.
    other = await client.put(path, json={"calendar_ids": ["primary"]}, headers=other_tenant.owner)
    assert other.status_code == 404


async def test_connect_needs_the_google_provider(
    settings: Settings, db: Database, clock: FixedClock
) -> None:
    from tests.conftest import provision

    async with app_client(settings, db, clock=clock) as offline:
        tenant = await provision(offline)
        answer = await offline.post(CONNECT, json={}, headers=tenant.owner)
        assert answer.status_code == 409
        assert (await offline.get(STATUS, headers=tenant.owner)).json()["status"] == "not_connected"


async def test_the_stored_token_follows_secret_key_rotation(
    database_url: str,
    client: httpx.AsyncClient,
    tenant: Tenant,
    google: RecordedGoogle,
    db: Database,
) -> None:
    """Stored under the old key, still read while it is listed as previous, re-encrypted by
    `rotate-secrets`, then read under the new key alone."""
    from switchboard.core.crypto import SecretUnreadable
    from switchboard.core.key_rotation import rotate_secrets
    from tests.conftest import SECRET_KEY

    assert (await connect(client, tenant, google)).status_code == 303
    new_key = "rotated-secret-key-0123456789abcdef-987654"
    ((_, raw_before, _),) = await _stored(db, tenant)
    rotated_db = Database(
        make_settings(database_url, secret_key=new_key, secret_key_previous=SECRET_KEY)
    )
    only_new = Database(make_settings(database_url, secret_key=new_key))
    try:
        assert [s[2] for s in await _stored(rotated_db, tenant)] == [REFRESH_TOKEN]
        report = await rotate_secrets(rotated_db)
        assert report.rotated["calendar_connections.refresh_token"] >= 1
        ((_, raw_after, clear),) = await _stored(only_new, tenant)
        assert clear == REFRESH_TOKEN and raw_after != raw_before
        with pytest.raises(SecretUnreadable):
            await _stored(db, tenant)  # the old key alone no longer reads it
    finally:
        # Back to the test key, for the other tests sharing this database.
        back = Database(make_settings(database_url, secret_key_previous=new_key))
        await rotate_secrets(back)
        for database in (back, rotated_db, only_new):
            await database.dispose()


async def test_calendar_choices_are_bounded(
    client: httpx.AsyncClient, tenant: Tenant, google: RecordedGoogle
) -> None:
    assert (await connect(client, tenant, google)).status_code == 303
    path = f"{STATUS}/calendars"
    for body in (
        {"calendar_ids": [""]},
        {"calendar_ids": ["x" * 201]},
        {"calendar_ids": [f"c{i}" for i in range(11)]},
        {"calendar_ids": ["primary"], "technician_calendars": {"not-a-uuid": "x"}},
        {"calendar_ids": ["primary"], "write_calendar_id": ""},
    ):
        answer = await client.put(path, json=body, headers=tenant.owner)
        assert answer.status_code == 422, body


async def test_guessed_states_and_channel_tokens_are_rate_limited(
    database_url: str, providers: Providers
) -> None:
    """Both public Google routes count a refusal as a failed authentication: a client that
    keeps guessing is cut off (429) like one guessing owner tokens."""
    from switchboard.core.clock import SystemClock
    from switchboard.main import create_app

    settings = make_settings(database_url, auth_failure_limit=4)
    database = Database(settings)
    app = create_app(
        settings, database=database, clock=SystemClock(), run_worker=False, providers=providers
    )
    address = own_address()  # its own counter
    transport = httpx.ASGITransport(app=app, client=(address, 4000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as guesser:
            for _ in range(2):
                bad = await guesser.get(CALLBACK, params={"code": "c", "state": "gAAAAAguess"})
                assert bad.status_code == 400
                wrong = await guesser.post(
                    "/v1/integrations/google/notifications",
                    headers={"X-Goog-Channel-ID": "guess", "X-Goog-Channel-Token": "guess"},
                )
                assert wrong.status_code == 404
            cut_off = await guesser.get(CALLBACK, params={"code": "c", "state": "gAAAAAguess"})
            assert cut_off.status_code == 429
    finally:
        await database.dispose()
