"""Browser sessions: opened by a credential, found by their cookie, ended by sign-out, by
their lifetime, by idleness, or (owner) when the owner token they were opened with is rotated.

The cookie holds 256 random bits; only their SHA-256 is stored. The CSRF token is an HMAC of
the cookie's token under SECRET_KEY: the page reads it from the sign-in answer (or
`GET .../session`) and sends it as `X-CSRF-Token` on every write; a page on another site can
neither read it nor set the header without a CORS grant, which the app never gives.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from switchboard.core.config import Settings
from switchboard.core.db import Database, UnitOfWork
from switchboard.core.errors import Forbidden
from switchboard.models.web_session import WebSession
from switchboard.websessions import repository

Role = Literal["owner", "admin"]
COOKIES: dict[Role, str] = {"owner": "sb_owner_session", "admin": "sb_admin_session"}
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# A session's last use is written at most this often (a read never waits for the writer).
_TOUCH_RESOLUTION = timedelta(minutes=5)


class CsrfRejected(Forbidden):
    type_slug = "csrf-rejected"
    title = "CSRF token missing or wrong"


@dataclass(frozen=True)
class Opened:
    token: str
    session: WebSession


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def lifetimes(settings: Settings, role: Role) -> tuple[timedelta, timedelta]:
    """(absolute lifetime, idle limit) for a role's sessions."""
    if role == "admin":
        return (
            timedelta(seconds=settings.admin_session_ttl_s),
            timedelta(seconds=settings.admin_session_idle_s),
        )
    return (
        timedelta(seconds=settings.owner_session_ttl_s),
        timedelta(seconds=settings.owner_session_idle_s),
    )


def csrf_token(uow: UnitOfWork, token: str) -> str:
    return uow.keyring.digest("csrf:" + token)


def csrf_matches(uow: UnitOfWork, token: str, presented: str | None) -> bool:
    if not presented:
        return False
    return any(
        hmac.compare_digest(expected, presented)
        for expected in uow.keyring.digests("csrf:" + token)
    )


async def open_session(
    uow: UnitOfWork,
    settings: Settings,
    *,
    role: Role,
    now: datetime,
    business_id: uuid.UUID | None = None,
    credential_id: uuid.UUID | None = None,
) -> Opened:
    token = secrets.token_urlsafe(32)
    ttl, _ = lifetimes(settings, role)
    session = WebSession(
        token_hash=_hash(token),
        role=role,
        business_id=business_id,
        credential_id=credential_id,
        created_at=now,
        expires_at=now + ttl,
        last_seen_at=now,
    )
    await repository.add(uow, session)
    return Opened(token=token, session=session)


async def _touch_later(db: Database, session_id: uuid.UUID, at: datetime) -> None:
    if db.writer_busy:
        return
    async with db.unit_of_work() as uow:
        await repository.touch(uow, session_id, at)


async def find_live(
    uow: UnitOfWork,
    db: Database,
    settings: Settings,
    token: str,
    *,
    role: Role,
    now: datetime,
) -> WebSession | None:
    """The live session this cookie names, or None (unknown, ended, expired, idle, or opened
    with an owner token since rotated). Notes the use, at most every few minutes."""
    session = await repository.by_token_hash(uow, _hash(token))
    if session is None or session.role != role or session.revoked_at is not None:
        return None
    _, idle = lifetimes(settings, role)
    if now >= session.expires_at or now - session.last_seen_at >= idle:
        return None
    if session.credential_id is not None and not await repository.credential_live(
        uow, session.credential_id
    ):
        return None
    if now - session.last_seen_at >= _TOUCH_RESOLUTION:
        if uow.read_only:
            uow.after_close(functools.partial(_touch_later, db, session.id, now))
        else:
            await repository.touch(uow, session.id, now)
    return session


def check_csrf(uow: UnitOfWork, token: str, method: str, presented: str | None) -> None:
    """A write made with the cookie must carry the session's CSRF token."""
    if method.upper() in SAFE_METHODS:
        return
    if not csrf_matches(uow, token, presented):
        raise CsrfRejected(f"Send the session's {CSRF_HEADER} header with every change.")


async def end(uow: UnitOfWork, session: WebSession, now: datetime) -> None:
    await repository.revoke(uow, session.id, now)
