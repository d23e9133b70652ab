"""Sending email."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutboundEmail:
    to: str
    from_: str
    subject: str
    body: str  # plain text
    client_reference: str  # our message id, passed to the provider where it takes one
    # The business it is sent for (None: platform mail): a provider that sends as the owner
    # (Gmail) needs to know whose account to use.
    business_id: uuid.UUID | None = None


@dataclass(frozen=True)
class EmailReceipt:
    provider_id: str
    status: str  # sent


class EmailPort(Protocol):
    name: str

    async def send(self, message: OutboundEmail) -> EmailReceipt:
        """Raises `ProviderRetryable` (timeouts, 429, 5xx) or `ProviderPermanent` (4xx).
        Email providers offer no lookup of an earlier attempt, so a timeout after the request
        left is retried (at-least-once); SMS is where exactly-once matters and is reconciled."""
        ...
