"""What the engine needs from the rest of Switchboard, as a protocol.

The database-backed implementation lives with the conversation flow (it calls the scheduling,
customer, callback and alert services); tests use an in-memory one. Every method is scoped to
the one tenant the turn belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from switchboard.assistant.understanding import HazardRule, ServiceOption, TimeWindow


@dataclass(frozen=True)
class ServiceInfo:
    id: str
    name: str
    keywords: tuple[str, ...] = ()
    price_low_cents: int | None = None
    price_high_cents: int | None = None
    emergency: bool = False


@dataclass(frozen=True)
class TenantFacts:
    """The tenant's own answers: the assistant never invents beyond these."""

    business_name: str
    timezone: str
    language: str = "en"
    trades: tuple[str, ...] = ()
    services: tuple[ServiceInfo, ...] = ()
    hazards: tuple[HazardRule, ...] = ()
    hours_text: dict[str, str] = field(default_factory=dict)  # language -> "Monday to Friday..."
    service_area: tuple[str, ...] = ()  # ZIP codes or city names
    faq: tuple[tuple[str, str], ...] = ()  # (question keywords, answer)
    open_now: bool = False
    transfer_number: str | None = None  # ring during business hours
    emergency_transfer_number: str | None = None  # on-call, if the business allows transfers
    callback_when: dict[str, str] = field(default_factory=dict)  # language -> "within the hour"
    # When known: no heat or no cooling becomes an emergency in freezing or extreme heat.
    outdoor_temp_f: float | None = None
    # The owner's own opening words per language (Settings); unset: the catalogue greeting.
    greeting: dict[str, str] = field(default_factory=dict)

    def service_options(self, emergency: bool = True) -> tuple[ServiceOption, ...]:
        """The catalogue the caller's words are matched against; the emergency services only
        once urgency is confirmed (a dripping faucet is never "Emergency plumbing")."""
        return tuple(
            ServiceOption(s.id, s.name, s.keywords)
            for s in self.services
            if emergency or not s.emergency
        )

    def emergency_service(self) -> ServiceInfo | None:
        return next((s for s in self.services if s.emergency), None)

    def service(self, service_id: str | None) -> ServiceInfo | None:
        return next((s for s in self.services if s.id == service_id), None)


@dataclass(frozen=True)
class Booked:
    appointment_id: str
    start: datetime


@dataclass(frozen=True)
class SlotTaken:
    alternatives: tuple[datetime, ...]


@dataclass(frozen=True)
class AddressesOnFile:
    """A customer's service addresses, for "same address as last time". Read only once the
    caller has identified as that customer, and said back only to them."""

    last_visit: str | None = None  # where their most recent appointment was
    saved: tuple[str, ...] = ()  # every service address on their record


@dataclass(frozen=True)
class AppointmentInfo:
    id: str
    start: datetime
    service_name: str


class World(Protocol):
    async def find_slots(
        self,
        window: TimeWindow | None,
        service_id: str | None,
        emergency: bool,
        count: int,
        exclude: tuple[datetime, ...] = (),
    ) -> list[datetime]:
        """The `count` earliest open starts in the window, honouring its every-day fields
        (part of day, clock bounds, weekdays, dates and parts ruled out), never one of
        `exclude` (offers the caller turned down)."""
        ...

    async def book(
        self, start: datetime, service_id: str | None, emergency: bool, details: dict[str, Any]
    ) -> Booked | SlotTaken: ...

    async def customer_by_phone(self, phone: str) -> tuple[str, str] | None:
        """(customer id, name on file) for a number, or None. The name is for matching only."""
        ...

    async def next_appointment(self, customer_id: str) -> AppointmentInfo | None: ...

    async def addresses_on_file(self, customer_id: str) -> AddressesOnFile:
        """The customer's addresses: their latest appointment's, and all saved ones."""
        ...

    async def reschedule(self, appointment_id: str, start: datetime) -> Booked | SlotTaken: ...

    async def cancel(self, appointment_id: str) -> None: ...

    async def add_phone(self, appointment_id: str, phone: str) -> None:
        """A number given after the booking (a web visitor's): the job and its customer get it."""
        ...

    async def update_details(self, appointment_id: str, details: dict[str, str]) -> None:
        """A corrected address or name given after a booking made at once in writing: the
        job carries the new address, and the owner sees the correction on it (a name is a
        note: the customer record is the owner's to change)."""
        ...

    async def page_owner(self, kind: str, summary: dict[str, Any]) -> None:
        """Enqueue the owner alert now (inside this turn's transaction), not at the end."""
        ...

    async def create_callback(self, reason: str, summary: dict[str, Any]) -> None: ...

    async def opt_out(self) -> None: ...
