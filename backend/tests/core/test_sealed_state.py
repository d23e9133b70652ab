"""The sealed state both OAuth connections hand to the browser and take back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from switchboard.core import sealed_state
from switchboard.core.crypto import Keyring
from switchboard.core.sealed_state import StateRefused

RING = Keyring(["k" * 40])
NOW = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)
GOOGLE, INTUIT = b"test/google/v1", b"test/intuit/v1"


def test_a_state_comes_back_whole_within_its_time() -> None:
    token = sealed_state.seal(RING, GOOGLE, {"b": "biz", "g": True}, NOW)
    body = sealed_state.unseal(RING, GOOGLE, token, NOW + timedelta(seconds=599), 600)
    assert body["b"] == "biz" and body["g"] is True and len(body["n"]) == 16
    # Two seals of the same body differ (a nonce), so a state is never guessable from another.
    assert token != sealed_state.seal(RING, GOOGLE, {"b": "biz", "g": True}, NOW)


@pytest.mark.parametrize(
    ("purpose", "later", "ring", "mangle"),
    [
        (INTUIT, 0, RING, lambda t: t),  # sealed for Google, offered to Intuit
        (GOOGLE, 601, RING, lambda t: t),  # expired
        (GOOGLE, 0, Keyring(["z" * 40]), lambda t: t),  # key no longer in the ring
        (GOOGLE, 0, RING, lambda t: t + "x"),  # trailing text
        (GOOGLE, 0, RING, lambda t: t[:-6] + ("A" if t[-6] != "A" else "B") + t[-5:]),
        (GOOGLE, 0, RING, lambda t: ""),
        (GOOGLE, 0, RING, lambda t: "a" * 2001),
    ],
)
def test_anything_but_the_issued_state_in_time_is_refused(purpose, later, ring, mangle) -> None:  # type: ignore[no-untyped-def]
    token = mangle(sealed_state.seal(RING, GOOGLE, {"b": "biz"}, NOW))
    with pytest.raises(StateRefused) as refused:
        sealed_state.unseal(ring, purpose, token, NOW + timedelta(seconds=later), 600)
    assert refused.value.status == 400


def test_a_sealed_value_that_is_not_an_object_is_refused() -> None:
    token = RING.seal(GOOGLE, '["b"]', at=int(NOW.timestamp()))
    with pytest.raises(StateRefused):
        sealed_state.unseal(RING, GOOGLE, token, NOW, 600)
