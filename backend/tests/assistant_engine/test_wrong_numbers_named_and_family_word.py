"""Calls that are not bookings, end to end: a wrong number whose caller says who they are
leaves a note with the name (one who only apologises leaves nothing); an official going by the
surname is asked only the number; the owner's wife or mother who cannot reach him is asked what
to pass on, and her word closes the message, with no job taken from where he is working; a
supplier's late order is a message with the branch's number. Every line here was written for
this file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from switchboard.assistant.engine.world import ServiceInfo
from tests.assistant_engine.test_conversations import FACTS, talk, world

ROOFER = replace(
    FACTS,
    business_name="Summit Roofing",
    trades=("roofing",),
    services=(ServiceInfo("roof_repair", "Roof repair", ("roof", "shingles"), 30000, 90000),),
)


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["hi is this the vet? my cat needs her shots", "oh sorry wrong number this is gail"],
         "Gail"),
        (["hola es la farmacia? quiero surtir una receta",
          "ay perdón me equivoqué de número, habla Rosa"], "Rosa"),
    ],
)  # fmt: skip
async def test_a_wrong_number_who_says_who_they_are_leaves_a_note(
    lines: list[str], name: str
) -> None:
    w = world()
    state, _replies = await talk(w, lines)
    assert [reason for reason, _ in w.callbacks] == ["wrong_number"]
    assert w.callbacks[0][1]["name"] == name
    assert state.name == name
    assert not w.booked


@pytest.mark.parametrize(
    "lines",
    [
        ["hi is this the vet? my cat needs her shots", "oh sorry wrong number"],
        ["hola es la farmacia? quiero surtir una receta", "ay perdón me equivoqué de número"],
    ],
)
async def test_a_wrong_number_who_only_apologises_leaves_nothing(lines: list[str]) -> None:
    w = world()
    await talk(w, lines)
    assert not w.callbacks
    assert not w.booked


async def test_the_owners_wife_is_asked_what_to_pass_on() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "hi this is carla im married to the owner his phone goes straight to voicemail",
            "tell him the dog got out and i took her to the vet",
        ],
    )
    assert "pass on" in replies[1]
    assert [reason for reason, _ in w.callbacks] == ["message"]
    assert "the dog got out" in w.callbacks[0][1]["message"]
    assert state.name == "Carla"
    assert not w.booked and not w.pages


async def test_the_owners_mother_asking_where_he_works_is_no_roof_job() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "is marco out on a roof somewhere i cant get him on his cell this is his mom rita",
            "just tell him to call his mother about thanksgiving",
        ],
        facts=ROOFER,
    )
    assert "pass on" in replies[1]
    assert [reason for reason, _ in w.callbacks] == ["message"]
    assert state.service_id is None
    assert state.name == "Rita"
    assert not w.booked


async def test_a_suppliers_late_order_is_a_message_with_the_branch_number() -> None:
    w = world()
    state, _replies = await talk(
        w,
        [
            "this is dana over at metro the tankless he ordered wont be in until friday",
            "he can reach me at the branch nine one three five five five zero one eight eight",
        ],
    )
    assert [reason for reason, _ in w.callbacks] == ["vendor"]
    assert state.phone == "+19135550188"
    assert not w.booked


async def test_an_official_by_surname_is_asked_only_the_number() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "this is inspector okafor with the county permit office about the water heater "
            "permit on elm street, i need the contractor to call me",
            "my desk line is nine one three five five five zero one two two",
        ],
    )
    assert "full name" not in replies[1]
    assert state.name == "Okafor"
    assert state.phone == "+19135550122"
    assert [reason for reason, _ in w.callbacks] == ["message"]
