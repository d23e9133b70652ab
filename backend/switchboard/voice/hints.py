"""Speech hints for Twilio's recogniser: the words this business's callers are likely to say.

The owner's own `speech_hints` come first, then the services (names and keywords) the
assistant knows, the service area, and the streets the business has recently worked on
(from its appointments' addresses). The services come from the per-version catalogue view the
turn already uses; the streets are read at most once per STREETS_TTL_S per tenant and process,
so a call does not pay a query for them.
"""

from __future__ import annotations

import re
import time
import uuid
from collections import Counter, OrderedDict

from sqlalchemy import select

from switchboard.core.db import UnitOfWork
from switchboard.integrations.voice.twilio import MAX_HINTS
from switchboard.models.business import Business
from switchboard.models.scheduling import Appointment
from switchboard.receptionist.facts import services_for
from switchboard.tenancy.context import TenantContext

STREETS_TTL_S = 600.0
STREETS_CACHED = 4096
RECENT_APPOINTMENTS = 300
MAX_STREETS = 40
MAX_HINT_CHARS = 100

_STREETS: OrderedDict[uuid.UUID, tuple[float, tuple[str, ...]]] = OrderedDict()
_HOUSE_NUMBER = re.compile(r"^\s*\d+[a-z]?(?:-\d+)?\s+", re.IGNORECASE)
_UNIT = re.compile(r"\s+(?:apt|apartment|unit|suite|ste|#)\b.*$", re.IGNORECASE)


def street_of(line: str) -> str | None:
    """'4410 W 75th St, Prairie Village KS' -> 'W 75th St'; None when there is no street."""
    first = line.split(",", 1)[0]
    if not _HOUSE_NUMBER.match(first):
        return None
    street = _UNIT.sub("", _HOUSE_NUMBER.sub("", first, count=1)).strip()
    return (
        street if 3 <= len(street) <= MAX_HINT_CHARS and re.search("[a-z]", street, re.I) else None
    )


async def _streets(uow: UnitOfWork, tenant: TenantContext) -> tuple[str, ...]:
    held = _STREETS.get(tenant.business_id)
    now = time.monotonic()
    if held is not None and held[0] > now:
        return held[1]
    rows = await uow.session.execute(
        select(Appointment.address)
        .where(Appointment.business_id == tenant.business_id, Appointment.address != "")
        .order_by(Appointment.start_at.desc())
        .limit(RECENT_APPOINTMENTS)
    )
    counted = Counter(s for s in (street_of(line) for line in rows.scalars()) if s)
    streets = tuple(street for street, _ in counted.most_common(MAX_STREETS))
    _STREETS[tenant.business_id] = (now + STREETS_TTL_S, streets)
    _STREETS.move_to_end(tenant.business_id)
    while len(_STREETS) > STREETS_CACHED:
        _STREETS.popitem(last=False)
    return streets


async def speech_hints(
    uow: UnitOfWork, tenant: TenantContext, business: Business
) -> tuple[str, ...]:
    settings = business.settings or {}
    words: list[str] = [str(w) for w in settings.get("speech_hints") or []]
    for service in await services_for(uow, tenant, business):
        words += [service.name, *service.keywords]
    words += [str(a) for a in settings.get("service_area") or []]
    words += await _streets(uow, tenant)
    out: dict[str, str] = {}
    for word in words:
        word = " ".join(word.split())
        if word and len(word) <= MAX_HINT_CHARS:
            out.setdefault(word.lower(), word)
    return tuple(out.values())[:MAX_HINTS]
