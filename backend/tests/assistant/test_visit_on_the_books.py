"""A visit already booked, said the way callers say it: no longer needed ("won't be needing
it"), checked on ("is my tune-up still on"), or forgotten ("I set it up with y'all and can't
remember the day"); something else called off ("my flight got cancelled") is no cancel.
Examples are not from the eval corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand


def _intents(text: str, context: Context) -> set[Intent | None]:
    u = understand(text, context)
    return {u.intent.value if u.intent else None, *u.other_intents}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we have you guys coming friday for the drain but my brother snaked it, so we won't "
         "be needing you", Intent.CANCEL),
        ("I had a plumber coming tomorrow but the leak stopped, not gonna need y'all after all",
         Intent.CANCEL),
        ("tengo una cita el lunes para el calentador pero ya no hace falta", Intent.CANCEL),
        ("just checking the drain cleaning is still on for tomorrow", Intent.APPOINTMENT_STATUS),
        ("is our water heater repair still happening monday?", Intent.APPOINTMENT_STATUS),
        ("what time the plumber is coming on friday, I forgot", Intent.APPOINTMENT_STATUS),
        ("we set up a disposal repair with y'all last week and I forgot what day it was",
         Intent.APPOINTMENT_STATUS),
        ("agendamos la limpieza del drenaje con ustedes y no me acuerdo qué día",
         Intent.APPOINTMENT_STATUS),
        # Whether it holds, or was ever booked at all.
        ("morning, you've got a guy coming for the outlets today, just want to check it's "
         "still on with the ice", Intent.APPOINTMENT_STATUS),
        ("hey am i on the schedule for the water heater thursday? nobody texted me",
         Intent.APPOINTMENT_STATUS),
        ("I never received a confirmation for the faucet job, did you guys book me?",
         Intent.APPOINTMENT_STATUS),
        ("hola, ¿sí quedé agendada para el jueves? no me llegó la confirmación",
         Intent.APPOINTMENT_STATUS),
        # Moved, not cancelled: the only "cancelled" in it is a flight.
        ("you have someone coming thursday but my flight was canceled, can we move it to "
         "monday", Intent.RESCHEDULE),
    ],
)  # fmt: skip
def test_a_booked_visit_dropped_checked_or_moved(
    ctx: Callable[..., Context], text: str, intent: Intent
) -> None:
    u = understand(text, ctx())
    assert u.intent is not None and u.intent.value is intent, (text, u.intent)


@pytest.mark.parametrize(
    "text",
    [
        "our trip got cancelled so we're home all week, the kitchen drain is clogged",
        "the water heater is still on but there's no hot water",
        "the game was cancelled so can someone come saturday to fix the toilet",
        # Still, about the house, not the visit; a confirmation wished for a new booking.
        "the breaker keeps tripping, I want to make sure it's not the panel",
        "can you book me for friday and send a confirmation text",
    ],
)
def test_look_alikes_are_no_cancel_or_status(ctx: Callable[..., Context], text: str) -> None:
    intents = _intents(text, ctx())
    assert not intents & {Intent.CANCEL, Intent.APPOINTMENT_STATUS}, (text, intents)


def test_a_cancel_asked_for_in_so_many_words_still_is(ctx: Callable[..., Context]) -> None:
    for text in ("I need it cancelled please", "can the visit be cancelled", "cancel it"):
        u = understand(text, ctx())
        assert u.intent is not None and u.intent.value is Intent.CANCEL, text
