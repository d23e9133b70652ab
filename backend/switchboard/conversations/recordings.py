"""A voicemail's audio for the owner: fetched from the voice provider on request (the provider
holds recordings; we keep only their address), never stored by us."""

from __future__ import annotations

import uuid

from switchboard.conversations import service
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import DomainError, NotFound
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.voice.port import VoicePort
from switchboard.tenancy.context import TenantContext


class RecordingGone(NotFound):
    type_slug = "recording-gone"
    title = "No recording"


class RecordingUnavailable(DomainError):
    status = 503
    type_slug = "recording-unavailable"
    title = "Recording unavailable"


async def voicemail_audio(
    uow: UnitOfWork, tenant: TenantContext, callback_id: uuid.UUID, voice: VoicePort
) -> bytes:
    callback = await service.get_callback(uow, tenant, callback_id)
    if not callback.recording_url or callback.recording_deleted_at is not None:
        raise RecordingGone("This callback has no recording (none was made, or it was deleted).")
    try:
        return await voice.fetch_recording(callback.recording_url)
    except ProviderRetryable as exc:
        raise RecordingUnavailable("The voice provider did not answer; try again.") from exc
    except ProviderPermanent as exc:
        raise RecordingGone("The voice provider no longer has this recording.") from exc
