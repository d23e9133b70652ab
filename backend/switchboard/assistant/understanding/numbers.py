"""Number words to digits, English and Spanish, the way speech recognisers spell them out.

Compounds are summed ("forty four" -> 44, "three hundred twelve" -> 312, "thirty three
hundred" -> 3300, "one hundred twenty fifth" -> 125th, "siete mil cien" -> 7100) but
neighbouring compounds stay separate tokens ("forty four ten" -> "44 10"), so an address or a
phone number can join them later while "in two days" still reads as one number.
"""

from __future__ import annotations

import re

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
TEENS.update({
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veintiuno": 21,
    "veintiun": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
})  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}  # fmt: skip
# "three hundred", "thirty three hundred"; Spanish names its hundreds ("doscientos").
HUNDRED = {"hundred", "cientos"}
SPANISH_HUNDREDS: dict[str, int] = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300,
    "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500,
    "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
    "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900,
    "novecientas": 900,
}  # fmt: skip
THOUSAND = {"thousand", "mil"}
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
# "one o'clock", "one pm": a clock follows.
NUMBER_AFTER = {"oclock", "o'clock", "am", "pm"}
# Spoken clock words that make "one", "una" a time: "one p m" (before the repair to "pm"),
# "a la una", "después de la una", "one or two".
_SPOKEN_MERIDIEM = {("p", "m"), ("a", "m")}
_HOUR_ARTICLE_BEFORE = {"a", "de", "desde", "hasta", "despues", "antes", "partir"}
_ENGLISH_DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
_ENGLISH_TENS = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                 "sixty", "seventy", "eighty", "ninety"}  # fmt: skip
# "Oh no", "oh wait", "oh my god": the "oh" that starts an exclamation is no zero.
_EXCLAIMED_AFTER_OH = {"no", "wait", "sorry", "my", "god", "gosh", "yeah", "yes", "ok", "okay",
                       "well", "i", "right", "man", "dear", "boy", "wow", "and", "um", "uh",
                       "actually", "hold", "never", "nevermind", "shoot", "darn"}  # fmt: skip


def _spoken_digit_zero(tokens: list[str], i: int) -> bool:
    """ "two two four oh south vine": an "oh" that ends a run of digits said one by one is a
    zero (the house number is 2240). Two digits before it at least, so "four oh" alone
    and "oh no" after a number stay words."""
    if i < 2 or tokens[i - 1] not in _ENGLISH_DIGITS or tokens[i - 2] not in _ENGLISH_DIGITS:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1] not in _EXCLAIMED_AFTER_OH


def _spanish_or(tokens: list[str], i: int) -> bool:
    """ "tres o cuatro", "3 o 4": in Spanish the "o" between two numbers is "or", not a
    zero; a zero is "oh" or sits between English number words ("nine o five")."""
    prev = tokens[i - 1] if i else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    english = {
        *_ENGLISH_DIGITS,
        *(w for w in TEENS if w.isascii() and w.endswith("teen")),
        "ten",
        "eleven",
        "twelve",
        *(w for w in TENS if w.endswith("ty")),
    }
    return tokens[i] == "o" and prev not in english and nxt not in english


def _clock_word(tokens: list[str], i: int) -> bool:
    """Is the ambiguous `tokens[i]` an hour by what is around it?"""
    n = len(tokens)
    if i + 2 < n and (tokens[i + 1], tokens[i + 2]) in _SPOKEN_MERIDIEM:
        return True
    if tokens[i] == "una" and i >= 2 and tokens[i - 1] == "la":
        return tokens[i - 2] in _HOUR_ARTICLE_BEFORE
    if tokens[i] == "once" and i >= 1 and tokens[i - 1] == "las":
        return True  # "a las once", "antes de las once": eleven o'clock, never "at once"
    return i + 2 < n and tokens[i + 1] in {"or", "to", "til"} and is_number_word(tokens[i + 2])


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def is_number_word(token: str) -> bool:
    return token in UNITS or token in TEENS or token in TENS or token.isdigit()


_is_number_word = is_number_word


def _value(token: str) -> int | None:
    if token in UNITS:
        return UNITS[token]
    if token in TEENS:
        return TEENS[token]
    if token in TENS:
        return TENS[token]
    return None


