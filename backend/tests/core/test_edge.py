"""Input refused at the edge (NUL characters, oversized headers), the security headers on every
answer, and exception logs that carry no SQL parameters or other free text."""

from __future__ import annotations

import json
import logging
import uuid

import httpx
import pytest
import structlog
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from switchboard.core.db import Database
from switchboard.core.logging import configure_logging
from switchboard.core.security_headers import API_CSP
from switchboard.main import create_app
from tests.conftest import Tenant, make_settings


def _is_nul_problem(response: httpx.Response) -> bool:
    return (
        response.status_code == 422
        and response.headers["content-type"].startswith("application/problem+json")
        and "NUL" in response.json()["detail"]
    )


async def test_nul_in_a_json_string_is_refused_with_422(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    for body in (
        '{"name": "Nul\\u0000Name", "phone": "+19135550142"}',
        '{"name": "Nora", "phone": "+19135550142", "notes": "a\\\\\\u0000b"}',
        '{"name": "Nora", "phone": "+19135550142", "tags": ["x\\u0000"]}',
    ):
        response = await client.post(
            "/v1/owner/customers",
            content=body.encode(),
            headers={**tenant.owner, "Content-Type": "application/json"},
        )
        assert _is_nul_problem(response), (body, response.text)
    listed = await client.get("/v1/owner/customers", headers=tenant.owner)
    assert listed.json()["items"] == []
    # A backslash followed by the text "u0000" is ordinary text.
    literal = await client.post(
        "/v1/owner/customers",
        content=b'{"name": "Nora", "phone": "+19135550142", "notes": "C:\\\\u0000"}',
        headers={**tenant.owner, "Content-Type": "application/json"},
    )
    assert literal.status_code == 201, literal.text
    assert literal.json()["notes"] == "C:\\u0000"


async def test_nul_in_query_path_or_header_is_refused(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    query = await client.get("/v1/owner/customers?q=ab%00cd", headers=tenant.owner)
    assert _is_nul_problem(query), query.text
    path = await client.get("/v1/calendar-feeds/sb_ics_%00aaaaaaaaaaaaaaaaaaaaaaaa.ics")
    assert _is_nul_problem(path), path.text


async def test_oversized_request_headers_get_431(client: httpx.AsyncClient, tenant: Tenant) -> None:
    big = {**tenant.owner, "X-Padding": "a" * 1_000_000}
    response = await client.get("/v1/owner/business", headers=big)
    assert response.status_code == 431
    assert response.headers["content-type"].startswith("application/problem+json")
    many = {**tenant.owner, **{f"X-Pad-{i}": "b" * 200 for i in range(100)}}
    assert (await client.get("/v1/owner/business", headers=many)).status_code == 431
    normal = {**tenant.owner, "X-Padding": "a" * 4000}
    assert (await client.get("/v1/owner/business", headers=normal)).status_code == 200


async def test_every_answer_carries_security_headers(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    for response in (
        await client.get("/v1/owner/business", headers=tenant.owner),
        await client.get("/v1/owner/business"),
        await client.get("/no/such/route"),
        await client.get("/healthz"),
    ):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["content-security-policy"] == API_CSP
        # PUBLIC_BASE_URL is http:// in the tests: no HSTS.
        assert "strict-transport-security" not in response.headers
    docs = await client.get("/docs")
    assert "frame-ancestors 'none'" in docs.headers["content-security-policy"]


async def test_hsts_when_the_public_address_is_https(database_url: str) -> None:
    settings = make_settings(database_url, public_base_url="https://switchboard.example")
    db = Database(settings)
    app = create_app(settings, database=db, run_worker=False)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as c:
            response = await c.get("/healthz")
        assert response.headers["strict-transport-security"].startswith("max-age=31536000")
    finally:
        await db.dispose()


async def test_exception_logs_carry_no_sql_parameters(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("INFO", "json")
    marker = f"Zelda-{uuid.uuid4().hex[:8]}@example.com"
    with pytest.raises(DBAPIError) as caught:
        async with db.unit_of_work() as uow:
            await uow.session.execute(
                text("SELECT * FROM no_such_table WHERE email = :email"), {"email": marker}
            )
    assert marker in str(caught.value)  # SQLAlchemy's message does carry the parameters
    # What uvicorn logs for an unhandled error, and what our own code logs.
    logging.getLogger("uvicorn.error").error("Exception in ASGI application", exc_info=caught.value)
    try:
        raise RuntimeError(f"could not save {marker}") from caught.value
    except RuntimeError:
        structlog.get_logger("switchboard.test").exception("failed")
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(lines) == 2
    for line in lines:
        rendered = json.dumps(line)
        assert marker not in rendered
        assert "Zelda" not in rendered
        assert "sqlalchemy.exc" in line["exception"]
        assert "no_such_table" in line["exception"]  # the statement, placeholders only
    assert "direct cause" in lines[1]["exception"]
    assert "builtins.RuntimeError" in lines[1]["exception"]
