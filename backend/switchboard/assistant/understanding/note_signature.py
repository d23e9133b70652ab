"""A note for the owner signed as people sign a text: "Can the owner call me? Alejandro
678-555-0144", "Looking for work. Thanks, Marisol 832-555-0102".

Someone leaving word (a crew after work, a supplier, a job seeker) often types only a first
name before the number. Alone in its clause, typed with a capital and not an everyday word, it
is who to call back; a first and last name there is read by `bare_name.detect_signed_name`.
Spoken turns have no capitals, so this is heard in writing only.
"""

from __future__ import annotations

from itertools import pairwise

from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import clean_name, name_like
from switchboard.assistant.understanding.name_words import typed
from switchboard.assistant.understanding.normalise import Normalised

# Said before the name in a sign-off: "thanks, Marisol", "- Alejandro".
_SIGN_OFF = {"thanks", "thank", "you", "thx", "gracias", "saludos", "regards", "cheers"}
# What a contact line says before the number instead of a name: "Cel 832...", "Llámeme 832...".
_CONTACT = {"cel", "cell", "celular", "tel", "telefono", "numero", "whatsapp", "wa", "llameme",
            "llamame", "marqueme", "marcame", "mensaje", "textos", "text", "movil", "ph", "mobile",
            "office", "oficina", "casa"}  # fmt: skip
_PHONE_DIGITS = 7


def signed_first_name(norm: Normalised) -> str | None:
    """The one name that signs the note, right before the phone number; else None."""
    tokens = norm.tokens
    bounds = sorted({0, *norm.breaks, len(tokens)})
    for start, end in pairwise(bounds):
        # The number may end the name's clause ("Alejandro 678-555-0144") or open the next
        # ("Marisol, 832-555-0102").
        digits = next((i for i in range(start, end) if tokens[i].isdigit()), end)
        number = "".join(t for t in tokens[digits : digits + 4] if t.isdigit())
        if len(number) < _PHONE_DIGITS:
            continue  # "Mike, 3 guys available": a count, not a number to call
        said = [t for t in tokens[start:digits] if t not in _SIGN_OFF]
        if len(said) != 1:
            continue
        word = said[0]
        # Spanish given names are everyday words of the Spanish lexicon ("Alejandro"), so
        # only English everyday words and the words of a contact line are ruled out.
        if (
            not name_like(word)
            or is_common(word, "en")
            or word in _CONTACT
            or not typed(norm.raw, word)
        ):
            continue
        name = clean_name(word)
        if name is not None:
            return as_written(norm.raw, name)
    return None