def _below_hundred(tokens: list[str], i: int) -> tuple[int, int, bool] | None:
    """(value, tokens used, is ordinal) of a number under 100 starting at `i`."""
    n = len(tokens)
    tok = tokens[i]
    if tok in TENS:
        base = TENS[tok]
        nxt = tokens[i + 1] if i + 1 < n else ""
        if nxt in UNITS and UNITS[nxt] > 0:
            return base + UNITS[nxt], 2, False
        if nxt in ORDINAL_UNITS and ORDINAL_UNITS[nxt] < 10:
            return base + ORDINAL_UNITS[nxt], 2, True
        if nxt == "y" and i + 2 < n and tokens[i + 2] in UNITS:  # "treinta y dos"
            return base + UNITS[tokens[i + 2]], 3, False
        return base, 1, False
    value = _value(tok)
    return None if value is None else (value, 1, False)


def _hundreds_in_pair(tokens: list[str], j: int) -> int | None:
    """ "eleven thousand four eighty": after its thousands a house number's hundreds may be
    said as a digit and the tens after it, as "four eighty" is 480 (11480). English only, and
    only a digit then a tens or teens word: "two thousand four" stays 2004."""
    if j + 1 >= len(tokens) or tokens[j] not in _ENGLISH_DIGITS - {"zero"}:
        return None
    nxt = tokens[j + 1]
    if nxt not in _ENGLISH_TENS:
        return None
    return UNITS[tokens[j]] * 100


def _cardinal(tokens: list[str], i: int) -> tuple[int, int, bool] | None:
    """The longest compound at `i`: [small] thousand/mil, then [small] hundred or a Spanish
    hundred, then a number under 100. (value, tokens used, is ordinal)."""
    n = len(tokens)
    total, j, ordinal = 0, i, False
    small = _below_hundred(tokens, j) if j < n else None
    if j < n and tokens[j] in THOUSAND:
        total, j = 1000, j + 1  # "mil doscientos"
    elif small and small[1] + j < n and tokens[j + small[1]] in THOUSAND and not small[2]:
        total, j = small[0] * 1000, j + small[1] + 1
    if j > i:
        small = _below_hundred(tokens, j) if j < n else None
    if j < n and tokens[j] in SPANISH_HUNDREDS:
        total, j = total + SPANISH_HUNDREDS[tokens[j]], j + 1
    elif j > i and (hundreds := _hundreds_in_pair(tokens, j)) is not None:
        total, j = total + hundreds, j + 1
    elif small and not small[2] and small[1] + j < n and tokens[j + small[1]] in HUNDRED:
        if small[0] == 0:
            return None
        total, j = total + small[0] * 100, j + small[1] + 1
        if j < n and tokens[j] == "and":
            j += 1
    elif small and j == i:
        return small  # a plain number under 100: neighbours stay separate tokens
    if j == i:
        return None
    rest = _below_hundred(tokens, j) if j < n else None
    if rest is None and j < n and tokens[j] in ORDINAL_UNITS:
        rest = (ORDINAL_UNITS[tokens[j]], 1, True)
    if rest is not None:
        total, j, ordinal = total + rest[0], j + rest[1], rest[2]
    elif j < n and tokens[j] == "and" and j > i:
        pass
    return total, j - i, ordinal


def _digit_oh_ordinal(tokens: list[str], i: int) -> int | None:
    """ "one oh eighth", "two o fifth": a numbered street said digit by digit, the zero as
    "oh" and the last digit as an ordinal, is one number (108th, 205th)."""
    if i + 2 >= len(tokens) or tokens[i] not in _ENGLISH_DIGITS - {"zero"}:
        return None
    if tokens[i + 1] not in {"oh", "o", "zero"} or tokens[i + 2] not in ORDINAL_UNITS:
        return None
    last = ORDINAL_UNITS[tokens[i + 2]]
    return UNITS[tokens[i]] * 100 + last if last < 10 else None


