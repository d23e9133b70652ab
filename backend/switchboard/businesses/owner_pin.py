"""The owner line's PIN: caller ID can be spoofed, so the owner's own line reads the day's jobs
only after the PIN the owner set in the business settings. Only a salted hash is stored (in
`Business.settings["owner_pin"]`, never shown by the settings API); wrong attempts are counted
per business in the shared rate-limit counters."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

SETTINGS_KEY = "owner_pin"
PIN_PATTERN = r"^\d{4,8}$"
_ITERATIONS = 100_000
# Wrong PINs per business in a window, over every call, before the line stops asking.
FAILURE_LIMIT = 5
FAILURE_WINDOW = timedelta(minutes=15)


def hash_pin(pin: str) -> str:
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), _ITERATIONS)
    return f"pbkdf2_sha256${_ITERATIONS}${salt}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, expected = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)


def stored_hash(settings: dict[str, Any] | None) -> str | None:
    value = (settings or {}).get(SETTINGS_KEY)
    return str(value) if value else None


def public_view(settings: dict[str, Any] | None) -> dict[str, Any]:
    """The settings as the owner API shows them: whether a PIN is set, never its hash."""
    shown = {k: v for k, v in (settings or {}).items() if k != SETTINGS_KEY}
    shown["owner_pin_set"] = stored_hash(settings) is not None
    return shown
