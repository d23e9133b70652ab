"""Sign-in, session and sign-out for the owner dashboard and the admin console.

`POST /v1/auth/{role}/login` exchanges a credential for an HttpOnly, SameSite=Strict cookie
(Secure when PUBLIC_BASE_URL is https) and answers the session's CSRF token. Failed sign-ins
count per client address (LOGIN_FAILURE_LIMIT per LOGIN_FAILURE_WINDOW_S, then 429), on top of
the app-wide failed-authentication lockout that every 401 feeds.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Cookie, Request, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from switchboard.auth.dependencies import owner_token_context, tenant_for_sign_in_code
from switchboard.businesses import repository as business_repo
from switchboard.core.config import Settings
from switchboard.core.db import UnitOfWork
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep, UowDep, request_reads_only
from switchboard.core.errors import Unauthorized
from switchboard.core.security import admin_key_matches
from switchboard.models.web_session import WebSession
from switchboard.ratelimit import counters
from switchboard.ratelimit.middleware import client_address
from switchboard.websessions import codes, service
from switchboard.websessions.schemas import (
    AdminSignIn,
    CodeRequest,
    CodeSent,
    CodeSignIn,
    OwnerSignIn,
    SessionOut,
)

router = APIRouter(prefix="/v1/auth", tags=["sign-in"])


def _set_cookie(response: Response, settings: Settings, role: service.Role, token: str) -> None:
    ttl, _ = service.lifetimes(settings, role)
    response.set_cookie(
        service.COOKIES[role],
        token,
        max_age=int(ttl.total_seconds()),
        path="/",
        httponly=True,
        samesite="strict",
        secure=settings.public_base_url.startswith("https://"),
    )


def _clear_cookie(response: Response, settings: Settings, role: service.Role) -> None:
    response.delete_cookie(
        service.COOKIES[role],
        path="/",
        httponly=True,
        samesite="strict",
        secure=settings.public_base_url.startswith("https://"),
    )


def _out(uow: UnitOfWork, session: WebSession, token: str) -> SessionOut:
    return SessionOut(
        role=session.role,
        business_id=session.business_id,
        csrf_token=service.csrf_token(uow, token),
        expires_at=session.expires_at,
    )


class _Attempts:
    """Failed sign-ins (or, with prefix "code", code requests) from one client address, in
    the shared counters."""

    def __init__(
        self, request: Request, settings: Settings, clock: ClockDep, prefix: str = "login"
    ) -> None:
        address = client_address(
            request.scope,
            trust_forwarded_for=settings.trust_forwarded_for,
            proxy_hops=settings.trusted_proxy_hops,
        )
        self.key = f"{prefix}:{address}"
        self.window = timedelta(seconds=settings.login_failure_window_s)
        self.limit = settings.login_failure_limit
        self.clock = clock

    async def refuse_if_locked(self, uow: UnitOfWork) -> None:
        if await counters.current(uow, self.key, self.clock.now(), self.window) >= self.limit:
            raise StarletteHTTPException(
                429,
                "Too many failed sign-ins; try again later.",
                headers={"retry-after": str(int(self.window.total_seconds()))},
            )

    async def fail(self, db: DatabaseDep) -> Unauthorized:
        async with db.unit_of_work() as write:
            await self.count(write)
        return Unauthorized("That sign-in did not work.")

    async def count(self, write: UnitOfWork) -> None:
        await counters.increment(write, self.key, self.clock.now(), self.window)


async def _sign_in(
    write: UnitOfWork,
    db: DatabaseDep,
    settings: Settings,
    clock: ClockDep,
    role: service.Role,
    previous: str | None,
    *,
    business_id: uuid.UUID | None = None,
    credential_id: uuid.UUID | None = None,
) -> tuple[SessionOut, str]:
    """A sign-in always makes a new session; the one this browser held before ends. Returns
    the answer and the token for the cookie."""
    if previous:
        old = await service.find_live(write, db, settings, previous, role=role, now=clock.now())
        if old is not None:
            await service.end(write, old, clock.now())
    opened = await service.open_session(
        write,
        settings,
        role=role,
        now=clock.now(),
        business_id=business_id,
        credential_id=credential_id,
    )
    return _out(write, opened.session, opened.token), opened.token


@router.post("/owner/login", response_model=SessionOut)
@request_reads_only
async def owner_login(
    body: OwnerSignIn,
    request: Request,
    response: Response,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_owner_session: Annotated[str | None, Cookie()] = None,
) -> SessionOut:
    """Sign in to the dashboard with the business's owner token."""
    attempts = _Attempts(request, settings, clock)
    await attempts.refuse_if_locked(uow)
    tenant = await owner_token_context(uow, db, clock, body.owner_token)
    if tenant is None:
        raise await attempts.fail(db)
    async with db.unit_of_work() as write:
        out, token = await _sign_in(
            write,
            db,
            settings,
            clock,
            "owner",
            sb_owner_session,
            business_id=tenant.business_id,
            credential_id=uuid.UUID(tenant.actor.id),
        )
    _set_cookie(response, settings, "owner", token)
    return out


