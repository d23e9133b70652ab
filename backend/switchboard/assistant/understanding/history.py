"""What the caller tells as history ("you fixed our water heater last year", "we had a leak
last spring"): markers of a time gone by, and the word that turns back to the job in hand."""

from __future__ import annotations

import re

# What the caller had done before ("you fixed our water heater last year") is history; what
# comes after "now" is the job.
HISTORY = re.compile(
    r"(?<![\w'])(?:last (?:year|yr|time|month|week|spring|summer|fall|winter|visit)|"
    r"(?:\w+ )?(?:years?|months?) ago|"
    r"you (?:guys )?(?:fixed|did|installed|replaced|put in|came out|were out|repaired|"
    r"cleaned|worked on)|last (?:autumn|season|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|"
    r"(?:el ano|la vez|la semana|el mes|el fin de semana|el verano|el invierno|el otono|"
    r"la primavera|la temporada) pasad[oa]|la ultima vez|"
    r"(?:ustedes )?(?:me|nos|le|les) (?:instalaron|arreglaron|cambiaron|pusieron|destaparon|"
    r"repararon|hicieron)|(?:ustedes )?(?:vinieron|estuvieron) (?:a|aqui|en)|"
    r"hace (?:un|una|unos|unas|\d+) (?:anos?|meses?|semanas?))(?![\w'])"
)
PIVOT = re.compile(r"(?<![\w'])(?:now|this time|ahora|esta vez)(?![\w'])")


# "Leaking since last week" is going on still: the marker counts as history only when it does
# not follow "since", "for" or "desde".
_ONGOING = re.compile(r"(?:since|for|desde|from) $")


def history_marker(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first marker of a time gone by in `text[start:end]`, not one a fault has gone on
    since ("leaking since last week")."""
    stop = len(text) if end is None else end
    return next(
        (m for m in HISTORY.finditer(text, start, stop) if not _ONGOING.search(text[: m.start()])),
        None,
    )


def told_as_history(text: str, end: int, within: int = 30) -> bool:
    """A history marker just after `end` ("a leak last spring", "una fuga el año pasado")."""
    return history_marker(text, end, end + within) is not None
