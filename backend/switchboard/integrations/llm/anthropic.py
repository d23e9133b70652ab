"""Anthropic messages through the official SDK (LLM_PROVIDER=anthropic).

The SDK's own retries are off, for the same reason as the OpenAI adapter: the turn's budget
is short and the deterministic understanding is always there to fall back on.
"""

from __future__ import annotations

import anthropic
from anthropic.types import MessageParam

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.llm.port import ChatTurn

DEFAULT_MODEL = "claude-haiku-4-5"


class AnthropicLlm:
    name = "anthropic"

    def __init__(
        self, api_key: str, *, model: str = DEFAULT_MODEL, base_url: str | None = None
    ) -> None:
        self.model = model
        self._client = anthropic.AsyncAnthropic(api_key=api_key, base_url=base_url, max_retries=0)

    async def check(self) -> str:
        """The operator's health check: the key is accepted and the model is available to
        it (reads the model, asks it nothing)."""
        try:
            await self._client.models.retrieve(self.model, timeout=10.0)
        except (anthropic.APITimeoutError, anthropic.APIConnectionError) as exc:
            raise ProviderRetryable(f"anthropic: {type(exc).__name__}") from exc
        except anthropic.APIStatusError as exc:
            raise ProviderPermanent(f"anthropic: HTTP {exc.status_code}") from exc
        except anthropic.APIError as exc:
            raise ProviderPermanent(f"anthropic: {type(exc).__name__}") from exc
        return f"key valid, model {self.model} available"

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        # Anthropic takes the system prompt apart from the conversation.
        system = "\n\n".join(t.content for t in turns if t.role == "system")
        messages: list[MessageParam] = [
            MessageParam(role="assistant" if t.role == "assistant" else "user", content=t.content)
            for t in turns
            if t.role != "system"
        ]
        try:
            response = await self._client.messages.create(
                model=self.model,
                max_tokens=max_tokens,
                system=system,
                messages=messages,
                temperature=0,
                timeout=timeout_s,
            )
        except (anthropic.APITimeoutError, anthropic.APIConnectionError) as exc:
            raise ProviderRetryable(f"anthropic: {type(exc).__name__}") from exc
        except anthropic.APIStatusError as exc:
            if exc.status_code == 429 or exc.status_code >= 500:
                raise ProviderRetryable(f"anthropic: HTTP {exc.status_code}") from exc
            raise ProviderPermanent(f"anthropic: HTTP {exc.status_code}") from exc
        except anthropic.APIError as exc:
            raise ProviderPermanent(f"anthropic: {type(exc).__name__}") from exc
        text = "".join(block.text for block in response.content if block.type == "text")
        if not text:
            raise ProviderPermanent("anthropic: empty answer")
        return text
