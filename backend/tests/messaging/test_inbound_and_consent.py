"""Inbound messages are logged once; consent keeps its evidence, per tenant."""

from __future__ import annotations

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.messaging import consent, service
from tests.conftest import Tenant
from tests.support import as_tenant


async def test_a_repeated_inbound_webhook_is_logged_once(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, clock: FixedClock
) -> None:
    for _ in range(2):
        async with as_tenant(db, tenant.id) as (uow, ctx):
            await service.record_inbound(
                uow,
                ctx,
                channel="sms",
                from_addr="+19135550142",
                to_addr=tenant.phone_number,
                body="STOP",
                kind="opt_out",
                clock=clock,
                provider_id="SMin-repeated",
            )
    listing = await client.get("/v1/owner/messages", headers=tenant.owner)
    assert [m["body"] for m in listing.json()["items"]] == ["STOP"]


async def test_opt_out_keeps_its_evidence_and_stays_in_its_tenant(
    db: Database, tenant: Tenant, other_tenant: Tenant, clock: FixedClock
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        inbound = await service.record_inbound(
            uow,
            ctx,
            channel="sms",
            from_addr="+19135550142",
            to_addr=tenant.phone_number,
            body="stop!",
            kind="opt_out",
            clock=clock,
            provider_id="SMstop1",
        )
        await consent.opt_out(
            uow, ctx, "+19135550142", clock.now(), source="sms_keyword", message_id=inbound.id
        )
    async with as_tenant(db, tenant.id) as (uow, ctx):
        record = await consent.current(uow, ctx, "+19135550142")
        assert record is not None
        assert record.opted_out
        assert record.evidence["source"] == "sms_keyword"
        assert record.evidence["message_id"] == str(inbound.id)
        assert record.evidence["at"] == clock.now().isoformat()
    async with as_tenant(db, other_tenant.id) as (uow, ctx):
        assert not await consent.is_opted_out(uow, ctx, "+19135550142")
