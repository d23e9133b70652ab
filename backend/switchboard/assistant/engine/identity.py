"""Has the caller identified as the customer their number belongs to?

Voice and SMS: the number is on a customer's record and the caller has said the name on it:
the whole name when the record has a first and a last name (a caller ID can be spoofed, and a
first name is easy to know), the first name when that is all the record has. A caller who
gives only the first name is asked for the full name once (`wants_full_name`). Web chat:
never (a visitor's typed number proves nothing). Until then nothing from the record is
revealed or used: not the appointment, not the address.
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
    if not known or known[0] != state.known_customer_id:
        return False
    said = state.name
    if state.first_name_heard and len(fold(said).split()) == 1:
        said = f"{state.first_name_heard} {said}"  # the last name, asked for after the first
    if names_match(said, known[1]):
        state.identity_verified = True
        # The same name as on the record: written as the record writes it ("nelida" heard,
        # "Nélida" on file), so the accents a transcript drops are not lost.
        state.name = known[1] if name_parts(said) == name_parts(known[1]) else said
        state.first_name_heard = None
    return state.identity_verified


async def wants_full_name(t: Turn) -> bool:
    """The caller gave the first name on the record, which has a last name too, and has not
    been asked for the full name yet: remember the first name and ask (once)."""
    state = t.state
    if state.first_name_heard or not state.name or not t.caller_phone:
        return False
    known = await t.world.customer_by_phone(t.caller_phone)
    if not known or known[0] != state.known_customer_id:
        return False
    said, on_file = name_parts(state.name), name_parts(known[1])
    if len(said) == 1 and len(on_file) > 1 and said[0] == on_file[0]:
        state.first_name_heard = state.name
        return True
    return False


def names_match(said: str, on_file: str) -> bool:
    """The name on the record as said (accents and case aside): the whole name, or the first
    and last name without a middle one; a record of one name is matched by that name."""
    said_parts = name_parts(said)
    file_parts = name_parts(on_file)
    if not said_parts or not file_parts:
        return False
    if said_parts == file_parts:
        return True
    if len(file_parts) == 1 or len(said_parts) == 1:
        return False
    return said_parts[0] == file_parts[0] and said_parts[-1] == file_parts[-1]


def name_parts(name: str) -> list[str]:
    """A name's words as heard: "Osei-Blackwood" is "osei blackwood", "O'Brien" "obrien"."""
    return fold(name).replace("-", " ").replace("'", "").split()
