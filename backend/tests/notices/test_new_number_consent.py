"""A customer's phone changes or is given for the first time: SMS consent stays with the
numbers it was about, and a customer who said "don't text me" is not texted on the new number.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.messaging import consent
from tests.conftest import Tenant
from tests.notices.conftest import CUSTOMER, book, texts_to
from tests.notices.test_merge_consent import (
    SECOND,
    consent_timeline,
    consent_to,
    customer,
    send_status,
    texts_stop,
)
from tests.support import as_tenant

TOMORROW_10 = "2026-03-03T10:00:00-06:00"


async def give_phone(
    client: httpx.AsyncClient, tenant: Tenant, customer_id: str, phone: str | None
) -> dict[str, Any]:
    response = await client.patch(
        f"/v1/owner/customers/{customer_id}", json={"phone": phone}, headers=tenant.owner
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def book_for(client: httpx.AsyncClient, tenant: Tenant, customer_id: str) -> None:
    await book(client, tenant, TOMORROW_10, customer=None, customer_id=customer_id)


async def logged_to(client: httpx.AsyncClient, tenant: Tenant, phone: str) -> list[dict[str, Any]]:
    response = await client.get("/v1/owner/messages", params={"to": phone}, headers=tenant.owner)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def test_an_opted_out_customer_given_a_number_is_not_texted_on_it(
    client: httpx.AsyncClient,
    tenant: Tenant,
    clock: FixedClock,
    db: Database,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    dana = await customer(client, tenant, "Dana Reyes")
    await consent_to(client, tenant, dana["id"], granted=False, evidence="said don't text me")
    clock.advance(timedelta(hours=2))

    shown = await give_phone(client, tenant, dana["id"], CUSTOMER)

    # The record still shows the customer's own decision...
    assert shown["sms_opt_out"] is True
    assert shown["sms_consent"]["method"] == "verbal"
    assert shown["sms_consent"]["evidence"] == "said don't text me"
    # ...and the sending rules now hold it for the number, with where it came from.
    async with as_tenant(db, tenant.id) as (uow, ctx):
        record = await consent.current(uow, ctx, CUSTOMER)
        assert record is not None and record.opted_out
        assert record.evidence["source"] == "new_number"
        assert "verbal" in record.evidence["note"]
        assert "said don't text me" in record.evidence["note"]

    await book_for(client, tenant, dana["id"])
    await worker.drain()
    assert texts_to(sms, CUSTOMER) == []
    [confirmation] = await logged_to(client, tenant, CUSTOMER)
    assert confirmation["kind"] == "confirmation"
    assert confirmation["status"] == "blocked"
    assert confirmation["reason"] == "recipient opted out of SMS"

    history = await consent_timeline(client, tenant, dana["id"])
    assert [(e["details"]["source"], e["details"]["phone"]) for e in history] == [
        ("new_number", CUSTOMER),
        ("verbal", None),
    ]


async def test_a_new_phone_keeps_the_old_numbers_consent_with_the_old_number(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    dana = await customer(client, tenant, "Dana Reyes", CUSTOMER)
    stop_id = await texts_stop(db, tenant, clock, CUSTOMER)
    clock.advance(timedelta(days=1))

    shown = await give_phone(client, tenant, dana["id"], SECOND)

    # The customer who texted STOP is not texted on the new phone either...
    assert shown["phone"] == SECOND and shown["sms_opt_out"] is True
    assert await send_status(db, tenant, clock, SECOND) == "blocked"
    # ...and the old number's own opt-out is untouched: it still blocks, whoever gets it.
    assert await send_status(db, tenant, clock, CUSTOMER) == "blocked"
    async with as_tenant(db, tenant.id) as (uow, ctx):
        old = await consent.current(uow, ctx, CUSTOMER)
        assert old is not None and old.opted_out
        assert old.evidence["source"] == "sms_keyword"
        assert old.evidence["message_id"] == stop_id
    newcomer = await customer(client, tenant, "Sam Ortiz", CUSTOMER)
    assert newcomer["sms_opt_out"] is True


async def test_consent_given_on_the_old_number_never_opts_the_new_one_in(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    # The new number texted STOP before it was this customer's; the customer had agreed to
    # texts on their old number.
    await texts_stop(db, tenant, clock, SECOND)
    dana = await customer(client, tenant, "Dana Reyes", CUSTOMER)
    clock.advance(timedelta(hours=1))
    await consent_to(client, tenant, dana["id"], granted=True, evidence="signed work order")

    shown = await give_phone(client, tenant, dana["id"], SECOND)

    assert shown["sms_opt_out"] is True
    assert shown["sms_consent"]["method"] == "sms_keyword"
    assert await send_status(db, tenant, clock, SECOND) == "blocked"
    async with as_tenant(db, tenant.id) as (uow, ctx):
        old = await consent.current(uow, ctx, CUSTOMER)
        assert old is not None and not old.opted_out  # still the old number's own consent
        assert old.evidence["source"] == "written"

    # Taking the phone off the record changes no number's consent.
    cleared = await give_phone(client, tenant, dana["id"], None)
    assert cleared["phone"] is None and cleared["sms_opt_out"] is True
    assert await send_status(db, tenant, clock, SECOND) == "blocked"


async def test_a_number_that_texted_stop_is_opted_out_on_a_created_or_edited_customer(
    client: httpx.AsyncClient,
    tenant: Tenant,
    clock: FixedClock,
    db: Database,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    await texts_stop(db, tenant, clock, CUSTOMER)
    await texts_stop(db, tenant, clock, SECOND)
    clock.advance(timedelta(minutes=5))

    created = await customer(client, tenant, "Dana Reyes", CUSTOMER)
    assert created["sms_opt_out"] is True
    assert created["sms_consent"]["method"] == "sms_keyword"
    sam = await customer(client, tenant, "Sam Ortiz")
    edited = await give_phone(client, tenant, sam["id"], SECOND)
    assert edited["sms_opt_out"] is True
    assert edited["sms_consent"]["method"] == "sms_keyword"

    await book_for(client, tenant, created["id"])
    await worker.drain()
    for phone in (CUSTOMER, SECOND):
        assert texts_to(sms, phone) == []
    [confirmation] = await logged_to(client, tenant, CUSTOMER)
    assert (confirmation["status"], confirmation["reason"]) == (
        "blocked",
        "recipient opted out of SMS",
    )
    async with as_tenant(db, tenant.id) as (uow, ctx):
        for phone in (CUSTOMER, SECOND):
            record = await consent.current(uow, ctx, phone)
            assert record is not None and record.evidence["source"] == "sms_keyword"


async def test_a_later_start_from_the_new_number_is_that_numbers_consent(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    dana = await customer(client, tenant, "Dana Reyes")
    await consent_to(client, tenant, dana["id"], granted=False, evidence="said don't text me")
    clock.advance(timedelta(days=1))
    # Later, from the phone that becomes hers: STOP then START (an explicit opt-in).
    await texts_stop(db, tenant, clock, SECOND)
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await consent.opt_in(uow, ctx, SECOND, clock.now(), source="sms_keyword")
    clock.advance(timedelta(hours=1))

    shown = await give_phone(client, tenant, dana["id"], SECOND)

    assert shown["sms_opt_out"] is False
    assert shown["sms_consent"]["method"] == "sms_keyword"
    assert await send_status(db, tenant, clock, SECOND) == "queued"
