"""A business's billing account: read (a new business, with no row yet, is on its free trial
from the day it was provisioned) or made on first write."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from switchboard.billing import plans
from switchboard.billing.repository import AccountRepository
from switchboard.billing.standing import AccountFacts, Standing, standing
from switchboard.businesses import service as businesses
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.models.billing import BillingAccount
from switchboard.tenancy.context import TenantContext


async def load(uow: UnitOfWork, tenant: TenantContext, settings: Settings) -> BillingAccount:
    """The account, or (not stored) the trial a business without one is on."""
    account = await AccountRepository(uow, tenant).current()
    if account is not None:
        return account
    business = await businesses.get_own_business(uow, tenant)
    return BillingAccount(
        id=uuid.uuid4(),
        business_id=tenant.business_id,
        plan=settings.billing_trial_plan,
        status="trialing",
        trial_ends_at=business.created_at + timedelta(days=settings.billing_trial_days),
        cancel_at_period_end=False,
        comped=False,
        note="",
    )


async def ensure(uow: UnitOfWork, tenant: TenantContext, settings: Settings) -> BillingAccount:
    repo = AccountRepository(uow, tenant)
    await repo.lock()
    account = await repo.current()
    if account is None:
        account = repo.add(await load(uow, tenant, settings))
        await uow.session.flush()
    return account


def facts(account: BillingAccount) -> AccountFacts:
    return AccountFacts(
        status=account.status,
        comped=bool(account.comped),
        trial_ends_at=account.trial_ends_at,
        subscription_ref=account.subscription_ref,
        past_due_since=account.past_due_since,
        over_limit_since=account.over_limit_since,
    )


def standing_of(account: BillingAccount, settings: Settings, now: datetime) -> Standing:
    return standing(facts(account), now, timedelta(days=settings.billing_grace_days))


def plan_of(account: BillingAccount, settings: Settings) -> plans.Plan:
    return plans.get(settings, account.plan)
