"""`POST /twilio/sms/status`, signed the way Twilio signs it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
from twilio.request_validator import RequestValidator

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.main import create_app
from tests.conftest import Tenant, make_settings
from tests.messaging.conftest import TWILIO_TOKEN
from tests.messaging.test_sending import get_message, queue_sms
from tests.twilio_params import sms_status_params

PATH = "/twilio/sms/status"


def signed(
    params: dict[str, str], *, url: str = "http://127.0.0.1:8000" + PATH, token: str = TWILIO_TOKEN
) -> dict[str, str]:
    return {
        "X-Twilio-Signature": RequestValidator(token).compute_signature(url, params),
        "Content-Type": "application/x-www-form-urlencoded",
    }


async def report(
    client: httpx.AsyncClient, tenant: Tenant, sid: str, status: str, error_code: str | None = None
) -> httpx.Response:
    params = sms_status_params(sid, status, tenant.phone_number, "+19135550142", error_code)
    return await client.post(PATH, content=urlencode(params), headers=signed(params))


async def sent_message(
    db: Database, tenant: Tenant, clock: FixedClock, worker: Worker, sms: OfflineSms
) -> tuple[str, str]:
    message_id = await queue_sms(db, tenant, clock)
    await worker.drain()
    return message_id, sms.sent[-1].receipt.provider_id


async def test_out_of_order_callbacks_end_at_delivered(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    message_id, sid = await sent_message(db, tenant, clock, worker, sms)
    for status in ("delivered", "sent", "queued", "sending", "delivered", "sent"):
        response = await report(client, tenant, sid, status)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/xml")
    assert (await get_message(client, tenant, message_id))["status"] == "delivered"


async def test_failure_after_sent_is_terminal(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    message_id, sid = await sent_message(db, tenant, clock, worker, sms)
    await report(client, tenant, sid, "undelivered", error_code="30003")
    await report(client, tenant, sid, "delivered")
    message = await get_message(client, tenant, message_id)
    assert message["status"] == "undelivered"
    assert "30003" in message["reason"]


async def test_bad_signature_is_refused_before_anything_changes(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    message_id, sid = await sent_message(db, tenant, clock, worker, sms)
    params = sms_status_params(sid, "failed", tenant.phone_number, "+19135550142")
    forged = signed(params, token="not-the-token")
    assert (await client.post(PATH, content=urlencode(params), headers=forged)).status_code == 403
    # Signed for another host (a Host / X-Forwarded-Host trick) is not valid either.
    elsewhere = signed(params, url="https://attacker.example" + PATH)
    response = await client.post(PATH, content=urlencode(params), headers=elsewhere)
    assert response.status_code == 403
    unsigned = {"Content-Type": "application/x-www-form-urlencoded"}
    assert (await client.post(PATH, content=urlencode(params), headers=unsigned)).status_code == 403
    assert (await get_message(client, tenant, message_id))["status"] == "sent"


async def test_query_string_is_part_of_the_signed_url(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    message_id, sid = await sent_message(db, tenant, clock, worker, sms)
    params = sms_status_params(sid, "delivered", tenant.phone_number, "+19135550142")
    url = "http://127.0.0.1:8000" + PATH + "?attempt=2"
    ok = await client.post(
        PATH + "?attempt=2", content=urlencode(params), headers=signed(params, url=url)
    )
    assert ok.status_code == 200
    assert (await get_message(client, tenant, message_id))["status"] == "delivered"


async def test_callback_for_an_unknown_message_is_acknowledged(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    response = await report(client, tenant, "SM00000000000000000000000000000000", "delivered")
    assert response.status_code == 200


async def test_callback_cannot_touch_another_tenants_message(
    client: httpx.AsyncClient,
    db: Database,
    tenant: Tenant,
    other_tenant: Tenant,
    clock: FixedClock,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    message_id, sid = await sent_message(db, tenant, clock, worker, sms)
    # Validly signed, but claiming the other tenant's number as the sender, with or without
    # naming the message in the callback URL.
    await report(client, other_tenant, sid, "failed")
    params = sms_status_params(sid, "failed", other_tenant.phone_number, "+19135550142")
    url = f"http://127.0.0.1:8000{PATH}?m={message_id}"
    response = await client.post(
        f"{PATH}?m={message_id}", content=urlencode(params), headers=signed(params, url=url)
    )
    assert response.status_code == 200
    assert (await get_message(client, tenant, message_id))["status"] == "sent"


@pytest.fixture
def no_token_settings(database_url: str) -> Settings:
    return make_settings(database_url)


async def test_without_an_auth_token_every_callback_is_refused(
    no_token_settings: Settings, db: Database, providers: Providers
) -> None:
    app = create_app(no_token_settings, database=db, run_worker=False, providers=providers)
    params = sms_status_params("SM1", "delivered", "+19135550100", "+19135550142")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.post(PATH, content=urlencode(params), headers=signed(params))
    assert response.status_code == 403


async def test_a_database_failure_still_answers_twiml(
    settings: Settings, providers: Providers, tmp_path: Path
) -> None:
    # A database with no schema: every query fails.
    broken = Database(make_settings(f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"))
    app = create_app(settings, database=broken, run_worker=False, providers=providers)
    params = sms_status_params("SM1", "delivered", "+19135550100", "+19135550142")
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await client.post(PATH, content=urlencode(params), headers=signed(params))
    finally:
        await broken.dispose()
    assert response.status_code == 200
    assert response.text.startswith("<?xml")
