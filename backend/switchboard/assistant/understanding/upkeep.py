"""Upkeep: a check-up asked for (ahead of a season, or by its own name) is the tenant's
tune-up, maintenance or inspection service, unless something is wrong now; and something wrong
now is never filed under that check-up service."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.hazard_scope_words import ALL_CLEAR
from switchboard.assistant.understanding.history import PIVOT, history_marker, told_as_history
from switchboard.assistant.understanding.model import Extracted, ServiceOption
from switchboard.assistant.understanding.normalise import Normalised, fold
from switchboard.assistant.understanding.phrases import affirmed, found, words

# A check-up asked for ahead of a season ("want ours checked before summer", "que revisen la
# caldera antes de que empiece el frío"): the tenant's maintenance service, when it has one and
# nothing is said to be wrong now, whatever failed before (a neighbour's scare, last winter).
_CHECK = (
    r"check(?:ed|ing)?|check ?up|look(?:ed|ing)? (?:(?:it|them|things|everything) )?(?:at|over)|"
    r"(?:take|have|get|give it) a (?:look|peek)|go(?:ne)? over|inspect\w*|serviced|servicing|"
    r"tune\w*|revis\w*|cheque\w*|chequ\w*|checar|chequen|mantenimiento|afinacion|inspeccion|"
    r"(?:echen|echarle|echarles|eche) (?:un )?(?:ojo|vistazo|ojito)|"
    # A trade's view of how a thing stands, not a fix: "a roofer's opinion before closing",
    # "an assessment", "que lo evalúen".
    r"opinion|assess\w*|evalu\w*|valoracion"
)
_AHEAD = (
    r"before (?:the |this |that |next )?(?:summer|winter|fall|spring|autumn|season|heating season|"
    r"cooling season|cold weather|hot weather|cold|heat|hurricane season|storm season|"
    r"rainy season|next (?:big )?(?:one|storm)|"
    # Weather on its way: "before the hurricane gets here", "ahead of the storm".
    r"(?:the |this |that )?(?:storm|hurricane|tropical storm|freeze|hard freeze|ice storm|"
    r"winter storm|snow(?:storm)?|cold snap|heat wave))"
    r"|ahead of (?:the |this |that )?(?:storm|hurricane|tropical storm|freeze|winter storm|"
    r"cold snap|heat wave)"
    r"|before (?:it|things|the weather) (?:gets?|starts?(?: getting)?|turns?) (?:\w+ )?"
    r"(?:hot|cold|warm|chilly)"
    r"|before (?:we|i) (?:start|turn|fire|need)(?: \w+){0,3}"
    # Ready for someone who is coming to live there ("before she moves in").
    r"|before (?:she|he|they|the baby|my \w+|our \w+) (?:gets? here|arrives?|moves? in|"
    r"comes? home)"
    r"|(?:ahead of|for) (?:the )?(?:summer|winter|season)|pre ?season|annual|yearly"
    # A house changing hands: "before closing", "before we buy", "antes de comprar"; not the
    # business's own closing ("before we close up for the day").
    r"|before (?:the )?(?:closing|close of escrow|escrow|sale|purchase|inspection period ends)"
    r"(?! (?:time|up|for the day|tonight|today))"
    r"|before (?:we|i|they) (?:close|buy|sell|list|close on|move in)"
    r"(?! (?:up|for the day|tonight|today))"
    r"|antes de (?:cerrar (?:la compra|el trato)|comprar\w*|vender\w*|la compra|la venta|firmar|"
    r"la escritura|escriturar|mudarnos|que nos mudemos)"
    r"|antes (?:de|del) (?:que )?(?:empiece |llegue |entre |comience |haga |pegue )?"
    r"(?:el |la |las )?(?:frio|calor|invierno|verano|temporada|huracan|tormenta|helada|"
    r"lluvias|ola de calor)|anual|cada ano"
)
CHECKUP_WISH = words(
    rf"(?:{_CHECK})(?: [\w']+){{0,10}} (?:{_AHEAD})",
    rf"(?:{_AHEAD})(?: [\w']+){{0,6}} (?:{_CHECK})",
    # Upkeep asked for by its own name, whatever the season: "maintenance on the heat pump".
    r"(?:gets?|needs?|wants?|do|schedule|book|like|due for|time for|overdue for)(?: [\w']+){0,3} "
    r"(?:maintenance|tune ?ups?|check ?ups?|servicing|inspection)",
    # The thing to have tuned: "I'd like the heat pump tuned up", "get both boilers serviced".
    r"(?:get|have|want|like|need)(?: [\w']+){1,4} (?:tuned(?: up)?|serviced|maintained)",
    # A look-over of something that works ("want someone to look ours over", "have somebody
    # check it all over"): an inspection, not "look at", which is how a fault is brought up.
    r"(?:get|have|want|wants|like|need)(?: [\w']+){0,3} (?:to )?(?:look|check) "
    r"(?:it|them|things|everything|ours|mine|it all|the \w+|our \w+|my \w+) (?:all )?over",
    r"(?:a|an) (?:once ?over|look ?over|going ?over)",
    r"(?:hacer|necesit[oa]|necesitamos|quier[oe]|queremos|pide|piden|toca|le toca)(?: \w+){0,3} "
    r"(?:mantenimiento|afinacion|inspeccion)",
)
# Something wrong now, which makes a check-up a repair.
FAULT_NOW = words(
    r"(?:not|isn't|won't|doesn't|stopped|quit) (?:working|cooling|heating|running|turning on|"
    r"coming on|come on|turn on|kick on|kicking on|start|starting|blowing)",
    r"broken",
    r"leak(?:s|ing|y)?",
    r"(?:blowing|blows) (?:warm|hot|cold)",
    r"no (?:heat|cooling|air|hot water)",
    r"(?:making|makes) (?:a |this |that )?(?:\w+ )?(?:noise|sound)",
    r"(?:breaker|fuse|pastilla)s?(?: [\w']+){0,4} (?:trip\w*|blew|blow\w*|pop\w*)",
    r"(?:keeps|kept) tripping",
    r"no (?:funciona|sirve|enfria|calienta|prende)",
    r"gotea\w*",
    r"hace (?:un )?ruido",
)
_UPKEEP = ("tune", "maintenance", "check", "checkup", "inspection", "inspect", "mantenimiento",
           "revision", "afinacion", "preventive", "preventivo")  # fmt: skip


def upkeep_service(catalogue: tuple[ServiceOption, ...]) -> ServiceOption | None:
    """The catalogue's check-up service: a tune-up, maintenance or an inspection."""
    for service in catalogue:
        said = fold(" ".join((service.name, *service.keywords))).replace("-", " ")
        if any(re.search(rf"(?<![\w']){w}", said) for w in _UPKEEP):
            return service
    return None


