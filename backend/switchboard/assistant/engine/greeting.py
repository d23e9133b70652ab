"""The first words of a conversation: the catalogue greeting for the channel, or the owner's
own words with what must always be said (the business's name, and that this is the virtual
assistant) added from the catalogue. No call is recorded while the assistant talks (only a
voicemail is, and its own disclosure is said before the tone), so there is no recording
notice to keep here."""

from __future__ import annotations

from switchboard.assistant.messages import render

CHANNELS = ("voice", "sms", "web")


def standard_opening(channel: str, language: str, business: str) -> str:
    message = {"sms": "greeting.sms", "web": "greeting.web"}.get(channel, "greeting")
    return render(message, language, business=business)


def custom_opening(custom: str, channel: str, language: str, business: str) -> str:
    """The owner's words; the business's name first when they do not say it; then who is
    answering ("You're speaking with the virtual assistant")."""
    parts = []
    if business.casefold() not in custom.casefold():
        parts.append(render("greeting.custom.name", language, business=business))
    parts.append(custom)
    kind = channel if channel in CHANNELS else "voice"
    parts.append(render(f"greeting.custom.{kind}", language, business=business))
    return " ".join(parts)


def opening_text(custom: str | None, channel: str, language: str, business: str) -> str:
    if custom:
        return custom_opening(custom, channel, language, business)
    return standard_opening(channel, language, business)
