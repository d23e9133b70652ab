"""An in-memory World: real behaviour (slots are taken once, pages and callbacks recorded).

The engine tests and the conversation evaluation (`eval.run_conversations`) share it, so both
judge the engine against the same world.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from switchboard.assistant.engine.world import (
    AddressesOnFile,
    AppointmentInfo,
    Booked,
    SlotTaken,
)
from switchboard.assistant.understanding import TimeWindow
from switchboard.scheduling.engine import PARTS_OF_DAY


@dataclass
class MemoryWorld:
    open_slots: list[datetime]
    customers: dict[str, tuple[str, str]] = field(default_factory=dict)  # phone -> (id, name)
    appointments: dict[str, AppointmentInfo] = field(default_factory=dict)  # customer -> appt
    addresses: dict[str, AddressesOnFile] = field(default_factory=dict)  # customer -> on file
    booked: list[dict[str, Any]] = field(default_factory=list)
    pages: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    callbacks: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    rescheduled: list[tuple[str, datetime]] = field(default_factory=list)
    corrected: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    moved: list[tuple[str, datetime]] = field(default_factory=list)
    opted_out: bool = False
    steal_next_booking: bool = False

    async def find_slots(
        self,
        window: TimeWindow | None,
        service_id: str | None,
        emergency: bool,
        count: int,
        exclude: tuple[datetime, ...] = (),
    ) -> list[datetime]:
        slots = [s for s in sorted(self.open_slots) if s not in exclude]
        if window is not None:
            # `contains` holds the every-day fields too: clock bounds, weekdays, dates and
            # parts of the day ruled out.
            zone = window.earliest.tzinfo
            slots = [s for s in slots if window.contains(s.astimezone(zone))]
            if window.part_of_day is not None:
                # As the scheduling service does: "any afternoon this week" is afternoons
                # only, not every hour between Monday noon and Friday 5 PM.
                lo, hi = PARTS_OF_DAY[window.part_of_day.value]
                slots = [s for s in slots if lo <= _minutes(s.astimezone(zone)) < hi]
        return slots[:count]

    async def book(
        self, start: datetime, service_id: str | None, emergency: bool, details: dict[str, Any]
    ) -> Booked | SlotTaken:
        if self.steal_next_booking:
            self.steal_next_booking = False
            self.open_slots.remove(start)
        if start not in self.open_slots:
            return SlotTaken(tuple(sorted(self.open_slots)[:3]))
        self.open_slots.remove(start)
        self.booked.append(
            {"start": start, "service": service_id, "emergency": emergency, **details}
        )
        return Booked(f"appt-{len(self.booked)}", start)

    async def add_phone(self, appointment_id: str, phone: str) -> None:
        job = self._job(appointment_id)
        job["phone"] = phone
        job.pop("contact_note", None)

    async def update_details(self, appointment_id: str, details: dict[str, str]) -> None:
        self._job(appointment_id).update(details)
        self.corrected.append((appointment_id, dict(details)))

    def _job(self, appointment_id: str) -> dict[str, Any]:
        """The job `book` made under that id (a KeyError for any other id: a test's bug)."""
        job = self._made_here(appointment_id)
        if job is None:
            raise KeyError(appointment_id)
        return job

    async def customer_by_phone(self, phone: str) -> tuple[str, str] | None:
        return self.customers.get(phone)

    async def next_appointment(self, customer_id: str) -> AppointmentInfo | None:
        return self.appointments.get(customer_id)

    async def addresses_on_file(self, customer_id: str) -> AddressesOnFile:
        return self.addresses.get(customer_id, AddressesOnFile())

    async def reschedule(self, appointment_id: str, start: datetime) -> Booked | SlotTaken:
        if start not in self.open_slots:
            return SlotTaken(tuple(sorted(self.open_slots)[:3]))
        self.open_slots.remove(start)
        if (job := self._made_here(appointment_id)) is not None:
            # A booking this conversation made, moved (a text booking corrected at once):
            # the job itself now starts then, and its old time is free again.
            self.open_slots.append(job["start"])
            job["start"] = start
            self.moved.append((appointment_id, start))
            return Booked(appointment_id, start)
        self.rescheduled.append((appointment_id, start))
        return Booked(appointment_id, start)

    def _made_here(self, appointment_id: str) -> dict[str, Any] | None:
        """The job `book` made under that id, not an appointment on file before."""
        on_file = {a.id for a in self.appointments.values()}
        number = appointment_id.removeprefix("appt-")
        if appointment_id in on_file or not number.isdigit():
            return None
        index = int(number) - 1
        return self.booked[index] if 0 <= index < len(self.booked) else None

    async def cancel(self, appointment_id: str) -> None:
        self.cancelled.append(appointment_id)

    async def page_owner(self, kind: str, summary: dict[str, Any]) -> None:
        self.pages.append((kind, summary))

    async def create_callback(self, reason: str, summary: dict[str, Any]) -> None:
        # One open callback per conversation, as conversations.open_callback keeps it.
        if self.callbacks:
            self.callbacks[0] = (self.callbacks[0][0], summary)
        else:
            self.callbacks.append((reason, summary))

    async def opt_out(self) -> None:
        self.opted_out = True


def _minutes(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def hourly_slots(
    start: datetime, days: int, hours: tuple[int, ...] = (8, 10, 13, 15)
) -> list[datetime]:
    out = []
    for d in range(days):
        day = start + timedelta(days=d)
        if day.weekday() >= 5:
            continue
        for h in hours:
            out.append(day.replace(hour=h, minute=0, second=0, microsecond=0))
    return out
