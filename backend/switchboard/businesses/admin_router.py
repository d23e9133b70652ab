"""Platform operator routes on tenants (`X-Admin-API-Key`)."""

from __future__ import annotations

import uuid
from typing import Any, Literal

from fastapi import APIRouter, Query, status

from switchboard.auth.dependencies import AdminDep
from switchboard.businesses import service
from switchboard.businesses.schemas import (
    BusinessCreate,
    BusinessCreated,
    BusinessList,
    BusinessOut,
    BusinessUpdate,
    CredentialOut,
    Credentials,
    StatusChange,
)
from switchboard.core.bounds import MAX_OFFSET
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.core.security import CredentialKind

router = APIRouter(prefix="/v1/admin/businesses", tags=["admin"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=BusinessCreated)
async def create_business(
    body: BusinessCreate, actor: AdminDep, uow: UowDep, settings: SettingsDep, clock: ClockDep
) -> BusinessCreated:
    business, secrets = await service.create_business(uow, body, actor, settings.environment, clock)
    return BusinessCreated(
        business=BusinessOut.model_validate(business), credentials=Credentials(**secrets)
    )


@router.get("", response_model=BusinessList)
async def list_businesses(
    _: AdminDep,
    uow: UowDep,
    status_filter: Literal["active", "suspended"] | None = Query(default=None, alias="status"),
    limit: int = Query(default=100, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=MAX_OFFSET),
    q: str | None = Query(default=None, max_length=100, description="name or phone number"),
) -> BusinessList:
    items = await service.list_businesses(uow, status_filter, limit, offset, q and q.strip())
    return BusinessList(items=[BusinessOut.model_validate(b) for b in items])


@router.get("/{business_id}", response_model=BusinessOut)
async def get_business(business_id: uuid.UUID, _: AdminDep, uow: UowDep) -> BusinessOut:
    return BusinessOut.model_validate(await service.get_business(uow, business_id))


@router.patch("/{business_id}", response_model=BusinessOut)
async def update_business(
    business_id: uuid.UUID, body: BusinessUpdate, actor: AdminDep, uow: UowDep
) -> BusinessOut:
    return BusinessOut.model_validate(await service.update_business(uow, business_id, body, actor))


@router.post("/{business_id}/suspend", response_model=BusinessOut)
async def suspend_business(
    business_id: uuid.UUID, actor: AdminDep, uow: UowDep, body: StatusChange | None = None
) -> BusinessOut:
    """Stops every credential of the tenant (403) and its calls and texts; `reason` goes on
    the audit trail."""
    reason = body.reason.strip() if body else ""
    return BusinessOut.model_validate(
        await service.set_status(uow, business_id, "suspended", actor, reason)
    )


@router.post("/{business_id}/resume", response_model=BusinessOut)
async def resume_business(
    business_id: uuid.UUID, actor: AdminDep, uow: UowDep, body: StatusChange | None = None
) -> BusinessOut:
    reason = body.reason.strip() if body else ""
    return BusinessOut.model_validate(
        await service.set_status(uow, business_id, "active", actor, reason)
    )


@router.get("/{business_id}/credentials", response_model=list[CredentialOut])
async def list_credentials(business_id: uuid.UUID, _: AdminDep, uow: UowDep) -> list[CredentialOut]:
    """Credential metadata only (hint, dates); secrets are never shown again."""
    return [
        CredentialOut.model_validate(c) for c in await service.list_credentials(uow, business_id)
    ]


@router.post("/{business_id}/credentials/{kind}/rotate")
async def rotate_credential(
    business_id: uuid.UUID,
    kind: CredentialKind,
    actor: AdminDep,
    uow: UowDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> dict[str, Any]:
    """Issues a new secret of `kind`, shown once here; the previous one stops working now."""
    issued = await service.rotate_credential(
        uow, business_id, kind, actor, settings.environment, clock
    )
    return {
        "kind": kind,
        "secret": issued.token,
        kind: issued.token,
        "credential": CredentialOut.model_validate(issued.credential).model_dump(mode="json"),
    }
