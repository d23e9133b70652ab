"""The OpenAI and Anthropic adapters against recorded API exchanges (official SDKs, respx)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from switchboard.core.config import Settings
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.llm.anthropic import AnthropicLlm
from switchboard.integrations.llm.offline import NoLlm
from switchboard.integrations.llm.openai import OpenAiLlm
from switchboard.integrations.llm.port import ChatTurn
from switchboard.integrations.providers import ProviderConfigError, build_llm

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
TURNS = [
    ChatTurn("system", "Extract fields as JSON."),
    ChatTurn("assistant", "When would work best for you?"),
    ChatTurn("user", "tomorrow morning"),
]
FIELDS = '{"intent": "new_job", "confidence": 0.9}'

# Trimmed from real answers of each API.
OPENAI_OK = {
    "id": "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
    "object": "chat.completion",
    "created": 1741569952,
    "model": "gpt-4o-mini-2024-07-18",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": FIELDS, "refusal": None},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29},
}
ANTHROPIC_OK = {
    "id": "msg_013Zva2CMHLNnXjNJJKqJ2EF",
    "type": "message",
    "role": "assistant",
    "model": "claude-haiku-4-5",
    "content": [{"type": "text", "text": FIELDS}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 2095, "output_tokens": 503},
}
OPENAI_429 = {
    "error": {
        "message": "Rate limit reached for gpt-4o-mini.",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }
}
ANTHROPIC_ERROR = {
    "type": "error",
    "error": {"type": "overloaded_error", "message": "Overloaded"},
}


@pytest.fixture
def openai_llm() -> OpenAiLlm:
    return OpenAiLlm("sk-test-not-a-key")


@pytest.fixture
def anthropic_llm() -> AnthropicLlm:
    return AnthropicLlm("sk-ant-test-not-a-key")


async def test_openai_sends_the_turns_and_returns_the_text(
    respx_mock: respx.MockRouter, openai_llm: OpenAiLlm
) -> None:
    route = respx_mock.post(OPENAI_URL).mock(return_value=httpx.Response(200, json=OPENAI_OK))
    assert await openai_llm.complete(TURNS, max_tokens=300, timeout_s=1.0) == FIELDS
    sent = json.loads(route.calls.last.request.content)
    assert sent["model"] == "gpt-4o-mini" and sent["max_tokens"] == 300
    assert [m["role"] for m in sent["messages"]] == ["system", "assistant", "user"]
    assert route.calls.last.request.headers["authorization"] == "Bearer sk-test-not-a-key"


async def test_anthropic_sends_the_system_prompt_apart(
    respx_mock: respx.MockRouter, anthropic_llm: AnthropicLlm
) -> None:
    route = respx_mock.post(ANTHROPIC_URL).mock(return_value=httpx.Response(200, json=ANTHROPIC_OK))
    assert await anthropic_llm.complete(TURNS, max_tokens=300, timeout_s=1.0) == FIELDS
    sent = json.loads(route.calls.last.request.content)
    assert sent["system"] == "Extract fields as JSON."
    assert [m["role"] for m in sent["messages"]] == ["assistant", "user"]
    assert route.calls.last.request.headers["x-api-key"] == "sk-ant-test-not-a-key"


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_openai_rate_limits_and_server_errors_are_retryable(
    respx_mock: respx.MockRouter, openai_llm: OpenAiLlm, status: int
) -> None:
    respx_mock.post(OPENAI_URL).mock(return_value=httpx.Response(status, json=OPENAI_429))
    with pytest.raises(ProviderRetryable):
        await openai_llm.complete(TURNS, max_tokens=300, timeout_s=1.0)
    assert len(respx_mock.calls) == 1  # no SDK retries inside the turn's budget


@pytest.mark.parametrize("status", [429, 529])
async def test_anthropic_rate_limits_and_overload_are_retryable(
    respx_mock: respx.MockRouter, anthropic_llm: AnthropicLlm, status: int
) -> None:
    respx_mock.post(ANTHROPIC_URL).mock(return_value=httpx.Response(status, json=ANTHROPIC_ERROR))
    with pytest.raises(ProviderRetryable):
        await anthropic_llm.complete(TURNS, max_tokens=300, timeout_s=1.0)
    assert len(respx_mock.calls) == 1


async def test_timeouts_are_retryable(
    respx_mock: respx.MockRouter, openai_llm: OpenAiLlm, anthropic_llm: AnthropicLlm
) -> None:
    respx_mock.post(OPENAI_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    respx_mock.post(ANTHROPIC_URL).mock(side_effect=httpx.ConnectTimeout("slow"))
    with pytest.raises(ProviderRetryable):
        await openai_llm.complete(TURNS, max_tokens=300, timeout_s=0.5)
    with pytest.raises(ProviderRetryable):
        await anthropic_llm.complete(TURNS, max_tokens=300, timeout_s=0.5)


async def test_a_bad_key_is_permanent(respx_mock: respx.MockRouter, openai_llm: OpenAiLlm) -> None:
    respx_mock.post(OPENAI_URL).mock(
        return_value=httpx.Response(401, json={"error": {"message": "Incorrect API key"}})
    )
    with pytest.raises(ProviderPermanent):
        await openai_llm.complete(TURNS, max_tokens=300, timeout_s=1.0)


async def test_malformed_or_empty_answers_are_permanent(
    respx_mock: respx.MockRouter, openai_llm: OpenAiLlm, anthropic_llm: AnthropicLlm
) -> None:
    no_content = {"role": "assistant", "content": None}
    empty = {**OPENAI_OK, "choices": [{"index": 0, "message": no_content, "finish_reason": "stop"}]}
    respx_mock.post(OPENAI_URL).mock(return_value=httpx.Response(200, json=empty))
    respx_mock.post(ANTHROPIC_URL).mock(
        return_value=httpx.Response(200, json={**ANTHROPIC_OK, "content": []})
    )
    with pytest.raises(ProviderPermanent):
        await openai_llm.complete(TURNS, max_tokens=300, timeout_s=1.0)
    with pytest.raises(ProviderPermanent):
        await anthropic_llm.complete(TURNS, max_tokens=300, timeout_s=1.0)


def test_only_llm_provider_switches_a_model_on() -> None:
    assert isinstance(build_llm(Settings(openai_api_key="sk-x", anthropic_api_key="a")), NoLlm)
    chosen = build_llm(Settings(llm_provider="anthropic", anthropic_api_key="sk-ant-x"))
    assert isinstance(chosen, AnthropicLlm)
    assert isinstance(build_llm(Settings(llm_provider="openai", openai_api_key="k")), OpenAiLlm)
    with pytest.raises(ProviderConfigError):
        build_llm(Settings(llm_provider="openai"))
    with pytest.raises(ProviderConfigError):
        build_llm(Settings(llm_provider="mystery"))
