"""What the owner is told about billing, per language (English, Spanish)."""

from __future__ import annotations

_REASONS = {
    "en": {
        "payment_overdue": "your last payment did not go through",
        "trial_ended": "your free trial has ended",
        "subscription_ended": "your subscription has ended",
        "over_limit": "this period's usage is over your plan",
    },
    "es": {
        "payment_overdue": "su último pago no se completó",
        "trial_ended": "su prueba gratuita terminó",
        "subscription_ended": "su suscripción terminó",
        "over_limit": "el uso de este periodo supera su plan",
    },
}

_TEXTS = {
    "en": {
        "grace": (
            "{business}: {reason}. Reminders and the web chat keep working until {until}; "
            "update billing in your dashboard to keep them. Calls are always answered."
        ),
        "lapsed": (
            "{business}: {reason}, so appointment reminders and the web chat are paused. "
            "Calls are still answered and emergencies still paged to you. "
            "Update billing in your dashboard to turn them back on."
        ),
        "subject_grace": "{business}: billing needs attention",
        "subject_lapsed": "{business}: reminders and web chat paused",
    },
    "es": {
        "grace": (
            "{business}: {reason}. Los recordatorios y el chat web siguen hasta el {until}; "
            "actualice la facturación en su panel para conservarlos. Las llamadas siempre se "
            "contestan."
        ),
        "lapsed": (
            "{business}: {reason}, así que los recordatorios de citas y el chat web están "
            "en pausa. Las llamadas se siguen contestando y las emergencias se le avisan. "
            "Actualice la facturación en su panel para reactivarlos."
        ),
        "subject_grace": "{business}: la facturación necesita atención",
        "subject_lapsed": "{business}: recordatorios y chat web en pausa",
    },
}


def billing_text(language: str, text_id: str, *, business: str, reason: str, until: str) -> str:
    lang = language if language in _TEXTS else "en"
    return _TEXTS[lang][text_id].format(
        business=business, reason=_REASONS[lang][reason], until=until
    )
