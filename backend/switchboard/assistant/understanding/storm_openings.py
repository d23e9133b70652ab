"""The house opened from above by a storm, told by what the caller sees rather than by the word
"roof": a tree or a limb through it, the sky seen from a bedroom, a hole over a room, a ceiling
hanging down full of water, and the rain said as the weather of the afternoon ("it's been
pouring all day"). With water coming in, a roofer's caller has a breached roof (stay out from
under it), not a plumber's flood (shut the main valve). English and Spanish.
"""

from __future__ import annotations

_FALLEN = r"(?:tree|limb|branch|trunk|arbol|rama|tronco)"

_THROUGH_THE_ROOF = (
    rf"{_FALLEN}s?(?: [\w']+){{0,12}} (?:through|thru) (?:the |my |our |his |her )?(?:roof|ceiling)"
)
# A tree or a limb through the roof or the ceiling ("a limb off the oak came down on the house
# and it's through the roof", "una rama atravesó el techo del cuarto"): breached, water or not.
# Only through it: a branch lying on the roof may have harmed nothing.
TREE_THROUGH = (
    _THROUGH_THE_ROOF,
    rf"{_FALLEN}(?: [\w']+){{0,8}} (?:came|crashed|fell|went|smashed|punched|broke) "
    r"(?:right |straight |all the way )?(?:through|into) (?:the |my |our )?(?:\w+ )?"
    r"(?:bedroom|room|attic|kitchen|den|ceiling)",
    rf"{_FALLEN}(?: [a-z]+){{0,8}} (?:atraveso|traspaso|rompio|perforo|agujero|se metio por|"
    r"entro por|cayo dentro de|se metio a) (?:el |mi |nuestro |la )?(?:techo|cuarto|recamara|"
    r"tejado|atico)",
)

# Seen from inside: the sky through the opening, a hole over a room, the ceiling fallen in.
OPENED_FROM_ABOVE = (
    r"(?:see|seeing|saw|can see|could see) (?:the |a |some )?(?:sky|stars|clouds|moon)",
    r"hole (?:in|over|above|through) (?:the |my |our |his |her )?(?:[\w']+ ){0,2}(?:room|bedroom|"
    r"ceiling|kitchen|attic|den|bathroom|bed|hallway|living room|garage)",
    _THROUGH_THE_ROOF,
    r"(?:se ve|veo|vemos|puedo ver|podemos ver|se puede ver|se alcanza a ver|se mira|miro) "
    r"(?:el cielo|las estrellas|las nubes|la luna)",
    r"(?:hoyo|agujero|boquete) (?:en|sobre|encima de) (?:el |la |mi )?(?:techo|cuarto|recamara|"
    r"cocina|sala)",
)

# What sags full of water outdoors holds rain that never gets in: its name just before.
_OUTDOORS = ("gutter", "gutters", "tarp", "tarps", "awning", "cover", "trampoline", "canopy")
_NOT_OUTDOORS = "".join(
    f"(?<!{thing}{verb})" for thing in _OUTDOORS for verb in (" ", " is ", " are ", "'s ")
)
# A ceiling hanging down with the water it holds ("sagging down full of water", "como una
# bolsa llena de agua"): water coming through from above, the ceiling itself unnamed.
CEILING_FULL = (
    rf"{_NOT_OUTDOORS}(?:sagging|bulging|bowing|drooping|ballooning|bellying|hanging|bubbled|"
    r"bubbling|swollen)(?: down| out)? (?:and )?(?:full of|heavy with|with|from (?:all )?the) "
    r"water",
    r"(?:bubble|bulge|balloon|belly|pocket) (?:full )?of water",
    r"(?:pandead|abombad|inflad|colgad|hinchad|vencid)[oa]s?(?: [a-z]+){0,2} (?:y )?(?:llen[oa]s? "
    r"de|con) agua",
    r"(?:bolsa|burbuja|panza|globo) (?:llena )?de agua",
)

# The rain as the day's weather ("it's been pouring all afternoon", "ha estado lloviendo toda
# la tarde"): no pipe pours for hours with nobody saying where from.
RAIN_SAID = (
    r"(?:it's|its|it has|it) been (?:pouring|coming down|dumping|bucketing)(?: (?:hard|buckets|"
    r"like crazy|nonstop|non stop))? (?:all|since|for|the whole)",
    # "It's pouring" with nothing poured: the weather, said now ("its pouring right now and
    # water is coming down through the attic"); water pouring in or out of a thing is not.
    r"(?:it's|its|it is) (?:still |just )?(?:pouring|coming down)(?: (?:right now|now|again|"
    r"outside|out|hard|buckets|like crazy|rain))?(?= and|$| so| but)",
    r"lluvi\w*",
    r"llov\w+",
    r"llueve",
    r"tormenta",
    r"aguacero",
    r"diluvi\w+",
    r"granizo",
)
