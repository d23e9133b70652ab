"""The delivery job: hands one queued message to its provider, exactly once.

It runs in three steps (`jobs.registry.Steps`), so no transaction is open while the provider
is called:

1. prepare: reload the message, apply the sending rules at send time (consent, lockdown and
   caps may have changed since it was queued) and mark it `sending` (committed);
2. perform: call the provider. A message already marked `sending` (an earlier attempt, a crash,
   an admin re-run) is first looked up at the provider (`SmsPort.find_sent`), so a timeout after
   the request left, or a crash before the result was stored, never sends the text twice;
3. record: store the provider id and status, or the permanent failure, and finish the job.

Provider errors map to the queue's retry-later / permanent outcomes; a message that can never
be delivered ends `failed` and its fallback (if any) runs.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from switchboard.businesses import service as businesses
from switchboard.core.config import Settings
from switchboard.integrations.email.port import OutboundEmail
from switchboard.integrations.errors import (
    ProviderAmbiguous,
    ProviderPermanent,
    ProviderRetryable,
)
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.port import OutboundSms
from switchboard.jobs.registry import DeadJob, JobContext, RetryLater, Steps, registry
from switchboard.messaging import service
from switchboard.messaging.repository import MessageRepository
from switchboard.messaging.rules import Decision, decide_email
from switchboard.messaging.status import advance
from switchboard.models.message import Message

STATUS_CALLBACK_PATH = "/twilio/sms/status"
GAVE_UP = "gave up after repeated provider errors"
# An ambiguous send is reconciled on the next attempt; give the provider a moment to settle.
AMBIGUOUS_DELAY = timedelta(seconds=5)


@dataclass(frozen=True)
class Plan:
    message_id: uuid.UUID
    sms: OutboundSms | None = None
    email: OutboundEmail | None = None
    # An earlier attempt may have reached the provider: look it up before sending.
    reconcile: bool = False
    # Rules decision taken in `prepare`; a reconciled message needs no new decision.
    decision: Decision | None = None
    since: Any = None


@dataclass(frozen=True)
class Outcome:
    provider: str
    provider_id: str | None = None
    status: str | None = None
    error: str | None = None  # a permanent provider refusal
    decision: Decision | None = None  # the rules said no (after a negative reconciliation)


def _resumable(message: Message) -> bool:
    return message.status in ("queued", "sending") or (
        message.status == "failed" and message.reason == GAVE_UP
    )


def status_callback_url(settings: Settings, message_id: uuid.UUID) -> str:
    # Our id in the query lets a callback that outruns `record` still find its message.
    return f"{settings.public_base_url}{STATUS_CALLBACK_PATH}?m={message_id}"


async def _prepare(ctx: JobContext) -> Plan | None:
    assert ctx.tenant is not None, "messaging.send always runs in a tenant"
    settings: Settings = ctx.services["settings"]
    repo = MessageRepository(ctx.uow, ctx.tenant)
    message = await repo.get(uuid.UUID(str(ctx.payload["message_id"])))
    if message is None or not _resumable(message):
        return None  # already sent, blocked or gone: a duplicate job has nothing to do
    now = ctx.clock.now()
    if message.send_after is not None and now < message.send_after:
        return None  # an earlier schedule of a deferred message; its own job will run
    attempted_before = message.status != "queued" or ctx.attempt > 1
    business = await businesses.get_own_business(ctx.uow, ctx.tenant)

    if message.channel == "email":
        decision = decide_email(lockdown=business.lockdown)
        if decision.action == "block":
            await _block(ctx, message, decision.reason)
            return None
        message.status = "sending"
        email = OutboundEmail(
            to=message.to_addr,
            from_=message.from_addr,
            subject=message.subject or "",
            body=message.body,
            client_reference=str(message.id),
            business_id=ctx.tenant.business_id,
        )
        return Plan(message.id, email=email)

    decision = await service.evaluate_sms(ctx.uow, ctx.tenant, business, message, now)
    if not attempted_before and decision.action != "send":
        await _apply_decision(ctx, message, decision)
        return None
    base = "queued" if message.status == "failed" else message.status
    message.status = advance(base, "sending")
    sms = OutboundSms(
        to=message.to_addr,
        from_=message.from_addr,
        body=message.body,
        client_reference=str(message.id),
        status_callback=status_callback_url(settings, message.id),
    )
    return Plan(
        message.id,
        sms=sms,
        reconcile=attempted_before,
        decision=decision,
        since=message.created_at,
    )


async def _perform(plan: Plan, services: dict[str, Any]) -> Outcome:
    providers: Providers = services["providers"]
    if plan.email is not None:
        try:
            email_receipt = await providers.email.send(plan.email)
        except ProviderPermanent as exc:
            return Outcome(providers.email.name, error=str(exc))
        except ProviderRetryable as exc:
            raise RetryLater(str(exc)) from None
        return Outcome(providers.email.name, email_receipt.provider_id, email_receipt.status)

    assert plan.sms is not None
    sms = providers.sms
    if plan.reconcile:
        try:
            found = await sms.find_sent(plan.sms, since=plan.since)
        except (ProviderRetryable, ProviderPermanent) as exc:
            # Unknown whether it went out: never risk a second copy, ask again later.
            raise RetryLater(f"reconcile: {exc}") from None
        if found is not None:
            return Outcome(sms.name, found.provider_id, found.status)
        if plan.decision is not None and plan.decision.action != "send":
            return Outcome(sms.name, decision=plan.decision)
    try:
        receipt = await sms.send(plan.sms)
    except ProviderAmbiguous as exc:
        raise RetryLater(str(exc), delay=AMBIGUOUS_DELAY) from None
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from None
    except ProviderPermanent as exc:
        return Outcome(sms.name, error=str(exc))
    return Outcome(sms.name, receipt.provider_id, receipt.status)


async def _record(ctx: JobContext, plan: Plan, outcome: Outcome) -> None:
    assert ctx.tenant is not None
    message = await MessageRepository(ctx.uow, ctx.tenant).get(plan.message_id)
    if message is None:
        return
    if outcome.decision is not None:
        await _apply_decision(ctx, message, outcome.decision)
    elif outcome.error is not None:
        message.status = "failed"
        message.reason = outcome.error[:300]
        await service.undeliverable(ctx.uow, ctx.tenant, message, ctx.clock.now())
    else:
        message.provider = outcome.provider
        message.provider_id = message.provider_id or outcome.provider_id
        reported = outcome.status if outcome.status not in (None, "queued") else "sending"
        # A status callback may already have moved it further; it never goes back.
        message.status = advance(message.status, reported or "sending")
        message.reason = None
        message.sent_at = ctx.clock.now()


async def _apply_decision(ctx: JobContext, message: Message, decision: Decision) -> None:
    assert ctx.tenant is not None
    if decision.action == "block":
        await _block(ctx, message, decision.reason)
    elif decision.action == "defer":
        message.status = "queued"
        await service.schedule(ctx.uow, ctx.tenant, message, decision, ctx.clock.now())


async def _block(ctx: JobContext, message: Message, reason: str | None) -> None:
    assert ctx.tenant is not None
    message.status = "blocked"
    message.reason = reason
    await service.undeliverable(ctx.uow, ctx.tenant, message, ctx.clock.now())


async def _gave_up(dead: DeadJob) -> None:
    if dead.tenant is None:
        return
    repo = MessageRepository(dead.uow, dead.tenant)
    message = await repo.get(uuid.UUID(str(dead.payload["message_id"])))
    if message is None or message.status not in ("queued", "sending"):
        return
    message.status = "failed"
    message.reason = GAVE_UP
    await service.undeliverable(dead.uow, dead.tenant, message, dead.clock.now())


registry.in_steps(
    service.SEND_JOB, Steps(prepare=_prepare, perform=_perform, record=_record), on_dead=_gave_up
)
