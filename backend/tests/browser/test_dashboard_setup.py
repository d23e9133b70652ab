"""Setting the business up from the dashboard's Settings, in Debian's Chromium: the greeting
with its preview, the owner phone confirmed with a texted code, the website chat token
reissued (old token refused by the widget API). Each card passes axe and is photographed on a
desktop and a phone for DASHBOARD.md."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.conftest import LiveApp
from tests.browser.test_dashboard import Shop, errors, keep, no_serious_violations, open_screen
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
