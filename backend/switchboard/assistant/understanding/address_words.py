"""The words of a written address, shared by the English and the Spanish order: the kinds of
street, the words for a unit, the words a street's name never goes on into, and how a house
number, a unit and the street are written."""

from __future__ import annotations

import re

SUFFIXES = (r"st|street|ave|avenue|av|rd|road|dr|drive|ln|lane|blvd|boulevard|ct|court|way|pl|"
            r"place|pkwy|parkway|ter|terrace|cir|circle|hwy|highway|trl|trail|loop|row|sq|"
            r"square|pike|run|path|calle|avenida|camino|trafficway|expressway|expy|freeway|fwy|"
            r"turnpike|tpke|causeway|crossing|xing|plaza|plz|terr|cv|cove|cres|crescent|trce|"
            r"trace|hts|heights")  # fmt: skip
UNIT = (r"(?:apt|apartment|apartamento|unit|suite|ste|#|number|no|lote|lot|bldg|building|floor|"
        r"depto|departamento)")  # fmt: skip
MAX_HOUSE_DIGITS = 5
# Where a street's name, or the town after it, ends: the next thing the caller said.
STOP_AFTER = {"this", "and", "can", "my", "is", "it's", "please", "we", "i", "call", "could",
              "tomorrow", "today", "next", "the", "y", "por", "soy", "me", "thanks", "but",
              "so", "near", "by", "in",
              # "Friday at two if you've got it" answers with a time, not a street
              "if", "you", "you've", "works", "work", "or", "then", "sounds", "would",
              "should", "ok", "okay", "good", "fine", "not"}  # fmt: skip


def title(part: str) -> str:
    return " ".join(w.upper() if len(w) == 1 or w in {"ne", "nw", "se", "sw"} else
                    (w if w[0].isdigit() else w.capitalize()) for w in part.split())  # fmt: skip


def house_number(spoken: str) -> str:
    """ "9 0 5" -> "905", "44 10" -> "4410", "12 b" -> "12 b": a house number said in groups.
    Leading groups that would make it implausibly long (a phone number said just before)
    are dropped."""
    if "-" in spoken:  # a Queens number, "108-22": each half said in its own groups
        left, right = spoken.rsplit("-", 1)
        # the second half keeps its zero: "207-05"
        return f"{house_number(left)}-{''.join(right.split())}"
    letter = ""
    if m := re.fullmatch(r"(.*[0-9]) ([a-z])", spoken):
        spoken, letter = m.group(1), m.group(2)
    groups = spoken.split()
    if (twice := said_twice(groups)) is not None:
        return f"{twice} {letter}" if letter else twice
    while len(groups) > 1 and (
        sum(len(g) for g in groups) > MAX_HOUSE_DIGITS or groups[0].startswith("0")
    ):
        groups.pop(0)
    number = "".join(groups)
    return f"{number} {letter}" if letter else number


def said_twice(groups: list[str]) -> str | None:
    """A house number said twice over to make sure of it, in the same groups or not ("cuatro
    cero cinco uno, cuatro mil cincuenta y uno" reads 4 0 5 1 4051; "twenty two fifty, two
    two five zero"): the number once. Only where the whole would be too long for a house
    number, so "12 12 Oak St" stays 1212."""
    if sum(len(g) for g in groups) <= MAX_HOUSE_DIGITS:
        return None
    for cut in range(1, len(groups)):
        first, second = "".join(groups[:cut]), "".join(groups[cut:])
        if first == second and len(first) >= 2 and not first.startswith("0"):
            return first
        # "twenty two fifty two two five zero" reads 22 52 2 5 0: the first digit said again
        # ran into the tens word before it.
        joined = groups[cut - 1]
        if len(joined) == 2 and joined[1] != "0":
            first = "".join(groups[: cut - 1]) + joined[0] + "0"
            if first == joined[1] + second and len(first) >= 3:
                return first
    return None


def unit_text(text: str) -> str:
    """ "apartment 2 12" -> "apt 212", "apt 4 b" -> "apt 4b"."""
    text = re.sub(r"^(?:apartamento|departamento|depto|apartment)\b", "apt", text.strip())
    text = re.sub(r"^lote\b", "lot", text)
    text = re.sub(r"([0-9]) ([a-z])$", r"\1\2", text)
    return re.sub(r"(?<=[0-9]) (?=[0-9])", "", text)
