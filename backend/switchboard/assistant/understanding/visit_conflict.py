"""A visit on file the caller cannot keep, and why.

Known customers often call about the visit on file without "reschedule" or "cancel": they name
it by its reminder ("saw the reminder for tomorrow 10am"), by the time they cannot keep ("I
can't do tomorrow at 10 for the panel"), and then say what is in the way ("something came up
at work", "me toca trabajar", "my son is taking me to a doctor's appointment tomorrow") or that
the need is gone ("my son-in-law fixed it", "ya vino mi yerno y lo destapó"). A conflict with a
visit on file asks to move it; the need gone, to cancel it. The days said for the visit and for
the conflict are when the caller cannot: never the time wished for.
"""

from __future__ import annotations

import re

from switchboard.assistant.understanding.normalise import Normalised
from switchboard.assistant.understanding.phrases import affirmed, found, words
from switchboard.assistant.understanding.visit_obstacles import OBSTACLES, OTHERS_CAME
from switchboard.assistant.understanding.visit_told import ELSEWHERE, HAVE_US, NEED_GONE_TOLD

_DAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|this (?:morning|"
        r"afternoon|evening)|the [0-9]+(?:st|nd|rd|th)?")  # fmt: skip
_DIA = r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|hoy|pasado manana"
_HOUR = r"[0-9]{1,2}(?::[0-9]{2})?(?: ?(?:am|pm|a m|p m))?"

# The visit on file named another way than ON_THE_BOOKS has it.
VISIT_ON_FILE = words(
    # "you've got me down for tomorrow morning", "you guys have got us booked Friday"
    r"(?:you've|youve|you have|y'all've|y'all have|you guys have|you guys've) got (?:me|us)"
    rf"(?: down| booked| scheduled| in)? (?:for |on |this |next )?(?:{_DAY})",
    # By its reminder: "saw the reminder for tomorrow 10am", "got your confirmation text
    # about Friday", "me llegó el recordatorio de la cita del sábado"
    r"(?:the|your|a|my|this|that) (?:reminder|confirmation)(?: text| message| email| call| "
    r"txt)?(?: (?:for|about|of|on) (?:my |the |our )?(?:appointment |appt |visit )?(?:on |for |"
    rf"at )?(?:{_DAY}))",
    r"(?:el|un|su|mi|este) (?:recordatorio|mensaje de confirmacion|aviso)(?: de (?:la|mi) "
    rf"(?:cita|visita))? (?:de|del|para|para el|para la)(?: (?:cita|visita))?(?: del?)? (?:{_DIA})",
    # "I'm supposed to have you guys tomorrow at ten", "we're expecting your tech Friday"
    *HAVE_US,
)

# The visit's own time said as what the caller cannot keep: "I can't do tomorrow at 10 for
# the panel", "won't make Friday's 9am", "can't make my appointment". A day alone ("I can't do
# tomorrow") may be a new caller's limit, so the hour or the job is part of it.
_CANNOT = (r"(?:can't|cant|cannot|can not|won't be able to|will not be able to|couldn't|"
           r"not able to|unable to|won't)")  # fmt: skip
CANT_KEEP = words(
    rf"{_CANNOT} (?:do|make|make it|keep|be (?:home|there|here)) (?:(?:on|at|for) )?"
    rf"(?:{_DAY})(?:'s)?(?: (?:at )?{_HOUR}(?! (?:or|to|instead)(?![\w']))"
    r"(?: for (?:the|my|our) [a-z-]+)?| for (?:the|my|our) [a-z-]+)",
    rf"{_CANNOT} (?:make|keep|do) (?:my|the|our|(?:{_DAY})'s)(?: [a-z0-9:-]+){{0,2}} "
    r"(?:appointment|appt|visit|booking)",
    # "no puedo mañana a las 10 para lo del drenaje", "no voy a poder el sábado a las 9"
    r"no (?:puedo|podemos|voy a poder|vamos a poder|podre|podremos) (?:el |este )?"
    rf"(?:{_DIA}) (?:a las? {_HOUR}|para (?:lo (?:de|del)|la|el) [a-z]+)",
)

