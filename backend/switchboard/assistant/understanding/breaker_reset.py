"""A breaker that tripped once and was reset: the breaker did its job, the thing that tripped
it is the job.

"The outlet sparked, the breaker tripped, I reset it, want the outlet replaced", "se prendió
fuego el contacto, se botó la pastilla y la subí": the breaker told this way is a symptom of
the fault the caller names beside it, not the panel work a breaker that keeps tripping is.
`reset_breakers` gives the tokens of that telling, to leave out of the matching, only when the
turn names another fault; said alone ("the breaker tripped and I reset it"), or still tripping
("I reset it but it keeps tripping"), the breaker is the job.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, words
from switchboard.assistant.understanding.work_kind import FAULT

# A reset that failed ("it won't reset no matter how many times I press the button") leaves
# the tripped device the job.
_NOT_DONE = "".join(
    f"(?<!{w} )"
    for w in ("won't", "wont", "can't", "cant", "couldn't", "doesn't", "didn't", "not", "never")
)
_RESET = words(
    r"(?:the |a |our |my |one )?(?:breakers?|fuses?|gfci|circuit)(?: [\w']+){0,3} (?:tripped|"
    r"popped|flipped|blew|kicked off|went off|shut off)(?: [\w']+){0,6}? "
    rf"{_NOT_DONE}(?:reset|flipped|switched|turned|pushed|put)(?: it| them| that)?(?: back)?"
    r"(?: on| up)?",
    r"(?:se )?(?:boto|botaron|bajo|bajaron|brinco|brincaron) (?:la |las |el |los )?(?:pastillas?|"
    r"breakers?|interruptor\w*)(?: [\w']+){0,6}? (?:la |lo |las |los )?(?:subi|subimos|subio|"
    r"subieron|levante|levantamos|prendi|prendimos|reinicie|reiniciamos)",
)
# Still tripping after the reset: the breaker is the job again.
_AGAIN = words(
    r"(?:keeps|kept|keep|still|won't stop|wont stop) (?:tripping|popping|flipping|blowing)",
    r"trips? (?:again|every time|each time|right back)|(?:se sigue|sigue) (?:botando|bajando)",
)


def reset_breakers(norm: Normalised) -> set[int]:
    """Token indexes of a tripped breaker told as reset, when another fault is named."""
    if next(affirmed(_AGAIN, norm), None) is not None:
        return set()
    spans = [(m.start(), m.end()) for m in _RESET.finditer(norm.text)]
    if not spans:
        return set()
    outside = [
        m
        for m in affirmed(FAULT, norm)
        if not any(a <= m.start() < b for a, b in spans) and "trip" not in m[0]
    ]
    if not outside:
        return set()
    return {i for a, b in spans for i in range(norm.token_index(a), norm.token_index(b - 1) + 1)}
