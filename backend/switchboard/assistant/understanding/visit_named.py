"""A visit on file named by what it is and when, and its time lost track of.

"The roof repair that's set for tomorrow", "Friday's install", "the tune-up you have me down
for Monday", "one of your plumbers is coming out", "la reparación que tengo para mañana": the
caller speaks of a visit already on the books, by its job and its day, not of one wanted. Said
with another time ("can you do Friday at 9?") the call moves it; said with its time lost ("I
wrote the time down and can't find the paper", "perdí el papelito") the call asks when it is.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import words

_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this (?:morning|"
        r"afternoon|evening|week)|next (?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
        r"the [0-9]+(?:st|nd|rd|th)?")  # fmt: skip
_DIA = r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy"
# The visit named by its job: "the roof repair", "our AC tune-up", "my appointment".
_JOB = (r"(?:appointment|appt|visit|booking|service call|tune ?up|check ?up|cleaning|inspection|"
        r"install|installation|estimate|repair|replacement|service|job|work)")  # fmt: skip
_OURS = r"(?:the|my|our)(?: (?!needs?|wants?|and|but|a|an)[a-z-]+){0,3}"
_TRABAJO = (r"(?:cita|visita|reparacion|instalacion|limpieza|revision|servicio|mantenimiento|"
            r"trabajo)")  # fmt: skip
_SUS = (r"(?:guys|men|techs?|technicians?|plumbers?|electricians?|roofers?|installers?|crews?|"
        r"workers?)")  # fmt: skip
# The house's thing a visit is for: "the AC", "our water heater".
_THING = (r"(?:ac|a/c|air conditioner|air conditioning|furnace|heater|boiler|heat pump|"
          r"thermostat|ducts?|panel|breaker box|wiring|outlets?|generator|charger|roof|gutters?|"
          r"drains?|toilet|sink|faucet|disposal|sewer line|pipes?|leak)")  # fmt: skip
# A call or a text about a visit: "calling about", "texting regarding".
_ABOUT = (r"(?:calling|texting|writing|messaging|reaching out|following up|checking in) "
          r"(?:about|regarding|re|concerning|on)")  # fmt: skip
# The day a visit on file is named by (never a week: "calling about next week" may be a wish).
_VISIT_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this "
              r"(?:morning|afternoon|evening)|the [0-9]+(?:st|nd|rd|th)?")  # fmt: skip

VISIT_NAMED = words(
    # "the roof repair that's set for tomorrow", "my inspection which is booked on the 12th"
    rf"{_OURS} {_JOB}(?: (?:that's|thats|that is|that was|which is|which was|that we have|"
    r"that i have))? (?:set|scheduled|booked|planned|set up|lined up) (?:for|on)",
    # "the tune-up you have me down for Monday", "the install we booked for Friday"
    rf"{_OURS} {_JOB} (?:that |which )?(?:i|we|you|y'?all|you guys) (?:have|had|got|made|booked|"
    r"scheduled|set up|put)(?: (?:me|us))?(?: (?:down|in))? (?:for|on) "
    rf"(?:{_DAY})",
    # "the repair that's tomorrow", "the cleaning that's on Thursday"
    rf"{_OURS} {_JOB} (?:that's|thats|that is|which is) (?:on |for |this |next )?(?:{_DAY})",
    # "tomorrow's roof repair", "Friday's install", "this afternoon's appointment"
    # and texted without the apostrophe, "can we move mondays appt"
    r"(?:tomorrow'?s|today'?s|tonight'?s|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s|this "
    rf"(?:morning|afternoon|evening)'s)(?: [a-z-]+){{0,2}} {_JOB}",
    # "I've got one of your plumbers coming out", "we have one of y'all's guys due Monday"
    rf"(?:i|we|i've|we've) (?:have|got|had) one of (?:your|y'?all's|you guys'|ur) {_SUS}"
    r" (?:coming|scheduled|booked|due|supposed to come|that's coming)",
    rf"one of (?:your|y'?all's|ur) {_SUS} (?:is|was) (?:coming|supposed to come|scheduled|due)",
    # "la reparación del techo que tengo para mañana", "la cita que me dieron el jueves"
    rf"(?:la|mi|nuestra|el|nuestro) {_TRABAJO}(?: (?:de|del|de la|de los|de las) [a-z]+){{0,2}}"
    r" (?:que (?:tengo|tenemos|tenia|teniamos|hice|hicimos|agende|agendamos|programe|programamos|"
    r"(?:me|nos) (?:dieron|agendaron|programaron|apartaron)|ustedes (?:me|nos) "
    r"(?:dieron|agendaron|programaron))|(?:programad|agendad|apartad|reservad)[oa])",
    # "la cita de mañana", "la visita del jueves"
    rf"(?:la|mi|nuestra) (?:cita|visita) (?:de|del|de este|del proximo) (?:{_DIA})",
    # What the call is about, the visit by its day and its job: "calling about tomorrow, the
    # furnace thing", "texting about my appointment on Friday" (never "calling about getting
    # someone out tomorrow", nor "calling about tomorrow, do you have anything?")
    rf"{_ABOUT} (?:{_VISIT_DAY})(?:'?s)? (?:the|my|our)(?: [a-z-]+){{0,2}} (?:thing|stuff|{_JOB})",
    # or by the thing it is for: "calling about tomorrow, the AC that's rattling"
    rf"{_ABOUT} (?:{_VISIT_DAY}) (?:the|my|our)(?: [a-z-]+)? {_THING}(?![\w'])",
    rf"{_ABOUT} (?:my|our|the)(?: [a-z-]+){{0,2}} (?:thing|{_JOB})(?: (?:on|for|this|next))? "
    rf"(?:{_VISIT_DAY})",
    # What a message is about, said plainly: "this is about the panel job tomorrow at my
    # rental", "regarding our inspection on Friday" (never "about a panel job", one wanted)
    rf"(?:about|regarding|concerning) (?:the|my|our)(?: [a-z-]+){{0,2}} {_JOB}(?: (?:on|for|this|"
    rf"next))? (?:{_VISIT_DAY})",
    # "I have an AC repair set for Monday at ten", "we got a drain cleaning booked on the 3rd":
    # one the caller has, said with "a" (never "I need a repair set for Monday")
    rf"(?:i|we|i've|we've) (?:have|got|had) (?:a|an)(?: (?!needs?|wants?|and|but)[a-z-]+){{0,3}}"
    rf" {_JOB}(?: (?:that's|thats|that is|which is))? (?:set|scheduled|booked|set up|lined up) "
    r"(?:for|on)",
    # "uno de sus plomeros viene", "tengo a uno de sus técnicos que va a venir"
    r"uno de (?:sus|los) (?:plomeros|tecnicos|electricistas|muchachos|trabajadores|"
    r"instaladores|techadores) (?:que )?(?:viene|va a venir|iba a venir|vendra|venia)",
)

# The visit's time lost track of: written down and lost, the reminder deleted, the time
# forgotten ("I wrote the time down and can't find it", "borré el mensaje con la hora").
_PAPER = (r"(?:paper|piece of paper|note|card|slip|text|message|email|e-mail|reminder|"
          r"confirmation|post-?it|sticky note|calendar|time|date|day|details)")  # fmt: skip
_PAPEL = (r"(?:papel|papelito|nota|mensaje|correo|tarjeta|recordatorio|confirmacion|hora|fecha|"
          r"dia)")  # fmt: skip
LOST_TRACK = words(
    r"(?:wrote|write|jotted|written) (?:it|the (?:time|date|day)|that)(?: down)?",
    # "put it down", "marked the day": never "put that off", a visit postponed
    r"(?:put|marked) (?:it|the (?:time|date|day)|that) down",
    r"marked (?:it|the (?:time|date|day)|that)(?! off)(?![\w'])",
    r"(?:can't|cannot|can not|couldn't|could not|don't|didn't) (?:find|locate)",
    rf"(?:lost|misplaced|deleted|erased|threw (?:out|away)|tossed) (?:the|my|that|your)"
    rf"(?: [a-z-]+){{0,2}} {_PAPER}",
    r"(?:lost|losing) track of (?:the |what |when |which )?(?:time|day|date|it)",
    r"(?:forgot|forgotten|forget) (?:the|what) (?:time|day|date)",
    r"(?:don't|do not|didn't) (?:know|have) (?:the|what) (?:time|day|date)",
    rf"(?:perdi|perdio|extravie|tire|borre|se (?:me|le|nos) perdio|se (?:me|le|nos) borro|"
    rf"no (?:encuentro|encuentra|encontramos|encuentran|hallo|halla)) (?:el|la|mi|su)"
    rf"(?: [a-z]+){{0,2}} {_PAPEL}",
    r"(?:apunte|anote|escribi) (?:la hora|el dia|la fecha)",
    r"no (?:se|tengo) (?:la hora|el dia|la fecha|a que hora|que dia)",
)

# Another day for it said as the visit's passive: "can tomorrow's install be done Wednesday",
# "could it be moved to Friday", "¿se puede pasar al viernes?" (the Spanish is in OTHER_TIME).
MOVED_TO = words(
    rf"(?:be|get|got) (?:done|moved|switched|changed|pushed|bumped|shifted|rescheduled)"
    rf"(?: back| up| out)? (?:to |on |till |until |for )?(?:{_DAY})",
)

# The visit's own day, said right after its name: "... set for tomorrow at 9", "... para el
# jueves a las 10".
_ITS_DAY = re.compile(
    rf" (?:on |for |this |next |el |para el |para |del )?(?:{_DAY}|{_DIA})"
    r"(?: (?:at|a las|a la) [0-9]{1,2}(?::[0-9]{2})?(?: ?[ap]m)?)?(?![\w'])"
)


_DAY_WORD = re.compile(rf"(?<![\w'])(?:{_DAY}|{_DIA})(?:'?s)?(?![\w'])")
# The visit's own hour, said right after a name that holds its day ("la cita de mañana a las
# 10", "tomorrow's appointment at 9").
_ITS_HOUR = re.compile(r" (?:at|a las|a la) [0-9]{1,2}(?::[0-9]{2})?(?: ?[ap]m)?(?![\w'])")


def named_visit_span(norm: Normalised) -> tuple[int, int] | None:
    """Where the turn names a visit on file and its own day right after ("the roof repair
    that's set for tomorrow"), or None. Only that: the rest of the clause is the time wished
    for. A day said inside the name ("bump tomorrow's appointment to the afternoon") is
    left in the turn: the afternoon wished for is that day's; but when another day follows
    such a name ("cambiar la cita de mañana para el viernes a las 3", "move tomorrow's
    appointment for Friday"), that day is the wish and the name (with its hour) is the
    visit's."""
    m = VISIT_NAMED.search(norm.text)
    if m is None:
        return None
    day = _ITS_DAY.match(norm.text, m.end())
    if day is None:
        return None
    if _DAY_WORD.search(m.group(0)) is None:
        return m.start(), day.end()
    hour = _ITS_HOUR.match(norm.text, m.end())
    return m.start(), hour.end() if hour else m.end()
