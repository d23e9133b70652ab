"""No language model (LLM_PROVIDER=none), and a scripted one for tests."""

from __future__ import annotations

from switchboard.integrations.errors import ProviderUnavailable
from switchboard.integrations.llm.port import ChatTurn


class NoLlm:
    """Always unavailable: callers take their deterministic path."""

    name = "none"

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        raise ProviderUnavailable("no language model configured")


class ScriptedLlm:
    """Answers from a queue of canned replies, recording the prompts it was given."""

    name = "offline"

    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.prompts: list[list[ChatTurn]] = []

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        self.prompts.append(list(turns))
        if not self.replies:
            raise ProviderUnavailable("scripted model has no reply left")
        return self.replies.pop(0)
