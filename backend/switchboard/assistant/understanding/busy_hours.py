"""Hours the caller is busy: "I'm at the dentist from noon to 8", "I work from 9 to 3",
"trabajo de 8 a 5", "estoy ocupado de 9 a 12". A range said so is when not to come, never
the window asked for: the wish is the side of the day with more working hours left (before
the busy hours or after them), unless the turn asks for an hour of its own ("... can you
come at 4")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from switchboard.assistant.understanding.clock_times import (
    BETWEEN,
    clock_bounds,
    range_hours,
)
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES

_AWAY_AT = (r"(?:the |my |a |an )?(?:dentist|doctor|doctor's|doctors|work|job|school|office|"
            r"hospital|clinic|gym|church|class|classes|meeting|meetings|appointment|shift|"
            r"other job|orthodontist|vet|therapy)")  # fmt: skip
_BUSY = (rf"(?:i'm|im|i am|we're|we are|i'll be|i will be|he's|she's|they're) (?:at {_AWAY_AT}|"
         r"busy|working|at work|in class|in (?:a )?meetings?|out|away|gone|"
         r"not (?:home|here|available|around))(?: [a-z']+)?|"
         r"(?:i|we) (?:work|have (?:work|class|school|(?:a |an |the )?(?:dentist |doctor |"
         r"doctor's )?(?:appointment|meeting|thing)))|"
         r"(?:my|our) (?:shift|meeting|appointment|class|work)(?: is| runs)?|"
         r"trabajo|trabajamos|me toca trabajar|tengo que trabajar|"
         r"(?:estoy|estamos) (?:ocupad[oa]s?|trabajando|en el trabajo|fuera|en (?:una )?cita)|"
         r"no (?:estoy|estamos)(?: en casa)?|tengo (?:trabajo|clases?|(?:una )?cita)"
         r"(?: (?:con|en) (?:el |la )?[a-z]+)?")  # fmt: skip
# Between the busy words and the hours only days may come ("I work Tuesdays from 9 to 3"):
# "I work from home, come between 9 and 11" is a wish.
_DAY_WORDS = (rf"on|the|this|next|every|tomorrow|today|el|los|todos|usually|normally|all|"
              rf"mornings?|afternoons?|manana|hoy|dias|(?:{WEEKDAY_NAMES})(?:s|'s)?")  # fmt: skip
_BUSY_AHEAD = re.compile(rf"(?<![\w'])(?:{_BUSY})(?: (?:{_DAY_WORDS})){{0,3}}\s*$")
# The working day the visit must fit in, to judge which side of the busy hours has room.
_OPENS, _CLOSES = 8, 18

Hours = tuple[time | None, time | None, bool]


def busy_hours(norm: Normalised) -> Hours | None:
    """The hours wanted when the turn says hours the caller is busy; None when it does not."""
    for m in BETWEEN.finditer(norm.text):
        if not _BUSY_AHEAD.search(norm.text[: m.start()]):
            continue
        if (said := range_hours(m, norm)) is None:
            continue
        start, end = said
        rest_text = " ".join((norm.text[: m.start()] + " " + norm.text[m.end() :]).split())
        rest = replace(norm, text=rest_text, tokens=tuple(rest_text.split()), breaks=frozenset())
        own = clock_bounds(rest)
        if own[0] is not None or own[1] is not None:
            return own  # "I'm at work from 8 to 3, can you come at 4": that hour
        if start.hour - _OPENS > _CLOSES - end.hour:
            return None, start, False  # "at the dentist from noon to 8": before noon
        return end, None, False  # "trabajo de 8 a 5": after 5
    return None
