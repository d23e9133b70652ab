"""Conversation flow: details volunteered out of turn are taken and said to be taken, "what do
you have?" is answered with openings, the name on the account is asked at most twice, and a
request about an existing visit from someone we cannot call back leaves a message we can use."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AppointmentInfo
from tests.assistant_engine.test_conversations import CALLER, CHI, FACTS, talk, world


def _no_reply_three_times(replies: list[str]) -> None:
    for a, b, c in zip(replies, replies[1:], replies[2:], strict=False):
        assert not (a == b == c), replies


async def test_details_given_while_a_time_is_asked_are_acknowledged_not_ignored() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "the kitchen drain is slow and gurgles, could someone take a look",
            "sure, my name's Odile Brandt",
            "4410 West 95th Street, Overland Park",
            "mornings are best",
        ],
    )
    assert "When would work best" in replies[1]
    assert "Thanks, Odile" in replies[2] and "When would work best" in replies[2]
    # The address is said back; the time question, a third time, comes in other words.
    assert "4410 West 95th Street" in replies[3] and "What day and time" in replies[3]
    assert "I have" in replies[4]
    _no_reply_three_times(replies)
    assert state.name == "Odile Brandt" and state.address is not None


async def test_a_spanish_caller_is_acknowledged_in_spanish() -> None:
    w = world()
    facts = replace(FACTS, language="es")
    _state, replies = await talk(
        w, ["se tapó el lavabo del baño", "me llamo Rosa Elena Quiroga"], facts=facts
    )
    assert "Gracias, Rosa" in replies[2] and "?" in replies[2]


async def test_what_do_you_have_is_answered_with_openings() -> None:
    for channel, ask in (("voice", "what do you have"), ("web", "What's available?")):
        w = world()
        _state, replies = await talk(
            w, ["my water heater is making a popping noise", ask], channel=channel
        )
        assert "I have" in replies[2], replies
        assert "pass your question" not in replies[2] and not w.callbacks


def _returning(w: MemoryWorld) -> None:
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.appointments["cust-1"] = AppointmentInfo(
        "appt-9", datetime(2026, 3, 4, 13, tzinfo=CHI), "Drain cleaning"
    )


async def test_the_name_on_the_account_is_asked_twice_then_a_message_is_taken() -> None:
    w = world()
    _returning(w)
    state, replies = await talk(
        w,
        ["I need to push my appointment to next week", "thursday afternoon", "thursday at 2"],
        channel="sms",
    )
    assert "name on the account" in replies[1] and "name on the account" in replies[2]
    assert replies[1] != replies[2]
    assert "name on the account" not in replies[3] and state.stage == "closed"
    assert w.callbacks and not w.rescheduled
    assert all("Wednesday" not in r and "Drain" not in r for r in replies)


async def test_a_web_visitor_moving_a_visit_leaves_a_name_and_number() -> None:
    w = world()
    _returning(w)
    state, replies = await talk(
        w,
        [
            "Hi, I need to cancel my appointment, we sold the house",
            "Hal Brooks, 913-555-0123",
            "ok so it's cancelled?",
        ],
        channel="web",
    )
    assert "name and the best number" in replies[1] and "isn't available" not in replies[1]
    assert "passed that on" in replies[2]
    assert len(w.callbacks) == 1 and w.callbacks[0][0] == "account_request"
    assert w.callbacks[0][1]["name"] == "Hal Brooks"
    assert w.callbacks[0][1]["phone"] == "+19135550123"
    assert not w.cancelled and "Wednesday" not in " ".join(replies)
    # Asked again: the message is on its way, not taken twice nor asked for again.
    assert "passed that on" in replies[3] and len(w.callbacks) == 1 and state.stage == "closed"


async def test_a_supplier_with_a_delivery_is_a_message_not_a_booking() -> None:
    w = world()
    state, replies = await talk(
        w, ["hey it's Marco Diaz at Heartland Plumbing Supply, the valves he ordered came in"]
    )
    assert "passed that on" in replies[1] and w.callbacks[0][0] == "vendor"
    assert state.stage == "closed" and not w.booked


async def test_asking_for_the_owner_by_name_in_spanish_rings_through() -> None:
    w = world()
    facts = replace(FACTS, open_now=True, transfer_number="+19135550100")
    state, replies = await talk(
        w, ["buenas, quisiera hablar con el señor Bristol, es por una obra grande"], facts=facts
    )
    assert state.outcome == "handoff" and not w.callbacks
    assert "connect" in replies[1].lower() or "comunico" in replies[1].lower()


async def test_a_name_said_before_it_is_asked_for_is_kept() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "our garbage disposal just hums and won't spin",
            "marisol oyelaran",
            "friday morning",
            "the first one",
            "2207 west 119th terrace leawood",
        ],
    )
    assert "didn't catch" not in replies[2] and "Thanks, Marisol" in replies[2]
    assert state.name == "Marisol Oyelaran"
    assert "your name" not in " ".join(replies[3:]).lower()


async def test_a_turn_that_is_not_a_name_is_not_taken_for_one() -> None:
    for unclear in ("hmm okay", "Bartholomew", "uh what"):
        w = world()
        state, _ = await talk(w, ["our garbage disposal just hums and won't spin", unclear])
        assert state.name is None, unclear


async def test_a_name_after_sure_is_kept_when_a_time_was_asked() -> None:
    w = world()
    state, replies = await talk(w, ["our tub drain is really slow", "sure, it's tobias hartmann"])
    assert state.name == "Tobias Hartmann" and "Thanks, Tobias" in replies[2]


async def test_do_you_offer_asks_about_what_follows_it() -> None:
    w = world()
    _state, replies = await talk(
        w, ["our water heater is 20 years old. do you offer financing or monthly payment plans?"]
    )
    # Financing is a term of business, not work "we do": the owner has the answer.
    assert "Yes, we do" not in replies[1] and "don't have that answer" in replies[1]
    assert w.callbacks and w.callbacks[0][0] == "question"
    for asked in (
        "do you guys clean out drains?",
        "my drain keeps clogging, is that something you do?",
    ):
        w = world()
        _state, replies = await talk(w, [asked])
        assert "Yes, we do Drain cleaning" in replies[1], (asked, replies)


async def test_a_question_from_a_supplier_is_acknowledged_and_passed_on() -> None:
    w = world()
    _state, replies = await talk(
        w, ["hi it's Pat at Metro Supply, quick question, does he still want the 40 gallon tank?"]
    )
    assert "pass your question to the owner" in replies[1] and w.callbacks


async def test_the_job_told_after_small_talk_is_acknowledged_not_met_with_the_same_question() -> (
    None
):
    w = world()
    _state, replies = await talk(
        w,
        [
            "hello, sorry, you keep cutting out, I'm in the car",
            "so our water heater keeps going lukewarm halfway through a shower",
        ],
    )
    assert replies[1] != replies[2] and "When would work best" in replies[2]
    assert "Got it" in replies[2]


async def test_the_job_said_after_a_question_is_taken() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "are you open on weekends?",
            "ok, can someone come monday then, the garbage disposal is jammed",
        ],
    )
    assert "What can we help you with" not in replies[2] and "I have" in replies[2]
    assert state.problem is not None and "disposal" in state.problem


async def test_an_hour_not_open_is_said_with_the_hour() -> None:
    w = world()
    _state, replies = await talk(
        w, ["the water heater is leaking a little at the base", "tomorrow", "what about 2pm"]
    )
    assert "nothing open on Tuesday March 3rd at 2 PM" in replies[3].replace(
        "anything", "nothing"
    ), replies[3]


async def test_which_one_is_asked_at_most_twice_about_the_same_offers() -> None:
    w = world()
    state, replies = await talk(
        w, ["the water heater is leaking a little at the base", "tomorrow", "ok", "yes", "sure"]
    )
    assert "Which one works better" in replies[3]
    assert "You can say the first one" in replies[4]
    assert "Which" not in replies[5] and w.callbacks and state.stage == "closed"


async def test_checking_who_answered_is_greeted_not_taken_for_the_job() -> None:
    for lang, first, job in (
        ("en", "hi, am I speaking with Bristol Plumbing?", "the kitchen faucet won't shut off"),
        ("es", "bueno, ¿hablo con la plomería?", "se me rompió la llave del lavabo"),
    ):
        w = world()
        facts = replace(FACTS, language=lang)
        state, replies = await talk(w, [first, job], facts=facts)
        assert "Bristol Plumbing" in replies[1] and "?" in replies[1], replies
        assert state.problem is not None and first.split()[-1].strip("?") not in state.problem


async def test_i_dont_know_is_not_a_name_and_what_suits_you_gets_openings() -> None:
    w = world()
    state, replies = await talk(
        w, ["the kitchen sink is clogged", "I don't know, what's good for you guys?"]
    )
    assert state.name is None and "I have" in replies[2]


async def test_a_job_seeker_asking_about_openings_is_a_message() -> None:
    w = world()
    _state, replies = await talk(w, ["hi, any openings for an apprentice? I just got certified"])
    assert "message to the owner" in replies[1] and w.callbacks[0][0] == "job_applicant"


async def test_a_name_that_spells_a_month_moves_no_time() -> None:
    w = world()
    state, replies = await talk(
        w, ["the kitchen sink is clogged", "tomorrow", "the first", "Jo March, 3 Elm St Olathe"]
    )
    assert "Just to confirm" in replies[4] and "Tuesday March 3rd at 8 AM" in replies[4]
    assert state.name == "Jo March"


async def test_thanks_with_a_kind_word_after_anything_else_closes_the_call() -> None:
    w = world()
    _returning(w)
    _state, replies = await talk(
        w, ["this is dana smith, when is my appointment?", "oh good thank you honey"]
    )
    assert "Wednesday" in replies[1] and "Goodbye" in replies[2]
    w = world()
    _returning(w)
    state, replies = await talk(
        w, ["this is dana smith, when is my appointment?", "thanks, one more thing"]
    )
    assert "Goodbye" not in replies[2] and state.stage != "closed"


async def test_a_caller_who_only_wants_to_leave_a_message_gets_one_taken() -> None:
    w = world()
    state, replies = await talk(
        w, ["could you pass along a message to the owner?", "Ines Bauer, tell him the permit came"]
    )
    assert "message to the owner" in replies[1] and "When would" not in replies[1]
    assert "passed that on" in replies[2] and w.callbacks[0][0] == "message"
    assert "permit came" in w.callbacks[0][1]["message"] and state.stage == "closed"


async def test_a_note_for_the_technician_during_a_booking_is_not_a_message_call() -> None:
    w = world()
    state, _replies = await talk(
        w, ["the kitchen sink is clogged", "tomorrow", "and tell him to use the side door"]
    )
    assert not w.callbacks and state.stage != "closed"


async def test_a_supplier_calling_about_someones_order_is_a_message() -> None:
    w = world()
    _state, replies = await talk(
        w, ["hi, Lena from Ferguson, calling for Mike about his pipe order"]
    )
    assert "message to the owner" in replies[1] and w.callbacks[0][0] == "vendor"


async def test_who_is_this_is_answered_with_the_business() -> None:
    w = world()
    state, replies = await talk(w, ["who is this?"])
    assert "Bristol Plumbing" in replies[1] and state.problem is None
