"""A house number corrected on its own: "no sorry, it's 2781 not 2718", "es el catorce veinte,
no el doce cuarenta", "no perdón, es el mil cuatrocientos". The caller rejects the number on
the table (naming it or not); the number they say instead takes its place, and the street
stays."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_words import said_twice

# The caller is rejecting something: without one of these, two numbers are just two numbers.
_REJECTING = re.compile(
    r"(?<![\w'])(?:not|no|ni|sorry|perdon|wrong|mistake|equivoque|backwards|reversed|flipped|"
    r"al reves)(?![\w'])"
)
_LEADING = re.compile(r"^([0-9]+)(?= )")
_ADDRESS_WORDS = re.compile(r"(?<![\w'])(?:house number|street number|address|addy|numero de "
                            r"(?:casa|la casa|calle)|direccion)(?![\w'])")  # fmt: skip


def about_the_address(text: str) -> bool:
    """The turn says it is about the address ("the house number is...", "la dirección es")."""
    return _ADDRESS_WORDS.search(text) is not None


def _runs(tokens: list[str]) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for token in tokens:
        if token.isdigit():
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    return [_said_once(r) for r in runs if r]


def _said_once(run: list[str]) -> list[str]:
    """ "Forty five twenty one, forty five twenty one": a number said twice over to make sure
    of it is the number once."""
    half = len(run) // 2
    if half >= 1 and len(run) % 2 == 0 and run[:half] == run[half:] and len("".join(run)) > 2:
        return run[:half]
    return run


def _without(run: list[str], old: str) -> tuple[bool, list[str]]:
    """Whether `old` is said in this run of number groups ("12 40" is 1240), and the numbers
    said around it ("12 40 14 20" -> 1420)."""
    for start in range(len(run)):
        for end in range(start + 1, len(run) + 1):
            if "".join(run[start:end]) == old:
                return True, ["".join(p) for p in (run[:start], run[end:]) if p]
    return False, ["".join(run)]


def _spelled_out(run: list[str], length: int) -> str | None:
    """A number said, then said again digit by digit to make sure of it ("twenty two fifty,
    two two five zero"): the number, when both say the same. The first digit spelled may have
    been joined to the tens word before it ("fifty two two five zero" reads as 52 2 5 0)."""
    if length < 3 or len(run) <= length - 1:
        return None
    spelled = run[-length:]
    said_first = "".join(run[:-length])
    if len(run) > length and all(len(t) == 1 for t in spelled) and said_first == "".join(spelled):
        return said_first
    said, joined, rest = run[:-length], run[-length], run[-length + 1 :]
    # "fifty two": the "two" is the first digit spelled, the tens word said "fifty"; so too
    # "ochocientos cincuenta ocho cinco cero", read as 858 5 0.
    whole = said or len(joined) >= 3
    if whole and len(joined) >= 2 and joined[-1] != "0" and all(len(t) == 1 for t in rest):
        number = joined[-1] + "".join(rest)
        if "".join(said) + joined[:-1] + "0" == number:
            return number
    return None


def corrected(address: str | None, text: str) -> str | None:
    """The address with its house number replaced, when this turn rejects that number and
    says another one like it."""
    m = _LEADING.match(address or "")
    if m is None or address is None or _REJECTING.search(text) is None:
        return None
    old = m.group(1)
    rejected, others = False, []
    for run in _runs(text.split()):
        # "fourteen forty, one four four zero": the new number said whole, then digit by
        # digit (its tens word run into the first digit), is one number.
        if (twice := said_twice(run)) is not None:
            run = [twice]
        said, rest = _without(run, old)
        rejected |= said
        spelled = None if said else _spelled_out(run, len(old))
        others += [spelled] if spelled else rest
    new = [n for n in others if n != old and abs(len(n) - len(old)) <= 1 and n[0] != "0"]
    # "No perdón, es el mil cuatrocientos": the rejected number goes unsaid, and the one
    # number said, like the house number, takes its place.
    alone = len(others) == 1 and len(new) == 1 and len(new[0]) >= 2
    if not new or not (rejected or alone):
        return None
    return new[0] + address[m.end() :]
