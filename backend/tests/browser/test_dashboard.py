"""The owner dashboard in Debian's Chromium: sign in, walk every screen on a phone and a
desktop (axe-core: no serious or critical violations; screenshots for DASHBOARD.md), and do
the owner's jobs through the real pages: handle a callback, reschedule a job, edit the hours,
toggle lockdown, reply to a conversation, see a live update arrive. Another tenant's data
never appears."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import LiveApp, _off_loop, run_axe, take_screenshot

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
        self.widget_token: str = created["credentials"]["widget_token"]
        self.owner = {"X-Owner-Token": self.owner_token}
        self.job_day = ""  # the local day of the fixture's job (tests may run past midnight)

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


OPEN_DAILY = {
    day: [["07:00", "19:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
}


def leave_voicemail(live: LiveApp, shop: Shop) -> str:
    """A voicemail the way the voice flow leaves one: a callback with the provider's recording
    (held by the live app's offline voice provider) and its transcript."""
    import asyncio
    import uuid

    from switchboard.core.db import Database
    from switchboard.models.callback import Callback
    from tests.support import as_tenant

    callback = shop.post(
        "/v1/owner/callbacks", {"phone": "+19135550188", "reason": "voicemail", "details": ""}
    )
    url = f"https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE{uuid.uuid4().hex}"
    app = live.server.config.app  # type: ignore[union-attr]
    app.state.providers.voice.add_recording(url, b"RIFF$\x00\x00\x00WAVEfmt ")

    async def attach() -> None:
        db = Database(live.settings)
        try:
            async with as_tenant(db, shop.id) as (uow, _):
                row = await uow.session.get(Callback, uuid.UUID(callback["id"]))
                assert row is not None
                row.recording_url = url
                row.transcript = "Hi, it's Morgan at 40 Elm. The kitchen sink is backing up."
                row.transcript_status = "done"
        finally:
            await db.dispose()

    _off_loop(asyncio.run, attach())
    return str(callback["id"])


def tomorrow_at(hour: int) -> datetime:
    day = datetime.now(CHICAGO).date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=CHICAGO)


@pytest.fixture(scope="module")
def live(live_app_factory: Any) -> LiveApp:
    app: LiveApp = live_app_factory(live_stream_s=30.0, live_poll_s=0.5)
    return app


