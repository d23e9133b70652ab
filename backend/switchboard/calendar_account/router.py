"""Owner routes to connect a Google account, and the public OAuth callback.

The callback is where Google sends the owner's browser back; a redirect carries no header, so
the sealed `state` (calendar_account/state.py) is what authenticates it. A refused state counts
as a failed authentication (rate limited per client like a wrong token) and stores nothing."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Header, Query, Request, Response, status
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, Field

from switchboard.auth.dependencies import OwnerDep, owner_from_connect_state
from switchboard.calendar_account import readback, service
from switchboard.calendar_account import state as connect_state
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep, UowDep, request_reads_only
from switchboard.core.errors import NotFound
from switchboard.integrations.calendar import CalendarDep
from switchboard.ratelimit.middleware import count_as_auth_failure

router = APIRouter(prefix="/v1/owner/integrations/google", tags=["calendar"])
callback_router = APIRouter(tags=["calendar"])


class ConnectIn(BaseModel):
    # Also send owner alerts and customer emails from the owner's Gmail (EMAIL_PROVIDER=gmail).
    gmail: bool = False


class ConnectOut(BaseModel):
    authorization_url: str


class ConnectionOut(BaseModel):
    status: str
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


CalendarId = Annotated[str, Field(min_length=1, max_length=200)]


class CalendarsIn(BaseModel):
    calendar_ids: list[CalendarId] = Field(min_length=1, max_length=10)
    write_calendar_id: CalendarId = "primary"
    technician_calendars: dict[uuid.UUID, CalendarId] = Field(default_factory=dict, max_length=50)
    # A visit moved or deleted in Google tells the customer, as in the dashboard.
    tell_customers: bool = True


class DisconnectOut(BaseModel):
    status: str
    revoked_at_google: bool


def _out(view: service.ConnectionView) -> ConnectionOut:
    return ConnectionOut(**view.__dict__)


@router.post("/connect", response_model=ConnectOut)
async def connect(
    body: ConnectIn,
    tenant: OwnerDep,
    uow: UowDep,
    settings: SettingsDep,
    clock: ClockDep,
    calendar: CalendarDep,
) -> ConnectOut:
    url = service.start(uow, tenant, settings, calendar, clock.now(), gmail=body.gmail)
    return ConnectOut(authorization_url=url)


@router.get("", response_model=ConnectionOut)
async def get_connection(tenant: OwnerDep, uow: UowDep) -> ConnectionOut:
    return _out(await service.view(uow, tenant))


@router.put("/calendars", response_model=ConnectionOut)
async def choose_calendars(
    body: CalendarsIn, tenant: OwnerDep, uow: UowDep, calendar: CalendarDep, clock: ClockDep
) -> ConnectionOut:
    view = await service.choose_calendars(
        uow,
        tenant,
        calendar,
        clock.now(),
        calendar_ids=body.calendar_ids,
        write_calendar_id=body.write_calendar_id,
        technician_calendars=body.technician_calendars,
        tell_customers=body.tell_customers,
    )
    return _out(view)


@router.delete("", response_model=DisconnectOut)
@request_reads_only
async def disconnect(tenant: OwnerDep, db: DatabaseDep, calendar: CalendarDep) -> DisconnectOut:
    revoked = await service.disconnect(db, tenant, calendar)
    return DisconnectOut(status="not_connected", revoked_at_google=revoked)


@callback_router.get(service.CALLBACK_PATH, status_code=status.HTTP_303_SEE_OTHER)
async def callback(
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    settings: SettingsDep,
    clock: ClockDep,
    calendar: CalendarDep,
    state: str = Query(default="", max_length=2000),
    code: str = Query(default="", max_length=2000),
    error: str | None = Query(default=None, max_length=200),
) -> Response:
    now = clock.now()
    try:
        sealed = connect_state.unseal(uow.keyring, state, now)
    except connect_state.StateRefused:
        count_as_auth_failure(request)
        raise
    tenant = await owner_from_connect_state(uow, sealed.business_id, sealed.credential_id)
    if tenant is None:
        count_as_auth_failure(request)
        raise connect_state.StateRefused("The owner who started this connection is signed out.")
    if error is None:
        await service.finish(db, settings, calendar, now, code=code, state=sealed, tenant=tenant)
    outcome = "connected" if error is None else "denied"
    query = urlencode({"google": outcome})
    return RedirectResponse(
        f"{settings.public_base_url}/dashboard/#/settings?{query}",
        status_code=status.HTTP_303_SEE_OTHER,
    )


@callback_router.post(readback.NOTIFY_PATH, status_code=status.HTTP_200_OK)
async def notification(
    request: Request,
    uow: UowDep,
    clock: ClockDep,
    x_goog_channel_id: str = Header(default="", max_length=64),
    x_goog_channel_token: str = Header(default="", max_length=256),
    x_goog_resource_id: str = Header(default="", max_length=200),
    x_goog_resource_state: str = Header(default="", max_length=20),
    x_goog_message_number: str = Header(default="", max_length=20),
) -> Response:
    """Google's push: "something changed in this calendar" (no content; a sync job reads it).
    The channel's secret token authenticates it; anything else is 404 and counted."""
    note = readback.Notification(
        channel_id=x_goog_channel_id,
        token=x_goog_channel_token,
        resource_id=x_goog_resource_id,
        state=x_goog_resource_state,
        number=x_goog_message_number,
    )
    if not note.channel_id or not await readback.notified(uow, note, clock.now()):
        count_as_auth_failure(request)
        raise NotFound("No such channel.")
    return Response(status_code=status.HTTP_200_OK)
