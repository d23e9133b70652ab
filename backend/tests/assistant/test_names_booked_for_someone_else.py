"""A visit booked for someone else: the name of the person it is for is the booking's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Need the water heater looked at, it's for Marguerite Oyelaran at 44 Elm St",
         "Marguerite Oyelaran"),
        ("the appointment is for Bertrand Achebe, I'm just his nephew", "Bertrand Achebe"),
        ("My dad's tub drain is slow. His name is Walt Brzezinski, he lives alone.",
         "Walt Brzezinski"),
        ("for my grandmother, her name's Ines Palacios, she can't hear the phone",
         "Ines Palacios"),
        ("el baño de mi suegra gotea, ella se llama Herminia Robles", "Herminia Robles"),
        ("mi papá vive solo, se llama Anselmo Quiroga y no oye bien", "Anselmo Quiroga"),
        ("la cita es para Refugio Cantú, yo soy su vecina", "Refugio Cantú"),
    ],
)  # fmt: skip
def test_the_person_the_visit_is_for_is_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name, text


@pytest.mark.parametrize(
    "text",
    [
        "it's for Tuesday if you still have it",
        "It's for the kitchen sink, it drains slow",
        "its for the upstairs bathroom",
        "it's for Monday morning",
        "it's for faucet install",
        "es para mañana temprano",
        "es para cambiar el calentador",
        # No visit for a relative said: whoever lets the tech in is not the booking's name.
        "her name is Rosa, she'll let him in",
        "ella se llama Rosa, ella le abre",
    ],
)
def test_what_a_visit_is_for_is_no_name(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx(expecting=Expecting.TIME)).name is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ella se llama consuelo ybarra", "Consuelo Ybarra"),
        ("ella se llama amparo soto y vive sola", "Amparo Soto"),
        ("el se llama Teodoro Manríquez, es mi tío", "Teodoro Manríquez"),
        ("her name is Odalys Fairweather", "Odalys Fairweather"),
        ("his name's Lucius Abernathy-Cole", "Lucius Abernathy-Cole"),
    ],
)  # fmt: skip
def test_a_turn_that_names_the_person_spoken_of_before(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name, text


def test_a_name_said_of_someone_later_in_a_turn_is_not_the_booking(
    ctx: Callable[..., Context],
) -> None:
    u = understand("el tecnico de la otra vez, se llama Joel Barraza, fue muy amable", ctx())
    assert u.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dishwasher won't drain, water sits in the bottom. 58 Cedar Ln, Hoboken NJ. "
         "Wendell Achterberg, 201-555-0148", "Wendell Achterberg"),
        ("El lavabo del baño está tapado. Calle Pine 455, Houston. "
         "Marisol Quintanilla-Ruiz, 713 555 0190",
         "Marisol Quintanilla-Ruiz"),
    ],
)  # fmt: skip
def test_a_message_signed_off_with_a_name_and_phone(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(channel="web"))
    assert u.name is not None and u.name.value == name, text


def test_everyday_words_before_a_phone_number_are_no_name(ctx: Callable[..., Context]) -> None:
    u = understand("Sink is clogged. Call back please, 201-555-0148", ctx(channel="web"))
    assert u.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("it's for my mom Bettye Lowe, 345 Whitlock Ave Marietta", "Bettye Lowe"),
        ("the visit is for my father, Hal Brody", "Hal Brody"),
        ("booking it for my grandma Odessa Pruitt, she's at 9 Elm", "Odessa Pruitt"),
        ("es para mi mamá Remedios Alvarado, 12 calle Luna", "Remedios Alvarado"),
        ("es para mi suegro Anselmo Quiroga", "Anselmo Quiroga"),
    ],
)
def test_the_relative_named_right_after_is_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx())
    assert u.name is not None and u.name.value == name, text


@pytest.mark.parametrize(
    "text",
    [
        "it's for my mom's house on Elm",
        "this is for my son his room is cold",
        "it's for my daughter upstairs",
        "es para mi mamá que vive sola",
    ],
)
def test_a_relative_with_no_name_after_names_nobody(ctx: Callable[..., Context], text: str) -> None:
    u = understand(text, ctx())
    assert u.name is None, text
