"""`POST /v1/billing/stripe/webhook`: verify, store once, answer; a job does the rest.

The signature (`Stripe-Signature`, 300 s tolerance, STRIPE_WEBHOOK_SECRET) is checked by the
stripe library over the raw body before anything in it is read and before any database work;
without a secret the route answers 503 and accepts nothing."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Request

from switchboard.billing import inbox
from switchboard.billing.schemas import WebhookAck
from switchboard.core.deps import ClockDep, DatabaseDep, SettingsDep
from switchboard.core.errors import DomainError, Forbidden
from switchboard.integrations.payments.stripe import InvalidSignature, verify_webhook
from switchboard.ratelimit.marks import mark_auth_failure

router = APIRouter(tags=["billing"])


class WebhookNotConfigured(DomainError):
    status = 503
    type_slug = "billing-webhook-not-configured"
    title = "Billing webhook not configured"


@router.post("/v1/billing/stripe/webhook", response_model=WebhookAck)
async def stripe_webhook(
    request: Request,
    settings: SettingsDep,
    db: DatabaseDep,
    clock: ClockDep,
    stripe_signature: Annotated[str | None, Header()] = None,
) -> WebhookAck:
    secret = settings.stripe_webhook_secret
    if not secret:
        raise WebhookNotConfigured("STRIPE_WEBHOOK_SECRET is not set; no event is accepted.")
    try:
        event = verify_webhook(await request.body(), stripe_signature, secret)
    except InvalidSignature as exc:
        mark_auth_failure(request.scope)  # a forged signature counts towards the lockout
        raise Forbidden("The Stripe-Signature is not valid.") from exc
    async with db.unit_of_work() as uow:
        new = await inbox.receive(uow, event, clock.now())
    return WebhookAck(received=True, duplicate=not new)
