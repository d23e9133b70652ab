"""Words the widget's backend says itself (the assistant's own words are in
assistant/messages). English and Spanish."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "unavailable": (
            "Chat with {business} isn't available right now. Please call us at {phone}."
        ),
        "emergency_call": "If this is an emergency, call {business} now at {phone}.",
    },
    "es": {
        "unavailable": ("El chat con {business} no está disponible ahora. Llámenos al {phone}."),
        "emergency_call": "Si es una emergencia, llame a {business} ahora al {phone}.",
    },
}


def say(key: str, language: str, **values: str) -> str:
    words = WORDS.get(language) or WORDS["en"]
    return words[key].format(**values)
