"""The queue's guarantees: a killed worker's job completes once, two workers never run a job
twice, a stalled worker's late finish is discarded, periodic jobs run once cluster-wide."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from switchboard.core.clock import FixedClock, SystemClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, JobRegistry
from switchboard.jobs.worker import Worker
from tests.conftest import Tenant
from tests.jobs.crash_worker import LEASE
from tests.jobs.effects import EFFECT, effects, write_effect
from tests.support import as_tenant, jobs_of

BACKEND = Path(__file__).resolve().parents[2]


def effect_registry() -> JobRegistry:
    registry = JobRegistry()
    registry.handler(EFFECT)(write_effect)
    return registry


async def enqueue_effects(db: Database, tenant: Tenant, count: int, now: datetime) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        for n in range(count):
            await queue.enqueue(uow, EFFECT, {"n": n}, tenant=ctx, now=now)


async def test_job_of_a_killed_worker_completes_once(
    db: Database, database_url: str, tenant: Tenant, tmp_path: Path
) -> None:
    await enqueue_effects(db, tenant, 1, datetime.now(UTC))
    marker = tmp_path / "claimed"
    env = {**os.environ, "PYTHONPATH": str(BACKEND)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.jobs.crash_worker", database_url, str(marker)],
        cwd=BACKEND,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the worker never claimed the job"
            await asyncio.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        if process.stderr:
            process.stderr.close()

    [job] = await jobs_of(db, EFFECT, tenant.id)
    assert (job.status, job.attempts, job.locked_by) == ("running", 1, "doomed-worker")
    assert await effects(db, tenant.id) == {}  # the killed run's effect never committed

    registry = effect_registry()
    settings = db.settings
    now_worker = Worker(db, registry, SystemClock(), concurrency=1)
    assert await now_worker.drain() == 0  # still leased to the dead worker
    later = FixedClock(datetime.now(UTC) + LEASE + timedelta(seconds=1))
    rescuer = Worker(db, registry, later, concurrency=1)
    assert await rescuer.drain() == 1
    [job] = await jobs_of(db, EFFECT, tenant.id)
    assert (job.status, job.attempts) == ("done", 2)
    assert await effects(db, tenant.id) == {"0": 1}
    assert settings is db.settings


async def test_a_stalled_worker_that_lost_its_lease_does_not_apply_its_effect_again(
    db: Database, tenant: Tenant
) -> None:
    clock = FixedClock(datetime.now(UTC))
    registry = effect_registry()
    slow = Worker(db, registry, clock, lease=timedelta(seconds=10), worker_id="slow")
    fast = Worker(db, registry, clock, lease=timedelta(seconds=10), worker_id="fast")
    await enqueue_effects(db, tenant, 1, clock.now())
    [claimed] = await slow.claim(1)
    clock.advance(timedelta(seconds=11))  # "slow" stalls past its lease
    assert await fast.drain() == 1
    assert await slow.execute(claimed) == "lease_lost"
    assert await effects(db, tenant.id) == {"0": 1}


async def test_two_workers_run_each_of_1000_jobs_exactly_once(
    settings: Settings, db: Database, tenant: Tenant
) -> None:
    total = 1000
    now = datetime.now(UTC)
    await enqueue_effects(db, tenant, total, now)
    runs: list[tuple[str, int]] = []
    registry = JobRegistry()

    @registry.handler(EFFECT)
    async def counted(ctx: JobContext) -> None:
        runs.append((ctx.services["name"], int(ctx.payload["n"])))
        await write_effect(ctx)

    second_db = Database(settings)  # its own connection pool, as another host would have
    workers = [
        Worker(
            db,
            registry,
            SystemClock(),
            concurrency=8,
            poll_interval=0.02,
            services={"name": "a"},
            worker_id="a",
        ),
        Worker(
            second_db,
            registry,
            SystemClock(),
            concurrency=8,
            poll_interval=0.02,
            services={"name": "b"},
            worker_id="b",
        ),
    ]
    try:
        for worker in workers:
            worker.start()
        deadline = time.monotonic() + 120
        while len(runs) < total and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)  # a duplicate would show up now
    finally:
        for worker in workers:
            await worker.stop()
        await second_db.dispose()

    assert len(runs) == total
    assert sorted(n for _, n in runs) == list(range(total))
    assert {name for name, _ in runs} == {"a", "b"}  # both really worked
    counts = await effects(db, tenant.id)
    assert len(counts) == total
    assert set(counts.values()) == {1}
    jobs = await jobs_of(db, EFFECT, tenant.id)
    assert {(j.status, j.attempts) for j in jobs} == {("done", 1)}


async def test_periodic_jobs_are_scheduled_once_across_replicas(db: Database) -> None:
    registry = JobRegistry()
    registry.every("test.tick", timedelta(minutes=10))
    clock = FixedClock(datetime(2026, 3, 2, 15, 3, tzinfo=UTC))
    replicas = [Worker(db, registry, clock, worker_id=f"replica-{i}") for i in range(3)]
    for replica in replicas:
        await replica.schedule_periodic()
    await asyncio.gather(*(replica.schedule_periodic() for replica in replicas))
    assert len(await jobs_of(db, "test.tick")) == 1
    clock.advance(timedelta(minutes=10))
    for replica in replicas:
        await replica.schedule_periodic()
    assert len(await jobs_of(db, "test.tick")) == 2


async def test_a_worker_asks_for_each_periodic_job_once_per_interval(db: Database) -> None:
    """The periodic check runs before every batch: within one interval it sends nothing."""
    registry = JobRegistry()
    registry.every("test.tick", timedelta(minutes=10))
    registry.every("test.tock", timedelta(hours=1))
    clock = FixedClock(datetime(2026, 3, 2, 15, 3, tzinfo=UTC))
    worker = Worker(db, registry, clock, worker_id="replica-0")
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        statements.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", seen)
    try:
        await worker.schedule_periodic()
        assert any("INSERT INTO jobs" in s for s in statements)
        statements.clear()
        for _ in range(5):
            await worker.schedule_periodic()
        assert statements == []  # nothing written (nor even a transaction) in the interval
        clock.advance(timedelta(minutes=10))
        await worker.schedule_periodic()
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", seen)
    inserts = [s for s in statements if "INSERT INTO jobs" in s]
    assert len(inserts) == 1  # the 10-minute job's next interval; the hourly one is still due
    assert len(await jobs_of(db, "test.tick")) == 2
    assert len(await jobs_of(db, "test.tock")) == 1


async def test_enqueue_with_the_same_idempotency_key_yields_one_job(
    db: Database, tenant: Tenant
) -> None:
    async with as_tenant(db, tenant.id) as (uow, ctx):
        first = await queue.enqueue(uow, EFFECT, {"n": 1}, tenant=ctx, idempotency_key="k-1")
        second = await queue.enqueue(uow, EFFECT, {"n": 1}, tenant=ctx, idempotency_key="k-1")
    assert first is not None
    assert second is None
    assert len(await jobs_of(db, EFFECT, tenant.id)) == 1


async def test_jobs_written_together_skip_only_the_keys_already_taken(
    db: Database, tenant: Tenant
) -> None:
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    async with as_tenant(db, tenant.id) as (uow, ctx):
        await queue.enqueue(uow, EFFECT, {"n": 0}, tenant=ctx, idempotency_key="batch-b")
        await queue.enqueue_keyed(
            uow,
            [(EFFECT, {"n": 1}, "batch-a"), (EFFECT, {"n": 2}, "batch-b"), (EFFECT, {"n": 3}, "c")],
            tenant=ctx,
            now=now,
        )
    jobs = await jobs_of(db, EFFECT, tenant.id)
    assert sorted(job.payload["n"] for job in jobs) == [0, 1, 3]  # "batch-b" kept its first job
    assert {job.run_at.replace(tzinfo=UTC) for job in jobs if job.payload["n"]} == {now}


async def test_enqueue_is_part_of_the_callers_transaction(db: Database, tenant: Tenant) -> None:
    try:
        async with as_tenant(db, tenant.id) as (uow, ctx):
            await queue.enqueue(uow, EFFECT, {"n": 1}, tenant=ctx)
            raise RuntimeError("the change that caused the job failed")
    except RuntimeError:
        pass
    assert await jobs_of(db, EFFECT, tenant.id) == []


async def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    for attempt, ceiling in ((1, 2.0), (2, 4.0), (5, 32.0), (30, 900.0)):
        delays = {queue.backoff(attempt).total_seconds() for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jittered, so retries of many jobs do not stampede


async def test_retry_later_then_dead_letter_then_admin_rerun(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    from switchboard.jobs.registry import DeadJob, PermanentFailure, RetryLater
    from tests.conftest import ADMIN

    registry = JobRegistry()
    dead_seen: list[str] = []
    outcomes = iter(["retry", "retry", "permanent", "ok"])

    async def on_dead(dead: DeadJob) -> None:
        dead_seen.append(dead.error)

    @registry.handler(EFFECT, on_dead=on_dead)
    async def flaky(ctx: JobContext) -> None:
        outcome = next(outcomes)
        if outcome == "retry":
            raise RetryLater("provider busy")
        if outcome == "permanent":
            raise PermanentFailure("provider refused")
        await write_effect(ctx)

    clock = FixedClock(datetime.now(UTC))
    worker = Worker(db, registry, clock)
    await enqueue_effects(db, tenant, 1, clock.now())
    for _ in range(3):
        await worker.drain()
        clock.advance(timedelta(minutes=1))
    [job] = await jobs_of(db, EFFECT, tenant.id)
    assert (job.status, job.attempts) == ("dead", 3)
    assert dead_seen == ["permanent: provider refused"]

    listed = await client.get("/v1/admin/jobs", params={"status": "dead"}, headers=ADMIN)
    assert str(job.id) in [j["id"] for j in listed.json()["items"]]
    assert (await client.post(f"/v1/admin/jobs/{job.id}/retry")).status_code == 401
    rerun = await client.post(f"/v1/admin/jobs/{job.id}/retry", headers=ADMIN)
    assert rerun.status_code == 200
    again = await client.post(f"/v1/admin/jobs/{job.id}/retry", headers=ADMIN)
    assert again.status_code == 409  # only a dead job can be re-run
    clock.set(datetime.now(UTC) + timedelta(seconds=1))
    assert await worker.drain() == 1
    [job] = await jobs_of(db, EFFECT, tenant.id)
    assert job.status == "done"
    assert await effects(db, tenant.id) == {"0": 1}
