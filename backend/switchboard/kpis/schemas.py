from __future__ import annotations

from datetime import date

from pydantic import BaseModel


class DayFigures(BaseModel):
    day: date
    calls: int
    bookings: int


class Recovery(BaseModel):
    missed: int
    texted_back: int
    booked: int


class Kpis(BaseModel):
    start: date
    end: date
    timezone: str
    calls: int
    calls_answered: int
    conversations: int
    bookings: int
    bookings_by_assistant: int
    # Bookings by the assistant per conversation it answered; null with no conversations.
    conversion: float | None
    missed_call_recovery: Recovery
    after_hours_bookings: int
    emergencies: int
    revenue_booked_cents: int
    # What customers paid: invoices of completed jobs paid in the books within the period.
    revenue_collected_cents: int
    currency: str
    callbacks_opened: int
    callbacks_done: int
    # Minutes from a callback's opening to its resolution (median); null when none resolved.
    callback_response_minutes: float | None
    days: list[DayFigures]
