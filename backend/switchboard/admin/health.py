"""Integration health: real checks, run as a job, read by the console.

`admin.health.check` runs every ten minutes (and when the operator asks). In three steps, so
no transaction is open while a provider is asked (jobs.registry.Steps):
1. prepare: the plan is the list of capabilities and the calendar connections (no token);
2. perform: each configured provider's own `check()` (Twilio: the account's credentials and
   status; SMTP: connect, EHLO, STARTTLS, AUTH; speech: the model loads and decodes; the
   offline providers: whether they were told to fail), ten seconds at most each; then each
   business's Google calendar grant is refreshed (revoked ones are shown, not asked about);
3. record: the platform rows, then per tenant what the database shows (last webhook from the
   tenant's number, delivery failures, dead calendar jobs, the billing standing), each with
   its last error and when.

Requests only read `integration_health`; they never call a provider."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from switchboard.admin import repository as admin_repo
from switchboard.core.db import UnitOfWork
from switchboard.integrations.calendar.port import CalendarNotConnected
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, Steps, registry
from switchboard.models.accounting import AccountingConnection
from switchboard.models.billing import BillingAccount
from switchboard.models.business import Business
from switchboard.models.calendar import CalendarConnection
from switchboard.models.integration_health import IntegrationHealth
from switchboard.models.job import Job
from switchboard.models.message import Message

CHECK_JOB = "admin.health.check"
CHECK_EVERY = timedelta(minutes=10)
CHECK_TIMEOUT_S = 10.0
# How far back a failure still makes a check "failing".
RECENT = timedelta(hours=24)

PLATFORM = "platform"
PLATFORM_CAPABILITIES = (
    "sms",
    "voice",
    "email",
    "calendar",
    "payments",
    "accounting",
    "speech",
    "llm",
)
TENANT_CAPABILITIES = ("twilio", "email", "calendar", "billing", "accounting")
# A connected QuickBooks grant whose refresh token lapses this soon is reported failing.
ACCOUNTING_LAPSE_WARNING = timedelta(days=14)
# Dead jobs that tell of a capability failing, by the start of their kind.
_JOB_CAPABILITY = {"calendar.": "calendar", "billing.": "payments", "voice.": "speech"}


@dataclass(frozen=True)
class Probe:
    capability: str
    provider: str
    status: str  # ok | failing | unknown | off (not configured)
    detail: str
    error: str | None = None


def _short(error: BaseException) -> str:
    # Provider and calendar errors are short and hold no personal data (integrations/errors.py,
    # integrations/calendar/port.py); anything else is named by its type only.
    from switchboard.integrations.calendar.port import CalendarError
    from switchboard.integrations.errors import ProviderError

    if isinstance(error, ProviderError | CalendarError):
        return str(error)[:200] or type(error).__name__
    return type(error).__name__


async def probe(capability: str, provider: Any) -> Probe:
    name = str(getattr(provider, "name", "") or type(provider).__name__)
    if name == "none":
        return Probe(capability, name, "off", "not configured; nothing depends on it")
    check = getattr(provider, "check", None)
    if check is None:
        return Probe(capability, name, "unknown", "this provider has no live check")
    try:
        detail = await asyncio.wait_for(check(), timeout=CHECK_TIMEOUT_S)
    except TimeoutError:
        return Probe(
            capability, name, "failing", "no answer", f"timed out after {CHECK_TIMEOUT_S:g} s"
        )
    except Exception as exc:  # a check reports every failure; it never raises
        return Probe(capability, name, "failing", "check failed", _short(exc))
    return Probe(capability, name, "ok", str(detail or "ok")[:300])


@dataclass(frozen=True)
class Connection:
    """A business's calendar connection as the check needs it (no token is read)."""

    business_id: uuid.UUID
    status: str
    detail: str | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class Plan:
    capabilities: tuple[str, ...]
    connections: tuple[Connection, ...] = ()


@dataclass
class Results:
    probes: list[Probe]
    # Business -> its calendar grant's probe (Google: whether the grant still refreshes).
    grants: dict[uuid.UUID, Probe]


async def _prepare(ctx: JobContext) -> Plan:
    return Plan(PLATFORM_CAPABILITIES, await calendar_connections(ctx.uow))


async def calendar_connections(uow: UnitOfWork) -> tuple[Connection, ...]:
    c = CalendarConnection
    async with uow.system_scope("integration checks read calendar connections"):
        rows = (
            await uow.session.execute(
                select(c.business_id, c.status, c.status_detail, c.revoked_at)
            )
        ).all()
    return tuple(Connection(r[0], r[1], r[2], r[3]) for r in rows)


