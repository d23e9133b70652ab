"""Corrections of a day or an hour while times are on the table, and the days the caller
says they are busy. The context's clock is Tuesday November 24th 2026, 10 AM in Kansas City."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from switchboard.assistant.understanding import (
    Context,
    Expecting,
    Polarity,
    SlotDecision,
    understand,
)
from tests.assistant.conftest import local


def test_a_day_said_busy_is_ruled_out(ctx: Callable[..., Context]) -> None:
    u = understand("i work mondays, so tuesday or wednesday is better", ctx())
    assert u.time is not None
    assert 0 in u.time.value.skip_weekdays
    assert u.time.value.earliest.date() == date(2026, 11, 25)


def test_a_day_said_busy_in_spanish_is_ruled_out(ctx: Callable[..., Context]) -> None:
    u = understand("trabajo los viernes, mejor el jueves", ctx(language="es"))
    assert u.time is not None
    assert 4 in u.time.value.skip_weekdays
    assert u.time.value.earliest.date() == date(2026, 11, 26)


def test_the_day_after_i_meant_is_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand("no sorry, i meant saturday, fridays are no good", ctx())
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 28)


def test_a_corrected_weekday_is_in_the_week_on_the_table(ctx: Callable[..., Context]) -> None:
    # Monday December 7th is on the table; "Wednesday" is the 9th, not the 25th.
    u = understand(
        "oops not monday, wednesday", ctx(days_in_view=(date(2026, 12, 7), date(2026, 12, 7)))
    )
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 12, 9)


def test_a_weekday_without_a_correction_keeps_its_usual_meaning(
    ctx: Callable[..., Context],
) -> None:
    u = understand("how about wednesday", ctx(days_in_view=(date(2026, 12, 7), date(2026, 12, 7))))
    assert u.time is not None
    assert u.time.value.earliest.date() == date(2026, 11, 25)


def test_the_weekday_of_the_day_in_view_is_that_day(ctx: Callable[..., Context]) -> None:
    u = understand(
        "yes, monday at 3",
        ctx(
            days_in_view=(date(2026, 12, 7), date(2026, 12, 7)),
            expecting=Expecting.CONFIRMATION,
        ),
    )
    assert u.time is not None
    assert u.time.value.earliest == local(2026, 12, 7, 15)


def test_one_alone_is_the_offer_at_one(ctx: Callable[..., Context]) -> None:
    offers = (local(2026, 11, 27, 9), local(2026, 11, 27, 13))
    u = understand("one", ctx(offered_slots=offers, expecting=Expecting.SLOT))
    assert u.slot is not None and u.slot.value.decision is SlotDecision.CHOSEN
    assert u.slot.value.index == 1


def test_spanish_mejor_a_las_is_the_hour_wanted(ctx: Callable[..., Context]) -> None:
    u = understand("ay no, a las 9 tengo doctor, mejor a las 11", ctx(language="es"))
    assert u.time is not None
    assert u.time.value.earliest.hour == 11


def test_an_hour_said_as_its_own_sentence_picks_the_offer(ctx: Callable[..., Context]) -> None:
    offers = (local(2026, 11, 27, 9), local(2026, 11, 27, 11))
    u = understand(
        "11. Priya Natarajan 85 Juniper Ct Overland Park",
        ctx(offered_slots=offers, expecting=Expecting.SLOT),
    )
    assert u.slot is not None and u.slot.value.index == 1
    assert u.address is not None and u.address.value.line1 == "85 Juniper Ct"


def test_a_closing_yes_answers_the_read_back(ctx: Callable[..., Context]) -> None:
    u = understand("friday at 9 yes", ctx(expecting=Expecting.CONFIRMATION))
    assert u.polarity is not None and u.polarity.value is Polarity.YES
    u = understand("el viernes a las 9 si", ctx(expecting=Expecting.CONFIRMATION, language="es"))
    assert u.polarity is not None and u.polarity.value is Polarity.YES


def test_a_correction_while_the_name_is_asked_is_no_name(ctx: Callable[..., Context]) -> None:
    for text, language in (
        ("whoops, hold on, thursday won't work after all, how about friday", "en"),
        ("oh wait, my daughter has a recital that day, can we do monday", "en"),
        ("ay, espera, mejor el lunes", "es"),
    ):
        u = understand(text, ctx(expecting=Expecting.NAME, language=language))
        assert u.name is None, text


def test_a_job_taken_back_is_not_the_job(ctx: Callable[..., Context]) -> None:
    u = understand("sorry i misspoke, it's not the disposal, the faucet won't shut off", ctx())
    assert u.service is not None and u.service.value == "faucet"
    u = understand(
        "perdón, no es el drenaje, es el calentador de agua que no prende", ctx(language="es")
    )
    assert u.service is not None and u.service.value == "water_heater"