# What is in the way of the visit: work, something that came up, another appointment, the
# family's plans, being away.
_IN_THE_WAY = (
    r"something (?:came|has come|come|just came|popped|has popped) up",
    r"(?:i|we) (?:have|got|need|gotta) to (?:work|go (?:in )?to work|be at work|go in)",
    r"(?:i|we) (?:have|got) work",
    r"(?:called|call|calling) (?:me |us )?in(?:to)? (?:to )?work",
    # Working then, not now: "I'm at work right now" is where the caller is calling from.
    r"(?:i'll be|i will be|we'll be|we will be|i'm going to be|i'm gonna be) (?:working|at work|"
    r"on shift|on call)",
    rf"(?:i'm|im|i am|we're) (?:working|on shift) (?:on |this |next )?(?:{_DAY})",
    r"(?:doctor'?s?|dr'?s?|dentist'?s?|medical|hospital|clinic) (?:appointment|appt|visit)",
    r"(?:to|at) the (?:doctor|dentist|hospital)",
    # "has a tournament", "my daughter has a soccer tournament all day", "got her dance recital"
    r"(?:has|have|got) (?:a |an |her |his |their |my |our )?(?:[a-z]+ )?(?:game|tournament|"
    r"recital|practice|meet|competition|funeral|wedding|graduation)",
    # An exam, an interview, a procedure: "she's got a final exam monday morning", "I have a
    # job interview", "she has to go in for a procedure tomorrow", "he's having surgery"
    r"(?:has|have|got|'s got|having) (?:a |an |her |his |their |my |our )?(?:final |midterm |"
    r"big |state |bar |board )?(?:exam|exams|finals|midterms|job interview|interview)(?![\w'])",
    r"(?:go|goes|going|went) in for (?:a |an |her |his |my |some )?(?:[a-z]+ )?(?:procedure|"
    r"surgery|operation|scan|mri|biopsy|colonoscopy|treatment|infusion|dialysis)",
    r"(?:having|has|have|getting|scheduled for) (?:a |an |her |his |my )?(?:[a-z]+ )?(?:surgery|"
    r"procedure|operation)(?![\w'])",
    r"(?:tiene|tengo|tenemos) (?:un |una |su |mi )?(?:examen|examenes|entrevista|cirugia|"
    r"operacion|procedimiento)",
    # Called in to work: "the hospital just called me in for a shift", "they called us in
    # early" (never "you called me in the morning")
    r"(?:called|call|calling) (?:me|us) in(?! (?:the|a|an|my|our|his|her|their|here|there)"
    r"(?![\w']))",
    r"(?:me|nos) (?:llamaron|hablaron|mandaron llamar) (?:a|para|del|de) (?:trabajar|trabajo|"
    r"cubrir|un turno|turno)",
    r"(?:i'll|i will|we'll|we will|i'm going to|we're going to) be (?:out of town|away|"
    r"traveling|travelling)",
    # Spanish: "me toca trabajar", "tengo que trabajar", "me salió algo", "cita con el médico"
    r"(?:me|nos) toca (?:trabajar|ir a trabajar|turno|chambear)",
    r"(?:tengo|tenemos) que (?:trabajar|ir a trabajar|chambear|salir de la ciudad|"
    r"ir al (?:medico|doctor|dentista|hospital))",
    r"(?:surgio|se (?:me|nos) presento|(?:me|nos) salio|(?:me|nos) surgio) (?:algo|un imprevisto|"
    r"un compromiso|un pendiente|un trabajo)",
    r"cita (?:con el|con la|del|en el|al) (?:medico|doctor|doctora|dentista|hospital)",
    r"cita medica",
    r"(?:voy|vamos) a estar (?:fuera|de viaje|trabajando)",
)
# A shift put on the caller: "my boss just stuck me on a double", "I'm stuck covering at
# work", "they scheduled me for overtime", "got called in to cover a shift", "me pusieron doble
# turno", "tengo que cubrir un turno". Never "stuck at home" or "the drain is stuck".
_SHIFT = (r"(?:(?:a |the |another |an extra )?(?:double|doble)(?: shift)?|(?:a |the |an extra |"
          r"another |(?:the )?(?:night|late|early|weekend|morning|overnight|closing|opening) )"
          r"shift|overtime|(?:mandatory )?ot|nights|doubles)")  # fmt: skip
