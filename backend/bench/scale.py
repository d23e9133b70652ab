"""Scale-out on one PostgreSQL: 1 web process + 1 worker process, then 2 web processes + 2
worker processes (each its own `switchboard run` / `switchboard worker`, no in-process
worker), and the throughput ratio 2 vs 1 for voice turns and for jobs.

- Voice: 50 simulated calls at once, unpaced (the incoming-call webhook, then one assistant
  turn, as bench/voice.py does), split evenly over the web processes (the client alternates,
  as a load balancer would), for SECONDS per configuration.
- Jobs: JOBS outbound texts (offline SMS provider) queued with their delivery jobs held back,
  then released at once; the time from release until the last delivery job is done. Checked:
  every job done exactly once (one attempt, none lost, none dead) and every message sent.

The baseline is the same run's 1-process figure. PostgreSQL only (SQLite has one writer for the
whole machine, so more processes cannot scale it). The ratio is bounded by the machine: the
bench client, PostgreSQL and every server process share its cores (printed).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import httpx
import psutil
from sqlalchemy import delete, func, select, update

from bench.harness import (
    BACKEND,
    DEFAULT_PG,
    bench_settings,
    drop_pg_database,
    fresh_pg_database,
    pg_available,
    server,
)
from bench.probe import Probe, Usage
from bench.voice import _ACTION, ADMIN_KEY, CONCURRENCY, NUMBER, PUBLIC, TOKEN, Run, _post
from switchboard.core.clock import SystemClock
from switchboard.core.db import Database
from switchboard.core.migrations import upgrade
from switchboard.messaging import service as messaging
from switchboard.models.job import Job
from switchboard.models.message import Message
from switchboard.tenancy.context import Actor, issue_tenant_context

SECONDS = float(os.environ.get("BENCH_SCALE_SECONDS", "20"))
JOBS = int(os.environ.get("BENCH_SCALE_JOBS", "1500"))
JOBS_DEADLINE_S = 180.0
WORKER_START_S = 8.0


def _env(database_url: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "ADMIN_API_KEY": ADMIN_KEY,
        "SWITCHBOARD_NO_DEMO": "1",
        "ENVIRONMENT": "dev",
        "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": PUBLIC,
        "WORKER_IN_PROCESS": "false",
        "LOG_LEVEL": "WARNING",
    }


@contextlib.contextmanager
def _workers(count: int, env: dict[str, str]) -> Iterator[list[psutil.Process]]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "switchboard.cli", "worker"],
            cwd=BACKEND,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(count)
    ]
    try:
        yield [psutil.Process(p.pid) for p in procs]
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


async def _voice(bases: list[str], seconds: float = SECONDS) -> Run:
    """Unpaced calls for `seconds`, caller i on bases[i % len(bases)]."""
    run = Run()
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def caller(index: int) -> None:
            base = bases[index % len(bases)]
            while time.perf_counter() < deadline:
                run.calls += 1
                params = {
                    "CallSid": "CA" + uuid.uuid4().hex,
                    "AccountSid": "AC" + "1" * 32,
                    "From": f"+1913{2000000 + run.calls % 7000000:07d}",
                    "To": NUMBER,
                    "CallStatus": "ringing",
                    "Direction": "inbound",
                }
                twiml = await _post(client, base, PUBLIC + "/twilio/voice", params, run)
                action = _ACTION.search(twiml or "")
                if action is None:
                    continue
                turn = {
                    **params,
                    "CallStatus": "in-progress",
                    "SpeechResult": "what are your hours",
                }
                await _post(client, base, action.group(1).replace("&amp;", "&"), turn, run)

        started = time.perf_counter()
        await asyncio.gather(*(caller(i) for i in range(CONCURRENCY)))
        run.seconds = time.perf_counter() - started
    return run


async def _queue_held(db: Database, business_id: uuid.UUID) -> None:
    """JOBS texts with their delivery jobs held back (run_at a day ahead) until
    `_release_and_wait`. Recipients are distinct, so no cap or dedup applies."""
    tenant = issue_tenant_context(business_id, Actor("system", "bench"))
    clock = SystemClock()
    rng = random.Random(7)
    numbers = rng.sample(range(2_000_000, 9_999_999), JOBS)
    for start in range(0, JOBS, 250):
        async with db.unit_of_work() as uow:
            await uow.bind(tenant)
            for n in numbers[start : start + 250]:
                await messaging.send_sms(
                    uow,
                    tenant,
                    to=f"+1816{n:07d}",
                    body="Your plumber is on the way.",
                    kind="reply",
                    clock=clock,
                    urgent=True,
                )
            async with uow.system_scope("bench: hold the jobs"):
                await uow.session.execute(
                    update(Job)
                    .where(Job.kind == messaging.SEND_JOB, Job.status == "queued")
                    .values(run_at=datetime.now(UTC) + timedelta(days=1))
                )


async def _release_and_wait(db: Database) -> tuple[float, dict[str, int], int, int]:
    """Release the held jobs; seconds until all are done, then the jobs by status, how many
    ran more than once, and how many messages were sent."""
    async with db.unit_of_work() as uow, uow.system_scope("bench: release"):
        await uow.session.execute(
            update(Job)
            .where(Job.kind == messaging.SEND_JOB, Job.status == "queued")
            .values(run_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    started = time.perf_counter()
    while time.perf_counter() - started < JOBS_DEADLINE_S:
        async with db.unit_of_work(read_only=True) as uow, uow.system_scope("bench: poll"):
            left = await uow.session.scalar(
                select(func.count())
                .select_from(Job)
                .where(Job.kind == messaging.SEND_JOB, Job.status.in_(("queued", "running")))
            )
        if not left:
            break
        await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("bench: check"):
        rows = (
            await uow.session.execute(
                select(Job.status, func.count())
                .where(Job.kind == messaging.SEND_JOB)
                .group_by(Job.status)
            )
        ).all()
        repeated = await uow.session.scalar(
            select(func.count())
            .select_from(Job)
            .where(Job.kind == messaging.SEND_JOB, Job.attempts > 1)
        )
        sent = await uow.session.scalar(
            select(func.count()).select_from(Message).where(Message.status == "sent")
        )
    return elapsed, {str(s): int(n) for s, n in rows}, int(repeated or 0), int(sent or 0)


async def _clear_jobs(db: Database) -> None:
    """The next configuration starts from the same tables as the first: its jobs and texts
    only. (Each delivery counts the tenant's texts of the last 24 hours for the daily cap, so
    leaving the first run's 1,500 made every delivery of the second one dearer.)"""
    async with db.unit_of_work() as uow, uow.system_scope("bench: reset"):
        await uow.session.execute(delete(Job).where(Job.kind == messaging.SEND_JOB))
        await uow.session.execute(
            delete(Message).where(Message.channel == "sms", Message.direction == "outbound")
        )


@dataclass
class Phase:
    """One configuration's voice or jobs figures."""

    label: str
    rate: float  # requests or jobs per second
    requests: int
    usage: Usage

    def lines(self) -> list[str]:
        cost = self.usage.per_request_ms(self.requests)
        u = self.usage
        return [
            f"    {self.label}: CPU ms per request: servers {cost['servers']:.1f}, PostgreSQL "
            f"{cost['postgresql']:.1f}, client {cost['client']:.1f}, total {cost['total']:.1f}; "
            f"machine idle {u.idle_share:.0%}; load average {u.load_before:.1f} -> "
            f"{u.load_after:.1f}",
            f"    {self.label}: {u.waits_line()}",
        ]


def _total_cost(phase: Phase) -> float:
    return phase.usage.per_request_ms(phase.requests)["total"]


async def _configuration(
    processes: int, url: str, db: Database, business_id: uuid.UUID
) -> tuple[Phase, Phase, list[str]]:
    env = _env(url)
    with contextlib.ExitStack() as stack:
        started = [stack.enter_context(server(None, env)) for _ in range(processes)]
        bases = [base for base, _ in started]
        await _voice(bases, 5.0)  # warm-up: every process's caches and pools
        async with Probe(url, [proc for _, proc in started]) as voice_usage:
            voice = await _voice(bases)
    await _queue_held(db, business_id)
    with _workers(processes, env) as workers:
        await asyncio.sleep(WORKER_START_S)
        async with Probe(url, workers) as jobs_usage:
            elapsed, statuses, repeated, sent = await _release_and_wait(db)
    done = statuses.get("done", 0)
    jobs_per_s = done / elapsed if elapsed else 0.0
    lost = JOBS - done
    voice_phase = Phase("voice", voice.result().rps, voice.result().requests, voice_usage)
    jobs_phase = Phase("jobs", jobs_per_s, done, jobs_usage)
    lines = [
        f"  {processes} web + {processes} worker: voice {voice.result().rps:.0f} req/s "
        f"({voice.calls} calls, p50 {voice.result().p50:.0f} ms p99 {voice.result().p99:.0f} ms, "
        f"errors {voice.errors}, safety-net answers {voice.fallbacks}); jobs {jobs_per_s:.0f}/s "
        f"({JOBS} delivery jobs in {elapsed:.1f} s; by status {statuses}; not done {lost}; "
        f"run more than once {repeated}; messages sent {sent})",
        *voice_phase.lines(),
        *jobs_phase.lines(),
    ]
    await _clear_jobs(db)
    return voice_phase, jobs_phase, lines


async def _measure(url: str) -> list[str]:
    await asyncio.to_thread(upgrade, url)
    db = Database(bench_settings(url))
    try:
        async with httpx.AsyncClient(timeout=30) as c:
            with server(None, _env(url)) as (base, _):
                created = await c.post(
                    f"{base}/v1/admin/businesses",
                    json={
                        "name": "Bench Plumbing",
                        "timezone": "America/Chicago",
                        "phone_number": NUMBER,
                    },
                    headers={"X-Admin-API-Key": ADMIN_KEY},
                )
                created.raise_for_status()
                data = created.json()
                caps = {"messaging": {"daily_cap": 100_000, "recipient_hourly_cap": 100}}
                patched = await c.patch(
                    f"{base}/v1/owner/business/settings",
                    json=caps,
                    headers={"X-Owner-Token": data["credentials"]["owner_token"]},
                )
                patched.raise_for_status()
        business_id = uuid.UUID(data["business"]["id"])
        voice_1, jobs_1, lines = await _configuration(1, url, db, business_id)
        voice_2, jobs_2, more = await _configuration(2, url, db, business_id)
    finally:
        await db.dispose()
    voice_ratio = voice_2.rate / voice_1.rate if voice_1.rate else 0
    jobs_ratio = jobs_2.rate / jobs_1.rate if jobs_1.rate else 0
    verdict = "ok" if min(voice_ratio, jobs_ratio) >= 1.7 else "NOT MET"
    voice_cost = _total_cost(voice_2) / _total_cost(voice_1) if _total_cost(voice_1) else 0
    jobs_cost = _total_cost(jobs_2) / _total_cost(jobs_1) if _total_cost(jobs_1) else 0
    return [
        *lines,
        *more,
        f"  ratio 2 vs 1: voice turns {voice_ratio:.2f}x, jobs {jobs_ratio:.2f}x "
        f"(target >= 1.7x: {verdict}; this machine has {psutil.cpu_count()} logical cores "
        f"shared by the client, PostgreSQL, every process and other work on the box)",
        f"  CPU cost per request 2+2 vs 1+1 (servers + PostgreSQL + client): voice "
        f"{voice_cost:.2f}x, jobs {jobs_cost:.2f}x (about 1.0 means a second process adds no "
        f"work per request: the ratio is then bounded by the idle CPU the machine had, printed "
        f"with each phase)",
    ]


async def run() -> list[str]:
    lines = [
        f"Scale-out on PostgreSQL (voice: {CONCURRENCY} unpaced calls for {SECONDS:.0f} s; jobs: "
        f"{JOBS} SMS deliveries; separate processes on 127.0.0.1)"
    ]
    server_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_PG)
    if not await pg_available(server_url):
        return [*lines, "  postgresql: not reachable, skipped (set BENCH_DATABASE_URL)"]
    url = await fresh_pg_database(server_url)
    try:
        lines += await _measure(url)
    finally:
        await drop_pg_database(url)
    return lines
