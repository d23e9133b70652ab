"""Time wishes with constraints that hold on every day: bounds said as negations, days and
parts of the day ruled out, "whenever" against "any time that day", narrower parts of the
day, and windows beside the slots on the table. English and Spanish, typed and as a speech
recogniser writes them. Now: Tuesday 2026-11-24 10:00 in Chicago."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    PartOfDay,
    SlotDecision,
    TimeWindow,
    understand,
)
from tests.assistant.conftest import local

WEDNESDAY_OFFERS = (local(2026, 11, 25, 8), local(2026, 11, 25, 10))
WEDNESDAY = date(2026, 11, 25)


def window(text: str, context: Context) -> TimeWindow:
    u = understand(text, context)
    assert u.time is not None, text
    return u.time.value


def offering(ctx: Callable[..., Context]) -> Context:
    return ctx(
        offered_slots=WEDNESDAY_OFFERS,
        expecting=Expecting.SLOT,
        days_in_view=(WEDNESDAY, WEDNESDAY),
    )


@pytest.mark.parametrize(
    ("text", "after", "before"),
    [
        ("not before 4", time(16), None),
        ("nothing before 4 please", time(16), None),
        ("no earlier than 10", time(10), None),
        ("not until four p m", time(16), None),
        ("4 or later", time(16), None),
        ("no antes de las 4", time(16), None),
        ("a partir de las 3", time(15), None),
        ("de las 4 en adelante", time(16), None),
        ("no later than 3", None, time(15)),
        ("not after 2", None, time(14)),
        ("no después de las 2", None, time(14)),
        ("from 9 to 11", time(9), time(11)),
        ("de 9 a 11", time(9), time(11)),
    ],
)
def test_bounds_said_as_negations_hold_every_day(
    ctx: Callable[..., Context], text: str, after: time | None, before: time | None
) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert (w.after, w.before) == (after, before), text
    assert w.latest is None or w.earliest < w.latest, text  # never an empty window


def test_not_before_4_on_a_day_is_that_day_from_4(ctx: Callable[..., Context]) -> None:
    w = window("thursday, not before 4", ctx())
    assert (w.earliest, w.latest) == (local(2026, 11, 26, 16), local(2026, 11, 27))


def test_a_bound_over_several_days_holds_on_each(ctx: Callable[..., Context]) -> None:
    w = window("next week after 3", ctx())
    assert w.after == time(15)
    assert not w.contains(local(2026, 12, 1, 9))  # Tuesday morning of next week
    assert w.contains(local(2026, 12, 1, 15))


@pytest.mark.parametrize(
    ("text", "weekdays", "flexible"),
    [
        ("any weekday except Friday", (4, 5, 6), True),
        ("any day but friday", (4,), True),
        ("cualquier día menos el viernes", (4,), True),
        ("entre semana, excepto los lunes", (0, 5, 6), True),
        ("fridays don't work for me", (4,), False),
        ("I can't do Monday", (0,), False),
        ("el viernes no", (4,), False),
    ],
)
def test_weekdays_ruled_out(
    ctx: Callable[..., Context], text: str, weekdays: tuple[int, ...], flexible: bool
) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert w.skip_weekdays == weekdays, text
    # Flexible about the day: a window from now; otherwise the day wished for before holds.
    assert w.dated is flexible, text
    assert not w.contains(local(2026, 11, 27, 10)) or 4 not in weekdays


@pytest.mark.parametrize("text", ["no, friday", "no, el viernes"])
def test_a_no_before_a_day_is_a_correction_not_an_exclusion(
    ctx: Callable[..., Context], text: str
) -> None:
    w = window(text, ctx())
    assert w.skip_weekdays == ()
    assert w.earliest.date() == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("not mornings", (PartOfDay.MORNING,)),
        ("mornings are bad for me", (PartOfDay.MORNING,)),
        ("nothing in the afternoon", (PartOfDay.AFTERNOON,)),
        ("por la mañana no puedo", (PartOfDay.MORNING,)),
        ("en la tarde no me queda", (PartOfDay.AFTERNOON,)),
    ],
)
def test_parts_of_the_day_ruled_out(
    ctx: Callable[..., Context], text: str, parts: tuple[PartOfDay, ...]
) -> None:
    w = window(text, ctx())
    assert w.skip_parts == parts
    assert w.part_of_day is None


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("any day but tomorrow", date(2026, 11, 25)),
        ("no puedo mañana", date(2026, 11, 25)),
        ("not the 22nd", date(2026, 12, 22)),
    ],
)
def test_dates_ruled_out(ctx: Callable[..., Context], text: str, ruled_out: date) -> None:
    assert window(text, ctx()).skip_dates == (ruled_out,)


def test_a_day_ruled_out_then_another_wished_for(ctx: Callable[..., Context]) -> None:
    w = window("can't do tomorrow, how about thursday", ctx())
    assert w.skip_dates == (date(2026, 11, 25),)
    assert w.earliest == local(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 22nd", date(2026, 12, 22)),  # the 22nd of this month has passed
        ("on the twenty second", date(2026, 12, 22)),
        ("the 30th", date(2026, 11, 30)),  # still ahead this month
        ("el 22", date(2026, 12, 22)),
        ("el día 26", date(2026, 11, 26)),
        ("para el veintidós", date(2026, 12, 22)),
    ],
)
def test_day_of_the_month_this_month_or_next(
    ctx: Callable[..., Context], text: str, expected: date
) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert w.earliest.date() == expected and w.dated
    assert w.latest == local(expected.year, expected.month, expected.day) + (w.latest - w.earliest)


@pytest.mark.parametrize("text", ["whenever", "whenever works", "cuando sea", "no preference"])
def test_whenever_is_any_day_from_now(ctx: Callable[..., Context], text: str) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert w.any_time and w.dated and w.latest is None
    assert w.earliest == local(2026, 11, 24, 10)


@pytest.mark.parametrize("text", ["any time", "a cualquier hora", "any time of day"])
def test_any_time_alone_leaves_the_day_as_it_was(ctx: Callable[..., Context], text: str) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert w.any_time and not w.dated


@pytest.mark.parametrize("text", ["any time that day", "a cualquier hora ese día"])
def test_any_time_that_day_is_the_day_on_the_table(ctx: Callable[..., Context], text: str) -> None:
    w = window(text, offering(ctx))
    assert (w.earliest, w.latest) == (local(2026, 11, 25), local(2026, 11, 26))
    assert w.any_time and w.part_of_day is None


@pytest.mark.parametrize(
    ("text", "part", "after", "before"),
    [
        # the last hours the shop works, past the afternoon's 5 PM when it closes later
        ("end of the day friday", None, time(15), None),
        ("late afternoon", PartOfDay.AFTERNOON, time(15), None),
        ("al final del día", None, time(15), None),
        ("early morning", PartOfDay.MORNING, None, time(10)),
        ("a primera hora", PartOfDay.MORNING, None, time(10)),
        ("first thing friday", PartOfDay.MORNING, None, None),
        ("after lunch", PartOfDay.AFTERNOON, None, None),
        ("después de comer", PartOfDay.AFTERNOON, None, None),
        ("before lunch", PartOfDay.MORNING, None, None),
    ],
)
def test_parts_of_the_day_as_people_say_them(
    ctx: Callable[..., Context],
    text: str,
    part: PartOfDay | None,
    after: time | None,
    before: time | None,
) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert (w.part_of_day, w.after, w.before) == (part, after, before), text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("tomorrow one p m", 13),
        ("one p m works", 13),
        ("a la una", 13),
        ("después de la una", 13),
        ("mañana a la una de la tarde", 13),
    ],
)
def test_clock_times_as_recognisers_spell_them(
    ctx: Callable[..., Context], text: str, hour: int
) -> None:
    w = window(text, ctx(expecting=Expecting.TIME))
    assert w.earliest.hour == hour, text


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("anything later in the week?", local(2026, 11, 26), local(2026, 11, 30)),
        ("algo más adelante en la semana", local(2026, 11, 26), local(2026, 11, 30)),
        ("nothing earlier?", local(2026, 11, 24, 10), local(2026, 11, 25, 8)),
        ("¿nada más temprano?", local(2026, 11, 24, 10), local(2026, 11, 25, 8)),
        ("anything later that day", local(2026, 11, 25, 10, 1), local(2026, 11, 26)),
        ("algo más tarde", local(2026, 11, 25, 10, 1), None),
        ("the next day", local(2026, 11, 26), local(2026, 11, 27)),
        ("el día siguiente", local(2026, 11, 26), local(2026, 11, 27)),
    ],
)
def test_windows_beside_the_offers_are_counter_offers(
    ctx: Callable[..., Context], text: str, earliest: object, latest: object
) -> None:
    u = understand(text, offering(ctx))
    assert u.time is not None, text
    assert (u.time.value.earliest, u.time.value.latest) == (earliest, latest), text
    assert u.time.value.part_of_day is None  # "más tarde" is not the afternoon
    assert u.slot is not None and u.slot.value.decision is SlotDecision.COUNTER, text


@pytest.mark.parametrize(
    ("picks", "asks"),
    [("the later one", "anything later"), ("la más tarde", "algo más tarde")],
)
def test_the_later_one_picks_an_offer_anything_later_asks_for_more(
    ctx: Callable[..., Context], picks: str, asks: str
) -> None:
    picked = understand(picks, offering(ctx)).slot
    assert picked is not None and picked.value.decision is SlotDecision.CHOSEN
    assert picked.value.index == 1
    asked = understand(asks, offering(ctx)).slot
    assert asked is not None and asked.value.decision is SlotDecision.COUNTER


def test_ruling_out_part_of_the_offers_picks_none_of_the_rest(
    ctx: Callable[..., Context],
) -> None:
    offers = (local(2026, 11, 24, 11), local(2026, 11, 24, 13))
    u = understand("not mornings", ctx(offered_slots=offers, expecting=Expecting.SLOT))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.COUNTER
