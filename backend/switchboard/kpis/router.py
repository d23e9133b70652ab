"""`GET /v1/owner/kpis`: the dashboard's key figures over a period of local days."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query

from switchboard.auth.dependencies import OwnerDep
from switchboard.businesses import service as businesses
from switchboard.core.bounds import SaneDate
from switchboard.core.deps import ClockDep, UowDep
from switchboard.kpis import service
from switchboard.kpis.schemas import Kpis

router = APIRouter(prefix="/v1/owner", tags=["kpis"])


@router.get("/kpis", response_model=Kpis)
async def get_kpis(
    tenant: OwnerDep,
    uow: UowDep,
    clock: ClockDep,
    start: SaneDate | None = Query(default=None, description="first local day (YYYY-MM-DD)"),
    end: SaneDate | None = Query(default=None, description="last local day, inclusive"),
) -> Kpis:
    """Calls answered, bookings, conversion, missed-call recovery, after-hours bookings,
    emergencies, revenue booked and callback response time; the last 7 days by default."""
    business = await businesses.get_own_business(uow, tenant)
    today = clock.now().astimezone(ZoneInfo(business.timezone)).date()
    last = end or today
    first = start or last - timedelta(days=6)
    return await service.figures(uow, tenant, first, last)
