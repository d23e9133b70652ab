"""Clock times that tell the caller's own day rather than ask for the visit: "I'm up at five
anyway", "school dropoff is 8:15", "I have school pickup at three", "me levanto a las 5",
"recojo a los niños a las 3". The time belongs to the story; the wish is said around it."""

from __future__ import annotations

import re

# Said right before the clock time (the text up to "at 5", "8:15", "a las 3").
ROUTINE_BEHIND = re.compile(
    r"(?<![\w'])(?:"
    # when the caller is up: "I'm up at five", "we get up at 6", "I wake up at 5"
    r"(?:i'm|im|i am|we're|we are|i'll be|we'll be)(?: usually| always| normally| already)?"
    r" (?:up|awake)(?: early)?|"
    r"(?:i|we)(?: usually| always| normally)? (?:get|got|wake|woke)(?: up)?(?: early)?|"
    # the children's day: "school dropoff is 8:15", "pickup at 3", "the bus comes at 7", "when
    # the bus drops the kids at 3:15", "I pick up my son at 3"
    r"(?:drop ?off|pick ?up|dropoff|pickup|the bus|school bus)(?:'s| is| comes| gets here)?"
    r"(?: (?!(?:can|could|would|come|be|before|after|until|till|by)(?![\w']))[a-z']+){0,4}|"
    r"(?:me|nos) (?:levanto|despierto|levantamos|despertamos)|"
    r"(?:estoy|estamos) (?:despiert[oa]s?|levantad[oa]s?)|"
    r"(?:recojo|dejo|llevo|recogemos|dejamos|llevamos) a (?:los|las|la|el|mi|mis|nuestr[oa]s?)"
    r" [a-z]+(?: (?:a|en) la escuela| al colegio)?|"
    r"la salida(?: de la escuela)?(?: es)?|el camion(?: de la escuela)? pasa"
    r")(?: at| a las?| como a las?)?$"
)


def told_as_routine(before: str) -> bool:
    """Is the clock time after `before` a moment of the caller's own day ("I'm up at")?"""
    return ROUTINE_BEHIND.search(before) is not None
