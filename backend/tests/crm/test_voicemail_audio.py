"""The owner plays a voicemail in the dashboard: the audio comes from the voice provider
through the owner API, for the callback's own tenant only."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx

from switchboard.conversations import service as conversations
from switchboard.core.db import Database
from switchboard.models.callback import Callback
from tests.conftest import Tenant
from tests.support import as_tenant

URL = "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE{}"


async def voicemail(db: Database, tenant: Tenant, url: str | None) -> str:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        callback = await conversations.open_callback(
            uow, ctx, reason="voicemail", at=datetime.now(UTC), phone="+19135550150"
        )
        callback.recording_url = url
        return str(callback.id)


async def test_owner_plays_the_voicemail(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    url = URL.format(uuid.uuid4().hex)
    voice = client._transport.app.state.providers.voice  # type: ignore[attr-defined]
    voice.add_recording(url, b"RIFF....WAVEfmt ")
    callback = await voicemail(db, tenant, url)
    response = await client.get(f"/v1/owner/callbacks/{callback}/recording", headers=tenant.owner)
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/wav"
    assert response.headers["cache-control"] == "private, no-store"
    assert response.content.startswith(b"RIFF")
    other = await client.get(
        f"/v1/owner/callbacks/{callback}/recording", headers=other_tenant.owner
    )
    assert other.status_code == 404
    bad = await client.get("/v1/owner/callbacks/not-an-id/recording", headers=tenant.owner)
    assert bad.status_code == 422


async def test_no_recording_or_a_provider_that_lost_it_is_404_and_a_down_one_503(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    none = await voicemail(db, tenant, None)
    gone = await client.get(f"/v1/owner/callbacks/{none}/recording", headers=tenant.owner)
    assert gone.status_code == 404 and gone.json()["type"].endswith("recording-gone")
    lost = await voicemail(db, tenant, URL.format(uuid.uuid4().hex))
    response = await client.get(f"/v1/owner/callbacks/{lost}/recording", headers=tenant.owner)
    assert response.status_code == 404
    voice = client._transport.app.state.providers.voice  # type: ignore[attr-defined]
    url = URL.format(uuid.uuid4().hex)
    voice.add_recording(url, b"RIFF")
    deleted = await voicemail(db, tenant, url)
    async with as_tenant(db, tenant.id) as (uow, _):
        row = await uow.session.get(Callback, uuid.UUID(deleted))
        assert row is not None
        row.recording_deleted_at = datetime.now(UTC)
    response = await client.get(f"/v1/owner/callbacks/{deleted}/recording", headers=tenant.owner)
    assert response.status_code == 404
    down = await voicemail(db, tenant, url)
    voice.fail_next(1)
    response = await client.get(f"/v1/owner/callbacks/{down}/recording", headers=tenant.owner)
    assert response.status_code == 503
