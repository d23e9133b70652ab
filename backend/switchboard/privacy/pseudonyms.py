"""Stand-ins for an erased person's phone number: a keyed hash, never the number.

`h:` + the first 18 hex digits of HMAC-SHA256(business id and number) under a key derived
from SECRET_KEY (core/crypto.py); 20 characters, the width of every phone column. Without the
key the pseudonym cannot be turned back into a number by trying every number (an unkeyed hash
could: phone numbers are few). With it, the number can be recognised when it comes back, which
is what honouring an erased person's STOP needs.

A hash cannot be re-keyed without the number, so a lookup tries the pseudonym under every key
of the ring (SECRET_KEY, then SECRET_KEY_PREVIOUS), and the consent row records the id of the
key it was made under (`evidence["key_id"]`) so `switchboard rotate-secrets` can say how many
still need an old key.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from switchboard.core.crypto import Keyring
from switchboard.core.db import Database
from switchboard.models.message import SmsConsent

PREFIX = "h:"


def phone_pseudonym(keyring: Keyring, business_id: uuid.UUID, phone: str) -> str:
    return phone_pseudonyms(keyring, business_id, phone)[0]


def phone_pseudonyms(keyring: Keyring, business_id: uuid.UUID, phone: str) -> list[str]:
    """The number's pseudonym under each key of the ring, the current key's first."""
    return [PREFIX + d[:18] for d in keyring.digests(f"{business_id}:{phone}")]


def is_pseudonym(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIX)


async def kept_under_old_keys(db: Database) -> int:
    """Erased opt-outs whose pseudonym was made under a key other than SECRET_KEY: they are
    recognised only while that key stays in SECRET_KEY_PREVIOUS (see the module docstring)."""
    async with db.unit_of_work(read_only=True) as uow, uow.system_scope("rotate secrets"):
        stmt = select(SmsConsent.evidence).where(SmsConsent.phone.startswith(PREFIX))
        current = uow.keyring.key_ids[0]
        return sum(
            1
            for evidence in (await uow.session.execute(stmt)).scalars()
            if (evidence or {}).get("key_id") != current
        )
