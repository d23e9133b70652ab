"""The street part of an address line, for the recogniser's hints."""

from __future__ import annotations

import pytest

from switchboard.voice.hints import street_of


@pytest.mark.parametrize(
    ("line", "street"),
    [
        ("4410 W 75th St, Prairie Village, KS", "W 75th St"),
        ("12 Oak Street Apt 3, Olathe KS 66061", "Oak Street"),
        ("1500-2 Main St #4", "Main St"),
        ("12B Elm Ct", "Elm Ct"),
        ("PO Box 12", None),
        ("Oak Street", None),
        ("", None),
        ("12 34", None),
    ],
)
def test_street_of(line: str, street: str | None) -> None:
    assert street_of(line) == street
