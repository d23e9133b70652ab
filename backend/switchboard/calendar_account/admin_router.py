"""Admin health of the Google connections: which businesses' grants Google refused (the owner
must reconnect), and how fresh each read back is."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel
from sqlalchemy import select

from switchboard.auth.dependencies import AdminDep
from switchboard.core.deps import UowDep
from switchboard.models.calendar import CalendarConnection

router = APIRouter(prefix="/v1/admin/integrations/google", tags=["admin"])


class ConnectionHealth(BaseModel):
    business_id: uuid.UUID
    status: str
    detail: str | None
    revoked_at: datetime | None
    synced_at: datetime | None
    push_until: datetime | None


class ConnectionHealthList(BaseModel):
    items: list[ConnectionHealth]


@router.get("", response_model=ConnectionHealthList)
async def connections(
    actor: AdminDep,
    uow: UowDep,
    status: Literal["connected", "revoked"] | None = Query(default=None),
    limit: int = Query(default=200, ge=1, le=1000),
) -> ConnectionHealthList:
    # Named columns only: the refresh token is never read (nor decrypted) for a health list.
    c = CalendarConnection
    stmt = (
        select(
            c.business_id,
            c.status,
            c.status_detail,
            c.revoked_at,
            c.synced_at,
            c.channel_expires_at,
        )
        .order_by(c.updated_at.desc())
        .limit(limit)
    )
    if status is not None:
        stmt = stmt.where(c.status == status)
    async with uow.system_scope("admin reads calendar connection health"):
        rows = (await uow.session.execute(stmt)).all()
    return ConnectionHealthList(
        items=[
            ConnectionHealth(
                business_id=r[0],
                status=r[1],
                detail=r[2],
                revoked_at=r[3],
                synced_at=r[4],
                push_until=r[5],
            )
            for r in rows
        ]
    )
