"""The built-in speech provider. It transcribes English WAV recordings with PocketSphinx,
offline (`recogniser.py`), unless a test has scripted the transcript for that exact recording;
audio it cannot read is reported as not understood (confidence 0). It supports English only:
the shipped model is US English. It synthesizes silence."""

from __future__ import annotations

import asyncio
import hashlib
import io
import wave

from switchboard.integrations.speech import recogniser
from switchboard.integrations.speech.port import Transcript


class OfflineSpeech:
    name = "offline"

    def __init__(self) -> None:
        self._scripted: dict[str, str] = {}

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
