"""Several jobs in one message, and the one the caller puts first.

"Kitchen drain is slow, the toilet runs all night and the spigot drips; do the toilet first",
"primero el inodoro porfa", "the AC is the priority": the job to file the visit under is the one
put first, most or today, not the one named first. Only where the marker stands next to a thing
(before it or after it, in its clause) is it read so: "first thing Monday", "the first floor",
"at first I thought" put nothing first.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.history import PIVOT, history_marker, told_as_history
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import negated, words

# How many words a thing put first takes ("the upstairs hall toilet").
_REACH = 4

# Said after the thing: "do the toilet first", "the AC first", "el inodoro primero", "the
# roof is the priority", "la regadera es lo más urgente", "the leak matters most".
_AFTER_THING = words(
    r"(?:1st|first|primero|primera)(?! (?:of|floor|thing|time|available|opening|slot|week|day|"
    r"visit|appointment|appt|piso|planta|vez|cosa|hora|cita|semana|dia)(?![\w']))",
    r"(?:is|are|'s|es|son) (?:the |my |our |lo |la )?(?:(?:most|mas) (?:urgent|important|urgente|"
    r"importante)|(?:top |main |first |real |big(?:gest)? )?priority|prioridad|main (?:thing|one|"
    r"issue|problem)|big(?:gest)? (?:one|deal)|que mas (?:me |nos )?(?:urge|importa|preocupa))",
    r"(?:matters|matter|bugs me|worries me|worry me) (?:the )?most",
    # "The toilet today, the rest can wait": what waits is not the job.
    r"(?:today|hoy)(?= (?:and |y )?(?:the |lo )?(?:others?|rest|other (?:stuff|things|ones)|"
    r"demas|otro|otros|otras) (?:can|could|puede|pueden) (?:wait|esperar))",
)
# Said before the thing: "first the toilet", "primero el inodoro", "start with the AC", "most
# important is the roof", "lo que más urge es el calentador".
_BEFORE_THING = words(
    r"(?:(?:do|fix|handle|tackle|look at) )?(?:1st|first|primero|primera|lo primero(?: es)?|"
    r"antes que nada)(?= (?:(?:do|fix|handle|tackle|look at|is|es|seria) )?(?:the|my|our|el|la|"
    r"los|las|mi|mis)(?![\w']))",
    r"(?:start|starting|begin|beginning) (?:with|on)|(?:empiecen|empiezen|empezar|empecemos|"
    r"comiencen|comenzar) (?:con|por)",
    r"(?:most (?:urgent|important)(?:ly)?|(?:the )?(?:top |main |first |real |big(?:gest)? )?"
    r"priority|(?:the )?main (?:thing|issue|problem)) (?:is|would be|is probably)",
    r"lo (?:que )?mas (?:urgente|importante|me urge|nos urge|urge)(?: (?:es|seria))?",
)
_FUNCTION_WORDS = {"the", "my", "our", "el", "la", "los", "las", "mi", "mis", "on", "at", "by",
                   "of", "del", "al", "in", "en", "a", "an"}  # fmt: skip


def _said_of_now(norm: Normalised, m: re.Match[str]) -> bool:
    """The marker is the caller's wish now: not denied ("not the toilet first"), not told as
    history ("last year you did the toilet first, now ...")."""
    if negated(norm, m.start(), m.end()) or told_as_history(norm.text, m.end()):
        return False
    clause_at = len(" ".join(norm.tokens[: norm.clause_start(norm.token_index(m.start()))]))
    marker = history_marker(norm.text, clause_at, m.start())
    return marker is None or PIVOT.search(norm.text, marker.end(), m.start()) is not None


def put_first(norm: Normalised) -> list[list[str]]:
    """The words of each thing the caller puts first: those after a marker that opens them
    ("first the toilet"), then those before a marker that closes them ("the toilet first"),
    within the marker's clause and up to `_REACH` words."""
    tokens, out = norm.tokens, []
    for m in _BEFORE_THING.finditer(norm.text):
        after = norm.token_index(m.end() - 1) + 1
        end = min([b for b in norm.breaks if b > after] + [after + _REACH, len(tokens)])
        if after not in norm.breaks and after < end and _said_of_now(norm, m):
            out.append(list(tokens[after:end]))
    for m in _AFTER_THING.finditer(norm.text):
        at = norm.token_index(m.start())
        if at == 0 or tokens[at - 1] in _FUNCTION_WORDS or not _said_of_now(norm, m):
            continue  # "on the 1st", "at first", "the first of the month"
        start = max(norm.clause_start(at), at - _REACH)
        if start < at:
            out.append(list(tokens[start:at]))
    return out
