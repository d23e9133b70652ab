"""The built-in call control: records what it was asked to do."""

from __future__ import annotations

import uuid

from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.voice.port import CallHandle, OutboundCall


class OfflineVoice:
    name = "offline"

    def __init__(self) -> None:
        self.calls: dict[str, OutboundCall] = {}
        self.status: dict[str, str] = {}
        self.redirects: list[tuple[str, str]] = []
        # Recordings "made" on calls, by URL (tests and the demo put audio here).
        self.recordings: dict[str, bytes] = {}

    async def place_call(self, call: OutboundCall) -> CallHandle:
        provider_id = f"CAOFF{uuid.uuid4().hex}"
        self.calls[provider_id] = call
        self.status[provider_id] = "queued"
        return CallHandle(provider_id, "queued")

    async def redirect(self, provider_id: str, instructions_url: str) -> None:
        self._live(provider_id)
        self.redirects.append((provider_id, instructions_url))

    async def hang_up(self, provider_id: str) -> None:
        self._live(provider_id)
        self.status[provider_id] = "completed"

    async def fetch_recording(self, recording_url: str) -> bytes:
        audio = self.recordings.get(recording_url)
        if audio is None:
            raise ProviderPermanent("no such recording")
        return audio

    def _live(self, provider_id: str) -> None:
        if self.status.get(provider_id) in (None, "completed", "failed"):
            raise ProviderPermanent("no such live call")
