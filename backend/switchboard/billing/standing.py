"""A tenant's standing: whether it keeps its extras now, and if not, why. Pure.

- `comped` (an admin override), `active`, and `trialing` before the trial ends: in good
  standing.
- `past_due` (a renewal failed), `incomplete`, a trial that ended with no subscription, and
  usage over the plan's allowance: a grace period (BILLING_GRACE_DAYS, 7 by default) from when
  the trouble began, then the extras stop.
- `unpaid` and `cancelled`: the extras stop at once.
Calls are answered and emergencies paged in every standing: nothing here is asked by them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

Reason = Literal["payment_overdue", "trial_ended", "subscription_ended", "over_limit"]


@dataclass(frozen=True)
class AccountFacts:
    status: str
    comped: bool
    trial_ends_at: datetime | None
    subscription_ref: str | None
    past_due_since: datetime | None
    over_limit_since: datetime | None


@dataclass(frozen=True)
class Standing:
    state: str  # the account's status, or "comped" / "trial_ended"
    extras: bool
    reason: Reason | None = None  # why extras are (or soon will be) lost
    since: datetime | None = None  # when that trouble began
    grace_ends_at: datetime | None = None


def _graced(
    state: str, reason: Reason, since: datetime, now: datetime, grace: timedelta
) -> Standing:
    ends = since + grace
    return Standing(state, now < ends, reason, since, ends)


def standing(facts: AccountFacts, now: datetime, grace: timedelta) -> Standing:
    if facts.comped:
        return Standing("comped", True)
    status = facts.status
    if status == "trialing":
        end = facts.trial_ends_at
        # With a subscription, Stripe itself moves a trial on (to active or past_due).
        if end is None or now < end or facts.subscription_ref:
            base = Standing("trialing", True)
        else:
            return _graced("trial_ended", "trial_ended", end, now, grace)
    elif status == "active":
        base = Standing("active", True)
    elif status in ("past_due", "incomplete"):
        return _graced(status, "payment_overdue", facts.past_due_since or now, now, grace)
    else:  # unpaid, cancelled
        return Standing(status, False, "subscription_ended", facts.past_due_since)
    if facts.over_limit_since is not None:
        return _graced(base.state, "over_limit", facts.over_limit_since, now, grace)
    return base
