"""Telling the owner, by text and email, when the extras are about to stop (the grace period
began) and when they stopped. Each notice is sent once per episode: its dedup key names the
reason and when the trouble began."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import structlog

from switchboard.billing import accounts
from switchboard.billing.catalogue import billing_text
from switchboard.businesses import service as businesses
from switchboard.core.clock import Clock
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.messaging import service as messaging
from switchboard.models.billing import BillingAccount
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger("switchboard.billing")


async def tell_owner(
    uow: UnitOfWork,
    tenant: TenantContext,
    account: BillingAccount,
    *,
    settings: Settings,
    clock: Clock,
) -> str | None:
    """Send what the account's standing calls for; returns "grace", "lapsed" or None."""
    now = clock.now()
    standing = accounts.standing_of(account, settings, now)
    if standing.reason is None:
        return None
    notice = "grace" if standing.extras else "lapsed"
    business = await businesses.get_own_business(uow, tenant)
    until = ""
    if standing.grace_ends_at is not None:
        local = standing.grace_ends_at.astimezone(ZoneInfo(business.timezone))
        until = f"{local:%b} {local.day}"
    fields = {"business": business.name, "reason": standing.reason, "until": until}
    body = billing_text(business.language, notice, **fields)
    since = standing.since or now
    key = f"billing:{notice}:{standing.reason}:{_stamp(since)}"
    if business.owner_phone:
        await messaging.send_sms(
            uow,
            tenant,
            to=business.owner_phone,
            body=body,
            kind="billing",
            clock=clock,
            dedup_key=f"{key}:sms",
        )
    if business.owner_email:
        await messaging.send_email(
            uow,
            tenant,
            to=business.owner_email,
            subject=billing_text(business.language, f"subject_{notice}", **fields),
            body=body,
            kind="billing",
            clock=clock,
            from_addr=settings.email_from,
            dedup_key=f"{key}:email",
        )
    if not business.owner_phone and not business.owner_email:
        log.warning("billing_notice_undeliverable", notice=notice, reason="no owner contact")
    return notice


def _stamp(moment: datetime) -> int:
    return int(moment.timestamp())
