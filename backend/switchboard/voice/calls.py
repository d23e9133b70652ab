"""What happens around a call besides the conversation itself: missed calls, voicemails,
the owner line. Each is a service function the voice routes call."""

from __future__ import annotations

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from switchboard.alerts import service as alerts
from switchboard.assistant.engine import DialogState
from switchboard.assistant.engine.speech import parts
from switchboard.conversations import service as conversations
from switchboard.core.clock import Clock
from switchboard.core.db import UnitOfWork
from switchboard.jobs import queue
from switchboard.messaging import service as messaging
from switchboard.models.business import Business
from switchboard.models.conversation import Conversation
from switchboard.receptionist.world import summary_line
from switchboard.scheduling import service as scheduling
from switchboard.tenancy.context import TenantContext
from switchboard.voice import caller_id

# Outcomes after which a call that ends is not "missed".
HANDLED = {
    "booked",
    "rescheduled",
    "cancelled",
    "status_given",
    "handoff",
    "opted_out",
    "wrong_number",
    "sales",
    "emergency_transfer",
    "voicemail",
    "answered_by_owner",
}
MISSED_STATUSES = {"no-answer", "busy", "failed", "canceled"}
TRANSCRIBE_JOB = "voice.transcribe_voicemail"
DELETE_RECORDING_JOB = "voice.delete_recording"

_TEXT_BACK = {
    "en": "Sorry we missed your call to {business}. Reply here with what you need and we'll "
    "get you booked, or call us back any time.",
    "es": "Lamentamos no haber atendido su llamada a {business}. Responda aquí con lo que "
    "necesita y le agendamos, o vuelva a llamar cuando quiera.",
}


_OWNER_LINE = {
    "offer_text": "Press 1 to have this texted to you.",
    "offer_unread": "Press 1 to have today's and tomorrow's jobs texted to your phone.",
    "no_pin": "To hear your jobs on this line, set an owner PIN in your business settings "
    "on the dashboard.",
    "enter_pin": "Enter your owner PIN, then press pound.",
    "wrong_pin": "That PIN is not right. Enter your owner PIN, then press pound.",
    "pin_locked": "Too many wrong PINs. Please try again later. Goodbye.",
    "texted": "Texted to your phone. Goodbye.",
    "goodbye": "Goodbye.",
}
OWNER_BRIEFING_MAX = 1500


def owner_line_words(key: str) -> str:
    return _OWNER_LINE[key]


async def conversation_for_call(
    uow: UnitOfWork, tenant: TenantContext, call_sid: str
) -> Conversation | None:
    return await conversations.for_turn(uow, tenant, Conversation.external_id == f"call:{call_sid}")


async def call_ended(
    uow: UnitOfWork,
    tenant: TenantContext,
    business: Business,
    clock: Clock,
    *,
    call_sid: str,
    caller: str | None,
    call_status: str,
) -> str:
    """Apply Twilio's final call status. Returns "handled" or "missed"."""
    conversation = await conversation_for_call(uow, tenant, call_sid)
    state = DialogState.from_json(conversation.state if conversation else None)
    if call_status == "completed" and state.outcome in HANDLED:
        return "handled"
    if call_status not in MISSED_STATUSES and call_status != "completed":
        return "handled"
    reason = "missed_call" if state.turns == 0 else "partial_intake"
    summary = summary_line(state.captured())
    if not state.callback_created:
        customer_id = conversation.customer_id if conversation else None
        await conversations.open_callback(
            uow,
            tenant,
            reason=reason,
            at=clock.now(),
            phone=caller,
            customer_id=customer_id,
            details=_with_withheld(summary, caller, customer_id, business.language),
            conversation_id=conversation.id if conversation else None,
            number_withheld=caller is None,
        )
        state.callback_created = True
    state.outcome = state.outcome or "missed"
    if conversation is not None:
        conversation.state = state.to_json()
    if caller and not business.lockdown:
        # One text-back per call (the dedup key), through the sending rules (opt-out, quiet
        # hours, caps all apply).
        await messaging.send_sms(
            uow,
            tenant,
            to=caller,
            body=_TEXT_BACK.get(business.language, _TEXT_BACK["en"]).format(business=business.name),
            kind="missed_call",
            clock=clock,
            dedup_key=f"missed_call:{call_sid}",
            conversation_id=conversation.id if conversation else None,
            customer_id=conversation.customer_id if conversation else None,
        )
    await alerts.page_owner(
        uow,
        tenant,
        event="missed_call",
        event_key=call_sid,
        clock=clock,
        caller=caller or caller_id.withheld(business.language),
        summary=summary or reason.replace("_", " "),
    )
    return "missed"


