"""Setting the business up from the dashboard's Settings, in Debian's Chromium: the greeting
with its preview, the owner phone confirmed with a texted code, the website chat token
reissued (old token refused by the widget API); and dragging a job on the Schedule (a mouse,
and a long press on a phone), a refused drop showing the API's words. Each passes axe and is
photographed on a desktop and a phone for DASHBOARD.md."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.browser.conftest import LiveApp
from tests.browser.test_dashboard import (
    OPEN_DAILY,
    Shop,
    errors,
    keep,
    no_serious_violations,
    open_screen,
    tomorrow_at,
)
from tests.conftest import ADMIN

__all__ = ["errors"]  # the fixture, imported for this module's tests


@pytest.fixture(scope="module")
def live(live_app_factory: Any) -> LiveApp:
    app: LiveApp = live_app_factory()
    return app


@pytest.fixture(scope="module")
def shop(live: LiveApp) -> Shop:
    return Shop(live, "Bristol Plumbing", owner_phone="+19135550199")


def sign_in_to_settings(page: Any, live: LiveApp, shop: Shop) -> None:
    response = page.request.post(
        f"{live.url}/v1/auth/owner/login", data={"owner_token": shop.owner_token}
    )
    assert response.status == 200
    open_screen(page, live, "#/settings", "Settings")


def card(page: Any, title: str) -> Any:
    return page.locator("section.card").filter(has=page.get_by_role("heading", name=title, level=2))


def photograph_on_a_phone(browser: Any, live: LiveApp, shop: Shop, title: str, name: str) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    phone = context.new_page()
    try:
        sign_in_to_settings(phone, live, shop)
        card(phone, title).scroll_into_view_if_needed()
        no_serious_violations(phone)
        keep(phone, name)
    finally:
        context.close()


def test_owner_writes_a_greeting_and_sees_what_callers_hear(
    live: LiveApp, shop: Shop, page: Any, browser: Any, errors: list[str]
) -> None:
    sign_in_to_settings(page, live, shop)
    greeting = card(page, "Greeting")
    preview = greeting.locator(".greeting-preview[lang=en]")
    assert "Thanks for calling Bristol Plumbing. This is the virtual assistant." in (
        preview.inner_text()
    )
    greeting.get_by_label("Greeting in English").fill("Family-run since 1982. What can we fix?")
    greeting.get_by_role("button", name="Preview").click()
    preview.get_by_text("You've reached Bristol Plumbing. Family-run since 1982.").first.wait_for()
    assert shop.get("/v1/owner/business/greeting")["en"] is None  # a preview saves nothing

    greeting.get_by_label("Greeting in English").fill("Welcome <b>friend</b>")
    greeting.get_by_role("button", name="Save").click()
    greeting.get_by_role("alert").wait_for()
    assert shop.get("/v1/owner/business/greeting")["en"] is None  # refused: nothing changed
    assert all("422" in e for e in errors), errors
    errors.clear()

    greeting.get_by_label("Greeting in English").fill("Family-run since 1982. What can we fix?")
    greeting.get_by_label("Greeting in Español").fill("Familia desde 1982. ¿Qué arreglamos?")
    greeting.get_by_role("button", name="Save").click()
    page.get_by_text("Greeting saved.").wait_for()
    saved = shop.get("/v1/owner/business/greeting")
    assert saved["en"] == "Family-run since 1982. What can we fix?"
    assert saved["es"] == "Familia desde 1982. ¿Qué arreglamos?"
    assert saved["preview"]["en"]["voice"] in greeting.inner_text()
    # What a caller hears is what the card showed: a web chat opens with it.
    chat = live.client.post(
        "/v1/widget/conversations", json={}, headers={"X-Widget-Token": shop.widget_token}
    )
    assert chat.status_code == 201, chat.text
    assert chat.json()["reply"] == saved["preview"]["en"]["web"]
    greeting.scroll_into_view_if_needed()
    no_serious_violations(page)
    keep(page, "dashboard-settings-greeting-desktop")
    photograph_on_a_phone(browser, live, shop, "Greeting", "dashboard-settings-greeting-phone")


def test_owner_confirms_the_owner_phone_with_a_texted_code(
    live: LiveApp, shop: Shop, page: Any, browser: Any, errors: list[str]
) -> None:
    sign_in_to_settings(page, live, shop)
    phone = card(page, "Owner phone")
    assert phone.get_by_text("Not verified").is_visible()
    phone.get_by_role("button", name="Text me a code").click()
    phone.get_by_text("Code sent to").wait_for()
    phone.scroll_into_view_if_needed()
    keep(page, "dashboard-settings-owner-phone-code-desktop")
    phone.get_by_label("Code from the text (6 digits)").fill("000000")
    phone.get_by_role("button", name="Confirm").click()
    phone.get_by_role("alert").filter(has_text="not right").wait_for()
    assert all("422" in e for e in errors), errors
    errors.clear()
    texts = shop.get("/v1/owner/messages", to="+19135550199")["items"]
    [sent] = [m for m in texts if m["kind"] == "owner_phone_code"]
    code = re.search(r"\b(\d{6})\b", sent["body"]).group(1)  # type: ignore[union-attr]
    phone.get_by_label("Code from the text (6 digits)").fill(code)
    phone.get_by_role("button", name="Confirm").click()
    page.get_by_text("Owner phone confirmed.").wait_for()
    card(page, "Owner phone").get_by_text("Verified", exact=True).wait_for()
    assert shop.get("/v1/owner/business")["owner_phone_verified_at"]
    checklist = live.client.get(f"/v1/admin/businesses/{shop.id}/checklist", headers=ADMIN)
    item = next(i for i in checklist.json()["items"] if i["key"] == "owner_phone")
    assert item["done"] is True
    card(page, "Owner phone").scroll_into_view_if_needed()
    no_serious_violations(page)
    keep(page, "dashboard-settings-owner-phone-desktop")
    photograph_on_a_phone(
        browser, live, shop, "Owner phone", "dashboard-settings-owner-phone-phone"
    )


def test_owner_reissues_the_website_chat_token(
    live: LiveApp, shop: Shop, page: Any, browser: Any, errors: list[str]
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live.url)
    sign_in_to_settings(page, live, shop)
    website = card(page, "Website chat")
    hint = shop.get("/v1/owner/widget-token")["hint"]
    website.get_by_text(hint).wait_for()
    tag = website.get_by_label("Tag for your website")
    assert "YOUR_WIDGET_TOKEN" in tag.input_value()
    page.once("dialog", lambda dialog: dialog.dismiss())
    website.get_by_role("button", name="Issue a new token").click()
    assert shop.get("/v1/owner/widget-token")["hint"] == hint  # dismissed: nothing changed
    page.once("dialog", lambda dialog: dialog.accept())
    website.get_by_role("button", name="Issue a new token").click()
    website.get_by_text("it is shown only once").wait_for()
    new = re.search(r'data-widget-token="([^"]+)"', tag.input_value()).group(1)  # type: ignore[union-attr]
    assert new != shop.widget_token and new.startswith("sb_")
    website.get_by_role("button", name="Copy tag").click()
    page.get_by_text("Tag copied.").wait_for()
    assert new in page.evaluate("() => navigator.clipboard.readText()")

    old = live.client.post(
        "/v1/widget/conversations", json={}, headers={"X-Widget-Token": shop.widget_token}
    )
    assert old.status_code == 401  # refused at once
    fresh = live.client.post("/v1/widget/conversations", json={}, headers={"X-Widget-Token": new})
    assert fresh.status_code == 201, fresh.text
    shop.widget_token = new
    audit = shop.get("/v1/owner/audit")["items"]
    assert any(e["action"] == "credential.rotate" for e in audit)
    website.scroll_into_view_if_needed()
    no_serious_violations(page)
    keep(page, "dashboard-settings-widget-token-desktop")
    photograph_on_a_phone(
        browser, live, shop, "Website chat", "dashboard-settings-widget-token-phone"
    )


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@pytest.fixture(scope="module")
def crew(live: LiveApp) -> dict[str, Any]:
    """A shop with two technicians and two jobs tomorrow: 10:00 with Sam, 14:00 with Alex."""
    shop = Shop(live, "Drag Plumbing", business_hours=OPEN_DAILY)
    sam = shop.post("/v1/owner/technicians", {"name": "Sam Rivera"})
    alex = shop.post("/v1/owner/technicians", {"name": "Alex Chen"})
    service = shop.get("/v1/owner/services")["items"][0]
    jobs = {}
    for name, phone, hour, tech in (
        ("Dana Whitfield", "+19135550111", 10, sam),
        ("Morgan Lee", "+19135550112", 14, alex),
    ):
        customer = shop.post("/v1/owner/customers", {"name": name, "phone": phone})
        jobs[name] = shop.post(
            "/v1/owner/appointments",
            {
                "customer_id": customer["id"],
                "service_id": service["id"],
                "start": tomorrow_at(hour).isoformat(),
                "technician_id": tech["id"],
                "address": "12 Oak St, Kansas City, MO",
            },
        )
    return {"shop": shop, "sam": sam, "alex": alex, "jobs": jobs}


def _job(shop: Shop, job_id: str) -> dict[str, Any]:
    day = tomorrow_at(0).date().isoformat()
    items = shop.get("/v1/owner/appointments", start=day, end=day)["items"]
    return next(a for a in items if a["id"] == job_id)


def _center(page: Any, selector: str) -> tuple[float, float]:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def _drag_with_the_mouse(page: Any, job: Any, cell: str, photo: str | None = None) -> None:
    handle = job.locator(".drag-handle")
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 20, box["y"] + box["height"] / 2 + 20, steps=4)
    page.locator(".drop-board").wait_for()
    page.locator(cell).scroll_into_view_if_needed()
    x, y = _center(page, cell)
    page.mouse.move(x, y, steps=8)
    page.locator(f"{cell}.over").wait_for()
    # Morgan's job (14:00-15:30 with Alex) is marked on the board; it stays a target.
    morgan = f'.drop-cell.busy[data-drop-start="{_utc(tomorrow_at(14))}"]'
    assert page.locator(morgan).inner_text() == "booked"
    if photo:
        no_serious_violations(page)
        keep(page, photo)
    page.mouse.up()
    page.locator(".drop-board").wait_for(state="detached")


def test_owner_drags_a_job_to_another_time_and_technician(
    live: LiveApp, crew: dict[str, Any], page: Any, errors: list[str]
) -> None:
    shop: Shop = crew["shop"]
    dana = crew["jobs"]["Dana Whitfield"]
    day = tomorrow_at(0).date().isoformat()
    response = page.request.post(
        f"{live.url}/v1/auth/owner/login", data={"owner_token": shop.owner_token}
    )
    assert response.status == 200
    open_screen(page, live, f"#/schedule?date={day}", "Schedule")
    no_serious_violations(page)
    job = page.locator("li.job").filter(has_text="Dana Whitfield")
    noon_with_alex = (
        f'.drop-cell[data-drop-tech="{crew["alex"]["id"]}"]'
        f'[data-drop-start="{_utc(tomorrow_at(12))}"]'
    )
    _drag_with_the_mouse(page, job, noon_with_alex, photo="dashboard-schedule-drag-desktop")
    page.get_by_text("Job moved.").wait_for()
    moved = _job(shop, dana["id"])
    assert datetime.fromisoformat(moved["start"]) == tomorrow_at(12)
    assert moved["technician_id"] == crew["alex"]["id"]
    assert moved["reschedule_history"][0]["via"] == "owner"

    # Onto Morgan's 14:00 with Alex: the API refuses; its words are shown, the job stays.
    open_screen(page, live, f"#/schedule?date={day}", "Schedule")
    job = page.locator("li.job").filter(has_text="Dana Whitfield")
    taken = (
        f'.drop-cell[data-drop-tech="{crew["alex"]["id"]}"]'
        f'[data-drop-start="{_utc(tomorrow_at(14))}"]'
    )
    assert page.locator(".drop-cell.busy").count() == 0  # the board is gone between drags
    _drag_with_the_mouse(page, job, taken)
    alert = job.get_by_role("alert")
    alert.wait_for()
    refused = live.client.post(
        f"/v1/owner/appointments/{dana['id']}/reschedule",
        json={"start": _utc(tomorrow_at(14)), "technician_id": crew["alex"]["id"]},
        headers=shop.owner,
    )
    assert refused.status_code == 409, refused.text
    assert alert.inner_text() == refused.json()["detail"]
    still = _job(shop, dana["id"])
    assert datetime.fromisoformat(still["start"]) == tomorrow_at(12)
    assert all("409" in e for e in errors), errors
    errors.clear()
    job.scroll_into_view_if_needed()
    keep(page, "dashboard-schedule-drag-refused-desktop")


def test_on_a_phone_a_long_press_drags_a_job(
    live: LiveApp, crew: dict[str, Any], browser: Any
) -> None:
    shop: Shop = crew["shop"]
    morgan = crew["jobs"]["Morgan Lee"]
    day = tomorrow_at(0).date().isoformat()
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    try:
        response = page.request.post(
            f"{live.url}/v1/auth/owner/login", data={"owner_token": shop.owner_token}
        )
        assert response.status == 200
        open_screen(page, live, f"#/schedule?date={day}", "Schedule")
        job = page.locator("li.job").filter(has_text="Morgan Lee")
        handle = job.locator(".drag-handle")
        handle.scroll_into_view_if_needed()
        x, y = _center(page, f'li.job[data-job-id="{morgan["id"]}"] .drag-handle')
        touch = context.new_cdp_session(page)
        point = {"x": x, "y": y}
        touch.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})
        page.locator(".drop-board").wait_for()  # after the long press, not before
        cell = (
            f'.drop-cell[data-drop-tech="{crew["sam"]["id"]}"]'
            f'[data-drop-start="{_utc(tomorrow_at(16))}"]'
        )
        page.evaluate(
            "(sel) => document.querySelector(sel).scrollIntoView({block: 'center'})", cell
        )
        cx, cy = _center(page, cell)
        for i in range(1, 6):
            step = {"x": x + (cx - x) * i / 5, "y": y + (cy - y) * i / 5}
            touch.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [step]})
        page.locator(f"{cell}.over").wait_for()
        no_serious_violations(page)
        keep(page, "dashboard-schedule-drag-phone")
        touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
        page.get_by_text("Job moved.").wait_for()
        moved = _job(shop, morgan["id"])
        assert datetime.fromisoformat(moved["start"]) == tomorrow_at(16)
        assert moved["technician_id"] == crew["sam"]["id"]
    finally:
        context.close()


def test_in_the_week_view_a_job_is_dragged_to_another_day(
    live: LiveApp, crew: dict[str, Any], page: Any, errors: list[str]
) -> None:
    shop: Shop = crew["shop"]
    dana = crew["jobs"]["Dana Whitfield"]
    first = tomorrow_at(0).date().isoformat()
    response = page.request.post(
        f"{live.url}/v1/auth/owner/login", data={"owner_token": shop.owner_token}
    )
    assert response.status == 200
    open_screen(page, live, f"#/schedule?view=week&date={first}", "Schedule")
    job = page.locator("li.job").filter(has_text="Dana Whitfield")
    handle = job.locator(".drag-handle")
    handle.scroll_into_view_if_needed()
    box = handle.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 30, box["y"] + 30, steps=4)
    later = tomorrow_at(9) + timedelta(days=1)
    chip = f'.drop-day[data-drop-day="{later.date().isoformat()}"]'
    x, y = _center(page, chip)
    page.mouse.move(x, y, steps=6)
    page.locator(f"{chip}.chosen").wait_for()
    cell = f'.drop-cell[data-drop-tech="{crew["sam"]["id"]}"][data-drop-start="{_utc(later)}"]'
    page.locator(cell).scroll_into_view_if_needed()
    x, y = _center(page, cell)
    page.mouse.move(x, y, steps=8)
    page.locator(f"{cell}.over").wait_for()
    no_serious_violations(page)
    keep(page, "dashboard-schedule-drag-week-desktop")
    page.mouse.up()
    page.get_by_text("Job moved.").wait_for()
    day = later.date().isoformat()
    moved = next(
        a
        for a in shop.get("/v1/owner/appointments", start=day, end=day)["items"]
        if a["id"] == dana["id"]
    )
    assert datetime.fromisoformat(moved["start"]) == later
    assert moved["technician_id"] == crew["sam"]["id"]
