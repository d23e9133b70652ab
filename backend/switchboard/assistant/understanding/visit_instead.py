"""The visit on file asked for on another day "instead", before any time was offered.

"Forecast says rain all day tomorrow, can the roofer come Monday instead?", "could your guy
come out Thursday instead", "¿puede venir el técnico el lunes mejor?": "instead" of a time the
call has not spoken of yet is instead of the visit already booked, so the visit is named
without its name and the call moves it. Once times are on the table ("I have Friday at 9 or
10"), the same words are a counter-offer to them, never a visit on file; and an anyone ("can
someone come Monday instead") or a plain "you" ("can you come Monday instead") is not ours
alone to mean.
"""

from __future__ import annotations

from switchboard.assistant.understanding.model import Context
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|(?:this|next) week|the [0-9]+"
        r"(?:st|nd|rd|th)?")  # fmt: skip
_DIA = r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|la (?:otra|proxima) semana"
# Ours, said as the one already sent: "the roofer", "your guys", "y'all".
_OURS = (r"(?:(?:the|your|ur) (?:[a-z]+ )?(?:guy|guys|tech|techs|technician|technicians|crew|"
         r"roofer|roofers|plumber|plumbers|electrician|electricians|installer|installers|team|"
         r"man|men|worker|workers)|you guys|y'?all|you all)")  # fmt: skip
_SUYOS = (r"(?:el|los|su|sus) (?:tecnico|tecnicos|plomero|plomeros|electricista|electricistas|"
          r"techador|techadores|muchacho|muchachos|trabajador|trabajadores)")  # fmt: skip

INSTEAD = words(
    rf"(?:can|could|would|will) {_OURS} (?:come|come out|come by|come over|make it|do it|swing "
    rf"by|stop by)(?: (?:on|this|next))? (?:{_DAY})(?: [a-z0-9']+){{0,3}}? instead",
    rf"(?:puede|pueden|podria|podrian) (?:venir|pasar)(?: {_SUYOS})? (?:el |este |para el )?"
    rf"(?:{_DIA})(?: [a-z0-9]+){{0,3}}? (?:mejor|en vez|en lugar)",
)


def visit_moved_unnamed(norm: Normalised, context: Context) -> bool:
    """The turn asks for the visit on file on another day "instead", with no time on the table."""
    if context.offered_slots or context.days_in_view is not None or context.chosen is not None:
        return False
    return found(INSTEAD, norm)
