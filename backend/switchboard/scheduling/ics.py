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


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode()
        limit = 75 if not parts else 74
        if len(current) + len(encoded) > limit:
            parts.append(current.decode())
            current = b""
        current += encoded
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def render(name: str, events: Iterable[IcsEvent]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Switchboard//CRM//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{_stamp(event.stamp)}",
            f"DTSTART:{_stamp(event.start)}",
            f"DTEND:{_stamp(event.end)}",
            f"SUMMARY:{_escape(event.summary)}",
            f"LOCATION:{_escape(event.location)}",
            f"DESCRIPTION:{_escape(event.description)}",
            f"STATUS:{event.status}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


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
