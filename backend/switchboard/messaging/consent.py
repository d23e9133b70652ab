"""SMS consent: opt-outs (STOP and friends) and opt-ins (START), with the evidence kept.

Carrier keywords are matched on the whole message, any case, stray punctuation ignored:
"stop", "STOP!", " Stop. " opt out; "stop calling me at work" does not.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Literal

from switchboard.core.db import UnitOfWork
from switchboard.messaging.repository import ConsentRepository
from switchboard.models.message import SmsConsent
from switchboard.tenancy.context import TenantContext

OPT_OUT_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "END", "QUIT", "CANCEL", "REVOKE", "OPTOUT"}
)
OPT_IN_WORDS = frozenset({"START", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})

Keyword = Literal["opt_out", "opt_in", "help"]


def classify_keyword(text: str) -> Keyword | None:
    tokens = re.findall(r"[A-Za-z]+", text or "")
    word = "".join(tokens).upper()
    # One word only ("opt-out" and "opt out" count as one): a sentence is not a keyword.
    if len(tokens) != 1 and word != "OPTOUT":
        return None
    if word in OPT_OUT_WORDS:
        return "opt_out"
    if word in OPT_IN_WORDS:
        return "opt_in"
    if word in HELP_WORDS:
        return "help"
    return None


async def _set(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    opted_out: bool,
    now: datetime,
    source: str,
    message_id: uuid.UUID | None,
) -> SmsConsent:
    repo = ConsentRepository(uow, tenant)
    consent = await repo.by_phone(phone)
    evidence = {
        "source": source,  # e.g. "sms_keyword", "owner", "carrier"
        "message_id": str(message_id) if message_id else None,
        "at": now.isoformat(),
        "actor": tenant.actor.label,
    }
    if consent is None:
        consent = repo.add(
            SmsConsent(
                id=uuid.uuid4(), phone=phone, opted_out=opted_out, evidence=evidence, updated_at=now
            )
        )
    else:
        consent.opted_out = opted_out
        consent.evidence = evidence
        consent.updated_at = now
    await uow.session.flush()
    return consent


async def opt_out(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    now: datetime,
    *,
    source: str,
    message_id: uuid.UUID | None = None,
) -> SmsConsent:
    return await _set(uow, tenant, phone, True, now, source, message_id)


async def opt_in(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    now: datetime,
    *,
    source: str,
    message_id: uuid.UUID | None = None,
) -> SmsConsent:
    return await _set(uow, tenant, phone, False, now, source, message_id)


async def current(uow: UnitOfWork, tenant: TenantContext, phone: str) -> SmsConsent | None:
    return await ConsentRepository(uow, tenant).by_phone(phone)


async def is_opted_out(uow: UnitOfWork, tenant: TenantContext, phone: str) -> bool:
    consent = await current(uow, tenant, phone)
    return bool(consent and consent.opted_out)
