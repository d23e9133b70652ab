"""The words of the one-time sign-in code message, per language."""

from __future__ import annotations

CODE_TEXT = {
    "en": (
        "{code} is your {business} dashboard sign-in code. It works once, for 10 minutes. "
        "If you did not ask for it, ignore this message."
    ),
    "es": (
        "{code} es su código para entrar en el panel de {business}. Sirve una vez, durante "
        "10 minutos. Si no lo pidió, ignore este mensaje."
    ),
}
CODE_SUBJECT = {
    "en": "Your {business} dashboard sign-in code",
    "es": "Su código para entrar en el panel de {business}",
}


def code_text(language: str, business: str, code: str) -> str:
    return CODE_TEXT.get(language, CODE_TEXT["en"]).format(code=code, business=business)


def code_subject(language: str, business: str) -> str:
    return CODE_SUBJECT.get(language, CODE_SUBJECT["en"]).format(business=business)
