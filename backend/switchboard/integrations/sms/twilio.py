"""Twilio: the Messaging REST API (over httpx) and the webhook signature check (the SDK)."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
from twilio.request_validator import RequestValidator

from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.http_errors import status_error, transport_error
from switchboard.integrations.sms.port import OutboundSms, SmsReceipt

API_BASE = "https://api.twilio.com/2010-04-01"

# Twilio's message states in our vocabulary.
STATUS_MAP = {
    "accepted": "queued",
    "scheduled": "queued",
    "queued": "queued",
    "sending": "sending",
    "sent": "sent",
    "delivered": "delivered",
    "read": "delivered",
    "undelivered": "undelivered",
    "failed": "failed",
    "canceled": "failed",
}

# Clocks differ; an earlier attempt is searched for from a little before it started.
_CLOCK_SKEW = timedelta(minutes=2)


def map_status(twilio_status: str) -> str | None:
    return STATUS_MAP.get(twilio_status.lower())


def signature_is_valid(auth_token: str, url: str, params: dict[str, str], signature: str) -> bool:
    """`url` is PUBLIC_BASE_URL plus the raw path and query Twilio requested."""
    return bool(RequestValidator(auth_token).validate(url, params, signature))


class TwilioSms:
    name = "twilio"

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        *,
        timeout_s: float = 10.0,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._account = f"{API_BASE}/Accounts/{account_sid}.json"
        self._base = f"{API_BASE}/Accounts/{account_sid}/Messages.json"
        self._client = client or httpx.AsyncClient(
            auth=(account_sid, auth_token), timeout=httpx.Timeout(timeout_s)
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def check(self) -> str:
        """The operator's health check: the account credentials are accepted and the account
        is active (a suspended or closed account sends nothing)."""
        try:
            response = await self._client.get(self._account)
        except httpx.TransportError as exc:
            raise transport_error("twilio", exc) from None
        if response.status_code != 200:
            raise status_error("twilio", response, _error_code(response))
        status = str(response.json().get("status", ""))
        if status != "active":
            raise ProviderPermanent(f"twilio: account {status or 'status unknown'}")
        return "credentials valid, account active"

    async def send(self, message: OutboundSms) -> SmsReceipt:
        form = {"To": message.to, "From": message.from_, "Body": message.body}
        if message.status_callback:
            form["StatusCallback"] = message.status_callback
        try:
            response = await self._client.post(self._base, data=form)
        except httpx.TransportError as exc:
            raise transport_error("twilio", exc) from None
        if response.status_code not in (200, 201):
            raise status_error("twilio", response, _error_code(response))
        data = response.json()
        return SmsReceipt(
            provider_id=str(data["sid"]), status=map_status(str(data.get("status"))) or "queued"
        )

    async def find_sent(self, message: OutboundSms, since: datetime) -> SmsReceipt | None:
        # Twilio has no client reference on messages: an earlier attempt is the message with the
        # same sender, recipient and body created since this send began. The body is ours and
        # the hourly per-recipient cap keeps the window small, so a match is this message.
        params = {"To": message.to, "From": message.from_, "PageSize": "50"}
        try:
            response = await self._client.get(self._base, params=params)
        except httpx.TransportError as exc:
            raise transport_error("twilio", exc) from None
        if response.status_code != 200:
            raise status_error("twilio", response, _error_code(response))
        for item in response.json().get("messages", []):
            created = item.get("date_created")
            if item.get("body") != message.body or not created:
                continue
            if parsedate_to_datetime(created) >= since - _CLOCK_SKEW:
                status = map_status(str(item.get("status"))) or "queued"
                return SmsReceipt(provider_id=str(item["sid"]), status=status)
        return None


def _error_code(response: httpx.Response) -> object:
    try:
        return response.json().get("code")
    except ValueError:
        return None
