"""Details the caller gives before they are asked: kept, acknowledged, never asked again."""

from __future__ import annotations

from tests.assistant_engine.test_conversations import talk, world


async def test_a_name_and_address_said_early_are_not_asked_again() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "naomi feldstein", "55 Elm Avenue",
             "wednesday morning", "the first one"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.name == "Naomi Feldstein" and state.address == "55 Elm Avenue"
    assert replies[2].startswith("Thanks, Naomi.") and "when" in replies[2].lower()
    assert replies[3].startswith("Got it, 55 Elm Avenue.")
    assert "Just to confirm" in replies[-1]
    assert not any("your name" in r for r in replies)


async def test_the_same_question_is_never_said_three_times_while_details_come_in() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "its priya shah", "12 Oak Street",
             "913 555 0199"]  # fmt: skip
    _state, replies = await talk(w, lines)
    assert len(set(replies[1:])) == len(replies[1:])


async def test_a_spanish_caller_is_thanked_in_spanish() -> None:
    w = world()
    lines = ["hola se me tapó el drenaje de la cocina", "jose luis cardenas"]
    state, replies = await talk(w, lines)
    assert state.name == "Jose Luis Cardenas" and state.language == "es"
    assert replies[-1].startswith("Gracias, Jose.")


async def test_a_yes_to_the_name_question_is_not_a_name() -> None:
    w = world()
    lines = ["my kitchen drain is clogged", "wednesday morning", "the first one",
             "yes thank you"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.name is None and "name" in replies[-1]


async def test_a_spanish_read_back_never_says_an_english_service_name() -> None:
    w = world()
    lines = ["hola se me tapó el drenaje de la cocina", "el miércoles en la mañana", "la primera",
             "me llamo Rosa Diaz", "doce de la calle oak"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.language == "es" and state.service_id is not None
    assert replies[-1].startswith("Para confirmar: Limpieza de drenaje el miércoles")
    assert "Drain" not in replies[-1]


async def test_a_caller_with_a_title_is_thanked_by_it() -> None:
    w = world()
    state, replies = await talk(w, ["my kitchen drain is clogged", "this is Dr. Patel"])
    assert state.name == "Dr. Patel" and replies[-1].startswith("Thanks, Dr. Patel.")


async def test_a_last_name_given_later_completes_the_first() -> None:
    w = world()
    lines = ["kitchen sink clogged", "wed morning", "the first one", "Dana",
             "oh and my last name is Ruiz"]  # fmt: skip
    state, replies = await talk(w, lines, channel="sms")
    assert state.name == "Dana Ruiz"
    assert state.chosen is not None and state.chosen.startswith("2026-03-04T08")  # not "last"
    assert replies[-1].startswith("Thanks, Dana.") and "address" in replies[-1]


async def test_an_address_given_to_the_name_question_is_acknowledged() -> None:
    w = world()
    lines = ["kitchen sink clogged", "wed morning", "the first one", "Dana Ruiz",
             "12 Oak St"]  # fmt: skip
    _state, replies = await talk(w, lines)
    assert replies[-2] == "What's the address where you need the work done?"  # answered: no thanks
    assert "Just to confirm" in replies[-1]
