"""When a hazard word names something already contained, done on purpose, only warned of, or
small now: the scopes a dispatcher hears past the word itself. English and Spanish, as
whole-word patterns over normalised text; `hazards` and `urgency` read them.

- a warning of what could happen ("the inspector wrote somebody could get electrocuted");
- a state the caller chose ("no water at all because I had the city shut it off");
- what is left now is small or only a mark ("now it just drips into a cup", "now there's a
  little black mark on the cover");
- water that never got in ("no water has come in, it's been dry");
- water caught or cut off ("I put a bucket under it", "ya cerramos la llave de ese lado").

Each yields to a hazard said in the present (`PRESENT_HAZARD`): "we shut the main off but
it's still pouring" stays an emergency.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.hazard_scope_words import ALL_CLEAR
from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, words

# What could happen, as a warning or a report, not as what is happening: the mention itself
# is the consequence ("could get electrocuted", "podría provocar un incendio").
_HARM = (
    r"(?:electrocuted|shocked|zapped|hurt|killed|burned|burnt|electrocute|shock)"
    r"|(?:start|cause|catch) (?:a )?fire"
)
WARNED = words(
    rf"(?:could|might|may|would|can) (?:\w+ )?(?:get|be|possibly get) (?:{_HARM})",
    rf"(?:could|might|may|would) (?:possibly )?(?:{_HARM})",
    r"(?:risk|danger|chance) of (?:\w+ )?(?:electrocution|shock|fire|getting electrocuted)",
    r"(?:podria|podrian|puede|pueden|se podria|se puede)(?: [a-z]+)? (?:electrocutar\w*|"
    r"electrocut\w*|quemar\w*|dar (?:un )?toque|provocar (?:un )?incendio|incendiar\w*)",
)
# A state the caller chose: the water or the power off because they had it turned off.
DELIBERATE = words(
    r"on purpose",
    r"a proposito",
    r"(?:because|since|cause|cuz) (?:i|we|the landlord|the owner|my \w+)(?: [\w']+){0,2} "
    r"(?:had|got|asked|called) (?:the city|the water company|the utility|the \w+ company|"
    r"them|someone|somebody|a plumber)(?: to)? (?:shut|turn|cut)",
    r"(?:i|we) (?:had|got) (?:the city|the water company|the utility|the \w+ company) "
    r"(?:to )?(?:shut|turn|cut) (?:it|the water|the gas|the power)(?: off)?",
    r"(?:porque|ya que) (?:la ciudad|el municipio|la compania|nosotros|yo)(?: [a-z]+){0,2} "
    r"(?:la |lo |el )?(?:cort\w+|cerr\w+|apag\w+)",
    r"(?:mande|pedi que|pedimos que|mandamos) (?:a )?(?:cortar|cerrar|apagar)",
)
# A "now" that keeps nothing current: what is left is small ("now it only drips a little",
# "ahora nomás gotea poquito") or only a mark ("now there's a little black mark on it").
SMALL_NOW = words(
    r"(?:and |but |so )?now (?:it |it's |its |there's |theres )?(?:just|only|barely|merely)"
    r"(?: [\w']+){0,2} (?:drip\w*|a drip|a slow drip|a little|a bit|seeps?|seeping|weeps?)",
    r"(?:and |but |so )?now (?:there's|theres|there is|it has|it's got|there are) "
    r"(?:a |some |this )?"
    r"(?:(?:little|small|tiny|faint|black|brown|dark|burn|scorch|water) ){0,3}"
    r"(?:marks?|stains?|spots?|scorch(?: marks?)?|discolou?ration|smudges?)",
    r"(?:y |pero )?(?:ahora|ahorita) (?:ya )?(?:nomas|nada mas|namas|solo|solamente|apenas)"
    r"(?: [a-z]+){0,2} (?:gotea\w*|gotitas?|poquito|poquita|un poco|una gota)",
    r"(?:y |pero )?(?:ahora|ahorita) (?:ya )?(?:hay|tiene|quedo|quedaron) (?:una |unas |un )?"
    r"(?:mancha|manchas|marca|marcas|manchita)",
)
# Water that never got in ("no water has come in or anything, it's been dry").
STAYED_DRY = words(
    r"no (?:water|rain|leaks?) (?:has|have|is|ever)? ?(?:come|came|gotten|got|getting|coming|"
    r"leaked|leaking|dripped|dripping) (?:in|through|inside)",
    r"(?:it's|its|it has|everything's|everything has|it) (?:been|stayed|is still|stays) "
    r"(?:(?:totally|completely|bone) )?dry",
    r"(?:hasn't|has not|haven't|have not|didn't|did not) (?:leaked|dripped|let (?:any )?water in)",
    r"no (?:ha|han) (?:entrado|metido|caido|goteado) (?:nada de )?(?:agua)?",
    r"(?:sigue|esta|ha estado) (?:todo )?seco",
)
# Water caught in a container or cut off at a valve: what escapes is held, not spreading
# ("I put a bucket under it and it fills about once a day", "ya cerramos la llave de ese lado").
HELD_OR_SHUT = words(
    r"(?:put|placed|set|have|got|stuck|keep) (?:a |an |the |my |our )?(?:bucket|pan|pot|bowl|"
    r"cup|tray|container|tupperware|towel|trash can)s? under",
    r"(?:into|in|fills?|filling|catching it in|catches it in) (?:a |an |the )?(?:little |small )?"
    r"(?:bucket|pan|bowl|cup|container|tray)",
    r"(?:shut|closed|turned) (?:off )?the (?:valve|shut ?off) (?:to|for|on) (?:that|it|the)",
    r"(?:shut|turned|closed) (?:that|the) (?:line|side|zone|branch) off",
    r"(?:le |les )?(?:puse|pusimos|tengo|tenemos) (?:una |un )?(?:cubeta|cubetita|balde|bandeja|"
    r"vasito|vaso|traste|toalla|bote|olla)",
    r"(?:cae|caen|gotea|va) (?:en|a) (?:una |un )?(?:cubeta|cubetita|balde|bandeja|vasito|vaso|"
    r"traste|bote|olla)",
    r"ya (?:cerramos|cerre|cerraron|cerro) (?:la )?(?:llave|valvula)",
)


def restored(norm: Normalised, said: tuple[re.Pattern[str], ...]) -> bool:
    """Heat or cooling that failed and works again, said after the failure ("it stopped
    yesterday, we reset it and it's been running fine since"): a visit to find out why, not
    a house going cold. Unless the failure is said again after it ("...then it quit again")."""
    clear = [m.start() for m in ALL_CLEAR.finditer(norm.text)]
    failed = [m.start() for p in said for m in affirmed(p, norm)]
    return bool(clear and failed) and max(clear) > max(failed)


# People arriving are not the water coming in ("we've got family coming in").
PEOPLE_BEFORE = re.compile(
    r"\b(?:family|guests?|company|people|relatives|kids|folks|visitors|friends|in-laws|"
    r"parents|everyone|everybody|someone|somebody|tech|plumber|crew|they|he|she|you|y'all|"
    r"familia|visitas?|invitados|ninos|parientes|tecnico|plomero)(?: \w+){0,1} $"
)

# What a question about water is about, said in a turn that answers it unprompted.
WATER_SUBJECT = words(
    r"water",
    r"rain\w*",
    r"sewage",
    r"leak\w*",
    r"agua",
    r"lluvia",
    r"drenaje",
    r"fuga",
)
