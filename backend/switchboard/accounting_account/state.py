"""The Intuit OAuth `state` (`core.sealed_state` under its own purpose, ten minutes), naming
the business and the owner credential or dashboard session that started the connection. A
state sealed for another purpose (e.g. Google's) is refused like an altered one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from switchboard.core import sealed_state
from switchboard.core.crypto import Keyring
from switchboard.core.sealed_state import StateRefused

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
    body = {"b": str(state.business_id), "a": str(state.actor_id), "k": state.actor_kind}
    return sealed_state.seal(keyring, PURPOSE, body, now)


def unseal(keyring: Keyring, token: str, now: datetime) -> ConnectState:
    body = sealed_state.unseal(keyring, PURPOSE, token, now, TTL_S)
    try:
        return ConnectState(
            business_id=uuid.UUID(body["b"]),
            actor_id=uuid.UUID(body["a"]),
            actor_kind=str(body["k"]),
        )
    except (ValueError, KeyError, TypeError):
        raise sealed_state.refused() from None
