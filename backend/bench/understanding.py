"""Benchmark: `understand()` latency over every corpus turn, against a baseline that only
normalises the text, both measured in the same run on the same machine.

    cd backend && .venv/bin/python -m bench.understanding

Bounded: stops after MAX_SECONDS whatever the number of rounds completed.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from functools import partial

from eval.run_understanding import load, turns_of
from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.normalise import normalise

ROUNDS = 20
MAX_SECONDS = 20.0


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _time(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000.0


def measure(rounds: int = ROUNDS, budget_s: float = MAX_SECONDS) -> list[str]:
    tenants, conversations = load()
    turns: list[tuple[str, Context]] = [
        (t.text, t.context) for c in conversations for t in turns_of(tenants, c)
    ]
    for text, context in turns:  # warm-up: dateparser and regex caches load lazily
        understand(text, context)
    baseline: list[float] = []
    full: list[float] = []
    deadline = time.monotonic() + budget_s
    done = 0
    for _ in range(rounds):
        if time.monotonic() > deadline:
            break
        for text, context in turns:
            baseline.append(_time(partial(normalise, text)))
            full.append(_time(partial(understand, text, context)))
        done += 1
    b50, b99 = _percentile(baseline, 0.5), _percentile(baseline, 0.99)
    f50, f99 = _percentile(full, 0.5), _percentile(full, 0.99)
    return [
        f"understanding: {len(turns)} corpus turns x {done} rounds",
        f"  baseline (normalise only): p50 {b50:.3f} ms  p99 {b99:.3f} ms",
        f"  understand():              p50 {f50:.3f} ms  p99 {f99:.3f} ms  "
        f"mean {statistics.fmean(full):.3f} ms",
        f"  ratio to baseline:         p50 x{f50 / b50:.1f}  p99 x{f99 / b99:.1f}",
    ]


async def run() -> list[str]:
    return await asyncio.to_thread(measure)


if __name__ == "__main__":
    print("\n".join(asyncio.run(run())))
