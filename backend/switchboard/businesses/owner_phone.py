"""Proving the owner phone on file is the owner's: a six-digit code texted to it, entered in
the dashboard's Settings.

A code works once, for 10 minutes, for the number it was sent to, and for at most 5 wrong
tries; at most 3 codes go out per 15 minutes (counted from the texts themselves). The code is
kept as a keyed hash. Changing the owner phone clears the verification and any waiting code
(`clear`). The text goes through the sending rules like any message and is urgent (quiet hours
do not hold it back); lockdown stops it, and the owner is told so."""

from __future__ import annotations

import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, select

from switchboard.audit import service as audit
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import Conflict, DomainError, InvalidInput
from switchboard.messaging import service as messaging
from switchboard.models.business import Business
from switchboard.models.message import Message
from switchboard.tenancy.context import TenantContext

KIND = "owner_phone_code"
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5
CODES_PER_WINDOW = 3
WINDOW = timedelta(minutes=15)

CODE_TEXT = {
    "en": (
        "{code} is the code to confirm this phone as the owner phone of {business}. "
        "It works once, for 10 minutes. If you did not ask for it, ignore this message."
    ),
    "es": (
        "{code} es el código para confirmar este teléfono como el del dueño de {business}. "
        "Sirve una vez, durante 10 minutos. Si no lo pidió, ignore este mensaje."
    ),
}


class TooManyCodes(DomainError):
    status = 429
    type_slug = "too-many-codes"
    title = "Too many codes"


class NoOwnerPhone(Conflict):
    title = "No owner phone on file"


class CodeNotSent(Conflict):
    title = "The code could not be texted"


class WrongCode(InvalidInput):
    title = "Wrong code"


class CodeExpired(InvalidInput):
    title = "Code expired"


def clear(business: Business) -> None:
    """The owner phone changed: it is not verified, and a code sent to the old one is void."""
    business.owner_phone_verified_at = None
    _forget_code(business)


def _forget_code(business: Business) -> None:
    business.owner_phone_code_hash = None
    business.owner_phone_code_to = None
    business.owner_phone_code_expires_at = None
    business.owner_phone_code_attempts = 0


def _digests(uow: UnitOfWork, business: Business, phone: str, code: str) -> list[str]:
    return uow.keyring.digests(f"owner-phone-code:{business.id}:{phone}:{code}")


async def send_code(
    uow: UnitOfWork, tenant: TenantContext, business: Business, clock: Clock
) -> str:
    """Text a new code to the owner phone (replacing any waiting one); the number it went to."""
    phone = business.owner_phone
    if not phone:
        raise NoOwnerPhone("Add the owner phone first, then ask for a code.")
    now = clock.now()
    recent = (
        await uow.session.execute(
            select(func.count())
            .select_from(Message)
            .where(
                Message.business_id == business.id,
                Message.kind == KIND,
                Message.created_at > now - WINDOW,
            )
        )
    ).scalar_one()
    if recent >= CODES_PER_WINDOW:
        raise TooManyCodes(
            "Three codes were sent in the last 15 minutes. Use the last one, or try later."
        )
    code = f"{secrets.randbelow(10**6):06d}"
    body = CODE_TEXT.get(business.language, CODE_TEXT["en"]).format(
        code=code, business=business.name
    )
    message = await messaging.send_sms(
        uow, tenant, to=phone, body=body, kind=KIND, clock=clock, urgent=True
    )
    if message.status == "blocked":
        raise CodeNotSent(
            "The text was not sent"
            + (": lockdown is on." if business.lockdown else f" ({message.reason or 'blocked'}).")
        )
    business.owner_phone_code_hash = _digests(uow, business, phone, code)[0]
    business.owner_phone_code_to = phone
    business.owner_phone_code_expires_at = now + CODE_TTL
    business.owner_phone_code_attempts = 0
    await uow.session.flush()
    audit.record(uow, tenant, "owner_phone.code_sent", "business", business.id)
    return phone


async def verify(
    uow: UnitOfWork, tenant: TenantContext, business: Business, code: str, now: datetime
) -> InvalidInput | None:
    """Mark the owner phone verified when `code` is the live one sent to it; else the error
    to answer with, returned rather than raised so the counted wrong try is committed."""
    waiting = business.owner_phone_code_hash
    expires = business.owner_phone_code_expires_at
    if (
        waiting is None
        or expires is None
        or business.owner_phone_code_to != business.owner_phone
        or business.owner_phone_code_attempts >= MAX_ATTEMPTS
    ):
        _forget_code(business)
        await uow.session.flush()
        return CodeExpired("No code is waiting for this phone. Ask for a new one.")
    if expires <= now:
        _forget_code(business)
        await uow.session.flush()
        return CodeExpired("That code has expired. Ask for a new one.")
    phone = business.owner_phone or ""
    if not any(hmac.compare_digest(d, waiting) for d in _digests(uow, business, phone, code)):
        business.owner_phone_code_attempts += 1
        spent = business.owner_phone_code_attempts >= MAX_ATTEMPTS
        if spent:
            _forget_code(business)
        await uow.session.flush()
        return WrongCode("That code is not right." + (" Ask for a new one." if spent else ""))
    _forget_code(business)
    business.owner_phone_verified_at = now
    await uow.session.flush()
    audit.record(uow, tenant, "owner_phone.verified", "business", business.id)
    return None
