"""Owner routes to connect a QuickBooks Online company, and the public OAuth callback.

The callback is where Intuit sends the owner's browser back (`code`, `state`, `realmId`); a
redirect carries no header, so the sealed `state` (accounting_account/state.py) is what
authenticates it. A refused state counts as a failed authentication (rate limited per client
like a wrong token) and stores nothing. The browser then lands on the dashboard's Settings
with `?quickbooks=connected|denied|taken`."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

from switchboard.accounting_account import service
from switchboard.accounting_account import state as connect_state
from switchboard.auth.dependencies import (
    OwnerDep,
    owner_from_connect_state,
    owner_from_session_state,
)
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep, UowDep, request_reads_only
from switchboard.integrations.accounting import AccountingDep
from switchboard.ratelimit.middleware import count_as_auth_failure

router = APIRouter(prefix="/v1/owner/integrations/quickbooks", tags=["accounting"])
callback_router = APIRouter(tags=["accounting"])


class ConnectOut(BaseModel):
    authorization_url: str


class ConnectionOut(BaseModel):
    status: str
    realm_id: str | None
    environment: str | None
    connected_by: str | None
    connected_at: datetime | None
    refresh_expires_at: datetime | None
    detail: str | None
    last_error: str | None
    last_error_at: datetime | None
    synced_at: datetime | None


class DisconnectOut(BaseModel):
    status: str
    revoked_at_intuit: bool


@router.post("/connect", response_model=ConnectOut)
async def connect(
    tenant: OwnerDep,
    uow: UowDep,
    settings: SettingsDep,
    clock: ClockDep,
    accounting: AccountingDep,
) -> ConnectOut:
    url = service.start(uow, tenant, settings, accounting, clock.now())
    return ConnectOut(authorization_url=url)


@router.get("", response_model=ConnectionOut)
async def get_connection(tenant: OwnerDep, uow: UowDep, accounting: AccountingDep) -> ConnectionOut:
    return ConnectionOut(**(await service.view(uow, tenant, accounting)).__dict__)


@router.delete("", response_model=DisconnectOut)
@request_reads_only
async def disconnect(
    tenant: OwnerDep, db: DatabaseDep, accounting: AccountingDep, clock: ClockDep
) -> DisconnectOut:
    revoked = await service.disconnect(db, tenant, accounting, clock.now())
    return DisconnectOut(status="disconnected", revoked_at_intuit=revoked)


@callback_router.get(service.CALLBACK_PATH, status_code=status.HTTP_303_SEE_OTHER)
async def callback(
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    settings: SettingsDep,
    clock: ClockDep,
    accounting: AccountingDep,
    state: str = Query(default="", max_length=2000),
    code: str = Query(default="", max_length=2000),
    realm_id: str = Query(default="", alias="realmId", max_length=64),
    error: str | None = Query(default=None, max_length=200),
) -> Response:
    now = clock.now()
    try:
        sealed = connect_state.unseal(uow.keyring, state, now)
    except connect_state.StateRefused:
        count_as_auth_failure(request)
        raise
    if sealed.actor_kind == "owner_session":
        tenant = await owner_from_session_state(uow, sealed.business_id, sealed.actor_id, now)
    else:
        tenant = await owner_from_connect_state(uow, sealed.business_id, sealed.actor_id)
    if tenant is None:
        count_as_auth_failure(request)
        raise connect_state.StateRefused("The owner who started this connection is signed out.")
    outcome = "denied"
    if error is None:
        try:
            await service.finish(
                db, settings, accounting, now, code=code, realm_id=realm_id, tenant=tenant
            )
            outcome = "connected"
        except service.RealmTaken:
            outcome = "taken"
    query = urlencode({"quickbooks": outcome})
    return RedirectResponse(
        f"{settings.public_base_url}/dashboard/#/settings?{query}",
        status_code=status.HTTP_303_SEE_OTHER,
    )
