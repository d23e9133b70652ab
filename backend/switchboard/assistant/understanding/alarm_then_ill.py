"""Carbon monoxide told by what it does to people, after an alarm the caller did not trust:
"we all woke up with headaches and my daughter threw up, the alarm was beeping last night, I
unplugged it thinking it was broken", "amanecimos con dolor de cabeza, la alarma estuvo
pitando toda la noche y la desconecté".

The alarm is told as past (it sounded in the night, or the caller silenced it), so the rule
for an alarm sounding now beside someone ill does not see it; yet the illness is now, and a
dispatcher hears poisoning: the people slept in it. Two parts, both needed:
- an alarm that sounded lately (overnight, last night, this morning, toda la noche) or that
  the caller silenced (unplugged it, pulled its batteries, la desconecté, le quité las pilas);
- someone ill now, which `hazards` checks with the symptom words' own scope.
A chirp (a low battery) is not sounding; a symptom alone, or an alarm alone, is not this.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words

_DEVICE = r"(?:the |that |our |my |this )?(?:alarm|detector|monitor|thing|unit|sensor|it)"
# Sounded in the night or earlier today: recent enough that whoever slept there breathed it.
LATELY = words(
    r"last night",
    r"overnight",
    r"all night(?: long)?",
    r"(?:in|during) the night",
    r"(?:in the )?middle of the night",
    r"this morning",
    r"earlier(?: today| tonight)?",
    r"anoche",
    r"toda la noche",
    r"(?:en|durante) la (?:noche|madrugada)",
    r"esta (?:manana|madrugada)",
    r"hace (?:un rato|rato|unas horas)",
)
# The caller silenced it: what it warned of did not go away with its sound.
SILENCED = words(
    rf"(?:unplugged|disconnected|silenced|pulled|yanked|took|ripped|turned off|shut off) "
    rf"{_DEVICE}(?: (?:off|down|out))?(?: (?:the|off the) (?:wall|ceiling|outlet))?",
    r"(?:pulled|took|yanked|popped|removed) (?:the |its |out the )?batter(?:y|ies)(?: out)?",
    r"(?:lo|la) (?:desconecte|desconectamos|desconecto|desenchufe|desenchufamos|desenchufo|"
    r"apague|apagamos|apago|quite|quitamos|quito)",
    r"(?:le )?(?:quite|quitamos|quito|saque|sacamos|saco) (?:la |las )?(?:pilas?|baterias?)",
)
# An alarm sounding, its label unsaid ("that plug-in alarm was beeping 4 times over and over").
SOUNDED = words(
    r"(?:alarm|detector|monitor|thing|sensor)s?(?: [\w']+){0,8} (?:was |were |kept |keeps |"
    r"started |had been |has been |is |been )?(?:going off|went off|sounding|beeping|blaring|"
    r"screaming|shrieking|alarming)",
    r"(?:alarma|detector|aparato|sensor)(?: [a-z]+){0,8} (?:estuvo |estaba |estaban |estuvieron |"
    r"siguio |empezo a |esta )?(?:sonando|pitando|chillando|sono|pito|sonar|pitar)",
)


def alarm_then_ill(norm: Normalised) -> bool:
    """An alarm that sounded lately or that the caller silenced (the illness is checked by
    the caller of this function, with its scope)."""
    if next(affirmed(SOUNDED, norm), None) is None:
        return False
    return found(LATELY, norm) or found(SILENCED, norm)
