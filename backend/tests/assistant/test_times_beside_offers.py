"""Time wishes said while slots are on the table or a wish stands: an ordinal that is a date,
an hour tied to "today", a bare "23rd", "this Thursday" in a correction, a weekday about the
days asked for, a week of a month, a day of leaving, "anything around 10 or 11?" and "any
morning but Friday". The context's clock is Tuesday November 24th 2026, 10 AM in Kansas City."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from switchboard.assistant.understanding import Context, Expecting, SlotDecision, understand
from tests.assistant.conftest import local

# Monday Dec 7th at 9, Tuesday Dec 8th at 11, Thursday Dec 10th at 2.
OFFERS = (local(2026, 12, 7, 9), local(2026, 12, 8, 11), local(2026, 12, 10, 14))


def _offering(ctx: Callable[..., Context], **more: object) -> Context:
    return ctx(
        offered_slots=OFFERS,
        expecting=Expecting.SLOT,
        days_in_view=(date(2026, 12, 7), date(2026, 12, 10)),
        **more,
    )


@pytest.mark.parametrize("text", ["Tuesday the 8th at 11", "the 8th at 11 please"])
def test_an_ordinal_with_a_weekday_or_hour_is_a_date(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, _offering(ctx))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


def test_tuesday_the_3rd_is_not_the_third_offer(ctx: Callable[..., Context]) -> None:
    offers = (local(2026, 12, 2, 9), local(2026, 12, 3, 11), local(2026, 12, 5, 14))
    u = understand(
        "Thursday the 3rd at 11",
        ctx(
            offered_slots=offers,
            expecting=Expecting.SLOT,
            days_in_view=(date(2026, 12, 2), date(2026, 12, 5)),
        ),
    )
    assert u.slot is not None and u.slot.value.index == 1


def test_spanish_el_primero_de_is_a_date_not_the_first_offer(
    ctx: Callable[..., Context],
) -> None:
    u = understand("el primero de enero", _offering(ctx, language="es"))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN


@pytest.mark.parametrize("text", ["the 3rd one", "the third one", "la tercera"])
def test_an_ordinal_alone_still_picks_an_offer(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, _offering(ctx))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 2


@pytest.mark.parametrize(
    "text", ["eleven today", "ok, 11 today then", "las once hoy", "a las 11 hoy"]
)
def test_an_hour_before_today_is_the_clock_time(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None and u.time.value.exact
    assert u.time.value.earliest == local(2026, 11, 24, 11)


@pytest.mark.parametrize("text", ["2 tomorrow", "mejor las 2 mañana"])
def test_an_hour_before_tomorrow_is_the_clock_time(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 25, 14)


@pytest.mark.parametrize("text", ["it's unit 4, tomorrow works", "we have 2 kids home today"])
def test_a_number_before_a_day_is_not_an_hour(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is None or not u.time.value.exact


@pytest.mark.parametrize("text", ["28th at 4", "how about the 27th or 28th", "28th works"])
def test_an_ordinal_alone_is_a_day_of_the_month(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert date(2026, 11, 28) in {u.time.value.earliest.date(), u.time.value.latest.date()} or (
        u.time.value.earliest.date() <= date(2026, 11, 28) < u.time.value.latest.date()
    )


def test_spanish_day_number_with_an_hour(ctx: Callable[..., Context]) -> None:
    u = understand("el 28 a las 4", ctx(expecting=Expecting.TIME, language="es"))
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 28, 16)


@pytest.mark.parametrize("text", ["1342 E 29th St, Brooklyn", "it's on the 2nd floor"])
def test_a_street_or_a_floor_is_not_a_date(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.ADDRESS))
    assert u.time is None


@pytest.mark.parametrize(
    "text",
    [
        "oh wait did i say tuesday i meant thursday sorry this thursday morning",
        "perdon, quise decir jueves, este jueves en la mañana",
    ],
)
def test_this_weekday_in_a_correction_is_the_nearest(
    ctx: Callable[..., Context], text: str
) -> None:
    # Tuesday Dec 1st is on the table; "this Thursday" is Nov 26th, not Dec 3rd.
    offers = (local(2026, 12, 1, 7), local(2026, 12, 1, 9))
    u = understand(
        text,
        ctx(
            offered_slots=offers,
            expecting=Expecting.SLOT,
            days_in_view=(date(2026, 12, 1), date(2026, 12, 1)),
        ),
    )
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 26)


@pytest.mark.parametrize("text", ["Thursday at 11", "el jueves a las 11"])
def test_a_weekday_about_the_days_asked_for_is_in_them(
    ctx: Callable[..., Context], text: str
) -> None:
    # "Mornings next week" (Nov 30th to Dec 6th) stands; Monday and Tuesday are offered.
    offers = (local(2026, 11, 30, 7), local(2026, 12, 1, 7))
    u = understand(
        text,
        ctx(
            offered_slots=offers,
            expecting=Expecting.SLOT,
            days_in_view=(date(2026, 11, 30), date(2026, 12, 1)),
            days_wished=(date(2026, 11, 30), date(2026, 12, 6)),
        ),
    )
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 3, 11)


def test_a_weekday_without_a_wish_for_those_days_is_the_nearest(
    ctx: Callable[..., Context],
) -> None:
    offers = (local(2026, 11, 30, 7), local(2026, 12, 1, 7))
    u = understand(
        "Thursday at 11",
        ctx(
            offered_slots=offers,
            expecting=Expecting.SLOT,
            days_in_view=(date(2026, 11, 30), date(2026, 12, 1)),
        ),
    )
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 11, 26, 11)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("the last week of december, not friday", date(2026, 12, 25), date(2027, 1, 1)),
        ("the first week of january", date(2027, 1, 1), date(2027, 1, 8)),
        ("la última semana de diciembre", date(2026, 12, 25), date(2027, 1, 1)),
        ("la segunda semana de enero", date(2027, 1, 8), date(2027, 1, 15)),
    ],
)
def test_a_week_of_a_month(ctx: Callable[..., Context], text: str, first: date, last: date) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == first
    assert u.time.value.latest is not None and u.time.value.latest.date() == last


@pytest.mark.parametrize("text", ["the last one", "la ultima"])
def test_the_last_one_still_picks_the_last_offer(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, _offering(ctx))
    assert u.slot is not None and u.slot.value.index == 2


def test_the_last_week_of_a_month_picks_no_offer(ctx: Callable[..., Context]) -> None:
    u = understand("the last week of december", _offering(ctx))
    assert u.slot is None or u.slot.value.decision is not SlotDecision.CHOSEN


@pytest.mark.parametrize(
    "text",
    [
        "I'm leaving for Florida on Dec 15 for six weeks, could someone check it before I go?",
        "we fly out the 15th so before we leave please",
        "nos vamos el 15 de diciembre, que vengan antes de irnos",
    ],
)
def test_before_the_day_of_leaving(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.latest == local(2026, 12, 15)
    assert u.time.value.earliest < local(2026, 12, 1)


def test_a_day_of_leaving_without_before_is_left_as_said(ctx: Callable[..., Context]) -> None:
    u = understand("we leave on the 12th, can you come on the 10th?", ctx())
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 10)


@pytest.mark.parametrize(
    "text",
    [
        "those are too early, I drop my son at school at 8. Anything around 10 or 11?",
        "muy temprano, dejo a mi hijo a las 8, algo como a las 10 u 11?",
    ],
)
def test_two_hours_asked_for_beside_a_time_in_the_story(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, _offering(ctx))
    assert u.time is not None
    w = u.time.value
    assert not w.exact
    assert (w.after, w.before) == (local(2026, 1, 1, 10).time(), local(2026, 1, 1, 12).time())


def test_a_count_of_two_or_three_is_not_an_hour(ctx: Callable[..., Context]) -> None:
    u = understand("we have like 2 or 3 kids at home", ctx())
    assert u.time is None


@pytest.mark.parametrize(
    "text",
    ["next week any morning but friday", "la semana que viene, cualquier día menos el viernes"],
)
def test_any_morning_but_a_day_rules_the_day_out(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert 4 in u.time.value.skip_weekdays
    assert u.time.value.earliest.date() >= date(2026, 11, 30)


def test_a_day_with_but_not_too_early_keeps_the_day(ctx: Callable[..., Context]) -> None:
    u = understand("friday morning, but not too early", ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 27)
    assert not u.time.value.skip_weekdays


@pytest.mark.parametrize(
    "text",
    [
        "The 12th at 9 please, he's out of town this weekend",
        "el 12 a las 9, no estamos este fin de semana",
    ],
)
def test_a_weekend_someone_is_away_is_ruled_out(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 12, 9)
    assert set(u.time.value.skip_dates) == {date(2026, 11, 28), date(2026, 11, 29)}


def test_this_weekend_asked_for_is_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("this weekend works", ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 28)
    assert not u.time.value.skip_dates


@pytest.mark.parametrize(
    "text",
    ["next week, tues or thurs", "tues or thurs next week", "la semana que viene, martes o jueves"],
)
def test_weekdays_said_with_next_week_are_in_it(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 12, 1)
    assert u.time.value.latest is not None and u.time.value.latest.date() == date(2026, 12, 4)


def test_a_weekday_or_next_week_keeps_the_nearest_weekday(ctx: Callable[..., Context]) -> None:
    u = understand("thursday or next week", ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 26)


@pytest.mark.parametrize(
    "text", ["Dec 3 or 4, mornings", "el 3 o 4 de diciembre, en la mañana", "december 3 to 4"]
)
def test_two_days_of_a_month(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 12, 3)
    latest = u.time.value.latest
    assert latest is not None and local(2026, 12, 4) < latest <= local(2026, 12, 5)
    assert u.time.value.after is None or u.time.value.after.hour < 12


def test_two_hours_without_a_month_stay_hours(ctx: Callable[..., Context]) -> None:
    u = understand("maybe 3 or 4?", _offering(ctx))
    assert u.time is not None
    assert u.time.value.after is not None and u.time.value.after.hour == 15


@pytest.mark.parametrize(
    "text",
    [
        "the heater stopped yesterday morning",
        "since yesterday afternoon the toilet runs",
        "se tapó ayer en la tarde",
        "it blows cold for the first few minutes",
    ],
)
def test_the_past_and_a_count_are_not_a_wish(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).time is None


@pytest.mark.parametrize(
    "text",
    ["it stopped yesterday, can someone come tomorrow", "se tapó ayer, pueden venir mañana"],
)
def test_the_wish_beside_the_past_stands(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 25)
