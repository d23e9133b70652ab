"""A worker process that claims one job, writes its effect, then hangs before committing, so
the test can kill it at the worst moment: `python -m tests.jobs.crash_worker URL MARKER`."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from pathlib import Path

from switchboard.core.clock import SystemClock
from switchboard.core.db import Database
from switchboard.jobs.registry import JobContext, JobRegistry
from switchboard.jobs.worker import Worker
from tests.conftest import make_settings
from tests.jobs.effects import EFFECT, write_effect

LEASE = timedelta(seconds=30)


async def main(url: str, marker: Path) -> None:
    registry = JobRegistry()

    @registry.handler(EFFECT)
    async def effect_then_hang(ctx: JobContext) -> None:
        await write_effect(ctx)
        marker.write_text(str(ctx.job_id))
        await asyncio.sleep(3600)  # killed here: claimed, effect written, nothing committed

    db = Database(make_settings(url))
    worker = Worker(
        db, registry, SystemClock(), concurrency=1, lease=LEASE, worker_id="doomed-worker"
    )
    await worker.run_once()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], Path(sys.argv[2])))
