"""The security event log: refused credentials and signatures, lockouts, failed sign-ins.

Written by the failed-authentication limiter, which every refused credential, signature and
sign-in passes through (successful operator actions are on the audit trail). The client's
address is never stored: `client_ref` is a keyed hash (SECRET_KEY), enough to see that twenty
failures came from one source. Read by the platform operator only, in the system scope."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from switchboard.core.db import UnitOfWork
from switchboard.models.business import Business
from switchboard.models.security_event import SecurityEvent

KINDS = ("auth_failure", "signature_failure", "lockout", "admin_sign_in_failed")

_SURFACES = (
    ("/v1/auth/admin/", "admin_sign_in"),
    ("/v1/auth/owner/", "owner_sign_in"),
    ("/v1/admin/", "admin"),
    ("/admin/", "admin"),
    ("/v1/owner/", "owner"),
    ("/v1/widget/", "widget"),
    ("/twilio/", "twilio"),
    ("/v1/billing/stripe/", "stripe"),
    ("/v1/calendar-feeds/", "calendar_feed"),
    ("/v1/sessions", "sessions"),
)

_SIGNED = ("twilio", "stripe")


def surface_of(path: str) -> str:
    """Which door was knocked on: never the path itself, which may carry a secret (the
    calendar feed's token is its URL)."""
    for prefix, surface in _SURFACES:
        if path.startswith(prefix):
            return surface
    return "other"


def failure_kind(surface: str, status: int) -> str:
    if surface == "admin_sign_in":
        return "admin_sign_in_failed"
    return "signature_failure" if surface in _SIGNED and status == 403 else "auth_failure"


def client_ref(uow: UnitOfWork, client: str) -> str:
    return uow.keyring.digest(f"client:{client}")[:16]


async def claimed_tenant(uow: UnitOfWork, numbers: Sequence[str]) -> uuid.UUID | None:
    """The tenant a refused webhook names (its first number that is a tenant's), for the
    log and the per-tenant counts only: the request is trusted for nothing. Caller holds the
    system scope."""
    if not numbers:
        return None
    rows = (
        await uow.session.execute(
            select(Business.phone_number, Business.id).where(Business.phone_number.in_(numbers))
        )
    ).all()
    owners = {row[0]: row[1] for row in rows}
    return next((owners[n] for n in numbers if n in owners), None)


def record(
    uow: UnitOfWork,
    kind: str,
    *,
    surface: str,
    client: str,
    at: datetime,
    status: int = 0,
    business_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    uow.session.add(
        SecurityEvent(
            id=uuid.uuid4(),
            at=at,
            kind=kind,
            surface=surface,
            status=status,
            client_ref=client_ref(uow, client),
            business_id=business_id,
            details=details or {},
        )
    )


async def list_events(
    uow: UnitOfWork,
    *,
    kind: str | None = None,
    surface: str | None = None,
    business_id: uuid.UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> Sequence[SecurityEvent]:
    query = select(SecurityEvent).order_by(SecurityEvent.at.desc()).limit(limit)
    if kind:
        query = query.where(SecurityEvent.kind == kind)
    if surface:
        query = query.where(SecurityEvent.surface == surface)
    if business_id:
        query = query.where(SecurityEvent.business_id == business_id)
    if since:
        query = query.where(SecurityEvent.at >= since)
    if until:
        query = query.where(SecurityEvent.at < until)
    async with uow.system_scope("operator reads security events"):
        return (await uow.session.execute(query)).scalars().all()


async def purge(uow: UnitOfWork, before: datetime) -> None:
    async with uow.system_scope("security event retention"):
        await uow.session.execute(delete(SecurityEvent).where(SecurityEvent.at < before))
