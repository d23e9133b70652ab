"""The authentication layer: the only place a request becomes a `TenantContext`."""

from __future__ import annotations

import functools
import uuid
from datetime import datetime, timedelta
from typing import Annotated

import structlog
from fastapi import Cookie, Depends, Header, Request

from switchboard.businesses import repository as business_repo
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep, UowDep
from switchboard.core.errors import Forbidden, Unauthorized
from switchboard.core.security import CredentialKind, admin_key_matches, parse_lookup, secrets_match
from switchboard.models.business import Business
from switchboard.models.credential import Credential
from switchboard.models.web_session import WebSession
from switchboard.tenancy.context import ADMIN_ACTOR, Actor, TenantContext, issue_tenant_context
from switchboard.websessions import service as websessions

_LAST_USED_RESOLUTION = timedelta(hours=1)
CALENDAR_ACTOR = Actor(kind="system", id="google-calendar")
ACCOUNTING_ACTOR = Actor(kind="system", id="accounting")


class TenantSuspended(Forbidden):
    title = "Tenant suspended"


async def _live_session(
    request: Request,
    uow: UnitOfWork,
    db: Database,
    clock: ClockDep,
    settings: SettingsDep,
    token: str,
    role: websessions.Role,
) -> WebSession:
    """The browser session behind a cookie; a write must also carry its CSRF token."""
    session = await websessions.find_live(uow, db, settings, token, role=role, now=clock.now())
    if session is None:
        raise Unauthorized("The session has ended; sign in again.")
    websessions.check_csrf(uow, token, request.method, request.headers.get(websessions.CSRF_HEADER))
    return session


async def require_admin(
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    x_admin_api_key: Annotated[str | None, Header()] = None,
    sb_admin_session: Annotated[str | None, Cookie()] = None,
) -> Actor:
    """The platform operator: the admin key, or an admin console session (CSRF on writes)."""
    if x_admin_api_key is None and sb_admin_session:
        session = await _live_session(request, uow, db, clock, settings, sb_admin_session, "admin")
        return Actor(kind="admin_session", id=str(session.id))
    # No configured key means no admin access at all: never "open when unset".
    if not admin_key_matches(x_admin_api_key, settings.admin_api_key):
        raise Unauthorized("A valid X-Admin-API-Key is required.")
    return ADMIN_ACTOR


async def require_admin_session(
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_admin_session: Annotated[str | None, Cookie()] = None,
) -> Actor:
    """The operator signed in to the admin console in this browser (no key header)."""
    if not sb_admin_session:
        raise Unauthorized("Sign in to the admin console.")
    session = await _live_session(request, uow, db, clock, settings, sb_admin_session, "admin")
    return Actor(kind="admin_session", id=str(session.id))


async def _mark_used_later(db: Database, credential_id: uuid.UUID, at: datetime) -> None:
    if db.writer_busy:
        return  # a read never waits for the writer: a later read notes it
    async with db.unit_of_work() as uow, uow.system_scope("note a credential's last use"):
        await business_repo.mark_used(uow, credential_id, at)


async def _tenant_from_token(
    uow: UowDep, db: Database, clock: ClockDep, token: str, kind: CredentialKind
) -> TenantContext | None:
    lookup = parse_lookup(token, kind)
    if lookup is None:
        return None
    async with uow.system_scope("authenticate credential"):
        credential = await business_repo.active_credential(uow, lookup, kind)
        if credential is None or not secrets_match(token, credential.secret_hash):
            return None
        business = await business_repo.get(uow, credential.business_id)
        now = clock.now()
        if credential.last_used_at is None or now - credential.last_used_at > _LAST_USED_RESOLUTION:
            if uow.read_only:
                # Once an hour per credential, after the read-only request's transaction.
                uow.after_close(functools.partial(_mark_used_later, db, credential.id, now))
            else:
                credential.last_used_at = now
    _check_active(business)
    return issue_tenant_context(credential.business_id, Actor(kind=kind, id=str(credential.id)))


def _check_active(business: Business | None) -> None:
    if business is None:
        raise Unauthorized("Unknown credential.")
    if business.status != "active":
        raise TenantSuspended("This business is suspended.")


async def _bind(uow: UowDep, tenant: TenantContext) -> TenantContext:
    await uow.bind(tenant)
    structlog.contextvars.bind_contextvars(business_id=str(tenant.business_id))
    return tenant


async def owner_token_context(
    uow: UnitOfWork, db: Database, clock: ClockDep, token: str
) -> TenantContext | None:
    """An owner token checked for signing in (unbound: the sign-in opens a session with it).
    None when it is not a live owner token; a suspended business raises."""
    return await _tenant_from_token(uow, db, clock, token, "owner_token")


