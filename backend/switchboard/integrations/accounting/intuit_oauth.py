"""Intuit's OAuth 2.0 for a web server app (QuickBooks Online): the consent URL, the code
exchange, the refresh grant and revocation, over httpx.

As Intuit documents them: the consent screen at `appcenter.intuit.com/connect/oauth2`; the
token endpoint (authorization code and refresh token grants) and the revocation endpoint
authenticate the app with HTTP Basic (client id and secret). Access tokens last an hour;
every refresh answers a new refresh token (`x_refresh_token_expires_in`, about 100 days) that
replaces the old one, so the newest is always the one kept. A refused refresh token answers
400 `invalid_grant`: the owner must connect again.

Intuit does not document PKCE for web server apps (a confidential client with a secret); the
sealed, expiring `state` binds the answer to the business and owner who asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlencode

import httpx

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.http_errors import status_error, transport_error

AUTH_URL = "https://appcenter.intuit.com/connect/oauth2"
TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"  # noqa: S105 (an endpoint)
REVOKE_URL = "https://developer.api.intuit.com/v2/oauth2/tokens/revoke"
ACCOUNTING_SCOPE = "com.intuit.quickbooks.accounting"


class GrantRefused(ProviderPermanent):
    """Intuit refused the refresh token (`invalid_grant`): expired, revoked or superseded.
    Nothing is retried until the owner connects again."""


@dataclass(frozen=True)
class IntuitTokens:
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime


class IntuitOAuth:
    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        timeout_s: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.client_id = client_id
        self._auth = httpx.BasicAuth(client_id, client_secret)
        self._client = httpx.AsyncClient(timeout=timeout_s, transport=transport)

    def authorization_url(self, *, redirect_uri: str, state: str) -> str:
        query = {
            "client_id": self.client_id,
            "response_type": "code",
            "scope": ACCOUNTING_SCOPE,
            "redirect_uri": redirect_uri,
            "state": state,
        }
        return f"{AUTH_URL}?{urlencode(query)}"

    async def exchange_code(self, *, code: str, redirect_uri: str, now: datetime) -> IntuitTokens:
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri}
        return await self._token(form, now, "code refused")

    async def refresh(self, refresh_token: str, now: datetime) -> IntuitTokens:
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        return await self._token(form, now, "refresh token refused")

    async def _token(self, form: dict[str, str], now: datetime, refused: str) -> IntuitTokens:
        try:
            response = await self._client.post(
                TOKEN_URL, data=form, auth=self._auth, headers={"Accept": "application/json"}
            )
        except httpx.TransportError as exc:
            raise transport_error("intuit", exc) from None
        if response.status_code in (400, 401):
            # invalid_grant: a code used twice or expired; a refresh token expired, revoked
            # or superseded. invalid_client: the app's own keys are wrong.
            raise GrantRefused(f"intuit: {refused} ({_error_code(response)})")
        if response.status_code != 200:
            raise status_error("intuit", response)
        try:
            body = response.json()
            return IntuitTokens(
                access_token=str(body["access_token"]),
                access_expires_at=now + timedelta(seconds=int(body.get("expires_in", 3600))),
                refresh_token=str(body["refresh_token"]),
                refresh_expires_at=now
                + timedelta(seconds=int(body.get("x_refresh_token_expires_in", 8726400))),
            )
        except (ValueError, KeyError, TypeError):
            raise ProviderRetryable("intuit: unreadable token answer") from None

    async def revoke(self, token: str) -> None:
        """Revoke the grant (a refresh token revokes the access tokens with it). A token
        Intuit no longer knows (400) is as good as revoked."""
        try:
            response = await self._client.post(
                REVOKE_URL,
                json={"token": token},
                auth=self._auth,
                headers={"Accept": "application/json"},
            )
        except httpx.TransportError as exc:
            raise transport_error("intuit", exc) from None
        if response.status_code >= 500 or response.status_code in (401, 429):
            raise status_error("intuit", response)

    async def aclose(self) -> None:
        await self._client.aclose()


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", "unknown"))[:40]
    except (ValueError, AttributeError):
        return "unknown"
