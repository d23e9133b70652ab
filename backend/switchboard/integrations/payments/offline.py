"""The built-in payments provider: a real one, kept in the application database.

Checkout completes at once (the owner lands straight on the success page) and makes a
customer, a subscription (trialing when the plan has a trial) and its first invoice, paid.
Every change also writes the event Stripe would have sent; the billing domain collects them
(`undelivered_events`) into the same inbox the Stripe webhook fills, so both providers are
processed by one path. State lives in `offline_payment_records`, so it survives a restart.
`set_subscription_status` plays what happens at Stripe later (a failed renewal, a
cancellation); `fail_next(n)`, `fail_always()` and `recover()` make calls fail as Stripe can."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from switchboard.core.clock import Clock, SystemClock
from switchboard.core.db import Database
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.payments.port import (
    CheckoutRequest,
    CheckoutSession,
    CheckoutState,
    InvoiceState,
    MeterEvent,
    SubscriptionState,
)
from switchboard.models.billing import OfflinePaymentRecord

PERIOD = timedelta(days=30)
_STRIPE_STATUS = {"cancelled": "canceled"}


def _ref(prefix: str) -> str:
    return f"{prefix}_off_{uuid.uuid4().hex[:16]}"


def _ts(moment: datetime | None) -> int | None:
    return int(moment.timestamp()) if moment else None


def _at(value: Any) -> datetime | None:
    return datetime.fromtimestamp(int(value), UTC) if value else None


class OfflinePayments:
    name = "offline"

    def __init__(self, database: Database | None = None, clock: Clock | None = None) -> None:
        self._db = database
        self.clock: Clock = clock or SystemClock()
        self._fail_next = 0
        self._fail_always = False

    def attach(self, database: Database, clock: Clock) -> None:
        """The app (or worker) hands over its database and clock; a provider already given
        its own keeps them."""
        if self._db is None:
            self._db = database
            self.clock = clock

    # -- steering, as the other offline providers ------------------------------------------
    def fail_next(self, n: int = 1) -> None:
        self._fail_next = n

    def fail_always(self) -> None:
        self._fail_always = True

    async def check(self) -> str:
        """The operator's health check: failing while told to fail always."""
        if self._fail_always:
            raise ProviderPermanent("offline payments provider: told to fail")
        return "built-in offline provider"

    def recover(self) -> None:
        self._fail_next, self._fail_always = 0, False

    def _maybe_fail(self) -> None:
        if self._fail_always or self._fail_next > 0:
            self._fail_next = max(0, self._fail_next - 1)
            raise ProviderRetryable("offline payments told to fail")

    @property
    def db(self) -> Database:
        if self._db is None:
            raise ProviderPermanent("the offline payments provider has no database attached")
        return self._db

    # -- storage ---------------------------------------------------------------------------
    async def _get(self, kind: str, ref: str) -> dict[str, Any]:
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope("offline pay"):
            record = await uow.session.get(OfflinePaymentRecord, ref)
        if record is None or record.kind != kind:
            raise ProviderPermanent(f"no such {kind}")
        return dict(record.data)

    async def _write(self, objects: list[dict[str, Any]], events: list[tuple[str, str]]) -> None:
        """Upsert the objects and record one event per (type, object ref), in one transaction."""
        now = self.clock.now()
        async with self.db.unit_of_work() as uow, uow.system_scope("offline payments write"):
            seq = (
                await uow.session.execute(select(func.max(OfflinePaymentRecord.seq)))
            ).scalar() or 0
            by_ref = {obj["id"]: obj for obj in objects}
            for obj in objects:
                record = await uow.session.get(OfflinePaymentRecord, obj["id"])
                if record is None:
                    uow.session.add(
                        OfflinePaymentRecord(
                            ref=obj["id"], kind=obj["object"], data=obj, created_at=now
                        )
                    )
                else:
                    record.data = obj
            for event_type, ref in events:
                seq += 1
                event = {
                    "id": _ref("evt"),
                    "object": "event",
                    "type": event_type,
                    "created": _ts(now),
                    "livemode": False,
                    "data": {"object": by_ref[ref]},
                }
                uow.session.add(
                    OfflinePaymentRecord(
                        ref=event["id"], kind="event", data=event, seq=seq, created_at=now
                    )
                )

    # -- the port --------------------------------------------------------------------------
    async def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        self._maybe_fail()
        now = self.clock.now()
        customer_ref = request.customer_ref or _ref("cus")
        metadata = {"business_id": request.business_id, "plan": request.plan}
        trial_end = now + timedelta(days=request.trial_days) if request.trial_days > 0 else None
        sub_ref, session_ref = _ref("sub"), _ref("cs")
        sub: dict[str, Any] = {
            "id": sub_ref,
            "object": "subscription",
            "customer": customer_ref,
            "status": "trialing" if trial_end else "active",
            "trial_end": _ts(trial_end),
            "cancel_at_period_end": False,
            "metadata": metadata,
            "items": {
                "data": [
                    {
                        "price": {
                            "id": request.price_ref or f"price_off_{request.plan}",
                            "unit_amount": request.amount_cents,
                        },
                        "current_period_start": _ts(now),
                        "current_period_end": _ts(now + PERIOD),
                    }
                ]
            },
        }
        invoice = self._invoice(sub, 0 if trial_end else request.amount_cents, request, now)
        session: dict[str, Any] = {
            "id": session_ref,
            "object": "checkout.session",
            "status": "complete",
            "customer": customer_ref,
            "subscription": sub_ref,
            "client_reference_id": request.business_id,
            "metadata": metadata,
            "url": request.success_url,
        }
        objects = [session, sub, invoice]
        if request.customer_ref is None:
            objects.append({"id": customer_ref, "object": "customer", "email": request.email})
        await self._write(
            objects,
            [
                ("checkout.session.completed", session_ref),
                ("customer.subscription.created", sub_ref),
                ("invoice.created", invoice["id"]),
                ("invoice.paid", invoice["id"]),
            ],
        )
        return CheckoutSession(session_ref, request.success_url)

    @staticmethod
    def _invoice(
        sub: dict[str, Any], amount: int, request: CheckoutRequest | None, now: datetime
    ) -> dict[str, Any]:
        item = sub["items"]["data"][0]
        return {
            "id": _ref("in"),
            "object": "invoice",
            "customer": sub["customer"],
            "status": "paid",
            "number": f"OFF-{uuid.uuid4().hex[:8].upper()}",
            "amount_due": amount,
            "amount_paid": amount,
            "currency": request.currency if request else "usd",
            "hosted_invoice_url": None,
            "period_start": item["current_period_start"],
            "period_end": item["current_period_end"],
            "created": _ts(now),
            "parent": {
                "subscription_details": {
                    "subscription": sub["id"],
                    "metadata": sub["metadata"],
                }
            },
        }

    async def create_portal(self, customer_ref: str, return_url: str) -> str:
        self._maybe_fail()
        await self._get("customer", customer_ref)
        # There is nothing to manage offline: the portal "closes" at once, back to the page.
        return return_url

    async def get_checkout(self, ref: str) -> CheckoutState:
        self._maybe_fail()
        data = await self._get("checkout.session", ref)
        return CheckoutState(
            ref=ref,
            status=data["status"],
            customer_ref=data.get("customer"),
            subscription_ref=data.get("subscription"),
            business_id=data.get("client_reference_id"),
        )

    async def get_subscription(self, ref: str) -> SubscriptionState:
        self._maybe_fail()
        data = await self._get("subscription", ref)
        item = data["items"]["data"][0]
        status = data["status"]
        return SubscriptionState(
            ref=ref,
            customer_ref=data["customer"],
            status={"canceled": "cancelled"}.get(status, status),
            price_ref=item["price"]["id"],
            period_start=_at(item["current_period_start"]),
            period_end=_at(item["current_period_end"]),
            trial_end=_at(data.get("trial_end")),
            cancel_at_period_end=bool(data.get("cancel_at_period_end")),
            business_id=data["metadata"].get("business_id"),
            plan=data["metadata"].get("plan"),
        )

    async def get_invoice(self, ref: str) -> InvoiceState:
        self._maybe_fail()
        data = await self._get("invoice", ref)
        details = data["parent"]["subscription_details"]
        return InvoiceState(
            ref=ref,
            customer_ref=data["customer"],
            subscription_ref=details.get("subscription"),
            status=data["status"],
            number=data.get("number"),
            amount_due_cents=int(data["amount_due"]),
            amount_paid_cents=int(data["amount_paid"]),
            currency=data["currency"],
            hosted_url=data.get("hosted_invoice_url"),
            period_start=_at(data.get("period_start")),
            period_end=_at(data.get("period_end")),
            created=_at(data["created"]) or self.clock.now(),
            business_id=details.get("metadata", {}).get("business_id"),
        )

    async def undelivered_events(self) -> list[dict[str, Any]]:
        if self._db is None:
            return []  # never attached: nothing was ever made, so nothing to deliver
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope("offline pay"):
            rows = await uow.session.execute(
                select(OfflinePaymentRecord)
                .where(OfflinePaymentRecord.kind == "event", ~OfflinePaymentRecord.delivered)
                .order_by(OfflinePaymentRecord.seq)
            )
            return [dict(r.data) for r in rows.scalars()]

    async def mark_delivered(self, event_refs: list[str]) -> None:
        if not event_refs:
            return
        async with self.db.unit_of_work() as uow, uow.system_scope("offline payments delivered"):
            rows = await uow.session.execute(
                select(OfflinePaymentRecord).where(OfflinePaymentRecord.ref.in_(event_refs))
            )
            for record in rows.scalars():
                record.delivered = True

    async def report_usage(self, event: MeterEvent) -> None:
        """Kept as Stripe keeps a meter event: once per identifier, for its customer."""
        self._maybe_fail()
        await self._get("customer", event.customer_ref)
        async with self.db.unit_of_work() as uow, uow.system_scope("offline payments usage"):
            if await uow.session.get(OfflinePaymentRecord, event.identifier) is not None:
                return
            uow.session.add(
                OfflinePaymentRecord(
                    ref=event.identifier,
                    kind="billing.meter_event",
                    data={
                        "object": "billing.meter_event",
                        "event_name": event.event_name,
                        "identifier": event.identifier,
                        "payload": {
                            "stripe_customer_id": event.customer_ref,
                            "value": str(event.value),
                        },
                        "timestamp": _ts(event.timestamp),
                    },
                    created_at=self.clock.now(),
                )
            )

    async def meter_events(self, customer_ref: str | None = None) -> list[dict[str, Any]]:
        """What was reported, oldest first (for tests and the admin's inspection)."""
        async with self.db.unit_of_work(read_only=True) as uow, uow.system_scope("offline pay"):
            rows = await uow.session.execute(
                select(OfflinePaymentRecord)
                .where(OfflinePaymentRecord.kind == "billing.meter_event")
                .order_by(OfflinePaymentRecord.created_at, OfflinePaymentRecord.ref)
            )
            found = [dict(r.data) for r in rows.scalars()]
        return [e for e in found if customer_ref in (None, e["payload"]["stripe_customer_id"])]

    # -- what happens at the provider later -------------------------------------------------
    async def set_subscription_status(self, ref: str, status: str) -> None:
        """A renewal failed (`past_due`), retries ran out (`unpaid`), the owner cancelled
        (`cancelled`) or paid again (`active`): the subscription changes and the events
        Stripe would send are written (a failed or paid invoice with it)."""
        data = await self._get("subscription", ref)
        data["status"] = _STRIPE_STATUS.get(status, status)
        now = self.clock.now()
        objects = [data]
        events = [
            (
                "customer.subscription.deleted"
                if status == "cancelled"
                else "customer.subscription.updated",
                ref,
            )
        ]
        if status in ("past_due", "active"):
            amount = int(data["items"]["data"][0]["price"].get("unit_amount") or 0)
            invoice = self._invoice(data, amount, None, now)
            invoice["status"] = "open" if status == "past_due" else "paid"
            objects.append(invoice)
            events.append(
                (
                    "invoice.payment_failed" if status == "past_due" else "invoice.paid",
                    invoice["id"],
                )
            )
        await self._write(objects, events)
