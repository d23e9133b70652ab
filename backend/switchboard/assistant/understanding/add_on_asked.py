"""A second job asked as an extra for the visit already being booked: "and he says while
you're there to do the maintenance on both", "since you'll be out here anyway can you look at
the disposal", "mientras están aquí revisen el boiler", "ya que vienen, chequen el otro". The
visit stays the job first told when the turn names no job before the phrase. Said after a job
("it's working fine, it's just been two years, and the landlord wants a detector, can your guy
do that while he's there"), what came before is read as usual: which part is the extra is not
told apart there. A job asked instead ("actually forget the drain, it's the water heater") is
no extra.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

ADD_ON = words(
    r"while (?:you'?re|youre|you are|he'?s|hes|she'?s|they'?re|theyre|the (?:tech|guy) is|"
    r"y'?all are) (?:there|here|out(?: there| here)?|at it|over)",
    r"since (?:you'?ll|youll|you will|he'?ll|they'?ll|you'?re|youre) (?:be )?(?:there|here|"
    r"out(?: here| there)?|coming)(?: anyway)?",
    r"mientras (?:esta|estan|este|esten) (?:aqui|alli|ahi|aca|por aqui)",
    r"ya que (?:viene|vienen|esta|estan)",
    r"(?:as|like) an? (?:extra|add ?on)",
)


def before_the_add_on(text: str) -> str | None:
    """The words before the first "while you're there" (None when there is none)."""
    m = ADD_ON.search(text)
    return text[: m.start()] if m else None
