"""Where the time goes while a bench phase runs: CPU seconds of the server processes, of
PostgreSQL (the backends serving the bench's database, found in `pg_stat_activity` and read
with psutil) and of the bench client, the share of the machine's CPU time left idle, the load
average, and what PostgreSQL's busy backends were waiting on (sampled every SAMPLE_S).

A backend is "on CPU" in a sample when it is active with no wait event; `Lock:*` waits are
row or table locks (e.g. `Lock:transactionid` is a row another transaction holds, `Lock:tuple`
the queue behind it); `LWLock:*` are PostgreSQL's own short locks; `Client:ClientRead` is an
open transaction waiting for the application to send its next statement. Connections "in
use" are the bench database's backends not idle (active or idle in a transaction): a process's
pool can only make a request wait when all of its connections are in use.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from types import TracebackType

import psutil
from sqlalchemy.engine import make_url

SAMPLE_S = 0.25

_ACTIVITY = """
select pid, state, wait_event_type, wait_event, backend_type
from pg_stat_activity
where datname = $1 and pid <> pg_backend_pid()
"""
# Locks waited for by the bench database's backends, with what they wait for.
_LOCK_WAITS = """
select l.locktype, l.mode, coalesce(c.relname, '') as relname
from pg_locks l
join pg_stat_activity a on a.pid = l.pid
left join pg_class c on c.oid = l.relation
where not l.granted and a.datname = $1
"""


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system + times.children_user + times.children_system)


@dataclass
class Usage:
    """One phase's figures."""

    seconds: float = 0.0
    server_cpu: float = 0.0
    postgres_cpu: float = 0.0
    client_cpu: float = 0.0
    idle_share: float = 0.0  # of all the machine's CPU time in the phase
    load_before: float = 0.0  # 1-minute load average
    load_after: float = 0.0
    samples: int = 0
    backends: int = 0  # distinct PostgreSQL backends that served the bench database
    waits: Counter[str] = field(default_factory=Counter)  # active backends per sample, by wait
    lock_waits: Counter[str] = field(default_factory=Counter)  # ungranted locks per sample
    in_use_total: int = 0
    in_use_peak: int = 0

    def per_request_ms(self, requests: int) -> dict[str, float]:
        if not requests:
            return {"servers": 0.0, "postgresql": 0.0, "client": 0.0, "total": 0.0}
        ms = 1000 / requests
        return {
            "servers": self.server_cpu * ms,
            "postgresql": self.postgres_cpu * ms,
            "client": self.client_cpu * ms,
            "total": (self.server_cpu + self.postgres_cpu + self.client_cpu) * ms,
        }

    @property
    def in_use_mean(self) -> float:
        return self.in_use_total / self.samples if self.samples else 0.0

    def waits_line(self) -> str:
        """Mean busy backends per sample by what they wait on (CPU = running)."""
        if not self.samples:
            return "no samples"
        top = self.waits.most_common(6)
        parts = [f"{name} {count / self.samples:.2f}" for name, count in top]
        locks = ", ".join(
            f"{name} {count / self.samples:.2f}" for name, count in self.lock_waits.most_common(4)
        )
        return (
            f"busy backends per sample: {', '.join(parts) or 'none'}; ungranted locks per "
            f"sample: {locks or 'none'}; connections in use mean {self.in_use_mean:.1f}, "
            f"peak {self.in_use_peak} ({self.backends} backends, {self.samples} samples)"
        )


class Probe:
    """`async with Probe(database_url, processes) as usage:` measures the block."""

    def __init__(self, database_url: str, processes: list[psutil.Process]) -> None:
        self._url = make_url(database_url)
        self._processes = processes
        self.usage = Usage()
        self._pg_first: dict[int, float] = {}
        self._pg_last: dict[int, float] = {}
        self._pg_procs: dict[int, psutil.Process] = {}
        self._task: asyncio.Task[None] | None = None
        self._conn: object | None = None

    def _process_cpu(self) -> float:
        total = 0.0
        for proc in self._processes:
            with contextlib.suppress(psutil.Error):
                total += _cpu(proc)
        return total

    def _see_backend(self, pid: int) -> None:
        proc = self._pg_procs.get(pid)
        if proc is None:
            try:
                proc = psutil.Process(pid)
                self._pg_first[pid] = _cpu(proc)
            except psutil.Error:
                return  # not on this machine, or already gone
            self._pg_procs[pid] = proc
        with contextlib.suppress(psutil.Error):
            self._pg_last[pid] = _cpu(proc)

    async def _sample(self) -> None:
        import asyncpg

        conn = await asyncpg.connect(
            host=self._url.host,
            port=self._url.port or 5432,
            user=self._url.username,
            password=self._url.password,
            database=self._url.database,
        )
        self._conn = conn
        name = self._url.database
        try:
            while True:
                rows = await conn.fetch(_ACTIVITY, name)
                locks = await conn.fetch(_LOCK_WAITS, name)
                usage = self.usage
                usage.samples += 1
                in_use = 0
                for row in rows:
                    if row["backend_type"] != "client backend":
                        continue
                    self._see_backend(int(row["pid"]))
                    state = row["state"] or ""
                    if state != "idle":
                        in_use += 1
                    if state == "active":
                        wait = (
                            f"{row['wait_event_type']}:{row['wait_event']}"
                            if row["wait_event"]
                            else "CPU"
                        )
                        usage.waits[wait] += 1
                    elif state.startswith("idle in transaction"):
                        usage.waits["app (idle in transaction)"] += 1
                for lock in locks:
                    what = f"{lock['locktype']} {lock['mode']}"
                    if lock["relname"]:
                        what += f" on {lock['relname']}"
                    usage.lock_waits[what] += 1
                usage.in_use_total += in_use
                usage.in_use_peak = max(usage.in_use_peak, in_use)
                await asyncio.sleep(SAMPLE_S)
        finally:
            await conn.close()

    async def __aenter__(self) -> Usage:
        self._client = psutil.Process()
        self._started = time.perf_counter()
        self._machine = psutil.cpu_times()
        self.usage.load_before = os.getloadavg()[0]
        self._server_start = self._process_cpu()
        self._client_start = _cpu(self._client)
        self._task = asyncio.create_task(self._sample())
        return self.usage

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        usage = self.usage
        usage.seconds = time.perf_counter() - self._started
        usage.server_cpu = self._process_cpu() - self._server_start
        for pid in list(self._pg_procs):
            self._see_backend(pid)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        usage.client_cpu = _cpu(self._client) - self._client_start
        usage.postgres_cpu = sum(self._pg_last[p] - self._pg_first[p] for p in self._pg_last)
        usage.backends = len(self._pg_procs)
        machine = psutil.cpu_times()
        spent = sum(machine) - sum(self._machine)
        idle = (machine.idle + getattr(machine, "iowait", 0.0)) - (
            self._machine.idle + getattr(self._machine, "iowait", 0.0)
        )
        usage.idle_share = idle / spent if spent > 0 else 0.0
        usage.load_after = os.getloadavg()[0]
