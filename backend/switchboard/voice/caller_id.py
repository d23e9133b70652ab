"""Caller ID as Twilio gives it: an E.164 number, or one of the markers carriers put in `From`
when the caller withheld or has no number. A marker is never a number to call or text back,
to look a customer up by, or to recognise the owner by."""

from __future__ import annotations

import re

from switchboard.core.phones import InvalidPhoneNumber, to_e164

# Words, and the same words spelled on a keypad (ANONYMOUS = 266696687, RESTRICTED =
# 7378742833, UNAVAILABLE = 86282452253, BLOCKED = 2562533, PRIVATE = 7748283,
# UNKNOWN = 8656696), which some carriers send instead.
_WITHHELD_WORDS = {"anonymous", "restricted", "unavailable", "unknown", "private", "blocked"}
_WITHHELD_DIGITS = {"266696687", "7378742833", "86282452253", "2562533", "7748283", "8656696"}

WITHHELD_WORDS = {"en": "number withheld", "es": "número oculto"}


def usable(raw: str | None) -> str | None:
    """The caller's number in E.164, or None when it was withheld or is not a phone number."""
    text = (raw or "").strip()
    if not text or text.lower().lstrip("+") in _WITHHELD_WORDS:
        return None
    if re.sub(r"\D", "", text) in _WITHHELD_DIGITS:
        return None
    try:
        return to_e164(text)
    except InvalidPhoneNumber:
        return None


def withheld(language: str) -> str:
    return WITHHELD_WORDS.get(language, WITHHELD_WORDS["en"])
