"""Stripe through its official SDK (`StripeClient`, async over httpx).

Checkout creates the customer the first time (`customer_email`), and carries the business id
as `client_reference_id` and in the subscription's metadata, so any later event about the
subscription or its invoices names its tenant even if it arrives before the checkout's own.
Periods are read from the subscription item (API versions from 2025-03-31 moved them there)
and an invoice's subscription from `parent.subscription_details`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import stripe

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.payments.port import (
    CheckoutRequest,
    CheckoutSession,
    CheckoutState,
    InvoiceState,
    MeterEvent,
    SubscriptionState,
)

WEBHOOK_TOLERANCE_S = 300
_STATUS = {"canceled": "cancelled", "incomplete_expired": "cancelled", "paused": "unpaid"}


class InvalidSignature(Exception):
    """The body is not signed by Stripe with our secret, or the signature is too old."""


def verify_webhook(payload: bytes, header: str | None, secret: str) -> dict[str, Any]:
    """Check `Stripe-Signature` over the raw body (300 s tolerance) with the SDK, then parse.
    Nothing of the body is read before the signature holds."""
    if not header:
        raise InvalidSignature("missing Stripe-Signature")
    try:
        text = payload.decode("utf-8")
        stripe.WebhookSignature.verify_header(  # type: ignore[no-untyped-call]
            text, header, secret, WEBHOOK_TOLERANCE_S
        )
        event = json.loads(text)
    except (stripe.SignatureVerificationError, UnicodeDecodeError, ValueError) as exc:
        raise InvalidSignature(type(exc).__name__) from exc
    if not isinstance(event, dict):
        raise InvalidSignature("not an event")
    return event


def _at(value: Any) -> datetime | None:
    return datetime.fromtimestamp(int(value), UTC) if value else None


def _get(obj: Any, *path: str) -> Any:
    for key in path:
        if obj is None:
            return None
        obj = obj.get(key) if hasattr(obj, "get") else None
    return obj


def _ref(value: Any) -> str | None:
    """An expandable field: an id, or the object itself."""
    if value is None:
        return None
    return str(value) if isinstance(value, str) else str(_get(value, "id"))


def _map_error(exc: stripe.StripeError) -> Exception:
    status = exc.http_status or 0
    if isinstance(exc, stripe.APIConnectionError | stripe.RateLimitError) or status >= 500:
        return ProviderRetryable(f"stripe: {type(exc).__name__} {status}")
    return ProviderPermanent(f"stripe: {type(exc).__name__} {status}")


class StripePayments:
    name = "stripe"

    def __init__(self, api_key: str, *, timeout_s: float = 10.0) -> None:
        self.client = stripe.StripeClient(
            api_key,
            http_client=stripe.HTTPXClient(timeout=timeout_s),
            max_network_retries=0,  # the job queue retries, with its own backoff
        )

    async def check(self) -> str:
        """The operator's health check: the secret key is accepted (reads the balance)."""
        try:
            balance = await self.client.v1.balance.retrieve_async()
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
        return f"key valid ({'live' if _get(balance, 'livemode') else 'test'} mode)"

    async def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        if not request.price_ref:
            raise ProviderPermanent(f"plan {request.plan!r} has no Stripe price id")
        metadata = {"business_id": request.business_id, "plan": request.plan}
        subscription_data: dict[str, Any] = {"metadata": metadata}
        if request.trial_days > 0:
            subscription_data["trial_period_days"] = request.trial_days
        params: dict[str, Any] = {
            "mode": "subscription",
            "line_items": [{"price": request.price_ref, "quantity": 1}],
            "success_url": request.success_url,
            "cancel_url": request.cancel_url,
            "client_reference_id": request.business_id,
            "metadata": metadata,
            "subscription_data": subscription_data,
        }
        if request.customer_ref:
            params["customer"] = request.customer_ref
        elif request.email:
            params["customer_email"] = request.email
        try:
            session = await self.client.v1.checkout.sessions.create_async(params)  # type: ignore[arg-type]
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
        return CheckoutSession(str(session.id), str(session.url))

    async def create_portal(self, customer_ref: str, return_url: str) -> str:
        try:
            session = await self.client.v1.billing_portal.sessions.create_async(
                {"customer": customer_ref, "return_url": return_url}
            )
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
        return str(session.url)

    async def get_checkout(self, ref: str) -> CheckoutState:
        try:
            session = await self.client.v1.checkout.sessions.retrieve_async(ref)
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
        return CheckoutState(
            ref=str(session.id),
            status=str(_get(session, "status") or ""),
            customer_ref=_ref(_get(session, "customer")),
            subscription_ref=_ref(_get(session, "subscription")),
            business_id=_get(session, "client_reference_id")
            or _get(session, "metadata", "business_id"),
        )

    async def get_subscription(self, ref: str) -> SubscriptionState:
        try:
            sub = await self.client.v1.subscriptions.retrieve_async(ref)
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
        items = _get(sub, "items", "data") or []
        item = items[0] if items else None
        status = str(_get(sub, "status"))
        return SubscriptionState(
            ref=str(sub.id),
            customer_ref=_ref(_get(sub, "customer")) or "",
            status=_STATUS.get(status, status),
            price_ref=_ref(_get(item, "price")),
            period_start=_at(_get(item, "current_period_start")),
            period_end=_at(_get(item, "current_period_end")),
            trial_end=_at(_get(sub, "trial_end")),
            cancel_at_period_end=bool(_get(sub, "cancel_at_period_end")),
            business_id=_get(sub, "metadata", "business_id"),
            plan=_get(sub, "metadata", "plan"),
        )

    async def get_invoice(self, ref: str) -> InvoiceState:
        try:
            inv = await self.client.v1.invoices.retrieve_async(ref)
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
        details = _get(inv, "parent", "subscription_details")
        return InvoiceState(
            ref=str(inv.id),
            customer_ref=_ref(_get(inv, "customer")) or "",
            subscription_ref=_ref(_get(details, "subscription")),
            status=str(_get(inv, "status") or "draft"),
            number=_get(inv, "number"),
            amount_due_cents=int(_get(inv, "amount_due") or 0),
            amount_paid_cents=int(_get(inv, "amount_paid") or 0),
            currency=str(_get(inv, "currency") or "usd"),
            hosted_url=_get(inv, "hosted_invoice_url"),
            period_start=_at(_get(inv, "period_start")),
            period_end=_at(_get(inv, "period_end")),
            created=_at(_get(inv, "created")) or datetime.now(UTC),
            business_id=_get(details, "metadata", "business_id"),
        )

    async def undelivered_events(self) -> list[dict[str, Any]]:
        return []  # Stripe delivers its own, signed, to the webhook

    async def mark_delivered(self, event_refs: list[str]) -> None:
        return None

    async def report_usage(self, event: MeterEvent) -> None:
        """A Billing Meter event. The identifier is also the request's idempotency key: a
        retried request gets the first answer back, and Stripe keeps one event per identifier."""
        params: dict[str, Any] = {
            "event_name": event.event_name,
            "payload": {"stripe_customer_id": event.customer_ref, "value": str(event.value)},
            "identifier": event.identifier,
            "timestamp": int(event.timestamp.timestamp()),
        }
        try:
            await self.client.v1.billing.meter_events.create_async(
                params,  # type: ignore[arg-type]
                {"idempotency_key": f"meter-{event.identifier}"},
            )
        except stripe.StripeError as exc:
            raise _map_error(exc) from exc
