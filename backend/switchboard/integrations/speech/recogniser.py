"""Offline speech to text with PocketSphinx: the `pocketsphinx` wheel ships its US English
acoustic model, dictionary and language model, so nothing is downloaded at run time.

Accuracy is modest (a general-vocabulary model, telephone audio), which is why the callback
keeps the recording link whatever the transcript says. Only PCM WAV is understood; anything
else is reported as not understood rather than guessed at."""

from __future__ import annotations

import io
import math
import threading
import wave
from array import array
from typing import Any

MODEL_RATE = 16000  # the shipped en-us model is trained on 16 kHz audio
MAX_SECONDS = 300
# Below this RMS (of 32767) a recording is silence or line hiss: the decoder would still
# "hear" a word in it, so it is not decoded at all.
SILENCE_RMS = 100

_lock = threading.Lock()
_decoder: Any = None


class UnreadableAudio(ValueError):
    pass


def _pcm16_mono(audio: bytes) -> tuple[array[int], int]:
    try:
        with wave.open(io.BytesIO(audio)) as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
            frames = wav.readframes(min(wav.getnframes(), rate * MAX_SECONDS))
    except (wave.Error, EOFError) as exc:
        raise UnreadableAudio(str(exc)) from exc
    if width != 2 or rate <= 0:
        raise UnreadableAudio("only 16-bit PCM WAV is understood")
    samples = array("h", frames)
    if channels > 1:
        samples = array("h", samples[::channels])
    return samples, rate


def _resample(samples: array[int], rate: int) -> array[int]:
    """Linear interpolation to the model's rate (Twilio's recordings are 8 kHz)."""
    if rate == MODEL_RATE or not samples:
        return samples
    step = rate / MODEL_RATE
    count = int(len(samples) / step)
    last = len(samples) - 1
    out = array("h", bytes(2 * count))
    for i in range(count):
        position = i * step
        left = int(position)
        right = min(left + 1, last)
        fraction = position - left
        out[i] = int(samples[left] + (samples[right] - samples[left]) * fraction)
    return out


def _get_decoder() -> Any:
    global _decoder
    if _decoder is None:
        from pocketsphinx import Decoder  # type: ignore[import-untyped]  # loads ~40 MB of model: only when first needed

        _decoder = Decoder(samprate=MODEL_RATE, loglevel="FATAL")
    return _decoder


def load() -> None:
    """Load the model (the health check: its files are present and readable)."""
    with _lock:
        _get_decoder()


def recognise(audio: bytes) -> tuple[str, float]:
    """The words heard in a WAV recording, and a confidence (0 when nothing was heard).

    Blocking and CPU-bound: callers run it in a thread. One decoder serves every call, one
    recording at a time (a PocketSphinx decoder is not thread-safe)."""
    samples, rate = _pcm16_mono(audio)
    if not samples or math.sqrt(sum(s * s for s in samples) / len(samples)) < SILENCE_RMS:
        return "", 0.0
    pcm = _resample(samples, rate).tobytes()
    with _lock:
        decoder = _get_decoder()
        decoder.start_utt()
        decoder.process_raw(pcm, full_utt=True)
        decoder.end_utt()
        hypothesis = decoder.hyp()
    text = " ".join((hypothesis.hypstr if hypothesis else "").split())
    if not text:
        return "", 0.0
    # PocketSphinx's posterior is not calibrated; keep it in (0, 1] so "heard something" > 0.
    return text, min(1.0, max(float(hypothesis.prob), 0.01))
