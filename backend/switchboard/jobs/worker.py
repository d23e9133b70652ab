"""The job worker: claims due jobs, runs each in its own unit of work, retries or dead-letters.

Guarantees:
- a job's database effects and its "done" mark commit in one transaction, and only while this
  worker still holds the job's lease, so a job's effects are applied once even if a worker is
  killed or stalls past its lease and another worker takes over;
- a crashed worker's jobs are picked up again once their lease expires;
- on PostgreSQL any number of workers claim with `FOR UPDATE SKIP LOCKED`; on SQLite claims are
  serialised by the single-writer transaction;
- a job that calls a provider can register as `Steps` (prepare / perform / record) so the call
  happens with no transaction open; its record step and the "done" mark still commit together,
  and the prepare step leaves the mark that makes a re-run check before calling again;
- a dead-lettered job's `on_dead` hook runs in the transaction that marks it dead.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import structlog

from switchboard.core.clock import Clock
from switchboard.core.db import Database
from switchboard.core.metrics import JOB_START_DELAY, JOBS_FINISHED
from switchboard.jobs import platform_events, queue
from switchboard.jobs.registry import (
    DeadJob,
    JobContext,
    JobRegistry,
    PermanentFailure,
    RetryLater,
    Steps,
)
from switchboard.models.job import Job
from switchboard.tenancy.context import Actor, issue_tenant_context

log = structlog.get_logger("switchboard.jobs")


class LeaseLost(Exception):
    """Another worker took this job over; this run's effects are rolled back."""


