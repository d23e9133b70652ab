"""What callers say while a booking is being settled: a choice among offers that only fits
when every part of it fits, the choice left to us, bounds said as a reason ("I work till
3:30"), numbers that are not clock times, and a name said just before the address. Now:
Tuesday 2026-11-24 10:00 in Chicago."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand
from tests.assistant.conftest import local

# Wednesday at 8, 10 and 1 PM.
WEDNESDAY = (local(2026, 11, 25, 8), local(2026, 11, 25, 10), local(2026, 11, 25, 13))
# Wednesday and Thursday at noon.
NOONS = (local(2026, 11, 25, 12), local(2026, 11, 26, 12))


@pytest.mark.parametrize(
    "text",
    [
        "thursday at ten would be better",  # the hour is offered, the day is not
        "how about friday at 8",
        "two o'clock wednesday",  # the day is offered, the hour is not
        "wednesday at 4 if you have it",
    ],
)
def test_a_day_or_hour_the_offers_lack_is_a_new_wish(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(offered_slots=WEDNESDAY))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.COUNTER, text
    assert u.time is not None


def test_a_day_ruled_out_is_never_the_one_chosen(ctx: Callable[..., Context]) -> None:
    u = understand("noon is great but not wednesday", ctx(offered_slots=NOONS))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("wednesday at ten", 1),
        ("ten on wednesday", 1),  # an hour tied to a day is a clock time
        ("1 on the 25th", 2),
        ("the wednesday one at 1", 2),
    ],
)
def test_a_choice_that_fits_in_every_part(
    ctx: Callable[..., Context], text: str, index: int
) -> None:
    u = understand(text, ctx(offered_slots=WEDNESDAY))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN, text
    assert u.slot.value.index == index


@pytest.mark.parametrize(
    "text",
    [
        "whichever is quickest",
        "any of those is fine",
        "either one",
        "whichever works for you",
        "the soonest one",
        "cualquiera está bien",
    ],
)
def test_the_choice_left_to_us_is_the_earliest(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(offered_slots=WEDNESDAY))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN, text
    assert u.slot.value.index == 0


@pytest.mark.parametrize("text", ["I can't do any of those", "no, not either one"])
def test_refusing_them_all_picks_none(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(offered_slots=WEDNESDAY))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("i'm at work until 4 so nothing before 5", time(17)),
        ("we don't get home till 6", time(18)),
        ("it can't be earlier than 3", time(15)),
        ("I work till 2:30, it can't be before 3", time(15)),
    ],
)
def test_a_reason_and_a_bound_both_hold(
    ctx: Callable[..., Context], text: str, after: time
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None, text
    assert u.time.value.after == after and u.time.value.before is None


@pytest.mark.parametrize(
    "text",
    [
        "it's been about six years since anyone serviced it",
        "the furnace is about 15 years old",
        "it's been off since about 3 am",
        "it went off around 5 this morning and keeps beeping",
    ],
)
def test_counts_and_the_past_are_not_a_time_wish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.time is None or not u.time.value.exact, text


@pytest.mark.parametrize(
    ("text", "name", "line1"),
    [
        ("Noor Haddad, 1804 W 39th St", "Noor Haddad", "1804 W 39th St"),
        ("yes it's Omar Reyes at fifty five pine street", "Omar Reyes", "55 Pine Street"),
        ("we're out front now, this is Lee Park, 9 Birch Lane", "Lee Park", "9 Birch Lane"),
    ],
)
def test_a_name_said_just_before_the_address(
    ctx: Callable[..., Context], text: str, name: str, line1: str
) -> None:
    u = understand(text, ctx(offered_slots=WEDNESDAY[:1]))
    assert u.name is not None and u.name.value == name, text
    assert u.address is not None and u.address.value.line1 == line1


@pytest.mark.parametrize(
    "text",
    [
        "the leak is at 12 oak street",
        "water is coming in at 400 elm avenue",
        "my basement at 77 lake drive is flooding",
    ],
)
def test_words_before_an_address_are_not_a_name(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.name is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("put it under my name, Dana Ruiz", "Dana Ruiz"),
        ("put it under the name of Tom Baker", "Tom Baker"),
    ],
)
def test_under_my_name(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "it's been dripping for a week",
        "this is purely routine, nothing is broken",
        "this is maintenance, it works fine",
    ],
)
def test_not_a_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).name is None, text


def test_a_time_said_for_the_address_is_not_an_address(ctx: Callable[..., Context]) -> None:
    u = understand("thursday at three if that works", ctx(expecting=Expecting.ADDRESS))
    assert u.address is None


@pytest.mark.parametrize(
    "text",
    [
        "yes and the renter's name is Paolo if he needs it",
        "her name is Rosa, she'll let him in",
        "my son's name is Tim, he'll be home",
    ],
)
def test_someone_elses_name_is_not_the_callers(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.CONFIRMATION)).name is None, text


def test_a_clock_time_for_several_days_holds_on_each_day(ctx: Callable[..., Context]) -> None:
    u = understand("around 1 any day next week", ctx(expecting=Expecting.TIME))
    assert u.time is not None
    wish = u.time.value
    assert not wish.contains(local(2026, 12, 1, 15)) and wish.contains(local(2026, 12, 1, 13))
