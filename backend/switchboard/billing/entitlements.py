"""The one question other domains ask billing: may this business use this extra now?

`allows(uow, tenant, feature, now=..., settings=...)` is True when the tenant's plan has the
feature and the tenant is in good standing or still within its grace period (see standing).
Only extras are asked about: reminders (confirmations are not), the web chat widget, calendar
sync. Answering calls and paging emergencies never ask, so they never stop."""

from __future__ import annotations

from datetime import datetime

from switchboard.billing import accounts
from switchboard.billing.plans import Feature
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.tenancy.context import TenantContext


async def allows(
    uow: UnitOfWork,
    tenant: TenantContext,
    feature: Feature,
    *,
    now: datetime,
    settings: Settings,
) -> bool:
    account = await accounts.load(uow, tenant, settings)
    if feature not in accounts.plan_of(account, settings).features:
        return False
    return accounts.standing_of(account, settings, now).extras
