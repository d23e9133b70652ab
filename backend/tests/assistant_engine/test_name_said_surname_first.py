"""The name on the account said surname first, as on a form ("Ferreira, Walter") or as a name
spelled then said whole comes out ("ferreira f e r r e i r a walter"), identifies the caller;
one name alone, a nickname, or another person's surname still does not. Every name here was
written for this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine.identity import names_match


@pytest.mark.parametrize(
    ("said", "on_file"),
    [
        ("Ferreira Walter", "Walter Ferreira"),
        ("Okonkwo, Adaeze", "Adaeze Okonkwo"),
        ("Lindgren Marta", "Marta Sofia Lindgren"),
    ],
)
def test_surname_first_identifies(said: str, on_file: str) -> None:
    assert names_match(said, on_file)


@pytest.mark.parametrize(
    ("said", "on_file"),
    [
        ("Ferreira", "Walter Ferreira"),
        ("Ferreira Walt", "Walter Ferreira"),
        ("Smith Walter", "Walter Ferreira"),
        ("Walter Ferreira Okafor", "Walter Ferreira"),
        ("Sofia Marta", "Marta Sofia Lindgren"),
    ],
)
def test_not_the_name_on_file(said: str, on_file: str) -> None:
    assert not names_match(said, on_file)
