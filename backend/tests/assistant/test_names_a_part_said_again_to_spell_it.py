"""The last part of the name said again at once to spell it ("ellen vasquez, vasquez with a
z", "rosa ibarra ibarra con be grande") keeps the whole name said before it; a name said anew
("es gallardo, ruperto gallardo con doble ele") is that name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("its nadia ruiz ruiz with a z, 40 elm street", "Nadia Ruiz"),
        ("gloria vasquez, vasquez with a z", "Gloria Vasquez"),
        ("me llamo rosa ibarra ibarra con be grande", "Rosa Ibarra"),
        ("this is brenda kowalczyk kowalczyk with a y", "Brenda Kowalczyk"),
    ],
)
@pytest.mark.parametrize("expecting", [Expecting.NAME, Expecting.NOTHING])
def test_the_whole_name_is_kept(
    ctx: Callable[..., Context], text: str, name: str, expecting: Expecting
) -> None:
    u = understand(text, ctx(expecting=expecting))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("its ruiz with a z", "Ruiz"),
        ("catrina with a c kowalski", "Catrina Kowalski"),
        ("walter greene with an e on the end", "Walter Greene"),
        ("no perdon es gallardo ruperto gallardo con doble ele", "Ruperto Gallardo"),
    ],
)
def test_a_name_spelled_once_is_unchanged(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.NAME))
    assert u.name is not None and u.name.value == name
