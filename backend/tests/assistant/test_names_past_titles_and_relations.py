"""A caller's name said with what they are: an office or a courtesy title before a first and
last name is left out ("Inspector Ray Collins", "la señora Carmen Hernández"; one name keeps
it, "Dr. Patel"), a relation to someone is never part of the name ("Rick's wife Angela", "la
esposa de Rick, Angela"), a company after "de" ends the name ("Ramiro de Suministros del
Golfo"), "porque" is no name, and "under her name ..." with the name said at the end of the
turn is that name. Every sentence here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


def _name(ctx: Callable[..., Context], text: str) -> str | None:
    u = understand(text, ctx(expecting=Expecting.NOTHING))
    return u.name.value if u.name else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi this is inspector dolores finch from codes enforcement", "Dolores Finch"),
        ("this is Detective Sam Okoro, calling about a break-in report", "Sam Okoro"),
        ("hola habla el licenciado Arturo Medina de la notaría", "Arturo Medina"),
        ("this is Mrs. Joan Whitley, I had a question", "Joan Whitley"),
        ("bueno, sí, habla la señora Rosario Ybarra", "Rosario Ybarra"),
        ("this is Dr. Patel", "Dr. Patel"),  # one name keeps its title
        ("this is Don Keller", "Don Keller"),  # Don is a given name too
    ],
)
def test_titles_before_a_first_and_last_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi it's Marco's wife Teresa, can he call me back", "Teresa"),
        ("this is his mom, Beverly Stone", "Beverly Stone"),
        ("Hello, this is Dale's brother Wes, he left his charger here", "Wes"),
        ("habla la esposa de Rogelio, Yolanda", "Yolanda"),
        ("soy su hija Marisela Cortez", "Marisela Cortez"),
        ("hola soy la mamá de Beto, Carmen Ruiz", "Carmen Ruiz"),
    ],
)
def test_a_relation_before_the_name(ctx: Callable[..., Context], text: str, name: str) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "this is Marco's wife, his phone is off",  # who she is, no name
        "this is Dale's plumber",
        "hola soy la esposa de Rogelio y no contesta",
        "porque no vinieron ayer",
    ],
)
def test_no_name_said(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text) is None, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("habla Octavio de Materiales Monterrey, ya llegó su pedido", "Octavio"),
        ("soy Leticia de Refaccionaria López", "Leticia"),
    ],
)
def test_a_company_after_de_ends_the_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mejor a nombre de ella porque ella va a estar, Aurelia Pineda", "Aurelia Pineda"),
        ("póngalo a nombre de mi esposo porque él abre, Rubén Ibarra", "Rubén Ibarra"),
        ("put it under my dad's name since he'll be home, Walter Kimura", "Walter Kimura"),
    ],
)  # fmt: skip
def test_whose_name_then_the_name_at_the_end(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    "text",
    [
        "put it under her name because she will be home all day",
        "pongalo a nombre de ella porque ella va a estar en la casa en la tarde",
    ],
)
def test_whose_name_without_the_name(ctx: Callable[..., Context], text: str) -> None:
    assert _name(ctx, text) is None, text
