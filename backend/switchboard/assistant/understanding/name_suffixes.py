"""A generational suffix on a caller's name ("Marcus Odum Sr", "Jamal Washington Jr"): said
right after the name ("marcus odum senior"), or told as which one the caller is when two in
the house share the name ("there's jamal senior and jamal junior, I'm senior", "put senior on
it", "soy el junior"). A senior citizen, a senior manager or "I'm a senior" are no suffix."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.spelled_letters import LETTER_RUN, letters_joined

_WRITTEN = {"senior": "Sr", "sr": "Sr", "junior": "Jr", "jr": "Jr"}
_SUFFIX = r"(senior|junior|sr|jr)"
# "senior citizen", "senior center", "junior high": the word says something else there.
_NOT_A_SUFFIX = (
    r"(?! (?:citizen|citizens|center|centre|centers|home|homes|living|discount|discounts|"
    r"housing|community|care|apartment|apartments|complex|residence|high|college|year|"
    r"class|manager|engineer|partner|analyst|developer|designer|director|officer|editor|"
    r"associate|vice|vp|tech|technician|plumber|electrician|account|executive|pastor|"
    r"ciudadano|ciudadana|ciudadanos)(?![\w']))"
)
# "I'm senior", "I'm the junior", "soy el junior", "put senior on it", "it's the senior one".
_WHICH_ONE = re.compile(
    rf"(?<![\w'])(?:(?:i'm|im|i am|soy|it's|its|it is|es)(?: the| el)? {_SUFFIX}{_NOT_A_SUFFIX}"
    rf"(?: one)?(?![\w'-])|(?:put|add|write|ponga|pongale) (?:a )?{_SUFFIX} (?:on|to|en) )"
)


def _suffix_after(text: str, words: list[str]) -> str | None:
    """The suffix said right after the name, its first name alone or whole ("jamal senior"),
    when the turn gives that name only one ("jamal senior and jamal junior" gives two)."""
    found: set[str] = set()
    for said in {words[0], " ".join(words)}:
        pattern = rf"(?<![\w']){re.escape(said)} {_SUFFIX}{_NOT_A_SUFFIX}(?![\w'-])"
        found |= {_WRITTEN[m[1]] for m in re.finditer(pattern, text)}
    return found.pop() if len(found) == 1 else None


def with_suffix(norm: Normalised, name: Extracted[str] | None) -> Extracted[str] | None:
    """The caller's name with the suffix they gave it, when they gave one in the same turn."""
    if name is None:
        return None
    words = fold(name.value).split()
    if len(words) > 2 and words[-1] in {"senior", "junior"}:
        # "its robert king senior": read whole as the name, written as a suffix is
        said = " ".join(name.value.split()[:-1])
        return Extracted(f"{said} {_WRITTEN[words[-1]]}", name.confidence)
    if len(words) < 2 or words[-1].rstrip(".") in _WRITTEN or words[-1] in {"ii", "iii", "iv"}:
        return name
    text = letters_joined(norm).text if LETTER_RUN.search(norm.text) else norm.text
    told = {_WRITTEN[m[1] or m[2]] for m in _WHICH_ONE.finditer(text)}
    suffix = told.pop() if len(told) == 1 else None if told else _suffix_after(text, words)
    if suffix is None:
        return name
    return Extracted(f"{name.value} {suffix}", name.confidence)
