"""Call control on a live call (the TwiML webhooks themselves are routes, not a port)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutboundCall:
    to: str  # E.164
    from_: str  # E.164, the business's number
    # Where the provider fetches instructions once the call is answered (under PUBLIC_BASE_URL).
    instructions_url: str
    client_reference: str


@dataclass(frozen=True)
class CallHandle:
    provider_id: str
    status: str  # queued | ringing | in-progress | completed | failed


class VoicePort(Protocol):
    name: str

    async def place_call(self, call: OutboundCall) -> CallHandle: ...

    async def redirect(self, provider_id: str, instructions_url: str) -> None:
        """Send a live call to new instructions (e.g. a warm transfer)."""
        ...

    async def hang_up(self, provider_id: str) -> None: ...

    async def fetch_recording(self, recording_url: str) -> bytes:
        """The audio (WAV) of a recording the provider made on one of our calls. A URL that is
        not the provider's own is refused (`ProviderPermanent`) without any request."""
        ...

    async def delete_recording(self, recording_url: str) -> None:
        """Delete the recording at the provider; one that is already gone counts as deleted."""
        ...
