"""The turn-latency benchmark runs end to end (two conversations) and reports both figures."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bench import assistant_turn
from bench.harness import bench_settings
from switchboard.core.db import Database
from switchboard.core.migrations import upgrade


async def test_two_conversations_book_and_report_both_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assistant_turn, "CONVERSATIONS", 2)
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}"
    await asyncio.to_thread(upgrade, url)
    db = Database(bench_settings(url))
    try:
        lines = await assistant_turn._bench(db, "sqlite")
    finally:
        await db.dispose()
    text = "\n".join(lines)
    assert "2 bookings" in text and "baseline" in text and "p99" in text
