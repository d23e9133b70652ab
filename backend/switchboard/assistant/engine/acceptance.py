"""How a caller accepts what is on the table.

A caller who asked for the earliest time ("first thing Friday", "as early as you can", "lo
más pronto") and is offered several answers "yes" or just gives their details: they have
already said which one, the earliest, so they are never asked "which one works better?"."""

from __future__ import annotations

from datetime import datetime, timedelta

from switchboard.assistant.engine import web_phone
from switchboard.assistant.engine.timewindow import window_from_json
from switchboard.assistant.engine.turn import Turn, polarity_of
from switchboard.assistant.understanding import Polarity, TimeWindow, Understanding

_DETAILS = {"name", "address", "phone"}


def earliest_taken(t: Turn, u: Understanding) -> str | None:
    """The earliest offer, when a caller who wished for the earliest goes along with the
    offers without naming one; None otherwise (a no, a pick, a new time, or no such wish)."""
    state = t.state
    wish = window_from_json(state.time_window)
    if wish is None or not wish.asap or len(state.offered) < 2 or u.time is not None:
        return None
    if u.slot is not None:  # a pick, "none of those", or one of two said: that decides
        return None
    polarity = polarity_of(u)
    going_along = polarity is Polarity.YES or (polarity is None and bool(t.changed & _DETAILS))
    if not going_along:
        return None
    return min(state.offered, key=datetime.fromisoformat)


def number_accepts_readback(t: Turn, u: Understanding) -> bool:
    """A web read-back that invites a number ("If you'd like, add a phone number ... Shall I
    book that?") answered with just the number: the visitor did what was asked and objected
    to nothing, so the visit is booked. A number with a "no" or a correction is not."""
    polarity = polarity_of(u)
    if polarity is None and not t.state.number_invited:
        return False  # a number alone after a plain read-back: read back again
    return (
        web_phone.only_the_number(t)
        and polarity in {None, Polarity.YES}
        and u.change is None
        and u.time is None
    )


def another_day(wish: TimeWindow, offered: tuple[datetime, ...]) -> bool:
    """A dated wish none of the offered times falls on ("Wednesday March 1st, 11am?" beside
    Monday's offers): a new time to search for, never one of the offers by its hour."""
    if not wish.dated or wish.latest is None:
        return False
    zone = wish.earliest.tzinfo
    first, last = wish.earliest.date(), (wish.latest - timedelta(microseconds=1)).date()
    return not any(first <= s.astimezone(zone).date() <= last for s in offered)
