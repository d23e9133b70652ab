"""The admin console in Chromium: sign-in, a tenant created with its credentials shown once,
a rotation after which the old secret is refused, suspend and resume with a reason, a dead job
retried (and a platform job, with its trail), the health page with real checks (SMTP
refusing the sign-in, the calendar failing, speech loaded); each screen scanned by axe-core, desktop
and phone, with screenshots."""

from __future__ import annotations

import asyncio
import re
import socket
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from switchboard.core.db import Database
from switchboard.integrations.email.smtp import SmtpEmail
from switchboard.models.job import Job
from tests.browser.conftest import LiveApp, _off_loop

pytestmark = pytest.mark.browser

KEY_FIELD = "#admin-key"


@pytest.fixture(scope="module")
def console(live_app: LiveApp) -> LiveApp:
    return live_app


def _sign_in(page: Any, app: LiveApp) -> None:
    page.goto(f"{app.url}/admin/")
    page.fill(KEY_FIELD, app.admin_key)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Platform overview").wait_for()


@pytest.fixture
def signed_in(page: Any, console: LiveApp) -> Any:
    page.on("dialog", lambda dialog: dialog.accept())
    _sign_in(page, console)
    return page


def _no_violations(axe: Any, page: Any, screen: str) -> None:
    found = axe(page)
    assert found == [], f"{screen}: {[(v['id'], v['nodes'][0]['target']) for v in found]}"


def test_sign_in_refuses_a_wrong_key_and_keeps_the_session(
    page: Any, console: LiveApp, axe: Any, screenshot: Any
) -> None:
    page.goto(f"{console.url}/admin/")
    page.get_by_role("heading", name="Sign in to the admin console").wait_for()
    _no_violations(axe, page, "sign-in")
    screenshot(page, "admin-sign-in")
    page.fill(KEY_FIELD, "not-the-admin-key")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("That key did not work.").wait_for()

    page.fill(KEY_FIELD, console.admin_key)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Platform overview").wait_for()
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["sb_admin_session"]["httpOnly"] is True
    assert cookies["sb_admin_session"]["sameSite"] == "Strict"
    page.reload()
    page.get_by_role("heading", name="Platform overview").wait_for()  # still signed in
    _no_violations(axe, page, "overview")
    screenshot(page, "admin-overview")

    # A sign-out that does not reach the server says so and leaves the console as it is.
    page.route("**/v1/auth/admin/logout", lambda route: route.abort())
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("status").filter(has_text="still signed in").wait_for()
    assert page.get_by_role("heading", name="Platform overview").is_visible()
    page.unroute("**/v1/auth/admin/logout")

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in to the admin console").wait_for()
    ended = console.client.get(
        "/v1/auth/admin/session",
        headers={"Cookie": f"sb_admin_session={cookies['sb_admin_session']['value']}"},
    )
    assert ended.status_code == 401  # signed out on the server, not only in the browser


def test_create_a_tenant_see_its_secrets_once_and_rotate(
    signed_in: Any, console: LiveApp, axe: Any, screenshot: Any
) -> None:
    page = signed_in
    page.get_by_role("link", name="Tenants").click()
    page.get_by_role("link", name="New tenant").click()
    _no_violations(axe, page, "new tenant")
    name = f"Console Plumbing {uuid.uuid4().hex[:6]}"
    page.get_by_label("Business name").fill(name)
    page.get_by_label("Time zone").fill("America/Chicago")
    page.get_by_label("Switchboard number").fill(f"+1913{uuid.uuid4().int % 8_000_000 + 2_000_000}")
    page.get_by_label("Owner phone").fill("(913) 555-0199")
    page.get_by_label("Websites allowed to embed the chat widget").fill(
        "https://www.consoleplumbing.example/"
    )
    page.get_by_role("button", name="Create tenant").click()
    page.get_by_role("heading", name=f"{name}: credentials").wait_for()
    owner_token = page.input_value("#secret-owner_token")
    assert owner_token.startswith("sb_test_owner_")
    assert page.input_value("#secret-api_key").startswith("sb_test_key_")
    snippet = page.input_value("#secret-snippet")
    assert f'src="{console.settings.public_base_url}/widget/embed.js"' in snippet
    assert page.input_value("#secret-widget_token") in snippet
    _no_violations(axe, page, "credentials shown once")
    screenshot(page, "admin-tenant-created")
    business = console.client.get("/v1/owner/business", headers={"X-Owner-Token": owner_token})
    assert business.status_code == 200
    assert business.json()["widget_origins"] == ["https://www.consoleplumbing.example"]

    page.get_by_role("link", name="Continue to the tenant").click()
    page.get_by_role("heading", name="Credentials", exact=True).wait_for()
    assert owner_token not in page.content()  # never shown again
    page.get_by_role("button", name="Rotate owner token").click()
    page.get_by_role("heading", name="New Owner token").wait_for()
    new_token = page.input_value("#secret-owner_token")
    assert new_token != owner_token
    assert (
        console.client.get("/v1/owner/business", headers={"X-Owner-Token": owner_token}).status_code
        == 401
    )
    assert (
        console.client.get("/v1/owner/business", headers={"X-Owner-Token": new_token}).status_code
        == 200
    )
    page.get_by_role("heading", name=re.compile("Onboarding")).wait_for()
    _no_violations(axe, page, "tenant page")
    screenshot(page, "admin-tenant")


