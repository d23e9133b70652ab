"""The chat widget in Debian's Chromium: embedded by a page on another origin, it books a job
end to end, survives a reload, works by keyboard alone, passes an axe scan, and a site that
is not on the business's list can neither show it nor call the API."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import OtherOrigin, run_axe, take_screenshot

DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "widget"
TIMEOUT = 15_000


def web_conversations(live_app: Any, owner: dict[str, str]) -> list[dict[str, Any]]:
    response = live_app.client.get("/v1/owner/conversations?channel=web", headers=owner)
    return list(response.json()["items"])


def this_chat(live_app: Any, owner: dict[str, str], earlier: set[str]) -> dict[str, Any]:
    """The conversation the visitor's chat started: the one the owner did not have before
    (written with the greeting, a moment after the chat opens)."""
    deadline = time.monotonic() + TIMEOUT / 1000
    while time.monotonic() < deadline:
        new = [c for c in web_conversations(live_app, owner) if c["id"] not in earlier]
        if new:
            return max(new, key=lambda c: c["started_at"])
        time.sleep(0.1)
    raise AssertionError("the visitor's chat never reached the owner's conversations")


def site_page(live: Any, token: str, extra: str = "") -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bristol Plumbing</title></head><body>
<header><a href="/">Home</a></header>
<main><h1>Bristol Plumbing</h1><p>Family plumbers since 1998.</p></main>
<script src="{live.url}/widget/embed.js" data-widget-token="{token}" {extra} async></script>
</body></html>"""


def keep(name: str) -> None:
    """Copy a screenshot worth keeping to docs/screenshots/widget/."""
    DOCS.mkdir(parents=True, exist_ok=True)
    source = Path(__file__).resolve().parents[2] / "var" / "screenshots" / f"{name}.png"
    shutil.copy(source, DOCS / f"{name}.png")


def chat_frame(page: Any) -> Any:
    return page.frame_locator("iframe[title='Chat']")


@pytest.fixture(scope="module")
def business(live_app: Any, other_origin: OtherOrigin) -> dict[str, Any]:
    return live_app.provision(
        name="Bristol Plumbing",
        vertical="plumbing",
        owner_phone="+19135550199",
        widget_origins=[other_origin.url],
    )


def test_an_embedded_chat_books_a_job(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], page: Any
) -> None:
    token = business["credentials"]["widget_token"]
    page.goto(other_origin.serve("/book.html", site_page(live_app, token)))
    launcher = page.get_by_role("button", name="Chat with us")
    launcher.wait_for(timeout=TIMEOUT)
    take_screenshot(page, "widget-launcher")
    keep("widget-launcher")

    launcher.click()
    chat = chat_frame(page)
    chat.get_by_text("Bristol Plumbing's assistant").wait_for(timeout=TIMEOUT)
    box = chat.get_by_label("Your message")
    box.fill("My kitchen drain is clogged, could someone come tomorrow?")
    box.press("Enter")
    first_slot = chat.get_by_role("group", name="Quick replies").get_by_role("button").first
    first_slot.wait_for(timeout=TIMEOUT)
    take_screenshot(page, "widget-open-desktop")
    keep("widget-open-desktop")
    first_slot.click()
    chat.get_by_text("name").last.wait_for(timeout=TIMEOUT)
    box.fill("Dana Smith, 913 555 0142, 12 Oak St, Olathe KS")
    box.press("Enter")
    # The details that complete the booking book the time taken: no read-back in writing.
    card = chat.get_by_role("group", name="You're booked")
    card.wait_for(timeout=TIMEOUT)
    assert "12 Oak St" in card.inner_text()
    assert "America/Chicago" in card.inner_text()
    take_screenshot(page, "widget-booked")
    keep("widget-booked")

    booked = live_app.client.get(
        "/v1/owner/appointments", headers={"X-Owner-Token": business["credentials"]["owner_token"]}
    ).json()["items"]
    assert len(booked) == 1 and booked[0]["address"].startswith("12 Oak St")

    # A reload (or the next page of the site) brings the same chat back, open.
    page.reload()
    chat = chat_frame(page)
    chat.get_by_role("group", name="You're booked").wait_for(timeout=TIMEOUT)
    assert chat.get_by_text("My kitchen drain is clogged").count() == 1


