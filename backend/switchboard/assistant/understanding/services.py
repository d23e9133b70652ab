"""The caller's problem mapped to the tenant's own service catalogue.

Each service is scored on its name and keywords: whole phrases count most, single words count
when they are not generic, and a near-spelling ("faucit", "disposal" vs "garbage disposal")
counts through a similarity ratio, so typos and ASR slips still land on the right service.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from switchboard.assistant.understanding.model import Extracted, ServiceOption
from switchboard.assistant.understanding.normalise import Normalised, fold

GENERIC = {"service", "repair", "repairs", "install", "installation", "new", "the", "a", "and",
           "of", "my", "fix", "replace", "replacement", "system", "general", "call", "check",
           "de", "la", "el", "reparacion", "instalacion", "inspection", "maintenance", "unit",
           "water", "line", "leak", "agua", "and/or"}  # fmt: skip
MIN_SCORE = 0.55
# Conversation words that only look like trade words to a similarity ratio ("thanks" ~ "tank",
# "great" ~ "grate", "seat" ~ "heat"): never fuzzy-matched, only matched exactly.
CHATTER = {"thank", "thanks", "thx", "great", "grate", "yeah", "yes", "okay", "sure", "fine",
           "good", "sounds", "perfect", "please", "bye", "hello", "hi", "hey", "gracia", "gracias",
           "bueno", "vale", "seat", "that", "this", "then", "than", "there"}  # fmt: skip
# Spanish words a caller may use with an English-only catalogue; matched as their English twin.
SPANISH_TWINS = {
    "fuga": "leak", "gotea": "leak", "goteando": "dripping", "tapado": "clogged",
    "tapada": "clogged", "drenaje": "drain", "calentador": "water heater", "inodoro": "toilet",
    "taza": "toilet", "llave": "faucet", "grifo": "faucet", "tuberia": "pipe", "tubo": "pipe",
    "luz": "light", "luces": "lights", "enchufe": "outlet", "enchufes": "outlet",
    "aire": "ac", "calefaccion": "heat", "techo": "roof", "canaletas": "gutter",
    "termostato": "thermostat", "triturador": "garbage disposal", "cargador": "charger",
}  # fmt: skip


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "s", "ed"):
        if len(word) > 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
            # "dripping" -> "dripp" -> "drip"
            return word[:-1] if len(word) > 3 and word[-1] == word[-2] else word
    return word


def _phrase_score(phrase: str, tokens: list[str], text: str) -> tuple[float, int]:
    """Score of one catalogue phrase against the turn, and where in the turn it was found."""
    words_ = [_stem(w) for w in fold(phrase).split()]
    if not words_:
        return 0.0, 0
    joined = " ".join(tokens)
    for haystack, needle in (
        (f" {text} ", f" {fold(phrase)} "),
        (f" {joined} ", f" {' '.join(words_)} "),
    ):
        if needle in haystack:
            return (1.0 if len(words_) > 1 else 0.8), -haystack.index(needle)
    hits = 0.0
    for w in words_:
        if w in GENERIC:
            continue
        best = max((SequenceMatcher(None, w, t).ratio() for t in tokens if abs(len(t) - len(w))
                    <= 2 and t[:1] == w[:1] and t not in CHATTER), default=0.0)  # fmt: skip
        if w in tokens:
            hits += 1.0
        elif best >= 0.8:
            hits += best * 0.9
    meaningful = sum(1 for w in words_ if w not in GENERIC) or 1
    return 0.75 * hits / meaningful, -len(text)


def match_service(norm: Normalised, catalogue: tuple[ServiceOption, ...]) -> Extracted[str] | None:
    words_ = [SPANISH_TWINS.get(t, t) for t in norm.tokens]
    text = " ".join(words_)
    tokens = [_stem(t) for t in text.split()]
    best: tuple[tuple[float, int], str] | None = None
    for service in catalogue:
        # Ties go to the service named first: "my toilet is leaking" is a toilet job.
        score = max(_phrase_score(p, tokens, text) for p in (service.name, *service.keywords))
        if best is None or score > best[0]:
            best = (score, service.id)
    if best is None or best[0][0] < MIN_SCORE:
        return None
    return Extracted(best[1], round(min(0.95, best[0][0]), 2))
