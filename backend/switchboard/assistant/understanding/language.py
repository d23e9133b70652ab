"""English or Spanish, from function words and accents; short ambiguous turns keep the
conversation's current language."""

from __future__ import annotations

import re

from switchboard.assistant.understanding.model import Extracted
from switchboard.assistant.understanding.normalise import Normalised, strip_accents

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


def detect_language(
    norm: Normalised, current: str, ignore: frozenset[str] = frozenset()
) -> Extracted[str]:
    """`ignore`: the words of a name or street said in the turn ("Tomás Herrera", "Main
    Street"), which say nothing about the language the caller speaks."""
    tokens = [t for t in norm.tokens if t not in ignore]
    if len(tokens) < 2 and not norm.has_accents:
        # One word ("y", "ok", "no", "gas") is not enough to change the conversation's language.
        return Extracted(current, 0.5)
    es = sum(1 for t in tokens if t in SPANISH and t not in SHARED)
    en = sum(1 for t in tokens if t in ENGLISH and t not in SHARED)
    if "espanol" in tokens or "spanish" in tokens:
        es += 3
    if "english" in tokens or "ingles" in tokens:
        en += 3
    accented = (w for w in re.findall(r"[^\W\d_]+", norm.raw.lower()) if strip_accents(w) != w)
    if norm.has_accents and any(strip_accents(w) not in ignore for w in accented):
        es += 1
    if es == en:
        return Extracted(current, 0.5)
    lang = "es" if es > en else "en"
    margin = abs(es - en)
    return Extracted(lang, min(0.95, 0.6 + 0.1 * margin))
