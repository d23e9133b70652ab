"""Two kinds of caller who are not reporting trouble at a home. An official from a public
utility's or health office ("with the city of Ellsworth water department", "de obras públicas")
has paperwork for the owner: a message, never a booking, while a customer who only mentions
such an office still books. And hazard words told as someone's line of work ("I did three
years of emergency flood calls for a restoration company") name no hazard here: nothing
pages, while a hazard said beside the work ("... and now my own basement is flooding") still
does. Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, Intent, understand
from switchboard.assistant.understanding.normalise import normalise


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hi this is Gwen Ito with the city of Ellsworth water department calling for the owner",
         "en"),
        ("Dana here from Tarrant County public health about the grease trap log he sent", "en"),
        ("this is Lou from the county environmental health department, about a septic permit",
         "en"),
        ("morning, Rick Salas here with public works, about the sewer tap paperwork", "en"),
        ("buenas, le hablo del departamento de agua de la ciudad, por el reporte de la prueba",
         "es"),
        ("soy Marcos Ibarra, de obras públicas, necesito hablar con el dueño", "es"),
    ],
)  # fmt: skip
def test_a_utility_office_calling_leaves_a_message(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.MESSAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the city water department shut off my water and now the pipe under the sink leaks",
         "en"),
        ("I got a call from the water department, they said the leak is on my side", "en"),
        ("this is Ann, the water department said I need a backflow preventer installed", "en"),
        ("hi this is Bob, I work for the city water department, my kitchen sink is clogged",
         "en"),
        ("hola soy Rosa, el departamento de agua me dijo que tengo una fuga", "es"),
    ],
)  # fmt: skip
def test_a_customer_who_mentions_a_utility_office_is_no_official(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is not Intent.MESSAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'm Tomas Reyes, before that I did three years of emergency flood calls for a "
         "restoration company", "en"),
        ("I've got five years of fire and water restoration work with a disaster outfit", "en"),
        ("I used to do emergency sewage cleanup for a franchise downtown", "en"),
        ("I have experience in flood mitigation and emergency response", "en"),
        ("trabajé cuatro años en una compañía de restauración de incendios", "es"),
        ("hice tres años de llamadas de emergencia por inundaciones", "es"),
    ],
)  # fmt: skip
def test_hazards_told_as_a_line_of_work_page_nobody(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    u = understand(text, ctx(language=language, expecting=Expecting.NAME))
    assert not (u.emergency and u.emergency.value) and not u.hazards


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I do flood restoration for a living and now my own basement is flooding", "en"),
        ("I work for a restoration company and this is an emergency, water is pouring through "
         "my ceiling", "en"),
        ("we did some work on the gas line and now I smell gas in the kitchen", "en"),
        ("three months of flooding now and the basement is flooding again right now", "en"),
        ("trabajo en una compañía de gas y ahorita huele mucho a gas en mi casa", "es"),
    ],
)  # fmt: skip
def test_a_hazard_said_beside_the_work_still_pages(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    u = understand(text, ctx(language=language))
    assert u.emergency is not None and u.emergency.value


@pytest.mark.parametrize(
    ("text", "pointed"),
    [
        ("the one I'm calling from is fine", True),
        ("yeah my number is the one im calling from thanks", True),
        ("you can reach me at this number", True),
        ("he's got my cell", True),
        ("al mismo del que le hablo", True),
        ("ya tiene mi número", True),
        ("the driver needs room for the lift at the shop", False),
        ("I'm calling from the jobsite", False),
        ("this one is about the Pine Street permit", False),
    ],
)
def test_a_number_pointed_at_rather_than_said(text: str, pointed: bool) -> None:
    from switchboard.assistant.understanding.number_pointed_at import number_pointed_at

    assert number_pointed_at(normalise(text)) is pointed
