"""A detector that sounded for its own sake: its battery ran low, the caller changed it, and it
reads zero now ("the carbon monoxide thing kept chirping, the screen said low battery, I
changed the battery and now it's quiet and it says zero", "decía pila baja, le cambié la pila
y ya no suena").

`hazard_containment` joins these to what clears an alarm (the meter read zero, the detector
was expired), so they yield as those do to anything said after them: the alarm going off
again, someone ill, a smell. Being told what the alarm said is the alarm's own fault; a
caller only guessing it ("I thought it was the battery") clears nothing.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_BATTERY = r"(?:batter(?:y|ies)|batt|pilas?|baterias?)"
OWN_FAULT = (
    # The device's own screen or voice, read out ("the little screen said low battery").
    r"(?:said|says|showed|shows|showing|displayed|displays|read|reads|flashing|flashed) "
    r"(?:low batt(?:ery)?|replace (?:the )?batter(?:y|ies)|end of life|eol)",
    r"low batter(?:y|ies)(?: (?:warning|signal|chirp|beep|alert))?",
    rf"(?:the )?{_BATTERY} (?:was|is|were|are) (?:low|dead|dying|going|running low)",
    # The battery changed; the reading back to nothing.
    rf"(?:changed|replaced|swapped|put in|put a new|put new|installed) (?:the |a |new |fresh |"
    rf"its )*{_BATTERY}",
    r"(?:says|said|shows|showed|showing|reads|read|reading|displays|displayed) (?:0|zero)"
    r"(?: ppm| parts)?",
    r"(?:pila|bateria)s? (?:baja|bajas|descargadas?|muertas?)",
    r"(?:le )?(?:cambie|cambiamos|cambio|puse|pusimos) (?:la |las |una |unas )?(?:pilas?|"
    r"baterias?)(?: nuevas?)?",
    r"(?:marca|dice|muestra) (?:0|cero)",
)
# Quiet again, said with its "now": not the alarm happening now ("now it's quiet").
QUIET_NOW = words(
    r"(?:and )?now (?:it's|it is|its|it) (?:quiet|silent|stopped|off|fine|ok|okay)",
    r"(?:it's|it is|its) (?:quiet|silent) (?:now|since)",
    r"(?:y )?(?:ya|ahora|ahorita) (?:ya )?no (?:suena|pita|chilla)",
    # Reading nothing now ("now it reads zero", "ahora marca cero").
    r"(?:and )?now (?:it )?(?:says|reads|shows|is reading|is showing) (?:0|zero)",
    r"(?:y )?(?:ahora|ahorita|ya) (?:ya )?(?:marca|dice|muestra|esta en) (?:0|cero)",
)
