"""The operator's billing: a tenant's state and overrides, and the event inbox."""

from __future__ import annotations

import uuid
from typing import Literal

from fastapi import APIRouter, Query

from switchboard.auth.dependencies import AdminDep, tenant_for_admin
from switchboard.billing import accounts, repository, service
from switchboard.billing.schemas import (
    AdminBillingOut,
    EventList,
    EventOut,
    OverridesIn,
    billing_fields,
)
from switchboard.businesses.service import BusinessNotFound
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.tenancy.context import TenantContext

router = APIRouter(prefix="/v1/admin", tags=["admin", "billing"])


async def _tenant(uow: UnitOfWork, business_id: uuid.UUID) -> TenantContext:
    tenant = await tenant_for_admin(uow, business_id)
    if tenant is None:
        raise BusinessNotFound()
    return tenant


async def _view(
    uow: UnitOfWork, tenant: TenantContext, settings: Settings, clock: ClockDep
) -> AdminBillingOut:
    view = await service.overview(uow, tenant, settings=settings, now=clock.now())
    account = view.account
    return AdminBillingOut(
        **billing_fields(view),
        business_id=tenant.business_id,
        customer_ref=account.customer_ref,
        subscription_ref=account.subscription_ref,
        past_due_since=account.past_due_since,
        over_limit_since=account.over_limit_since,
        note=account.note,
    )


@router.get("/businesses/{business_id}/billing", response_model=AdminBillingOut)
async def get_billing(
    business_id: uuid.UUID, _: AdminDep, uow: UowDep, settings: SettingsDep, clock: ClockDep
) -> AdminBillingOut:
    tenant = await _tenant(uow, business_id)
    return await _view(uow, tenant, settings, clock)


@router.patch("/businesses/{business_id}/billing", response_model=AdminBillingOut)
async def set_overrides(
    business_id: uuid.UUID,
    body: OverridesIn,
    actor: AdminDep,
    uow: UowDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> AdminBillingOut:
    """Comp a tenant (`comped`), extend its free trial (`trial_ends_at`), change its plan or
    note why. Recorded on the tenant's audit trail."""
    tenant = await _tenant(uow, business_id)
    changes = body.model_dump(exclude_unset=True)
    await service.set_overrides(uow, tenant, actor, changes, settings=settings, now=clock.now())
    await uow.session.flush()
    await accounts.ensure(uow, tenant, settings)
    return await _view(uow, tenant, settings, clock)


@router.get("/billing/events", response_model=EventList)
async def list_events(
    _: AdminDep,
    uow: UowDep,
    status: Literal["received", "processed", "ignored", "unknown_customer"] | None = None,
    business_id: uuid.UUID | None = None,
    limit: int = Query(default=100, ge=1, le=500),
) -> EventList:
    """The Stripe event inbox, newest first: `unknown_customer` lists events kept for
    inspection because no business owns their customer."""
    async with uow.system_scope("admin reads the billing inbox"):
        rows = await repository.list_events(uow, status, business_id, limit)
    return EventList(items=[EventOut.model_validate(r) for r in rows])
