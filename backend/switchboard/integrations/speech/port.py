"""Speech to text (voicemails, recordings) and text to speech."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str
    confidence: float  # 0..1; 0 means "nothing understood"


class SpeechPort(Protocol):
    name: str

    def supports(self, language: str) -> bool:
        """Whether this provider can transcribe `language` (a code like "en" or "es-US").
        Audio in any other language is not transcribed: a recogniser for one language turns
        another into confident nonsense."""
        ...

    async def transcribe(self, audio: bytes, content_type: str, language: str) -> Transcript: ...

    async def synthesize(self, text: str, language: str) -> bytes:
        """Audio (WAV) for `text`."""
        ...
