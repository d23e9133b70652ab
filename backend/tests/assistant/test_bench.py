"""The understanding benchmark runs, reports both figures, and stays within its budget."""

from __future__ import annotations

import inspect

from bench.understanding import measure, run


def test_one_round_reports_baseline_and_understand() -> None:
    # Figures are printed by `make bench`, never asserted on: a loaded CI machine is slow.
    lines = measure(rounds=1)
    text = "\n".join(lines)
    assert "baseline" in text
    assert "understand()" in text
    assert "p99" in text


def test_run_is_a_coroutine() -> None:
    assert inspect.iscoroutinefunction(run)
