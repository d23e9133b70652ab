"""Everyday words, per language (`data/common_words.<lang>.txt`): what a person's name said on
its own is not made only of. Loaded once, on first use; about 14,000 words in all."""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "es")


@cache
def _common() -> frozenset[str]:
    words: set[str] = set()
    for language in LANGUAGES:
        text = (DATA / f"common_words.{language}.txt").read_text(encoding="utf-8")
        words.update(w for w in text.split("\n") if w and not w.startswith("#"))
    return frozenset(words)


def is_common(word: str) -> bool:
    """An everyday word in English or Spanish (callers mix them); `word` folded, lowercase."""
    return word in _common()
