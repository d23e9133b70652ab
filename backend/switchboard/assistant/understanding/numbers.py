"""Number words to digits, English and Spanish, the way speech recognisers spell them out.

Compounds are summed ("forty four" -> 44, "three hundred twelve" -> 312) but neighbouring
compounds stay separate tokens ("forty four ten" -> "44 10"), so an address or a phone number
can join them later while "in two days" still reads as one number.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "diez": 10, "once": 11,
    "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
}  # fmt: skip
ORDINAL_UNITS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
# Words that are numbers only next to another number: "the second one", "una tubería".
AMBIGUOUS = {"one", "uno", "una", "once", "oh", "o"}
NUMBER_CONTEXT = {"at", "option", "number", "around", "by", "after", "before", "until", "til"}


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def _is_number_word(token: str) -> bool:
    return token in UNITS or token in TEENS or token in TENS or token.isdigit()


def _value(token: str) -> int | None:
    if token in UNITS:
        return UNITS[token]
    if token in TEENS:
        return TEENS[token]
    if token in TENS:
        return TENS[token]
    return None


def words_to_digits(tokens: list[str]) -> list[str]:
    """Replace number words with digit tokens; ordinals become "2nd", "75th"."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok in AMBIGUOUS and not (i + 1 < n and tokens[i + 1] == "hundred" and tok in UNITS):
            prev = tokens[i - 1] if i else ""
            nxt = tokens[i + 1] if i + 1 < n else ""
            oh = tok in {"oh", "o"}
            near_number = _is_number_word(prev) or _is_number_word(nxt)
            if oh and not (_is_number_word(prev) and _is_number_word(nxt)):
                out.append(tok)
                i += 1
                continue
            if not oh and not near_number and prev not in NUMBER_CONTEXT:
                out.append(tok)
                i += 1
                continue
            out.append("0" if oh else "1")
            i += 1
            continue
        if tok in TENS:
            base = TENS[tok]
            nxt = tokens[i + 1] if i + 1 < n else ""
            if nxt in UNITS and UNITS[nxt] > 0:
                out.append(str(base + UNITS[nxt]))
                i += 2
                continue
            if nxt in ORDINAL_UNITS and ORDINAL_UNITS[nxt] < 10:
                out.append(ordinal_suffix(base + ORDINAL_UNITS[nxt]))
                i += 2
                continue
            if nxt == "y" and i + 2 < n and tokens[i + 2] in UNITS:  # "treinta y dos"
                out.append(str(base + UNITS[tokens[i + 2]]))
                i += 3
                continue
            out.append(str(base))
            i += 1
            continue
        if tok in UNITS or tok in TEENS:
            value = _value(tok)
            assert value is not None
            if i + 1 < n and tokens[i + 1] in {"hundred", "cientos"} and value > 0:
                total = value * 100
                j = i + 2
                if j < n and tokens[j] == "and":
                    j += 1
                rest = words_to_digits(tokens[j : j + 2]) if j < n else []
                if rest and rest[0].isdigit() and int(rest[0]) < 100:
                    consumed = 2 if (j < n and tokens[j] in TENS and int(rest[0]) % 10) else 1
                    total += int(rest[0])
                    j += consumed
                out.append(str(total))
                i = j
                continue
            out.append(str(value))
            i += 1
            continue
        if tok in {"double", "triple"} and i + 1 < n and tokens[i + 1] in UNITS:
            out.append(str(UNITS[tokens[i + 1]]) * (2 if tok == "double" else 3))
            i += 2
            continue
        if tok in ORDINAL_UNITS and tok != "second":
            out.append(ordinal_suffix(ORDINAL_UNITS[tok]))
            i += 1
            continue
        if tok == "second" and (i == 0 or tokens[i - 1] not in {"a", "one", "1"}):
            out.append("2nd")
            i += 1
            continue
        out.append(tok)
        i += 1
    return out