@router.post("/owner/code", response_model=CodeSent, status_code=202)
@request_reads_only
async def request_code(
    body: CodeRequest,
    request: Request,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
) -> CodeSent:
    """Text (or email) a one-time sign-in code to the owner with this phone or email. The
    answer is the same whether or not it belongs to an owner."""
    contact = codes.parse_contact(body.contact)
    attempts = _Attempts(request, settings, clock, prefix="code")
    await attempts.refuse_if_locked(uow)
    async with uow.system_scope("find the owner asking for a sign-in code"):
        owned = await business_repo.by_owner_contact(uow, phone=contact.phone, email=contact.email)
    async with db.unit_of_work() as write:
        await attempts.count(write)
    for business in owned:
        async with db.unit_of_work() as write:
            tenant = await tenant_for_sign_in_code(write, business.id)
            if tenant is not None:
                await codes.send_code(write, tenant, business, contact, settings, clock)
    return CodeSent()


@router.post("/owner/code/verify", response_model=SessionOut)
@request_reads_only
async def sign_in_with_code(
    body: CodeSignIn,
    request: Request,
    response: Response,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_owner_session: Annotated[str | None, Cookie()] = None,
) -> SessionOut:
    """Sign in to the dashboard with the code; it works once."""
    contact = codes.parse_contact(body.contact)
    attempts = _Attempts(request, settings, clock)
    await attempts.refuse_if_locked(uow)
    async with db.unit_of_work() as write:
        business_id = await codes.redeem(write, contact, body.code, clock.now())
        if business_id is None:
            await attempts.count(write)
        else:
            tenant = await tenant_for_sign_in_code(write, business_id)
            if tenant is not None:
                out, token = await _sign_in(
                    write,
                    db,
                    settings,
                    clock,
                    "owner",
                    sb_owner_session,
                    business_id=business_id,
                )
    if business_id is None or tenant is None:
        raise Unauthorized("That code did not work.")
    _set_cookie(response, settings, "owner", token)
    return out


@router.post("/admin/login", response_model=SessionOut)
@request_reads_only
async def admin_login(
    body: AdminSignIn,
    request: Request,
    response: Response,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_admin_session: Annotated[str | None, Cookie()] = None,
) -> SessionOut:
    """Sign in to the admin console with the platform's admin key."""
    attempts = _Attempts(request, settings, clock)
    await attempts.refuse_if_locked(uow)
    if not admin_key_matches(body.admin_key, settings.admin_api_key):
        raise await attempts.fail(db)
    async with db.unit_of_work() as write:
        out, token = await _sign_in(write, db, settings, clock, "admin", sb_admin_session)
    _set_cookie(response, settings, "admin", token)
    return out


async def _current(
    uow: UnitOfWork,
    db: DatabaseDep,
    settings: Settings,
    clock: ClockDep,
    role: service.Role,
    token: str | None,
) -> SessionOut:
    session = (
        await service.find_live(uow, db, settings, token, role=role, now=clock.now())
        if token
        else None
    )
    if session is None or token is None:
        raise Unauthorized("Not signed in.")
    return _out(uow, session, token)


@router.get("/owner/session", response_model=SessionOut)
async def owner_session(
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_owner_session: Annotated[str | None, Cookie()] = None,
) -> SessionOut:
    """The dashboard session in this browser, with its CSRF token (after a page reload)."""
    return await _current(uow, db, settings, clock, "owner", sb_owner_session)


@router.get("/admin/session", response_model=SessionOut)
async def admin_session(
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_admin_session: Annotated[str | None, Cookie()] = None,
) -> SessionOut:
    """The admin console session in this browser, with its CSRF token."""
    return await _current(uow, db, settings, clock, "admin", sb_admin_session)


async def _logout(
    request: Request,
    response: Response,
    uow: UnitOfWork,
    db: DatabaseDep,
    settings: Settings,
    clock: ClockDep,
    role: service.Role,
    token: str | None,
) -> None:
    if token:
        session = await service.find_live(uow, db, settings, token, role=role, now=clock.now())
        if session is not None:
            # Another site must not be able to sign the owner out either.
            service.check_csrf(uow, token, request.method, request.headers.get(service.CSRF_HEADER))
            await service.end(uow, session, clock.now())
    _clear_cookie(response, settings, role)
    response.status_code = 204


@router.post("/owner/logout", status_code=204, response_class=Response)
async def owner_logout(
    request: Request,
    response: Response,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_owner_session: Annotated[str | None, Cookie()] = None,
) -> None:
    """Sign out: the session ends on the server and the cookie is cleared."""
    await _logout(request, response, uow, db, settings, clock, "owner", sb_owner_session)


@router.post("/admin/logout", status_code=204, response_class=Response)
async def admin_logout(
    request: Request,
    response: Response,
    uow: UowDep,
    db: DatabaseDep,
    clock: ClockDep,
    settings: SettingsDep,
    sb_admin_session: Annotated[str | None, Cookie()] = None,
) -> None:
    """Sign out of the admin console."""
    await _logout(request, response, uow, db, settings, clock, "admin", sb_admin_session)
