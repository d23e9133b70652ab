"""A numbered street said as a plain number between its compass point and its kind, or as a
digit and an ordinal.

"twelve seven hundred west one three five street" (its digits one by one, "1 3 5" out of the
number words), "12700 W 135 Street", "4410 north 7 avenue": after a compass point and before
a kind of street, a number can only be the street's own, so it is read as the ordinal the
street is written with (West 135th Street, North 7th Avenue), and the house number before it
stays the house number. A number with no compass point before it ("135 street" said alone)
is left as said: it may be a house number whose street is still to come.

A numbered street in the hundreds said as a digit and an ordinal, "west one twenty ninth
street" ("west 1 29th street" out of the number words; "west one 19th", the "one" left a word
before an ordinal), is 129th: after its compass point it can be no house number.
"""

from __future__ import annotations

import re

_COMPASS = r"(?:n|s|e|w|north|south|east|west|ne|nw|se|sw|northeast|northwest|southeast|southwest)"
# Kinds a numbered street is written with.
_KIND = (r"(?:street|st|avenue|ave|av|road|rd|place|pl|terrace|ter|drive|dr|court|ct|lane|ln|"
         r"way|circle|cir|trail|trl|parkway|pkwy)")  # fmt: skip
_SAID = re.compile(
    rf"(?<![\w'])({_COMPASS}) ((?:[0-9] ){{1,2}}[0-9]|[1-9] [0-9]{{2}}|[0-9]{{1,3}}) "
    rf"({_KIND})(?![\w'])"
)

_HUNDREDS_ORDINAL = re.compile(
    rf"(?<![\w'])({_COMPASS} )([1-9]|one) ([1-9][0-9](?:st|nd|rd|th))(?![\w'])"
)


def ordinal(number: int) -> str:
    """135 -> "135th", 1 -> "1st", 12 -> "12th"."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def as_ordinals(text: str) -> str:
    """`text` (normalised, number words as digits) with each numbered street said as a plain
    number between its compass point and its kind written as its ordinal."""

    def _street(m: re.Match[str]) -> str:
        number = int(m[2].replace(" ", ""))
        if number == 0:
            return m[0]
        return f"{m[1]} {ordinal(number)} {m[3]}"

    text = _HUNDREDS_ORDINAL.sub(lambda m: f"{m[1]}{'1' if m[2] == 'one' else m[2]}{m[3]}", text)
    return _SAID.sub(_street, text)
