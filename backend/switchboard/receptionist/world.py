"""The engine's `World`, backed by the database services of one tenant, in one transaction."""

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Any

from switchboard.alerts import service as alerts
from switchboard.assistant.engine.world import (
    AddressesOnFile,
    AppointmentInfo,
    Booked,
    SlotTaken,
)
from switchboard.assistant.messages import render
from switchboard.assistant.understanding import TimeWindow
from switchboard.conversations import service as conversations
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.customers import service as customers
from switchboard.integrations.calendar.port import CalendarPort
from switchboard.messaging import consent
from switchboard.models.conversation import Conversation
from switchboard.models.customer import Customer
from switchboard.scheduling import service as scheduling
from switchboard.scheduling.engine import Preference
from switchboard.scheduling.schemas import AppointmentIn, AppointmentUpdate, NewCustomer
from switchboard.tenancy.context import TenantContext

UPCOMING = ("scheduled", "confirmed")


def _uuid(value: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(value) if value else None
    except ValueError:
        return None


def _minute_of_day(clock: time | None) -> int | None:
    return None if clock is None else clock.hour * 60 + clock.minute


def summary_line(summary: dict[str, Any]) -> str:
    """A short owner-facing summary of what the caller said (the owner's own customer data)."""
    order = ("hazards", "problem", "name", "company", "address", "phone")
    parts = []
    for key in order:
        value = summary.get(key)
        if value:
            parts.append(", ".join(value) if isinstance(value, list) else str(value))
    return "; ".join(parts)[:300]


def _notes(details: dict[str, Any]) -> str:
    """The job's notes: the problem in the caller's words, the business they called for, and
    where to answer a web visitor who gave no number ("No phone given; reply in the chat")."""
    problem = str(details.get("problem") or "")
    company = details.get("company")
    said = f"{company}: {problem}" if company and problem else company or problem
    note = details.get("contact_note")
    return " ".join(p for p in (note, said) if p)[:2000]


class DatabaseWorld:
    def __init__(
        self,
        uow: UnitOfWork,
        tenant: TenantContext,
        clock: Clock,
        calendar: CalendarPort | None,
        conversation: Conversation,
    ) -> None:
        self.uow = uow
        self.tenant = tenant
        self.clock = clock
        self.calendar = calendar
        self.conversation = conversation

    async def find_slots(
        self,
        window: TimeWindow | None,
        service_id: str | None,
        emergency: bool,
        count: int,
        exclude: tuple[datetime, ...] = (),
    ) -> list[datetime]:
        preference = Preference(exclude=frozenset(exclude))
        if window is not None:
            preference = Preference(
                earliest=window.earliest,
                latest=window.latest,
                part_of_day=window.part_of_day.value if window.part_of_day else None,
                daily_from=_minute_of_day(window.after),
                daily_until=_minute_of_day(window.before),
                skip_weekdays=frozenset(window.skip_weekdays),
                skip_dates=frozenset(window.skip_dates),
                skip_parts=frozenset(p.value for p in window.skip_parts),
                exclude=frozenset(exclude),
            )
        slots, _, _, _ = await scheduling.find_slots(
            self.uow,
            self.tenant,
            self.clock,
            self.calendar,
            service_id=_uuid(service_id),
            preference=preference,
            emergency=emergency,
            limit=count,
        )
        return [slot.start for slot in slots]

    async def book(
        self, start: datetime, service_id: str | None, emergency: bool, details: dict[str, Any]
    ) -> Booked | SlotTaken:
        # A web visitor may give no number: the customer is made without one.
        phone = details.get("phone") or self.conversation.phone or None
        customer_id = self.conversation.customer_id
        data = AppointmentIn(
            customer_id=customer_id,
            customer=None
            if customer_id
            else NewCustomer(name=details.get("name") or "", phone=phone),
            service_id=_uuid(service_id),
            start=start,
            address=details.get("address"),
            is_emergency=emergency,
            source_channel=details.get("channel", "voice"),
            notes=_notes(details),
        )
        try:
            appointment = await scheduling.book(
                self.uow, self.tenant, self.clock, self.calendar, data
            )
        except scheduling.SlotUnavailable as exc:
            alternatives = tuple(
                datetime.fromisoformat(a["start"]) for a in exc.extra.get("alternatives", [])
            )
            return SlotTaken(alternatives)
        if self.conversation.customer_id is None:
            self.conversation.customer_id = appointment.customer_id
        return Booked(str(appointment.id), appointment.start_at)

    async def add_phone(self, appointment_id: str, phone: str) -> None:
        appointment = await scheduling.get_appointment(
            self.uow, self.tenant, uuid.UUID(appointment_id)
        )
        given = await customers.give_phone(
            self.uow, self.tenant, appointment.customer_id, phone, self.clock.now()
        )
        note = f"Phone: {phone}." if not given else ""
        # The job no longer says there is no number; one the customer record could not take
        # (another customer has it) stays on the job for the technician.
        notes = appointment.notes or ""
        for language in ("en", "es"):
            notes = notes.replace(render("booking.no_phone_note", language), "").strip()
        notes = " ".join(p for p in (note, notes) if p)
        await scheduling.update_appointment(
            self.uow, self.tenant, appointment.id, AppointmentUpdate(notes=notes)
        )

    async def update_details(self, appointment_id: str, details: dict[str, str]) -> None:
        appointment = await scheduling.get_appointment(
            self.uow, self.tenant, uuid.UUID(appointment_id)
        )
        address = details.get("address")
        note = f"Corrected by the customer: name {details['name']}." if details.get("name") else ""
        notes = " ".join(p for p in (appointment.notes or "", note) if p)
        await scheduling.update_appointment(
            self.uow,
            self.tenant,
            appointment.id,
            AppointmentUpdate(address=address, notes=notes if note else None),
        )

    async def customer_by_phone(self, phone: str) -> tuple[str, str] | None:
        key = f"caller:{self.conversation.id}"
        if phone == self.conversation.phone and key in self.uow.memo:
            # Looked up when this conversation started, in this unit of work.
            held = self.uow.memo[key]
            customer = held if isinstance(held, Customer) else None
        else:
            customer = await customers.find_by_phone(self.uow, self.tenant, phone)
        return (str(customer.id), customer.name or "") if customer else None

    async def next_appointment(self, customer_id: str) -> AppointmentInfo | None:
        found = await scheduling.list_appointments(
            self.uow,
            self.tenant,
            self.clock.now(),
            None,
            UPCOMING,
            limit=1,
            customer_id=_uuid(customer_id),
        )
        if not found:
            return None
        first = found[0]
        return AppointmentInfo(str(first.id), first.start, first.service)

    async def addresses_on_file(self, customer_id: str) -> AddressesOnFile:
        found = _uuid(customer_id)
        if found is None:
            return AddressesOnFile()
        last = await scheduling.last_visit_address(self.uow, self.tenant, found)
        saved = (await customers.addresses_of(self.uow, self.tenant, [found]))[found]
        return AddressesOnFile(last_visit=last, saved=tuple(a.line for a in saved))

    async def reschedule(self, appointment_id: str, start: datetime) -> Booked | SlotTaken:
        try:
            appointment = await scheduling.reschedule(
                self.uow,
                self.tenant,
                self.clock,
                self.calendar,
                uuid.UUID(appointment_id),
                start,
                # The caller's own change, through their channel: the owner is told.
                via=self.conversation.channel,
            )
        except scheduling.SlotUnavailable as exc:
            return SlotTaken(
                tuple(datetime.fromisoformat(a["start"]) for a in exc.extra.get("alternatives", []))
            )
        return Booked(str(appointment.id), appointment.start_at)

    async def cancel(self, appointment_id: str) -> None:
        await scheduling.cancel(
            self.uow,
            self.tenant,
            self.clock,
            uuid.UUID(appointment_id),
            "cancelled by the customer",
            via=self.conversation.channel,
        )

    async def page_owner(self, kind: str, summary: dict[str, Any]) -> None:
        await alerts.page_owner(
            self.uow,
            self.tenant,
            event="emergency" if kind == "emergency" else "missed_call",
            event_key=f"conversation:{self.conversation.id}:{kind}",
            clock=self.clock,
            # The line's number, or (web chat) the number the visitor gave: what to call back.
            caller=self.conversation.phone or str(summary.get("phone") or ""),
            summary=summary_line(summary),
        )

    async def create_callback(self, reason: str, summary: dict[str, Any]) -> None:
        phone = summary.get("phone") or self.conversation.phone
        if not phone and self.conversation.customer_id is None:
            return  # nothing to call back on; the transcript still shows the conversation
        await conversations.open_callback(
            self.uow,
            self.tenant,
            reason=reason,
            at=self.clock.now(),
            phone=phone,
            customer_id=self.conversation.customer_id,
            details=summary_line(summary),
            conversation_id=self.conversation.id,
            merge=True,
        )

    async def opt_out(self) -> None:
        if self.conversation.phone:
            await consent.opt_out(
                self.uow,
                self.tenant,
                self.conversation.phone,
                self.clock.now(),
                source="assistant",
            )
