"""Something still giving shocks, said in Spanish the way it is said ("la secadora nos está
dando toques", "la llave del lavabo da toques", "a mi esposo le acaba de dar uno fuerte"), is an
electric shock hazard now; shocks told in the past and fixed, or a joke's "da risa", are not.
Every line here was written for this file."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, understand


def _emergency(ctx: Callable[..., Context], text: str) -> bool:
    u = understand(text, ctx(language="es", trades=("electrical",)))
    return bool(u.emergency and u.emergency.value)


@pytest.mark.parametrize(
    "text",
    [
        "la secadora nos está dando toques cada vez que la tocamos",
        "oiga la llave del lavabo da toques cuando la abro",
        "el refri sigue dando descargas, a mi hijo le acaba de dar una",
    ],
)
def test_shocks_still_given_are_an_emergency(ctx: Callable[..., Context], text: str) -> None:
    assert _emergency(ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "el año pasado la secadora daba toques pero ya la arreglaron, quiero un contacto nuevo",
        "quiero poner un contacto para la secadora nueva, la vieja daba toques y la tiramos",
    ],
)
def test_shocks_in_the_past_are_not(ctx: Callable[..., Context], text: str) -> None:
    assert not _emergency(ctx, text)
