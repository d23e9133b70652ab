"""When the caller came to the home, said as the background to what is happening now.

"We just moved in like two weeks ago and there's water coming out of the kitchen light",
"bought the house a month ago and now the basement is flooding", "nos mudamos hace dos
semanas": the time gone by dates the caller's arrival, not the hazard. `hazard_scope` blanks
these spans before it looks for a past marker near a mention, so a hazard told after them is
read in its own tense. A hazard itself told with its own "ago" ("it flooded two weeks ago,
right after we moved in") stays past.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_AMOUNT = (
    r"(?:like |about |around |maybe |only |just |roughly |almost |not even )?"
    r"(?:a|an|one|two|three|four|five|six|\d+|a few|a couple(?: of)?|a couple of|several)"
)
_UNIT = r"(?:days?|weeks?|months?|years?)"
_HOME = r"(?:house|home|place|apartment|condo|unit|townhouse|duplex|property)"
_ARRIVED = (
    r"(?:just |only |recently )?(?:moved|move) in(?:to (?:the|this|our|my|a) (?:new )?"
    rf"{_HOME})?",
    rf"(?:just |only |recently )?(?:moved|move) (?:to|into) (?:the|this|our|my|a) (?:new )?{_HOME}",
    rf"(?:just |only |recently )?(?:bought|closed on|purchased|rented|started renting) "
    rf"(?:the|this|our|my|a) (?:new )?{_HOME}",
)
MOVED_IN_AGO = words(
    *(rf"(?:{arrived}) {_AMOUNT} {_UNIT} ago" for arrived in _ARRIVED),
    r"(?:nos|me) (?:acabamos de |acabo de )?(?:mudamos|mude|cambiamos|cambie)(?: [a-z]+){0,3} "
    r"hace (?:como |unos |unas )?(?:un|una|dos|tres|cuatro|cinco|\d+|pocos|pocas) "
    r"(?:dias?|semanas?|mes|meses|anos?)",
)


def without_moving_in(text: str) -> str:
    """The text with every arrival-and-its-time blanked out ("moved in 2 weeks ago")."""
    return MOVED_IN_AGO.sub(lambda m: " ".join("-" for _ in m.group().split()), text)
