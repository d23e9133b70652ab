"""A post held in an office said before a surname alone ("this is Inspector Alvarez", "Officer
Daniels", "le habla el oficial Quintero") is left out of the name, as it is before a first and
last name: the office goes with the message. A form of address is how the caller is called and
stays with one name ("Pastor Okafor", "Dr. Patel", "Father Mike"). Every line here was written
for this file."""

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
        ("hi this is inspector alvarez from the county permit office", "Alvarez"),
        ("this is Officer Daniels with the police department", "Daniels"),
        ("good afternoon, this is deputy kowalski with the sheriff", "Kowalski"),
        ("buenas tardes, le habla el oficial Quintero", "Quintero"),
    ],
)
def test_a_post_before_one_name_is_left_out(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi this is Pastor Okafor from Grace Chapel", "Pastor Okafor"),
        ("this is Dr. Patel", "Dr. Patel"),
        ("hey it's Father Mike over at St. Anne's", "Father Mike"),
        ("this is inspector ray collins with the city", "Ray Collins"),
    ],
)
def test_a_form_of_address_stays_with_one_name(
    ctx: Callable[..., Context], text: str, name: str
) -> None:
    assert _name(ctx, text) == name, text


def test_a_name_said_after_its_post() -> None:
    from switchboard.assistant.understanding.name_rules import said_with_a_post

    assert said_with_a_post("Alvarez", "this is inspector alvarez with the building department")
    assert not said_with_a_post("Tamsin", "its tamsin with the county permit office")
