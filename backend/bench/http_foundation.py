"""Foundation throughput: /healthz and an authenticated owner read, against a bare FastAPI
endpoint measured in the same run, on SQLite and PostgreSQL, plus the server's resident memory.

Targets: the authenticated read keeps >= 25% of the bare endpoint's throughput; RSS <= 150 MB.
"""

from __future__ import annotations

import os

import httpx

from bench.harness import (
    each_database,
    load,
    server,
)

TOTAL = int(os.environ.get("BENCH_REQUESTS", "3000"))
CONCURRENCY = 20
ADMIN_KEY = "bench-admin-key-0123456789abcdef0123456789"


async def _measure(db_label: str, database_url: str, bare_rps: float) -> list[str]:
    env = {
        "DATABASE_URL": database_url,
        "ADMIN_API_KEY": ADMIN_KEY,
        "SWITCHBOARD_NO_DEMO": "1",
        "ENVIRONMENT": "dev",
    }
    lines = []
    with server(None, env) as (base, proc):
        async with httpx.AsyncClient() as c:
            created = await c.post(
                f"{base}/v1/admin/businesses",
                json={
                    "name": "Bench",
                    "timezone": "America/Chicago",
                    "phone_number": "+19135550100",
                },
                headers={"X-Admin-API-Key": ADMIN_KEY},
            )
            created.raise_for_status()
            token = created.json()["credentials"]["owner_token"]
        health = await load(f"{base}/healthz", total=TOTAL, concurrency=CONCURRENCY)
        owner = await load(
            f"{base}/v1/owner/audit?limit=10",
            total=TOTAL,
            concurrency=CONCURRENCY,
            headers={"X-Owner-Token": token},
        )
        rss_mb = proc.memory_info().rss / 1e6
    for name, result in (("healthz", health), ("owner read", owner)):
        lines.append(
            f"  {db_label:10} {name:11} {result.rps:8.0f} req/s  ratio {result.rps / bare_rps:5.2f}"
            f"  p50 {result.p50:6.1f} ms  p99 {result.p99:6.1f} ms  errors {result.errors}"
        )
    target = "ok" if owner.rps / bare_rps >= 0.25 else "BELOW TARGET"
    lines.append(
        f"  {db_label:10} owner read / bare = {owner.rps / bare_rps:.2f} (target >= 0.25: {target})"
    )
    lines.append(
        f"  {db_label:10} server RSS after run {rss_mb:.0f} MB (target <= 150 MB: "
        f"{'ok' if rss_mb <= 150 else 'ABOVE TARGET'})"
    )
    return lines


async def run() -> list[str]:
    lines = [f"HTTP foundation ({TOTAL} requests each, {CONCURRENCY} concurrent, 127.0.0.1)"]
    with server("bench.bare_app:app", {}) as (base, _):
        bare = await load(f"{base}/bare", total=TOTAL, concurrency=CONCURRENCY)
    lines.append(
        f"  baseline   bare FastAPI {bare.rps:8.0f} req/s"
        f"  p50 {bare.p50:.1f} ms  p99 {bare.p99:.1f} ms"
    )
    lines += await each_database(lambda label, url: _measure(label, url, bare.rps))
    return lines
