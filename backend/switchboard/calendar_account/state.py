"""The OAuth `state`: sealed (encrypted and authenticated) under a key derived from SECRET_KEY
for this purpose alone, expiring after ten minutes, and naming the business and the owner
credential that started the connection, with the PKCE verifier inside (it never reaches the
browser in clear). A state altered, expired, or sealed under a key no longer in the ring is
refused."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from switchboard.core.crypto import Keyring, SecretUnreadable
from switchboard.core.errors import DomainError

PURPOSE = b"switchboard/google-oauth-state/v1"
TTL_S = 600


class StateRefused(DomainError):
    status = 400
    type_slug = "oauth-state-refused"
    title = "The connection request is not valid"


@dataclass(frozen=True)
class ConnectState:
    business_id: uuid.UUID
    credential_id: uuid.UUID
    code_verifier: str
    gmail: bool


def seal(keyring: Keyring, state: ConnectState, now: datetime) -> str:
    body = {
        "b": str(state.business_id),
        "c": str(state.credential_id),
        "v": state.code_verifier,
        "g": state.gmail,
        "n": secrets.token_hex(8),
    }
    return keyring.seal(PURPOSE, json.dumps(body), at=int(now.timestamp()))


def unseal(keyring: Keyring, token: str, now: datetime) -> ConnectState:
    if not token or len(token) > 2000:
        raise StateRefused()
    try:
        # Only the exact text we issued: base64 decoding would ignore trailing characters.
        if base64.urlsafe_b64encode(base64.urlsafe_b64decode(token)).decode() != token:
            raise ValueError("not canonical")
        body = json.loads(keyring.unseal(PURPOSE, token, ttl_s=TTL_S, now=int(now.timestamp())))
        return ConnectState(
            business_id=uuid.UUID(body["b"]),
            credential_id=uuid.UUID(body["c"]),
            code_verifier=str(body["v"]),
            gmail=bool(body["g"]),
        )
    except (SecretUnreadable, ValueError, KeyError, TypeError, binascii.Error):
        raise StateRefused("The connection request was altered or has expired.") from None
