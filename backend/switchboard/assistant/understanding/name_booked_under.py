"""The name a caller asks the visit to go under, said among other names ("the name is Pat
Reyes, but there's two of us, my wife is Patricia and I'm Patrick, so put it under Patrick";
"a nombre de María Elena Garza, pero mi suegra se llama María Garza"): the booking's name is
the one put under, and a first name alone there keeps the surname the caller gave the name
it stands for ("Pat Reyes" ... "Patrick": Patrick Reyes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.normalise import fold

# The words before the name in a statement that puts the visit under it.
_UNDER = re.compile(
    r"(?<![\w'])(?:under|nombre de|pongalo como|ponlo como|ponla como|pongala como|"
    r"anotelo como|apuntelo como|pongame como|anoteme como|down as)(?![\w'])"
)


def booked_under(
    stated: Sequence[tuple[Extracted[str], re.Match[str]]],
) -> Extracted[str] | None:
    """The last name the turn puts the visit under, beating a name stated otherwise or said of
    someone else ("mi suegra se llama ..."); `stated` holds each statement's name and its
    match (identity.STRONG)."""
    under = [n for n, m in stated if _UNDER.search(m[0][: m.start(1) - m.start()])]
    others = [n for n, m in stated if not _UNDER.search(m[0][: m.start(1) - m.start()])]
    if not under:
        return None
    name = under[-1]
    given = fold(name.value).split()
    if len(given) != 1:
        return name
    for other in others:
        words = fold(other.value).split()
        first = words[0]
        short, long = sorted((first, given[0]), key=len)
        if len(words) >= 2 and first != given[0] and len(short) >= 3 and long.startswith(short):
            surname = " ".join(other.value.split()[1:])
            return Extracted(f"{name.value} {surname}", name.confidence)
    return name
