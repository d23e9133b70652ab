"""The platform operator's console API (`/v1/admin/...`, the admin credential): the platform
overview, a tenant's usage, onboarding checklist and set-up values, integration health, and
the audit and security logs with their exports."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Query, Response, status

from switchboard.admin import health
from switchboard.admin import service as console
from switchboard.admin.schemas import (
    AuditList,
    AuditOut,
    HealthList,
    HealthOut,
    SecurityEventList,
    SecurityEventOut,
)
from switchboard.audit import service as audit
from switchboard.auth.dependencies import AdminDep
from switchboard.businesses import service as businesses
from switchboard.core.bounds import SaneInstant
from switchboard.core.deps import ClockDep, SettingsDep, UowDep
from switchboard.exports.spreadsheet import to_csv
from switchboard.jobs import platform_events
from switchboard.models.platform_job_event import PlatformJobEvent
from switchboard.security_events import service as security_events

router = APIRouter(prefix="/v1/admin", tags=["admin"])

Days = Query(default=30, ge=1, le=90, description="the period: this many days up to now")
Format = Literal["json", "csv"]


@router.get("/overview")
async def overview(_: AdminDep, uow: UowDep, clock: ClockDep, days: int = Days) -> dict[str, Any]:
    """Every tenant's calls, texts, bookings and failures over the period, with totals."""
    data = await console.overview(uow, console.Period.last_days(clock.now(), days))
    failing = await health.failing_by_tenant(uow)
    for row in data["by_tenant"]:
        row["failing_checks"] = failing.get(str(row["id"]), 0)
    data["failing_platform_checks"] = failing.get(health.PLATFORM, 0)
    data["security_events"] = await _security_counts(uow, data["since"])
    return data


async def _security_counts(uow: UowDep, since: datetime) -> dict[str, int]:
    events = await security_events.list_events(uow, since=since, limit=10_000)
    counts = {kind: 0 for kind in security_events.KINDS}
    for event in events:
        counts[event.kind] = counts.get(event.kind, 0) + 1
    return counts


@router.get("/businesses/{business_id}/usage")
async def tenant_usage(
    business_id: uuid.UUID, _: AdminDep, uow: UowDep, clock: ClockDep, days: int = Days
) -> dict[str, Any]:
    """Calls, texts, bookings and failures per day (in the tenant's zone) and in total."""
    return await console.tenant_usage(uow, business_id, console.Period.last_days(clock.now(), days))


@router.get("/businesses/{business_id}/checklist")
async def onboarding_checklist(business_id: uuid.UUID, _: AdminDep, uow: UowDep) -> dict[str, Any]:
    return await console.checklist(uow, business_id)


@router.get("/businesses/{business_id}/setup")
async def setup_values(
    business_id: uuid.UUID, _: AdminDep, uow: UowDep, settings: SettingsDep
) -> dict[str, Any]:
    """The Twilio number's webhook URLs to paste, and the widget snippet (its token is shown
    only when issued or rotated)."""
    business = await businesses.get_business(uow, business_id)
    return console.setup(business, settings.public_base_url)


@router.get("/health", response_model=HealthList)
async def integration_health(
    _: AdminDep, uow: UowDep, business_id: uuid.UUID | None = None
) -> HealthList:
    """The latest checks, platform-wide or for one tenant (`business_id`). Checks run as a
    job every ten minutes; `POST /v1/admin/health/checks` asks for one now."""
    if business_id is not None:
        await businesses.get_business(uow, business_id)
    rows = await health.read(uow, business_id)
    return HealthList(
        scope=health.PLATFORM if business_id is None else str(business_id),
        items=[HealthOut.model_validate(r) for r in rows],
    )


@router.post("/health/checks", status_code=status.HTTP_202_ACCEPTED)
async def run_checks(_: AdminDep, uow: UowDep, clock: ClockDep) -> dict[str, Any]:
    """Queue the checks now (at most one queued run a minute); the page reloads the results."""
    job_id = await health.request_check(uow, clock.now())
    return {"queued": job_id is not None, "job_id": job_id}


