"""Names given with chatter around them: said first in one breath before the address, a lot or
where the caller is; before "that's my name"; after "put it under me"; as a form's label; said
twice, the second time whole (a married name replacing an old one); a supplier's contact; and
what is never a name: a lot, a day, a pronoun's clause, how a thing is, the equipment's make.
Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.engine.names import merged
from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting, **kw: object) -> str | None:
    u = understand(text, ctx(expecting=expecting, towns=("Mesa", "Decatur", "Houston"), **kw))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "expecting", "name"),
    [
        ("gina marchetti were at space nine forty one ten south power road", Expecting.CONFIRMATION,
         "Gina Marchetti"),
        ("tobias lindqvist lot eight twenty two oh one west broadway road", Expecting.TRIAGE,
         "Tobias Lindqvist"),
        ("harlan voss four four two one east university drive", Expecting.CONFIRMATION,
         "Harlan Voss"),
        ("yes ophelia tran we're in unit 12 at 880 north alma school road", Expecting.CONFIRMATION,
         "Ophelia Tran"),
        ("leticia barragan estamos en la traila del fondo 6100 airline lote 9", Expecting.NAME,
         "Leticia Barragan"),
        ("dorian pettibone have him ring me at this number", Expecting.NAME, "Dorian Pettibone"),
        ("okay i'll open the windows ingrid solberg that's my name the house is 412 elm",
         Expecting.CONFIRMATION, "Ingrid Solberg"),
        ("fine, it's hattie that's my name", Expecting.TIME, "Hattie"),
        ("maria de los angeles quiroga ese es mi nombre", Expecting.TIME,
         "Maria de los Angeles Quiroga"),
        ("put it under me thaddeus ruark r u a r k", Expecting.TIME, "Thaddeus Ruark"),
        ("Name: Priyanka Dasgupta. Address 44 Birch Ln", Expecting.TIME, "Priyanka Dasgupta"),
        ("Address 44 Birch Ln. Name Priyanka Dasgupta", Expecting.TIME, "Priyanka Dasgupta"),
        ("its just the old one its odessa vance", Expecting.NAME, "Odessa Vance"),
        ("its nwosu now adaeze nwosu", Expecting.NAME, "Adaeze Nwosu"),
        ("its pilar, pilar echeverria", Expecting.NAME, "Pilar Echeverria"),
        ("its junie she has the number", Expecting.NAME, "Junie"),
        ("put me down as rosalind kemp", Expecting.TIME, "Rosalind Kemp"),
        ("ay perdón salas es mi apellido de soltera póngalo como inés carrizales así está la casa",
         Expecting.TIME, "Inés Carrizales"),
        ("its marisol with a s quintanilla", Expecting.TIME, "Marisol Quintanilla"),
        ("its catrina with a c kowalski", Expecting.TIME, "Catrina Kowalski"),
        ("rogelio fuentes la casa es la 2210 de la calle harrisburg", Expecting.CONFIRMATION,
         "Rogelio Fuentes"),
        ("hi this is tamsin okoye wanna get the water heater flushed", Expecting.PROBLEM,
         "Tamsin Okoye"),
    ],
)  # fmt: skip
def test_a_name_with_chatter_around_it(
    ctx: Callable[..., Context], text: str, expecting: Expecting, name: str
) -> None:
    assert _name(ctx, text, expecting) == name, text


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("rheem tankless 2019 model", Expecting.CONFIRMATION),
        ("kitchen sink were in 4 days", Expecting.TIME),
        ("bradford white 50 gallons is leaking", Expecting.TRIAGE),
        ("ok thursday", Expecting.NAME),
        ("friday", Expecting.NAME),
        ("its wet", Expecting.TRIAGE),
        ("it's old", Expecting.TIME),
        ("book it as soon as you can", Expecting.TIME),
        ("a place with a c would be nice", Expecting.TIME),
        ("walter with an e please", Expecting.TIME),
        ("lot 12 at 5150 memorial drive", Expecting.CONFIRMATION),
        ("the boys were in the basement 2 hours", Expecting.TIME),
        ("its bradford white", Expecting.TRIAGE),
        ("it's a Rheem", Expecting.TIME),
        ("its Rheem", Expecting.TIME),
        ("bradford white", Expecting.TIME),
        ("the kitchen sink the house is 412 elm", Expecting.TIME),
    ],
)
def test_no_name_in_chatter(ctx: Callable[..., Context], text: str, expecting: Expecting) -> None:
    name = _name(ctx, text, expecting)
    assert name in (None, "Walter"), f"{text} -> {name}"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dwayne hollis lot twelve fifty one fifty memorial drive decatur", "Dwayne Hollis"),
        ("lorraine becket lot nineteen 2650 east main street mesa", "Lorraine Becket"),
        ("raymond bennett eleven nine oh four west one twenty ninth street", "Raymond Bennett"),
    ],
)
def test_a_lot_or_a_house_number_ends_the_name_before_the_street(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.CONFIRMATION) == name, text


@pytest.mark.parametrize(
    ("text", "name"), [("wei he", "Wei He"), ("its carol he knows the number", "Carol")]
)
def test_a_pronoun_ends_a_name_only_with_more_said_after_it(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.NAME) == name


def test_whom_to_ask_for_at_the_callers_business_is_the_caller(
    ctx: Callable[..., Context],
) -> None:
    text = (
        "This is Lone Star Plumbing Supply. The PEX fittings he ordered came in, pick up at "
        "our Katy branch after 9. Ask for Rudy"
    )
    u = understand(text, ctx(channel="sms"))
    assert u.name is not None and u.name.value == "Rudy"
    assert u.company is not None and u.company.value == "Lone Star Plumbing Supply"
    # Asking us for someone names nobody calling.
    asked = "hi this is Sunrise Apartments management, can I ask for Marcus"
    assert _name(ctx, asked, Expecting.NOTHING) is None


def test_a_married_name_said_whole_replaces_the_old_one(ctx: Callable[..., Context]) -> None:
    said = _name(ctx, "its nwosu now adaeze nwosu", Expecting.NAME)
    assert said is not None and merged("Adaeze Okoro", said) == "Adaeze Nwosu"


def test_a_make_asked_for_a_name_may_still_be_one(ctx: Callable[..., Context]) -> None:
    assert _name(ctx, "bryant", Expecting.NAME) == "Bryant"
    assert _name(ctx, "my name is Carrier", Expecting.TIME) == "Carrier"
