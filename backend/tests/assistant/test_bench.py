"""The understanding benchmark runs, reports both figures, and stays within its budget."""

from __future__ import annotations

import inspect
import time

from bench.understanding import measure, run


def test_one_round_reports_baseline_and_understand() -> None:
    start = time.monotonic()
    lines = measure(rounds=1)
    assert time.monotonic() - start < 30
    text = "\n".join(lines)
    assert "baseline" in text
    assert "understand()" in text
    assert "p99" in text


def test_run_is_a_coroutine() -> None:
    assert inspect.iscoroutinefunction(run)
