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


_DAY_PARTS = {
    # before noon, noon to 19:00, evening
    "en": ("AM", "PM", "PM"),
    "es": ("de la mañana", "de la tarde", "de la noche"),
}


def calendar_words(moment: datetime, timezone: str, language: str) -> dict[str, str]:
    """The local weekday, month name, day number and clock ("9:30 AM", "9:30 de la mañana")
    of `moment` in the tenant's zone: the pieces every spoken or written time is built from."""
    lang = language if language in _WEEKDAYS else "en"
    local = moment.astimezone(ZoneInfo(timezone))
    hour = local.hour % 12 or 12
    clock = f"{hour}" if local.minute == 0 else f"{hour}:{local.minute:02d}"
    morning, afternoon, evening = _DAY_PARTS[lang]
    part = morning if local.hour < 12 else (afternoon if local.hour < 19 else evening)
    return {
        "weekday": _WEEKDAYS[lang][local.weekday()],
        "month": _MONTHS[lang][local.month - 1],
        "day": str(local.day),
        "clock": f"{clock} {part}",
    }


def parts(moment: datetime, timezone: str, language: str) -> dict[str, str]:
    """weekday, date and time of `moment` in the tenant's zone, as words for `language`."""
    words = calendar_words(moment, timezone, language)
    if language == "es":
        date = f"{words['day']} de {words['month']}"
    else:
        date = f"{words['month']} {_ordinal(int(words['day']))}"
    return {"weekday": words["weekday"], "date": date, "time": words["clock"]}


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


def service_name(name: str, catalogue_language: str, language: str) -> str:
    """A catalogue service's name, as the caller hears it: in the catalogue's own language,
    or "that job" on a call in another one (a Spanish caller is never read "Drain cleaning")."""
    from switchboard.assistant.messages import render

    return name if language == catalogue_language else render("service.this_job", language)
