"""The platform operator's console: usage, the onboarding checklist, what to paste where."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from switchboard.admin import repository as repo
from switchboard.businesses import service as businesses
from switchboard.businesses.hours import default_hours
from switchboard.core.db import UnitOfWork
from switchboard.models.business import Business

# Measured per tenant and period; what is not (yet) recorded per tenant is said so in the
# answer rather than shown as zero. (Webhook rejections are counted under the tenant a
# refused webhook claims; the security log also counts them platform-wide.)
NOT_MEASURED_PER_TENANT: tuple[str, ...] = ()
ERROR_MEASURES = ("http_4xx", "http_5xx")


@dataclass(frozen=True)
class Period:
    since: datetime
    until: datetime

    @classmethod
    def last_days(cls, now: datetime, days: int) -> Period:
        return cls(now - timedelta(days=days), now)


async def tenant_usage(uow: UnitOfWork, business_id: uuid.UUID, period: Period) -> dict[str, Any]:
    """Totals for the period and one row per day (in the tenant's time zone) for charts."""
    business = await businesses.get_business(uow, business_id)
    zone = ZoneInfo(business.timezone)
    moments = await repo.moments(uow, business_id, period.since, period.until)
    first = period.since.astimezone(zone).date()
    last = period.until.astimezone(zone).date()
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    per_day: dict[str, Counter[date]] = {
        name: Counter(at.astimezone(zone).date() for at in ats) for name, ats in moments.items()
    }
    for name in ERROR_MEASURES:
        per_day[name] = Counter()
    errors = await repo.error_hours(uow, business_id, period.since, period.until)
    for hour, status_class, n in errors:
        per_day[f"http_{status_class}"][hour.astimezone(zone).date()] += n
    measures = (*repo.MEASURES, *ERROR_MEASURES)
    dead = (await repo.dead_jobs_by_tenant(uow)).get(business_id, 0)
    return {
        "business_id": business_id,
        "since": period.since,
        "until": period.until,
        "timezone": business.timezone,
        "totals": {name: sum(per_day[name].values()) for name in measures},
        "daily": [
            {"date": day.isoformat(), **{name: per_day[name][day] for name in measures}}
            for day in days
        ],
        "dead_jobs_now": dead,
        "not_measured": list(NOT_MEASURED_PER_TENANT),
    }


async def overview(uow: UnitOfWork, period: Period) -> dict[str, Any]:
    """Every tenant's counts side by side, and the platform's totals."""
    counts = await repo.counts_by_tenant(uow, period.since, period.until)
    counts.update(await repo.error_totals(uow, period.since, period.until))
    measures = (*repo.MEASURES, *ERROR_MEASURES)
    dead = await repo.dead_jobs_by_tenant(uow)
    rows = []
    for business in await repo.tenants(uow):
        rows.append(
            {
                "id": business.id,
                "name": business.name,
                "status": business.status,
                "lockdown": business.lockdown,
                **{name: counts[name].get(business.id, 0) for name in measures},
                "dead_jobs": dead.get(business.id, 0),
            }
        )
    statuses = Counter(row["status"] for row in rows)
    return {
        "since": period.since,
        "until": period.until,
        "tenants": {"total": len(rows), **{k: statuses.get(k, 0) for k in ("active", "suspended")}},
        "totals": {name: sum(counts[name].values()) for name in measures},
        "dead_jobs": sum(dead.values()),
        "platform_dead_jobs": dead.get(None, 0),
        "by_tenant": rows,
    }


def _item(key: str, label: str, done: bool | None, detail: str) -> dict[str, Any]:
    return {"key": key, "label": label, "done": done, "detail": detail}


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M} UTC" if value else "never"


async def checklist(uow: UnitOfWork, business_id: uuid.UUID) -> dict[str, Any]:
    """What is left before the tenant is fully live. `done` is null where this installation
    cannot know (no calendar or billing connection to look at)."""
    business = await businesses.get_business(uow, business_id)
    last_webhook = await repo.last_webhook_at(uow, business_id)
    widget_used = await repo.widget_last_used_at(uow, business_id)
    account = await repo.billing_account(uow, business_id)
    mirrored = await repo.calendar_mirrored(uow, business_id)
    reviewed = await repo.services_reviewed(uow, business_id)
    billing_ok = account is not None and (account.comped or account.status in ("active",))
    items = [
        _item(
            "number_connected",
            "Number connected and receiving webhooks",
            last_webhook is not None,
            f"last webhook: {_when(last_webhook)}",
        ),
        _item(
            "owner_phone",
            "Owner phone verified (alerts and transfers)",
            business.owner_phone_verified_at is not None,
            _owner_phone_detail(business),
        ),
        _item(
            "hours_set",
            "Business hours set",
            _hours_changed(business),
            "custom hours" if _hours_changed(business) else "still the default Mon-Fri 08-17",
        ),
        _item(
            "services_reviewed",
            "Services reviewed",
            reviewed,
            "a service was added or changed" if reviewed else "still the trade's default list",
        ),
        _item(
            "widget_embedded",
            "Web chat widget embedded",
            widget_used is not None,
            f"widget last used: {_when(widget_used)}",
        ),
        _item(
            "calendar_connected",
            "Calendar connected",
            mirrored,
            "an appointment mirrored to the calendar"
            if mirrored
            else "no appointment mirrored yet",
        ),
        _item(
            "billing_active",
            "Billing active",
            billing_ok,
            "no billing account yet"
            if account is None
            else f"status: {account.status}" + (" (comped)" if account.comped else ""),
        ),
    ]
    return {
        "business_id": business_id,
        "items": items,
        "done": sum(1 for i in items if i["done"]),
        "total": len(items),
    }


def _owner_phone_detail(business: Business) -> str:
    if not business.owner_phone:
        return "missing"
    if business.owner_phone_verified_at is None:
        return "on file, not verified yet (the owner confirms it in the dashboard's Settings)"
    return f"verified {_when(business.owner_phone_verified_at)}"


def _hours_changed(business: Business) -> bool:
    return dict(business.business_hours or {}) != dict(default_hours())


def setup(business: Business, public_base_url: str) -> dict[str, Any]:
    """What the operator pastes into Twilio, and the widget snippet without its secret (the
    widget token is shown once, when created or rotated)."""
    base = public_base_url.rstrip("/")
    return {
        "business_id": business.id,
        "phone_number": business.phone_number,
        "twilio": {
            "voice_url": f"{base}/twilio/voice",
            "voice_status_callback": f"{base}/twilio/voice/status",
            "sms_url": f"{base}/twilio/sms",
            "sms_status_callback": f"{base}/twilio/sms/status",
            "method": "POST",
        },
        "widget": {
            "script_url": f"{base}/widget/embed.js",
            "snippet_template": (
                f'<script src="{base}/widget/embed.js" data-widget-token="WIDGET_TOKEN" '
                "defer></script>"
            ),
        },
    }


def embed_snippet(public_base_url: str, widget_token: str) -> str:
    base = public_base_url.rstrip("/")
    return (
        f'<script src="{base}/widget/embed.js" data-widget-token="{widget_token}" defer></script>'
    )
