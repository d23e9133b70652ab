"""The Intuit OAuth `state`: sealed (encrypted and authenticated) under a key derived from
SECRET_KEY for this purpose alone, expiring after ten minutes, naming the business and the
owner credential or dashboard session that started the connection. A state altered,
expired, sealed for another purpose (e.g. Google's) or under a key no longer in the ring is
refused (400)."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from switchboard.calendar_account.state import StateRefused
from switchboard.core.crypto import Keyring, SecretUnreadable

__all__ = ["PURPOSE", "TTL_S", "ConnectState", "StateRefused", "seal", "unseal"]

PURPOSE = b"switchboard/intuit-oauth-state/v1"
TTL_S = 600


@dataclass(frozen=True)
class ConnectState:
    business_id: uuid.UUID
    # The owner's credential (owner token, API key) or dashboard session that asked.
    actor_id: uuid.UUID
    actor_kind: str


def seal(keyring: Keyring, state: ConnectState, now: datetime) -> str:
    body = {
        "b": str(state.business_id),
        "a": str(state.actor_id),
        "k": state.actor_kind,
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
            actor_id=uuid.UUID(body["a"]),
            actor_kind=str(body["k"]),
        )
    except (SecretUnreadable, ValueError, KeyError, TypeError, binascii.Error):
        raise StateRefused("The connection request was altered or has expired.") from None