AUDIT_COLUMNS = [
    "at",
    "business_id",
    "actor_kind",
    "actor_id",
    "action",
    "target_type",
    "target_id",
    "details",
    "request_id",
]


@router.get("/audit", response_model=AuditList)
async def audit_events(
    _: AdminDep,
    uow: UowDep,
    business_id: uuid.UUID | None = None,
    action: str | None = Query(default=None, max_length=80),
    actor_kind: str | None = Query(default=None, max_length=20),
    since: SaneInstant | None = None,
    until: SaneInstant | None = None,
    scope: Literal["platform", "tenant"] | None = None,
    limit: int = Query(default=200, ge=1, le=5000),
    format: Format = "json",
) -> Any:
    """Every admin and owner change across tenants, and the platform jobs' trail (failed
    runs, the operator's retries and discards; `business_id` null), newest first.
    `scope=platform` only the platform's, `tenant` only tenants'; `format=csv` downloads."""
    items: list[AuditOut] = []
    if scope != "platform":
        events = await audit.list_all(
            uow,
            business_id=business_id,
            action=action,
            actor_kind=actor_kind,
            since=since,
            until=until,
            limit=limit,
        )
        items += [AuditOut.model_validate(e) for e in events]
    wanted = _platform_action(action)
    if scope != "tenant" and business_id is None and wanted is not False:
        platform = await platform_events.list_events(
            uow,
            event=wanted or None,
            actor_kind=actor_kind,
            since=since,
            until=until,
            limit=limit,
        )
        items += [_platform_out(e) for e in platform]
        items = sorted(items, key=lambda i: i.at, reverse=True)[:limit]
    if format == "csv":
        rows = [i.model_dump(mode="json") for i in items]
        return _csv(AUDIT_COLUMNS, rows, "audit.csv")
    return AuditList(items=items)


def _platform_action(action: str | None) -> str | Literal[False] | None:
    """The platform event an action filter names: None for no filter, "" for every job
    event (`job`), the event for `job.<event>`, False when it names no job event."""
    if not action:
        return None
    if action == "job":
        return ""
    event = action.removeprefix("job.")
    return event if action.startswith("job.") and event in platform_events.EVENTS else False


def _platform_out(event: PlatformJobEvent) -> AuditOut:
    return AuditOut(
        id=event.id,
        business_id=None,
        at=event.at,
        actor_kind=event.actor_kind,
        actor_id=event.actor_id,
        action=f"job.{event.event}",
        target_type="job",
        target_id=str(event.job_id),
        details={"kind": event.kind, "attempt": event.attempt}
        | ({"error": event.detail} if event.detail else {}),
        request_id=None,
    )


SECURITY_COLUMNS = ["at", "kind", "surface", "status", "client_ref", "business_id", "details"]


@router.get("/security-events", response_model=SecurityEventList)
async def list_security_events(
    _: AdminDep,
    uow: UowDep,
    kind: Literal[security_events.KINDS] | None = None,  # type: ignore[valid-type]
    surface: str | None = Query(default=None, max_length=20),
    business_id: uuid.UUID | None = None,
    since: SaneInstant | None = None,
    until: SaneInstant | None = None,
    limit: int = Query(default=200, ge=1, le=5000),
    format: Format = "json",
) -> Any:
    """Refused credentials and signatures, lockouts and operator sign-ins, newest first. The
    client is a keyed pseudonym, never an address."""
    events = await security_events.list_events(
        uow,
        kind=kind,
        surface=surface,
        business_id=business_id,
        since=since,
        until=until,
        limit=limit,
    )
    items = [SecurityEventOut.model_validate(e) for e in events]
    if format == "csv":
        return _csv(SECURITY_COLUMNS, [i.model_dump(mode="json") for i in items], "security.csv")
    return SecurityEventList(items=items)


def _csv(columns: list[str], rows: list[dict[str, Any]], name: str) -> Response:
    for row in rows:
        if isinstance(row.get("details"), dict):
            row["details"] = _flat(row["details"])
    return Response(
        to_csv(columns, rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _flat(details: dict[str, Any]) -> str:
    return "; ".join(f"{k}={v}" for k, v in sorted(details.items()))
