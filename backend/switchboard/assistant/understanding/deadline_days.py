"""A deadline and its day: the deadline's, never the visit's.

"The inspection period ends next week, Friday 8am?", "closing is on the 20th, can you come
Thursday", "el plazo de la inspección vence la próxima semana, ¿el viernes?": the day said is
when the caller's time runs out (an inspection or option period, a closing, a claim), not when
the visit is wanted. It is taken out of the text; the day asked for is the rest's.
"""

from __future__ import annotations

import re

# "The inspection" alone may be our own visit ("the inspection is Friday"): only its period is
# a deadline.
_PERIOD = (r"(?:(?:inspection|option|due diligence|contingency|appraisal|grace|claim|warranty|"
           r"rebate|insurance|escrow|offer) (?:period|window|deadline)|(?:the |my |our )?"
           r"(?:deadline|closing|close of escrow|settlement|warranty|home warranty))")  # fmt: skip
_ENDS = (r"(?:ends|end|expires|expire|closes|runs out|run out|is up|are up|is over|wraps up|"
         r"is due|is|'s|was|are|happens|will be|comes up|goes through)")  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DAY = (r"(?:(?:on|this|next|by|at|in|the end of|end of|before|around|early|late|sometime) )*"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|(?:the )?weekend|"
        r"(?:next |this )?week|(?:the )?[0-9]{1,2}(?:st|nd|rd|th)|"
        rf"{_MONTH} [0-9]{{1,2}}(?:st|nd|rd|th)?)")  # fmt: skip
_PLAZO = (r"(?:(?:el|nuestro|mi) (?:plazo|periodo|cierre|limite|fecha limite)(?: de (?:la )?"
          r"(?:inspeccion|compra|garantia|reclamo|opcion))?|"
          r"la (?:garantia|fecha limite))")  # fmt: skip
_VENCE = r"(?:vence|se vence|termina|se termina|se acaba|acaba|cierra|es|sera|expira)"
_DIA = (r"(?:(?:el|este|esta|la|para el|para la|antes del|a fin de|a finales de|en la) )*"
        r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|fin de semana|"
        r"proxima semana|semana que viene|semana entrante|[0-9]{1,2})")  # fmt: skip

_SET = r"(?: (?:scheduled|set|supposed|planned|going|gonna)(?: to be)?(?: for)?)?"
_PREVISTO = r"(?: (?:programad[oa]|previst[oa]|fijad[oa]))?"

DEADLINE = re.compile(
    rf"(?<![\w'])(?:{_PERIOD}) (?:{_ENDS}){_SET} (?P<day>{_DAY})(?![\w'])|"
    rf"(?<![\w'])(?:we|i) (?:close|closes|are closing|'re closing|re closing|will close)"
    rf"(?: on (?:the|our|my) (?:house|home|place|sale))? (?P<day2>{_DAY})(?![\w'])|"
    rf"(?<![\w'])(?:{_PLAZO}) (?:{_VENCE}){_PREVISTO} (?P<dia>{_DIA})(?![\w'])|"
    rf"(?<![\w'])(?:cerramos|firmamos|escrituramos)(?: la (?:compra|casa|venta))? "
    rf"(?P<dia2>{_DIA})(?![\w'])"
)


def without_deadline_days(text: str) -> str:
    """The text with every deadline's day taken out (one pass: what follows a day taken out
    is never read as another deadline's)."""
    spans = [
        m.span(next(g for g in ("day", "day2", "dia", "dia2") if m.group(g) is not None))
        for m in DEADLINE.finditer(text)
    ]
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return " ".join(text.split()) if spans else text
