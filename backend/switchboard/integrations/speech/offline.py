"""The built-in speech provider. It transcribes English WAV recordings with PocketSphinx,
offline (`recogniser.py`), unless a test has scripted the transcript for that exact recording;
audio it cannot read is reported as not understood (confidence 0). It supports English only:
the shipped model is US English. It synthesizes silence.

Its health check loads the model and, when given a known sample (`check_sample`: a WAV and
words that must be heard in it), transcribes it; without one it decodes a short tone, which
proves the decoder runs. `fail_always()` makes the check fail until `recover()`."""

from __future__ import annotations

import asyncio
import hashlib
import io
import math
import wave

from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.speech import recogniser
from switchboard.integrations.speech.port import Transcript


class OfflineSpeech:
    name = "offline"

    def __init__(self, check_sample: tuple[bytes, str] | None = None) -> None:
        self._scripted: dict[str, str] = {}
        self._check_sample = check_sample
        self._failing = False

    def fail_always(self) -> None:
        self._failing = True

    def recover(self) -> None:
        self._failing = False

    async def check(self) -> str:
        """The operator's health check (see the module's note)."""
        if self._failing:
            raise ProviderPermanent("offline speech provider: told to fail")
        try:
            await asyncio.to_thread(recogniser.load)
        except Exception as exc:  # a missing or unreadable model file, whatever the library raises
            raise ProviderPermanent(
                f"speech: the model did not load ({type(exc).__name__})"
            ) from None
        if self._check_sample is None:
            await asyncio.to_thread(recogniser.recognise, _tone())
            return "English model loaded; the decoder runs"
        audio, words = self._check_sample
        try:
            heard, _ = await asyncio.to_thread(recogniser.recognise, audio)
        except recogniser.UnreadableAudio:
            raise ProviderPermanent("speech: the check sample is not a 16-bit WAV") from None
        if words.lower() not in heard.lower():
            raise ProviderPermanent(
                f"speech: the known sample was not recognised (heard {len(heard.split())} word(s))"
            )
        return "English model loaded; the known sample was recognised"

    def supports(self, language: str) -> bool:
        return language.lower().startswith("en")

    def script(self, audio: bytes, text: str) -> None:
        self._scripted[hashlib.sha256(audio).hexdigest()] = text

    async def transcribe(self, audio: bytes, content_type: str, language: str) -> Transcript:
        text = self._scripted.get(hashlib.sha256(audio).hexdigest())
        if text is not None:
            return Transcript(text=text, language=language, confidence=1.0)
        if not language.startswith("en"):
            # The shipped model is US English; a Spanish message would come out as nonsense.
            return Transcript(text="", language=language, confidence=0.0)
        try:
            heard, confidence = await asyncio.to_thread(recogniser.recognise, audio)
        except recogniser.UnreadableAudio:
            return Transcript(text="", language=language, confidence=0.0)
        return Transcript(text=heard, language=language, confidence=confidence)

    async def synthesize(self, text: str, language: str) -> bytes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(8000)
            # Roughly the time it takes to say the words, at ~15 characters per second.
            out.writeframes(b"\x00\x00" * int(8000 * max(0.2, len(text) / 15)))
        return buffer.getvalue()


def _tone() -> bytes:
    """Half a second of a 440 Hz tone at 8 kHz (loud enough to be decoded, not silence)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(
            b"".join(
                int(3000 * math.sin(2 * math.pi * 440 * i / 8000)).to_bytes(
                    2, "little", signed=True
                )
                for i in range(4000)
            )
        )
    return buffer.getvalue()
