"""The same street said again to correct one part of it keeps the parts not said again:
"740 Ponce de Leon Avenue, not Place" stays NE; another street replaces everything."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine import street_said_again
from switchboard.assistant.understanding.model import Address
from tests.assistant_engine.test_conversations import talk, world


@pytest.mark.parametrize(
    ("on_table", "said", "after"),
    [
        (
            "740 Ponce De Leon Place NE",
            Address(line1="740 Ponce De Leon Avenue"),
            "740 Ponce De Leon Avenue NE",
        ),
        (
            "224 South Vine Street, Denver",
            Address(line1="224 Vine Avenue"),
            "224 South Vine Avenue, Denver",
        ),
        ("55 Elm Street Apt 3", Address(line1="55 Elm Road"), "55 Elm Road Apt 3"),
        # Spanish: "la avenida, no la calle"
        (
            "1420 Calle Westheimer SW",
            Address(line1="1420 Westheimer Avenue"),
            "1420 Westheimer Avenue SW",
        ),
        # what is said again replaces: a new compass point, a new town
        (
            "740 Ponce De Leon Place NE",
            Address(line1="740 Ponce De Leon Avenue NW"),
            "740 Ponce De Leon Avenue NW",
        ),
        (
            "224 South Vine Street, Denver",
            Address(line1="224 Vine Street", city="Aurora"),
            "224 South Vine Street, Aurora",
        ),
        # another number or another street is another address
        (
            "740 Ponce De Leon Place NE",
            Address(line1="470 Ponce De Leon Avenue"),
            "470 Ponce De Leon Avenue",
        ),
        ("740 Peachtree Street NE", Address(line1="740 Piedmont Avenue"), "740 Piedmont Avenue"),
        (None, Address(line1="740 Piedmont Avenue"), "740 Piedmont Avenue"),
    ],
)
def test_what_is_not_said_again_stays(on_table: str | None, said: Address, after: str) -> None:
    assert street_said_again.kept(on_table, said) == after


async def test_the_street_kind_corrected_keeps_its_compass_point() -> None:
    lines = ["my kitchen drain is clogged", "Odell Fontaine", "740 ponce de leon place northeast",
             "wait no not place, its 740 ponce de leon avenue"]  # fmt: skip
    state, _replies = await talk(world(), lines)
    assert state.address == "740 Ponce De Leon Avenue NE"
