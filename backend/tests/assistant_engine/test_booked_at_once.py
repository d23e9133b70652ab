"""On a text channel (SMS, web chat) a time taken with the job, name and address already
known, or taken before the details that complete them, is booked at once: the confirmation
says it all back and invites a correction. A reply
after it closes politely, moves that booking, or corrects its details; never a second job.
A call keeps the read-back (speech is misheard)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.assistant_engine.test_conversations import FACTS, talk, world

ES = replace(FACTS, language="es")
KNOWN = "my kitchen drain is clogged, this is Dana Smith at 14 Elm St"
CONOCIDO = "se me tapó el drenaje de la cocina, soy María López, 14 Elm St"
BOOKED = (
    "You're booked: Drain cleaning on Tuesday March 3rd at 1 PM at 14 Elm St. "
    "If anything needs changing, just reply here."
)


@pytest.mark.parametrize("channel", ["sms", "web"])
async def test_an_offer_taken_in_writing_is_booked_at_once(channel: str) -> None:
    w = world()
    state, replies = await talk(w, [KNOWN, "tomorrow afternoon", "1pm is good"], channel=channel)
    assert replies[3].startswith(BOOKED)
    assert "Shall I book" not in replies[3]
    assert len(w.booked) == 1 and state.stage == "booked"


async def test_web_still_invites_a_number_after_booking_at_once() -> None:
    w = world()
    _state, replies = await talk(w, [KNOWN, "tomorrow afternoon", "the first one"], channel="web")
    assert replies[3] == BOOKED + " If you'd like, share a phone number the technician can call."


async def test_an_exact_open_time_in_spanish_is_booked_at_once() -> None:
    w = world()
    _state, replies = await talk(w, [CONOCIDO, "mañana a las 3 si tiene"], channel="sms", facts=ES)
    assert replies[2].startswith("Listo, quedó agendado: Drain cleaning el martes 3 de marzo")
    assert "Si hay que cambiar algo, solo responda aquí." in replies[2]
    assert "disponible" not in replies[2] and len(w.booked) == 1


@pytest.mark.parametrize(
    ("lines", "facts"),
    [
        ([KNOWN, "tomorrow afternoon", "1pm is good", "ok thanks"], FACTS),
        ([KNOWN, "tomorrow afternoon", "1pm is good", "yes"], FACTS),
        ([CONOCIDO, "mañana en la tarde", "a la 1 está bien", "perfecto"], ES),
        ([CONOCIDO, "mañana en la tarde", "a la 1 está bien", "sí"], ES),
    ],
)
async def test_a_yes_or_thanks_after_it_is_a_close(lines: list[str], facts: object) -> None:
    w = world()
    state, replies = await talk(w, lines, channel="sms", facts=facts)  # type: ignore[arg-type]
    assert replies[4].startswith(("Great, see you then", "Perfecto, nos vemos"))
    assert state.stage == "closed" and len(w.booked) == 1 and "?" not in replies[4]


async def test_a_new_time_moves_the_booking_just_made() -> None:
    w = world()
    lines = [KNOWN, "tues 3pm if u have it", "actually make it 1"]
    _state, replies = await talk(w, lines, channel="sms")
    assert replies[3].startswith("Done, I've moved it: Drain cleaning on Tuesday March 3rd at 1 PM")
    assert len(w.booked) == 1 and w.booked[0]["start"].hour == 13 and w.moved


async def test_mejor_el_miercoles_moves_it_in_spanish() -> None:
    w = world()
    lines = [CONOCIDO, "mañana a las 3", "mejor el miércoles a las 10"]
    _state, replies = await talk(w, lines, channel="web", facts=ES)
    assert replies[3].startswith("Listo, ya la cambié: Drain cleaning el miércoles 4 de marzo")
    assert len(w.booked) == 1 and w.booked[0]["start"].day == 4


@pytest.mark.parametrize(
    ("lines", "facts", "field", "value"),
    [
        ([KNOWN, "tomorrow at 3", "sorry the address is 16 Elm St"], FACTS, "address", "16 Elm St"),
        ([KNOWN, "tomorrow at 3", "sorry my name is Dana Smyth"], FACTS, "name", "Dana Smyth"),
        ([CONOCIDO, "mañana a las 3", "perdón, la dirección es 16 Elm St"], ES, "address",
         "16 Elm St"),
    ],
)  # fmt: skip
async def test_a_corrected_detail_updates_the_booking(
    lines: list[str], facts: object, field: str, value: str
) -> None:
    w = world()
    state, replies = await talk(w, lines, channel="sms", facts=facts)  # type: ignore[arg-type]
    assert replies[3].startswith(("Thanks, I've updated it", "Gracias, ya lo corregí"))
    assert value in replies[3] or field == "name"
    assert len(w.booked) == 1 and w.booked[0][field] == value
    assert w.corrected == [("appt-1", {field: value})] and getattr(state, field) == value


async def test_a_no_after_it_asks_what_to_change_and_the_time_moves_it() -> None:
    w = world()
    lines = [KNOWN, "tomorrow at 3", "nope", "the time", "wednesday at 10"]
    _state, replies = await talk(w, lines, channel="sms")
    assert replies[3] == "What should I change: the time, the address or something else?"
    assert replies[5].startswith("Done, I've moved it") and len(w.booked) == 1


@pytest.mark.parametrize(
    ("lines", "facts", "readback"),
    [
        ([KNOWN, "tomorrow afternoon", "1pm is good"], FACTS, "Just to confirm"),
        ([CONOCIDO, "mañana en la tarde", "a la 1 está bien"], ES, "Para confirmar"),
    ],
)
async def test_a_call_still_reads_back(lines: list[str], facts: object, readback: str) -> None:
    w = world()
    _state, replies = await talk(w, lines, channel="voice", facts=facts)  # type: ignore[arg-type]
    assert replies[3].startswith(readback) and not w.booked


_TIME_BEFORE_DETAILS = ["my kitchen drain is clogged", "tomorrow afternoon", "1pm is good",
                        "Dana Smith, 14 Elm St"]  # fmt: skip


async def test_by_text_details_given_after_the_choice_book_the_time_taken() -> None:
    # Blind writers' texters took a time, gave who and where, and stopped there: the last
    # detail books the time they took, and the confirmation invites a fix.
    w = world()
    _state, replies = await talk(w, _TIME_BEFORE_DETAILS, channel="sms")
    assert replies[4].startswith("You're booked: Drain cleaning") and len(w.booked) == 1
    assert w.booked[0]["start"].hour == 13


async def test_on_the_web_details_after_the_choice_book_it_and_invite_a_number() -> None:
    # As by text: the last detail books the time taken; the confirmation invites the visitor's
    # optional number (which the read-back used to), and a number typed next is added to it.
    w = world()
    state, replies = await talk(w, [*_TIME_BEFORE_DETAILS, "913 555 0142"], channel="web")
    assert replies[4].startswith("You're booked: Drain cleaning") and len(w.booked) == 1
    assert replies[4].endswith("share a phone number the technician can call.")
    assert state.phone == "+19135550142" and w.booked[0]["phone"] == "+19135550142"


async def test_on_a_call_details_after_the_choice_are_read_back() -> None:
    w = world()
    _state, replies = await talk(w, _TIME_BEFORE_DETAILS, channel="voice")
    assert replies[4].startswith("Just to confirm") and not w.booked


async def test_a_new_time_with_a_reason_is_a_move_never_a_second_booking() -> None:
    w = world()
    lines = [
        KNOWN,
        "tomorrow at 1",
        "Oh wait, sorry, make it 3. The super only leaves the keys out after 2.",
        "Yes, 3 on Tuesday",
    ]
    _state, replies = await talk(w, lines, channel="web")
    # "Make it 3" is the hour wanted (the reason's "after 2" is no bound to offer around): the
    # visit moves there at once, and the yes after it books nothing more.
    assert replies[3].startswith("Done, I've moved it: Drain cleaning on Tuesday March 3rd at 3 PM")
    assert len(w.booked) == 1 and w.booked[0]["start"].hour == 15


async def test_the_booked_time_said_again_and_a_yes_after_the_close_book_nothing() -> None:
    w = world()
    lines = [CONOCIDO, "mañana a las 3", "mañana a las 3, sí", "sí, correcto"]
    state, replies = await talk(w, lines, channel="sms", facts=ES)
    assert replies[3].startswith("Perfecto, nos vemos") and replies[4].startswith("Perfecto")
    assert len(w.booked) == 1 and not w.moved and state.stage == "closed"


async def test_a_new_job_after_it_is_still_a_new_job() -> None:
    w = world()
    lines = [KNOWN, "tomorrow at 1", "also my water heater is leaking"]
    state, replies = await talk(w, lines, channel="sms")
    assert "moved" not in replies[3] and "updated" not in replies[3]
    assert len(w.booked) == 1 and state.service_id != "drain"
