"""What the caller wants, said in other words: a message for a named person ("quiero que el
señor Hernández me llame"), a warranty or insurance company sending work (its terms are the
owner's to settle), a visit of ours named by its job and day and moved ("my thermostat install
is friday at 10 ... could you do monday instead?"), and a running toilet said in Spanish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand


def _intent(ctx: Callable[..., Context], text: str) -> Intent | None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    "text",
    [
        "el drenaje si quedo bien pero quiero que el señor Hernández me llame",
        "dejaron todo sucio, que la señora Garza me hable por favor",
        "the tech left a mess, i want mr hernandez to call me",
        "hi this is janelle with homeguard warranty, do you accept our dispatches",
        "we have a claim for a leak at a policyholder's home in marietta",
        "le hablo de la aseguradora sobre un reclamo",
    ],
)
def test_word_for_the_owner_is_a_message(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(ctx, text) is Intent.MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "my roof leaks, i have a home warranty through first american, do you take it",
        "i'm with state farm insurance on my house, can someone look at the roof",
    ],
)
def test_a_homeowner_with_a_warranty_is_no_message(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(ctx, text) is not Intent.MESSAGE


@pytest.mark.parametrize(
    "text",
    [
        "hi its Marisela Oyarzun-Keane. my thermostat install is friday at 10 but i have a "
        "delivery. could you do monday same time instead?",
        "our furnace tune-up is on tuesday, can we do thursday instead?",
        "mi instalación es el viernes a las 10, ¿la pueden hacer el lunes mejor?",
    ],
)
def test_a_job_of_ours_by_its_day_moved(ctx: Callable[..., Context], text: str) -> None:
    assert _intent(ctx, text) is Intent.RESCHEDULE


def test_a_job_named_by_its_day_without_a_move(ctx: Callable[..., Context]) -> None:
    text = "my water heater install is friday, what should i clear out of the way?"
    assert _intent(ctx, text) is not Intent.RESCHEDULE


@pytest.mark.parametrize(
    "text",
    [
        "es para mi mama el baño de ella se queda corriendo el agua todo el tiempo",
        "la taza sigue corriendo",
        "el inodoro se queda corriendo y no para",
    ],
)
def test_a_running_toilet_said_in_spanish(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.service is not None and u.service.value == "toilet"


def test_a_washer_that_keeps_running_is_no_toilet(ctx: Callable[..., Context]) -> None:
    u = understand("la lavadora se queda corriendo", ctx(expecting=Expecting.PROBLEM))
    assert u.service is None or u.service.value != "toilet"
