"""The whole turn at once, as the conversation engine will call it, and the corpus targets."""

from __future__ import annotations

from collections.abc import Callable

from eval.run_understanding import evaluate, render
from switchboard.assistant.understanding import Context, Hazard, Intent, understand


def test_everything_said_at_once(ctx: Callable[..., Context]) -> None:
    u = understand(
        "hi yeah my water heater burst at 12 Oak St apt 3, this is Dana, "
        "call me at nine one three five five five zero one nine nine",
        ctx(),
    )
    assert u.intent is not None
    assert u.intent.value is Intent.EMERGENCY
    assert Hazard.FLOODING in {h.value for h in u.hazards}
    assert u.name is not None
    assert u.name.value == "Dana"
    assert u.address is not None
    assert u.address.value.one_line() == "12 Oak St Apt 3"
    assert u.phone is not None
    assert u.phone.value == "+19135550199"
    assert u.service is not None
    assert u.service.value == "water_heater"
    for extracted in (u.intent, u.name, u.address, u.phone, u.service, u.language):
        assert 0.0 < extracted.confidence <= 1.0


def test_an_empty_turn_understands_nothing(ctx: Callable[..., Context]) -> None:
    u = understand("", ctx())
    assert u.intent is None
    assert u.polarity is None
    assert u.time is None
    assert not u.hazards


def test_corpus_turns_have_no_new_failures() -> None:
    from eval import gate

    report = evaluate()
    assert report.conversations >= 80
    assert report.turns >= 150
    new, _fixed = gate.compare(report.failures, gate.known())
    assert not new, "\n".join(render(report))
