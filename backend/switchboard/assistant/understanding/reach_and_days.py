"""Two questions about the business said without its usual words.

How far it goes, pointing at the place already named: "I live down in Littleton ... do you folks
come out this far?", "is that too far for you?", "¿llegan hasta acá?". The place is the one the
caller gave; the question is the service area's.

Which days it works, asked of days in general: "do you do maintenance appointments on Sundays,
or only during the week?", "¿atienden los sábados o nada más entre semana?". The days named are
the schedule's, not a day wished for a visit: it is a question about the hours.
"""

from __future__ import annotations

from switchboard.assistant.understanding.phrases import words

_YOU = (r"(?:you|u|y'?all|ya|you guys|you all|you folks|you people|your (?:guys|techs?|crews?|"
        r"people|men|plumbers|electricians|roofers)|they|he)")  # fmt: skip
_GO = r"(?:come|go|travel|drive|get|make it|service|work|head|reach)"

REACH = words(
    # "do you folks come out this far", "would y'all drive that far out", "do you go out this way"
    rf"(?:do|does|would|will|can|could) {_YOU}(?: ever| even| usually| normally)? {_GO}"
    r"(?: all the way)?(?: out| up| down| over)? (?:this|that|so) far",
    rf"(?:do|does|would|will|can|could) {_YOU}(?: ever| even| usually| normally)? {_GO}"
    r"(?: all the way)? (?:out|up|down|over) (?:this|that) (?:way|direction|side of town)",
    # "is that too far for you", "am I too far out", "are we outside your area"
    r"(?:is|are|am) (?:that|this|it|we|i|they) (?:too far|outside (?:of )?your (?:area|range|"
    r"zone)|out of (?:your )?(?:range|area|the area))",
    r"too far (?:for (?:you|y'?all|you guys)|out for)",
    # "¿llegan hasta acá?", "¿vienen por estos rumbos?", "¿les queda muy lejos?"
    r"(?:llegan|vienen|van|salen|trabajan|dan servicio|cubren|atienden|vendrian|llegarian) "
    r"(?:hasta (?:por )?(?:aca|aqui|alla|ahi|aca arriba|aca abajo)|por (?:aca|aqui|estos rumbos|"
    r"esta zona|este lado|esos rumbos|esa zona)|tan lejos)",
    r"(?:les|le) queda (?:muy |demasiado |bien )?lejos",
    r"(?:hasta|tan) (?:aca|aqui|alla) (?:llegan|vienen|van)",
)

_DAYS = (r"(?:sundays|saturdays|weekends?|weekdays|the weekend|(?:mon|tues|wednes|thurs|fri)days|"
         r"holidays|sats|suns)")  # fmt: skip
_WEEK = (r"(?:during the week|weekdays|on weekdays|monday (?:through|thru|to) friday|business "
         r"days|work ?days)")  # fmt: skip
_DIAS = r"(?:los domingos|los sabados|en domingo|en sabado|(?:los |el )?fines? de semana)"

DAYS_ASKED = words(
    # "do you do appointments on Sundays", "does your crew work weekends", "y'all come out
    # saturdays?": days in general, never one day ("do you have anything Saturday")
    rf"(?:do|does|are|will|would|can) {_YOU}(?: ever| even| usually| normally| also)? "
    r"(?:do|have|take|book|schedule|offer|work|make|come out|come|send|open|run|go out|"
    rf"service|answer)(?: [\w-]+){{0,3}} (?:on |during |over )?(?:the )?{_DAYS}",
    # said as what the caller gathers: "so you guys don't do saturdays at all", "y'all never
    # work weekends?" (the caller's own, "I don't work Saturdays", is no question)
    rf"{_YOU}(?: even| really| just)? (?:don't|do not|dont|never|won't|aren't|are not) (?:do|"
    r"work|open|come out|come|take|book|schedule|have|go out|answer)(?: [\w-]+){0,2} (?:on |"
    rf"during |over )?(?:the )?{_DAYS}",
    # "... or only during the week?", "weekends or just weekdays"
    rf"or (?:only|just|strictly) {_WEEK}",
    rf"{_DAYS} or (?:only |just )?{_WEEK}",
    # "¿hacen mantenimientos en domingo?", "¿atienden los sábados o nada más entre semana?"
    r"(?:hacen|dan|tienen|agendan|atienden|trabajan|abren|vienen|salen|dan servicio|hacen citas)"
    rf"(?: [a-z]+){{0,3}} {_DIAS}",
    r"o (?:solo|nada mas|solamente|nomas) (?:entre semana|de lunes a viernes|dias habiles)",
)

# One day of its own, asked for beside the question about days in general: "do you do
# saturdays? ten o'clock this saturday", "are you open weekends, next sunday at 9 if so". With
# the hour said, that day at that hour is a wish for a visit, whatever the question asked.
ONE_DAY = words(
    r"(?:this|next|this coming|coming) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)",
    r"tomorrow",
    r"(?:este|el proximo|el otro) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
    r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) que viene",
)
