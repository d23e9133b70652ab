"""The audit trail: every admin and owner mutation, with who did it, when, in which tenant."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import structlog
from sqlalchemy import select

from switchboard.core.db import UnitOfWork
from switchboard.core.errors import NotFound
from switchboard.models.audit import AuditEvent
from switchboard.tenancy.context import Actor, TenantContext
from switchboard.tenancy.repository import TenantRepository


class AuditRepository(TenantRepository[AuditEvent]):
    model = AuditEvent


def _event(
    actor: Actor, action: str, target_type: str, target_id: Any, details: dict[str, Any] | None
) -> AuditEvent:
    request_id = structlog.contextvars.get_contextvars().get("request_id")
    return AuditEvent(
        actor_kind=actor.kind,
        actor_id=actor.id,
        action=action,
        target_type=target_type,
        target_id=None if target_id is None else str(target_id),
        details=details or {},
        request_id=request_id,
    )


def record(
    uow: UnitOfWork,
    tenant: TenantContext,
    action: str,
    target_type: str,
    target_id: Any = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Record a mutation made by `tenant.actor` in the tenant's own scope."""
    AuditRepository(uow, tenant).add(_event(tenant.actor, action, target_type, target_id, details))


def record_admin(
    uow: UnitOfWork,
    business_id: uuid.UUID,
    actor: Actor,
    action: str,
    target_type: str,
    target_id: Any = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Record a platform operator's mutation on a tenant. Caller holds the system scope."""
    event = _event(actor, action, target_type, target_id, details)
    event.business_id = business_id
    uow.session.add(event)


async def list_events(
    uow: UnitOfWork, tenant: TenantContext, limit: int = 100
) -> Sequence[AuditEvent]:
    return await AuditRepository(uow, tenant).list(order_by=AuditEvent.at.desc(), limit=limit)


async def get_event(uow: UnitOfWork, tenant: TenantContext, event_id: uuid.UUID) -> AuditEvent:
    event = await AuditRepository(uow, tenant).get(event_id)
    if event is None:
        raise NotFound("No such audit event.")
    return event


async def list_all(
    uow: UnitOfWork,
    *,
    business_id: uuid.UUID | None = None,
    action: str | None = None,
    actor_kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 200,
) -> Sequence[AuditEvent]:
    """The platform operator's view: every tenant's trail, newest first, filtered."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit)
    if business_id is not None:
        query = query.where(AuditEvent.business_id == business_id)
    if action:
        # "credential" matches every credential.* action.
        query = query.where(
            (AuditEvent.action == action) | AuditEvent.action.startswith(f"{action}.")
        )
    if actor_kind:
        query = query.where(AuditEvent.actor_kind == actor_kind)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if until is not None:
        query = query.where(AuditEvent.at < until)
    async with uow.system_scope("operator reads every tenant's audit trail"):
        return (await uow.session.execute(query)).scalars().all()
