"""Whole conversations where the caller's time wish has constraints: a closed or full day,
a bound ("not before 2"), days ruled out, a day of the month, "whenever" and "any time that
day", and offers turned down. Now: Monday 2026-03-02 10:00 in Chicago; the world has
weekday slots at 8, 10, 1 and 3 from Tuesday on."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from eval.memory_world import MemoryWorld, hourly_slots
from switchboard.assistant.engine import DialogState
from tests.assistant_engine.test_conversations import CHI, talk, world

Offers = list[list[str]]


async def offers_through(w: MemoryWorld, lines: list[str]) -> tuple[list[list[datetime]], Offers]:
    """Play the lines; the offers on the table after each turn, as moments and as local
    'Fri 06 10' strings."""
    sets: Offers = []
    moments: list[list[datetime]] = []
    state: DialogState | None = None
    for i in range(len(lines)):
        state, _ = await talk(MemoryWorld(list(w.open_slots)), lines[: i + 1])
        sets.append([_short(s) for s in sorted(state.offered)])
        moments.append(sorted(datetime.fromisoformat(s) for s in state.offered))
    assert state is not None
    return moments, sets


def _short(iso: str) -> str:
    local = datetime.fromisoformat(iso).astimezone(CHI)
    return f"{local:%a %d} {local.hour}"


async def test_closed_saturday_morning_keeps_the_morning_and_offers_both_sides() -> None:
    state, replies = await talk(world(), ["my kitchen drain is clogged", "saturday morning"])
    assert "I don't have anything open on Saturday March 7th in the morning" in replies[-1]
    # The nearest mornings on either side: Friday's last, then Monday's first ones.
    assert [_short(s) for s in state.offered] == ["Fri 06 10", "Mon 09 8", "Mon 09 10"]


async def test_closed_day_in_spanish_says_so_in_spanish() -> None:
    state, replies = await talk(
        world(), ["hablo español, se me tapó el drenaje", "el domingo en la tarde"]
    )
    assert "No tengo nada disponible el domingo 8 de marzo por la tarde" in replies[-1]
    assert [_short(s) for s in state.offered] == ["Fri 06 15", "Mon 09 13", "Mon 09 15"]


async def test_full_thursday_afternoon_offers_the_nearest_afternoons() -> None:
    w = world()
    w.open_slots = [s for s in w.open_slots if s.astimezone(CHI).day != 5]  # Thursday full
    state, replies = await talk(w, ["my kitchen drain is clogged", "thursday afternoon"])
    assert "Thursday March 5th in the afternoon" in replies[-1]
    assert [_short(s) for s in state.offered] == ["Wed 04 15", "Fri 06 13", "Fri 06 15"]


async def test_not_before_2_offers_only_later_starts() -> None:
    state, _ = await talk(world(), ["my kitchen drain is clogged", "tomorrow, not before 2"])
    assert [_short(s) for s in state.offered] == ["Tue 03 15"]


async def test_a_bound_holds_through_a_counter_offer() -> None:
    state, _ = await talk(
        world(), ["my kitchen drain is clogged", "tomorrow, not before 2", "how about friday"]
    )
    assert [_short(s) for s in state.offered] == ["Fri 06 15"]


async def test_any_weekday_except_friday_is_never_friday_through_rejections() -> None:
    _moments, sets = await offers_through(
        world(),
        [
            "my kitchen drain is clogged",
            "any weekday except friday, after 2",
            "none of those",
            "none of those",
        ],
    )
    offered = [s for turn in sets[1:] for s in turn]
    assert offered and all(not s.startswith(("Fri", "Sat", "Sun")) for s in offered)
    assert all(s.endswith(" 15") for s in offered)
    assert len(offered) == len(set(offered))  # no offer made twice


async def test_cualquier_dia_menos_el_viernes() -> None:
    state, _ = await talk(
        world(),
        ["hablo español, se me tapó el drenaje", "cualquier día menos el viernes por la tarde"],
    )
    days = {_short(s)[:3] for s in state.offered}
    assert "Fri" not in days and all(_short(s).endswith(("13", "15")) for s in state.offered)


async def test_on_the_22nd_is_this_month_and_a_sunday_offers_both_sides() -> None:
    w = MemoryWorld(open_slots=hourly_slots(datetime(2026, 3, 3, tzinfo=CHI), 40))
    state, replies = await talk(w, ["my kitchen drain is clogged", "on the 22nd"])
    assert "Sunday March 22nd" in replies[-1]
    assert [_short(s) for s in state.offered] == ["Fri 20 15", "Mon 23 8", "Mon 23 10"]


async def test_the_1st_after_it_has_passed_is_next_month() -> None:
    w = MemoryWorld(open_slots=hourly_slots(datetime(2026, 3, 3, tzinfo=CHI), 40))
    state, _ = await talk(w, ["hablo español, se me tapó el drenaje", "el 1 después de comer"])
    assert [_short(s) for s in state.offered] == ["Wed 01 13", "Wed 01 15"]


async def test_turned_down_offers_are_never_offered_again() -> None:
    moments, sets = await offers_through(
        world(),
        ["my kitchen drain is clogged", "tuesday morning", "none of those", "no", "neither"],
    )
    offered = [s for turn in sets[1:] for s in turn]
    assert len(offered) == len(set(offered)), sets
    # Moving on keeps the morning, to later times and the next days.
    assert all(s.endswith((" 8", " 10")) for s in offered)
    assert all(later[0] > earlier[-1] for earlier, later in pairwise(moments[1:]))


async def test_none_of_those_moves_on_with_words_that_say_so() -> None:
    _state, replies = await talk(
        world(), ["my kitchen drain is clogged", "tuesday morning", "none of those"]
    )
    assert replies[-1].startswith("No problem. The next openings I have are Wednesday")


async def test_anything_later_in_the_week_keeps_the_morning() -> None:
    state, _ = await talk(
        world(),
        ["my kitchen drain is clogged", "wednesday morning", "anything later in the week?"],
    )
    assert [_short(s) for s in state.offered] == ["Thu 05 8", "Thu 05 10", "Fri 06 8"]


async def test_nothing_earlier_offers_before_the_offers() -> None:
    state, _ = await talk(
        world(), ["my kitchen drain is clogged", "thursday afternoon", "nothing earlier?"]
    )
    assert [_short(s) for s in state.offered] == ["Tue 03 13", "Tue 03 15", "Wed 04 13"]


async def test_not_mornings_turns_the_morning_offers_down() -> None:
    state, _ = await talk(world(), ["my kitchen drain is clogged", "next week", "not mornings"])
    assert [_short(s) for s in state.offered] == ["Mon 09 13", "Mon 09 15", "Tue 10 13"]
    assert {_short(s) for s in state.rejected} == {"Mon 09 8", "Mon 09 10"}


async def test_cuando_sea_offers_the_earliest() -> None:
    state, _ = await talk(world(), ["hablo español, se me tapó el drenaje", "cuando sea"])
    assert [_short(s) for s in state.offered] == ["Tue 03 8", "Tue 03 10", "Tue 03 13"]


async def test_whenever_keeps_what_was_ruled_out() -> None:
    state, _ = await talk(world(), ["my kitchen drain is clogged", "whenever, just not mornings"])
    assert [_short(s) for s in state.offered] == ["Tue 03 13", "Tue 03 15", "Wed 04 13"]


async def test_a_day_with_any_time_is_that_day() -> None:
    state, _ = await talk(world(), ["my kitchen drain is clogged", "thursday, any time is fine"])
    assert [_short(s) for s in state.offered] == ["Thu 05 8", "Thu 05 10", "Thu 05 13"]


async def test_any_time_that_day_keeps_the_day() -> None:
    state, _ = await talk(
        world(), ["my kitchen drain is clogged", "thursday after 2", "any time that day"]
    )
    assert [_short(s) for s in state.offered] == ["Thu 05 8", "Thu 05 10", "Thu 05 13"]


async def test_a_cualquier_hora_keeps_the_day_said_before() -> None:
    state, _ = await talk(
        world(),
        ["hablo español, se me tapó el drenaje", "el jueves después de las 2", "a cualquier hora"],
    )
    assert [_short(s) for s in state.offered] == ["Thu 05 8", "Thu 05 10", "Thu 05 13"]


async def test_a_new_day_keeps_the_part_of_day_asked_for() -> None:
    state, _ = await talk(
        world(), ["my kitchen drain is clogged", "saturday morning", "ok monday then"]
    )
    assert [_short(s) for s in state.offered] == ["Mon 09 8", "Mon 09 10"]


async def test_booking_goes_through_after_moving_on() -> None:
    w = world()
    state, _ = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "tuesday morning",
            "none of those",
            "the first one",
            "Dana Smith",
            "12 oak st overland park",
            "yes",
        ],
    )
    assert state.outcome == "booked"
    assert w.booked[0]["start"] == datetime(2026, 3, 4, 8, tzinfo=CHI)
    assert state.rejected == []


def test_dialog_state_round_trips_rejections() -> None:
    state = DialogState(rejected=["2026-03-03T14:00:00+00:00"])
    assert DialogState.from_json(state.to_json()).rejected == state.rejected
    assert DialogState.from_json({"stage": "offering"}).rejected == []
