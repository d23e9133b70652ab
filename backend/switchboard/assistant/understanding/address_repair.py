"""A house number put right in the same breath as its street, with the street's name said
again but not its kind: "3222 Irvington Boulevard, no perdón, 3322 Irvington", "1200 Oak
Street, sorry, 1300 Oak". A repaired address said whole ("9 Vine St... sorry, 19 Vine St")
is the later of two addresses (address.py); this repair names no kind of street, so it is no
address of its own."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_words import house_number
from switchboard.assistant.understanding.phrases import words

# Said between an address and the one that replaces it: "9 Vine St... sorry, 19 Vine St".
SELF_REPAIR = words(r"sorry", r"i mean", r"i meant", r"actually", r"no wait", r"wait", r"oops",
                    r"correction", r"perdon", r"digo", r"quise decir", r"mejor dicho")  # fmt: skip
# "3222 Irvington Blvd no, 3322 Irvington": a bare "no" rejects the number too.
_REJECTED = words(r"no")
_COMPASS = {"n", "s", "e", "w", "north", "south", "east", "west", "norte", "sur", "este", "oeste"}
_MOST_WORDS_BETWEEN = 6


def repaired(text: str, number_at: tuple[int, int], street_at: tuple[int, int]) -> str | None:
    """The turn's text with the house number said first (at `number_at`) replaced by the one
    said after a repair and before the street's name again; what was said between the street
    and the repair is left out ("no perdón" there is no unit "No. Perdón")."""
    street = [w for w in text[street_at[0] : street_at[1]].split() if w not in _COMPASS]
    if not street or not street[0].isalpha():
        return None  # a numbered street ("42nd") is put right as a number on its own
    after = text[street_at[1] :]
    again = re.search(
        rf"(?<![\w'])([0-9]+(?: [0-9]+){{0,4}}) (?:de (?:la )?(?:calle |avenida )?)?"
        rf"{re.escape(street[0])}(?![\w'])",
        after,
    )
    if again is None:
        return None
    old, new = (house_number(n) for n in (text[number_at[0] : number_at[1]], again[1]))
    if abs(len(new) - len(old)) > 1 or len(new) < 2 or new == old:
        return None  # "1200 Oak Street, and no, the 3 oak trees": no house number like it
    between = after[: again.start()]
    if len(between.split()) > _MOST_WORDS_BETWEEN or not (
        SELF_REPAIR.search(between) or _REJECTED.search(between)
    ):
        return None
    return (
        f"{text[: number_at[0]]}{again[1]}{text[number_at[1] : street_at[1]]}{after[again.end() :]}"
    )
