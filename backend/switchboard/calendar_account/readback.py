"""Read back: changes the owner makes in Google come into appointments.

- `calendar.watch` opens a push channel on the write calendar (Google calls
  `/v1/integrations/google/notifications` when anything changes) and takes the first sync
  token. `calendar.renew` (hourly) reopens every channel a day before it expires, and for a
  business without a live channel syncs anyway, so read back degrades to hourly polling rather
  than to nothing. Google pushes to https addresses only: with a plain-http PUBLIC_BASE_URL
  (development) no channel is asked for, and read back polls.
- `calendar.sync` lists what changed since the stored `syncToken` (a full listing from a day
  ago when there is none, or when Google answers 410 because it expired) and applies it:
  an event Switchboard wrote that the owner moved moves the appointment (checked like a move
  in the dashboard, the customer told if the owner wants); one the owner deleted cancels it;
  one whose move the schedule refuses (closed, taken, too soon) is put back where the
  appointment is, so the calendar never shows a visit that is not booked. Events the owner
  adds need nothing here: slot search reads them live, and a sync drops the busy cache.

Every call to Google happens in the `perform` step of job `Steps`, with no transaction open.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import structlog
from sqlalchemy import select

from switchboard.auth.dependencies import calendar_context
from switchboard.calendar_account.repository import ConnectionRepository
from switchboard.core.config import Settings, get_settings
from switchboard.core.db import UnitOfWork
from switchboard.integrations.calendar.google import GoogleCalendar, GoogleReadBack
from switchboard.integrations.calendar.port import (
    CalendarPermanentError,
    CalendarTemporaryError,
    Changes,
    WatchChannel,
)
from switchboard.jobs import queue
from switchboard.jobs.registry import (
    JobContext,
    PermanentFailure,
    RetryLater,
    Steps,
    registry,
)
from switchboard.models.calendar import CalendarConnection
from switchboard.scheduling import service as scheduling
from switchboard.scheduling.repository import AppointmentRepository

log = structlog.get_logger(__name__)
WATCH_JOB = "calendar.watch"
SYNC_JOB = "calendar.sync"
RENEW_JOB = "calendar.renew"
NOTIFY_PATH = "/v1/integrations/google/notifications"
CHANNEL_TTL = timedelta(days=7)
RENEW_BEFORE = timedelta(days=1)
FULL_SYNC_FROM = timedelta(days=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _readback(services: dict[str, Any]) -> GoogleReadBack:
    calendar = services["providers"].calendar
    if not isinstance(calendar, GoogleCalendar):
        raise PermanentFailure("CALENDAR_PROVIDER is not google")
    return GoogleReadBack(calendar)


def _settings(services: dict[str, Any]) -> Settings:
    settings: Settings | None = services.get("settings")
    return settings or get_settings()


async def _connection(ctx: JobContext) -> CalendarConnection | None:
    assert ctx.tenant is not None
    row = await ConnectionRepository(ctx.uow, ctx.tenant).current()
    return row if row is not None and row.status == "connected" else None


def _google_errors(exc: Exception) -> Exception:
    if isinstance(exc, CalendarTemporaryError):
        return RetryLater(str(exc))
    return PermanentFailure(str(exc))


# -- calendar.watch ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Watch:
    business_id: uuid.UUID
    channel_id: str
    token: str
    address: str
    old: tuple[str, str] | None
    first_sync: bool
    since: datetime
    # Google delivers pushes to https addresses only; elsewhere read back polls hourly.
    push: bool


@dataclass(frozen=True)
class _Watched:
    channel: WatchChannel | None
    changes: Changes | None


async def _watch_prepare(ctx: JobContext) -> _Watch | None:
    if ctx.tenant is None:
        raise PermanentFailure("calendar.watch needs a tenant")
    row = await _connection(ctx)
    if row is None:
        return None
    old = (row.channel_id, row.channel_resource_id or "") if row.channel_id else None
    address = f"{_settings(ctx.services).public_base_url}{NOTIFY_PATH}"
    push = address.startswith("https://")
    if not push and row.sync_token is not None:
        return None  # nothing to open, our place in the feed is already taken
    return _Watch(
        business_id=ctx.tenant.business_id,
        channel_id=str(uuid.uuid4()),
        token=secrets.token_urlsafe(32),
        address=address,
        old=old,
        first_sync=row.sync_token is None,
        since=ctx.clock.now() - FULL_SYNC_FROM,
        push=push,
    )


async def _watch_perform(plan: _Watch, services: dict[str, Any]) -> _Watched:
    google = _readback(services)
    try:
        channel = None
        if plan.push:
            channel = await google.watch(
                plan.business_id,
                channel_id=plan.channel_id,
                token=plan.token,
                address=plan.address,
                ttl_s=int(CHANNEL_TTL.total_seconds()),
            )
        changes = (
            await google.changes(plan.business_id, None, plan.since) if plan.first_sync else None
        )
    except (CalendarTemporaryError, CalendarPermanentError) as exc:
        raise _google_errors(exc) from exc
    if plan.old is not None and channel is not None:
        try:
            await google.stop(plan.business_id, *plan.old)
        except (CalendarTemporaryError, CalendarPermanentError):
            log.info("calendar_channel_stop_failed")  # it expires by itself
    return _Watched(channel, changes)


async def _watch_record(ctx: JobContext, plan: _Watch, watched: _Watched) -> None:
    row = await _connection(ctx)
    if row is None:
        return
    if watched.channel is not None:
        row.channel_id = watched.channel.channel_id
        row.channel_resource_id = watched.channel.resource_id
        row.channel_expires_at = watched.channel.expires_at
        row.channel_token_hash = token_hash(plan.token)
    if watched.changes is not None and watched.changes.sync_token and row.sync_token is None:
        # The first listing only sets our place: what it shows was written by us or is
        # the owner's own, which slot search already reads live.
        row.sync_token = watched.changes.sync_token
        row.synced_at = ctx.clock.now()


registry.in_steps(WATCH_JOB, Steps(_watch_prepare, _watch_perform, _watch_record))


# -- calendar.sync ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Sync:
    business_id: uuid.UUID
    sync_token: str | None
    since: datetime


async def _sync_prepare(ctx: JobContext) -> _Sync | None:
    if ctx.tenant is None:
        raise PermanentFailure("calendar.sync needs a tenant")
    row = await _connection(ctx)
    if row is None:
        return None
    return _Sync(ctx.tenant.business_id, row.sync_token, ctx.clock.now() - FULL_SYNC_FROM)


async def _sync_perform(plan: _Sync, services: dict[str, Any]) -> Changes:
    try:
        return await _readback(services).changes(plan.business_id, plan.sync_token, plan.since)
    except (CalendarTemporaryError, CalendarPermanentError) as exc:
        raise _google_errors(exc) from exc


async def _sync_record(ctx: JobContext, plan: _Sync, changes: Changes) -> None:
    assert ctx.tenant is not None
    row = await _connection(ctx)
    if row is None:
        return
    if row.sync_token != plan.sync_token:
        return  # another sync got there first; its token is newer
    calendar = ctx.services["providers"].calendar
    for change in changes.events:
        if change.key is not None:
            await _apply(ctx, calendar, change, tell=row.tell_customers)
    row.sync_token = changes.sync_token or row.sync_token
    row.synced_at = ctx.clock.now()
    if changes.full:
        log.info("calendar_full_resync", business_id=str(ctx.tenant.business_id))


async def _apply(ctx: JobContext, calendar: Any, change: Any, *, tell: bool) -> None:
    assert ctx.tenant is not None
    try:
        appointment_id = uuid.UUID(str(change.key))
    except ValueError:
        return
    appointment = await AppointmentRepository(ctx.uow, ctx.tenant).get(appointment_id)
    if appointment is None or appointment.status in ("completed", "cancelled"):
        return
    now = ctx.clock.now()
    if change.cancelled:
        await scheduling.cancel(
            ctx.uow,
            ctx.tenant,
            ctx.clock,
            appointment.id,
            "Deleted in Google Calendar",
            via=scheduling.OWNER_CHANNEL,
            notify_customer=tell,
        )
        return
    if change.start is None or change.start == appointment.start_at:
        return  # unchanged, or our own write coming back
    try:
        async with ctx.uow.session.begin_nested():
            await scheduling.reschedule(
                ctx.uow,
                ctx.tenant,
                ctx.clock,
                calendar,
                appointment.id,
                change.start,
                appointment.technician_id,
                via=scheduling.OWNER_CHANNEL,
                notify_customer=tell,
            )
    except (scheduling.SlotUnavailable, scheduling.InvalidTransition):
        log.info("calendar_move_refused", id=str(appointment.id))
        await queue.enqueue(
            ctx.uow,
            "calendar.write",
            {"appointment_id": str(appointment.id), "event": "restored"},
            tenant=ctx.tenant,
            idempotency_key=f"calendar.write:{appointment.id}:restore:{change.start.isoformat()}",
            now=now,
        )


registry.in_steps(SYNC_JOB, Steps(_sync_prepare, _sync_perform, _sync_record))


# -- calendar.renew ---------------------------------------------------------------------------
@registry.handler(RENEW_JOB)
async def renew(ctx: JobContext) -> None:
    """Every hour: reopen channels that expire within a day; poll where there is none."""
    providers = ctx.services.get("providers")
    if providers is None or not isinstance(providers.calendar, GoogleCalendar):
        return  # connections kept from a Google deployment wait until it is one again
    now = ctx.clock.now()
    bucket = now.replace(minute=0, second=0, microsecond=0).isoformat()
    async with ctx.uow.system_scope("calendar channel renewal of every tenant"):
        rows = (
            await ctx.uow.session.execute(
                select(
                    CalendarConnection.business_id,
                    CalendarConnection.channel_expires_at,
                ).where(CalendarConnection.status == "connected")
            )
        ).all()
        for business_id, expires in rows:
            tenant = calendar_context(business_id)
            due: list[str] = []
            if expires is None or expires - now < RENEW_BEFORE:
                due.append(WATCH_JOB)
            if expires is None or expires <= now:
                due.append(SYNC_JOB)
            for kind in due:
                await queue.enqueue(
                    ctx.uow,
                    kind,
                    {},
                    tenant=tenant,
                    idempotency_key=f"{kind}:{business_id}:{bucket}",
                    now=now,
                )


registry.every(RENEW_JOB, timedelta(hours=1))


# -- entry points -----------------------------------------------------------------------------
async def start_watching(uow: UnitOfWork, business_id: uuid.UUID, now: datetime) -> None:
    """Right after a connection: open the channel and take the first sync token."""
    async with uow.system_scope("queue a calendar watch"):
        await queue.enqueue(
            uow,
            WATCH_JOB,
            {},
            tenant=calendar_context(business_id),
            idempotency_key=f"{WATCH_JOB}:{business_id}:connected:{now.isoformat()}",
            now=now,
        )


@dataclass(frozen=True)
class Notification:
    channel_id: str
    token: str
    resource_id: str
    state: str
    number: str


async def notified(uow: UnitOfWork, note: Notification, now: datetime) -> bool:
    """A push from Google: True when it names a live channel with its token (a sync is then
    queued, once per message number); False for anything else."""
    c = CalendarConnection
    async with uow.system_scope("google push notification"):
        # Named columns: a notification never reads (or decrypts) the stored token.
        row = (
            await uow.session.execute(
                select(c.business_id, c.status, c.channel_token_hash, c.channel_resource_id).where(
                    c.channel_id == note.channel_id
                )
            )
        ).first()
    if row is None:
        return False
    business_id, status, expected_hash, resource_id = row
    if (
        expected_hash is None
        or not secrets.compare_digest(expected_hash, token_hash(note.token))
        or (resource_id and resource_id != note.resource_id)
    ):
        return False
    if note.state == "sync" or status != "connected":
        return True  # the channel's first message, or a grant since revoked: nothing to read
    async with uow.system_scope("queue a calendar sync"):
        await queue.enqueue(
            uow,
            SYNC_JOB,
            {},
            tenant=calendar_context(business_id),
            idempotency_key=f"{SYNC_JOB}:{note.channel_id}:{note.number[:20]}",
            now=now,
        )
    return True
