"""A caller who corrects the day while times are on the table. Now: Monday 2026-03-02 10:00
in Chicago; the world has weekday slots at 8, 10, 1 and 3 from Tuesday on."""

from __future__ import annotations

from datetime import datetime

from tests.assistant_engine.test_conversations import CHI, talk, world


def _short(iso: str) -> str:
    local = datetime.fromisoformat(iso).astimezone(CHI)
    return f"{local:%a %d} {local.hour}"


async def test_a_corrected_weekday_stays_in_the_week_on_the_table() -> None:
    state, _ = await talk(
        world(),
        [
            "my kitchen drain is clogged",
            "tuesday of next week",
            "hang on, sorry, not tuesday, i meant thursday, tuesdays i'm at the office late",
        ],
    )
    # Thursday the 12th, beside the Tuesday the 10th that was offered; not Thursday the 5th.
    assert {_short(s)[:6] for s in state.offered} == {"Thu 12"}


async def test_offers_outside_a_new_day_are_not_refused_for_good() -> None:
    state, _ = await talk(
        world(),
        ["my kitchen drain is clogged", "anything thursday", "actually how about friday"],
    )
    # Thursday's times were never turned down: only a "no" or a rule ("not mornings") does.
    assert state.rejected == []


async def test_the_weekday_of_the_chosen_day_at_the_read_back_is_that_day() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "tuesday of next week",
            "one",
            "Dana Whitcombe, 418 Larch Street",
            "yes, tuesday at one",
        ],
    )
    assert state.outcome == "booked"
    assert w.booked[0]["start"] == datetime(2026, 3, 10, 13, tzinfo=CHI)


async def test_another_day_at_the_same_time_keeps_the_hour_being_confirmed() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "thursday",
            "1 pm",
            "Dana Whitcombe, 418 Larch Street",
            "oh shoot, can we make it friday instead, same time",
            "yes",
        ],
    )
    assert state.outcome == "booked"
    assert w.booked[0]["start"] == datetime(2026, 3, 6, 13, tzinfo=CHI)


async def test_a_house_number_corrected_beside_a_time_choice_is_corrected() -> None:
    state, _ = await talk(
        world(),
        [
            "my kitchen drain is clogged, Sean Mulroney, 2718 W 35th Ave, wednesday morning",
            "ugh, the street number is 2781 not 2718. the 10 am please",
        ],
    )
    assert state.address == "2781 W 35th Ave"


async def test_an_hour_corrected_keeps_a_house_number_like_it() -> None:
    state, _ = await talk(
        world(),
        [
            "my kitchen drain is clogged, Sean Mulroney, 10 W 35th Ave, wednesday",
            "the 10 am, no wait, not 10, 1 pm",
        ],
    )
    assert state.address == "10 W 35th Ave"
