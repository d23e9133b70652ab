"""What the owner reads in an alert, per language. Placeholders: {business}, {caller},
{summary}, {when}, {minutes}; for a moved or cancelled appointment also {service},
{from_when} (the old time) and {phone} (the customer's number when {caller} is their name).
An empty placeholder leaves nothing behind; an empty {caller} is the unknown caller, in the
business's language."""

from __future__ import annotations

from collections import defaultdict

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "emergency": "EMERGENCY for {business}: {summary} Caller {caller}. Call back now.",
        "missed_call": "{business}: missed call from {caller}. {summary}",
        "voicemail": "{business}: new voicemail from {caller}. {summary}",
        "new_booking": "{business}: new booking {when}. {summary} Customer {caller}.",
        "booking_moved": "{business}: {caller} moved {service} from {from_when} to {when}. {phone}",
        "booking_cancelled": "{business}: {caller} cancelled {service} on {when}. {phone}",
        "emergency_backup": "EMERGENCY for {business}, not acknowledged by the owner in "
        "{minutes} min: {summary} Caller {caller}. Call back now.",
        "voicemail_untranscribed": "{business}: the voicemail from {caller} is in {summary} and "
        "was not transcribed. Listen to the recording on your dashboard.",
        "accounting_expired": "{business}: QuickBooks is disconnected (Intuit no longer "
        "accepts the connection), so invoices are not being sent. Connect QuickBooks again in "
        "Settings on your dashboard.",
        "accounting_expiring": "{business}: the QuickBooks connection expires on {when} and "
        "cannot be renewed. Connect QuickBooks again in Settings on your dashboard.",
    },
    "es": {
        "emergency": "EMERGENCIA para {business}: {summary} Cliente {caller}. Llame ya.",
        "missed_call": "{business}: llamada perdida de {caller}. {summary}",
        "voicemail": "{business}: nuevo buzón de voz de {caller}. {summary}",
        "new_booking": "{business}: nueva cita {when}. {summary} Cliente {caller}.",
        "booking_moved": "{business}: {caller} cambió {service} del {from_when} al {when}. {phone}",
        "booking_cancelled": "{business}: {caller} canceló {service} del {when}. {phone}",
        "emergency_backup": "EMERGENCIA para {business}, sin respuesta del dueño en "
        "{minutes} min: {summary} Cliente {caller}. Llame ya.",
        "voicemail_untranscribed": "{business}: el buzón de voz de {caller} está en {summary} "
        "y no se transcribió. Escuche la grabación en su panel.",
        "accounting_expired": "{business}: QuickBooks está desconectado (Intuit ya no acepta "
        "la conexión) y no se envían facturas. Vuelva a conectar QuickBooks en Ajustes de su "
        "panel.",
        "accounting_expiring": "{business}: la conexión con QuickBooks vence el {when} y no se "
        "puede renovar. Vuelva a conectar QuickBooks en Ajustes de su panel.",
    },
}

SUBJECTS: dict[str, dict[str, str]] = {
    "en": {
        "emergency": "EMERGENCY: call {caller} back now",
        "missed_call": "Missed call from {caller}",
        "voicemail": "New voicemail from {caller}",
        "new_booking": "New booking {when}",
        "booking_moved": "{caller} moved {service} to {when}",
        "booking_cancelled": "{caller} cancelled {service} on {when}",
        "voicemail_untranscribed": "Voicemail from {caller}: no transcript in {summary}",
        "accounting_expired": "QuickBooks is disconnected: connect it again",
        "accounting_expiring": "QuickBooks connection expires on {when}: connect it again",
    },
    "es": {
        "emergency": "EMERGENCIA: llame a {caller} ya",
        "missed_call": "Llamada perdida de {caller}",
        "voicemail": "Nuevo buzón de voz de {caller}",
        "new_booking": "Nueva cita {when}",
        "booking_moved": "{caller} cambió {service} al {when}",
        "booking_cancelled": "{caller} canceló {service} del {when}",
        "voicemail_untranscribed": "Buzón de voz de {caller}: sin transcripción en {summary}",
        "accounting_expired": "QuickBooks desconectado: vuelva a conectarlo",
        "accounting_expiring": "La conexión con QuickBooks vence el {when}: vuelva a conectarla",
    },
}


# A language's name, in the language the owner reads ({summary} of voicemail_untranscribed).
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "es": "Spanish"},
    "es": {"en": "inglés", "es": "español"},
}


def language_name(reader: str, language: str) -> str:
    names = LANGUAGE_NAMES.get(reader, LANGUAGE_NAMES["en"])
    code = language.lower().split("-")[0]
    return names.get(code, code)


# {caller} when there is neither a name nor a number ("Desconocido", as Spanish phones show it).
UNKNOWN_CALLER: dict[str, str] = {"en": "unknown caller", "es": "desconocido"}


def _render(
    table: dict[str, dict[str, str]], language: str, event: str, fields: dict[str, str]
) -> str:
    template = table.get(language, table["en"]).get(event) or table["en"][event]
    values: defaultdict[str, str] = defaultdict(str, {k: v for k, v in fields.items() if v})
    values.setdefault("caller", UNKNOWN_CALLER.get(language, UNKNOWN_CALLER["en"]))
    return " ".join(template.format_map(values).split())


def alert_text(language: str, event: str, fields: dict[str, str]) -> str:
    return _render(TEXTS, language, event, fields)


def alert_subject(language: str, event: str, fields: dict[str, str]) -> str:
    return _render(SUBJECTS, language, event, fields)
