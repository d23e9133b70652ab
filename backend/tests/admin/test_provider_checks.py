"""Each real provider's health check against recorded answers (respx): it reads, it sends
nothing, and a refused key is a permanent failure the console shows."""

from __future__ import annotations

import httpx
import pytest
import respx

from switchboard.admin import health
from switchboard.integrations.email.sendgrid import SCOPES_URL, SendGridEmail
from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.llm.anthropic import AnthropicLlm
from switchboard.integrations.llm.openai import OpenAiLlm
from switchboard.integrations.payments.stripe import StripePayments

STRIPE_KEY = "sk_test_0123456789abcdefghijklmnop"


@respx.mock
async def test_sendgrid_check_needs_a_key_that_may_send() -> None:
    route = respx.get(SCOPES_URL).mock(
        return_value=httpx.Response(200, json={"scopes": ["mail.send", "stats.read"]})
    )
    assert await SendGridEmail("SG.key").check() == "key valid, may send mail"
    assert route.calls.last.request.headers["authorization"] == "Bearer SG.key"
    route.mock(return_value=httpx.Response(200, json={"scopes": ["stats.read"]}))
    with pytest.raises(ProviderPermanent, match="may not send"):
        await SendGridEmail("SG.key").check()
    route.mock(return_value=httpx.Response(401, json={"errors": []}))
    probe = await health.probe("email", SendGridEmail("SG.key"))
    assert (probe.status, probe.error) == ("failing", "sendgrid: HTTP 401")


@respx.mock
async def test_stripe_check_reads_the_balance() -> None:
    route = respx.get("https://api.stripe.com/v1/balance").mock(
        return_value=httpx.Response(
            200, json={"object": "balance", "livemode": False, "available": [], "pending": []}
        )
    )
    assert await StripePayments(STRIPE_KEY).check() == "key valid (test mode)"
    assert route.called
    route.mock(
        return_value=httpx.Response(
            401, json={"error": {"type": "invalid_request_error", "message": "Invalid API Key"}}
        )
    )
    probe = await health.probe("payments", StripePayments(STRIPE_KEY))
    assert probe.status == "failing"
    assert probe.error is not None and probe.error.startswith("stripe: AuthenticationError 401")


@respx.mock
async def test_llm_checks_read_the_model() -> None:
    openai_route = respx.get("https://api.openai.com/v1/models/gpt-4o-mini").mock(
        return_value=httpx.Response(
            200, json={"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}
        )
    )
    assert "gpt-4o-mini" in await OpenAiLlm("sk-key").check()
    assert openai_route.called
    openai_route.mock(return_value=httpx.Response(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(ProviderPermanent, match="openai: HTTP 401"):
        await OpenAiLlm("sk-key").check()

    model = "claude-haiku-4-5"
    anthropic_route = respx.get(f"https://api.anthropic.com/v1/models/{model}").mock(
        return_value=httpx.Response(
            200,
            json={
                "id": model,
                "type": "model",
                "display_name": "Claude Haiku 4.5",
                "created_at": "2025-10-01T00:00:00Z",
            },
        )
    )
    assert model in await AnthropicLlm("key", model=model).check()
    assert anthropic_route.called
    anthropic_route.mock(return_value=httpx.Response(404, json={"type": "error"}))
    with pytest.raises(ProviderPermanent, match="anthropic: HTTP 404"):
        await AnthropicLlm("key", model=model).check()
