""" "Same address as last time": the address on the caller's record, and only once they have
said the name on it; never on web chat, never invented."""

from __future__ import annotations

import pytest

from eval.memory_world import MemoryWorld
from switchboard.assistant.engine.world import AddressesOnFile
from tests.assistant_engine.test_conversations import CALLER, talk, world

BOOK_A_DRAIN = ["my kitchen drain is clogged", "wednesday morning", "the first one"]


def known_caller(addresses: AddressesOnFile) -> MemoryWorld:
    w = world()
    w.customers[CALLER] = ("cust-1", "Dana Smith")
    w.addresses["cust-1"] = addresses
    return w


ONE_HOUSE = AddressesOnFile(last_visit="12 Oak St, Olathe KS", saved=("12 Oak St, Olathe KS",))


@pytest.mark.parametrize("channel", ["voice", "sms"])
async def test_an_identified_caller_gets_the_address_on_file_read_back(channel: str) -> None:
    w = known_caller(ONE_HOUSE)
    state, replies = await talk(
        w, ["this is Dana Smith", *BOOK_A_DRAIN, "same address as last time", "yes"],
        channel=channel,
    )  # fmt: skip
    # On a call it is read back; by text the address settled is the last detail: booked.
    said_back = "Just to confirm" if channel == "voice" else "You're booked"
    assert "12 Oak St" in replies[-2] and said_back in replies[-2]
    assert w.booked and w.booked[0]["address"] == "12 Oak St, Olathe KS"
    assert state.identity_verified


async def test_the_name_is_asked_first_and_then_the_address_resolves() -> None:
    w = known_caller(ONE_HOUSE)
    _state, replies = await talk(
        w, ["my kitchen drain is clogged, same place as before", "wednesday morning",
            "the first one", "Dana", "Smith"],
    )  # fmt: skip
    assert "name" in replies[3].lower()
    assert "last name" in replies[4] and "Oak" not in replies[4]  # first name only: not yet
    assert "12 Oak St" in replies[5]  # the read-back, without asking for the address


async def test_a_caller_who_has_not_identified_is_asked_for_the_address() -> None:
    w = known_caller(ONE_HOUSE)
    _state, replies = await talk(
        w, ["this is Mike", *BOOK_A_DRAIN, "the usual address", "4410 W 75th St", "yes"]
    )
    assert "full street address" in replies[5]
    assert all("Oak" not in r and "Dana" not in r for r in replies)
    assert w.booked and w.booked[0]["address"] == "4410 W 75th St"


async def test_a_web_visitor_is_asked_for_the_address_even_with_the_right_name() -> None:
    w = known_caller(ONE_HOUSE)
    _state, replies = await talk(
        w,
        ["I'm Dana Smith", *BOOK_A_DRAIN, "913 555 0142", "same address as last time"],
        channel="web",
    )
    assert "full street address" in replies[-1]
    assert all("Oak" not in r for r in replies)


async def test_an_unknown_number_is_asked_for_the_address() -> None:
    w = world()  # the number is on no record
    state, replies = await talk(w, ["this is Dana Smith", *BOOK_A_DRAIN, "same house"])
    assert "full street address" in replies[-1]
    assert state.address is None


async def test_nothing_on_file_is_said_and_nothing_invented() -> None:
    w = known_caller(AddressesOnFile())
    state, replies = await talk(w, ["this is Dana Smith", *BOOK_A_DRAIN, "same place as before"])
    assert "don't have an address saved" in replies[-1]
    assert state.address is None and state.stage == "details"


async def test_several_addresses_use_the_most_recent_visit() -> None:
    w = known_caller(
        AddressesOnFile(last_visit="300 N Main St", saved=("12 Oak St", "300 N Main St"))
    )
    _state, replies = await talk(
        w, ["this is Dana Smith", *BOOK_A_DRAIN, "same address as last time"]
    )
    assert "300 N Main St" in replies[-1] and "Just to confirm" in replies[-1]


async def test_several_addresses_and_no_visit_asks_which_and_takes_the_answer() -> None:
    w = known_caller(AddressesOnFile(saved=("12 Oak St", "300 N Main St")))
    _state, replies = await talk(
        w, ["this is Dana Smith", *BOOK_A_DRAIN, "same address as last time", "the main street one",
            "yes"],
    )  # fmt: skip
    assert "the one on Oak St or the one on N Main St" in replies[5]
    assert "300 N Main St" in replies[6]
    assert w.booked and w.booked[0]["address"] == "300 N Main St"


async def test_an_answer_that_names_neither_asks_for_the_address() -> None:
    w = known_caller(AddressesOnFile(saved=("12 Oak St", "300 N Main St")))
    state, replies = await talk(
        w, ["this is Dana Smith", *BOOK_A_DRAIN, "same address as last time", "the blue one"]
    )
    assert "full street address" in replies[-1] and state.address is None


async def test_a_wrong_guess_is_corrected_at_the_read_back() -> None:
    w = known_caller(ONE_HOUSE)
    _state, replies = await talk(
        w, ["this is Dana Smith", *BOOK_A_DRAIN, "same as last time",
            "no, it's the rental at 55 Elm Avenue", "yes"],
    )  # fmt: skip
    assert "55 Elm Avenue" in replies[-2] and "Just to confirm" in replies[-2]
    assert w.booked and w.booked[0]["address"] == "55 Elm Avenue"


async def test_a_name_heard_without_its_accents_is_kept_as_the_record_writes_it() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Nélida Muñoz")
    w.addresses["cust-1"] = ONE_HOUSE
    state, _replies = await talk(
        w, ["this is nelida munoz", *BOOK_A_DRAIN, "same address as last time"]
    )
    assert state.identity_verified
    assert state.name == "Nélida Muñoz"


@pytest.mark.parametrize(
    ("said", "on_file"),
    [
        ("this is oluwaseun adeyemi brandt", "Oluwaseun Adeyemi-Brandt"),
        ("hi it's ciaran o driscoll", "Ciarán O'Driscoll"),
    ],
)
async def test_a_hyphen_or_apostrophe_heard_as_a_space_still_matches_the_record(
    said: str, on_file: str
) -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", on_file)
    w.addresses["cust-1"] = ONE_HOUSE
    state, _replies = await talk(w, [said, *BOOK_A_DRAIN, "same address as last time"])
    assert state.identity_verified and state.name == on_file


async def test_another_surname_on_the_record_is_still_no_match() -> None:
    w = world()
    w.customers[CALLER] = ("cust-1", "Oluwaseun Adeyemi-Brandt")
    w.addresses["cust-1"] = ONE_HOUSE
    state, _replies = await talk(w, ["this is oluwaseun adeyemi", *BOOK_A_DRAIN])
    assert not state.identity_verified
