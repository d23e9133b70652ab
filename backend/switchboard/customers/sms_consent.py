"""The customer's view of SMS consent, kept in step with the sending rules' record.

`messaging.consent` (one row per phone, used by every send) is the truth; when it changes,
it calls `mirror_by_phone` so the customer record (`sms_opt_out` in the owner API) shows the
same state with the same evidence. This module imports nothing from messaging, so the two
packages never import each other in a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from switchboard.core.db import UnitOfWork
from switchboard.customers.repository import CustomerRepository
from switchboard.models.customer import Customer
from switchboard.tenancy.context import TenantContext


@dataclass(frozen=True)
class ShownDecision:
    """The consent a customer record shows (its number, state, time and evidence)."""

    phone: str | None
    opted_out: bool
    at: datetime
    method: str
    evidence: str


def shown_decision(customer: Customer) -> ShownDecision | None:
    """The decision the record shows, or None when nobody has decided anything."""
    if customer.sms_consent not in ("granted", "revoked") and not customer.sms_opt_out:
        return None
    return ShownDecision(
        phone=customer.phone,
        opted_out=customer.sms_opt_out or customer.sms_consent == "revoked",
        at=customer.sms_consent_at or customer.updated_at,
        method=customer.sms_consent_method or "owner",
        evidence=customer.sms_consent_evidence or "",
    )


def apply_sms_consent(
    customer: Customer, *, granted: bool, method: str, evidence: str, at: datetime
) -> None:
    customer.sms_consent = "granted" if granted else "revoked"
    customer.sms_opt_out = not granted
    customer.sms_consent_at = at
    customer.sms_consent_method = method
    customer.sms_consent_evidence = evidence[:2000]


async def mirror_by_phone(
    uow: UnitOfWork,
    tenant: TenantContext,
    phone: str,
    *,
    opted_out: bool,
    method: str,
    evidence: str,
    at: datetime,
) -> Customer | None:
    """Show a consent change recorded for `phone` on the customer with that phone, if any."""
    customer = await CustomerRepository(uow, tenant).by_phone(phone)
    if customer is not None:
        apply_sms_consent(customer, granted=not opted_out, method=method, evidence=evidence, at=at)
    return customer
