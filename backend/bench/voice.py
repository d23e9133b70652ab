"""The voice webhook under load: 50 simulated calls at once against a real server on
127.0.0.1, on SQLite and PostgreSQL, against a bare endpoint (signature check and fixed TwiML
only, bench/voice_bare_app.py) measured in the same run.

A simulated call is what Twilio does for a short call: the signed incoming-call webhook (the
tenant lookup, idempotency record, a new conversation and the assistant's greeting), then the
`<Gather action>` it names with one caller utterance (one assistant turn), each with its own
`I-Twilio-Idempotency-Token`.

Two runs per server:
- Latency, 50 calls at once paced like calls: Twilio posts a call's next webhook only after
  the greeting has been spoken and the caller has answered, seconds later. Each simulated call
  waits PACE_S (0.5-1.5 s, shorter than any real greeting plus answer, so the load is heavier
  than 50 real calls) before each of its webhooks. Latency per request as the client sees it
  and as the server's own histogram sees it (`/metrics`, bucket upper bounds).
- Capacity, 50 calls at once with no pauses: requests/s against the bare endpoint driven the
  same way (the ratio), and the server's RSS after a warm-up and after the measured calls
  (10,000 calls, or as many as fit in BENCH_VOICE_SECONDS; the number is printed). The latency
  of that saturated run is printed too: it is queueing, 50 requests waiting on one process.

Targets (issue 6): p99 <= 50 ms; >= 30% of the bare endpoint's throughput; RSS grows < 10%.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from twilio.request_validator import RequestValidator

from bench.harness import (
    LoadResult,
    each_database,
    server,
)

CONCURRENCY = 50
CALLS = int(os.environ.get("BENCH_VOICE_CALLS", "10000"))
WARMUP_CALLS = 200
SECONDS = float(os.environ.get("BENCH_VOICE_SECONDS", "240"))
PACED_SECONDS = float(os.environ.get("BENCH_VOICE_PACED_SECONDS", "20"))
PACE_S = (0.5, 1.5)
RECOVERY_S = 60.0
TOKEN = "bench-twilio-auth-token-0123456789abcdef"  # noqa: S105  (a bench-only secret)
PUBLIC = "https://voice-bench.example.com"  # what Twilio signs; the server is reached directly
ADMIN_KEY = "bench-admin-key-0123456789abcdef0123456789"
NUMBER = "+19135550100"
_ACTION = re.compile(r'<Gather[^>]* action="([^"]+)"')
_VALIDATOR = RequestValidator(TOKEN)


@dataclass
class Run:
    calls: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)  # what went wrong, by kind
    fallbacks: int = 0  # answered by the safety net (over the 1.8 s budget or failed)
    seconds: float = 0.0

    def failed(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def result(self) -> LoadResult:
        return LoadResult(len(self.latencies_ms), self.seconds, self.latencies_ms, self.errors)


async def _post(
    client: httpx.AsyncClient, base: str, public_url: str, params: dict[str, str], run: Run
) -> str | None:
    parts = urlsplit(public_url)
    local = base + parts.path + (f"?{parts.query}" if parts.query else "")
    headers = {
        "X-Twilio-Signature": _VALIDATOR.compute_signature(public_url, params),
        "I-Twilio-Idempotency-Token": uuid.uuid4().hex,
    }
    started = time.perf_counter()
    try:
        response = await client.post(local, data=params, headers=headers)
    except httpx.HTTPError as exc:
        run.failed(type(exc).__name__)
        return None
    run.latencies_ms.append((time.perf_counter() - started) * 1000)
    if response.status_code != 200 or "<Response" not in response.text:
        run.failed(f"{parts.path} answered {response.status_code}")
        return None
    if "having trouble right now" in response.text:
        run.fallbacks += 1
    return response.text


async def _calls(
    base: str, total: int, seconds: float, *, follow: bool, paced: bool = False
) -> Run:
    """`total` calls (or until `seconds`), CONCURRENCY at a time; `paced` waits PACE_S before
    each webhook of a call, as a caller's speech does."""
    run = Run()
    rng = random.Random(6)

    async def pause() -> None:
        if paced:
            await asyncio.sleep(rng.uniform(*PACE_S))

    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        async def caller() -> None:
            while run.calls < total and time.perf_counter() < deadline:
                run.calls += 1
                params = {
                    "CallSid": "CA" + uuid.uuid4().hex,
                    "AccountSid": "AC" + "1" * 32,
                    "From": f"+1913{2000000 + run.calls % 7000000:07d}",
                    "To": NUMBER,
                    "CallStatus": "ringing",
                    "Direction": "inbound",
                }
                await pause()
                twiml = await _post(client, base, PUBLIC + "/twilio/voice", params, run)
                action = _ACTION.search(twiml or "")
                if not follow or action is None:
                    continue
                turn = {
                    **params,
                    "CallStatus": "in-progress",
                    "SpeechResult": "what are your hours",
                }
                await pause()
                await _post(client, base, action.group(1).replace("&amp;", "&"), turn, run)

        started = time.perf_counter()
        await asyncio.gather(*(caller() for _ in range(CONCURRENCY)))
        run.seconds = time.perf_counter() - started
    return run


