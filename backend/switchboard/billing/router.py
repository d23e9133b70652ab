"""The owner's billing: plan and standing, usage this period, invoices, Checkout, Portal."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from switchboard.auth.dependencies import OwnerDep
from switchboard.billing import service
from switchboard.billing.schemas import (
    BillingOut,
    CheckoutIn,
    InvoiceList,
    InvoiceOut,
    RedirectOut,
    UsageOut,
    billing_fields,
)
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep, UowDep, request_reads_only

router = APIRouter(prefix="/v1/owner/billing", tags=["owner", "billing"])


@router.get("", response_model=BillingOut)
async def get_billing(
    tenant: OwnerDep, uow: UowDep, settings: SettingsDep, clock: ClockDep
) -> BillingOut:
    """The plan, the subscription's state, whether the extras are on (and if not, why), the
    trial or grace period's end, usage this period and the plans on offer."""
    view = await service.overview(uow, tenant, settings=settings, now=clock.now())
    return BillingOut(**billing_fields(view))


@router.get("/usage", response_model=UsageOut)
async def get_usage(
    tenant: OwnerDep, uow: UowDep, settings: SettingsDep, clock: ClockDep
) -> UsageOut:
    view = await service.overview(uow, tenant, settings=settings, now=clock.now())
    usage: UsageOut = billing_fields(view)["usage"]
    return usage


@router.get("/invoices", response_model=InvoiceList)
async def list_invoices(
    tenant: OwnerDep, uow: UowDep, limit: int = Query(default=50, ge=1, le=200)
) -> InvoiceList:
    rows = await service.invoices(uow, tenant, limit)
    return InvoiceList(items=[InvoiceOut.model_validate(r) for r in rows])


@router.post("/checkout", response_model=RedirectOut)
@request_reads_only
async def start_checkout(
    body: CheckoutIn,
    request: Request,
    tenant: OwnerDep,
    uow: UowDep,
    db: DatabaseDep,
    settings: SettingsDep,
    clock: ClockDep,
) -> RedirectOut:
    """Start a subscription to `plan`; send the owner to `url` (Stripe Checkout)."""
    url = await service.start_checkout(
        uow,
        tenant,
        body.plan,
        database=db,
        payments=request.app.state.providers.payments,
        settings=settings,
        clock=clock,
    )
    return RedirectOut(url=url)


@router.post("/portal", response_model=RedirectOut)
@request_reads_only
async def open_portal(
    request: Request, tenant: OwnerDep, uow: UowDep, settings: SettingsDep
) -> RedirectOut:
    """Manage the subscription (card, plan, cancel, invoices) in the Stripe Customer Portal."""
    url = await service.open_portal(
        uow, tenant, payments=request.app.state.providers.payments, settings=settings
    )
    return RedirectOut(url=url)
