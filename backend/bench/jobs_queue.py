"""Job queue throughput (2 workers) and run_at -> start delay, on SQLite and PostgreSQL.

Figures are reported against a baseline measured in the same run on the same database: a bare
loop of one-row INSERT + DELETE transactions, i.e. what the machine's storage can do at all.
PostgreSQL runs on BENCH_DATABASE_URL (default: the local test server) in a throwaway database.
Bounded: well under a minute in total.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert

from bench.harness import bench_settings, each_database, percentile
from switchboard.core.clock import SystemClock
from switchboard.core.db import Database
from switchboard.core.logging import configure_logging
from switchboard.core.migrations import upgrade
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, JobRegistry
from switchboard.jobs.worker import Worker
from switchboard.models.job import Job

THROUGHPUT_JOBS = 1500
THROUGHPUT_DEADLINE_S = 10.0
BASELINE_S = 1.5
DELAY_SAMPLES = 40
POLL_INTERVAL_S = 0.25  # the default WORKER_POLL_INTERVAL_S


async def _baseline(db: Database) -> float:
    """Transactions per second of a one-row INSERT + DELETE."""
    done = 0
    start = time.perf_counter()
    while time.perf_counter() - start < BASELINE_S:
        async with db.unit_of_work() as uow, uow.system_scope("bench baseline"):
            row_id = uuid.uuid4()
            await uow.session.execute(
                insert(Job).values(
                    id=row_id,
                    kind="bench.baseline",
                    payload={},
                    status="done",
                    attempts=0,
                    max_attempts=1,
                    run_at=datetime.now(UTC),
                    created_at=datetime.now(UTC),
                )
            )
            await uow.session.execute(delete(Job).where(Job.id == row_id))
        done += 1
    return done / (time.perf_counter() - start)


async def _clear(db: Database) -> None:
    async with db.unit_of_work() as uow, uow.system_scope("bench reset"):
        await uow.session.execute(delete(Job))


async def _throughput(url: str) -> tuple[float, int]:
    """Jobs per second through two workers with their own connection pools."""
    registry = JobRegistry()
    finished = 0

    @registry.handler("bench.noop")
    async def noop(_: JobContext) -> None:
        nonlocal finished
        finished += 1

    setup = Database(bench_settings(url))
    try:
        await _clear(setup)
        async with setup.unit_of_work() as uow, uow.system_scope("bench enqueue"):
            for _ in range(THROUGHPUT_JOBS):
                await queue.enqueue(uow, "bench.noop", {})
    finally:
        await setup.dispose()
    dbs = [Database(bench_settings(url)) for _ in range(2)]
    workers = [
        Worker(
            db, registry, SystemClock(), concurrency=8, poll_interval=0.05, worker_id=f"bench-{i}"
        )
        for i, db in enumerate(dbs)
    ]
    start = time.perf_counter()
    for worker in workers:
        worker.start()
    while finished < THROUGHPUT_JOBS and time.perf_counter() - start < THROUGHPUT_DEADLINE_S:
        await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - start
    for worker in workers:
        await worker.stop()
    for db in dbs:
        await db.dispose()
    return finished / elapsed, finished


async def _start_delay(url: str) -> tuple[float, float]:
    """p50 / p99 seconds from run_at to the handler starting, on an idle queue, with jobs
    enqueued by another connection pool (as another process would: no in-process wake-up)."""
    registry = JobRegistry()
    delays: list[float] = []

    @registry.handler("bench.delay")
    async def measure(ctx: JobContext) -> None:
        run_at = datetime.fromisoformat(str(ctx.payload["run_at"]))
        delays.append((datetime.now(UTC) - run_at).total_seconds())

    worker_dbs = [Database(bench_settings(url)) for _ in range(2)]
    producer = Database(bench_settings(url))
    await _clear(producer)
    workers = [
        Worker(
            db,
            registry,
            SystemClock(),
            concurrency=4,
            poll_interval=POLL_INTERVAL_S,
            worker_id=f"bench-delay-{i}",
        )
        for i, db in enumerate(worker_dbs)
    ]
    for worker in workers:
        worker.start()
    try:
        for n in range(DELAY_SAMPLES):
            run_at = datetime.now(UTC) + timedelta(milliseconds=50)
            async with producer.unit_of_work() as uow, uow.system_scope("bench enqueue"):
                await queue.enqueue(
                    uow, "bench.delay", {"run_at": run_at.isoformat()}, run_at=run_at
                )
            # Spread over the poll cycle so the samples are not phase-locked to it.
            await asyncio.sleep(0.02 + (n * 0.037) % 0.15)
        deadline = time.perf_counter() + 5
        while len(delays) < DELAY_SAMPLES and time.perf_counter() < deadline:
            await asyncio.sleep(0.02)
    finally:
        for worker in workers:
            await worker.stop()
        for db in (*worker_dbs, producer):
            await db.dispose()
    ordered = [max(0.0, d) for d in delays]
    return percentile(ordered, 50), percentile(ordered, 99)


async def _measure(label: str, url: str) -> list[str]:
    await asyncio.to_thread(upgrade, url)
    db = Database(bench_settings(url))
    try:
        await _clear(db)
        baseline = await _baseline(db)
    finally:
        await db.dispose()
    rate, finished = await _throughput(url)
    p50, p99 = await _start_delay(url)
    incomplete = "" if finished == THROUGHPUT_JOBS else f" (only {finished} done in time)"
    return [
        f"  {label}: baseline INSERT+DELETE: {baseline:,.0f} tx/s",
        f"  {label}: 2 workers: {rate:,.0f} jobs/s = {rate / baseline:.2f}x baseline{incomplete}",
        f"  {label}: run_at->start (idle, poll {POLL_INTERVAL_S}s): "
        f"p50 {p50:.3f} s, p99 {p99:.3f} s",
    ]


async def run() -> list[str]:
    configure_logging("WARNING", "json")
    lines = ["Job queue (2 workers, each its own connection pool; no-op jobs)"]
    lines += await each_database(_measure)
    return lines


if __name__ == "__main__":
    for line in asyncio.run(run()):
        print(line)