async def _perform(plan: Plan | Sequence[str], services: dict[str, Any]) -> Results:
    if not isinstance(plan, Plan):  # a run queued before connections were part of the plan
        plan = Plan(tuple(plan))
    providers = services["providers"]
    probes = [await probe(c, getattr(providers, c)) for c in plan.capabilities]
    return Results(probes, await check_grants(providers.calendar, plan.connections))


async def check_grants(calendar: Any, connections: Sequence[Connection]) -> dict[uuid.UUID, Probe]:
    """Each connected business's grant, refreshed with the calendar adapter's own refresh (a
    refused one is marked revoked there); revoked ones are reported without asking Google."""
    out: dict[uuid.UUID, Probe] = {}
    name = str(getattr(calendar, "name", ""))
    check_grant = getattr(calendar, "check_grant", None)
    for connection in connections:
        if connection.status == "revoked":
            when = f" on {connection.revoked_at:%Y-%m-%d}" if connection.revoked_at else ""
            out[connection.business_id] = Probe(
                "calendar",
                name or "google",
                "failing",
                f"access revoked{when}; the owner must reconnect",
                connection.detail or "access revoked",
            )
            continue
        if check_grant is None:
            continue  # the configured calendar is not Google: nothing of this grant is used
        try:
            detail = await asyncio.wait_for(check_grant(connection.business_id), CHECK_TIMEOUT_S)
        except TimeoutError:
            out[connection.business_id] = Probe(
                "calendar", name, "failing", "no answer", f"timed out after {CHECK_TIMEOUT_S:g} s"
            )
        except Exception as exc:
            revoked = isinstance(exc, CalendarNotConnected)
            detail = "access revoked; the owner must reconnect" if revoked else "refresh failed"
            out[connection.business_id] = Probe("calendar", name, "failing", detail, _short(exc))
        else:
            out[connection.business_id] = Probe("calendar", name, "ok", str(detail))
    return out


async def _record(ctx: JobContext, _plan: Any, results: Results | list[Probe]) -> None:
    now = ctx.clock.now()
    if not isinstance(results, Results):
        results = Results(list(results), {})
    async with ctx.uow.system_scope("record integration health"):
        await record_checks(ctx.uow, results.probes, now, results.grants)


registry.in_steps(CHECK_JOB, Steps(prepare=_prepare, perform=_perform, record=_record))
registry.every(CHECK_JOB, CHECK_EVERY)


async def request_check(uow: UnitOfWork, now: datetime) -> uuid.UUID | None:
    """The operator's "check now": at most one queued run per minute, whoever asks."""
    bucket = now.strftime("%Y%m%d%H%M")
    async with uow.system_scope("operator requests integration checks"):
        return await queue.enqueue(
            uow, CHECK_JOB, {}, idempotency_key=f"admin:health:{bucket}", max_attempts=1, now=now
        )


async def _rows(uow: UnitOfWork) -> dict[tuple[str, str], IntegrationHealth]:
    found = (await uow.session.execute(select(IntegrationHealth))).scalars().all()
    return {(row.scope, row.capability): row for row in found}


def _put(
    rows: dict[tuple[str, str], IntegrationHealth],
    uow: UnitOfWork,
    scope: str,
    business_id: uuid.UUID | None,
    probe: Probe,
    now: datetime,
    error_at: datetime | None = None,
) -> None:
    row = rows.get((scope, probe.capability))
    if row is None:
        row = IntegrationHealth(
            id=uuid.uuid4(), scope=scope, business_id=business_id, capability=probe.capability
        )
        uow.session.add(row)
        rows[(scope, probe.capability)] = row
    row.provider = probe.provider
    row.status = probe.status
    row.detail = probe.detail[:300]
    row.checked_at = now
    if probe.status == "ok":
        row.last_ok_at = now
    if probe.error:
        row.last_error = probe.error[:500]
        row.last_error_at = error_at or now


