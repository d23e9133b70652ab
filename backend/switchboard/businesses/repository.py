"""Queries on the tenants themselves. Cross-tenant reads run only under the system scope."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select, update

from switchboard.core.db import UnitOfWork
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.models.credential import Credential
from switchboard.tenancy.context import TenantContext

# A search written as a phone number: digits with the marks people put between them.
_PHONE_LIKE = re.compile(r"[0-9+()\-.\s]+")


async def get(uow: UnitOfWork, business_id: uuid.UUID) -> Business | None:
    return await uow.session.get(Business, business_id)


async def get_own(uow: UnitOfWork, tenant: TenantContext) -> Business | None:
    return await uow.session.get(Business, tenant.business_id)


def holds_own(uow: UnitOfWork, tenant: TenantContext) -> bool:
    """Whether this unit of work already holds the tenant's business (`get_own` sends no
    statement then)."""
    session = uow.session.sync_session
    return session.identity_map.get(session.identity_key(Business, tenant.business_id)) is not None


async def by_phone(uow: UnitOfWork, phone_number: str) -> Business | None:
    result = await uow.session.execute(
        select(Business).where(Business.phone_number == phone_number)
    )
    return result.scalar_one_or_none()


async def by_owner_contact(
    uow: UnitOfWork, *, phone: str | None = None, email: str | None = None
) -> Sequence[Business]:
    """Active businesses whose owner has this phone (E.164) or email (any case). Needs the
    system scope: signing in with a one-time code is how the tenant is learned."""
    if phone:
        criterion = Business.owner_phone == phone
    elif email:
        criterion = func.lower(Business.owner_email) == email.lower()
    else:
        return []
    stmt = select(Business).where(criterion, Business.status == "active").limit(10)
    return (await uow.session.execute(stmt)).scalars().all()


async def by_call(uow: UnitOfWork, external_id: str) -> Business | None:
    """The business a call's conversation belongs to (system scope: before the tenant is known)."""
    result = await uow.session.execute(
        select(Business)
        .join(Conversation, Conversation.business_id == Business.id)
        .where(Conversation.external_id == external_id)
        .limit(1)
    )
    return result.scalar_one_or_none()


async def list_all(
    uow: UnitOfWork, status: str | None, limit: int, offset: int, q: str | None = None
) -> Sequence[Business]:
    stmt = select(Business).order_by(Business.created_at, Business.id).limit(limit).offset(offset)
    if status:
        stmt = stmt.where(Business.status == status)
    if q:
        # Name (any case) or phone number; LIKE's own wildcards in `q` match themselves. Only
        # a query written as a number searches the numbers: the digits in "Rooter 24/7" or a
        # name with a code in it are part of a name.
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        digits = "".join(ch for ch in q if ch.isdigit())
        match: ColumnElement[bool] = func.lower(Business.name).like(
            f"%{escaped.lower()}%", escape="\\"
        )
        if len(digits) >= 3 and _PHONE_LIKE.fullmatch(q):
            match = or_(match, Business.phone_number.like(f"%{digits}%"))
        stmt = stmt.where(match)
    return (await uow.session.execute(stmt)).scalars().all()


async def count_all(uow: UnitOfWork) -> int:
    return int((await uow.session.execute(select(func.count()).select_from(Business))).scalar_one())


async def active_credential(uow: UnitOfWork, lookup: str, kind: str) -> Credential | None:
    """Find a live credential by its lookup fragment. Needs the system scope: the tenant is
    what we are trying to learn."""
    stmt = select(Credential).where(
        Credential.lookup == lookup, Credential.kind == kind, Credential.revoked_at.is_(None)
    )
    return (await uow.session.execute(stmt)).scalars().first()


async def revoke_kind(uow: UnitOfWork, business_id: uuid.UUID, kind: str, when: object) -> None:
    await uow.session.execute(
        update(Credential)
        .where(
            Credential.business_id == business_id,
            Credential.kind == kind,
            Credential.revoked_at.is_(None),
        )
        .values(revoked_at=when)
        .execution_options(synchronize_session=False)
    )


async def credentials_of(uow: UnitOfWork, business_id: uuid.UUID) -> Sequence[Credential]:
    stmt = (
        select(Credential)
        .where(Credential.business_id == business_id)
        .order_by(Credential.created_at.desc())
    )
    return (await uow.session.execute(stmt)).scalars().all()


async def mark_used(uow: UnitOfWork, credential_id: uuid.UUID, at: datetime) -> None:
    await uow.session.execute(
        update(Credential).where(Credential.id == credential_id).values(last_used_at=at)
    )
