"""The caller talks over a reply (voice barge-in): the engine knows which offered times they
never heard, repeats the whole reply, and never books a time the caller did not hear."""

from __future__ import annotations

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine import DialogState, take_turn
from switchboard.assistant.engine.barge_in import interrupted, unheard_offers
from tests.assistant_engine.test_conversations import CALLER, FACTS, NOW, talk, world

ASK = (
    "hi yeah my water heater is leaking this is dana at 12 oak st overland park,"
    " can someone come tomorrow morning"
)


async def turn(state: DialogState, line: str, w: MemoryWorld) -> str:
    reply, _ = await take_turn(
        w,
        FACTS,
        state,
        line,
        channel="voice",
        now=NOW,
        caller_phone=CALLER,
    )
    return reply.text


def heard_up_to(reply: str, words: str) -> str:
    """What the caller heard: the reply up to and including `words`."""
    return reply[: reply.index(words) + len(words)]


async def test_the_offers_the_caller_talked_over_are_known() -> None:
    w = world()
    state, replies = await talk(w, [ASK])
    offer = replies[-1]
    assert (
        offer == "I have Tuesday March 3rd at 8 AM or Tuesday March 3rd at 10 AM. Which works best?"
    )
    assert len(state.offered) == 2

    assert unheard_offers(state, FACTS.timezone, heard_up_to(offer, "at 8 AM")) == [1]
    # A time cut halfway ("... at 10") was not heard.
    assert unheard_offers(state, FACTS.timezone, heard_up_to(offer, "3rd at 10")) == [1]
    assert unheard_offers(state, FACTS.timezone, heard_up_to(offer, "at 10 AM")) == []
    assert unheard_offers(state, FACTS.timezone, offer) == []
    assert unheard_offers(state, FACTS.timezone, "") == [0, 1]
    # The speech engine's own words (not ours verbatim): as many words as it said.
    assert unheard_offers(state, FACTS.timezone, "I have Tuesday, March third at eight") == [0, 1]


async def test_an_offer_not_heard_is_offered_again_not_booked() -> None:
    w = world()
    state, replies = await talk(w, [ASK])
    interrupted(state, FACTS.timezone, heard_up_to(replies[-1], "at 8 AM"))
    state = DialogState.from_json(state.to_json())  # kept between turns like the rest

    again = await turn(state, "the second one", w)

    assert again.startswith("Sorry, I was cut off. I have Tuesday March 3rd at 8 AM"), again
    assert "Tuesday March 3rd at 10 AM" in again
    assert state.stage == "offering" and state.chosen is None and not w.booked
    # Once said again in full, the same words choose it.
    readback = await turn(state, "the second one", w)
    assert "Just to confirm" in readback and "10 AM" in readback, readback


async def test_an_offer_that_was_heard_can_be_chosen_after_the_cut() -> None:
    w = world()
    state, replies = await talk(w, [ASK])
    interrupted(state, FACTS.timezone, heard_up_to(replies[-1], "at 10 AM"))

    readback = await turn(state, "the second one", w)

    assert "Just to confirm" in readback and "10 AM" in readback, readback


async def test_naming_the_time_of_an_offer_cut_off_takes_it() -> None:
    w = world()
    state, replies = await talk(w, [ASK])
    interrupted(state, FACTS.timezone, heard_up_to(replies[-1], "at 8 AM"))

    readback = await turn(state, "tuesday at 10 am please", w)

    assert "Just to confirm" in readback and "10 AM" in readback, readback


async def test_repeat_after_a_cut_says_the_whole_reply() -> None:
    w = world()
    state, replies = await talk(w, [ASK])
    offer = replies[-1]
    interrupted(state, FACTS.timezone, heard_up_to(offer, "I have"))

    repeated = await turn(state, "sorry can you repeat that", w)

    assert repeated == f"Sure. {offer}"
    assert state.unheard_offers == []  # heard in full this time
    readback = await turn(state, "the last one", w)
    assert "Just to confirm" in readback and "10 AM" in readback, readback
