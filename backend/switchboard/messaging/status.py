"""The delivery state machine of an outbound message.

queued < sending < sent < delivered; failed, undelivered and blocked are terminal, and so is
delivered. Provider callbacks arrive repeated and out of order, so a status only ever moves
forward: a late "sent" never turns "delivered" back into "sent".
"""

from __future__ import annotations

OUTBOUND_STATUSES = ("queued", "sending", "sent", "delivered", "failed", "undelivered", "blocked")
INBOUND_STATUS = "received"

_RANK = {"queued": 0, "sending": 1, "sent": 2, "delivered": 3}
TERMINAL = frozenset({"delivered", "failed", "undelivered", "blocked", INBOUND_STATUS})
FAILED = frozenset({"failed", "undelivered"})


def advance(current: str, reported: str) -> str:
    """The status after `reported` arrives for a message that is `current`."""
    if current in TERMINAL or reported == current:
        return current
    if reported in FAILED:
        return reported
    if reported in _RANK and _RANK[reported] > _RANK.get(current, -1):
        return reported
    return current
