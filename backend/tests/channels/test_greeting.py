"""The owner's greeting: set per language, refused when it is not short plain text, said
first on a call, in the first reply to a text that says hello and in the web chat, always
with the business's name and who is answering."""

from __future__ import annotations

import httpx
import pytest

from tests.channels.conftest import Call, messages, sms_params, twilio_post, voice_tenant
from tests.conftest import Tenant

URL = "/v1/owner/business/greeting"
WORDS = "Family-run since 1982, no call-out fee. What can we fix for you?"


async def test_default_is_what_the_assistant_says_now(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    data = (await client.get(URL, headers=tenant.owner)).json()
    assert data["en"] is None and data["es"] is None and data["max_length"] == 240
    assert data["preview"]["en"]["voice"] == (
        "Thanks for calling Bristol Plumbing. This is the virtual assistant. "
        "How can I help you today?"
    )
    assert data["preview"]["es"]["sms"].startswith("Hola, soy el asistente de Bristol Plumbing")
    twiml = await Call(client, tenant.phone_number).start()
    assert twiml.said().startswith(data["preview"]["en"]["voice"])


async def test_owner_greeting_is_said_with_the_name_and_the_assistant_notice(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    saved = await client.put(URL, json={"en": f"  {WORDS}  ", "es": None}, headers=tenant.owner)
    assert saved.status_code == 200, saved.text
    data = saved.json()
    assert data["en"] == WORDS and data["es"] is None
    voice = data["preview"]["en"]["voice"]
    # The name is added when the owner's words leave it out, and who is answering after them.
    assert voice == (
        f"You've reached Bristol Plumbing. {WORDS} You're speaking with the virtual assistant."
    )
    assert data["preview"]["es"]["voice"].startswith("Gracias por llamar a Bristol Plumbing")

    twiml = await Call(client, tenant.phone_number).start()
    assert twiml.said().startswith(voice)

    chat = await client.post(
        "/v1/widget/conversations", json={}, headers={"X-Widget-Token": tenant.widget_token}
    )
    assert chat.status_code == 201, chat.text
    assert chat.json()["reply"] == data["preview"]["en"]["web"]

    caller = "+19135550142"
    sent = await twilio_post(client, "/twilio/sms", sms_params(caller, tenant.phone_number, "Hi"))
    assert sent.status_code == 200
    replies = [m for m in await messages(client, tenant, to=caller) if m["kind"] == "reply"]
    assert [m["body"] for m in replies] == [data["preview"]["en"]["sms"]]

    # With the name in the owner's words, it is not said twice; PATCH settings merges per language.
    named = "Thanks for calling bristol plumbing! How can we help?"
    patched = await client.patch(
        "/v1/owner/business/settings", json={"greeting": {"es": "¡Hola!"}}, headers=tenant.owner
    )
    assert patched.status_code == 200
    assert patched.json()["greeting"] == {"en": WORDS, "es": "¡Hola!"}
    again = await client.put(URL, json={"en": named, "es": "¡Hola!"}, headers=tenant.owner)
    assert again.json()["preview"]["en"]["voice"] == (
        f"{named} You're speaking with the virtual assistant."
    )
    assert again.json()["preview"]["es"]["web"] == (
        "Se ha comunicado con Bristol Plumbing. ¡Hola! Está chateando con el asistente virtual."
    )
    cleared = await client.put(URL, json={"en": "", "es": None}, headers=tenant.owner)
    assert cleared.json()["en"] is None
    assert cleared.json()["preview"]["en"]["voice"].startswith("Thanks for calling Bristol")


async def test_preview_saves_nothing(client: httpx.AsyncClient, tenant: Tenant) -> None:
    shown = await client.post(URL + "/preview", json={"en": WORDS}, headers=tenant.owner)
    assert shown.status_code == 200
    assert WORDS in shown.json()["preview"]["en"]["sms"]
    assert (await client.get(URL, headers=tenant.owner)).json()["en"] is None


@pytest.mark.parametrize(
    "body",
    [
        {"en": "x" * 241},
        {"en": "<b>Welcome</b>"},
        {"en": "Hello {business}"},
        {"en": "Bell\x07"},
        {"en": 5},
        {"fr": "Bonjour"},
        [],
    ],
)
async def test_bad_greetings_are_422_and_nothing_changes(
    client: httpx.AsyncClient, tenant: Tenant, body: object
) -> None:
    await client.put(URL, json={"en": WORDS}, headers=tenant.owner)
    response = await client.put(URL, json=body, headers=tenant.owner)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert (await client.get(URL, headers=tenant.owner)).json()["en"] == WORDS


async def test_another_business_greeting_is_its_own(
    client: httpx.AsyncClient, tenant: Tenant, other_tenant: Tenant
) -> None:
    await client.put(URL, json={"en": WORDS}, headers=tenant.owner)
    theirs = (await client.get(URL, headers=other_tenant.owner)).json()
    assert theirs["en"] is None and "Other Electric" in theirs["preview"]["en"]["voice"]
    assert "Bristol" not in str(theirs)
    assert (await client.get(URL)).status_code == 401
    audit = (await client.get("/v1/owner/audit", headers=tenant.owner)).json()["items"]
    assert any(e["action"] == "business.settings" for e in audit)
