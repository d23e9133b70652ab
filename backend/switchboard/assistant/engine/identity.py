"""Has the caller identified as the customer their number belongs to?

Voice and SMS: the number is on a customer's record and the caller has said a name that
matches it. Web chat: never (a visitor's typed number proves nothing). Until then nothing
from the record is revealed or used: not the appointment, not the address.
"""

from __future__ import annotations

from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.understanding.normalise import fold


async def identified(t: Turn) -> bool:
    state = t.state
    if state.identity_verified:
        return True
    if t.channel == "web" or not state.known_customer_id or not t.caller_phone:
        return False
    if state.name is None:
        return False
    known = await t.world.customer_by_phone(t.caller_phone)
    if known and known[0] == state.known_customer_id and names_match(state.name, known[1]):
        state.identity_verified = True
    return state.identity_verified


def names_match(said: str, on_file: str) -> bool:
    """The first name, or the whole name, as said (accents and case aside)."""
    said_parts = fold(said).split()
    file_parts = fold(on_file).split()
    if not said_parts or not file_parts:
        return False
    return said_parts == file_parts or said_parts[0] == file_parts[0]