class Worker:
    def __init__(
        self,
        db: Database,
        registry: JobRegistry,
        clock: Clock,
        *,
        concurrency: int = 4,
        poll_interval: float = 0.25,
        lease: timedelta = timedelta(seconds=60),
        services: dict[str, Any] | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.db = db
        self.registry = registry
        self.clock = clock
        self.concurrency = concurrency
        self.poll_interval = poll_interval
        self.lease = lease
        self.services = services or {}
        self.id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._wake = asyncio.Event()
        # Per periodic kind, the interval (its start, epoch seconds) already enqueued.
        self._scheduled: dict[str, int] = {}
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self.db.job_listeners.append(self.wake)
        self._task = asyncio.create_task(self.run_forever(), name=f"worker {self.id}")

    async def stop(self) -> None:
        self._stopping.set()
        self._wake.set()
        if self.wake in self.db.job_listeners:
            self.db.job_listeners.remove(self.wake)
        if self._task is not None:
            await self._task

    async def run_forever(self) -> None:
        log.info("worker_started", worker=self.id)
        while not self._stopping.is_set():
            try:
                await self.schedule_periodic()
                ran = await self.run_once()
            except Exception as exc:  # the loop must survive a database hiccup
                log.error("worker_loop_error", error_type=type(exc).__name__)
                ran = 0
            if ran == 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=self.poll_interval)
        log.info("worker_stopped", worker=self.id)

    async def schedule_periodic(self) -> None:
        """Enqueue each periodic job for the current interval; the idempotency key makes every
        replica's attempt after the first a no-op. Each worker asks once per interval and
        kind (it remembers the interval it last enqueued, once committed): this runs before
        every batch, and asking every time wrote to the jobs table several times per job run
        and, idle, several times a second per worker."""
        now = self.clock.now()
        due: list[tuple[str, int]] = []
        for periodic in self.registry.periodic:
            seconds = int(periodic.every.total_seconds())
            bucket = int(now.timestamp()) // seconds * seconds
            if self._scheduled.get(periodic.kind) != bucket:
                due.append((periodic.kind, bucket))
        if not due:
            return
        async with self.db.unit_of_work() as uow, uow.system_scope("schedule periodic jobs"):
            for kind, bucket in due:
                await queue.enqueue(
                    uow,
                    kind,
                    {"bucket": bucket},
                    idempotency_key=f"periodic:{kind}:{bucket}",
                    now=now,
                )
        self._scheduled.update(due)

    async def run_once(self) -> int:
        """Claim a batch and run it. Returns how many jobs were run."""
        jobs = await self.claim(self.concurrency)
        if not jobs:
            return 0
        await asyncio.gather(*(self.execute(job) for job in jobs))
        return len(jobs)

    async def claim(self, limit: int) -> list[Job]:
        now = self.clock.now()
        async with self.db.unit_of_work() as uow, uow.system_scope("claim jobs"):
            jobs = list(await queue.claim(uow, self.id, now, self.lease, limit))
        for job in jobs:
            JOB_START_DELAY.observe(max(0.0, (now - job.run_at).total_seconds()))
        return jobs

    async def execute(self, job: Job) -> str:
        """Run one claimed job; returns its resulting status."""
        handler = self.registry.handlers.get(job.kind)
        steps = self.registry.steps.get(job.kind)
        log.info("job_start", job_id=str(job.id), kind=job.kind, attempt=job.attempts)
        try:
            if steps is not None:
                await self._run_steps(job, steps)
            elif handler is None:
                raise PermanentFailure(f"no handler for job kind {job.kind!r}")
            else:
                async with self._transaction(job) as context:
                    await handler(context)
                    await self._finish(job, context)
        except LeaseLost:
            log.warning("job_lease_lost", job_id=str(job.id), kind=job.kind)
            JOBS_FINISHED.labels(kind=job.kind, outcome="lease_lost").inc()
            return "lease_lost"
        except RetryLater as exc:
            return await self._fail(job, f"retry: {exc}", permanent=False, delay=exc.delay)
        except PermanentFailure as exc:
            return await self._fail(job, f"permanent: {exc}", permanent=True)
        except Exception as exc:
            # Unknown errors are retried with backoff: most are transient, and the attempt cap
            # still dead-letters the ones that are not.
            return await self._fail(job, f"error: {type(exc).__name__}: {exc}", permanent=False)
        JOBS_FINISHED.labels(kind=job.kind, outcome="done").inc()
        log.info("job_done", job_id=str(job.id), kind=job.kind)
        return "done"

    @asynccontextmanager
    async def _transaction(self, job: Job) -> AsyncIterator[JobContext]:
        """A unit of work in the job's tenant scope, and the context its handler sees."""
        async with self.db.unit_of_work() as uow:
            tenant = None
            if job.business_id is not None:
                tenant = issue_tenant_context(job.business_id, Actor("system", f"job:{job.kind}"))
                await uow.bind(tenant)
            yield JobContext(
                uow=uow,
                tenant=tenant,
                payload=dict(job.payload or {}),
                job_id=str(job.id),
                kind=job.kind,
                attempt=job.attempts,
                clock=self.clock,
                services=self.services,
                max_attempts=job.max_attempts,
            )

    async def _finish(self, job: Job, context: JobContext) -> None:
        async with context.uow.system_scope("finish job"):
            if not await queue.finish(context.uow, job.id, self.id, self.clock.now()):
                raise LeaseLost(str(job.id))

    async def _run_steps(self, job: Job, steps: Steps) -> None:
        async with self._transaction(job) as context:
            plan = await steps.prepare(context)
            if plan is None:
                await self._finish(job, context)
                return
        result = await steps.perform(plan, self.services)  # no transaction open here
        async with self._transaction(job) as context:
            await steps.record(context, plan, result)
            await self._finish(job, context)

    async def _fail(
        self, job: Job, error: str, *, permanent: bool, delay: timedelta | None = None
    ) -> str:
        async with self.db.unit_of_work() as uow:
            async with uow.system_scope("fail job"):
                status = await queue.fail(
                    uow, job.id, self.id, self.clock.now(), error, permanent=permanent, delay=delay
                )
                if status is not None and job.business_id is None:
                    # A platform job has no tenant's audit trail: its failures go on its own.
                    platform_events.record(
                        uow,
                        job,
                        "dead" if status == "dead" else "failed",
                        actor_kind="system",
                        actor_id=f"job:{job.kind}",
                        at=self.clock.now(),
                        detail=platform_events.summary(error),
                    )
            hook = self.registry.dead_hooks.get(job.kind)
            if status == "dead" and hook is not None:
                tenant = None
                if job.business_id is not None:
                    tenant = issue_tenant_context(
                        job.business_id, Actor("system", f"job:{job.kind}")
                    )
                    await uow.bind(tenant)
                await hook(
                    DeadJob(
                        uow=uow,
                        tenant=tenant,
                        payload=dict(job.payload or {}),
                        job_id=str(job.id),
                        kind=job.kind,
                        error=error,
                        clock=self.clock,
                        services=self.services,
                    )
                )
        outcome = status or "lease_lost"
        JOBS_FINISHED.labels(kind=job.kind, outcome=outcome).inc()
        log.warning(
            "job_failed", job_id=str(job.id), kind=job.kind, outcome=outcome, attempt=job.attempts
        )
        return outcome

    async def drain(self, max_rounds: int = 100) -> int:
        """Run until nothing is due (tests and the CLI). Returns how many jobs ran."""
        total = 0
        for _ in range(max_rounds):
            ran = await self.run_once()
            total += ran
            if ran == 0:
                break
        return total
