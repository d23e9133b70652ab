"""More of the job told while something else is asked ("like a screech when it starts up, my
roommate thinks it's gonna explode lol") is noted for the technician, never met with "Sorry, I
didn't catch that", and the question asked again after it is no unanswered repeat: a texter
who gives the job, its sound, then the name, the address and the time bit by bit gets booked,
not handed to a message. A turn that says nothing is still not understood. Our own wordings."""

from __future__ import annotations

from tests.assistant_engine.test_conversations import talk, world

DIDNT_CATCH = "didn't catch"


async def test_more_of_the_job_is_noted_not_misheard() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "my kitchen drain is slow",
            "it gurgles every time the dishwasher runs and smells kind of sour",
        ],
        channel="sms",
    )
    assert DIDNT_CATCH not in replies[-1], replies
    assert state.problem is not None and "gurgles" in state.problem
    assert state.service_id == "drain"


async def test_a_texter_giving_bits_at_a_time_gets_booked() -> None:
    w = world()
    _, replies = await talk(
        w,
        [
            "drain slow",
            "like it gurgles when the washer drains. my roommate thinks its haunted lol",
            "it still goes down eventually",
            "the back bathroom too sometimes i think",
            "Hadley Price",
            "1320 E Apache Blvd Apt 2081",
            "tomorrow 10am",
        ],
        channel="sms",
    )
    assert w.booked, replies
    assert not w.callbacks, replies


async def test_a_turn_of_nothing_is_still_not_understood() -> None:
    w = world()
    _, replies = await talk(w, ["my kitchen drain is slow", "hmm"], channel="sms")
    assert DIDNT_CATCH in replies[-1], replies
