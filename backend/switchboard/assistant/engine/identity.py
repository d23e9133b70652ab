"""Has the caller identified as the customer their number belongs to?

Voice and SMS: the number is on a customer's record and the caller has said the name on it:
the whole name when the record has a first and a last name (a caller ID can be spoofed, and a
first name is easy to know), the first name when that is all the record has. "The whole
name" is said as people say their own: a hyphen heard as a space ("Osei Blackwood"), the
middle name left out, one of two surnames ("Abundio Treviño" for Abundio Treviño Lara). A
caller who gives only the first name is asked for the full name once (`wants_full_name`). Web chat:
never (a visitor's typed number proves nothing). Until then nothing from the record is
revealed or used: not the appointment, not the address.
"""

from __future__ import annotations

from switchboard.assistant.engine.turn import Turn
from switchboard.assistant.understanding.normalise import fold


async def identified(t: Turn, turn_text: str = "") -> bool:
    """`turn_text`, the caller's words this turn: the name on the record said anywhere in
    them ("hi Anneliese Kowalski-Grant here, please cancel...", "morning, Percival Nakashima.
    is the electrician still coming") identifies as well as a name the understanding took."""
    state = t.state
    if state.identity_verified:
        return True
    if t.channel == "web" or not state.known_customer_id or not t.caller_phone:
        return False
    if state.name is None and not turn_text:
        return False
    known = await t.world.customer_by_phone(t.caller_phone)
    if not known or known[0] != state.known_customer_id:
        return False
    said = state.name or ""
    if state.first_name_heard and len(name_parts(said)) == 1:
        said = f"{state.first_name_heard} {said}"  # the last name, asked for after the first
    if names_match(said, known[1]) or said_within(turn_text, known[1]):
        state.identity_verified = True
        # The caller is who the record says: the name as the record writes it ("nelida"
        # heard, "Nélida" on file; "Abundio Treviño" said, both surnames on file), so the
        # accents and the parts a caller drops are not lost.
        state.name = known[1]
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
    """The name on the record as said (accents, case and hyphens aside): the whole name, or
    the first name and one or more of the others in their order (no middle name, one of two
    surnames), or the surname then the first name; a record of one name is matched by that
    name."""
    said_parts = name_parts(said)
    file_parts = name_parts(on_file)
    if not said_parts or not file_parts:
        return False
    if said_parts == file_parts:
        return True
    # "Ferreira, Walter": the surname first, as on a form, or as a name spelled then said
    # whole comes out ("ferreira f e r r e i r a walter").
    if (
        len(said_parts) == 2
        and len(file_parts) >= 2
        and said_parts == [file_parts[-1], file_parts[0]]
    ):
        return True
    if len(file_parts) == 1 or len(said_parts) == 1 or said_parts[0] != file_parts[0]:
        return False
    rest = iter(file_parts[1:])
    return all(part in rest for part in said_parts[1:])


def said_within(text: str, on_file: str) -> bool:
    """The record's name (a first name and at least one other) said somewhere in `text`, as
    `names_match` takes it; a record of one name is too easily said by chance."""
    words, file_parts = name_parts(text), name_parts(on_file)
    if len(file_parts) < 2:
        return False
    for start, word in enumerate(words):
        if word != file_parts[0]:
            continue
        for end in range(start + 2, min(start + len(file_parts), len(words)) + 1):
            if names_match(" ".join(words[start:end]), on_file):
                return True
    return False


def name_parts(name: str) -> list[str]:
    """A name's words as they sound: "Osei-Blackwood" is "osei blackwood", "O'Neil" "oneil"."""
    return fold(name).replace("-", " ").replace("'", "").replace(".", " ").replace(",", " ").split()
