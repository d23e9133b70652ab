"""Weather on its way, and the day it comes: the weather's day, never the visit's.

"There's a heat wave coming next week, I want the AC checked before it hits", "they're calling
for snow this weekend", "viene una helada el jueves, que revisen la calefacción antes de que
llegue": the day said is when the weather arrives. With "before it hits" (or "before then")
the visit is wanted before that day; without, the day tells the story and asks for nothing.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.phrases import words

_WEATHER = (r"heat ?waves?|cold (?:snap|front|spell|wave)|(?:hard |deep |big )?freeze|"
            r"arctic (?:blast|air)|polar vortex|(?:winter |ice |snow ?|big |bad |tropical |"
            r"thunder ?)?storms?|blizzard|hurricane|nor'?easter|snow|sleet|hail|rain|"
            r"heat dome|triple digits|(?:1[01][0-9]|9[0-9]|[0-9]0) degrees?(?: \w+)?")  # fmt: skip
_CLIMA = (r"ola de calor|ola de frio|helada|heladas|tormenta|tormentas|nevada|huracan|"
          r"frente frio|lluvias?|granizo|calor|frio|nieve")  # fmt: skip
_COMING = (r"coming|comes|come in|hits|hitting|supposed to (?:come|hit|arrive|roll in|start|"
           r"be here|get here)|expected|forecast(?:ed)?|predicted|on (?:the|its) way|"
           r"head(?:ed|ing) (?:our|this) way|rolling in|moving in|due|arriving|starts?|"
           r"starting|setting in|sets in|kicks? in|kicking in")  # fmt: skip
_DAY = (r"(?:(?:on|this|next|by|over|late|early|in|for|around|sometime) )*"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|(?:the )?weekend|"
        r"(?:next |this )?week|(?:the )?[0-9]{1,2}(?:st|nd|rd|th))")  # fmt: skip
_DIA = (r"(?:(?:el|este|esta|la|para el|para la|para este|para esta|en la) )?(?:lunes|martes|"
        r"miercoles|jueves|viernes|sabado|domingo|manana|fin de semana|proxima semana|"
        r"semana que viene|semana entrante)")  # fmt: skip
_VIENE = (r"viene|vienen|llega|llegan|va a (?:llegar|venir|entrar|pegar|caer|hacer)|pega|"
          r"entra|empieza|pronostican|anuncian|esperan")  # fmt: skip

FORECAST = re.compile(
    rf"(?<![\w'])(?:(?:a|an|the|some|more) )?(?:{_WEATHER})(?: [a-z']+)?(?: is| 's|'s| are)? "
    rf"(?:{_COMING})(?: [a-z']+){{0,2}}? (?P<en>{_DAY})(?![\w'])|"
    rf"(?<![\w'])(?:calling for|forecast(?:ing)?|predicting|supposed to (?:get|have)|"
    rf"expecting)(?: [a-z']+){{0,3}}? (?:{_WEATHER})(?: [a-z']+)?? (?P<en2>{_DAY})(?![\w'])|"
    rf"(?<![\w'])(?:{_VIENE}) (?:(?:una|la|el|un|mucho|mucha) )?(?:{_CLIMA})(?: [a-z]+){{0,2}}? "
    rf"(?P<es>{_DIA})(?![\w'])|"
    rf"(?<![\w'])(?:{_CLIMA}) (?:que )?(?:{_VIENE})(?: [a-z]+){{0,2}}? (?P<es2>{_DIA})(?![\w'])"
)
BEFORE_IT = words(
    r"before (?:it|that|they|the (?:\w+ )?(?:storm|heat|freeze|snow|cold|rain|weather|front))"
    r"(?:'s| is)? (?:hits?|comes?|gets? here|arrives?|starts?|rolls? in|kicks? in|sets? in|"
    r"shows? up|here)",
    r"before (?:then|that(?: day)?)",
    r"antes de que (?:llegue|lleguen|pegue|empiece|caiga|venga|entre)",
    r"antes (?:de eso|de esa fecha)",
)


def forecast_as_bound(text: str) -> str:
    """The text with the day of weather on its way taken out, and said as "before <day>"
    when the caller wants the visit before the weather arrives."""
    m = FORECAST.search(text)
    if m is None:
        return text
    group = next(g for g in ("en", "en2", "es", "es2") if m.group(g) is not None)
    day = _bare_day(m.group(group))
    rest = text[: m.start(group)] + " " + text[m.end(group) :]
    said = BEFORE_IT.search(rest, m.start(group))
    if said is None:
        return " ".join(rest.split())
    word = "antes del" if group.startswith("es") else "before"
    rest = rest[: said.start()] + " " + rest[said.end() :]
    return " ".join(f"{rest} {word} {day}".split())


_LEAD = re.compile(r"^(?:(?:on|by|over|late|early|in|for|around|sometime|el|para el|para la|"
                   r"para este|para esta|en la) )+")  # fmt: skip


def _bare_day(day: str) -> str:
    """ "over the weekend" to "the weekend", "para el jueves" to "jueves": a day after "before"."""
    return _LEAD.sub("", day)
