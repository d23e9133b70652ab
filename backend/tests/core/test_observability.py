"""Health probes, metrics keyed by route template, and logs without personal data."""

from __future__ import annotations

import httpx
import pytest

from switchboard.core.db import Database
from switchboard.core.logging import mask_phone, scrub_text
from switchboard.main import create_app
from tests.conftest import ADMIN, Tenant, make_settings


async def test_healthz_and_readyz(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "migrations": "ok"}


async def test_readyz_is_503_when_the_database_is_unreachable(tmp_path: object) -> None:
    settings = make_settings("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    db = Database(settings)
    app = create_app(settings, database=db, run_worker=False)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as c:
            response = await c.get("/readyz")
            assert response.status_code == 503
            assert response.json()["checks"]["database"] == "unreachable"
            assert (await c.get("/healthz")).status_code == 200
    finally:
        await db.dispose()


async def test_readyz_reports_pending_migrations(tmp_path: pytest.TempPathFactory) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/empty.db"  # never migrated
    settings = make_settings(url)
    db = Database(settings)
    app = create_app(settings, database=db, run_worker=False)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://t"
        ) as c:
            assert (await c.get("/readyz")).status_code == 503
    finally:
        await db.dispose()


async def test_metrics_use_route_templates_not_raw_paths(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await client.get(f"/v1/admin/businesses/{tenant.id}", headers=ADMIN)
    await client.get("/v1/owner/business?phone=%2B19135550123", headers=tenant.owner)
    await client.get("/some/raw/19135550123")
    text = (await client.get("/metrics")).text
    assert 'route="/v1/admin/businesses/{business_id}"' in text
    assert tenant.id not in text
    assert "19135550123" not in text and "5550123" not in text
    assert 'route="unmatched"' in text


def test_scrubber_masks_phones_and_tokens() -> None:
    assert mask_phone("+19135550123") == "***0123"
    line = scrub_text(
        "call +1 (913) 555-0123 or 913.555.0199 with sb_test_owner_abcDEF123456789xyz"
    )
    assert "555-0123" not in line and "913.555.0199" not in line
    assert "***0123" in line and "***0199" in line
    assert "sb_test_owner_" not in line and "[credential]" in line
    visitor = scrub_text("chat sb_visitor_Zx9-abcDEF123456789xyz_q")
    assert visitor == "chat [credential]"
    # Not everything numeric is a phone: ids, times and small counts survive.
    assert scrub_text("took 12.5 ms, 3 rows, 2026-03-02") == "took 12.5 ms, 3 rows, 2026-03-02"


async def test_logs_hold_no_phone_numbers_or_secrets(
    client: httpx.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    phone = "+19135550167"
    owner_phone = "+19135550168"
    response = await client.post(
        "/v1/admin/businesses",
        json={
            "name": "Loggy",
            "timezone": "America/Chicago",
            "phone_number": phone,
            "owner_phone": owner_phone,
            "owner_email": "dana@example.com",
        },
        headers=ADMIN,
    )
    creds = response.json()["credentials"]
    await client.get("/v1/owner/business", headers={"X-Owner-Token": creds["owner_token"]})
    await client.get("/v1/owner/business", headers={"X-Owner-Token": creds["owner_token"] + "x"})
    # A duplicate makes the service raise with the number in play.
    await client.post(
        "/v1/admin/businesses",
        json={"name": "Dup", "timezone": "America/Chicago", "phone_number": phone},
        headers=ADMIN,
    )
    out = capsys.readouterr().out
    assert '"event": "request"' in out
    for secret in (
        phone,
        owner_phone,
        "9135550167",
        "5550168",
        "dana@example.com",
        creds["owner_token"],
        creds["api_key"],
        creds["widget_token"],
    ):
        assert secret not in out
