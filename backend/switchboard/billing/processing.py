"""Processing an inbox event: the object it names is fetched from the provider and its
current state applied, whatever the order events arrive in (an `updated` before its
`created`, `invoice.paid` before `invoice.created` or before the checkout completed all end in
the same state). The business is the one whose account holds the customer, or the one our
own metadata on the object names (set at checkout); with neither, the event is kept as
`unknown_customer` for the operator and nothing else happens."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import structlog

from switchboard.auth.dependencies import tenant_for_billing
from switchboard.billing import accounts, notify, plans, repository
from switchboard.billing.inbox import PROCESS_JOB
from switchboard.billing.repository import InvoiceRepository
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.payments.port import (
    CheckoutState,
    InvoiceState,
    PaymentsPort,
    SubscriptionState,
)
from switchboard.jobs.registry import JobContext, PermanentFailure, RetryLater, Steps, registry
from switchboard.models.billing import BillingAccount, BillingInvoice
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger("switchboard.billing")

LIVE = ("trialing", "active", "past_due")


def object_kind(event_type: str) -> str | None:
    if event_type in ("checkout.session.completed", "checkout.session.async_payment_succeeded"):
        return "checkout"
    if event_type.startswith("customer.subscription."):
        return "subscription"
    if event_type.startswith("invoice.") and not event_type.startswith("invoice.upcoming"):
        return "invoice"
    return None


async def _prepare(ctx: JobContext) -> dict[str, Any] | None:
    ref = str(ctx.payload["event_ref"])
    async with ctx.uow.system_scope("billing event"):
        event = await repository.event_by_ref(ctx.uow, ref)
        if event is None or event.status != "received":
            return None
        kind = object_kind(event.type)
        if kind is None or not event.object_ref:
            event.status, event.processed_at = "ignored", ctx.clock.now()
            return None
        return {"event_ref": ref, "kind": kind, "object_ref": event.object_ref}


async def _fetch(plan: dict[str, Any], services: dict[str, Any]) -> dict[str, Any]:
    payments: PaymentsPort = services["providers"].payments
    kind, ref = plan["kind"], plan["object_ref"]
    fetched: dict[str, Any] = {}
    try:
        if kind == "checkout":
            checkout = fetched["checkout"] = await payments.get_checkout(ref)
            sub_ref = checkout.subscription_ref
        elif kind == "invoice":
            invoice = fetched["invoice"] = await payments.get_invoice(ref)
            sub_ref = invoice.subscription_ref
        else:
            sub_ref = ref
        if sub_ref:
            fetched["subscription"] = await payments.get_subscription(sub_ref)
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc
    return fetched


def _claimed_business(fetched: dict[str, Any]) -> uuid.UUID | None:
    for obj in fetched.values():
        claimed = getattr(obj, "business_id", None)
        if claimed:
            try:
                return uuid.UUID(str(claimed))
            except ValueError:
                continue
    return None


def _customer(fetched: dict[str, Any]) -> str | None:
    for obj in fetched.values():
        if getattr(obj, "customer_ref", None):
            return str(obj.customer_ref)
    return None


async def _record(ctx: JobContext, plan: dict[str, Any], fetched: dict[str, Any]) -> None:
    uow, now = ctx.uow, ctx.clock.now()
    async with uow.system_scope("billing event"):
        event = await repository.event_by_ref(uow, plan["event_ref"])
        if event is None or event.status != "received":
            return
        customer = _customer(fetched)
        owner = await repository.account_by_customer(uow, customer) if customer else None
        business_id = owner.business_id if owner else _claimed_business(fetched)
    tenant = await tenant_for_billing(uow, business_id) if business_id else None
    if tenant is None:
        async with uow.system_scope("billing event for an unknown customer"):
            event.status, event.processed_at = "unknown_customer", now
        log.warning("billing_event_unknown_customer", event_type=event.type)
        return
    settings: Settings = ctx.services["settings"]
    await apply(uow, tenant, fetched, settings=settings, now=now)
    account = await accounts.ensure(uow, tenant, settings)
    await notify.tell_owner(uow, tenant, account, settings=settings, clock=ctx.clock)
    async with uow.system_scope("billing event processed"):
        event.status, event.processed_at = "processed", now
        event.business_id = tenant.business_id


async def apply(
    uow: UnitOfWork,
    tenant: TenantContext,
    fetched: dict[str, Any],
    *,
    settings: Settings,
    now: datetime,
) -> BillingAccount:
    account = await accounts.ensure(uow, tenant, settings)
    checkout: CheckoutState | None = fetched.get("checkout")
    if checkout is not None and checkout.customer_ref:
        account.customer_ref = checkout.customer_ref
    subscription: SubscriptionState | None = fetched.get("subscription")
    if subscription is not None:
        _apply_subscription(account, subscription, settings, now)
    invoice: InvoiceState | None = fetched.get("invoice")
    if invoice is not None:
        account.customer_ref = account.customer_ref or invoice.customer_ref
        await _upsert_invoice(InvoiceRepository(uow, tenant), invoice)
    return account


def _apply_subscription(
    account: BillingAccount, sub: SubscriptionState, settings: Settings, now: datetime
) -> None:
    replaced = account.subscription_ref not in (None, sub.ref)
    if replaced and sub.status not in LIVE and account.status in LIVE:
        return  # an earlier subscription ending does not end the one the tenant has now
    account.subscription_ref = sub.ref
    account.customer_ref = sub.customer_ref or account.customer_ref
    plan = plans.for_price(settings, sub.price_ref)
    if plan is None and sub.plan in plans.catalogue(settings):
        plan = plans.get(settings, sub.plan)
    if plan is not None:
        account.plan = plan.key
    if sub.status in ("past_due", "incomplete"):
        if account.status not in ("past_due", "incomplete") or account.past_due_since is None:
            account.past_due_since = now
    elif sub.status in ("trialing", "active"):
        account.past_due_since = None
    else:
        account.past_due_since = account.past_due_since or now
    account.status = sub.status
    account.period_start, account.period_end = sub.period_start, sub.period_end
    account.trial_ends_at = sub.trial_end or account.trial_ends_at
    account.cancel_at_period_end = sub.cancel_at_period_end


async def _upsert_invoice(repo: InvoiceRepository, invoice: InvoiceState) -> None:
    row = await repo.by_ref(invoice.ref)
    if row is None:
        row = repo.add(BillingInvoice(id=uuid.uuid4(), invoice_ref=invoice.ref))
    row.number = invoice.number
    row.status = invoice.status
    row.amount_due_cents = invoice.amount_due_cents
    row.amount_paid_cents = invoice.amount_paid_cents
    row.currency = invoice.currency
    row.hosted_url = invoice.hosted_url
    row.period_start, row.period_end = invoice.period_start, invoice.period_end
    row.created_at = invoice.created


registry.in_steps(PROCESS_JOB, Steps(_prepare, _fetch, _record))
