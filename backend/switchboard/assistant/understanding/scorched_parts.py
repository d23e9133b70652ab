"""Heat at an electrical part, told as what the caller saw and heard, and the thaw that only
sounds like it. An outlet that went off like a firecracker and is black all around ("el
enchufe tronó fuerte y ahora está todo negro alrededor") has arced and burnt; snow melting
into the basement ("la nieve que se está derritiendo", "the snow is melting") has nothing hot
in it, whatever panel the water reaches.
"""

from __future__ import annotations

# Snow or ice said before or after the melting: the weather, not a part giving way. Each a
# fixed width, as a look-behind needs.
_THAW_BEFORE = (
    "snow ",
    "snow is ",
    "snow's ",
    "snow that's ",
    "snow that is ",
    "ice ",
    "ice is ",
    "ice that's ",
    "nieve ",
    "hielo ",
    "nieve que se esta ",
    "hielo que se esta ",
    "nieve se esta ",
    "hielo se esta ",
    "nieve que se ha ",
)
_THAW_AFTER = r"(?! (?:the |la |el |of the |off the )?(?:snow|ice|nieve|hielo|escarcha|frost))"


def not_thawing(melt: str) -> str:
    """`melt`, unless the thing melting is snow or ice."""
    behind = "".join(f"(?<!{before})" for before in _THAW_BEFORE)
    return rf"{behind}(?:{melt}){_THAW_AFTER}"


# Said in the past and seen now: a bang at the part, then black or burnt around it.
HEAT_DAMAGE = (
    r"tron(?:o|aron|ado)",
    r"(?:esta|estan|quedo|quedaron|se ve|se ven) (?:todo |toda |todos |todas |bien |muy )?"
    r"(?:negr[oa]s?|quemad[oa]s?|chamuscad[oa]s?|ahumad[oa]s?|tiznad[oa]s?)",
    r"(?:it's|its|is|are|turned|gone|went) (?:all )?black (?:around|behind|inside|on the (?:plate|"
    r"cover|wall))",
)
