"""Voicemail transcripts: a job fetches the recording and runs it through the speech port.

The owner was already paged when the recording arrived; the transcript is added to the
callback item when it is ready. A recording that cannot be fetched or understood leaves the
callback with its recording link, never lost."""

from __future__ import annotations

import uuid

from switchboard.conversations import service as conversations
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.voice.twilio import is_recording_url
from switchboard.jobs.registry import JobContext, PermanentFailure, RetryLater, registry
from switchboard.voice.calls import TRANSCRIBE_JOB


@registry.handler(TRANSCRIBE_JOB)
async def transcribe_voicemail(ctx: JobContext) -> None:
    if ctx.tenant is None:
        raise PermanentFailure("a voicemail belongs to a tenant")
    providers = ctx.services.get("providers")
    if providers is None:
        raise RetryLater("providers are not available to this worker")
    callback = await conversations.get_callback(
        ctx.uow, ctx.tenant, uuid.UUID(str(ctx.payload["callback_id"]))
    )
    recording_url = str(ctx.payload["recording_url"])
    if not is_recording_url(recording_url):
        # Checked when the callback arrived too; a job queued before that check is not run.
        raise PermanentFailure("the recording is not at Twilio")
    try:
        audio = await providers.voice.fetch_recording(recording_url)
        transcript = await providers.speech.transcribe(audio, "audio/wav", "en")
    except ProviderRetryable as exc:
        raise RetryLater(str(exc)) from exc
    except ProviderPermanent as exc:
        raise PermanentFailure(str(exc)) from exc
    callback.transcript = transcript.text if transcript.confidence > 0 else ""
