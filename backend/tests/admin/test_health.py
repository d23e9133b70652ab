"""Integration health: each provider's own check and what the database shows per tenant,
run by a job (never in the request), read by the operator."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx
import pytest

from switchboard.admin import health
from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.calendar.offline import OfflineCalendar
from switchboard.integrations.email.offline import OfflineEmail
from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.offline import OfflineSms
from switchboard.integrations.sms.twilio import TwilioSms
from switchboard.models.message import Message
from tests.conftest import ADMIN, Tenant
from tests.support import as_tenant, empty_queue, make_worker


async def test_a_probe_reports_ok_failing_or_unknown() -> None:
    email = OfflineEmail()
    assert (await health.probe("email", email)).status == "ok"
    email.fail_always()
    failing = await health.probe("email", email)
    assert (failing.status, failing.error) == ("failing", "offline email provider: told to fail")

    class NoCheck:
        name = "somevendor"

    assert (await health.probe("speech", NoCheck())).status == "unknown"


async def test_a_probe_that_hangs_fails_after_its_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    class Hangs:
        name = "slow"

        async def check(self) -> str:
            await asyncio.sleep(5)
            return "never"

    monkeypatch.setattr(health, "CHECK_TIMEOUT_S", 0.05)
    probe = await health.probe("sms", Hangs())
    assert probe.status == "failing" and "timed out" in (probe.error or "")


async def test_twilio_check_asks_for_the_account() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.headers.get("authorization", "").startswith("Basic "):
            return httpx.Response(200, json={"status": "active"})
        return httpx.Response(401, json={"code": 20003})

    sid = "AC" + "0" * 32
    good = TwilioSms(
        sid,
        "token",
        client=httpx.AsyncClient(transport=httpx.MockTransport(answer), auth=(sid, "t")),
    )
    assert await good.check() == "credentials valid, account active"
    assert seen == [f"/2010-04-01/Accounts/{sid}.json"]
    bad = TwilioSms(sid, "token", client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))
    with pytest.raises(ProviderPermanent, match="HTTP 401 code 20003"):
        await bad.check()

    def suspended(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "suspended"})

    closed = TwilioSms(
        sid, "token", client=httpx.AsyncClient(transport=httpx.MockTransport(suspended))
    )
    with pytest.raises(ProviderPermanent, match="account suspended"):
        await closed.check()


async def _failed_text(db: Database, tenant: Tenant) -> None:
    async with as_tenant(db, tenant.id) as (uow, _):
        uow.session.add(
            Message(
                channel="sms",
                direction="outbound",
                to_addr="+19135550142",
                from_addr=tenant.phone_number,
                body="On our way",
                kind="reply",
                status="failed",
            )
        )


async def test_checks_run_as_a_job_and_the_operator_reads_them(
    client: httpx.AsyncClient,
    db: Database,
    settings: Settings,
    tenant: Tenant,
    other_tenant: Tenant,
) -> None:
    await empty_queue(db)
    queued = await client.post("/v1/admin/health/checks", headers=ADMIN)
    assert queued.status_code == 202 and queued.json()["queued"] is True
    again = await client.post("/v1/admin/health/checks", headers=ADMIN)
    assert again.json()["queued"] is False  # one queued run a minute, however often asked

    await _failed_text(db, tenant)
    email = OfflineEmail()
    email.fail_always()
    providers = Providers(sms=OfflineSms(), email=email, calendar=OfflineCalendar(db))
    clock = FixedClock(datetime.now(UTC))
    worker = make_worker(db, clock, settings, providers)
    assert await worker.drain() >= 1

    platform = await client.get("/v1/admin/health", headers=ADMIN)
    assert platform.status_code == 200
    rows = {r["capability"]: r for r in platform.json()["items"]}
    assert set(health.PLATFORM_CAPABILITIES) <= set(rows)
    assert rows["email"]["status"] == "failing"
    assert rows["email"]["last_error"] == "offline email provider: told to fail"
    assert rows["email"]["last_error_at"] is not None
    assert rows["sms"]["status"] == "ok" and rows["sms"]["last_ok_at"] is not None
    assert rows["speech"]["status"] == "ok"  # the English model loaded and decoded
    assert rows["speech"]["detail"] == "English model loaded; the decoder runs"
    assert rows["calendar"]["status"] == "ok"
    assert rows["calendar"]["detail"] == "built-in offline calendar"
    assert rows["llm"]["status"] == "off"  # no model configured

    mine = await client.get("/v1/admin/health", params={"business_id": tenant.id}, headers=ADMIN)
    mine_rows = {r["capability"]: r for r in mine.json()["items"]}
    assert set(mine_rows) == set(health.TENANT_CAPABILITIES)
    assert mine_rows["twilio"]["status"] == "failing"
    assert "not delivered" in mine_rows["twilio"]["last_error"]
    assert mine_rows["email"]["status"] == "failing"  # the platform's email is down
    other = await client.get(
        "/v1/admin/health", params={"business_id": other_tenant.id}, headers=ADMIN
    )
    other_rows = {r["capability"]: r for r in other.json()["items"]}
    assert other_rows["twilio"]["status"] != "failing"

    email.recover()
    await empty_queue(db)
    await client.post("/v1/admin/health/checks", headers=ADMIN)
    clock.set(datetime.now(UTC))
    assert await worker.drain() >= 1
    rows = {
        r["capability"]: r
        for r in (await client.get("/v1/admin/health", headers=ADMIN)).json()["items"]
    }
    assert rows["email"]["status"] == "ok"
    assert rows["email"]["last_error"] == "offline email provider: told to fail"  # kept, dated


async def test_the_offline_calendar_told_to_fail_fails_every_tenants_calendar(
    client: httpx.AsyncClient,
    db: Database,
    settings: Settings,
    tenant: Tenant,
    other_tenant: Tenant,
) -> None:
    await empty_queue(db)
    calendar = OfflineCalendar(db)
    calendar.failing = "permanent"
    queued = await client.post("/v1/admin/health/checks", headers=ADMIN)
    assert queued.json()["queued"] is True
    worker = make_worker(db, FixedClock(datetime.now(UTC)), settings, Providers(calendar=calendar))
    assert await worker.drain() >= 1
    rows = {
        r["capability"]: r
        for r in (await client.get("/v1/admin/health", headers=ADMIN)).json()["items"]
    }
    assert rows["calendar"]["status"] == "failing"
    assert rows["calendar"]["last_error"] == "offline calendar told to fail permanently"
    for someone in (tenant, other_tenant):
        mine = await client.get(
            "/v1/admin/health", params={"business_id": someone.id}, headers=ADMIN
        )
        cal = {r["capability"]: r for r in mine.json()["items"]}["calendar"]
        assert cal["status"] == "failing"
        assert cal["last_error"] == "platform: offline calendar told to fail permanently"


async def test_health_of_an_unknown_tenant_is_404(client: httpx.AsyncClient) -> None:
    import uuid

    response = await client.get(
        "/v1/admin/health", params={"business_id": str(uuid.uuid4())}, headers=ADMIN
    )
    assert response.status_code == 404
