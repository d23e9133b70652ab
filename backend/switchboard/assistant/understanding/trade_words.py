"""Everyday English names for a trade's things, said with the words catalogues are written in.

A caller names the thing they have ("a chandelier", "the outside unit", "the flashing around
the chimney", "the disposer") or what it does wrong ("the air isn't getting cold"); a tenant's
catalogue lists a few general words ("light fixture", "AC", "roof", "disposal"). `with_trade_words`
adds the general word beside the caller's own, so either can meet the catalogue: a catalogue
that lists "chandelier" itself still finds it. All matching is over normalised text.
"""

from __future__ import annotations

import re

_GENERAL_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<![\w']){pattern}(?![\w'])"), general)
    for pattern, general in (
        # Lighting
        (
            r"chandeliers?|sconces?|pendant lights?|pendants|track lights?|track lighting|"
            r"vanity lights?|porch lights?|flood ?lights?|under ?cabinet lights?",
            "light fixture",
        ),
        (r"(?:can|pot) lights?", "recessed lights"),
        # Lights that flicker or dim when a big machine starts: the circuit, not the fixture.
        (
            r"(?:flicker\w*|dims?|dimming|blinks?|blinking) (?:\w+ ){0,2}(?:when|whenever|every "
            r"time|each time|anytime|any time) (?:\w+ ){1,4}(?:kicks? on|turns? on|comes? on|"
            r"runs|starts?(?: up)?|cycles? on)|(?:flicker\w*|parpadea\w*) (?:\w+ ){0,2}(?:cuando|"
            r"cada vez que|siempre que) (?:se )?(?:arranca|arrancan|prende|prenden|enciende|"
            r"encienden|empieza)",
            "wiring flickering",
        ),
        # Outlets and the panel
        (r"receptacles?|gfis?", "outlet"),
        (r"load ?cent(?:er|re)|sub ?panel|breaker (?:panel|box)", "panel"),
        # Cooling: the machine outside, or air that does not get cold.
        (r"(?:outside|outdoor) (?:unit|condenser|compressor)|condenser(?: unit)?", "ac"),
        (
            r"(?:air|it|house|place|unit)(?: \w+){0,2} (?:is not|isn't|isnt|not|wasn't|won't|"
            r"doesn't|does not|aren't) (?:getting |blowing |putting out |staying |feeling )?"
            r"(?:very |any |that |real |really |as |so )?(?:cold|cool)",
            "ac cooling",
        ),
        (r"(?:blowing|blows|putting out) (?:warm|hot) air", "ac cooling"),
        # Heating: what a boiler or furnace warms a room through.
        (r"radiators?|baseboard (?:heaters?|heat|heating)|steam heat", "heating"),
        # Roofing: a roof's own parts.
        (
            r"(?:the|metal|chimney|roof|step|vent|aluminum|copper|lead|kick ?out) flashing|"
            r"flashing (?:around|on|by|near|at) (?:the |our |my )?(?:chimney|vent|skylight|"
            r"roof|wall|dormer)",
            "roof flashing",
        ),
        # An insurance adjuster coming: the damage looked at first, an inspection.
        (r"(?:insurance )?adjusters?|ajustador(?:es)?(?: del seguro)?", "roof inspection"),
        (r"soffits?|fascia|ridge vents?|ridge caps?|drip edges?|roof decking", "roof"),
        # Plumbing
        (r"(?:garbage )?disposers?|insinkerator", "garbage disposal"),
        (r"commodes?", "toilet"),
        # Where a washing machine empties: a drain, whatever it is called.
        (
            r"stand ?pipes?|(?:washer|washing machine|laundry) (?:box|drain|outlet box)|"
            r"(?:caja|tubo) (?:de desague |del desague )?de la lavadora",
            "drain",
        ),
    )
)


def with_trade_words(text: str) -> str:
    """The text with the catalogue's general word said beside each everyday name for a thing."""
    for pattern, general in _GENERAL_WORDS:
        text = pattern.sub(lambda m, g=general: f"{m[0]} {g}", text)  # type: ignore[misc]
    return text
