"""A business said where a name would be is the company, never the person's name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from switchboard.assistant.understanding import Context, Expecting, understand


@pytest.mark.parametrize(
    ("text", "company", "name"),
    [
        ("this is Sparky's Diner, our kitchen drain is clogged", "Sparky's Diner", None),
        ("calling from Acme Property Management, a drain is clogged", "Acme Property Management",
         None),
        ("hi this is Dana from Acme Property Management", "Acme Property Management", "Dana"),
        ("I'm with the Oak Street Apartments", "Oak Street Apartments", None),
        ("we're calling from Smith Plumbing LLC", "Smith Plumbing LLC", None),
        ("le hablo de la Taquería Lupita, se tapó el drenaje", "Taquería Lupita", None),
        ("soy María de la Taquería Lupita", "Taquería Lupita", "María"),
        ("this is sparky's diner", "Sparky's Diner", None),
    ],
)  # fmt: skip
def test_a_business_is_the_company(
    ctx: Callable[..., Context], text: str, company: str, name: str | None
) -> None:
    u = understand(text, ctx())
    assert u.company is not None and u.company.value == company
    assert (u.name.value if u.name else None) == name


def test_a_business_said_for_the_name(ctx: Callable[..., Context]) -> None:
    u = understand("Acme Property Management", ctx(expecting=Expecting.NAME))
    assert u.company is not None and u.company.value == "Acme Property Management"
    assert u.name is None


@pytest.mark.parametrize(
    "text",
    [
        "this is Dana Smith",
        "this is Ellen Church",
        "my name is Rosa Mercado",
        "it's the old school building, the drain is clogged",
        "it's the rental property on main",
        "our restaurant's sink is clogged",
        "calling from my cell",
        "the co alarm is going off",
        "a drain is clogged at one of our units",
    ],
)
def test_people_and_places_are_not_companies(ctx: Callable[..., Context], text: str) -> None:
    assert understand(text, ctx()).company is None


def test_ordinary_names_are_still_names(ctx: Callable[..., Context]) -> None:
    for text, name in [("this is Ellen Church", "Ellen Church"), ("I'm Dana", "Dana"),
                       ("my name is Rosa Mercado", "Rosa Mercado")]:  # fmt: skip
        u = understand(text, ctx())
        assert u.name is not None and u.name.value == name
