"""A caller told to shut off the water who cannot: they do not know where the main shut-off is,
cannot find it, or ask where it is ("no sé dónde se cierra el agua", "where would the
shutoff even be?", "I can't find the valve"). What they need then is where such valves
usually are, not the booking question again. English and Spanish; read by the engine while a
flood is being handled.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import normalise
from switchboard.assistant.understanding.phrases import found, words

_UNABLE = (
    r"(?:i |we |she |he |they )?(?:don't|dont|do not|doesn't|doesnt|does not|can't|cant|cannot|"
    r"couldn't|couldnt|can not|have no idea|got no idea|no idea)"
)
_VALVE = (
    r"(?:the |our |my |a |that |this )?(?:main )?(?:water )?(?:shut ?off|cut ?off|valve|main)"
    r"(?: valve)?"
)
_LLAVE = r"(?:la )?(?:llave|valvula|llavecita)(?: de paso| principal| del agua| de agua)*"
ASKED = words(
    rf"{_UNABLE} (?:know |tell |figure out |see )?(?:where|which) (?:one )?(?:is )?{_VALVE}",
    rf"{_UNABLE} (?:find|locate|see|reach) {_VALVE}",
    rf"{_UNABLE} (?:know |figure out )?(?:where|how) (?:to|i|we) (?:turn|shut|cut) (?:off )?"
    r"(?:it|the water|that|the main)(?: off)?",
    rf"where(?:'s| is| would| do i find| can i find| do we find)(?: [\w']+){{0,2}} {_VALVE}",
    r"how do (?:i|we) (?:turn|shut) (?:off )?the water(?: off)?",
    # Spanish.
    r"no (?:se|sabemos|sabe|sabia|tengo idea de|tenemos idea de) (?:donde|como|por donde) "
    r"(?:se )?(?:cierra|apaga|corta|esta|queda|cerrar|apagar|cortar)(?: [a-z]+){0,3}? "
    r"(?:el agua|la llave|agua|la valvula)",
    r"no (?:se|sabemos|sabe) (?:donde|como) se (?:cierra|apaga|corta)",
    rf"no (?:encuentro|encontramos|encuentra|hallo|hallamos|veo) {_LLAVE}",
    rf"(?:donde|como) (?:esta|queda|se cierra|cierro|apago) {_LLAVE}",
    r"(?:donde|como) (?:se )?(?:cierra|cierro|apago|corto) el agua",
)


def shutoff_asked(text: str) -> bool:
    """The caller cannot find, or asks where, the main water shut-off."""
    return found(ASKED, normalise(text))
