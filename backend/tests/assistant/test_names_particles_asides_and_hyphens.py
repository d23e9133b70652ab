"""Names with a one-letter particle surname ("Cárdenas de la O", never the "o sea" of a
Spanish speaker), a name followed by an aside in brackets about its origin ("Fiona Ni Bhriain
(irish spelling, ...)") and a hyphenated given name typed and then spelled ("Sung-min Yoo
(S-U-N-G dash M-I-N ...)"); a phone's area code in brackets stays with its number."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand
from switchboard.assistant.understanding.normalise import normalise


@pytest.mark.parametrize(
    ("text", "name", "language", "channel"),
    [
        ("buenas tardes mire soy josefina cárdenas de la o vivo en el nueve mil doscientos de "
         "gessner road", "Josefina Cárdenas de la O", "es", "voice"),
        ("a nombre de josefina de la o", "Josefina de la O", "es", "voice"),
        ("Fiona Ni Bhriain (irish spelling, N-I then B-H-R-I-A-I-N), 61-15 98th St Apt 11F, "
         "Rego Park", "Fiona Ni Bhriain", "en", "web"),
        ("I'd like a Nest thermostat installed. Name: Sung-min Yoo (S-U-N-G dash M-I-N, last "
         "name Y-O-O). Address: 35-40 82nd St, Apt 5C", "Sung-min Yoo", "en", "sms"),
    ],
)  # fmt: skip
def test_the_name_is_read_whole_and_no_further(
    ctx: Callable[..., Context], text: str, name: str, language: str, channel: str
) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME, language=language, channel=channel))
    assert u.name is not None and u.name.value == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("me llamo leticia arriaga de la fuente", "Leticia Arriaga de la Fuente"),
        ("Name: Ingeborg Halvorsen-Pike", "Ingeborg Halvorsen-Pike"),
        ("Jan, J-A-N, Pettersen", "Jan Pettersen"),
        ("Ugh autocorrect. Siobhan. S-I-O-B-H-A-N O'Driscoll", "Siobhan O'Driscoll"),
    ],
)
def test_look_alikes_read_as_before(ctx: Callable[..., Context], text: str, name: str) -> None:
    u = understand(text, ctx(expecting=Expecting.TIME))
    assert u.name is not None and u.name.value == name


def test_o_sea_is_no_surname(ctx: Callable[..., Context]) -> None:
    u = understand("soy ana de la o sea la vecina", ctx(expecting=Expecting.TIME, language="es"))
    assert u.name is None or "O" not in u.name.value.split()


def test_brackets_around_words_mark_an_aside_not_an_area_code() -> None:
    aside = normalise("Fiona Ni Bhriain (irish spelling)")
    assert 3 in aside.breaks
    phone = normalise("call (713) 555-0142")
    assert phone.text == "call 713 555 0142" and not phone.breaks
