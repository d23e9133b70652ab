"""`make eval` on whole conversations: the corpus played through the engine meets its targets."""

from __future__ import annotations

from eval.run_conversations import MIN_JUDGED, evaluate, render


async def test_corpus_conversations_meet_targets() -> None:
    report = await evaluate()
    assert report.judged >= MIN_JUDGED
    assert report.passed(), "\n".join(render(report))
    # At conversation level the owner is paged if and only if an emergency is expected.
    assert report.paged == report.positives and report.false_alarms == 0
