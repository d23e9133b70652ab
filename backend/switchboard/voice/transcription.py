"""Voicemail transcripts: a job fetches the recording and runs it through the speech port.

The owner was already paged when the recording arrived; the transcript is added to the
callback item when it is ready. A recording that cannot be fetched or understood leaves the
callback with its recording link, never lost.

A voicemail is transcribed only in its own language (the call's, else the business's). With no
recogniser for that language (the offline one knows English only) nothing is "transcribed" in
another: the recording is kept, the transcript is marked `unavailable_language`, and the owner
is told. When the tenant asks (`delete_recordings_after_transcription`), a recording that got a
transcript is deleted at the provider by a job of its own, so a failed delete is retried without
transcribing again."""

from __future__ import annotations

import uuid
from typing import Any

from switchboard.alerts import service as alerts
from switchboard.alerts.catalogue import language_name
from switchboard.businesses import service as businesses
from switchboard.conversations import service as conversations
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.voice.twilio import is_recording_url
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, PermanentFailure, RetryLater, registry
from switchboard.models.callback import Callback
from switchboard.tenancy.context import TenantContext
from switchboard.voice.calls import DELETE_RECORDING_JOB, TRANSCRIBE_JOB


async def _job_inputs(ctx: JobContext) -> tuple[TenantContext, Any, Callback]:
    """What both voicemail jobs start from: the worker's providers and the callback."""
    if ctx.tenant is None:
        raise PermanentFailure("a voicemail belongs to a tenant")
    providers = ctx.services.get("providers")
    if providers is None:
        raise RetryLater("providers are not available to this worker")
    callback = await conversations.get_callback(
        ctx.uow, ctx.tenant, uuid.UUID(str(ctx.payload["callback_id"]))
    )
    return ctx.tenant, providers, callback


@registry.handler(TRANSCRIBE_JOB)
async def transcribe_voicemail(ctx: JobContext) -> None:
    tenant, providers, callback = await _job_inputs(ctx)
    recording_url = str(ctx.payload["recording_url"])
    if not is_recording_url(recording_url):
        # Checked when the callback arrived too; a job queued before that check is not run.
        raise PermanentFailure("the recording is not at Twilio")
    business = await businesses.get_own_business(ctx.uow, tenant)
    # Jobs queued before the language was recorded are English, as they always were.
    language = str(ctx.payload.get("language") or "en")
    callback.transcript_language = language
    if not providers.speech.supports(language):
        callback.transcript = None
        callback.transcript_status = "unavailable_language"
        await alerts.page_owner(
            ctx.uow,
            tenant,
            event="voicemail_untranscribed",
            event_key=str(callback.id),
            clock=ctx.clock,
            caller=callback.phone or "",
            summary=language_name(business.language, language),
        )
        return
    try:
        audio = await providers.voice.fetch_recording(recording_url)
        transcript = await providers.speech.transcribe(audio, "audio/wav", language)
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc
    understood = transcript.confidence > 0 and bool(transcript.text.strip())
    callback.transcript = transcript.text if understood else ""
    callback.transcript_status = "done" if understood else "not_understood"
    if understood and (business.settings or {}).get("delete_recordings_after_transcription"):
        await queue.enqueue(
            ctx.uow,
            DELETE_RECORDING_JOB,
            {"callback_id": str(callback.id), "recording_url": recording_url},
            tenant=tenant,
            idempotency_key=f"recording-delete:{callback.id}",
            now=ctx.clock.now(),
        )


@registry.handler(DELETE_RECORDING_JOB)
async def delete_recording(ctx: JobContext) -> None:
    _tenant, providers, callback = await _job_inputs(ctx)
    try:
        await providers.voice.delete_recording(str(ctx.payload["recording_url"]))
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc
    callback.recording_deleted_at = ctx.clock.now()
