"""Names said out of turn, said twice, typed with their own spelling, or not said at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("naomi feldstein", "Naomi Feldstein"),
        ("sure its cheryl ogunbanjo", "Cheryl Ogunbanjo"),
        ("yeah it's Marta Kowalewski", "Marta Kowalewski"),
        ("Lucia Ferreira-Banks", "Lucia Ferreira-Banks"),
        ("jose luis cardenas", "Jose Luis Cardenas"),
    ],
)
def test_a_name_said_while_a_time_was_asked_is_taken(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    ["next week sometime", "go ahead", "sounds good", "thursday at two", "all good", "hmm",
     "kitchen sink", "either works", "hold on", "excuse me", "doesn't matter", "speak up",
     "cualquier día", "me da igual", "oiga señorita"],
)  # fmt: skip
def test_short_answers_out_of_turn_are_not_names(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None


def test_a_name_of_everyday_words_is_taken_when_asked_for(ctx: Callable[..., Context]) -> None:
    assert understand("mark smith", ctx(expecting=Expecting.TIME)).name is None
    u = understand("mark smith", ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Mark Smith"


def test_two_words_for_the_job_are_not_a_name(ctx: Callable[..., Context]) -> None:
    assert understand("gutter guards", ctx(expecting=Expecting.PROBLEM)).name is None


@pytest.mark.parametrize("text", ["yes thank you", "si asi es", "y", "yes, confirmed"])
def test_agreeing_when_the_name_was_asked_is_not_a_name(
    ctx: Callable[..., Context], text: str
) -> None:
    assert understand(text, ctx(expecting=Expecting.NAME)).name is None


def test_the_name_to_book_under_beats_one_said_in_passing(ctx: Callable[..., Context]) -> None:
    text = "uh its theo and bridget vance put it under theo vance"
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Theo Vance"


def test_under_contract_is_not_a_name(ctx: Callable[..., Context]) -> None:
    u = understand("We're under contract on a 1940s house, I'm Jasmine Tran", ctx())
    assert u.name is not None and u.name.value == "Jasmine Tran"
    assert understand("we're under contract on a house", ctx()).name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Luis Carrasco 720-555-0171. thanks!", "Luis Carrasco"),
        ("great. Tomasz Nowak 812 Manhattan Ave Brooklyn", "Tomasz Nowak"),
        ("Trina Castellanos, 1450 E Santa Fe St Olathe", "Trina Castellanos"),
    ],
)
def test_a_name_before_a_number_or_an_address(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lorna mcallister", "Lorna McAllister"),
        ("colleen o'brien", "Colleen O'Brien"),
        ("Brandon Lee-Oduya", "Brandon Lee-Oduya"),
        ("DANA SMITH", "Dana Smith"),
        ("maría lópez", "María López"),
    ],
)
def test_a_heard_name_is_written_the_way_names_are(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("oops autocorrect - Katherine with a K", "Katherine"),
        ("its smith with an i", "Smith"),
        ("yesenia con y", "Yesenia"),
    ],
)
def test_a_name_spelled_out_is_heard(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_a_job_with_a_letter_is_not_a_name(ctx: Callable[..., Context]) -> None:
    assert understand("a faucet with a drip", ctx()).name is None


def test_a_name_before_the_words_for_a_number(ctx: Callable[..., Context]) -> None:
    text = "kyle jankowski and the number is eight one six five five five zero one nine eight"
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == "Kyle Jankowski"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ponga la cita a nombre de ella rosa fuentes", "Rosa Fuentes"),
        ("a nombre de mi esposo carlos ruiz", "Carlos Ruiz"),
        ("put it under my mom's name rosa fuentes", "Rosa Fuentes"),
        ("it's under the name of dana smith", "Dana Smith"),
    ],
)
def test_the_name_a_booking_goes_under(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name and u.name.confidence >= 0.8


def test_someone_elses_name_said_in_passing_is_still_not_the_callers(
    ctx: Callable[..., Context],
) -> None:
    assert understand("the tenant's name is Luis", ctx()).name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("this is Dr. Patel", "Dr. Patel"),
        ("soy la señora Martínez", "Señora Martínez"),
        ("my name is Anne-Marie O'Neill", "Anne-Marie O'Neill"),
        ("me llamo José Ángel Núñez", "José Ángel Núñez"),
        ("my name is dana smith kitchen sink is clogged", "Dana Smith"),
        ("Kevin, K-E-V-I-N", "Kevin"),
        ("last name is Okonkwo, first name Chidi", "Chidi Okonkwo"),
        ("mi nombre es ana y mi apellido es ruiz", "Ana Ruiz"),
    ],
)
def test_names_as_people_say_them(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name


def test_a_number_read_in_groups_with_pauses(ctx: Callable[..., Context]) -> None:
    u = understand("call me back at eight one six, five five five, oh one two three", ctx())
    assert u.phone is not None and u.phone.value == "+18165550123"


def test_a_name_before_a_spanish_address(ctx: Callable[..., Context]) -> None:
    u = understand("Lucía Fernández Ortega, calle Pine 455", ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == "Lucía Fernández Ortega"
    assert u.address is not None and u.address.value.line1 == "455 Pine Street"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("its for my rental, tenant is Marcus Bell at 88 Pine St, I'm the landlord Gary Olsen",
         "Gary Olsen"),
        ("this is the property manager, Dana Ruiz", "Dana Ruiz"),
        ("soy la dueña, Marta Gil", "Marta Gil"),
    ],
)  # fmt: skip
def test_the_caller_who_says_who_they_are_to_the_place(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    ["this is the owner of the house", "I'm the tenant here", "there's a g f c i plug that's dead"],
)
def test_roles_and_spelled_parts_are_not_names(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None


def test_a_whole_name_spelled_when_asked(ctx: Callable[..., Context]) -> None:
    text = "yeah w a l t e r and brzezinski is b r z e z i n s k i"
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == "Walter Brzezinski"


@pytest.mark.parametrize(
    "text",
    ["my last name is Ruiz", "and the last name's Kaczmarek", "surname is Ruiz", "apellido Ruiz"],
)
def test_a_last_name_said_as_such(text: str) -> None:
    from switchboard.assistant.understanding.name_completed import said_last_name
    from switchboard.assistant.understanding.normalise import normalise

    assert said_last_name(normalise(text).text)
    assert not said_last_name(normalise("first name Ana, last name Ruiz").text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi, Oksana Berezovsky-Hale. I need to move my furnace visit", "Oksana Berezovsky-Hale"),
        ("Hola, Inés Barragán, se me tapó el fregadero", "Inés Barragán"),
        ("hey there. Thaddeus Okwuosa. my water heater is making a popping noise",
         "Thaddeus Okwuosa"),
    ],
)  # fmt: skip
def test_a_name_said_as_a_clause_after_the_opening_greeting_is_taken(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.PROBLEM))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    "text",
    [
        "Hello, quick question. Do you do gas lines?",
        "Hi, Rapid Rooter. My kitchen drain is backed up",
        "hi, kitchen sink. it won't drain",
        "Hi, the water heater is leaking",
    ],
)
def test_what_follows_a_greeting_is_not_always_a_name(
    ctx: Callable[..., Context], text: str
) -> None:
    context = replace(ctx(expecting=Expecting.PROBLEM), business_name="Rapid Rooter Plumbing")
    assert understand(text, context).name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gunnar and ellen haugland", "Gunnar Haugland"),
        ("rosa y tomás peralta", "Rosa Peralta"),
        ("kitchen and bathroom sink", None),
        ("tuesday and thursday mornings", None),
        ("heat and hot water", None),
        ("mark and ellen", None),
    ],
)
def test_a_couple_under_one_surname_said_out_of_turn(
    ctx: Callable[..., Context], text: str, name: str | None
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert (u.name.value if u.name else None) == name, text