async def record_checks(
    uow: UnitOfWork,
    probes: list[Probe],
    now: datetime,
    grants: dict[uuid.UUID, Probe] | None = None,
) -> None:
    """Store the platform probes and derive every tenant's rows (with each tenant's calendar
    grant check, when it has one). Caller holds the system scope."""
    grants = grants or {}
    rows = await _rows(uow)
    by_capability = {p.capability: p for p in probes}
    dead = await _dead_jobs_since(uow, now - RECENT)
    for p in probes:
        failures = [j for j in dead if _capability_of(j.kind) == p.capability]
        if p.status == "ok" and failures:
            last = failures[0]
            p = Probe(
                p.capability,
                p.provider,
                "failing",
                f"check passes, but {len(failures)} job(s) failed in the last 24 h",
                _first_line(last.last_error) or last.kind,
            )
            _put(rows, uow, PLATFORM, None, p, now, last.finished_at)
        else:
            _put(rows, uow, PLATFORM, None, p, now)
    businesses = (
        (await uow.session.execute(select(Business).where(Business.status == "active")))
        .scalars()
        .all()
    )
    failed = await _delivery_failures_since(uow, now - RECENT)
    accounts = {
        a.business_id: a for a in (await uow.session.execute(select(BillingAccount))).scalars()
    }
    for business in businesses:
        scope = str(business.id)
        for tenant_probe, error_at in await _tenant_probes(
            uow,
            business,
            by_capability,
            failed,
            dead,
            accounts.get(business.id),
            now,
            grants.get(business.id),
        ):
            _put(rows, uow, scope, business.id, tenant_probe, now, error_at)
    await uow.session.flush()


def _first_line(text: str | None) -> str | None:
    return text.splitlines()[0][:200] if text else None


def _capability_of(kind: str) -> str | None:
    for prefix, capability in _JOB_CAPABILITY.items():
        if kind.startswith(prefix):
            return capability
    return None


async def _dead_jobs_since(uow: UnitOfWork, since: datetime) -> Sequence[Job]:
    return (
        (
            await uow.session.execute(
                select(Job)
                .where(Job.status == "dead", Job.finished_at >= since)
                .order_by(Job.finished_at.desc())
                .limit(5000)
            )
        )
        .scalars()
        .all()
    )


async def _delivery_failures_since(
    uow: UnitOfWork, since: datetime
) -> dict[tuple[uuid.UUID, str], tuple[int, datetime]]:
    """(tenant, channel) -> (failed outbound messages since, the last one's time)."""
    rows = (
        await uow.session.execute(
            select(Message.business_id, Message.channel, func.count(), func.max(Message.updated_at))
            .where(
                Message.direction == "outbound",
                Message.status.in_(("failed", "undelivered")),
                Message.updated_at >= since,
            )
            .group_by(Message.business_id, Message.channel)
        )
    ).all()
    return {(r[0], r[1]): (int(r[2]), admin_repo._aware(r[3])) for r in rows}