def _with_withheld(
    details: str, caller: str | None, customer_id: uuid.UUID | None, language: str
) -> str:
    """A callback item with no number to call says so first."""
    if caller is not None or customer_id is not None:
        return details
    return f"{caller_id.withheld(language)}. {details}".strip()


async def voicemail_recorded(
    uow: UnitOfWork,
    tenant: TenantContext,
    business: Business,
    clock: Clock,
    *,
    call_sid: str,
    caller: str | None,
    recording_url: str,
    duration_s: int,
) -> uuid.UUID:
    """A voicemail is a callback item with the recording; the transcript follows as a job.
    The caller is the one the call was answered for (`caller`, else the call's conversation);
    with no usable number the item says "number withheld" and the owner is still paged."""
    existing = await conversations.callback_with_recording(uow, tenant, recording_url)
    if existing is not None:
        return existing.id  # a replayed callback: the item, page and transcript exist
    conversation = await conversation_for_call(uow, tenant, call_sid)
    state = DialogState.from_json(conversation.state if conversation else None)
    caller = caller or (conversation.phone if conversation else None)
    customer_id = conversation.customer_id if conversation else None
    callback = await conversations.open_callback(
        uow,
        tenant,
        reason="voicemail",
        at=clock.now(),
        phone=caller,
        customer_id=customer_id,
        details=_with_withheld(
            summary_line(state.captured()) or "voicemail", caller, customer_id, business.language
        ),
        conversation_id=conversation.id if conversation else None,
        number_withheld=caller is None,
    )
    callback.recording_url = recording_url
    callback.transcript_status = "pending"
    # The language the caller spoke in this call, else the business's: the transcript is
    # made in it or not at all.
    language = state.language if conversation is not None else business.language
    callback.transcript_language = language
    if conversation is not None:
        state.callback_created = True
        state.outcome = "voicemail"
        conversation.state = state.to_json()
    await alerts.page_owner(
        uow,
        tenant,
        event="voicemail",
        event_key=call_sid,
        clock=clock,
        caller=caller or caller_id.withheld(business.language),
        summary=f"{duration_s} second message. {summary_line(state.captured())}".strip(),
    )
    await queue.enqueue(
        uow,
        TRANSCRIBE_JOB,
        {
            "callback_id": str(callback.id),
            "recording_url": recording_url,
            "duration_s": duration_s,
            "caller": caller or "",
            "language": language,
        },
        tenant=tenant,
        idempotency_key=f"voicemail:{call_sid}:{callback.id}",
        now=clock.now(),
    )
    return callback.id


async def owner_briefing(
    uow: UnitOfWork, tenant: TenantContext, business: Business, clock: Clock
) -> str:
    """Today's and tomorrow's jobs and the open callbacks, for the owner calling in."""
    zone = ZoneInfo(business.timezone)
    now = clock.now()
    start = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + timedelta(days=2)
    jobs = await scheduling.list_appointments(
        uow, tenant, start, end, ("scheduled", "confirmed"), limit=20
    )
    open_callbacks = await conversations.list_callbacks(uow, tenant, "open")
    lines = []
    today = start.date()
    for label, day in (("Today", today), ("Tomorrow", today + timedelta(days=1))):
        todays = [j for j in jobs if j.start.astimezone(zone).date() == day]
        if not todays:
            lines.append(f"{label}: no jobs.")
            continue
        spoken = "; ".join(
            f"{parts(j.start, business.timezone, 'en')['time']}, {j.service}"
            + (", emergency" if j.is_emergency else "")
            for j in todays
        )
        lines.append(f"{label}: {len(todays)} job{'s' if len(todays) != 1 else ''}. {spoken}.")
    count = len(open_callbacks)
    lines.append(f"{count} open callback{'s' if count != 1 else ''}.")
    return " ".join(lines)


async def text_owner_briefing(
    uow: UnitOfWork, tenant: TenantContext, business: Business, clock: Clock, *, call_sid: str
) -> None:
    """The owner pressed 1 on the owner line: the same briefing, by SMS, once per call."""
    if not business.owner_phone:
        return
    briefing = await owner_briefing(uow, tenant, business, clock)
    await messaging.send_sms(
        uow,
        tenant,
        to=business.owner_phone,
        body=f"{business.name}: {briefing}"[:OWNER_BRIEFING_MAX],
        kind="owner_briefing",
        # Asked for just now, on the phone: it must not wait for the end of quiet hours.
        urgent=True,
        clock=clock,
        dedup_key=f"owner_briefing:{call_sid}",
    )
