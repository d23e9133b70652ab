"""The Twilio SMS adapter against recorded Messaging API exchanges."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
import respx

from switchboard.integrations.errors import (
    ProviderAmbiguous,
    ProviderPermanent,
    ProviderRetryable,
)
from switchboard.integrations.sms.port import OutboundSms
from switchboard.integrations.sms.twilio import TwilioSms

SID = "AC00000000000000000000000000000001"
URL = f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json"
MESSAGE = OutboundSms(
    to="+19135550142",
    from_="+19135550100",
    body="Your plumber arrives Tuesday at 9:00.",
    client_reference="6f1c0d1e-1111-4222-8333-944455556666",
    status_callback="https://switchboard.example.com/twilio/sms/status",
)

# Trimmed from a real 201 answer of POST /Messages.json.
CREATED = {
    "account_sid": SID,
    "api_version": "2010-04-01",
    "body": MESSAGE.body,
    "date_created": "Mon, 02 Mar 2026 15:00:01 +0000",
    "date_sent": None,
    "direction": "outbound-api",
    "error_code": None,
    "error_message": None,
    "from": "+19135550100",
    "num_segments": "1",
    "price": None,
    "sid": "SM7a8b9c0d1e2f30415263748596a7b8c9",
    "status": "queued",
    "to": "+19135550142",
    "uri": f"/2010-04-01/Accounts/{SID}/Messages/SM7a8b9c0d1e2f30415263748596a7b8c9.json",
}
INVALID_TO = {
    "code": 21211,
    "message": "The 'To' number +19135550142 is not a valid phone number.",
    "more_info": "https://www.twilio.com/docs/errors/21211",
    "status": 400,
}


@pytest.fixture
def twilio() -> TwilioSms:
    return TwilioSms(SID, "auth-token-for-tests")


async def test_send_posts_the_form_with_basic_auth_and_status_callback(
    respx_mock: respx.MockRouter, twilio: TwilioSms
) -> None:
    route = respx_mock.post(URL).mock(return_value=httpx.Response(201, json=CREATED))
    receipt = await twilio.send(MESSAGE)
    assert receipt.provider_id == CREATED["sid"]
    assert receipt.status == "queued"
    request = route.calls.last.request
    form = dict(httpx.QueryParams(request.content.decode()))
    assert form == {
        "To": MESSAGE.to,
        "From": MESSAGE.from_,
        "Body": MESSAGE.body,
        "StatusCallback": "https://switchboard.example.com/twilio/sms/status",
    }
    assert request.headers["authorization"].startswith("Basic ")


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (
            httpx.Response(429, json={"code": 20429, "message": "Too Many Requests"}),
            ProviderRetryable,
        ),
        (httpx.Response(500, text="Internal Server Error"), ProviderRetryable),
        (
            httpx.Response(503, json={"code": 20503, "message": "Service unavailable"}),
            ProviderRetryable,
        ),
        (httpx.Response(400, json=INVALID_TO), ProviderPermanent),
        (httpx.Response(401, json={"code": 20003, "message": "Authenticate"}), ProviderPermanent),
    ],
)
async def test_error_answers_map_to_retry_or_permanent(
    respx_mock: respx.MockRouter, twilio: TwilioSms, answer: httpx.Response, error: type[Exception]
) -> None:
    respx_mock.post(URL).mock(return_value=answer)
    with pytest.raises(error) as raised:
        await twilio.send(MESSAGE)
    assert "+1913" not in str(raised.value)  # no phone numbers in errors (they reach logs)


async def test_connect_timeout_is_retryable_but_read_timeout_is_ambiguous(
    respx_mock: respx.MockRouter,
    twilio: TwilioSms,
) -> None:
    respx_mock.post(URL).mock(side_effect=httpx.ConnectTimeout("connect timed out"))
    with pytest.raises(ProviderRetryable) as before:
        await twilio.send(MESSAGE)
    assert not isinstance(before.value, ProviderAmbiguous)
    respx_mock.post(URL).mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(ProviderAmbiguous):
        await twilio.send(MESSAGE)


async def test_find_sent_recognises_an_earlier_attempt(
    respx_mock: respx.MockRouter, twilio: TwilioSms
) -> None:
    listing = {
        "messages": [
            {
                **CREATED,
                "sid": "SMother",
                "body": "Something else",
                "date_created": "Mon, 02 Mar 2026 15:00:02 +0000",
            },
            {**CREATED, "status": "sent"},
            {**CREATED, "sid": "SMold", "date_created": "Sun, 01 Mar 2026 10:00:00 +0000"},
        ],
        "page": 0,
        "page_size": 50,
    }
    route = respx_mock.get(URL).mock(return_value=httpx.Response(200, json=listing))
    found = await twilio.find_sent(MESSAGE, since=datetime(2026, 3, 2, 15, 0, tzinfo=UTC))
    assert found is not None
    assert (found.provider_id, found.status) == (CREATED["sid"], "sent")
    params = route.calls.last.request.url.params
    assert (params["To"], params["From"]) == (MESSAGE.to, MESSAGE.from_)

    respx_mock.get(URL).mock(
        return_value=httpx.Response(200, json={"messages": listing["messages"][2:]})
    )
    assert await twilio.find_sent(MESSAGE, since=datetime(2026, 3, 2, 15, 0, tzinfo=UTC)) is None


async def test_find_sent_failing_is_retryable(
    respx_mock: respx.MockRouter, twilio: TwilioSms
) -> None:
    respx_mock.get(URL).mock(return_value=httpx.Response(503))
    with pytest.raises(ProviderRetryable):
        await twilio.find_sent(MESSAGE, since=datetime(2026, 3, 2, tzinfo=UTC))
