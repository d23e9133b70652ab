"""The parameters Twilio documents for each webhook, and nothing else: a field Twilio never
sends must not be what makes a test pass. Voice: the call's parameters (CallSid, AccountSid,
From, To, CallStatus, ApiVersion, Direction, geographic data) plus each step's own (see
`tests.channels.conftest.Call`); messaging: the incoming message and the status callback."""

from __future__ import annotations

import uuid

ACCOUNT_SID = "AC" + "1" * 32
API_VERSION = "2010-04-01"


def geo(prefix: str, number: str) -> dict[str, str]:
    """Twilio adds where a number is from when it knows; a withheld caller ID has none."""
    if not number.startswith("+1"):
        return {
            f"{prefix}City": "",
            f"{prefix}State": "",
            f"{prefix}Zip": "",
            f"{prefix}Country": "",
        }
    return {
        f"{prefix}City": "OLATHE",
        f"{prefix}State": "KS",
        f"{prefix}Zip": "66061",
        f"{prefix}Country": "US",
    }


def sms_params(
    sender: str, to: str, body: str, sid: str | None = None, **extra: str
) -> dict[str, str]:
    """An incoming message, as Twilio posts it to the number's messaging URL (Messaging
    webhooks: MessageSid, SmsSid, SmsMessageSid, AccountSid, MessagingServiceSid (only with a
    service), From, To, Body, NumMedia, NumSegments, ApiVersion, SmsStatus, geographic data)."""
    sid = sid or "SM" + uuid.uuid4().hex
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "SmsMessageSid": sid,
        "AccountSid": ACCOUNT_SID,
        "From": sender,
        "To": to,
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
        "ApiVersion": API_VERSION,
        "SmsStatus": "received",
        **geo("From", sender),
        **geo("To", to),
        **extra,
    }


def sms_status_params(
    sid: str, status: str, sender: str, to: str, error_code: str | None = None
) -> dict[str, str]:
    """A message status callback: MessageSid, MessageStatus, AccountSid, From, To, ApiVersion,
    SmsSid, SmsStatus, and ErrorCode for failed and undelivered messages."""
    params = {
        "MessageSid": sid,
        "MessageStatus": status,
        "SmsSid": sid,
        "SmsStatus": status,
        "AccountSid": ACCOUNT_SID,
        "From": sender,
        "To": to,
        "ApiVersion": API_VERSION,
    }
    if error_code is not None:
        params["ErrorCode"] = error_code
    return params