def test_suspend_and_resume_with_a_reason(signed_in: Any, console: LiveApp, axe: Any) -> None:
    page = signed_in
    created = console.provision(name=f"Suspend Me {uuid.uuid4().hex[:6]}")
    tenant_id = created["business"]["id"]
    owner = {"X-Owner-Token": created["credentials"]["owner_token"]}
    page.goto(f"{console.url}/admin/#/tenants/{tenant_id}")
    page.get_by_role("heading", name="Suspend this tenant").wait_for()
    page.get_by_label("Reason").fill("unpaid invoices")
    page.get_by_role("button", name="Suspend", exact=True).click()
    page.get_by_role("heading", name="Resume this tenant").wait_for()
    assert console.client.get("/v1/owner/business", headers=owner).status_code == 403
    page.get_by_role("button", name="Resume", exact=True).click()
    page.get_by_role("heading", name="Suspend this tenant").wait_for()
    assert console.client.get("/v1/owner/business", headers=owner).status_code == 200

    page.get_by_role("link", name="Audit").click()
    page.get_by_label("Tenant", exact=True).select_option(tenant_id)
    page.get_by_role("button", name="Filter").click()
    page.get_by_text("reason: unpaid invoices").wait_for()
    _no_violations(axe, page, "audit")
    href = page.get_attribute("#audit-export", "href")
    assert href and "format=csv" in href
    export = page.request.get(f"{console.url}{href}")
    assert export.status == 200 and "business.suspend" in export.text()


def _insert_dead_job(
    url: str,
    settings: Any,
    business_id: str | None,
    kind: str = "messaging.send",
    last_error: str = "permanent: twilio: HTTP 400 code 21211",
) -> str:
    job_id = uuid.uuid4()

    async def insert() -> None:
        db = Database(settings, url)
        try:
            async with db.unit_of_work() as uow, uow.system_scope("browser test dead job"):
                uow.session.add(
                    Job(
                        id=job_id,
                        kind=kind,
                        business_id=uuid.UUID(business_id) if business_id else None,
                        payload=(
                            {"message_id": str(uuid.uuid4()), "to": "+19135550142"}
                            if business_id
                            else {}
                        ),
                        status="dead",
                        attempts=8,
                        last_error=last_error,
                        finished_at=datetime.now(UTC),
                    )
                )
        finally:
            await db.dispose()

    _off_loop(asyncio.run, insert())
    return str(job_id)


def test_retry_a_dead_job(signed_in: Any, console: LiveApp, axe: Any, screenshot: Any) -> None:
    page = signed_in
    created = console.provision(name=f"Dead Letters {uuid.uuid4().hex[:6]}")
    job_id = _insert_dead_job(
        console.settings.database_url, console.settings, created["business"]["id"]
    )
    page.get_by_role("link", name="Jobs").click()
    page.get_by_role("heading", name="Dead jobs").wait_for()
    assert "+19135550142" not in page.content()  # the payload is summarised, not shown
    page.get_by_text("<text, 12 characters>").first.wait_for()
    _no_violations(axe, page, "jobs")
    screenshot(page, "admin-jobs")
    page.get_by_role("button", name=f"Retry messaging.send {job_id[:8]}").click()
    page.get_by_text("queued again").wait_for()
    job = console.client.get(
        f"/v1/admin/jobs/{job_id}", headers={"X-Admin-API-Key": console.admin_key}
    ).json()
    assert job["status"] != "dead"