def test_the_owner_reply_reaches_the_visitor_without_a_reload(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], browser: Any
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        token = business["credentials"]["widget_token"]
        owner = {"X-Owner-Token": business["credentials"]["owner_token"]}
        earlier = {c["id"] for c in web_conversations(live_app, owner)}
        page.goto(other_origin.serve("/live.html", site_page(live_app, token)))
        page.get_by_role("button", name="Chat with us").click(timeout=TIMEOUT)
        chat = chat_frame(page)
        chat.get_by_text("Bristol Plumbing's assistant").wait_for(timeout=TIMEOUT)
        newest = this_chat(live_app, owner, earlier)
        chat.get_by_label("Your message").fill("Can I speak to Sam about a quote?")
        # The owner answers while the visitor is typing (between two of the page's polls):
        # the reply is numbered before the visitor's message, and comes to the page in the
        # answer to it (`missed`); a poll after the answer's number never returns it.
        sent = live_app.client.post(
            f"/v1/owner/conversations/{newest['id']}/reply",
            json={"text": "<img src=x onerror=alert(1)> Sam here, happy to help."},
            headers=owner,
        )
        assert sent.status_code == 201, sent.text
        chat.get_by_label("Your message").press("Enter")
        shown = chat.get_by_text("<img src=x onerror=alert(1)> Sam here, happy to help.")
        shown.wait_for(timeout=TIMEOUT)  # shown as text, never as HTML
        assert chat.locator("img").count() == 0
        # Closed, the chat still notices the owner's next reply: the launcher counts it.
        page.keyboard.press("Escape")
        again = live_app.client.post(
            f"/v1/owner/conversations/{newest['id']}/reply",
            json={"text": "Are you still there?"},
            headers=owner,
        )
        assert again.status_code == 201
        waiting = page.get_by_role("button", name="Chat with us (1 new message)")
        waiting.wait_for(timeout=30_000)
        waiting.click()
        chat.get_by_text("Are you still there?").wait_for(timeout=TIMEOUT)
        page.get_by_role("button", name="Chat with us", exact=True).wait_for(timeout=TIMEOUT)
    finally:
        context.close()


def test_phone_sized_chat_fills_the_screen(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], phone_page: Any
) -> None:
    token = business["credentials"]["widget_token"]
    html = site_page(live_app, token, 'data-language="es" data-color="#b45309"')
    phone_page.goto(other_origin.serve("/phone.html", html))
    phone_page.get_by_role("button", name="Escríbanos").click(timeout=TIMEOUT)
    chat = chat_frame(phone_page)
    chat.get_by_text("¡Hola!").wait_for(timeout=TIMEOUT)
    frame = phone_page.locator("iframe[title='Chat']").bounding_box()
    assert frame is not None and frame["width"] >= 389 and frame["height"] >= 843
    take_screenshot(phone_page, "widget-open-phone")
    keep("widget-open-phone")


def test_keyboard_only(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], page: Any
) -> None:
    token = business["credentials"]["widget_token"]
    page.goto(other_origin.serve("/keys.html", site_page(live_app, token)))
    page.get_by_role("button", name="Chat with us").wait_for(timeout=TIMEOUT)
    page.keyboard.press("Tab")  # the site's own link
    page.keyboard.press("Tab")  # the launcher
    focused = page.evaluate(
        "() => document.activeElement.shadowRoot?.activeElement?.getAttribute('aria-expanded')"
    )
    assert focused == "false"
    page.keyboard.press("Enter")
    chat = chat_frame(page)
    box = chat.get_by_label("Your message")
    box.wait_for(timeout=TIMEOUT)
    page.wait_for_function(
        "() => document.querySelector('[data-switchboard-chat]')"
        ".shadowRoot.querySelector('iframe') === document.activeElement"
        " || document.activeElement.tagName === 'DIV'",
        timeout=TIMEOUT,
    )
    chat.locator("#text:focus").wait_for(timeout=TIMEOUT)
    page.keyboard.type("Do you fix water heaters?")
    page.keyboard.press("Enter")
    chat.get_by_text("Do you fix water heaters?").wait_for(timeout=TIMEOUT)
    chat.locator(".msg.assistant").nth(1).wait_for(timeout=TIMEOUT)
    # Focus is trapped in the open chat: tabbing around never leaves it.
    for _ in range(8):
        page.keyboard.press("Tab")
        inside = chat.locator(":focus").count()
        assert inside == 1
    page.keyboard.press("Escape")
    page.wait_for_function(
        "() => document.querySelector('[data-switchboard-chat]').shadowRoot"
        ".activeElement?.getAttribute('aria-expanded') === 'false'",
        timeout=TIMEOUT,
    )
    assert not page.locator("iframe[title='Chat']").is_visible()