async def _tenant_probes(
    uow: UnitOfWork,
    business: Business,
    platform: dict[str, Probe],
    failed: dict[tuple[uuid.UUID, str], tuple[int, datetime]],
    dead: Sequence[Job],
    account: BillingAccount | None,
    now: datetime,
    grant: Probe | None = None,
) -> list[tuple[Probe, datetime | None]]:
    out: list[tuple[Probe, datetime | None]] = []
    # Twilio: the number reaches us, texts go out, and the platform account works.
    last_webhook = await admin_repo.last_webhook_at(uow, business.id)
    seen = f"last webhook {last_webhook:%Y-%m-%d %H:%M} UTC" if last_webhook else "no webhook yet"
    sms = platform.get("sms")
    count, last_at = failed.get((business.id, "sms"), (0, None))
    if sms is not None and sms.status == "failing":
        out.append((Probe("twilio", sms.provider, "failing", seen, f"platform: {sms.error}"), now))
    elif count:
        out.append(
            (
                Probe(
                    "twilio",
                    sms.provider if sms else "",
                    "failing",
                    seen,
                    f"{count} text(s) not delivered in the last 24 h",
                ),
                last_at,
            )
        )
    else:
        status = "ok" if last_webhook else "unknown"
        out.append((Probe("twilio", sms.provider if sms else "", status, seen), None))
    # Email: outgoing mail fails for this tenant, or for everyone.
    email = platform.get("email")
    count, last_at = failed.get((business.id, "email"), (0, None))
    if email is not None and email.status == "failing":
        out.append(
            (
                Probe(
                    "email",
                    email.provider,
                    "failing",
                    "platform check failing",
                    f"platform: {email.error}",
                ),
                now,
            )
        )
    elif count:
        out.append(
            (
                Probe(
                    "email",
                    email.provider if email else "",
                    "failing",
                    "deliveries failing",
                    f"{count} email(s) not delivered in the last 24 h",
                ),
                last_at,
            )
        )
    else:
        out.append(
            (Probe("email", email.provider if email else "", "ok", "no failed email in 24 h"), None)
        )
    # Calendar: the platform provider failing (the offline one told to fail), this tenant's
    # grant no longer refreshing or revoked, or its calendar writes that gave up.
    calendar = platform.get("calendar")
    mine = [j for j in dead if j.business_id == business.id and j.kind.startswith("calendar.")]
    if calendar is not None and calendar.status == "failing":
        out.append(
            (
                Probe(
                    "calendar",
                    calendar.provider,
                    "failing",
                    "platform check failing",
                    f"platform: {calendar.error}",
                ),
                now,
            )
        )
    elif grant is not None and grant.status == "failing":
        out.append((grant, now))
    elif mine:
        out.append(
            (
                Probe(
                    "calendar",
                    calendar.provider if calendar else "",
                    "failing",
                    f"{len(mine)} calendar write(s) gave up in 24 h",
                    _first_line(mine[0].last_error) or mine[0].kind,
                ),
                mine[0].finished_at,
            )
        )
    else:
        out.append(
            (
                Probe(
                    "calendar",
                    calendar.provider if calendar else "",
                    "ok",
                    (f"{grant.detail}; " if grant is not None else "")
                    + "no failed calendar write in 24 h",
                ),
                None,
            )
        )
    # Accounting: the tenant's own connection to its books (QuickBooks) and its last error.
    out.append(await _accounting_probe(uow, business, platform.get("accounting"), now))
    # Billing: the subscription's standing.
    if account is None:
        out.append((Probe("billing", "", "unknown", "no billing account yet"), None))
    elif account.status in ("past_due", "incomplete", "unpaid", "cancelled") and not account.comped:
        since = account.past_due_since
        out.append(
            (
                Probe(
                    "billing",
                    "",
                    "failing",
                    f"subscription {account.status}",
                    f"subscription {account.status}",
                ),
                since or now,
            )
        )
    else:
        out.append(
            (
                Probe(
                    "billing",
                    "",
                    "ok",
                    f"subscription {account.status}" + (" (comped)" if account.comped else ""),
                ),
                None,
            )
        )
    return out


async def _accounting_probe(
    uow: UnitOfWork, business: Business, platform: Probe | None, now: datetime
) -> tuple[Probe, datetime | None]:
    c = AccountingConnection
    row = (
        await uow.session.execute(
            select(
                c.provider,
                c.realm_id,
                c.status,
                c.status_detail,
                c.refresh_expires_at,
                c.last_error,
                c.last_error_at,
            ).where(c.business_id == business.id)
        )
    ).first()
    fallback = platform.provider if platform else ""
    if row is None or row.status == "disconnected":
        return Probe("accounting", fallback, "off", "not connected"), None
    provider, realm = row.provider, row.realm_id
    if row.status != "connected":
        detail = f"company {realm}: {row.status}; the owner must connect again"
        error = row.last_error or row.status_detail or row.status
        return Probe("accounting", provider, "failing", detail, error), row.last_error_at or now
    lapses = row.refresh_expires_at
    if lapses is not None and lapses - now < ACCOUNTING_LAPSE_WARNING:
        error = f"the connection lapses on {lapses:%Y-%m-%d}; the owner must connect again"
        return Probe("accounting", provider, "failing", f"company {realm}", error), now
    if row.last_error and row.last_error_at is not None and row.last_error_at >= now - RECENT:
        detail = f"company {realm}: connected, a call failed in the last 24 h"
        return Probe("accounting", provider, "failing", detail, row.last_error), row.last_error_at
    return Probe("accounting", provider, "ok", f"company {realm}: connected"), None


async def read(uow: UnitOfWork, business_id: uuid.UUID | None) -> Sequence[IntegrationHealth]:
    """The platform rows, or one tenant's rows."""
    scope = PLATFORM if business_id is None else str(business_id)
    async with uow.system_scope("operator reads integration health"):
        return (
            (
                await uow.session.execute(
                    select(IntegrationHealth)
                    .where(IntegrationHealth.scope == scope)
                    .order_by(IntegrationHealth.capability)
                )
            )
            .scalars()
            .all()
        )


async def failing_by_tenant(uow: UnitOfWork) -> dict[str, int]:
    async with uow.system_scope("operator counts failing checks"):
        rows = (
            await uow.session.execute(
                select(IntegrationHealth.scope, func.count())
                .where(IntegrationHealth.status == "failing")
                .group_by(IntegrationHealth.scope)
            )
        ).all()
    return {r[0]: int(r[1]) for r in rows}
