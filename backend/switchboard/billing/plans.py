"""Plans from configuration: the built-in two, or BILLING_PLANS (a JSON list) instead.

A plan's features are the extras a tenant can lose (see entitlements); answering calls,
paging emergencies and confirming bookings are never features and never lost."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from switchboard.core.config import Settings
from switchboard.integrations.errors import ProviderConfigError

Feature = Literal["widget", "reminders", "calendar_sync"]
FEATURES: tuple[Feature, ...] = get_args(Feature)
# What a metered plan reports to the provider: each names the event of a Stripe billing meter.
Meter = Literal["calls", "minutes", "texts"]


class Plan(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str = Field(pattern=r"^[a-z0-9_-]{1,40}$")
    name: str = Field(min_length=1, max_length=80)
    price_id: str | None = None
    amount_cents: int = Field(ge=0)
    currency: str = Field(default="usd", pattern=r"^[a-z]{3}$")
    included_calls: int = Field(ge=0)
    included_minutes: int = Field(ge=0)
    included_texts: int = Field(ge=0)
    features: frozenset[Feature] = frozenset()
    # A metered plan: usage -> the provider's meter event name (Stripe Billing Meters), e.g.
    # {"minutes": "switchboard_minutes"}. Empty: nothing is reported, the allowance only warns.
    meters: dict[Meter, str] = Field(default_factory=dict)

    @property
    def metered(self) -> bool:
        return bool(self.meters)


DEFAULT_PLANS: tuple[Plan, ...] = (
    Plan(
        key="starter",
        name="Starter",
        amount_cents=4900,
        included_calls=150,
        included_minutes=500,
        included_texts=500,
        features=frozenset({"reminders"}),
    ),
    Plan(
        key="pro",
        name="Pro",
        amount_cents=14900,
        included_calls=600,
        included_minutes=2000,
        included_texts=2500,
        features=frozenset(FEATURES),
    ),
)
_PLANS = TypeAdapter(list[Plan])


@lru_cache(maxsize=8)
def _parse(raw: str | None) -> dict[str, Plan]:
    if raw is None or not raw.strip():
        return {p.key: p for p in DEFAULT_PLANS}
    try:
        plans = _PLANS.validate_python(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        raise ProviderConfigError(f"BILLING_PLANS is not a valid list of plans: {exc}") from exc
    if not plans or len({p.key for p in plans}) != len(plans):
        raise ProviderConfigError("BILLING_PLANS needs at least one plan, each key once")
    return {p.key: p for p in plans}


def catalogue(settings: Settings) -> dict[str, Plan]:
    return _parse(settings.billing_plans)


def check(settings: Settings) -> None:
    """At start-up: the plans parse, the trial plan exists, and with Stripe every plan has
    its price id."""
    plans = catalogue(settings)
    if settings.billing_trial_plan not in plans:
        raise ProviderConfigError(
            f"BILLING_TRIAL_PLAN={settings.billing_trial_plan!r} is not one of {sorted(plans)}"
        )
    if settings.payments_provider.lower() == "stripe":
        missing = sorted(p.key for p in plans.values() if not p.price_id)
        missing += sorted(
            f"{p.key}.meters" for p in plans.values() for name in p.meters.values() if not name
        )
        if missing:
            raise ProviderConfigError(
                f"PAYMENTS_PROVIDER=stripe needs BILLING_PLANS with a price_id for {missing}"
            )


def get(settings: Settings, key: str) -> Plan:
    plans = catalogue(settings)
    return plans.get(key) or plans.get(settings.billing_trial_plan) or next(iter(plans.values()))


def for_price(settings: Settings, price_id: str | None) -> Plan | None:
    return next(
        (p for p in catalogue(settings).values() if price_id and p.price_id == price_id), None
    )
