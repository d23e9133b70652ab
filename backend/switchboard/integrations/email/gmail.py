"""Gmail (EMAIL_PROVIDER=gmail): owner alerts and customer emails sent from the owner's own
address, through the Google account the business connected with Gmail granted
(`users.messages.send`, scope gmail.send). Same grant, token refresh and revocation handling
as the calendar (integrations/calendar/google.py). Mail for a business that has not granted
Gmail (or whose grant was revoked), and mail sent for no business, goes through the fallback
provider (GMAIL_FALLBACK_PROVIDER), so turning Gmail on never stops anyone's email."""

from __future__ import annotations

import base64
from email.message import EmailMessage

from switchboard.integrations.calendar.google import GoogleCalendar
from switchboard.integrations.calendar.google_oauth import GMAIL_SCOPE
from switchboard.integrations.calendar.port import (
    CalendarGrant,
    CalendarPermanentError,
    CalendarTemporaryError,
)
from switchboard.integrations.email.port import EmailPort, EmailReceipt, OutboundEmail
from switchboard.integrations.errors import ProviderPermanent, ProviderRetryable

SEND_URL = "https://gmail.googleapis.com/gmail/v1/users/me/messages/send"


def rfc2822(message: OutboundEmail) -> bytes:
    """The message as Gmail takes it. No From: Gmail writes the account's own address (a
    From naming another address would be replaced, or refused for an unverified alias)."""
    mail = EmailMessage()
    mail["To"] = message.to
    mail["Subject"] = message.subject
    mail["X-Switchboard-Reference"] = message.client_reference
    mail.set_content(message.body)
    return mail.as_bytes()


class GmailEmail:
    name = "gmail"

    def __init__(self, google: GoogleCalendar, fallback: EmailPort) -> None:
        self._google = google
        self.fallback = fallback

    async def _grant(self, message: OutboundEmail) -> CalendarGrant | None:
        if message.business_id is None:
            return None
        try:
            grant = await self._google.grant_for(message.business_id)
        except CalendarPermanentError:
            return None  # revoked: the owner is told on their settings; mail still goes out
        if grant is None or GMAIL_SCOPE not in grant.scopes:
            return None
        return grant

    async def check(self) -> str:
        """The operator's health check: the fallback's own (mail for a business without a
        Gmail grant goes through it); each business's grant is checked with its calendar."""
        check = getattr(self.fallback, "check", None)
        if check is None:
            return f"fallback {self.fallback.name}: no live check"
        return f"fallback {self.fallback.name}: {await check()}"

    async def send(self, message: OutboundEmail) -> EmailReceipt:
        grant = await self._grant(message)
        if grant is None:
            return await self.fallback.send(message)
        raw = base64.urlsafe_b64encode(rfc2822(message)).decode()
        try:
            response = await self._google.call(grant, "POST", SEND_URL, json={"raw": raw})
        except CalendarTemporaryError as exc:
            raise ProviderRetryable(str(exc)) from None
        except CalendarPermanentError:
            # The grant was refused just now (and is marked revoked): the fallback sends it.
            return await self.fallback.send(message)
        if response.status_code == 200:
            return EmailReceipt(provider_id=str(response.json().get("id", "")), status="sent")
        error = GoogleCalendar.failure(response)
        if isinstance(error, CalendarTemporaryError):
            raise ProviderRetryable(f"gmail: {error}")
        raise ProviderPermanent(f"gmail: HTTP {response.status_code}")
