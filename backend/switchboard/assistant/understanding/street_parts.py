"""Where a said street's parts end: a house number run into a numbered street, and a town
said after a street's name.

"Ochenta y siete diez treinta y siete avenue" comes out of the number words as "87 10 37
avenue": the last group is the street ("8710 37th Avenue", as "eighty seven ten thirty
seventh avenue" is), not part of the house number, since a street is never the bare word
"Avenue". Typed or said with "dash", a Queens number keeps its hyphen (address.py); said in
two groups before a numbered street in Queens ("thirty seven twenty two ninety fifth
street") it gets the hyphen it is written with, "37-22 95th Street".
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


# Queens numbers its houses by the cross street, hyphen and all ("37-22 95th St" is on 95th
# Street, near 37th Avenue). Only there: Brooklyn's "8721 4th Avenue" and Glendale, Arizona's
# "5122 43rd Avenue" are written whole.
_ELSEWHERE = ("brooklyn", "bronx", "manhattan", "staten island", "new jersey")
_NUMBERED_STREET = re.compile(r"[0-9]+(?:st|nd|rd|th) ", re.IGNORECASE)


def in_queens(text: str, towns: tuple[str, ...]) -> bool:
    """The turn says Queens, or the business serves Queens and the turn names no other
    borough."""
    said = f" {text} "
    if " queens " in said:
        return True
    served = {t.lower() for t in towns}
    return "queens" in served and not any(f" {p} " in said for p in _ELSEWHERE)


def queens_number(said: str, street: str) -> str | None:
    """ "37 22" before "95th Street" -> "37-22": a house number said in two groups before a
    numbered street, in Queens, keeps the hyphen it is written with ("87 0 5" -> "87-05")."""
    groups = said.split()
    if not _NUMBERED_STREET.match(street) or len(groups) < 2:
        return None
    if re.fullmatch(r"[0-9]{2}", groups[-1]):
        left, right = groups[:-1], groups[-1]
    elif len(groups) > 2 and groups[-2] == "0" and re.fullmatch(r"[0-9]", groups[-1]):
        left, right = groups[:-2], f"0{groups[-1]}"
    else:
        return None
    first = "".join(left)
    if not re.fullmatch(r"[1-9][0-9]{1,2}", first):
        return None
    return f"{first}-{right}"
