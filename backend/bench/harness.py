"""Shared benchmark plumbing: servers on 127.0.0.1, bounded load, percentiles."""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.core.migrations import upgrade

BACKEND = Path(__file__).resolve().parents[1]
DEFAULT_PG = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies_ms: list[float]
    errors: int

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")

    @property
    def p99(self) -> float:
        return percentile(self.latencies_ms, 99)


async def load(
    url: str,
    *,
    total: int,
    concurrency: int,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    max_seconds: float = 60.0,
) -> LoadResult:
    """Send `total` requests with `concurrency` in flight; stops early after `max_seconds`."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.perf_counter() + max_seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def one_worker() -> None:
            nonlocal sent, errors
            while sent < total and time.perf_counter() < deadline:
                sent += 1
                started = time.perf_counter()
                try:
                    response = await client.request(method, url, headers=headers)
                    if response.status_code >= 400:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(one_worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return LoadResult(len(latencies), elapsed, latencies, errors)


@contextmanager
def server(app_target: str | None, env: dict[str, str]) -> Iterator[tuple[str, psutil.Process]]:
    """Run `switchboard run` (app_target None) or uvicorn on `app_target`; yield its base URL."""
    port = free_port()
    full_env = {**os.environ, **env, "PORT": str(port), "HOST": "127.0.0.1", "LOG_LEVEL": "WARNING"}
    if app_target is None:
        cmd = [sys.executable, "-m", "switchboard.cli", "run"]
    else:
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            app_target,
            "--port",
            str(port),
            "--host",
            "127.0.0.1",
            "--log-level",
            "warning",
            "--no-access-log",
        ]
    proc = subprocess.Popen(
        cmd, cwd=BACKEND, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if (
                    httpx.get(
                        f"{base}/healthz" if app_target is None else f"{base}/bare", timeout=1
                    ).status_code
                    == 200
                ):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("bench server did not start")
            time.sleep(0.2)
        yield base, psutil.Process(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


async def fresh_pg_database(base_url: str) -> str:
    """A new, empty database on the server named by base_url; returns its URL."""
    import asyncpg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = f"sb_bench_{uuid.uuid4().hex[:8]}"

    async def create() -> None:
        conn = await asyncpg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            password=url.password,
            database=url.database,
        )
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    await create()
    return url.set(database=name).render_as_string(hide_password=False)


async def drop_pg_database(db_url: str) -> None:
    import asyncpg
    from sqlalchemy.engine import make_url

    url = make_url(db_url)

    async def drop() -> None:
        conn = await asyncpg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            password=url.password,
            database="postgres",
        )
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
        finally:
            await conn.close()

    await drop()


async def pg_available(url: str) -> bool:
    try:
        import asyncpg
        from sqlalchemy.engine import make_url

        u = make_url(url)

        async def ping() -> None:
            conn = await asyncpg.connect(
                host=u.host, port=u.port or 5432, user=u.username, database=u.database, timeout=3
            )
            await conn.close()

        await ping()
        return True
    except Exception:
        return False


async def each_database(
    measure: Callable[[str, str], Awaitable[list[str]]],
) -> list[str]:
    """Run `measure(label, url)` on a fresh SQLite file, then on a fresh PostgreSQL database
    when one is reachable (BENCH_DATABASE_URL, default the local server); both are removed."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        lines += await measure("sqlite", f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
    server_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_PG)
    if not await pg_available(server_url):
        return [*lines, "  postgresql: not reachable, skipped (set BENCH_DATABASE_URL)"]
    url = await fresh_pg_database(server_url)
    try:
        lines += await measure("postgresql", url)
    finally:
        await drop_pg_database(url)
    return lines


def bench_settings(url: str) -> Settings:
    """Settings for a bench's own Database on `url`: no worker, no demo tenant, quiet logs."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        environment="test",
        database_url=url,
        worker_in_process=False,
        switchboard_no_demo=True,
        log_level="WARNING",
    )


async def each_migrated_database(
    bench: Callable[[Database, str], Awaitable[list[str]]],
) -> list[str]:
    """`bench(db, label)` on each database of `each_database`, migrated to the newest schema."""

    async def measure(label: str, url: str) -> list[str]:
        await asyncio.to_thread(upgrade, url)
        db = Database(bench_settings(url))
        try:
            return await bench(db, label)
        finally:
            await db.dispose()

    return await each_database(measure)