_ANOTHERS = rf"(?:a shift|someone's shift|somebody's shift|{_SHIFT})"
_SHIFT_PUT_ON = (
    r"(?:boss|manager|supervisor|job|work|they|foreman|company) (?:just |now |also )?(?:stuck|put|"
    r"scheduled|threw|slotted|signed|booked|switched|moved) (?:me|us) (?:on|in|for|to|into) "
    rf"{_SHIFT}",
    r"(?:i'm|im|i am|i got|i've been|i was|we're|got|been|just got) (?:just )?(?:stuck|roped "
    r"into|called in|forced|made|told) (?:to )?(?:covering|cover|working|work|pulling|on|with|"
    rf"doing|for) (?:(?:at|for) work|{_ANOTHERS})",
    rf"(?:have|got|gotta|need) to (?:cover|pull|work) (?:for (?:a|my) (?:coworker|co-worker|"
    rf"coworkers|buddy|friend)|{_ANOTHERS})",
    rf"(?:pulling|working|picked up|covering) {_ANOTHERS}",
    # the caller's own shift moved onto the visit: "my work moved my shift", "they changed my
    # schedule at work" (never "the tech's schedule")
    r"(?:boss|manager|supervisor|job|work|they|foreman|company) (?:just |now |also )?(?:moved|"
    r"changed|switched|flipped|swapped) (?:my|our) (?:shift|shifts|schedule|hours|days off)"
    r"(?![\w'])",
    r"(?:me|nos) (?:pusieron|metieron|cambiaron|dieron|asignaron|toco) (?:a trabajar|(?:el )?"
    r"(?:doble turno|turno doble|otro turno|un turno|turno de noche|el turno|horas extra|"
    r"tiempo extra))",
    r"(?:mi jefe|mi patron|mi supervisor|el jefe|el patron) (?:me|nos) (?:puso|metio|cambio|"
    r"dejo) (?:a trabajar|(?:el )?(?:doble turno|turno doble|otro turno|un turno|turno|"
    r"horas extra))",
    r"(?:tengo|tenemos) que (?:cubrir|doblar) (?:un turno|turno|a un companero|a una companera|a "
    r"alguien)",
)
_TRIP = (
    # A trip: "we decided to drive to San Diego this weekend", "we're flying out to see my
    # mom", "I'm leaving town tomorrow", "me voy a ver a mi familia", "salgo de viaje".
    r"(?:decided|have|need|got|gotta|planning|plan|want) to (?:drive|fly|head|go|travel|take a "
    r"trip|get away)(?: out| up| down| over)? (?:to|out of town|up north|for the weekend|"
    r"see (?:my|our|family))",
    r"(?:i'm|im|i am|we're|were|we are|i'll be|we'll be) (?:driving|flying|heading|going|"
    r"leaving|traveling|travelling)(?: out| up| down| over| back)? (?:to (?!the (?:doctor|"
    r"dentist|hospital|store))|out of town|of town|for the weekend|on (?:a )?(?:trip|"
    r"vacation)|town|home to|to see (?:my|our|family))",
    r"(?:going|gone|be|leaving) (?:out of town|on (?:a )?(?:trip|vacation)|to visit (?:my|our|"
    r"family))",
    r"(?:me|nos) (?:voy|vamos|ire|iremos|fui|fuimos) (?:de viaje|de vacaciones|fuera|a ver a|"
    r"a visitar a|con mi familia|con la familia|al pueblo)",
    r"(?:salgo|salimos|saldre|saldremos) (?:de viaje|de vacaciones|de la ciudad|fuera|"
    r"(?:manana|hoy|el \w+) (?:temprano|de viaje|en la manana))",
    r"(?:voy|vamos) a (?:viajar|salir de (?:viaje|la ciudad|vacaciones)|ver a (?:mi|la) familia)",
)
# Where and when the trip goes are the trip's to the end of its clause ("drive to San Diego
# this weekend to get out of the heat"): never the time wished for.
TRIP = words(*_TRIP)
# Life in the way told as a story (a family emergency, the road, the weather, nobody home).
CONFLICT = words(*_IN_THE_WAY, *_SHIFT_PUT_ON, *_TRIP, *OBSTACLES, *ELSEWHERE)

# The need gone: the trouble fixed by someone else, or gone by itself ("my son-in-law fixed
# it", "it's working fine now", "ya vino mi yerno y lo destapó", "ya quedó bien"). Never "you
# fixed it" (our own work, told as history).
_BY_US = r"(?<!you )(?<!y'all )(?<!guys )(?<!ustedes )"
NEED_GONE = words(
    rf"{_BY_US}(?:fixed|unclogged|cleared|repaired|patched|snaked|sorted out|took care"
    r" of) (?:it|that|them|the (?:problem|issue|clog|leak|drain))",
    r"(?:it's|its|it is|it got|got it|that's|it has been|it's been) (?:all )?(?:fixed|working "
    r"(?:again|now|fine|ok|okay)|taken care of|sorted|unclogged|cleared up|fine now|ok now|"
    r"okay now)",
    rf"{_BY_US}(?:lo|la|los|las) (?:destap|arregl|compus|repar|solucion)(?:o|aron|amos|e)",
    r"ya (?:quedo|esta|jala|funciona|sirve) (?:bien|arreglad[oa]|destapad[oa]|compuest[oa])",
    r"ya se (?:destapo|compuso|arreglo|soluciono)",
    # "... y ya quedó": fixed, said last
    r"ya quedo(?=$| gracias| muchas gracias)",
    *OTHERS_CAME,
    *NEED_GONE_TOLD,
)
# The trouble back after all: "he fixed it but it's leaking again", "lo destapó pero sigue".
_STILL_WRONG = re.compile(
    r"(?<![\w'])(?:still|again|came back|coming back|temporar\w*|todavia|sigue|siguen|otra vez|"
    r"de nuevo|volvio|couldn't|could not|wasn't able|didn't fix|no pudo|no lo arreglo|"
    r"no la arreglo|no quedo)(?![\w'])"
)


