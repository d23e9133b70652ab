"""A hazard told as the reason someone already came out: "Con Edison came out Monday for a gas
smell outside", "the fire department was here last night for the alarm", "vinieron los del gas
el lunes por un olor a gas". The visit is over, so the hazard it answered is past; a
`hazard_scope_words` past marker, which a hazard said in the present or "now" outweighs ("the
plumber came out for a leak last week and now it's pouring again").

Past tense only: "can you come out for a gas smell" is the caller asking now.
"""

from __future__ import annotations

# What comes out is not who came: "water came out for an hour", "it came out for a second".
_NOT_WHAT = r"(?<!water )(?<!it )(?<!smoke )(?<!sparks )(?<!steam )(?<!gas )"
# For a thing, not for a while ("came out for a few minutes").
_FOR_A_THING = (
    r"(?:for|about) (?:a|an|the|our|my|that|some)"
    r"(?! (?:few|couple|while|bit|minutes?|hours?|seconds?|days?|weeks?|moment)\b)"
)
CAME_FOR = (
    rf"{_NOT_WHAT}(?:came out|came by|showed up)(?: [\w']+){{0,3}} (?:{_FOR_A_THING}|to (?:check|"
    r"look at|fix|shut off))",
    rf"(?:was|were) (?:out|out here|here)(?: [\w']+){{0,3}} (?:{_FOR_A_THING}|to (?:check|"
    r"look at|fix))",
    r"(?:vino|vinieron|paso|pasaron)(?: [a-z]+){0,5} (?:a (?:revisar|checar|arreglar|cerrar)|"
    r"para (?:revisar|checar|arreglar|cerrar)|por (?:un|una) (?:olor|fuga|reporte))",
)
