"""Names said the way people say them when the booking or the message is not quite about
themselves: "put it under her name, it's ...", "a nombre de ella, se llama ...", "Owner is ...",
"tell him ... called", a name before "building is <address>", a spelling that the letters
before it run into; and the words that only look like a name ("any weekday", "sí, muchas
gracias"). Every sentence here was written for this file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand

NOW = datetime(2026, 2, 14, 16, 0, tzinfo=ZoneInfo("America/Chicago"))


def heard(text: str, expecting: Expecting = Expecting.TIME, language: str = "en") -> str | None:
    u = understand(
        text,
        Context(now=NOW, timezone="America/Chicago", language=language, expecting=expecting),
    )
    return u.name.value if u.name else None


def street(text: str) -> str | None:
    u = understand(text, Context(now=NOW, timezone="America/Chicago"))
    return u.address.value.line1 if u.address else None


def town(text: str) -> str | None:
    u = understand(text, Context(now=NOW, timezone="America/Chicago"))
    return u.address.value.city if u.address else None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("put it under her name its gloria pettigrew", "en", "Gloria Pettigrew"),
        ("book it under his name, it's Anselm Kowalczyk", "en", "Anselm Kowalczyk"),
        ("under my dads name thats bertram ojukwu", "en", "Bertram Ojukwu"),
        ("a nombre de ella se llama herminia salazar de treviño", "es",
         "Herminia Salazar de Treviño"),
        ("póngala a nombre de mi mamá, es Refugia Castañeda", "es", "Refugia Castañeda"),
    ],
)  # fmt: skip
def test_the_name_after_whose_name_it_goes_under(text: str, language: str, expected: str) -> None:
    assert heard(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Owner is Desmond Achterberg-Lowe. Unit is 3217B Holmes St", "en",
         "Desmond Achterberg-Lowe"),
        ("the landlord is Priya Venkataraman, she approves the work", "en",
         "Priya Venkataraman"),
        ("el dueño es Baltazar Quiñones, la casa es de él", "es", "Baltazar Quiñones"),
    ],
)  # fmt: skip
def test_the_owner_named_by_role(text: str, language: str, expected: str) -> None:
    assert heard(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("yeah just tell him curtis lindgren called my direct line is 913 555 0144", "en",
         "Curtis Lindgren"),
        ("let her know that Mireille Dufresne phoned about the invoice", "en",
         "Mireille Dufresne"),
        ("sí, dígale que le llamó octavio villarreal garza al 713 555 0192", "es",
         "Octavio Villarreal Garza"),
    ],
)  # fmt: skip
def test_who_the_message_is_from(text: str, language: str, expected: str) -> None:
    assert heard(text, Expecting.NAME, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sí dígale al dueño que le hable leandro quiroga al 832 555 0164", "Leandro Quiroga"),
        ("dígale al señor que le marque a Nereida Solís", "Nereida Solís"),
        ("dígale al dueño que le hable mañana", None),
        ("dígale que le llame lo antes posible", None),
        ("avísele al dueño que le llame urgente", None),
        ("dígale que me llame", None),
    ],
)
def test_whom_the_owner_is_to_call_back(text: str, expected: str | None) -> None:
    assert heard(text, Expecting.NAME, "es") == expected


def test_a_message_that_is_not_a_name() -> None:
    assert heard("tell him the sink is leaking again", Expecting.NAME) is None
    assert heard("tell him thanks for coming out", Expecting.NAME) is None
    assert heard("my name is Yusuf Al-Amin") == "Yusuf Al-Amin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hyacinth Moreau-Abiodun, building is 40 Remsen St, Brooklyn", "Hyacinth Moreau-Abiodun"),
        ("Rosa Lugo, la casa es 1212 Quitman St", "Rosa Lugo"),
    ],
)  # fmt: skip
def test_a_name_before_what_the_address_is(text: str, expected: str) -> None:
    assert heard(text) == expected


def test_no_name_in_a_clause_about_the_address() -> None:
    assert heard("The sink is clogged, address is 40 Remsen St") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Any weekday, but it has to be before noon", "en"),
        ("every weekend works for me", "en"),
        ("yes thats perfect thank you", "en"),
        ("si muchas gracias", "es"),
        ("cualquier día en la mañana", "es"),
    ],
)
def test_times_and_thanks_are_no_names(text: str, language: str) -> None:
    assert heard(text, Expecting.NAME, language) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("sorry its with a c not a k c a t h a r i n e catharine obradovic", "en",
         "Catharine Obradovic"),
        ("perdón es con c no con k c a t a l i n a catalina robles", "es", "Catalina Robles"),
        ("it's Jon, J-O-N, Jon Ferreira", "en", "Jon Ferreira"),
    ],
)  # fmt: skip
def test_a_spelling_the_letters_before_run_into(text: str, language: str, expected: str) -> None:
    assert heard(text, language=language) == expected


def test_a_typed_house_letter_and_the_town_typed_with_capitals() -> None:
    assert street("Unit is 3217B Holmes St, Kansas City MO") == "3217 Holmes St"
    assert town("The one at 7218 E Pueblo Ave in Mesa needs its annual AC tune-up") == "Mesa"
    assert town("1200 dobson road in mesa needs a tune-up") == "Mesa"
    assert town("2211 W 79th St in Prairie Village") == "Prairie Village"
    assert town("el 804 de la calle Shaver en Pasadena") == "Pasadena"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("X-I-M-E-N-A. Y Paredes", "es", "Ximena Paredes"),
        ("L-U-C-I-A. And Fairbrother", "en", "Lucia Fairbrother"),
        ("No, it's Jon, J-O-N. Kitchen sink.", "en", "Jon"),
        ("Sorry, autocorrect. It's Jan, J-A-N, Pettersen with two t's.", "en", "Jan Pettersen"),
        ("Rosa, R-O-S-A, Green", "en", "Rosa Green"),
    ],
)
def test_a_spelling_ends_with_its_sentence(text: str, language: str, expected: str) -> None:
    assert heard(text, Expecting.NAME, language) == expected
