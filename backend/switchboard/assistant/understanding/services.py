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


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "s", "ed"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _phrase_score(phrase: str, tokens: list[str], text: str) -> float:
    words_ = [_stem(w) for w in fold(phrase).split()]
    if not words_:
        return 0.0
    if f" {fold(phrase)} " in f" {text} " or " ".join(words_) in " ".join(tokens):
        return 1.0 if len(words_) > 1 else 0.8
    hits = 0.0
    for w in words_:
        if w in GENERIC:
            continue
        best = max((SequenceMatcher(None, w, t).ratio() for t in tokens if abs(len(t) - len(w))
                    <= 2 and t[:1] == w[:1]), default=0.0)  # fmt: skip
        if w in tokens:
            hits += 1.0
        elif best >= 0.8:
            hits += best * 0.9
    meaningful = sum(1 for w in words_ if w not in GENERIC) or 1
    return 0.75 * hits / meaningful


def match_service(norm: Normalised, catalogue: tuple[ServiceOption, ...]) -> Extracted[str] | None:
    tokens = [_stem(t) for t in norm.tokens]
    best: tuple[float, str] | None = None
    for service in catalogue:
        score = max(_phrase_score(p, tokens, norm.text) for p in (service.name, *service.keywords))
        if best is None or score > best[0]:
            best = (score, service.id)
    if best is None or best[0] < MIN_SCORE:
        return None
    return Extracted(best[1], round(min(0.95, best[0]), 2))
