"""Billing for the owner (plan, usage, invoices, checkout, portal) and the operator (a
tenant's state and overrides), and the periodic check of every tenant's usage and standing."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from switchboard.audit import service as audit
from switchboard.auth.dependencies import billing_context
from switchboard.billing import accounts, metering, notify, plans
from switchboard.billing.inbox import collect
from switchboard.billing.repository import InvoiceRepository
from switchboard.billing.standing import Standing
from switchboard.billing.usage import Usage, measure
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.errors import Conflict, DomainError, InvalidInput
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.payments.port import CheckoutRequest, PaymentsPort
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, PermanentFailure, registry
from switchboard.models.billing import BillingAccount, BillingInvoice
from switchboard.models.business import Business
from switchboard.tenancy.context import Actor, TenantContext

REVIEW_JOB = "billing.review"
CHECK_JOB = "billing.check"
LIVE_SUBSCRIPTION = ("trialing", "active", "past_due")


class PaymentsUnavailable(DomainError):
    status = 503
    type_slug = "payments-unavailable"
    title = "Payments provider unavailable"


class PaymentsRefused(DomainError):
    status = 502
    type_slug = "payments-refused"
    title = "Payments provider refused the request"


@dataclass(frozen=True)
class Overview:
    account: BillingAccount
    plan: plans.Plan
    standing: Standing
    usage: Usage
    plans: Sequence[plans.Plan]
    features: dict[str, bool]


async def overview(
    uow: UnitOfWork, tenant: TenantContext, *, settings: Settings, now: datetime
) -> Overview:
    account = await accounts.load(uow, tenant, settings)
    plan = accounts.plan_of(account, settings)
    standing = accounts.standing_of(account, settings, now)
    return Overview(
        account=account,
        plan=plan,
        standing=standing,
        usage=await measure(uow, tenant, account, now),
        plans=list(plans.catalogue(settings).values()),
        features={f: f in plan.features and standing.extras for f in plans.FEATURES},
    )


async def invoices(uow: UnitOfWork, tenant: TenantContext, limit: int) -> Sequence[BillingInvoice]:
    return await InvoiceRepository(uow, tenant).recent(limit)


def _trial_days_left(account: BillingAccount, now: datetime) -> int:
    if account.subscription_ref or account.trial_ends_at is None or account.trial_ends_at <= now:
        return 0
    return math.ceil((account.trial_ends_at - now) / timedelta(days=1))


async def _call(coro: Any) -> Any:
    try:
        return await coro
    except ProviderRetryable as exc:
        raise PaymentsUnavailable("The payments provider did not answer; try again.") from exc
    except ProviderPermanent as exc:
        raise PaymentsRefused(str(exc)) from exc


async def start_checkout(
    uow: UnitOfWork,
    tenant: TenantContext,
    plan_key: str,
    *,
    database: Database,
    payments: PaymentsPort,
    settings: Settings,
    clock: Clock,
) -> str:
    """A checkout for `plan_key`; returns the URL to send the owner to. `uow` is the request's
    read-only unit of work: it is released before the provider is called."""
    catalogue = plans.catalogue(settings)
    if plan_key not in catalogue:
        raise InvalidInput(f"Unknown plan; choose one of {sorted(catalogue)}.")
    account = await accounts.load(uow, tenant, settings)
    if account.subscription_ref and account.status in LIVE_SUBSCRIPTION:
        raise Conflict("There is a subscription already: change it in the billing portal.")
    plan = catalogue[plan_key]
    business = await _business(uow, tenant)
    now = clock.now()
    request = CheckoutRequest(
        business_id=str(tenant.business_id),
        plan=plan.key,
        price_ref=plan.price_id,
        amount_cents=plan.amount_cents,
        currency=plan.currency,
        trial_days=_trial_days_left(account, now),
        success_url=f"{settings.public_base_url}/dashboard/#billing?checkout=done",
        cancel_url=f"{settings.public_base_url}/dashboard/#billing?checkout=cancelled",
        customer_ref=account.customer_ref,
        email=business.owner_email,
    )
    await uow.release()
    session = await _call(payments.create_checkout(request))
    await collect(database, payments, clock)  # the offline provider's events, at once
    return str(session.url)


async def open_portal(
    uow: UnitOfWork,
    tenant: TenantContext,
    *,
    payments: PaymentsPort,
    settings: Settings,
) -> str:
    account = await accounts.load(uow, tenant, settings)
    if not account.customer_ref:
        raise Conflict("No subscription yet: start one with checkout first.")
    await uow.release()
    url = await _call(
        payments.create_portal(
            account.customer_ref, f"{settings.public_base_url}/dashboard/#billing"
        )
    )
    return str(url)


async def _business(uow: UnitOfWork, tenant: TenantContext) -> Business:
    from switchboard.businesses import service as businesses

    return await businesses.get_own_business(uow, tenant)


# -- the operator ------------------------------------------------------------------------
async def set_overrides(
    uow: UnitOfWork,
    tenant: TenantContext,
    actor: Actor,
    changes: dict[str, Any],
    *,
    settings: Settings,
    now: datetime,
) -> BillingAccount:
    """Comp a tenant, extend its trial, change its plan or note why. The tenant is bound."""
    account = await accounts.ensure(uow, tenant, settings)
    if "plan" in changes and changes["plan"] not in plans.catalogue(settings):
        raise InvalidInput(f"Unknown plan; choose one of {sorted(plans.catalogue(settings))}.")
    if "trial_ends_at" in changes:
        if account.subscription_ref and account.status != "trialing":
            raise Conflict("The tenant has a subscription; its trial is Stripe's to change.")
        ends = changes["trial_ends_at"]
        if ends is not None and ends <= now:
            raise InvalidInput("An extended trial must end in the future.")
        account.trial_ends_at = ends
        if account.status not in LIVE_SUBSCRIPTION or not account.subscription_ref:
            account.status = "trialing"
    for field in ("comped", "plan", "note"):
        if field in changes:
            setattr(account, field, changes[field])
    async with uow.system_scope("admin billing override"):
        audit.record_admin(
            uow,
            tenant.business_id,
            actor,
            "billing.override",
            "billing_account",
            account.id,
            {k: str(v) for k, v in changes.items()},
        )
    return account


# -- the periodic check ------------------------------------------------------------------
@registry.handler(REVIEW_JOB)
async def review(ctx: JobContext) -> None:
    """Every hour: one check per active business (usage over the plan, a grace period that
    ran out), each in its own tenant's job."""
    bucket = ctx.payload.get("bucket", 0)
    async with ctx.uow.system_scope("billing review of every tenant"):
        ids = (
            await ctx.uow.session.execute(select(Business.id).where(Business.status == "active"))
        ).scalars()
        for business_id in ids:
            await queue.enqueue(
                ctx.uow,
                CHECK_JOB,
                {},
                tenant=billing_context(business_id),
                idempotency_key=f"{CHECK_JOB}:{business_id}:{bucket}",
                now=ctx.clock.now(),
            )


@registry.handler(CHECK_JOB)
async def check(ctx: JobContext) -> None:
    if ctx.tenant is None:
        raise PermanentFailure(f"{CHECK_JOB} needs a tenant")
    await check_tenant(ctx.uow, ctx.tenant, settings=ctx.services["settings"], clock=ctx.clock)


async def check_tenant(
    uow: UnitOfWork, tenant: TenantContext, *, settings: Settings, clock: Clock
) -> BillingAccount:
    now = clock.now()
    account = await accounts.ensure(uow, tenant, settings)
    over = (await measure(uow, tenant, account, now)).over(accounts.plan_of(account, settings))
    if not over:
        account.over_limit_since = None
    elif account.over_limit_since is None:
        account.over_limit_since = now
    await notify.tell_owner(uow, tenant, account, settings=settings, clock=clock)
    await metering.queue_report(uow, tenant, account, settings=settings, now=now)
    return account


registry.every(REVIEW_JOB, timedelta(hours=1))
