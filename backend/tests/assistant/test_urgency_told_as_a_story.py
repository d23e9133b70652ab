"""A hazard word told as a story, not as what is happening here now: before the caller's time
in the house, at another house, a year gone by, nothing since, a "now" denied, one small
spark, checked and cleared by those who came; and an "urgent" that is a pitch to the business.
Each beside a look-alike that still pages. Phrasings written for this file, never copied from
an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.meaning import default_model

MODEL = default_model()
TRADES = ("plumbing", "hvac", "electrical")


def paged(text: str, context: Context) -> bool:
    u = understand(text, context)
    return bool(u.hazards) or bool(u.emergency and u.emergency.value)


def asked_or_paged(text: str, context: Context) -> bool:
    return paged(text, context) or understand(text, context).triage is not None


def contexts(ctx: Callable[..., Context]) -> list[Context]:
    """The rules alone, and the rules with the meaning model, as the assistant runs them."""
    out = [ctx(meaning=None, trades=TRADES)]
    if MODEL is not None:
        out.append(ctx(meaning=MODEL, trades=TRADES))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "the sellers told us the basement flooded when the city line backed up, we'd like "
        "someone to scope the main",
        "before we bought the place the previous owner had a gas leak at the dryer hookup, could "
        "you check the line",
        "los dueños anteriores nos dijeron que se inundaba el sótano, queremos que revisen la "
        "bomba",
        "the family that lived here before had the basement flood twice, we'd like the sump pump "
        "looked at",
    ],
)
def test_before_the_callers_time_is_the_houses_history(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the previous owner never fixed anything and now the basement is flooding",
        "el dueño anterior nunca arreglo nada y ahorita se esta inundando el sotano",
    ],
)
def test_a_flood_now_in_a_house_just_bought_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "the gas smell that had everyone outside was the neighbours house, we just need our "
        "water heater flushed",
        "it happened at the house next door, their pipe burst, ours needs a new shutoff valve",
        "el olor a gas era de la casa de al lado, nosotros queremos que nos revisen el calentador",
    ],
)
def test_a_hazard_at_another_house_is_not_this_ones(ctx: Callable[..., Context], text: str) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "I smell gas, it's coming from the neighbours side and now it's in our kitchen too",
        "huele a gas, viene de la casa de al lado y ahorita ya se siente en la cocina",
        "I was at the neighbours when my wife called, she smells gas in our kitchen",
    ],
)
def test_gas_from_next_door_smelled_here_now_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "back in twenty nineteen a pipe burst in the crawlspace and I want somebody to look at "
        "the insulation on the lines",
        "hace como tres años se reventó un tubo en la cochera y quiero que revisen las demás "
        "tuberías",
    ],
)
def test_a_year_gone_by_is_past(ctx: Callable[..., Context], text: str) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


def test_back_in_a_room_is_no_year(ctx: Callable[..., Context]) -> None:
    text = "a pipe burst back in the crawlspace and water is everywhere"
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "the outlet by the garage door sparked on tuesday and we haven't touched it since",
        "el contacto del baño echó chispas cuando conecté la secadora y desde entonces no lo "
        "usamos",
    ],
)
def test_nothing_since_is_a_story(ctx: Callable[..., Context], text: str) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the outlet by the garage door sparked and since then it's been smoking",
        "el contacto echó chispas y desde entonces huele a quemado",
    ],
)
def test_since_then_with_the_hazard_still_pages(ctx: Callable[..., Context], text: str) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "the basement flooded last spring and right now no but the sump pump makes a grinding "
        "noise",
        "el mes pasado se inundó la cochera y ahorita no, pero la bomba hace mucho ruido",
    ],
)
def test_a_now_denied_keeps_nothing_current(ctx: Callable[..., Context], text: str) -> None:
    # Without the meaning model a past flood is still worth one question; with it, not even that.
    assert not paged(text, ctx(meaning=None, trades=TRADES))
    if MODEL is not None:
        assert not asked_or_paged(text, ctx(meaning=MODEL, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "the basement flooded last spring and right now it's flooding again",
        "el mes pasado se inundó la cochera y ahorita otra vez se está inundando",
    ],
)
def test_now_with_the_flood_still_pages(ctx: Callable[..., Context], text: str) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "my hair dryer gave a little spark when I pulled the plug in the bathroom, can someone "
        "take a look at that outlet",
        "al desconectar la licuadora salió una chispita del contacto de la cocina, quiero que lo "
        "revisen",
    ],
)
def test_one_small_spark_is_not_a_fire(ctx: Callable[..., Context], text: str) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the outlet keeps sparking every time I plug something in",
        "salen chispas del contacto cada vez que conecto algo",
    ],
)
def test_sparks_that_go_on_still_page(ctx: Callable[..., Context], text: str) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "our CO alarm went off saturday night, the fire department checked every room, found "
        "nothing and said the alarm was past its expiration date, can you service the furnace",
        "the carbon monoxide detector went off at the office, the firemen came, their meter "
        "showed zero, so we want the boiler looked at",
        "el sábado la alarma de monóxido estaba pitando, vinieron los bomberos y dijeron que no "
        "había nada, la alarma estaba vencida, queremos que revisen la caldera",
    ],
)
def test_checked_and_cleared_by_responders_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not any(asked_or_paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the fire department said it was a false alarm but the carbon monoxide detector is "
        "going off again",
        "los bomberos dijeron que era falsa alarma pero la alarma de monoxido esta sonando otra "
        "vez",
        "I smell gas in the kitchen, I checked the stove knobs and found nothing",
    ],
)
def test_back_after_clearing_or_checked_by_the_caller_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "URGENT: your Google listing will be suspended today unless you verify your business, "
        "reply with the owner's email",
        "URGENTE: su perfil de Google será suspendido hoy, pague la cuota de verificación",
    ],
)
def test_an_urgent_pitch_to_the_business_is_not_an_emergency(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "urgent, water is pouring from the ceiling, I found your listing on google",
        "urgente, se está inundando la cocina, encontré su página en Google",
        "this is urgent, I need someone today, the suspension on my garage door broke",
    ],
)
def test_an_urgent_caller_who_mentions_a_listing_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))