@pytest.fixture(scope="module")
def shop(live: LiveApp) -> Shop:
    shop = Shop(live, "Bristol Plumbing", owner_phone="+19135550199", business_hours=OPEN_DAILY)
    tech = shop.post("/v1/owner/technicians", {"name": "Sam Rivera"})
    shop.post("/v1/owner/technicians", {"name": "Alex Chen"})
    services = shop.get("/v1/owner/services")["items"]
    customer = shop.post("/v1/owner/customers", {"name": "Dana Whitfield", "phone": "+19135550111"})
    start = tomorrow_at(10)
    shop.job_day = start.date().isoformat()
    shop.post(
        "/v1/owner/appointments",
        {
            "customer_id": customer["id"],
            "service_id": services[0]["id"],
            "start": start.isoformat(),
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
    leave_voicemail(live, shop)
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


def test_sign_in_with_a_code_sent_to_the_owners_phone(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    page.goto(f"{live.url}/dashboard/")
    page.get_by_label("Your phone number or email").fill("(913) 555-0199")
    page.get_by_role("button", name="Send me a code").click()
    page.get_by_text("a code is on its way").wait_for()
    page.get_by_label("6-digit code").fill("000000")
    page.get_by_role("button", name="Sign in").last.click()
    page.get_by_role("alert").filter(has_text="code did not work").wait_for()
    texts = shop.get("/v1/owner/messages", to="+19135550199")["items"]
    code = re.search(r"\b(\d{6})\b", texts[0]["body"]).group(1)  # type: ignore[union-attr]
    page.get_by_label("6-digit code").fill(code)
    page.get_by_role("button", name="Sign in").last.click()
    page.get_by_role("heading", level=1, name="Today").wait_for()


def test_sign_in_refuses_a_wrong_token_then_opens_today(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    page.goto(f"{live.url}/dashboard/")
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
    page.get_by_label("Owner token", exact=True).fill("sb_test_owner_wrongwrongwrongwrong")
    page.get_by_role("button", name="Sign in").first.click()
    page.get_by_role("alert").filter(has_text="did not work").wait_for()
    page.get_by_label("Owner token", exact=True).fill(shop.owner_token)
    page.get_by_role("button", name="Sign in").first.click()
    page.get_by_role("heading", level=1, name="Today").wait_for()
    assert page.get_by_text("Bristol Plumbing").first.is_visible()
    # The cookie is HttpOnly: the page's own script cannot read it.
    assert "sb_owner_session" not in page.evaluate("document.cookie")
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
    page.goto(f"{live.url}/dashboard/#/today")
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()


def test_a_screen_still_loading_when_the_owner_signs_out_stays_away(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    """A screen whose data arrives after the owner signed out is dropped: it must not cover
    the sign-in form (nor fail on the business it no longer has)."""
    page.goto(f"{live.url}/dashboard/")
    page.get_by_label("Owner token", exact=True).fill(shop.owner_token)
    page.get_by_role("button", name="Sign in").first.click()
    page.get_by_role("heading", level=1, name="Today").wait_for()
    held: list[tuple[Any, Any]] = []  # answered while signed in, delivered after
    page.route("**/v1/owner/technicians*", lambda route: held.append((route, route.fetch())))
    page.evaluate("window.dispatchEvent(new HashChangeEvent('hashchange'))")  # Today again
    page.locator("#main .loading").wait_for(state="attached")
    while not held:
        page.wait_for_timeout(50)
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
    with page.expect_response("**/v1/owner/technicians*"):
        held[0][0].fulfill(response=held[0][1])
    page.evaluate("new Promise((done) => setTimeout(done, 300))")  # let the render finish
    assert page.get_by_role("heading", name="Sign in to your dashboard").is_visible()
    assert page.get_by_role("heading", level=1, name="Today").count() == 0
    assert page.get_by_role("alert").count() == 0


def test_signing_in_loads_today_once(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    """Signing in from the bare address opens Today with one set of requests, not two racing."""
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/v1/owner/technicians" in r.url else None)
    page.goto(f"{live.url}/dashboard/")
    page.get_by_label("Owner token", exact=True).fill(shop.owner_token)
    page.get_by_role("button", name="Sign in").first.click()
    page.get_by_role("heading", level=1, name="Today").wait_for()
    page.evaluate("new Promise((done) => setTimeout(done, 300))")
    assert len(asked) == 1
    assert page.url.endswith("#/today")


def test_a_sign_out_that_does_not_reach_the_server_says_so(
    live: LiveApp, shop: Shop, page: Any
) -> None:
    """The session still stands on the server: the owner is told, and Today stays (no
    sign-in form over a live session); the next try signs out."""
    page.goto(f"{live.url}/dashboard/")
    page.get_by_label("Owner token", exact=True).fill(shop.owner_token)
    page.get_by_role("button", name="Sign in").first.click()
    page.get_by_role("heading", level=1, name="Today").wait_for()
    page.route("**/v1/auth/owner/logout", lambda route: route.abort())
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("status").filter(has_text="still signed in").wait_for()
    assert page.get_by_role("heading", level=1, name="Today").is_visible()
    page.unroute("**/v1/auth/owner/logout")
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in to your dashboard").wait_for()


SCREENS = [
    ("today", "#/today", "Today"),
    ("schedule", "#/schedule?view=week", "Schedule"),
    ("inbox", "#/inbox", "Inbox"),
    ("customers", "#/customers", "Customers"),
    ("kpis", "#/kpis", "Figures"),
    ("settings", "#/settings", "Settings"),
]


def open_screen(page: Any, live: LiveApp, route: str, heading: str) -> None:
    page.goto(f"{live.url}/dashboard/{route}")
    page.get_by_role("heading", level=1, name=heading).wait_for()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_every_screen_passes_axe_and_is_photographed(
    live: LiveApp, shop: Shop, rival: Shop, viewport: str, browser: Any
) -> None:
    size = {"desktop": (1280, 800), "phone": (390, 844)}[viewport]
    context = browser.new_context(
        viewport={"width": size[0], "height": size[1]}, is_mobile=viewport == "phone"
    )
    page = context.new_page()
    try:
        page.goto(f"{live.url}/dashboard/")
        page.get_by_role("heading", name="Sign in to your dashboard").wait_for()
        no_serious_violations(page)
        keep(page, f"dashboard-signin-{viewport}")
        page.get_by_label("Owner token", exact=True).fill(shop.owner_token)
        page.get_by_role("button", name="Sign in").first.click()
        page.get_by_role("heading", level=1, name="Today").wait_for()
        for name, route, heading in SCREENS:
            open_screen(page, live, route, heading)
            no_serious_violations(page)
            keep(page, f"dashboard-{name}-{viewport}")
            # Another tenant's data never appears, on any screen.
            body = page.inner_text("body")
            assert "Rival" not in body and "Zenith" not in body, name
        conversation = shop.get("/v1/owner/conversations")["items"][0]["id"]
        open_screen(page, live, f"#/inbox/{conversation}", "Text · +19135550133")
        no_serious_violations(page)
        keep(page, f"dashboard-conversation-{viewport}")
        customer = shop.get("/v1/owner/customers", q="Dana Whitfield")["items"][0]["id"]
        open_screen(page, live, f"#/customers/{customer}", "Dana Whitfield")
        no_serious_violations(page)
        keep(page, f"dashboard-customer-{viewport}")
    finally:
        context.close()


def test_owner_handles_a_callback(live: LiveApp, shop: Shop, page: Any, errors: list[str]) -> None:
    shop.post(
        "/v1/owner/callbacks", {"phone": "+19135550144", "reason": "handoff", "details": "Pat"}
    )
    sign_in(page, live, shop)
    item = page.locator("li.callback").filter(has_text="Pat")
    item.get_by_role("button", name="Assign").click()
    item.get_by_label("Assign to").select_option("Alex Chen")
    item.get_by_role("button", name="Assign").last.click()
    # "assigned to" is only in the re-rendered item (the form's own options name Alex too).
    page.locator("li.callback").filter(has_text="Pat").filter(
        has_text="assigned to Alex Chen"
    ).wait_for()
    page.locator("form.editing").wait_for(state="detached")
    item = page.locator("li.callback").filter(has_text="Pat")
    assert item.get_by_role("link", name="Call back").get_attribute("href") == "tel:+19135550144"
    item.get_by_role("button", name="Mark done").click()
    item.get_by_label("What happened?").fill("Booked for Monday")
    item.get_by_role("button", name="Mark done").last.click()
    page.get_by_text("Marked done.").wait_for()
    page.locator("li.callback").filter(has_text="Pat").wait_for(state="detached")
    done = [c for c in shop.get("/v1/owner/callbacks")["items"] if c["details"] == "Pat"]
    assert done[0]["status"] == "done" and done[0]["resolution"] == "Booked for Monday"
    assert done[0]["assignee"] == "Alex Chen"


def test_owner_reschedules_a_job_by_picking_an_open_time(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    sign_in(page, live, shop)
    day = shop.job_day
    open_screen(page, live, f"#/schedule?date={day}", "Schedule")
    job = page.locator("li.job").filter(has_text="Dana Whitfield")
    job.get_by_role("button", name="Reschedule").click()
    job.get_by_role("button", name="Find open times").click()
    first = job.locator(".slot-list button").first
    first.wait_for()
    picked = first.inner_text()
    first.click()
    page.get_by_text("Job moved.").wait_for()
    moved = shop.get("/v1/owner/appointments", start=day, end=day)
    history = [a for a in shop.get("/v1/owner/appointments")["items"] if a["reschedule_history"]]
    assert history, (picked, moved)
    assert history[0]["reschedule_history"][0]["via"] == "owner"


def test_owner_edits_the_hours(live: LiveApp, shop: Shop, page: Any, errors: list[str]) -> None:
    sign_in(page, live, shop)
    open_screen(page, live, "#/settings", "Settings")
    sunday = page.locator("fieldset.day-row").filter(has_text="Sunday")
    sunday.get_by_label("Closed").check()
    saturday = page.locator("fieldset.day-row").filter(has_text="Saturday")
    saturday.get_by_label("Opens").fill("09:00")
    saturday.get_by_label("Closes").fill("13:00")
    page.get_by_role("button", name="Save hours").click()
    page.get_by_text("Hours saved.").wait_for()
    hours = shop.get("/v1/owner/business")["business_hours"]
    assert hours["sun"] == [] and hours["sat"] == [["09:00", "13:00"]]
    assert hours["mon"] == [["07:00", "19:00"]]


def test_owner_sets_the_websites_that_show_the_chat(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    sign_in(page, live, shop)
    open_screen(page, live, "#/settings", "Settings")
    card = page.locator("section").filter(has=page.get_by_role("heading", name="Website chat"))
    assert card.get_by_text("any website can show your chat").is_visible()
    tag = card.get_by_label("Tag for your website").input_value()
    assert f'src="{live.url}/widget/embed.js"' in tag and "data-widget-token=" in tag
    origins = card.get_by_label("Websites allowed to show the chat")
    origins.fill("not a website")
    card.get_by_role("button", name="Save").click()
    card.get_by_role("alert").wait_for()
    assert shop.get("/v1/owner/business")["widget_origins"] == []  # refused: nothing changed
    # The browser logs the refused request itself; that one is expected, nothing else is.
    assert all("422" in e for e in errors), errors
    errors.clear()
    origins.fill("https://www.bristolplumbing.example/\nhttps://Shop.Example")
    card.get_by_role("button", name="Save").click()
    page.get_by_text("Websites saved.").wait_for()
    card.scroll_into_view_if_needed()
    keep(page, "dashboard-settings-website-desktop")
    saved = shop.get("/v1/owner/business")["widget_origins"]
    assert sorted(saved) == ["https://shop.example", "https://www.bristolplumbing.example"]
    assert not card.get_by_text("any website can show your chat").is_visible()
    # The shop is shared by this module's tests: any site again for the others.
    cleared = live.client.patch(
        "/v1/owner/business/settings", json={"widget_origins": []}, headers=shop.owner
    )
    assert cleared.status_code == 200, cleared.text


def test_owner_toggles_lockdown_with_a_confirmation(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    sign_in(page, live, shop)
    open_screen(page, live, "#/settings", "Settings")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Turn lockdown on").click()
    assert shop.get("/v1/owner/lockdown")["enabled"] is False  # dismissed: nothing changed
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Turn lockdown on").click()
    page.get_by_role("button", name="Turn lockdown off").wait_for()
    assert page.locator("#lockdown-banner").is_visible()
    assert shop.get("/v1/owner/lockdown")["enabled"] is True
    keep(page, "dashboard-lockdown-on-desktop")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Turn lockdown off").click()
    page.get_by_role("button", name="Turn lockdown on").wait_for()
    assert not page.locator("#lockdown-banner").is_visible()
    assert shop.get("/v1/owner/lockdown")["enabled"] is False


def test_owner_replies_to_a_conversation(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    conversation = shop.conversation("+19135550155", "Do you fix garbage disposals?")
    sign_in(page, live, shop)
    open_screen(page, live, "#/inbox?channel=sms", "Inbox")
    page.get_by_role("link", name=re.compile(r"\+19135550155")).click()
    page.get_by_role("heading", level=1, name="Text · +19135550155").wait_for()
    page.get_by_label("Text to +19135550155").fill("Yes! We can come tomorrow at 9. <b>Pat</b>")
    page.get_by_role("button", name="Send text").click()
    page.get_by_text("Reply sent.").wait_for()
    turn = page.locator(".turn.owner").last
    # Text from people is shown as text, never as markup.
    assert "<b>Pat</b>" in turn.inner_text()
    assert turn.locator("b").count() == 0
    sent = shop.get("/v1/owner/messages", to="+19135550155")["items"]
    assert any(m["kind"] == "reply" and "tomorrow at 9" in m["body"] for m in sent)
    detail = shop.get(f"/v1/owner/conversations/{conversation}")
    assert detail["needs_reply"] is False


def test_owner_replies_to_a_live_web_chat(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    widget = {"X-Widget-Token": shop.widget_token}
    started = live.client.post("/v1/widget/conversations", json={}, headers=widget)
    assert started.status_code == 201, started.text
    chat = started.json()
    visitor = {**widget, "X-Visitor-Token": chat["visitor_token"]}
    said = live.client.post(
        f"/v1/widget/conversations/{chat['id']}/messages",
        json={"text": "do you install water softeners?"},
        headers=visitor,
    )
    assert said.status_code == 200, said.text
    sign_in(page, live, shop)
    open_screen(page, live, "#/inbox?channel=web", "Inbox")
    page.get_by_role("link", name=re.compile(r"Web chat")).first.click()
    page.get_by_role("heading", level=1, name=re.compile(r"Web chat")).wait_for()
    page.get_by_label("Message to the visitor").fill("Hi, this is Pat: yes we do. <i>Call us</i>")
    page.get_by_role("button", name="Send to chat").click()
    page.get_by_text("Reply sent.").wait_for()
    # The visitor's chat window (which polls this) now holds the owner's words, as text.
    seen = live.client.get(f"/v1/widget/conversations/{chat['id']}/messages", headers=visitor)
    assert seen.status_code == 200, seen.text
    owner = [m for m in seen.json()["items"] if m["role"] == "owner"]
    assert [m["text"] for m in owner] == ["Hi, this is Pat: yes we do. <i>Call us</i>"]
    turn = page.locator(".turn.owner").last
    assert "<i>Call us</i>" in turn.inner_text() and turn.locator("i").count() == 0


def test_a_new_callback_arrives_without_a_reload(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    sign_in(page, live, shop)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1000)  # the live stream is open
    shop.post(
        "/v1/owner/callbacks",
        {"phone": "+19135550166", "reason": "quote_request", "details": "Live one"},
    )
    page.get_by_text("New callback to make").wait_for(timeout=15000)
    page.locator("li.callback").filter(has_text="Live one").wait_for(timeout=15000)


def test_the_dashboard_speaks_spanish(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    sign_in(page, live, shop)
    page.get_by_label("Language").select_option("es")
    page.get_by_role("heading", level=1, name="Hoy").wait_for()
    assert page.get_by_role("link", name="Agenda").is_visible()
    assert page.evaluate("document.documentElement.lang") == "es"
    no_serious_violations(page)
    keep(page, "dashboard-today-es-desktop")
    page.get_by_label("Idioma").select_option("en")
    page.get_by_role("heading", level=1, name="Today").wait_for()


def test_a_new_business_is_told_what_to_do_next(
    live: LiveApp, page: Any, errors: list[str]
) -> None:
    fresh = Shop(live, "Brand New Roofing", vertical="roofing")
    sign_in(page, live, fresh)
    page.get_by_role("heading", name="Welcome to Switchboard").wait_for()
    assert page.get_by_role("link", name="Open settings").is_visible()
    no_serious_violations(page)
    keep(page, "dashboard-welcome-desktop")
    open_screen(page, live, "#/inbox", "Inbox")
    assert page.get_by_text("No conversations yet").is_visible()
    open_screen(page, live, "#/customers", "Customers")
    assert page.get_by_text("No customers yet").is_visible()


def test_owner_reads_and_plays_a_voicemail(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    sign_in(page, live, shop)
    item = page.locator("li.callback").filter(has_text="Voicemail")
    item.get_by_text("The kitchen sink is backing up.").wait_for()
    audio = item.get_by_label("Voicemail recording")
    source = audio.get_attribute("src")
    assert source and source.endswith("/recording")
    # The page's own request for the audio carries the session: the owner hears it.
    status = page.evaluate(
        "async (src) => { const r = await fetch(src);"
        " return [r.status, r.headers.get('content-type')]; }",
        source,
    )
    assert status == [200, "audio/wav"]


def test_owner_completes_a_job_with_a_line_item_and_sees_the_invoice(
    live: LiveApp, shop: Shop, page: Any, errors: list[str]
) -> None:
    """Complete from the Schedule: the booked service's line (the estimate) plus a free-text
    line; the in-process worker sends the invoice to the offline books; its number shows."""
    import time

    customer = shop.post("/v1/owner/customers", {"name": "Morgan Price", "phone": "+19135550144"})
    service = shop.get("/v1/owner/services")["items"][0]
    # An open time from tomorrow on (other tests book and move jobs on the same days).
    slot = shop.get(
        "/v1/owner/slots",
        service_id=service["id"],
        start=(datetime.now(CHICAGO).date() + timedelta(days=1)).isoformat(),
        limit=1,
    )["items"][0]
    job = shop.post(
        "/v1/owner/appointments",
        {
            "customer_id": customer["id"],
            "service_id": service["id"],
            "start": slot["start"],
            "technician_id": slot["technician_id"],
            "address": "40 Elm St, Kansas City, MO",
            "estimated_value_cents": 15000,
        },
    )
    sign_in(page, live, shop)
    open_screen(page, live, f"#/schedule?date={slot['start'][:10]}", "Schedule")
    item = page.locator("li.job").filter(has_text="Morgan Price")
    item.get_by_role("button", name="Complete").click()
    item.get_by_role("button", name="Add a line").click()
    second = item.locator(".line-item").nth(1)
    second.get_by_label("Description").fill("Replacement valve")
    second.get_by_label("Quantity").fill("2")
    second.get_by_label("Line total (dollars)").fill("45.00")
    item.get_by_label("Notes").fill("Valve was seized; replaced.")
    item.locator("form").get_by_role("button", name="Complete").click()
    page.get_by_text("Job completed.").wait_for()

    done = {}
    # The in-process worker makes the invoice: wait for it (no deadline is asserted).
    for _ in range(200):
        done = shop.get(f"/v1/owner/appointments/{job['id']}")
        if done["invoice"]["state"] != "pending":
            break
        time.sleep(0.05)
    assert done["invoice"]["state"] == "invoiced", done["invoice"]
    assert done["amount_cents"] == 19500  # 150.00 for the service + 45.00 for the valves
    assert [line["description"] for line in done["line_items"]][1] == "Replacement valve"
    page.reload()
    page.get_by_role("heading", level=1, name="Schedule").wait_for()
    card = page.locator("li.job").filter(has_text="Morgan Price")
    card.get_by_text(f"Invoice {done['invoice']['number']}").wait_for()
    assert "Unpaid" in card.inner_text()
    no_serious_violations(page)
    card.scroll_into_view_if_needed()
    keep(page, "dashboard-job-invoiced-desktop")