async def require_owner(
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    x_owner_token: Annotated[str | None, Header()] = None,
    x_api_key: Annotated[str | None, Header()] = None,
    x_business_id: Annotated[str | None, Header()] = None,
    sb_owner_session: Annotated[str | None, Cookie()] = None,
) -> TenantContext:
    """The owner API accepts the tenant's owner token (dashboard) or API key (integrations),
    or the owner's dashboard session cookie (with its CSRF token on writes)."""
    for token, kind in ((x_owner_token, "owner_token"), (x_api_key, "api_key")):
        if token:
            tenant = await _tenant_from_token(uow, db, clock, token, kind)  # type: ignore[arg-type]
            if tenant is None:
                raise Unauthorized("The credential is not valid.")
            return await _bind(uow, tenant)
    if sb_owner_session:
        session = await _live_session(request, uow, db, clock, settings, sb_owner_session, "owner")
        assert session.business_id is not None  # an owner session always names its business
        async with uow.system_scope("owner session's business"):
            business = await business_repo.get(uow, session.business_id)
        _check_active(business)
        actor = Actor(kind="owner_session", id=str(session.id))
        return await _bind(uow, issue_tenant_context(session.business_id, actor))
    if x_business_id and settings.environment == "dev" and settings.allow_business_id_header:
        try:
            business_id = uuid.UUID(x_business_id)
        except ValueError as exc:
            raise Unauthorized("X-Business-ID is not a business id.") from exc
        async with uow.system_scope("dev business header"):
            business = await business_repo.get(uow, business_id)
        _check_active(business)
        return await _bind(uow, issue_tenant_context(business_id, Actor("dev_header", "dev")))
    raise Unauthorized("Send X-Owner-Token or X-API-Key, or sign in to the dashboard.")


async def owner_from_connect_state(
    uow: UnitOfWork, business_id: uuid.UUID, credential_id: uuid.UUID
) -> TenantContext | None:
    """The owner who started an OAuth connection, re-entered when the provider redirects back
    (the redirect carries no header; the sealed, expiring `state` names them). The credential
    must still be live and the business active."""
    async with uow.system_scope("authenticate connect state"):
        credential = await uow.session.get(Credential, credential_id)
        if (
            credential is None
            or credential.business_id != business_id
            or credential.revoked_at is not None
            or credential.kind not in ("owner_token", "api_key")
        ):
            return None
        business = await business_repo.get(uow, business_id)
    _check_active(business)
    tenant = issue_tenant_context(business_id, Actor(kind=credential.kind, id=str(credential.id)))  # type: ignore[arg-type]
    return await _bind(uow, tenant)


async def owner_from_session_state(
    uow: UnitOfWork, business_id: uuid.UUID, session_id: uuid.UUID, now: datetime
) -> TenantContext | None:
    """As `owner_from_connect_state`, for a connection started from the dashboard: the owner's
    web session must still be live (not ended, not expired, its credential not rotated)."""
    async with uow.system_scope("authenticate connect state"):
        session = await uow.session.get(WebSession, session_id)
        if (
            session is None
            or session.role != "owner"
            or session.business_id != business_id
            or session.revoked_at is not None
            or now >= session.expires_at
        ):
            return None
        if session.credential_id is not None:
            credential = await uow.session.get(Credential, session.credential_id)
            if credential is None or credential.revoked_at is not None:
                return None
        business = await business_repo.get(uow, business_id)
    _check_active(business)
    tenant = issue_tenant_context(business_id, Actor(kind="owner_session", id=str(session_id)))
    return await _bind(uow, tenant)


async def require_widget(
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    x_widget_token: Annotated[str | None, Header()] = None,
) -> TenantContext:
    if not x_widget_token:
        raise Unauthorized("Send X-Widget-Token.")
    tenant = await _tenant_from_token(uow, db, clock, x_widget_token, "widget_token")
    if tenant is None:
        raise Unauthorized("The widget token is not valid.")
    return await _bind(uow, tenant)


async def business_for_widget_page(uow: UnitOfWork, token: str) -> Business | None:
    """The active business whose live widget token this is, for the chat page's framing
    policy (which sites may embed it). Issues no tenant context: the page reads nothing else."""
    lookup = parse_lookup(token, "widget_token")
    if lookup is None:
        return None
    async with uow.system_scope("widget page framing policy"):
        credential = await business_repo.active_credential(uow, lookup, "widget_token")
        if credential is None or not secrets_match(token, credential.secret_hash):
            return None
        business = await business_repo.get(uow, credential.business_id)
    return business if business is not None and business.status == "active" else None


