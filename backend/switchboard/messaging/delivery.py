"""The delivery job: hands one queued message to its provider, exactly once.

Exactly once, even across crashes and timeouts: a job that runs again (a retry after an
error, a re-run after a crash, an admin re-run of a dead job) first asks the provider whether
an earlier attempt already went through (`SmsPort.find_sent`) and records that instead of
sending again. Provider errors map to the queue's retry-later / permanent outcomes; a message
that can never be delivered is marked `failed` and its fallback (if any) runs.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from switchboard.businesses import service as businesses
from switchboard.core.config import Settings
from switchboard.integrations.email.port import OutboundEmail
from switchboard.integrations.errors import (
    ProviderAmbiguous,
    ProviderPermanent,
    ProviderRetryable,
)
from switchboard.integrations.providers import Providers
from switchboard.integrations.sms.port import OutboundSms, SmsReceipt
from switchboard.jobs.registry import DeadJob, JobContext, RetryLater, registry
from switchboard.messaging import service
from switchboard.messaging.repository import MessageRepository
from switchboard.messaging.rules import decide_email
from switchboard.messaging.status import advance
from switchboard.models.message import Message

STATUS_CALLBACK_PATH = "/twilio/sms/status"
GAVE_UP = "gave up after repeated provider errors"
# An ambiguous send is reconciled on the next attempt; give the provider a moment to settle.
AMBIGUOUS_DELAY = timedelta(seconds=5)


def _resumable(message: Message) -> bool:
    return message.status in ("queued", "sending") or (
        message.status == "failed" and message.reason == GAVE_UP
    )


async def _deliver(ctx: JobContext) -> None:
    assert ctx.tenant is not None, "messaging.send always runs in a tenant"
    providers: Providers = ctx.services["providers"]
    settings: Settings = ctx.services["settings"]
    repo = MessageRepository(ctx.uow, ctx.tenant)
    message = await repo.get(uuid.UUID(str(ctx.payload["message_id"])))
    if message is None or not _resumable(message):
        return  # already sent, blocked or gone: a duplicate job has nothing to do
    now = ctx.clock.now()
    if message.send_after is not None and now < message.send_after:
        return  # an earlier schedule of a message that was deferred; its own job will run
    # A previous attempt may have reached the provider before this process lost track of it.
    attempted_before = ctx.attempt > 1 or message.status != "queued"
    business = await businesses.get_own_business(ctx.uow, ctx.tenant)

    if message.channel == "email":
        decision = decide_email(lockdown=business.lockdown)
        if decision.action == "block":
            await _block(ctx, message, decision.reason)
            return
        outbound = OutboundEmail(
            to=message.to_addr,
            from_=message.from_addr,
            subject=message.subject or "",
            body=message.body,
            client_reference=str(message.id),
        )
        try:
            email_receipt = await providers.email.send(outbound)
        except ProviderRetryable as exc:
            raise RetryLater(str(exc)) from None
        except ProviderPermanent as exc:
            await _fail(ctx, message, str(exc))
            return
        _record(message, providers.email.name, email_receipt.provider_id, email_receipt.status, now)
        return

    sms = OutboundSms(
        to=message.to_addr,
        from_=message.from_addr,
        body=message.body,
        client_reference=str(message.id),
        status_callback=settings.public_base_url + STATUS_CALLBACK_PATH,
    )
    if attempted_before:
        try:
            found = await providers.sms.find_sent(sms, since=message.created_at)
        except (ProviderRetryable, ProviderPermanent) as exc:
            # Unknown whether it went out: never risk a second copy, ask again later.
            raise RetryLater(f"reconcile: {exc}") from None
        if found is not None:
            _record_sms(message, providers.sms.name, found, now)
            return

    decision = await service.evaluate_sms(ctx.uow, ctx.tenant, business, message, now)
    if decision.action == "block":
        await _block(ctx, message, decision.reason)
        return
    if decision.action == "defer" and decision.until is not None:
        message.status = "queued"
        await service._schedule(ctx.uow, ctx.tenant, message, decision, now)
        return

    try:
        receipt = await providers.sms.send(sms)
    except ProviderAmbiguous as exc:
        raise RetryLater(str(exc), delay=AMBIGUOUS_DELAY) from None
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from None
    except ProviderPermanent as exc:
        await _fail(ctx, message, str(exc))
        return
    _record_sms(message, providers.sms.name, receipt, ctx.clock.now())


def _record_sms(message: Message, provider: str, receipt: SmsReceipt, now: datetime) -> None:
    _record(message, provider, receipt.provider_id, receipt.status, now)


def _record(message: Message, provider: str, provider_id: str, status: str, now: datetime) -> None:
    message.provider = provider
    message.provider_id = provider_id
    # From "failed" (an admin re-run of a given-up message) the send restarts the machine.
    base = "queued" if message.status == "failed" else message.status
    message.status = advance(base, status if status != "queued" else "sending")
    message.reason = None
    message.sent_at = now


async def _block(ctx: JobContext, message: Message, reason: str | None) -> None:
    assert ctx.tenant is not None
    message.status = "blocked"
    message.reason = reason
    await service.undeliverable(ctx.uow, ctx.tenant, message, ctx.clock.now())


async def _fail(ctx: JobContext, message: Message, reason: str) -> None:
    assert ctx.tenant is not None
    message.status = "failed"
    message.reason = reason[:300]
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


registry.handler(service.SEND_JOB, on_dead=_gave_up)(_deliver)
