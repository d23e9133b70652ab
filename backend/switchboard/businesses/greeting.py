"""The owner's own opening words, per language (`Business.settings["greeting"]`).

Plain text, at most `MAX_LENGTH` characters; no markup, no braces, no control characters.
Unset (or null) for a language: the assistant says its catalogue greeting for the channel. The
assistant always says the business's name and that it is the virtual assistant: the words the
owner cannot leave out are added by `assistant.engine.greeting.custom_opening`."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_LENGTH = 240
LANGUAGES = ("en", "es")
SETTINGS_KEY = "greeting"
_FORBIDDEN = re.compile(r"[<>{}\[\]]")


def clean(value: str | None) -> str | None:
    """One line of plain text, or None for empty; ValueError for anything else."""
    if value is None:
        return None
    if any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in value):
        raise ValueError("the greeting is plain text (no control characters)")
    text = " ".join(value.split())
    if not text:
        return None
    if _FORBIDDEN.search(text):
        raise ValueError("the greeting is plain text: no < > { } [ ]")
    if len(text) > MAX_LENGTH:
        raise ValueError(f"the greeting is at most {MAX_LENGTH} characters")
    return text


class Greeting(BaseModel):
    """What the assistant says first, per language; null keeps the standard greeting."""

    model_config = ConfigDict(extra="forbid")

    en: str | None = Field(default=None, max_length=4 * MAX_LENGTH)
    es: str | None = Field(default=None, max_length=4 * MAX_LENGTH)

    @field_validator("en", "es")
    @classmethod
    def _plain(cls, value: str | None) -> str | None:
        return clean(value)


def stored(settings: dict[str, object] | None) -> dict[str, str]:
    """The owner's greetings kept on the business, language -> text (set ones only)."""
    raw = (settings or {}).get(SETTINGS_KEY)
    if not isinstance(raw, dict):
        return {}
    return {
        lang: str(raw[lang]) for lang in LANGUAGES if isinstance(raw.get(lang), str) and raw[lang]
    }
