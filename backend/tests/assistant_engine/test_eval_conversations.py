"""`make eval` on whole conversations: no conversation fails that is not a known failure."""

from __future__ import annotations

from eval import gate
from eval.run_conversations import MIN_JUDGED, evaluate, render


async def test_corpus_conversations_have_no_new_failures() -> None:
    report = await evaluate()
    assert report.judged >= MIN_JUDGED
    new, _fixed = gate.compare(report.failures, gate.known())
    assert not new, "\n".join(render(report))


def test_the_gate_reports_a_new_failure_and_a_fixed_one() -> None:
    accepted = {"a-conv: start", "b-conv: page_owner"}
    new, fixed = gate.compare(["a-conv: start: expected 10, got 11", "c-conv: booked: x"], accepted)
    assert new == ["c-conv: booked: x"] and fixed == ["b-conv: page_owner"]


def test_known_failures_keep_turn_keys_and_drop_comments(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = tmp_path / "known.txt"
    listed.write_text("# a comment\nconv-a#3: emergency  # why\nconv-b: booked\n")
    assert gate.known(listed) == {"conv-a#3: emergency", "conv-b: booked"}
