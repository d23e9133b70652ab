"""A known caller's visit on file told about in passing, never asked for by "cancel" or
"reschedule": "I'm supposed to have you guys Friday at nine", then why it cannot happen (the
house sold and the buyers will see to it, the heat came back on, the caller will be at the
lender's office all morning or flies out for work), or whether there is one at all ("did we
book anything with y'all for Thursday"). A reason moves or cancels it, a question asks its
status; never a new booking. New callers with nothing of ours named ask for none of it. Every
line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand


def _intent(text: str, ctx: Callable[..., Context]) -> Intent | None:
    u = understand(text, ctx())
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    "text",
    [
        # the house sold, the new owners to see to it
        "you guys are coming thursday for the water heater but we closed on the house last "
        "week and the new owners want to handle it themselves",
        "I have a plumber of yours coming out friday, we sold our condo and the buyer said "
        "he'd take care of it himself",
        # the trouble gone of itself or with a reset
        "y'all are coming tomorrow for the disposal but it kicked back on after I hit the reset",
        "we're expecting your tech friday for the water heater, it started working again",
        # the visit named with its day, not needed, and taken off
        "hey its priya nair, we won't need friday's drain appointment, can you pull it off the "
        "schedule",
    ],
)  # fmt: skip
def test_a_visit_told_about_with_its_need_gone_is_cancelled(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is Intent.CANCEL, text


@pytest.mark.parametrize(
    "text",
    [
        # supposed to have us, then kept from it
        "this is dana, we're supposed to have you guys thursday at 9 for the toilet but I have to "
        "fly out on business",
        "i was supposed to get your plumber friday morning but i'll be at the lender's office "
        "all morning",
        # expecting us, and elsewhere then
        "we're expecting your crew tomorrow, problem is we'll be tied up at the hospital until 2",
        "you guys are coming friday at 10 right? i'm going to be stuck at the courthouse the whole "
        "morning",
    ],
)  # fmt: skip
def test_a_visit_told_about_with_the_caller_elsewhere_is_moved(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _intent(text, ctx) is Intent.RESCHEDULE, text


def test_its_own_day_is_never_the_wish(ctx: Callable[..., Context]) -> None:
    u = understand(
        "we're supposed to have you guys thursday at 9 but i'll be at the dmv all morning",
        ctx(),
    )
    assert u.intent is not None and u.intent.value is Intent.RESCHEDULE
    assert u.time is None


@pytest.mark.parametrize(
    "text",
    [
        "do we have anything with you guys this week? my husband thinks thursday",
        "did i book something with y'all for friday, i forget",
        "do you guys have me down for anything? i got a text but deleted it",
    ],
)
def test_whether_a_visit_is_on_file_asks_its_status(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) is Intent.APPOINTMENT_STATUS, text


@pytest.mark.parametrize(
    "text",
    [
        # another company's visit, or the caller's own plans with no visit of ours
        "the other plumber is supposed to come tomorrow but he flaked, can you come look at the "
        "water heater",
        "I'll be at the office all morning, can someone come thursday afternoon for the toilet",
        "we just sold the house and the inspector flagged the water heater, can you come out",
        "i'm flying out for work friday so can you fix the leaking pipe before then",
        # our own visit wanted, at the house
        "i'll be at the house all morning tomorrow if someone can look at the drain",
        # a second job beside the one on file
        "you guys are coming thursday for the drain, can you also look at the disposal while "
        "you're here",
    ],
)  # fmt: skip
def test_no_visit_of_ours_told_about_is_no_change(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(text, ctx) not in {Intent.CANCEL, Intent.RESCHEDULE}, text
