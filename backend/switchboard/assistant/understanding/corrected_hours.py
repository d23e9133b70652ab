"""An hour corrected in the same breath: "Thursday at one, no, two", "at 9, actually make that
10", "Tuesday at noon, actually no, make that eight in the morning", "a las 10, digo, a las
11", "el martes a las 9, perdón, a las 11". The hours said after the last correction that
names one are the ones meant; the hours before it were taken back. (The day said last is
the day meant already: `calendar_days.date_range_asked`.)

So does an hour said after one that fails ("at 3 I can't, 4 works"). "No" corrects only
when a new value follows it ("one, no, two", "no, make it 3"); "no later than 5" and "no
antes de las 4" are bounds and stay as they are."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from switchboard.assistant.understanding.clock_times import clock_bounds
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.weekdays import WEEKDAY_NAMES

# What a correcting "no" leads to: an hour, a day, or another correction word.
_NEW_VALUE = (rf"[0-9]{{1,2}}(?::[0-9]{{2}})?|at|a las?|make|wait|sorry|actually|i mean|"
              rf"i meant|perdon|mejor|mas bien|digo|the|el|la|las|{WEEKDAY_NAMES}|tomorrow|"
              rf"today|manana|hoy")  # fmt: skip
# Words that replace what the caller just said with what follows.
_REPLACING = (r"(?<!can't )(?<!cannot )(?<!couldn't )(?<!won't )(?<!to )make (?:it|that)|"
              r"change (?:it|that) to|"
              r"(?:let's|lets) (?:say|do|go with)|mejor(?! que)|mas bien|"
              r"(?:que )?(?:sea|mejor) (?:a|para)")  # fmt: skip
# An hour that fails, said after it ("at 3 I can't, 4 works"), ends its phrase: "it can't be
# before 3" is a bound.
_FAILS = (r"(?:can't|cannot|(?:doesn't|does not|won't|will not) work|(?:is )?no good|"
          r"no (?:puedo|podemos|me (?:queda|sirve)|nos (?:queda|sirve)))"
          r"(?: for (?:me|us)| para (?:mi|nosotros))?(?= (?:[0-9]{1,2}|but|so|pero|how|what|"
          r"could|can|maybe|mejor|and|y|si|tal vez|a las?)(?![\w'])|$)")  # fmt: skip
CORRECTION = re.compile(
    rf"(?<![\w'])(?:no(?: no)*(?= (?:{_NEW_VALUE})(?![\w']))|"
    r"wait(?! (?:until|till|til|for|on|to|and|a minute|list))|"
    # "I actually have the dentist at 11", "I'm sorry": no correction
    r"(?<!i )(?<!we )(?<!it )(?<!they )(?<!he )(?<!she )actually|(?<!i'm )(?<!im )sorry|"
    r"i mean to say|i meant|i mean|or rather|scratch that|on (?:second|2nd) thought|"
    # "at 3 I can't, 4 works", "a las 3 no puedo, a las 4 sí": the hour that fails came first
    rf"{_FAILS}|"
    r"perdon|mejor dicho|digo|quise decir|me equivoque|"
    rf"{_REPLACING})(?![\w'])"
)
_STRONG = re.compile(rf"(?:{_REPLACING})$")
# A tail that opens on a bare hour ("no, 2", "make that 10"): the hour of a clock time.
_BARE_HOUR = re.compile(
    r"^(?:the )?(1[0-2]|[1-9])(?::[0-5][0-9]| (?:15|30|45)(?![\w']))?(?![\w':])"
)
_MERIDIEM = re.compile(r"(?<![\w'])(?:am|pm|de la (?:manana|tarde|noche)|in the (?:morning|"
                       r"afternoon|evening)|tonight|this (?:morning|afternoon|evening))"
                       r"(?![\w'])")  # fmt: skip

Hours = tuple[time | None, time | None, bool]


def corrected_hours(norm: Normalised, held: time | None = None) -> Hours | None:
    """The hours said after the last correction that names one (`clock_bounds` of that
    tail), when the caller had said hours before it or replaced them outright ("make that
    10"); None when no hour was corrected. `held`: the hour of the time taken earlier (being
    confirmed, or just booked in writing), which a correction opening on a bare hour puts
    right ("oops sorry I meant 4, I get off work at 3:30" after Thursday at 2 was taken)."""
    for m in reversed(list(CORRECTION.finditer(norm.text))):
        tail_text = norm.text[m.end() :].strip()
        strong = _STRONG.search(m.group(0)) is not None
        bare = _BARE_HOUR.match(tail_text) is not None
        if bare:
            tail_text = "at " + re.sub(r"^the ", "", tail_text)
        tail = _as_text(norm, tail_text)
        start, end, exact = clock_bounds(tail)
        if start is None and end is None:
            continue
        head = _as_text(norm, norm.text[: m.start()])
        said_before, said_before_end, _ = clock_bounds(head)
        if (
            said_before is None
            and said_before_end is None
            and bare
            and held is not None
            and _hour_alone(norm, m.end())
        ):
            said_before, strong = held, True  # the hour taken before is the one put right
        if said_before is None and said_before_end is None and not strong:
            return None
        if said_before is not None and start is not None and not _MERIDIEM.search(tail_text):
            start, end = _near(start, said_before), end and _near(end, said_before)
        return start, end, exact
    return None


# What may follow an hour said alone to put the taken one right ("I meant 4 not 2", "sorry,
# 4 pm please"); "sorry, 4 people live here" is a count.
_AFTER_THE_HOUR = frozenset(("not", "instead", "pm", "am", "oclock", "o'clock", "please",
                             "pls", "then", "works", "is", "if", "sorry", "no", "en", "de",
                             "mejor"))  # fmt: skip


def _hour_alone(norm: Normalised, tail_start: int) -> bool:
    """The hour right after a correction ends its clause, or an agreeing word follows it."""
    hour_at = norm.token_index(tail_start + 1)
    after = hour_at + 1
    if norm.tokens[hour_at : hour_at + 1] == ("the",):
        after += 1
    return (
        after >= len(norm.tokens) or after in norm.breaks or norm.tokens[after] in _AFTER_THE_HOUR
    )


def _as_text(norm: Normalised, text: str) -> Normalised:
    tokens = tuple(text.split())
    return replace(norm, text=" ".join(tokens), tokens=tokens, breaks=frozenset())


def _near(said: time, before: time) -> time:
    """ "8 pm, no, 9": the hour on the same side of noon as the one it corrects, when the
    caller said no side of its own."""
    if said.hour < 12 <= before.hour and said.hour + 12 <= 23:
        later = time(said.hour + 12, said.minute)
        if abs(later.hour - before.hour) < abs(said.hour - before.hour):
            return later
    if before.hour < 12 <= said.hour and abs(said.hour - 12 - before.hour) < abs(
        said.hour - before.hour
    ):
        return time(said.hour - 12, said.minute)
    return said