AdminDep = Annotated[Actor, Depends(require_admin)]
AdminSessionDep = Annotated[Actor, Depends(require_admin_session)]
OwnerDep = Annotated[TenantContext, Depends(require_owner)]
WidgetDep = Annotated[TenantContext, Depends(require_widget)]


TWILIO_ACTOR = Actor(kind="twilio", id="webhook")


async def tenant_for_twilio_number(uow: UowDep, number: str) -> TenantContext | None:
    """A Twilio webhook whose signature was verified (`auth.twilio`) acts for the active
    business answering on `number` (E.164); the context is bound to the unit of work."""
    async with uow.system_scope("route twilio webhook to its tenant"):
        business = await business_repo.by_phone(uow, number)
    if business is None or business.status != "active":
        return None
    # Held for the unit of work, so the handler's own read of its business is answered from
    # the session's identity map rather than by a second query.
    uow.memo[f"business:{business.id}"] = business
    return await _bind(uow, issue_tenant_context(business.id, TWILIO_ACTOR))


async def tenant_for_twilio_call(uow: UowDep, call_sid: str) -> TenantContext | None:
    """A signed webhook that names no number (Twilio's recording status callback carries
    neither `From` nor `To`) acts for the business whose conversation is that call."""
    if not call_sid:
        return None
    async with uow.system_scope("route twilio webhook to its tenant by call"):
        business = await business_repo.by_call(uow, f"call:{call_sid}")
    if business is None:
        return None
    return await tenant_for_twilio_number(uow, business.phone_number)


async def tenant_for_twilio_business(uow: UowDep, business_id: uuid.UUID) -> TenantContext | None:
    """The business named in a URL we gave Twilio (signed with the webhook)."""
    async with uow.system_scope("route twilio webhook to its tenant by id"):
        business = await business_repo.get(uow, business_id)
    if business is None:
        return None
    return await tenant_for_twilio_number(uow, business.phone_number)


SIGN_IN_CODE_ACTOR = Actor(kind="system", id="sign-in-code")


async def tenant_for_sign_in_code(uow: UnitOfWork, business_id: uuid.UUID) -> TenantContext | None:
    """The business whose owner asked for a one-time sign-in code (found by the owner's phone
    or email in the system scope), to send the code as that business: bound to `uow`."""
    async with uow.system_scope("send an owner sign-in code"):
        business = await business_repo.get(uow, business_id)
    if business is None or business.status != "active":
        return None
    tenant = issue_tenant_context(business.id, SIGN_IN_CODE_ACTOR)
    await uow.bind(tenant)
    return tenant


BILLING_ACTOR = Actor(kind="stripe", id="billing")


async def tenant_for_billing(uow: UnitOfWork, business_id: uuid.UUID) -> TenantContext | None:
    """Billing acts for the business it found in the system scope: the owner of a customer
    named in a verified provider event, or one due its periodic usage check. Bound to `uow`."""
    async with uow.system_scope("route billing work to its tenant"):
        business = await business_repo.get(uow, business_id)
    if business is None:
        return None
    tenant = issue_tenant_context(business.id, BILLING_ACTOR)
    await uow.bind(tenant)
    return tenant


def billing_context(business_id: uuid.UUID) -> TenantContext:
    """Unbound: for enqueueing a business's own billing job from system work."""
    return issue_tenant_context(business_id, BILLING_ACTOR)


def calendar_context(business_id: uuid.UUID) -> TenantContext:
    """Unbound: for enqueueing a business's calendar job from a Google push notification
    (authenticated by its channel token) or the hourly channel renewal."""
    return issue_tenant_context(business_id, CALENDAR_ACTOR)


def accounting_context(business_id: uuid.UUID) -> TenantContext:
    """Unbound: for enqueueing a business's accounting job from a books webhook (found by its
    realm, the signature checked) or the periodic catch-up."""
    return issue_tenant_context(business_id, ACCOUNTING_ACTOR)


async def tenant_for_admin(uow: UnitOfWork, business_id: uuid.UUID) -> TenantContext | None:
    """The platform operator acting on one tenant's data (billing overrides): bound to `uow`.
    None when there is no such business."""
    async with uow.system_scope("admin acts for one tenant"):
        business = await business_repo.get(uow, business_id)
    if business is None:
        return None
    tenant = issue_tenant_context(business.id, ADMIN_ACTOR)
    await uow.bind(tenant)
    return tenant
