"""A catalogue service's name said in the caller's language when the catalogue is written in
another: "Water heater repair" to a Spanish-speaking caller is "Reparación de calentador de
agua", "Outlet and switch repair" is "Reparación de contactos y apagadores", "Seasonal tune-up"
is "Mantenimiento". The kind of work and the thing worked on come from a small glossary
(`messages/service_words.es.yaml`); a name with a word the glossary does not know is never
guessed at (None: the read-back says "una visita")."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

_SPLIT = re.compile(r"[^\w'-]+")


@cache
def _glossary(language: str) -> dict[str, Any] | None:
    source = resources.files("switchboard.assistant.messages").joinpath(
        f"service_words.{language}.yaml"
    )
    if not source.is_file():
        return None
    loaded = yaml.safe_load(source.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else None


def _things(words: list[str], things: dict[str, str]) -> list[str] | None:
    """The things named, longest glossary entry first ("water heater" before "heater");
    "and"/"or" join them. None when a word is not known."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in ("and", "or", "&", "/"):
            i += 1
            continue
        for size in (3, 2, 1):
            phrase = " ".join(words[i : i + size])
            if len(words[i : i + size]) == size and phrase in things:
                out.append(things[phrase])
                i += size
                break
        else:
            return None
    return out


def in_language(name: str, language: str) -> str | None:
    """The service's name said in `language`, or None when it cannot be said faithfully."""
    glossary = _glossary(language)
    if glossary is None:
        return None
    work: dict[str, str] = glossary.get("work", {})
    things: dict[str, str] = glossary.get("things", {})
    dropped = set(glossary.get("dropped", ()))
    words = [w for w in _SPLIT.split(name.lower().replace("tune up", "tune-up")) if w]
    words = [w for w in words if w not in dropped]
    kind = next((work[w] for w in reversed(words) if w in work), None)
    rest = [w for w in words if w not in work]
    named = _things(rest, things)
    if named is None or (not named and kind is None):
        return None
    joined = " y ".join(dict.fromkeys(named))
    if kind is None:
        return joined[:1].upper() + joined[1:]
    return f"{kind} de {joined}" if joined else kind