def words_to_digits(tokens: list[str]) -> list[str]:
    """Replace number words with digit tokens; ordinals become "2nd", "75th"."""
    out: list[str] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok in TENS and out and out[-1].isdigit() and _digit_oh_ordinal(tokens, i + 1):
            # "sixty nine forty one oh eighth": a Queens house number's second half, then the
            # street (69-40 108th): the unit begins the street said digit by digit.
            out.append(str(TENS[tok]))
            i += 1
            continue
        if (hundreds := _digit_oh_ordinal(tokens, i)) is not None:
            out.append(ordinal_suffix(hundreds))  # "one oh eighth" street: 108th
            i += 3
            continue
        if tok in AMBIGUOUS and not (
            i + 1 < n and (tokens[i + 1] in HUNDRED or tokens[i + 1] in THOUSAND) and tok in UNITS
        ):
            prev = tokens[i - 1] if i else ""
            nxt = tokens[i + 1] if i + 1 < n else ""
            oh = tok in {"oh", "o"}
            # "twenty one oh one": the "one" after a spoken zero is a digit too.
            after_zero = prev in {"oh", "o"} and i >= 2 and _is_number_word(tokens[i - 2])
            near_number = _is_number_word(prev) or _is_number_word(nxt) or after_zero
            between = _is_number_word(prev) and _is_number_word(nxt) and not _spanish_or(tokens, i)
            if oh and not (between or _spoken_digit_zero(tokens, i)):
                out.append(tok)
                i += 1
                continue
            # "Come at once" is "right away"; "a las once" is eleven.
            english_once = tok == "once" and prev in NUMBER_CONTEXT
            if (
                not oh
                and not near_number
                and (prev not in NUMBER_CONTEXT or english_once)
                and nxt not in NUMBER_AFTER
                and not _clock_word(tokens, i)
            ):
                out.append(tok)
                i += 1
                continue
            if tok == "una":  # "a la una": one o'clock ("una" alone is "a")
                out.append("1")
                i += 1
                continue
            if oh:
                out.append("0")
                i += 1
                continue
        if (
            tok in TENS
            or tok in UNITS
            or tok in TEENS
            or tok in SPANISH_HUNDREDS
            or tok in THOUSAND
        ) and (found := _cardinal(tokens, i)) is not None:
            value, used, ordinal = found
            out.append(ordinal_suffix(value) if ordinal else str(value))
            i += used
            continue
        # "a hundred and two": one hundred and two.
        if tok == "a" and (
            tokens[i + 1 : i + 2] in (["hundred"], ["thousand"])
            and (found := _cardinal(["one", *tokens[i + 1 :]], 0)) is not None
        ):
            out.append(ordinal_suffix(found[0]) if found[2] else str(found[0]))
            i += found[1]
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


# An hour's fractions said in words, written as the clock every extractor reads ("4 30"):
# "las 4 y media" 4:30, "las 10 y cuarto" 10:15, "las 5 menos cuarto" 4:45; "half past 4",
# "quarter past 10", "quarter to 5". Applied after the number words became digits.
_SPANISH_FRACTION = re.compile(
    r"(?<![\w':])(1[0-2]|[1-9]) (y media|y cuarto|menos cuarto)(?![\w'])"
)
_ENGLISH_FRACTION = re.compile(
    r"(?<![\w'])(?:a )?(half past|quarter past|quarter after|quarter to|quarter til) "
    r"(1[0-2]|[1-9])(?![\w':])"
)


def _minutes_before(hour: int) -> int:
    return hour - 1 if hour > 1 else 12


def clock_fractions(text: str) -> str:
    """ "4 y media" -> "4 30", "quarter to 5" -> "4 45" (digits already, see `words_to_digits`)."""

    def spanish(m: re.Match[str]) -> str:
        hour, fraction = int(m.group(1)), m.group(2)
        if fraction == "menos cuarto":
            return f"{_minutes_before(hour)} 45"
        return f"{hour} {'30' if fraction == 'y media' else '15'}"

    def english(m: re.Match[str]) -> str:
        fraction, hour = m.group(1), int(m.group(2))
        if fraction.startswith("half"):
            return f"{hour} 30"
        if fraction in {"quarter past", "quarter after"}:
            return f"{hour} 15"
        return f"{_minutes_before(hour)} 45"

    return _ENGLISH_FRACTION.sub(english, _SPANISH_FRACTION.sub(spanish, text))
