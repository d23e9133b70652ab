"""Lost cooling told in numbers, with someone at risk: the home or the day read out ("the
thermostat says 94", "upstairs is already 91", "afuera todavía hace 104"), a recent operation or
the first signs of heat illness ("home from heart surgery last week", "he's getting dizzy",
"anda mareada"); and the turns that only sound like one: a unit loud but cooling, an old house's
age, a heat wave gone by, cooling merely weak with nobody at risk, and people who are somewhere
else ("she's fine, she's staying with us"). Phrasings written for this file, never copied from
an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


def rules(ctx: Callable[..., Context]) -> Context:
    """The rules alone, the outdoor temperature unknown: the caller's words must tell it."""
    return ctx(meaning=None, trades=("hvac",))


@pytest.mark.parametrize(
    "text",
    [
        "the ac died and the thermostat says 94, my dad is 80",
        "central air stopped blowing cold, upstairs is already 91 and my grandmother lives here",
        "the air conditioner quit, the house is up to 92 and my wife is getting dizzy",
        "ac isn't cooling, it's 112 outside and my husband just came home from heart surgery",
        "our unit stopped working, it's 93 and climbing and my son had bypass surgery",
        "the air's out, it's 99 out and there's a heat advisory, my mother feels lightheaded",
        "el aire no enfría, adentro de la casa está en 95 y tengo un bebé de 3 meses",
        "el aire dejó de enfriar, afuera todavía hace 104 y a mi esposo lo operaron del corazón",
        "se descompuso el aire, el termostato marca 96 y mi mamá anda mareada",
    ],
)
def test_lost_cooling_with_heat_in_numbers_and_someone_at_risk_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.NO_AC_EXTREME_HEAT in hazards(text, rules(ctx))


@pytest.mark.parametrize(
    "text",
    [
        # Cooling, however loud.
        "the ac unit is really loud but it cools fine, it's 100 outside and my mom is 90",
        # An age, a size, a setting or a count of days, not a reading.
        "the ac quit, the house is 90 years old and my dad is 80",
        "the ac quit and the thermostat is set at 85, my baby is asleep",
        "el aire no enfría y mi bebé tiene 3 meses, lo instalaron hace 95 días",
        "my apartment is 104, the ac is out and my grandmother lives with me",
        # Heat to come, nothing lost yet.
        "there's a heat advisory this weekend, my mom is 90, can you tune up the ac before it",
        # Weak cooling on a hot day, nobody at risk said.
        "the ac isn't cooling as well as it used to, it's 98 outside",
        # A heat wave gone by.
        "last summer during the heat wave our ac quit and my mom got dizzy, I'd like a tune-up",
        # Dizziness with nothing lost.
        "my dizzy spells are from my meds, the ac just needs its tune-up",
    ],
)
def test_heat_and_people_without_a_failure_now_do_not_page(
    ctx: Callable[..., Context], text: str
) -> None:
    assert hazards(text, rules(ctx)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "my daughter lives on the upper west side and her air conditioner died, she's fine, "
        "she's staying with us for now, do you guys go into manhattan",
        "our ac died and it's 105 out, we're at a hotel with the baby till it's fixed",
        "el aire de mi mamá se descompuso pero ella está bien, se está quedando con nosotros",
        "my dad's 85 and his ac went out yesterday, we took him to our place, he's fine",
    ],
)
def test_people_away_from_the_lost_cooling_are_no_hazard_nor_a_question(
    ctx: Callable[..., Context], text: str
) -> None:
    """Whatever the meaning model leans to: nobody is in the heat."""
    u = understand(text, ctx(trades=("hvac",)))
    assert not u.hazards
    assert u.triage is None or u.triage.value is not Hazard.NO_AC_EXTREME_HEAT


@pytest.mark.parametrize(
    "text",
    [
        "my mom is 90, her ac died, she says she's fine but it's 98 in there",
        "the baby is staying with me in the living room, the ac quit and it's 96 in the house",
    ],
)
def test_fine_taken_back_or_staying_in_the_heat_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.NO_AC_EXTREME_HEAT in hazards(text, rules(ctx))
