"""The owner dashboard in Debian's Chromium: sign in, walk every screen on a phone and a
desktop (axe-core: no serious or critical violations; screenshots for DASHBOARD.md), and do
the owner's jobs through the real pages: handle a callback, reschedule a job, edit the hours,
toggle lockdown, reply to a conversation, see a live update arrive. Another tenant's data
never appears."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import LiveApp, run_axe, take_screenshot

DOCS = Path(__file__).resolve().parents[3] / "dashboard" / "screenshots"
CHICAGO = ZoneInfo("America/Chicago")


class Shop:
    """A provisioned business with some history, and its credentials."""

    def __init__(self, live: LiveApp, name: str, **fields: Any) -> None:
        created = live.provision(name=name, **fields)
        self.live = live
        self.id: str = created["business"]["id"]
        self.phone: str = created["business"]["phone_number"]
        self.owner_token: str = created["credentials"]["owner_token"]
        self.api_key: str = created["credentials"]["api_key"]
        self.owner = {"X-Owner-Token": self.owner_token}

    def get(self, path: str, **params: Any) -> Any:
        response = self.live.client.get(path, params=params, headers=self.owner)
        assert response.status_code == 200, response.text
        return response.json()

    def post(self, path: str, body: Any, expect: int = 201) -> Any:
        response = self.live.client.post(path, json=body, headers=self.owner)
        assert response.status_code == expect, response.text
        return response.json()

    def conversation(self, phone: str, *texts: str, channel: str = "sms") -> str:
        """A conversation through the real assistant (the session API)."""
        headers = {"X-API-Key": self.api_key}
        started = self.live.client.post(
            "/v1/sessions", json={"channel": channel, "caller_phone": phone}, headers=headers
        )
        assert started.status_code == 201, started.text
        session = started.json()
        for text in texts:
            turn = self.live.client.post(
                f"/v1/sessions/{session['id']}/turns", json={"text": text}, headers=headers
            )
            assert turn.status_code == 200, turn.text
        return str(session["id"])


def next_weekday(days_ahead: int = 1) -> datetime:
    day = datetime.now(CHICAGO).date() + timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=CHICAGO)


@pytest.fixture(scope="module")
def live(live_app_factory: Any) -> LiveApp:
    app: LiveApp = live_app_factory(live_stream_s=30.0, live_poll_s=0.5)
    return app


@pytest.fixture(scope="module")
def shop(live: LiveApp) -> Shop:
    shop = Shop(live, "Bristol Plumbing", owner_phone="+19135550199")
    tech = shop.post("/v1/owner/technicians", {"name": "Sam Rivera"})
    shop.post("/v1/owner/technicians", {"name": "Alex Chen"})
    services = shop.get("/v1/owner/services")["items"]
    customer = shop.post("/v1/owner/customers", {"name": "Dana Whitfield", "phone": "+19135550111"})
    shop.post(
        "/v1/owner/appointments",
        {
            "customer_id": customer["id"],
            "service_id": services[0]["id"],
            "start": next_weekday().isoformat(),
            "technician_id": tech["id"],
            "address": "12 Oak St, Kansas City, MO",
            "estimated_value_cents": 25000,
        },
    )
    shop.post(
        "/v1/owner/callbacks",
        {"phone": "+19135550122", "reason": "missed_call", "details": "Called twice at 7am"},
    )
    shop.conversation("+19135550133", "Hi, my water heater is leaking a little", "Dana")
    return shop


@pytest.fixture(scope="module")
def rival(live: LiveApp) -> Shop:
    rival = Shop(live, "Zenith Electric", vertical="electrical")
    rival.post("/v1/owner/customers", {"name": "Zed Rivalson", "phone": "+19135550177"})
    rival.post("/v1/owner/callbacks", {"phone": "+19135550178", "details": "Rival callback"})
    rival.conversation("+19135550179", "Rival says hello")
    return rival


def sign_in(page: Any, live: LiveApp, shop: Shop) -> None:
    response = page.request.post(
        f"{live.url}/v1/auth/owner/login", data={"owner_token": shop.owner_token}
    )
    assert response.status == 200
    page.goto(f"{live.url}/dashboard/#/today")
    page.get_by_role("heading", level=1, name="Today").wait_for()


def no_serious_violations(page: Any) -> None:
    violations = run_axe(page)
    assert violations == [], [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
    ]


def keep(page: Any, name: str) -> None:
    """A screenshot for DASHBOARD.md (backend/var/screenshots, copied to dashboard/)."""
    path = take_screenshot(page, name)
    DOCS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, DOCS / path.name)


@pytest.fixture
def errors(page: Any) -> Iterator[list[str]]:
    seen: list[str] = []
    page.on("pageerror", lambda exc: seen.append(str(exc)))
    page.on(
        "console",
        lambda msg: (
            seen.append(msg.text) if msg.type == "error" and "401" not in msg.text else None
        ),
    )
    yield seen
    assert seen == []


def test_sign_in_refuses_a_wrong_token_then_opens_today(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    page.goto(f"{live.url}/dashboard/")
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
    no_serious_violations(page)
    keep(page, "dashboard-signin-desktop")
    page.get_by_label("Owner token").fill("sb_test_owner_wrongwrongwrongwrong")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").filter(has_text="did not work").wait_for()
    page.get_by_label("Owner token").fill(shop.owner_token)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", level=1, name="Today").wait_for()
    assert page.get_by_text("Bristol Plumbing").first.is_visible()
    # The cookie is HttpOnly: the page's own script cannot read it.
    assert "sb_owner_session" not in page.evaluate("document.cookie")
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
    page.goto(f"{live.url}/dashboard/#/today")
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
