"""A name said first and called the name after it, anywhere in the turn.

"okay I'll close the oven vincent abruzzese that's my name, the house is ...", "rosa treviño
ese es mi nombre", "dale okafor, that's my name": speech recognition writes no comma before the
name, so it is read backwards from "that's my name": the two words just before, and a third
before them when it is not an everyday word ("the oven" is what the caller was doing). One
name alone before it ("it's carol that's my name") is the name. Whose name it is follows the
same words: "that's her name" names the person the visit is for, which the caller means too.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.company import is_business
from switchboard.assistant.understanding.lexicon import is_common
from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.name_case import as_written
from switchboard.assistant.understanding.name_rules import an_answer, clean_name, name_like
from switchboard.assistant.understanding.name_words import PARTICLES, parts_of, typed
from switchboard.assistant.understanding.normalise import Normalised

_CALLED = re.compile(
    r"(?<![\w'])(?:that's|thats|that is|that be) (?:my|her|his|their|the) name(?![\w'])|"
    r"(?<![\w'])(?:ese|eso|asi) es (?:mi|su|el) nombre(?![\w'])|(?<![\w'])asi me llamo(?![\w'])"
)
_MOST = 3


def name_then_called(norm: Normalised) -> Extracted[str] | None:
    m = _CALLED.search(norm.text)
    if m is None:
        return None
    end = norm.token_index(m.start())
    words: list[str] = []
    i = end - 1
    # Back to the start of the clause at most ("vincent abruzzese. that's my name" reads).
    while i >= 0 and len(parts_of(words)) < _MOST and (i == end - 1 or i + 1 not in norm.breaks):
        token = norm.tokens[i]
        if not (name_like(token) or (words and token in PARTICLES)):
            break
        words.insert(0, token)
        i -= 1
    while words and words[0] in PARTICLES:
        words.pop(0)
    # "the oven vincent abruzzese": past two words, an everyday word is what came before.
    # ("maria de los angeles": a first name before its particles stays)
    while (
        len(parts_of(words)) > 2
        and words[1] not in PARTICLES
        and is_common(words[0])
        and not typed(norm.raw, words[0])
    ):
        words.pop(0)
    if not words:
        return None
    said = " ".join(words)
    if an_answer(said) or is_business(said):
        return None
    name = clean_name(said)
    if name is None or len(name.split()) != len(words):
        return None
    return Extracted(as_written(norm.raw, name), 0.85)
