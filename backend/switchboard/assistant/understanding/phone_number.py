"""The callback number, typed or spoken digit by digit ("eight one six, five five five, oh one
two three"); of two numbers with a correction between them, the one the caller ended on ("six
oh two five five five oh one four seven, wait no, that's my old work number, it's ... oh one
seven four"). Its last digits said again after a repair are put in ("nine one three five five
five zero one seven two, wait no sorry, zero one two seven": 0127; "cero uno nueve ocho, ay
no perdón, es cero uno ocho nueve")."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.address_repair import SELF_REPAIR
from switchboard.assistant.understanding.address_words import SUFFIXES
from switchboard.assistant.understanding.model import Context, Extracted
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words
from switchboard.core.phones import InvalidPhoneNumber, to_e164

DIGIT_RUN = re.compile(r"(?:\+?[0-9]+(?:[ ./-]|\s(?=[0-9(]))?|\([0-9]{3}\)\s?)+")
# Said of the number before: "that's my old number", "ese es el número viejo".
_REPLACED = words(
    r"(?:old|previous|former|wrong)(?: [a-z]+)? (?:number|one)",
    r"(?:numero|telefono|celular)(?: [a-z]+)? (?:viejo|anterior|equivocado)",
)


def detect_phone(norm: Normalised, context: Context) -> Extracted[str] | None:
    # Spoken digits were turned into digit tokens by normalisation; join each run of them.
    text = norm.text.replace("#", " ")
    # "eight one six, five five five, oh one two three": "oh" after a pause is still a zero.
    text = re.sub(r"(?<=[0-9] )oh(?= [0-9])", "0", text)
    said = _numbers(text, context)
    if not said:
        return next((number for number, _, _ in _numbers(norm.raw, context)), None)
    number, _, end = said[0]
    for later, start, later_end in said[1:]:
        between = text[end:start]
        if later.value != number.value and (
            SELF_REPAIR.search(between) or _REPLACED.search(between)
        ):
            number = later
        end = later_end
    return _tail_put_right(number, text[end:])


# Words between a number and its last digits said again: "wait no sorry", "ay no perdón, es".
_MOST_WORDS_BEFORE_TAIL = 6
# Said digit by digit ("0 1 2 7"), or typed as one group that ends the turn ("0127").
_TAIL = re.compile(r"(?<![0-9] )(?<![0-9])([0-9](?: [0-9]){2,5}|[0-9]{3,4}$)(?![ ]?[0-9])")


def _tail_put_right(number: Extracted[str], after: str) -> Extracted[str]:
    """`number` with its last digits replaced by the ones said after a repair: three to six
    digits said one by one (or typed as the turn's last word), a few words after the number,
    with "sorry", "wait", "no", "perdón" before them ("sorry, 1200 Elm" is an address)."""
    tail = _TAIL.search(after)
    if tail is None:
        return number
    between = after[: tail.start()]
    if len(between.split()) > _MOST_WORDS_BEFORE_TAIL or not (
        SELF_REPAIR.search(between) or re.search(r"(?<![\w'])no(?![\w'])", between)
    ):
        return number
    if any(re.fullmatch(SUFFIXES, w) for w in after[tail.end() :].split()[:3]):
        return number  # "sorry, it's 1 2 0 0 elm street": the house number
    digits = tail[1].replace(" ", "")
    if number.value.endswith(digits):
        return number  # said again to make sure of it
    return Extracted(number.value[: -len(digits)] + digits, number.confidence)


def _numbers(text: str, context: Context) -> list[tuple[Extracted[str], int, int]]:
    """Each valid number in the text, with where it starts and ends."""
    found = []
    for m in DIGIT_RUN.finditer(text):
        digits = re.sub(r"[^0-9+]", "", m.group(0))
        core = digits.lstrip("+")
        if len(core) == 11 and core.startswith("1"):
            core = core[1:]
        if len(core) != 10 or core[0] in "01":
            continue
        try:
            found.append((Extracted(to_e164(core, context.region), 0.9), m.start(), m.end()))
        except InvalidPhoneNumber:
            continue
    return found
