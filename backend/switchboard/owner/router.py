"""The owner's own business: settings, lockdown, audit trail (`X-Owner-Token` / `X-API-Key`)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Query

from switchboard.audit import service as audit
from switchboard.auth.dependencies import OwnerDep
from switchboard.businesses import service as businesses
from switchboard.businesses.schemas import BusinessOut, BusinessUpdate
from switchboard.businesses.settings import BusinessSettings
from switchboard.core.deps import UowDep
from switchboard.owner.schemas import AuditEventOut, AuditList, LockdownIn, LockdownOut

router = APIRouter(prefix="/v1/owner", tags=["owner"])


@router.get("/business", response_model=BusinessOut)
async def get_business(tenant: OwnerDep, uow: UowDep) -> BusinessOut:
    return BusinessOut.model_validate(await businesses.get_own_business(uow, tenant))


@router.patch("/business", response_model=BusinessOut)
async def update_business(body: BusinessUpdate, tenant: OwnerDep, uow: UowDep) -> BusinessOut:
    return BusinessOut.model_validate(await businesses.update_own_business(uow, tenant, body))


@router.get("/business/settings")
async def get_settings(tenant: OwnerDep, uow: UowDep) -> dict[str, Any]:
    """Call handling, emergency words, service area, FAQ, alerts, messaging limits, reminders."""
    return businesses.settings_view(await businesses.get_own_business(uow, tenant))


@router.patch("/business/settings")
async def update_settings(body: BusinessSettings, tenant: OwnerDep, uow: UowDep) -> dict[str, Any]:
    return await businesses.update_own_settings(uow, tenant, body)


@router.get("/lockdown", response_model=LockdownOut)
async def get_lockdown(tenant: OwnerDep, uow: UowDep) -> LockdownOut:
    business = await businesses.get_own_business(uow, tenant)
    return LockdownOut(enabled=business.lockdown)


@router.post("/lockdown", response_model=LockdownOut)
async def set_lockdown(body: LockdownIn, tenant: OwnerDep, uow: UowDep) -> LockdownOut:
    business = await businesses.set_lockdown(uow, tenant, body.enabled)
    return LockdownOut(enabled=business.lockdown)


@router.get("/audit", response_model=AuditList)
async def list_audit(
    tenant: OwnerDep, uow: UowDep, limit: int = Query(default=100, ge=1, le=500)
) -> AuditList:
    events = await audit.list_events(uow, tenant, limit)
    return AuditList(items=[AuditEventOut.model_validate(e) for e in events])


@router.get("/audit/{event_id}", response_model=AuditEventOut)
async def get_audit_event(event_id: uuid.UUID, tenant: OwnerDep, uow: UowDep) -> AuditEventOut:
    return AuditEventOut.model_validate(await audit.get_event(uow, tenant, event_id))
