"""Hazards in the plain words of someone who has never called a trade before, English and
Spanish fragments that `hazard_words` joins to its rules:

- a line down, told by where it runs and where it lies ("the wire that goes from the pole to
  our house came down in the wind and it's lying across the back yard", "the cable from the
  pole is down in the driveway"): an electric shock hazard, whatever it does while it lies
  there (sparking, popping), and its advice is to stay away from it; lying there, it is there
  now whatever day brought it down (`LINE_LYING`, read by `hazard_scope`), unless said
  fixed or in the past ("we had a line down ... Xcel fixed it");
- a pipe burst said as Mexican Spanish says it ("está tronado el tubo", "se tronó la
  tubería"), a jet with its water unsaid ("sale un chorro"), and the carpet soaked said verb
  first ("ya está toda mojada la alfombra de la sala").
"""

from __future__ import annotations

# The wire that feeds the house, named by where it runs.
_SERVICE_WIRE = (
    r"(?:(?:power|electric|electrical|service|utility) )?(?:wire|line|cable)s?"
    r"(?: (?:that|which) (?:goes|runs|comes|connects))?(?: [\w']+){0,2} (?:from|to|off) "
    r"(?:the|a) (?:pole|street|transformer)"
)
_YARD = (
    r"(?:back ?yard|front ?yard|side ?yard|yard|driveway|street|road|sidewalk|lawn|grass|ground|"
    r"alley)"
)
# A line lying down where it fell is there now, whenever the wind brought it down ("power line
# down in our backyard after the wind last night"): the day is its cause, not the hazard's end.
LINE_LYING = (
    r"(?:power |electric |electrical |service |utility )?(?:line|wire|cable)s? (?:is |are |still )?"
    rf"(?:lying |laying )?(?:down )?(?:across|in|on) (?:the |our |my )?{_YARD}",
)
SHOCK = (
    rf"{_SERVICE_WIRE}(?: [\w']+){{0,8}} (?:came|come|fell|falls|went|is|was|got (?:knocked|"
    r"pulled|ripped)) (?:down|off)",
    rf"(?:wire|line|cable)s?(?: [\w']+){{0,12}} (?:lying|laying|down) (?:across|in|on) "
    rf"(?:the |our |my )?{_YARD}",
    r"(?:cables?|lineas?|alambres?)(?: [a-z]+){0,3} (?:del|de la) (?:poste|calle)(?: [a-z]+){0,6} "
    r"(?:se (?:cayo|cayeron|vino abajo|solto)|(?:esta|estan) (?:tirad[oa]s?|caid[oa]s?))",
)
FLOOD_ES = (
    r"(?:esta|estan|quedo) tronad[oa]s? (?:el |la |los |las )?(?:tubos?|tuberias?|pipas?|canos?|"
    r"mangueras?)",
    r"se (?:(?:me|le|nos|les) )?(?:trono|tronaron) (?:el |la |los |las |un |una )?(?:tubos?|"
    r"tuberias?|pipas?|canos?|mangueras?)",
    r"(?:sale|salen|esta saliendo|estan saliendo) (?:un )?chorro(?:te)?(?! de (?:aire|humo|vapor))",
    r"(?:ya )?(?:esta|estan|quedo|quedaron) (?:tod[oa]s? )?(?:mojad[oa]s?|empapad[oa]s?|"
    r"encharcad[oa]s?) (?:la |el |las |los )?(?:alfombras?|pisos?|carpetas?|tapetes?|sala|cuartos?|"
    r"recamaras?)",
)
