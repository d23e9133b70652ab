"""Sewage told by its signs in Spanish, as in English: water foul by its colour or smell
("agua café", "huele a caño") coming up where the house drains ("subiendo por la coladera")
is a sewage backup, paged by the rules alone with the sewage advice. Either part alone, or
brown water out of a shower head or a tap (rust in the supply), is no hazard. Phrasings
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Hazard, understand


@pytest.mark.parametrize(
    "text",
    [
        "está subiendo agua café por la coladera de la regadera y huele horrible a caño",
        "sale agua negra por la coladera del patio",
        "se está llenando la tina de agua sucia y apesta a drenaje",
        "el agua turbia brota del resumidero del sótano",
        "está regresando agua por el drenaje de la lavandería y huele a caca",
    ],
)
def test_foul_water_coming_up_a_drain_is_sewage(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx(meaning=None, language="es"))
    assert Hazard.SEWAGE_BACKUP in {h.value for h in u.hazards}, text
    assert u.emergency is not None and u.emergency.value
    assert "safety.sewage_backup" in u.guidance_keys


@pytest.mark.parametrize(
    "text",
    [
        # Rust in the supply: out of the shower head or the tap, not up a drain.
        "sale agua café de la regadera cuando me baño",
        "el agua de la llave sale café por las mañanas",
        # A smell alone, or a slow drain, is a drain to clean.
        "la coladera del baño huele feo a drenaje",
        "la regadera tarda en bajar y huele a caño",
        # Dirty water sitting, not coming up.
        "el fregadero tiene agua sucia que no se va",
        # In the past, and gone.
        "el año pasado subió agua negra por la coladera, ya lo arreglaron",
    ],
)
def test_either_part_alone_or_rusty_supply_is_no_sewage(
    ctx: Callable[..., Context], text: str
) -> None:
    u = understand(text, ctx(meaning=None, language="es"))
    assert Hazard.SEWAGE_BACKUP not in {h.value for h in u.hazards}, text
    assert not (u.emergency and u.emergency.value), text
