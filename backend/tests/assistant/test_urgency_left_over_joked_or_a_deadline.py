"""Urgency that is no hazard now: a smoke smell left by a fire told as over (a cleaning, no
page and no question), "emergency" taken back at the end of its clause ("EMERGENCY!!! lol not
really. in laws come ..."), and "urgent" that is a deadline for planned work on a day to come.
Each with look-alikes that must keep paging. Phrasings written for these tests; the rules
alone decide (no meaning model)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, understand

KC = ZoneInfo("America/Chicago")
NOW = datetime(2049, 9, 1, 9, 0, tzinfo=KC)  # a Wednesday


def judged(text: str, trades: tuple[str, ...] = ("hvac",)) -> tuple[bool, bool]:
    """(paged, asked a dispatcher's question)"""
    u = understand(text, Context(now=NOW, timezone="America/Chicago", trades=trades, meaning=None))
    return bool(u.emergency and u.emergency.value), u.triage is not None


@pytest.mark.parametrize(
    "text",
    [
        "we had a little grease fire on the stove a few weeks ago, its totally out, the fire "
        "department came and everything, but now every time the air kicks on the whole house "
        "smells like smoke coming out of the vents",
        "there was a kitchen fire last month and the vents still smell of smoke coming out "
        "of the registers when the heat runs",
    ],
)
def test_a_smoke_smell_left_by_a_fire_that_is_out(text: str) -> None:
    assert judged(text) == (False, False), text


@pytest.mark.parametrize(
    "text",
    [
        # Smoke seen, not smelled.
        "we had a grease fire last month, it's out, but now smoke is coming out of the vents",
        # Smoke smelled at wiring: the fire may be starting over.
        "we had a small electrical fire a few weeks ago and now it smells like smoke coming "
        "out of the outlet",
        # No fire told as over: a smoke smell from the vents is a fire until said otherwise.
        "the whole house smells like smoke coming out of the vents",
        # A burning smell is a sign of its own.
        "the fire was out last week but now it smells like something burning from the vents",
    ],
)
def test_smoke_seen_at_wiring_or_unexplained_still_pages(text: str) -> None:
    assert judged(text)[0], text


@pytest.mark.parametrize(
    "text",
    [
        "EMERGENCY!!! lol not really. in laws come for thanksgiving and the furnace has been "
        "making a clunk when it kicks on. heat works fine",
        "emergency, not really. my water heater is a little noisy",
        "EMERGENCIA jaja no es cierto. el boiler hace un ruido raro",
    ],
)
def test_emergency_taken_back_at_the_end_of_its_clause(text: str) -> None:
    assert not judged(text)[0], text


@pytest.mark.parametrize(
    "text",
    [
        # "Not really" runs on into what the caller is unsure of.
        "its an emergency, not really sure whats going on but the furnace wont turn on",
        "this is an emergency, not really a leak but water is pouring across the kitchen floor",
        "EMERGENCY! please send someone",
    ],
)
def test_emergency_not_taken_back_still_pages(text: str) -> None:
    assert judged(text)[0], text


@pytest.mark.parametrize(
    "text",
    [
        "URGENT - need a toilet reset friday. tile guys finish thurs and homeowner moves in sat",
        "urgent - need the water heater installed friday, closing is monday",
        "urgente, necesito que instalen el calentador el viernes, los inquilinos se mudan el "
        "sábado",
    ],
)
def test_urgent_as_a_deadline_for_planned_work(text: str) -> None:
    assert not judged(text, ("plumbing",))[0], text


@pytest.mark.parametrize(
    "text",
    [
        # Today is no deadline to plan around.
        "URGENT need a toilet reset today, homeowner moves in tonight",
        # No planned work nor anything planned around it.
        "urgent, the furnace is making a loud bang, can someone come thursday",
        "urgent, no heat and my baby is here, can you come tomorrow",
        # A hazard still pages whatever day is asked.
        "URGENT water is pouring across the bathroom floor, we need the toilet reset friday",
    ],
)
def test_urgent_without_a_deadline_still_pages(text: str) -> None:
    assert judged(text, ("plumbing",))[0], text
