"""Whole conversations after the problem is known: the emergency's single offer, details
given before they are asked for, a day the offers do not have, the same question never asked
three times in the same words, and a booking in few turns. Now: Monday 2026-03-02 10:00 in
Chicago; the world has weekday slots at 8, 10, 1 and 3 from Tuesday on."""

from __future__ import annotations

from tests.assistant_engine.test_conversations import CHI, talk, world

BURST = "a pipe burst in the wall and water is pouring into the hallway"


async def test_the_emergency_offer_answered_with_name_and_address_goes_to_the_read_back() -> None:
    w = world()
    state, replies = await talk(w, [BURST, "Mara Quinn, 215 Linden Avenue", "yes"])
    assert "The earliest someone can be there is Tuesday March 3rd at 8 AM" in replies[1]
    assert "Which one" not in replies[2]
    assert "Just to confirm" in replies[2] and "215 Linden Avenue" in replies[2]
    assert state.name == "Mara Quinn"
    assert len(w.booked) == 1 and w.booked[0]["start"].astimezone(CHI).hour == 8


async def test_one_offer_is_a_yes_or_no_question_never_which_one() -> None:
    _state, replies = await talk(w := world(), [BURST, "we've got towels down on the floor"])
    assert replies[2] == "Shall I book Tuesday March 3rd at 8 AM for you?"
    assert not w.booked


async def test_an_emergency_caller_who_asks_for_another_day_is_offered_that_day() -> None:
    state, replies = await talk(world(), [BURST, "could someone come on wednesday instead"])
    days = {s[:10] for s in state.offered}
    assert len(state.offered) > 1 and days == {"2026-03-04"}, state.offered
    assert "earliest someone can be there" not in replies[2]


async def test_an_emergency_said_while_routine_times_are_offered_offers_the_earliest() -> None:
    state, replies = await talk(
        world(),
        ["my kitchen drain is clogged", "thursday afternoon", "oh no, now a pipe burst and "
         "water is spraying everywhere"],
    )  # fmt: skip
    assert len(state.offered) == 1
    assert "The earliest someone can be there is Tuesday March 3rd at 8 AM" in replies[3]


async def test_a_day_the_offers_lack_is_offered_rather_than_the_same_hour_another_day() -> None:
    w = world()
    _state, replies = await talk(
        w,
        ["my kitchen drain is clogged", "tuesday", "wednesday at 1 would suit me better",
         "Ana Brooks, 18 Cedar Court", "yes"],
    )  # fmt: skip
    assert "Wednesday March 4th at 1 PM" in replies[3]
    assert len(w.booked) == 1
    assert w.booked[0]["start"].astimezone(CHI).day == 4


async def test_a_plain_yes_among_several_offers_asks_which_without_not_understood() -> None:
    state, replies = await talk(world(), ["my kitchen drain is clogged", "tuesday", "yeah ok"])
    assert "didn't catch" not in replies[3] and "Tuesday March 3rd at 8 AM" in replies[3]
    assert state.misunderstandings == 0


async def test_leaving_the_choice_to_us_books_the_earliest() -> None:
    state, _ = await talk(
        world(), ["my kitchen drain is clogged", "tuesday", "whichever is soonest"]
    )
    assert state.chosen == "2026-03-03T08:00:00-06:00"


async def test_a_booking_in_four_caller_turns() -> None:
    w = world()
    _state, replies = await talk(
        w,
        ["my kitchen drain is clogged", "wednesday at 10", "Tom Ellis, 48 Walnut Street", "yes"],
    )
    assert replies[2] == (
        "Wednesday March 4th at 10 AM is open. Can I get your name and the address for the visit?"
    )
    assert "Just to confirm" in replies[3]
    assert len(w.booked) == 1


async def test_the_third_time_a_question_is_asked_it_comes_with_examples() -> None:
    _state, replies = await talk(world(), ["my kitchen drain is clogged", "hmm", "hmm"])
    assert replies[1] == "When would work best for you?"
    assert "For example, tomorrow morning or Thursday afternoon" in replies[3]


async def test_the_same_words_a_third_time_are_rephrased_even_when_details_arrive() -> None:
    # Each answer adds a detail, so the call is moving; the caller still never hears the
    # same question three times in a row in the same words.
    state, replies = await talk(
        world(), ["my kitchen drain is clogged", "Tom Ellis, 48 Walnut Street", "913 555 0100"]
    )
    assert replies[1] == "When would work best for you?"
    assert replies[2].endswith("When would work best for you?")
    assert state.name == "Tom Ellis"
    assert "For example, tomorrow morning or Thursday afternoon" in replies[3]


async def test_a_fourth_time_takes_a_message_instead() -> None:
    w = world()
    state, replies = await talk(
        w, ["my kitchen drain is clogged", "tuesday", "the first one", "ok", "ok", "ok"]
    )
    assert replies[4] == "Great. Can I get your name and the address for the visit?"
    assert "For example, Sam Lee, 120 Main Street" in replies[5]
    assert "I'll take a message" in replies[6]
    assert state.stage == "closed" and w.callbacks and not w.booked


async def test_a_name_given_when_asked_for_the_number_is_kept() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["my kitchen drain is clogged", "wednesday at 10", "Priya Shah, 7 Maple Row",
         "913 555 0100", "yes"],
        channel="web",
    )  # fmt: skip
    assert "number" in replies[3]
    assert state.name == "Priya Shah" and len(w.booked) == 1
