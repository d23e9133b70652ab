"""Google's OAuth 2.0 for a web server app: the consent URL (PKCE), the code exchange, the
refresh grant and revocation.

The refresh grant goes through `google-auth` (`google.oauth2.credentials.Credentials.refresh`):
Google's own library knows the token endpoint's answers, maps a refused grant (`invalid_grant`:
revoked, expired, password changed) to `RefreshError` and computes the expiry. It speaks
through a `google.auth.transport.Request`, which we implement over httpx so one client (and, in
tests, one recorded exchange) serves every call; it is synchronous, so it runs in a worker
thread. The code exchange and revocation are one form POST each, made with httpx directly:
google-auth has no public function for them, and google-auth-oauthlib would bring `requests`
and `requests-oauthlib` for those two calls.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from google.auth import exceptions as google_exceptions
from google.auth import transport as google_transport
from google.oauth2.credentials import Credentials

from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable
from switchboard.integrations.http_errors import status_error, transport_error

AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105 (an endpoint, not a secret)
REVOKE_URL = "https://oauth2.googleapis.com/revoke"
# Least scopes: read and write events (busy times are read from the events themselves, so
# Switchboard's own events never block their own reschedule), and optionally send mail.
CALENDAR_SCOPE = "https://www.googleapis.com/auth/calendar.events"
GMAIL_SCOPE = "https://www.googleapis.com/auth/gmail.send"


class GrantRevoked(ProviderPermanent):
    """Google refused the refresh token: the owner revoked access or the grant lapsed.
    Nothing is retried until the owner connects again."""


@dataclass(frozen=True)
class TokenGrant:
    access_token: str
    refresh_token: str | None
    expires_at: datetime
    scopes: tuple[str, ...]


@dataclass(frozen=True)
class AccessToken:
    token: str
    expires_at: datetime


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) per RFC 7636."""
    verifier = secrets.token_urlsafe(64)[:96]
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.decode().rstrip("=")


class _Response(google_transport.Response):
    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    @property
    def status(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> Any:
        return self._response.headers

    @property
    def data(self) -> bytes:
        return self._response.content


class HttpxRequest(google_transport.Request):
    """google-auth's transport interface over a synchronous httpx client."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def __call__(
        self,
        url: str,
        method: str = "GET",
        body: Any = None,
        headers: Any = None,
        timeout: Any = None,
        **kwargs: Any,
    ) -> google_transport.Response:
        try:
            response = self._client.request(method, url, content=body, headers=headers)
        except httpx.TransportError as exc:
            raise google_exceptions.TransportError(type(exc).__name__) from None  # type: ignore[no-untyped-call]
        return _Response(response)


class GoogleOAuth:
    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        timeout_s: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.client_id = client_id
        self._secret = client_secret
        self._client = httpx.AsyncClient(timeout=timeout_s, transport=async_transport)
        self._sync = httpx.Client(timeout=timeout_s, transport=transport)

    def authorization_url(
        self, *, redirect_uri: str, state: str, code_challenge: str, gmail: bool
    ) -> str:
        scopes = [CALENDAR_SCOPE, GMAIL_SCOPE] if gmail else [CALENDAR_SCOPE]
        query = {
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": " ".join(scopes),
            "state": state,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
            # A refresh token, and the consent screen every time so Google sends one again.
            "access_type": "offline",
            "prompt": "consent",
            "include_granted_scopes": "true",
        }
        return f"{AUTH_URL}?{urlencode(query)}"

    async def exchange_code(
        self, *, code: str, code_verifier: str, redirect_uri: str
    ) -> TokenGrant:
        form = {
            "code": code,
            "client_id": self.client_id,
            "client_secret": self._secret,
            "redirect_uri": redirect_uri,
            "grant_type": "authorization_code",
            "code_verifier": code_verifier,
        }
        try:
            response = await self._client.post(TOKEN_URL, data=form)
        except httpx.TransportError as exc:
            raise transport_error("google", exc) from None
        if response.status_code == 400:
            # invalid_grant: a code used twice, expired or issued to another client.
            raise ProviderPermanent(f"google: code refused ({_error_code(response)})")
        if response.status_code != 200:
            raise status_error("google", response)
        body = response.json()
        return TokenGrant(
            access_token=str(body["access_token"]),
            refresh_token=body.get("refresh_token"),
            expires_at=datetime.now(UTC) + timedelta(seconds=int(body.get("expires_in", 0))),
            scopes=tuple(str(body.get("scope", "")).split()),
        )

    async def refresh(self, refresh_token: str) -> AccessToken:
        credentials = Credentials(  # type: ignore[no-untyped-call]
            token=None,
            refresh_token=refresh_token,
            token_uri=TOKEN_URL,
            client_id=self.client_id,
            client_secret=self._secret,
        )
        try:
            await asyncio.to_thread(credentials.refresh, HttpxRequest(self._sync))
        except google_exceptions.RefreshError as exc:
            if getattr(exc, "retryable", False):
                raise ProviderRetryable("google: token endpoint unavailable") from None
            raise GrantRevoked("google: the grant was revoked or has expired") from None
        except google_exceptions.TransportError:
            raise ProviderRetryable("google: could not reach the token endpoint") from None
        expiry = credentials.expiry  # naive UTC, as google-auth keeps it
        expires_at = (
            expiry.replace(tzinfo=UTC) if expiry else datetime.now(UTC) + timedelta(minutes=5)
        )
        return AccessToken(str(credentials.token), expires_at)

    async def revoke(self, token: str) -> None:
        """Best effort: a token Google no longer knows is as good as revoked."""
        try:
            response = await self._client.post(REVOKE_URL, data={"token": token})
        except httpx.TransportError as exc:
            raise transport_error("google", exc) from None
        if response.status_code >= 500 or response.status_code == 429:
            raise status_error("google", response)

    async def aclose(self) -> None:
        await self._client.aclose()
        self._sync.close()


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json().get("error", "unknown"))
    except ValueError:
        return "unknown"
