"""The built-in SMS provider: "sends" by remembering, and can be told to fail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from switchboard.core.clock import Clock, SystemClock
from switchboard.integrations.errors import (
    ProviderAmbiguous,
    ProviderPermanent,
    ProviderRetryable,
)
from switchboard.integrations.sms.port import OutboundSms, SmsReceipt


@dataclass(frozen=True)
class SentSms:
    message: OutboundSms
    receipt: SmsReceipt
    at: datetime


class OfflineSms:
    """Every accepted message is kept in `sent` with status `sent`. Tests steer failures:
    `fail_next(2)` makes the next two sends fail with a retryable error, `fail_next(1,
    ambiguous=True)` accepts the message but reports a timeout, `fail_always()` refuses
    everything as a permanent error until `recover()`."""

    name = "offline"

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock or SystemClock()
        self.sent: list[SentSms] = []
        self.attempts = 0
        self._fail_next = 0
        self._ambiguous = False
        self._permanent = False

    def fail_next(self, times: int, *, ambiguous: bool = False) -> None:
        self._fail_next = times
        self._ambiguous = ambiguous

    def fail_always(self) -> None:
        self._permanent = True

    async def check(self) -> str:
        """The operator's health check: failing while told to fail always."""
        if self._permanent:
            raise ProviderPermanent("offline SMS provider: told to fail")
        return "built-in offline provider"

    def recover(self) -> None:
        self._fail_next = 0
        self._permanent = False

    def sent_to(self, phone: str) -> list[OutboundSms]:
        return [s.message for s in self.sent if s.message.to == phone]

    async def send(self, message: OutboundSms) -> SmsReceipt:
        self.attempts += 1
        if self._permanent:
            raise ProviderPermanent("offline SMS provider refuses every message")
        if self._fail_next > 0:
            self._fail_next -= 1
            if not self._ambiguous:
                raise ProviderRetryable("offline SMS provider: simulated outage")
            self._accept(message)
            raise ProviderAmbiguous("offline SMS provider: simulated timeout after sending")
        return self._accept(message)

    async def find_sent(self, message: OutboundSms, since: datetime) -> SmsReceipt | None:
        for sent in reversed(self.sent):
            # The reference is exact, so `since` (a search window for real vendors) is moot.
            if sent.message.client_reference == message.client_reference:
                return sent.receipt
        return None

    def _accept(self, message: OutboundSms) -> SmsReceipt:
        receipt = SmsReceipt(provider_id=f"OFF{uuid.uuid4().hex}", status="sent")
        self.sent.append(SentSms(message, receipt, self.clock.now()))
        return receipt
