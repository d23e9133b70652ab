"""The street's name as the caller spells or respells it, over the words the line heard: said
then spelled ("shawnee s h a w n e e"), said again with how it is written ("whittaker with two
ts", "magnolia like the flower"), or put right after autocorrect ("Dever. not Dover"). The word
replaces the words of the name that sound like it, one or several run together; the house
number, compass point, kind of street and town stay. A name said, a time, a word too unlike
the street, or a long turn that only mentions a word change nothing, and the spelled word is
never also taken for the caller's name. Every line here was written for this file."""

from __future__ import annotations

import pytest

from switchboard.assistant.engine.street_respelled import respelled
from switchboard.assistant.understanding.normalise import normalise
from tests.assistant_engine.test_conversations import talk, world


def _fixed(address: str, said: str, name: frozenset[str] = frozenset()) -> str | None:
    return respelled(address, normalise(said).text, name)


@pytest.mark.parametrize(
    ("address", "said", "after"),
    [
        ("2210 West Shaw Nee Road", "shawnee s h a w n e e", "2210 West Shawnee Road"),
        ("22 Roy Al Street, Olathe", "royal r o y a l olathe", "22 Royal Street, Olathe"),
        ("910 Whitaker Lane", "whittaker with two ts", "910 Whittaker Lane"),
        ("4301 Mag Nolia Drive", "magnolia like the flower", "4301 Magnolia Drive"),
        ("3300 Dover Ave, Olathe", "Dever. not Dover", "3300 Dever Ave, Olathe"),
        ("77 Quintons Court", "Quinton, no s, my phone adds it", "77 Quinton Court"),
        ("812 Calle Wes Timer", "westheimer w e s t h e i m e r", "812 Calle Westheimer"),
        # "q u" reaches the reader as "que you"
        ("15 Cue Ince Avenue", "quince q u i n c e", "15 Quince Avenue"),
    ],
)
def test_the_street_respelled(address: str, said: str, after: str) -> None:
    assert _fixed(address, said) == after


@pytest.mark.parametrize(
    ("address", "said", "name"),
    [
        ("12 Main Street", "my name is mainor", frozenset({"mainor"})),
        ("12 Oak Street", "friday at ten works", frozenset()),
        ("400 Elm Street", "it's the elmhurst one", frozenset()),
        ("600 Bell Road", "yes that's right", frozenset()),
        ("55 Grant Avenue", "it's kowalski k o w a l s k i", frozenset()),
        ("8 Lackman Road", "lackman l a c k m a n", frozenset()),
        # a unit's word in the other language is no street ("lote" for "Lot")
        ("20 Ranch Road Lot 32", "es en el lote 32 de ranch road", frozenset()),
        (
            "300 Paine Street",
            "the guy who came out last time was called payne and he was great",
            frozenset(),
        ),
    ],
)
def test_words_that_do_not_respell_the_street(
    address: str, said: str, name: frozenset[str]
) -> None:
    assert _fixed(address, said, name) is None


async def test_a_street_spelled_after_the_address_is_the_streets_not_a_name() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "my water heater stopped working",
            "dana brooks",
            "twenty two roy al street overland park",
            "royal r o y a l",
        ],
    )
    assert state.address is not None and state.address.startswith("22 Royal Street"), replies
    assert state.name == "Dana Brooks"
    assert state.language == "en"


async def test_a_street_typed_again_after_autocorrect() -> None:
    w = world()
    state, replies = await talk(
        w,
        ["my kitchen drain is clogged", "Mia Sorensen, 915 Dover Ave, Olathe", "Dever. not Dover"],
        channel="sms",
    )
    assert state.address == "915 Dever Ave, Olathe", replies


async def test_a_street_spelled_in_the_turn_that_gave_it() -> None:
    w = world()
    state, replies = await talk(
        w,
        [
            "my kitchen drain is clogged",
            "sam ortiz forty one ten shaw nee road shawnee s h a w n e e",
        ],
    )
    assert state.address is not None and state.address.startswith("4110 Shawnee Road"), replies
