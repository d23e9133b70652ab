"""Usage reported to the payments provider, for plans with meters (`Plan.meters`).

Each hourly `billing.check` of a tenant on a metered plan with a provider customer queues one
`billing.report_usage` job. The job reports every closed hour since the account's
`usage_reported_until` (at most `MAX_HOURS` a run; the next run goes on): per hour and meter,
the calls begun in that hour, their minutes, and the texts, measured from the product's own
records exactly as the owner's usage page counts them. An hour is closed `SETTLE` after it
ends, so a call begun at 10:59 has finished before 10:00-11:00 is reported.

The provider call runs with no transaction open (`Steps`). A crash after the call and before
the record step reports the same hours again under the same identifiers
(`<business>:<meter>:<hour>`), which the provider keeps once: nothing is billed twice."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from switchboard.billing import accounts
from switchboard.billing.usage import measure_between
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.payments.port import MeterEvent
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, PermanentFailure, RetryLater, Steps, registry
from switchboard.models.billing import BillingAccount
from switchboard.tenancy.context import TenantContext

REPORT_JOB = "billing.report_usage"
HOUR = timedelta(hours=1)
SETTLE = timedelta(minutes=30)
MAX_HOURS = 48
LOOKBACK = timedelta(days=30)  # Stripe takes meter events up to 35 days old
REPORTABLE = ("trialing", "active", "past_due")


def _hour(moment: datetime) -> datetime:
    moment = moment.astimezone(UTC)
    return moment.replace(minute=0, second=0, microsecond=0)


def reportable(account: BillingAccount, settings: Settings) -> bool:
    plan = accounts.plan_of(account, settings)
    return bool(
        plan.metered
        and account.customer_ref
        and account.subscription_ref
        and account.status in REPORTABLE
    )


async def queue_report(
    uow: UnitOfWork,
    tenant: TenantContext,
    account: BillingAccount,
    *,
    settings: Settings,
    now: datetime,
) -> None:
    if not reportable(account, settings):
        return
    await queue.enqueue(
        uow,
        REPORT_JOB,
        {},
        tenant=tenant,
        idempotency_key=f"{REPORT_JOB}:{tenant.business_id}:{_hour(now).isoformat()}",
        now=now,
    )


@dataclass(frozen=True)
class _Report:
    events: list[MeterEvent]
    until: datetime


async def _prepare(ctx: JobContext) -> _Report | None:
    if ctx.tenant is None:
        raise PermanentFailure(f"{REPORT_JOB} needs a tenant")
    settings: Settings = ctx.services["settings"]
    account = await accounts.ensure(ctx.uow, ctx.tenant, settings)
    if not reportable(account, settings):
        return None
    plan = accounts.plan_of(account, settings)
    last_closed = _hour(ctx.clock.now() - SETTLE)  # hours before this one are closed
    # The first report starts with the subscription's current period.
    since = account.usage_reported_until or _hour(account.period_start or ctx.clock.now())
    since = max(since, last_closed - LOOKBACK)
    until = min(last_closed, since + MAX_HOURS * HOUR)
    if until <= since:
        return None
    events: list[MeterEvent] = []
    hour = since
    while hour < until:
        used = await measure_between(ctx.uow, ctx.tenant, hour, hour + HOUR)
        values = {"calls": used.calls, "minutes": used.minutes, "texts": used.texts}
        for meter, event_name in sorted(plan.meters.items()):
            if values[meter] > 0:
                events.append(
                    MeterEvent(
                        event_name=event_name,
                        customer_ref=str(account.customer_ref),
                        value=values[meter],
                        identifier=f"{ctx.tenant.business_id}:{meter}:{hour:%Y%m%dT%H}",
                        # Inside the hour it counts, so the provider bills it to that period.
                        timestamp=hour + HOUR - timedelta(seconds=1),
                    )
                )
        hour += HOUR
    return _Report(events, until)


async def _perform(report: _Report, services: dict[str, Any]) -> int:
    payments = services["providers"].payments
    try:
        for event in report.events:
            await payments.report_usage(event)
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc
    return len(report.events)


async def _record(ctx: JobContext, report: _Report, _sent: int) -> None:
    assert ctx.tenant is not None
    account = await accounts.ensure(ctx.uow, ctx.tenant, ctx.services["settings"])
    if account.usage_reported_until is None or account.usage_reported_until < report.until:
        account.usage_reported_until = report.until


registry.in_steps(REPORT_JOB, Steps(prepare=_prepare, perform=_perform, record=_record))
