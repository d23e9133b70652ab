"""Platform jobs (no tenant: integration checks, purges, billing reconciliation, metering)
have a trail of their own: every failed run (retried or dead) and every operator's retry or
discard, with who, what and when, on the console's audit page (`scope=platform`) and the jobs
page's platform filter. A tenant's jobs never show up there, nor platform events in a
tenant's trail."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime, timedelta

import httpx

from switchboard.core.clock import SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.integrations.providers import Providers
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, JobRegistry, PermanentFailure, RetryLater
from switchboard.tenancy.context import Actor, issue_tenant_context
from tests.conftest import ADMIN, Tenant
from tests.support import empty_queue, make_worker

KIND = "billing.meter_usage_test"


def _registry() -> JobRegistry:
    jobs = JobRegistry()
    runs: dict[str, int] = {}

    @jobs.handler(KIND)
    async def meter(ctx: JobContext) -> None:
        runs[ctx.job_id] = runs.get(ctx.job_id, 0) + 1
        if runs[ctx.job_id] == 1:
            raise RetryLater("metering endpoint unavailable (503)", delay=timedelta(0))
        raise PermanentFailure("metering refused the period (400)")

    return jobs


async def _enqueue(db: Database, tenant: Tenant | None, now: datetime) -> str:
    async with db.unit_of_work() as uow, uow.system_scope("test enqueues"):
        context = (
            issue_tenant_context(uuid.UUID(tenant.id), Actor("system", "test")) if tenant else None
        )
        job_id = await queue.enqueue(uow, KIND, {}, tenant=context, max_attempts=2, now=now)
    assert job_id is not None
    return str(job_id)


async def _audit(client: httpx.AsyncClient, **params: str) -> list[dict[str, object]]:
    response = await client.get("/v1/admin/audit", params=params, headers=ADMIN)
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


async def test_platform_job_failures_and_operator_actions_are_on_the_audit_page(
    client: httpx.AsyncClient, db: Database, settings: Settings, tenant: Tenant
) -> None:
    await empty_queue(db)
    now = datetime.now(UTC)
    platform_job = await _enqueue(db, None, now)
    tenant_job = await _enqueue(db, tenant, now)
    worker = make_worker(db, SystemClock(), settings, Providers(), job_registry=_registry())
    assert await worker.drain() == 4  # each job: a retried failure, then dead

    trail = await _audit(client, scope="platform")
    mine = [e for e in trail if e["target_id"] == platform_job]
    assert [e["action"] for e in mine] == ["job.dead", "job.failed"]
    dead, failed = mine
    assert dead["business_id"] is None
    assert (dead["actor_kind"], dead["actor_id"]) == ("system", f"job:{KIND}")
    assert dead["details"] == {
        "kind": KIND,
        "attempt": 2,
        "error": "permanent: metering refused the period (400)",
    }
    assert failed["details"] == {
        "kind": KIND,
        "attempt": 1,
        "error": "retry: metering endpoint unavailable (503)",
    }
    assert dead["at"] is not None
    # The tenant's job failed too, but it is the tenant's: not on the platform trail.
    assert all(e["target_id"] != tenant_job for e in trail)

    # The jobs page's filter: platform jobs vs tenants' jobs.
    platform = await client.get(
        "/v1/admin/jobs", params={"scope": "platform", "status": "dead"}, headers=ADMIN
    )
    assert [j["id"] for j in platform.json()["items"]] == [platform_job]
    tenants = await client.get(
        "/v1/admin/jobs", params={"scope": "tenant", "status": "dead"}, headers=ADMIN
    )
    assert [j["id"] for j in tenants.json()["items"]] == [tenant_job]
    bad = await client.get("/v1/admin/jobs", params={"scope": "everyone"}, headers=ADMIN)
    assert bad.status_code == 422

    # The operator retries it (it dies again) and then discards it: both on the trail.
    assert (
        await client.post(f"/v1/admin/jobs/{platform_job}/retry", headers=ADMIN)
    ).status_code == 200
    worker = make_worker(
        db,
        SystemClock(),
        settings,
        Providers(),
        job_registry=_registry(),
    )
    assert await worker.drain() == 2
    assert (
        await client.post(f"/v1/admin/jobs/{platform_job}/discard", headers=ADMIN)
    ).status_code == 200
    actions = [
        (e["action"], e["actor_kind"])
        for e in await _audit(client, scope="platform", action="job")
        if e["target_id"] == platform_job
    ]
    assert actions == [
        ("job.discard", "admin"),
        ("job.dead", "system"),
        ("job.failed", "system"),
        ("job.retry", "admin"),
        ("job.dead", "system"),
        ("job.failed", "system"),
    ]
    retries = await _audit(client, action="job.retry")
    assert [e["target_id"] for e in retries if e["business_id"] is None] == [platform_job]

    # Exported with the rest of the trail.
    exported = await client.get(
        "/v1/admin/audit", params={"scope": "platform", "format": "csv"}, headers=ADMIN
    )
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert {"job.retry", "job.discard", "job.dead", "job.failed"} <= {r["action"] for r in rows}
    assert all(r["business_id"] == "" for r in rows)

    # Never in a tenant's trail, nor in the tenants-only view.
    assert all(e["business_id"] == tenant.id for e in await _audit(client, business_id=tenant.id))
    assert all(e["business_id"] is not None for e in await _audit(client, scope="tenant"))
    # Other actions filter the platform trail out; an unknown scope is refused.
    assert all(e["business_id"] is not None for e in await _audit(client, action="credential"))
    refused = await client.get("/v1/admin/audit", params={"scope": "all"}, headers=ADMIN)
    assert refused.status_code == 422
