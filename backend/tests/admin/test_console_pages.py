"""The console's files are served at /admin/ under the strict page policy, and a revalidated
page (304) does not replace that policy with the API's."""

from __future__ import annotations

import httpx
import pytest

from switchboard.cli import _print_demo
from switchboard.core.config import Settings
from switchboard.core.security_headers import PAGE_CSP


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
