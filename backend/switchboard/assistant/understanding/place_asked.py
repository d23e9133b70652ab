"""The town a service-area question names: "do you guys service Littleton?", "do you come out
to Castle Rock", "¿trabajan en Conroe?". The answer can then say plainly whether it is served,
rather than list the towns and leave the caller to work it out."""

from __future__ import annotations

import re

# The words that ask about a place, then the place: up to three words, ended by the turn or
# a word that starts something else ("littleton or just denver", "littleton for a panel").
_ASKS = (r"(?:service|serve|cover|work in|do work in|(?:come|go|get|drive|travel)(?: out| up| "
         r"down| over)? (?:to|as far as|into)|as far as|(?:trabajan|dan servicio|van|llegan|"
         r"vienen|cubren|atienden) (?:en|a|hasta|por el lado de|por la zona de))")  # fmt: skip
# ("dan servicio en el Bronx": the article is the town's, as "the" is)
_PLACE = re.compile(
    rf"\b{_ASKS} (?:the |el |la (?!casa\b))?([a-z0-9][a-z0-9'.-]*(?: [a-z][a-z'.-]*){{0,2}})"
)
# A job asked after in a place: "do you do roofs in Roswell?", "do y'all fix AC up in Mesa"
# (`question_topics.AREA` says which such turns ask about the area).
_JOB_IN = re.compile(
    r"\bdo (?:you|y'?all|u|you guys|you all)(?: [a-z]+)? (?:do|service|work on|fix|install|"
    r"repair|clean|handle)(?: [a-z'-]+){0,3}? (?:up |down |out |over )?(?:in|around|near) "
    r"(?:the )?([a-z0-9][a-z0-9'.-]*(?: [a-z][a-z'.-]*){0,2})"
)
_ENDS = {"or", "and", "for", "to", "too", "also", "as", "area", "at", "on",
         "today", "tomorrow", "this", "next", "i", "we", "my", "because", "if", "with", "o", "y",
         "para", "tambien", "por", "zona", "hoy", "manana", "well", "anymore", "now", "still",
         "by", "please", "zip", "zipcode", "code", "right", "yet", "ever", "from", "de",
         "en"}  # fmt: skip
# Words after the asking words that are no place: a job ("service furnaces"), the caller's
# own ("come out to my house"), or a distance ("come out that far").
_NOT_PLACES = {"my", "our", "your", "his", "her", "their", "a", "an", "it", "that", "this",
               "there", "here", "us", "me", "them", "you", "far", "way", "house", "home",
               "same", "usual", "other", "mi", "su", "la", "el", "los", "las", "casa", "aca",
               "aqui", "alla", "ahi", "ese", "esa", "este", "esta", "all", "any", "every",
               "what", "which", "whole", "houses", "homes", "buildings", "commercial",
               "residential", "apartments", "condos", "older", "new", "old"}  # fmt: skip


def place_asked(text: str) -> str | None:
    """The place named after the asking words of `text` (normalised), title-cased, or None
    when none is named ("do you service furnaces" names a job, not a place: the caller's
    catalogue check is the caller's, so only a word the catalogue does not hold is a place)."""
    m = _PLACE.search(text) or job_in_place(text)
    if m is None:
        return None
    kept: list[str] = []
    for word in m.group(1).split():
        if word in _ENDS:
            break
        kept.append(word)
    if not kept or kept[0] in _NOT_PLACES:
        return None
    return " ".join(w.capitalize() for w in kept)


def job_in_place(text: str) -> re.Match[str] | None:
    """ "Do you do roofs in Roswell": a job asked after in a place, the place its group 1."""
    return _JOB_IN.search(text)
