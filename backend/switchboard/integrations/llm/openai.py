"""OpenAI chat completions through the official SDK (LLM_PROVIDER=openai).

The SDK's own retries are off: a turn has a budget of about a second, and the caller falls
back to the deterministic understanding rather than wait for a second attempt.
"""

from __future__ import annotations

import openai
from openai.types.chat import (
    ChatCompletionAssistantMessageParam,
    ChatCompletionMessageParam,
    ChatCompletionSystemMessageParam,
    ChatCompletionUserMessageParam,
)

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.llm.port import ChatTurn

DEFAULT_MODEL = "gpt-4o-mini"


class OpenAiLlm:
    name = "openai"

    def __init__(
        self, api_key: str, *, model: str = DEFAULT_MODEL, base_url: str | None = None
    ) -> None:
        self.model = model
        self._client = openai.AsyncOpenAI(api_key=api_key, base_url=base_url, max_retries=0)

    async def check(self) -> str:
        """The operator's health check: the key is accepted and the model is available to
        it (reads the model, asks it nothing)."""
        try:
            await self._client.models.retrieve(self.model, timeout=10.0)
        except (openai.APITimeoutError, openai.APIConnectionError) as exc:
            raise ProviderRetryable(f"openai: {type(exc).__name__}") from exc
        except openai.APIStatusError as exc:
            raise ProviderPermanent(f"openai: HTTP {exc.status_code}") from exc
        except openai.APIError as exc:
            raise ProviderPermanent(f"openai: {type(exc).__name__}") from exc
        return f"key valid, model {self.model} available"

    async def complete(self, turns: list[ChatTurn], *, max_tokens: int, timeout_s: float) -> str:
        try:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=[_message(t) for t in turns],
                max_tokens=max_tokens,
                temperature=0,
                timeout=timeout_s,
            )
        except (openai.APITimeoutError, openai.APIConnectionError) as exc:
            raise ProviderRetryable(f"openai: {type(exc).__name__}") from exc
        except openai.APIStatusError as exc:
            if exc.status_code == 429 or exc.status_code >= 500:
                raise ProviderRetryable(f"openai: HTTP {exc.status_code}") from exc
            raise ProviderPermanent(f"openai: HTTP {exc.status_code}") from exc
        except openai.APIError as exc:  # a body the SDK could not read
            raise ProviderPermanent(f"openai: {type(exc).__name__}") from exc
        if not response.choices or not response.choices[0].message.content:
            raise ProviderPermanent("openai: empty answer")
        return response.choices[0].message.content


def _message(turn: ChatTurn) -> ChatCompletionMessageParam:
    if turn.role == "system":
        return ChatCompletionSystemMessageParam(role="system", content=turn.content)
    if turn.role == "assistant":
        return ChatCompletionAssistantMessageParam(role="assistant", content=turn.content)
    return ChatCompletionUserMessageParam(role="user", content=turn.content)