def _server_percentiles(before: str, after: str) -> tuple[float, float]:
    """p50 and p99 (bucket upper bounds, ms) of the voice routes from two /metrics scrapes."""

    def buckets(text: str) -> dict[float, float]:
        out: dict[float, float] = {}
        pattern = re.compile(
            r'switchboard_http_request_duration_seconds_bucket\{le="([^"]+)",method="POST",'
            r'route="/twilio/voice[^"]*"\} ([0-9.e+]+)'
        )
        for le, count in pattern.findall(text):
            bound = float("inf") if le == "+Inf" else float(le)
            out[bound] = out.get(bound, 0.0) + float(count)
        return out

    b0, b1 = buckets(before), buckets(after)
    diff = {le: b1[le] - b0.get(le, 0.0) for le in b1}
    total = diff.get(float("inf"), 0.0)
    if not total:
        return float("nan"), float("nan")

    def pct(p: float) -> float:
        return next(le for le in sorted(diff) if diff[le] >= p * total) * 1000

    return pct(0.5), pct(0.99)


async def _scrape_after_load(c: httpx.AsyncClient, base: str) -> tuple[str, float]:
    """/metrics once the server answers again; and how long that took after the load."""
    started = time.perf_counter()
    while time.perf_counter() - started < RECOVERY_S:
        try:
            response = await c.get(f"{base}/metrics", timeout=5)
            return response.text, time.perf_counter() - started
        except httpx.HTTPError:
            continue
    return "", float("inf")


def _kinds(run: Run) -> str:
    return f" ({', '.join(f'{k}: {n}' for k, n in run.error_kinds.items())})" if run.errors else ""


def _verdict(ok: bool, what: str) -> str:
    return f"(target {what}: {'ok' if ok else 'NOT MET'})"


async def _measure(label: str, database_url: str, bare_rps: float) -> list[str]:
    env = {
        "DATABASE_URL": database_url,
        "ADMIN_API_KEY": ADMIN_KEY,
        "SWITCHBOARD_NO_DEMO": "1",
        "ENVIRONMENT": "dev",
        "TWILIO_AUTH_TOKEN": TOKEN,
        "PUBLIC_BASE_URL": PUBLIC,
    }
    with server(None, env) as (base, proc):
        async with httpx.AsyncClient(timeout=30) as c:
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
            await _calls(base, WARMUP_CALLS, SECONDS, follow=True)
            metrics_0 = (await c.get(f"{base}/metrics")).text
            paced = await _calls(base, CALLS, PACED_SECONDS, follow=True, paced=True)
            metrics_1 = (await c.get(f"{base}/metrics")).text
            rss_before = proc.memory_info().rss / 1e6
            measured = await _calls(base, CALLS, SECONDS, follow=True)
            rss_after = proc.memory_info().rss / 1e6
            metrics_2, recovery_s = await _scrape_after_load(c, base)
    latency, capacity = paced.result(), measured.result()
    paced_p50, paced_p99 = _server_percentiles(metrics_0, metrics_1)
    full_p50, full_p99 = _server_percentiles(metrics_1, metrics_2)
    ratio = capacity.rps / bare_rps
    growth = (rss_after - rss_before) / rss_before * 100
    recovered = (
        f"answered /metrics {recovery_s:.1f} s after the load"
        if recovery_s != float("inf")
        else f"DID NOT ANSWER /metrics within {RECOVERY_S:.0f} s after the load"
    )
    return [
        f"  {label:10} paced calls: {latency.requests} requests ({latency.rps:.0f} req/s), "
        f"client p50 {latency.p50:.1f} ms p99 {latency.p99:.1f} ms; server p50 <= "
        f"{paced_p50:.0f} ms p99 <= {paced_p99:.0f} ms "
        f"{_verdict(latency.p99 <= 50, 'p99 <= 50 ms')}"
        f"; errors {latency.errors}{_kinds(paced)}, safety-net answers {paced.fallbacks}",
        f"  {label:10} capacity: {capacity.rps:.0f} req/s, {ratio:.2f} of bare "
        f"{_verdict(ratio >= 0.30, '>= 0.30')}; saturated latency (queueing) client p50 "
        f"{capacity.p50:.0f} ms p99 {capacity.p99:.0f} ms, server p50 <= {full_p50:.0f} ms "
        f"p99 <= {full_p99:.0f} ms; errors {capacity.errors}{_kinds(measured)}, safety-net answers "
        f"{measured.fallbacks}; server {recovered}",
        f"  {label:10} RSS {rss_before:.0f} MB before, {rss_after:.0f} MB after {measured.calls} "
        f"calls ({capacity.requests} requests): {growth:+.1f}% {_verdict(growth < 10, '< 10%')}",
    ]


async def run() -> list[str]:
    lines = [
        f"Voice webhook ({CONCURRENCY} concurrent calls; paced for {PACED_SECONDS:.0f} s, then "
        f"up to {CALLS} calls or {SECONDS:.0f} s unpaced, per database; 127.0.0.1)"
    ]
    bare_env = {"TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": PUBLIC}
    with server("bench.voice_bare_app:app", bare_env) as (base, _):
        bare_paced = (await _calls(base, CALLS, PACED_SECONDS, follow=False, paced=True)).result()
        bare = (await _calls(base, 4000, SECONDS, follow=False)).result()
    lines.append(
        f"  baseline   signature + fixed TwiML: paced client p50 {bare_paced.p50:.1f} ms p99 "
        f"{bare_paced.p99:.1f} ms; capacity {bare.rps:.0f} req/s (p50 {bare.p50:.0f} ms, p99 "
        f"{bare.p99:.0f} ms); errors {bare.errors + bare_paced.errors}"
    )
    lines += await each_database(lambda label, url: _measure(label, url, bare.rps))
    return lines
