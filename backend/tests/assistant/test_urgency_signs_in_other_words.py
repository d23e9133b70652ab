"""Active hazards a caller tells by what they see and feel, not by the hazard's name: a
household ill since the heat came on, smoke seeping from a closet, a burst hose in Spanish
diminutives, a business's own emergency words that also say which advice applies; and a
weather hazard the model must not lean to when the turn speaks of no temperature at all.
Phrasings written for this file, never copied from an evaluation batch."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand
from switchboard.assistant.understanding.meaning import default_model
from switchboard.assistant.understanding.model import HazardRule

MODEL = default_model()


def hazards(text: str, context: Context) -> set[Hazard]:
    return {h.value for h in understand(text, context).hazards}


@pytest.mark.parametrize(
    "text",
    [
        "ever since the boiler started up both kids have been throwing up and we all feel dizzy",
        "turned the gas heater on tonight and now me and my husband have pounding headaches",
        "desde que prendimos la calefacción todos estamos mareados y con dolor de cabeza",
    ],
)
def test_a_household_ill_since_fuel_burns_is_carbon_monoxide(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.CARBON_MONOXIDE in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "two winters ago we all had headaches for a month, it was the flu, check the furnace",
        "my headache is from work, can the furnace tune up be on friday",
        "the dog keeps throwing up in the furnace room, can we book a tune up",
    ],
)
def test_illness_long_past_or_one_persons_is_not_paged(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.CARBON_MONOXIDE not in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "there's a burning electric smell in the laundry and smoke is seeping under the panel door",
        "a bit of smoke keeps rolling through the return vent by the air handler",
        "veo humo saliendo del closet donde está el aire",
        "está echando un poco de humo la caja del breaker",
    ],
)
def test_smoke_seen_coming_out_is_an_electrical_fire(
    ctx: Callable[..., Context], text: str
) -> None:
    assert Hazard.ELECTRICAL_FIRE in hazards(text, ctx(meaning=None, trades=("hvac",)))


def test_smoke_from_outside_is_not(ctx: Callable[..., Context]) -> None:
    text = "the neighbors grill smoke drifts in the window, can you clean our ducts"
    assert Hazard.ELECTRICAL_FIRE not in hazards(text, ctx(meaning=None, trades=("hvac",)))


@pytest.mark.parametrize(
    "text",
    [
        "se nos reventó la manguerita del lavabo y está saliendo un chorro de agua",
        "se rompió el tubito de la lavadora y el agua ya va para la cocina",
    ],
)
def test_a_burst_hose_said_in_spanish_is_flooding(ctx: Callable[..., Context], text: str) -> None:
    assert Hazard.FLOODING in hazards(text, ctx(meaning=None))


def test_a_hose_for_the_garden_is_not(ctx: Callable[..., Context]) -> None:
    assert hazards("quiero cambiar la manguera del jardín, está vieja", ctx(meaning=None)) == set()


def test_the_businesss_own_words_also_name_the_hazard_for_its_advice(
    ctx: Callable[..., Context],
) -> None:
    words = (HazardRule("code red"),)
    text = "code red, the water heater tank split open and water is pouring across the basement"
    found = hazards(text, ctx(meaning=MODEL, tenant_hazards=words))
    assert Hazard.TENANT_DEFINED in found and Hazard.FLOODING in found


def test_the_businesss_own_words_alone_stay_as_they_were(ctx: Callable[..., Context]) -> None:
    words = (HazardRule("code red"),)
    found = hazards("code red, please call me back about the invoice", ctx(tenant_hazards=words))
    assert found == {Hazard.TENANT_DEFINED}


@pytest.mark.parametrize(
    "text",
    [
        "booking for my grandpa, he's 90 and frail, his bathroom faucet drips, weekdays only",
        "mi papá tiene 87 años y está en diálisis, se le tapó el fregadero",
    ],
)
def test_no_weather_hazard_is_read_into_a_turn_without_temperature(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(meaning=MODEL))
    assert not u.hazards
    assert u.triage is None or u.triage.value not in {
        Hazard.NO_AC_EXTREME_HEAT,
        Hazard.NO_HEAT_FREEZING,
    }


def test_an_old_person_in_the_heat_is_still_weighed(ctx: Callable[..., Context]) -> None:
    u = understand(
        "my mother is 89 and her apartment is like an oven since the unit quit",
        ctx(meaning=MODEL, trades=("hvac",)),
    )
    assert Hazard.NO_AC_EXTREME_HEAT in {h.value for h in u.hazards} or (
        u.triage is not None and u.triage.value is Hazard.NO_AC_EXTREME_HEAT
    )
