"""The built-in speech provider. It cannot understand audio, and says so (confidence 0), unless a
test has scripted the transcript for that exact recording; it synthesizes silence."""

from __future__ import annotations

import hashlib
import io
import wave

from switchboard.integrations.speech.port import Transcript


class OfflineSpeech:
    name = "offline"

    def __init__(self) -> None:
        self._scripted: dict[str, str] = {}

    def script(self, audio: bytes, text: str) -> None:
        self._scripted[hashlib.sha256(audio).hexdigest()] = text

    async def transcribe(self, audio: bytes, content_type: str, language: str) -> Transcript:
        text = self._scripted.get(hashlib.sha256(audio).hexdigest())
        if text is None:
            return Transcript(text="", language=language, confidence=0.0)
        return Transcript(text=text, language=language, confidence=1.0)

    async def synthesize(self, text: str, language: str) -> bytes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(8000)
            # Roughly the time it takes to say the words, at ~15 characters per second.
            out.writeframes(b"\x00\x00" * int(8000 * max(0.2, len(text) / 15)))
        return buffer.getvalue()
