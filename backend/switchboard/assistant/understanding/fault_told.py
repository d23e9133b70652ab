"""The thing the caller tells the fault of, beside things only said along the way.

"I was putting the christmas lights up and the outdoor plug trips every time", "hanging a
ceiling fan when the switch by the door started sparking", "el contacto de afuera echa chispas
cuando conecto las luces": the lights and the fan are what the caller was doing or plugging
in; the plug, the switch and "el contacto" are what trips, sparks or died, so they are the job
when both name a service. `faulty_things` gives that thing's words, in normalised text.
"""

from __future__ import annotations

import re

_FAULT = (
    r"(?:keeps |kept |just |still |always |now |then |also |sometimes |won't stop )?"
    r"(?:trips|tripped|tripping|sparks|sparked|sparking|started sparking|pops|popped|buzzes|"
    r"buzzing|is dead|went dead|died|quit|stopped working|won't work|doesn't work|"
    r"isn't working|is not working|"
    r"echa chispas|echo chispas|saca chispas|chispea|chispeo|se bota|se boto|no sirve|"
    r"no funciona|dejo de funcionar|se murio)"
)
_THING = re.compile(
    r"(?<![\w'])(?:the|my|our|that|this|one|an?|el|la|mi|ese|esa|este|esta) "
    r"(?:(?!(?:it|i|we|they|he|she)(?![\w']))[\w-]+ )?([\w-]+)"
    # Where it is ("by the garage", "by the front door", "de afuera", "del baño").
    r"(?: (?:by|on|in|at|near|outside|under|over|de|del|en) (?:the |my |our |el |la )?"
    r"(?:[\w-]+ )?[\w-]+)?"
    rf" {_FAULT}(?![\w'])"
)


# A breaker or a fuse that trips or blows does its work: the fault is in what tripped it ("a
# bobby pin in the outlet, there was a pop and the breaker tripped"), never the breaker.
_PROTECTORS = frozenset({"breaker", "breakers", "fuse", "fuses", "pastilla", "pastillas",
                         "fusible", "fusibles"})  # fmt: skip


def faulty_things(text: str) -> set[str]:
    """The word naming each thing whose fault the turn tells ("plug" in "the outdoor plug by
    the garage trips")."""
    return {m[1] for m in _THING.finditer(text)} - _PROTECTORS
