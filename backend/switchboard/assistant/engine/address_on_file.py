""" "Same address as last time": the address on the caller's record, once they have said who
they are.

What a good receptionist does with it:
- an identified caller (voice or SMS, the name on the record): the address of their most
  recent visit; with no visit on record, their one saved address; with several saved and no
  visit to go by, ask which ("the one on Oak St or the one on N Main St?"). The read-back
  then says the address, so a wrong guess costs one "no".
- an identified caller with nothing on file: say so, and ask for it.
- a caller who has not identified, a number we do not know, or web chat: ask for the full
  address in words that give nothing away (not even that there is a record).
Nothing is ever invented: until an address is resolved, the state has none.
"""

from __future__ import annotations

import re

from switchboard.assistant.engine.identity import identified, wants_full_name
from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import Expecting, Understanding
from switchboard.assistant.understanding.address_words import SUFFIXES
from switchboard.assistant.understanding.normalise import fold

WANTED, WHICH, ASK_FULL, NONE_ON_FILE = "wanted", "which", "ask_full", "none_on_file"
_STREET_WORDS = set(SUFFIXES.split("|")) | {
    "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "apt",
    "unit", "suite", "ste", "the", "of", "de", "la", "el",
}  # fmt: skip
_ORDINALS = {"1st": 0, "first": 0, "primera": 0, "primero": 0, "2nd": 1, "second": 1,
             "segunda": 1, "segundo": 1, "3rd": 2, "third": 2, "tercera": 2}  # fmt: skip


async def settle(t: Turn, u: Understanding | None) -> None:
    """Resolve a wanted address on file when it can be: sets `state.address`, or leaves
    `state.address_on_file` saying how to ask for it."""
    state = t.state
    if state.address is not None or state.address_on_file not in {WANTED, WHICH}:
        return
    if t.channel == "web" or not state.known_customer_id or not t.caller_phone:
        state.address_on_file = ASK_FULL
        return
    if state.name is None:
        return  # the name is asked before the address; this waits for it
    if not await identified(t):
        if await wants_full_name(t):
            state.name = None  # ask_details asks for the last name, then this resolves
            return
        state.address_on_file = ASK_FULL
        return
    on_file = await t.world.addresses_on_file(state.known_customer_id)
    saved = [a for a in on_file.saved if a.strip()]
    if state.address_on_file == WHICH:
        if u is None or state.expecting != Expecting.ADDRESS.value:
            return  # asked, not yet answered
        picked = _pick(u, saved)
        state.address, state.address_on_file = picked, (None if picked else ASK_FULL)
        return
    if on_file.last_visit:
        state.address = on_file.last_visit
    elif len(saved) == 1:
        state.address = saved[0]
    elif saved:
        state.address_on_file = WHICH
        return
    else:
        state.address_on_file = NONE_ON_FILE
        return
    state.address_on_file = None


async def ask(t: Turn) -> None:
    """The address question, as the state of a wanted address on file calls for."""
    state = t.state
    kind = state.address_on_file
    if kind == WHICH and state.known_customer_id:
        on_file = await t.world.addresses_on_file(state.known_customer_id)
        streets = [
            render("address.on_street", state.language, street=street(a))
            for a in on_file.saved
            if a.strip()
        ]
        joiner = f" {render('slots.joiner_or', state.language).strip()} "
        t.say("address.which_on_file", options=joiner.join(streets))
    elif kind in {ASK_FULL, NONE_ON_FILE}:
        t.say(f"address.{kind}")
    else:
        t.say("ask.address")


def street(address: str) -> str:
    """ "910 Pearl St Unit 4, Denver" -> "Pearl St": enough to tell two addresses apart."""
    first = address.split(",", 1)[0]
    first = re.sub(r"\s+(?:apt|unit|suite|ste|#)\s?\S+$", "", first, flags=re.IGNORECASE)
    return re.sub(r"^[0-9]+[a-zA-Z]?\s+", "", first.strip())


def with_unit(address: str, unit: str) -> str:
    """The address with its unit replaced ("55 Elm Avenue Apt 3" + "Apt 4")."""
    first, comma, rest = address.partition(",")
    first = re.sub(r"\s+(?:Apt|Unit|Suite|#)\s?\S+$", "", first.strip())
    return f"{first} {unit}{comma}{rest}"


def with_city(address: str, city: str) -> str:
    """The address with its town replaced or added ("3350 S Dobson Rd, Tempe" + "Mesa")."""
    parts = address.split(", ")
    return ", ".join([parts[0], city, *parts[2:]])


def _pick(u: Understanding, saved: list[str]) -> str | None:
    said = set(u.text.split())
    for word, index in _ORDINALS.items():
        if word in said and index < len(saved):
            return saved[index]
    words = [set(fold(street(a)).lower().split()) - _STREET_WORDS for a in saved]
    common = set.intersection(*words) if words else set()
    hits = [a for a, w in zip(saved, words, strict=True) if (w - common) & said]
    return hits[0] if len(hits) == 1 else None
