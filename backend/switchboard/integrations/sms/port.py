"""Sending SMS."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class OutboundSms:
    to: str  # E.164
    from_: str  # E.164, the business's number
    body: str
    # Our message id: lets `find_sent` recognise an earlier attempt of this same message.
    client_reference: str
    status_callback: str | None = None


@dataclass(frozen=True)
class SmsReceipt:
    provider_id: str
    # Our vocabulary: queued | sending | sent | delivered | failed | undelivered.
    status: str


class SmsPort(Protocol):
    name: str

    async def send(self, message: OutboundSms) -> SmsReceipt:
        """Hand the message to the carrier. Raises `ProviderRetryable`, `ProviderAmbiguous`
        (it may have been sent) or `ProviderPermanent`."""
        ...

    async def find_sent(self, message: OutboundSms, since: datetime) -> SmsReceipt | None:
        """An earlier attempt of `message` that the provider accepted since `since`, if any.
        Called before retrying, so a timeout after the request left never sends twice."""
        ...
