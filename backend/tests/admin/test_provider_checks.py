"""Each real provider's health check against recorded answers (respx): it reads, it sends
nothing, and a refused key is a permanent failure the console shows."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

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


async def test_offline_speech_check_loads_the_model_and_decodes() -> None:
    from switchboard.integrations.speech.offline import OfflineSpeech

    speech = OfflineSpeech()
    probe = await health.probe("speech", speech)
    assert (probe.status, probe.detail) == ("ok", "English model loaded; the decoder runs")
    speech.fail_always()
    failing = await health.probe("speech", speech)
    assert (failing.status, failing.error) == ("failing", "offline speech provider: told to fail")
    speech.recover()
    assert (await health.probe("speech", speech)).status == "ok"


async def test_offline_speech_check_refuses_a_sample_it_cannot_read() -> None:
    from switchboard.integrations.speech.offline import OfflineSpeech

    probe = await health.probe("speech", OfflineSpeech(check_sample=(b"not a wav", "hello")))
    assert probe.status == "failing"
    assert probe.error == "speech: the check sample is not a 16-bit WAV"


@pytest.mark.skipif(
    shutil.which("espeak-ng") is None and not os.environ.get("CI"),
    reason="espeak-ng (apt) is not installed; .ci/run installs it, and in CI this test must run",
)
async def test_offline_speech_check_transcribes_a_known_sample(tmp_path: Path) -> None:
    from switchboard.integrations.speech.offline import OfflineSpeech

    path = tmp_path / "sample.wav"
    subprocess.run(
        [
            "espeak-ng",
            "-v",
            "en-us",
            "-s",
            "120",
            "-w",
            str(path),
            "please call me back about my water heater",
        ],
        check=True,
        timeout=30,
    )
    audio = path.read_bytes()
    ok = await health.probe("speech", OfflineSpeech(check_sample=(audio, "water heater")))
    assert (ok.status, ok.detail) == ("ok", "English model loaded; the known sample was recognised")
    wrong = await health.probe("speech", OfflineSpeech(check_sample=(audio, "kitchen sink")))
    assert wrong.status == "failing"
    assert (wrong.error or "").startswith("speech: the known sample was not recognised")
