"""Connecting, reading and disconnecting a business's Google account."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import structlog

from switchboard.calendar_account import readback
from switchboard.calendar_account import state as connect_state
from switchboard.calendar_account.repository import ConnectionRepository
from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.errors import DomainError, InvalidInput, NotFound
from switchboard.integrations.calendar.google import GoogleCalendar, GoogleReadBack
from switchboard.integrations.calendar.google_oauth import (
    CALENDAR_SCOPE,
    GMAIL_SCOPE,
    pkce_pair,
)
from switchboard.integrations.calendar.port import CalendarError, CalendarPort
from switchboard.integrations.errors import ProviderError, ProviderPermanent
from switchboard.jobs import queue
from switchboard.models.calendar import CalendarConnection
from switchboard.scheduling.calendar_sync import WRITE_JOB
from switchboard.scheduling.repository import AppointmentRepository, TechnicianRepository
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger(__name__)
CALLBACK_PATH = "/v1/integrations/google/callback"
BACKFILL_LIMIT = 1000


class GoogleNotEnabled(DomainError):
    status = 409
    type_slug = "google-not-enabled"
    title = "Google Calendar is not enabled on this deployment (CALENDAR_PROVIDER=google)"


class GoogleUnavailable(DomainError):
    status = 502
    type_slug = "google-unavailable"
    title = "Google did not answer; try again"


@dataclass(frozen=True)
class ConnectionView:
    status: str  # not_connected | connected | revoked
    scopes: list[str]
    gmail: bool
    calendar_ids: list[str]
    write_calendar_id: str | None
    technician_calendars: dict[str, str]
    detail: str | None
    connected_at: datetime | None
    tell_customers: bool
    synced_at: datetime | None
    push_until: datetime | None


def google(calendar: CalendarPort) -> GoogleCalendar:
    if not isinstance(calendar, GoogleCalendar):
        raise GoogleNotEnabled()
    return calendar


def redirect_uri(settings: Settings) -> str:
    return settings.google_redirect_url or f"{settings.public_base_url}{CALLBACK_PATH}"


def start(
    uow: UnitOfWork,
    tenant: TenantContext,
    settings: Settings,
    calendar: CalendarPort,
    now: datetime,
    *,
    gmail: bool,
) -> str:
    """The Google consent URL for this owner; the answer comes back to the callback."""
    adapter = google(calendar)
    if tenant.actor.kind not in ("owner_token", "api_key"):
        raise InvalidInput("Connect Google while signed in as the owner.")
    verifier, challenge = pkce_pair()
    sealed = connect_state.seal(
        uow.keyring,
        connect_state.ConnectState(tenant.business_id, uuid.UUID(tenant.actor.id), verifier, gmail),
        now,
    )
    return adapter.oauth.authorization_url(
        redirect_uri=redirect_uri(settings), state=sealed, code_challenge=challenge, gmail=gmail
    )


async def finish(
    db: Database,
    settings: Settings,
    calendar: CalendarPort,
    now: datetime,
    *,
    code: str,
    state: connect_state.ConnectState,
    tenant: TenantContext,
) -> None:
    """Exchange the code (no transaction open meanwhile) and keep the refresh token."""
    adapter = google(calendar)
    if not code or len(code) > 2000:
        raise InvalidInput("Google sent no authorization code.")
    try:
        grant = await adapter.oauth.exchange_code(
            code=code, code_verifier=state.code_verifier, redirect_uri=redirect_uri(settings)
        )
    except ProviderPermanent:
        raise InvalidInput("Google refused the authorization code; connect again.") from None
    except ProviderError:
        raise GoogleUnavailable() from None
    if CALENDAR_SCOPE not in grant.scopes:
        raise InvalidInput("Calendar access was not granted; connect again and allow it.")
    if not grant.refresh_token:
        raise InvalidInput("Google granted no lasting access; connect again.")
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        repo = ConnectionRepository(uow, tenant)
        row = await repo.current()
        if row is None:
            row = CalendarConnection(id=uuid.uuid4(), refresh_token=grant.refresh_token)
            repo.add(row)
        row.refresh_token = grant.refresh_token
        row.status, row.status_detail, row.revoked_at = "connected", None, None
        row.scopes = " ".join(grant.scopes)
        row.connected_by = tenant.actor.label
        row.provider = "google"
        if not row.calendar_ids:
            row.calendar_ids = ["primary"]
        if not row.write_calendar_id:
            row.write_calendar_id = "primary"
        # A new grant starts read back afresh (a new channel and sync token).
        row.sync_token = None
        await readback.start_watching(uow, tenant.business_id, now)
        # The visits already booked appear in the calendar too (and, after a revoked grant,
        # those booked meanwhile); each write is keyed by its appointment, so none doubles.
        upcoming = await AppointmentRepository(uow, tenant).upcoming_ids(now, BACKFILL_LIMIT)
        await queue.enqueue_keyed(
            uow,
            [
                (
                    WRITE_JOB,
                    {"appointment_id": str(a), "event": "connected"},
                    f"{WRITE_JOB}:{a}:connected:{now.isoformat()}",
                )
                for a in upcoming
            ],
            tenant=tenant,
            now=now,
        )
    adapter.forget(tenant.business_id)
    log.info("calendar_connected", business_id=str(tenant.business_id))


async def view(uow: UnitOfWork, tenant: TenantContext) -> ConnectionView:
    row = await ConnectionRepository(uow, tenant).current()
    if row is None:
        return ConnectionView(
            "not_connected", [], False, [], None, {}, None, None, True, None, None
        )
    scopes = row.scopes.split()
    return ConnectionView(
        status=row.status,
        scopes=scopes,
        gmail=GMAIL_SCOPE in scopes,
        calendar_ids=list(row.calendar_ids),
        write_calendar_id=row.write_calendar_id,
        technician_calendars=dict(row.technician_calendars),
        detail=row.status_detail,
        connected_at=row.created_at,
        tell_customers=row.tell_customers,
        synced_at=row.synced_at,
        push_until=row.channel_expires_at,
    )


async def choose_calendars(
    uow: UnitOfWork,
    tenant: TenantContext,
    calendar: CalendarPort,
    now: datetime,
    *,
    calendar_ids: list[str],
    write_calendar_id: str,
    technician_calendars: dict[uuid.UUID, str],
    tell_customers: bool,
) -> ConnectionView:
    adapter = google(calendar)
    row = await ConnectionRepository(uow, tenant).current()
    if row is None:
        raise NotFound("No Google account is connected.")
    technicians = TechnicianRepository(uow, tenant)
    for technician_id in technician_calendars:
        if await technicians.get(technician_id) is None:
            raise NotFound("No such technician.")
    row.calendar_ids = calendar_ids
    row.technician_calendars = {str(k): v for k, v in technician_calendars.items()}
    row.tell_customers = tell_customers
    if write_calendar_id != row.write_calendar_id:
        row.write_calendar_id = write_calendar_id
        row.sync_token = None  # read back follows the new calendar from a fresh listing
        await readback.start_watching(uow, tenant.business_id, now)
    adapter.forget(tenant.business_id)
    return await view(uow, tenant)


async def disconnect(db: Database, tenant: TenantContext, calendar: CalendarPort) -> bool:
    """Revoke the grant at Google (best effort) and forget it; returns whether Google
    confirmed. Sync stops either way: without the stored token nothing can call Google."""
    adapter = google(calendar)
    async with db.unit_of_work(read_only=True) as uow:
        await uow.bind(tenant)
        row = await ConnectionRepository(uow, tenant).current()
        if row is None:
            raise NotFound("No Google account is connected.")
        token = row.refresh_token
        channel = (row.channel_id, row.channel_resource_id or "") if row.channel_id else None
    if channel is not None:
        try:
            await GoogleReadBack(adapter).stop(tenant.business_id, *channel)
        except CalendarError:
            log.info("calendar_channel_stop_failed")  # it expires by itself within a week
    try:
        await adapter.oauth.revoke(token)
        revoked = True
    except ProviderError:
        revoked = False
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        row = await ConnectionRepository(uow, tenant).current()
        if row is not None:
            await uow.session.delete(row)
    adapter.forget(tenant.business_id)
    log.info("calendar_disconnected", business_id=str(tenant.business_id), revoked=revoked)
    return revoked
