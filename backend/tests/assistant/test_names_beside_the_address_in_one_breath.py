"""A name said beside the address in one spoken breath: with "it's" or who the caller is to
the place between them ("brianna kowalczyk its 1109 ...", "reginald byrd im her son its ...",
"Alina Petrosyan, it's his place: ..."), after a time or an answer said first ("wednesday at
three is good troy mabry 5321 ..."), or as the last two words after the street and town
when neither is an everyday word, a served town or a state ("... scott boulevard decatur
latoya simmons"). The street's name said before its number ("its chapel street 552 chapel
street") and "es" before the number ("me llamo rosa jiménez es el ...") are no part of a name.
Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand

_TOWNS = ("Kansas City", "Overland Park", "Olathe")


def _name(ctx: Callable[..., Context], text: str, expecting: Expecting) -> str | None:
    u = understand(text, ctx(expecting=expecting, towns=_TOWNS))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ingrid solberg its four twelve west elm street in olathe", "Ingrid Solberg"),
        ("ingrid solberg it is 412 west elm street", "Ingrid Solberg"),
        ("desmond achebe im her son its 1745 lakewood avenue", "Desmond Achebe"),
        ("priya raman i'm the owner 15020 w 150th ter", "Priya Raman"),
        ("Alina Petrosyan, it's his place: 108-20 71st Ave", "Alina Petrosyan"),
        ("soy rodolfo treviño su hijo es el 1508 de la avenida d", "Rodolfo Treviño"),
    ],
)
def test_a_name_then_what_introduces_the_address(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("friday at ten is good sven lindqvist 5321 north oak avenue", "Sven Lindqvist"),
        ("monday works okafor adaeze 7720 state line road", "Okafor Adaeze"),
        ("nine oclock tuesday dominika wrobel 822 whitlock avenue", "Dominika Wrobel"),
    ],
)
def test_a_name_after_the_time_before_the_address(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "for my tenant maria lopez 123 main street",
        "my mom rosa diaz its 123 main street",
        "its my moms house 123 main street",
        "tomorrow at 9 the kitchen sink 123 main street",
        "the water is coming in its 123 main street",
        "thursday at two works for me 123 main street",
    ],
)
def test_no_name_before_the_address(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text, Expecting.TIME) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("two forty one smith street brooklyn nkechi mahoney", "Nkechi Mahoney"),
        ("fourteen oh six scott boulevard decatur latoya simmons", "Latoya Simmons"),
        ("mil quinientos ocho avenue d katy rodolfo treviño", "Rodolfo Treviño"),
    ],
)
def test_a_name_ending_the_breath_after_the_street(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "241 smith street brooklyn new york",
        "1406 scott boulevard decatur ga",
        "1406 scott boulevard tucker georgia",
        "123 main street olathe kansas",
        "123 main street overland park",
        "123 main street near the park",
        "1406 scott boulevard olathe",
    ],
)
def test_towns_and_states_after_the_street_are_no_name(
    ctx: Callable[..., Context], text: str
) -> None:
    assert _name(ctx, text, Expecting.TIME) is None, text


def test_the_street_said_before_its_number_is_no_name(ctx: Callable[..., Context]) -> None:
    text = "wait no not church its chapel chapel street five fifty two chapel street"
    assert _name(ctx, text, Expecting.TIME) is None
    assert _name(ctx, "Dana Lane, 12 Elm St", Expecting.TIME) == "Dana Lane"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me llamo rosa jiménez es el ciento cuatro de roosevelt avenue", "Rosa Jiménez"),
        ("soy ana es para mañana", "Ana"),
    ],
)
def test_es_ends_a_spanish_name(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert _name(ctx, text, Expecting.NAME) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("need an ac tune up, Kim Lutz, 8700 E Via de Ventura. any day next week", "Kim Lutz"),
        ("need an ac tune up, kim lutz, 8700 e via de ventura", None),
        ("The Kitchen Sink, 2000 gallons", None),
        ("Two Heaters, 1200 each", None),
    ],
)
def test_a_typed_name_before_a_house_number_of_a_street_not_known(
    ctx: Callable[..., Context], text: str, name: str | None
) -> None:
    assert _name(ctx, text, Expecting.TIME) == name, text
