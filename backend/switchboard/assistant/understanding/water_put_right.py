"""Water that is no longer escaping, in the caller's plain words: put right since it happened,
not running because the caller stopped using what leaks, coming back only while a machine
drains, or no leak now at all. English and Spanish fragments that `hazard_words` (RESOLVED),
`hazard_containment` (HELD_OR_SHUT) and `hazard_scope_words` (ROUTINE_SCOPE, ALL_CLEAR) join
to the lists they already read, so each yields as those do to water said in the present after
it ("they fixed it but now it's pouring again").

- fixed since, told after the burst or the flood: "se reventó un tubo y se inundó el patio, ya
  lo arreglaron", "a pipe burst and flooded the yard, they fixed it";
- the fixture or machine no longer used: "ya no la estamos usando", "we stopped using it";
- back up its own pipe only while a machine drains: "cuando desagua se regresa el agua por
  el tubo", "when the washer drains the water comes back up out of the standpipe";
- no leak now: "ahorita no hay ninguna fuga", "there's no leak right now".
"""

from __future__ import annotations

_WHO = r"(?:they|we|i|he|she|the (?:city|plumber|landlord|owner|company|utility))"
# Fixed, "but ..." the water is back: not put right ("ya lo cambiamos pero se sigue saliendo").
_NO_BUT = r"(?!(?: [\w']+){0,3} (?:but|pero|y todavia|and still)\b)"
_FIXED_SINCE = (
    rf"{_WHO} (?:already |finally )?(?:fixed|repaired|replaced) (?:it|that|them|the (?:pipe|line|"
    r"leak|break|main))",
    r"(?:it|that|the (?:pipe|line|leak|break))(?:'s| was| got| has been| is)(?: already)? "
    r"(?:fixed|repaired|replaced)",
    r"ya (?:lo |la |los |las )?(?:arreglaron|arreglamos|arregle|repararon|reparamos|repare|"
    r"cambiaron|cambiamos|compusieron)",
    r"ya (?:quedo|esta|estan|quedaron) (?:arreglad[oa]s?|reparad[oa]s?|compuest[oa]s?)",
)
FIXED_SINCE = tuple(f"(?:{fixed}){_NO_BUT}" for fixed in _FIXED_SINCE)
# What leaks is not in use now: no water goes through it ("ya no la estamos usando").
NOT_IN_USE = (
    r"(?:we|i)(?:'ve| have| are|'re)? (?:stopped|quit|not|haven't been|have not been|aren't) "
    r"(?:using|running) (?:it|that|the (?:washer|washing machine|dishwasher|sink|tub|shower|"
    r"toilet))",
    r"(?:ya )?no (?:la|lo|las|los) (?:estamos|hemos|he|estoy) (?:usando|usado|ocupando|ocupado)",
    r"(?:dejamos|deje) de (?:usarla|usarlo|usar la \w+|usar el \w+|ocuparla|ocuparlo)",
)
# Back up its own pipe only while the machine drains: the machine's drain to clear, not water
# rising through the house ("cuando desagua se regresa el agua por el tubo"). Water coming up
# somewhere else when it drains (a shower, a tub, the floor drain) is the main line, and pages.
_MACHINE = r"(?:it|the (?:washer|washing machine|dishwasher))"
WHEN_USED = (
    rf"(?:when|whenever|every time|each time) {_MACHINE} (?:drains|empties|pumps out),? "
    r"(?:the )?water (?:comes|backs|bubbles|spills|pours) (?:back )?(?:up|out) (?:of |through |"
    r"into |in )?(?:the |its )?(?:standpipe|stand pipe|drain pipe|pipe|drain hose|drain box|"
    r"washer box|washer)\b",
    r"(?:cuando|cada vez que|siempre que) (?:desagua|desaguan|vacia|saca el agua)"
    r"(?: (?:la|el) (?:lavadora|lavatrastes|lavaplatos))? se (?:regresa|sale|sube|devuelve) "
    r"(?:el )?agua (?:por|en) (?:el|su) (?:tubo|tubito|desague|drenaje de la lavadora)",
)
# No leak now, said plainly ("ahorita no hay ninguna fuga").
NONE_NOW = (
    r"(?:ahorita|ahora|por ahora|en este momento) (?:ya )?no (?:hay|tenemos) (?:ninguna |ningun |"
    r"nada de )?(?:fugas?|goteras?|agua)",
    r"no (?:hay|tenemos) (?:ninguna |ningun )?(?:fugas?|goteras?) (?:ahorita|ahora|por ahora)",
    r"(?:there's|there is|we have|we've got) no (?:leaks?|water) (?:right now|now|at the moment)",
    r"(?:right now|for now) (?:there's|there is|we have) no (?:leaks?|water (?:leaking|coming))",
)
