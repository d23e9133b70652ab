"""The widget API (CONTRACT "Web chat widget"): tokens, origins, limits, privacy, booking,
the owner's live reply. Runs on SQLite and PostgreSQL like the rest of the suite."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from switchboard.core.clock import FixedClock
from switchboard.core.config import Settings
from switchboard.core.db import Database
from switchboard.models.conversation import Conversation
from tests.channels.conftest import messages, voice_tenant
from tests.conftest import ADMIN, Tenant, app_client, make_settings, provision
from tests.support import as_tenant
from tests.tenancy_walk import _future_weekday_10am

SITE = "https://bristolplumbing.example"


def widget(tenant: Tenant, origin: str | None = None) -> dict[str, str]:
    headers = {"X-Widget-Token": tenant.widget_token}
    if origin:
        headers["Origin"] = origin
    return headers


async def start(client: httpx.AsyncClient, tenant: Tenant, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/widget/conversations", json=body, headers=widget(tenant))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


async def say(
    client: httpx.AsyncClient, tenant: Tenant, chat: dict[str, Any], text: str
) -> httpx.Response:
    return await client.post(
        f"/v1/widget/conversations/{chat['id']}/messages",
        json={"text": text},
        headers={**widget(tenant), "X-Visitor-Token": chat["visitor_token"]},
    )


async def test_a_visitor_books_a_visit_and_gets_a_booking_card(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    chat = await start(client, tenant)
    assert chat["reply"].startswith("Hi! I'm Bristol Plumbing's assistant")
    assert chat["visitor_token"].startswith("sb_visitor_") and len(chat["visitor_token"]) > 40
    assert chat["business"] == {"name": "Bristol Plumbing", "phone": tenant.phone_number}
    offered = (await say(client, tenant, chat, "my kitchen drain is clogged, tomorrow")).json()
    assert len(offered["options"]) >= 2, offered
    asked = (await say(client, tenant, chat, offered["options"][0])).json()
    # The details that complete the booking book the time taken.
    done = (
        await say(client, tenant, chat, "Dana Smith, 913 555 0142, 12 Oak St, Olathe KS")
    ).json()
    card = done["booking"]
    assert card is not None, (asked, done)
    assert card is not None, done
    assert card["timezone"] == "America/Chicago"
    assert datetime.fromisoformat(card["start"]).utcoffset() in {
        timedelta(hours=-5),
        timedelta(hours=-6),
    }
    assert "12 Oak St" in card["address"]
    local = datetime.fromisoformat(card["start"])
    # The card says the same local time as the assistant's reply (the business's zone).
    assert card["when"].split(",")[0] in done["reply"]
    assert (
        f"at {local.hour % 12 or 12}" in card["when"]
        and f"at {local.hour % 12 or 12}" in (done["reply"])
    )
    # A reload reads the card back with the reply that made it.
    history = await client.get(
        f"/v1/widget/conversations/{chat['id']}/messages",
        headers={**widget(tenant), "X-Visitor-Token": chat["visitor_token"]},
    )
    assert history.json()["items"][-1]["booking"] == card
    # The owner sees the chat with the others, booked on the web channel.
    chats = await client.get("/v1/owner/conversations?channel=web", headers=tenant.owner)
    assert chat["id"] in {c["id"] for c in chats.json()["items"]}
    appointments = (await client.get("/v1/owner/appointments", headers=tenant.owner)).json()
    assert len(appointments["items"]) == 1


async def test_the_chat_id_alone_is_no_capability(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    chat = await start(client, tenant)
    url = f"/v1/widget/conversations/{chat['id']}/messages"
    missing = await client.post(url, json={"text": "hi"}, headers=widget(tenant))
    assert missing.status_code == 401
    wrong = await client.post(
        url,
        json={"text": "hi"},
        headers={**widget(tenant), "X-Visitor-Token": "sb_visitor_" + "x" * 32},
    )
    assert wrong.status_code == 404
    # Another business's widget token with this visitor's own token: 404, as if missing.
    other = await client.post(
        url,
        json={"text": "hi"},
        headers={**widget(other_tenant), "X-Visitor-Token": chat["visitor_token"]},
    )
    assert other.status_code == 404
    assert other.headers["content-type"].startswith("application/problem+json")
    listed = await client.get(url, headers={**widget(tenant), "X-Visitor-Token": "nope"})
    assert listed.status_code == 404
    # The owner token never reaches the widget routes, nor the widget token the owner's.
    as_owner = await client.post("/v1/widget/conversations", json={}, headers=tenant.owner)
    assert as_owner.status_code == 401


async def test_only_a_hash_of_the_visitor_token_is_kept(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    chat = await start(client, tenant)
    app = client._transport.app  # type: ignore[attr-defined]
    async with as_tenant(app.state.db, tenant.id) as (uow, _):
        stored = await uow.session.get(Conversation, uuid.UUID(chat["id"]))
    assert stored is not None and stored.channel == "web"
    digest = hashlib.sha256(chat["visitor_token"].encode()).hexdigest()
    assert stored.external_id == f"widget:{digest}"
    assert chat["visitor_token"] not in str(stored.state)


async def test_reload_reads_the_chat_back(client: httpx.AsyncClient, tenant: Tenant) -> None:
    chat = await start(client, tenant)
    await say(client, tenant, chat, "do you fix water heaters?")
    headers = {**widget(tenant), "X-Visitor-Token": chat["visitor_token"]}
    url = f"/v1/widget/conversations/{chat['id']}/messages"
    everything = (await client.get(url, headers=headers)).json()
    assert [m["role"] for m in everything["items"]] == ["assistant", "caller", "assistant"]
    assert everything["items"][1]["text"] == "do you fix water heaters?"
    later = (await client.get(f"{url}?after=1", headers=headers)).json()
    assert [m["seq"] for m in later["items"]] == [2]
    assert (await client.get(f"{url}?after=-5", headers=headers)).status_code == 422


async def test_bad_input_is_a_clear_4xx(client: httpx.AsyncClient, tenant: Tenant) -> None:
    chat = await start(client, tenant)
    too_long = await say(client, tenant, chat, "x" * 1001)
    assert too_long.status_code == 422
    assert (await say(client, tenant, chat, "")).status_code == 422
    assert (await say(client, tenant, chat, "x" * 1000)).status_code == 200
    bad_language = await client.post(
        "/v1/widget/conversations", json={"language": "fr"}, headers=widget(tenant)
    )
    assert bad_language.status_code == 422
    not_json = await client.post(
        "/v1/widget/conversations",
        content=b"{",
        headers={**widget(tenant), "content-type": "application/json"},
    )
    assert not_json.status_code == 400


async def test_spanish_when_the_site_or_browser_asks(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    chat = await start(client, tenant, language="es")
    assert chat["language"] == "es"
    assert chat["reply"].startswith("¡Hola!")
    offered = (await say(client, tenant, chat, "tengo el fregadero tapado, para mañana")).json()
    assert offered["options"], offered
    await say(client, tenant, chat, offered["options"][0])
    done = (
        await say(client, tenant, chat, "María López, 913 555 0142, 12 Oak St, Olathe KS")
    ).json()
    assert done["booking"] is not None, done
    assert done["booking"]["when"].split(" ")[0] in {
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    }


# Origins ---------------------------------------------------------------------------------


async def test_origins_are_set_by_the_admin_and_the_owner(client: httpx.AsyncClient) -> None:
    tenant = await provision(
        client, widget_origins=["HTTPS://BristolPlumbing.example:443/", "http://localhost:8080"]
    )
    business = (await client.get("/v1/owner/business", headers=tenant.owner)).json()
    assert business["widget_origins"] == [SITE, "http://localhost:8080"]
    patched = await client.patch(
        f"/v1/admin/businesses/{tenant.id}", json={"widget_origins": [SITE]}, headers=ADMIN
    )
    assert patched.json()["widget_origins"] == [SITE]
    owned = await client.patch(
        "/v1/owner/business/settings",
        json={"widget_origins": ["https://www.bristolplumbing.example"]},
        headers=tenant.owner,
    )
    assert owned.status_code == 200, owned.text
    assert owned.json()["widget_origins"] == ["https://www.bristolplumbing.example"]
    for bad in (["ftp://x.example"], ["https://x.example/path"], ["*"], ["https://a@b.example"]):
        refused = await client.patch(
            "/v1/owner/business/settings", json={"widget_origins": bad}, headers=tenant.owner
        )
        assert refused.status_code == 422, bad
    too_many = [f"https://s{i}.example" for i in range(21)]
    assert (
        await client.patch(
            f"/v1/admin/businesses/{tenant.id}", json={"widget_origins": too_many}, headers=ADMIN
        )
    ).status_code == 422


async def test_a_site_not_on_the_list_cannot_chat(client: httpx.AsyncClient) -> None:
    tenant = await provision(client, widget_origins=[SITE])
    url = "/v1/widget/conversations"
    allowed = await client.post(url, json={}, headers=widget(tenant, SITE))
    assert allowed.status_code == 201
    refused = await client.post(url, json={}, headers=widget(tenant, "https://evil.example"))
    assert refused.status_code == 403
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert (await client.post(url, json={}, headers=widget(tenant))).status_code == 403
    # Our own chat page (framed only by the listed sites) calls from our origin.
    own = await client.post(url, json={}, headers=widget(tenant, "http://testserver"))
    assert own.status_code == 201
    chat = allowed.json()
    later = await client.post(
        f"{url}/{chat['id']}/messages",
        json={"text": "hello"},
        headers={
            **widget(tenant, "https://evil.example"),
            "X-Visitor-Token": chat["visitor_token"],
        },
    )
    assert later.status_code == 403
    # Reading the chat back: a browser's same-origin GET carries no Origin; another site's does.
    visitor = {**widget(tenant), "X-Visitor-Token": chat["visitor_token"]}
    assert (await client.get(f"{url}/{chat['id']}/messages", headers=visitor)).status_code == 200
    foreign = {**visitor, "Origin": "https://evil.example"}
    assert (await client.get(f"{url}/{chat['id']}/messages", headers=foreign)).status_code == 403


async def test_a_listed_site_may_call_the_api_across_origins(client: httpx.AsyncClient) -> None:
    tenant = await provision(client, widget_origins=[SITE])
    url = "/v1/widget/conversations"
    preflight = await client.options(
        url,
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, x-widget-token",
        },
    )
    # The preflight carries no credential: answered for anyone, the real request decides.
    assert preflight.status_code == 204
    assert "x-widget-token" in preflight.headers["access-control-allow-headers"]
    allowed = await client.post(url, json={}, headers=widget(tenant, SITE))
    assert allowed.headers["access-control-allow-origin"] == SITE
    refused = await client.post(url, json={}, headers=widget(tenant, "https://evil.example"))
    assert refused.status_code == 403
    assert "access-control-allow-origin" not in refused.headers
    # Nothing else is opened to other origins.
    owner = await client.get("/v1/owner/business", headers={**tenant.owner, "Origin": SITE})
    assert "access-control-allow-origin" not in owner.headers


async def test_an_empty_list_lets_any_site_chat(client: httpx.AsyncClient, tenant: Tenant) -> None:
    response = await client.post(
        "/v1/widget/conversations", json={}, headers=widget(tenant, "https://anywhere.example")
    )
    assert response.status_code == 201


async def test_the_chat_page_is_framed_only_by_the_listed_sites(
    client: httpx.AsyncClient,
) -> None:
    tenant = await provision(client, widget_origins=[SITE, "http://localhost:8080"])
    page = await client.get("/widget/chat", params={"w": tenant.widget_token})
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert f"frame-ancestors {SITE} http://localhost:8080" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "x-frame-options" not in page.headers
    anyone = await provision(client)
    open_page = await client.get("/widget/chat", params={"w": anyone.widget_token})
    assert "frame-ancestors *" in open_page.headers["content-security-policy"]
    unknown = await client.get("/widget/chat", params={"w": "sb_test_widget_" + "a" * 32})
    assert unknown.status_code == 404
    # Everything else is still never framed.
    assert (await client.get("/healthz")).headers["x-frame-options"] == "DENY"


async def test_embed_script_is_small_cacheable_and_versioned(client: httpx.AsyncClient) -> None:
    script = await client.get("/widget/embed.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert len(script.content) <= 15 * 1024
    assert "max-age=300" in script.headers["cache-control"]
    assert "__VERSION__" not in script.text and "v=" in script.text
    again = await client.get("/widget/embed.js", headers={"If-None-Match": script.headers["etag"]})
    assert again.status_code == 304
    page = await client.get("/widget/chat", params={"w": (await provision(client)).widget_token})
    version = page.text.split("chat.js?v=")[1].split('"')[0]
    asset = await client.get(f"/widget/assets/chat.js?v={version}")
    assert "immutable" in asset.headers["cache-control"]
    assert (await client.get("/widget/assets/chat.js?v=old")).headers["cache-control"] == (
        "no-cache"
    )
    assert (await client.get("/widget/assets/..%2Fembed.js")).status_code == 404
    assert (await client.get("/widget/assets/secrets.py")).status_code == 404


# Limits ----------------------------------------------------------------------------------


@pytest.fixture
async def limited(database_url: str) -> AsyncIterator[tuple[Settings, Database]]:
    settings = make_settings(
        database_url,
        widget_chats_per_address_hour=3,
        widget_messages_per_visitor_hour=2,
        widget_messages_per_address_hour=3,
    )
    database = Database(settings)
    yield settings, database
    await database.dispose()


async def test_limits_hold_across_replicas(limited: tuple[Settings, Database]) -> None:
    settings, database = limited
    clock = FixedClock(datetime(2031, 5, 6, 15, 0, tzinfo=UTC))  # a window of its own
    replica = Database(settings)
    # Two app instances on one database: the counts are shared, as between two replicas.
    async with (
        app_client(settings, database, clock=clock) as one,
        app_client(settings, replica, clock=clock) as two,
    ):
        tenant = await voice_tenant(one)
        first = await start(one, tenant)
        assert (await say(two, tenant, first, "hello")).status_code == 200
        assert (await say(one, tenant, first, "hello again")).status_code == 200
        over = await say(two, tenant, first, "and again")
        assert over.status_code == 429
        problem = over.json()
        assert problem["phone"] == tenant.phone_number
        assert "call" in problem["detail"]
        # A second chat from the same address: its own visitor count, the address's count.
        second = await start(two, tenant)
        assert (await say(one, tenant, second, "hi")).status_code == 200
        assert (await say(one, tenant, second, "hi")).status_code == 429  # address: 4th
        await start(one, tenant)
        assert (
            await one.post("/v1/widget/conversations", json={}, headers=widget(tenant))
        ).status_code == 429
        # The next hour starts afresh.
        clock.advance(timedelta(hours=1))
        assert (await say(two, tenant, second, "still there?")).status_code == 200
    await replica.dispose()


async def test_a_quiet_chat_expires(database_url: str) -> None:
    settings = make_settings(database_url, widget_idle_minutes=30)
    database = Database(settings)
    clock = FixedClock(datetime(2031, 6, 6, 15, 0, tzinfo=UTC))
    try:
        async with app_client(settings, database, clock=clock) as client:
            tenant = await voice_tenant(client)
            chat = await start(client, tenant)
            clock.advance(timedelta(minutes=29))
            assert (await say(client, tenant, chat, "hello")).status_code == 200
            clock.advance(timedelta(minutes=31))
            expired = await say(client, tenant, chat, "hello?")
            assert expired.status_code == 410
            reply = await client.post(
                f"/v1/owner/conversations/{chat['id']}/reply",
                json={"text": "Still there?"},
                headers=tenant.owner,
            )
            assert reply.status_code == 409
    finally:
        await database.dispose()


# Privacy ---------------------------------------------------------------------------------


async def test_a_visitor_learns_nothing_about_an_existing_customer(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    start_at = _future_weekday_10am()
    booked = await client.post(
        "/v1/owner/appointments",
        json={
            "customer": {"name": "Margaret Okafor", "phone": "+19135550142"},
            "start": start_at,
            "duration_minutes": 60,
            "address": "4471 Wornall Rd",
        },
        headers=tenant.owner,
    )
    assert booked.status_code == 201, booked.text
    chat = await start(client, tenant)
    replies = [chat["reply"]]
    for line in [
        "Hi, my number is 913-555-0142. When is my appointment?",
        "it's under Margaret",
        "can you use the same address as last time?",
        "I want to cancel my appointment",
        "what's the name on my account?",
    ]:
        answer = await say(client, tenant, chat, line)
        assert answer.status_code == 200
        replies.append(answer.json()["reply"])
    history = await client.get(
        f"/v1/widget/conversations/{chat['id']}/messages",
        headers={**widget(tenant), "X-Visitor-Token": chat["visitor_token"]},
    )
    everything = " ".join(replies + [m["text"] for m in history.json()["items"]])
    day = datetime.fromisoformat(start_at)
    for secret in ("Okafor", "Wornall", "4471", f"{day:%B} {day.day}", f"{day:%B} {day.day}th"):
        assert secret not in everything, (secret, replies)
    # Only "Margaret" the visitor typed may come back, never before they typed it.
    assert "Margaret" not in " ".join(replies[:2])


# Emergencies and availability -------------------------------------------------------------


async def test_an_emergency_tells_the_visitor_to_call_and_pages_the_owner(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    chat = await start(client, tenant)
    answer = (
        await say(
            client, tenant, chat, "a pipe burst and water is pouring through the kitchen ceiling"
        )
    ).json()
    assert answer["emergency"] is True
    assert tenant.phone_number in answer["notice"] and "call" in answer["notice"].lower()
    [page] = await messages(client, tenant, kind="owner_alert")
    assert "EMERGENCY" in page["body"]
    history = await client.get(
        f"/v1/widget/conversations/{chat['id']}/messages",
        headers={**widget(tenant), "X-Visitor-Token": chat["visitor_token"]},
    )
    assert history.json()["items"][-1]["emergency"] is True


async def test_lockdown_answers_with_the_number_instead_of_the_assistant(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await client.post("/v1/owner/lockdown", json={"enabled": True}, headers=tenant.owner)
    chat = await start(client, tenant)
    assert tenant.phone_number in chat["reply"] and "call" in chat["reply"].lower()
    answer = (await say(client, tenant, chat, "my sink is clogged")).json()
    assert tenant.phone_number in answer["reply"]
    assert answer["options"] == [] and answer["booking"] is None


async def test_a_plan_without_the_widget_answers_without_the_assistant(
    client: httpx.AsyncClient, tenant: Tenant
) -> None:
    await client.patch(
        f"/v1/admin/businesses/{tenant.id}/billing", json={"plan": "starter"}, headers=ADMIN
    )
    chat = await start(client, tenant)
    assert tenant.phone_number in chat["reply"]


# The owner answering live ----------------------------------------------------------------


async def test_the_owner_replies_live_and_the_visitor_sees_it(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    chat = await start(client, tenant)
    await say(client, tenant, chat, "do you do water heaters?")
    visitor = {**widget(tenant), "X-Visitor-Token": chat["visitor_token"]}
    url = f"/v1/widget/conversations/{chat['id']}/messages"
    seen = (await client.get(url, headers=visitor)).json()["items"][-1]["seq"]
    # A note stays the owner's; a reply goes to the visitor.
    note = await client.post(
        f"/v1/owner/conversations/{chat['id']}/messages",
        json={"text": "call back later"},
        headers=tenant.owner,
    )
    assert note.status_code == 201
    reply = await client.post(
        f"/v1/owner/conversations/{chat['id']}/reply",
        json={"text": "Hi, this is Sam. <b>Yes</b> we do!"},
        headers=tenant.owner,
    )
    assert reply.status_code == 201, reply.text
    new = (await client.get(f"{url}?after={seen}", headers=visitor)).json()["items"]
    assert [(m["role"], m["text"]) for m in new] == [
        ("owner", "Hi, this is Sam. <b>Yes</b> we do!")
    ]
    # While the owner is answering, the assistant stays quiet.
    quiet = (await say(client, tenant, chat, "great, how much?")).json()
    assert quiet["reply"] == "" and quiet["owner_live"] is True
    full = await client.get(f"/v1/owner/conversations/{chat['id']}", headers=tenant.owner)
    assert [m["role"] for m in full.json()["messages"]][-3:] == ["owner", "owner", "caller"]
    # Another business cannot reply into this chat; a call cannot be "replied" to.
    theirs = await client.post(
        f"/v1/owner/conversations/{chat['id']}/reply",
        json={"text": "x"},
        headers=other_tenant.owner,
    )
    assert theirs.status_code == 404
    session = await client.post(
        "/v1/sessions", json={"channel": "voice"}, headers={"X-API-Key": tenant.api_key}
    )
    call = await client.post(
        f"/v1/owner/conversations/{session.json()['id']}/reply",
        json={"text": "x"},
        headers=tenant.owner,
    )
    assert call.status_code == 409
    assert (
        await client.post(
            f"/v1/owner/conversations/{chat['id']}/reply", json={"text": ""}, headers=tenant.owner
        )
    ).status_code == 422
