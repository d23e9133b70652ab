"""Extreme dates and offsets are refused with 422 problem+json, never a 500."""

from __future__ import annotations

import httpx

from tests.conftest import ADMIN, Tenant
from tests.crm.conftest import book, make_customer

EXTREME_STARTS = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:00:00-12:00"]
EXTREME_BOUNDS = ["9999-12-31", "0001-01-01", "9999-12-31T23:59:59-12:00"]


def _is_422_problem(response: httpx.Response) -> bool:
    return response.status_code == 422 and response.headers["content-type"].startswith(
        "application/problem+json"
    )


async def test_booking_and_rescheduling_at_extreme_years_is_422(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    for start in EXTREME_STARTS:
        response = await book(client, tenant.owner, start)
        assert _is_422_problem(response), (start, response.status_code, response.text)
    booked = await book(client, tenant.owner, "2026-03-03T10:00:00-06:00")
    assert booked.status_code == 201, booked.text
    for start in EXTREME_STARTS:
        response = await client.post(
            f"/v1/owner/appointments/{booked.json()['id']}/reschedule",
            json={"start": start},
            headers=tenant.owner,
        )
        assert _is_422_problem(response), (start, response.text)


async def test_extreme_search_bounds_are_422(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for route in (
        "/v1/owner/appointments",
        "/v1/owner/appointments/export",
        "/v1/owner/slots",
    ):
        for value in EXTREME_BOUNDS:
            for name in ("start", "end"):
                response = await client.get(route, params={name: value}, headers=tenant.owner)
                assert _is_422_problem(response), (route, name, value, response.text)
    # Ordinary bounds still work.
    ok = await client.get(
        "/v1/owner/appointments",
        params={"start": "2026-03-01", "end": "2026-03-31"},
        headers=tenant.owner,
    )
    assert ok.status_code == 200


async def test_closures_at_extreme_years_are_422(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post(
        "/v1/owner/closures",
        json={"start_date": "2026-12-24", "end_date": "9999-12-31"},
        headers=tenant.owner,
    )
    assert _is_422_problem(response), response.text


async def test_unbounded_offsets_are_422(client: httpx.AsyncClient, tenant: Tenant) -> None:
    await make_customer(client, tenant.owner)
    huge = str(2**63 + 10)
    for route, headers in (
        ("/v1/owner/customers", tenant.owner),
        ("/v1/owner/conversations", tenant.owner),
        ("/v1/admin/businesses", ADMIN),
    ):
        for offset in (huge, "100001"):
            response = await client.get(route, params={"offset": offset}, headers=headers)
            assert _is_422_problem(response), (route, offset, response.text)
        assert (
            await client.get(route, params={"offset": "100000"}, headers=headers)
        ).status_code == 200
