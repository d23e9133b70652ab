"""Makes of the equipment the trades work on, said where a name could be: "its bradford white"
about the water heater, "it's a Rheem", "it's Carrier" about the unit. Said unasked after
"it's", or alone while something else was asked, the make is the equipment's, never the
caller's name; asked for a name, a caller may still be called Bryant or York."""

from __future__ import annotations

_MAKES_TEXT = """
    bradford white|a o smith|ao smith|rheem|ruud|american standard|state select|kohler|moen|
    carrier|trane|lennox|goodman|daikin|mitsubishi|bryant|amana|navien|rinnai|noritz|takagi|
    ecobee|honeywell|square d|cutler hammer|federal pacific|zinsco|generac|insinkerator|
    weil mclain|burnham|tempstar|heil|payne|frigidaire|whirlpool|maytag|fujitsu|mr cool|
    bosch|york|coleman|nest|siemens|eaton
"""
MAKES = frozenset(m.strip() for m in _MAKES_TEXT.replace("\n", " ").split("|") if m.strip())


def a_make(words: str) -> bool:
    """The words, folded and lowercase, are a make of equipment and nothing more."""
    return " ".join(words.replace(".", " ").split()) in MAKES
