"""Saying times and prices the way a receptionist would, in the tenant's zone and language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from switchboard.assistant.messages import render

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def parts(moment: datetime, timezone: str, language: str) -> dict[str, str]:
    """weekday, date and time of `moment` in the tenant's zone, as words for `language`."""
    lang = language if language in _WEEKDAYS else "en"
    local = moment.astimezone(ZoneInfo(timezone))
    weekday = _WEEKDAYS[lang][local.weekday()]
    month = _MONTHS[lang][local.month - 1]
    if lang == "es":
        date = f"{local.day} de {month}"
        hour = local.hour % 12 or 12
        clock = f"{hour}" if local.minute == 0 else f"{hour}:{local.minute:02d}"
        period = (
            "de la mañana"
            if local.hour < 12
            else ("de la tarde" if local.hour < 19 else "de la noche")
        )
        time = f"{clock} {period}"
    else:
        date = f"{month} {_ordinal(local.day)}"
        hour = local.hour % 12 or 12
        clock = f"{hour}" if local.minute == 0 else f"{hour}:{local.minute:02d}"
        time = f"{clock} {'AM' if local.hour < 12 else 'PM'}"
    return {"weekday": weekday, "date": date, "time": time}


def option_list(slots: list[datetime], timezone: str, language: str) -> tuple[str, list[str]]:
    """("Tuesday March 3rd at 9 AM or Tuesday March 3rd at 1 PM", [each option])."""
    each = [render("slots.option", language, **parts(s, timezone, language)) for s in slots]
    joiner = f" {render('slots.joiner_or', language).strip()} "
    if len(each) <= 2:
        return joiner.join(each), each
    return ", ".join(each[:-1]) + joiner + each[-1], each


def money(cents: int) -> str:
    dollars, rest = divmod(cents, 100)
    return f"${dollars:,}" if rest == 0 else f"${dollars:,}.{rest:02d}"
