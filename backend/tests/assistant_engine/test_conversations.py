"""Whole conversations through the engine against an in-memory world."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from eval.memory_world import MemoryWorld, hourly_slots
from switchboard.assistant.engine import DialogState, TenantFacts, take_turn
from switchboard.assistant.engine.policy import opening
from switchboard.assistant.engine.world import AppointmentInfo, ServiceInfo

CHI = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=CHI)  # a Monday
CALLER = "+19135550142"

FACTS = TenantFacts(
    business_name="Bristol Plumbing",
    timezone="America/Chicago",
    trades=("plumbing",),
    services=(
        ServiceInfo(
            "water_heater", "Water heater repair", ("water heater", "hot water"), 15000, 45000
        ),
        ServiceInfo("drain", "Drain cleaning", ("drain", "clog", "clogged"), 12500, 30000),
        ServiceInfo(
            "leak", "Leak repair", ("leak", "leaking", "drip"), 10000, 40000, emergency=True
        ),
    ),
    hours_text={"en": "Monday to Friday, 8 AM to 5 PM", "es": "de lunes a viernes, de 8 a 5"},
    service_area=("Overland Park", "Olathe", "66213"),
    callback_when={"en": "within the hour"},
    emergency_transfer_number=None,
)


def world() -> MemoryWorld:
    start = datetime(2026, 3, 3, tzinfo=CHI)
    return MemoryWorld(open_slots=hourly_slots(start, 10))


async def talk(
    w: MemoryWorld,
    lines: list[str],
    *,
    channel: str = "voice",
    facts: TenantFacts = FACTS,
    state: DialogState | None = None,
) -> tuple[DialogState, list[str]]:
    state = state or DialogState()
    replies = [(await opening(w, facts, state, channel, CALLER if channel != "web" else None)).text]
    for line in lines:
        # Round-trip the state through JSON each turn, as the database does.
        state = DialogState.from_json(state.to_json())
        reply, _ = await take_turn(
            w,
            facts,
            state,
            line,
            channel=channel,
            now=NOW,
            caller_phone=CALLER if channel != "web" else None,
        )
        replies.append(reply.text)
    return state, replies


async def test_everything_at_once_then_second_slot_then_yes() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "hi yeah my water heater is leaking this is dana at 12 oak st overland park,"
            " can someone come tomorrow morning",
            "the second one",
            "yes that works",
        ],
    )
    assert replies[0].startswith("Thanks for calling Bristol Plumbing")
    assert "Tuesday" in replies[1] and "or" in replies[1]
    assert "Just to confirm" in replies[2] and "12 Oak St" in replies[2]
    assert "all set" in replies[3]
    assert len(w.booked) == 1 and w.booked[0]["start"].hour == 10
    assert state.outcome == "booked"


async def test_piece_by_piece_asks_only_for_what_is_missing() -> None:
    w = world()
    _state, replies = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "next week is fine nothing urgent",
            "the first one",
            "Dana Smith",
            "4410 west 75th street prairie village",
            "yes",
        ],
    )
    assert "when" in replies[1].lower()
    assert "which works best" in replies[2].lower()
    assert "name" in replies[3].lower()
    assert "address" in replies[4].lower()
    assert "just to confirm" in replies[5].lower() and "4410" in replies[5]
    assert len(w.booked) == 1 and not w.pages
    assert w.booked[0]["start"] >= datetime(2026, 3, 9, tzinfo=CHI)


async def test_a_time_word_is_not_taken_for_a_name() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged", "wednesday afternoon", "the 3pm", "friday"]
    )
    # "friday" after "can I get your name?" is a new day, not a caller called Friday.
    assert state.name is None and "Friday March 6th" in replies[-1]


async def test_gas_smell_gets_safety_advice_and_an_immediate_page() -> None:
    w = world()
    state, replies = await talk(w, ["i smell gas in my basement"])
    assert "leave the building" in replies[1]
    assert w.pages and w.pages[0][0] == "emergency"
    assert state.emergency


async def test_false_alarm_is_cheap_to_correct() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "there's water all over the floor from a burst pipe",
            "no sorry it's not an emergency, just a slow drip",
        ],
    )
    assert w.pages  # the page went out at detection
    assert not state.emergency
    assert "won't treat this as an emergency" in replies[2]


async def test_lost_race_offers_new_slots() -> None:
    w = world()
    state, _replies = await talk(
        w, ["clogged drain, I'm Dana, 12 Oak St Olathe, tomorrow afternoon", "the first one"]
    )
    w.steal_next_booking = True
    reply, _ = await take_turn(
        w, FACTS, state, "yes", channel="voice", now=NOW, caller_phone=CALLER
    )
    assert "just taken" in reply.text
    assert state.stage == "offering" and not w.booked


async def test_returning_caller_must_identify_before_hearing_details() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-9", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )
    state, replies = await talk(w, ["when is my appointment"])
    assert "Wednesday" not in replies[1] and "name" in replies[1].lower()
    state, replies2 = await talk(w, ["this is dana smith"], state=state)
    assert "Wednesday" in replies2[-1]


async def test_a_first_name_alone_is_followed_by_the_last_name_question() -> None:
    """The first name is easy to know; the record has a last name, so it is asked for once,
    and the last name said alone completes the first."""
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-9", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )
    _, replies = await talk(w, ["when is my appointment", "this is dana", "smith"])
    assert "Wednesday" not in replies[2] and "last name" in replies[2]
    assert "Wednesday" in replies[3]


async def test_a_first_name_with_the_wrong_last_name_reveals_nothing() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-9", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )
    for said in (["this is Dana Jones"], ["this is dana", "jones"]):
        _, replies = await talk(w, ["when is my appointment", *said])
        assert all("Wednesday" not in r and "Drain" not in r for r in replies), replies


async def test_wrong_name_reveals_nothing() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-9", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )
    _, replies = await talk(w, ["when is my appointment", "this is robert", "it's robert jones"])
    assert all("Wednesday" not in r and "Drain" not in r for r in replies)


async def test_web_visitor_never_learns_about_a_customer() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    _, replies = await talk(w, ["when is my appointment? I'm Dana Smith"], channel="web")
    assert "Wednesday" not in replies[1] and "Dana" not in replies[1]


async def test_questions_are_answered_from_tenant_data_only() -> None:
    w = world()
    _, replies = await talk(w, ["what are your hours"])
    assert "Monday to Friday, 8 AM to 5 PM" in replies[1]
    _, replies = await talk(w, ["do you guys fix solar panels on the roof"])
    assert "owner" in replies[1].lower() or "not sure" in replies[1].lower()


async def test_person_request_after_hours_takes_a_message() -> None:
    w = world()
    state, replies = await talk(w, ["can I talk to a real person", "Nadia Brooks"])
    assert w.callbacks and w.callbacks[0][0] == "handoff"
    assert "isn't available" in replies[1] and "your name" in replies[1]
    assert "within the hour" in replies[2] and state.name == "Nadia Brooks"


async def test_stop_by_sms_opts_out() -> None:
    w = world()
    _, replies = await talk(w, ["STOP"], channel="sms")
    assert w.opted_out and "unsubscribed" in replies[1]


async def test_repeated_misunderstanding_hands_off() -> None:
    w = world()
    state, _ = await talk(w, ["uh", "hmm", "um"])
    assert state.outcome == "handoff" and w.callbacks


@pytest.mark.parametrize("channel", ["sms", "web"])
async def test_same_booking_flow_by_text(channel: str) -> None:
    w = world()
    lines = [
        "need someone for a leaking faucet drip",
        "wednesday afternoon",
        "the 3pm",
        "Dana",
        "12 Oak St, Olathe KS 66061",
        "yes",
    ]
    if channel == "web":
        lines.insert(4, "913 555 0142")
    state, replies = await talk(w, lines, channel=channel)
    assert state.outcome == "booked", replies


async def test_repeat_twice_says_the_same_thing() -> None:
    w = world()
    _, replies = await talk(
        w, ["my kitchen drain is clogged", "sorry can you repeat that", "say that again please"]
    )
    assert replies[2] == replies[3] == f"Sure. {replies[1]}", replies
