""" "On fire" as a figure of speech for heat: a room that gets so hot the caller (or a tenant)
calls it on fire, and says so ("the back bedroom is on fire, like, that's how hot it gets in
there", "upstairs is on fire, I mean it's boiling", "it's so hot up there it feels like it's
on fire"). English, as whole-word patterns over normalised text; `hazard_scope` leaves a
hazard word inside one unread, so the cooling is judged as what it is.

Not a fire told with its signs ("the back bedroom is on fire, there's smoke everywhere", "on
fire, that's how hot the flames are", a smell of burning): any of them and the words are read
as they are.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_HOT = (
    r"(?:hot|warm|boiling|roasting|baking|sweltering|scorching|stuffy|an oven|a sauna|an? furnace)"
)
# "On fire", glossed right after as heat, or said as what the heat feels like.
HEAT_FIGURE = words(
    r"on fire(?: [\w']+){0,3}? (?:that's|thats|that is|it's|its|is) how (?:hot|warm) "
    r"(?:it|that|the \w+|this \w+)",
    rf"on fire(?: in there| up there| back there)? (?:i mean|meaning|as in|in other words|"
    rf"basically) (?:it's|its|it is|it gets|it's just|it's really) (?:\w+ )?{_HOT}",
    r"on fire(?: in there| up there| back there)? (?:not literally|figuratively|"
    r"(?:not|no) (?:actual|real|literal) (?:fire|flames))",
    rf"(?:so|that|too) {_HOT}(?: [\w']+){{0,4}} (?:feels|feel|felt) like (?:it's|its|it is|"
    r"it was|it's just|the \w+ is|we're|i'm)? ?on fire",
)
# A real fire's signs: with any of them, the words are what they say.
FIRE_SIGNS = words(
    r"smoke",
    r"smoking",
    r"smoky",
    r"flames?",
    r"burning",
    r"burnt",
    r"burned",
    r"sparks?",
    r"sparking",
    r"911",
    r"fire department",
    r"extinguisher",
)


def heat_figures(norm: Normalised) -> list[tuple[int, int]]:
    """Where "on fire" is said of heat alone; none when the turn tells of a real fire's signs."""
    if found(FIRE_SIGNS, norm):
        return []
    return [m.span() for m in HEAT_FIGURE.finditer(norm.text)]
