"""What the customer reads in booking notices, per language (English, Spanish).

Placeholders: {business}, {service}, {when}. Logic picks a message id and supplies values;
the wording lives only here. A language without a text falls back to English.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "booked": "{business}: your {service} is booked for {when}. Reply YES to confirm.",
        "rescheduled": (
            "{business}: your {service} has moved to {when}. Reply YES to confirm the new time."
        ),
        "cancelled": "{business}: your {service} on {when} is cancelled. Reply to rebook.",
        "reminder": "{business}: reminder, your {service} is {when}.",
        "reminder_unconfirmed": (
            "{business}: reminder, your {service} is {when}. Reply YES to confirm."
        ),
        # For the owner: a web chat visitor booked without giving a number.
        "no_phone_web": "no phone given; reply in the chat",
    },
    "es": {
        "booked": (
            "{business}: su cita de {service} quedó para el {when}. Responda SÍ para confirmar."
        ),
        "rescheduled": (
            "{business}: su cita de {service} se cambió al {when}. "
            "Responda SÍ para confirmar la nueva hora."
        ),
        "cancelled": (
            "{business}: su cita de {service} del {when} fue cancelada. "
            "Responda para volver a agendar."
        ),
        "reminder": "{business}: le recordamos su cita de {service} el {when}.",
        "reminder_unconfirmed": (
            "{business}: le recordamos su cita de {service} el {when}. Responda SÍ para confirmar."
        ),
        "no_phone_web": "no dio teléfono; responda en el chat",
    },
}

# "{weekday}", "{month}", "{day}", "{clock}" (e.g. "9:30 AM" / "9:30 de la mañana")
MOMENT: dict[str, str] = {
    "en": "{weekday}, {month} {day} at {clock}",
    "es": "{weekday} {day} de {month} a las {clock}",
}
DEFAULT_SERVICE: dict[str, str] = {"en": "appointment", "es": "servicio"}
# The owner's short form in alerts: "Tue Dec 1 10:30 AM" / "mar 1 dic 10:30". "{wd}" and
# "{mon}" are the first three letters of the weekday and month names; "{h12}"/"{h24}" the hour.
SHORT_MOMENT: dict[str, str] = {
    "en": "{wd} {mon} {day} {h12}:{mm} {ampm}",
    "es": "{wd} {day} {mon} {h24}:{mm}",
}
AM_PM: dict[str, tuple[str, str]] = {"en": ("AM", "PM"), "es": ("a. m.", "p. m.")}


def language_of(language: str | None) -> str:
    return language if language in TEXTS else "en"


def notice_text(language: str, message_id: str, **values: str) -> str:
    lang = language_of(language)
    template = TEXTS[lang].get(message_id) or TEXTS["en"][message_id]
    return " ".join(template.format(**values).split())
