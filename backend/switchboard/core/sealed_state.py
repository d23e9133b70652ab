"""A short-lived sealed value handed to a browser and back, such as an OAuth `state`: the body
is encrypted and authenticated under a key derived from SECRET_KEY for one purpose alone,
carries a random nonce and its issue time, and is refused (400) when altered, expired,
sealed for another purpose or under a key no longer in the ring."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from datetime import datetime
from typing import Any

from switchboard.core.crypto import Keyring, SecretUnreadable
from switchboard.core.errors import DomainError

MAX_CHARS = 2000


class StateRefused(DomainError):
    status = 400
    type_slug = "oauth-state-refused"
    title = "The connection request is not valid"


def refused() -> StateRefused:
    return StateRefused("The connection request was altered or has expired.")


def seal(keyring: Keyring, purpose: bytes, body: dict[str, Any], now: datetime) -> str:
    """`body` is JSON-ready; the key "n" is taken by the nonce."""
    return keyring.seal(
        purpose, json.dumps({**body, "n": secrets.token_hex(8)}), at=int(now.timestamp())
    )


def unseal(
    keyring: Keyring, purpose: bytes, token: str, now: datetime, ttl_s: int
) -> dict[str, Any]:
    if not token or len(token) > MAX_CHARS:
        raise StateRefused()
    try:
        # Only the exact text we issued: base64 decoding would ignore trailing characters.
        if base64.urlsafe_b64encode(base64.urlsafe_b64decode(token)).decode() != token:
            raise ValueError("not canonical")
        body = json.loads(keyring.unseal(purpose, token, ttl_s=ttl_s, now=int(now.timestamp())))
        if not isinstance(body, dict):
            raise ValueError("not an object")
        return body
    except (SecretUnreadable, ValueError, TypeError, binascii.Error):
        raise refused() from None
