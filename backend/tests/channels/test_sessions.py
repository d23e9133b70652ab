"""The provider-agnostic session API: another front end runs the same assistant."""

from __future__ import annotations

import asyncio
import json
import uuid

import httpx
import pytest
from sqlalchemy import select

from switchboard.core.db import Database
from switchboard.integrations.llm.offline import ScriptedLlm
from switchboard.integrations.providers import Providers
from switchboard.models.conversation import Conversation, ConversationMessage
from tests.channels.conftest import messages, voice_tenant
from tests.support import as_tenant


async def test_a_booking_through_the_session_api(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}
    started = await client.post(
        "/v1/sessions", json={"channel": "voice", "caller_phone": "(913) 555-0142"}, headers=key
    )
    assert started.status_code == 201, started.text
    session = started.json()
    assert session["reply"].startswith("Thanks for calling")
    url = f"/v1/sessions/{session['id']}/turns"
    for line in [
        "clogged drain, this is Dana, 12 Oak St Olathe, tomorrow afternoon",
        "the first one",
    ]:
        assert (await client.post(url, json={"text": line}, headers=key)).status_code == 200
    done = (await client.post(url, json={"text": "yes"}, headers=key)).json()
    assert done["outcome"] == "booked"
    bye = (await client.post(url, json={"text": "no thanks"}, headers=key)).json()
    assert bye["ended"] is True, bye
    assert {"kind": "hangup", "number": None} in bye["actions"]
    ended = await client.post(f"/v1/sessions/{session['id']}/end", headers=key)
    assert ended.json()["ended"] is True
    again = await client.post(url, json={"text": "hello?"}, headers=key)
    assert again.status_code == 409


async def test_emergency_turn_asks_for_a_transfer_action(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client, emergency_transfer=True, on_call_number="+19135550177")
    key = {"X-API-Key": tenant.api_key}
    session = (
        await client.post("/v1/sessions", json={"caller_phone": "+19135550142"}, headers=key)
    ).json()
    reply = (
        await client.post(
            f"/v1/sessions/{session['id']}/turns",
            json={"text": "sparks are coming out of my electrical panel"},
            headers=key,
        )
    ).json()
    assert {"kind": "transfer", "number": "+19135550177"} in reply["actions"]
    assert reply["outcome"] == "emergency_transfer"


async def test_bad_input_is_4xx(client: httpx.AsyncClient) -> None:
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}
    assert (
        await client.post("/v1/sessions", json={"channel": "fax"}, headers=key)
    ).status_code == 422
    assert (
        await client.post("/v1/sessions", json={"caller_phone": "nope"}, headers=key)
    ).status_code == 422
    session = (await client.post("/v1/sessions", json={}, headers=key)).json()
    assert (
        await client.post(f"/v1/sessions/{session['id']}/turns", json={"text": ""}, headers=key)
    ).status_code == 422
    assert (await client.post("/v1/sessions", json={})).status_code == 401


class TestWithAnLlm:
    """With LLM_PROVIDER configured, every channel's turn gets its help (the session API here)."""

    @pytest.fixture
    def providers(self) -> Providers:
        answer = json.dumps({"confidence": 0.9, "intent": "new_job", "service_id": "__SERVICE__"})
        return Providers(llm=ScriptedLlm([answer] * 5))

    async def test_the_llm_fills_what_the_rules_missed(
        self, client: httpx.AsyncClient, providers: Providers
    ) -> None:
        tenant = await voice_tenant(client)
        key = {"X-API-Key": tenant.api_key}
        services = (await client.get("/v1/owner/services", headers=tenant.owner)).json()["items"]
        heater = next(s for s in services if "heater" in s["name"].lower())
        llm = providers.llm
        assert isinstance(llm, ScriptedLlm)
        llm.replies = [a.replace("__SERVICE__", heater["id"]) for a in llm.replies]
        session = (await client.post("/v1/sessions", json={}, headers=key)).json()
        reply = (
            await client.post(
                f"/v1/sessions/{session['id']}/turns",
                json={"text": "the gizmo that heats the tank went kaput"},
                headers=key,
            )
        ).json()
        assert llm.prompts, "the model was not asked"
        # The problem is understood (a water heater job), so the assistant moves on to when.
        assert "when" in reply["reply"].lower(), reply


