"""A house number put right in the same breath as its street, with the street's name said
again but not its kind: "3222 Irvington Boulevard, no perdón, 3322 Irvington", "1200 Oak
Street, sorry, 1300 Oak", or the number alone: "one four one four McLendon Avenue, sorry no,
it is one four four one". A repaired address said whole ("9 Vine St... sorry, 19 Vine St")
is the later of two addresses (address.py); this repair names no kind of street, so it is no
address of its own. A unit is put right the same way: "unit 4B, no sorry, 4D"."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_words import house_number
from switchboard.assistant.understanding.phrases import words

# Said between an address and the one that replaces it: "9 Vine St... sorry, 19 Vine St".
SELF_REPAIR = words(r"sorry", r"i mean", r"i meant", r"actually", r"no wait", r"wait", r"oops",
                    r"correction", r"perdon", r"digo", r"quise decir", r"mejor dicho")  # fmt: skip
# Said between an address and another one that is the visit's: the first disowned, "2490 Cobb
# Pkwy.. no that's my work. Home is 85 Roswell St", "no, esa es la de mi trabajo".
DISOWNED = words(
    r"no (?:that's|thats|that is|it's|its) (?:my|our|his|her|their) [a-z']+",
    r"no (?:that's|thats|that is|it's|its) (?:wrong|not (?:it|right|the one|where))",
    r"no not that one",
    r"that's (?:my|our|the) (?:work|office|old|shop|business|mailing|billing|job)",
    r"no (?:es|esa es|ese es|esa|ese)(?: la| el)?(?: de)? (?:mi|nuestra|nuestro) "
    r"(?:trabajo|oficina|negocio)",
)
# "3222 Irvington Blvd no, 3322 Irvington": a bare "no" rejects the number too.
_REJECTED = words(r"no")
_COMPASS = {"n", "s", "e", "w", "north", "south", "east", "west", "norte", "sur", "este", "oeste"}
_MOST_WORDS_BETWEEN = 6


def repaired(text: str, number_at: tuple[int, int], street_at: tuple[int, int]) -> str | None:
    """The turn's text with the house number said first (at `number_at`) replaced by the one
    said after a repair and before the street's name again; what was said between the street
    and the repair is left out ("no perdón" there is no unit "No. Perdón")."""
    street = [w for w in text[street_at[0] : street_at[1]].split() if w not in _COMPASS]
    if not street:
        return None
    after = text[street_at[1] :]
    # "6104 west 63rd street no wait sorry 6140 west 63rd": the street said again may keep its
    # compass word; a numbered street said again is the same street, so the number before it is
    # the house's.
    compass = "|".join(sorted(_COMPASS, key=len, reverse=True))
    again = re.search(
        rf"(?<![\w'])([0-9]+(?: [0-9]+){{0,4}}) (?:(?:{compass}) )?(?:de (?:la )?(?:calle |"
        rf"avenida )?)?{re.escape(street[0])}(?![\w'])",
        after,
    )
    if again is None:
        return _number_alone(text, number_at, street_at[1])
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


# Words between a repair and the number said instead: "sorry no, it is 1441", "perdón, es el 1441".
_FILLER = {"no", "it", "is", "it's", "its", "that's", "thats", "i", "mean", "meant", "sorry",
           "es", "el", "perdon", "digo", "wait", "oops", "actually", "|", "make", "that", "the",
           "number"}  # fmt: skip
# What makes the number after a repair a time or a count, not the house number.
_NOT_HOUSE = {"am", "pm", "oclock", "o'clock", "works", "work", "tomorrow", "today", "tonight",
              "morning", "afternoon", "evening", "minutes", "hours", "days", "weeks", "years",
              "people", "a", "p"}  # fmt: skip
_NUMBER = re.compile(r"(?<![\w'])([0-9]+(?: [0-9]+){0,4})(?![\w'])")


def _number_alone(text: str, number_at: tuple[int, int], street_end: int) -> str | None:
    """The turn's text with the house number replaced by one said alone after a repair, soon
    after the street ("... McLendon Avenue Atlanta sorry no it is 1 4 4 1"): of the same length,
    never a time ("sorry, 10 am") nor a phone's digits."""
    after = text[street_end:]
    repair = SELF_REPAIR.search(after) or _REJECTED.search(after)
    if repair is None or len(after[: repair.start()].split()) > _MOST_WORDS_BETWEEN:
        return None
    again = _NUMBER.search(after, repair.start())
    if again is None or not set(after[repair.end() : again.start()].split()) <= _FILLER:
        return None
    next_word = after[again.end() :].split()[:1]
    if next_word and next_word[0] in _NOT_HOUSE:
        return None
    old, new = house_number(text[number_at[0] : number_at[1]]), again[1].replace(" ", "")
    if len(new) != len(old) or new.startswith("0") or new == old:
        return None
    return (
        f"{text[: number_at[0]]}{new}{text[number_at[1] : street_end]}{after[: repair.start()]}"
        f"{after[again.end() :].lstrip()}"
    )


_UNIT_AGAIN = re.compile(
    r"^(?: \|)?((?: (?:no|sorry|i mean|i meant|actually|wait|oops|perdon|digo|it's|its|it is|"
    r"make that|es|el|\|))+) (?:(?:unit|apt|apartment|apartamento|suite|number|lot|lote) )?"
    r"([0-9]+(?: ?[a-z](?![\w']))?)(?![\w'])"
)


def repaired_unit(unit: str, after: str) -> tuple[str, str] | None:
    """The unit said again right after `unit` (as `unit_text` writes it, "unit 4b") to put it
    right, and what the caller said after it: "unit 4 b no sorry 4 d b is my neighbor" is unit
    4D. The new unit has the shape of the old (a letter after the number or not)."""
    m = _UNIT_AGAIN.match(after)
    if m is None or not SELF_REPAIR.search(m[1]):
        return None  # "apt 3, no, 2 of us will be home": a bare "no" is the next answer
    next_word = after[m.end() :].split()[:1]
    if next_word and next_word[0] in _NOT_HOUSE | {"of"}:
        return None
    old = unit.split()[-1]
    new = m[2].replace(" ", "")
    if old[-1:].isalpha() != new[-1:].isalpha() or new == old:
        return None
    return f"{' '.join(unit.split()[:-1])} {new}".strip(), after[m.end() :]
