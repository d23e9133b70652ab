"""iCalendar (RFC 5545) rendering, and the per-tenant feed behind a secret URL.

The feed URL carries a random token; only its SHA-256 is stored. The feed is read without a
tenant credential (calendar apps cannot send headers), so the lookup runs in an explicit
system scope and then filters by the business the token belongs to.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select

from switchboard.core.db import UnitOfWork
from switchboard.core.errors import NotFound
from switchboard.core.security import hash_secret, secrets_match
from switchboard.models.business import Business
from switchboard.models.customer import Customer
from switchboard.models.scheduling import Appointment, SchedulingPolicy
from switchboard.scheduling import availability
from switchboard.tenancy.context import TenantContext

FEED_PREFIX = "sb_ics_"
LOOKUP_LEN = 12
FEED_PAST = timedelta(days=30)
FEED_FUTURE = timedelta(days=366)


class UnknownFeed(NotFound):
    """A feed token that matches no feed: a guess, counted like a wrong credential."""

    def __init__(self) -> None:
        super().__init__("No such calendar feed.")


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    start: datetime
    end: datetime
    summary: str
    location: str
    description: str
    status: str  # CONFIRMED, TENTATIVE, CANCELLED
    stamp: datetime


def render(name: str, events: Iterable[IcsEvent]) -> str:
    """The calendar as RFC 5545 text; `icalendar` escapes the text values and folds long
    lines (at 75 octets, never inside a multi-byte character)."""
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Switchboard//CRM//EN")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", item.stamp.astimezone(UTC))
        event.add("dtstart", item.start.astimezone(UTC))
        event.add("dtend", item.end.astimezone(UTC))
        event.add("summary", item.summary)
        event.add("location", item.location)
        event.add("description", item.description)
        event.add("status", item.status)
        calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text.decode()


def event_for(appointment: Appointment, customer_name: str) -> IcsEvent:
    status = {"cancelled": "CANCELLED", "scheduled": "TENTATIVE"}.get(
        appointment.status, "CONFIRMED"
    )
    who = customer_name or "Customer"
    summary = f"{appointment.service_name} - {who}"
    if appointment.is_emergency:
        summary = "EMERGENCY: " + summary
    return IcsEvent(
        uid=f"{appointment.id}@switchboard",
        start=appointment.start_at,
        end=appointment.end_at,
        summary=summary,
        location=appointment.address,
        description=appointment.notes,
        status=status,
        stamp=appointment.updated_at,
    )


async def rotate_feed(uow: UnitOfWork, tenant: TenantContext) -> str:
    """A new feed secret; the previous URL stops working. Returns the token, shown once."""
    policy = await availability.policy_for(uow, tenant)
    body = secrets.token_urlsafe(24)
    token = FEED_PREFIX + body
    policy.ics_lookup = body[:LOOKUP_LEN]
    policy.ics_token_hash = hash_secret(token)
    await uow.session.flush()
    return token


async def feed(uow: UnitOfWork, token: str, now: datetime) -> str:
    """The calendar behind `token`. A suspended business's feed answers 404 like a missing one
    (its customers' names and addresses stop going out with the rest of its service)."""
    if not token.startswith(FEED_PREFIX) or len(token) < len(FEED_PREFIX) + LOOKUP_LEN + 8:
        raise UnknownFeed()
    lookup = token[len(FEED_PREFIX) : len(FEED_PREFIX) + LOOKUP_LEN]
    async with uow.system_scope("ics feed by secret token"):
        policies = (
            (
                await uow.session.execute(
                    select(SchedulingPolicy).where(SchedulingPolicy.ics_lookup == lookup)
                )
            )
            .scalars()
            .all()
        )
        match = next(
            (p for p in policies if p.ics_token_hash and secrets_match(token, p.ics_token_hash)),
            None,
        )
        if match is None:
            raise UnknownFeed()
        business_id: uuid.UUID = match.business_id
        business = await uow.session.get(Business, business_id)
        if business is None or business.status != "active":
            raise NotFound("No such calendar feed.")
        rows = (
            await uow.session.execute(
                select(Appointment, Customer.name)
                .join(Customer, Customer.id == Appointment.customer_id)
                .where(
                    Appointment.business_id == business_id,
                    Appointment.start_at >= now - FEED_PAST,
                    Appointment.start_at < now + FEED_FUTURE,
                )
                .order_by(Appointment.start_at)
                .limit(5000)
            )
        ).all()
    return render(business.name, (event_for(a, customer) for a, customer in rows))
