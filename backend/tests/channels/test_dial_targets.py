"""Numbers calls are put through to (transfer, office, on-call, backup) and the owner's phone:
in the tenant's dial countries, never premium-rate or shared-cost, never a business's
Switchboard number."""

from __future__ import annotations

import httpx
import pytest

from tests.channels.conftest import voice_tenant


async def _settings(
    client: httpx.AsyncClient, headers: dict[str, str], **values: object
) -> httpx.Response:
    return await client.patch("/v1/owner/business/settings", json=values, headers=headers)


@pytest.mark.parametrize(
    "field", ["transfer_number", "office_number", "on_call_number", "backup_phone"]
)
@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("+19005550123", "premium-rate"),  # US 900: premium rate
        ("+448712345678", "premium-rate"),  # UK 0871: premium rate
        ("+33810123456", "shared-cost"),  # France 0810: shared cost
        ("+442079460000", "not allowed"),  # a London line: not in the US business's countries
        ("+525512345678", "not allowed"),  # Mexico City
    ],
)
async def test_expensive_or_foreign_dial_targets_are_refused(
    client: httpx.AsyncClient, field: str, number: str, why: str
) -> None:
    tenant = await voice_tenant(client)
    refused = await _settings(client, tenant.owner, **{field: number})
    assert refused.status_code == 422, refused.text
    assert field in refused.text and why in refused.text
    settings = (await client.get("/v1/owner/business/settings", headers=tenant.owner)).json()
    assert field not in settings


async def test_another_tenants_number_cannot_be_a_dial_target_or_the_owner_phone(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    other = await voice_tenant(client)
    refused = await _settings(client, tenant.owner, transfer_number=other.phone_number)
    assert refused.status_code == 422 and "business number" in refused.text
    assert other.id not in refused.text  # which tenant it is stays unsaid
    own = await _settings(client, tenant.owner, on_call_number=tenant.phone_number)
    assert own.status_code == 422
    phone = await client.patch(
        "/v1/owner/business", json={"owner_phone": other.phone_number}, headers=tenant.owner
    )
    assert phone.status_code == 422 and "business number" in phone.text
    business = (await client.get("/v1/owner/business", headers=tenant.owner)).json()
    assert business["owner_phone"] == "+19135550199"


async def test_ordinary_numbers_and_chosen_countries_are_accepted(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    ok = await _settings(client, tenant.owner, transfer_number="(913) 555-0177")
    assert ok.status_code == 200 and ok.json()["transfer_number"] == "+19135550177"
    toll_free = await _settings(client, tenant.owner, office_number="+18005550100")
    assert toll_free.status_code == 200
    # Canada is not allowed until the owner says so.
    assert (await _settings(client, tenant.owner, backup_phone="+14165550123")).status_code == 422
    widened = await _settings(
        client, tenant.owner, dial_countries=["us", "ca"], backup_phone="+14165550123"
    )
    assert widened.status_code == 200, widened.text
    assert widened.json()["dial_countries"] == ["US", "CA"]
    # Narrowing the countries re-checks the numbers already set.
    narrowed = await _settings(client, tenant.owner, dial_countries=["US"])
    assert narrowed.status_code == 422 and "backup_phone" in narrowed.text
