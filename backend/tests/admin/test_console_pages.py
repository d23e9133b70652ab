"""The console's files are served at /admin/ under the strict page policy, and a revalidated
page (304) does not replace that policy with the API's."""

from __future__ import annotations

import httpx
import pytest

from switchboard.cli import _print_demo
from switchboard.core.config import Settings
from switchboard.core.security_headers import PAGE_CSP
from tests.conftest import ADMIN, ADMIN_KEY, Tenant


async def test_the_console_is_served_with_the_page_policy(client: httpx.AsyncClient) -> None:
    page = await client.get("/admin/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert page.headers["content-security-policy"] == PAGE_CSP
    assert "<script" in page.text and 'src="js/app.js"' in page.text
    assert "onclick" not in page.text and "style=" not in page.text  # nothing inline
    script = await client.get("/admin/js/api.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert (await client.get("/admin/js/missing.js")).status_code == 404


async def test_a_revalidated_page_keeps_its_own_policy(client: httpx.AsyncClient) -> None:
    first = await client.get("/admin/")
    again = await client.get("/admin/", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert "content-security-policy" not in again.headers
    assert again.headers["x-frame-options"] == "DENY"


def test_the_first_start_prints_the_console_address(
    capsys: pytest.CaptureFixture[str], settings: Settings
) -> None:
    demo = {
        "name": "Demo Plumbing",
        "business_id": "b",
        "api_key": "k",
        "owner_token": "o",
        "widget_token": "w",
    }
    _print_demo(settings, demo)
    assert f"http://{settings.host}:{settings.port}/admin/" in capsys.readouterr().out


async def test_console_changes_need_the_session_csrf_token(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    signed = await client.post("/v1/auth/admin/login", json={"admin_key": ADMIN_KEY})
    assert signed.status_code == 200
    csrf = signed.json()["csrf_token"]
    cookie = {"Cookie": f"sb_admin_session={signed.cookies['sb_admin_session']}"}
    read = await client.get("/v1/admin/overview", headers=cookie)
    assert read.status_code == 200
    url = f"/v1/admin/businesses/{tenant.id}/suspend"
    forged = await client.post(url, json={"reason": "x"}, headers=cookie)
    assert forged.status_code == 403
    assert (await client.get("/v1/owner/business", headers=tenant.owner)).status_code == 200
    done = await client.post(url, json={"reason": "x"}, headers={**cookie, "X-CSRF-Token": csrf})
    assert done.status_code == 200
    trail = await client.get("/v1/admin/audit", params={"business_id": tenant.id}, headers=ADMIN)
    [suspension] = [e for e in trail.json()["items"] if e["action"] == "business.suspend"]
    assert suspension["actor_kind"] == "admin_session"
