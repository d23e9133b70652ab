"""The Google OAuth `state` (`core.sealed_state` under its own purpose, ten minutes), naming
the business and the owner credential that started the connection, with the PKCE verifier
inside (it never reaches the browser in clear)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from switchboard.core import sealed_state
from switchboard.core.crypto import Keyring
from switchboard.core.sealed_state import StateRefused

__all__ = ["PURPOSE", "TTL_S", "ConnectState", "StateRefused", "seal", "unseal"]

PURPOSE = b"switchboard/google-oauth-state/v1"
TTL_S = 600


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
    }
    return sealed_state.seal(keyring, PURPOSE, body, now)


def unseal(keyring: Keyring, token: str, now: datetime) -> ConnectState:
    body = sealed_state.unseal(keyring, PURPOSE, token, now, TTL_S)
    try:
        return ConnectState(
            business_id=uuid.UUID(body["b"]),
            credential_id=uuid.UUID(body["c"]),
            code_verifier=str(body["v"]),
            gmail=bool(body["g"]),
        )
    except (ValueError, KeyError, TypeError):
        raise sealed_state.refused() from None
