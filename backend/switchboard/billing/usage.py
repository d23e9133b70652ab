"""Usage this period, metered from the product's own records: calls and their minutes
(voice conversations, first to last message, each started minute counted), and texts (SMS
in and out, blocked ones not counted)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime

from switchboard.billing.plans import Plan
from switchboard.conversations import service as conversations
from switchboard.core.db import UnitOfWork
from switchboard.messaging import service as messaging
from switchboard.models.billing import BillingAccount
from switchboard.tenancy.context import TenantContext


@dataclass(frozen=True)
class Usage:
    period_start: datetime
    period_end: datetime
    calls: int
    minutes: int
    texts: int

    def over(self, plan: Plan) -> list[str]:
        """What is over the plan's allowance: some of calls, minutes, texts."""
        limits = (
            ("calls", self.calls, plan.included_calls),
            ("minutes", self.minutes, plan.included_minutes),
            ("texts", self.texts, plan.included_texts),
        )
        return [name for name, used, included in limits if used > included]


def period_of(account: BillingAccount, now: datetime) -> tuple[datetime, datetime]:
    """The subscription's current period; without one, the calendar month (UTC)."""
    start, end = account.period_start, account.period_end
    if start is not None and end is not None and start <= now < end:
        return start, end
    start = datetime(now.year, now.month, 1, tzinfo=UTC)
    end = datetime(now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=UTC)
    return start, end


async def measure(
    uow: UnitOfWork, tenant: TenantContext, account: BillingAccount, now: datetime
) -> Usage:
    start, end = period_of(account, now)
    return await measure_between(uow, tenant, start, end)


async def measure_between(
    uow: UnitOfWork, tenant: TenantContext, start: datetime, end: datetime
) -> Usage:
    """Calls begun in [start, end) with their minutes, and the texts of that span."""
    spans = await conversations.call_spans(uow, tenant, start, end)
    minutes = sum(
        max(1, math.ceil(((last or began) - began).total_seconds() / 60)) for began, last in spans
    )
    texts = await messaging.count_texts(uow, tenant, start, end)
    return Usage(start, end, len(spans), minutes, texts)
