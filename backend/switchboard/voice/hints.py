"""Speech hints for Twilio's recogniser: the words this business's callers are likely to say.

The owner's own `speech_hints` come first, then the services (names and keywords) the
assistant knows, the service area, and the streets the business has recently worked on
(from its appointments' addresses). A tenant's hints are built once and kept per process
until STREETS_TTL_S passes or its catalogue version or the owner's words change, so a call
pays neither a query nor the building for them.
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

# One entry per tenant (its hints as last built, until STREETS_TTL_S or a change of the
# catalogue or the owner's words), never per call; the oldest go first.
_HINTS: OrderedDict[uuid.UUID, tuple[float, tuple[object, ...], tuple[str, ...]]] = OrderedDict()
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
    rows = await uow.session.execute(
        select(Appointment.address)
        .where(Appointment.business_id == tenant.business_id, Appointment.address != "")
        .order_by(Appointment.start_at.desc())
        .limit(RECENT_APPOINTMENTS)
    )
    counted = Counter(s for s in (street_of(line) for line in rows.scalars()) if s)
    return tuple(street for street, _ in counted.most_common(MAX_STREETS))


async def speech_hints(
    uow: UnitOfWork, tenant: TenantContext, business: Business
) -> tuple[str, ...]:
    settings = business.settings or {}
    owner_words = tuple(str(w) for w in settings.get("speech_hints") or [])
    area = tuple(str(a) for a in settings.get("service_area") or [])
    version: tuple[object, ...] = (business.catalogue_version or 0, owner_words, area)
    now = time.monotonic()
    held = _HINTS.get(business.id)
    if held is not None and held[0] > now and held[1] == version:
        return held[2]
    words: list[str] = list(owner_words)
    for service in await services_for(uow, tenant, business):
        words += [service.name, *service.keywords]
    words += area
    words += await _streets(uow, tenant)
    out: dict[str, str] = {}
    for word in words:
        word = " ".join(word.split())
        if word and len(word) <= MAX_HINT_CHARS:
            out.setdefault(word.lower(), word)
    hints = tuple(out.values())[:MAX_HINTS]
    _HINTS[business.id] = (now + STREETS_TTL_S, version, hints)
    _HINTS.move_to_end(business.id)
    while len(_HINTS) > STREETS_CACHED:
        _HINTS.popitem(last=False)
    return hints
