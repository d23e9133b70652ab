"""SMS consent: opt-outs (STOP and friends) and opt-ins (START), with the evidence kept.

`sms_consents` holds each number's current state (what the sending rules read);
`sms_consent_events` every decision as it was made (the history shown on the customer's
timeline, which follows the customer through a merge).

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
from switchboard.messaging.repository import ConsentEventRepository, ConsentRepository
from switchboard.models.message import SmsConsent, SmsConsentEvent
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
        # A row kept under an erased number's pseudonym: the person is back and decides
        # again, so the number is held again like any other's.
        consent.phone = phone
        consent.opted_out = opted_out
        consent.evidence = evidence
        consent.updated_at = now
    # One truth: the customer with this number shows the same state and evidence.
    customer = await mirror_by_phone(
        uow,
        tenant,
        phone,
        opted_out=opted_out,
        method=source,
        evidence=describe_evidence(evidence),
        at=now,
    )
    _log(
        uow,
        tenant,
        phone=phone,
        customer_id=customer.id if customer else None,
        opted_out=opted_out,
        now=now,
        source=source,
        message_id=message_id,
        note=note,
    )
    await uow.session.flush()
    return consent


def _log(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    phone: str | None,
    customer_id: uuid.UUID | None,
    opted_out: bool,
    now: datetime,
    source: str,
    message_id: uuid.UUID | None,
    note: str | None,
) -> None:
    ConsentEventRepository(uow, tenant).add(
        SmsConsentEvent(
            id=uuid.uuid4(),
            phone=phone,
            customer_id=customer_id,
            opted_out=opted_out,
            source=source[:40],
            message_id=message_id,
            actor=tenant.actor.label[:120],
            note=note[:2000] if note else None,
            at=now,
        )
    )


async def record_without_number(
    uow: UnitOfWork,
    tenant: TenantContext,
    customer_id: uuid.UUID,
    *,
    opted_out: bool,
    now: datetime,
    source: str,
    note: str | None,
) -> None:
    """A decision recorded on a customer who has no number yet: history only (there is no
    number for the sending rules to block)."""
    _log(
        uow,
        tenant,
        phone=None,
        customer_id=customer_id,
        opted_out=opted_out,
        now=now,
        source=source,
        message_id=None,
        note=note,
    )
    await uow.session.flush()


async def history(
    uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID, phone: str | None
) -> list[SmsConsentEvent]:
    """The customer's consent decisions, newest first: its own, and those about its number
    made before the number was any customer's."""
    return list(await ConsentEventRepository(uow, tenant).of_customer(customer_id, phone))


async def move_customer(
    uow: UnitOfWork,
    tenant: TenantContext,
    from_id: uuid.UUID,
    to_id: uuid.UUID,
    *,
    phone: str | None,
) -> None:
    """A merge: the duplicate's history (and its number's unclaimed history) goes to the
    survivor."""
    await ConsentEventRepository(uow, tenant).reassign(from_id, phone, to_id)


async def detach_customer(uow: UnitOfWork, tenant: TenantContext, customer_id: uuid.UUID) -> None:
    """A deleted customer's decisions stay as evidence about their number."""
    await ConsentEventRepository(uow, tenant).detach(customer_id)


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
