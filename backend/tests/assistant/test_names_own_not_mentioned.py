"""The caller's name is the one they give for themselves: not a tenant they mention beside it,
not a role ("I'm the landlord"), not a person they ask for; a name put right after an apology
or autocorrect replaces the one taken; a name spelled letter by letter keeps the first name
said before it and the surname said after it; "ask for ..." after the number they leave is
whom to ask for there."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.name_repair import put_right


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting = Expecting.TIME) -> str:
    u = understand(text, ctx(expecting=expecting))
    return u.name.value if u.name else ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Priya Raman. The duplex is on Elm, the tenant is Carlos and he works nights",
         "Priya Raman"),
        ("hi, Marcus Feld. the homeowner is Agnes Thorpe, she'll be there", "Marcus Feld"),
        ("Soy Raúl Ortega. La inquilina es María, ella les abre la puerta", "Raúl Ortega"),
    ],
)  # fmt: skip
def test_the_caller_who_opens_with_their_name_is_not_the_tenant_they_mention(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yes. The tenant is Maria Lopez", "Maria Lopez"),
        ("Buyer is Sunil Raghunathan, the house is at 12 Elm St", "Sunil Raghunathan"),
    ],
)
def test_a_person_named_by_role_alone_still_goes_on_the_visit(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


@pytest.mark.parametrize(
    "text", ["i'm the landlord", "im the property manager", "we're the tenants", "I'm the owner"]
)
def test_a_role_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text, Expecting.NAME) == ""


def test_a_role_then_the_name_is_the_name(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "I'm the landlord, Gary Olsen", Expecting.NAME) == "Gary Olsen"


@pytest.mark.parametrize(
    ("before", "text", "name"),
    [
        ("Tamara Whitley", "whoops, sorry! I gave my old name. It's Henderson now. Tamara "
         "Henderson", "Tamara Henderson"),
        ("Neve Gallagher", "ugh autocorrect again. Niamh Gallagher", "Niamh Gallagher"),
        ("Darnel Okoye", "my bad, typo. Darnell Okoye", "Darnell Okoye"),
        ("Rosa Ibáñez", "Perdón, me equivoqué. Rosa Ibarra", "Rosa Ibarra"),
    ],
)  # fmt: skip
def test_a_name_put_right_after_an_apology_replaces_the_one_taken(
    before: str, text: str, name: str
) -> None:
    assert put_right(before, text) == name


@pytest.mark.parametrize(
    ("before", "text"),
    [
        ("Kwame Baptiste", "none of those work sorry, thurs or fri?"),
        ("Nate Osei", "Wait sorry that's my office. Home is 7412 W 143rd St, Overland Park"),
        ("Dana Ruiz", "sorry to bother you so late. Kitchen sink is leaking"),
        ("Dana Ruiz", "Dana Ruiz. sorry, Thursday works"),
        ("Dana Ruiz", "Kayla Henderson"),  # no apology: no correction of the name
        (None, "oops sorry. Kayla Henderson"),
    ],
)
def test_an_apology_that_puts_no_name_right(before: str | None, text: str) -> None:
    assert put_right(before, text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gordon pfeiffer p f e i f f e r", "Gordon Pfeiffer"),
        ("yeah its tom okafor o k a f o r", "Tom Okafor"),
        ("Ugh, autocorrect. Siobhan. S-I-O-B-H-A-N O'Driscoll", "Siobhan O'Driscoll"),
        ("siobhan s i o b h a n last name odriscoll", "Siobhan Odriscoll"),
        ("it's K-A-Y-L-A, last name Henderson", "Kayla Henderson"),
        ("K-A-Y-L-A, apellido Henderson", "Kayla Henderson"),
        ("me llamo x i m e n a paredes", "Ximena Paredes"),
        ("soy ximena x i m e n a paredes", "Ximena Paredes"),
    ],
)
def test_a_spelled_name_keeps_the_parts_said_around_it(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the sink is leaking okafor o k a f o r", "Okafor"),
        ("No, it's Jon, J-O-N. Kitchen sink.", "Jon"),
        ("jon j o n sink is clogged", "Jon"),
    ],
)
def test_everyday_words_around_a_spelling_stay_out_of_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name


def test_letters_of_a_part_are_no_name(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "G F C I outlet keeps tripping") == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The breaker box is warm. Phone is 720-555-0148, ask for Delphine Marchetti.",
         "Delphine Marchetti"),
        ("call 303 555 0112 and ask for Warren", "Warren"),
        ("call 303 555 0112, ask for Warren when you get there", "Warren"),
        ("llamen al 713 555 0142 y pregunten por Araceli Domínguez", "Araceli Domínguez"),
    ],
)  # fmt: skip
def test_whom_to_ask_for_at_the_number_left_is_the_caller(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name


@pytest.mark.parametrize(
    "text",
    [
        "can I ask for Warren Lidstrom",
        "I'd like to ask for Warren Lidstrom, my number is 303-555-0112",
        "my number is 303-555-0112 can I speak to Warren Lidstrom",
        "my number is 303 555 0112 ask for the manager",
        "ask for Warren Lidstrom",
    ],
)
def test_asking_us_for_someone_names_nobody_calling(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text) == ""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("se reventó el tubo estamos en el 7803 de la calle telephone en houston soy araceli "
         "domínguez", "Araceli Domínguez"),
        ("gotea el calentador, soy eusebio marroquín", "Eusebio Marroquín"),
    ],
)  # fmt: skip
def test_soy_and_a_full_name_late_in_a_spoken_turn(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(language="es"))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "se tapó el baño soy dueña de la casa",
        "se tapó el baño y soy yo la que paga",
        "hay una fuga soy inquilina del edificio",
    ],
)
def test_soy_and_what_one_is_names_nobody(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(language="es")).name is None
