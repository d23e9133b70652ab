from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    field_validator,
    model_validator,
)

from switchboard.businesses.hours import WeeklyHours, normalise_hours
from switchboard.businesses.schemas import Phone
from switchboard.core.bounds import SaneDate, SaneInstant

Status = Literal["scheduled", "confirmed", "completed", "cancelled"]
Channel = Literal["voice", "sms", "web", "owner", "api", "import"]


class PolicyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slot_step_minutes: int = Field(default=30, ge=5, le=240)
    travel_buffer_minutes: int = Field(default=30, ge=0, le=480)
    min_notice_minutes: int = Field(default=120, ge=0, le=14 * 24 * 60)
    horizon_days: int = Field(default=60, ge=1, le=366)
    daily_job_cap: int | None = Field(default=None, ge=1, le=500)
    emergency_reserve_per_day: int = Field(default=0, ge=0, le=500)

    @model_validator(mode="after")
    def _reserve(self) -> PolicyIn:
        if self.emergency_reserve_per_day:
            if self.daily_job_cap is None:
                raise ValueError("an emergency reserve needs a daily_job_cap to reserve from")
            if self.emergency_reserve_per_day > self.daily_job_cap:
                raise ValueError("emergency_reserve_per_day exceeds daily_job_cap")
        return self


class PolicyOut(PolicyIn):
    model_config = ConfigDict(from_attributes=True, extra="ignore")


class ClosureIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start_date: SaneDate
    end_date: SaneDate
    reason: str = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _order(self) -> ClosureIn:
        if self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class ClosureOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    start_date: date
    end_date: date
    reason: str


class ClosureList(BaseModel):
    items: list[ClosureOut]


class _Hours(BaseModel):
    @field_validator("working_hours", mode="before", check_fields=False)
    @classmethod
    def _hours(cls, value: Any) -> Any:
        return None if value is None else normalise_hours(value)


class TechnicianIn(_Hours):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=120)
    phone: Phone | None = None
    working_hours: WeeklyHours | None = None
    active: bool = True


class TechnicianUpdate(_Hours):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, min_length=1, max_length=120)
    phone: Phone | None = None
    working_hours: WeeklyHours | None = None
    active: bool | None = None


class TechnicianOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    phone: str | None
    working_hours: WeeklyHours | None
    active: bool


class TechnicianList(BaseModel):
    items: list[TechnicianOut]


class SlotOut(BaseModel):
    start: datetime
    end: datetime
    technician_id: uuid.UUID | None


class SlotList(BaseModel):
    items: list[SlotOut]
    service_id: uuid.UUID | None
    duration_minutes: int
    calendar_checked: bool


class NewCustomer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(default="", max_length=200)
    # None: a web chat visitor who gave no number (a customer without a phone, like one the
    # owner adds without one).
    phone: Phone | None = None
    email: EmailStr | None = None


class AppointmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer_id: uuid.UUID | None = None
    customer: NewCustomer | None = None
    service_id: uuid.UUID | None = None
    service: str | None = Field(default=None, max_length=120)
    start: SaneInstant
    duration_minutes: int | None = Field(default=None, ge=5, le=24 * 60)
    technician_id: uuid.UUID | None = None
    address: str | None = Field(default=None, max_length=400)
    is_emergency: bool = False
    estimated_value_cents: int | None = Field(default=None, ge=0, le=100_000_000)
    source_channel: Channel = "owner"
    notes: str = Field(default="", max_length=10_000)

    @model_validator(mode="after")
    def _who(self) -> AppointmentIn:
        if (self.customer_id is None) == (self.customer is None):
            raise ValueError("give exactly one of customer_id or customer")
        return self


class AppointmentUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    status: Literal["confirmed", "completed"] | None = None
    technician_id: uuid.UUID | None = None
    address: str | None = Field(default=None, max_length=400)
    estimated_value_cents: int | None = Field(default=None, ge=0, le=100_000_000)
    notes: str | None = Field(default=None, max_length=10_000)


class CancelIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(default="", max_length=400)


class RescheduleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    start: SaneInstant
    technician_id: uuid.UUID | None = None


MAX_CENTS = 100_000_000


class LineItemIn(BaseModel):
    """One line of a completed job: a catalogue service (`service_id`) or free text
    (`description`), the quantity and the line's total."""

    model_config = ConfigDict(extra="forbid")

    service_id: uuid.UUID | None = None
    description: str | None = Field(default=None, min_length=1, max_length=200)
    quantity: int = Field(default=1, ge=1, le=1000)
    amount_cents: int = Field(ge=0, le=MAX_CENTS)

    @model_validator(mode="after")
    def _what(self) -> LineItemIn:
        if self.service_id is None and not (self.description or "").strip():
            raise ValueError("a line needs a service_id or a description")
        return self


class CompleteIn(BaseModel):
    """The job as done: the amount charged, its lines and notes. Without lines, one line of
    the appointment's service carries the amount; with lines and no amount, the amount is
    their sum; with both, they must agree."""

    model_config = ConfigDict(extra="forbid")

    amount_cents: int | None = Field(default=None, ge=0, le=MAX_CENTS)
    line_items: list[LineItemIn] = Field(default_factory=list, max_length=50)
    notes: str = Field(default="", max_length=10_000)

    @model_validator(mode="after")
    def _amount(self) -> CompleteIn:
        if self.amount_cents is None and not self.line_items:
            raise ValueError("give amount_cents or line_items")
        total = sum(line.amount_cents for line in self.line_items)
        if self.line_items and self.amount_cents is not None and total != self.amount_cents:
            raise ValueError(f"the line items add up to {total}, not amount_cents")
        if total > MAX_CENTS:
            raise ValueError("the line items add up to too much")
        return self


class LineItemOut(BaseModel):
    service_id: uuid.UUID | None
    description: str
    # The item of the books the line is mapped to (the catalogue service's name); null for
    # free text.
    item_name: str | None
    quantity: int
    amount_cents: int


class InvoiceOut(BaseModel):
    # pending (being sent to the books), invoiced, failed (`error` says why; retry it).
    state: str
    id: str | None
    number: str | None
    status: str | None  # open, paid, voided: as the books last said
    total_cents: int | None
    balance_cents: int | None
    error: str | None


class CustomerRef(BaseModel):
    id: uuid.UUID
    name: str
    phone: str | None


class AppointmentOut(BaseModel):
    id: uuid.UUID
    status: str
    start: datetime
    end: datetime
    service: str
    service_id: uuid.UUID | None
    is_emergency: bool
    address: str
    customer: CustomerRef
    technician_id: uuid.UUID | None
    estimated_value_cents: int | None
    currency: str
    source_channel: str
    notes: str
    reschedule_history: list[dict[str, Any]]
    cancel_reason: str | None
    created_at: datetime
    # Filled when the job is completed (POST .../complete); the invoice once it is sent.
    completed_at: datetime | None = None
    amount_cents: int | None = None
    line_items: list[LineItemOut] = Field(default_factory=list)
    completion_notes: str | None = None
    invoice: InvoiceOut | None = None
    paid_at: datetime | None = None
    paid_cents: int | None = None


class AppointmentList(BaseModel):
    items: list[AppointmentOut]


class FeedOut(BaseModel):
    url: str
