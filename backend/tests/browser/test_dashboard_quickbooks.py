"""The owner's Settings > QuickBooks card on a live app with ACCOUNTING_PROVIDER=quickbooks:
not connected, "Connect QuickBooks" leaves for Intuit's consent page with a sealed state, the
way back says what happened; the card passes axe. (Intuit's page is answered by the test:
the machine has no internet.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import LiveApp, run_axe


@pytest.fixture(scope="module")
def live(live_app_factory: Any) -> LiveApp:
    app: LiveApp = live_app_factory(
        accounting_provider="quickbooks",
        quickbooks_client_id="ABbrowserTestClient",
        quickbooks_client_secret="browser-test-secret",
    )
    return app


@pytest.fixture
def errors(page: Any) -> Iterator[list[str]]:
    seen: list[str] = []
    page.on("pageerror", lambda exc: seen.append(str(exc)))
    page.on("console", lambda msg: seen.append(msg.text) if msg.type == "error" else None)
    yield seen
    assert seen == []


def _owner_token(live: LiveApp) -> str:
    created = live.provision(name="Bristol Plumbing")
    token: str = created["credentials"]["owner_token"]
    return token


def test_the_owner_connects_quickbooks_from_settings(
    live: LiveApp, page: Any, errors: list[str]
) -> None:
    token = _owner_token(live)
    login = page.request.post(f"{live.url}/v1/auth/owner/login", data={"owner_token": token})
    assert login.status == 200
    page.goto(f"{live.url}/dashboard/#/settings")
    page.get_by_role("heading", level=1, name="Settings").wait_for()
    card = page.locator("section").filter(has=page.get_by_role("heading", name="QuickBooks"))
    card.get_by_text("Not connected.").wait_for()
    assert run_axe(page) == []

    asked: list[str] = []

    def intuit(route: Any) -> None:
        asked.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Intuit</title>")

    page.route("https://appcenter.intuit.com/**", intuit)
    card.get_by_role("button", name="Connect QuickBooks").click()
    page.wait_for_url("https://appcenter.intuit.com/**")
    (url,) = asked
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["client_id"] == "ABbrowserTestClient"
    assert query["scope"] == "com.intuit.quickbooks.accounting"
    callback = f"{live.settings.public_base_url}/v1/integrations/quickbooks/callback"
    assert query["redirect_uri"] == callback
    assert query["state"]

    # Back from Intuit with a company already linked elsewhere: the card says so.
    page.goto(f"{live.url}/dashboard/#/settings?quickbooks=taken")
    card = page.locator("section").filter(has=page.get_by_role("heading", name="QuickBooks"))
    card.get_by_text("already connected to another business").wait_for()
