"""The operator console's API: overview and usage, onboarding checklist, set-up values,
tenant search and suspension with a reason, dead jobs (summary, retry, discard), the audit
and security logs with their exports. Every route needs the admin credential; one tenant's
figures never show up in another's."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select

from switchboard.core.clock import SystemClock
from switchboard.core.db import Database
from switchboard.models.job import Job
from switchboard.models.message import Message
from switchboard.models.tenant_error_count import TenantErrorCount
from tests.conftest import ADMIN, Tenant, app_client, make_settings, provision
from tests.support import as_tenant


async def _call(client: httpx.AsyncClient, tenant: Tenant) -> None:
    started = await client.post(
        "/v1/sessions", json={"channel": "voice"}, headers={"X-API-Key": tenant.api_key}
    )
    assert started.status_code == 201, started.text


async def _failed_text(db: Database, tenant: Tenant) -> None:
    async with as_tenant(db, tenant.id) as (uow, _):
        uow.session.add(
            Message(
                channel="sms",
                direction="outbound",
                to_addr="+19135550142",
                from_addr=tenant.phone_number,
                body="Your plumber is on the way",
                kind="reply",
                status="failed",
            )
        )


async def _inbound_text(db: Database, tenant: Tenant) -> None:
    async with as_tenant(db, tenant.id) as (uow, _):
        uow.session.add(
            Message(
                channel="sms",
                direction="inbound",
                to_addr=tenant.phone_number,
                from_addr="+19135550142",
                body="Do you do boilers?",
                kind="reply",
                status="received",
            )
        )


async def _dead_job(db: Database, tenant: Tenant | None, payload: dict[str, object]) -> str:
    job_id = uuid.uuid4()
    async with db.unit_of_work() as uow, uow.system_scope("test dead job"):
        uow.session.add(
            Job(
                id=job_id,
                kind="messaging.send",
                business_id=uuid.UUID(tenant.id) if tenant else None,
                payload=payload,
                status="dead",
                attempts=8,
                last_error="permanent: twilio: HTTP 400 code 21211",
                finished_at=datetime.now(UTC),
            )
        )
    return str(job_id)


async def test_console_routes_need_the_admin_key(client: httpx.AsyncClient, tenant: Tenant) -> None:
    for path in (
        "/v1/admin/overview",
        f"/v1/admin/businesses/{tenant.id}/usage",
        f"/v1/admin/businesses/{tenant.id}/checklist",
        f"/v1/admin/businesses/{tenant.id}/setup",
        "/v1/admin/health",
        "/v1/admin/audit",
        "/v1/admin/security-events",
    ):
        assert (await client.get(path)).status_code == 401, path
        assert (await client.get(path, headers=tenant.owner)).status_code == 401, path
    assert (await client.post("/v1/admin/health/checks")).status_code == 401


async def test_usage_counts_one_tenant_and_not_the_other(
    client: httpx.AsyncClient, db: Database, tenant: Tenant, other_tenant: Tenant
) -> None:
    await _call(client, tenant)
    await _call(client, tenant)
    await _failed_text(db, tenant)
    await _dead_job(db, tenant, {"message_id": str(uuid.uuid4())})

    usage = await client.get(f"/v1/admin/businesses/{tenant.id}/usage?days=7", headers=ADMIN)
    assert usage.status_code == 200, usage.text
    data = usage.json()
    assert data["totals"]["calls"] == 2
    assert data["totals"]["texts"] == 1
    assert data["totals"]["delivery_failures"] == 1
    assert data["totals"]["job_failures"] == 1
    assert data["dead_jobs_now"] == 1
    assert data["timezone"] == "America/Chicago"
    assert len(data["daily"]) in (7, 8)  # the period's days in the tenant's zone
    assert sum(day["calls"] for day in data["daily"]) == 2
    assert data["not_measured"] == []
    assert data["totals"]["webhook_rejections"] == 0

    other = await client.get(f"/v1/admin/businesses/{other_tenant.id}/usage", headers=ADMIN)
    assert other.json()["totals"]["calls"] == 0
    assert other.json()["dead_jobs_now"] == 0

    overview = await client.get("/v1/admin/overview?days=1", headers=ADMIN)
    assert overview.status_code == 200
    rows = {row["id"]: row for row in overview.json()["by_tenant"]}
    assert rows[tenant.id]["calls"] == 2 and rows[tenant.id]["dead_jobs"] == 1
    assert rows[other_tenant.id]["calls"] == 0
    assert overview.json()["totals"]["calls"] >= 2


async def test_usage_refuses_bad_periods_and_unknown_tenants(client: httpx.AsyncClient) -> None:
    missing = uuid.uuid4()
    assert (
        await client.get(f"/v1/admin/businesses/{missing}/usage", headers=ADMIN)
    ).status_code == 404
    for days in ("0", "91", "x"):
        response = await client.get(f"/v1/admin/overview?days={days}", headers=ADMIN)
        assert response.status_code == 422, days
    bad_id = await client.get("/v1/admin/businesses/not-an-id/checklist", headers=ADMIN)
    assert bad_id.status_code == 422


async def test_checklist_follows_the_tenant_set_up(client: httpx.AsyncClient, db: Database) -> None:
    tenant = await provision(client, owner_phone="+19135550199")
    url = f"/v1/admin/businesses/{tenant.id}/checklist"
    items = {i["key"]: i for i in (await client.get(url, headers=ADMIN)).json()["items"]}
    assert items["owner_phone"]["done"] is False  # on file, not verified yet
    assert "not verified" in items["owner_phone"]["detail"]
    assert items["hours_set"]["done"] is False
    assert items["number_connected"]["done"] is False
    assert items["widget_embedded"]["done"] is False
    assert items["billing_active"]["done"] is False
    assert items["services_reviewed"]["done"] is False

    hours = {"mon": [["07:00", "19:00"]], "sat": [["09:00", "12:00"]]}
    patched = await client.patch(
        f"/v1/admin/businesses/{tenant.id}", json={"business_hours": hours}, headers=ADMIN
    )
    assert patched.status_code == 200
    await _call(client, tenant)  # through /v1/sessions: not a sign of the number
    items = {i["key"]: i for i in (await client.get(url, headers=ADMIN)).json()["items"]}
    assert items["number_connected"]["done"] is False
    await _inbound_text(db, tenant)
    service = await client.post(
        "/v1/owner/services",
        json={"name": "Sump pump check", "duration_minutes": 60},
        headers=tenant.owner,
    )
    assert service.status_code == 201, service.text
    data = (await client.get(url, headers=ADMIN)).json()
    items = {i["key"]: i for i in data["items"]}
    assert items["hours_set"]["done"] is True
    assert items["number_connected"]["done"] is True
    assert items["services_reviewed"]["done"] is True
    assert data["done"] >= 3 and data["total"] == len(items)  # the phone is not verified


async def test_setup_gives_the_webhook_urls_and_the_snippet_without_a_secret(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    response = await client.get(f"/v1/admin/businesses/{tenant.id}/setup", headers=ADMIN)
    assert response.status_code == 200
    data = response.json()
    assert data["twilio"]["voice_url"] == "http://127.0.0.1:8000/twilio/voice"
    assert data["twilio"]["sms_status_callback"] == "http://127.0.0.1:8000/twilio/sms/status"
    assert "WIDGET_TOKEN" in data["widget"]["snippet_template"]
    assert tenant.widget_token not in response.text


async def test_search_and_suspend_with_a_reason(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    unique = f"Harbour Heating {uuid.uuid4().hex[:6]}"
    mine = await provision(client, name=unique)
    found = await client.get("/v1/admin/businesses", params={"q": unique.upper()}, headers=ADMIN)
    assert [b["id"] for b in found.json()["items"]] == [mine.id]
    digits = mine.phone_number[-7:]
    by_phone = await client.get("/v1/admin/businesses", params={"q": digits}, headers=ADMIN)
    assert mine.id in [b["id"] for b in by_phone.json()["items"]]
    # Digits inside a name are part of the name, never a phone search ("Rooter 24/7").
    named_with_digits = f"Rooter Unit {other_tenant.phone_number[-7:]}"
    by_name = await client.get(
        "/v1/admin/businesses", params={"q": named_with_digits}, headers=ADMIN
    )
    assert by_name.json()["items"] == []
    spaced = f"{digits[:3]} {digits[3:]}"  # a number as people type it still searches numbers
    by_spaced = await client.get("/v1/admin/businesses", params={"q": spaced}, headers=ADMIN)
    assert mine.id in [b["id"] for b in by_spaced.json()["items"]]
    wildcard = await client.get("/v1/admin/businesses", params={"q": "%"}, headers=ADMIN)
    assert wildcard.status_code == 200
    assert mine.id not in [b["id"] for b in wildcard.json()["items"]]

    too_long = await client.post(
        f"/v1/admin/businesses/{mine.id}/suspend", json={"reason": "x" * 301}, headers=ADMIN
    )
    assert too_long.status_code == 422
    suspended = await client.post(
        f"/v1/admin/businesses/{mine.id}/suspend", json={"reason": "unpaid"}, headers=ADMIN
    )
    assert suspended.json()["status"] == "suspended"
    refused = await client.get("/v1/owner/business", headers=mine.owner)
    assert refused.status_code == 403
    resumed = await client.post(f"/v1/admin/businesses/{mine.id}/resume", headers=ADMIN)
    assert resumed.json()["status"] == "active"
    assert (await client.get("/v1/owner/business", headers=mine.owner)).status_code == 200

    trail = await client.get(
        "/v1/admin/audit", params={"business_id": mine.id, "action": "business"}, headers=ADMIN
    )
    actions = [(e["action"], e["details"].get("reason")) for e in trail.json()["items"]]
    assert ("business.suspend", "unpaid") in actions
    assert ("business.resume", None) in actions
    assert all(e["business_id"] == mine.id for e in trail.json()["items"])


async def test_dead_jobs_show_a_summary_and_can_be_discarded(
    client: httpx.AsyncClient, db: Database, tenant: Tenant
) -> None:
    message_id = str(uuid.uuid4())
    job_id = await _dead_job(
        db, tenant, {"message_id": message_id, "to": "+19135550142", "urgent": True}
    )
    listed = await client.get("/v1/admin/jobs", params={"status": "dead"}, headers=ADMIN)
    [job] = [j for j in listed.json()["items"] if j["id"] == job_id]
    assert job["payload_summary"] == {
        "message_id": message_id,
        "to": "<text, 12 characters>",
        "urgent": True,
    }
    assert "+19135550142" not in listed.text

    discarded = await client.post(f"/v1/admin/jobs/{job_id}/discard", headers=ADMIN)
    assert discarded.status_code == 200
    assert discarded.json()["status"] == "discarded"
    again = await client.post(f"/v1/admin/jobs/{job_id}/discard", headers=ADMIN)
    assert again.status_code == 409
    retry = await client.post(f"/v1/admin/jobs/{job_id}/retry", headers=ADMIN)
    assert retry.status_code == 409
    assert (
        await client.post(f"/v1/admin/jobs/{uuid.uuid4()}/discard", headers=ADMIN)
    ).status_code == 404
    dead = await client.get("/v1/admin/jobs", params={"status": "dead"}, headers=ADMIN)
    assert job_id not in [j["id"] for j in dead.json()["items"]]
    trail = await client.get(
        "/v1/admin/audit", params={"business_id": tenant.id, "action": "job"}, headers=ADMIN
    )
    assert [e["action"] for e in trail.json()["items"]] == ["job.discard"]


async def test_audit_export_is_a_spreadsheet_safe_csv_of_one_tenant(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    rotated = await client.post(
        f"/v1/admin/businesses/{tenant.id}/credentials/owner_token/rotate", headers=ADMIN
    )
    assert rotated.status_code == 200
    export = await client.get(
        "/v1/admin/audit", params={"business_id": tenant.id, "format": "csv"}, headers=ADMIN
    )
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("text/csv")
    assert "attachment" in export.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert {r["action"] for r in rows} == {"business.create", "credential.rotate"}
    assert all(r["business_id"] == tenant.id for r in rows)
    assert rotated.json()["secret"] not in export.text
    other = await client.get(
        "/v1/admin/audit", params={"business_id": other_tenant.id}, headers=ADMIN
    )
    assert [e["action"] for e in other.json()["items"]] == ["business.create"]
    bad = await client.get(
        "/v1/admin/audit", params={"since": "0001-01-01T00:00:00Z"}, headers=ADMIN
    )
    assert bad.status_code == 422
    naive = await client.get(
        "/v1/admin/audit", params={"since": "2026-01-01T00:00:00"}, headers=ADMIN
    )
    assert naive.status_code == 422


async def test_refused_credentials_are_security_events_without_addresses(
    client: httpx.AsyncClient, db: Database
) -> None:
    since = (datetime.now(UTC) - timedelta(seconds=5)).isoformat()
    wrong = await client.get(
        "/v1/owner/business", headers={"X-Owner-Token": "sb_test_owner_wrongwrongwrong"}
    )
    assert wrong.status_code == 401
    events = await client.get(
        "/v1/admin/security-events",
        params={"since": since, "kind": "auth_failure", "surface": "owner"},
        headers=ADMIN,
    )
    assert events.status_code == 200
    [event] = [e for e in events.json()["items"] if e["surface"] == "owner"][:1]
    assert event["status"] == 401 and len(event["client_ref"]) == 16
    assert "127.0.0.1" not in events.text and "testclient" not in events.text
    export = await client.get(
        "/v1/admin/security-events", params={"since": since, "format": "csv"}, headers=ADMIN
    )
    assert export.text.startswith("at,kind,surface")
    assert "owner" in export.text
    unknown = await client.get("/v1/admin/security-events?kind=nonsense", headers=ADMIN)
    assert unknown.status_code == 422


async def test_a_failed_console_sign_in_is_a_security_event(client: httpx.AsyncClient) -> None:
    since = (datetime.now(UTC) - timedelta(seconds=5)).isoformat()
    refused = await client.post("/v1/auth/admin/login", json={"admin_key": "not-the-key"})
    assert refused.status_code == 401
    events = await client.get(
        "/v1/admin/security-events",
        params={"since": since, "kind": "admin_sign_in_failed"},
        headers=ADMIN,
    )
    assert [e["surface"] for e in events.json()["items"]][:1] == ["admin_sign_in"]
    assert "not-the-key" not in events.text


async def test_the_failure_that_locks_a_client_out_is_logged_once(
    database_url: str, db: Database
) -> None:
    settings = make_settings(database_url, auth_failure_limit=3, trust_forwarded_for=True)
    address = f"203.0.113.{uuid.uuid4().int % 250 + 1}"
    since = (datetime.now(UTC) - timedelta(seconds=5)).isoformat()
    async with app_client(settings, db, clock=SystemClock()) as c:
        wrong = {"X-API-Key": "sb_test_key_wrongwrongwrongwrong", "X-Forwarded-For": address}
        statuses = [
            (await c.get("/v1/owner/business", headers=wrong)).status_code for _ in range(5)
        ]
        assert statuses == [401, 401, 401, 429, 429]
        events = await c.get("/v1/admin/security-events", params={"since": since}, headers=ADMIN)
    mine = [e for e in events.json()["items"] if e["surface"] == "owner"]
    refs = {e["client_ref"] for e in mine}
    lockouts = [
        e for e in events.json()["items"] if e["kind"] == "lockout" and e["client_ref"] in refs
    ]
    assert len(lockouts) == 1 and lockouts[0]["status"] == 429
    assert address not in events.text


async def test_error_answers_are_counted_for_the_tenant_that_got_them(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    missing = await client.get(f"/v1/owner/customers/{uuid.uuid4()}", headers=tenant.owner)
    assert missing.status_code == 404
    bad = await client.post(
        "/v1/owner/customers", json={"phone": "not a phone"}, headers=tenant.owner
    )
    assert bad.status_code == 422
    ok = await client.get("/v1/owner/business", headers=tenant.owner)
    assert ok.status_code == 200
    refused = await client.get("/v1/owner/business", headers={"X-Owner-Token": "sb_test_owner_x"})
    assert refused.status_code == 401  # no tenant: on the security log, not a tenant's count

    usage = (await client.get(f"/v1/admin/businesses/{tenant.id}/usage", headers=ADMIN)).json()
    assert (usage["totals"]["http_4xx"], usage["totals"]["http_5xx"]) == (2, 0)
    assert sum(day["http_4xx"] for day in usage["daily"]) == 2
    other = (
        await client.get(f"/v1/admin/businesses/{other_tenant.id}/usage", headers=ADMIN)
    ).json()
    assert other["totals"]["http_4xx"] == 0
    overview = (await client.get("/v1/admin/overview?days=1", headers=ADMIN)).json()
    rows = {row["id"]: row for row in overview["by_tenant"]}
    assert rows[tenant.id]["http_4xx"] == 2 and rows[other_tenant.id]["http_4xx"] == 0


async def test_a_server_error_is_counted_and_never_changes_the_answer(db: Database) -> None:
    import structlog

    from switchboard.admin.error_counts import TenantErrorCounter

    tenant_id = uuid.uuid4()

    async def failing_app(scope: Any, receive: Any, send: Any) -> None:
        structlog.contextvars.bind_contextvars(business_id=str(tenant_id))
        await send({"type": "http.response.start", "status": 503, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    sent: list[int] = []

    async def send(message: Any) -> None:
        if message["type"] == "http.response.start":
            sent.append(message["status"])

    counter = TenantErrorCounter(failing_app, db=db, clock=SystemClock())
    await counter({"type": "http", "path": "/v1/owner/business"}, None, send)  # type: ignore[arg-type]
    assert sent == [503]
    async with db.unit_of_work() as uow, uow.system_scope("test read counts"):
        rows = (
            (
                await uow.session.execute(
                    select(TenantErrorCount).where(TenantErrorCount.business_id == tenant_id)
                )
            )
            .scalars()
            .all()
        )
    assert [(r.status_class, r.count) for r in rows] == [("5xx", 1)]


async def test_an_owner_lockdown_is_on_the_operator_audit_trail(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    locked = await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    assert locked.status_code == 200
    trail = await client.get(
        "/v1/admin/audit", params={"action": "business.lockdown", "limit": 5000}, headers=ADMIN
    )
    mine = [e for e in trail.json()["items"] if e["business_id"] == tenant.id]
    assert [(e["actor_kind"], e["details"]) for e in mine] == [("owner_token", {"enabled": True})]
    assert not [e for e in trail.json()["items"] if e["business_id"] == other_tenant.id]
    overview = (await client.get("/v1/admin/overview", headers=ADMIN)).json()
    assert {r["id"]: r["lockdown"] for r in overview["by_tenant"]}[tenant.id] is True
