"""`make bench`: every benchmark prints its figures as ratios against a baseline measured in
the same run. Each module exposes `async def run() -> list[str]`."""

from __future__ import annotations

import asyncio
import importlib
import sys
import time

MODULES = [
    "bench.http_foundation",
    "bench.understanding",
    "bench.assistant_turn",
    "bench.jobs_queue",
    "bench.scheduling",
    "bench.voice",
    "bench.scale",
]


def main(selected: list[str]) -> int:
    names = [m for m in MODULES if not selected or m.rsplit(".", 1)[-1] in selected]
    for name in names:
        started = time.perf_counter()
        module = importlib.import_module(name)
        lines = asyncio.run(module.run())
        print("\n".join(lines))
        print(f"  ({name} took {time.perf_counter() - started:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