def visit_on_file(norm: Normalised) -> bool:
    """The turn names a visit on file by its reminder or by the time the caller cannot keep."""
    return found(VISIT_ON_FILE, norm) or found(CANT_KEEP, norm)


def visit_said(norm: Normalised, *patterns: re.Pattern[str]) -> bool:
    """A visit on file said by one of `patterns` or as `visit_on_file` has it, never by the
    words of what is in its way: "tengo cita con el doctor" is the doctor's, not ours."""
    if visit_on_file(norm):
        return True
    theirs = [(m.start(), m.end()) for m in CONFLICT.finditer(norm.text)]
    return any(
        not any(a < m.end() and m.start() < b for a, b in theirs)
        for pattern in patterns
        for m in pattern.finditer(norm.text)
    )


def conflict(norm: Normalised) -> bool:
    """Something in the way of the visit is said ("something came up", "me toca trabajar")."""
    return any(True for _ in affirmed(CONFLICT, norm))


def need_gone(norm: Normalised) -> bool:
    """The trouble the visit was for is put right, and not back since."""
    return any(not _STILL_WRONG.search(norm.text, m.end()) for m in affirmed(NEED_GONE, norm))


def unwished_spans(norm: Normalised) -> list[tuple[int, int]]:
    """Character spans whose days and hours are never the wish: the visit named by its reminder
    or its time the caller cannot keep (to the end of its clause), and the clause that tells
    what is in the way ("kid has a tournament tmrw", "my son is taking me to a doctor's
    appointment tomorrow")."""
    spans = [_to_clause_end(norm, m) for m in VISIT_ON_FILE.finditer(norm.text)]
    spans += [_to_clause_end(norm, m) for m in CANT_KEEP.finditer(norm.text)]
    spans += [_whole_clause(norm, m) for m in CONFLICT.finditer(norm.text)]
    return spans


# Words that begin a new clause in speech with no punctuation: what follows is another thought
# ("... at work and can we do Monday at 3").
CLAUSE_ENDS = {"but", "pero", "so", "because", "porque", "and", "y", "can", "could", "is",
               "se", "pueden", "puede", "podrian", "what", "how", "any", "anything", "do",
               "would", "instead", "mas", "though"}  # fmt: skip


def _to_clause_end(norm: Normalised, m: re.Match[str]) -> tuple[int, int]:
    first = norm.token_index(m.start())
    last = _clause_end(norm, norm.token_index(m.end() - 1) + 1)
    return _chars(norm, first, last)


# The day right after what is in the way is its day: "a tournament tmrw", "me toca trabajar el
# sábado", "a doctor's appointment tomorrow morning at 10", "a tournament all day tomorrow".
_ITS_DAY = re.compile(
    r" (?:(?:all day|the whole day|all morning|all afternoon|todo el dia) )?"
    rf"(?:(?:on|this|next|for|el|este|para el) )?(?:{_DAY}|{_DIA})"
    r"(?: (?:morning|afternoon|evening|night|por la (?:manana|tarde|noche)|en la (?:manana|"
    rf"tarde|noche)))?(?: (?:at|a las?) {_HOUR})?(?![\w'])"
)


def _whole_clause(norm: Normalised, m: re.Match[str]) -> tuple[int, int]:
    """From the start of the clause of what is in the way ("el sábado me toca trabajar") to
    its end and its day; what follows is the caller's again ("... la quiero pasar al viernes")."""
    first = norm.token_index(m.start())
    while first > 0 and first not in norm.breaks and norm.tokens[first - 1] not in CLAUSE_ENDS:
        first -= 1
    end = m.end()
    if TRIP.match(norm.text, m.start()):
        end = len(" ".join(norm.tokens[: _clause_end(norm, norm.token_index(end - 1) + 1)]))
    elif norm.token_index(end - 1) + 1 in norm.breaks:
        pass  # "stuck at work. Saturday at 9?": the next sentence's day is the wish
    elif (day := _ITS_DAY.match(norm.text, end)) is not None:
        end = day.end()
    start = len(" ".join(norm.tokens[:first])) + (1 if first else 0)
    return start, end


def _clause_end(norm: Normalised, token: int) -> int:
    while token < len(norm.tokens):
        if token in norm.breaks or norm.tokens[token] in CLAUSE_ENDS:
            break
        token += 1
    return token


def _chars(norm: Normalised, first: int, last: int) -> tuple[int, int]:
    start = len(" ".join(norm.tokens[:first])) + (1 if first else 0)
    return start, len(" ".join(norm.tokens[:last]))
