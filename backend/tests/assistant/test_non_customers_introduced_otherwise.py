"""Callers with word for the owner, introduced the ways they introduce themselves: an official
with the title before the name or the office named by its work, the owner's mother with the
relation after her name, a supply house named in Spanish or an order said to have come in, a
local crew asking for work, a note signed with a first name before the number. And their
look-alikes: customers who mention an inspector, a department or a supplier while asking for
their own job, and crews that sell labour after a storm. Every line was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Intent, understand
from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.note_signature import signed_first_name


def _intent(text: str, ctx: Callable[..., Context], language: str = "en") -> Intent | None:
    u = understand(text, ctx(language=language))
    return u.intent.value if u.intent else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the title before the name
        ("morning, this is inspector Dale Hutchins, I need the contractor for the final on the "
         "water heater permit at 88 Birch", "en"),
        ("i'm building inspector Okafor, calling about the rough-in on Sycamore", "en"),
        ("buenos días, le habla la inspectora Salinas, es sobre el permiso del calentador", "es"),
        # the office named by its work, with no city or county said
        ("hi it's Marco with the Lenexa building department, the final on Pine St is set for "
         "thursday", "en"),
        ("this is Priya Das from the Department of Buildings about the boiler permit on 5th Ave",
         "en"),
        ("Ellen Voss here, inspector with NYC Dept of Buildings, regarding the permit on Bell "
         "Blvd", "en"),
        ("hi this is Tom from the permit office, the gas line inspection needs to move", "en"),
        # the owner's family, the relation said after the name
        ("habla doña Lupe Ortega, la mamá de Ramiro, no me contesta el celular", "es"),
        ("soy Rosa Elena, la esposa de Miguel, tiene el teléfono apagado", "es"),
        ("this is Carol Baptiste, Dave's mother, he isn't answering his phone", "en"),
    ],
)  # fmt: skip
def test_an_official_or_family_introduced_otherwise_leaves_a_message(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.MESSAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("buenas tardes, habla Nicolás de Suministros del Norte, ya llegaron los tinacos que "
         "pidió el señor", "es"),
        ("le llamo de la ferretería Garza para avisarle al jefe que ya está su pedido", "es"),
        ("ya llegaron las válvulas que pidió, las puede pasar a recoger el lunes", "es"),
        ("hey it's Randy, the tankless he ordered came in, tell him it's at the counter", "en"),
    ],
)  # fmt: skip
def test_a_supplier_or_an_order_come_in_is_a_vendor(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.VENDOR


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # an inspector, a department or a paper from one, told by a customer
        ("the inspector said my panel has to be replaced before closing, can you come look",
         "en"),
        ("I talked with the building department and they said I need a licensed electrician "
         "for the panel", "en"),
        ("I got a letter from the department of buildings about my boiler, can someone come "
         "this week", "en"),
        ("someone from the permit office came by and said the water heater vent is wrong",
         "en"),
        ("el inspector dijo que el calentador no pasa, ¿pueden venir el lunes?", "es"),
        # a supplier or an order told by a customer
        ("I bought a faucet from the plumbing supply store, can you install it Thursday", "en"),
        ("ya llegó el calentador que pidió el técnico para mi casa, ¿cuándo lo instalan?", "es"),
        ("my water heater is leaking, I'm in the supply business myself, come tomorrow", "en"),
        # a customer's own mother calling for her own job
        ("habla la mamá de Rogelio, se me tapó el baño, ¿pueden venir hoy?", "es"),
    ],
)  # fmt: skip
def test_a_customer_who_mentions_them_is_still_a_customer(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) not in {Intent.MESSAGE, Intent.VENDOR}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hi, I run a plumbing crew of 4, licensed and insured. Looking for subcontract work "
         "this spring. Can the owner call me?", "en"),
        ("we're a local drywall and roofing crew looking for sub work, have our own trucks",
         "en"),
        ("tenemos dos cuadrillas, buscamos trabajo como subcontratistas", "es"),
    ],
)  # fmt: skip
def test_a_local_crew_asking_for_work_is_a_job_seeker(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.JOB_APPLICANT


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we're a roofing crew out of Tulsa, followed the storms up here, looking for sub work",
         "en"),
        ("hi from ProTrades Staffing, we place crews looking for subcontract work with local "
         "shops", "en"),
        ("somos una cuadrilla de otro estado, venimos por lo del granizo, buscamos trabajo como "
         "subcontratistas", "es"),
    ],
)  # fmt: skip
def test_labour_sold_after_a_storm_or_by_an_agency_is_still_a_pitch(
    text: str, language: str, ctx: Callable[..., Context]
) -> None:
    assert _intent(text, ctx, language) is Intent.SALES


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Looking for subcontract work. Can the owner call me? Alejandro 678-555-0144",
         "Alejandro"),
        ("Order's ready at the counter. Thanks, Marisol 832-555-0102", "Marisol"),
        ("Looking for work as a helper. Ximena, 832 555 0177", "Ximena"),
    ],
)  # fmt: skip
def test_a_note_signed_with_a_first_name_names_the_caller(text: str, name: str) -> None:
    assert signed_first_name(normalise(text)) == name


@pytest.mark.parametrize(
    "text",
    [
        "looking for work, alejandro 678-555-0144",  # no capital: spoken, or not a signature
        "Can the owner call me? Thanks 678-555-0144",
        "Call me back. Cel 832 555 0101",
        "Mike, 3 guys available",  # a count, not a number to call
        "Need it done by Friday. Tomorrow 832 555 0101",
    ],
)
def test_other_words_before_a_number_sign_nothing(text: str) -> None:
    assert signed_first_name(normalise(text)) is None
