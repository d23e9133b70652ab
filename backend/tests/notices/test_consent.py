"""SMS consent has one truth: the record the sending rules obey, shown on the customer."""

from __future__ import annotations

from typing import Any

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.messaging import consent
from tests.conftest import Tenant
from tests.notices.conftest import CUSTOMER, book, texts_to
from tests.support import as_tenant


async def customer_view(client: httpx.AsyncClient, tenant: Tenant) -> dict[str, Any]:
    listing = await client.get("/v1/owner/customers?q=Dana", headers=tenant.owner)
    [customer] = listing.json()["items"]
    return dict(customer)


async def test_owner_consent_change_binds_the_sending_rules(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    worker: Worker,
    sms: OfflineSms,
    db: Database,
) -> None:
    created = await client.post(
        "/v1/owner/customers", json={"name": "Dana Reyes", "phone": CUSTOMER}, headers=tenant.owner
    )
    url = f"/v1/owner/customers/{created.json()['id']}/sms-consent"
    body = {"granted": False, "method": "verbal", "evidence": "asked on the phone, 2 March"}
    response = await client.put(url, json=body, headers=tenant.owner)
    assert response.status_code == 200, response.text
    assert response.json()["sms_opt_out"] is True
    assert response.json()["sms_consent"]["evidence"] == "asked on the phone, 2 March"

    async with as_tenant(db, tenant.id) as (uow, ctx):
        record = await consent.current(uow, ctx, CUSTOMER)
        assert record is not None and record.opted_out
        assert record.evidence["source"] == "verbal"
        assert record.evidence["note"] == "asked on the phone, 2 March"
    async with as_tenant(db, other_tenant.id) as (uow, ctx):
        assert not await consent.is_opted_out(uow, ctx, CUSTOMER)

    await book(client, tenant, "2026-03-03T10:00:00-06:00")
    await worker.drain()
    assert texts_to(sms, CUSTOMER) == []

    body = {"granted": True, "method": "written", "evidence": "signed form"}
    assert (await client.put(url, json=body, headers=tenant.owner)).status_code == 200
    async with as_tenant(db, tenant.id) as (uow, ctx):
        assert not await consent.is_opted_out(uow, ctx, CUSTOMER)


async def test_stop_and_start_recorded_by_messaging_show_on_the_customer(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    await client.post(
        "/v1/owner/customers", json={"name": "Dana Reyes", "phone": CUSTOMER}, headers=tenant.owner
    )
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    shown = await customer_view(client, tenant)
    assert shown["sms_opt_out"] is True
    assert shown["sms_consent"]["status"] == "revoked"
    assert shown["sms_consent"]["method"] == "sms_keyword"

    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_in(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    assert (await customer_view(client, tenant))["sms_opt_out"] is False


async def test_a_number_that_opted_out_first_is_opted_out_as_a_new_customer(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_out(uow, ctx, CUSTOMER, clock.now(), source="sms_keyword")
    created = await client.post(
        "/v1/owner/customers", json={"name": "Dana Reyes", "phone": CUSTOMER}, headers=tenant.owner
    )
    assert created.json()["sms_opt_out"] is True
