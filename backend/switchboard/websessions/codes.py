"""Signing in with a one-time code sent to the owner's phone or email.

Asking never tells whether the phone or email belongs to an owner (the answer is the same).
A code is six random digits, works once, for 10 minutes, and for at most 5 wrong tries; an
owner gets at most 3 codes per 15 minutes. Codes and contacts are stored as keyed hashes. The
code goes out through the sending rules like any message (lockdown stops it: sign in with the
owner token then); it is urgent, so the quiet hours do not hold it back.
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update

from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput
from switchboard.core.phones import InvalidPhoneNumber, to_e164
from switchboard.messaging import service as messaging
from switchboard.models.business import Business
from switchboard.models.web_session import OwnerSignInCode
from switchboard.tenancy.context import TenantContext
from switchboard.websessions.code_messages import code_subject, code_text

CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5
CODES_PER_CONTACT = 3
CONTACT_WINDOW = timedelta(minutes=15)


@dataclass(frozen=True)
class Contact:
    phone: str | None = None
    email: str | None = None

    @property
    def key(self) -> str:
        return f"phone:{self.phone}" if self.phone else f"email:{self.email}"


def parse_contact(raw: str) -> Contact:
    text = raw.strip()
    if "@" in text:
        local, _, domain = text.rpartition("@")
        if not local or "." not in domain or len(text) > 320 or any(c.isspace() for c in text):
            raise InvalidInput("That is not an email address.")
        return Contact(email=text.lower())
    try:
        return Contact(phone=to_e164(text))
    except InvalidPhoneNumber as exc:
        raise InvalidInput("Give the owner's phone number or email address.") from exc


def contact_hash(uow: UnitOfWork, contact: Contact) -> str:
    return uow.keyring.digest("sign-in-contact:" + contact.key)


def _code_digests(uow: UnitOfWork, code_id: uuid.UUID, code: str) -> list[str]:
    return uow.keyring.digests(f"sign-in-code:{code_id}:{code}")


async def send_code(
    uow: UnitOfWork,
    tenant: TenantContext,
    business: Business,
    contact: Contact,
    settings: Settings,
    clock: Clock,
) -> bool:
    """Send a new code to this owner of `business` (bound to `uow`); False when the owner has
    had their share of codes for now."""
    now = clock.now()
    hashed = contact_hash(uow, contact)
    async with uow.system_scope("count an owner's recent sign-in codes"):
        recent = (
            await uow.session.execute(
                select(func.count())
                .select_from(OwnerSignInCode)
                .where(
                    OwnerSignInCode.contact_hash == hashed,
                    OwnerSignInCode.created_at > now - CONTACT_WINDOW,
                )
            )
        ).scalar_one()
        if recent >= CODES_PER_CONTACT:
            return False
        code = f"{secrets.randbelow(10**6):06d}"
        row = OwnerSignInCode(
            id=uuid.uuid4(),
            business_id=business.id,
            contact_hash=hashed,
            created_at=now,
            expires_at=now + CODE_TTL,
        )
        row.code_hash = _code_digests(uow, row.id, code)[0]
        uow.session.add(row)
        await uow.session.flush()
    text = code_text(business.language, business.name, code)
    if contact.phone:
        await messaging.send_sms(
            uow, tenant, to=contact.phone, body=text, kind="sign_in_code", clock=clock, urgent=True
        )
    else:
        assert contact.email is not None
        await messaging.send_email(
            uow,
            tenant,
            to=contact.email,
            subject=code_subject(business.language, business.name),
            body=text,
            kind="sign_in_code",
            clock=clock,
            from_addr=settings.email_from,
        )
    return True


async def redeem(uow: UnitOfWork, contact: Contact, code: str, now: datetime) -> uuid.UUID | None:
    """The business a live code for this contact opens, spending it; None (and a wrong try
    counted against every live code of the contact) when none matches."""
    hashed = contact_hash(uow, contact)
    async with uow.system_scope("redeem an owner sign-in code"):
        live = (
            (
                await uow.session.execute(
                    select(OwnerSignInCode).where(
                        OwnerSignInCode.contact_hash == hashed,
                        OwnerSignInCode.used_at.is_(None),
                        OwnerSignInCode.expires_at > now,
                        OwnerSignInCode.attempts < MAX_ATTEMPTS,
                    )
                )
            )
            .scalars()
            .all()
        )
        for row in live:
            if any(hmac.compare_digest(d, row.code_hash) for d in _code_digests(uow, row.id, code)):
                # Every other code this owner holds for the business ends with this one.
                await uow.session.execute(
                    update(OwnerSignInCode)
                    .where(
                        OwnerSignInCode.contact_hash == hashed,
                        OwnerSignInCode.business_id == row.business_id,
                        OwnerSignInCode.used_at.is_(None),
                    )
                    .values(used_at=now)
                )
                return row.business_id
        for row in live:
            row.attempts += 1
        await uow.session.flush()
    return None