def checkup(norm: Normalised, catalogue: tuple[ServiceOption, ...]) -> Extracted[str] | None:
    if not found(CHECKUP_WISH, norm):
        return None
    upkeep = upkeep_service(catalogue)
    if upkeep is None:
        return None
    if found(ALL_CLEAR, norm) or not _fault_now(norm):
        return Extracted(upkeep.id, 0.8)
    return None


# A fault somebody already put right ("found the leak and fixed it", "ya la arreglaron").
_PUT_RIGHT = words(
    r"(?:fixed|repaired|patched|sealed|replaced|took care of|sorted(?: out)?) (?:it|that|them|"
    r"the (?:\w+ ){0,2}\w+)",
    r"(?:it|that)(?:'s| is| was| got) (?:been )?(?:fixed|repaired|taken care of)",
    r"(?:la|lo|las|los) (?:arregl|repar|cambi|compus)(?:aron|o|amos|imos)|ya (?:quedo|esta) "
    r"(?:bien|arreglad\w+)",
)


def _told_as_past(norm: Normalised, m: re.Match[str]) -> bool:
    """A fault in a clause told in the past ("Con Ed came out last week and found the leak
    and fixed it"): a marker of time gone by earlier in its clause, with no "now" between,
    or a word later in its clause that it was put right."""
    index = norm.token_index(m.start())
    clause_at = len(" ".join(norm.tokens[: norm.clause_start(index)]))
    later = [b for b in norm.breaks if b > index]
    clause_end = len(" ".join(norm.tokens[: min(later)])) if later else len(norm.text)
    if _PUT_RIGHT.search(norm.text, m.end(), clause_end):
        return True
    marker = history_marker(norm.text, clause_at, m.start())
    return marker is not None and not PIVOT.search(norm.text, marker.end(), m.start())


def _fault_now(norm: Normalised) -> bool:
    """Something wrong now: said, not denied, and not told as history ("a leak last spring",
    "last week they found a leak and fixed it")."""
    return any(
        not told_as_history(norm.text, m.end()) and not _told_as_past(norm, m)
        for m in affirmed(FAULT_NOW, norm)
    )


def for_a_fault(
    norm: Normalised, said_now: Normalised, catalogue: tuple[ServiceOption, ...]
) -> tuple[ServiceOption, ...]:
    """With something wrong now, the check-up service is not the job ("the furnace stopped
    working, we never got maintenance on it" is a furnace repair); a fault told as history
    ("we had a leak last year, now we want an inspection") is not one now: `said_now` is the
    turn without the history it tells."""
    upkeep = upkeep_service(catalogue)
    if upkeep is None or found(ALL_CLEAR, norm):
        return catalogue
    if not _fault_now(said_now):
        return catalogue
    return tuple(s for s in catalogue if s is not upkeep)
