"""A hazard word that is no longer this house's, now: cleared by those who came and looked,
put right since (a business's own emergency words too), or at another house that spared
ours. English and Spanish, each beside a look-alike that still pages: the hazard back after
the clearing, advice on the phone before anyone came, the neighbour's water coming into ours.
Phrasings written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.hazard_containment import checked_and_cleared
from switchboard.assistant.understanding.hazard_not_current import OFF_NOW, spared, verdicts
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.model import HazardRule
from switchboard.assistant.understanding.normalise import normalise

MODEL = default_model()
TRADES = ("plumbing", "hvac", "electrical")
# A plumber whose own emergency words include water getting out.
WATER_OUT = (HazardRule("se salió el agua"),)


def paged(text: str, context: Context) -> bool:
    u = understand(text, context)
    return bool(u.hazards) or bool(u.emergency and u.emergency.value)


def asked_or_paged(text: str, context: Context) -> bool:
    return paged(text, context) or understand(text, context).triage is not None


def contexts(ctx: Callable[..., Context], **extra: object) -> list[Context]:
    """The rules alone, and the rules with the meaning model, as the assistant runs them."""
    out = [ctx(meaning=None, trades=TRADES, **extra)]
    if MODEL is not None:
        out.append(ctx(meaning=MODEL, trades=TRADES, **extra))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "an electrician came by yesterday because the switch in the hall was smoking, he capped "
        "the wires and said it's safe for now, we'd like it replaced properly",
        "we had the gas company out this morning because of a gas smell by the meter, they told "
        "us there's no leak and everything is ok, we just want the water heater serviced",
        "the firefighters came for the burning smell from the panel and let us back in after an "
        "hour, they said to call an electrician",
        "the breaker for the kitchen kept tripping and the outlet got scorched, a licensed "
        "electrician came out, cut that circuit and told us the house is safe, we need the "
        "outlet rewired",
        "we had a CO alarm at 3am, the fire department came and their readings came back zero, "
        "they think the detector is dying, please check our furnace",
        "my wife smelled something burning from the dryer plug, the firemen checked it and said "
        "everything was okay, the power's off in the laundry room now",
        "se olía a gas en la cocina, vinieron los de la compañía y nos dijeron que ya no hay "
        "ningún peligro, queremos que revisen la estufa",
        "olía a quemado en el apagador del pasillo, el electricista vino y nos dijo que no hay "
        "peligro, ahorita no tenemos nada conectado ahí, queremos cambiarlo",
    ],
)
def test_cleared_by_those_who_came_is_not_paged(ctx: Callable[..., Context], text: str) -> None:
    assert not any(asked_or_paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "the fire department checked it and said it was safe, but the burning smell is back",
        "the electrician said it was safe but the outlet is sparking again",
        "they came out and said it was ok, but the burning smell from the outlet came back tonight",
        "the gas company said everything was fine yesterday but now I smell gas again in the "
        "kitchen",
        "vinieron los bomberos y dijeron que todo estaba bien, pero ahorita otra vez huele a "
        "quemado",
        "el técnico nos dijo que no había fuga pero ya volvió el olor a gas",
        # Said safe by someone at home is no clearing.
        "my husband said it was safe but I smell gas in the basement",
    ],
)
def test_the_hazard_back_after_a_clearing_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "I smell gas in the kitchen, we called the gas company and they said it's fine to wait "
        "inside until they get here",
        "there's a burning smell from the panel, the fire department is on their way, they said "
        "it's ok to stay in the house",
        "llamamos a la compañía de gas y nos dijeron que estaba bien esperar adentro hasta que "
        "lleguen, huele mucho a gas",
    ],
)
def test_advice_before_anyone_came_clears_nothing(ctx: Callable[..., Context], text: str) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "the people next door had sewage come up through their basement floor drain after the "
        "storm, ours was fine, but we'd like our line scoped just in case",
        "my neighbour got sewage in her basement from the storm, we didn't get any, can you "
        "check our main line",
        "a los de al lado se les inundó la cochera con la lluvia, a nosotros no nos entró nada, "
        "queremos revisar el desagüe",
        "a los vecinos de enfrente se les metió agua negra al sótano con la lluvia, en nuestra "
        "casa no entró nada, queremos revisar el drenaje por si acaso",
        "a mi vecino se le quemó el contacto de la cocina, pueden revisar los nuestros",
    ],
)
def test_another_households_hazard_that_spared_ours_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "a mi vecina se le metieron aguas negras y ahora se están metiendo a nuestra casa también",
        "the neighbor's sewer backed up and now it's coming into our basement",
        "las aguas negras de la casa de al lado se están metiendo a nuestro patio",
        "sewage from next door is backing up into our yard",
        "my neighbour got sewage in her basement and now it's coming up our floor drain too",
        "sewage is all over our basement floor, the neighbors have it too, we're ok though",
    ],
)
def test_the_neighbours_hazard_coming_into_ours_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


@pytest.mark.parametrize(
    "text",
    [
        "la semana pasada se salió el agua de la lavadora, ya la arreglaron, pero ahora el "
        "fregadero está lento",
        "hace dos semanas se salió el agua del tinaco, ya quedó arreglado, ahora quiero cambiar "
        "la llave del baño",
        "hace un mes se salió el agua del tinaco, ya quedó reparado, pero ahora la presión está "
        "baja",
        "the water heater flooded the garage last month, we had it replaced, but now the kitchen "
        "faucet drips",
    ],
)
def test_put_right_since_then_the_next_thing_now_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    # A business's own emergency words said of a time gone by are not an emergency now: at
    # most one question, never the page.
    assert not any(paged(text, c) for c in contexts(ctx, tenant_hazards=WATER_OUT))


@pytest.mark.parametrize(
    "text",
    [
        "se salió el agua del calentador y está mojando toda la cochera",
        "ahorita se salió el agua del calentador",
        "el mes pasado se salió el agua del calentador, ya lo cambiamos, pero ahora otra vez se "
        "salió el agua",
        "se reventó el tubo, ya lo cambiamos pero se sigue saliendo el agua por todos lados",
    ],
)
def test_the_business_emergency_words_now_still_page(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES, tenant_hazards=WATER_OUT))


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        ("the inspector looked at the panel and said it was perfectly safe", True),
        ("el plomero revisó la línea y nos aseguró que no hay ningún riesgo", True),
        ("the utility crew told us the levels were normal", True),
        # Nobody came: the caller's own verdict, or family's.
        ("my brother said it was safe", False),
        ("i think it's fine", False),
        # A remark, not a verdict.
        ("the plumber said it was ok that we called late", False),
    ],
)
def test_a_verdict_needs_someone_who_came(text: str, cleared: bool) -> None:
    assert bool(verdicts(normalise(text))) is cleared


@pytest.mark.parametrize(
    ("text", "ours_spared"),
    [
        ("the neighbours flooded, our basement stayed dry", True),
        ("a la vecina se le inundó el patio, a nosotros no nos pasó nada", True),
        ("el vecino tuvo aguas negras en el patio, a nosotros no nos tocó", True),
        ("the storm flooded my neighbor's basement, ours stayed dry", True),
        # Spared said of people, or no other household at all.
        ("the neighbours flooded, we're ok", False),
        ("ours was fine last year", False),
        # Something sensed after it: the hazard, here, now.
        ("la casa de al lado se quemó, a nosotros no nos pasó nada pero huele a humo", False),
    ],
)
def test_ours_spared_beside_another_household(text: str, ours_spared: bool) -> None:
    assert bool(spared(normalise(text))) is ours_spared


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("nothing's plugged in in that room now", True),
        ("the breaker is still off right now", True),
        ("ya no hay nada conectado en ese cuarto ahorita", True),
        ("it's still smoking right now", False),
    ],
)
def test_a_now_of_something_switched_off(text: str, off: bool) -> None:
    assert (OFF_NOW.search(normalise(text).text) is not None) is off


def test_a_now_switched_off_keeps_the_clearing() -> None:
    said = "the fire marshal came, said the wiring was safe, the circuit is off now"
    assert checked_and_cleared(normalise(said))
    assert not checked_and_cleared(normalise(said + " but it's smoking again"))
