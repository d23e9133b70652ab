"""The built-in call control: records what it was asked to do, and holds recordings.

Recordings it holds, and its journal of what it fetched and deleted, live in a directory
(`OFFLINE_VOICE_DIR`) so they survive a restart; without one (tests that build it bare) they
live in memory. Tests steer failures like the offline SMS provider: `fail_next(n)` makes the
next n recording calls fail with a retryable error, `fail_always()` refuses them as permanent
until `recover()`."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.voice.port import CallHandle, OutboundCall


class _RecordingStore:
    def __init__(self, directory: Path | None) -> None:
        self._dir = directory
        self._audio: dict[str, bytes] = {}
        self._journal: list[dict[str, str]] = []

    def _path(self, url: str) -> Path:
        assert self._dir is not None
        return self._dir / "recordings" / f"{hashlib.sha256(url.encode()).hexdigest()}.wav"

    def put(self, url: str, audio: bytes) -> None:
        if self._dir is None:
            self._audio[url] = audio
            return
        path = self._path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(audio)

    def get(self, url: str) -> bytes | None:
        if self._dir is None:
            return self._audio.get(url)
        path = self._path(url)
        return path.read_bytes() if path.exists() else None

    def remove(self, url: str) -> None:
        if self._dir is None:
            self._audio.pop(url, None)
        else:
            self._path(url).unlink(missing_ok=True)

    def note(self, op: str, url: str) -> None:
        entry = {"op": op, "url": url, "at": datetime.now(UTC).isoformat()}
        if self._dir is None:
            self._journal.append(entry)
            return
        self._dir.mkdir(parents=True, exist_ok=True)
        with (self._dir / "journal.jsonl").open("a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    def history(self, op: str) -> list[str]:
        entries = self._journal
        if self._dir is not None:
            path = self._dir / "journal.jsonl"
            lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            entries = [json.loads(line) for line in lines if line.strip()]
        return [e["url"] for e in entries if e["op"] == op]


class OfflineVoice:
    name = "offline"

    def __init__(self, directory: Path | None = None) -> None:
        self.calls: dict[str, OutboundCall] = {}
        self.status: dict[str, str] = {}
        self.redirects: list[tuple[str, str]] = []
        self._store = _RecordingStore(directory)
        self._fail_next = 0
        self._permanent = False

    def add_recording(self, recording_url: str, audio: bytes) -> None:
        """A recording "made" on a call (tests and the demo put audio here)."""
        self._store.put(recording_url, audio)

    @property
    def fetched(self) -> list[str]:
        return self._store.history("fetch")

    @property
    def deleted(self) -> list[str]:
        return self._store.history("delete")

    def fail_next(self, times: int) -> None:
        self._fail_next = times

    def fail_always(self) -> None:
        self._permanent = True

    async def check(self) -> str:
        """The operator's health check: failing while told to fail always."""
        if self._permanent:
            raise ProviderPermanent("offline voice provider: told to fail")
        return "built-in offline provider"

    def recover(self) -> None:
        self._fail_next = 0
        self._permanent = False

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
        self._maybe_fail()
        audio = self._store.get(recording_url)
        if audio is None:
            raise ProviderPermanent("offline voice: no such recording")
        self._store.note("fetch", recording_url)
        return audio

    async def delete_recording(self, recording_url: str) -> None:
        self._maybe_fail()
        self._store.remove(recording_url)
        self._store.note("delete", recording_url)

    def _maybe_fail(self) -> None:
        if self._permanent:
            raise ProviderPermanent("offline voice provider refuses every request")
        if self._fail_next > 0:
            self._fail_next -= 1
            raise ProviderRetryable("offline voice provider: simulated outage")

    def _live(self, provider_id: str) -> None:
        if self.status.get(provider_id) in (None, "completed", "failed"):
            raise ProviderPermanent("no such live call")
