"""SMS consent: opt-outs (STOP and friends) and opt-ins (START), with the evidence kept.

Carrier keywords are matched on the whole message, any case, stray punctuation ignored:
"stop", "STOP!", " Stop. " opt out; "stop calling me at work" does not.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Any, Literal

from switchboard.core.db import UnitOfWork
from switchboard.customers.sms_consent import mirror_by_phone
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
    note: str | None,
) -> SmsConsent:
    repo = ConsentRepository(uow, tenant)
    consent = await repo.by_phone(phone)
    evidence = {
        "source": source,  # e.g. "sms_keyword", "owner", "carrier"
        "message_id": str(message_id) if message_id else None,
        "at": now.isoformat(),
        "actor": tenant.actor.label,
    }
    if note:
        evidence["note"] = note[:2000]
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
    # One truth: the customer with this number shows the same state and evidence.
    await mirror_by_phone(
        uow,
        tenant,
        phone,
        opted_out=opted_out,
        method=source,
        evidence=describe_evidence(evidence),
        at=now,
    )
    await uow.session.flush()
    return consent


def describe_evidence(evidence: dict[str, Any]) -> str:
    """The evidence as one line for the customer record."""
    parts = [f"{key}={value}" for key, value in evidence.items() if value and key != "at"]
    return "; ".join(parts)


async def opt_out(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    now: datetime,
    *,
    source: str,
    message_id: uuid.UUID | None = None,
    note: str | None = None,
) -> SmsConsent:
    return await _set(uow, tenant, phone, True, now, source, message_id, note)


async def opt_in(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    now: datetime,
    *,
    source: str,
    message_id: uuid.UUID | None = None,
    note: str | None = None,
) -> SmsConsent:
    return await _set(uow, tenant, phone, False, now, source, message_id, note)


async def current(uow: UnitOfWork, tenant: TenantContext, phone: str) -> SmsConsent | None:
    return await ConsentRepository(uow, tenant).by_phone(phone)


async def is_opted_out(uow: UnitOfWork, tenant: TenantContext, phone: str) -> bool:
    consent = await current(uow, tenant, phone)
    return bool(consent and consent.opted_out)
