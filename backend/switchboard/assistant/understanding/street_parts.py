"""Where a said street's parts end: a house number run into a numbered street, and a town
said after a street's name.

"Ochenta y siete diez treinta y siete avenue" comes out of the number words as "87 10 37
avenue": the last group is the street ("8710 37th Avenue", as "eighty seven ten thirty
seventh avenue" is), not part of the house number, since a street is never the bare word
"Avenue". A Queens number said in groups is written whole, as the corpus has it; typed or
said with "dash" it keeps its hyphen (address.py).
"""

from __future__ import annotations

import re

_BARE_KIND = re.compile(r"(?:st|street|ave|avenue|av|rd|road|dr|drive|pl|place|calle|avenida)")


def ordinal(number: str) -> str:
    """ "32" -> "32nd", "11" -> "11th": a numbered street as it is written."""
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def street_from_number(number: str, street: str) -> tuple[str, str]:
    """ "87 10 37" before a bare "avenue": house number "87 10", street "37th avenue"."""
    groups = number.split()
    if len(groups) < 2 or not _BARE_KIND.fullmatch(street):
        return number, street
    last = groups[-1]
    if not re.fullmatch(r"[1-9][0-9]{0,2}", last):
        return number, street
    return " ".join(groups[:-1]), f"{ordinal(last)} {street}"


_STATE_NAMES = {"texas", "arizona", "colorado", "georgia", "missouri", "kansas", "california",
                "florida", "nevada", "illinois", "nuevo mexico", "new mexico", "new york",
                "nueva york"}  # fmt: skip


def town_at_end(name: list[str], towns: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """ "shaver pasadena" -> street "shaver", town "pasadena" when the business serves
    Pasadena; "fulton houston texas" -> "fulton", "houston". The street keeps a word."""
    served = sorted((t.lower().split() for t in towns), key=len, reverse=True)
    words_ = list(name)
    state: list[str] = []
    for size in (2, 1):
        if len(words_) > size + 1 and " ".join(words_[-size:]) in _STATE_NAMES:
            state, words_ = words_[-size:], words_[:-size]
            break
    for town in served:
        if town and len(words_) > len(town) and words_[-len(town) :] == town:
            return words_[: -len(town)], town
    if state:  # "... houston texas": the word before the state is the town
        return words_[:-1], words_[-1:]
    return name, []
