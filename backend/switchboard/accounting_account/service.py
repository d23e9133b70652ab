"""Connecting, reading and disconnecting a business's QuickBooks Online company."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import structlog
from sqlalchemy import select

from switchboard.accounting_account import state as connect_state
from switchboard.accounting_account.repository import ConnectionRepository
from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.errors import DomainError, InvalidInput, NotFound
from switchboard.integrations.accounting.intuit_oauth import GrantRefused
from switchboard.integrations.accounting.port import AccountingPort
from switchboard.integrations.accounting.quickbooks import QuickBooksAccounting
from switchboard.integrations.errors import ProviderError
from switchboard.models.accounting import AccountingConnection
from switchboard.tenancy.context import TenantContext

log = structlog.get_logger(__name__)
CALLBACK_PATH = "/v1/integrations/quickbooks/callback"
# Intuit's company ids are digits (up to 20 or so); anything else is not a realm.
_REALM_MAX = 32
_OWNER_KINDS = ("owner_token", "api_key", "owner_session")


class QuickBooksNotEnabled(DomainError):
    status = 409
    type_slug = "quickbooks-not-enabled"
    title = "QuickBooks is not enabled on this deployment (ACCOUNTING_PROVIDER=quickbooks)"


class QuickBooksUnavailable(DomainError):
    status = 502
    type_slug = "quickbooks-unavailable"
    title = "Intuit did not answer; try again"


class RealmTaken(Exception):
    """The QuickBooks company is already linked to another business."""


@dataclass(frozen=True)
class ConnectionView:
    status: str  # not_connected | connected | expired | disconnected
    realm_id: str | None
    environment: str | None
    connected_by: str | None
    connected_at: datetime | None
    refresh_expires_at: datetime | None
    detail: str | None
    last_error: str | None
    last_error_at: datetime | None
    synced_at: datetime | None


def quickbooks(accounting: AccountingPort) -> QuickBooksAccounting:
    if not isinstance(accounting, QuickBooksAccounting):
        raise QuickBooksNotEnabled()
    return accounting


def redirect_uri(settings: Settings) -> str:
    return settings.quickbooks_redirect_url or f"{settings.public_base_url}{CALLBACK_PATH}"


def start(
    uow: UnitOfWork,
    tenant: TenantContext,
    settings: Settings,
    accounting: AccountingPort,
    now: datetime,
) -> str:
    """Intuit's consent URL for this owner; the answer comes back to the callback."""
    adapter = quickbooks(accounting)
    if tenant.actor.kind not in _OWNER_KINDS:
        raise InvalidInput("Connect QuickBooks while signed in as the owner.")
    sealed = connect_state.seal(
        uow.keyring,
        connect_state.ConnectState(
            tenant.business_id, uuid.UUID(tenant.actor.id), tenant.actor.kind
        ),
        now,
    )
    return adapter.oauth.authorization_url(redirect_uri=redirect_uri(settings), state=sealed)


def valid_realm(realm_id: str) -> bool:
    return 0 < len(realm_id) <= _REALM_MAX and realm_id.isascii() and realm_id.isdigit()


async def realm_taken(uow: UnitOfWork, business_id: uuid.UUID, realm_id: str) -> bool:
    """Whether another business holds this company (connected, or expired and waiting for its
    owner to reconnect). Read across tenants under an explicit system scope: only a yes/no
    leaves this function."""
    c = AccountingConnection
    async with uow.system_scope("is this QuickBooks company linked elsewhere"):
        other = await uow.session.scalar(
            select(c.id).where(
                c.realm_id == realm_id,
                c.provider == "quickbooks",
                c.business_id != business_id,
                c.status.in_(("connected", "expired")),
            )
        )
    return other is not None


async def finish(
    db: Database,
    settings: Settings,
    accounting: AccountingPort,
    now: datetime,
    *,
    code: str,
    realm_id: str,
    tenant: TenantContext,
) -> None:
    """Exchange the code (no transaction open meanwhile) and keep the grant, encrypted."""
    adapter = quickbooks(accounting)
    if not code or len(code) > 2000:
        raise InvalidInput("Intuit sent no authorization code.")
    if not valid_realm(realm_id):
        raise InvalidInput("Intuit sent no QuickBooks company id (realmId).")
    async with db.unit_of_work(read_only=True) as uow:
        if await realm_taken(uow, tenant.business_id, realm_id):
            raise RealmTaken()
    try:
        tokens = await adapter.oauth.exchange_code(
            code=code, redirect_uri=redirect_uri(settings), now=now
        )
    except GrantRefused:
        raise InvalidInput("Intuit refused the authorization code; connect again.") from None
    except ProviderError:
        raise QuickBooksUnavailable() from None
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        # Checked again in the writing transaction: two businesses finishing at once.
        if await realm_taken(uow, tenant.business_id, realm_id):
            raise RealmTaken()
        repo = ConnectionRepository(uow, tenant)
        row = await repo.current()
        if row is None:
            row = AccountingConnection(id=uuid.uuid4(), realm_id=realm_id)
            repo.add(row)
        if row.realm_id != realm_id:
            row.synced_at = None  # another company: change capture starts afresh
        row.provider = "quickbooks"
        row.realm_id = realm_id
        row.status, row.status_detail = "connected", None
        row.refresh_token = tokens.refresh_token
        row.access_token = tokens.access_token
        row.access_expires_at = tokens.access_expires_at
        row.refresh_expires_at = tokens.refresh_expires_at
        row.connected_by = tenant.actor.label[:80]
        row.last_error, row.last_error_at = None, None
    log.info("accounting_connected", business_id=str(tenant.business_id))


async def view(
    uow: UnitOfWork, tenant: TenantContext, accounting: AccountingPort
) -> ConnectionView:
    row = await ConnectionRepository(uow, tenant).current()
    environment = accounting.environment if isinstance(accounting, QuickBooksAccounting) else None
    if row is None:
        return ConnectionView(
            "not_connected", None, environment, None, None, None, None, None, None, None
        )
    return ConnectionView(
        status=row.status,
        realm_id=row.realm_id,
        environment=environment,
        connected_by=row.connected_by or None,
        connected_at=row.created_at,
        refresh_expires_at=row.refresh_expires_at if row.status == "connected" else None,
        detail=row.status_detail,
        last_error=row.last_error,
        last_error_at=row.last_error_at,
        synced_at=row.synced_at,
    )


async def disconnect(
    db: Database, tenant: TenantContext, accounting: AccountingPort, now: datetime
) -> bool:
    """Revoke the grant at Intuit (best effort), mark the connection `disconnected` and forget
    its tokens; returns whether Intuit confirmed. Sync stops either way: without the stored
    tokens nothing can call QuickBooks."""
    adapter = quickbooks(accounting)
    async with db.unit_of_work(read_only=True) as uow:
        await uow.bind(tenant)
        row = await ConnectionRepository(uow, tenant).current()
        if row is None or row.status == "disconnected":
            raise NotFound("No QuickBooks company is connected.")
        token = row.refresh_token or row.access_token
    revoked = False
    if token:
        try:
            await adapter.oauth.revoke(token)
            revoked = True
        except ProviderError:
            revoked = False
    async with db.unit_of_work() as uow:
        await uow.bind(tenant)
        row = await ConnectionRepository(uow, tenant).current()
        if row is not None:
            row.status = "disconnected"
            row.status_detail = None if revoked else "Intuit did not confirm the revocation"
            row.refresh_token = row.access_token = None
            row.access_expires_at = row.refresh_expires_at = None
    log.info("accounting_disconnected", business_id=str(tenant.business_id), revoked=revoked)
    return revoked
