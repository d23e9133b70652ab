"""Numbers the business's calls are put through to or that act for the owner (transfer,
office, on-call, backup and owner phones): a call to them is paid by the platform and, for
the owner phone, unlocks the owner line. Each must be in the tenant's dial countries (by
default the country of the business's own number), must not be a premium-rate or
shared-cost number, and must not be any business's Switchboard number (its own would loop;
another tenant's would hand that tenant's callers, pages and owner line to this one)."""

from __future__ import annotations

from typing import Any

import phonenumbers

from switchboard.businesses import repository as repo
from switchboard.core.db import UnitOfWork
from switchboard.core.errors import InvalidInput
from switchboard.models.business import Business

SETTINGS_FIELDS = ("office_number", "transfer_number", "on_call_number", "backup_phone")
_REFUSED_TYPES = {
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "a premium-rate number",
    phonenumbers.PhoneNumberType.SHARED_COST: "a shared-cost number",
}


class DialTargetRefused(InvalidInput):
    title = "Number not allowed"


def _country(number: phonenumbers.PhoneNumber) -> str | None:
    by_number = phonenumbers.region_code_for_number(number)
    return by_number or phonenumbers.region_code_for_country_code(number.country_code or 0)


def allowed_countries(business: Business, settings: dict[str, Any]) -> list[str]:
    configured = settings.get("dial_countries")
    if configured:
        return [str(c).upper() for c in configured]
    own = _country(phonenumbers.parse(business.phone_number, None))
    return [own] if own and own != "ZZ" else ["US"]


async def check(
    uow: UnitOfWork, business: Business, numbers: dict[str, str], settings: dict[str, Any]
) -> None:
    """Raise `DialTargetRefused` (422) naming the first field whose number is not allowed."""
    countries = allowed_countries(business, settings)
    for field, value in numbers.items():
        if not value:
            continue
        parsed = phonenumbers.parse(value, None)
        refused = _REFUSED_TYPES.get(phonenumbers.number_type(parsed))
        if refused:
            raise DialTargetRefused(f"{field}: {refused} cannot be dialled.")
        country = _country(parsed)
        if country not in countries:
            raise DialTargetRefused(
                f"{field}: numbers in {country or 'that country'} are not allowed for this "
                f"business (allowed: {', '.join(countries)})."
            )
        async with uow.system_scope("dial target is not a business number"):
            owner_of = await repo.by_phone(uow, value)
        if owner_of is not None:
            raise DialTargetRefused(f"{field}: this is a Switchboard business number.")
