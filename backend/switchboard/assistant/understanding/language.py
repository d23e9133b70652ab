"""English or Spanish, from function words and accents; short ambiguous turns keep the
conversation's current language. A caller who asks for a language ("¿habla español?",
"spanish please") or says which one they cannot follow ("no hablo inglés", "I don't speak
Spanish") settles it, whatever the other words of the turn look like."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.normalise import Normalised, normalise, strip_accents
from switchboard.assistant.understanding.phrases import words
from switchboard.assistant.understanding.spelled_letters import without_spellings

SPANISH = {"el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es", "por", "para",
           "con", "mi", "se", "hay", "tengo", "necesito", "quiero", "si", "gracias", "hola",
           "manana", "tarde", "noche", "buenos", "buenas", "dias", "por favor", "agua", "gas",
           "casa", "cita", "llamo", "soy", "nombre", "calle", "esta", "donde", "cuando", "cuanto",
           "puede", "pueden", "vengan", "tuberia", "claro", "bueno", "senor", "senora", "usted",
           "ustedes", "viernes", "lunes", "martes", "miercoles", "jueves", "sabado", "domingo",
           "ayuda", "huele", "olor", "fuga", "calentador", "bano", "cocina", "semana", "hoy",
           "tambien", "pero", "muy", "como", "porque", "nada", "ninguno", "ninguna", "vale",
           "espanol", "hablo", "habla", "ahorita", "ahora", "inundacion", "al", "del"}  # fmt: skip
ENGLISH = {"the", "an", "and", "is", "i", "my", "to", "of", "it", "you", "we", "in", "on",
           "at", "for", "this", "that", "with", "have", "need", "can", "yes", "yeah", "no",
           "please", "thanks", "hi", "hello", "there", "water", "some", "come", "out", "tomorrow",
           "morning", "afternoon", "what", "when", "how", "do", "does", "it's", "i'm", "would",
           "like", "about", "be", "get", "our", "your", "street", "okay", "sure", "english",
           "not", "don't", "one", "works", "fine", "name", "here", "next", "week"}  # fmt: skip
# "gas", "no", "si" and the like say little on their own.
SHARED = {"gas", "no", "ok", "okay"}


_LANGUAGE_WORDS = {"espanol": "es", "castellano": "es", "spanish": "es", "ingles": "en",
                   "english": "en"}  # fmt: skip
_OTHER = {"es": "en", "en": "es"}
_NEGATORS = {"no", "not", "don't", "doesn't", "can't", "cannot", "never", "nunca"}
_NAMED = "|".join(_LANGUAGE_WORDS)
_HOW_WELL = r"(?:(?:much|good|very good|very well|well|a lot of|mucho|bien|muy bien|el) )?"
# "I don't speak English", "no hablo inglés", "me no speak english", "no english": the
# other language. Only the caller's own "I": "my tenant doesn't speak English" is not a
# request to switch.
CANNOT = words(
    rf"(?:i (?:don't|do not|can't|cannot|no) |me no |no )(?:hablo |speak |talk |understand "
    rf"|entiendo |se )?{_HOW_WELL}(?:{_NAMED})",
    rf"mi (?:{_NAMED}) (?:no es|es malo)",
)
# "My English not so good, sorry": an apology for how well the caller speaks it, said in it.
# A caller who goes on in English (whatever their own language) is answered in English; said
# alone or with the other language ("my english no good, se me tapó el baño") it asks for it.
LEVEL = words(rf"my (?:{_NAMED}) (?:is not|isn't|is bad|is poor|ain't|is no|no|not)")
_PLEASE = r"(?:please|por favor|porfa|pls)"
# "do you speak", "is there anyone who speaks", "¿tienen a alguien que hable...?"
# "can I speak to someone in Spanish?" asks for the language, which the assistant speaks, not
# for a person.
_WHO = (
    r"(?:(?:do|can|could|does) (?:you|y'all|u|ya|we|someone|somebody|anyone|anybody)"
    r"(?: guys| all| folks)? |"
    r"(?:is there|do you have) (?:someone|somebody|anyone|anybody)(?: (?:who|that))? |"
    r"(?:tienen|hay|tiene) (?:a )?alguien que |alguien que |(?:me )?(?:puede|pueden) |"
    r"(?:(?:can|could|may) i |i want to |i'd like to |puedo |quiero )?(?:speak|talk|hablar) "
    r"(?:to|with|con) (?:someone|somebody|anyone|a person|alguien|una persona)"
    r"(?: (?:who|that|que))? )"
)
# "¿habla español?", "hablo español", "en español por favor", "spanish please", "in
# English": that language. A bare mention ("a Spanish style house") asks for nothing, and
# neither does someone else's ("mi mamá no habla inglés", "he doesn't speak English").
ASKS = words(
    rf"(?:{_PLEASE} )?{_WHO}?(?:hablo|habla|hablan|hablas|hablamos|hable|hablen|hablar|"
    rf"speak|speaks|talk|in|en|continue in|switch to|prefer|prefiero|only|solo|nomas) "
    rf"{_HOW_WELL}(?:{_NAMED})(?: {_PLEASE})?",
    rf"(?:{_NAMED}) {_PLEASE}",
    rf"^(?:{_NAMED})$",
)


# "el corrector está en inglés", "my phone's in Spanish", "the letter was all in English": a
# thing's language stated, the caller's keyboard or paperwork, is no wish about the call's.
_STATE_OF_A_THING = {"is", "are", "was", "were", "it's", "its", "that's", "esta", "estan",
                     "estaba", "estaban", "es", "son", "era", "eran", "viene", "vienen",
                     "venia", "vino", "came", "comes", "puesto", "configurado", "written",
                     "escrito", "escrita", "set"}  # fmt: skip
_ALL = {"all", "todo", "toda", "todos", "only", "solo", "nomas"}
# Said with a wish the statement is the request again: "I'd rather it was in Spanish".
_WISH = {"prefer", "rather", "want", "wish", "like", "prefiero", "preferiria", "quiero",
         "quisiera", "gustaria", "mejor", "ojala"}  # fmt: skip


def _a_things_language(norm: Normalised, start: int) -> bool:
    """The "in English" at `start` tells what language something is in, not the one the
    caller wants to be spoken to in."""
    said = norm.text[start:].split()
    if said[:1] not in (["in"], ["en"]):
        return False  # "hablo español", "do you speak English": asked, whatever came before
    before = norm.text[:start].split()
    while before and before[-1] in _ALL:
        before.pop()
    if not before or not (before[-1] in _STATE_OF_A_THING or before[-1].endswith("'s")):
        return False
    clause = norm.clause_start(len(before) - 1)
    return not any(w in _WISH for w in norm.tokens[clause : len(before)])


def _leaning(tokens: list[str]) -> str | None:
    """The language most of these words belong to, if either."""
    spanish = sum(1 for w in tokens if w in SPANISH and w not in SHARED)
    english = sum(1 for w in tokens if w in ENGLISH and w not in SHARED)
    if spanish == english:
        return None
    return "es" if spanish > english else "en"


def _requests(norm: Normalised) -> list[tuple[int, int, str]]:
    """(start, end, language) of every language request in the turn, in order."""
    found: list[tuple[int, int, str]] = []
    for m in CANNOT.finditer(norm.text):
        said = m.group(0).split()
        first = norm.token_index(m.start())
        named = next(i for i, w in enumerate(said) if w in _LANGUAGE_WORDS)
        # "no, English please": the "no" answered something else, in its own clause.
        if norm.clause_start(first + named) > first:
            continue
        found.append((m.start(), m.end(), _OTHER[_LANGUAGE_WORDS[said[named]]]))
    for m in LEVEL.finditer(norm.text):
        spoken = _LANGUAGE_WORDS[m.group(0).split()[1]]
        rest = (norm.text[: m.start()] + " " + norm.text[m.end() :]).split()
        if _leaning(rest) == spoken:
            continue
        found.append((m.start(), m.end(), _OTHER[spoken]))
    for m in ASKS.finditer(norm.text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
            continue  # "no hablo inglés" is not "hablo inglés"
        before = norm.text[: m.start()].split()[-1:]
        if before and before[0] in _NEGATORS:
            continue
        if _a_things_language(norm, m.start()):
            continue
        language = next(w for w in m.group(0).split() if w in _LANGUAGE_WORDS)
        found.append((m.start(), m.end(), _LANGUAGE_WORDS[language]))
    return sorted(found)


def detect_language_request(norm: Normalised) -> Extracted[str] | None:
    """The language the caller asked for in this turn, if they asked; the last ask wins
    ("I don't speak Spanish, English please")."""
    found = _requests(norm)
    return Extracted(found[-1][2], 0.95) if found else None


def without_language_request(turn: Normalised | str) -> str:
    """A turn (or its normalised text) with its language requests taken out: what else the
    caller said."""
    norm = turn if isinstance(turn, Normalised) else normalise(turn)
    text = norm.text
    for start, end, _ in reversed(_requests(norm)):
        text = text[:start] + text[end:]
    return " ".join(text.split())


def detect_language(
    norm: Normalised, current: str, ignore: frozenset[str] = frozenset()
) -> Extracted[str]:
    """The language the turn's words are in (a request is `detect_language_request`'s).
    `ignore`: the words of a name or street said in the turn ("Tomás Herrera", "Main
    Street"), which say nothing about the language the caller speaks."""
    # The letters of a spelling ("h a y w a r d", "k o w a l c z y k") are no words of
    # either language: a "y" among them is no Spanish "and".
    tokens = [t for t in without_spellings(norm.text).split() if t not in ignore]
    if len(tokens) < 2 and not norm.has_accents:
        # One word ("y", "ok", "no", "gas") is not enough to change the conversation's language.
        return Extracted(current, 0.5)
    es = sum(1 for t in tokens if t in SPANISH and t not in SHARED)
    en = sum(1 for t in tokens if t in ENGLISH and t not in SHARED)
    accented = (w for w in re.findall(r"[^\W\d_]+", norm.raw.lower()) if strip_accents(w) != w)
    if norm.has_accents and any(strip_accents(w) not in ignore for w in accented):
        es += 1
    if es == en:
        return Extracted(current, 0.5)
    lang = "es" if es > en else "en"
    margin = abs(es - en)
    return Extracted(lang, min(0.95, 0.6 + 0.1 * margin))
