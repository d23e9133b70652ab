from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from switchboard.billing.service import Overview
from switchboard.core.bounds import SaneInstant


class PlanOut(BaseModel):
    key: str
    name: str
    amount_cents: int
    currency: str
    included_calls: int
    included_minutes: int
    included_texts: int
    features: list[str]


class UsageOut(BaseModel):
    period_start: datetime
    period_end: datetime
    calls: int
    minutes: int
    texts: int
    included_calls: int
    included_minutes: int
    included_texts: int
    over: list[str]


class BillingOut(BaseModel):
    plan: PlanOut
    status: str = Field(description="trialing, active, past_due, unpaid, cancelled, incomplete")
    standing: str = Field(description="the status, or comped / trial_ended")
    extras_active: bool = Field(description="reminders, web chat, calendar sync as the plan has")
    reason: str | None = Field(
        description="payment_overdue, trial_ended, subscription_ended or over_limit"
    )
    grace_ends_at: datetime | None
    trial_ends_at: datetime | None
    comped: bool
    cancel_at_period_end: bool
    features: dict[str, bool]
    usage: UsageOut
    plans: list[PlanOut]


class AdminBillingOut(BillingOut):
    business_id: uuid.UUID
    customer_ref: str | None
    subscription_ref: str | None
    past_due_since: datetime | None
    over_limit_since: datetime | None
    note: str


class InvoiceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    invoice_ref: str
    number: str | None
    status: str
    amount_due_cents: int
    amount_paid_cents: int
    currency: str
    hosted_url: str | None
    period_start: datetime | None
    period_end: datetime | None
    created_at: datetime


class InvoiceList(BaseModel):
    items: list[InvoiceOut]


class CheckoutIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan: str = Field(min_length=1, max_length=40)


class RedirectOut(BaseModel):
    url: str


class OverridesIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comped: bool | None = None
    trial_ends_at: SaneInstant | None = Field(default=None, description="ISO 8601 with offset")
    plan: str | None = Field(default=None, max_length=40)
    note: str | None = Field(default=None, max_length=1000)


class EventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    event_ref: str
    type: str
    object_ref: str | None
    status: str
    business_id: uuid.UUID | None
    deliveries: int
    received_at: datetime
    processed_at: datetime | None
    payload: dict[str, Any]


class EventList(BaseModel):
    items: list[EventOut]


class WebhookAck(BaseModel):
    received: bool
    duplicate: bool


def plan_out(plan: Any) -> PlanOut:
    return PlanOut(
        key=plan.key,
        name=plan.name,
        amount_cents=plan.amount_cents,
        currency=plan.currency,
        included_calls=plan.included_calls,
        included_minutes=plan.included_minutes,
        included_texts=plan.included_texts,
        features=sorted(plan.features),
    )


def billing_fields(view: Overview) -> dict[str, Any]:
    account, plan, usage = view.account, view.plan, view.usage
    return {
        "plan": plan_out(plan),
        "status": account.status,
        "standing": view.standing.state,
        "extras_active": view.standing.extras,
        "reason": view.standing.reason,
        "grace_ends_at": view.standing.grace_ends_at,
        "trial_ends_at": account.trial_ends_at,
        "comped": bool(account.comped),
        "cancel_at_period_end": bool(account.cancel_at_period_end),
        "features": view.features,
        "usage": UsageOut(
            period_start=usage.period_start,
            period_end=usage.period_end,
            calls=usage.calls,
            minutes=usage.minutes,
            texts=usage.texts,
            included_calls=plan.included_calls,
            included_minutes=plan.included_minutes,
            included_texts=plan.included_texts,
            over=usage.over(plan),
        ),
        "plans": [plan_out(p) for p in view.plans],
    }
