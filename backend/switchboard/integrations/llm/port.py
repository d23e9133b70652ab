"""An optional language model that helps understanding; the deterministic assistant is the
fallback whenever it is slow, down, unsure, or not configured."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol


@dataclass(frozen=True)
class ChatTurn:
    role: Literal["system", "user", "assistant"]
    content: str


class LlmPort(Protocol):
    name: str

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        """Raises `ProviderUnavailable` when there is no model, `ProviderRetryable` on timeout."""
        ...
