"""A question whether the job fits what the house already has, once the job is known: "does
my panel need to be bigger for it, its two hundred amp", "will it even work with an old steam
boiler?", "¿funciona con el boiler viejo?". The thing it names (the panel, the boiler) is what
the job must suit, asked about before booking it, not a new job: the job told stands, and the
technician hears the question with it.

Only a question about the job in hand ("it", "that", "the charger"); asked for on its own ("can
you also look at the panel?", "the boiler is leaking too") the thing is a job as before.
"""

from __future__ import annotations

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import found, words

_IT = r"(?:it|that|this|they|those|one|the (?:new )?[\w']+)"
_MINE = r"(?:my|our|the|mine|ours|a|an)"
FIT_ASKED = words(
    # "will it even work with an old steam boiler", "would that be compatible with our system"
    rf"(?:will|would|does|do|can|could|is|are) {_IT}(?: even| still| actually)? (?:work|be "
    r"compatible|fit|run|hook up|connect|go) (?:with|on|to|in|off)",
    rf"(?:is|are) {_IT}(?: even)? compatible",
    # "does my panel need to be bigger for it", "do we need a new panel for that"
    rf"(?:does|do|will|would|is) {_MINE} (?:[\w']+ ){{0,2}}(?:need|have) (?:to be )?(?:bigger|"
    r"upgraded|upgrading|replaced|replacing|changed|changing|an upgrade|more amps)",
    rf"(?:do|will|would) (?:i|we) (?:need|have to get|have to upgrade) {_MINE} (?:new |bigger |"
    r"upgraded |different )?[\w']+(?: [\w']+)? (?:for (?:it|that|this|one)|first|too)",
    rf"(?:is|are) {_MINE} (?:[\w']+ ){{0,2}}(?:big|strong|enough|good) enough (?:for|to)",
    # Spanish: "¿funciona con el boiler viejo?", "¿tengo que cambiar el panel para eso?"
    r"(?:funciona|funcionaria|sirve|serviria|jala|es compatible) con (?:mi|el|la|nuestro|nuestra|"
    r"un|una)",
    r"(?:necesito|ocupo|tengo que|hay que) (?:cambiar|agrandar|subir) (?:el|mi|la) [a-z]+"
    r"(?: [a-z]+)? (?:para (?:eso|el|ella|esto)|primero)",
)


def fit_asked(norm: Normalised) -> bool:
    """The turn asks whether the job suits something the house has."""
    return found(FIT_ASKED, norm)
