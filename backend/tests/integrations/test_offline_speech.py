"""The offline speech provider really listens: PocketSphinx with the model inside its wheel."""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from switchboard.integrations.speech.offline import OfflineSpeech


def _wav(samples: list[int], rate: int) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(s.to_bytes(2, "little", signed=True) for s in samples))
    return buffer.getvalue()


async def test_silence_is_understood_as_nothing() -> None:
    speech = OfflineSpeech()
    silence = await speech.synthesize("nobody said anything at all", "en")
    transcript = await speech.transcribe(silence, "audio/wav", "en")
    assert transcript.text == "" and transcript.confidence == 0.0


async def test_a_tone_at_telephone_rate_is_decoded_without_error() -> None:
    # 8 kHz like a Twilio recording: resampled to the model's 16 kHz, not rejected.
    tone = [int(3000 * math.sin(2 * math.pi * 440 * i / 8000)) for i in range(8000)]
    transcript = await OfflineSpeech().transcribe(_wav(tone, 8000), "audio/wav", "en")
    assert transcript.confidence >= 0.0


async def test_audio_it_cannot_read_is_not_guessed_at() -> None:
    transcript = await OfflineSpeech().transcribe(b"ID3 not a wav", "audio/mpeg", "en")
    assert transcript.text == "" and transcript.confidence == 0.0


async def test_a_scripted_transcript_wins() -> None:
    speech = OfflineSpeech()
    speech.script(b"recording", "hi this is dana")
    transcript = await speech.transcribe(b"recording", "audio/wav", "en")
    assert transcript.text == "hi this is dana" and transcript.confidence == 1.0


@pytest.mark.skipif(
    shutil.which("espeak-ng") is None and not os.environ.get("CI"),
    reason="espeak-ng (apt) is not installed; .ci/run installs it, and in CI this test must run",
)
async def test_spoken_words_are_recognised(tmp_path: Path) -> None:
    path = tmp_path / "voicemail.wav"
    # A synthetic voice is hard for a model trained on people; slow speech keeps the key words.
    words = "please call me back about my water heater"
    subprocess.run(
        ["espeak-ng", "-v", "en-us", "-s", "120", "-w", str(path), words],
        check=True,
        timeout=30,
    )
    transcript = await OfflineSpeech().transcribe(path.read_bytes(), "audio/wav", "en")
    assert "water heater" in transcript.text, transcript.text
    assert transcript.confidence > 0