def test_platform_jobs_filter_and_trail(
    signed_in: Any, console: LiveApp, axe: Any, screenshot: Any
) -> None:
    page = signed_in
    url, settings = console.settings.database_url, console.settings
    timeout = "error: TimeoutError: statement timed out"
    retried = _insert_dead_job(url, settings, None, "ratelimit.purge", timeout)
    left = _insert_dead_job(url, settings, None, "privacy.retention", timeout)
    page.get_by_role("link", name="Jobs").click()
    page.get_by_role("heading", name="Dead jobs").wait_for()
    page.get_by_label("Whose").select_option("platform")
    page.get_by_role("heading", name="Platform job trail").wait_for()
    page.get_by_role("button", name=f"Retry ratelimit.purge {retried[:8]}").click()
    page.get_by_text("queued again").wait_for()
    trail = page.locator("section", has=page.get_by_role("heading", name="Platform job trail"))
    trail.locator("tr", has_text="job.retry").first.wait_for()
    assert "admin_session:" in trail.locator("tr", has_text="job.retry").first.inner_text()
    # Only platform jobs are listed: the dead one left, no tenant's.
    page.get_by_role("button", name=f"Discard privacy.retention {left[:8]}").wait_for()
    assert page.locator("a[href^='#/tenants/']").count() == 0
    _no_violations(axe, page, "platform jobs")
    screenshot(page, "admin-jobs-platform")
    page.get_by_role("link", name="Audit").click()
    page.get_by_label("Tenant", exact=True).select_option("platform")
    page.get_by_role("button", name="Filter").click()
    page.locator("tr", has_text="job.retry").first.wait_for()
    _no_violations(axe, page, "audit, platform")


def _smtp_server() -> tuple[Any, int]:
    """A real SMTP server on 127.0.0.1 that refuses every sign-in."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    class Inbox:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    controller = Controller(
        Inbox(),
        hostname="127.0.0.1",
        port=port,
        authenticator=lambda *_: AuthResult(success=False, handled=False),
        auth_require_tls=False,
    )
    controller.start()
    return controller, port


def test_health_page_shows_the_failing_provider(
    signed_in: Any, console: LiveApp, axe: Any, screenshot: Any
) -> None:
    """The real checks: email over SMTP refused at sign-in, the calendar told to fail, the
    speech recogniser loaded and decoding, SMS fine."""
    page = signed_in
    assert console.server is not None
    providers = console.server.config.app.state.providers
    controller, port = _smtp_server()
    offline_email = providers.email
    providers.email = SmtpEmail(
        "127.0.0.1", port, username="relay-user", password="wrong", starttls=False
    )
    providers.calendar.failing = "permanent"
    try:
        page.get_by_role("link", name="Health").click()
        page.get_by_role("heading", name="Integration health").wait_for()
        page.get_by_role("button", name="Run checks now").click()
        page.get_by_text("smtp: authentication refused (535)").wait_for(timeout=30_000)
        row = page.locator("tr", has_text="smtp: authentication refused (535)")
        assert "failing" in row.inner_text()
        calendar = page.locator("tr", has_text="offline calendar told to fail permanently")
        assert "failing" in calendar.inner_text()
        speech = page.locator("tr", has_text="English model loaded; the decoder runs")
        assert "ok" in speech.inner_text()
        sms = page.locator("tr", has=page.locator("td", has_text=re.compile(r"^sms$")))
        assert "ok" in sms.inner_text()
        _no_violations(axe, page, "health")
        screenshot(page, "admin-health")
    finally:
        providers.email = offline_email
        providers.calendar.failing = None
        controller.stop()


def test_security_events_list_a_refused_credential(
    signed_in: Any, console: LiveApp, axe: Any, screenshot: Any
) -> None:
    page = signed_in
    refused = console.client.get(
        "/v1/owner/business", headers={"X-Owner-Token": "sb_test_owner_nope"}
    )
    assert refused.status_code == 401
    page.get_by_role("link", name="Security").click()
    page.get_by_label("What").select_option("auth_failure")
    page.get_by_role("button", name="Filter").click()
    page.locator("#security-results td", has_text="owner").first.wait_for()
    _no_violations(axe, page, "security")
    screenshot(page, "admin-security")

    page.get_by_role("link", name="Overview").click()
    page.get_by_role("table").wait_for()  # the tenants made by the tests above
    _no_violations(axe, page, "overview with tenants")
    screenshot(page, "admin-overview-tenants")


def test_the_console_on_a_phone(
    phone_page: Any, console: LiveApp, axe: Any, screenshot: Any
) -> None:
    _sign_in(phone_page, console)
    phone_page.get_by_role("link", name="Tenants").click()
    phone_page.get_by_role("heading", name="Tenants").wait_for()
    _no_violations(axe, phone_page, "tenants on a phone")
    width = phone_page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
    screenshot(phone_page, "admin-phone-tenants")
