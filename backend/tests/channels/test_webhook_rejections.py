"""Twilio webhooks refused for their signature are counted per tenant, under the tenant the
request claims (the number it names), and platform-wide. The claim decides nothing else: the
request is refused before any tenant is trusted, and nothing of it is stored."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import func, select

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.models.message import Message
from switchboard.models.security_event import SecurityEvent
from tests.channels.conftest import twilio_post
from tests.conftest import ADMIN, Tenant, provision, random_phone
from tests.twilio_params import sms_params, sms_status_params

FORGED = "bm90LWEtc2lnbmF0dXJl"


async def _usage(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, int]:
    response = await client.get(f"/v1/admin/businesses/{tenant.id}/usage?days=1", headers=ADMIN)
    assert response.status_code == 200, response.text
    assert response.json()["not_measured"] == []
    totals: dict[str, int] = response.json()["totals"]
    return totals


async def _platform_signature_failures(client: httpx.AsyncClient) -> int:
    overview = await client.get("/v1/admin/overview?days=1", headers=ADMIN)
    return int(overview.json()["security_events"]["signature_failure"])


async def test_a_forged_webhook_is_counted_under_the_tenant_it_claims(
    client: httpx.AsyncClient, db: Database, clock: FixedClock
) -> None:
    tenant = await provision(client, name="Claimed Plumbing")
    other = await provision(client, name="Bystander Electric", vertical="electrical")
    platform_before = await _platform_signature_failures(client)
    customer = "+19135550142"

    # An incoming text naming the tenant's number, with a forged signature.
    incoming = sms_params(customer, tenant.phone_number, "Do you fix boilers?")
    refused = await twilio_post(client, "/twilio/sms", incoming, signature=FORGED)
    assert refused.status_code == 403
    # The same without any signature.
    unsigned = await client.post("/twilio/sms", data=incoming)
    assert unsigned.status_code == 403
    # A status callback for a text the tenant "sent": the tenant's number is `From`.
    status = sms_status_params("SM" + "7" * 32, "delivered", tenant.phone_number, customer)
    assert (
        await twilio_post(client, "/twilio/sms/status", status, signature=FORGED)
    ).status_code == 403
    # A properly signed webhook is no rejection.
    signed = await twilio_post(
        client, "/twilio/sms", sms_params(customer, tenant.phone_number, "Hi")
    )
    assert signed.status_code == 200

    clock.set(clock.now() + timedelta(seconds=1))  # a period ends just before "now"
    assert (await _usage(client, tenant))["webhook_rejections"] == 3
    assert (await _usage(client, other))["webhook_rejections"] == 0
    overview = await client.get("/v1/admin/overview?days=1", headers=ADMIN)
    rows = {row["id"]: row for row in overview.json()["by_tenant"]}
    assert rows[tenant.id]["webhook_rejections"] == 3
    assert rows[other.id]["webhook_rejections"] == 0
    assert await _platform_signature_failures(client) == platform_before + 3

    # The security log names the tenant as claimed; the refused text was never stored.
    events = await client.get(
        "/v1/admin/security-events",
        params={"business_id": tenant.id, "kind": "signature_failure"},
        headers=ADMIN,
    )
    assert events.status_code == 200
    items = events.json()["items"]
    assert len(items) == 3
    assert all(i["details"] == {"tenant": "claimed"} for i in items)
    async with db.unit_of_work() as uow, uow.system_scope("test counts texts"):
        stored = await uow.session.scalar(
            select(func.count()).select_from(Message).where(Message.body == "Do you fix boilers?")
        )
    assert stored == 0


async def test_a_forged_webhook_naming_no_tenant_is_counted_platform_wide_only(
    client: httpx.AsyncClient, db: Database, clock: FixedClock
) -> None:
    tenant = await provision(client, name="Quiet Roofing", vertical="roofing")
    before = await _platform_signature_failures(client)
    unclaimed = await _unclaimed_signature_failures(db)
    stranger = random_phone()
    incoming = sms_params("+19135550142", stranger, "hello")
    assert (await twilio_post(client, "/twilio/sms", incoming, signature=FORGED)).status_code == 403
    assert await _platform_signature_failures(client) == before + 1
    clock.set(clock.now() + timedelta(seconds=1))
    assert (await _usage(client, tenant))["webhook_rejections"] == 0
    # Logged with no business (the test database is shared: counted, not read as "the last").
    assert await _unclaimed_signature_failures(db) == unclaimed + 1


async def _unclaimed_signature_failures(db: Database) -> int:
    async with db.unit_of_work() as uow, uow.system_scope("test reads the log"):
        rows = await uow.session.scalars(
            select(SecurityEvent).where(
                SecurityEvent.kind == "signature_failure", SecurityEvent.business_id.is_(None)
            )
        )
        return sum(1 for row in rows.all() if row.details == {})
