"""A Spanish-speaking caller of a business whose catalogue is in English hears the job in
Spanish at the read-back ("Para confirmar: Reparación de calentador de agua el martes..."),
never the English name; a name the glossary cannot say whole ("Spray foam insulation") is
never half-translated: the caller hears "una visita". Our own catalogue names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from switchboard.assistant.engine.service_names import in_language
from switchboard.assistant.engine.world import ServiceInfo
from tests.assistant_engine.test_conversations import FACTS, talk, world


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Water heater repair", "Reparación de calentador de agua"),
        ("Outlet and switch repair", "Reparación de contactos y apagadores"),
        ("Annual AC tune-up", "Mantenimiento de aire acondicionado"),
        ("Ceiling fan installation", "Instalación de ventilador de techo"),
        ("Gutter cleaning", "Limpieza de canaletas"),
        ("Garbage disposal", "Triturador de basura"),
    ],
)
def test_a_catalogue_name_said_in_spanish(name: str, said: str) -> None:
    assert in_language(name, "es") == said


@pytest.mark.parametrize("name", ["Spray foam insulation", "Emergency leak or burst pipe", ""])
def test_a_name_with_an_unknown_word_is_not_guessed(name: str) -> None:
    assert in_language(name, "es") is None


async def test_the_spanish_read_back_names_the_job_in_spanish() -> None:
    w = world()
    lines = ["hola, el calentador de agua ya no calienta", "el miércoles en la mañana",
             "la primera", "me llamo Rosa Diaz, 12 Oak St, Olathe"]  # fmt: skip
    state, replies = await talk(w, lines)
    assert state.language == "es" and state.service_id == "water_heater", replies
    assert replies[-1].startswith(
        "Para confirmar: Reparación de calentador de agua el miércoles"
    ), replies
    assert "Water heater" not in replies[-1]


async def test_a_name_the_glossary_cannot_say_is_a_visit() -> None:
    facts = replace(
        FACTS,
        services=(ServiceInfo("foam", "Spray foam insulation", ("insulation", "aislante")),),
    )
    w = world()
    lines = ["necesito aislante en el ático", "el miércoles en la mañana", "la primera",
             "me llamo Rosa Diaz, 12 Oak St, Olathe"]  # fmt: skip
    state, replies = await talk(w, lines, facts=facts)
    assert state.language == "es" and state.service_id == "foam", replies
    assert replies[-1].startswith("Para confirmar: una visita el miércoles"), replies
