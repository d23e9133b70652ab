"""Credential secrets: generated with 192 bits of randomness, typed by a readable prefix,
stored as SHA-256 only, compared in constant time.

A slow password hash is not needed here: the secrets are long random strings, not passwords,
so a fast hash is not brute-forceable, and it keeps every authenticated request cheap.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Literal

CredentialKind = Literal["api_key", "owner_token", "widget_token"]
CREDENTIAL_KINDS: tuple[CredentialKind, ...] = ("api_key", "owner_token", "widget_token")
_SHORT = {"api_key": "key", "owner_token": "owner", "widget_token": "widget"}
_ENV_TAG = {"prod": "live", "dev": "dev", "test": "test"}
LOOKUP_LEN = 12


@dataclass(frozen=True)
class NewSecret:
    token: str
    lookup: str
    secret_hash: str
    hint: str


def hash_secret(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_credential_secret(kind: CredentialKind, environment: str) -> NewSecret:
    body = secrets.token_urlsafe(24)  # 192 bits
    prefix = f"sb_{_ENV_TAG.get(environment, 'dev')}_{_SHORT[kind]}_"
    token = prefix + body
    return NewSecret(
        token=token,
        lookup=body[:LOOKUP_LEN],
        secret_hash=hash_secret(token),
        hint=f"{prefix}{body[:4]}…{body[-4:]}",
    )


def parse_lookup(token: str, kind: CredentialKind) -> str | None:
    """The non-secret lookup fragment of a presented token, or None when it is malformed."""
    parts = token.split("_", 3)
    if len(parts) != 4 or parts[0] != "sb" or parts[2] != _SHORT[kind]:
        return None
    body = parts[3]
    if len(body) < LOOKUP_LEN + 8:
        return None
    return body[:LOOKUP_LEN]


def secrets_match(presented: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_secret(presented), stored_hash)


def admin_key_matches(presented: str | None, configured: str | None) -> bool:
    if not configured or not presented:
        return False
    return hmac.compare_digest(presented.encode(), configured.encode())
