"""Merging customers carries SMS consent: no opt-out is lost, the evidence follows the
survivor, and the duplicate's number never turns "consented" on the way."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx

from switchboard.core.clock import FixedClock
from switchboard.core.db import Database
from switchboard.customers import service as customers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.jobs.worker import Worker
from switchboard.messaging import consent
from switchboard.messaging import service as messaging
from tests.conftest import Tenant
from tests.notices.conftest import CUSTOMER, book, texts_to
from tests.support import as_tenant

SECOND = "+19135550143"


async def customer(
    client: httpx.AsyncClient, tenant: Tenant, name: str, phone: str | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name, **({"phone": phone} if phone else {})}
    response = await client.post("/v1/owner/customers", json=body, headers=tenant.owner)
    assert response.status_code == 201, response.text
    return dict(response.json())


async def texts_stop(db: Database, tenant: Tenant, clock: FixedClock, phone: str) -> str:
    """The number texts STOP: the inbound message is logged and the opt-out recorded with it
    as evidence (what the inbound SMS flow does). Returns the message id."""
    async with as_tenant(db, tenant.id) as (uow, ctx):
        inbound = await messaging.record_inbound(
            uow,
            ctx,
            channel="sms",
            from_addr=phone,
            to_addr=tenant.phone_number,
            body="STOP",
            kind="inbound",
            clock=clock,
            provider_id="SM" + uuid.uuid4().hex,
            customer_id=found.id
            if (found := await customers.find_by_phone(uow, ctx, phone))
            else None,
        )
        await consent.opt_out(
            uow, ctx, phone, clock.now(), source="sms_keyword", message_id=inbound.id
        )
        return str(inbound.id)


async def consent_to(
    client: httpx.AsyncClient, tenant: Tenant, customer_id: str, *, granted: bool, evidence: str
) -> None:
    body = {"granted": granted, "method": "written" if granted else "verbal", "evidence": evidence}
    response = await client.put(
        f"/v1/owner/customers/{customer_id}/sms-consent", json=body, headers=tenant.owner
    )
    assert response.status_code == 200, response.text


async def merge(
    client: httpx.AsyncClient, tenant: Tenant, keeper: dict[str, Any], duplicate: dict[str, Any]
) -> dict[str, Any]:
    response = await client.post(
        f"/v1/owner/customers/{keeper['id']}/merge",
        json={"duplicate_id": duplicate["id"]},
        headers=tenant.owner,
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def send_status(db: Database, tenant: Tenant, clock: FixedClock, phone: str) -> str:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        message = await messaging.send_sms(
            uow, ctx, to=phone, body="Your plumber is on the way.", kind="reply", clock=clock
        )
        return message.status


async def consent_timeline(
    client: httpx.AsyncClient, tenant: Tenant, customer_id: str
) -> list[dict[str, Any]]:
    response = await client.get(f"/v1/owner/customers/{customer_id}/timeline", headers=tenant.owner)
    assert response.status_code == 200, response.text
    return [e for e in response.json()["items"] if e["kind"] == "sms_consent"]


async def test_the_duplicates_opted_out_number_stays_blocked_and_its_evidence_follows(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    keeper = await customer(client, tenant, "Dana Smith", CUSTOMER)
    await consent_to(client, tenant, keeper["id"], granted=True, evidence="signed work order")
    duplicate = await customer(client, tenant, "D. Smith", SECOND)
    clock.advance(timedelta(minutes=5))
    stop_id = await texts_stop(db, tenant, clock, SECOND)

    survivor = await merge(client, tenant, keeper, duplicate)

    # The survivor keeps its own number and that number's consent...
    assert survivor["phone"] == CUSTOMER
    assert survivor["sms_opt_out"] is False
    assert survivor["sms_consent"]["evidence"] == "signed work order"
    assert await send_status(db, tenant, clock, CUSTOMER) == "queued"
    # ...and the duplicate's number stays opted out.
    assert await send_status(db, tenant, clock, SECOND) == "blocked"
    async with as_tenant(db, tenant.id) as (uow, ctx):
        assert await consent.is_opted_out(uow, ctx, SECOND)

    history = await consent_timeline(client, tenant, keeper["id"])
    assert [(e["details"]["phone"], e["details"]["opted_out"]) for e in history] == [
        (SECOND, True),
        (CUSTOMER, False),
    ]
    stop = history[0]
    assert stop["summary"] == "SMS opt-out (sms_keyword)"
    assert stop["details"]["message_id"] == stop_id
    assert history[1]["details"]["note"] == "signed work order"
    # The STOP message itself now belongs to the survivor.
    logged = await client.get(f"/v1/owner/messages/{stop_id}", headers=tenant.owner)
    assert logged.json()["customer_id"] == keeper["id"]


async def test_a_survivor_without_a_number_takes_the_duplicates_opt_out(
    client: httpx.AsyncClient,
    tenant: Tenant,
    clock: FixedClock,
    db: Database,
    worker: Worker,
    sms: OfflineSms,
) -> None:
    duplicate = await customer(client, tenant, "D. Smith", SECOND)
    stop_id = await texts_stop(db, tenant, clock, SECOND)
    keeper = await customer(client, tenant, "Dana Smith")
    clock.advance(timedelta(hours=1))
    # A later "yes to texts" recorded on the record with no number is not consent for the
    # number that texted STOP.
    await consent_to(client, tenant, keeper["id"], granted=True, evidence="web form")

    survivor = await merge(client, tenant, keeper, duplicate)

    assert survivor["phone"] == SECOND
    assert survivor["sms_opt_out"] is True
    assert survivor["sms_consent"]["method"] == "sms_keyword"
    assert stop_id in survivor["sms_consent"]["evidence"]
    await book(
        client,
        tenant,
        "2026-03-03T10:00:00-06:00",
        phone=SECOND,
        customer=None,
        customer_id=keeper["id"],
    )
    await worker.drain()
    assert texts_to(sms, SECOND) == []
    history = await consent_timeline(client, tenant, keeper["id"])
    assert [(e["details"]["source"], e["details"]["opted_out"]) for e in history] == [
        ("written", False),
        ("sms_keyword", True),
    ]


async def test_an_opt_out_on_a_record_without_a_number_blocks_the_survivors_number(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    keeper = await customer(client, tenant, "Dana Smith", CUSTOMER)
    duplicate = await customer(client, tenant, "Dana S.")
    await consent_to(
        client, tenant, duplicate["id"], granted=False, evidence="asked for no texts on site"
    )
    assert await send_status(db, tenant, clock, CUSTOMER) == "queued"
    clock.advance(timedelta(minutes=1))

    survivor = await merge(client, tenant, keeper, duplicate)

    assert survivor["sms_opt_out"] is True
    assert await send_status(db, tenant, clock, CUSTOMER) == "blocked"
    async with as_tenant(db, tenant.id) as (uow, ctx):
        record = await consent.current(uow, ctx, CUSTOMER)
        assert record is not None and record.evidence["source"] == "merge"
        assert "asked for no texts on site" in record.evidence["note"]
    history = await consent_timeline(client, tenant, keeper["id"])
    assert [(e["details"]["source"], e["details"]["phone"]) for e in history] == [
        ("merge", CUSTOMER),
        ("verbal", None),
    ]


async def test_the_duplicates_consent_never_becomes_the_survivors(
    client: httpx.AsyncClient, tenant: Tenant, clock: FixedClock, db: Database
) -> None:
    keeper = await customer(client, tenant, "Dana Smith", CUSTOMER)
    duplicate = await customer(client, tenant, "D. Smith", SECOND)
    clock.advance(timedelta(minutes=1))
    await consent_to(client, tenant, duplicate["id"], granted=True, evidence="signed form")

    survivor = await merge(client, tenant, keeper, duplicate)

    assert survivor["phone"] == CUSTOMER
    assert survivor["sms_consent"]["status"] == "unknown"
    [granted] = await consent_timeline(client, tenant, keeper["id"])
    assert granted["details"]["phone"] == SECOND  # shown as the other number's consent


async def test_merging_another_tenants_customer_is_refused_and_changes_nothing(
    client: httpx.AsyncClient,
    tenant: Tenant,
    other_tenant: Tenant,
    clock: FixedClock,
    db: Database,
) -> None:
    keeper = await customer(client, tenant, "Dana Smith", CUSTOMER)
    theirs = await customer(client, other_tenant, "Dana Smith", SECOND)
    await texts_stop(db, other_tenant, clock, SECOND)

    for url, body, headers in (
        (f"/v1/owner/customers/{keeper['id']}/merge", {"duplicate_id": theirs["id"]}, tenant),
        (f"/v1/owner/customers/{theirs['id']}/merge", {"duplicate_id": keeper["id"]}, tenant),
        (f"/v1/owner/customers/{keeper['id']}/merge", {"duplicate_id": theirs["id"]}, other_tenant),
    ):
        refused = await client.post(url, json=body, headers=headers.owner)
        assert refused.status_code == 404, refused.text
        assert refused.headers["content-type"].startswith("application/problem+json")

    still = await client.get(f"/v1/owner/customers/{theirs['id']}", headers=other_tenant.owner)
    assert still.json()["sms_opt_out"] is True
    assert len(await consent_timeline(client, other_tenant, theirs["id"])) == 1
    assert await consent_timeline(client, tenant, keeper["id"]) == []
    async with as_tenant(db, tenant.id) as (uow, ctx):
        assert not await consent.is_opted_out(uow, ctx, SECOND)
