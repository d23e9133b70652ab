"""Queries on `web_sessions`. A system table: every call here runs in a system scope, since a
session is found by its cookie before any tenant is known."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update

from switchboard.core.db import UnitOfWork
from switchboard.models.credential import Credential
from switchboard.models.web_session import WebSession


async def add(uow: UnitOfWork, session: WebSession) -> WebSession:
    async with uow.system_scope("open a browser session"):
        uow.session.add(session)
        await uow.session.flush()
    return session


async def by_token_hash(uow: UnitOfWork, token_hash: str) -> WebSession | None:
    async with uow.system_scope("find a browser session by its cookie"):
        stmt = select(WebSession).where(WebSession.token_hash == token_hash)
        return (await uow.session.execute(stmt)).scalars().first()


async def credential_live(uow: UnitOfWork, credential_id: uuid.UUID) -> bool:
    async with uow.system_scope("is a session's credential still live"):
        stmt = select(Credential.id).where(
            Credential.id == credential_id, Credential.revoked_at.is_(None)
        )
        return (await uow.session.execute(stmt)).first() is not None


async def revoke(uow: UnitOfWork, session_id: uuid.UUID, when: datetime) -> None:
    async with uow.system_scope("end a browser session"):
        await uow.session.execute(
            update(WebSession)
            .where(WebSession.id == session_id, WebSession.revoked_at.is_(None))
            .values(revoked_at=when)
        )


async def touch(uow: UnitOfWork, session_id: uuid.UUID, when: datetime) -> None:
    async with uow.system_scope("note a browser session's use"):
        await uow.session.execute(
            update(WebSession).where(WebSession.id == session_id).values(last_seen_at=when)
        )
