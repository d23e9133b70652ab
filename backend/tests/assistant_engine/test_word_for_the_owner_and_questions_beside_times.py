"""Through the engine: callers with word for the owner, introduced otherwise, leave a message
(an official on a call is asked the number to reach them, an official waiting at a locked site
is put through, a crew's texted note keeps its signed name); customers who mention an
inspector or a supplier while booking are booked. Questions asked beside a time (the business's
evenings and Sundays, a price from a lunch break, "¿trabajan hoy domingo?") are answered, not
met with times, and "I'll talk to my husband and get back to you" after the answer closes.
Wording is our own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from switchboard.assistant.engine.world import ServiceInfo
from tests.assistant_engine.test_conversations import FACTS, talk, world

OPEN = replace(FACTS, open_now=True, transfer_number="+19135550100")


@pytest.mark.parametrize(
    ("lines", "channel"),
    [
        (["good morning this is inspector Dale Hutchins with the department of buildings about "
          "the water heater permit at 88 Birch, I need to set up the final with the contractor",
          "you can reach me at 913 555 0177", "thank you"], "voice"),
        (["habla doña Lupe Ortega, la mamá de Ramiro, no me contesta el celular y necesito que "
          "me lleve mañana a la clínica", "nomás dígale que me llame, gracias"], "voice"),
        (["buenas tardes, habla Nicolás de Suministros del Norte, ya llegaron los calentadores "
          "que pidió, los puede recoger desde mañana", "Nicolás Ibarra, al 913 555 0166"],
         "voice"),
    ],
)  # fmt: skip
async def test_word_for_the_owner_is_a_message_never_offered_times(
    lines: list[str], channel: str
) -> None:
    w = world()
    state, replies = await talk(w, lines, channel=channel)
    assert len(w.callbacks) == 1 and not w.booked and not w.pages
    assert not any("AM" in r or "PM" in r or "mañana a las" in r for r in replies)
    assert state.outcome == "message_taken"


async def test_an_official_on_a_call_is_asked_the_number_to_reach_them() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "this is inspector Dale Hutchins with the department of buildings, I need the "
            "contractor to schedule the final on Birch",
            "it's 913 555 0177",
        ],
    )
    assert "best number" in replies[1]
    assert state.phone == "+19135550177" and state.outcome == "message_taken"


async def test_an_official_waiting_at_a_locked_site_is_put_through_while_open() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "hi this is carla with the lenexa building department, I'm out at 14 Elm for the "
            "final and nobody is here to let me in"
        ],
        facts=OPEN,
    )
    assert state.outcome == "handoff" and "connect" in replies[1].lower()


async def test_a_crews_texted_note_is_a_message_under_its_signed_name() -> None:
    w = world()
    state, _replies = await talk(
        w,
        [
            "Hello, I run a plumbing crew (4 guys, insured). Looking for subcontract work this "
            "summer. Can the owner call me? Alejandro 913-555-0144"
        ],
        channel="sms",
    )
    assert w.callbacks and w.callbacks[0][0] == "job_applicant"
    assert state.name == "Alejandro" and state.phone == "+19135550144"


@pytest.mark.parametrize(
    "lines",
    [
        ["the inspector said my water heater vent is wrong, can you come fix it tuesday at 10",
         "Dana Ruiz, 14 Elm St", "yes"],
        ["I bought a faucet at the plumbing supply store and the drain is clogged too, can "
         "someone come tuesday at 10", "Dana Ruiz, 14 Elm St", "yes"],
        ["I talked with the building department and they said the water heater has to be "
         "redone, can you come tuesday at 10", "Dana Ruiz, 14 Elm St", "yes"],
    ],
)  # fmt: skip
async def test_a_customer_who_mentions_an_inspector_or_a_supplier_is_booked(
    lines: list[str],
) -> None:
    w = world()
    _state, _replies = await talk(w, lines)
    assert w.booked and not w.callbacks


@pytest.mark.parametrize(
    ("lines", "channel", "said"),
    [
        (["I work nights at the hospital. Do you ever come out in the evening after 6, or on "
          "Sundays?", "Ok, I'll have to check my schedule. Thanks"], "web", "We're open"),
        (["hola buenos días trabajan hoy domingo?", "ah ok entonces el lunes les hablo gracias"],
         "sms", "de lunes a viernes"),
        (["On my lunch break, quick q: roughly what does drain cleaning run?",
          "Ok cool, I'll talk to my husband tonight and get back to you"], "web", "usually runs"),
    ],
)  # fmt: skip
async def test_a_question_beside_a_time_is_answered_then_closed(
    lines: list[str], channel: str, said: str
) -> None:
    w = world()
    state, replies = await talk(w, lines, channel=channel)
    assert said in replies[1]
    assert not any("March" in r or "marzo" in r for r in replies)  # no times offered
    assert state.stage == "closed" and not w.booked


async def test_a_visit_asked_for_in_the_evening_still_gets_times() -> None:
    facts = replace(FACTS, services=(ServiceInfo("drain", "Drain cleaning", ("drain",), 1, 2),))
    w = world()
    _state, replies = await talk(w, ["my drain is clogged, can you come monday afternoon?"],
                                 facts=facts)  # fmt: skip
    assert "PM" in replies[1]
