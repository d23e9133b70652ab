"""SendGrid v3 Mail Send API over httpx."""

from __future__ import annotations

import httpx

from switchboard.integrations.email.port import EmailReceipt, OutboundEmail
from switchboard.integrations.errors import ProviderPermanent
from switchboard.integrations.http_errors import status_error, transport_error

API_URL = "https://api.sendgrid.com/v3/mail/send"
SCOPES_URL = "https://api.sendgrid.com/v3/scopes"


class SendGridEmail:
    name = "sendgrid"

    def __init__(
        self, api_key: str, *, timeout_s: float = 10.0, client: httpx.AsyncClient | None = None
    ) -> None:
        self._client = client or httpx.AsyncClient(timeout=httpx.Timeout(timeout_s))
        self._headers = {"Authorization": f"Bearer {api_key}"}

    async def aclose(self) -> None:
        await self._client.aclose()

    async def check(self) -> str:
        """The operator's health check: the key is accepted and may send mail."""
        try:
            response = await self._client.get(SCOPES_URL, headers=self._headers)
        except httpx.TransportError as exc:
            raise transport_error("sendgrid", exc) from None
        if response.status_code != 200:
            raise status_error("sendgrid", response)
        if "mail.send" not in (response.json().get("scopes") or []):
            raise ProviderPermanent("sendgrid: the API key may not send mail")
        return "key valid, may send mail"

    async def send(self, message: OutboundEmail) -> EmailReceipt:
        payload = {
            "personalizations": [
                {
                    "to": [{"email": message.to}],
                    "custom_args": {"client_reference": message.client_reference},
                }
            ],
            "from": {"email": message.from_},
            "subject": message.subject,
            "content": [{"type": "text/plain", "value": message.body}],
        }
        try:
            response = await self._client.post(API_URL, json=payload, headers=self._headers)
        except httpx.TransportError as exc:
            raise transport_error("sendgrid", exc) from None
        if response.status_code != 202:
            raise status_error("sendgrid", response)
        provider_id = response.headers.get("X-Message-Id") or message.client_reference
        return EmailReceipt(provider_id=provider_id, status="sent")
