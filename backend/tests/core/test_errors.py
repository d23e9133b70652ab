"""Every error is problem+json with a 4xx for bad input; nothing reaches a 500."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import ADMIN, Tenant, random_phone

PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status
    return body


async def test_malformed_json_is_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/admin/businesses",
        content=b'{"name": "x", ',
        headers={**ADMIN, "content-type": "application/json"},
    )
    assert_problem(response, 400)


async def test_oversized_body_is_413(client: httpx.AsyncClient) -> None:
    big = b'{"name": "' + b"x" * 2_000_000 + b'"}'
    response = await client.post(
        "/v1/admin/businesses", content=big, headers={**ADMIN, "content-type": "application/json"}
    )
    assert_problem(response, 413)


async def test_oversized_chunked_body_is_413(client: httpx.AsyncClient) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(30):
            yield b"x" * 100_000

    response = await client.post(
        "/v1/admin/businesses",
        content=chunks(),
        headers={**ADMIN, "content-type": "application/json"},
    )
    assert_problem(response, 413)


async def test_unknown_route_and_wrong_method(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/nope"), 404)
    assert_problem(await client.delete("/healthz"), 405)


@pytest.mark.parametrize(
    "body",
    [
        {"name": "x", "timezone": "Mars/Olympus", "phone_number": "+19135550123"},
        {"name": "x", "timezone": "America/Chicago", "phone_number": "call me maybe"},
        {"name": "x", "timezone": "America/Chicago"},
        {"name": "", "timezone": "America/Chicago", "phone_number": "+19135550123"},
        {
            "name": "x",
            "timezone": "America/Chicago",
            "phone_number": "+19135550123",
            "language": "fr",
        },
        {
            "name": "x",
            "timezone": "America/Chicago",
            "phone_number": "+19135550123",
            "business_hours": {"mon": [["17:00", "08:00"]]},
        },
        {
            "name": "x",
            "timezone": "America/Chicago",
            "phone_number": "+19135550123",
            "business_hours": {"funday": [["08:00", "17:00"]]},
        },
        {
            "name": "x",
            "timezone": "America/Chicago",
            "phone_number": "+19135550123",
            "business_hours": {"mon": [["08:00", "12:00"], ["11:00", "17:00"]]},
        },
        {
            "name": "x",
            "timezone": "America/Chicago",
            "phone_number": "+19135550123",
            "owner_email": "not-an-email",
        },
        {
            "name": "x",
            "timezone": "America/Chicago",
            "phone_number": "+19135550123",
            "unexpected": True,
        },
        [1, 2, 3],
    ],
)
async def test_invalid_business_input_is_422(client: httpx.AsyncClient, body: object) -> None:
    body_out = assert_problem(
        await client.post("/v1/admin/businesses", json=body, headers=ADMIN), 422
    )
    assert "errors" in body_out


async def test_validation_errors_do_not_echo_input(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/admin/businesses",
        json={"name": "x", "timezone": "America/Chicago", "phone_number": "secret-ish 12"},
        headers=ADMIN,
    )
    assert "secret-ish" not in response.text


async def test_phone_number_is_unique_across_tenants(client: httpx.AsyncClient) -> None:
    phone = random_phone()
    body = {"name": "A", "timezone": "America/Chicago", "phone_number": phone}
    assert (await client.post("/v1/admin/businesses", json=body, headers=ADMIN)).status_code == 201
    national = f"({phone[2:5]}) {phone[5:8]}-{phone[8:]}"
    again = await client.post(
        "/v1/admin/businesses", json={**body, "phone_number": national}, headers=ADMIN
    )
    assert_problem(again, 409)


async def test_bad_path_id_is_422_not_500(client: httpx.AsyncClient, tenant: Tenant) -> None:
    assert_problem(await client.get("/v1/admin/businesses/not-a-uuid", headers=ADMIN), 422)
    assert_problem(await client.get("/v1/owner/audit/123", headers=tenant.owner), 422)


async def test_unknown_business_is_404(client: httpx.AsyncClient) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    assert_problem(await client.get(f"/v1/admin/businesses/{missing}", headers=ADMIN), 404)
    assert_problem(
        await client.post(
            f"/v1/admin/businesses/{missing}/credentials/api_key/rotate", headers=ADMIN
        ),
        404,
    )
    assert_problem(
        await client.post(f"/v1/admin/businesses/{missing}/credentials/root/rotate", headers=ADMIN),
        422,
    )
