"""Secrets kept at rest under SECRET_KEY, and keyed hashes, with key rotation.

Third-party tokens a tenant connects (calendar, accounting) are stored encrypted: a column of
type `EncryptedText` encrypts on the way in and decrypts on the way out with Fernet
(AES-128-CBC + HMAC-SHA256, from `cryptography`). The Fernet keys are derived from SECRET_KEY
with HKDF, one per purpose, so SECRET_KEY itself never touches the data.

Rotation (MultiFernet): SECRET_KEY encrypts; SECRET_KEY_PREVIOUS (comma separated) lists older
keys that still decrypt. `switchboard rotate-secrets` re-encrypts every `EncryptedText` value
under SECRET_KEY; after it, the old keys can be dropped from SECRET_KEY_PREVIOUS.

Keyed hashes (HMAC-SHA256 under a key derived the same way) stand in for values that must be
recognised but not kept, such as an erased person's opted-out number. A hash cannot be re-keyed
without the value it hides, so lookups try every key of the ring (`digests`) and
`rotate-secrets` counts what still depends on an old key.

Without SECRET_KEY (dev and test only; prod refuses to start) a fixed development key is used:
anything stored under it is readable by whoever has this source.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import weakref
from collections.abc import Sequence
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Text, TypeDecorator
from sqlalchemy.engine import Dialect

from switchboard.core.config import Settings

DEV_SECRET_KEY = "switchboard-development-key-not-secret"  # noqa: S105 (refused in prod)
_FERNET_PURPOSE = b"switchboard/stored-secrets/v1"
_HASH_PURPOSE = b"switchboard/keyed-hash/v1"


class SecretUnreadable(RuntimeError):
    """A stored secret that no key of the ring decrypts: SECRET_KEY changed without its old
    value in SECRET_KEY_PREVIOUS, or the data was altered."""


class KeyringMissing(RuntimeError):
    """An encrypted column used on an engine that `bind_keyring` was not given."""


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
        secret.encode()
    )


class Keyring:
    """The current key (first) and the previous keys still accepted for reading."""

    def __init__(self, secrets: Sequence[str]) -> None:
        if not secrets:
            raise ValueError("a keyring needs at least one key")
        self._fernet = MultiFernet(
            [Fernet(base64.urlsafe_b64encode(_derive(s, _FERNET_PURPOSE))) for s in secrets]
        )
        self._hash_keys = [_derive(s, _HASH_PURPOSE) for s in secrets]
        self._secrets = list(secrets)

    def _sealer(self, purpose: bytes) -> MultiFernet:
        return MultiFernet(
            [Fernet(base64.urlsafe_b64encode(_derive(s, purpose))) for s in self._secrets]
        )

    def seal(self, purpose: bytes, plaintext: str, *, at: int) -> str:
        """A short-lived token for `purpose` only (e.g. an OAuth `state`): encrypted and
        authenticated, stamped with `at` (Unix seconds) so `unseal` can refuse it when old."""
        return self._sealer(purpose).encrypt_at_time(plaintext.encode(), at).decode()

    def unseal(self, purpose: bytes, token: str, *, ttl_s: int, now: int) -> str:
        """The sealed text; `SecretUnreadable` when altered, sealed for another purpose or
        older than `ttl_s`."""
        try:
            return self._sealer(purpose).decrypt_at_time(token.encode(), ttl_s, now).decode()
        except InvalidToken as exc:
            raise SecretUnreadable("the sealed value is altered or expired") from exc

    @classmethod
    def from_settings(cls, settings: Settings) -> Keyring:
        current = settings.secret_key or DEV_SECRET_KEY
        return cls([current, *settings.previous_secret_keys])

    def encrypt(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken as exc:
            raise SecretUnreadable(
                "a stored secret cannot be decrypted with SECRET_KEY or SECRET_KEY_PREVIOUS"
            ) from exc

    def rotate(self, token: str) -> str:
        """The same secret encrypted under the current key."""
        try:
            return self._fernet.rotate(token.encode()).decode()
        except InvalidToken as exc:
            raise SecretUnreadable(
                "a stored secret cannot be decrypted with SECRET_KEY or SECRET_KEY_PREVIOUS"
            ) from exc

    def digest(self, value: str) -> str:
        """HMAC-SHA256 of `value` (hex) under the current key."""
        return self.digests(value)[0]

    def digests(self, value: str) -> list[str]:
        """`value`'s keyed hash under every key, the current one first: what a lookup of a
        hashed value matches, so it still works while an old key is listed as previous."""
        return [hmac.new(k, value.encode(), hashlib.sha256).hexdigest() for k in self._hash_keys]

    @property
    def key_ids(self) -> list[str]:
        """A short public name for each hash key (current first): not the key, a hash of it."""
        return [hashlib.sha256(b"key-id:" + k).hexdigest()[:8] for k in self._hash_keys]


# Each engine's dialect (one per engine) to the keyring its encrypted columns use. A
# TypeDecorator only sees the dialect, and two databases in one process (tests, a restore)
# may run under different keys.
_KEYRINGS: weakref.WeakKeyDictionary[Dialect, Keyring] = weakref.WeakKeyDictionary()


def bind_keyring(dialect: Dialect, keyring: Keyring) -> None:
    _KEYRINGS[dialect] = keyring


def keyring_for(dialect: Dialect) -> Keyring:
    try:
        return _KEYRINGS[dialect]
    except KeyError:
        raise KeyringMissing("this engine has no keyring; make it with core.db") from None


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted under SECRET_KEY (see the module docstring). Only
    equality on the clear value is impossible: Fernet tokens differ on every write."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else keyring_for(dialect).encrypt(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else keyring_for(dialect).decrypt(str(value))
