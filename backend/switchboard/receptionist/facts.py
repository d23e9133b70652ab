"""What the assistant may say about a business: built from the tenant's own settings."""

from __future__ import annotations

import uuid
from collections import OrderedDict
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.assistant.engine.world import ServiceInfo, TenantFacts
from switchboard.assistant.understanding import HazardRule
from switchboard.businesses import greeting
from switchboard.businesses.hours import WEEKDAYS
from switchboard.catalogue import service as catalogue
from switchboard.core.db import UnitOfWork
from switchboard.models.business import Business
from switchboard.tenancy.context import TenantContext

_DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
_TRADES = {
    "plumbing": ("plumbing",),
    "hvac": ("hvac",),
    "electrical": ("electrical",),
    "roofing": ("roofing",),
    "handyman": ("plumbing", "electrical"),
    "general": (),
}


def _clock(text: str, language: str) -> str:
    hour, minute = (int(x) for x in text.split(":"))
    h12 = hour % 12 or 12
    base = f"{h12}" if minute == 0 else f"{h12}:{minute:02d}"
    if language == "es":
        return base
    return f"{base} {'AM' if hour < 12 else 'PM'}"


def hours_text(hours: dict[str, list[list[str]]], language: str) -> str:
    """ "Monday to Friday, 8 AM to 5 PM; Saturday, 9 AM to 12 PM" from the weekly hours."""
    names = _DAY_NAMES.get(language, _DAY_NAMES["en"])
    groups: list[tuple[list[int], str]] = []
    for index, day in enumerate(WEEKDAYS):
        ranges = hours.get(day) or []
        if not ranges:
            continue
        joiner = " a " if language == "es" else " to "
        spoken = ", ".join(_clock(a, language) + joiner + _clock(b, language) for a, b in ranges)
        if groups and groups[-1][1] == spoken and groups[-1][0][-1] == index - 1:
            groups[-1][0].append(index)
        else:
            groups.append(([index], spoken))
    parts = []
    for days, spoken in groups:
        label = (
            names[days[0]]
            if len(days) == 1
            else (f"{names[days[0]]}{' a ' if language == 'es' else ' to '}{names[days[-1]]}")
        )
        parts.append(f"{label}, {spoken}")
    return "; ".join(parts) or ("con cita previa" if language == "es" else "by appointment")


def open_at(business: Business, moment: datetime) -> bool:
    local = moment.astimezone(ZoneInfo(business.timezone))
    ranges = (business.business_hours or {}).get(WEEKDAYS[local.weekday()]) or []
    clock = local.strftime("%H:%M")
    return any(start <= clock < end for start, end in ranges)


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value if str(v).strip())
    return ()


# What each tenant's catalogue means to the assistant, by (business id, catalogue_version):
# one entry per tenant and catalogue change, never per call; the oldest go first.
_SERVICES: OrderedDict[tuple[uuid.UUID, int], tuple[ServiceInfo, ...]] = OrderedDict()
SERVICES_CACHED = 4096


async def services_for(
    uow: UnitOfWork, tenant: TenantContext, business: Business
) -> tuple[ServiceInfo, ...]:
    """The tenant's active services for the engine. A turn needs them every time, and they
    change only when the owner edits the catalogue, which bumps the business's
    catalogue_version; so they are read from the database once per version (per process)."""
    key = (business.id, business.catalogue_version or 0)
    held = _SERVICES.get(key)
    if held is not None:
        _SERVICES.move_to_end(key)
        return held
    services = tuple(
        ServiceInfo(
            id=str(s.id),
            name=s.name,
            keywords=tuple(s.keywords or ()),
            price_low_cents=s.price_min_cents,
            price_high_cents=s.price_max_cents,
            emergency=s.emergency_eligible,
        )
        for s in await catalogue.list_services(uow, tenant)
        if s.active
    )
    if not catalogue.changed_here(uow):  # uncommitted changes are nobody else's to see
        _SERVICES[key] = services
        while len(_SERVICES) > SERVICES_CACHED:
            _SERVICES.popitem(last=False)
    return services


async def load_facts(
    uow: UnitOfWork, tenant: TenantContext, business: Business, now: datetime
) -> TenantFacts:
    settings = business.settings or {}
    services = await services_for(uow, tenant, business)
    faq = tuple(
        (str(item.get("question", "")), str(item.get("answer", "")))
        for item in settings.get("faq", [])
        if isinstance(item, dict) and item.get("answer")
    )
    open_now = open_at(business, now)
    transfer = settings.get("transfer_number") or business.owner_phone
    on_call = settings.get("on_call_number") or business.owner_phone
    return TenantFacts(
        business_name=business.name,
        greeting=greeting.stored(settings),
        timezone=business.timezone,
        language=business.language,
        trades=_TRADES.get(business.vertical, ()),
        services=services,
        hazards=tuple(HazardRule(phrase) for phrase in _strings(settings.get("emergency_words"))),
        hours_text={lang: hours_text(business.business_hours, lang) for lang in ("en", "es")},
        service_area=_strings(settings.get("service_area")),
        faq=faq,
        open_now=open_now,
        transfer_number=str(transfer)
        if transfer and settings.get("transfer_calls", True)
        else None,
        emergency_transfer_number=(
            str(on_call) if on_call and settings.get("emergency_transfer", False) else None
        ),
        callback_when={
            "en": "within the hour" if open_now else "first thing next business day",
            "es": "dentro de una hora" if open_now else "el próximo día hábil",
        },
    )
