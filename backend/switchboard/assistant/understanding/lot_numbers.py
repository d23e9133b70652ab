"""The lot of a mobile home in its park, said beside the park's street address: "lot 88 in
the park at 1801 S Federal Blvd", "we're in lot forty seven at the park at thirty three hundred
east main street", "estamos en el parque de trailas nueve mil ochocientos bissonnet lote treinta
y uno". The lot is the address's unit ("1801 S Federal Blvd Lot 88").

Said at a run before the house number, "lot twelve fifty one fifty memorial drive" comes out of
the number words as "lot 12 51 50 memorial drive": the lot is the first group, the house number
the groups after it (5150), as "lot six forty seven thirty" is lot 6 at 4730."""

from __future__ import annotations

import re

# "a lot 2 ..." is a quantity, "parking lot 3" still a lot; a lot's number is short.
LOT = re.compile(
    r"(?<![\w'])(?<!a )(?:lot|lote)(?: (?:number|numero|no|#))? ([0-9]{1,4})"
    r"(?: ([a-z])(?![\w']))?(?![\w'])"
)
_LOT_WORD = re.compile(r"(?<![\w'])(?<!a )(?:lot|lote)(?: (?:number|numero|no|#))? $")


def lot_run_into(before: str, number: str) -> tuple[str, str] | None:
    """The lot and the house number when `number` (groups said at a run) follows a lot word
    ending `before`: "lot " + "12 51 50" -> ("12", "51 50"). None when no lot word is there or
    no house number is left after the lot."""
    if _LOT_WORD.search(before) is None:
        return None
    groups = number.split()
    if len(groups) < 2 or not all(g.isdigit() for g in groups):
        return None
    return groups[0], " ".join(groups[1:])


def lot_said(text: str, outside: tuple[int, int]) -> str:
    """ "lot 47" said in the turn outside the address's own span, as its unit ("lot 47")."""
    for m in LOT.finditer(text):
        if outside[0] <= m.start() < outside[1]:
            continue
        return f"lot {m[1]}{m[2] or ''}"
    return ""


def lot_starts(tokens: list[str]) -> int:
    """How many of the words just before a house number say its lot ("lot", "lot number")."""
    said = " ".join(tokens[-3:]) + " "
    m = _LOT_WORD.search(said)
    return len(m.group(0).split()) if m else 0
