"""Electric hazards told by what happened to the wire or the fitting, English and Spanish.

- the service wire torn down, however it came down ("the truck snagged the wire from the pole
  and ripped it off", "se arrancó el cable de la luz"): a live line on the ground is a shock
  hazard whatever else sparked;
- water coming out through a light or a fitting ("dripping out of the ceiling light, through
  the fixture itself", "sale agua por la lámpara"): water inside the electrics, whichever trade
  sees the leak (for a roofer, its breached roof too).

`hazard_words.SHOCK` and `hazard_words.WATER_ON_ELECTRICS` take these fragments.
"""

from __future__ import annotations

# The wire said, then torn down or off ("the wire going from the pole to my house and ripped
# it off the mast"). Not a cable the caller unplugged ("pulled the cable out of the TV").
TORN_DOWN = (
    r"(?:wire|line|service drop|power line|drop line)s?(?: [\w']+){0,10} (?:ripped|pulled|torn|"
    r"tore|knocked|snapped|yanked|brought)(?: it| them)? (?:off|down)"
    r"(?! (?:the )?(?:tv|wall plate))",
    r"(?:se )?(?:arranco|arrancaron|tumbo|tumbaron|reviento|rompio|rompieron|jalo|jalaron) "
    r"(?:el |los )?cables? de (?:la luz|la corriente|la calle|el poste|del poste)",
)
# Water coming out through the fitting itself ("water is dripping out of the kitchen ceiling
# light", "through the fixture", "running down the ceiling fan", "sale agua por el foco").
THROUGH_A_FITTING = (
    r"(?:water|rain|it)(?:'s| is)? (?:\w+ )?(?:dripping|leaking|pouring|coming|running|"
    r"trickling|drips|leaks|comes|pours|runs) (?:out )?(?:of|through|from|out of|down) "
    r"(?:the |my |a |our )?(?:\w+ ){0,2}(?:light fixture|ceiling light|light|fixture|can light|"
    r"recessed light|ceiling fan|light switch|outlet|smoke detector)s?(?! (?:rain|drizzle))",
    r"(?:sale|cae|gotea|escurre|esta saliendo|esta cayendo) (?:el )?agua (?:por|de) (?:la |el )?"
    r"(?:lampara|foco|luz del techo|contacto|enchufe|apagador|ventilador de techo)",
)
