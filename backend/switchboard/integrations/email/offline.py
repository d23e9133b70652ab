"""The built-in email provider: "sends" by remembering, and can be told to fail."""

from __future__ import annotations

import uuid

from switchboard.integrations.email.port import EmailReceipt, OutboundEmail
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable


class OfflineEmail:
    """Accepted messages are kept in `sent`. `fail_next(n)` fails the next n sends with a
    retryable error; `fail_always()` refuses everything permanently until `recover()`."""

    name = "offline"

    def __init__(self) -> None:
        self.sent: list[OutboundEmail] = []
        self.attempts = 0
        self._fail_next = 0
        self._permanent = False

    def fail_next(self, times: int) -> None:
        self._fail_next = times

    def fail_always(self) -> None:
        self._permanent = True

    async def check(self) -> str:
        """The operator's health check: failing while told to fail always."""
        if self._permanent:
            raise ProviderPermanent("offline email provider: told to fail")
        return "built-in offline provider"

    def recover(self) -> None:
        self._fail_next = 0
        self._permanent = False

    async def send(self, message: OutboundEmail) -> EmailReceipt:
        self.attempts += 1
        if self._permanent:
            raise ProviderPermanent("offline email provider refuses every message")
        if self._fail_next > 0:
            self._fail_next -= 1
            raise ProviderRetryable("offline email provider: simulated outage")
        self.sent.append(message)
        return EmailReceipt(provider_id=f"OFF{uuid.uuid4().hex}", status="sent")