async def test_the_assistant_knows_a_catalogue_change_at_the_next_turn(
    client: httpx.AsyncClient,
) -> None:
    """The engine's view of the catalogue is kept per catalogue version; an owner's edit
    moves the version, so the very next turn sees it (and a retired service is gone)."""
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}

    async def ask(text: str) -> str:
        session = (
            await client.post("/v1/sessions", json={"caller_phone": "+19135550142"}, headers=key)
        ).json()
        turn = await client.post(
            f"/v1/sessions/{session['id']}/turns", json={"text": text}, headers=key
        )
        assert turn.status_code == 200, turn.text
        return str(turn.json()["reply"])

    question = "how much do you charge for descaling a tankless heater"
    assert "$180" not in await ask(question)  # warms whatever the engine keeps
    created = await client.post(
        "/v1/owner/services",
        json={
            "name": "Tankless descaling",
            "price_min_cents": 18_000,
            "price_max_cents": 26_000,
            "keywords": ["descaling", "descale"],
        },
        headers=tenant.owner,
    )
    assert created.status_code == 201, created.text
    answer = await ask(question)
    assert "Tankless descaling" in answer and "$180" in answer, answer
    retired = await client.patch(
        f"/v1/owner/services/{created.json()['id']}", json={"active": False}, headers=tenant.owner
    )
    assert retired.status_code == 200
    assert "$180" not in await ask(question)


async def test_turns_sent_at_once_take_their_turns_one_after_the_other(
    client: httpx.AsyncClient, db: Database
) -> None:
    """Four texts' worth of turns on one conversation at the same moment: every message gets
    its own seq, and no turn's state is lost (each one counts)."""
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}
    session = (
        await client.post("/v1/sessions", json={"caller_phone": "+19135550142"}, headers=key)
    ).json()
    url = f"/v1/sessions/{session['id']}/turns"
    lines = ["hi", "my kitchen drain is clogged", "this is Dana Smith", "12 Oak St Olathe"]
    replies = await asyncio.gather(
        *(client.post(url, json={"text": line}, headers=key) for line in lines)
    )
    assert [r.status_code for r in replies] == [200] * 4, [r.text for r in replies]
    async with as_tenant(db, tenant.id) as (uow, _):
        rows = (
            await uow.session.execute(
                select(ConversationMessage.seq, ConversationMessage.role, ConversationMessage.text)
                .where(ConversationMessage.conversation_id == uuid.UUID(session["id"]))
                .order_by(ConversationMessage.seq)
            )
        ).all()
        state = (await uow.session.get(Conversation, uuid.UUID(session["id"]))).state  # type: ignore[union-attr]
    assert [seq for seq, _, _ in rows] == list(range(1 + 2 * len(lines)))
    assert sorted(text for _, role, text in rows if role == "caller") == sorted(lines)
    assert state["turns"] == len(lines)  # no turn's state overwritten by another


async def test_a_web_chat_emergency_page_names_the_number_the_visitor_gave(
    client: httpx.AsyncClient,
) -> None:
    tenant = await voice_tenant(client)
    key = {"X-API-Key": tenant.api_key}
    session = (await client.post("/v1/sessions", json={"channel": "web"}, headers=key)).json()
    url = f"/v1/sessions/{session['id']}/turns"
    said = "this is Dana, 913 555 0142, water is pouring through the ceiling onto the outlets"
    assert (await client.post(url, json={"text": said}, headers=key)).status_code == 200
    [page] = await messages(client, tenant, kind="owner_alert")
    assert "EMERGENCY" in page["body"] and "unknown caller" not in page["body"], page["body"]
    assert "Caller +19135550142" in page["body"], page["body"]