def test_no_serious_accessibility_violations(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], page: Any
) -> None:
    token = business["credentials"]["widget_token"]
    page.goto(other_origin.serve("/axe.html", site_page(live_app, token)))
    page.get_by_role("button", name="Chat with us").click(timeout=TIMEOUT)
    chat_frame(page).get_by_text("Bristol Plumbing's assistant").wait_for(timeout=TIMEOUT)
    assert run_axe(page) == []
    frame = next(f for f in page.frames if "/widget/chat" in f.url)
    assert run_axe(frame) == []


def test_a_site_not_on_the_list_cannot_chat(
    live_app: Any, other_origin: OtherOrigin, page: Any
) -> None:
    elsewhere = live_app.provision(name="Elsewhere HVAC", widget_origins=["https://other.example"])
    token = elsewhere["credentials"]["widget_token"]
    page.goto(other_origin.serve("/stolen.html", site_page(live_app, token)))
    page.get_by_role("button", name="Chat with us").click(timeout=TIMEOUT)
    page.wait_for_timeout(1500)
    frame = next((f for f in page.frames if "/widget/chat" in f.url), None)
    # Chromium refuses to show the chat (frame-ancestors): no chat box is ever rendered.
    assert frame is None or frame.locator("#text").count() == 0
    status = page.evaluate(
        """async ([url, token]) => {
            try {
                const r = await fetch(url + '/v1/widget/conversations', {method: 'POST',
                    headers: {'X-Widget-Token': token, 'Content-Type': 'application/json'},
                    body: '{}'});
                return r.status;
            } catch (e) { return 'refused'; }
        }""",
        [live_app.url, token],
    )
    assert status == "refused"
    # The server side of the same request, seen without the browser's CORS: 403.
    direct = live_app.client.post(
        "/v1/widget/conversations",
        json={},
        headers={"X-Widget-Token": token, "Origin": other_origin.url},
    )
    assert direct.status_code == 403


def test_site_options_and_a_direct_call_from_a_listed_site(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], page: Any
) -> None:
    token = business["credentials"]["widget_token"]
    html = site_page(live_app, token, 'data-position="left" data-greeting="Questions? Ask us"')
    page.goto(other_origin.serve("/options.html", html))
    launcher = page.get_by_role("button", name="Questions? Ask us")
    launcher.wait_for(timeout=TIMEOUT)
    box = launcher.bounding_box()
    assert box is not None and box["x"] < 100
    # The business's own page may call the widget API itself (CORS for listed sites only).
    status = page.evaluate(
        """async ([url, token]) => {
            const r = await fetch(url + '/v1/widget/conversations', {method: 'POST',
                headers: {'X-Widget-Token': token, 'Content-Type': 'application/json'},
                body: '{}'});
            return r.status;
        }""",
        [live_app.url, token],
    )
    assert status == 201


def test_an_emergency_tells_the_visitor_to_call_now(
    live_app: Any, other_origin: OtherOrigin, business: dict[str, Any], browser: Any
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    try:
        token = business["credentials"]["widget_token"]
        page.goto(other_origin.serve("/emergency.html", site_page(live_app, token)))
        page.get_by_role("button", name="Chat with us").click(timeout=TIMEOUT)
        chat = chat_frame(page)
        chat.get_by_text("Bristol Plumbing's assistant").wait_for(timeout=TIMEOUT)
        box = chat.get_by_label("Your message")
        box.fill("A pipe burst and water is pouring through the kitchen ceiling!")
        box.press("Enter")
        alert = chat.get_by_role("alert")
        alert.wait_for(timeout=TIMEOUT)
        phone = business["business"]["phone_number"]
        assert phone in alert.inner_text()
        assert chat.get_by_role("link", name="Call now").get_attribute("href") == f"tel:{phone}"
        take_screenshot(page, "widget-emergency")
        keep("widget-emergency")
    finally:
        context.close()
