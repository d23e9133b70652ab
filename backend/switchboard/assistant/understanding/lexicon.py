"""Everyday words, per language (`data/common_words.<lang>.txt`): what a person's name said on
its own is not made only of. Loaded once, on first use; about 14,000 words in all."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "es")


@cache
def _common(language: str) -> frozenset[str]:
    text = (DATA / f"common_words.{language}.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def is_common(word: str, language: str | None = None) -> bool:
    """An everyday word in `language`, or in English or Spanish when none is given (callers
    mix them); `word` folded, lowercase."""
    if language:
        return word in _common(language)
    return word in _common("en") or word in _common("es")
