"""Voicemail transcripts: a job fetches the recording and runs it through the speech port.

The owner was already paged when the recording arrived; the transcript is added to the
callback item when it is ready. A recording that cannot be fetched or understood leaves the
callback with its recording link, never lost.

A voicemail is transcribed only in its own language (the call's, else the business's). With no
recogniser for that language (the offline one knows English only) nothing is "transcribed" in
another: the recording is kept, the transcript is marked `unavailable_language`, and the owner
is told. When the tenant asks (`delete_recordings_after_transcription`), a recording that got a
transcript is deleted at the provider by a job of its own, so a failed delete is retried without
transcribing again.

Both jobs run in steps (`jobs.registry.Steps`): what the calls need is read and committed first,
the recording fetch, the recogniser and the delete run with no transaction open, and the result
is written in a new transaction with the job's "done" mark."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from switchboard.alerts import service as alerts
from switchboard.alerts.catalogue import language_name
from switchboard.businesses import service as businesses
from switchboard.conversations import service as conversations
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.speech.port import Transcript
from switchboard.integrations.voice.twilio import is_recording_url
from switchboard.jobs import queue
from switchboard.jobs.registry import JobContext, PermanentFailure, RetryLater, Steps, registry
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


@dataclass(frozen=True)
class _Transcription:
    """What the provider calls need, read in the first transaction."""

    recording_url: str
    language: str


async def _prepare_transcription(ctx: JobContext) -> _Transcription | None:
    tenant, providers, callback = await _job_inputs(ctx)
    recording_url = str(ctx.payload["recording_url"])
    if not is_recording_url(recording_url):
        # Checked when the callback arrived too; a job queued before that check is not run.
        raise PermanentFailure("the recording is not at Twilio")
    # Jobs queued before the language was recorded are English, as they always were.
    language = str(ctx.payload.get("language") or "en")
    callback.transcript_language = language
    if providers.speech.supports(language):
        return _Transcription(recording_url, language)
    business = await businesses.get_own_business(ctx.uow, tenant)
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
    return None


async def _transcribe(plan: _Transcription, services: dict[str, Any]) -> Transcript:
    """The recording fetch and the recogniser, with no transaction open: a slow provider (or
    the offline recogniser's seconds of CPU) holds no connection and, on SQLite, no write
    lock. A crash after this re-runs the job, which fetches and transcribes again: nothing
    outside changes until the delete job, queued by the record step."""
    providers = services["providers"]
    try:
        audio = await providers.voice.fetch_recording(plan.recording_url)
        transcript: Transcript = await providers.speech.transcribe(
            audio, "audio/wav", plan.language
        )
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc
    return transcript


async def _record_transcription(
    ctx: JobContext, plan: _Transcription, transcript: Transcript
) -> None:
    tenant, _providers, callback = await _job_inputs(ctx)
    business = await businesses.get_own_business(ctx.uow, tenant)
    understood = transcript.confidence > 0 and bool(transcript.text.strip())
    callback.transcript = transcript.text if understood else ""
    callback.transcript_status = "done" if understood else "not_understood"
    if understood and (business.settings or {}).get("delete_recordings_after_transcription"):
        await queue.enqueue(
            ctx.uow,
            DELETE_RECORDING_JOB,
            {"callback_id": str(callback.id), "recording_url": plan.recording_url},
            tenant=tenant,
            idempotency_key=f"recording-delete:{callback.id}",
            now=ctx.clock.now(),
        )


registry.in_steps(
    TRANSCRIBE_JOB,
    Steps(
        prepare=_prepare_transcription,
        perform=_transcribe,
        record=_record_transcription,
    ),
)


async def _prepare_delete(ctx: JobContext) -> str:
    await _job_inputs(ctx)  # the callback is this tenant's, and providers are there
    return str(ctx.payload["recording_url"])


async def _delete(recording_url: str, services: dict[str, Any]) -> None:
    try:
        await services["providers"].voice.delete_recording(recording_url)
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc


async def _record_delete(ctx: JobContext, _url: str, _result: None) -> None:
    _tenant, _providers, callback = await _job_inputs(ctx)
    callback.recording_deleted_at = ctx.clock.now()


# A repeated delete is harmless (Twilio's 404 counts as deleted), so a crash between the
# call and the record step only deletes again.
registry.in_steps(
    DELETE_RECORDING_JOB,
    Steps(prepare=_prepare_delete, perform=_delete, record=_record_delete),
)
