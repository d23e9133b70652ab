"""A hazard back now after a past fix or clearing pages; a past put right since (unblocked,
mopped), or another household's hazard only feared for ours, does not. A Spanish denial with
its pronoun ("no se está saliendo nada") denies; an answer about a shutoff nobody can find
says the water is still going; the business's own emergency words with the water said
spreading get the flooding advice. English and Spanish, each beside what must not change.
Phrasings written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand
from switchboard.assistant.understanding.hazard_scope import turn_out_of_scope
from switchboard.assistant.understanding.hazards import confirms
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.model import Hazard, HazardRule
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.phrases import affirmed, words

MODEL = default_model()
TRADES = ("plumbing", "hvac", "electrical")
WATER_OUT = (HazardRule("se salió el agua"),)


def paged(text: str, context: Context) -> bool:
    u = understand(text, context)
    return bool(u.hazards) or bool(u.emergency and u.emergency.value)


def contexts(ctx: Callable[..., Context], **extra: object) -> list[Context]:
    out = [ctx(meaning=None, trades=TRADES, **extra)]
    if MODEL is not None:
        out.append(ctx(meaning=MODEL, trades=TRADES, **extra))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "an inspector passed the wiring in the spring but this evening the breaker box is "
        "crackling and there's a burnt smell",
        "the plumber repaired the main in october and this morning the basement is flooding",
        "we had the sump replaced, it's flooding all over again down there",
        "los del gas revisaron la semana pasada pero hoy se está saliendo el olor otra vez y "
        "huele a gas",
        "ya lo repararon el mes pasado pero la cochera se está llenando de agua de nuevo",
        "el plomero ya lo arregló pero otra vez se está inundando el cuarto de lavado",
    ],
)
def test_a_hazard_back_now_after_a_fix_pages(ctx: Callable[..., Context], text: str) -> None:
    assert all(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        # A past again, put right since: not now.
        "the basement flooded again last spring, we had the sump replaced, can you check it",
        "hace un año se inundó otra vez el sótano, ya lo arreglaron, queremos una revisión",
    ],
)
def test_a_past_again_put_right_does_not_page(ctx: Callable[..., Context], text: str) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "hace dos semanas se tapó el excusado y se salió el agua por el pasillo, ya lo destaparon "
        "y secamos todo, ahora la tina tarda en vaciarse",
        "el domingo se salió el agua de la lavadora, ya la secamos, ahora queremos cambiar la "
        "manguera",
    ],
)
def test_unblocked_and_mopped_since_is_not_paged(ctx: Callable[..., Context], text: str) -> None:
    assert not any(paged(text, c) for c in contexts(ctx, tenant_hazards=WATER_OUT))


@pytest.mark.parametrize(
    "text",
    [
        "the neighbors across the street got sewage in their basement over the weekend, I'm "
        "nervous we're next, can you scope our main line",
        "my neighbour had sewage back up into her laundry room, could you inspect ours before "
        "anything happens",
        "a los vecinos se les regresaron las aguas negras al baño, no nos vaya a pasar lo "
        "mismo, ¿pueden revisar el drenaje?",
    ],
)
def test_another_households_hazard_feared_for_ours_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert not any(paged(text, c) for c in contexts(ctx))


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour had sewage back up and now it's coming up through our floor drain too",
        "a los vecinos se les regresaron las aguas negras y ahorita se están metiendo a nuestro "
        "patio",
    ],
)
def test_the_neighbours_hazard_in_ours_now_still_pages(
    ctx: Callable[..., Context], text: str
) -> None:
    assert paged(text, ctx(meaning=None, trades=TRADES))


WATER_GOING = words(r"saliendo", r"entrando", r"metiendo")


@pytest.mark.parametrize(
    ("text", "affirmed_"),
    [
        ("no se está saliendo nada", False),
        ("no se está metiendo nada", False),
        ("no nos está entrando nada", False),
        # A doubt, not a denial.
        ("no sé si es mucho pero está saliendo", True),
        ("no sé, está saliendo por la puerta", True),
    ],
)
def test_a_spanish_denial_with_its_pronoun(text: str, affirmed_: bool) -> None:
    assert any(affirmed(WATER_GOING, normalise(text))) is affirmed_


@pytest.mark.parametrize(
    ("text", "confirmed"),
    [
        ("no, my roommate doesn't know where the shutoff is", True),
        ("nope, he didn't know where the main valve was", False),
        ("no, my dad does not know where the water shutoff is either", True),
        ("no no ya no se está saliendo nada, está seco", False),
        ("no, it stopped, we found the shutoff", False),
    ],
)
def test_a_triage_answer_about_the_shutoff(text: str, confirmed: bool) -> None:
    assert confirms(Hazard.FLOODING, normalise(text)) is confirmed


@pytest.mark.skipif(MODEL is None, reason="the meaning model names the hazard")
def test_the_business_words_with_water_spreading_get_the_flooding_advice(
    ctx: Callable[..., Context],
) -> None:
    said = "se salió el agua del boiler y está saliendo al pasillo, ya llegó a la recámara"
    u = understand(said, ctx(meaning=MODEL, trades=TRADES, tenant_hazards=WATER_OUT))
    assert Hazard.FLOODING in [h.value for h in u.hazards]


def test_the_business_words_alone_page_without_naming_a_flood(
    ctx: Callable[..., Context],
) -> None:
    u = understand("se salió el agua", ctx(meaning=None, trades=TRADES, tenant_hazards=WATER_OUT))
    assert [h.value for h in u.hazards] == [Hazard.TENANT_DEFINED]


@pytest.mark.parametrize(
    ("text", "past"),
    [
        # A word that ends in "no" denies nothing ("piano", "sótano").
        ("the plumber fixed it last year but the piano room is flooding now", False),
        ("hace un año lo arreglaron pero el sótano se inunda ahorita", False),
        # A "now" denied still is.
        ("the basement flooded last year, not now", True),
        ("hace un año se inundó el sótano, pero ahorita no", True),
    ],
)
def test_a_now_is_denied_only_by_a_whole_word(text: str, past: bool) -> None:
    assert turn_out_of_scope(normalise(text)) is past
