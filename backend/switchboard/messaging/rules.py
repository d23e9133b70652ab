"""The sending rules, in one place, for every outbound SMS (and the lockdown for email).

`decide_sms` is a pure function of the facts the service gathers, so each rule is testable on
its own and the order in which they apply is visible here:

1. lockdown stops every automated message;
2. only allowed countries (default US, CA);
3. never to an opted-out number, except the one confirmation of that opt-out;
4. the per-tenant daily cap and the per-recipient hourly cap;
5. quiet hours in the business's zone: non-urgent kinds wait until the quiet hours end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

DEFAULT_DAILY_CAP = 500
DEFAULT_RECIPIENT_HOURLY_CAP = 5
DEFAULT_QUIET_START = time(21, 0)
DEFAULT_QUIET_END = time(8, 0)
DEFAULT_COUNTRIES = frozenset({"US", "CA"})

# Answers to a text the recipient has just sent (a reply, HELP, STOP): expected at once,
# whatever the hour. Everything else waits, booking confirmations and reminders included
# (PRODUCT: never inside the customer's quiet hours).
RESPONSE_KINDS = frozenset({"reply", "help", "opt_out"})
# Compliance messages go out whatever the volume: a STOP must always be confirmed.
CAP_EXEMPT_KINDS = frozenset({"opt_out"})


@dataclass(frozen=True)
class SmsPolicy:
    """Per-tenant limits, from `Business.settings["messaging"]` over the defaults."""

    daily_cap: int = DEFAULT_DAILY_CAP
    recipient_hourly_cap: int = DEFAULT_RECIPIENT_HOURLY_CAP
    quiet_start: time = DEFAULT_QUIET_START
    quiet_end: time = DEFAULT_QUIET_END
    allowed_countries: frozenset[str] = field(default=DEFAULT_COUNTRIES)

    @classmethod
    def from_settings(cls, settings: dict[str, Any] | None) -> SmsPolicy:
        raw = (settings or {}).get("messaging") or {}
        policy = cls()
        try:
            quiet = raw.get("quiet_hours") or {}
            return cls(
                daily_cap=int(raw.get("daily_cap", policy.daily_cap)),
                recipient_hourly_cap=int(
                    raw.get("recipient_hourly_cap", policy.recipient_hourly_cap)
                ),
                quiet_start=time.fromisoformat(quiet.get("start", "21:00")),
                quiet_end=time.fromisoformat(quiet.get("end", "08:00")),
                allowed_countries=frozenset(
                    str(c).upper() for c in raw.get("allowed_countries", policy.allowed_countries)
                ),
            )
        except (TypeError, ValueError, AttributeError):
            # A malformed setting must not stop messaging; the safe defaults apply.
            return policy


@dataclass(frozen=True)
class SmsFacts:
    kind: str
    urgent: bool
    now: datetime
    zone: ZoneInfo
    lockdown: bool
    country: str | None
    opted_out: bool
    # opt_out confirmations already sent (or on their way) since the number opted out
    confirmations_since_opt_out: int
    tenant_sent_24h: int
    recipient_sent_1h: int
    policy: SmsPolicy


@dataclass(frozen=True)
class Decision:
    action: Literal["send", "defer", "block"]
    reason: str | None = None
    until: datetime | None = None


SEND = Decision("send")


def decide_email(*, lockdown: bool) -> Decision:
    if lockdown:
        return Decision("block", "lockdown: automated messages are switched off")
    return SEND


def decide_sms(facts: SmsFacts) -> Decision:
    policy = facts.policy
    if facts.lockdown:
        return Decision("block", "lockdown: automated messages are switched off")
    if facts.country not in policy.allowed_countries:
        return Decision("block", f"country not allowed ({facts.country or 'unknown'})")
    if facts.kind == "opt_out":
        if not facts.opted_out:
            return Decision("block", "opt-out confirmation to a number that has not opted out")
        if facts.confirmations_since_opt_out > 0:
            return Decision("block", "opt-out already confirmed")
    elif facts.opted_out:
        return Decision("block", "recipient opted out of SMS")
    if facts.kind not in CAP_EXEMPT_KINDS:
        if facts.tenant_sent_24h >= policy.daily_cap:
            return Decision("block", f"daily SMS cap reached ({policy.daily_cap})")
        if facts.recipient_sent_1h >= policy.recipient_hourly_cap:
            return Decision(
                "block", f"hourly cap for this recipient reached ({policy.recipient_hourly_cap})"
            )
    if not facts.urgent and facts.kind not in RESPONSE_KINDS:
        until = quiet_hours_end(facts.now, facts.zone, policy)
        if until is not None:
            label = policy.quiet_end.strftime("%H:%M")
            return Decision("defer", f"quiet hours: waits until {label} {facts.zone.key}", until)
    return SEND


def quiet_hours_end(now: datetime, zone: ZoneInfo, policy: SmsPolicy) -> datetime | None:
    """When `now` falls in the quiet hours (local to `zone`), the UTC instant they end."""
    local = now.astimezone(zone)
    start, end = policy.quiet_start, policy.quiet_end
    t = local.time().replace(tzinfo=None)
    if start == end:
        return None
    if start > end:  # spans midnight, e.g. 21:00-08:00
        if t >= start:
            day = local.date() + timedelta(days=1)
        elif t < end:
            day = local.date()
        else:
            return None
    else:
        if not start <= t < end:
            return None
        day = local.date()
    # Built from the local wall clock, so it is 08:00 on either side of a DST change.
    return datetime.combine(day, end, tzinfo=zone).astimezone(now.tzinfo)
